"""rel263 labels: Q (query key -> query) and ROWS (reltools.build tuple order:
id, genre, reliable, scores, partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "qra": "living with rheumatoid arthritis tips for daily life fatigue",
    "qcopd": "COPD self-management plan flare-up what to do",
    "qhf": "heart failure daily weight check fluid restriction patient advice",
    "qckd": "living with chronic kidney disease diet tips patient blog",
}

ROWS = [
    ("r263-001", W, True, "12100011", True, "re-hosted 'living with RA' article on a drug-shop-named domain", U,
     "Describes RA, its unpredictability and long-term risks accurately, says there is no cure but treatments and physical therapy help, and moves to patient experiences; nothing misleading shown.",
     "HARD: a scraped copy (photo credit left in) on a domain named for buying Viagra without a doctor (advertising 1 for the host, though no product is shown in the text). 'no matter how tightly you hold on ... the disease will progress' overstates (remission is possible with treatment), so accuracy 1; thin-but-fair. No care prompt or sign; risks 1: treatments only named.",
     "qra", "patient-experience RA living page on an odd host; rank 5", False, "", True, False),
    ("r263-002", W, True, "22112221", True, "patient-community site's reviewed self-management article", U,
     "Explains RA fatigue and its causes, cites member survey figures and research on exercise, and encourages raising fatigue with the rheumatologist; named author, medical reviewer and update date.",
     "sources 1: survey numbers and 'research shows' without citations in the excerpt. care 1: rheumatologist mentioned, no sign tied to an action. advertising 1: sign-up prompts of the community platform. risks 1: exercise advice without limits yet (cut off).",
     "qra", "patient network's member-tips page with reviewer byline; ranks 7-8", False, "", True, False),
    ("r263-003", W, True, "22100012", True, "respiratory-therapy provider's COPD action-plan blog post", U,
     "Short, accurate list of flare-up triggers and the symptoms that define a flare-up, framed as a plan agreed with your doctor; it stops before saying what to do.",
     "HARD: thin-but-fair rather than false: nothing wrong, but the flare-up signs are not tied to an action in the stored text (warning_signs_present false) and the plan itself is only a download link. care 1: the doctor is named as partner. risks 1: no intervention discussed.",
     "qcopd", "small provider's downloadable COPD action plan; rank 2", False, "", True, False),
    ("r263-004", W, True, "22200012", True, "specialist respiratory hospital's COPD action-plan page", U,
     "Lists the early signs of a COPD exacerbation, explains daily care and an individual action plan, and says when to call the provider and when to call 911 (severe breathlessness at rest, fever, chest pain, confusion, coughing blood).",
     "risks 1: quick-relief and extra medicines named without side effects. source_leaning by the hospital-system convention (rel85/rel94).",
     "qcopd", "hospital page with explicit emergency signs; rank 3", False, "", True, True),
    ("r263-005", W, True, "22210012", True, "COPD self-management guide on an off-topic organisation domain", U,
     "A step-by-step COPD plan (baseline, inhaler technique, pulmonary rehab, traffic-light action plan, vaccines, review after flares) that tells readers to adapt it with their GP or respiratory nurse; matches standard guidance.",
     "HARD: a content-farm-style page on a domain named for children's charity work; judged on the text, which is standard and well prioritised. 'know when to call for help' is promised but not shown, so warning_signs_present false; care 2 for the repeated 'with your GP, respiratory nurse'. sources 1: WHO quote only.",
     "qcopd", "long NZ-oriented COPD plan; rank 4", False, "", True, False),
    ("r263-006", W, True, "22200011", True, "caregiving app company's heart failure daily-check page", U,
     "Gives the standard daily weighing routine for a person with heart failure and tells the carer to call the doctor after a gain of 2 lb in a day or 3-5 lb in a week, with a brief reason to cut salt.",
     "advertising 1: 'Save it inside the app'. Warranted under POLICY-46 section 1 (a self-care guide on a seller's site, not a product description). risks 1: no intervention with harms discussed.",
     "qhf", "carer-facing app checklist; rank 2", False, "", True, True),
    ("r263-007", W, True, "22210022", True, "heart foundation's clinician site: fluid and salt advice for heart failure", R,
     "Professional guidance on weight monitoring, individualised fluid restriction (1.5-2 L), thirst management, heat, avoiding dehydration and sodium, with its guideline cited.",
     "HARD: written for health professionals ('Advise patients to'), so warning_signs_warranted false (as a clinical reference, not a consumer page), though the weight-change threshold tied to 'consult their doctor or nurse' counts as present. risks 2: dehydration and heat limits of fluid restriction stated.",
     "qhf", "professional society guidance for contrast; rank 7", False, "", False, True),
    ("r263-008", W, True, "22100012", True, "health blog's renal diet explainer", U,
     "Explains what a renal diet limits (sodium, phosphorus, protein, sometimes potassium, fluids) and why, and says each patient should work with a renal dietitian; hedged and accurate.",
     "care 1: renal dietitian named, no sign tied to an action. risks 1: diet described without its limits; minor grammar slips. Not a product page.",
     "qckd", "independent renal-diet blog; rank 7", False, "", True, False),
    ("r263-009", W, True, "22210022", True, "mirror of a cardiology society guideline (heart failure self-care recommendations)", U,
     "Guideline recommendations on salt, daily weight and fluid restriction with their strength and evidence grade, and practical tips that warn against over-restriction and say rapid weight gain should prompt a medical visit.",
     "HARD: a professional guideline on a third-party mirror (source_leaning unreliable-leaning for the host); warning_signs_warranted false (clinical reference), present true for 'rapid weight gain ... should prompt a rapid medical visit'. sources 1: evidence grades, no references shown. date 0: 2017 only in the URL.",
     "qhf", "guideline text for contrast; rank 4", False, "", False, True),
    ("r263-010", W, True, "11100011", True, "document-aggregator snippet of heart failure home-care tips", U,
     "Two sentences telling clinicians to have patients weigh daily and report a weekly gain of more than two pounds; conventional, if thin.",
     "HARD: thin-but-fair: the threshold is conservative rather than wrong, but 'decompensation will occur' overstates (accuracy 1, claims 1). Addressed to professionals, so warranted false; present true for weight gain + report. advertising 1: 'Advertisement' in the text on an aggregator.",
     "qhf", "aggregator fragment; rank 1", False, "", False, True),
]
