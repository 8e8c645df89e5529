"""rel261 labels: Q (query key -> query) and ROWS (one tuple per page, in reltools.build order:
id, genre, reliable, scores, partial, doc_type, source_leaning, why, note, query key, picked_because,
unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present).
Scores in criteria order: accuracy_balance, claims, care_prompt, sources, authorship_review, date,
risks_uncertainty, advertising."""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "qms": "morning sickness remedies that actually work first trimester",
    "qbl": "bleeding in early pregnancy should I worry spotting",
    "qfm": "baby not moving as much 3rd trimester reduced fetal movements what to do",
    "qfs": "best fertility supplements to get pregnant fast",
    "qdo": "what does a doula do and is it worth the cost birth doula",
    "qbc": "birth centre vs hospital birth safety midwife-led unit",
    "qivf": "IVF clinic success rates how to choose a fertility clinic",
    "qpp": "postpartum recovery tips after vaginal birth bleeding how long",
}

ROWS = [
    ("r261-001", W, True, "22201012", True, "obstetrician's practice-site update on first-trimester nausea", U,
     "Standard first-line measures (B6 10-25 mg every 8 h to 75 mg/day, ginger, small meals, acupressure) with a clear 'When to Call a Doctor' list (vomiting more than 3-4 times a day, dehydration signs, weight loss, hyperemesis).",
     "HARD: B6 and ginger-capsule amounts are consumer doses (POLICY-46 s.3) with no pharmacist/doctor caveat in their section; they match usual obstetric guidance, so the label stays true. 'Clinical studies support' unnamed (sources 0). risks 1: no B6/ginger side effects.",
     "qms", "obstetrician's own morning-sickness page with doses and a when-to-call list", False, "", True, True),
    ("r261-002", W, False, "10001002", True, "doula agency blog post of morning-sickness remedies", U,
     "Harmless remedies (ginger tea, snacks, fluids, crisps) but an invented finding ('women who drink a glass of water every hour are much less likely to suffer'), 'vitamin deficiency' as a cause, and a wait-it-out close with no word on hyperemesis or when to get help.",
     "HARD: nothing here is dangerous; label false for the unsupported statistic and the 'take comfort' close that leaves severe vomiting unaddressed (care 0, warning_signs_present false). Not unsafe_advice: 'cures' refers to the nausea passing, not a product guarantee.",
     "qms", "doula-business remedy list for morning sickness", False, "", True, False),
    ("r261-003", W, False, "11000001", True, "maternity shop blog on natural morning-sickness remedies", U,
     "Chatty list (ginger, B6 25 mg three times a day 'for three days', Sour Patch Kids, aromatherapy) with product plugs, no care prompt and nothing on hyperemesis or dehydration.",
     "HARD: the B6 amount is a consumer dose without a caveat (POLICY-46 s.3) and the 'for three days' course is garbled; the other remedies are harmless. Label false for the uncaveated dose, product plugs ('These ginger candies also got very high praise', advertising 1) and no warning signs. Not unsafe_advice: no cure or safety guarantee.",
     "qms", "shop blog remedy list with a B6 dose", False, "", True, False),
    ("r261-004", W, True, "22210011", True, "kick-counting app blog on decreased fetal movement", U,
     "Accurate overview: movement pattern matters, ACOG cited, and readers told to contact their provider immediately if concerned about movement ('When in doubt, always call').",
     "HARD: 'If you are concerned about your baby's movement ... contact your healthcare provider immediately' is counted as a sign tied to an action (reduced movement is the sign). The app's promotion of kick counting (advertising 1) and a 'fewer than 10 in 2 hours' rule are US practice; the sleep-cycle reassurance is accurate.",
     "qfm", "app blog with when-to-call framing on reduced fetal movements", False, "", True, True),
    ("r261-005", W, True, "22100012", True, "fertility-app company blog on conceiving naturally", U,
     "Accurate basics on cycle tracking, fertile window and egg viability, with a subtitle promising 'when to seek help' that the excerpt does not reach.",
     "Promised when-to-seek-help section not shown (care 1, warning_signs_present false). risks 1: no intervention with harms in the excerpt.",
     "qfs", "fertility company's conception guide", False, "", True, False),
    ("r261-006", W, True, "11001012", True, "obstetrics practice blog on improving fertility naturally", U,
     "Mostly sound preconception advice (healthy weight, folic acid 600-800 mcg, no smoking, timing sex every 1-2 days in the fertile window), though 'folic acid improves fertility and decreases the risk of miscarriage' overstates the evidence.",
     "HARD: accuracy 1 and claims 1 for the folic-acid fertility/miscarriage claim; the folic-acid amount has no frequency, so not a dose instruction. No advice on when to see a fertility specialist (care 0, warning_signs_present false).",
     "qfs", "physician blog on natural fertility", False, "", True, False),
    ("r261-007", W, True, "22000012", True, "mum blog explainer on doulas", U,
     "Personal but accurate: a doula is not a medical professional, cannot replace a midwife or doctor, and the post carries a not-medical-advice disclaimer.",
     "warning_signs not warranted: a service explainer about choosing birth support, no symptom or self-treatment (as r21-007). risks 1: no intervention with harms discussed.",
     "qdo", "parent blog on hiring a doula", False, "", False, False),
    ("r261-008", W, True, "12200012", True, "short midwifery guide card on birth centre vs home birth", U,
     "Brief and hedged: out-of-hospital birth only for screened low-risk pregnancies with a licensed midwife and transfer plan; any risk factor warrants a hospital plan.",
     "HARD: 'can be safe' without the higher neonatal risk of planned US home births (accuracy 1), but the screening and transfer conditions are stated. 'Any risk factor or complication' is too general to count as a sign (warning signs not warranted anyway: birth-setting explainer).",
     "qbc", "short evidence card on birth settings", False, "", False, False),
    ("r261-009", W, True, "22010022", True, "local birth-options guide summarising birth-centre research", U,
     "Fair summary of birth-centre outcome studies for low-risk women, with transfer rates (12-20%, higher for first babies, <1% emergency) and accreditation standards.",
     "Studies described but not cited (sources 1). warning signs not warranted: birth-setting explainer. risks 2: transfer likelihood quantified.",
     "qbc", "birth-centre evidence summary with transfer rates", False, "", False, False),
    ("r261-010", W, True, "22000012", True, "health article site guide to choosing an IVF clinic", U,
     "Accurate advice on reading SART/CDC data: age-specific live-birth rates, pregnancy vs live-birth rates, cancellation rates.",
     "warning signs not warranted: clinic-choice guide, no symptom or self-treatment. risks 1: no treatment harms in the excerpt.",
     "qivf", "data-focused IVF clinic selection guide", False, "", False, False),
]
