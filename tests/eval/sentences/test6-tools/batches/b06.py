from lib import P
P("https://www.motherearthliving.com/health-and-wellness/natural-herbal-remedies-for-high-blood-pressure/", "natural-living magazine: herbal remedies for high blood pressure", [
 ("German researchers gave heart disease sufferers a placebo or hawthorn (600 mg per day).", "", "", "study dose"),
 ("Garlic: 1 or more cloves a day, ideally fresh or lightly cooked.", "list under How much to take", "", "hard call: a food amount"),
 ("Hawthorn: 600 mg of extract daily.", "list under How much to take", "O", ""),
 ("Vitamin C: 1,000 to 2,000 mg per day.", "list under How much to take", "O", ""),
 ("Use it cautiously if taking other anticoagulants including willow bark, ginkgo, aspirin, or vitamin E.", "", "", ""),
], g='N')
P("https://www.nutritionalmagnesium.org/understanding-blood-pressure-do-we-really-need-blood-pressure-meds/", "magnesium advocacy site: do we really need risky blood pressure meds", [
 ("High blood pressure is not an instant death sentence.", "", "", ""),
 ("These numbers are designed to sell drugs by converting healthy people into patients.", "", "", ""),
 ("Rising blood pressure is a normal process of aging and does not require drug intervention even when it reaches 140/80.", "", "D", "hard call: tells readers raised blood pressure needs no treatment"),
 ("It is completely natural for the first number (systolic) to be 100 plus our age.", "", "", "hard call: false rule of thumb, no instruction"),
], g='A')
P("http://wellnessjourneys.org/2019/08/08/stubborn-hypertension/", "wellness site: stubborn hypertension", [
 ("Sure, they reduce your blood pressure, but they will never cure you.", "", "", ""),
 ("It always helps to get an evaluation from a competent nutritional practitioner for specific individual imbalances and deficiencies, because every person with high blood pressure is different.", "", "P", "hard call: nutritional practitioner counted as a professional"),
], g='A')
P("https://www.richters.com/show.cgi?page=QandA/Medicinal/20000801-1.html", "herb seller Q&A: reducing medication for high blood pressure", [
 ("My husband took garlic and hawthorn and cut his medication down slowly.", "reader question", "", "reported behaviour"),
 ("It can be dangerous to decrease your prescribed medication.", "answer", "", "warning"),
 ("You should work with a qualified and experienced natural health practitioner who can take your complete health picture into account to advise you on alternatives and monitor your progress.", "answer", "P", "hard call: natural health practitioner"),
 ("Your doctor should be advised of any changes you intend to make in your medications.", "answer", "P", "hard call: passive prompt to involve the doctor"),
], g='S')
P("http://medicinalplants.us/hypertension", "folk herbal remedies site: hypertension", [
 ("Haws, in various preparations, have been used for angina pectoris both in Russia and in Germany, where it was said that the infusion in alcohol was the only effective cure for angina.", "", "", "reported folk claim"),
 ("LIME-FLOWER tea is another favourite, for it is reckoned to be a cure for arteriosclerosis, so improving the circulation, and being helpful for hypertension as well.", "", "", "hard call: reported ('is reckoned'), not the writer's claim"),
], g='G')
P("https://stewartmedicine.com/patient-education/patient-education-2/coughs-colds-sore-throats/", "family practice patient education: coughs, colds, sore throats", [
 ("Unfortunately, in most cases, there is nothing a doctor can prescribe you that will get you better any faster.", "", "", "clinical"),
 ("Most of the time, you do not need to see a doctor.", "the page ends with a list of when to see the doctor (severe fever, trouble breathing, worse after 7-10 days)", "", "safety-netting on a clinic page"),
 ("You do not need to see your doctor for a prescription.", "about over-the-counter sprays and rinses", "", "OTC"),
 ("You can also ask your local pharmacist for other useful products.", "", "P", ""),
], g='H')
P("https://doctorwhoblog.com/can-i-beat-a-bacterial-sinus-infection-without-antibiotics", "content site: beat a sinus infection without antibiotics", [
 ("About 70 percent of sinus infections go away within two weeks without antibiotics.", "", "S", ""),
 ("To get rid of a sinus infection without antibiotics, place a warm, wet towel on your face to break up some of the mucus.", "", "", "hard call: home care, no cure or safety wording"),
], g='G')
P("https://www.wvua23.com/health-matters-sinusitus-april-5-2017/", "TV station health segment: sinusitis", [
 ("Despite that, if you’ve have a lengthy episode lasing longer than 14 days, or if you have a chronic medical illness like diabetes or have a suppressed immune system because of medications or chemotherapy, see a doctor as soon as possible.", "", "P", ""),
 ("So if you find yourself with sinusitis, remember you can probably handle it without getting a doctor involved.", "followed by tips ending: If you’ve gone two weeks without improvement, it’s time to see a doctor", "", "hard call: safety-netted (see a doctor after two weeks)"),
 ("If you’ve gone two weeks without improvement, it’s time to see a doctor", "", "P", ""),
], g='N')
P("https://lifeasananomaly.com/2015/12/31/prednisone-demon-begone/", "personal blog: prednisone demon begone", [
 ("This has finally convinced my doctor to take me completely off of prednisone!", "", "", "narrative"),
 ("No with the osteoporosis, I am going to wean off completely, starting today by reducing my dose by 1/2 gram every three weeks.", "", "", "narrative; own plan"),
], g='B')
P("https://dolpxy.com/how-to-remove-corticosteroids-from-body/", "content farm: how to remove corticosteroids from body", [
 ("After this point, your body will begin eliminating the drug slowly over time without any additional help or support from you or your doctor.", "", "", "hard call: pharmacokinetics claim, not advice to avoid the doctor"),
 ("In other words, there is no special diet or supplement protocol required when stopping corticosteroid therapy — just stop taking them!", "", "M", "tells readers to simply stop corticosteroids"),
 ("1) Drink plenty of water.", "", "", ""),
], g='G')
P("http://www.woundstowisdom.com/blog/time-for-some-real-talk-yall", "personal blog: prednisone", [
 ("The adrenal glands normally produces an amount of steroids equivalent to about 5 mg. of prednisone a day.", "", "", "physiology reference value"),
 ("Before I began the AI Protocol, I started to ween myself off of the Prednisone and I’m now on 10mg per day and plan to continue to taper it down…hopefully dropping to 5mg soon.", "", "", "narrative"),
], g='B')
P("https://marcocaceres.wordpress.com/2017/06/19/doctors-are-not-trained-to-help-people-achieve-optimal-health/", "personal blog: doctors are not trained to help people achieve optimal health", [
 ("Doctors are not trained to help you change your lifestyle for the sake of improving your health and curing what ails you.", "", "", ""),
 ("Doctors are trained to provide trauma care, recommend lots of testing, prescribe lots of drugs, and peddle lots of vaccines.", "", "", "hard call: disparaging, no instruction"),
], g='B')
P("http://morleyevans.blogspot.com/2017/07/modern-medicine.html", "personal blog: modern medicine", [
 ("Most doctors make things worse with their nostrums and treatments.", "", "D", "hard call: tells readers that doctors' treatment for chronic disease makes things worse"),
 ("Such medicine is a racket.", "", "", ""),
], g='B')
P("https://mix1079.com/121215/a-hard-pill-to-swallow/", "radio station blog: a hard pill to swallow", [
 ("Doctors write 160 million prescriptions for antibiotics per year alone.", "", "S", ""),
 ("This is pretty alarming considering only about 21% of the people in our country know that antibiotics only treat bacterial infections, not viral.", "", "S", ""),
 ("The drug option is always there, but should not be the first option.", "next: Ever.", "D", "hard call: steers readers away from prescribed drugs as a first option"),
 ("There is not one prescription drug in the world that does not come with a side effect.", "", "", ""),
 ("This might be a great time to tell you that medical schools only require about 3 HOURS of nutritional course.", "", "S", ""),
], g='N')
P("http://doshtihome.blogspot.com/2014/12/everything-you-know-about-health-is.html", "personal blog: everything you know about health is wrong", [
 ("One in two people dies of heart disease or diabetes!", "", "S", ""),
 ("One in three dies of cancer!", "", "S", ""),
 ("And by the way, this is NOT an attack on the medical profession.", "", "", ""),
], g='B')
P("https://www.zenhealthcare.com.np/faq-items/why-cleanse-and-detoxification-in-reversing-diabetes-is-important/", "alternative clinic FAQ: cleansing in reversing diabetes", [
 ("If you are overweight by more than 10 kg, more than likely, you are carrying as much as 3 kg of fecal matter packed in your colon.", "", "S", "hard call: a figure with no source"),
 ("This will thin out the blood, hydrate cells, break down fats, absorb protein, convert glycogen to glucose, turn on the body’s natural healing mechanisms, and, in most cases, lower blood pressure, inflammation, cholesterol, glucose levels, and body weight.", "", "", "hedged 'in most cases'"),
], g='A')
P("https://f2n2.mk/en/diabetes-cannot-be-treated-with-magic-recipes", "fact-checking site: diabetes cannot be treated with magic recipes", [
 ("Original title: THE DOCTORS ARE SURPRIZED: The diabetes has disappeared in five days, thanks to this prescription!", "", "", "quoted headline in a debunk"),
 ("There is no magic solution for diabetes.", "", "", ""),
 ("This awareness allows us to come to the conclusion that certain natural products can not be a substitute for insulin.", "", "", ""),
 ("According to the International Diabetes Federation, the number of diabetics is growing and it is expected to reach 350 million by 2025.", "", "", "'according to'"),
], g='N')
P("https://chriskresser.com/iodine-for-hypothyroidism-like-gasoline-on-a-fire/", "functional medicine practitioner blog: iodine for hypothyroidism", [
 ("Iodine deficiency is the most common cause of hypothyroidism worldwide.", "", "", ""),
 ("On the other hand, restricting intake of iodine can reverse hypothyroidism.", "", "", "hard call: hedged 'can reverse'"),
 ("In one study, 78% of patients with Hashimoto’s regained normal thyroid function with iodine restriction alone.", "", "S", "hard call: the study is not named in the stored text"),
], g='A')
P("http://thyroidbook.com/blog/iodine-and-hashimotos/", "thyroid book author blog: iodine and Hashimoto's", [
 ("Iodine has been shown to be an effective therapy for such conditions as breast and uterine fibroids, breast cancer, and more.", "", "S", ""),
 ("When it comes to Hashimoto’s, however, I oppose the use of iodine as you risk worsening your autoimmune thyroid condition.", "", "", ""),
 ("Her physician prescribed Synthroid, which she refused to take.", "", "", "narrative"),
], g='A')
P("http://suzycohen.com/articles/salt_iodine_thyroid/", "pharmacist's health column site: salt and iodine", [
 ("It’s in salt, the “iodized” salt, but that is not nearly enough iodine for many of you.", "", "", ""),
 ("If you have a disorder with your breasts or prostate, the first thing you should do is check your levels of iodine, God forbid if it’s deficient your risk for reproductive cancers becomes much higher.", "", "", "hard call: advice to test, not to consult"),
], g='B')
