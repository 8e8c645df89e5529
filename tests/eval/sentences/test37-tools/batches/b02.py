from lib import P
# b02: queries 13-18 (thyroid/iodine, homeoprophylaxis, statins/CoQ10/red yeast rice, ear infections, chemo, sleeping pills)
P("https://chriskresser.com/iodine-for-hypothyroidism-like-gasoline-on-a-fire/comment-page-10/", "functional-medicine practitioner article: Iodine for Hypothyroidism", [
 ("In a previous article I showed why, when used alone, thyroid hormone replacement often fails.", "", "", ""),
 ("Iodine deficiency is the most common cause of hypothyroidism worldwide.", "", "", ""),
 ("On the other hand, restricting intake of iodine can reverse hypothyroidism.", "", "C", "hard call: unhedged 'can reverse' claim for a diet measure, counted like 'can heal X naturally'"),
 ("In one study, 78% of patients with Hashimoto's regained normal thyroid function with iodine restriction alone.", "", "S", ""),
], g="A")
P("https://www.livehopelupus.org/hypothyroidism-natural-treatment/4-day-thyroid-diet-hashimotos-hypothyroidism-natural-treatment.html", "content site: hypothyroidism natural treatment", [
 ("First things first, you must consider food to be your medicine and get off all processed junk food, sugar (which sends you on a hormonal rollercoaster ride) and gluten.", "", "", "diet, not a medicine"),
 ("It may be helpful early in the course of Hashimoto's, but TCM should not be used in place of conventional therapy when thyroid replacement is indicated.", "", "", ""),
 ("Many people want to know how to cure hypothyroidism permanently.", "", "", "reported wish"),
 ("As such, you must get to the source of the imbalance, not simply cover up the symptoms with medication. (14)", "", "", "hard call: belittles medication but does not tell the reader to stop or avoid it; not counted"),
], g="G")
P("http://thyroiddiseasesucks.com/5-myths-about-hypothyroidism-treatment-explained", "patient blog: 5 Myths About Hypothyroidism Treatment", [
 ("There are over 25 million people in the US alone who have hypothyroidism.", "", "S", ""),
 ("The majority of them don't even know it.", "", "S", "hard call: vague proportion without source"),
 ("I was very disappointed with the lack of experience and care from the doctors I visited so I decided to look for answers myself.", "", "", "narrative"),
 ("You just have to take synthroid/levothyroxine once a day and you'll be back to normal in 4-6 weeks.", "what the writer's doctor said, set up as a myth", "", "reported speech"),
], g="B")
P("https://curtisstone.com/x5sauxx/cytomel-withdrawal-symptoms", "scraped copy of a thyroid supplement writer's article on Cytomel withdrawal", [
 ("If you are taking thyroid medication, especially T4, and your body didnt actually need it, then stopping the medication may actually make you feel better.", "", "", "hard call: hedged statement about an outcome, not an instruction to stop"),
 ("If you skip or stop your medicine entirely, you can experience a number of short-term and long-term consequences, including: Debilitating weight loss.", "", "", "warning against stopping"),
 ("Just realize that some people may feel better when they stop the medication, but the exact reason should be evaluated on the individual level.", "", "", ""),
], g="G")
P("https://studylib.net/doc/7322499/homeoprophylaxis1", "homeopathy student essay on homeoprophylaxis (document host)", [
 ("The Medical Research Council shows conventional vaccination is effective in 61%89% of cases.1", "", "", "footnote marker 1"),
 ("Some professional homeopaths offer an alternative to conventional vaccination in the form of homeoprophylaxis, where homeopathic remedies are prescribed to prevent infectious diseases.", "", "", "reported practice"),
 ("There are a number of studies that highlight the effectiveness of homeopathic remedies for disease prevention, which indicates that it may be a useful measure.", "", "S", "'studies highlight' without citation"),
], g="G")
P("https://www.energiquepro.com/2018/01/25/importance-supplementing-coq10-statins-red-yeast-rice/", "supplement brand blog: Supplementing CoQ10 with Statins and Red Yeast Rice", [
 ("One of the disadvantages of statin drugs is their potential to decrease the synthesis of coenzyme Q10 (CoQ10).", "", "", ""),
 ("Because statins block the synthesis of mevalonic acid, which is necessary for making cholesterol, they also inadvertently prevent the body from making its own CoQ10.", "", "", ""),
 ("Research into the body's various energy demands (McClave 2001) has allowed us to break down the approximate percentage of energy used at rest by the various organs and tissues:", "", "", "author and year"),
], g="S")
P("http://thestudybotanical.blogspot.com/2011/05/statins-coenzyme-q-10-and-red-yeast.html", "herbal student blog: Coenzyme Q-10 and Red Yeast Rice", [
 ("Many who wish to lower cholesterol levels are often advised against statins.", "", "", "reported"),
 ("Because Mevastatin is a naturally occurring statin in red yeast rice, it should be carefully considered for lowering cholesterol.", "", "", "hard call: recommends considering red yeast rice, no instruction to replace a prescribed statin"),
 ("While many reports downplay the problem with statins, a study at the University of California suggests the figure for muscle pain -- the most commonly reported reaction -- was nearer 20 per cent (Waters, 2010).", "", "", "author and year"),
], g="B")
P("https://www.boltpharmacy.co.uk/guide/red-yeast-and-coq10", "online pharmacy guide: red yeast rice and CoQ10", [
 ("Summary: Red yeast rice and CoQ10 are dietary supplements sometimes combined for cholesterol management, but they lack robust clinical evidence, carry significant safety risks including myopathy, and should never replace prescribed statins without medical supervision.", "", "P", "hard call: double negation ('never ... without medical supervision') counts as a prompt"),
 ("Red yeast rice contains monacolin K, chemically identical to the prescription statin lovastatin, and works by inhibiting cholesterol synthesis.", "list item", "", ""),
 ("Red yeast rice is contraindicated in pregnancy, breastfeeding, active liver disease, and previous statin-induced myopathy; it should never be combined with prescription statins.", "list item", "", ""),
], g="H")
P("https://www.wholehealthweb.com/more-information-about-statins/", "holistic health site: More information about statins", [
 ("Studies show that these drugs have the potential to cause myopathies and rhabdomyolysis with renal failure.", "", "S", ""),
 ("These more serious side effects occur in about 1% of the population taking the drugs.", "", "S", ""),
 ("A study published in the journal Diabetes Wellness (May 2005;11(5):4) showed that giving coenzyme Q 10 to patients who take statins reduces muscle pain.", "", "", "journal and date"),
 ("The prevalence of heart failure has increased by 70% between 1990 and 2000.", "paragraph carries a citation: The Lancet (1998;352(Suppl. 1):39-41)", "", ""),
], g="A")
P("https://diabetes1.org/blogs/Doris_Blog/Red_Yeast_Rice_It_is_a_Statin_Do_I_Take_It", "diabetes community blog: Red Yeast Rice - It is a Statin - Do I Take It?", [
 ("I personally refuse to take statins.", "", "", "reported own behaviour"),
 ("I don't care what the ADA has to say on the subject.", "", "", ""),
 ("The entire diabetic population does not have to take a drug, that costs money and has some substantial side effects.", "", "D", "hard call: tells diabetic readers they do not need the statin their guidelines recommend"),
 ("Coenzyme Q10 (CoQ10) is actually helpful to the heart and is frequently mentioned as a supplement to take; it's also pretty expensive.", "", "", ""),
], g="B")
P("https://wellnessinhealth.com/?p=319", "wellness site by a former pharma rep: statins and red yeast rice", [
 ("It is important to tell you that if you are currently taking a statin prescription do not discontinue this medication without consulting you health care provider.", "", "P", "double negation"),
 ("HMG-CoA reductase is an enzyme in our body (in particular our liver) that is responsible for producing approximately 70 % of the total cholesterol in our bodies.", "", "S", ""),
 ("For thousands of years RED YEAST RICE was and is used as an herbal medicine to lower cholesterol in Asian countries.", "", "", "reported use"),
], g="A")
P("https://mydivinecompass.com/2017/07/30/the-dreaded-ear-infection/", "personal wellness blog: The Dreaded Ear Infection", [
 ("Fear not!", "", "", ""),
 ("Our Super Friends, Garlic and Onion, are here to save the day (and our sleepless nights)!", "", "", "hard call: playful promise, no cure or guarantee wording; not counted"),
 ("How in the world did humans ever survive ear infections, for literally thousands of years, before antibiotics were invented in 1935?!", "", "", "question"),
 ("For our purposes here, we will only discuss an ear infection that is NOT accompanied with fever or many other symptoms; just the ear ache.", "", "", ""),
], g="B")
P("http://184.154.57.4/Health/Article/Alternative_Cancer_Therapies/2003", "copy of an alternative-medicine article: Alternative Cancer Therapies", [
 ("Roughly two out of three cancer patients will die of the illness (or related therapy) within five years of diagnosis.", "", "S", ""),
 ("The three \"proven\" methods of treating cancer-chemotherapy, radiation, and surgery-may actually shorten your life in many instances.", "", "D", "hard call: steers the reader away from standard cancer treatment ('may' but framed as a warning against it)"),
 ("For most adult cancers, the orthodox therapies are virtually noncurative, though they may buy some time.", "", "", ""),
 ("Only 2 to 3 percent of the nearly one-half million Americans diagnosed of cancer every year are being saved by chemotherapy, according to Dr. John Cairns of the Harvard University School of Public Health.2", "", "", "according to, and a footnote marker"),
 ("Yet over half of all cancer patients routinely receive chemotherapy drugs, which can cripple a person's chance of survival.", "", "S", "hard call: figure without source; the anti-chemo clause is a claim, not an instruction (discouragement counted once, in the sentence above)"),
], g="G")
P("http://www.imsmagazine.com/the-deadly-truth-behind-alternative-cancer-therapies/", "student science magazine: The deadly truth behind alternative cancer therapies", [
 ("Wouldn't it be nice if there were therapies that could cure cancer, without any side effects or trauma?", "", "", "question"),
 ("Well, there are!", "next sentence: At least, so say the websites of the health professionals found through a simple Google search", "", "ironic set-up of a debunking"),
 ("A Google search for \"alternative cancer therapies\" results in some poorly made webpages full of sensational writing, strongly indicating they are scams.", "", "", "debunking"),
], g="N")
P("https://supplementguidance.com/alternatives-to-benzodiazepines-for-sleep-problems/", "supplement content site: alternatives to benzodiazepines for sleep problems", [
 ("In the case of benzodiazepines, which are commonly prescribed to treat insomnia and other sleep disorders, researchers found that there were indeed effective alternatives that don't come with as many side effects.", "", "S", "research claim without citation"),
 ("Melatonin a safe alternative to benzodiazepenes", "heading", "CM", "hard call: heading calls a supplement a safe replacement for a prescribed sedative (safety claim plus swap)"),
 ("Although research has not yet shown that CBD works for anxiety, studies show that CBD may reduce anxiety-related behaviors in rats.", "", "S", ""),
 ("CBD oil is a potentially promising treatment for depression and anxiety disorders.", "", "", "hedged"),
], g="G")
P("https://namrecovery.com/sedatives-sleep-aids", "addiction medicine clinic page: Sedatives / Hypnotics", [
 ("Becoming dependent on these medications is common these days, and often initially begin in an attempt to improve sleep.", "", "", ""),
 ("We can help you with this assessment and begin developing taper regimens that are slow enough to allow meaningful learning and the practice of new skills.", "", "", "the clinic's own service offer"),
 ("Too quick of a taper can result in relapse and more unwillingness to try again, so close medical supervision is helpful.", "", "P", "passive recommendation of medical supervision"),
], g="H")
P("https://acemind.net/sleeping-pills-how-to-gently-wean-yourself-off", "content site: Sleeping pills - how to gently wean yourself off", [
 ("First, go very slowly.", "list item 1", "", ""),
 ("By reducing the daily dose of sleeping pill very slightly, then again 1 week to 15 days later, and so on.", "list item 1; no doctor caveat in this or the next sentence", "M", "dose-reduction instruction for a prescribed hypnotic"),
 ("When the tablet can no longer be cut, we space out the frequency of doses (every other day, then only three times a week, etc.) until it stops completely.", "list item 1", "M", "hard call: 'we' addressed to the reader as the method to follow"),
 ("It would be dangerous to stop taking sleeping pills overnight without precautions, because a real addiction has set in.", "", "", "warning against abrupt stopping"),
 ("More than half of them manage to quit easily.", "quoted general practitioner about his own patients", "", "first-party figure of a quoted doctor"),
], g="G")
P("https://cocomarch.freshdesk.com/en/support/solutions/articles/66000503917-what-do-you-say-to-people-who-want-to-use-the-sleeping-bomb-and-ask-if-they-can-stop-their-sleeping-m", "sleep product help-desk article: can I stop my sleeping medication?", [
 ("If you take medicine to sleep, it is recommended to stop it little by little by reducing the dose gradually and not suddenly.", "next sentence: Benzodiazepines are extremely addictive and stopping suddenly is not advisable.", "M", "hard call: recommends stopping a prescribed sleep medicine; the health-professional caveat comes two sentences later"),
 ("Benzodiazepines are extremely addictive and stopping suddenly is not advisable.", "", "", ""),
 ("With the help of your health professional, the medication can be abandoned with a gradual reduction that lasts from 4 to 8 weeks, gradually reducing the amount (3/4 of a pill, 1/2 pill, 1/3 of a pill, 1/4, 1/8 until you finally give it up), but always working with a health professional.", "", "P", ""),
], g="S")
P("https://www.ausdoc.com.au/news/alternative-therapy-use-ups-risk-death-cancer-patients", "medical news for doctors: Alternative therapy use ups risk of death for cancer patients", [
 ("Cancer patients who use alternative therapies such as herbs, vitamins and special diets are more than twice as likely to die as those who stick to conventional treatments, research shows.", "", "S", ""),
 ("The findings suggest it's not the alternative therapies that increase the risk of death.", "", "", ""),
], g="N")
