"""rel310 labels: Q (query key -> query) and ROWS (see tests/eval/reltools.py build for the tuple order):
id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources, authorship_review, date,
risks_uncertainty, advertising), partial, doc_type, source_leaning, why, note, query key, picked_because,
unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present."""

Q = {
    "q01": "my husband was just diagnosed with pancreatic cancer what to expect",
    "q02": "chemotherapy side effects mouth sores what helps",
    "q03": "rare disease patient organisation support families diagnosis",
}

W, N = "web page", "news"
RL, UL = "reliable-leaning", "unreliable-leaning"

ROWS = [
    ("r310-001", W, True, "22100012", True, "caregiver's first-person guide on a pancreatic cancer foundation site", UL,
     "Sensible, accurate caregiver advice: understand the diagnosis, seek a high-volume centre, and seek medical help for depression and insomnia.",
     "HARD: 'seek medical help for ... depression and insomnia' read as signs tied to an action, so warning_signs_present true; the page is personal experience, no sources.",
     "q01", "foundation page for the newly diagnosed, written by a caregiver; first result", False, "", True, True),
    ("r310-002", W, True, "22100012", True, "newly-diagnosed guide on a pancreatic cancer patient organisation site", UL,
     "Accurate first steps (tests, stage, genetic testing for all newly diagnosed patients, as guidelines advise); an upbeat survivor-story teaser but no false claim.",
     "The survivor story 'doctor with an attitude that she could beat the disease' is hopeful framing, not a cure claim. No signs tied to an action.",
     "q01", "patient organisation's 'newly diagnosed' page", False, "", True, False),
    ("r310-003", W, True, "22200012", True, "patient-education page of a cancer institute network", UL,
     "Practical, accurate advice on working with the care team and choosing an oncologist; 'usually not a medical emergency' is fair for most diagnoses.",
     "'What if you have an emergency? Can you call?' is a question to ask, not a sign with an action, so warning_signs_present false.",
     "q01", "cancer network's page on talking with the healthcare team", False, "", True, False),
    ("r310-004", W, True, "22220012", True, "coping page on an Australian pancreatic cancer charity site", RL,
     "Accurate, referenced coping and information advice with honest survival figures; sends readers to their doctor about stage, treatment and trials.",
     "sources 2: numbered references. No signs tied to an action in the excerpt.",
     "q01", "charity's coping page with referenced statistics", False, "", True, False),
    ("r310-005", W, True, "22110012", True, "step-by-step guide on a pancreatic cancer nonprofit site", UL,
     "Accurate basic explanation of pancreatic cancer citing the National Cancer Institute; empowering tone without false claims.",
     "sources 1: NCI named in the text. Excerpt stops before any treatment advice.",
     "q01", "nonprofit's 'what to do next' guide", False, "", True, False),
    ("r310-006", W, True, "22001212", True, "newspaper health column answering a reader question on chemotherapy mouth sores", UL,
     "Correct explanation of oral mucositis and its usual course; named author and date; excerpt stops before the steps.",
     "No advice or signs shown before the cut; warning signs warranted (chemotherapy side-effect self-care) but absent.",
     "q02", "dated newspaper 'Your cancer answers' column on chemo mouth sores", False, "", True, False),
    ("r310-007", W, True, "22010012", True, "rare-disease explainer on a national patient alliance site", RL,
     "Accurate definition and prevalence of rare diseases (EU 1 in 2,000, over 6,000 diseases, 80% genetic), pointing to EURORDIS resources.",
     "General explainer about rare diseases as a group: warning signs not warranted (as a genetics/statistics explainer).",
     "q03", "rare disease alliance's page for patients and families", False, "", False, False),
    ("r310-008", W, True, "22010012", True, "patient-site repost of a GARD guide to support and advocacy groups", UL,
     "Accurate, neutral guide to the kinds of nonprofit support groups for rare conditions.",
     "Guide to support organisations, not to a condition or its care: warning signs not warranted. sources 1: GARD named in the title.",
     "q03", "rare-skin-disease patient site reposting GARD's support-group guide", False, "", False, False),
    ("r310-009", N, True, "21020111", True, "sponsored Brandpoint feature on a newspaper's business pages", UL,
     "Accurate description of PDAC and its prognosis with numbered references; a caregiver story frame; the (BPT) marker shows paid content whose sponsor is not named in the excerpt.",
     "HARD: sponsored content (likely a company's awareness campaign) judged on what is shown: accurate facts, no product claim yet, so true; advertising 1 and claims 1 for the undisclosed sponsor.",
     "q01", "syndicated sponsored feature about a pancreatic cancer caregiver; press item", False, "", False, False),
    ("r310-010", W, True, "22011112", True, "rare disease charity blog on setting up a patient group", RL,
     "Accurate, practical account of why and how parents set up rare-disease support groups; no medical claims.",
     "About founding patient organisations, not a condition's care: warning signs not warranted. Named author; date only in the URL.",
     "q03", "rare-disease charity blog with founders' interviews", False, "", False, False),
]
