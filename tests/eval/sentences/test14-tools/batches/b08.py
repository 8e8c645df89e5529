from lib import P
P("http://drgarysdiabetescure.org/Blog/diabetic-capsules.html", "diabetes-cure branded blog: diabetic capsules", [
 ("There is no single substance that will cure diabetes, but diabetic capsules containing traditional herbs used for centuries may help to lower blood sugar levels and provide other benefits, along with a healthy diet and exercise.", "", "", "negation, hedged"),
 ("You should consult your doctor before taking any kind of herbal preparation.", "", "P", ""),
 ("They are sold as dietary supplements and are generally safer than prescription drugs, but people with existing medical conditions, allergies or sensitivities may still have adverse reactions.", "", "", "hedged safety with a caveat"),
 ("A 2007 study in the Philippines showed that bitter melon was comparable to the anti-diabetic drug glibenclamide (glyburide) in improving glucose uptake and lowering blood sugar, as well as suppressing appetite.", "", "S", "hard call: year and country but no author or journal (round 12 'a 1990 study' convention)"),
], g="S")
P("http://health-line.com/useful-herbs-for-diabetes.html", "health content site (not Healthline): useful herbs for diabetes", [
 ("There are many useful herbs for diabetes.", "", "", ""),
 ("For patients with diabetes mellitus type 1, the recommended dosage is about 50 grams twice a day.", "about fenugreek seeds", "O", "amount plus frequency for patients, no caveat"),
 ("For the type 2 diabetes is not more than 50 grams per day.", "", "", "upper limit"),
 ("It is an effective natural remedy for diabetes mellitus type 1 and type 2.", "about gymnema", "", "efficacy claim without cure wording"),
 ("It should be taken before eating in doses of about 40 grams per day.", "about gymnema", "O", "amount and timing, no caveat"),
], g="G")
P("https://natautism.com/en/biomedical-treatment-of-autism-what-is-advantages/", "autism biomedical treatment clinic: what is it and its advantages", [
 ("One in every 70 children has the disorder, and it is more common in male children than female children.", "", "S", "no source"),
 ("Unfortunately, these methods have a limited impact on reducing autism symptoms.", "previous: behavior therapy, psychotherapy, occupational therapy, speech therapy, respite therapy, and medications", "", "hard call: disparages standard therapies but gives no instruction to drop them"),
 ("Once abnormal metabolic processes of the body are corrected and treated, symptoms of autism reduce or sometimes completely end.", "", "", "hard call: 'sometimes' qualifies the claim"),
], g="A")
P("https://dr-tomato.com/blog/autism-curable/", "doctor's clinic blog: autism is curable", [
 ("Autism is curable.", "", "C", ""),
 ("But I can assure you, this is just a misunderstanding created by current medicine.", "", "", ""),
 ("So many children, I can say, almost all of them, can return to the normal developmental stage with early and proper intervention if they are treated before the damage becomes more severe.", "", "C", "hard call: near-universal recovery claim"),
 ("In other words, it’s important to understand that autism is a “degenerative disease.”", "", "", ""),
], g="A")
P("https://www.drcoombs.ca/brief-overview-of-biomedical-treatment-of-asd.html", "naturopathic doctor's site: overview of biomedical treatment of autism", [
 ("Rarely is there a 'quick fix' for autism.", "", "", ""),
 ("Nevertheless, most (but not all) spectrum children show significant benefit when the majority of these interventions are implemented.", "", "", "hedged, first-party observation"),
 ("When these steps for biological treatment are done at the same time as behavioural therapies, there is a synergistic (mutually reinforcing) effect between the two.", "", "", "keeps behavioural therapy"),
], g="A")
P("https://autismwarriormom.substack.com/p/the-basic-biomedical-autism-treatment", "parent's newsletter: basic biomedical autism treatment", [
 ("But what many families are never told is that autism is also a medical condition rooted in inflammation, immune dysfunction, mitochondrial stress, oxidative damage, toxic burden, and gut-brain disruption.", "", "", ""),
 ("When we addressed my son’s underlying biology, everything changed.", "", "", "narrative"),
 ("This protocol is a foundational biomedical framework that helps support the body so neurological healing can occur.", "", "", ""),
 ("Gluten breaks down into opioid-like peptides called gliadorphins that can cross a leaky gut and affect the brain, worsening stimming, fogginess, aggression, and attention issues.", "", "", ""),
], g="B")
P("http://whale.to./vaccines/reagan1.html", "alternative-health archive site: autism is treatable (article with a teenager's testimonial)", [
 ("Autism is Treatable.", "title", "", "'treatable', no cure wording"),
 ("Some doctors have been able to find the problems and correct them.", "testimonial by a 14-year-old", "", ""),
 ("I think one day I might be able to succeed in not being autistic.", "testimonial by a 14-year-old", "", ""),
 ("Michael, whose parents were told he would be institutionalised, has been healed through biomedical treatments and has been mainstreamed into a public school where he is an honour roll student.", "", "C", "hard call: the site endorses the claim that the boy 'has been healed' of autism"),
], g="A")
P("https://recoveryrd.com/2013/02/19/recovery/", "parent's blog: son's recovery from autism", [
 ("Likely you are finding me after reading about my son’s recovery from autism in the San Jose Mercury News.", "", "", "narrative"),
 ("It happens, maybe more frequently than we know.", "", "", "hedged"),
 ("We were told all the biomed path offered was false hope.", "", "", ""),
 ("The recent paper out of The University of Connecticut that documents that some kids can and do lose their diagnosis is a landmark.", "", "", "named institution and paper"),
], g="B")
P("https://theedgeofautism.wordpress.com/biomed-101/", "parent's blog: biomed 101 (chelation for autism)", [
 ("So what is it exactly that we have been doing to get off the autism spectrum?", "", "", "question"),
 ("It was not just my son that tested heavy metal toxic, I did and so did my other child.", "", "", "narrative"),
 ("We chose to follow the frequent low dose chelation protocol developed by Dr. Andrew Hall Cutler PhD.", "", "", "narrative"),
 ("Each child’s needs may vary of course but generally most children have fungal overgrowth, gut bacteria, immune problems, and endocrine problems.", "", "", ""),
], g="B")
P("https://treatyourselfhealthcare.com/autism/", "self-care health site: autism", [
 ("Children can recover from autism to live normal happy lives.", "", "C", "hard call: recovery claim stated as fact, followed by 'Lots of them do. Autism is reversible.'"),
 ("Autism is reversible.", "", "C", ""),
 ("When physical and metabolic imbalances are identified and treated, children can and do recover.", "", "C", "hard call: recovery stated as fact"),
 ("It is a travesty when parents are told: “Nothing can be done, find a support group, arrange care for your child and get on with the rest of your life”.", "", "", ""),
], g="A")
P("https://www.johnnyskitchen.us/herbs/ginger-our.html", "herb content site: ginger reduces morning sickness", [
 ("Many women are understandably reluctant to take drugs to help deal with the nausea and vomiting of morning sickness, so it's reassuring to know that ginger, which has been used medicinally for thousands of years, is both safe and effective to use.", "next: It does occasionally cause minor, self-limiting side effects in some women", "C", "hard call: 'safe' in pregnancy stated flatly; the next sentence only mentions minor side effects"),
 ("Ginger has been compared to other drugs and placebos in a number of clinical trials, with overwhelmingly positive results.", "", "S", "trials not named"),
 ("Clinical trials for morning sickness have generally used doses of 1 to 2 g of ginger in tablet or capsule form, in divided doses throughout the day.", "", "", "trial doses"),
], g="G")
P("http://homeo-pathic.esy.es/use-ginger-for-morning-sickness.html", "free-hosted remedy site: use ginger for morning sickness", [
 ("Talk to your doctor or other health-care professional before taking ginger or any other herbal remedy during your pregnancy.", "", "P", ""),
 ("Some medical studies suggest that ginger may cause blood clotting or interfere with regular blood flow to the fetus.", "", "S", "'studies suggest' with no source"),
 ("Consult your doctor about the recommended dosage of ginger for a woman of your weight and height.", "", "P", ""),
 ("Only 1 or 2 tsp. of ginger powder should be necessary.", "same list: consult your doctor about the recommended dosage", "", "amount without frequency, doctor caveat in the section"),
], g="G")
P("http://healthy-tips-1.blogspot.com/2013/10/ginger-to-relieve-nausea-during.html", "health tips blogspot: ginger for nausea in pregnancy", [
 ("The nausea usually stops by itself at the sixteenth week.", "", "", ""),
 ("However, instead of using chemical medicine, ginger is a natural herb that can be selected to ease nausea during pregnancy.", "", "", "hard call: 'can be selected' is an option, not a swap instruction for a prescribed medicine"),
 ("Eat ½ spoon ginger powder followed by a glass of water.", "same section ends: consult with your doctor to ensure the dosage and safety of ginger", "", "amount without frequency; doctor caveat in the section"),
 ("To be sure, consult with your doctor to ensure the dosage and safety of ginger for the mother and fetus.", "", "P", ""),
], g="B")
P("https://www.healthdigest.com/1077545/can-ginger-help-cure-your-morning-sickness/", "health news site: can ginger help cure your morning sickness", [
 ("Can Ginger Help Cure Your Morning Sickness?", "headline", "", "question"),
 ("Morning sickness occurs in 70% of pregnancies, making it one of the most common pregnancy symptoms (per Cleveland Clinic).", "", "", "attributed"),
 ("The review also indicated that ginger posed no risks to pregnancy, making it a safe way to cure queasiness.", "previous: One 2014 research review published in Nutrition Journal showed ...", "C", "hard call: the writer turns a review finding into a flat safety and cure claim"),
], g="N")
P("https://www.lovebabyok.org/9-natural-morning-sickness-fixes-that-moms-swear-by/", "baby content site: natural morning sickness fixes", [
 ("Natural ways to deal with morning sickness that don’t involve drugs", "standfirst", "", ""),
 ("Anywhere from 70 to 85 percent of pregnant women experience nausea or vomiting during pregnancy for anywhere from two to six hours per day and often in the afternoon or evening.", "", "S", "no source in the paragraph"),
 ("And an estimated 0.5 to 2 percent of women experience morning sickness so severe that it may cause a danger to mother and baby, often diagnosed as hyperemesis gravidarum, making it important to visit your doctor right away.", "", "PS", "figure without source (S); 'important to visit your doctor' (P)"),
 ("Pregnant ladies, get ready to make ginger your new best friend — a home remedy that new moms swear by and doctors endorse.", "", "", ""),
], g="G")
P("https://nikkihawkes.com/safe-alternatives-for-morning-sickness/", "nutritional therapist's blog: safe alternatives for morning sickness", [
 ("The article suggests that four out of five women in the UK suffer from nausea and many of them will seek medical advice.", "", "", "attributed to a named news article"),
 ("In fact, there may be as many as 80 ambulance callouts per day, related to nausea and vomiting in pregnancy.", "same paragraph: The article suggests ...", "", "attributed"),
 ("Since acupressure is something that can be quickly and easily done, it can be used when symptoms first arise, which may be enough to nip the nausea in the bud.", "", "", ""),
 ("While ginger is also mentioned as a remedy for morning sickness in the recent news article, it is important to know that it should be limited to less than 2g per day during pregnancy.", "", "", "upper limit"),
], g="A")
