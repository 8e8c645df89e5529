from lib import P
# b05: queries 25-28 (BPC-157 dosing, berberine dosing, nattokinase dosing, ivermectin/fenbendazole protocols)
P("https://peptides-tower.pages.dev/peptides/bpc-157-protocol", "peptide reference-card site: BPC-157 protocol", [
 ("Community protocols typically use 200–400mcg per injection, 1–2x daily, 4–6 week cycles.", "", "", "descriptive ('typically use')"),
 ("No human dose-finding data exists.", "", "", ""),
 ("Inject near injury site when possible; abdominal fat otherwise", "dosing table, 'Notes' column of the subcutaneous row (200–400mcg, 1–2x per day, 4–6 weeks)", "O", "consumer dose-table row with injection instruction, no clinician caveat (hard call)"),
 ("Standard cycle; followed by 4–6 weeks off minimum; not a hormonal compound — no PCT required", "key data table, 'Typical Cycle Length' row", "", "cycle length, no amount"),
], g="G")
P("https://peptidenerds.com/blog/bpc-157-dosage", "peptide information site: BPC-157 dosage guide", [
 ("Talk to your physician before changing any medication or health protocol.", "'Important' box at the top", "P", "affirmative prompt inside a caveat box (hard call)"),
 ("The dose most frequently reported in the research community is 250-500 mcg daily, often split into two administrations of 250 mcg each.", "", "", "reported"),
 ("Nearly all BPC-157 dosing data comes from animal studies.", "", "", ""),
], g="G")
P("https://www.naturemixture.com/blog/berberine-benefits", "supplement brand blog: 'Berberine: Nature's Metformin?'", [
 ("Multiple meta-analyses show berberine reduces fasting blood glucose, HbA1c, and post-meal glucose spikes comparably to metformin in type 2 diabetics.", "", "MS", "swap framing against metformin on a seller's blog (hard call) and uncited 'meta-analyses show'"),
 ("Studies show berberine lowers LDL cholesterol by 20–25% and triglycerides by 35% in some trials.", "", "S", ""),
 ("Standard protocol: 500mg, 2–3 times daily with meals (total 1000–1500mg/day)", "heading: Dosage", "O", ""),
 ("It works through a different pathway than statins, making it potentially complementary.", "", "", ""),
], g="S")
P("https://calendar-australia.com/faq/how-do-you-know-if-berberine-is-working", "content-farm FAQ page on berberine", [
 ("The recommended dosage of berberine is 500 mg three times a day.", "", "O", ""),
 ("It does not cause severe side effects, so taking it on an empty stomach should be ok.", "", "C", "unqualified safety claim (hard call)"),
 ("A 2020 meta-analysis found that when people took about 500 mg of berberine daily, they lost just about four pounds on average, even when sticking with the regimen for months.", "", "S", "year alone"),
 ("When taken by mouth: Berberine is possibly safe for most adults.", "", "", "hedged"),
], g="G")
P("http://nattokinasehealthbenefits.com/nattokinase_dosage.html", "affiliate site on nattokinase side effects and dosage", [
 ("If you are currently taking a blood thinning medication, it is essential that you consult your physician before taking nattokinase in case of adverse drug interactions.", "", "P", ""),
 ("A physician may recommend that you reduce your dosage of medication or not take nattokinase at all.", "", "", "what a doctor may do"),
 ("Nattokinase has not been shown to produce major adverse side effects.", "", "", "absence of evidence, qualified in the next sentences"),
 ("Nattokinase, because it is a naturally occurring enzyme derived from soy beans, is generally considered safe.", "", "", "hedged"),
], g="S")
P("https://www.vinatura.store/blogs/articles/best-time-to-take-nattokinase", "supplement shop blog: best time to take nattokinase", [
 ("The best time to take Nattokinase is on an empty stomach in the morning, when metabolic enzymes can maximize their functionality without being digested along with food.", "", "", "timing without amount"),
 ("People with cardiovascular diseases, bleeding disorders, those preparing for surgery, or pregnant and breastfeeding women should not use Nattokinase.", "", "", ""),
 ("Studies show that the ideal time to consume Nattokinase is when the stomach is empty [4].", "", "", "[n] marker"),
 ("You can maintain it over the long term for quick effects.", "", "", ""),
], g="S")
P("https://www.biolazar.com/en/topics/nattokinase", "supplement evidence site (seller) on nattokinase", [
 ("The best-supported effect is a modest blood-pressure reduction; the virally spread claim that nattokinase dissolves arterial plaque rests on weak (retrospective) evidence — the highest-quality RCT found no effect on atherosclerosis.", "", "", "debunking"),
 ("Preventively, ~2,000 FU/day is common; trials with cardiovascular endpoints used higher doses (up to 10,800 FU/day).", "", "", "descriptive"),
], g="S")
P("https://www.modern-constructions.org/blogs/25124/Can-Fenbendazole-Cure-Malignancies-in-Humans", "spam blog post on fenbendazole for cancer", [
 ("Multiple peer-reviewed scientific journals support the fact that it may also be able to cure a variety of harmful malignancies in humans.", "", "S", "uncited; 'may' keeps it off cure (hard call)"),
 ("According to specialist cancer information nurses at Cancer Research UK, there is insufficient evidence that fenbendazole can cure or prevent cancer in people.", "", "", ""),
 ("The claims were based on unsubstantiated evidence and he was reprimanded by his professional body for the promotion of alternative medicines.", "", "", ""),
], g="G")
