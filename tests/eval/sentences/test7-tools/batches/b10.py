from lib import P
P("https://stockdb.lifepharmacy.com/how-much-castor-oil-range-purpose-body-4203704945.html", "scraped/SEO page on a pharmacy subdomain: how much castor oil", [
 ("For the primary purpose of relieving occasional constipation, the standard recommendation for adults is one to two tablespoons (15 to 30 ml) taken orally on an empty stomach.", "", "O", "hard call: over-the-counter laxative, but a consumer dose with no label or pharmacist caveat in the section"),
 ("For internal cleansing, sticking to the recommended 1 to 2 tablespoons on an empty stomach 1 to 3 times per week is generally sufficient to support the liver and digestive system without causing dependency.", "", "O", "repeated 'cleansing' dose, no caveat"),
 ("For example, a child weighing 30 pounds might take between 15 and 30 milliliters.", "", "O", "hard call: child dose (adult-sized) stated as an example"),
 ("If no results occur within 2 to 3 hours, a second dose may be considered, but exceeding a total of four tablespoons (60 ml) in a 24-hour period is not recommended without medical supervision.", "", "", "caveat in the sentence"),
], g='G')
P("https://farmgirl767.wordpress.com/2016/06/07/the-finger-pointing/", "personal blog: vaccine finger-pointing", [
 ("While I don’t think it’s imparitive to go constantly to the doctor (in fact, I think you are better off if you shoot for not needing them), I do think it’s smart to be in contact with one in case of emergencies such as broken bones.", "", "", "hard call: mixed; ends by recommending a doctor for emergencies"),
 ("We elected to forego vaccines for Savannah.", "", "", "narrative"),
 ("In my opinion, what keeps people safe are healthy immune systems, proper hygienic practices, and knowledge of the proper time to inact quarantine practices.", "", "", ""),
], g='B')
P("https://www.restartmed.com/what-to-use-instead-of-thyroid-meds/?replytocom=320913", "practitioner blog: what to use instead of thyroid medication", [
 ("If you can find a way to naturally improve this function then you can either completely get off of the thyroid meds that you are using OR you can potentially reduce the dose that you are taking (which is also a good thing).", "", "M", "hard call: encourages stopping or reducing thyroid medication; the doctor caveat comes several sentences later and is undercut"),
 ("Using thyroid medication (of any type) creates a dependence in your body and it takes time for the body to return to its normal state once stop (if it’s capable of it).", "", "", ""),
 ("I would prefer you do it with the help of your doctor but most doctors may not be on board due to a lack of knowledge", "", "P", "hard call: weak prompt, undercut in the same sentence"),
], g='A')
P("https://sproutshealth.com/natural-thyroid-medication/", "functional medicine practice: switch from levothyroxine to natural thyroid", [
 ("Find a thyroid-friendly healthcare provider who is not opposed to prescribing different forms of thyroid hormone, because even though NDT is a natural hormone, you still need a prescription for it.", "", "P", ""),
 ("For example, if you are on 100 mcg of levothyroxine and your TSH is 1.0, Free T3 – 2.3, and Free T4 0.9, you can switch by starting NP Thyroid 60 mg once a day or 30 mg twice a day.", "same list item: Your healthcare provider will help you with the switch.", "", "hard call: conversion doses inside a provider-led step"),
 ("Please, do NOT take your thyroid hormone when you go to get your blood drawn.", "", "M", "changes the timing of a prescribed dose (sent6 convention)"),
 ("Take your thyroid hormone AFTER you got your blood drawn.", "", "M", ""),
], g='H')
P("https://singitsongbird.com/2017/05/29/fired-from-my-doctor/", "personal blog: fired from my doctor (natural thyroid)", [
 ("I left the doctor’s office feeling great that I stood my ground and that I knew what was better for me even if a medical doctor didn’t.", "", "", "narrative"),
 ("I figured at that moment that chiropractors, naturalpathic doctors, nurse practioners, YouTube, herbalists, reflexologists, and common sense will be my new doctors.", "", "", "hard call: own decision, not addressed to the reader"),
 ("(Disclaimer: I am not a doctor nor do I play one on the internets. Seek medical advise for further information.)", "", "", "disclaimer"),
], g='B')
P("https://www.thyroidtalk.net/is-there-a-natural-thyroid-replacement/", "thyroid content site: is there a natural thyroid replacement", [
 ("As long as you purchase high quality supplements you should be able to avoid most of the side effects that some people report when taking thyroid supplements.", "", "", ""),
 ("I strongly recommend against the use of supplements such as these because they WILL interfere with your HPA axis and may make your body reliant upon the supplements.", "", "", ""),
 ("In some cases, your doctor may recommend a separate T3 medication called Cytomel in addition to levothyroxine.", "", "", "what a doctor may do"),
], g='G')
P("https://healthmythsbuster.com/miracle-cures-and-magic-bullets-why-too-good-to-be-true-usually-is", "myth-busting site: miracle cures and magic bullets", [
 ("“Lose 50 pounds in 10 days! Cure cancer with this one weird trick! Reverse diabetes naturally without medication!”", "quoted as examples of scam claims", "", "debunking"),
 ("But here’s the uncomfortable truth: if a health claim sounds too good to be true, it almost certainly is.", "", "", ""),
 ("Real medical breakthroughs don’t have artificial deadlines or limited supplies—they become widely available because helping people is profitable.", "", "", ""),
], g='G')
