"""rel456 labels: Q (query key -> query as sent to the 'pages' search) and ROWS (one tuple per page:
id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources, authorship_review,
date, risks_uncertainty, advertising), partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present).
Labelled blind from the stored excerpt only (/work/restricted-eval/reliability456/docs/)."""

Q = {
    "qknee": "safe exercises after knee replacement surgery at home",
    "qpyoga": "can I do yoga while pregnant which poses to avoid",
    "qcs": "when can I start exercising after c-section",
    "qdr": "exercises to avoid with diastasis recti after birth",
    "qhf": "is it safe to exercise with heart failure what kind of exercise",
    "qdisc": "yoga for lower back pain herniated disc poses",
    "qhip": "hip replacement precautions exercises at home first weeks",
}

W = "web page"
U = "unreliable-leaning"
R = "reliable-leaning"

ROWS = [
    ("r456-001", W, True, "22201012", True, "licensed patient-education handout (knee replacement home exercises) on a health-education platform", U,
     "Standard post-knee-replacement home programme (quad sets, straight leg raises, sitting knee bends) with walking aids, continued physiotherapy and a clear 'contact your provider or therapist if you have pain while exercising'.",
     "authorship 1: StayWell named as the content owner. date 0: copyright range only. risks 1: no harms of the exercises beyond pain.",
     "qknee", "licensed hospital-style home exercise handout; first result", False, "", True, True),
    ("r456-002", W, True, "22000012", True, "orthopaedic surgeon's website exercise page (knee replacement)", U,
     "Accurate early exercises after knee replacement with sensible limits (rest as well as exercise, avoid an exercise if it causes kneecap pain, no straight leg raise after a same-side hip replacement); no prompt to contact the surgeon for any sign.",
     "HARD: thin-but-fair; a reader recovering from surgery gets no sign (calf swelling, wound redness, fever) tied to an action in the excerpt. Authorship 0: the surgeon's name is only in the domain.",
     "qknee", "surgeon's own exercise page; second result", False, "", True, False),
    ("r456-003", W, True, "11000011", True, "medical-tourism company blog (home exercises after knee replacement)", U,
     "Introductory framing of why home exercises matter after knee replacement (range of motion, strength, swelling, clot prevention); broadly accurate but says surgery 'eliminates chronic pain' and speaks for the company's patients.",
     "HARD: nothing harmful is said, but the excerpt is promotional framing with no exercises, care prompt or signs yet; 'eliminates chronic pain for millions' overstates (accuracy 1, claims 1). 'exercises you can safely perform at home to ensure the best possible outcome' is a general framing line (as r94-001), not counted as unsafe_advice. advertising 1: company voice.",
     "qknee", "commercial medical-travel blog on the same question; variety of source kinds", False, "", True, False),
    ("r456-004", W, False, "10000002", True, "lifestyle blog list of yoga poses to avoid in pregnancy", U,
     "Declares yoga 'completely safe' in any trimester, then lists nine poses to avoid with no reasons, no mention of pregnancies where exercise is unsafe, no advice to check with a midwife or doctor and no signs to stop.",
     "HARD: unsafe_advice on the own-voice unqualified safety claim; the next paragraph's 'others can have the opposite effect' concerns single poses, not the blanket claim. The panting advice is reasonable. Some listed poses (bridge) are commonly allowed with modification.",
     "qpyoga", "blog list in the result list for the worried reader's question", True, "its completely safe to practice yoga as it has its own benefits", True, False),
    ("r456-005", W, True, "12100012", True, "Q&A wiki answer (when to start exercising after birth)", U,
     "Short anonymous answer: pelvic-floor exercises early, aerobic exercise when comfortable after checking with a doctor; broadly in line with guidance but silent on caesarean or complicated births.",
     "HARD: thin-but-fair; typos ('Exorcising your kegal') and a truncated link line. accuracy 1: the question came from a caesarean search and no distinction is drawn. 'after checking with your doctor' is a consult prompt, not a sign (POLICY-46 s2).",
     "qcs", "anonymous Q&A answer; forum-type source for the spectrum", False, "", True, False),
    ("r456-006", W, True, "22000012", True, "prenatal-education module section (precautions after a caesarean birth)", U,
     "Two sentences: start postnatal exercises in hospital after a caesarean and leave out curl-ups for three to six weeks; consistent with usual advice, nothing about wound problems or when to call.",
     "thin-but-fair fragment. risks 1: no intervention harms discussed beyond the abdominal-exercise delay.",
     "qcs", "education-module page on caesarean exercise precautions", False, "", True, False),
    ("r456-007", W, True, "11000011", True, "postpartum fitness blog post with affiliate links (diastasis recti exercises)", U,
     "Personal-story opener that questions blanket 'forbidden exercises' lists (a view shared by many pelvic-health physiotherapists) while still urging caution; no harmful instruction in the excerpt, but urine leakage is described with no suggestion of a pelvic-floor assessment.",
     "HARD: contrarian headline and fear line ('may be impossible to get that flat tummy ... if left unhealed', claims 1); the excerpt stops before the exercises. advertising 1: affiliate disclosure and related-post links.",
     "qdr", "mom-fitness blog with a contrarian angle; spectrum", False, "", True, False),
    ("r456-008", W, False, "00100002", True, "content-site article (yoga poses for herniated disc)", U,
     "Claims yoga 'cures' nerve symptoms such as leg numbness and recommends deep backbends (camel with the head turned back, locust, cobra) for a herniated disc, with no red flags (weakness, bladder or bowel change) or advice to see a doctor.",
     "unsafe_advice on the own-voice cure claim for neurological symptoms. care 1: 'under the guidance of an expert' only.",
     "qdisc", "content-farm yoga page in the results", True, "but also cures other symptoms such as numbness/tingling in the legs and back", True, False),
    ("r456-009", W, True, "22200012", True, "heart-failure patient-education page (exercise)", U,
     "Encourages activity with the doctor's approval, lists suitable options, mentions monitored programmes (cardiac rehab) and says to stop and contact the doctor for chest pain or heaviness during exercise.",
     "risks 1: effort limits given, no other harms. warning_signs_present: chest pain/heaviness + stop and contact doctor.",
     "qhf", "patient-education site on exercising with heart failure", False, "", True, True),
    ("r456-010", W, False, "11000011", True, "shapewear-shop blog post (diastasis recti after birth)", U,
     "Standard list of moves to skip with diastasis recti, but a shapewear seller says a belly binder helps 'resolve the muscle separation' and that the muscles 'will come back together', with no mention of a physiotherapist or of hernia signs.",
     "HARD: the exercise list is fair (copied from mainstream advice); label false for the seller's unsupported binder claim and promise. Not unsafe_advice: 'help ... resolve' is an efficacy claim, not an unqualified cure; 'with time and care' hedges.",
     "qdr", "seller blog on the diastasis question; spectrum", False, "", True, False),
]
