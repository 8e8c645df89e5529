from lib import P
# b13: leaky-gut supplements (glutamine, zinc carnosine), berberine vs Ozempic, threadworm treatment (pharmacies, pregnancy)
P("https://dailyhealthpost.com/study-proves-you-only-need-one-supplement-to-heal-leaky-gut",
  "health content site: 'study proves you only need one supplement to heal leaky gut'", [
  ("Study proves you only need one supplement to heal leaky gut (and it’s not glutamine)", "headline", "CS", "healing stated as proven (C); 'study proves' with no citation (S)"),
  ("Zinc carnosine, a special chelated form of zinc, was shown to reduce this exercise-induced gut permeability by an incredible 71% on its own.", "list: Key Takeaways", "S", ""),
  ("Bovine colostrum was also highly effective, reducing permeability by 68%.", "list: Key Takeaways", "S", ""),
  ("This isn’t about a miracle cure, but about compelling scientific evidence that points to a highly effective tool you can add to your gut-healing arsenal.", "", "", "negation of 'miracle cure'"),
], g='G')
P("https://mindbodygreena.pages.dev/posts/should-you-be-taking-glutathione-",
  "scraped copy of a wellness magazine article: L-glutamine for the gut", [
  ("Multiple studies1 have shown the addition of l-glutamine supplements can quickly and greatly improve intestinal permeability.", "", "", "footnote marker"),
  ("L-glutamine can even reduce symptoms of patients with inflammatory bowel diseases like ulcerative colitis!", "", "", ""),
  ("If you’re struggling through chronic health problems, yes, an L-glutamine supplement in addition to nourishing food medicines can give your gut the jump start it needs to fully repair.", "", "C", "hard call: promises full repair for chronic health problems"),
], g='G')
P("https://goodbyeleakygut.com/l-glutamine-leaky-gut/",
  "leaky-gut blogger's site (free guide, product links): L-glutamine for leaky gut", [
  ("It’s such a simple and inexpensive supplement, and yet I find it has such a profound impact on my gut health.", "", "", "personal experience"),
  ("Well, L-Glutamine helps strengthen the gut lining so this doesn’t happen.", "", "", "'helps'"),
  ("Which makes supplementation even more effective.", "", "", ""),
], g='B')
P("https://scienceinsights.org/how-much-glutamine-should-you-take-for-leaky-gut",
  "science-explainer content site: how much glutamine for leaky gut?", [
  ("For general gut health support, a common starting point is 5 to 10 grams per day.", "heading: Determining the Optimal Daily Dosage", "O", "hard call: consumer supplement amount per day framed as the starting point, no caveat in the section"),
  ("This range is frequently cited as a therapeutic dose for individuals with mild to moderate intestinal permeability.", "", "", ""),
  ("Supplementation prevents this depletion, protecting the mucosal lining and supporting natural repair mechanisms.", "", "", "hard call: mechanism stated as certain but no cure of a condition"),
], g='G')
P("https://holistichomeremedy.com/l-glutamine-dosage-for-leaky-gut",
  "home-remedy content site: optimal L-glutamine dosage for leaky gut", [
  ("According to a study published in the Journal of Clinical Gastroenterology, approximately 70% of the immune system resides in the gut, underlining the importance of maintaining a healthy gut lining.", "", "", "attributed to a named journal"),
  ("However, most experts recommend starting with a moderate dosage and adjusting as needed.", "", "", "no amount"),
], g='G')
P("https://bisonpharmacy.com/berberine-vs-ozempic/",
  "pharmacy blog: berberine vs Ozempic", [
  ("With tens of millions of Americans seeking weight loss solutions each and every day, it’s no wonder that groundbreaking semaglutide drugs like Ozempic and Wegovy have gained immense popularity in recent years.", "", "S", "hard call: vague figure with no source"),
  ("But the question is: Can Berberine really act as a replacement for semaglutide drugs?", "", "", "question"),
  ("Please bear in mind that the information in this article does not constitute medical advice and that it is essential to speak to your doctor about Berberine if you are considering taking it (or any other supplements) or have further questions or concerns.", "", "P", "disclaimer plus an affirmative prompt to speak to the doctor"),
], g='H')
P("https://www.benzinga.com/news/23/07/33155517/berberine-dubbed-natures-ozempic-rises-in-popularity-but-mind-the-gastrointestinal-side-effect",
  "financial news site: berberine dubbed 'nature's Ozempic'", [
  ("Berberine, derived from natural ingredients, has been shown to improve high blood pressure and cholesterol levels, potentially leading to weight loss.", "", "S", "hard call: 'has been shown' with no study named (the article credits Rolling Stone for the story, not for the finding)"),
  ("Doctors have recommended discontinuing the use of Ozempic prior to surgery to avoid potential complications.", "", "", "reported medical recommendation"),
  ("However, medical professionals urge caution, emphasizing the importance of consulting with a doctor before starting any supplement.", "", "P", "reported but aimed at readers"),
], g='N')
P("https://flexxandthecity.com/fitness/ozempic-and-berberine",
  "fitness blog: Ozempic and berberine", [
  ("Ozempic is currently trending, and not because it is curing and aiding people with Type 2 Diabetes, but because celebs and likely the people you know are losing weight on it.", "", "", ""),
  ("It is typically given as an injection once a week, and it can be used alone or in combination", "", "", "cut off where the stored text ends; no amount"),
], g='B')
P("https://medicinesinpregnancy.org/Medicine--pregnancy/Treatment-of-threadworms-during-pregnancy",
  "UK medicines-in-pregnancy information leaflet: treatment of threadworms", [
  ("Having threadworms in pregnancy does not harm the baby.", "", "", ""),
  ("Pregnant women may be able to avoid taking medicines to treat threadworms by using strict hygiene measures to clear them.", "", "", "hygiene option from an official leaflet, not discouraging care"),
  ("There is no evidence that mebendazole harms the baby, and it is only absorbed into the body in small amounts.", "", "", "negation of harm evidence, not an unqualified safety claim"),
], g='H')
P("https://just-pharmacy.co.uk/treating-threadworms/",
  "UK online pharmacy page: treating threadworms", [
  ("They are often unharmful, but they can lead to discomfort around the back passage due to itchy anus", "", "", ""),
  ("The name of the medication used to treat threadworm over the counter is Mebendazole.", "", "", ""),
  ("This kills the worm within a few days.", "about mebendazole", "", "clinical statement"),
], g='S')
P("http://articleneeds.blogspot.com/2009/09/treating-threadworms.html",
  "article-spinning blog: treating threadworms", [
  ("To successfully treat threadworms you can either follow strict hygiene methods (as outlined below), or see your GP who can prescribe medication for you.", "", "P", ""),
  ("The life span of the threadworms is approximately six weeks so these hygiene methods should be followed for this period.", "", "", ""),
  ("Mebendazole - this kills the threadworms, usually with only one dose (100mg), and is the preferred treatment for anyone over two years of age.", "list under heading: Medication", "", "describes the treatment; no instruction to take it"),
], g='G')
P("https://toomepharmacy.co.uk/pages/threadworm",
  "Northern Ireland community pharmacy page: threadworm", [
  ("The risk of transmission in families is often as high as 75% and so all members of a household have to be treated.", "", "S", ""),
  ("At Toome Pharmacy our pharmacists are fully trained to deal with both the diagnosis and treatment of threadworms.", "", "", "advertisement for the pharmacy's service"),
], g='H')
P("https://the-pillbox.beehiiv.com/p/threadworms",
  "pharmacist's newsletter (OTC series): threadworms", [
  ("Everyone in the affected household who is over 2 years old should be treated for threadworms, even if they do not show symptoms of infection.", "", "", ""),
  ("If a child under 2 years old or a woman who is pregnant or breastfeeding requires treatment it is advised that they speak with a GP first.", "", "P", ""),
  ("Threadworms are able to survive on surfaces for up to 2 weeks.", "", "", ""),
], g='B')
