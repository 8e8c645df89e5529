"""rel524 labels: Q (query key -> query as sent to the `pages` search) and ROWS (see reltools.build for the tuple order:
id, genre, reliable, scores, partial, doc_type, source_leaning, why, note, query key, picked_because,
unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present). No page text beyond short quoted phrases."""

Q = {
    "qpso": "psoriasis symptoms causes treatment when to see a GP",
    "qshin": "shingles what is it symptoms treatment health service",
    "qgout": "gout symptoms causes diagnosis treatment patient information",
    "qkid": "hospital health library kidney stones symptoms causes when to see a doctor",
    "qepi": "charity information about epilepsy seizures what to do symptoms diagnosis",
    "qhepa": "public health department fact sheet hepatitis A symptoms transmission prevention",
    "qsci": "I think I have sciatica what is it and when should I see a doctor",
}

W = "web page"
RL = "reliable-leaning"
UL = "unreliable-leaning"

ROWS = [
    ("r524-001", W, True, "22200012", True, "national health service condition page (NHS inform content on a staging host)", RL,
     "Accurate shingles symptoms and rash description, with urgent and non-urgent advice tied to pregnancy, weak immunity, age and exposure.",
     "HARD: the host is an azurewebsites staging copy of NHS inform; counted reliable-leaning as the service's own content rather than a third-party re-host. risks 1: no intervention discussed in the excerpt.",
     "qshin", "national health service shingles page in the result list; last result", False, "", True, True),
    ("r524-002", W, True, "22100012", True, "regional public-health coalition fact page", RL,
     "Standard hepatitis A facts (spread, symptoms, timing) with vaccination, hand-washing and post-exposure advice.",
     "warning_signs_present true: exposure tied to contacting the health department for post-exposure vaccination (a situation plus an action). No symptom-based advice (care 1).",
     "qhepa", "public-health coalition hepatitis A page; second result", False, "", True, True),
    ("r524-003", W, True, "22010012", True, "immunization coalition disease fact page", RL,
     "Accurate, CDC-attributed hepatitis A summary: transmission, groups at risk of severe disease, two-dose vaccination.",
     "care 0: no prompt to seek care or sign tied to an action. sources 1: CDC named (as 'CDC.com').",
     "qhepa", "immunization coalition hepatitis A page; fifth result", False, "", True, False),
    ("r524-004", W, True, "22110012", True, "state health department disease page", RL,
     "Short, accurate hepatitis A summary pointing to vaccination via provider, pharmacist or county health department.",
     "lists after colons are empty in the excerpt. care 1: where to get vaccinated, no symptom advice. sources 1: ACIP named.",
     "qhepa", "state health department page; sixth result", False, "", True, False),
    ("r524-005", W, True, "12100012", True, "youth information service health page (archive)", RL,
     "Plain overview of epilepsy and its treatment; generally sound, with advice to learn seizure first aid.",
     "HARD: 'certain foods or a poor diet' as triggers and 'most people ... develop it during childhood' are loose (accuracy 1); no first-aid steps or when to call an ambulance (present false). Thin-but-fair.",
     "qepi", "youth information service epilepsy page; last result", False, "", True, False),
    ("r524-006", W, True, "22200012", True, "sport and exercise medicine clinic condition page", UL,
     "Accurate sciatica explainer with clear urgent signs (sudden severe pain with numbness or weakness, bowel or bladder trouble).",
     "risks 1: NSAIDs, nerve-root block and surgery named without harms.",
     "qsci", "clinic page with urgent-care signs; fifth result", False, "", True, True),
    ("r524-007", W, True, "22100012", True, "health services site condition page", UL,
     "Accurate sciatica description naming bowel or bladder incontinence and progressive numbness or weakness as needing urgent attention.",
     "warning_signs_present true: signs tied to 'urgent medical attention' (descriptive framing, care 1). risks 1: no intervention discussed.",
     "qsci", "condition page with urgent-attention signs; seventh result", False, "", True, True),
    ("r524-008", W, True, "22100012", True, "hospital health-tips stub", UL,
     "Two-sentence accurate definition of gout with a prompt to seek help; the signs themselves are not shown.",
     "HARD: a stub; 'Watch out for these signs and seek medical help' announces signs not in the excerpt, so present false (POLICY-46 2). Thin-but-fair.",
     "qgout", "hospital gout stub; fifth result", False, "", True, False),
    ("r524-009", W, True, "12100012", True, "health platform patient treatment page", UL,
     "Correct gout signs, risk factors and diagnosis outline.",
     "'The exact cause of Gout is unknown' after the page itself names urate crystals (accuracy 1). care 1: doctor's diagnosis only, no sign tied to an action.",
     "qgout", "patient-information gout page; second result", False, "", True, False),
    ("r524-010", W, True, "12100011", True, "urology practice service page", UL,
     "Standard kidney stone facts (causes, pain pattern, fluids and pain relief, surgery when stuck) on a practice page.",
     "HARD: a garbled sentence reads as reassurance ('If you experience any of these symptoms, the stones usually cause no permanent damage') and fever or a blocked infected kidney is not named as an emergency (accuracy 1); thin-but-fair. advertising 1: 'a plan can be set up'.",
     "qkid", "urology practice kidney stone page; seventh result", False, "", True, False),
]
