# sent34 batch 2 (queries 13-18: colloidal silver safety, chelation for heart disease, reiki/energy healing,
# moringa, black seed oil dosage, herbal diabetes protocols).
from lib import P

P("https://www.altmedicinezone.com/alternative-health/is-colloidal-silver-safe/", "alternative-medicine content site: is colloidal silver safe?", [
 ("Healing disorders with the use of metal components, as a substitute to classic drug use is becoming widespread, silver being amongst the most popular.", "", "", "reported trend"),
 ("These are taken in small doses at meal times and are supposed to be very good for our immune system, helping the body resist against numerous types of bacteria and viruses that cause infectious diseases, including flu and colds.", "", "", "reported claim ('are supposed to')"),
 ("There has been no serious research work to confirm that silver is really effective in fighting disease such as malaria, AIDS or cancer or even other ailments including athlete’s foot.", "", "", ""),
 ("The intake of colloidal silver must be carefully controlled and this is not always easy with homemade preparations, where the dosage of silver cannot be quantified accurately.", "", "", ""),
], g='G')

P("https://nanocolloidalsilver.co.uk/colloidal-silver-side-effects/", "colloidal silver seller's page on side effects", [
 ("As silver has no known biological function in the human body, it will be excreted within 24 hours.", "", "", ""),
 ("However, no known cases of argyria have been reported from pure and protein-free colloidal silver.", "", "", "seller's reassurance about its product type, but worded as absence of reports, not as 'safe'; hard call"),
 ("Individuals with kidney trouble and liver disease should also limit the intake of colloidal silver, as they are more susceptible to silver toxicity.", "", "", ""),
 ("No colloidal silver ingredients or products are considered safe or effective.", "", "", "negated safety"),
], g='S')

P("https://goodhealthfix.com/slideshow/living-healthy/colloidal-silver/2", "health slideshow site: colloidal silver side effects", [
 ("Because there is no documented benefit, there are no medical guidelines for dosage.", "", "", ""),
 ("Multiple organizations and groups of health professionals have indicated colloidal silver is unsafe when applied directly to the skin or taken by mouth.", "", "", ""),
 ("In addition, if individuals start any new medications, they should tell their doctor about all the herbal and dietary supplements they take regularly.", "", "P", "third-person prompt aimed at readers"),
 ("When taken with antibiotics, colloidal silver might decrease the amount the body absorbs.", "", "", ""),
], g='G')

P("https://222health.com/diet-nutrition/nutrition/99524.html", "content site: negative effects of colloidal silver", [
 ("The typical dosage of colloidal silver is 1 tsp. per day.", "", "", "descriptive 'typical' dose, not an instruction"),
 ("If you take extra colloidal silver along with what is already found in your daily diet, your intake reaches 400 mcg a day, a dosage that is still considered safe.", "", "", "hedged 'considered safe'"),
 ("As little as 10 mg of colloidal silver has been fatal in some people.", "", "S", "figure, no source; hard call"),
], g='G')

P("http://m.med-health.net/Is-Taking-Colloidal-Silver-Safe.html", "health portal: is taking colloidal silver safe?", [
 ("In spite of the claims made by many manufacturers, medical professionals do not consider it safe or effective to treat medical conditions with colloidal silver.", "", "", "debunking"),
 ("Some simply boast that this product is a general cure-all.", "", "", "reported claim"),
 ("This is not considered a serious health threat, but it can cause cosmetic issues as this discoloration will not fade when patients stop using the colloidal silver products.", "", "", ""),
], g='H')

P("https://www.cltampa.com/news/using-chelation-therapy-to-prevent-heart-attacks-and-strokes-12268762/", "newspaper guest column by a physician who offers chelation", [
 ("A scientific trial has been underway since 2003 which is designed to test the hypothesis that chelation therapy is effective for exactly this purpose.", "", "", ""),
 ("Chelation is a simple process for the removal of toxic metals from the body.", "", "", ""),
 ("Many physicians who have been using this treatment for decades (myself included) recognize its benefit in this regard.", "", "", ""),
], g='N')

P("https://kathleenbarnes.com/?p=2416", "natural-health author's blog: chelation instead of bypass surgery", [
 ("Bypassing bypass surgery, naturally", "post title", "D", "steers readers away from recommended surgery"),
 ("Research shows that less than 1 percent of heart patients who are treated with conventional medications like the statin drugs and beta-blockers die of heart disease within a year of their diagnosis, yet 3.3% of bypass patients die within a year of their surgery.", "", "S", "'research shows', no citation"),
 ("The doctor told my husband that bypass surgery is not a cure for the heart disease that causes the blocked arteries.", "", "", "reported"),
 ("The good news is that there is a natural alternative to bypass surgery that is safe, effective, non-invasive and almost side effect-free.", "", "CD", "unqualified 'safe' for chelation offered as the alternative to bypass surgery"),
], g='B')

P("http://healthtips0890.blogspot.com/2010/08/men-change-their-heart.html", "health-tips blog copying an article on chelation (Greek alpha for 'a', as on the page)", [
 ("The good news is thαt there is α nαturαl αlternαtive to bypαss surgery thαt is sαfe, effective, non-invαsive, αnd αlmost side effect free.", "", "CD", "scraped copy; unqualified 'safe' and steering away from surgery"),
 ("The doctor told my husbαnd thαt bypαss surgery is not α cure for the heαrt diseαse thαt cαuses the blocked αrteries.", "", "", "reported"),
], g='G')

P("https://agpatelmd.com/chelation-therapy.html", "integrative physician's clinic page on chelation", [
 ("Chelation Therapy has been scientifically proven to remove excess or toxic metals before they can cause damage to the body.", "", "S", "'scientifically proven' without a source; hard call"),
 ("Allopathic medicine treats these as surgical conditions, yet bypass surgery is painful, dangerous and expensive, while angioplasty and stenting has not been shown to significantly increase life expectancy for most patients.", "next sentence promotes the clinic's EDTA chelation for heart disease", "D", "a chelation clinic disparaging bypass and stents to steer patients to its therapy; hard call"),
 ("EDTA Chelation Therapy has been used by thousands of physicians worldwide in the treatment of heart disease for over 40 years.", "", "S", "vague count without source; hard call"),
], g='H')

P("http://disc.yourwebapps.com/discussion.cgi?disc=149495;article=141666;", "discussion-board post quoting a clinic page on chelation", [
 ("Chelation therapy — long a treatment for mercury and lead poisoning — isn't a proven treatment for heart disease, and it can be dangerous when used as a heart disease treatment.", "", "", ""),
 ("However, no studies have shown this happens, and people have been injured when using chelation therapy for heart disease.", "", "", ""),
 ("The American Heart Association doesn't recommend chelation therapy as a treatment for heart disease, and the Food and Drug Administration hasn't approved chelation therapy for use as a heart disease treatment", "", "", ""),
], g='F')

P("http://1010jiajiao.com/gzyy/shiti_page_17303", "English-exam practice site: persuasive essay on Reiki", [
 ("Throw out the bottles and boxes of drugs in your house.", "", "M", "tells readers to discard their medicines; hard call (exam text, read as published)"),
 ("We pay huge amounts of money and but never get better.", "", "", ""),
 ("Also, there are no side effects and it is scientifically explained.", "subject: Reiki", "C", "unqualified no-side-effects claim"),
], g='G')

P("http://amyblyth.blogspot.com/2007/12/healer-or-fraudster.html", "journalist's blog: interview with a Reiki master", [
 ("I spend almost an hour listening to her incredible stories of miraculous healing - and I mean that in the 'that's impossible' sense.", "", "", "sceptical narrative"),
 ("Elaine says : \"he just knew it was the Reiki we were sending him that cured him.\"", "", "", "reported claim, the writer does not endorse it"),
 ("Now, I'm not a believer in things like this, in spiritual healing, ghosts, acupuncture or even God.", "", "", ""),
], g='B')

P("http://explaininglifesmysteries.blogspot.com/2009/01/reiki.html?showComment=1488587183464", "personal blog post on Reiki", [
 ("Many doctors still call it pure “quackery”…that’s what I call most physicians.", "", "", "distrust of doctors without steering; hard call"),
 ("What Reiki does is “cure” or “partially cure” illnesses, physical disabilities, mental disabilities, etc. on a non-medical level.", "", "C", "cure stated as fact"),
 ("It has to be taken seriously as there are thousands of documented records of curing such things as inoperable brain cancer, pancreatic cancer, scoliosis, paralysis, appendicitis, etc.", "", "CS", "cure claim for cancers plus a vague count without source"),
 ("It does not involve the use of drugs or surgery in any manner.", "", "", ""),
], g='B')

P("https://remedyguru.com/?p=3188", "remedy site adapting a Reader's Digest guide on Reiki", [
 ("Any mental, physical or spiritual distress can be treated.", "", "", "treatment claim without cure wording"),
 ("Healers will not promise results or claim cures in accordance with the normal ethical approach to their art & practice which is expected by those they try to help.", "", "", ""),
 ("Because the patient does not have to participate actively, Reiki is said to be particularly suitable for babies, young children and animals, for very ill or unconscious patients, or for the mentally challenged.", "", "", "reported"),
], g='G')

P("http://www.thereiki.com/does-reiki-work", "Reiki practitioner's site with a client testimonial", [
 ("Nowadays, medicine and physical therapy don’t seem to be enough for ridding ourselves of diseases.", "", "", ""),
 ("Reiki is a Japanese form of healing which uses spiritual energy, or Ki to heal a patient’s organs and make them function properly.", "", "", "description of the method; hard call"),
 ("The following day I was pain free.", "client testimonial on the practitioner's page (torn knee cartilage)", "C", "endorsed testimonial of a complete result; hard call"),
 ("I will continue with Reiki because it is so effective and the results immediate.", "client testimonial", "", ""),
], g='A')

P("https://joyundiluted.com/articles-videos/healing-tools/45-reiki-is-now-reaching-the-top-hospitals-in-the-us", "personal wellness blog on Reiki in hospitals", [
 ("It creates deep relaxation, helps speed healing, and reduces pain.", "", "", ""),
 ("Practices like Reiki are being integrated into mainstream hospitals - slowly but surely.", "", "", ""),
], g='B')

P("https://everyevery.ng/benefits-of-moringa-miracle-tree/", "Nigerian content site: benefits of moringa", [
 ("Its leaves, seeds, flowers and roots have been used to solve countless diseases over centuries, diseases like; high blood pressure, diabetes, joint pains, heart diseases, infections and the list goes on and on.", "", "", "reported traditional use"),
 ("It has been scientifically proven that the Moringa plant is enriched with seven times the amount of vitamin c found in oranges, fifteen times the amount of potassium found in bananas and three times the amount of iron found in spinach.", "", "S", ""),
 ("They are popularly known for their anti-carcinogenic properties that limit or stop the growth of cancerous cells.", "", "", ""),
], g='G')

P("http://www.buenastareas.com/ensayos/Tareitas/461245.html", "essay-sharing site: health benefits of moringa (run-together words as on the page)", [
 ("Research has proved that various parts of the moringa tree can be used to cure a minimum of 300 diseases.", "", "CS", "cure claim plus unsupported research figure"),
 ("• It contains four times more Vitamin A or beta-carotene than carrots.", "list item", "S", ""),
 ("• If moringa leaves were to be eaten by one and all, the world will be free of anemia as it contains three times more iron thanspinach.", "list item", "C", "guarantee of a result (no more anaemia); hard call"),
], g='G')

P("https://www.vahdam.com/blogs/news/moringa-powder-how-to-use-benefits-precautions", "tea seller's blog: moringa powder", [
 ("Given its high nutritional value and little-known side effects, it has been used as a treatment for and management of various diseases.", "", "", ""),
 ("Every part of this tree has benefits, however, before consumption, especially if one is already taking some medication, it is best to consult a medical practitioner.", "", "P", ""),
], g='S')

P("https://naturenews.africa/amp/how-to-treat-diabetes-and-joint-pains-with-moringa", "African news site: moringa for diabetes and joint pains", [
 ("When used for diabetes and joint pains treatment, moringa can be added to soup or be taken as tea.", "", "", ""),
 ("The dosage of moringa should be one teaspoon regularly which is equivalent to 2 grams.", "same section: don't take moringa during orthodox treatment except so directed by your doctor", "", "dose with a doctor caveat in the same section; hard call"),
 ("But it is important that you don’t take moringa when undergoing treatment with Orthodox medicine, except so directed by your doctor.", "", "P", "double negation pointing to the doctor; hard call"),
 ("Hence, it would be pertinent to ask your doctor if it is safe to take Moringa if you are taking such medications.", "", "P", ""),
], g='N')

P("https://www.biochron.net/en/black-seed-oil-benefits-post21", "supplement guide with evidence grades: black seed oil", [
 ("Proven Anti-Inflammatory Power: Black seed oil contains thymoquinone, a compound that reduces inflammation markers by up to 45% in clinical studies[Evidence: B][1]", "", "", "footnoted"),
 ("Safe Dosage Range: Most clinical evidence supports 1-3 grams (approximately 1/2 to 1 teaspoon) daily for adults, taken with food to minimize digestive discomfort[Evidence: B][3]", "next item: consult your healthcare provider before use if you take prescription medications", "", "descriptive, footnoted, consult caveat in the section"),
 ("Important Caution: May interact with blood thinners and diabetes medications; consult your healthcare provider before use if you take prescription medications[Evidence: D][4]", "", "P", ""),
], g='S')

P("https://naturalgrocers.com/article/black-seed-oil", "natural grocery chain's article on black seed oil", [
 ("It was found in King Tut’s tomb, it is mentioned in the Hebrew bible, and the Prophet Mohamed is reputed to have said it was a cure for everything, except death.1", "", "", "reported saying, footnoted"),
 ("Valued as a spice and preservative, black seeds and their oil were traditionally used as a medicine for disorders of the respiratory system, digestive system, kidneys, liver, cardiovascular system, and immune system.2", "", "", ""),
], g='S')

P("https://doublehelical.com/?p=1238", "health magazine article by a doctor: natural way to cure diabetes", [
 ("Natural Way to Cure Diabetes", "headline", "C", "nominal cure heading stated as fact"),
 ("Diabetes can be cured with out any medication including insulin.", "", "CM", "cure claim that also tells readers insulin is unnecessary; hard call on M"),
 ("There is a need to educate and help people to get rid of these harmful drugs.", "", "M", "urges getting people off their prescribed medicines; hard call"),
 ("All these allopathic medication are chemicals which have many side effects too.", "", "", ""),
], g='N')

P("https://doctornishal.com/2015/08/01/diabetes-mellitus-madhu-meha-ayurvedic-healing-by-dr-nishal-r/", "Ayurvedic practitioner's blog: treating diabetes naturally", [
 ("In this article, I will go through multiple clinically-proven herbal, mineral and dietary remedies for Diabetes Type 1 and Type 2.", "", "S", "'clinically-proven' without a source; hard call"),
 ("2. Reduce Blood Sugar Spikes & Need For Insulin.(Type 1 & 2)", "list under: In treating Diabetes, I recommend the following methods", "M", "recommends cutting insulin need, type 1 included, no caveat; hard call"),
 ("3. Consume Insulin Alternatives (Type 1 & 2)", "list under: In treating Diabetes, I recommend the following methods", "M", "recommends alternatives to insulin, type 1 included"),
], g='A')

P("https://ajnabiya.wordpress.com/2018/01/09/curing-diabetes-the-natural-way/", "personal blog: curing diabetes the natural way", [
 ("Unfortunately many people don’t know that there are ways you can control and even reverse (not always) diabetes the natural way before moving up to the big guns from the Dr.", "", "", "hedged ('not always')"),
 ("Diabetes is a completely preventable and reversible condition, and with diet and lifestyle changes, you can greatly reduce your chances of getting diabetes or reverse the condition even if you’ve already been diagnosed.", "", "C", "'completely ... reversible' stated as fact; hard call"),
], g='B')
