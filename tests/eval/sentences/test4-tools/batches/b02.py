from lib import P
P("https://en.tierient.com/10-diseases-that-can-not-be-treated/", "translated lifestyle site: 10 diseases that can not be treated", [
 ("In fact, there are such diseases that absolutely do not need treatment.", "page title: 10 diseases that can not be treated", "", "hard call: general statement that some conditions need no treatment, not a steer away from a doctor"),
 ("But you can recover without drugs and consequences, if, of course, everything is in order with immunity.", "", "", "hard call: says drugs are not needed for minor illness; not about doctors and no prescribed medicine named"),
 ("If the runny nose is not accompanied by other symptoms, then it does not need treatment, and to facilitate breathing with congestion, several times a day to drip vasoconstrictive drops.", "heading: 1. Runny nose", "", "clinical statement for a minor condition; drops have a frequency but no amount"),
 ("However, to get rid of the perspiration, if it is not complicated by the infection, you do not need any medications.", "heading: 3. Sweatshop", "", "conditional clinical statement"),
])
P("https://maxbangla.com/top-5-reasons-why-people-dont-go-to-the-doctors/", "general blog: top 5 reasons why people don't go to the doctors", [
 ("1. They Are Lazy: It may sound crazy, but more than 90% of the people around the world don’t seek medical help from a doctor when they become ill.", "", "S", ""),
 ("Doctors prescribe medications by taking into account a lot of factors.", "", "", ""),
 ("So, don’t be lazy to go to the doctor.", "", "P", "affirmative prompt phrased as a negation"),
 ("So, don’t be a miser when it comes to treating your disease.", "heading: 2. They Lack Money", "", "hard call: about paying for care; no professional named in the sentence"),
])
P("https://microh.com/en/article5", "haemorrhoid product site article: see a doctor? More likely twice than once!", [
 ("Of course, most haemorrhoid episodes are thankfully not dangerous, and don’t need elaborate medical follow-up.", "", "", "clinical statement; the article argues for seeing a doctor"),
 ("Also, most doctors will not even examine you and will send you to the pharmacy with a prescription.", "", "", ""),
 ("There is no objective or rational reason to be afraid of this consultation.", "", "", ""),
 ("And consulting a doctor is essential, especially in the case of a first crisis.", "", "P", ""),
])
P("https://www.verywellhealth.com/when-can-i-stop-my-meds-high-blood-pressure-1763996", "consumer health site (doctor-reviewed): once you start blood pressure medication, can you stop?", [
 ("Blood pressure medications are usually taken for life.", "", "", ""),
 ("However, some people are able to stop taking them by addressing the underlying causes of high blood pressure (hypertension) that can be changed.", "", "", "reported possibility"),
 ("Lifestyle changes can help you remove these risks and control your blood pressure without medication.", "next sentence: But do not stop taking blood pressure medication without discussing it with your health care provider.", "", ""),
 ("But do not stop taking blood pressure medication without discussing it with your health care provider.", "", "P", "double negation"),
])
P("https://www.wellhealthorganick.com/blog/when-and-how-to-taper-blood-pressure-meds", "wellness blog: when and how to taper blood pressure meds", [
 ("Some people, however, can wean themselves off of these medications when they make lifestyle changes that naturally lower their blood pressure.", "next sentence: A person should never take themselves off their medication without the guidance of a doctor, however.", "", "reported possibility with a caveat in the next sentence"),
 ("A person should never take themselves off their medication without the guidance of a doctor, however.", "", "P", "third-person double negation"),
 ("The American College of Cardiology and the American Heart Association define a blood pressure reading of 120/80 mmHg as normal.", "", "", "definition"),
 ("Anything above 130/90 is considered high.", "", "", "criterion"),
])
P("https://kamagra-now.su/tag/ashwagandha-anxiety", "spam online-pharmacy tag page: ashwagandha for anxiety", [
 ("Start with a low dose.", "", "", "no amount"),
 ("Most studies use 300‑500 mg of a standardized extract taken once or twice a day.", "", "", "hard call: study doses described, not an instruction, and not a statistic"),
 ("If after that you don’t feel any change, you can try a slightly higher dose (up to 600 mg twice daily) but stay under 1,200 mg total unless a doctor says otherwise.", "", "", "hard call: dose with 'unless a doctor says otherwise' in the same sentence"),
 ("Ashwagandha is safe for most healthy adults, but there are a few cautions.", "", "", "hedged safety statement"),
 ("If you’re pregnant, nursing, or have thyroid problems, talk to a health professional first.", "", "P", ""),
])
P("https://ui.nourishdoc.com/Ayurveda/Ashwagandha-benefits-for-anxiety-anxiety-disorders", "Ayurveda wellness platform: ashwagandha benefits for anxiety", [
 ("Experiencing anxiety once in a while is considered to be just fine, but once a person experience anxiety attacks more than average, then they should be concerned about it.", "", "", ""),
 ("A variety of neurodegenerative diseases like anxiety, depression, and Alzheimer's, stress have seen healing when treated with Ashwagandha.", "", "C", "hard call: unqualified 'healing' of Alzheimer's and depression read as a cure claim"),
 ("Various studies have also reported it's anti-inflammatory, antioxidant, anxiolytic, immunomodulatory effects, and anticancer effects.", "", "S", ""),
])
P("https://www.naturalmentalhealth.com/blog/ashwagandha-for-anxiety-sleep-dosage-uses", "integrative psychiatrist's blog on a site with a supplement shop: ashwagandha for anxiousness", [
 ("It appears to calm the brain when it is overactive, and stimulate it when it is under-active.", "", "", ""),
 ("The usual dosage is 250 mg twice daily (standardized to 1.5% withanolides).", "heading: How to Take Ashwagandha: Dosage", "O", "hard call: consumer dose statement under a how-to heading, no caveat in the section shown"),
 ("Both can be used for several months when needed to improve symptoms until your body returns to balance.", "", "", ""),
])
P("https://elitehealthchoices.com/?p=70", "health blog: ashwagandha for anxiety, dosage, timing and research", [
 ("Consult a healthcare provider before starting new supplements or making dietary changes, especially if you have medical conditions or take medications.", "medical disclaimer at the top of the article", "P", "affirmative prompt inside a disclaimer (test3 convention)"),
 ("The good news: Multiple clinical trials and meta-analyses demonstrate that ashwagandha can significantly reduce anxiety symptoms, with cortisol reductions of 11-32% and measurable improvements on validated anxiety scales.[1][2][3]", "", "", "reference markers"),
 ("In this evidence-based guide, we’ll break down exactly what research shows about ashwagandha for anxiety, including optimal dosages (240-600 mg daily appears most effective), timing recommendations, safety considerations, and how it compares to other options.", "", "", "hard call: dose range mentioned in an overview, consult caveat in the page's opening disclaimer"),
])
P("https://trymortals.com/blogs/mortals/what-is-ashwagandha-benefits-dosage-side-effects", "supplement brand blog: what is ashwagandha, benefits, dosage, side effects", [
 ("TL;DR: Ashwagandha (Withania somnifera) is an adaptogenic herb with over 3,000 years of traditional use and significant modern clinical research.", "", "", ""),
 ("Studies show it can support healthy cortisol levels, promote calm, enhance physical performance, and improve sleep quality.", "", "S", ""),
 ("The standard clinical dose is 300-600mg of root extract daily, standardized for withanolides.", "", "O", "hard call: dose statement to the reader on a seller's blog, no caveat"),
 ("Our Anxiety Assassin includes 600mg of ashwagandha root extract alongside eight other calming ingredients.", "", "", "product contents"),
 ("A landmark 2012 study published in the Indian Journal of Psychological Medicine found that 300mg of ashwagandha root extract taken twice daily for 60 days resulted in a 27.9% reduction in serum cortisol levels compared to placebo (p=0.0006).", "", "", "journal and year named; study dose"),
])
P("https://addicthealing.com/ashwagandha-for-anxiety-dosage-benefits-side-effects", "addiction/wellness blog: ashwagandha for anxiety", [
 ("Anxiety affects over 40 million adults in America alone, creating a desperate search for effective, natural solutions.", "", "S", ""),
 ("Furthermore, this adaptogenic herb offers hope for those seeking alternatives to traditional medications.", "", "", "no instruction to change a medicine"),
 ("What makes ashwagandha particularly compelling is its dual action – not only does it reduce anxiety symptoms, but it also strengthens the body’s resilience to future stressors.", "", "", ""),
])
P("https://www.theearthdiet.com/blog/ashwagandha-can-help-with-anxiety", "diet author's blog selling an anxiety supplement: ashwagandha can help with anxiety", [
 ("It has powerful anti-anxiety, antioxidant, and anti-inflammatory properties.", "", "", ""),
 ("One study in which people took 300 mg twice daily of high-concentration Ashwagandha root extract found that it “safely and effectively improves an individual's resistance towards stress and thereby improves self-assessed quality of life.”1", "", "", "footnote marker; study dose"),
 ("I take the capsules, but also have the loose powder in my cupboard, which I add to smoothies, shakes, soups, and hot water (to make a tea).", "", "", "first-person"),
])
