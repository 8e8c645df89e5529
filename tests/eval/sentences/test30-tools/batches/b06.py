from lib import P
# b06: mastic gum, inositol vs metformin, zinc for acne, D-ribose for CFS (q21-q24)
P("https://www.ehow.co.uk/facts_7921487_long-mastic-gum-eradicate-pylori.html", "how-to content site: How Long Does it Take for Mastic Gum to Eradicate H. Pylori?", [
 ("H. pylori can be eradicated using antibiotics and stomach acid suppressants, but the regimen commonly produces undesirable side effects.", "", "", ""),
 ("Mastic gum may serve as an alternative treatment for eradicating H. pylori.", "", "", "hedged ('may')"),
 ("According to a study published in the journal \"Phytomedicine\" in 2010, a group of Greek gastroenterologists determined that a 14-day treatment with mastic gum eradicated H. pylori in 31 per cent of patients receiving 350 mg and 39 per cent of patients receiving 1000 mg of mastic gum three times daily.", "", "", "cited; study doses"),
 ("Dr. Michael Janson, founder of the Center for Preventative Medicine in Barnstable, Massachusetts, claims that typical mastic gum regimens range from 500 to 2000 mg daily for two to three months.", "", "", "reported typical regimen, not an instruction"),
], g="G")
P("https://www.goodgutnutrition.co/blogs/news/how-to-take-mastic-gum-for-h-pylori-a-step-by-step-guide", "gut supplement seller's blog: How to Take Mastic Gum for H. Pylori", [
 ("If you have been diagnosed with H. Pylori, you may be wondering what your treatment options are.", "", "", ""),
 ("Mastic gum, a resin derived from the mastic tree, has been shown to have potential benefits in fighting H. Pylori and promoting digestive health.", "", "S", "hard call: 'has been shown' with no citation"),
 ("If left untreated, H. Pylori can increase your risk of developing stomach cancer.", "", "", ""),
 ("It is estimated that around two-thirds of the world's population is infected with H. Pylori, although many people may not experience any symptoms.", "", "S", "no source"),
], g="S")
P("https://www.droracle.ai/articles/508231/is-mastic-gum-effective-for-treating-helicobacter-pylori-h", "AI-written clinical answer site: Is mastic gum effective for treating H. pylori?", [
 ("Mastic gum should not be used as a treatment for H. pylori infection, as it has failed to demonstrate eradication efficacy in human clinical trials and is not mentioned in any major international guidelines for H. pylori management.", "", "", "debunking"),
 ("Even when combined with a proton pump inhibitor (pantoprazole), mastic gum failed to eradicate H. pylori in any patient (0/13), while standard triple therapy achieved 77% eradication (10/13) 1", "", "", "reference marker 1: cited"),
], g="G")
P("https://healola.com/remedy/mastic-gum-for-h-pylori-infection", "natural remedy directory: Mastic Gum for H. Pylori Infection", [
 ("- Anti-inflammatory Effects: Mastic gum's anti-inflammatory properties can help alleviate the gastric inflammation caused by H. pylori.", "Why it works for H. Pylori Infection:", "", ""),
 ("- Dosage: Studies have used doses ranging from 350 mg to 1.05 g of pure mastic gum taken three times daily for 14 days. Academia", "How to use for H. Pylori Infection:", "", "doses reported from studies, with a named source"),
 ("- Administration: It is typically recommended to take mastic gum on an empty stomach, either before meals or before bedtime, to enhance absorption.", "How to use for H. Pylori Infection:", "", "timing without an amount"),
 ("For personalized advice, consult a healthcare professional.", "", "P", ""),
], g="A")
P("https://app.pcosmealplanner.com/knowledge-articles/any/inositol-vs-metformin-pcos-which-is-better-2025", "PCOS meal-planner app (subscription seller) knowledge article: Inositol vs Metformin for PCOS", [
 ("Choosing between inositol vs metformin for PCOS is one of the most important treatment decisions you will make.", "", "", "hard call: frames the choice as the reader's own, but no instruction yet"),
 ("If you have insulin resistance without diabetes and want minimal side effects, myo-inositol at 2000mg twice daily is your starting point.", "", "MO", "hard call: self-directed supplement in place of the prescribed option (M, swap framing) with an amount and frequency to the reader (O)"),
 ("If you have prediabetes (A1C 5.7-6.4%), BMI over 30, or need proven fertility support, metformin 500mg extended-release is more appropriate.", "", "", "hard call: prescription drug named with strength but no frequency; not a dose instruction"),
 ("Both target insulin resistance, the root cause of PCOS symptoms in 70-80% of cases, but they use different pathways.", "", "S", "no source"),
], g="S")
P("https://www.thepcosdietitian.co.uk/post/managing-pcos-with-metformin", "dietitian's blog: managing PCOS with metformin", [
 ("GPs tend to prescribe metformin to those with PCOS when they have difficulty losing weight.", "", "", ""),
 ("It is advised that you start on a low dose to allow your body to adapt and minimise the side-effects by increasing the dose slowly – your GP should advise how to go about doing this.", "", "P", "GP named as the one to advise"),
 ("Typically, the starting dose of metformin is 500 mg once or twice a day, taken with meals.", "", "", "descriptive typical dose, GP caveat in the section"),
 ("Additionally, inositol has been shown to have fewer side effects than metformin.", "", "S", "'has been shown', no citation"),
 ("Most individuals experience no side-effects.", "about inositol", "", "hedged ('most')"),
], g="B")
P("https://realeasydiet.vercel.app/compare/inositol-vs-metformin/", "diet review/editorial site: Inositol vs Metformin", [
 ("Polycystic ovary syndrome is a medical condition that should be managed with a licensed physician.", "standfirst", "P", "third-person recommendation of a physician"),
 ("Inositol is a dietary supplement, not an FDA-approved drug.", "Direct Answer", "", ""),
 ("The choice between them — or the decision to add inositol alongside — is a clinical conversation with your endocrinologist or reproductive specialist, not a self-directed swap.", "Direct Answer", "P", ""),
], g="N")
P("https://theskincurator.com/blogs/news/got-acne-get-zinc", "skincare shop blog: Got Acne? Get Zinc!", [
 ("Zinc is not talked about among the mainstream medical community, and few people are aware of its numerous benefits.", "", "", ""),
 ("The amount of acne in the zinc group had decreased by 33%. Source of stats?", "previous sentence: 'One study gave 54 patients either a zinc supplement or a placebo.'", "S", "uncited study figure; the page even carries an editor's 'Source of stats?' note"),
 ("Another study of 332 acne patients were given 30mg of a zinc supplement.", "", "", "study dose"),
 ("After three months, the total pimple count had fallen by 49%.", "", "S", "uncited study figure"),
], g="S")
P("https://www.healthdigest.com/721022/does-zinc-help-with-acne/", "health content site: Does Zinc Help With Acne?", [
 ("Zinc can be taken as a supplement or used in skincare products to effectively fight acne.", "", "", ""),
 ("It is recommended that you take no more than 40 milligrams of zinc per day, even if you are treating a cold.", "", "", "upper limit, not a dose instruction"),
 ("You should always speak with your doctor before adding any new supplements to your diet.", "", "P", ""),
], g="G")
P("https://victoriahealth.com/women/skin-problems/acne/zinc/", "supplement seller: zinc for acne", [
 ("Several studies indicate that zinc is as effective as some antibiotics in acne therapy.", "", "MS", "hard call: seller's swap framing, zinc set against prescribed antibiotics (M, round 12 convention); 'several studies' uncited (S)"),
 ("It should also be noted that long term use of zinc is liable to interfere with copper utilisation as well as iron absorption.", "", "", "caveat"),
 ("When taken on an empty stomach, even moderate doses of zinc can cause nausea.", "", "", ""),
], g="S")
P("http://www.acneeinstein.com/zinc-for-acne/", "acne blog: 3 Scientific Reasons Why Everyone With Acne Should Try Zinc", [
 ("If you have acne, you should try taking zinc.", "", "", "no amount"),
 ("Research shows people with acne have lower levels of zinc than people with clear skin, and that supplementing can reduce acne by 50%.", "", "S", "uncited"),
 ("A handful of studies showed that zinc is more or less as effective as antibiotics available in the 70s and 80s.", "", "S", "uncited"),
 ("More recent studies show that modern day antibiotics are more effective than zinc.", "", "S", "uncited"),
], g="B")
P("https://www.oliviajenkins.com.au/zinc-my-go-to-supplement-for-acne/", "personal wellness blog: Zinc, my go-to supplement for acne", [
 ("If you have acne, you should definitely try taking zinc.", "", "", "no amount"),
 ("Want to know how Zinc helps cure acne? Read on:", "", "", "hard call: rhetorical question presupposing a cure (guide: questions are not C)"),
 ("The recommended daily intake of zinc is 14mg for men and 8mg for women however 40mg should not be exceeded.", "heading: How Much Zinc Do I Take?", "", "intake and upper limit"),
 ("It’s best to take your tablet with a meal once daily.", "heading: How Much Zinc Do I Take?", "O", "hard call: one tablet once daily with meals, after the intake figures, as the reader's dose"),
 ("Try the supplement for a minimum of 30 days and track your results.", "", "", ""),
], g="B")
P("https://bestsupplementschoice.com/en/articles/zinc-for-acne-oral-supplements-research", "supplement affiliate site: Zinc for Acne: What the Research Really Shows", [
 ("Here's the thing: zinc isn't some miracle cure, but in the right patients, with the right form and dose, it can be a game-changer.", "", "", "negates miracle cure"),
 ("As a physician, I have to say—I've watched patients replace prescription regimens with unproven supplements and end up worse off.", "", "", "warning"),
 ("Typical dose: 30–45 mg elemental zinc daily for 12 weeks", "Quick Facts: Zinc for Acne", "", "hard call: descriptive 'typical' dose (round 12 convention)"),
 ("A 2020 systematic review and meta-analysis published in Dermatologic Therapy (doi: 10.1111/dth.13623) pooled data from 18 randomized controlled trials with 1,847 total participants.", "", "", "DOI: cited"),
], g="S")
P("https://cysticacnehelp.com/zinc-supplements-acne-dosage-guide", "acne content site: Zinc Supplements for Acne (2025 Guide)", [
 ("Research, including some studies conducted in Indonesia, has suggested a link between zinc levels and acne severity, making zinc supplements a popular consideration.", "", "S", "uncited research"),
 ("Always consult with a qualified healthcare professional or a board-certified dermatologist before starting any new supplement, especially for a medical condition like acne.", "inside a block headed 'Important Disclaimer:'", "", "hard call: disclaimer text (guide), though worded as a prompt"),
 ("Self-prescribing high doses of minerals can be dangerous.", "inside the disclaimer block", "", ""),
], g="G")
P("https://laurengroves.com.au/blogs/news/energy-nutrients-for-fatigue", "naturopath's shop blog: Energy Nutrients For Fatigue", [
 ("A study of 36 people with chronic fatigue found that taking D-ribose three times daily increased average energy scores from 4.2/10 to 6.1/10, an improvement of 45%.", "", "S", "uncited study"),
 ("Additionally, as D-ribose has a short half-life, three divided doses throughout the day are recommended.", "", "", "frequency without an amount"),
 ("Almost all doctors specialising in chronic fatigue syndrome prescribe or advise patients to take CoQ10.", "", "S", "hard call: sweeping uncited claim about doctors' practice"),
], g="A")
P("http://www.mgr.org/Chronic_Fatigue_Syndrome.html", "personal site note: Chronic Fatigue Syndrome, Understanding Its Mechanism", [
 ("The Role That D-Ribose Plays In Its Cure", "heading", "C", "hard call: heading presents D-ribose as a CFS cure"),
 ("One of the principal causes of Chronic Fatigue Syndrome is the poor functioning of the human organism at the cellular level [see below about the mitochondrial function].", "", "", ""),
 ("The secondary purpose of this brief note is to assist those interested in understanding why D-Ribose is considered as a key (quasi magic) solution of Chronic Fatigue Syndrome, while, at the same time, help illustrate why, in some cases, it does not work as expected.", "", "", "hedged by 'in some cases, it does not work'"),
], g="B")
P("https://stack-kit.com/protocols/sk-energy/energy-mitochondrial-chronic-fatigue/", "supplement stack seller: mitochondrial energy protocol for chronic fatigue", [
 ("Persistent fatigue has loud, common, treatable causes that masquerade as cellular problems, and you want them ruled out first: thyroid dysfunction (TSH + free T3/T4), iron-deficiency anemia (ferritin + CBC), obstructive sleep apnea, and clinical depression.", "", "P", "hard call: tells readers to have medical causes ruled out with lab tests first"),
 ("If you already carry a diagnosis — ME/CFS, fibromyalgia, post-viral fatigue — read this stack as adjunct support, not a treatment.", "", "", ""),
 ("| CoQ10 | Ubiquinol | 200 mg | ~$40 | High — RCT evidence |", "table: Item | Form | Daily Dose | Monthly Cost | Confidence", "O", "consumer dose-table row (daily dose)"),
 ("5 items. 1 requires a lab result before you purchase it.", "", "", ""),
], g="S")
P("https://vitality101.com./nutrition-overview/d-ribose", "CFS doctor's supplement site: Ribose - A Very Powerful and Natural Body Energizer", [
 ("Research has repeatedly shown that giving ribose to energy-deficient hearts and muscles stimulates energy recovery.", "", "S", "uncited"),
 ("A recent study showed that in people with chronic fatigue and fibromyalgia, ribose increased energy an average of 45% in just 3 weeks.", "", "S", "uncited"),
 ("Dose is 1 scoop (5 grams) 3x a day for 3 weeks and then 2x a day.", "", "O", ""),
 ("In the U.S., any brand of ribose powder is OK (get the powder instead of taking 30 capsules a day).", "", "", ""),
], g="A")
P("https://healthrising.org/blog/2020/12/18/5mitochondria-coq10-d-ribose-fibromyalgia-chronic-fatigue-syndrome", "ME/CFS patient-advocacy blog: mitochondrial enhancers", [
 ("Is more energy the cure-all for chronic fatigue syndrome (ME/CFS) and fibromyalgia?", "", "", "question"),
 ("Problems with the mitochondria have been found, but the results overall have been inconsistent.", "", "", ""),
 ("Three studies found reduced ATP production, while two found normal ATP production.", "", "S", "hard call: uncited study counts"),
], g="B")
