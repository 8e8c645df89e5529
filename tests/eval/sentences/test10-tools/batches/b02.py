from lib import P
P("https://www.profysionj.com/about-us/blog/2019/june/why-you-shouldn-t-ignore-an-ankle-sprain/", "physical therapy clinic blog: why you shouldn't ignore an ankle sprain", [
 ("Statistics show that about 25,000 Americans sprain their ankle on any given day, and symptoms cause mild pain to debilitating pain and weakness.", "", "S", ""),
 ("While this is often the doctor’s orders for a sports injury, you should seek medical treatment if you are experiencing severe pain or swelling that doesn’t improve with at-home treatment after 2 to 5 days.", "", "P", ""),
 ("If you cannot put weight on your foot and the ankle feels unstable, you should seek immediate medical attention.", "", "P", ""),
 ("The earlier you seek treatment, the more likely you are to regain your pre-injury strength and reduce your risk of reinjuring the ankle.", "", "", "hard call: general benefit statement, no direct prompt"),
], g='H')
P("https://sweenes.com/what-to-do-if-you-sprained-your-ankle/", "pharmacy chain blog: what to do if you sprained your ankle", [
 ("If you hurt your ankle, it’s important to know when to see a doctor and how to care for it properly to facilitate healing.", "", "", "introduces the article's contents, not a prompt"),
 ("Approximately 25,000 people in the US sprain an ankle every day, making ankle sprains a common injury.", "", "S", ""),
], g='H')
P("https://azfootpain.com/services/ankle-instability/", "podiatry clinic service page: ankle instability", [
 ("Although you may just need proper rest and pain medications to heal, it is important to have the sprain looked at by a professional to determine the severity and appropriate treatment.", "", "P", ""),
 ("Failure to do so may result in repeated ankle sprains or strains, and possibly surgery.", "", "", ""),
], g='H')
P("https://www.summitortho.net/blog/archive/2020/01/22/everything-you-need-to-know-about-sprained-ankles/", "orthopaedic practice blog: everything you need to know about sprained ankles", [
 ("No matter the severity of your sprain, you should treat your ankle right away.", "", "", ""),
 ("You can also take over-the-counter pain medications, like ibuprofen, to alleviate your pain.", "", "", "OTC, no amount"),
 ("If you cannot walk on your ankle and your pain feels extreme, it’s time to go to the doctor.", "", "P", ""),
], g='H')
P("https://signsofhighbloodsugar.com/herbal-supplements-a-promising-approach-to-reverse-diabetes/", "content site: herbal supplements, a promising approach to reverse diabetes", [
 ("While conventional treatment methods like insulin therapy and medication exist, many individuals are turning to herbal supplements as a promising approach to reverse diabetes.", "", "", "hard call: reports what people do; 'promising' hedges"),
 ("Cinnamon, derived from the bark of cinnamon trees, has been found to possess anti-diabetic properties.", "", "S", "'has been found', no source"),
 ("Regular consumption of cinnamon has been shown to reduce fasting blood sugar levels and improve glycemic control in individuals with type 2 diabetes.", "", "S", "'has been shown', no source"),
 ("By slowing down carbohydrate absorption and stimulating insulin production, fenugreek can help lower blood glucose levels.", "", "", "treatment claim without cure wording"),
], g='G')
P("https://healthfeedback.org/claimreview/no-scientific-evidence-supports-claims-plant-based-food-supplements-reduce-blood-sugar-normal-levels-cure-type-2-diabetes/", "fact-check site: no evidence plant-based supplements cure type 2 diabetes", [
 ("No scientific evidence supports claims that plant-based food supplements reduce blood sugar to normal levels and cure type 2 diabetes", "title", "", "debunking"),
 ("FULL CLAIM: Food supplements get “perfect sugar levels restored” and “help with diabetes] type 2” without the need for additional medication.", "", "", "quoted claim under review"),
 ("At the moment, no cure for type 2 diabetes exists.", "", "", "negation"),
 ("One in ten Americans suffer from type 2 diabetes.", "", "S", "no source in the excerpt"),
 ("The threshold for diagnosing someone with diabetes is met when the level of fasting blood sugar is above 126 mg/deciliters (dL); a healthy individual would have a level between 70 mg/dL and 100 mg/dL.", "", "", "diagnostic criteria, lab values"),
], g='N')
P("https://www.mylonghealthylife.com/diabetes-preventing-reversing/", "wellness blog: prevent diabetes, reverse diabetes", [
 ("Simple lifestyle changes and natural supplements are the keys to prevent diabetes and avoid the expense and inconvenience of insulin injections and medications to treat diabetes.", "", "", "hard call: about prevention, not stopping a prescribed medicine"),
 ("Perhaps the most convincing evidence of this was reported in an extensive study of randomized trials in 2012.", "", "S", "hard call: year only, no author, journal or link"),
 ("Exercise 3 times a day for 10 minutes:", "", "", "exercise, not a dose"),
], g='B')
P("https://lotuscenter.com/herbal-formula-improves-diabetes/", "acupuncture clinic blog: herbal formula improves diabetes", [
 ("You need to be monitored by an herbalist when taking this formula since it can cause gastrointestinal problems if the dosage is wrong, or if other herbs are not used to mitigate the harshness.", "", "", "hard call: steers to an herbalist, not a medical professional"),
 ("When used properly it is safe and effective.", "", "C", "hard call: safety assurance, 'when used properly' is not a real qualifier"),
 ("There was a study showing that type I diabetes could be reversed in rats using an extract from chilli peppers.", "", "S", "study claim with no citation (the citation above belongs to another study)"),
 ("Also, there are a number of anecdotes that acupuncture has reversed type I diabetes (specifically with the help of lasers).", "", "", "reported anecdotes"),
 ("I have been wanting to try this out, but have not had any type I diabetics come to me to help them…plenty of type II though…and type II responds extremely well to acupuncture, herbs and nutrition.", "", "", "treatment claim without cure wording"),
], g='A')
P("https://www.b6fit.com/post/statins", "fitness coach's personal blog: to statins or not to statins", [
 ("Most medical guidelines recommend the use of statins for people with no history of symptoms when their expected risk of developing cardiovascular disease over the next 10 years is 7.5 to 10 percent.", "", "", "guideline criteria"),
 ("Even though I have been able to get my cholesterol down to 170 via whole food, plant-based nutrition and intense exercise, and I am fit and have normal blood pressure, that visit with my primary care doctor brought statin into the conversation.", "", "", "narrative"),
 ("Do I still have to replace or supplement my healthy, proactive choices with statins?", "", "", "question"),
], g='B')
