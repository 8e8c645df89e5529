"""rel103 labels: Q (query key -> query) and ROWS, one tuple per page in reltools.build order:
(id, genre, reliable, scores, partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present).
Scores are an 8-digit string in criteria order: accuracy_balance, claims, care_prompt, sources,
authorship_review, date, risks_uncertainty, advertising."""

Q = {
    "qf1": "my baby has a fever when should I worry",
    "qr1": "toddler rash with fever what does it mean",
    "qb1": "baby breathing fast noisy breathing when to go to hospital",
    "qp1": "bleeding in early pregnancy is it a miscarriage",
    "qm1": "reduced baby movements in pregnancy what to do",
    "qh1": "toddler hit head when to go to A&E signs of concussion child",
    "qt1": "natural teething remedies for babies amber necklace clove oil",
}

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

ROWS = [
    ("r103-001", W, True, "22211212", True, "professional-society parent page on fever (AAP)", R,
     "Standard AAP fever guidance: fluids, watch for serious signs, and a clear list of when to call (under 3 months at 38.0C, stiff neck, breathing difficulty, unexplained rash, seizure, persistence by age).",
     "risks 1: 'medicine for discomfort' named without dose or risks. date 1 from the 2020 copyright line.",
     "qf1", "AAP parent site's when-to-call fever page; last result of the fever query", False, "", True, True),
    ("r103-002", W, True, "22200012", True, "health-plan member FAQ on infant fever", U,
     "A short call-the-doctor list matching AAP guidance (under 3 months at 100.4F, seizure, stiff neck, rash, repeated vomiting, fever over 2-3 days by age).",
     "thin-but-fair FAQ: no home care, no source or date, but nothing wrong.",
     "qf1", "health plan FAQ giving a when-to-call fever list", False, "", True, True),
    ("r103-003", W, True, "22200012", True, "reposted parenting text on a Blogspot health blog", U,
     "Sound fever triage by age (under 3 months at 38C: call immediately; older babies judged by behaviour and fluids, call if over 24 hours or very high) and a fair account of why fever happens.",
     "HARD: an unattributed copy ('Source' with no link) of a parenting-site article on a directory blog; the text itself is accurate, so the body decides.",
     "qf1", "blog repost of newborn fever advice; a copied-content host", False, "", True, True),
    ("r103-004", W, True, "22201012", True, "hospital trust children's symptom checker (noisy breathing)", U,
     "Accurate on wheeze, bronchiolitis, croup and normal newborn breathing, says most chest infections need no antibiotics, and tells parents a child struggling to breathe or too breathless to feed must be seen urgently.",
     "source_leaning unreliable-leaning by the hospital-system convention although it is a public NHS trust. Red/amber sections cut off.",
     "qb1", "NHS children's hospital traffic-light page on noisy breathing", False, "", True, True),
    ("r103-005", W, False, "01100002", True, "paediatrician-branded parenting site triage page", U,
     "For babies under 2 months it says laboured breathing with the chest 'caving in' warrants a page only 'if it persists for hours despite steam' and clapping, and suggests letting a congested infant sleep upright in a car seat.",
     "HARD: unsafe_advice true: retractions in a young infant are an urgent sign, and the own-voice instruction to wait hours with steam before calling delays care (read as discouraging timely care, as r21-006's discouragement). Sitting sleep in a car seat is against safe-sleep advice. warning_signs_present true on the letter (sign + page the doctor) although the action is delayed.",
     "qb1", "well-known parenting site's after-hours triage for infant breathing", True,
     "warrants a page to your doctor if it persists for hours despite steam, upright positioning, and gentle clapping on the chest and back", True, True),
    ("r103-006", W, True, "11200012", True, "pregnancy Q&A answer page", U,
     "Tells a pregnant reader with bleeding to contact her provider as soon as possible, names ectopic and molar pregnancy, and stays modest, though it mislabels first-trimester bleeding in general as 'implantation bleeding'.",
     "HARD: one factual slip (20% of first-trimester bleeding called implantation bleeding) and no named red flags (heavy bleeding, severe or one-sided pain, fainting); the prompt care advice decides. warning_signs_present: bleeding in pregnancy + provider as soon as possible.",
     "qp1", "Q&A-style answer on early-pregnancy bleeding", False, "", True, True),
    ("r103-007", W, False, "11200012", True, "obstetric practice patient-information page", U,
     "Opens by telling readers that feeling less movement as pregnancy progresses 'is normal' (a myth that delays reporting) and sends a woman who has not felt her baby move to eat something sweet and count at home first.",
     "HARD: the kick-count threshold (ten movements in one to two hours, else call) and 'do not hesitate to call' are standard US advice, but the opening reassurance contradicts current reduced-movement guidance. warning_signs_present true (threshold + call the office).",
     "qm1", "practice page on decreased fetal movement with home kick count", False, "", True, True),
    ("r103-008", W, True, "12200012", True, "health content page (reference-book style) on decreased fetal movement", U,
     "Explains that a significant drop in movements may mean the baby is in jeopardy and gives immediate-call thresholds (no movement for over an hour, under 10 in two hours); the juice-and-count step and 'declines gradually' line are dated.",
     "HARD: shares r103-007's outdated 'movements decline in late pregnancy' framing, but here it is qualified by the danger and paired with stricter immediate-call thresholds, so true.",
     "qm1", "reference-style page on reduced fetal movement with self-care and when to call", False, "", True, True),
    ("r103-009", W, True, "22100012", True, "UK parenting site pregnancy-week article", U,
     "Explains why movements matter, that a sudden stop may mean the baby is unwell and that quick reporting can save a life (with a UK stillbirth figure); the excerpt stops before the step-by-step advice.",
     "care 1: reporting is urged implicitly ('if this symptom is reported quickly'); counted as warning_signs_present (movements stop suddenly + report to professionals). The 55% figure is unattributed.",
     "qm1", "UK parenting site on reduced fetal movement", False, "", True, True),
    ("r103-010", W, True, "22201212", True, "children's hospital blog post on concussion", U,
     "Sensible triage: observe a child who is acting normally for 24-48 hours, call the physician with concerns, and remove a child with concussion symptoms from activity for a prompt appointment.",
     "the emergency-sign section is cut off and symptoms are not listed, so warning_signs_present false (promised but cut-off, as rel102).",
     "qh1", "children's hospital guide to when a head bump needs the ER", False, "", True, False),
]
