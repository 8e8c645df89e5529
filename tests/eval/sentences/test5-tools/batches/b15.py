from lib import P
P("https://www.earthclinic.com/remedies/lugols-iodine-supplements.html?toc=Measuring+Lugol%27s&ratingvalue=5&sortby=latest", "folk-remedy site, reader-submitted post: measuring Lugol's iodine", [
 ("Ask your pharmacist for a standard medicine dropper.", "reader post", "", "hard call: asks for a dropper, not a consultation"),
 ("The doctors who have revived the use of iodine recommend a maintenance dose of between 12 and 50mg to achieve and maintain adequate iodine stores throughout the body and deal with the toxic load we face in our modern world.", "reader post", "", "hard call: reported recommendation, no frequency"),
])
P("https://www.alter8.com/products/lugols-iodine-5", "online shop product page: Lugol's iodine 5%", [
 ("It should not typically be used during pregnancy or breastfeeding.", "", "", ""),
 ("Dosage: One drop if body weight is 150lb or less, two drops if more than 150lbs.", "next sentence: Directions: Take the suggested 'dosage' two times per week ...", "O", "hard call: amount here, frequency in the next line"),
 ("Directions: Take the suggested 'dosage' two times per week - equidistant (ie. Wednesday and Saturday).", "", "O", "seller's directions, no caveat"),
 ("In times of bacterial or viral infection, or when dealing with a specific symptom, take Dosage three times per week (ie Monday, Wednesday, and Friday).", "", "O", ""),
])
P("https://scribd.com/document/573167989/4-5940264332456626778", "document-sharing copy of 'Supplementing Lugol's Iodine' (Bill Thompson)", [
 ("It is further advised, especially for complex thyroid problems, that users should, if possible, engage an iodine-literate doctor or natural medicine practitioner to help them to monitor their progress.", "", "P", "passive recommendation, hedged 'if possible'"),
 ("Larger drop dosages(for adults) should be taken in smaller split dosages 3 or 4 times a day", "dose table above: 16 years and up 8 drops (50 mgs) or more", "O", "hard call: dose-table note; the practitioner advice is in the introduction, not this section"),
])
P("https://healthhappening.com/lugols/", "natural-health site: how to use Lugol's solution", [
 ("During the early 1900’s, this iodine / triiodide solution was used extensively, effectively and safely in medical practice, for both low activity and above normal activity of the thyroid gland.", "", "", "hard call: historical statement"),
 ("On an empty stomach, about 20 minutes before eating, take desired number of drops in an 8 oz. glass of water (preferably with one tsp. of raw apple cider vinegar added for slight acidification).", "heading: Lugol’s As a dietary supplement", "", "hard call: no amount ('desired number of drops')"),
])
P("https://www.tpauk.com/main/article/kelp-versus-iodine/", "thyroid patient advocacy site: kelp versus iodine", [
 ("You should follow the iodine protocol strictly which must be followed with the intake of iodine.", "", "", ""),
 ("a) Vit C 2,000 5,000 mgs / day supports the symporters and assists as an antioxidant to detoxing.", "heading: Supporting Nutrients for taking Iodine. These are required to support the body while supplementing with iodine:", "O", "consumer dose-table row"),
 ("b) Selenium 200 400 mcg / day needed for detoxification and thyroid hormone creation.", "heading: Supporting Nutrients for taking Iodine.", "O", "consumer dose-table row"),
 ("Everyone I know has taken it for years and it is truly a life saver.", "", "", "testimonial"),
])
P("https://secretnutritions.com/colonoscopy/", "health content site: colonoscopy", [
 ("According to the latest statistics, about 14 million people a year undergo this simple procedure.", "", "", "hard call: 'according to the latest statistics' read as attribution (strict-list convention)"),
 ("It has been reported that about 70.000 people each year have either been injured or killed during this procedure because of its complexity.", "", "S", ""),
 ("The colonoscopy increases the mortality rate by 57%, and according to science, this is a procedure that can lead to a lot of diseases, such as HIV, HPV, E.Coli, Salmonella, Hepatitis B and C, as well as flu viruses.", "", "S", "'according to science' is not a source"),
 ("It is a scam just for money, and this is why people should definitely avoid it.", "", "D", "tells readers to avoid colonoscopy screening"),
])
P("https://drlwilson.com/Articles/COLONOSCOPY.htm", "alternative practitioner's site: colonoscopy", [
 ("Did you know that 1 of every 350 colonoscopies causes severe health problems, and 1 of every 1000 colonoscopies causes death?", "", "S", "rhetorical question asserting figures"),
 ("This translates into 15,000 deaths from colonoscopy procedures each year in the USA alone.", "", "S", ""),
 ("These statistics should make anyone pause before getting this procedure.", "", "D", "hard call: steers readers from screening"),
 ("Some say that up to 80% of the colonoscopy tubes are not properly sterilized.", "", "S", "'some say'"),
])
P("https://myhdiet.com/blogs/healthnews/my-doctor-wants-me-to-have-a-colonoscopy-should-i", "diet-programme seller's blog Q&A: my doctor wants me to have a colonoscopy", [
 ("It is not my place to tell you whether you should or should not do what your doctor advises.", "editor's answer", "", ""),
 ("Because I am eating a 100% plant-based diet and living a lifestyle that supports both gastrointestinal and prostate health, I see no need in submitting to a potentially dangerous invasive medical test.", "editor's answer to a reader asking whether to follow the doctor's advice", "D", "hard call: first-person, but given as the answer to the reader's question"),
])
P("https://www.wildwellnessrevival.com/colonoscopies/", "wellness practitioner blog: colonoscopies", [
 ("These procedures, like many, are sold to the masses as a necessary, and safe, preventative measure.", "", "", ""),
 ("Studies have shown that scopes of all types are often contaminated even after being cleaned.", "", "S", ""),
])
P("https://knowthecause.com/i-may-have-been-wrong-about-medicine-all-along/", "alternative-health site blog: I may have been wrong about medicine all along", [
 ("I’ve been preaching that invasive procedures regularly used in medicine like colonoscopies might be responsible for over diagnosing or perhaps injuring some patients.", "", "", ""),
 ("Based on the information I know she’ll give him, he is going to be educated about the cause of his health problems, rather than be handed a pocket full of pills and a low-fat diet.", "", "", ""),
])
P("http://www.naturalmedicinebox.net/doctor-tells-get-colonoscopy-just-say/", "natural-medicine content site: if your doctor tells you to get a colonoscopy, just say this", [
 ("IF YOUR DOCTOR TELLS YOU TO GET A COLONOSCOPY, JUST SAY THIS !", "page title", "D", "hard call: headline steering readers to refuse the doctor's screening advice"),
 ("As reported in The Annals Of Internal Medicine, nearly 70,000 or 0.5 percent will get injured or killed due to a complication related to the colonoscopy.", "", "", "named journal"),
 ("It is scientifically proven that you can get infected by, Helicobacter pylori,; Hepatitis B and C; Salmonella; Pseudomonas and Aeruginosa; Flu Viruses, HPV (Human Papilloma Virus); HIV; Mycobacterium tuberculosis, and bacteria like E. Coli O157:H7.", "", "S", "'scientifically proven' without a source"),
])
P("https://robynopenshaw.substack.com/p/why-i-dont-get-colonoscopies", "wellness author's newsletter: why I don't get colonoscopies", [
 ("So, I’ve never had a colonoscopy, and don’t plan to.", "", "", "first-person"),
 ("This shouldn’t be taken as medical advice, because not only am I not a doctor, but also:", "", "", "disclaimer"),
 ("Healthy, strong muscle tissue isn’t likely to perforate all the way through.", "", "", ""),
])
P("https://eatsip365.com/a-guide-to-stopping-proton-pump-inhibitor-use", "food/health blog: a guide to stopping proton pump inhibitor use", [
 ("Like millions of others, a doctor prescribed me a Proton Pump Inhibitor (PPI), and it worked wonders.", "", "", "narrative"),
 ("I knew I had to stop.", "", "", "first-person"),
 ("I’m sharing the tapering schedule, the lifestyle tweaks, and the specific, simple “food-as-medicine” recipes that finally set me free.", "", "M", "hard call: offers readers a self-taper schedule for a prescribed PPI, no consult caveat in the excerpt"),
])
P("https://fearlesseating.net/how-to-wean-off-acid-blockers/", "dietitian's blog: how to wean off acid blockers", [
 ("In part one of this two-part series, I discussed five reasons WHY you should stop taking acid blockers.", "", "M", "hard call: tells readers they should stop their acid blockers (Prilosec, Nexium, often prescribed)"),
 ("Some may even be able to go cold turkey (especially after following step one) without problems.", "", "", "hedged"),
 ("Also, please understand that I’m NOT a doctor.", "", "", ""),
])
P("https://rxcanadapharm.su/tag/stop-ppis", "spam pharmacy tag page: stop PPIs", [
 ("You’re not alone if you feel stuck: half of all PPI users take them longer than recommended, often without ever discussing a stop plan with their doctor.", "", "S", ""),
 ("Many cases are mild and respond to lifestyle changes alone.", "", "", ""),
])
P("https://reddit.mailt.ovh/r/acidreflux/wiki/index/quitting-ppis", "mirror of a Reddit community wiki: how and when to safely quit PPIs", [
 ("Stop, change your diet and lifestyle and visit a GI doctor.", "heading: a) You're self medicating with PPIs:", "P", "self-medicated (over-the-counter) PPIs, so not medication advice; prompt to see a GI doctor"),
 ("Now's the time to go back to your doctor (or a different one), consider doing additional tests, trying a different PPI / H2-blocker / antacid, and trying new diet and lifestyle options.", "", "P", ""),
 ("If, for example, you're taking 40 mg of Omeprazole daily, try to take 20mg daily for 2-4 weeks.", "heading: 1) Try to slowly taper off to the lowest possible dose | the wiki opens with 'does not replace a doctor's medical advice'", "MO", "hard call: self-taper of a (prescribed) PPI with amount and frequency; the disclaimer is not a caveat in the same or next sentence"),
])
P("https://healthwarehouse.su/tag/stop-ppis", "spam pharmacy tag page: stop PPIs", [
 ("More than half of long-term PPI users could stop safely with proper guidance.", "", "S", ""),
 ("Yet most doctors don’t talk about it.", "", "", ""),
 ("A few even find relief with apple cider vinegar or digestive enzymes, though those aren’t for everyone.", "", "", ""),
])
