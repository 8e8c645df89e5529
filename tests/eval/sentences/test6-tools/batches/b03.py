from lib import P
P("https://www.khealth.com/learn/high-cholesterol/what-happens-if-you-stop-taking-statins/", "telehealth company health page (doctor-written): what happens if you stop taking statins", [
 ("Statins work to lower cholesterol levels and can reduce the risk of heart disease, heart attack, stroke, and even cardiovascular disease deaths by 25% or more", "standfirst", "S", "no citation in the excerpt"),
 ("What’s most important is you discuss it with your healthcare provider first before stopping the medicine to avoid harmful side effects.", "", "P", ""),
 ("If you experience serious side effects while taking a statin, you should discuss this with your doctor to see if there may be other, better options for you.", "", "P", ""),
 ("For example, Livalo will set you back over $730 a month.", "", "", "hard call: a price, not a health finding"),
], g='H')
P("https://darkovelcek.wordpress.com/2016/09/11/hostile-pit-for-all-hospital/", "personal blog: hospitals a hostile pit", [
 ("Unfortunately the reality is completely different from the one we expect to see.", "", "", ""),
 ("The main problem comes from poorly educated health professionals so even approved treatments do more harm than good.", "", "D", "hard call: tells readers hospital treatment does more harm than good (steers away from care)"),
 ("Water and sea salt are the backbone of hydration and cleansing.", "", "", ""),
], g='B')
P("https://marcocaceres.wordpress.com/2016/05/14/the-gods-of-chaos/", "personal blog: the gods of chaos", [
 ("Allowing your body to work through a sickness, when it gets sick, is part of your body’s healing process.", "", "", ""),
 ("Unfortunately, it seems, many medical doctors do not understand this very basic concept.", "", "", ""),
 ("Meanwhile, the patient’s immune system has been suppressed, and the chaos commences.", "", "", "hard call: disparages treatment but gives no instruction"),
], g='B')
P("https://lifeonanalienplanet.blogspot.com/2012/10/scientised-minds-shame-on-doctors.html", "personal blog: shame on doctors (arthritis diet)", [
 ("The doctor's drugs were completely useless and life was utterly miserable.", "", "", "narrative"),
 ("She turned her life around thanks to Margaret Hills.", "", "", "narrative"),
 ("Please do believe it - it's just another example of how our doctors have been brainwashed to believing in useless drugs, and a shocking indictment that they are not ALLOWED to be curious about real cures when they see one sitting opposite them in the surgery!", "", "C", "hard call: endorses the arthritis diet as a 'real cure'"),
 ("But there are HUNDREDS of \"anecdotes\"!", "", "", ""),
], g='B')
P("https://www.askthedoctor.com/medication-dosage-question-222653", "online Q&A with a doctor: phentermine dosage question", [
 ("Is it ok to break the tab in half and take half first thing in the morning and the other half a few hours later?", "patient question", "", "question"),
 ("Y ou can break the tablet and start with half the dose and increase it gradually.", "online doctor's answer to a patient on prescribed phentermine", "M", "hard call: remote advice to change a prescribed dose; 'report your doctor' only two sentences later"),
 ("I would advise you to take it in the night.", "online doctor's answer", "M", "hard call: changes the timing of a prescribed drug"),
 ("In case you continue to get the side effects even at this dose, you should report your doctor.", "", "P", ""),
 ("I would also advise you to discuss with your doctor about Orlistat.", "", "P", ""),
], g='F')
P("http://depression.about.com/cs/drugindex/ht/Pill_Splitting.htm", "About.com depression how-to: pill splitting", [
 ("Inform your doctor that you would like to try pill splitting and ask him to prescribe you the higher dose pill.", "", "P", ""),
 ("Obtain a pill splitter from your local pharmacy and cut the pills in two.", "", "", ""),
 ("Take half a pill per day.", "previous steps: check with your pharmacist ... ask your doctor to prescribe the higher dose pill", "", "hard call: step of a doctor-approved plan; doctor caveat in the section"),
 ("ALWAYS check with your physician before splitting pills.", "", "P", ""),
], g='G')
P("http://www.moodletter.com/saveonmedssplittingpills.html", "mood newsletter site: splitting pills", [
 ("For example, each 20 mg pill of one medicine costs about $3.57, while each 40 mg pill of the same drug costs about $3.61.", "", "", "example prices"),
 ("If your doctor prescribes 20 mg of this drug daily, you could save about $640.00 over a year by buying the 40 mg pills and splitting them in half.", "next sentences: But exercise caution before splitting pills; it’s not always safe. ... Always check with your doctor.", "", "hard call: same dose, caveat follows"),
 ("Pills that are scored can always be split.", "", "", ""),
 ("Always check with your doctor.", "", "P", ""),
], g='G')
P("https://advancednutritionusa.com/omg-m-o-a-b-mother-of-all-balms/", "supplement shop product page: mother of all balms", [
 ("Osteoarthritis is the cause of most joint pain.", "", "", ""),
 ("The same is true for NSAIDs like Motrin, ibuprofen, and Aleve, as they are routinely associated with kidney damage, stomach bleeding and \"heart attacks\".", "", "", ""),
 ("Newer drugs in the class called \"monoclonal antibody drugs\" are even more dangerous.", "", "", "hard call: disparages drugs, no instruction"),
 ("None of these drugs address the root causes of the pain.", "", "", ""),
], g='S')
P("https://softiview.com/4-easy-hacks-to-naturally-get-rid-of-tooth-cavities-decay/", "content site: 4 hacks to get rid of tooth cavities", [
 ("Every second human in this world face tooth decay & believe me if you’ve not got a chance to feel the pain, you’re lucky!", "", "S", "'every second human' = a figure, no source"),
 ("But it’s not only a dentist who can help you deal with it, you’re pretty capable of busting this monstrous problem yourself.", "", "D", "tells readers they can deal with tooth decay without a dentist"),
 ("Here are the 4 hacks using which you can get rid of your tooth decay & cavities pretty easily yet quickly.", "", "C", ""),
 ("Add one teaspoon of salt to 8 oz. of warm water and stir it thoroughly.", "", "", "recipe"),
 ("Of course, it will not help you cure the teeth decay but will provide teeth the protection from bacteria to prevent it from getting worst overnight!", "", "", "negated cure"),
 ("Plus, coconut has antiseptic properties that helps your teeth recover from decay & Cavities.", "", "", "hard call: treatment claim without cure wording"),
], g='G')
P("https://treasurenatural.com/treat-tooth-decay-with-a-100-natural-remedy/", "content site: treat tooth decay with a 100% natural remedy", [
 ("Treat tooth decay with a 100% natural remedy", "title", "", "treatment claim, no cure wording"),
 ("In case of cavities, in addition to preparing this remedy, it is important to visit the dentist and improve your oral hygiene to prevent them from getting worse.", "", "P", ""),
 ("In today’s article we see how to cure cavities.", "", "C", "hard call: promises a cure of cavities, though the page also says to see the dentist"),
 ("Below we want to summarize the main causes and illustrate a 100% natural remedy that can help cure tooth decay.", "", "", "hard call: hedged 'can help cure'"),
], g='G')
P("https://www.healthmgz.com/2022/10/reverse-tooth-decay-and-heal-cavities.html", "content site: reverse tooth decay and heal cavities", [
 ("Reverse Tooth Decay and Heal Cavities With These Powerful Home Remedies!", "title", "C", ""),
 ("It was believed for a long time that only the dentists can treat cavities but there are also home natural remedies that can be beneficial in dental care.", "", "", "hard call: 'beneficial' remedies alongside dentists; no steer away"),
 ("Every parent needs to chick their children’s teeth more often, and to ensure regular dentist visits.", "", "P", ""),
 ("Clove can treat any kind of dental issue, including cavities.", "", "C", "hard call: works for every dental problem"),
], g='G')
P("http://bevitahealthy.com/2017/04/4-basic-steps-that-will-easily-remove-your-cavities-watch-it-here/", "content site: 4 steps that will easily remove your cavities", [
 ("Scientists have made lots of experiments and now found a new and natural way to remove cavities and a few tips on how to prevent it from forming.", "", "CS", "hard call: unsourced research claim that a natural way removes cavities"),
 ("Eat vegetables , coconut oil and avocado.", "", "", ""),
 ("Consuming these kind of foods will help you to fight cavities.", "", "", ""),
], g='G')
P("https://beautyhealthycare.co/the-only-6-natural-remedies-you-need-to-heal-tooth-decay-and-cavities/", "content site: the only 6 natural remedies you need to heal tooth decay", [
 ("The Only 6 Natural Remedies You Need To Heal Tooth Decay and Cavities", "title", "CD", "hard call: 'the only remedies you need' to heal cavities implies no dental care needed; the body says to consult"),
 ("If cavities aren’t treated, they can lead to severe toothache, infection and even tooth loss.", "", "", ""),
 ("Brush your teeth for at least 2 minutes twice a day, in the morning and before bedtime.", "", "", "hygiene, not a dose"),
 ("Also, consult your doctor for proper diagnosis and treatment.", "", "P", ""),
], g='G')
P("https://satgur.net/Articles/Why-to-Learn-Healing", "spiritual healing site: why to learn healing", [
 ("The pharmaceutically prepared medical school curriculums train Doctors to believe that disease symptoms are the source of disease.", "", "", ""),
 ("They have three arsenals they call upon to try to conquer our disease’s symptoms; cut (surgery), burn (radiation and cryogenics), and poison (pharmaceuticals).", "", "", "hard call: disparages medicine, no instruction"),
 ("It is not the doctors’ fault; they are like us and are being taught wrong and outdated concepts.", "", "", ""),
], g='A')
