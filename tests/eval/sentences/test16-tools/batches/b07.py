from lib import P
# b07: stopping medicines (doctors' and coaches' blogs), fever and Calpol
P("http://dr-lasermed.blogspot.com/2012/04/stopping-your-medications.html?showComment=1333772422865", "gynecologist's personal blog: Stopping your medications", [
 ("I have many patients who tell me that they stopped their medications because they are “feeling fine now”.", "", "", "reported"),
 ("Please get another opinion.", "previous: Do not listen to this advice (to stop medicines)", "P", "imperative to seek another medical opinion"),
 ("Sort of FYI: other medications you definitely should not stop without getting medical advice include medicines for blood pressure, thyroid or any other hormone, any chemotherapy, antidepressants or any other medicine for your mental health.", "", "P", "double negation"),
 ("So ask a doctor about your medicines.", "", "P", ""),
], g="B")
P("https://livinghealthworks.com/how-to-get-off-prescription-drugs/", "health coach's site: How to get off prescription drugs", [
 ("How to Get Off Prescription Drugs", "title", "M", "hard call: how-to title for coming off prescription drugs; no consult caveat in the excerpt"),
 ("It’s easy to fall into the trap of seeing doctors for health problems that are preventable.", "heading: Understand You’re Only Treating Symptoms", "D", "hard call: frames seeing doctors as a trap"),
 ("Through food, I eliminated my cough and my pain and I reversed my prediabetes and came off all of my prescription drugs.", "", "", "hard call: the writer's own story; no claim for readers"),
 ("However, many individuals, and even some doctors, never reach this understanding.", "", "", ""),
], g="A")
P("https://alternative-doctor.com/a-word-about-drugs/", "alternative-medicine doctor's site: A word about drugs", [
 ("However, certain drugs are essential and should not be stopped, such as anti-epileptics, some cardiac drugs (such as digoxin), insulin and thyroxin.", "", "", "warning against stopping"),
 ("To be certain, it is better to discuss the implications with your doctor and ask his or her advice on stopping your treatment.", "", "P", ""),
 ("The key question that you want answered is, ‘Will I come to harm if I stop this drug?’ Nine times out of ten the answer is, ‘No’.", "", "MS", "hard call: unsupported figure implying most drugs can be stopped safely"),
 ("You must stop smoking if you are serious about getting well.", "", "", ""),
], g="A")
P("https://drmummykins.com/2016/08/02/week-2-to-calpol-or-not-to-calpol/", "doctor-mother's blog: To Calpol or not to Calpol", [
 ("You don’t need to give medicine for a fever and here’s why:", "", "", "over-the-counter medicine, clinically accurate; not care avoidance"),
 ("A fever will very rarely cause any harm", "", "", ""),
 ("If your child (with or without a fever!) is more sleepy than usual, not eating and drinking, not passing good amounts of urine, is limping/using a limb less or has a rash that doesn’t fade when you press a glass on it – please see a doctor.", "", "P", ""),
], g="B")
P("https://www.premierhealth.com/faq/is-it-a-misconception-that-medication-is-no-longer-needed-if-my-health-has-improved-from-taking-my-medication-", "health system FAQ: stopping medication when you feel better", [
 ("Just because your health seems to have improved or you’re feeling better, doesn’t mean your medication isn’t still necessary.", "", "", ""),
 ("Check in with your doctor – Take all your medications to your doctor at least once each year to talk about which, if any, you can stop taking", "list item", "P", ""),
 ("Never stop medications on your own – Always talk to your doctor before stopping medications, unless you are having a risky side effect or an allergic reaction.", "list item", "P", ""),
], g="H")
