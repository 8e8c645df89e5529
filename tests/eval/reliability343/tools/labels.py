"""rel343 labels: Q (query key -> query as sent) and ROWS (one tuple per page, reltools.build order:
id, genre, reliable, scores (accuracy_balance claims care_prompt sources authorship_review date
risks_uncertainty advertising), partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

Q = {
    "q01": "new drug breakthrough study shows patients improved, researchers say",
    "q02": "miracle supplement study news doctors say",
    "q03": "FDA approves new device for patients news",
    "q04": "new blood test detects cancer early, company says",
    "q05": "diet cures diabetes new study claims headline",
    "q06": "vitamin D supplement trial results news report",
    "q07": "patient says new treatment changed her life hospital first in region",
    "q08": "weight loss jab Ozempic Wegovy news side effects experts warn",
}

N, W = "news", "web page"
RL, UL = "reliable-leaning", "unreliable-leaning"

ROWS = [
    ("r343-001", N, False, "00000012", True, "conference-result story on a local news site", UL,
     "An unnamed drug for an unnamed 'aggressive' leukemia is called a 'breakthrough' with a '75%' response and 'reductions in tumor size' (leukemia has no tumour), sourced only to an ASH session; no study, numbers of patients or harms.",
     "risks 1: 'preliminary' and 'long-term effects and potential side effects' still to be explored. sources 0: no trial or drug identified; 'Dr. Adam Feuerstein' is given as a trial figure without affiliation.",
     "q01", "hyped leukemia 'breakthrough' story on a small local news site; third result", False, "", False, False),
    ("r343-002", N, True, "12010012", True, "TV station health report on an experimental multi-cancer blood test", RL,
     "Reports CancerSEEK's 70% detection in 1,005 people with known early cancers, and an independent internist's caution that results in people already diagnosed may not hold when screening healthy people.",
     "accuracy 1: the 1,005 patients are called 'women' (the study included men). risks 1: the main limit is stated; false positives and overdiagnosis are not.",
     "q04", "TV station story quoting an independent doctor on an experimental cancer blood test", False, "", False, False),
    ("r343-003", W, True, "22010012", True, "dietitian blog post debunking 'miracle' weight-loss supplements", UL,
     "Explains how TV endorsements drive sales of raspberry ketone and similar pills and sets out what the product is and what is promised, sceptical and accurate.",
     "warning_signs_warranted false: a consumer-protection explainer on hyped supplements, not a page on treating a condition (as r21-007). date 0: the date is only in the URL. risks 1: the excerpt stops before each product's evidence and harms.",
     "q02", "dietitian's sceptical post on 'miracle' supplements promoted on TV; first result", False, "", False, False),
    ("r343-004", N, True, "22011012", True, "bylined feature on a supplement maker's own trial", UL,
     "A named journalist reports a maker's 31-person trial and the founder's 'safe ... outperforming prescription drugs' claim, then says the evidence of benefit and safety 'falls far short of mainstream scientific standards'.",
     "unsafe_advice false: the safety claim is the company founder's, quoted and rebutted. authorship 1: byline without credentials shown. risks 1: the trial's weakness is named; no specific harm.",
     "q02", "journalist's feature testing a supplement maker's 'clinically proven' claim", False, "", False, False),
    ("r343-005", W, True, "12112022", True, "fitness blog article on supplement regulation and evidence", UL,
     "Lists lack of pre-market regulation, adulterated products, mislabelled melatonin and supplement-related emergency visits with named journals, concluding most healthy people do not need supplements.",
     "accuracy 1: the 23,000 emergency visits estimate came from NEJM, not the named toxicology journal. care 1: the closing 'Before investing in supplements, consul...' is cut off. warning_signs_warranted false: a general explainer on supplements, not a page on a condition. date 0: URL only.",
     "q02", "blog summary of supplement-industry evidence and harms", False, "", False, False),
    ("r343-006", N, False, "10010002", True, "news-aggregator tag-page teaser of a diet-and-diabetes trial story", UL,
     "'DIABETES can be cured by a low-calorie diet' turns remission in almost half of a two-year trial's dieters into a cure, with nothing on who was studied, relapse or medical supervision.",
     "HARD: a one-paragraph teaser (as r102-045); the trial result ('almost half ... free of diabetes') is roughly right, so the label rests on the cure framing and the lack of any limits. unsafe_advice false: news teaser attributing the claim ('tests reveal').",
     "q05", "tabloid-style 'diabetes can be cured' teaser on an aggregator tag page; first result", False, "", False, False),
    ("r343-007", W, False, "00010010", True, "supplement company's health-newsletter blog post on a diabetes diet study", UL,
     "Mocks a very-low-calorie diet study and then tells diabetics that a near-zero-carbohydrate diet will let them 'ditch your insulin injections' and is 'how you REALLY cure diabetes'.",
     "unsafe_advice true: own-voice cure claim and a promise that readers can stop insulin, with no doctor or monitoring (stopping insulin can be fatal, especially in type 1). warning_signs_warranted true: addressed to diabetics changing their own treatment; none given. advertising 1: a supplement seller's blog. risks 0: the diet study's 'danger' is exaggerated ('dropped dead') and no harm of the recommended diet is named.",
     "q05", "supplement-company blog reacting to a diabetes diet study", True,
     "Stick with it, and eventually you'll be able to ditch your insulin injections just like the dieters in the study -- but without counting a single calorie.",
     True, False),
    ("r343-008", N, True, "11010202", True, "aggregator rewrite of a UK hospital 'world first' treatment story", UL,
     "Reports a hospital giving atezolizumab as an under-the-skin injection in about seven minutes instead of an up-to-hour infusion, for 54 patients, cost-neutral under a Roche deal; the benefit claimed is convenience and it is quantified.",
     "HARD: superlative framing ('revolutionizes', 'heralding a new era') and no harms or equivalence data (claims 1, risks 0), but nothing claims better cancer control than the drip, so a health-news reviewer would find it hyped rather than misleading. date 2: dated 2024-03-22.",
     "q07", "hospital 'global first' cancer-injection story with a patient, on a news aggregator", False, "", False, False),
    ("r343-009", N, False, "10001001", True, "patient-story feature on a hospital's new radiotherapy machine", UL,
     "A 'Saves Local Man' headline and one patient's story credit an MRI-guided linear accelerator with fewer side effects and preserved speech, with a lead oncologist's 'revolutionary' quotes and no outcome data or limits.",
     "advertising 1: reads as promotion of the hospital's service. authorship 1: a named writer. sources 0: an unnamed 2022 journal study cut off. risks 0.",
     "q07", "hospital 'breakthrough' patient story on a news/content site", False, "", False, False),
    ("r343-010", N, True, "11000012", True, "radio station site repost on weight-loss injections", RL,
     "Reports obesity experts' warning that semaglutide users regain much of the lost weight when they stop and that a two-year limit rests on health economics; accurate in substance.",
     "HARD: garbled repost ('She added' with no speaker, no experts or study named: sources 0) under a 'Side Affects' title that lists no side effects; 'hailed as wonder drugs' is attributed. Judged thin-but-fair because nothing shown overstates benefit. risks 1: weight regain is the limit reported.",
     "q08", "radio station page on weight-loss jab warnings; first result", False, "", False, False),
]
