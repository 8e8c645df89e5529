"""rel241 label records (blind; from the stored excerpts only). Tuple order as reltools.build:
(id, genre, reliable, scores, partial, doc_type, source_leaning, why, note, query, picked_because,
unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present).
Scores: accuracy_balance, claims, care_prompt, sources, authorship_review, date, risks_uncertainty,
advertising (0-2)."""

Q = {
    "qchest": "chest pain at home when should I worry heart attack or heartburn",
    "qpalp": "heart palpitations at night should I be worried",
    "qbpnat": "how to lower blood pressure naturally without medication",
    "qcholsup": "best supplements to lower cholesterol naturally red yeast rice plant sterols",
    "qmonitor": "home blood pressure monitor readings how to measure correctly wrist cuff",
    "qhawthorn": "hawthorn berry for heart health supplement benefits",
}

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

ROWS = [
    ("r241-001", W, True, "22200012", True, "consumer explainer (re-hosted copy of a clinic article) on heartburn vs heart attack", U,
     "Accurate and well prioritised: persistent chest pain of unsure cause means calling 911, and an unexplained episode that passed still means calling a provider.",
     "Unattributed copy of a clinic article on a content site (sources 0, as ext016's scraped copy). warning_signs_present: persistent chest pain + call 911; risks 1: antacids named only.",
     "qchest", "heartburn-or-heart-attack page on an unfamiliar content site; second result", False, "", True, True),
    ("r241-002", W, True, "11200012", True, "CPR-training company blog post on chest pain vs heartburn", U,
     "Overcautious but safe: any chest pain should be checked, heart-attack symptoms are listed and 'When in doubt. Call 911 or go to the hospital'.",
     "HARD: 'antacids that can cure you right up' is an overstated own-voice line (claims 1, accuracy 1) but about relief of heartburn on a page that sends every chest pain to be checked, so not unsafe_advice (no remedy displaces care). warning_signs_present: squeezing pressure lasting minutes, sweats, breathlessness + call 911. advertising 2: no promotion in the excerpt.",
     "qchest", "small CPR-training company blog answering the worried reader's question", False, "", True, True),
    ("r241-003", W, True, "21100011", True, "cardiology practice blog on night-time palpitations", U,
     "Accurate and reassuring without dismissing: frequent palpitations or palpitations with other symptoms should be evaluated; lifestyle triggers explained.",
     "HARD: warning_signs_present counted for 'frequent' palpitations or ones 'accompanied by other symptoms' + have them evaluated (a condition tied to an action), though the named red flags (fainting, chest pain, breathlessness) are not reached in the excerpt (care 1). advertising 1: 'call our office'. risks 1: only lifestyle steps discussed.",
     "qpalp", "cardiology practice post on when to see a doctor for night palpitations", False, "", True, True),
    ("r241-004", W, True, "22100012", True, "wellness blog list of lifestyle measures for high blood pressure", U,
     "Standard lifestyle advice (diet, exercise, weight, stress) for blood pressure, accurate; 'work with your doctor' on weight; no red flags for very high readings.",
     "Thin-but-fair. 'Without medication' framing does not tell readers to stop pills in the excerpt. Symptoms (headache, blurred vision) named with no action, so warning_signs_present false; care 1 for the general prompt. risks 1: no intervention with harms.",
     "qbpnat", "generic 'without medication' blood-pressure post on a health-news-named blog", False, "", True, False),
    ("r241-005", N, True, "22000012", True, "newspaper health feature (2015) on heartburn vs heart attack", U,
     "Accurate feature: heartburn is common, self-medicating chest pain is risky because a heart attack is time-critical; figures given but not attributed.",
     "News: care 0 by convention. sources 0: 'studies show' figures with no named source. date 0: the date is only in the URL. risks 1: no intervention discussed beyond a self-medication caution.",
     "qchest", "newspaper feature in the same results, for the news share", False, "", False, False),
    ("r241-006", W, True, "22010112", True, "pharmacist's column on plant sterols for cholesterol (patient community site)", U,
     "Balanced: plant sterols lower LDL in many studies but not all, FDA health claim reported correctly, fruit and vegetables advised alongside supplements.",
     "Amounts (0.8-2 g daily) reported from studies, not an instruction. No care prompt in the excerpt (care 0), so no warning signs; authorship 1: named pharmacist and diabetes educator with credentials, no review. risks 1: vitamin-deficiency caution only.",
     "qcholsup", "named pharmacist's supplement column on a diabetes community site", False, "", True, False),
    ("r241-007", W, False, "11000010", True, "affiliate blog post on using a home blood pressure monitor", U,
     "The how-to is cut off; what is shown is an anecdote and an affiliate pitch: a breathing device 'approved by the FDA and The American Heart Association' and 'proven to lower BP', 'Lower Your BP Naturally, In Only 30 Days Or Pay Nothing'.",
     "HARD: the device claim is promotion inside a measurement how-to (advertising 0; the AHA does not approve devices: accuracy 1). Not unsafe_advice: an efficacy claim with a money-back offer, not a cure or safety guarantee. Warranted as a consumer high-blood-pressure page that pitches a self-treatment; no sign or action.",
     "qmonitor", "blogger's home-monitor guide with affiliate links", False, "", True, False),
    ("r241-008", W, True, "22120012", True, "telehealth company's instructions for its programme's blood pressure monitor", U,
     "Correct measuring technique (rest 5 minutes, no caffeine or smoking for 30 minutes, cuff on bare upper arm at heart level), references listed and a see-your-physician disclaimer.",
     "HARD: warning_signs_warranted false: instructions for using a programme-supplied device (a product page, POLICY-46 s.1), not a symptom page. sources 2: five named references. risks 1: no intervention.",
     "qmonitor", "telehealth company library page on checking blood pressure", False, "", False, False),
    ("r241-009", W, True, "22100012", True, "GP practice patient sheet on home blood pressure monitoring (HBPM)", U,
     "Accurate, standard HBPM protocol (7 days, twice daily, two readings a minute apart, first day discarded) and sound preparation advice.",
     "HARD: warning_signs_warranted false: preparation instructions for a practice-supplied diagnostic test whose readings go to the nurse (as a test-preparation sheet), not self-treatment. care 1: the practice nurse reviews readings. risks 1: no intervention.",
     "qmonitor", "UK GP surgery patient resource on HBPM", False, "", False, False),
    ("r241-010", W, False, "11100010", True, "content-site article promoting hawthorn berry for heart health", U,
     "Presents hawthorn as 'a friend to your cardiac health' for heart failure, gives a dose, says it 'does not produce irregular heartbeats' and 'appear[s] to be safe', with no word on interactions with heart drugs or that heart failure needs medical care.",
     "HARD: 'appear to be safe' is qualified and followed by excluded groups and 'check with your health care provider', so not unsafe_advice (as r21-014); care 1 for that prompt. A dose of a herbal extract (160-900 mg per day in 2-3 doses) is told to readers. Comparison with 'digitalis' as an herb is misleading (accuracy 1). risks 1: some groups named, no interactions.",
     "qhawthorn", "hawthorn supplement article on a longevity content site; first result", False, "", True, False),
]
