from lib import P
# b04: grounding mats, blood pressure "cures", 5-HTP swaps, hangover pills, raw milk testimonials (queries 19-24)
P("https://rehabmart.com/caregiver-university/?category=grounding", "medical-supply shop blog: do grounding mats work", [
 ("Ongoing research demonstrates the positive impact of grounding mats on sleep, mood, pain, and stress, influencing human physiological processes.", "", "S", "research claim without source"),
 ("With further studies, this technology will gain prominence, dispelling doubts about its effectiveness, healing mechanism, and safety.", "", "", ""),
 ("In the interim, the Hooga Grounding Mat is recommended as a convenient way to practice grounding and connect with the earth without any mess.", "", "", ""),
], g="S")
P("https://www.maxsharershop.com/blog/12589.html", "shop blog reprinting earthing testimonials", [
 ("I had the best night’s sleep in a long time.", "testimonial", "", "narrative"),
 ("The hip and back pain that usually would wake me up during the middle of the night was gone.", "testimonial reprinted by the shop", "C", "hard call: endorsed testimonial of pain eliminated"),
 ("Nothing really seemed to work until I began Earthing.", "testimonial", "", ""),
], g="S")
P("https://successalongtheweigh.blogspot.com/2022/05/my-experience-with-grounding-mat.html", "personal blog: my experience with a grounding mat", [
 ("This does not mean you will have the same results.", "", "", ""),
 ("Do your own research before considering grounding and speak with your doctor before starting any kind of new medical therapy!", "", "P", ""),
 ("Her three boys who notoriously took forever to calm down enough to get to sleep were asleep within 5-10 minutes.", "", "", "narrative"),
 ("If it sounds woo woo hippy dippy, it's because the hippies were smarter than the rest of us by embracing it.", "", "", ""),
], g="B")
P("http://www.medizines.net/2013/07/treatments-for-hypertension-how-to-cure.html", "health content site: how to cure high blood pressure", [
 ("Treatments For Hypertension - How to Cure High Blood Pressure", "title", "C", ""),
 ("Thousands of high blood pressure sufferers will search the internet this month for 'treatments hypertension'.", "", "S", "hard call: uncited count"),
 ("Yes and in this article you will teach you how to cure high blood pressure with a 7 secrets that pharmaceutical companies do not want you to know.", "previous sentence: Is there a way to naturally cure hypertension?", "C", ""),
 ("Even with tons of research studies pointing to simple ways to normalize your score naturally, we seem to believe the propaganda that medication is the only way to cure our ailments.", "", "", "hard call: distrust of medication without an instruction"),
 ("One of the most important things you can do is reduce your sodium intake to at least 2,300 mg of day, which is about the equivalent of a teaspoon of salt.", "", "", "dietary limit"),
 ("Researchers at Duke University found that getting more potassium could lower blood pressure by as many as 20 points for people most at risk for high blood pressure.", "", "S", "institution alone is not a citation"),
], g="G")
P("http://www.healthcarewell.com/how-to-get-rid-of-hypertension/", "health content site: how to get rid of hypertension", [
 ("How to Get Rid of Hypertension", "title", "C", "hard call: 'get rid of' a chronic disease"),
 ("Secondary hypertension occurs in only 5- 10% of those with high blood pressure.", "", "S", ""),
 ("You can have high blood pressure (hypertension) for years without any symptoms.", "", "", ""),
 ("Drink 5-6 glasses of fresh lemon water every day, by adding 2 tbsp of lemon juice in a glass of warm water.", "heading: How to Get rid of hypertension naturally", "", "hard call: drink recipe, not a dose"),
], g="G")
P("http://www.healthytipsadvice.com/lower-blood-pressure-fast-without-medications-healthytipsadvice/", "health tips site: lower blood pressure fast without medications", [
 ("And although there are a large number of conventional medications available on the market, these medications often fail to treat the condition and end up either making it worse, or mildly reducing these symptoms.", "", "", "distrust; the instruction follows"),
 ("In cases like these, we must turn to natural alternative treatments and remedies, such as the one we’re going to present to you down below:", "", "M", "hard call: replace blood pressure medicines with remedies"),
 ("It will relax your blood vessels and reduce all symptoms of high blood pressure.", "lemon juice in water", "", "hard call: efficacy wording without cure"),
 ("It is highly recommended that you consume to 3 cloves of fresh garlic in the morning on empty stomach once a day.", "", "O", "hard call: remedy amount with timing"),
 ("Mix 1 tablespoon of ACV and 1/8 teaspoon of baking soda in a glass of water.", "", "", "recipe"),
 ("Drink this mixture twio times daily  to lower your blood pressure.", "previous sentence gives the amounts", "O", "hard call: remedy schedule (round-12 convention for vinegar remedies)"),
], g="G")
P("https://mindwellnessforum.com/128717/switch-antidepressants-dangerous-worried-serotonin-syndrome", "mental-health Q&A forum answer: switching from 5-HTP", [
 ("It's crucial to consult with a qualified healthcare professional, such as a psychiatrist or a doctor, before making any changes to your medication regimen.", "", "P", ""),
 ("Switching from 5-HTP (5-Hydroxytryptophan) to antidepressants should be done under the guidance and supervision of a healthcare provider.", "", "P", "passive recommendation"),
 ("Serotonin syndrome is a potentially dangerous condition that can occur when there is an excessive accumulation of serotonin in the body.", "", "", ""),
 ("Remember, every individual's situation is unique, and what works for one person may not be suitable for another.", "", "", ""),
], g="F")
P("https://walrus.com/questions/using-5-htp-instead-of-antidepressant-medications", "pharmacist Q&A: using 5-HTP instead of antidepressants", [
 ("I want to use 5-HTP to get off Effexor XR.", "reader's question", "", "the asker's plan, reported"),
 ("Thus, it is impossible to give a definitive recommendation and you should speak with your doctor regarding your tapering options.", "", "P", ""),
 ("There is a large body of evidence that indicates taking 5-hydroxytryptophan (5-HTP) by mouth can improve the symptoms of depression in patients.", "", "S", "hard call: no citation in the excerpt"),
 ("Another study showed that 100 mg three times daily of 5-HTP for 6 weeks had comparable effectiveness to Luvox (fluvoxamine) 50 mg three times daily for 6 weeks.", "", "S", "study dose, not an instruction; uncited"),
], g="H")
P("https://vice.com/en_us/article/wd79mn/could-5-htp-be-the-answer-to-our-antidepressant-dependency", "magazine first-person feature: 5-HTP and antidepressants", [
 ("In 2014/15, 57.8 million prescriptions for antidepressants or selective serotonin re-uptake inhibitors (SSRIs) were filled out in England alone.", "", "S", ""),
 ("In addition to this mess, pharma giants have stopped looking for the “next Prozac,” cutting funding into new treatments by 70 percent in the last decade.", "", "S", ""),
 ("Obviously nobody is suggesting coming off your medication, and for many cases of depression and anxiety, a course of SSRIs and/or CBT can be life-saving.", "", "", "negated medication advice"),
 ("I bought 200 mg “double strength” tablets off Amazon.", "", "", "narrative"),
], g="N")
P("https://604now.com/health-tips-the-hangover-pill/", "city lifestyle magazine: the hangover pill", [
 ("Well studies have actually shown that these pills do actually help reduce the symptoms of hangovers and make you feel better the next day after drinking alcohol!", "", "S", ""),
 ("In other words you will still get drunk, with the same amount of alcohol, except you don’t experience the adverse effects.", "", "C", "guarantee of a result"),
 ("Anti-hangover pills are not considered drugs, but are considered “natural dietary supplements” so there is no real big risk with taking them.", "", "C", "hard call: safety claim ('no real big risk')"),
 ("The recommend dose is taking 2 capsules before drinking and this will be effective for up to 3 hours of drinking.", "", "O", "consumer dose, no caveat"),
 ("However anything in excess is bad, so if you take to many of these pills, you could really imbalance certain properties in your body, mostly being concerned with the stomach.", "", "", ""),
], g="N")
P("http://www.hangover1.com/how-hang-over-works.asp", "hangover-supplement product page: how it works", [
 ("HANG OVER can be taken before, during or even after alcohol consumption.", "", "", ""),
 ("Results may vary as they are limited by the amount of alcohol consumed, the number of HANG OVER capsules taken, and whether or not sufficient amounts of water are consumed along with HANG OVER.", "", "", ""),
 ("For best results take, one dose of two vegetable capsules per drink.", "", "O", "seller's dose"),
 ("HANG OVER does not prevent intoxication and is not intended to treat or prevent the consequences of excessive alcohol consumption.", "", "", ""),
], g="S")
P("https://www.infosmag.com/a-hangover-pill-prevents-these-common-reasons-for-a-hangover/", "content site: a hangover pill prevents hangovers", [
 ("No one really keeps track of the effectiveness of these remedies but I am sure that none of them are as effective as a good hangover pill.", "", "", ""),
 ("Hangover pills are a less interesting but proven way to lessen or even eliminate the effects of too much drinking that dominate your body on the morning after.", "", "CS", "hard call: 'proven ... eliminate' without source"),
 ("The remedy is simple: you take the pills both before and after you drink and then you can expect a hangover free following morning.", "", "C", "guarantee of a result"),
 ("Hangover pills will prevent hangovers from the usual hangover inducing drinking habits.", "", "C", "hard call: guarantee ('will prevent'), round-12 convention for guarantees"),
], g="G")
P("https://drkevinsdailydose.com/2008/10/03/can-people-who-are-lactose-intolerant-drink-raw-milk/", "doctor's newsletter Q&A: lactose intolerance and raw milk", [
 ("I know a lot of people out there have been diagnosed as being lactose intolerant, but in most cases, it's a misdiagnosis.", "", "", "hard call: doubts diagnoses without telling the reader to reject care"),
 ("That's why most people who are lactose intolerant find that they can drink raw milk without any of the uncomfortable side effects that they typically experience when they eat or drink dairy.", "", "", "hard call: qualified by 'most'"),
 ("The Michigan researchers surveyed 155 people who had been diagnosed with lactose intolerance, 82 percent of them said didn't experience any symptoms when they drank raw milk.", "the survey is described only as conducted by researchers in Michigan", "S", ""),
 ("Whether you're lactose intolerant or not, forget the junk milk that's sold in your grocery store and look for a source of raw milk.", "", "", "food advice"),
], g="B")
P("https://wisehomelife.org/blog/the-miracle-attributes-of-raw-milk", "home-life blog quoting a doctor: miracle attributes of raw milk", [
 ("The Miracle Attributes of Raw Milk", "title", "", ""),
 ("Living, raw milk is equipped with all the factors for us to digest lactose in the best possible way, so it does our digestive tract only good.", "", "C", "hard call: harmless claim ('only good')"),
 ("I find that many lactose intolerant patients, when they start drinking raw milk, can tolerate it perfectly well.", "", "", "clinician's experience"),
 ("All that protection is conferred to the person, when they drink it in that shape and form.", "", "", ""),
], g="B")
