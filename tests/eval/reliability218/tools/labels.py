"""rel218 labels: Q (query key -> query) and ROWS (one tuple per page, reltools.build order:
id, genre, reliable, scores (criteria order), partial, doc_type, source_leaning, why, note,
query key, picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted,
warning_signs_present). Labelled blind from the stored excerpt only."""

W, N = "web page", "news"
UL, RL = "unreliable-leaning", "reliable-leaning"

Q = {
    "qed": "erectile dysfunction natural remedies that work",
    "qlowt": "low testosterone symptoms men should I get tested",
    "qbph": "enlarged prostate frequent urination at night what helps",
    "qchl": "chlamydia symptoms testing treatment clinic",
}

ROWS = [
    ("r218-001", W, False, "11000111", True, "testosterone-product (drug brand) disease-awareness page", UL,
     "A testosterone brand's awareness page that recasts ordinary ageing (belly fat, lost vigour, 'passed your peak') as possible testosterone deficiency ('what if this isn't just because of aging?') with no word on which signs actually justify testing.",
     "HARD: nothing stated is strictly false and the excerpt stops before any product or treatment; label false for the disease-mongering frame on a brand domain (advertising 1) and the unfilled 'YYMMDD Author' template (authorship 0). risks 1: no intervention discussed in the excerpt.",
     "qlowt", "drug-brand low-testosterone page; first result", False, "", True, False),
    ("r218-002", W, True, "22100121", True, "clinic service page on low testosterone", UL,
     "Accurate short list of low-testosterone symptoms and a sensible diagnosis path (consultation, history, blood tests that also look for other causes).",
     "HARD: thin clinic page; 'If you experience any of the above symptoms ... Your doctor begins with a consultation' describes the clinic's process rather than telling the reader to act on a sign, so warning_signs_present false. risks 1: no treatment discussed.",
     "qlowt", "clinic page on low testosterone", False, "", True, False),
    ("r218-003", W, True, "22101112", True, "doctor's-website blog post on low testosterone", UL,
     "Accurate symptom list, says symptoms overlap with other conditions and not to self-diagnose, and describes morning total/free testosterone testing correctly.",
     "date 1: 'Nov 25' with no year. risks 1: the excerpt stops before hormone therapy. General 'seek professional evaluation' only, so warning_signs_present false.",
     "qlowt", "physician-site blog on symptoms and diagnosis", False, "", True, False),
    ("r218-004", W, True, "22100011", True, "content-site explainer on night-time urination and BPH (off-topic domain)", UL,
     "Accurate explanation of nocturia and benign prostate enlargement, with the symptom score and a doctor's evaluation mentioned.",
     "HARD: an off-topic (celiac) domain steering towards 'specific treatment for enlarged prostate' (advertising 1); 'often signals the need for medical evaluation' is a vague action with no red flag (blood in urine, inability to pass urine), so warning_signs_present false (as r79-006); thin-but-fair.",
     "qbph", "BPH nocturia explainer on an unrelated domain", False, "", True, False),
    ("r218-005", N, True, "22010012", True, "wire (dpa) consumer-health news item on BPH", UL,
     "Short wire item giving the German IQWiG's fluid and bedtime advice for mild enlarged-prostate symptoms and pointing bothersome cases to a doctor; accurate and modest.",
     "date 0: date only in the URL. risks 1: medication mentioned with no side effects.",
     "qbph", "wire news item citing IQWiG", False, "", False, False),
    ("r218-006", W, True, "22210012", True, "sexual health service page on chlamydia", UL,
     "Accurate: most infections are silent, swab/urine tests at the clinic, complete antibiotics, partner treatment, tell staff if pregnant, condoms.",
     "The men/women symptom lists did not survive in the excerpt. No sign tied to an action, so warning_signs_present false. risks 1: antibiotics named without side effects.",
     "qchl", "local sexual health service's chlamydia page", False, "", True, False),
    ("r218-007", W, False, "11100010", True, "STD-testing company page on chlamydia", UL,
     "A test seller's page that overstates the danger ('If Chlamydia goes untreated, it will likely lead to serious complications') and the test ('false positive extremely unlikely'; 'urine culture') to push a urine test; treatment is not reached.",
     "HARD: the core message (get tested if exposed) is sound; false for fear-led overstatement on a sales page (advertising 0). 'If there is any chance you may have been exposed ... a urine test is strongly recommended' ties exposure to buying a test, not to seeing a clinician, so warning_signs_present false.",
     "qchl", "testing-service page; commercial angle", False, "", True, False),
    ("r218-008", W, True, "22110011", True, "urgent-care clinic blog post on chlamydia", UL,
     "Accurate account of transmission, symptoms in women and men, the high share of silent infections and cure with antibiotics, with named sources (Mayo Clinic, WebMD, Verywell).",
     "Advice to test after unprotected sex is a situation-to-test line, not a warning sign, so warning_signs_present false (as r218-007). Clinic blog (advertising 1).",
     "qchl", "urgent-care clinic blog", False, "", True, False),
    ("r218-009", W, True, "22200012", True, "UK pharmacy website page reusing NHS conditions text on chlamydia", UL,
     "NHS-style text: silent infection common, self-test kits, what happens at a test, partner notification, antibiotics as a single dose or a 7-14 day course.",
     "The symptom lists are blank in the excerpt, so no sign is tied to an action (warning_signs_present false). sources 0: the NHS origin is only in the URL.",
     "qchl", "pharmacy page with NHS content", False, "", True, False),
    ("r218-010", W, True, "22201012", True, "HIV/sexual-health charity page on chlamydia", RL,
     "Accurate and measured: urine or swab tests, antibiotics, no sex until treatment ends, partner checks, free confidential GUM clinics, 'sometimes causes serious problems'.",
     "warning_signs_present false: regular check-ups are advised by situation (new partner), no symptom tied to an action.",
     "qchl", "sexual health charity page", False, "", True, False),
]
