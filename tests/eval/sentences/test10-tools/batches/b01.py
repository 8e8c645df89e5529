from lib import P
P("https://muslimjournal.net/arthritis/", "community newspaper health column: arthritis and lifestyle cure", [
 ("For the entire life span of most adults in America, they have heard there isn’t any cure for arthritis.", "", "", "reported belief, negation"),
 ("From sulfa drugs, aspirin, gold injections and cortisone, ACTH – all have proven to be failures in terms of permanent relief.", "", "", "hard call: disparages past drugs but gives no instruction to stop; no research claim"),
 ("Because most Americans haven’t been introduced to alternatives in lifestyle as a cure to this disorder, they follow the masses who have gone before them to a life filled with pain and misery.", "", "C", "hard call: presents lifestyle alternatives as a cure for arthritis"),
 ("It is estimated that there are approximately 14 million or more Americans afflicted with arthritis in various forms.", "", "S", "'it is estimated', no source"),
 ("This form of arthritis comes, so it is said, from wear and tear and usually affects people past middle age.", "", "", "reported view"),
], g='N')
P("https://nosecaretips.com/how-to-treat-a-sinus-infection-at-home-proven-remedies", "content site: how to treat a sinus infection at home, proven remedies", [
 ("According to the American Academy of Otolaryngology, up to 98 percent of acute sinus infections are viral and resolve without antibiotics within 7 to 10 days.", "", "", "'according to' a named body"),
 ("Even many bacterial sinus infections clear on their own with supportive care.", "", "", "clinical statement, not an instruction"),
 ("A Cochrane review found that saline irrigation significantly improves symptoms compared to no treatment or saline spray alone.", "", "", "hard call: names the review type (Cochrane) as the source"),
 ("Irrigate two to three times daily during an active infection.", "previous line: Dissolve one-quarter teaspoon of non-iodized salt and a pinch of baking soda in eight ounces of lukewarm water.", "O", "hard call: nasal remedy, amount in the previous line, frequency here"),
 ("Never use tap water directly for nasal irrigation.", "", "", "safety warning"),
 ("While clinical evidence for steam therapy is mixed, many patients and ear-nose-throat specialists recommend it as a low-risk comfort measure.", "", "", "hedged"),
], g='G')
P("https://pha247.com/index.php/medblog/627-how-to-overcome-sinus-infection-without-antibiotics", "pharmacy-branded blog: how to overcome sinus infection without antibiotics", [
 ("Sinus infections can be treated without the use of antibiotics through a variety of methods.", "", "", "no instruction to stop a prescribed course; no cure wording"),
 ("For acute sinusitis caused by a virus, it's best to let the infection run its course.", "", "", "clinical statement"),
 ("For chronic sinusitis caused by bacterial infection, antibiotics can be prescribed by a doctor.", "", "", "what a doctor may do"),
 ("However, if your doctor is unable or unwilling to prescribe antibiotics, there are alternative treatments to consider.", "", "", "hard call: alternatives when no prescription is given, not a swap of a prescribed drug"),
 ("It can be purchased over-the-counter or made at home by mixing one teaspoon of salt and half a teaspoon of baking soda in eight ounces of lukewarm water.", "", "", "recipe"),
], g='H')
P("https://www.livestrong.com/article/264443-how-to-get-rid-of-a-sinus-infection-without-antibiotics/", "health portal: how to get rid of a sinus infection without antibiotics", [
 ("Most of the time, according to, antibiotics are not necessary to treat sinusitis because the infection usually clears up on its own.", "", "", "clinical statement (source name missing in the page); no figure"),
 ("If you are suffering from the symptoms of a sinus infection, which include nasal congestion, a headache, drainage from the nose and a cough, try to treat your condition at home.", "next sentence: If you develop a high fever, severe pain, confusion, a worsening of symptoms or swelling around your eyes, see your doctor promptly.", "", "safety-netting in the next sentence"),
 ("If you develop a high fever, severe pain, confusion, a worsening of symptoms or swelling around your eyes, see your doctor promptly.", "", "P", ""),
 ("Do not give your child or teenager aspirin for a sinus infection.", "", "", "OTC warning"),
 ("Avoid using decongestants for more than a few days.", "", "", "OTC label rule"),
], g='H')
P("https://healthfully.com/cure-sinus-infection-antibiotics-5513342.html", "health content site: how to cure a sinus infection without antibiotics", [
 ("How to Cure A Sinus Infection Without Antibiotics", "title", "C", "title promising a cure; 'without antibiotics' is not an instruction to stop a prescribed course"),
 ("Stuffed up sinuses and sinus pain caused by a common cold or allergies can be cured.", "", "C", "hard call: unqualified cure claim; the page says much later that the treatments do not cure the cause"),
 ("Breathe in steam through the sinuses two to four times each day.", "", "", "steam, not a medicine; no amount"),
 ("If you have a bacterial infection, you must either wait until your bacterial infection heals or get antibiotic treatment from a doctor.", "", "", "hard call: doctor offered as one of two options, not an affirmative prompt"),
 ("If your sinus congestion is too strong for these home treatments alone, take over-the-counter decongestants three to five times each day.", "", "", "hard call: frequency without an amount; OTC"),
], g='G')
P("https://www.generalhealth.shop/2025/05/home-remedies-for-sinus-infection.html", "blog: home remedies for sinus infection without antibiotics", [
 ("While antibiotics are often prescribed, most sinus infections are viral and resolve on their own.", "", "", "clinical statement"),
 ("Do this 2–3 times a day for quick relief.", "previous line: Place a warm, damp cloth over your sinuses (forehead, nose, cheeks) to relieve pressure and improve circulation.", "", "warm compress, not a medicine"),
 ("However, seek medical attention if you experience:", "list follows: severe facial pain, swelling around the eyes, high fever, symptoms lasting more than 10 days", "P", ""),
 ("You can often manage a sinus infection at home without antibiotics.", "", "", "hedged 'often'; the section before lists when to see a doctor"),
], g='B')
P("https://fredhutch.org/en/news/center-news/2016/05/patients-spurn-chemo-natural-remedies.html", "cancer centre news: patients spurn chemo for natural remedies", [
 ("The breast cancer was curable.", "", "", "narrative about a patient"),
 ("The patient, 28, chose an alternative route – trips to Mexico for coffee enemas and vitamin infusions.", "", "", "narrative"),
 ("She wanted to try holistic remedies, calling chemotherapy “poison.”", "", "", "reported speech"),
 ("Statistics, too, show chemotherapy alternatives are growing in popularity.", "next sentence: ... alternative medicine use has been rising since 2000 ..., reports the National Institutes of Health.", "", "hard call: attribution to NIH in the next sentence of the paragraph"),
 ("“But the patients are the ones who, ultimately, have the right to choose – with good education and recommendations from us,” said Gralow, who monitored the patient’s overall health amid those alternative therapies.", "", "", "reported speech"),
], g='N')
P("https://www.statnews.com/2017/08/29/cancer-treatment-alternative-medicine/", "health news first-person essay by an oncologist: patients who choose alternative medicine", [
 ("With the right treatment, Ruth had about a 75 percent chance of staying free of breast cancer for the rest of her life.", "", "S", "hard call: prognosis figure with no source"),
 ("The path would be arduous, but it offered Ruth the best chance for a cure.", "", "", "clinical statement"),
 ("Instead, she chose an alternative medicine approach with a doctor in Mexico.", "", "", "narrative"),
 ("Her breast felt fine and she thought the treatment had been successful.", "", "", "narrative"),
], g='N')
P("http://cancerworld.org/Articles/Issues/56/September-October-2013/Focus/620/Refusing-treatment/524.html", "oncology magazine (repost from The Oncologist): refusing treatment", [
 ("Even with a very open mind toward complementary therapies, when it came to patients affected by cancer, I strongly advocated that these therapies should not be used as an alternative to conventional treatment, but rather as complementary approaches with a single goal of improving patients’ well-being and quality of life.", "", "", "warns against alternative use"),
 ("During my years of consulting cancer patients and families, I noticed an increasing number of patients who declined conventional cancer treatment, a phenomenon that piqued my curiosity but somehow was not acknowledged by my colleagues, other than to mention that they had another “difficult patient”.", "", "", "narrative"),
 ("But one day in 1997, she found a 3-cm lump in her left breast that extended to the skin.", "", "", "narrative"),
], g='N')
