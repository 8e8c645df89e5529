from lib import P
P("http://www.medicopia.ca/migraine-dosing.html", "natural-health-product monograph page addressed to practitioners: migraine product dosing", [
 ("Adults should take 1 capsule 2 times daily, with or after food.", "page addresses practitioners (\"before recommending this medication to patients\")", "", "professional dosing for practitioners, not a consumer instruction"),
 ("If the treatment is to be paused or discontinued, the dose should be reduced gradually.", "", "", ""),
 ("Patients should consult you if symptoms persist or worsen.", "addressed to the practitioner", "", "hard call: tells the practitioner what patients should do; not a prompt to the reader to consult"),
], g='H')
P("https://theorganiccompoundingpharmacy.com/collections/vitazan-professional/products/vitazan-professional-astragalus", "compounding pharmacy shop product page: astragalus capsules", [
 ("Adults: Take 1 capsule daily or as directed by your health-care practitioner.", "heading: Suggested Use", "", "'or as directed by your health-care practitioner' in the sentence (round 10 convention)"),
 ("Duration of use: Consult a health-care practitioner for use beyond 2 months.", "", "P", ""),
 ("Cautions and warnings: Consult a health-care practitioner prior to use if you are pregnant or breast-feeding; or if you have an autoimmune disorder.", "", "P", ""),
], g='S')
P("http://www.metrohealth.com.au/how-to-take-your-herbs/", "Chinese medicine clinic page: how to take your herbs", [
 ("Put the teaspoon of granules on your tongue, towards the back and immediately swallow them down with water.", "same section: Take your herbs by the dosage prescribed", "", "the practitioner's prescribed dose governs the section; not O"),
 ("Take your herbs by the dosage prescribed, usually ½ hour after or before meals, and AWAY from tea or coffee.", "", "", ""),
 ("If you are on any other medications, vitamins etc., you must tell your practitioner.", "", "", "hard call: the herbal practitioner (round 10: herbalist not a health professional for P)"),
 ("If you experience any new symptoms while on the herbs and are unsure whether to continue with your formula, we encourage you to call for your practitioners advice.", "", "", "hard call: same"),
], g='A')
P("https://www.sarahbest.com/shocking-truth-about-chemotherapy/", "nutritional therapist's blog: the sad and shocking truth about chemotherapy", [
 ("I feel incredibly sad and angry right now, knowing that G put his faith in orthodox medicine and continued to trust he was getting the best “treatment” available as he was pumped full of deadly poison day after day – with precisely nothing done, at any time, to actually support the health of his body.", "", "", "hard call: narrative and distrust, no instruction (round 10: distrust without instruction stays negative)"),
 ("I’m not saying his cancer could have been cured.", "", "", ""),
 ("Poison can’t heal.", "about chemotherapy", "", "hard call: distrust without instruction"),
 ("Chemo is capable of killing cancer cells, so it can shrink tumours – though often only in the short term.", "", "", ""),
], g='A')
P("https://sundulerparents.com/12906301-how-to-use-castor-oil-8-steps-with-pictures", "scraped how-to copy: how to use castor oil", [
 ("Anyway, if you plan to take it for health reasons, talk to your doctor first.", "", "P", ""),
 ("It usually starts showing results within four to six hours, so it shouldn't be taken before bed or in the late afternoon.", "", "", ""),
 ("For example, about 15 ml is recommended for adults and less for children.", "same step: You can usually find dosage instructions on the bottle label. If not, ask your doctor for advice.", "", "label and doctor caveat in the same step"),
], g='G')
P("https://treatmentforus.com/how-to-drink-castor-oil-to-clean-the-stomach", "remedy content site: how to drink castor oil to clean the stomach", [
 ("Cold-pressed castor oil is the best option as it retains all the natural compounds that can help to cleanse your digestive system.", "", "", ""),
 ("The recommended dose of castor oil for adults is between 15 to 60 ml (1 to 4 tablespoons).", "same step: Always consult your doctor before using castor oil to clean your stomach.", "", "doctor caveat in the same step"),
 ("Always consult your doctor before using castor oil to clean your stomach.", "", "P", ""),
 ("You should avoid eating anything for at least 2 hours before and after drinking the oil.", "", "", ""),
], g='G')
P("https://receivinghelpdesk.com/ask/can-i-drink-castor-oil", "scraped Q&A content site: can I drink castor oil", [
 ("Take one 15 to 60 mL (1.0 to 4.1 US tbsp) dose of castor oil.", "list item under: Method 1 of 2: Drinking Castor Oil", "O", "consumer dose, no caveat in the section"),
 ("Take castor oil on an empty stomach in the morning or afternoon.", "list item", "", "timing without an amount"),
 ("Put either of these two oils into your nostrils at night.", "under: Does castor oil interact with smoking?", "", "no amount"),
 ("While castor oil is considered safe in small doses, larger amounts can cause abdominal cramping, nausea, vomiting, and diarrhea ( 2 , 5 ).", "", "", "hedged; cited"),
], g='G')
P("http://bewellmyfriends.blogspot.com/2010/12/castor-oil-pack.html", "personal wellness blog: castor oil pack", [
 ("It is potent enough to slowly and efficiently cleanse the liver of alcoholics and yet doctors have used it on babies.", "", "C", "hard call: implied safety ('doctors have used it on babies') with an efficacy claim"),
 ("You can do a castor oil pack twice a week just for general wellness.", "", "", "topical pack"),
 ("You can also use it to break a high fever.", "", "", ""),
 ("I fell asleep with the castor oil pack over my abdomen and when I woke, the fever was gone.", "", "", "narrative"),
], g='B')
P("https://stayingintouchblog.blogspot.com/2009/08/castoroil-pack.html", "personal blog: castor oil pack instructions", [
 ("Use the pack 3 days, then take a break for 4 days, and repeat.", "", "", "topical"),
 ("The active ingredient in castor oil, Ricinoleic Acid converts to prostaglandin, a powerful hormone-like substance that stimulates lymph and T-cell production, increasing the body’s ability to repair itself.", "", "", ""),
], g='B')
