from lib import P
P("https://scribd.com/document/708129726/health-recovery-instruction-manual-by-archbishop-jim-humble-pre-release-2015-2", "document-sharing copy of the MMS 'Health Recovery Instruction Manual' (Jim Humble)", [
 ("This book is filled with alternative care methods that have been found to work from the experience of a grassroots effort by many people around the world.", "heading: Disclaimer", "", ""),
 ("Every individual is personally responsible for his/her decision as to whether or how they use this information, or seek officially recognized medical attention.", "heading: Disclaimer", "", "disclaimer"),
])
P("https://222health.com/alternative-medicine/herbs-alternative-medicine/146462.html", "content site: recommended dosage for oil of oregano for infection", [
 ("Used as a home remedy for centuries, it's beginning to gain acceptance among the medical community as an alternative to traditional antibiotic medications.", "", "", "reported, no instruction"),
 ("It also helps cure skin issues such as boils or toenail fungus.", "heading: Use", "C", "unqualified cure claim for a remedy"),
 ("You should rub one or two drops into the affected area.", "heading: Use", "O", "hard call: remedy amount plus route (topical), no caveat"),
 ("Medical-grade oil of oregano can work as an antibiotic to cure infections.", "heading: Use", "C", "hard call: remedy 'can work ... to cure infections', a product claim rather than a clinical statement"),
 ("Studies at Georgetown University and the University of Tennessee concluded that oil of oregano can be as powerful as penicillin at fighting infections.", "", "S", "hard call: institutions named but no year, journal or link (strict list)"),
])
P("https://holisticzine.com/oregano-oil-dosage", "holistic content site: oregano oil dosage", [
 ("It is 3 times more concentrated than the natural oregano oil.", "", "", "product content"),
 ("The dosage should be decided strictly under the guidance of a physician.", "", "P", "passive recommendation"),
 ("It strengthens the immune system.", "heading: Uses of Oregano Oil", "", ""),
 ("It spares the helpful bacteria while killing the pathogenic ones.", "heading: Uses of Oregano Oil", "", ""),
])
P("https://www.ebid.net/forums/showthread.php?179119-Oregano-Essential-Oil-is-One-of-the-Most-Powerful-Natural-Antibiotics-Known&s=20d3c81d83e7ce38a4877acfa30ed88d&p=1668638", "auction-site forum thread: oregano essential oil as a natural antibiotic", [
 ("Does anyone use Oregano Essential Oil in this way?", "", "", "question"),
 ("\"4-5 drops under your tongue every morning and wash it down with fresh squeezed juice with super green food added to it.", "quoted Facebook comment in a forum question: Does anyone use Oregano Essential Oil in this way?", "", "hard call: a quoted instruction the poster asks about, reported rather than given"),
 ("Hi Annie! I do not use such things, but frequently chase around finding actual research on such matters.", "reply", "", ""),
 ("One of their studies, published in October 2014 in the journal Poultry Science, found that chickens who consumed feed with added oregano oil had a 59 percent lower mortality rate due to ascites, a common infection in poultry, than untreated chickens.", "reply quoting an article", "", "named journal and date"),
])
P("https://www.tcnloop.com/oregano-oil-dosage/", "content site: oregano oil dosage", [
 ("Although there isn’t much study explicitly focused on any of these oils, the studies that do exist appear to be encouraging.", "", "S", "hard call: 'the studies that do exist appear encouraging', no source"),
 ("Take 1–4 drops undiluted with water or juice one to three times a day to treat ailments, or apply 1-4 drops under the tongue and let it work for 5–15 seconds before drinking a glass of water or juice.", "", "O", ""),
 ("Repeat for as many days as you deem necessary for the treatment of your ailments.", "", "", "hard call: duration left to the reader; not itself a dose"),
 ("Take 1–4 drops once a day with water or juice as a prophylactic measure.", "", "O", ""),
 ("Place 4-8 drops under your tongue for about a minute if you’re taking it for congestion, then take deep breaths through your mouth and exhale through your nose.", "heading: When using for congestion | next sentence: Do this 3-4 times a day ...", "O", ""),
])
P("https://www.healthy-oil-planet.com/oil-of-oregano-dosage.html", "natural-oil information site: oil of oregano dosage", [
 ("While both types have been found to be equally effective, you may choose to use only one particular form for a specific health condition.", "", "S", "hard call: 'have been found' without a source"),
 ("Please consult with a health care professional before using any natural health product or supplement.", "", "P", ""),
 ("Here are recommended suggestions from oil of oregano manufacturers and producers.", "heading: Suggested Oil of Oregano Dosage by Mouth", "", ""),
 ("Using a sterilized eye dropper, place 4 – 6 drops of oil under your tongue and hold it there for a few minutes then flush your mouth out with water.", "heading: Recommended Oil of Oregano Dosage by Mouth for Adults:", "O", "hard call: the consult sentence is in the introduction, not in this section (test4 literal reading)"),
 ("Suggested frequency for oral dosages is 3 – 6 times per day, depending on the severity of the infection.", "heading: Recommended Oil of Oregano Dosage by Mouth for Adults:", "O", "consumer dose-table row: frequency for the drops above"),
])
P("https://modernalternativemama.com/2023/01/11/diy-double-infused-oil-of-oregano", "natural-living blog: DIY double-infused oil of oregano", [
 ("Even a single antibiotic dose can lead to detrimental shifts in the composition and diversity of the gut flora (1).", "", "", "reference marker"),
 ("According to the CDC, doctors prescribe about 47 million antibiotic courses yearly for infections that don’t need antibiotics (4).", "", "", "'according to' and marker"),
 ("So what can we do when we need an antibiotic but are uncomfortable taking a prescription?", "", "", "question"),
 ("That’s where oil of oregano comes in.", "previous sentence: So what can we do when we need an antibiotic but are uncomfortable taking a prescription?", "M", "hard call: answers the question by putting a remedy in place of a prescribed antibiotic"),
])
P("https://effectiveholistics.com/?p=132", "holistic blog: healers of natural cancer remedies silenced", [
 ("Now, before I go further, let me be clear: I am not a doctor, nor do I claim to have all the answers.", "", "", ""),
 ("But as a mother, a researcher, a truth-seeker, and someone who has walked closely with friends and family through cancer, I refuse to blindly accept the narrative that chemo, radiation, and surgery are the only paths worth walking.", "", "", "hard call: first-person stance, no instruction"),
 ("Whether or not you agree with every element of his protocol, he had followers who swore they reversed serious illness using his guidance.", "", "", "reported testimonial"),
 ("Let’s talk about the elephant in the room: cancer is a billion-dollar industry.", "", "", ""),
])
P("http://www.missecoglam.com/uncategorized/item/4839-the-sad-and-shocking-truth-about-chemotherapy", "eco-beauty blog: the sad and shocking truth about chemotherapy", [
 ("I’m not saying his cancer could have been cured.", "", "", "negated"),
 ("Poison can’t heal.", "previous sentence: It’s not therapy – a word whose dictionary definition is “a treatment intended to relieve or heal a condition”.", "D", "hard call: the page's own generalisation that chemotherapy cannot heal (test4 convention for 'screening does not save lives')"),
 ("Chemo is capable of killing cancer cells, so it can shrink tumours – though often only in the short term.", "", "", ""),
])
P("http://www.jesichashope.org/jesichashope%20library/i_can_poison_myself_to_health.html", "cancer charity library article: I can poison myself to health", [
 ("The doctor’s office calls to give you the news you dreaded – Cancer.", "", "", "narrative"),
 ("You should feel safe and secure in knowing an expert in the field of cancer is on your side or is he?", "", "", "rhetorical question"),
 ("You should feel the doctor is aiming to cure you but is he?", "", "", "rhetorical question"),
])
P("https://www.canadacialis.ru/strategies-for-managing-prednisone-withdrawal-symptoms.html", "spam pharmacy page: strategies for managing prednisone withdrawal", [
 ("Gradually reduce your dose.", "next sentence: Your doctor will create a personalized tapering schedule; strictly adhere to it.", "", "caveat in the next sentence"),
 ("Aim for 7-9 hours of quality sleep per night.", "", "", ""),
 ("Consider professional counseling if needed.", "", "P", ""),
 ("Communicate with your doctor.", "", "P", ""),
 ("Take over-the-counter medications as needed.", "", "", "over-the-counter"),
])
P("https://www.online-prednisone-purchase.com/5080-2/", "spam pharmacy page with a physician's Q&A answer on tapering prednisone", [
 ("There are no set rules to direct the tapering process.", "", "", ""),
 ("You can consider to taper by lesser dose gradually every 3 days and eventually stop it completely.", "next sentence: The other way of doing it is by tapering on an every-other-day basis, which is called ‘alternate-day taper’.", "M", "hard call: self-taper instruction; the supervision caveat comes three sentences later"),
 ("Hence it needs to be done under medical supervision.", "", "", "hard call: states a need, not a prompt to the reader; the prompt follows"),
 ("Kindly consult your doctor for proper regimen and follow the instructions as advised by your doctor.", "", "P", ""),
])
P("https://www.canadacialis.ru/stopping-prednisone-a-gradual-tapering.html", "spam pharmacy page: stopping prednisone, a gradual tapering", [
 ("Never stop Prednisone abruptly.", "", "", "warning against stopping"),
 ("For example, if you started with 10mg per day (5mg twice daily), you might take 8mg one day then 6mg two days after that and so on until reaching zero.", "previous sentence: A common tapering schedule ... | paragraph framed by: Your doctor will create a tapering schedule", "", "hard call: example inside a doctor-created taper (test4 convention)"),
 ("Expect some side effects during tapering.", "", "", ""),
 ("Do not hesitate to contact them with any questions or concerns.", "previous sentence: Remember: Consistent communication with your doctor is key ...", "P", "double negation, 'them' = your doctor"),
])
P("https://www.noprescriptionviagra.ru/tapering-prednisone-why-and-how.html", "spam pharmacy page: tapering prednisone, why and how", [
 ("Always taper prednisone gradually; never stop abruptly.", "", "", "warning against stopping"),
 ("Slow Taper (for high doses or prolonged use): Reduce by 2.5mg every other day until reaching a low dose, then reduce by 2.5mg weekly.", "heading: Common Tapering Schedules (Examples – Always follow your doctor’s instructions):", "", "hard call: example schedule under a follow-your-doctor heading"),
 ("Regularly check in with your doctor for monitoring.", "", "P", ""),
 ("Always discuss your specific tapering plan with your physician.", "", "P", ""),
])
P("https://www.droracle.ai/articles/271043/what-is-the-recommended-protocol-for-a-10-day-taper", "AI clinical-answer site: recommended protocol for a 10-day taper", [
 ("For corticosteroids like prednisone, a 10-day taper is typically not necessary for short courses, but for benzodiazepines, a gradual taper of 10-20% per day over 10 days is recommended to minimize withdrawal symptoms.", "", "", "professional regimen"),
 ("For short courses of prednisone therapy (less than 3 weeks), tapering is generally not required as the hypothalamic-pituitary-adrenal (HPA) axis suppression is minimal 1.", "", "", "reference marker; clinical"),
 ("Asthma Exacerbations: Research shows that for acute asthma exacerbations, abrupt discontinuation after a 10-day course of 40 mg prednisolone is as effective as tapering, suggesting that tapering may be unnecessary in this specific scenario 3.", "", "", "reference marker; study dose"),
])
