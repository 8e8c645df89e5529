# sent43 batch 3: HIV fact-check, COPD, Alzheimer's reversal, MRSA, diabetes technology, insomnia CBT-I, paralysis, psoriasis, vaccines, TB, MCED tests, tirzepatide
from lib import P
P("https://this.kiji.is/738833141276999680", "news fact-check: tonic of leaves cannot cure HIV", [
 ("This tonic of leaves cannot cure HIV", "headline", "", "debunking"),
 ("A YouTubevideo with over a hundred thousand views claims that “HIV patients can be cured within 9 weeks if they daily take a health drink which is made up of Indian date leaves, sacred fig leaves and Cynodon leaves”.", "", "", "reported claim being debunked"),
 ("However, there is no scientific evidence to prove this.", "", "", ""),
 ("“No health drink can help anyone to cure HIV/AIDS.", "quoted HIV physician", "", ""),
], g="N")
P("https://www.newlifeticket.com/your-health/top-10-natural-treatment-for-copd/", "content site: natural treatment for COPD", [
 ("If you are a smoker and you have already been diagnosed with COPD, then the first step for you to take is to quit smoking.", "", "", ""),
 ("Considering the aforementioned dangers of smoking, it is an infallible fact that a COPD patient who smokes has little or no chance of surviving the disease.", "", "", ""),
 ("So, do yourself a favor by quitting smoking first and foremost.", "", "", ""),
], g="G")
P("http://s3.amazonaws.com/endherpes/herbal-treatments-for-copd.html", "spam page: herbal treatments for COPD", [
 ("Herbal remedies have become quite popular nowadays as a remedy for COPD because of their minimal side effects.", "", "", "'minimal', not 'no'"),
 ("Also, herbs prove to be safer than conventional medications for long term use looking at the chronic condition of the disease.", "", "", "comparative safety"),
 ("Although astralagus is generally considered safe for adults, people on immune-suppressing drugs should consult the doctor prior to using astralagus root as a remedy for COPD.", "", "P", ""),
], g="G")
P("https://altnews.org/2020/03/10-potent-herbs-to-protect-your-respiratory-system/", "alternative news repost (Natural News): herbs for the respiratory system", [
 ("For instance, chronic obstructive pulmonary disease (COPD), an incurable lung disease, can make it difficult for an individual to carry out basic physical activities like walking or going up the stairs.", "", "", ""),
 ("However, synthetic drugs and antibiotics cause side effects that can worsen the symptoms of respiratory conditions, such as allergic reactions, nausea, shortness of breath and irregular heart rate.", "", "", "disparages drugs, no instruction"),
], g="N")
P("http://drdahlman.com/reversal-of-cognitive-decline-from-diet-change-and-natural-supplements/", "holistic doctor's blog: reversal of cognitive decline", [
 ("Reversal of cognitive decline from diet change and natural supplements has proven to be possible after the results of a small study were published.", "", "C", "hard call: presents reversal as proven"),
 ("More than 5 million people have Alzheimer’s disease in the US and that number is expected to hit 16 million by 2050.", "", "S", ""),
 ("It is the sixth leading cause of death killing more people than prostate and breast cancer combined.", "", "S", ""),
 ("And always with stunning results.", "previous sentence: holistic practitioners start patients on an aggressive natural supplementation program", "C", "'always' guarantees a result"),
 ("And, according to traditional medicine, there is no way to prevent, slow or stop its progression.", "", "", ""),
], g="A")
P("https://faim.org/brain-breakthrough", "alternative-medicine foundation article: brain breakthrough", [
 ("Alzheimer’s and cognitive decline are reversed using this revolutionary natural program", "heading", "C", ""),
 ("Plan to reverse Alzheimer’s naturally is revealed!", "heading", "C", ""),
 ("Estimates are that by 2050 these problems could affect 51% of those over the age of 65.", "the paragraph ends with footnote marker 1", "", "footnote marker in paragraph"),
 ("But no matter what you’ve been led to believe Alzheimer’s disease, dementia and cognitive decline are not a normal part of aging, and they are preventable.", "", "", "prevention promise: not counted under the narrow definition"),
 ("Despite los federales “approval” of various patent medicines to treat Alzheimer’s disease, none are very effective.", "", "", ""),
], g="A")
P("http://dremilykane.com/2016/10/", "naturopath's blog archive: Bredesen protocol", [
 ("No drugs have worked.", "about mild cognitive impairment and Alzheimer's", "", ""),
], g="A")
P("https://www.mylonghealthylife.com/is-alzheimers-reversible/", "personal blog: is Alzheimer's reversible", [
 ("There are no drugs available to cure Alzheimer’s by dissolving the plaques or untangling the tau protein.", "", "", ""),
 ("Alzheimer’s is a progressive form of dementia, meaning that the person with Alzheimer’s will suffer an ever-diminishing ability to function mentally, emotionally and – eventually – physically because physical activity is directed by one’s neurological equipment.", "list item", "", ""),
], g="B")
P("https://vitoli.ca/en/prevent-or-reverse-alzheimers-disease/", "supplement shop blog: prevent or reverse Alzheimer's", [
 ("It is called reversal because the symptoms of the early stages can be reversed.", "", "C", "hard call: unqualified reversal claim on a seller's blog"),
 ("We could group the risks under three main groups: genetics (involved more strongly in about 30% of cases), lifestyle (particularly those that influence blood pressure and insulin resistance), and the use of certain medication (which would explain up to 10% of cases; sleeping pills and severe anticholinergics).", "", "S", ""),
 ("The brain consumes 20 to 25% of our calories.", "", "S", ""),
 ("Many people think that the disease is genetic and that nothing can be done about it.", "", "", ""),
], g="S")
P("https://www.wingsets.com/blogs/snippet-know/3145432-worried-about-mrsa", "essential-oil shop blog: MRSA", [
 ("Essential oils are powerful and have been proven to kill MRSA.", "next sentence quotes Jane Buckle, Clinical Aromatherapy in Nursing", "", "hard call: killing bacteria in a dish is not a cure claim; a book is quoted"),
 ("If you're not, you probably should be at least aware of it.", "", "", ""),
], g="S")
P("https://healthimpactnews.com/tag/essential-oils/page/4/", "alternative news tag page: essential oils", [
 ("As the battle against superbugs like MRSA and other hospital-acquired infections rages on, researchers have determined that oils derived from plants outperform the antiseptic chlorhexidine and even ethanol in the inhibition of antibiotic-resistant bacteria.", "", "S", ""),
 ("Why Essential Oils Heal and Drugs Don’t", "heading", "", "hard call: no condition named"),
 ("Drugs depress the immune system.", "", "", ""),
], g="A")
P("http://www.eduardolife.com/blog/2014/5/14/mrsa-cases-double-in-five-years-while-natural-solution-is-overlooked", "personal blog: MRSA and essential oils", [
 ("Sometimes smart and scientifically proved solutions aren't made available to the public just because there isn't a capital gain.", "", "", ""),
 ("The growing body of evidence suggests that unmatched tools in the fight against MRSA can be found in essential oils.", "", "S", ""),
 ("These potent botanical extracts exhibit significant antiviral and antibacterial effects that have been clinically proven in hundreds of scientific studies.", "", "S", ""),
], g="B")
P("http://www.bkherb.com/news/t260/", "herbal extract supplier news: essential oils for superbugs", [
 ("Various scientific studies have demonstrated that essential oils are not only well tolerated, but also are efficacious against a range of bacterial and fungal species.", "", "S", ""),
 ("Drug-resistant strains such as meticillin-resistant Staphylococcus aureus (MRSA) are exceedingly difficult to treat.", "", "", ""),
], g="S")
P("http://carvacrol.co/can-oregano-oil-eradicate-mrsa.html", "oregano-oil affiliate site: can oregano oil eradicate MRSA", [
 ("Can Oregano Oil Eradicate MRSA?", "title", "", "question"),
 ("If you have a healthy immune system, the wound will heal easily if you keep it clean and bandaged.", "", "", "hard call: clinical description of minor skin infection"),
 ("Medical scientists believe that MRSA developed because of the pervasive use of antibiotics, general dislike of tablets and genetic selection.", "", "", ""),
], g="S")
P("https://www.findhealthremedies.com/best-home-remedies-for-mrsa/", "home-remedy site: best home remedies for MRSA", [
 ("These bacteria are indestructible by commercial antibiotics.", "", "", "false, but no instruction"),
 ("Natural substances work the best since they actually manage to destroy the dreaded bacteria.", "", "C", "hard call: claims natural substances eradicate the infection"),
 ("Apply regularly three times daily and within no time the blisters and sores will dry and heal nicely.", "about manuka honey on MRSA blisters", "C", "guaranteed healing"),
 ("Boil some fresh leaves in some water for ten minutes.", "", "", "recipe"),
], g="G")
P("https://guardianlv.com/2014/05/antibiotics-friend-or-foe/", "news site: antibiotics, friend or foe", [
 ("Oxadiazoles are a new class of anti-bacterial drugs which are seemingly showing promise in the treatment of MRSA in mice.", "", "", ""),
 ("This is considered a major breakthrough, although not a cure.", "", "", ""),
 ("Ultimately, the superbug’s children will be defiantly resistant to all medications, due to the radical mutations that have occurred.", "", "", ""),
], g="N")
P("https://www.ocregister.com/2014/01/27/diabetes-and-technology-continuous-glucose-monitors-and-pumps/", "newspaper: diabetes technology", [
 ("New technologies can help people with diabetes to monitor and control their blood glucose and live healthy, active lives.", "", "", ""),
 ("The sensor requires replacement every three to seven days and can only be prescribed by your health care provider.", "", "", ""),
], g="N")
P("https://sutterhealth.org/services/diabetes/auburn-continuous-glucose-monitoring", "health system page: continuous glucose monitoring", [
 ("As far as they’ve come, CGM systems are not right for everyone.", "", "", ""),
 ("But if you’re giving yourself daily insulin injections and still struggling to keep blood glucose within range, a CGM device may improve your quality of life.", "", "", ""),
 ("A CGM systems is ordered when deemed appropriate by your endocrinologist or your diabetes clinic doctor.", "", "", ""),
], g="H")
P("https://teenhealthinsight.com/diabetes-technology-in-action/", "health education site: diabetes tech tools", [
 ("For specifics on how often to change your sensor or set, what your particular tool can do, and how to use its features, always check with your medical team and your device’s official brand information.", "", "P", ""),
 ("Technology can make living with diabetes easier and safer.", "", "", ""),
], g="G")
P("https://www.ontrackdiabetes.com/blood-glucose/insulin-pump-continuous-glucose-monitors-control-blood-glucose-levels", "diabetes health portal: insulin pumps and CGMs", [
 ("This article provides clear information on insulin pumps and continuous glucose monitors so that you can talk to your diabetes treatment team about these diabetes devices.", "", "P", "hard call: prompts the reader to talk to the treatment team"),
 ("Many people with diabetes report that continuous glucose monitors and insulin pumps help them reduce their average blood glucose and drive down their hemoglobin A1c scores.", "", "", "reported"),
 ("Some people who use these sensing and pumping systems are even able to reduce their blood glucose to levels close to those of non-diabetics.", "", "", ""),
], g="H")
P("https://healthytoday.news/diabetes/story/cm/tech-diabetes-care-more-seamless", "health news: advances in diabetes technology", [
 ("Even if your doctor prescribes you a CGM, there's no guarantee that your insurance will cover it.", "", "", "'guarantee' about insurance"),
 ("Most personal CGMs are only available with a prescription from your doctor, but you can buy one FDA-approved biosensor (Stelo made by Dexcom) over the counter.", "", "", ""),
 ("Your doctor may loan you a CGM.", "", "", ""),
], g="N")
P("https://mymlc.com/health-information/articles/i/insomnia-treatment-cognitive-behavioral-therapy-instead-of-sleeping-pills?section=Insomnia+and+other+disorders", "medical centre health library: CBT for insomnia", [
 ("If you have a condition or medication that's linked to insomnia, talk to your doctor about how best to manage these along with sleep problems.", "", "P", ""),
 ("Insomnia is unlikely to get better without treatment.", "", "", ""),
 ("Some medications, including over-the-counter medications, also can contribute to insomnia.", "", "", ""),
], g="H")
P("https://www.biospace.com/article/around-the-web/study-backs-therapy-over-sleeping-pills/", "industry news: study backs therapy over sleeping pills", [
 ("You may be tempted to reach for a sleeping pill if you continually have trouble nodding off, but a small new study indicates you might be better off with cognitive therapy.", "the paragraph names the lead researcher and his centre", "", ""),
 ("But because the study is so small, another expert is far from convinced that it will put the debate to rest anytime soon.", "", "", ""),
], g="N")
P("https://www.bns53.com/paralysis/", "general site: paralysis", [
 ("Paralysis is a type of arthritis.", "", "", ""),
 ("If the patient affected by this disease is not treated properly either dies or remains disable for ever.", "", "", ""),
 ("In an advance country like America nearly 50 lakh people are affected by paralysis.", "", "S", ""),
], g="G")
P("http://ayurveda-treatment-hospital.com/nerve-disorders-paralysis-recovery/", "Ayurveda hospital page: paralysis recovery", [
 ("Drinking 20-40 ml. liter radish oil two to three times a day also helps to cure paralysis.", "", "O", "'helps to cure' hedged; amount plus frequency"),
 ("Mix 625 milligram of black pepper powder and 625 milligram of sunti powder with honey and take it twice or thrice a day.", "", "O", ""),
 ("This cures the distorted shape of the face of a person affected by paralysis.", "", "C", ""),
 ("Take 1-2 grams regularly it will help.", "about a herbal syrup", "O", "hard call: 'regularly' as the frequency"),
 ("Paralysis can be cured through various treatment methodologies used in Allopathy, Homeopathy and Ayurveda.", "", "C", ""),
], g="A")
P("https://suriraghuram.com/diseases_view/Paralysis-Stroke", "Ayurveda doctor's page: paralysis and stroke", [
 ("Allopathy is very helpful when acute treatment is concerned and can prevent further damage.", "", "", ""),
 ("However, it is very poor in after stages of recovery.", "", "", ""),
 ("Ayurveda has proven medicines and can help you to make you come back to your normal or near normal life.", "", "", "hard call: 'can help'"),
 ("Call ambulance and shift the patient as early as possible to a neuro specialty hospital or any major hospital you remember.", "", "P", ""),
 ("Stroke is a medical emergency condition.", "", "", ""),
], g="A")
P("https://ndprivatelimited.com/userview/viewtreatment.aspx?pid=Paralysis", "Ayurveda company treatment page: paralysis", [
 ("The patients with paralysis can be successfully treated with Ayurveda.", "", "", "treatment claim without cure wording"),
 ("To this day, Ayurvedic line of treatment stands to be one of the most effective protocols to treat paralysis naturally.", "", "", ""),
], g="S")
P("http://zerosize.org/spl-advanced-treatment-for-stroke-paralysis/", "Ayurveda clinic page: stroke and paralysis", [
 ("The line of treatment is to bring back the motor and sensory functions of the brain.", "", "", ""),
 ("The internal medicines boost the blood supply and natural antioxidants increase the oxygenation to the brain, rejuvenates the brain cells and decrease the cell death.", "", "", ""),
], g="A")
P("https://aprasuayurveda.com/Blog.aspx?Ayurvedic-centre=How%20to%20Cure%20Paralysis%20with%20the%20Help%20of%20Ayurveda", "Ayurveda centre blog: how to cure paralysis", [
 ("How to Cure Paralysis with the Help of Ayurveda", "title", "C", "title of a centre's blog promising a cure"),
 ("In Ayurveda, Panchkarma is used to cure paralysis.", "", "", "hard call: reported use"),
 ("Ayurveda is very cheap in comparison to allopath for its' treatment.", "", "", ""),
], g="A")
P("http://www.curemycondition.com/most-effective-treatment-for-psoriasis/psoriasis-cures-quick-weight-loss-diet-guide/", "content site: psoriasis cures", [
 ("There is no known way to permanently cure psoriasis, which is a chronic disease, but there are several temporary cures that will clear up a current condition.", "", "", ""),
 ("Your doctor may prescribe a combination of oral medication with phototheraphy and topical medications.", "", "", ""),
], g="G")
P("https://www.albertharris.me/how-to-beat-psoriasis-without-drugs/", "personal blog: beat psoriasis without drugs", [
 ("There are a few sellers who claim they do have a cure but believed expert medical opinion disagrees.", "", "", ""),
 ("Not every individual suffers from these side effects but careful observation by medically qualified professionals is very important.", "", "P", "hard call: passive recommendation of professional monitoring"),
 ("If you would like to avoid the hazards of these drugs, there are a variety of ways of getting relief, based on which sort of psoriasis it is and where it is.", "about steroid and steroid-sparing drugs", "M", "hard call: offers replacements for prescribed drugs with no consult caveat"),
], g="B")
P("https://austria-en.psorilax.eu/article/61_psoriasis%20treatment", "psoriasis product site article", [
 ("How to get rid of psoriasis forever", "title", "C", "hard call: seller's heading; the body says no complete cure"),
 ("At the moment, doctors tend to answer that it is impossible to get a complete cure.", "", "", ""),
 ("When asked whether it is possible to die from psoriasis, doctors respond negatively.", "", "", ""),
], g="S")
P("https://www.mcmh.us/faq-items/is-the-vaccine-safe/", "hospital FAQ: is the vaccine safe", [
 ("By the time a vaccine reaches consumers, the risk of a negative outcome is very low.", "", "", ""),
 ("Guidelines around this are very stringent, and too many or too severe events will cause a vaccine to be terminated during initial trials.", "", "", ""),
], g="H")
P("https://www.e-sathi.com/blogs/164839/Are-vaccines-safe", "community blog: are vaccines safe", [
 ("Vaccination is safe, and side effects, such as a painful arm or a low fever, are usually small and short.", "", "", "qualified in the sentence"),
 ("Serious side effects are conceivable, but they are quite uncommon.", "", "", ""),
], g="G")
P("https://www.ppmco.org/faq/are-vaccines-safe/", "paediatric practice FAQ: are vaccines safe", [
 ("Vaccines are very safe.", "answer to 'Are vaccines safe?'; the next sentences say side effects are minor and serious ones very rare", "", "hard call: qualified in the same answer"),
 ("Serious side effects, like allergic reactions, are very rare, and doctors are trained to treat them.", "", "", ""),
], g="H")
P("https://www.calhospital.org/headlines/report-vaccines-safe-side-effects-rare", "hospital association news digest (USA Today)", [
 ("Common childhood immunizations do not cause chronic diseases such as autism and diabetes, finds a new expert report that may ease parents’ fears about the safety of vaccines.", "", "", ""),
 ("While all drugs have side effects, the report notes that vaccine-related complications are extremely rare.", "", "", ""),
 ("Overall, vaccines’ enormous benefits far outweigh the risks, says study co-author S. Claiborne Johnston of the University of California-San Diego.", "", "", ""),
], g="N")
P("https://1drugstore-online.su/tag/vaccine-safety", "spam pharmacy tag page: vaccine safety", [
 ("Also known as immunization safety, it's not about eliminating all risk—it's about making sure the benefits far outweigh any possible harm.", "", "", ""),
 ("Many people worry about side effects they read online, while others dismiss real concerns because they’ve heard \"vaccines are perfectly safe\"—a phrase that sounds reassuring but doesn’t help when you’re trying to make a personal decision.", "", "", "quotes a safety claim to criticise it"),
 ("Measles vaccines are 97% effective after two doses.", "", "S", ""),
], g="S")
P("https://doctor.ndtv.com/tuberculosis/can-natural-remedies-help-cure-tuberculosis-8451840", "news health section: can natural remedies cure TB", [
 ("Natural remedies can aid in symptom management and help strengthen immunity, but they cannot cure TB.", "", "", ""),
 ("Relying solely on home remedies can delay recovery and increase risk of drug resistance.", "", "", ""),
 ("According to the World Health Organisation (WHO), TB claimed 1.3 million lives in 2022 alone, with India accounting for over 28% of global cases.", "", "", ""),
 ("While it may support the immune system, no clinical studies confirm garlic alone can treat tuberculosis.", "", "", ""),
], g="N")
P("https://www.friendlies.com.au/tuberculosis", "pharmacy chain condition page: tuberculosis", [
 ("If you have TB (in its active or dormant state) you must seek conventional medical treatment.", "", "P", ""),
 ("If you have TB, you must go to a doctor.", "", "P", ""),
 ("Alternative therapies may help alleviate some symptoms of the disease, but they cannot replace medical treatment.", "", "", ""),
 ("If you receive proper care and treatment the organisms can lay dormant forever.", "", "", ""),
], g="H")
P("https://goherbalistic.com/herbal-remedies-for-tuberculosis-a-natural-approach-to-healing", "herbal blog: herbal remedies for TB", [
 ("While modern medicine and antibiotics are the primary treatments for TB, herbal remedies have gained recognition as complementary therapies.", "", "", ""),
 ("While antibiotics like Rifampin and Isoniazid are mandatory for tackling TB bacteria, herbal remedies can significantly complement medical treatment for faster recovery.", "", "", ""),
], g="A")
P("https://rxcanadapharm.su/tuberculosis-exploring-traditional-medicine-s-role-in-modern-tb-care", "spam pharmacy blog: TB and traditional medicine", [
 ("Tell that to the 7.5 million people diagnosed with it in 2022, according to the World Health Organization.", "", "", ""),
 ("Here’s a mind-boggling fact: about a quarter of the world’s population carries latent TB infection.", "", "S", ""),
 ("Certain groups are sitting ducks—people with HIV, folks whose nutrition is shaky, those in overcrowded housing, and, yes, anyone who skips medications.", "", "", ""),
], g="S")
P("https://clique2click.com/home-remedies-for-tuberculosis/", "content site: home remedies for tuberculosis", [
 ("Between 20 to 30% of people exposed to a person with active TB become infected.", "", "S", ""),
 ("Before the discovery of certain antibiotic drugs in the 1940s, TB was the leading cause of death in the United States.", "", "", ""),
], g="G")
P("https://www.healthytipsbyus.ga/2013/11/tuberculosis-home-remedies.html", "personal blog: tuberculosis home remedies", [
 ("Garlic  is a wonderful herb for tuberculosis since it contains many vitamins, calcium, iron, phosphorus, iodine and even a few trace minerals.", "", "", ""),
 ("Thus two to three cloves of garlic  or  one to two teaspoonfuls of garlic juice are given to the patient daily.", "", "O", "hard call: remedy amount with frequency for a TB patient"),
 ("A teaspoonful of fresh mint juice mixed with two teaspoonfuls of pure malt vinegar and an equal quantity of honey should be stirred in 120 ml of carrot juice and given to the patient thrice daily.", "", "", "recipe"),
], g="B")
P("https://en.physicalmedicinecorona.com/berbagai-macam-pengobatan-alami-untuk-mengatasi-gejala-tbc", "content site: natural remedies for TB", [
 ("The United States Centers for Disease Control and Prevention, CDC, advise tuberculosis sufferers not to abandon medical treatment prescribed by doctors to prevent the disease from becoming more serious.", "", "", "warning against stopping"),
 ("Meanwhile, there are no herbal medicines that have the same ability as antibiotics to cure tuberculosis.", "", "", ""),
], g="G")
P("https://mastodawn.com/post/116134791181726394", "social media post with a news link", [
 ("A new study found that multi-cancer blood tests can signal cancer incorrectly up to 10% of the time, leading to more tests for patients.", "the post links the news article", "", "linked"),
], g="F")
P("http://fundacioncreerrama.org/index-3821.html", "repost of biotech news: false-positive rates", [
 ("In data at the ASCO meeting last week, Grail showed a 1 percent false-positive rate.", "", "", "attributed to a named company's data at a named meeting"),
 ("While that number seems likely to go down, even such a low rate can make a significant difference for patients.", "", "", ""),
], g="N")
P("https://www.smsbiotech.com/2020/07/20/blood-test-detects-over-50-different-cancers/", "biotech news post: blood test detects 50 cancers", [
 ("The test detected more than 50 cancers at a specificity of 99.3%, across all stages, and identified the tissue of origin (where the cancer is located in the body) with high accuracy when a cancer signal was detected.", "", "S", ""),
 ("The low false-positive rate of less than 1% reduces unnecessary anxiety and the costs and medical risks of unneeded follow-up procedures.", "", "S", ""),
], g="N")
P("https://privatemd.clinic/blog/multiomic-cancer-detection-guide.html", "private clinic blog: multi-cancer detection tests", [
 ("The technology is real, the published data is more interesting than the marketing suggests, and the question of whether a particular patient should take one is more nuanced than yes-or-no.", "", "", ""),
 ("The technology is not FDA-approved.", "", "", ""),
], g="H")
P("https://cancerexplained.org/news/multi-cancer-early-detection-blood-tests", "cancer explainer site: MCED tests", [
 ("For questions about your own health, talk with your healthcare team.", "in the page's educational-only note", "P", "hard call: affirmative prompt inside a disclaimer note"),
 ("Crucially, NCI states plainly that whether MCED tests are effective for cancer screening in people without symptoms is unknown and needs to be assessed through randomized clinical trials.", "", "", ""),
 ("The trial did not meet its primary goal: adding the blood test to usual care did not significantly reduce late-stage (stage III and IV) cancer diagnoses overall.", "", "", "the named NHS-Galleri trial"),
], g="G")
P("https://ro.co/weight-loss/zepbound-safe-safety", "telehealth seller article: is Zepbound safe", [
 ("Zepbound is considered safe and effective when used as prescribed.", "", "", "qualified"),
 ("The good news is that Zepbound has been studied extensively, with solid scientific evidence supporting its safety and effectiveness.", "", "S", "hard call: uncited evidence claim"),
 ("Mild side effects like nausea and constipation are common but manageable and usually improve over time.", "", "", ""),
], g="S")
P("https://tophealthinfo.com/the-new-obesity-drugs-work-but-its-a-dilemma-when-people-have-to-stop-taking-them/", "health news repost: stopping obesity drugs", [
 ("There are lots of reasons people have to stop taking the new weight loss drugs: cost, shortages, side effects and life events.", "", "", "reported behaviour"),
 ("And the weight usually comes back, doctors say.", "", "", ""),
], g="N")
P("https://www.pocketpills.com/drug/zepbound", "online pharmacy drug page: Zepbound", [
 ("Before you begin using a medication, be sure to inform your doctor of any medical conditions or allergies you may have, any medications you are taking, whether you are pregnant or breast-feeding, and any other significant facts about your health.", "", "P", ""),
 ("If you experience symptoms of dehydration, such as thirst, decreased urine or tear production, dizziness or headaches, contact your doctor.", "", "P", ""),
 ("Tirzepatide has been associated with an increase in gallstone formation.", "", "", ""),
 ("If you experience symptoms of gallstones, such as nausea and vomiting, pain under the right shoulder or between the shoulder blades or severe abdominal pain, contact your doctor as soon as possible.", "", "P", ""),
], g="H")
P("https://thyroidndt.com/products/semaglutide-rybelsus-novo-nordisk-14mg-30-tablets-copy", "online shop product page selling a GLP-1 drug", [
 ("These side effects are typically more common when first starting the medication and may lessen over time.", "", "", ""),
 ("If you experience these symptoms, contact your healthcare provider immediately.", "about pancreatitis symptoms", "P", ""),
 ("Tirzepatide has been associated with an increased risk of thyroid tumors in animal studies.", "", "", ""),
], g="S")
P("https://bmidoctors.com/is-tirzepatide-safe-for-weight-loss-a-deep-dive-into-side-effects-and-real-results", "telehealth weight-loss seller article", [
 ("Many people are calling it one of the most promising drugs for obesity treatment in years, but with its growing popularity comes an important question: Is tirzepatide safe for weight loss?", "", "", ""),
 ("Since then, studies have shown that it can also help people who do not have diabetes lose a large amount of body weight—sometimes as much as 15–20% of their starting weight.", "", "S", ""),
], g="S")
P("https://novusstudio21.wixsite.com/novusstudio/product-page/tirzepatide", "web-builder shop selling tirzepatide", [
 ("In most cases, the side effects were rated as mild to moderate in intensity.", "the list above carries reference markers 6,7", "", ""),
 ("Tirzepatide is administered at a slowly increasing dose to reduce the potential for side effects.", "", "", ""),
 ("If you have a personal or family history of thyroid cancer, let your doctor know before you take tirzepatide.", "", "P", ""),
], g="S")
