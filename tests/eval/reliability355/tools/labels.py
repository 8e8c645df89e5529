"""rel355 label records: Q (query key -> query) and ROWS (reltools.build tuple order:
id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources, authorship_review,
date, risks_uncertainty, advertising), partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

Q = {
    "vitd": "university press release study finds vitamin D supplement reduces risk",
    "bloodtest": "researchers announce new blood test detects cancer early press release",
    "hosptrial": "hospital news release clinical trial results new treatment patients",
    "upf": "study links ultra-processed food to higher risk of depression news release",
    "prn": "PRNewswire company announces supplement clinically proven study results",
    "device": "FDA clearance medical device company press release announces",
    "charity": "charity funded research breakthrough dementia study news",
    "fasting": "intermittent fasting study published journal researchers say weight loss news",
}

N, W = "news", "web page"
UL, RL = "unreliable-leaning", "reliable-leaning"

ROWS = [
    ("r355-001", N, True, "11010012", True, "public-broadcaster news item on a university observational vitamin D study", RL,
     "Reports a Finnish cohort (1,000 people, nine years, 87 deaths) and that the university now plans a supplement trial; no advice or supplement promotion.",
     "HARD: 'a dearth of vitamin D increases the risk of chronic diseases' states an observational link causally (claims 1), but it is attributed ('According to the study') and the planned supplement trial signals the open question; judged not misleading. No effect size or limits (risks 1).",
     "vitd", "university study reported by a public broadcaster; third result", False, "", False, False),
    ("r355-002", N, False, "00000002", True, "blog news post on an unnamed multi-cancer blood test", UL,
     "A 'groundbreaking' unnamed test with 'an impressive accuracy rate of 90%' from unidentified 'extensive clinical trials', promised to 'drastically reduce cancer-related mortality'; no study, no false positives, no limits.",
     "Date only in the URL (date 0). Classic unquantified superlative about a screening test with no source.",
     "bloodtest", "cancer-news blog on a new early-detection blood test; unused domain", False, "", False, False),
    ("r355-003", N, True, "12010012", True, "tag-page teaser of a blog post summarising a French cohort study", UL,
     "Two-sentence teaser of a NutriNet-Sante cohort (26,730 participants) on ultra-processed food and depressive symptoms; associational wording, nothing exaggerated.",
     "HARD: thin-but-fair fragment that stops before the findings; 'predicts increased risk' is associational. No limits shown (risks 1).",
     "upf", "blog summary of a cohort study on ultra-processed food and depression; unused domain", False, "", False, False),
    ("r355-004", N, True, "22000021", True, "hospital-system employee news item for Clinical Trials Day", RL,
     "Accurate description of clinical trials and tells interested patients to discuss 'the possible benefits and risks' with their team; a research-department phone number.",
     "advertising 1: institutional promotion of its own trials unit. No date in the excerpt (Clinical Trials Day date is not a publication date).",
     "hosptrial", "hospital news release about clinical trials; unused domain", False, "", False, False),
    ("r355-005", N, True, "11000002", True, "exam-practice site reusing a one-sentence news item on vitamin D", UL,
     "One sentence: over a 14-year follow-up, death risk fell with higher vitamin D levels, strongest in severe deficiency; no study named, no advice.",
     "HARD: a bare associational sentence ('strongest effects' leans causal, claims 1) reused as a read-aloud exercise; thin-but-fair, no supplement recommendation. sources 0, risks 0.",
     "vitd", "news snippet about a vitamin D study reused on a practice site; unused domain", False, "", False, False),
    ("r355-006", N, True, "11010011", True, "research charity news post on funded dementia projects", RL,
     "Describes funded projects (a reading app for posterior cortical atrophy, a stroke-dementia genetics study) with named researchers; no cure claim.",
     "HARD: 'greatly improving the quality of life' for its own funded app is unquantified self-praise (claims 1, advertising 1), but the rest describes research plainly and promises no treatment. No date in the excerpt ('released today').",
     "charity", "charity news release about funded dementia research; unused domain", False, "", False, False),
    ("r355-007", W, True, "22010011", True, "research charity 'our progress' page", RL,
     "Describes funded discoveries (tau spread, 21 risk genes, a DNA bank) accurately as steps toward diagnostics and treatments, not as cures.",
     "Fundraising framing ('amazing progress ... thanks to your generous support', advertising 1). Not a consumer page on a condition a reader is living with (a research-progress page, as r21-007), so warning signs not warranted.",
     "charity", "dementia research charity's research-progress page; web page slot", False, "", False, False),
    ("r355-008", N, True, "22010012", True, "trade-magazine news listing of an FDA announcement", UL,
     "One accurate line: the FDA commissioned the Institute of Medicine to study the 510(k) premarket notification programme for devices.",
     "Thin; no intervention claim. Undated in the excerpt.",
     "device", "device regulation news item; unused domain", False, "", False, False),
    ("r355-009", W, True, "22000012", True, "charity dementia-support FAQ answer", RL,
     "States plainly there is no cure for dementia and that research is increasing, without promising a breakthrough.",
     "HARD: warning signs judged not warranted - a short research/cure FAQ, not a symptom or self-care page (POLICY-46 part 3). No sources shown ('click here').",
     "charity", "charity FAQ on whether dementia can be cured; web page slot", False, "", False, False),
]

Q.update({
    "probiotic": "probiotic clinical trial results announced company news gut health",
    "coffee": "coffee drinkers live longer new study finds researchers",
    "mice": "new drug shows promise in mice researchers say could lead to treatment",
    "sleep": "medical school researchers found association between sleep and heart disease risk press release",
})

ROWS += [
    ("r355-010", N, False, "11010012", True, "radio-station news item on a mouse study of a cancer drug for Alzheimer's", UL,
     "Headline and lead frame a mouse result as a cancer drug that 'could' reverse Alzheimer's and call the drug 'already proven safe for humans'; no harms of bexarotene, one line on mice vs people.",
     "HARD: the journal, a 25% amyloid figure and a quoted outside scientist are given and 'what works in mice may not work in people' is there (risks 1), but the reversal framing of an animal study with the drug's safety asserted and no side effects is what a news reviewer flags. Judged as published.",
     "mice", "news item on a mouse study with a 'reverse Alzheimer's' headline; unused domain", False, "", False, False),
    ("r355-011", W, False, "10010001", True, "clinical-trial recruitment site blog on probiotics research", UL,
     "Says 'Many clinical trials have demonstrated major benefits of probiotics' and lists single small trials (autism behaviours, depression and anxiety in healthy adults) as demonstrated benefits; no harms or limits.",
     "Citations are given (sources 1) but single trials are overgeneralised (claims 0). Research explainer, not a self-care or symptom page, so warning signs not warranted; advertising 1 (trial-recruitment site). Web page slot.",
     "probiotic", "blog summary of probiotic clinical trials on a trial-recruitment site; web page slot", False, "", False, False),
    ("r355-012", W, True, "22000012", True, "blog teaser on sleep loss and heart disease (date archive page)", UL,
     "Two accurate framing figures (about 700,000 US heart-disease deaths a year; cardiovascular disease in about half of adults) before the text is cut off; no claim yet.",
     "HARD: a thin teaser; nothing inaccurate. No intervention discussed (risks 1). Warning signs judged not warranted: a risk-factor teaser with no symptom or self-treatment content. Web page slot.",
     "sleep", "blog post on sleep loss and heart disease risk; unused domain; web page slot", False, "", False, False),
]

Q.update({
    "med": "Mediterranean diet lowers risk study news release university",
    "topline": "announces positive topline results phase 3 trial press release biotech",
    "sweet": "study finds artificial sweetener linked to heart attack stroke risk researchers warn",
    "turmeric": "turmeric curcumin study reduces inflammation arthritis pain new research",
    "hearing": "hearing aids slow cognitive decline study news",
    "omega": "omega-3 fish oil supplements atrial fibrillation risk study finds",
    "stemcell": "newswire press release clinic announces stem cell therapy results patients",
})

ROWS += [
    ("r355-013", N, False, "00000002", True, "machine-generated news item with unfilled template placeholders", UL,
     "An unidentified study's '23% reduction in all-cause mortality' presented as the diet's 'powerful protective effect', with bracketed placeholders ('[mention source and journal if available ...]', 'the study likely also found [...]') left in the text.",
     "No study, journal, design or limits; causal framing of what the template admits may be a cohort. Not unsafe (dietary advice), but unreliable as news.",
     "med", "AI-template news on a Mediterranean diet study; unused domain", False, "", False, False),
    ("r355-014", N, True, "12010212", True, "blog repost of a clinic research director's Q&A on omega-3 and atrial fibrillation news", UL,
     "Explains atrial fibrillation accurately (prevalence from AHA and CDC, symptoms, stroke risk) as background to recent reports that omega-3 may raise AFib risk; the excerpt stops before the doctor's view.",
     "HARD: reworded repost with one garbled sentence ('can quiver with AFib and beat in a steady rhythm'); the facts are right and the framing of the studies is hedged ('may increase'). Dated September 27, 2021. Judged as news (Q&A on a news finding).",
     "omega", "Q&A on fish oil and AFib reposted on a vitamins blog; unused domain", False, "", False, False),
    ("r355-015", N, False, "00000012", True, "unattributed news item on a keyword page of an IP-address host", UL,
     "'A single stem-cell injection can reduce the risk of heart attack and stroke by 58%', a 'groundbreaking discovery ... expected to revolutionize' treatment, from an unnamed study with no journal, size or harms.",
     "Relative risk only, superlatives, no source; planned larger trials are mentioned (risks 1). The description (stem cells injected into the bloodstream cutting events) is not traceable to any named trial.",
     "stemcell", "stem-cell breakthrough news on an IP-address host; unused host", False, "", False, False),
]

Q.update({
    "gene": "university researchers discover gene linked to disease risk news release",
    "redmeat": "red meat consumption diabetes risk new study published researchers",
    "watch": "wearable device detects atrial fibrillation study results smartwatch",
    "nice": "cancer research charity welcomes new drug approval NICE patients news",
})

ROWS += [
    ("r355-016", N, True, "22011012", True, "trade-magazine news item on a university genetics finding", UL,
     "Reports a Michigan/NTNU team's gene variant linked to healthier lipids and fewer heart attacks, attributed ('say they have discovered') and hedged ('can open the door' to testing or treatment).",
     "Thin and cut at 'Read more'; no effect size or limits (risks 1); named author shown (authorship 1).",
     "gene", "news on a university gene discovery; unused domain", False, "", False, False),
    ("r355-017", N, True, "12020022", True, "company science blog summary of a genetics study", UL,
     "Summarises an exome study of 8,554 ARIC participants (eight new gene-risk-factor links), gives the full Nature Genetics citation and the senior author's 'further research is needed'.",
     "accuracy 1: TXNDC5 is described as 'related to progression of type 1 diabetes' where the study linked carriers to higher fasting glucose (TXNDC5 encodes a biomarker of T1D progression). No product promotion in the text.",
     "gene", "company blog research-news post on gene variants and disease risk; unused domain", False, "", False, False),
    ("r355-018", N, True, "11010012", True, "diabetes blog post on a JAMA cohort study of red meat", UL,
     "Reports the cohort's 48% higher relative risk with +0.5 servings/day as an association, quotes the editorial on weight mediating part of it.",
     "HARD: the '(massive short-term)' headline and relative risk only lean sensational (claims 1), but the body keeps the association wording and the editorial's caveat (risks 1). Date only in the URL.",
     "redmeat", "blog on a red meat and diabetes study; unused domain", False, "", False, False),
    ("r355-019", N, True, "11010012", True, "research-summary page on a red meat cohort study and meta-analysis", UL,
     "Summarises three US cohorts: higher processed and unprocessed red meat intake associated with type 2 diabetes; ends with association wording.",
     "HARD: 'replacement ... was found to reduce type 2 diabetes risk by 16-35%' states a modelled substitution from cohorts as an effect (claims 1), but the study is identified by its title and the closing line is associational. Thin-but-fair.",
     "redmeat", "research summary on red meat and diabetes; unused domain (cloudaccess.net host)", False, "", False, False),
]

Q.update({
    "keto": "ketogenic diet epilepsy seizures trial children hospital study results",
    "melatonin": "melatonin supplement study children sleep researchers caution news release",
    "hometest": "press release new at-home test kit launches accurate results company",
    "air": "air pollution exposure linked to dementia study journal researchers found",
})

ROWS += [
    ("r355-020", W, False, "10010002", True, "clinical-trial listing aggregator page (ketogenic diet for children with epilepsy)", UL,
     "Says studies 'have confirmed that the ketogenic diet helps most children with intractable seizures and cures many' and that parents 'medicate their children well beyond these guidelines'; no side effects or supervision named.",
     "HARD: the NICE guideline and the ~50% responder figure are right, but 'helps most ... cures many' overstates and the diet's harms (kidney stones, growth, acidosis) are absent (risks 0). unsafe_advice false: the cure wording is attributed to studies and concerns a medically supervised therapy, with no instruction to stop drugs. Warning signs not warranted: a clinical-trial listing (POLICY-46 part 1 / issue 12). Web page slot.",
     "keto", "trial listing with an overclaiming description; unused domain; web page slot", False, "", False, False),
    ("r355-021", N, True, "12010211", True, "news-site item on a company's home COVID-19 test launch (March 2020)", UL,
     "Reports Everlywell's planned home test accurately for its date: price, doctor prescription via telemedicine, lab processing, results in 48 hours; attributes to Time, NY Post, Oregon Live.",
     "HARD: nothing on the test's accuracy or on FDA authorisation of home collection (which was not yet given), and price and ordering steps read promotionally (advertising 1); judged not misleading as an availability report of its date. Dated March 21, 2020.",
     "hometest", "news on a company's at-home test kit launch; unused domain", False, "", False, False),
    ("r355-022", N, False, "11010002", True, "tech blog news post on the first FDA-authorised home COVID-19 collection kit", UL,
     "Calls the emergency authorisation an approval of a 'home self-test', garbles the maker ('The LabCorp test, developed by the Pixel brand') and asserts it is 'equally accurate' on unnamed UnitedHealth/Gates data.",
     "HARD: the gist (home nasal swab, sent to a lab, $119, priority for health workers) is right, but the regulatory status and accuracy claim are misstated with no figures (risks 0). Date only in the URL.",
     "hometest", "tech-blog item on an at-home test kit; unused domain", False, "", False, False),
]

Q.update({
    "aspirin": "study shows daily aspirin cuts cancer risk researchers announce",
    "vaccine": "institute scientists develop vaccine trial volunteers immune response news",
    "nutra": "nutraceutical company announces published study ingredient improves memory press release",
    "screen": "screen time children mental health study researchers found news release",
})

ROWS += [
    ("r355-023", N, False, "00010200", True, "supplement-ingredient company press release on a distribution service", UL,
     "A company release 'validating' its patented ingredient: one 200 mg serving gave 'drastic improvements ... ranging from 25% to as much as 80%' in working memory; 'groundbreaking', no comparator, size or funding shown, no harms.",
     "Study named (Auburn University, Nutrients; sources 1) and dated 2024-10-10, but the benefit is superlative, unquantified against placebo and sold by the maker (advertising 0). Not unsafe: efficacy, not a safety or cure claim.",
     "nutra", "nutraceutical press release on PR Newswire UK; unused registered domain", False, "", False, False),
    ("r355-024", N, True, "22012222", True, "newspaper repost of an AP story on early COVID-19 vaccine development (March 2020)", RL,
     "Describes the NIH mouse result as a first clue only, quotes an outside expert ('we have absolutely no idea what the immune response will be') and explains that first human tests check only safety.",
     "Named AP reporter and date (March 8, 2020); careful about stage and limits (risks 2).",
     "vaccine", "AP research-news story reposted by a local newspaper; unused domain", False, "", False, False),
    ("r355-025", N, False, "01010012", True, "garbled trade-site news item on the first COVID-19 vaccine trial", UL,
     "Broken text says 'more then 100people' got the vaccine in a trial 'sponsored by the white house' and muddles reinfection immunity; the first-stage trial was NIH-sponsored with far fewer people.",
     "One quoted immunologist (sources 1) and 'safety trial' noted (risks 1), but the facts are wrong and the text is barely readable.",
     "vaccine", "low-quality repost of vaccine-trial news; unused domain", False, "", False, False),
    ("r355-026", N, True, "21010012", True, "newsroom repost summarising a screen-time study", UL,
     "Reports the Preventive Medicine Reports survey (40,000+ children) as 'correlation' and 'associations' with figures (seven hours vs one hour, more than twice as likely).",
     "Relative figure only, cross-sectional design not named (risks 1). Date only in the URL. Thin-but-fair.",
     "screen", "newsroom repost of screen-time research news; unused domain", False, "", False, False),
    ("r355-027", N, True, "11010012", True, "personal blog repost of a Time story on screen time", UL,
     "Reposts the same survey as a 'disturbing correlation' and 'strong connection', credits Time and names the journal.",
     "HARD: the headline's 'Troubling Impact' implies cause (claims 1) while the body says correlation; no figures beyond the seven-hour threshold. Judged not misleading overall. Date only in the URL.",
     "screen", "blog repost of screen-time research news; unused domain", False, "", False, False),
]

Q.update({
    "sema": "weight loss drug semaglutide study results announced news heart",
    "recall": "recall announced contaminated supplement FDA company voluntarily recalls",
    "greentea": "green tea extract study lowers blood pressure cholesterol research news",
    "ai": "AI algorithm detects disease from scans outperforms doctors study announced",
})

ROWS += [
    ("r355-028", N, True, "12010011", True, "news repost on a rejuvenation/weight-loss business site (semaglutide heart-failure trial)", UL,
     "Reports the 529-patient trial, its Novo Nordisk funding and the 2.4 mg weekly dose, with a 17-point symptom-score improvement, hedged as 'potentially expanding' use.",
     "HARD: the 17 points are the drug arm's change, not the difference from placebo (accuracy 1), and no side effects are given; reposted on a business site that likely sells weight-loss treatment (advertising 1). Judged not misleading on what is shown.",
     "sema", "semaglutide trial news reposted on a business site; unused domain", False, "", False, False),
    ("r355-029", N, True, "11010012", True, "aggregator news item on the SELECT semaglutide trial", UL,
     "Under a 'Breakthrough ... groundbreaking' headline, gives the sponsor (Novo Nordisk), 17,000 randomised participants, 9% vs <1% weight loss, 20% lower major cardiac events, an independent cardiologist and 'more research is needed' plus cost.",
     "HARD: hype words and relative risk only, no side effects, and 'risk of dying from heart disease' loosely describes a composite outcome (claims 1); the body is balanced enough that it decides (as rel1 ext032).",
     "sema", "semaglutide heart-trial news with a hype headline; unused domain", False, "", False, False),
    ("r355-030", N, True, "21010002", True, "short news note reposted on a traditional-medicine site (2003 tea-extract trial)", UL,
     "Reports a three-month trial of a 375 mg theaflavin-enriched tea extract in 240 Chinese adults with high cholesterol: 16% lower LDL, Archives of Internal Medicine, named investigator.",
     "Faithful to the trial; 'surprisingly successful' framing and no placebo figure, harms or limits (risks 0). No date in the excerpt (title date is from the page heading/URL).",
     "greentea", "old tea-extract study news on a TCM site; unused domain", False, "", False, False),
    ("r355-031", N, False, "11010020", True, "green-tea-extract brand site 'From the experts' news post on a meta-analysis", UL,
     "Summarises a meta-analysis of green tea drinking fairly, with the authors' caution that tea is no substitute for medical management, then says the polyphenols 'may also be consumed in concentrated form in products like Sunphenon' with 'thermogenic (fat burning)' benefits.",
     "HARD: the study report itself is accurate with its limits (risks 2), but the page turns a beverage meta-analysis into marketing for the brand's concentrated extract with unsupported fat-burning claims (advertising 0). Not unsafe: no cure or safety guarantee, and the caution against replacing medication is kept.",
     "greentea", "supplement brand's research-news page; unused domain", False, "", False, False),
    ("r355-032", N, True, "21011012", True, "alternative-news site repost on a green tea extract RCT", UL,
     "Reports a randomised, double-blind, placebo-controlled three-week trial in 124 healthy adults: blood pressure down 5/4 mmHg, LDL down 9 mg/dL; hedged ('may reduce', 'appears to'), institutions named.",
     "Small short trial, no harms or funding shown (risks 1); bylined ('Dr. Lee Swanson'). Judged faithful despite the site's 'Delivering Truth' framing.",
     "greentea", "green tea trial news on an alternative-news site; unused domain", False, "", False, False),
]

Q.update({
    "surgery": "hospital announces first patient treated with new procedure surgery breakthrough",
    "vitc": "vitamin C high dose cancer patients study results announced clinic",
    "alcohol": "journal press release embargoed study alcohol moderate drinking health risk",
})

ROWS += [
    ("r355-033", N, False, "11010002", True, "audio news clip transcript on an AI lung-cancer screening study", UL,
     "Headline says Google's AI 'is better at detecting lung cancer than doctors'; the garbled transcript gives 'right ninety four percent of the time' against six doctors with no design or limits.",
     "HARD: the ABC correspondent is named and 'the idea isn't to replace doctors' is there, but the superlative headline, a garbled accuracy figure (the study reported an area-under-curve, not 94% correct) and no limits (retrospective data) mislead. Undated.",
     "ai", "audio-news transcript on an AI diagnosis study; unused domain", False, "", False, False),
    ("r355-034", N, True, "22010212", True, "news repost (BBC-style) of the Nature AI mammography study", UL,
     "Puts 'outperforms' in quotes, says the study 'suggests', gives the training set (~29,000 women), that the AI beat six radiologists but only matched two readers together; 'Experts say it could improve detection'.",
     "Thin: no error-rate figures or limits (risks 1). Dated Friday 3 January 2020.",
     "ai", "repost of AI breast-screening news; unused domain", False, "", False, False),
    ("r355-035", N, False, "10010002", True, "trade news site item on the first US fully robotic heart transplant", UL,
     "One patient's operation is a 'groundbreaking achievement' and 'significant medical breakthrough'; unnamed 'medical experts' say patients get quicker recovery, 'reduced risks of infection' and better outcomes, with no data or caveats.",
     "HARD: the event itself is reported correctly (first in the US, 45-year-old patient, no sternotomy, home after a month), but general benefits are asserted from a single case (claims 0, risks 0). No date in the excerpt.",
     "surgery", "surgical-first news with unsupported benefit claims; unused domain", False, "", False, False),
    ("r355-036", N, True, "12010022", True, "news site item on the Baylor St. Luke's robotic heart transplant", UL,
     "Describes the operation and its aim of less invasive surgery, adding that 'the long-term data and broad applicability of this fully robotic approach will require further study and validation'.",
     "HARD: headline and text call it the 'World's First' fully robotic heart transplant where the hospital claimed a US first (accuracy 1), but health claims are hedged and the main limit is stated (risks 2). No date in the excerpt.",
     "surgery", "second report of the same surgical first, with a caveat; unused domain", False, "", False, False),
    ("r355-037", N, True, "22010012", True, "medtech trade-magazine year-in-review of surgical firsts (2016)", UL,
     "Lists 2016 surgical firsts factually, including that four of five US uterus transplants were rejected or removed for complications and that the toe-implant benefit is the company's own claim.",
     "Judged as published: the Absorb bioresorbable stent it mentions was later withdrawn (2017), which the 2016 text could not know. No date in the excerpt beyond 'this year'.",
     "surgery", "trade-magazine roundup of surgical firsts; unused domain", False, "", False, False),
    ("r355-038", N, True, "11010011", True, "treatment-provider newsroom commentary on a federal alcohol-and-health study", UL,
     "Reports the Alcohol Intake and Health Study's findings (no level called safe; about one drink a day associated with higher risk of cirrhosis, some cancers and injury; a lifetime-risk figure) and says STAT and CNN confirmed the process.",
     "HARD: opinionated framing ('commercially threatening', quoted and endorsed) and a publisher with an interest in drinking less (advertising 1); facts are stated as associations and sources are named. Not checkable beyond the excerpt; no date shown.",
     "alcohol", "alcohol-risk study news on a recovery provider's newsroom; unused domain", False, "", False, False),
]

Q.update({
    "cbd": "medical cannabis CBD trial results chronic pain patients study announced",
    "collagen": "collagen supplement study skin wrinkles clinical research brand announces",
    "sugar": "public health institute report study finds sugar drinks children obesity research news",
})

ROWS += [
    ("r355-039", N, True, "22010022", True, "company-site repost of a trial abstract (THC:CBD extract for cancer pain)", UL,
     "Reposts the randomised trial abstract with its numbers (177 patients, -1.37 vs -0.69 pain score, 43% vs 21% responders), the null THC arm, no opioid-sparing and worse nausea and vomiting on THC:CBD.",
     "Faithful and balanced (risks 2), though no citation or date is shown and the host is a company site; the abstract's own conclusion ('efficacious') is kept in context by the figures.",
     "cbd", "trial abstract reposted on a company site; unused domain", False, "", False, False),
    ("r355-040", N, True, "22010021", True, "CBD seller's research page reposting a registry case-series abstract", UL,
     "Reposts the UK Medical Cannabis Registry case series (190 chronic-pain patients) with its adverse events (39% overall, 7% severe) and the authors' 'Inherent limitations of study design limit its overall applicability'.",
     "HARD: a CBD shop showing research on prescribed cannabis-based medicines (mostly not its retail products) is promotional by placement (advertising 1), but the excerpt adds no product claim and reports harms and limits faithfully (risks 2). Dated (published online 31 Dec 2021).",
     "cbd", "CBD seller reposting a study abstract; unused domain", False, "", False, False),
    ("r355-041", N, True, "22011112", True, "blog repost of an AP story on a school soft-drink programme study", UL,
     "AP text: school programmes discouraging carbonated drinks 'appear to be effective' in reducing child obesity, 'a new study suggests'; sweet drinks 'probably' contribute. Hedged throughout.",
     "Thin (no figures, no journal); the blogger's 'Why did it take a study?' is commentary. Date 'April 22' without a year (date 1).",
     "sugar", "AP research-news story reposted on a blog; unused domain", False, "", False, False),
]

Q.update({
    "colic": "probiotics infant colic study published news parents",
    "magnesium": "magnesium supplement migraine study finds researchers news release",
    "eggs": "new study eggs cholesterol heart risk researchers say eat daily",
    "steps": "university news study walking steps per day lower risk death researchers",
    "genetherapy": "biotech company press release gene therapy trial patient results rare disease",
    "homeopathy": "homeopathic remedy study shows effective press release",
})

ROWS += [
    ("r355-042", N, True, "22012012", True, "local TV site carrying an AP story on an egg and heart-disease study", RL,
     "AP medical writer: about 1.5 eggs a day linked to 'slightly higher' heart-disease risk, cholesterol blamed by the researchers, 'The new study has limitations and experts say eggs can still be part of a healthy diet'.",
     "Short AP lead; no figures or design, limits mentioned only generally (risks 1). No date in the excerpt.",
     "eggs", "AP research-news story on a local TV site; unused domain", False, "", False, False),
    ("r355-043", N, True, "21000002", True, "naturopathy clinic page reporting a magnesium migraine trial", UL,
     "Reports one randomised placebo-controlled trial accurately (600 mg magnesium daily: attack frequency down 41.6% vs 15% on placebo) and then ranks supplement forms by absorption.",
     "HARD: the trial figures are right and magnesium is a recognised migraine preventive, but the page names no source, no negative trial, no side effects (diarrhoea) and no limits (risks 0). The 600 mg is the trial's dose reported from a study, not an instruction (POLICY-46 part 3); the forms note is general. Judged not misleading.",
     "magnesium", "clinic page reporting a supplement trial; unused domain", False, "", False, False),
    ("r355-044", N, False, "10010001", True, "research-cluster news item on a sponsor's gene therapy trial results", UL,
     "Calls a nine-patient X-CGD gene therapy trial's results 'conclusive' in the voice of the vector's developer ('is pleased'), six of nine free of disease-related treatment; licence to a company noted; no harms or limits.",
     "HARD: journal named (Nature Medicine) and the figure is given, but 'conclusive' overstates a small uncontrolled trial and the text is the sponsor's promotion (advertising 1, risks 0). No date in the excerpt.",
     "genetherapy", "gene-therapy results news from a biotech cluster site; unused domain", False, "", False, False),
    ("r355-045", N, True, "22011022", True, "blog repost of a WSJ story on an early sickle-cell gene therapy result", UL,
     "One teenager three months without transfusion; doctors call it encouraging but 'a one-patient study of short duration made it impossible to draw firm conclusions'; an independent Vanderbilt physician: 'promising start, but it's not definitive'.",
     "Model caveats and an independent voice (risks 2); the company's market value is mentioned (context, not promotion). Text is duplicated in the repost. No date in the excerpt.",
     "genetherapy", "WSJ gene-therapy story reposted on a blog; unused domain", False, "", False, False),
    ("r355-046", N, False, "11010211", True, "patient-organisation news repost of a company's gene therapy trial results", UL,
     "Relays Orchard Therapeutics' 'positive results' for nine beta-thalassaemia patients (all survived, no treatment-related adverse events) with an investigator calling it a potential 'life-changing treatment'; efficacy figures only behind a link.",
     "HARD: dated (May 1, 2019) and safety figures given, but the benefit is unquantified in the text, rests on the company's conference presentation and a trial investigator, with no independent voice (advertising 1 for company framing).",
     "genetherapy", "patient-charity repost of a company's trial results; unused domain", False, "", False, False),
    ("r355-047", N, True, "22010112", True, "financial news aggregator item on an FDA hold lifted after a gene therapy trial death", UL,
     "Reports that the FDA let Rocket Pharmaceuticals resume a gene therapy trial halted after a patient died, and the sector's 'disappointments and safety worries'; investor framing.",
     "Thin: no cause of death or safety changes (risks 1); 'Published 2 months ago' (date 1). Nothing misleading on health.",
     "genetherapy", "business news on a gene-therapy trial safety hold; unused domain", False, "", False, False),
    ("r355-048", N, False, "00010001", True, "homeopathy advocacy organisation's research-news compilation", UL,
     "Asserts 'a growing body of research demonstrating that homeopathy does work!' from a selected list of small trials (hay fever, childhood diarrhoea, ear infections in children, brain injury), with no mention of systematic reviews finding no effect beyond placebo.",
     "Cherry-picked evidence presented as proof (accuracy 0, claims 0); journals cited (sources 1). unsafe_advice false: efficacy claims attributed to studies, no cure guarantee or advice to skip care in the excerpt.",
     "homeopathy", "homeopathy advocacy research-news page; unused domain", False, "", False, False),
    ("r355-049", N, True, "22010211", True, "professional society's patient-advocate newsletter", RL,
     "Newsletter items: annual-meeting highlights and the first custom base-editing treatment of an infant ('early results showing promising signs of efficacy'), a regulatory playbook, an FDA roundtable.",
     "Hedged on the one treatment result; event promotion (advertising 1). Dated June 2025.",
     "genetherapy", "gene-therapy society newsletter; unused domain", False, "", False, False),
]

ROWS += [
    ("r355-050", N, True, "22010212", True, "research-programme publications listing announcing a research synthesis", RL,
     "Listing for a November 2009 research review: sugar-sweetened beverage consumption by US children 'has been linked to' poorer diets, excess calories, weight gain and obesity; associational wording, no advice beyond the review.",
     "Thin listing cut at 'More'; dated November 2009 (date 2); no intervention discussed (risks 1).",
     "sugar", "research-synthesis announcement from a research programme; unused domain (picked from the 'sugar' results after the query budget was reached)", False, "", False, False),
]
