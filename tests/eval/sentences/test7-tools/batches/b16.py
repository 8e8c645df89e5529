from lib import P
P("https://articles.healthrealizations.com/NUTRIWELLNESS/2022/09/05/Should-You-Can-You-Get-Off-Coumadin-1.aspx", "health newsletter: should you, can you, get off Coumadin", [
 ("This drug, which decreases the clotting ability of your blood, has been found to reduce the risk of stroke by one-third to one-half, and is widely prescribed to prevent blood clots from forming.", "", "S", ""),
 ("Coumadin was initially developed for use as a rat poison and it is still used for this purpose, which gives you an idea of just how deadly it can be when taken in excess.", "", "", ""),
 ("\"Even in the best clinical trials, only about 70% of patients are able to keep the drug within the desired therapeutic range.\"", "previous sentence: According to the Chicago Tribune:", "", "attributed"),
], g='S')
P("https://emediahealth.com/2011/12/15/supplements-that-can-aid-warfarin-users-by-reducing-abnormal-clotting-and-bleeding-risks-2/", "doctor's blog: supplements for warfarin users", [
 ("Warfarin probably is a reasonable stop-gap measure for treating people at elevated clotting risk, but I personally do not believe it should be used for more than a few weeks on its own without also introducing a variety of other measures designed to help prevent clots.", "", "", "hard call: opinion on adding measures, not an instruction to stop"),
 ("For many patients using warfarin, even those with genetic risk factors such as Factor V Leiden, it should be possible over a period of a year or more to eliminate the drug and its dangerous side effects.", "", "M", "hard call: encourages getting off warfarin; monitoring mentioned after, prescriber not"),
], g='H')
P("https://serenityvalleyhempco.com/the-family/gideon/gideons-garden-and-cbd-for-seizure-disorders/", "hemp company family blog: CBD for seizure disorders", [
 ("After reading up on what he might face, I knew CBD oil would be a safer alternative.", "", "", "own decision"),
 ("My next step was to speak to the neurologist.", "", "", "narrative"),
 ("After some research, I learned that a form known as P5P, or PLP, was safe at high doses and is more readily used by the body.", "", "C", "hard call: blanket 'safe at high doses'"),
], g='S')
P("https://theterphouse.com/seizure-free-due-to-cbd-oil/", "cannabis shop blog: seizure free due to CBD oil", [
 ("Billy’s seizures had completely stopped for upwards of 300 days!", "", "", "reported case (prescribed, monitored)"),
 ("In fact, there are approximately 50 million individuals worldwide that live with epilepsy.", "", "S", ""),
], g='S')
P("http://www.healthlife.info/treatment-for-seizures-by-using-cbd-oil/", "health content site: treatment for seizures using CBD oil", [
 ("A number of independent studies has verified the effect of CBD oil on seizures.", "", "S", ""),
 ("In the USA about 30 per cent of the epilepsy patients do not respond at all with the traditional medicines used for its treatment.", "", "S", ""),
 ("Further research is being done to know whether CBD oil has adverse effects or side effects, if it is used with any other medication.", "", "", ""),
], g='G')
P("https://mauryaayurveda.com/diseases/lifestyle-diseases/piles-ayurveda/", "ayurveda clinic: piles", [
 ("It is a lifestyle disorder which is very common in 3 out of 4 adults.", "", "S", ""),
 ("Hemorrhoids themselves are not fatal, though.", "", "", ""),
 ("Graded Kshar Karma can entirely resolve this issue without the need for surgery.", "", "C", "hard call: clinic promises complete resolution with its procedure"),
], g='A')
P("https://www.practo.com/healthfeed/facts-about-piles-hemorrhoids-26424/post?utm_source=Consult&utm_medium=related_articles", "health platform post by an ayurveda practitioner: facts about piles", [
 ("Piles can be treated without surgery.", "", "", ""),
 ("Ayurvedic treatment for piles ensures complete cure for piles.", "", "C", ""),
 ("No hospitalization or bed rest is required and patient can go home after an hour rest.", "", "", "procedure description"),
], g='H')
P("http://healthworld.info/natural-home-remedies-piles-hemorrhoids/", "content site: natural home remedies for piles", [
 ("Piles (Hemorrhoids) is one of the most common diseases now a days but there is no satisfactory treatment available for this disease in allopathy.", "", "", "hard call: disparages medicine, no steer"),
 ("There is no single treatment available for this disease which ensure that no symptoms of piles will occur in future .", "", "", ""),
], g='G')
P("https://curehemorrhoidfast.com/author/shafiulislam/", "content site: how to cure hemorrhoid permanently", [
 ("It is not impossible to cure hemorrhoids permanently.", "", "", "double negative, not a promise"),
 ("The patient just needs to follow the instructions of the doctor properly.", "", "P", "hard call: implied consult"),
], g='G')
