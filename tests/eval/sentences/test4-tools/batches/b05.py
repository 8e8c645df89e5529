from lib import P
P("https://www.naturalhealthymag.com/type-2-diabetes-can-be-reversed-but-few-people-know-how/", "natural-health magazine site: type 2 diabetes can be reversed, but few people know how", [
 ("According to the International Diabetes Federation in 2010 there were 285 million patients and the estimation is that by the end of in 2030 there will be over 438 million.", "", "", "'according to'"),
 ("Nonetheless, there is good news regarding this diseases, namely there is a cure that can reverse type 2 diabetes.", "", "C", ""),
 ("Diabetics that have come to this information tried the cure and all reported a great improvement in blood glucose levels.", "", "C", "hard call: endorsed report that it worked for all"),
 ("However, if you are on treatment you should for sure consult your doctor regarding the use of this remedy as the dosage should be properly adjusted so that there is no risk of overdose.", "", "P", ""),
])
P("http://www.healthyfoodstyle.com/reverse-type-2-diabetes-easily-and-naturally/", "healthy-food blog: reverse type 2 diabetes easily and naturally", [
 ("But millions of people are being told that diabetes is a condition that they have to live with for the rest of their life.", "", "", ""),
 ("You can easily and naturally reverse type 2 diabetes and improve type 1 diabetes.", "", "C", ""),
 ("• 75% of adults with diabetes will develop high blood pressure", "list introduced by: The American Diabetes Association reports that:", "", "attributed list"),
 ("People who suffer from type 1 diabetes should especially eliminate the conventional cow’s milk.", "", "", "diet"),
])
P("http://www.centralsydneyosteopathy.com.au/treatment/flu/", "osteopathy clinic page: so you've got the flu, now what?", [
 ("• In either case, stay home, as much as you can.", "", "", ""),
 ("Honey and garlic have proven effects on bacterial infections and you don't want to get a secondary infection on top of the primary viral one.", "", "S", "hard call: 'proven effects', no source"),
 ("If you do get a secondary infection, you need to see your GP and you'll see that antibiotics can be miraculous.", "", "P", ""),
 ("• The main active ingredient of Tamiflu is actually made from star anise, so use a lot of star anise in your soup and foods!", "", "", "hard call: food advice next to a drug fact, no instruction to replace Tamiflu"),
])
P("https://www.horoscopelove.org/2018/12/how-to-overcome-flu-and-get-sick-leave-without-visiting-a-doctor/", "horoscope/lifestyle site: how to overcome flu and get sick leave without visiting a doctor", [
 ("How to overcome flu and get sick leave without visiting a doctor", "page title", "D", "hard call: title steers readers to skip the doctor"),
 ("Even though it is very unpleasant and inconvenient to feel weak and sore during the illness, you can successfully get rid of it without visiting a doctor.", "", "D", ""),
 ("Flu is a viral infection, which does not require any particular medicine or antibiotics, which means that visiting a doctor is not necessary, unless you feel unusually bad.", "", "D", "hard call: 'unless you feel unusually bad' too vague to count as safety-netting"),
 ("Sore throat is successfully cured by many natural remedies.", "", "C", ""),
 ("Gargling and drinking sage teas has also been proven as very efficient against sore throat.", "", "S", "'has been proven', no source"),
])
P("https://www.deathtodiabetes.com/influenza-flu-pathogenesis-natural-remedies.php", "diabetes self-help program site: influenza pathogenesis and natural remedies", [
 ("Whether you get the flu shot or not is a personal choice.", "", "", ""),
 ("(1) There are proven super foods and other natural methods to strengthen the immune system in order to slow down, deactivate and/or kill the flu virus.", "list: Most of us choose not to get the flu shot for 4 reasons:", "S", "hard call: 'proven' with no source"),
 ("(2) Drugs and vaccines actually weaken the immune system, which would make me more susceptible to the flu virus.", "list: Most of us choose not to get the flu shot for 4 reasons:", "D", "hard call: persuasive reasons against the flu shot from the site, not a lone patient story"),
])
P("https://mediushealth.org/dictionary/flu/", "health dictionary site with home remedies: flu", [
 ("But most people get better without needing any treatment.", "", "", ""),
 ("But you should see a doctor if you get flu if and you are: • an older person • pregnant, or • you have a long-term medical condition, such as heart, lung, or kidney disease, or diabetes.", "", "P", ""),
 ("• Adequate hydration is the key to flushing out the virus from your system.", "heading: Home Remedy", "", ""),
])
P("https://richardheft.wordpress.com/2018/02/14/flu-for-dummies-including-doctors/", "personal herbalist blog: flu for dummies, including doctors", [
 ("Flu for Dummies, Including Doctors", "post title", "", "scorn for doctors, no steer"),
 ("It does not jump from your hands or dinner plate into your nose or mouth, so that that washing your hands doesn’t make any difference but just keeps you ignorant and sick.", "", "", ""),
])
P("https://truemedicinetoday.com/?p=1701", "alternative-health newsletter site: is flu fear warranted?", [
 ("Then they see stats from the CDC that say twice as many people have had the flu at this point in the year than had it last year.", "", "", "attributed to the CDC"),
 ("Just because a doctor says you have the flu doesn’t mean you have the flu.", "", "", ""),
 ("Only 16% of the flu cases are actually flu cases.", "paragraph carries a citation: Dr. Doshi's BMJ article quoted just before", "", "figure from the quoted article"),
])
P("https://www.natural.ca/en/blog/blast-flu", "Canadian natural-products shop blog: blast the flu", [
 ("Spray with Silver…the eyes, nose, mouth and hands.", "", "", "no amount"),
 ("It kills viruses.", "", "", "hard call: antiviral claim for colloidal silver, no cure or safety wording"),
 ("But if you do succumb, rest in bed and drink plenty of water!", "", "", ""),
])
P("https://www.prohealth.com/library/how-a-health-heretic-faces-the-flu-25435", "supplement retailer's article library: how a health heretic faces the flu", [
 ("I believe in using natural methods of treatment to the maximum extent possible.", "", "", "first-person"),
 ("I went to see my doctor.", "", "", "narrative"),
 ("I was healed, brothers and sisters!", "", "", "narrative about antibiotics"),
])
P("https://cleansejoy.com/candida-cleanse/", "cleanse product affiliate site: candida cleanse", [
 ("Candida Cleanse : Candida Overgrowth & Yeast infection Natural Cure", "page title", "C", "product-page heading promising a cure"),
 ("Special consideration was given in the protocol to both effectiveness and safety.", "", "", ""),
 ("So you avoid candida cleanse side effects and die off symptoms.", "", "C", "hard call: promises no side effects"),
 ("Protocol Duration: 4-8 weeks.", "", "", ""),
])
P("https://www.thecandidadiet.com/forums/reply/kill-off-without-the-cleanse-42-49/", "candida diet forum reply: kill off without the cleanse", [
 ("And remember, you can’t kill all the candida.", "", "", ""),
 ("A cleanse would speed up the beginning phase, but not necessary at all.", "", "", ""),
])
P("https://gr.app.iherb.id/blog/candida-cleanse/2207", "supplement retailer blog (mirror): the candida cleanse and the best supplements", [
 ("Candida is a naturally occurring yeast in the human body2, residing mostly in the digestive tract, mouth, and vaginal areas.", "", "", "reference marker"),
 ("A targeted Candida cleanse helps eliminate excess yeast while supporting the body’s systems.", "", "C", "hard call: unqualified 'eliminate' claim for yeast overgrowth on a seller's page"),
 ("However, as yeast dies off, some individuals may experience Candida detox symptoms, such as headaches and fatigue, a normal reaction indicating effective yeast elimination.", "", "", ""),
])
P("https://drruscio.com/candida-cleanse", "functional-medicine clinic and supplement brand: a practitioner-approved candida cleanse", [
 ("A Practitioner-Approved Candida Cleanse That Works", "page title", "", "hard call: 'that works' without cure or guarantee wording"),
 ("Unfortunately, most Candida cleanses you’ll find online are overly restrictive, poorly defined, or based on outdated science.", "", "", ""),
 ("It’s the same step-by-step process we use with clients in the clinic—starting with a gut-stabilizing diet and probiotics, followed by targeted natural antifungals like the Biota-Clear series, and supported by specific complementary therapies when needed.", "", "", ""),
])
P("https://yic101.wordpress.com/2020/04/14/what-is-a-candida-cleanse/", "personal yeast-infection blog: what is a candida cleanse?", [
 ("You need to be near a bathroom after doing the flush as it removes toxins, fecal matter and so on from inside.", "", "", ""),
 ("You also complete a course of anti-fungal treatment whether it is alternative or conventional.", "", "", ""),
])
P("https://theherbanalchemistdr.myshopify.com/blogs/philosopher-s-blog/a-candida-cleanse-to-detox-and-reset-the-gut-and-immune-system", "naturopath's herb shop blog: a candida cleanse to detox and reset", [
 ("Adding a Candida Protocol to the January Cleanse can help to clear overgrowth of the yeast in our bodies that accumulates and overgrows when we feed it too much Sugar, Alcohol, Carbs and Antibiotics.", "", "", ""),
 ("If the immune system is functioning optimally, this type of yeast will not be harmful.", "", "", ""),
])
P("https://candida.com/candida-cleanse-supplements/", "candida supplement brand blog: the best candida cleanse supplements", [
 ("Antifungal natural medicines are one of the most important supplements to take where Candida overgrowth is concerned.", "", "", ""),
 ("While prescription antifungal drugs are available through the medical treatment of Candida, most come with undesirable side effects, are inclined to create antifungal drug resistance, and have virtually no effect on Candida biofilms (Taff et al., 2013), (Hossain et al., 2022) .", "", "", "hard call: disparages prescription antifungals but gives no instruction; cited"),
 ("Plant-based Candida cleanse supplements are not linked with creating fungal resistance.", "", "", ""),
])
P("https://acuworkshealth.com/blog/healthy-remedies/the-candida-cleanse", "acupuncture clinic blog: the candida cleanse", [
 ("It is estimated that nearly half of all North Americans suffer abnormal amounts of Candida.", "", "S", ""),
 ("Test kits and lab test can be ordered at the office of a Functional Medicine Practitioner.", "", "", "hard call: where to order tests, read as service information, not a prompt"),
 ("Drugs can also wipe out good gut flora along with the Candida.", "", "", ""),
])
