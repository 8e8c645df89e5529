# sent33 batch 3: blood pressure and beetroot, COVID protocols, pneumonia at home, natural antibiotics
from lib import P
P("http://bigkidlittlekid.net/dadhealth/is-beetroot-the-new-cure-for-high-blood-pressure/", "dad blog: is beetroot the new cure for high blood pressure?", [
 ("Anything to help me to avoid having to take medication for the rest of my life.", "", "", "personal wish, no advice"),
 ("They provided a study, conducted at the Queen Mary University of London and using Beet It products, that has found that hypertensive patients who drank 250ml of beetroot juice a day significantly lowered their blood pressure.", "", "S", "hard call: study named by institution only, no journal, author or date"),
 ("And I’m willing to take a chance seeing as the only side-effect they discovered was that your pee and poo will turn pink.", "", "", ""),
], g="B")
P("https://ntro.it.com/can-i-drink-beet-juice-while-taking-blood-pressure-medication-a-nutritional-guide", "content site: can I drink beet juice while taking blood pressure medication?", [
 ("Combining beet juice with blood pressure medication can have an additive effect, potentially leading to blood pressure dropping too low (hypotension).", "", "", ""),
 ("Consult your doctor immediately if you experience these symptoms after consuming beet juice and reduce your intake.", "", "P", ""),
 ("Never change your medication regimen without medical guidance.", "list item: Do not replace medication: Beet juice should complement, not replace, your prescribed medication.", "P", "double negation counts as a consult prompt; a warning against changing medicines, not medication advice"),
], g="G")
P("http://tastycraze.com/n5-72129-Juice_from_Beetroots_Instead_of_Blood_Pressure_Pills", "food content site: juice from beetroots instead of blood pressure pills", [
 ("Juice from Beetroots Instead of Blood Pressure Pills", "page title", "M", "hard call: title tells readers to replace their blood pressure pills with juice; body reports a study"),
 ("Just 1 glass of beetroot juice per day is enough to lower high blood pressure.", "", "", "food intake, treatment claim without cure wording"),
 ("It's good for hypertensives even if their condition is kept under control by medical treatment, scientists from the University of London have found.", "", "", "attributed finding"),
 ("Researchers saw a 20% improvement in the blood pressure indicator of those individuals, as well as a lowered risk of cardiovascular diseases.", "", "S", "hard call: figure from a study identified only as 'scientists from the University of London'"),
], g="G")
P("https://www.journee-mondiale.com/en/?p=16198", "news-style content site: beetroot juice remedy lowers blood pressure in 60 days", [
 ("Researchers have identified a powerful beetroot juice remedy that consistently lowers blood pressure in just 60 days.", "", "", "hard call: treatment claim; no cure, guarantee or safety wording"),
 ("Studies show daily consumption can reduce systolic blood pressure by 4-8 mmHg within weeks – comparable to some prescription medications.", "", "S", ""),
 ("Research indicates that 250ml (about 8 ounces) daily provides optimal benefits.", "heading: How much beetroot juice should you drink?", "S", "hard call: reported research figure for a food, not counted as a dose"),
 ("When 58-year-old Michael Stevens was diagnosed with stage 1 hypertension, he was determined to avoid medication.", "", "", "narrative"),
], g="N")
P("https://covid19criticalcare.com/protocol/i-care-early-covid-treatment/?ref=lavieensante.com", "advocacy group protocol page: I-CARE early COVID treatment", [
 ("COVID-19 is a clinical diagnosis; a confirmed antigen or PCR test is not required.", "", "", ""),
 ("Patients should always consult with their provider before starting any medical treatment.", "heading: About this Protocol", "P", ""),
 ("Ivermectin: 0.4 to 0.6 mg/kg – one dose daily for at least 5 days or until symptoms resolve.", "list item under First Line Therapies; the protocol says it is guidance to healthcare providers", "", "hard call: regimen addressed to prescribers, with a consult caveat in the section"),
 ("If symptoms persist longer than 5 days, consult a healthcare provider.", "", "P", ""),
], g="A")
P("https://drzelenkonews.com/quercetin-is-a-zinc-ionophore-with-antiviral-activity-zelenko-covid-19-studies/", "doctor-branded news blog: quercetin as zinc ionophore (Zelenko)", [
 ("Zinc: Zinc is a known inhibitor of coronavirus replication.", "", "", ""),
 ("By extension, this readily available nontoxic therapy could be deployed at the first signs of COVID-19.19", "paragraph carries citation markers", "", "hedged ('could'), cited"),
 ("Zinc lozenges can be administered 5 times a day for up to 5 days and extended if needed if symptoms persist.", "", "", "frequency without an amount"),
], g="B")
P("https://texags.com/forums/84/topics/3224516/replies/60116639", "forum reply: COVID home treatment guidelines", [
 ("Also the American Journal of Medicine supports the guidelines laid forth in the Covid Home Treatment Guidelines.", "", "", ""),
 ("Either combination above must also include zinc sulfate or gluconate, plus supplemental vitamin D, vitamin C & B complex.", "", "", "no amount"),
 ("Monoclonal antibody therapy (tocilizumab) should also be started in stage 1.", "", "", "hard call: treatment recommendation to start a prescription drug, not stop/swap"),
], g="F")
P("https://covid.us.org/2020/09/10/prophylaxis-for-covid-19-prevention-protocols/", "COVID information site: prophylaxis protocols", [
 ("This cocktail is inexpensive, safe, and widely available.", "quoted MATH+ prophylaxis text, previous sentence: 'may have a role'", "C", "hard call: unqualified safety claim about a drug/supplement cocktail"),
 ("Elemental Zinc 25 mg once a day", "list item under Protocol for Low and Moderate Risk Patients (Dr. Zelenko prophylaxis)", "O", "consumer dose-table row"),
 ("Vitamin C 1000 mg once a day", "list item under Protocol for Low and Moderate Risk Patients (Dr. Zelenko prophylaxis)", "O", "consumer dose-table row"),
], g="G")
P("https://covid19.onedaymd.com/2021/01/quercetin-and-zinc-flccc-protocol-for.html", "doctor's blog: quercetin and zinc FLCCC protocol", [
 ("All the component medicines are FDA-approved (except ivermectin), inexpensive, readily available and have been used for decades with well-established safety profiles.", "", "", "hard call: 'well-established safety profiles' is not 'risk-free'"),
 ("It should be noted that the medications included in the I-PREVENT protocol are inexpensive, safe, and widely available.", "", "C", "hard call: unqualified safety claim"),
 ("The interventions recommended are likely to reduce the risk and severity of infection with COVID-19, influenza, and RSV infections as well as the common cold.", "", "", "hedged prevention"),
], g="B")
P("https://health11.com/remedies/home-remedies/remarkable-home-remedies-pneumonia/", "content site: 5 home remedies for pneumonia", [
 ("In most cases, it occurs as a mild condition and clears up in two to three weeks.", "", "", ""),
 ("It is always advisable to seek medical advice, but if the symptoms are not severe, you can try some of the following home remedies.", "", "P", ""),
 ("Garlic is a natural remedy for pneumonia in adults since it has anti-bacteria and antiviral properties.", "", "", ""),
 ("Strain and drink four cups of fenugreek tea a day.", "list item 3. Fenugreek", "O", "hard call: herbal remedy amount plus frequency for pneumonia"),
], g="G")
P("https://biologyinsights.com/how-to-treat-pneumonia-naturally-and-safely", "science content site: how to treat pneumonia naturally and safely", [
 ("While supportive home care helps manage symptoms, “natural” treatments are strictly complementary and must never replace professional medical diagnosis and treatment.", "", "P", "double negation"),
 ("Immediate conventional care, often including antibiotics for bacterial infections, is necessary to prevent severe complications.", "", "P", "passive recommendation of care"),
], g="G")
P("https://www.medicalnewstoday.com/articles/320881.php?iacp", "consumer health site: home remedies for pneumonia", [
 ("It is a serious condition, and home remedies cannot be used to treat it.", "", "", ""),
 ("It is essential to visit a doctor for a diagnosis, as well as to monitor symptoms and avoid any complications.", "", "P", ""),
 ("Every pneumonia treatment plan will involve some antiviral, antibiotic, or antifungal medication to treat the infection.", "", "", ""),
], g="H")
P("https://articles.mercola.com/pneumonia/treatment-remedies.aspx", "alternative-health site: treatment and remedies for pneumonia", [
 ("Taking prescribed medications and having follow-up check-ups with your physician are the usual courses of action for pneumonia patients.", "", "", ""),
 ("Following your physician's instruction is a must because the disease might return if treatment is stopped.4", "", "P", ""),
], g="A")
P("https://topnaturalremedy.com/top-10-natural-antibiotics-to-try-at-home/?utm_source=SDlocal&utm_medium=SDlocal&utm_campaign=SDlocal&utm_id=SDlocal&utm_term=SDlocal", "natural-remedy content site: top 10 natural antibiotics to try at home", [
 ("It is very important to distinguish the infections with the help of a healthcare professional, and not to use antibiotics for bothersome everyday infections, but to turn to nature.", "", "PD", "hard call: prompts a professional diagnosis, then steers the reader from antibiotic treatment to natural remedies"),
 ("Garlic is nature’s most powerful herb with strong antimicrobial properties.", "", "", ""),
 ("It can be used to treat nail or foot fungus, parasites, and sinus infections", "", "", ""),
], g="G")
