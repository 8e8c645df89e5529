"""rel406 labels (blind; from the stored excerpts only). Tuple order as reltools.build:
(id, genre, reliable, scores, partial, doc_type, source_leaning, why, note, query key, picked_because,
unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present). Scores in criteria order:
accuracy_balance, claims, care_prompt, sources, authorship_review, date, risks_uncertainty, advertising."""

W = "web page"
U = "unreliable-leaning"
R = "reliable-leaning"

Q = {
    "ashw": "is it safe to take ashwagandha every day side effects",
    "turm": "best turmeric supplement for joint pain does it really work",
    "elder": "elderberry syrup for flu kids dosage natural immune booster",
    "vitd": "vitamin D supplement how much should I take deficiency",
    "seamoss": "sea moss gel benefits does it really have 92 minerals",
    "berb": "berberine nature's ozempic weight loss supplement review",
    "kratom": "kratom capsules for pain and energy is it safe",
    "mag": "magnesium glycinate vs citrate which form for sleep and anxiety",
}

ROWS = [
    ("r406-001", W, True, "11001012", True, "physician-practice blog guide to elderberry for children", U,
     "Hedged overview of elderberry for children's colds and flu that says evidence in children is limited and not conclusive.",
     "HARD: a 'pediatrician-approved' guide quoting an unidentified '2019 NIH-supported trial' (up to three days shorter flu); the hedge that child evidence is inconclusive keeps it fair; excerpt stops before safety/dosing, no signs of when a child with flu needs care.",
     "elder", "physician-practice page on elderberry for kids; not a used domain", False, "", True, False),
    ("r406-002", W, True, "11000012", True, "nutrition-business blog explainer on vitamin D dose", U,
     "Basic, mostly accurate vitamin D explainer (forms, sun, who is at risk of deficiency); 'protection against cancer' stated loosely.",
     "Cancer-protection line is an overstatement but in a list of receptor roles; excerpt stops before any dose. Warranted: tells deficient readers to supplement (self-treatment of a deficiency).",
     "vitd", "nutrition business's vitamin D dose page", False, "", True, False),
    ("r406-003", W, False, "00000001", True, "personal family blog: homemade elderberry syrup and gummies for flu prevention", U,
     "Family blog recommending a homemade elderberry syrup for its 'immunity-boosting properties' on the reasoning that 'it can't hurt anything', with daily child doses as candy-like gummies.",
     "HARD: the honey-under-1 caution and the writer's abstaining while breastfeeding are sensible; false for the unsupported immune claim and 'can't hurt' reasoning, not unsafe (a personal guess, not a safety guarantee to readers). Date only in the URL.",
     "elder", "parent's homemade elderberry remedy post; Blogspot subdomain (public suffix)", False, "", True, False),
    ("r406-004", W, True, "22000012", True, "nutrition blog research guide to vitamin D needs", U,
     "Careful research-based vitamin D explainer that marks causation as debated and trial results as mixed.",
     "'possibly even cancer prevention' is hedged. Warranted false: a general intake explainer, not a guide to treating a condition (judgement call, see LABELLING). Cloudflare Pages subdomain (public suffix).",
     "vitd", "research-style vitamin D guide; new host", False, "", False, False),
    ("r406-005", W, True, "22000011", True, "sea-moss brand blog debunking the '92 minerals' claim", U,
     "A sea-moss seller's blog that states plainly that the '92 minerals' claim has no scientific support and that mineral content varies.",
     "HARD: a seller's page (advertising 1) and the title promises why sea moss 'still matters'; the excerpt is accurate, though iodine is praised without the excess-iodine caution. Product page: warnings not warranted.",
     "seamoss", "brand blog that debunks its own market's claim", False, "", False, False),
    ("r406-006", W, False, "00010012", True, "kratom information site on kratom capsules", U,
     "Presents kratom capsules as pain relief 'without the need for prescription medications' and as an opioid-withdrawal aid with less dependency risk than opioids.",
     "HARD: mentions concerns and lack of FDA approval, but the own-voice claim of lower dependency risk for self-managed opioid withdrawal is unsafe.",
     "kratom", "first result; kratom advocacy-style explainer", True,
     "kratom can alleviate cravings and withdrawal discomforts without the same level of dependency risk as traditional opioids", True, False),
    ("r406-007", W, True, "21000012", True, "addiction-recovery site explainer on kratom capsules", U,
     "Neutral explainer of what kratom capsules are, their dose-dependent effects, the regulatory dispute, and that their safety is unresolved.",
     "HARD: doses (10-25 g) are reported as what people take, not advised; excerpt stops at the safety section. Warranted false: a substance explainer, not a self-treatment guide.",
     "kratom", "recovery organisation's kratom page", False, "", False, False),
    ("r406-008", W, False, "11010012", True, "lifestyle blog post on kratom benefits", U,
     "Cites CDC warnings, then downplays risks: side effects 'usually short-lived' with no mention of dependence or withdrawal, for readers seeking pain relief.",
     "Addiction risk omitted; not unsafe (no guarantee). Off-topic host (slacklining blog).",
     "kratom", "off-topic hobby blog writing on kratom benefits", False, "", True, False),
    ("r406-009", W, False, "00000010", True, "supplement brand blog on magnesium forms", U,
     "A magnesium seller calls better sleep, less anxiety and more energy 'well proven benefits' and attributes heart and blood-pressure support to magnesium taurate.",
     "Overclaim on a seller's blog; no care prompt for insomnia or anxiety.",
     "mag", "supplement brand's magnesium comparison", False, "", True, False),
    ("r406-010", W, False, "00010000", True, "supplement manufacturer blog: magnesium for sleep", U,
     "Tells poor sleepers the 'real culprit' may be magnesium deficiency (said to affect up to 60% of adults) and steers them to the right magnesium form.",
     "NIH figure misused (inadequate intake, not deficiency); sales content; no advice on when insomnia needs assessment.",
     "mag", "manufacturer blog pushing magnesium for sleep", False, "", True, False),
]
