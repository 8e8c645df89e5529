# sent38 batch 2: haemorrhoids, prostate enlargement, IBS, floaters, kidney cysts, warts (queries 7-12)
from lib import P
P("http://www.hemroidshemorrhoids.com/hemorrhoidscure.html", "haemorrhoid remedy site: hemorrhoids cure", [
 ("Attempting to cure hemorrhoids without surgery is a difficult thing.", "", "", ""),
 ("When compared to medicinal remedies, natural remedies are cheap, available and their effect lasts for a longer duration.", "", "", "comparative, no cure wording"),
 ("One should keep in mind that there is no guaranteed success - some cases improve, some are cured, others don't.", "", "", "negated guarantee"),
 ("These herbal supplements provide temporary relief to the patients but they are to be followed regularly without fail.", "", "", ""),
], g="A")
P("http://www.edulodge.xyz/2018/11/the-best-surgical-methods-to-cure.html", "blog-style content page: curing hemorrhoids", [
 ("Around half of the population suffers from hemorrhoids before the age of 50, and anybody that has suffered from hemorrhoids knows how bad the condition can be.", "", "S", ""),
 ("Hemorrhoids are usually are not dangerous but can be very painful and can last for weeks if left untreated.", "", "", ""),
 ("Home remedies for hemorrhoids are a real viable alternative to over the counter medication and surgery.", "", "D", "hard call: offers home remedies as the alternative to surgery"),
], g="G")
P("https://bombshellz.net/hemorrhoids-natural-cure-get-rid-of-hemorrhoids-without-surgery.html", "content site: hemorrhoids natural cure", [
 ("Hemorrhoids Natural Cure – Get Rid of Hemorrhoids Without Surgery", "page title", "C", "hard call: nominal 'natural cure' title"),
 ("Hemorrhoids natural cure can somehow reduce the misery and uneasiness caused by hemorrhoids.", "", "", "hedged 'can somehow reduce'"),
 ("Hemorrhoids natural cure is a speedier way of achieving relief from this very disruptive medical condition.", "", "", "hard call: relief claim; the cure noun is a keyword"),
 ("To have soft stools every bowel movement, you should take plenty of fluids and fibers in your daily diet.", "", "", ""),
], g="G")
P("https://zeromedia.co.id/how-to-cure-hemorrhoids.html", "content site: how to cure hemorrhoids", [
 ("In fact, it is estimated that nearly half of all adults will experience hemorrhoids at some point in their lives.", "", "S", ""),
 ("The good news is that there are many ways to cure hemorrhoids.", "", "C", "hard call: unqualified cure claim"),
 ("To take a sitz bath, fill a bathtub or basin with warm water and sit in it for 10 to 15 minutes.", "", "", ""),
 ("2. Pain Relievers: Over-the-counter pain relievers such as acetaminophen or ibuprofen can help to relieve the pain of hemorrhoids.", "list item", "", ""),
], g="G")
P("https://www.cbw.com/articles_macfda.html", "article page: hemorrhoids cure", [
 ("Surgery should be a last resort to hemorrhoid treatment.", "", "", "common clinical view"),
 ("In fact you should try to use natural treatment to develop your own hemorrhoids cure.", "previous sentence: Surgery should be a last resort to hemorrhoid treatment.", "CD", "hard call: steers readers to self-treatment instead of surgery; 'your own hemorrhoids cure'"),
 ("The general consensus is that the most prevalent cause for hemorrhoids is constipation.", "", "", ""),
 ("You should shoot for at least four servings per day.", "about fruit and vegetables", "", "diet"),
 ("Apply liquid lethicin to the hemorrhoids daily.", "", "", "no amount"),
], g="G")
P("http://jobso.tv/page/2/", "content site: hemorrhoids treatment", [
 ("Every day thousands of patients get diagnosed with hemorrhoids problem.", "", "S", ""),
 ("The natural and herbal methods might not provide instant relief to the patient, but these methods ensure the treatment of this problem completely, without creating any side effects.", "", "C", "guarantee and no-side-effects claim"),
 ("Even physicians try to avoid surgery, but sometimes when no other method works, it is important to get the surgery done.", "", "", ""),
], g="G")
P("https://syringa.com/progain-saw-palmetto-cream-helps-reduce-symptoms-bph/", "cream seller blog: saw palmetto for BPH", [
 ("About 50% of men with an enlarged prostate have no symptoms, but it is estimated that approximately 70% of men will have symptoms of prostate enlargement by the age of 60.", "", "S", ""),
 ("Scientists have confirmed that men who do not produce DHT do not develop enlarged prostates.", "", "S", "hard call: uncited research claim"),
 ("Fortunately there is a natural remedy for prostate problems.", "", "", ""),
 ("An extract from the saw palmetto berry has been shown to be effective in treating BPH without the side effects associated with medications.", "", "CS", "hard call: seller's freedom-from-side-effects claim; uncited 'has been shown'"),
], g="S")
P("https://naturalhealthreserve.com/peppermint-oil-can-it-soothe-your-tummy-troubles", "natural-health site: peppermint oil for IBS", [
 ("Although these symptoms could be temporary — a result of unhealthy eating habits — if they persist, you may need to consult your doctor to find a diagnosis for your digestive problem, which could be irritable bowel syndrome (IBS).", "", "P", ""),
 ("However, these are only temporary solutions.", "previous sentence: Conventional medicine offers some relief, such as diarrhea medication, anti-spasmodic medication, and laxatives.", "", "hard call: belittles medicines, no instruction"),
 ("Peppermint oil is incredibly beneficial for gut health.", "", "", ""),
 ("A 2008 study involving 400 IBS patients found that just 26 percent of the participants who took peppermint oil continued to experience IBS symptoms, compared to 65 percent of those who received placebo treatments.", "", "S", "year alone is not a citation"),
 ("Numerous recent double-blind, placebo-controlled studies have indicated that 70 to 85 percent of IBS sufferers experienced positive effects from using peppermint oil.", "", "S", ""),
], g="A")
P("https://www.peppermintjim.com/suffer-from-ibs-peppermint-oil-helps/", "peppermint product seller: IBS", [
 ("One in six Americans experience Irritable Bowel Syndrome (IBS), a frustrating, underdiagnosed and undertreated condition characterized by abdominal pain associated with alteration in stool frequency and/or form.", "paragraph carries a citation: As reported in a recent article by News4jax.com (Read Here)", "", "attributed in the paragraph"),
 ("Doctors are not sure what causes IBS.", "", "", ""),
], g="S")
P("https://www.ibsreport.org/ibs-information/using-peppermint-oil-manage-ibs/", "IBS information site: peppermint oil", [
 ("Irritable Bowel Syndrome is a fairly common condition which occurs in up to 10% of people globally.", "", "S", ""),
 ("Medications can be expensive and they can cause side effects.", "", "", ""),
 ("Natural remedies have also been shown to be quite effective and exhibit less side effects.", "", "S", "hard call: uncited 'have been shown'"),
 ("More recent studies have also supported these findings and concluded that peppermint oil is safe for use to treat IBS and that it presents few side effects.", "", "S", "reported study conclusion, 'few side effects': not a safety claim"),
 ("Peppermint oil should only be taken orally if instructed or approved by a doctor.", "", "P", ""),
], g="H")
P("https://howtowikigb.web.app/how-to-use-essential-peppermint-oil-for-ibs.html", "scraped how-to page: peppermint oil for IBS", [
 ("Peppermint oil for ibs works well when it is taken in a quantity of around 180 225 mg in adults.", "same paragraph: As with any remedy it is best to get clearance from your physician.", "", "physician caveat in the same paragraph; no frequency"),
 ("As with any remedy it is best to get clearance from your physician.", "", "P", ""),
 ("The non prescription supplement has been shown to be better at easing symptoms than prescribed muscle relaxants or fibre.", "", "S", "hard call: uncited research claim; no instruction to swap"),
 ("It is generally a safe and well tolerated medicine.", "", "", "'generally'"),
 ("The recommended dose involves taking 0 2 to 0 4 ml 3 times daily.", "two paragraphs after the physician line", "O", "hard call: consumer dose; the clearance line is in another paragraph"),
], g="G")
P("https://wise-geek.com/how-effective-is-peppermint-oil-for-ibs.htm", "content site: peppermint oil for IBS", [
 ("Research indicates that up to 20 percent of people have IBS.", "", "S", ""),
 ("One report in the peer-reviewed American Family Physician Journal came to the same conclusion and recommended peppermint oil as a viable alternative to prescription medications in the treatment of IBS.", "", "", "reported, named journal"),
 ("It is an over-the-counter remedy, with no prescription necessary.", "", "", ""),
 ("Participants in one study ingested 200 milligrams two to three times a day in capsule form, while control-group members received placebo capsules.", "", "", "study dose"),
 ("As many as one in five people worldwide suffer from the disorder.", "", "S", ""),
], g="G")
P("http://do-essential-oils.com/peppermint-oil-for-irritable-bowel-syndrome", "essential-oil site: peppermint oil for IBS", [
 ("When taken in an enteric-coated capsules in a 180-200 mg dose three times a day, peppermint oil relieves the bloating, constipation, diarrhea and gas of mild IBS in adults and the same symptoms with mild recurrent abdominal pain (diagnosed by a doctor) in children.", "", "O", "hard call: consumer dose with frequency, framed as how to take it"),
 ("Finally, you need to know that it will not relieve absolutely every symptom absolutely every time for absolutely everybody who has IBS.", "", "", ""),
 ("It works about 60 per cent of the time, and you may find that one brand works better for you than another for reasons that are peculiar to your body.", "", "S", ""),
 ("Peppermint is not a cure-all for IBS, but it’s safe, inexpensive, and usually effective.", "", "C", "hard call: unqualified 'it's safe'"),
], g="A")
P("https://www.thehealthsite.com/diseases-conditions/ibs/peppermint-oil-for-ibs-a-natural-remedy-to-ease-the-symptoms-and-improve-digestion-d0218-554896/", "health news portal: peppermint oil for IBS", [
 ("Dealing with IBS is not easy as there is no one-size-fits-all treatment approach to manage the condition.", "", "", ""),
 ("There are various studies that also say that peppermint oil can help to deal with IBS and lessen its symptoms.", "", "S", ""),
 ("A study published in 2007, in the Journal Digestive and Liver Diseases pointed out that 75 percent of people who took two capsules coated with peppermint oil for a period of four weeks saw over 50 percent reduction in the symptoms of IBS as compared to the 35 percent people of the study group who were given placebo [1].", "", "", "cited"),
], g="N")
P("https://www.after50health.com/2016/02", "over-50s health blog: eye floaters", [
 ("Most eye floaters are harmless and tend to disappear over a period time.", "", "", ""),
 ("However if they persist or cause temporary bouts of loss of vision you need to get your eyes checked.", "", "P", ""),
 ("The best approach would be to wait for it to go away on its own while at same time being proactive and trying remedies to get rid of them.", "previous sentence: If you feel pain in your eye because of eye floaters it can be a cause for concern. Next: It would be wise to first see your ophthalmologist", "", "hard call: waiting advice, but the next lines send readers to an ophthalmologist"),
 ("It would be wise to first see your ophthalmologist to ensure you take no risks with your eye.", "", "P", ""),
], g="B")
P("https://youressentialoilguide.com/get-rid-of-eye-floaters-natural-treatment-for-floaters-in-the-eyes/", "essential-oil guide: eye floaters", [
 ("Learn easy, safe & effective eye floaters treatments that work.", "standfirst", "C", "hard call: unqualified 'safe' and 'that work'"),
 ("In Chinese medicine it is also said that the congestion in kidney, liver and colon can contribute to the development of eye floaters.", "", "", ""),
 ("Excessive exposure to TV and computer screen causes stress to eyes which can lead to formation of eye floaters.", "", "", ""),
 ("A sudden increase in the number of floaters is a cause of concern and requires immediate attention.", "", "P", "hard call: passive prompt for urgent attention"),
], g="A")
P("https://www.restorevisionherbs.com/how-to-get-rid-of-eye-floaters/", "eye herb seller: get rid of eye floaters", [
 ("This operation carries significant risks to sight because of possible complications, which include retinal detachment, retinal tears, and cataract.", "", "", ""),
 ("So how to get rid of eye floaters by natural remedies is highly recommended.", "previous sentence: Most eye surgeons are reluctant to recommend this surgery unless the floaters seriously interfere with vision.", "", "hard call: promotes remedies; no instruction to skip care"),
 ("Warm and cold compress with herbal eye pad is another effective intervention for eye floaters.", "", "", ""),
], g="S")
P("https://abouteyefloaters.com/", "eye floater site: get rid of eye floaters", [
 ("If you are suffering from this condition, don’t worry; there are easy ways to get rid of eye floaters.", "", "C", "hard call: promise of elimination"),
 ("Of course, this condition is severe and to get rid of eye floaters in this case, you require immediate medical attention.", "about bleeding in the eye", "P", ""),
 ("Typically, someone who is over 50 is more prone to having eye floaters in their vision.", "", "", ""),
 ("You can easily get rid of eye floaters through treatment or even naturally.", "", "C", "hard call: promise of elimination"),
], g="A")
P("http://www.kidney-cares.org/kidney-cyst-treatment/953.html", "Chinese kidney clinic site: herbal treatment for renal cyst", [
 ("The effects are very obvious and quick, however the drawback is that the recurrent rate is high and usually the cyst will be once again re-filled with fluid and patients have to undergo the same operation again.", "", "", ""),
 ("And the surgery is another trauma to the kidneys and therefore surgery is not very suitable for elderly patients.", "", "D", "hard call: clinic selling herbal compresses steers readers away from surgery"),
 ("Herbal treatment is more natural and conservative.", "", "", ""),
 ("Therefore the cortical cyst can be shrunk gradually.", "", "", ""),
], g="S")
P("https://askanaturopath.com/2022/10/11/kidney-cyst/", "naturopath Q&A site: kidney cyst", [
 ("Many Naturopaths view these cysts as wastes that have not been eliminated properly by the kidneys.", "", "", ""),
 ("Although there is no definite cure for kidney cysts, Naturopathically it is advised to support the kidneys and their filtering process.", "", "", "negation"),
 ("The appearance of cysts most often occur over a number of years, therefore trying to reduce the cyst or remove it completely (via reabsorption) is a process which can take some time.", "", "", ""),
], g="A")
P("https://www.ytrove.com/topic/49127", "content site: natural approaches to renal cysts", [
 ("According to guidelines from the American Urological Association (AUA) and the National Kidney Foundation (NKF), routine intervention is neither recommended nor necessary for these harmless cysts.", "", "", "clinical statement with source"),
 ("Surgical removal remains the only definitive method for eliminating symptomatic or high-risk cysts.", "", "", ""),
], g="G")
P("https://www.lianyihospital.org/kidney-cyst/", "hospital site: kidney cyst", [
 ("No evidence shows that specific diet can help prevent the development of kidney cysts.", "", "", ""),
 ("So you are suggested to talk with your doctors and find out the right amount that you should take.", "about protein", "P", ""),
], g="H")
P("https://www.wellness.guide/natural-remedies-for-warts/", "wellness guide: natural remedies for warts", [
 ("Garlic has antimicrobial and antiviral properties, making it an effective natural remedy for warts.", "", "", ""),
 ("Leave it on overnight and repeat daily until the wart dries up and falls off.", "", "", ""),
 ("While natural remedies can be effective in treating warts, it’s important to note that results may vary, and it may take time before you see any significant improvement.", "", "", ""),
 ("If your warts persist or worsen, it’s recommended to consult a healthcare professional for further evaluation and treatment options.", "", "P", ""),
], g="G")
P("https://www.1mhealthtips.com/warts-5-effective-ways-to-get-rid-of-them-naturally/", "health tips site: warts", [
 ("According to WebMd, a wart is a skin growth that were caused by some types of the virus called the HPV or human papillomavirus.", "", "", ""),
 ("Treatment is not always necessary, but most people prefer to get rid of them sooner, as they can be somewhat painful or embarrassing.", "", "", ""),
 ("Soon after, the warts will fall, and will leave a small mark that will gradually vanish.", "after the apple cider vinegar steps", "C", "hard call: guaranteed result"),
 ("Bananas contain a proteolytic enzyme, which is known to eat away at the wart until it’s gone.", "", "", ""),
], g="G")
P("http://omeganewsbd.com/post/39914/natural-ways-to-remove-warts-a", "news site: natural ways to remove warts", [
 ("Although scientific evidence for these remedies is limited, countless people report success in reducing or completely eliminating warts using them.", "", "", "reported"),
 ("While clinical studies are limited, the anecdotal success stories are enough to keep this remedy a household favorite.", "", "", ""),
], g="N")
