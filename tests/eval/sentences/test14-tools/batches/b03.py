from lib import P
P("https://trileptal.blogspot.com/2009/04/natrual-diet-for-epilepsy.html", "drug-named blogspot blog: natural diet for epilepsy", [
 ("Though many treatments are prone to overstate their effectiveness, the natural treatment of epilepsy has been tested and can reduce epilepsy seizures considerably.", "", "", "efficacy claim without cure wording"),
 ("Statistics shows this kind of epilepsy diet is successful in almost one-half of epilepsy cases in children, and is still somewhat effective in another one-third of epilepsy cases.", "", "S", "no source"),
 ("Based on these findings, if you are undergoing epilepsy, and are not taking any traditional treatments, it may be helpful to try the epilepsy diet to alleviate symptoms.", "", "", "hedged; addressed to people not on treatment, no stop or swap"),
 ("First, to ensure successful maintenance, fasting under close medical supervision is the first step, and then the whole family needs to be educated about the diet.", "", "P", "hard call: passive recommendation that the diet start under medical supervision"),
 ("Natural treatment of epilepsy with herbs and other supplements has been tested to work well against seizures.", "", "S", "hard call: 'has been tested to work well' with no source"),
], g="B")
P("https://chrisyperez.com/?p=1043", "parent's blog: daughter seizure-free without medication", [
 ("But those hard days are over!", "", "", ""),
 ("Despite great progress, the neurologist urged me again to medicate my daughter.", "", "", "narrative"),
 ("I guess that’s his job and that’s his expertise.", "", "", "hard call: dismissive narrative, no steering of the reader"),
 ("Again, I ran the different scenarios and reasons why I will confidently stick to my decision.", "", "", "hard negative: the writer's own decision not to medicate, told as narrative"),
 ("This s well documented in scientific studies (Atalar & Baykan, 2022, Kandeepan & Shaaban, 2016, Reddy, 2016).", "", "", "author-year citations"),
], g="B")
P("http://www.figuring-it-out.com/its-time/", "parent's blog: weaning a child off the ketogenic diet for epilepsy", [
 ("We (Chuck and I) have officially decided it is time to start weaning the diet.", "", "", "narrative"),
 ("So we followed the course our doctor here recommended and weaned a medication.", "", "", "narrative, doctor-led"),
 ("If the diet isn’t keeping the seizures at bay it is a lot of work, expense, physical toll on G’s body  and social isolation for all of us for no reason.", "", "", ""),
], g="B")
P("https://www.mamafales.com/blog/a-seizure-free-life-is-a-structure-filled-life", "mother's blog: natural seizure prevention research", [
 ("Because anti-seizure medications were not stopping Matt’s seizures, I decided to research natural remedies that might help him.", "", "", "narrative"),
 ("After a seizure, he cannot drive for at least three months and is dependent on other people to drive him where he needs to go.", "", "", "driving rule, not a statistic"),
], g="B")
P("http://abcnews.go.com/Health/Wellness/atkins-style-high-fat-diet-work-miracles-seizures/comments?type=story&id=13359184", "national news: high-fat diet for seizures in kids", [
 ("Super High-Fat Diet Can Work Miracles for Seizures in Kids", "headline", "", "hard call: news hype ('can work miracles') without cure wording"),
 ("Jack's diet is so fat-rich and nutrient-poor that he needs to take daily calcium and vitamin supplements so as not to stunt his growth.", "", "", "narrative"),
], g="N")
P("https://adventuresofthedomesticengineer.wordpress.com/2018/03/20/wedding-seizures-incontinence-and-going-keto-kicking-and-screaming/", "personal blog: going keto for epilepsy", [
 ("One of the stipulations of being legally able to drive with epilepsy (it varies with severity and from state-to-state) is a mandatory check-in with the doctor every 3 months.", "", "", "legal rule, narrative"),
 ("At this particular check-in, he mentioned the ‘Keto’ Diet and explained how it changes your metabolism and shifts your body into ketosis….", "", "", "narrative"),
], g="B")
P("https://modenahair.com/tag/alternative-hair-growth/", "hair salon/clinic blog: saw palmetto for hair loss", [
 ("Evidence on the effectiveness of saw palmetto for hair loss is limited.", "", "", ""),
 ("Because the natural remedy acts similarly to finasteride, therefore the two should not be taken together.", "", "", "interaction warning"),
 ("Make sure to inform your doctor before any procedures or new medications are prescribed.", "", "P", ""),
 ("Don’t expect a miracle.", "", "", ""),
], g="S")
P("http://www.infobarrel.com/What%27s_The_Best_Hair_Loss_Natural_Remedy%3F", "content farm: best natural hair loss remedy", [
 ("Several studies have proven the herb's effectiveness for treating benign prostate hypertrophy and preliminary evidence suggests it may even help treat prostate cancer.", "", "S", "'several studies' with no source"),
 ("In one small study, 6 out of 10 participants experienced improvement after treatment with saw palmetto.", "", "S", "unnamed study"),
 ("While further studies are needed, the herb produces no significant side effects and may encourage hair regrowth.", "next paragraph lists mild side effects", "", "hard call: 'no significant side effects' is hedged"),
 ("Always consult a qualified medical practitioner before taking any new natural remedies, especially if you're currently taking prescription medications.", "", "P", ""),
 ("For the best results, discontinue use if you experience any of these problems.", "", "", "about the herb, not a prescribed medicine"),
], g="G")
P("https://nutrafol.com/blog/tag/dht/", "hair supplement brand blog: saw palmetto vs Propecia", [
 ("The drug known as Propecia (generic name finasteride) is a fairly common treatment for male hair loss but some doctors and patients want to steer clear of this medication because of its potentially scary side effects.", "", "", "reported"),
 ("For men and women seeking more natural solutions, herbal supplements provide a far less risky way to maintain a head of healthy hair.", "", "M", "hard call: swap framing against finasteride on a seller's page (round 10 convention)"),
 ("While 68% of participants using Propecia showed an increase in hair growth, confirming its efficacy, 38% of participants in the group using saw palmetto alone also experienced hair growth.", "previous: Researchers compared the efficacy of saw palmetto to Propecia in this two-year study of 100 men ...", "S", "hard call: study described with no author, journal or link"),
 ("So while saw palmetto wasn’t as effective as the chemical drug, it was proven to work—and without the negative side effects.", "", "C", "hard call: unqualified 'without the negative side effects'"),
], g="S")
P("https://ic.steadyhealth.com/saw-palmetto-for-the-treatment-of-hair-loss", "health content site: saw palmetto for hair loss", [
 ("Preventing and treating hair loss can be accomplished by decreasing the level of DHT in the body.", "", "", ""),
 ("These drugs can block the conversion of free testosterone into dihydrotestosterone, but often include severe side effects such as gynecomastia or erectile dysfunction due to their synthetic nature.", "", "", ""),
 ("One of the main advantages of saw palmetto is that it is natural and has no negative side effects, much unlike other medication utilized for the hair loss treatment.", "", "CM", "'no negative side effects' (C); hard call M: swap framing against hair-loss medicines (round 12 'Unlike many prescription drugs' convention)"),
], g="G")
P("https://www.hairguard.com/baldness-cure/", "hair loss content site: will there ever be a cure", [
 ("To show you how to cure your hair loss forever.", "previous: I wrote this ‘ultimate guide’ with one thing in mind…", "C", "hard call: promise to cure hair loss forever, though the page later says 'cure' is not accurate"),
 ("People have been claiming a ‘cure for hair loss’ will be available in ‘5 year’s time’ for as long as anyone can remember.", "", "", "reported"),
 ("It’s important to note that using the word ‘cure’ is not really an accurate description of how hair loss works.", "", "", ""),
 ("I’ve been researching and writing about hair loss for more than 5 years now and I’ve seen treatments come and go, but these are the ones that have stuck around.", "", "", "first-person"),
], g="G")
P("https://www.mintrx.com/blog/finasteride-vs-natural-remedies-hair-loss", "online pharmacy blog: finasteride vs natural remedies", [
 ("Clinical trials, as reported by the National Institutes of Health, have shown that 1mg of Finasteride daily can lead to noticeable improvements in hair density and coverage for many men.", "", "", "attributed; trial dose, not an instruction"),
 ("However, it's important to note that Finasteride may have side effects, including sexual dysfunction, which should be discussed with a healthcare provider.", "", "P", "passive recommendation"),
 ("On the other hand, many turn to natural remedies in hopes of addressing hair loss without the potential side effects of pharmaceuticals.", "", "", "reported"),
], g="S")
P("http://bloghealthyliving.com/is-saw-palmetto-a-natural-remedies-for-male-pattern-baldness.html", "health blog farm: is saw palmetto a remedy for male pattern baldness", [
 ("Many people prefer natural hair loss remedies to prescription medication or surgery because it is less side effect.", "", "", "reported preference"),
 ("Saw palmetto is a natural hair loss treatment can solve hair loss.", "", "C", "hard call: unqualified 'can solve hair loss'"),
 ("It is recommended to eat one per day if you eat the fruit.", "", "O", "hard call: amount and frequency for the reader"),
 ("The daily recommended dosage is 320mg for the extracts.", "", "O", "consumer dose, no label or doctor caveat (round 12 glucosamine convention)"),
 ("This natural hair loss remedies is no side effect until now.", "", "C", "hard call: unqualified safety claim"),
], g="G")
P("http://www.hopetohealth.com/antibiotics-or-natural", "chronic Lyme patient's blog: antibiotics or natural", [
 ("Therefore, any untreated case may result in chronic Lyme and immune suppression.", "", "", ""),
 ("I have talked with many Lyme patients who have had success using different protocols.", "", "", ""),
 ("Many insurance companies will not cover antibiotic therapy beyond the CDC recommendations, so this may limit your treatment options.", "", "", ""),
 ("I was very sick at the time of diagnosis (read my story in the blog) so when my then LLMD prescribed oral Ceftin, I was hesitant to take it.", "", "", "narrative"),
 ("Lyme is ultimately a clinical diagnosis because the testing is not 100% accurate.", "", "", "'100%' is not a finding"),
], g="B")
P("https://rawlsmd.com/health-articles/how-to-begin-a-new-natural-lyme-protocol-your-top-questions-answered", "herbal supplement brand's doctor site: beginning a natural Lyme protocol", [
 ("After all, if you’ve been taking a variety of prescription medications for a while, switching to a natural regimen can feel like a leap of faith.", "", "", "hard call: presupposes a switch but gives no instruction"),
 ("1: Do I Need To Quit My Other Treatments Before I Start a Natural One?", "heading", "", "question"),
 ("First, it’s important to note that there’s a time and a place for the use of medications in the treatment of Lyme disease and Lyme coinfections.", "", "", ""),
 ("You can always press the pause button and give your body a chance to reset.", "about a herbal protocol", "", ""),
], g="S")
P("https://clinific.com/10-step-natural-treatment-plan-for-chronic-lyme-disease-patients/", "naturopath's article: natural treatment plan for chronic Lyme", [
 ("Their treatment may be a blend of antibiotics with natural medications in a complementary fashion or natural medications alone.", "", "", ""),
 ("These flares are usually the rule, rather than the exception with treating tick-borne infection.", "", "", ""),
], g="A")
P("https://thetruthaboutcancer.com/herbal-remedies-lyme-disease", "alternative-health site: herbal remedies for Lyme disease", [
 ("We’ll politely sidestep the tantalizing rabbit hole, suggesting its origins might be closer to a certain bioweapons lab on Plum Island, and we’ll just go with the widespread belief that it’s caused by the bacterium Borrelia burgdorferi and transmitted through tick bites.", "", "", ""),
 ("While conventional antibiotic therapy is the essential first-line treatment, especially in the acute phase, many patients continue to struggle with persistent symptoms.", "", "", ""),
 ("Promising research, including studies from institutions like Johns Hopkins, has found that certain herbal extracts can disrupt these biofilms, potentially making pathogens more vulnerable.", "", "S", "hard call: institution named but no study, date or link"),
], g="A")
P("https://www.purplelotusmassage.com/blog", "massage studio blog: natural liver and gallbladder cleanse", [
 ("Like the lungs, especially when a person quits smoking, it is one of the few organs that can regenerate itself as long as it is given enough support to function optimally.", "", "", ""),
 ("According to Chinese medicine, this can also bring out feelings of anger or frustration, creating internal and external negativity into our environment.", "", "", ""),
 ("You can take some detox supplements such as a kidney cleanse and parasite cleanse for two weeks prior to the flush, although it is not necessary.", "", "", "duration without amount"),
 ("A colon cleanse is suggested so that you are able to eliminate more waste.", "", "", ""),
], g="A")
P("http://www.awaken.cc/awaken/pagesE/library/eLiverFlush.html", "spiritual/holistic site: the liver flush", [
 ("Removal of the gallbladder is one of the most common surgical operation in most hospitals, and yet this simple age-old recipe can remove stones overnight and restore your health in many, many areas.", "", "CD", "hard call: claims the flush removes gallstones overnight (C) set against gallbladder surgery (D)"),
 ("People in all age groups have benefited from this cleanse with astounding results.", "", "", "testimonial-style, no cure or safety wording"),
 ("The purpose of this page is to provide a simple, safe and effective recipe to cleanse stones, with flexibility for lighter body types.", "", "C", "hard call: unqualified 'safe and effective' for removing gallstones"),
 ("Gallstones were once associated with \"older\" people but younger people today are also developing gallstones due to poor diet and stressful lifestyles.", "", "", ""),
], g="A")
P("https://www.connersclinic.com/liver-gallbladder-flush/", "functional-medicine clinic: liver/gallbladder flush instructions", [
 ("The liver is an essential organ of detoxification and performs over 700 functions, far more than any other organ in the body.", "", "S", "figure without source"),
 ("NOTE: It is HIGHLY recommended that you ONLY attempt the following flushes under supervision of an experienced practitioner.", "", "", "hard call: 'experienced practitioner' on a natural clinic page (round 10: non-medical practitioners are not P)"),
 ("Monday morning through noon on Friday, drink as much apple juice or apple cider as your appetite will permit, in addition to your regular meals.", "", "", "dietary"),
 ("On Friday, three hours after lunch (about 3 p.m.), take 3 capsules of Motility PRO with 8 ounces of water.", "", "O", "amount and timing of the clinic's product"),
 ("This helps soften any stones that are in your gallbladder.", "", "", ""),
], g="A")
P("http://allabouthealth.co.za/all-about-health/75-liver-detox", "South African natural health shop article: liver detox", [
 ("Cleaning the liver bile ducts is the most powerful procedure that you can embark on to improve your body’s health.", "", "", ""),
 ("It is recommended that you first have a good kidney cleanse and get rid of all the parasites such as worms, flukes and micro-organisms that are present in our bodies regardless of how hygienic we may be!", "", "", ""),
 ("Most of these people are advised not to take calcium supplementation however the calcium found in kidney stones are leached from your own bones and not from a supplement that contains both calcium and magnesium.", "", "", "hard call: disputes advice given to kidney-stone patients but gives no instruction; calcium is a supplement"),
 ("The liver also helps break down and eliminate synthetic medicines, some of which are extremely toxic to the liver (such as statin preparations used to lower cholesterol).", "", "", "hard call: disparages statins without telling the reader to stop"),
], g="S")
P("https://doctor.ndtv.com/faq/can-i-cleanse-my-liver-with-olive-oil-and-epsom-salt-6842", "news site's doctor Q&A: liver cleanse with olive oil and Epsom salt", [
 ("Is this process safe?", "reader question", "", "question"),
 ("Liver cleansing is a naturopathic method that aims at painlessly removing from the gallbladder and liver; stones, gravel and crystals.", "", "", "describes the aim"),
 ("In this fashion, the liver turns itself practically inside out and empties all of its available bile together with stones, gravel and crystals to condition (treat) the bile using the potent liver cleanse solution.", "", "C", "hard call: mechanism stated as certain that ends in expelling the stones (round 10 convention)"),
 ("Individuals having very small stones inside their gallbladder may be able to cleanse them with the liver-gallstone cleanse.", "", "", "hedged"),
], g="H")
P("https://thehealthyliver.com/liver-and-gallbladder-flush/", "liver-health site: liver and gallbladder flush", [
 ("As a result you will be able to flush out stones, parasites and toxic build up… putting you on the journey to vibrant health.", "", "C", "guaranteed result"),
 ("First and foremost, I am not a doctor and this information is not intended to be medical advice.", "", "", "disclaimer"),
 ("This information is not intended to replace the advice of your doctor or any treatment recommended by your doctor.", "", "", "disclaimer"),
 ("Liver flushing is generally safe for people with no complicating medical factors.", "", "", "hedged safety"),
 ("You should never flush when constipated.", "", "", ""),
], g="A")
