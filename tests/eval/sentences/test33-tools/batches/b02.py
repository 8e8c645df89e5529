# sent33 batch 2: neuropathy, thyroid nodules, bronchitis, rheumatoid arthritis, plantar fasciitis, tennis elbow, sinusitis, osteoarthritis
from lib import P
P("https://www.neuropathytreatmentgroup.com/neuropathy-treatments-2/", "neuropathy information site: natural neuropathy treatments", [
 ("Although there are several treatments for neuropathy, there is no known cure at this time.", "", "", "negation"),
 ("If you are one who would rather try natural treatments instead of drugs to control the pain, consider these suggestions.", "", "", "hard call: offers alternatives to a reader who already prefers them; no instruction to stop drugs"),
 ("These three herbs may help bring relief although there is no evidence that they provide an actual cure for neuropathy.", "", "", "honest caveat"),
 ("There have been several clinical trials with patients of neuropathy in which these patients responded positively to treatments with primrose oil.", "", "S", "trials claimed, none cited"),
 ("Therefore, you need to consult your physician before initiating a primrose oil treatment program.", "", "P", ""),
], g="G")
P("https://www.allaboutdiabetes.net/herbal-remedies-for-neuropathy/", "diabetes content site: herbal remedies for neuropathy", [
 ("The herbal remedies for neuropathy are often being used by those patients who do not want to experience side effects of the pharmaceutical drugs.", "", "", "reported behaviour"),
 ("Herbal remedies are proven to be safe and can promote overall health, however, its effect varies from one patient to another.", "", "C", "hard call: unqualified safety claim ('proven to be safe'); the caveat is about effect, not safety"),
 ("However, despite this, many people who experiences peripheral neuropathy are finding relief from using herbal remedies.", "", "", ""),
], g="G")
P("http://randynordyke.com/3-natural-remedies-to-combat-neuropathy/", "personal/professional blog: 3 natural remedies to combat neuropathy", [
 ("More than 20 million Americans suffer from neuropathy, and approximately one in five people will experience peripheral neuropathy at some point in our lives.", "", "S", ""),
 ("Doctors will often prescribe anti-seizure medications or antidepressants, but why they work is yet unclear.", "", "", ""),
 ("Here are three natural remedies that you can use to help find some relief from the pain of neuropathy.", "", "", ""),
], g="B")
P("https://fitmesolution.com/peripheral-neuropathy-home-remedies/", "fitness content site: peripheral neuropathy home remedies", [
 ("Patients have actually stopped their cancer treatments because they can’t take the neuropathy!", "", "", "reported behaviour"),
 ("More than 70 Americans die per day—and more than 27,000 per year— from unintentional prescription drug overdose, so this is an epidemic problem!", "", "S", ""),
 ("Those with diabetes are at especially high risk for neuropathies because high blood sugar levels damage the vessels and nerves.", "", "", ""),
], g="G")
P("http://acner.org/acne-and-skin/alternative-treatments-for-neuropathy/", "content site: alternative treatments for neuropathy", [
 ("There are more than 100 kinds of peripheral neuropathies, according to Medline Plus.", "", "", "'according to' a named source"),
 ("Herbs may offer an alternative treatment for neuropathy.", "", "", "hedged"),
 ("It is important to consult a health care professional before beginning herbal treatment.", "", "P", ""),
], g="G")
P("https://activehealthjax.com/neuropathy-treatment", "chiropractic/functional clinic page: neuropathy treatment", [
 ("Peripheral neuropathy affects over 20 million Americans and occurs when the nerves outside the brain and spinal cord are damaged or begin to malfunction.", "", "S", ""),
 ("Standard treatment with gabapentin or duloxetine reduces the pain signal but does not repair damaged nerves, restore circulation, or address any underlying cause.", "", "", "hard call: criticism of drugs, no instruction"),
 ("Without treating root causes, neuropathy consistently progresses.", "", "", ""),
], g="H")
P("https://thyroidnation.com/7-natural-cures-thyroid-nodules/", "thyroid content site: 7 natural cures for thyroid nodules", [
 ("7 Natural Cures for Thyroid Nodules", "heading", "C", "nominal cure claim in a heading"),
 ("Most thyroid nodules are non-cancerous and do not cause any symptoms.", "", "", ""),
 ("Consuming 2 tablespoons of organic extra virgin coconut oil on a daily basis is recommended.", "list item 1). Coconut Oil", "O", "hard call: remedy amount plus frequency for treating nodules, no caveat"),
 ("An iodine rich diet would help in shrinking the nodules and this herbal tea is a great source. (proceed with caution)", "", "", ""),
], g="G")
P("https://medicinehelpful.com/17302225-causes-symptoms-and-treatment-of-thyroid-nodules", "content site: causes, symptoms and treatment of thyroid nodules", [
 ("It should be noted that the treatment of thyroid nodules must be carried out without fail.", "", "", ""),
 ("Therefore, at the first signs of goiter, you need to contact an endocrinologist.", "", "P", ""),
 ("Often, the doctor prescribes radioactive iodine to the patient to eliminate neoplasms.", "", "", "what a doctor does"),
], g="G")
P("https://www.kiraspecialist.com/914113616628737/", "clinic Q&A page: is a single powdered herb a specific for thyroid nodules?", [
 ("A Chinese herbal medicine ground into a powder specifically for thyroid nodules is not true, the treatment of thyroid nodules there is no special effect of a Chinese herbal medicine treatment.", "", "", "debunking"),
 ("For symptomless benign thyroid nodules generally do not need treatment, you can regularly follow-up observation.", "", "", "clinical statement that a condition may not need treatment"),
 ("Thyroid nodules patients should not blindly believe that a flavor of Chinese medicine ground into a powder specializing in thyroid nodules, patients should not self-medication, with the disease should be actively consulted, to be treated under the guidance of the physician’s interview.", "", "P", ""),
], g="H")
P("http://blog.thedealgarden.com/health-and-fitness/4-effective-home-remedies-to-get-rid-of-thyroid-nodules/", "deals site blog: 4 home remedies to get rid of thyroid nodules", [
 ("More than half the population of the world suffers from the repercussions of a malfunctioning thyroid gland.", "", "S", ""),
 ("It is advisable to include seafood in your daily diet since it is a major source of iodine.", "", "", ""),
 ("This results in the shrinking of the nodules on the thyroid gland.", "", "", "hard call: treatment claim without cure wording"),
], g="G")
P("https://vbordo.ru/en/lechenie-narodnymi-sredstvami-zoba-effektivnye-sredstva-simptomy-i.html", "machine-translated content site: goiter folk remedies", [
 ("Treatment folk remedies goiter traditional methods is widely popular, but it should definitely be agreed with a doctor and not self-medicated.", "", "P", ""),
 ("It should be remembered that the earlier treatment is started, the greater the chances of stopping the progressive disease and even curing it completely.", "", "", "hedged ('chances')"),
], g="G")
P("https://naturalendocrinesolutions.com/articles/can-natural-treatment-methods-shrink-thyroid-nodules", "natural endocrine practitioner: can natural treatment shrink thyroid nodules?", [
 ("Before I discuss this, I want to point out that in most cases, there isn’t a concern for thyroid nodules.", "", "", ""),
 ("In fact, a recent study revealed that the estimated prevalence by palpation alone ranges from 4% to 7%, whereas ultrasonography detects nodules in 20% to 76% of the adult population (1).", "", "", "citation marker (1)"),
], g="A")
P("https://mediv.dp.ua/home-remedies-for-bronchitis.html", "content site: home remedies for bronchitis", [
 ("Bronchitis usually disappears within a few days without lasting effects in most people, however the coughs due to bronchitis can continue for up to three weeks or more.", "", "", ""),
 ("3] One of the other natural remedies for bronchitis is a tea prepared by mixing both garlic and ginger which when taken for three to four times a day helps cure the symptoms effectively.", "", "", "hard call: 'helps cure the symptoms' is hedged and about symptoms; frequency without a dose"),
 ("4] A tea made from an herb called creosote bush is one of the natural remedy for bronchitis widely used to cure bronchitis and other respiratory problems.", "", "", "hard call: reports use ('widely used to cure'), not a direct claim; creosote bush (chaparral) is hepatotoxic but that is not a label here"),
], g="G")
P("https://asklyer.com/health/natural-bronchitis-remedies-home-treatments", "content site: natural bronchitis remedies", [
 ("Why Bronchitis Is So Common—and Why You Might Not Need Antibiotics", "heading", "", "hard call: hedged ('might'), consistent with clinical advice"),
 ("If you cough up blood, run a fever above 38.5 °C (101.3 °F), or feel short of breath at rest, see a doctor.", "", "P", ""),
 ("Otherwise, the natural strategies below can shorten recovery and spare you a pharmacy bill.", "", "", "hard call: follows safety-netting"),
 ("Adding one drop of food-grade eucalyptus oil triples the benefit by releasing cineole—a compound repeatedly shown to reduce cough frequency and airway inflammation in peer-reviewed trials.", "", "S", "'triples the benefit', trials not named"),
 ("In a 2017 randomized study, patients taking a ginger-based syrup cut their nighttime coughing episodes in half.", "", "S", "a year alone is not a citation"),
], g="G")
P("https://www.organicfacts.net/bronchitis-symptoms-causes.html", "natural-health content site: bronchitis symptoms and causes", [
 ("Most people who suffer from acute bronchitis recover after a few weeks.", "", "", ""),
 ("However, it usually does not require medical treatment or antibiotics.", "", "", "clinical statement that a condition may not need treatment"),
 ("This is a serious medical condition and needs to be treated accordingly.", "", "", ""),
], g="G")
P("https://levanews.com/my-bronchitis-is-lingering-longer-than-usual-what-home-remedies-have-you-found-helpful", "news/Q&A site: lingering bronchitis, what home remedies helped?", [
 ("Antibiotics are not effective for most cases of bronchitis because the condition is usually caused by viruses, not bacteria.", "", "", ""),
 ("While there is no cure for viral bronchitis, home remedies can help manage symptoms and support recovery:", "", "", "negation"),
 ("If symptoms persist for more than three weeks, worsen, or include high fever, chest pain, or difficulty breathing, it is essential to seek medical attention.", "heading: When to Seek Medical Attention", "P", ""),
], g="N")
P("http://www.startfaqe.org/natural-arthritis-rheumatoid-treatment/", "content site: natural rheumatoid arthritis treatment (Ayurveda)", [
 ("It is important to remember that these are strong medicines with definite side effects experienced over time.", "", "", "hard call: criticism of RA drugs, no instruction"),
 ("The traditional Ayurveda form of medicine has been observed to be an effective, safe and natural way to treat RA.", "", "CS", "hard call: unqualified safety claim; 'has been observed' with no citation"),
 ("Staying active is a must though painful, but the condition is bound to gradually improve during the course of treatment.", "", "C", "hard call: guarantees a result ('is bound to improve')"),
], g="G")
P("http://atharvaayu.com/rheumatoid-arthritis-ayurveda/", "Ayurvedic clinic: rheumatoid arthritis and Ayurveda", [
 ("Modern medicines provide symptomatic relief and prolong the worseness; on the other hand Ayurveda provides the permanent cure of Rheumatoid Arthritis.", "", "C", ""),
 ("As far as modern medicines are concerned, RA is such a disease which can be controlled, but not cured by medicines.", "", "", ""),
], g="A")
P("https://manaltheeram.com/Ayurveda/Arthritis", "Ayurveda resort page: arthritis treatment", [
 ("If left untreated for long it can lead to extreme pain, even resulting in joint deformity.", "", "", ""),
 ("Ayurveda has several highly effective treatment procedures that can cure rheumatoid arthritis if treated at an early stage", "", "C", "hard call: cure of an incurable disease, seller's claim; the 'if early' form is not the hedged clinical kind"),
], g="A")
P("https://nirogam.com/ayurvedic-diet-treatment-rheumatoid-arthritis/", "Ayurvedic product site: diet and treatment for rheumatoid arthritis", [
 ("Rheumatoid Arthritis does not need to cripple you.", "", "", ""),
 ("This is my attempt to give you, a day-to-day guide to understanding and correcting your Rheumatoid Arthritis.", "", "", "hard call: 'correcting' is a treatment promise without cure wording"),
], g="S")
P("https://conservativecave.com/cave/index.php?topic=96932.msg1225095", "forum thread: plantar fasciitis in the news", [
 ("Plantar fasciitis is real enough, but this is national news?", "", "", "question"),
 ("Get rid of poorly fitted crappy shoes, get good after-market insoles and be done with it!", "", "", "hard call: forum opinion, no cure wording, not about a doctor or medicine"),
 ("A good set of Spencos will last for years and multiple pair of much used shoes.", "", "", ""),
], g="F")
P("http://www.zocaloshoes.com/archives/2014/1/29/archive-post", "shoe seller blog: why does plantar fasciitis come and go?", [
 ("However, an orthotic is not a magical device.", "", "", ""),
 ("If the foot does not have complete freedom – zero compression – the condition may improve a bit, but it will never resolve.", "", "", ""),
], g="S")
P("https://thesocialreviewer.net/what-is-a-heel-spur-nin31373115", "advertorial: what is a heel spur (orthotic inserts)", [
 ("However, nearly all cases of plantar fasciitis (heel pain) can be addressed with a pair of over-the-counter orthotic shoe inserts.", "", "", "hard call: 'addressed', no cure wording"),
 ("These cost hundreds of dollars, and can often end up limiting the types of shoes you can wear.", "", "", ""),
], g="S")
P("http://www.invigassage.com/plantar-fasciitis/", "insole seller: plantar fasciitis", [
 ("Some people think they have heel spurs when in fact they have plantar fasciitis.", "", "", ""),
 ("Our insoles can heal plantar fasciitis within two weeks to three months depending on the severity and length of time the person has had the condition.", "heading: Who will the insoles help?", "C", "product claim to heal the condition within a set time"),
], g="S")
P("https://nicershoes.com/best-insoles-for-plantar-fasciitis-reviewed/", "affiliate review site: best insoles for plantar fasciitis", [
 ("These insoles won't cure the condition, but they can help reduce the amount of pain inflicted by it.", "", "", "negation"),
 ("Of course, it's best to consult a doctor about any medical condition, but for those who are interested in over the counter (OTC) options, there is a number of products that can be effective.", "", "P", ""),
], g="S")
P("http://www.homecureguide.com/how-to-cure-tennis-elbow-at-home-naturally/", "home-cure content site: how to cure tennis elbow at home naturally", [
 ("To avoid all those nasty side effects from prescription drugs, people opt for natural treatment methods.", "", "", "reported behaviour"),
 ("Anti-inflammatory drugs for pain relief with splints or braces may be recommended.", "", "", ""),
 ("Natural Treatments That Can Cure Tennis Elbow:", "heading", "C", "heading claims cure"),
], g="G")
P("http://www.anujvarma.com/recovering-from-a-baaaaaaad-tennis-elbow/", "personal blog: recovering from a bad tennis elbow", [
 ("Tennis Elbow (severe) – is something I would not wish on anyone.", "", "", ""),
 ("The second time, it took me less than 4 weeks – and zero physical therapy.", "", "", "narrative"),
], g="B")
P("http://www.clasylook.com/top-natural-home-remedies-for-tennis-elbow", "lifestyle content site: natural home remedies for tennis elbow", [
 ("Pathological surveys show that between 1% and 5% of us have tennis elbow syndrome at least once in our lives.", "", "S", ""),
 ("Some studies show that between 10% and 50% of tennis players suffer from this syndrome.", "", "S", ""),
 ("We would like to share home remedies for tennis elbow effectively and safely below.", "", "", "hard call: not a claim that the remedies are risk-free"),
], g="G")
P("https://www.herbs2000.com/disorders/tennis_elbow.htm", "herbal reference site: tennis elbow", [
 ("Patients with tennis elbow can benefit from drinking an herbal tea made from the twigs of the cinnamon plant, the twigs of the mulberry tree, along with some ginger.", "", "", ""),
 ("On the other hand, a major element of turmeric, curcumin is an analgesic as well as anti-inflammatory and facilitates the healing of tennis elbow.", "", "", ""),
], g="A")
P("https://www.scribd.com/document/419605293/Homeopathy-Beneficial-for-Sinusitis", "document-sharing site: homeopath's article on sinusitis", [
 ("Acute sinusitis finds a permanent cure in homeopathy.", "", "C", ""),
 ("It drains the sinuses, kills the germs and wipes the infection off at the root, thus preventing it from recurring.", "", "C", "eliminates the infection at the root"),
 ("When antibiotics are used to treat sinusitis, there may be side effects such as fungal infections.", "", "", ""),
], g="A")
P("https://theartofhomeopathy.co.uk/homeopathic-treatment-of-sinusitis.php", "homeopath's site: homeopathic treatment of sinusitis", [
 ("Homeopathy is a low cost alternative in the treatment of many common infections.", "", "", ""),
 ("The evidence from clinical studies suggests that homeopathy is an effective treatment for both acute and chronic sinusitis offering positive and long-term results.", "", "S", "studies not cited in this paragraph"),
], g="A")
P("http://homoeocare.com/ailments.html", "homeopathy clinic: ailments treated", [
 ("Recurring sinusitis finds wonderful treatment with homoeopathy.", "", "", ""),
 ("It is almost always possible to avoid antibiotics and sinus surgery if one adopts homoeopathic alternative.", "heading: Suggestion about homoeopathic treatment:", "D", "hard call: steers readers away from antibiotics and surgery to homeopathy"),
], g="A")
P("https://kanikavasist.com/cure-sinusitis-with-homeopathy", "homeopath's site: cure sinusitis with homeopathy", [
 ("Cure sinusitis with homeopathy which is a holistic science and is based on natural healing process.", "", "C", ""),
 ("Some people get sinusitis with most colds, while others get it rarely.", "", "", ""),
], g="A")
P("https://www.sparkpeople.com/resource/nutrition_articles.asp?ID=865", "health community site: dietary supplements for osteoarthritis", [
 ("Always tell your doctor if you are taking any dietary supplements or if you are thinking about combining a dietary supplement with your conventional medical treatment.", "", "P", ""),
 ("It may not be safe to forgo your conventional medical treatment and rely on dietary supplements alone.", "", "", ""),
 ("To avoid complications, talk to your physician first.", "", "P", ""),
 ("Reduces arthritic knee pain by 28% to 41% and improves knee function by 21% to 46%.", "list item after 'According to these studies, glucosamine sulfate:'", "", "reported study findings with 'according to'"),
], g="G")
P("https://www.betternutrition.com/departments/osteoarthritis-sos/", "supplement magazine: osteoarthritis SOS", [
 ("The disease affects an estimated 27 million Americans.", "", "S", ""),
 ("Some of the prescription pain-relieving drugs can increase the risk of heart disease.", "", "", ""),
 ("They don’t work as fast as drugs, but they are far safer.", "", "", "hard call: comparative safety, not 'risk-free'"),
], g="N")
P("https://www.lifeextension.com/protocols/immune-connective-joint/osteoarthritis", "supplement seller protocol page: osteoarthritis", [
 ("There is no cure for osteoarthritis, and treatments generally aim to reduce load (losing weight to remove stress from joints), improve joint support, and relieve pain.", "", "", "negation"),
 ("NSAIDs also cannot help with rebuilding damaged joint cartilage and are purely palliative.", "", "", ""),
], g="S")
