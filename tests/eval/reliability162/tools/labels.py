"""rel162 label records: Q (query key -> query) and ROWS (tuple order as reltools.build:
id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources, authorship_review,
date, risks_uncertainty, advertising), partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

Q = {
    "qmeas": "county health department announces measles case exposure locations",
    "qhosp": "hospital press release new treatment patients first in region",
    "quni": "university researchers study finds link health risk news",
    "qwnv": "health officials warn residents West Nile virus mosquito positive",
    "qflu": "state health department urges flu shots as flu season cases rise",
    "qrecall": "FDA recall announcement contaminated product consumers should stop using",
    "qfda": "company announces FDA approval new drug press release patients",
}

N = "news"
W = "web page"
U = "unreliable-leaning"
R = "reliable-leaning"

ROWS = [
    ("r162-001", N, True, "22010212", True, "local newspaper report of a county health department mosquito-test release", U,
     "Accurate, calm report of a positive mosquito test, quoting the health department's release on transmission, the 4-in-5 asymptomatic figure, higher risk over 50 and standing-water prevention.",
     "", "qwnv", "local news item relaying a county health department West Nile announcement", False, "", False, False),
    ("r162-002", N, True, "22010012", True, "local TV news brief on a county West Nile mosquito finding", U,
     "Short, accurate announcement of positive mosquito samples with standard DEET and standing-water advice; no symptoms or severity, no date in the text.",
     "", "qwnv", "short local TV item relaying a health department announcement", False, "", False, False),
    ("r162-003", N, True, "22010012", True, "local radio news brief on rising flu hospitalisations", U,
     "Accurate brief with hospitalisation counts and a named health department spokesperson urging flu shots and hygiene; typo ('their have been'), no date in the text.",
     "", "qflu", "local radio item relaying a state health department flu message", False, "", False, False),
    ("r162-004", N, True, "22010212", True, "local TV news report of a state health commissioner's flu-shot call", U,
     "Dated, accurate report: case count, a paediatric death, the named commissioner's quote and the standard six-months-and-older recommendation with high-risk groups.",
     "", "qflu", "local TV item on a state Department of Health flu announcement", False, "", False, False),
    ("r162-005", N, True, "22010212", True, "radio network news brief on a state flu spike", U,
     "Dated, accurate brief: case and hospitalisation counts, age share, and a named state epidemiologist on vaccination and avoiding sick contacts; the vaccine 'good fit' is hedged ('appears').",
     "", "qflu", "state radio network item quoting a state epidemiologist", False, "", False, False),
    ("r162-006", N, True, "22010212", True, "public radio news brief on rising flu (2009)", U,
     "Dated 2009 brief quoting a named public-health official on vaccination, hygiene and staying home when sick; accurate and modest, and labelled as an old article.",
     "", "qflu", "public radio item relaying a state public-health official", False, "", False, False),
    ("r162-007", N, False, "10010012", True, "content-site rewrite of a JAMA cohort study on sugary drinks and liver disease", U,
     "Reports a real observational cohort as 'groundbreaking' and 'shocking', gives no risk figures, and states the drinks are 'undoubtedly exacerbating' liver disease and cancer; only the study population limit is noted.",
     "HARD: the study is real and a limitation (postmenopausal women only) is stated (risks 1), but the association is turned into causation with alarm words and no numbers; a health-news reviewer would fail it on claims.",
     "quni", "research-news rewrite on a content site", False, "", False, False),
    ("r162-008", N, True, "11010112", True, "state news agency health-news digest page", U,
     "Short study briefs with sample sizes and institutions named and mostly hedged ('may aid', 'suggests'); the 'Glass of Milk A Day Cuts Bowel Cancer Risk' headline states an observational diet finding as cause.",
     "HARD: a digest of teasers; the causal milk headline and the side-effects-of-pharmaceuticals framing for carrots pull it down (accuracy 1, claims 1), but the bodies are hedged and attributed; date 1: day and month without year.",
     "quni", "national news agency's health and medicine digest", False, "", False, False),
    ("r162-009", N, False, "10010102", True, "blog 'Health Studies Hub' digest of research summaries", U,
     "Headlines turn computer-model, lab and animal studies into human harm claims ('Linked to Higher Prostate Cancer Risk', 'Harmful Microplastics', 'Poses Serious Health Risks') with no word on how weak that evidence is.",
     "HARD: each study is real and its method is described, so a careful reader could see the weakness, but the headline claims go well beyond it and no uncertainty is stated (risks 0).",
     "quni", "research-news digest blog on a church/lifestyle site", False, "", False, False),
    ("r162-010", N, True, "21010011", True, "news-aggregator category page of pharma company press releases on FDA actions", U,
     "Business Wire press-release teasers reporting regulatory facts (an NDA submission, breakthrough designations, an approval) without benefit or harm figures; company voices only.",
     "HARD: pure company press releases (advertising 1) with 'first-in-class' language and no harms, but each item reports a regulatory event, not a benefit claim, so judged not misleading (as r21-040).",
     "qfda", "aggregator page of company FDA press releases", False, "", False, False),
]
