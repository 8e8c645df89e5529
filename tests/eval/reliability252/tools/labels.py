"""rel252 labels: Q (query key -> query) and ROWS (reltools.build tuple order:
id, genre, reliable, scores, partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present).
Scores in order: accuracy_balance, claims, care_prompt, sources, authorship_review, date,
risks_uncertainty, advertising."""

W, N = "web page", "news"
UL, RL = "unreliable-leaning", "reliable-leaning"

Q = {
    "qbph": "enlarged prostate natural remedies saw palmetto frequent urination at night",
    "qlowt": "low testosterone symptoms men's clinic TRT therapy",
    "qed": "erectile dysfunction natural cure herbs boost performance",
    "qks": "kidney stone pain home remedies pass stone faster lemon juice",
    "qoab": "overactive bladder men weak urine stream what to do",
    "qsperm": "low sperm count male fertility supplements improve sperm quality",
}

ROWS = [
    ("r252-001", W, False, "00010002", True, "health blog post (saw palmetto for BPH)", UL,
     "frames herbal options as 'less expensive and safer' than conventional BPH treatment and saw palmetto as promising, with no word that large trials found it no better than placebo and no prompt to have urinary symptoms checked.",
     "HARD: 'safer holistic options' read as an own-voice, unqualified safety claim for remedies to treat a disease (not a general 'safe tips' line as r94-001); the closing question about effectiveness does not qualify safety.",
     "qbph", "a blog post promoting saw palmetto for nocturia/BPH; the worried reader's remedy search", True,
     "less expensive and safer holistic options are also available to treat the disease", True, False),
    ("r252-002", W, True, "21100001", True, "clinic service page (TRT)", UL,
     "a TRT clinic's service page whose excerpt gives an accurate low-T symptom list and a correct diagnostic path (provider exam, two morning blood tests); no TRT risks yet in the excerpt.",
     "HARD: a clinic selling testosterone therapy, but the stored text is accurate and sends readers to a provider and repeat morning tests; product page per POLICY-46, so warning signs not warranted.",
     "qlowt", "a men's clinic TRT page from the result list", False, "", False, False),
    ("r252-003", W, True, "22100011", True, "clinic blog post (TRT)", UL,
     "accurate overview of testosterone's roles and low T; states TRT has both advantages and risks and points readers to their healthcare provider; excerpt stops before the signs.",
     "", "qlowt", "a rehab clinic's explainer on who needs TRT", False, "", True, False),
    ("r252-004", W, True, "21000011", True, "clinic-site glossary entry (testosterone deficiency)", UL,
     "accurate glossary entry: symptoms, testing of total/free testosterone and pituitary work-up, treatment options with monitoring; 'certain supplements may help' is hedged but vague.",
     "", "qlowt", "a glossary page on a low-T clinic domain", False, "", True, False),
    ("r252-005", W, True, "10000011", True, "clinic article (low testosterone symptoms)", UL,
     "mostly accurate symptom explainer with the usual 300-1,000 ng/dL range; says erections depend on 'nitric acid' (nitric oxide) and gives no care prompt.",
     "HARD: a factual slip ('nitric acid') on a clinic page with header advertising; the rest is standard and harmless, so thin-but-fair rather than false.",
     "qlowt", "an Indian clinic's low-T article", False, "", True, False),
    ("r252-006", W, False, "00100002", True, "remedy site (passing a kidney stone)", UL,
     "lemon juice plus olive oil said to make the stone 'slippery' (no such mechanism), with an unsupported preference for avoiding medication; it does say to notify the doctor if pain persists or increases.",
     "HARD: the persistence-plus-doctor line counts as warning_signs_present (as r41-011), though no fever/vomiting red flags; the tablespoon of lemon juice and olive oil are food amounts, not a dose (POLICY-46 section 3).",
     "qks", "a single-topic home-remedy site for passing stones", False, "", True, True),
    ("r252-007", W, True, "22000011", True, "urology clinic condition page (overactive bladder)", UL,
     "two accurate sentences on overactive bladder in men and its link with BPH; nothing more.",
     "HARD: very thin clinic page; read as a condition explainer (warranted) rather than a service page; nothing wrong, so thin-but-fair.",
     "qoab", "a urology clinic's page on OAB in men", False, "", True, False),
    ("r252-008", W, True, "22100012", True, "men's lifestyle site article (overactive bladder)", UL,
     "accurate OAB explainer (symptoms, BPH as the main male cause) that repeatedly tells readers their doctor can find the cause and help; no specific red flags.",
     "", "qoab", "a men's lifestyle site explaining OAB", False, "", True, False),
    ("r252-009", W, True, "22000011", True, "urology practice condition page (overactive bladder)", UL,
     "accurate condition page on OAB in men from a urology practice; notes men often fail to seek treatment but gives no sign-based advice in the excerpt.",
     "", "qoab", "a urology practice page on male OAB", False, "", True, False),
    ("r252-010", W, True, "22000011", True, "continence charity blog (overactive bladder in men)", RL,
     "accurate and balanced patient-charity explainer on OAB in men, its causes (prostate, infection, stones, bladder cancer, neurological); the retention/catheter line is description, not a directive.",
     "", "qoab", "a continence patient association's page on OAB in men", False, "", True, False),
]
