from lib import P
P("https://ustrends.net/posts/amp/what-to-do-about-an-ear-infection-61605.html", "trends/content site: what to do about an ear infection", [
 ("You can’t safely “DIY” an ear infection, but you can manage symptoms while deciding how urgently to see a doctor.", "", "", "hard call: frames the article; the prompts come below"),
 ("You still need medical care urgently if pain is severe, you feel very unwell, or there’s pus/blood from the ear.", "", "P", ""),
 ("Think of it like this: home care can help you cope with the infection, but a doctor decides if you need medicine to cure it.", "", "", "what a doctor does"),
 ("If you’re unsure which type it is, assume you need a proper exam rather than guessing.", "", "P", "soft prompt to be examined"),
 ("Babies under 6 months with suspected ear infection → same‑day doctor", "list item under: Guidelines for children", "P", ""),
], g='G')
P("https://osfhealthcare.org/blog/ear-infections-when-to-treat-at-home-and-when-to-call-a-doctor", "hospital system blog: ear infections, when to treat at home and when to call a doctor", [
 ("Many ear infections will resolve on their own without the use of an antibiotic, so often they can be treated with simple, easily accessible treatments.", "", "", "clinical statement"),
 ("Other home remedies, such as numbing drops, or homeopathic remedies, such as essential oils, are not recommended for ear infections.", "", "", ""),
 ("“In general, I am not a fan of putting anything in the ear canal to treat these ear infections.”", "", "", "quoted pediatrician"),
 ("Consider talking with a doctor about your symptoms and options for treatment if:", "list follows: symptoms persist or get worse over two to three days; infection is recurring; pain is severe", "P", ""),
 ("A child who has three or more ear infections in a six-month period (or four infections in 12 months) may be referred to a specialist for pressure equalization tubes.", "", "", "referral criteria"),
], g='H')
P("http://www.healthnrecipes.com/how-to-cure-ear-infection-naturally-are-antibiotics-necessary/", "health and recipes blog: how to cure ear infection naturally, are antibiotics necessary?", [
 ("How to Cure Ear Infection Naturally – Are Antibiotics Necessary?", "title", "C", "hard call: 'how to cure ... naturally' title promise, followed by a question"),
 ("Ear infection can affect people at any age, but generally, almost 75% of the cases occur in infants under the age of 10.", "", "S", ""),
 ("Children who have a weaker immune system are more prone to ear infections than children with a strong immune system.", "", "", ""),
 ("Generally, ear infections are caused by a virus and therefore doctors recommend treatments which only include relieving of the symptoms.", "", "", "what doctors recommend"),
], g='B')
P("https://review.trendsmask.com/what-helps-ear-infections-89013.html", "Q&A content farm: what helps ear infections", [
 ("Most ear infections clear up without medical care or special medicines, so its best to try home remedies first.", "next sentence: However, if the ear infection is severe or lasts longer than 2-3 days, antibiotics may be needed.", "", "hard call: safety-netting in the next sentence"),
 ("However, if the ear infection is severe or lasts longer than 2-3 days, antibiotics may be needed.", "", "", "not a direct prompt"),
 ("If the earache does not start to get better after 3 days or there are other factors that increase the risk of complications, such as having a weakened immune system, its best to see a doctor.", "", "P", ""),
], g='G')
P("https://infectioncycle.com/articles/ear-infection-will-it-resolve-on-its-own-or-is-antibiotics-treatment-necessary", "content site: ear infection, will it resolve on its own?", [
 ("While antibiotics are often prescribed to treat these infections, there is growing evidence that suggests they may not always be necessary.", "", "S", "hard call: 'growing evidence suggests', none named"),
 ("For mild ear infections, it is often recommended to wait and see if the infection will go away on its own.", "", "", "clinical statement (watchful waiting)"),
 ("It is important to consult a healthcare professional if you suspect you or your child has an ear infection.", "", "P", ""),
 ("When an ear infection is suspected, an evaluation by a healthcare professional is necessary to confirm the diagnosis.", "", "P", "passive recommendation"),
], g='G')
P("https://enpat.com/health/psoriasis-natural-treatment/", "natural-health site: psoriasis natural treatment", [
 ("The treatment that’s gaining great popularity now is psoriasis natural treatment because it works in synergy with your body.", "", "", ""),
 ("It enhances your immune system to defeat psoriasis.", "", "C", "hard call: 'defeat psoriasis' as an unqualified outcome"),
 ("Psoriasis 4 main trigger factors are your diet, stress, antibiotics and the environment you live in.", "", "", ""),
 ("So, to prevent it from poisoning your body it uses its’ secondary elimination organ to help get rid of the toxins i.e., your skin.", "", "", ""),
], g='A')
P("http://improvised-home-remedies.com/how-to-cure-psoriasis-naturally-with-fast-acting-home-remedies/", "home-remedy content site: how to cure psoriasis naturally", [
 ("How To Cure Psoriasis Naturally with Fast Acting Home Remedies", "title", "C", "title promising a cure"),
 ("Nearly 50% of psoriasis affected persons have family history.", "", "S", ""),
 ("There is no medicine that can guarantee the cure for psoriasis.", "", "", "negation"),
 ("Certain drugs used to cure BP and Malaria can be the cause for Psoriasis.", "", "", ""),
 ("Spicy food, red meat and dairy products normally aggravate psoriasis and hence it is advisable to avoid them.", "", "", "diet"),
], g='G')
P("https://www.thenaturesfarmacy.com/psoriasis-treatment/", "natural-medicine blog: the untold psoriasis treatment, revealed!", [
 ("The untold psoriasis treatment, revealed!", "title", "", "no cure wording"),
 ("Firstly, if you are down with psoriasis, water should be your best friend.", "", "", ""),
 ("Dr. Pagano strongly recommends you drink six to eight ounces of water and eat a serving or two a day of stewed figs, apples, raisins, apricots, pear, peaches, or prunes because their laxative effect helps clean your bowels.", "", "", "diet, reported recommendation"),
 ("Many physician will tell you that psoriasis has no cure, but that’s a fat lie.", "", "C", "hard call: asserts psoriasis is curable, against physicians"),
 ("In his words “When you understand the true cause of psoriasis, you will understand that the disease can be cured in a natural way”", "", "", "hard call: quoted author (the writer endorses him in the previous sentence)"),
 ("Trust me on this, if Psoriasis is your major concern, you should by this book.", "", "", ""),
], g='A')
P("https://winenfood.com/exploring-natural-alternatives-to-ppi-medication", "food content site: exploring natural alternatives to PPI medication (first person)", [
 ("For years, I was a slave to that little purple pill.", "", "", "narrative"),
 ("I’m going to walk you through the exact strategies I’ve used and refined, so you can understand the “why” behind each step and build a sustainable plan to soothe your system and finally feel in control, free from the cycle of medication.", "", "M", "hard call: promises the reader a plan to get off the medicine; no consult caveat nearby"),
 ("For severe conditions like ulcers or erosive esophagitis, they can be lifesavers.", "", "", ""),
 ("However, they were never intended for long-term, indefinite use for common heartburn.", "", "", ""),
], g='G')
P("https://meds-easy.com/tag/ppi-alternatives", "online pharmacy info site tag page: PPI alternatives", [
 ("Millions are looking for other ways to keep stomach acid in check without staying on meds that can thin bones, affect kidneys, or change gut bacteria.", "", "", "hard call: vague 'millions', no figure"),
 ("There are several proven alternatives that work well for most people, and many of them cost less and carry fewer risks.", "", "", "no cure or safety-guarantee wording"),
 ("They’re usually taken once or twice a day and work within an hour, making them perfect for occasional symptoms.", "", "", "OTC H2 blockers, no amount"),
 ("Raising the head of your bed by 6‑8 inches helps gravity keep acid where it belongs while you sleep.", "", "", ""),
 ("Weight loss, even a modest 5‑10 % reduction, can lower pressure on the stomach and reduce reflux.", "", "", "personal target"),
], g='S')
P("https://visualfoodie.com/alternatives-to-standard-ppi-medication", "food content site: alternatives to standard PPI medication (first person)", [
 ("It’s not about demonizing medication, but about being informed.", "", "", ""),
 ("Many find that a combination of lifestyle changes and natural support can significantly reduce or even eliminate the need for daily PPIs.", "", "", "reported experience"),
 ("This is your roadmap to understanding and managing your symptoms, potentially reducing your reliance on standard medications for good.", "", "", "hedged 'potentially'"),
], g='G')
P("https://hsionline.com/2014/11/26/acid-rebound/", "alternative-health newsletter: natural ways to relieve heartburn and acid reflux (acid rebound)", [
 ("Try to stop, and it seems like you’ve got more acid than ever before.", "", "", "describes rebound"),
 ("In fact, a few years ago a story in the Boston Globe said that doctors call these drugs “purple crack.”", "", "", "attributed"),
 ("But plenty of people have kicked the PPI habit, and so can you.", "", "M", "encourages the reader to stop PPIs, no consult caveat"),
 ("To get some relief, Dr. Spreen recommends an acidophilus supplement.", "", "", "reported recommendation"),
 ("And getting off PPIs is best done slowly, rather than cold turkey.", "", "M", "hard call: tells the reader how to come off the drug, no doctor"),
], g='A')
P("https://www.healthiguide.com/health/13-natural-ways-to-prevent-heartburn/?view-all", "health content site: 13 natural ways to prevent heartburn", [
 ("However, with the recent reports showing that they could increase the risk of cancer, heart disease, or kidney failure, many people have stopped using them.", "", "", "reported behaviour"),
 ("Also, some medical experts have even said that taking PPIs increases a person’s risk of contracting COVID-19.", "", "", "reported speech"),
 ("At this point, trying to control your acid reflux naturally seems like your best option to avoid long-term use of PPIs.", "next sentence: If you are currently taking PPIs, especially prescription versions, you should first speak with your healthcare professional before discontinuing use.", "", "caveat in the next sentence"),
 ("If you are currently taking PPIs, especially prescription versions, you should first speak with your healthcare professional before discontinuing use.", "", "P", ""),
 ("You should never stop taking your medication without first talking with your doctor.", "", "P", "double negation"),
], g='G')
P("http://www.morethanheartburn.com/news/natural-remedies-that-can-reduce-the-need-for-heartburn-medication", "reflux surgery clinic news page: natural remedies that can reduce the need for heartburn medication", [
 ("Research suggests that over half of people who take PPIs don’t actually need them (Source: Digestive Health Institute).", "", "", "source given"),
 ("While patients with severe acid reflux may require aggressive treatment to manage their digestive symptoms, most patients can reduce or eliminate their reflux episodes with natural remedies.", "", "", "hard call: hedged 'most patients can'"),
 ("These treatments produce no unwanted side effects, and they can often be just as effective as medication.", "", "C", "'no unwanted side effects'"),
 ("Raw apple cider vinegar acts to naturally balance pH in the stomach and eliminate the effects of acid reflux.", "", "C", "hard call: 'eliminate the effects of acid reflux', unqualified"),
 ("Mix one tablespoon of raw unfiltered apple cider vinegar with a glass of cold water and drink for immediate relief.", "", "O", "hard call: remedy amount, route and timing"),
 ("Dissolve ½ teaspoon of baking soda in warm water and drink when heartburn strikes.", "", "O", "antacid amount and timing, no label caveat"),
], g='H')
P("https://botano.gr/collections/nuts/products/apricot-seeds", "Greek online shop product page: apricot seeds", [
 ("Apricot kernels may have certain health advantages, and some individuals believe they might aid in cancer prevention.", "", "", "hedged, reported"),
 ("Scientists believe that a chemical found in apricot kernels called amygdalin might be used to destroy tumors and prevent cancer by preventing cells from replicating.", "", "S", "hard call: 'scientists believe', no source"),
 ("🡆The daily suggested dosage is 1-2 kernels for adults due to the risk of cyanide poisoning.", "", "O", "seller's daily dose"),
 ("Moderation is considered key while consuming apricot seeds for their beneficial characteristics.", "", "", ""),
], g='S')
P("http://apricotkernels.org/apricot_kernels_caution.html", "apricot kernel seller/advocacy site: caution page", [
 ("A large man might eat eight or nine apricots at a time before becoming full; a small woman might eat five or six; a child probably would eat but two or three; and this could be repeated three or four times a day so long as the stomach was given several hours between times to digest the last meal.", "", "", "hard call: describes eating whole fruit as the yardstick; the rule follows"),
 ("Take no more apricot kernels than half the number you likely would eat if you also were consuming the entire fruit.", "", "", "upper limit"),
 ("If the symptoms persist or if they are severe, see a physician immediately, because cyanide poisoning is a serious matter.", "", "P", ""),
 ("But, really, none of this is likely to happen if you practice moderation and common sense.", "", "", "hard call: reassurance hedged by 'likely'"),
 ("People who swallow a whole can of pepper or an entire bottle of aspirin should expect to become ill.", "", "", ""),
], g='S')
P("https://www.fertilehope.org/how-many-apricot-kernels-a-day-should-i-take-for-cancer", "health info site: how many apricot kernels a day should I take for cancer", [
 ("Currently, there is no established, safe, or recommended daily dose of apricot kernels for cancer treatment or prevention.", "", "", "negation"),
 ("Relying on apricot kernels alone for cancer is not supported by medical evidence, and pursuing this without medical guidance can be harmful.", "", "", "warning"),
 ("Proponents suggest this compound may have anti-cancer properties, leading many to ask, “How many apricot kernels a day should I take for cancer?”", "", "", "reported, question"),
], g='G')
P("https://www.medicalnewstoday.com/articles/314337", "health news site: apricot kernels and cancer", [
 ("Currently, there is no evidence to support that apricot kernels can help treat cancer.", "", "", "negation"),
 ("Billed as a new “superfood,” some people believe that apricot kernels have cancer-fighting and detox-enhancing properties.", "", "", "reported belief"),
 ("As such, doctors and other healthcare professionals cannot recommend the use of apricot kernels", "", "", ""),
 ("Is eating apricot kernels a safe alternative way to treat cancer or another dangerous health fad?", "", "", "question"),
], g='N')
