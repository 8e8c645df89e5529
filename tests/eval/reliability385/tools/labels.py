"""rel385 labels: Q (query key -> query as sent to the `pages` search) and ROWS (one tuple per page,
in reltools.build order: id, genre, reliable, scores (accuracy_balance, claims, care_prompt,
sources, authorship_review, date, risks_uncertainty, advertising), partial, doc_type,
source_leaning, why, note, query key, picked_because, unsafe_advice, unsafe_quote,
warning_signs_warranted, warning_signs_present). Labelled from the stored excerpts only."""

Q = {
    "q1": "what is a pilonidal cyst causes treatment living with it",
    "q2": "costochondritis chest wall pain what is it and how long does it last",
    "q3": "geographic tongue causes is it serious",
    "q4": "keratosis pilaris bumps on arms what helps",
}

W = "web page"
U = "unreliable-leaning"
R = "reliable-leaning"

ROWS = [
    ("r385-001", W, True, "12100012", True, "colorectal practice condition page", U,
     "accurate outline of pilonidal disease, abscess, sinus and surgery with recurrence noted; a garbled phrase ('pilonidal prednisone sinus surgery') and no sign of when to seek care.",
     "HARD: the injected or garbled word 'prednisone' in the laser sentence lowers accuracy (1) but changes no advice; thin-but-fair. care 1: surgery and 'medical assistance' named, no sign tied to an action.",
     "q1", "surgical practice page explaining the condition", False, "", True, False),
    ("r385-002", W, True, "11100002", True, "plastic surgery practice condition page", U,
     "basic description of pilonidal cysts and sinus tracts with hygiene and weight advice; stereotyped risk profile ('usually ... overweight and very hairy', 'sweat more') stated as fact; no sign of when an abscess needs care.",
     "HARD: the overgeneralised risk profile and 'it is a pimple!' (accuracy 1, claims 1) against otherwise standard, harmless advice; excerpt stops before treatment, so thin-but-fair. advertising 2: no service pitch in the excerpt.",
     "q1", "cosmetic/plastic surgery practice writing on a non-cosmetic condition", False, "", True, False),
    ("r385-003", W, True, "22100012", True, "doctor-booking platform condition overview", U,
     "accurate, balanced overview (infected vs uninfected cysts, drainage or surgery, theories of cause, risk factors) that says the condition is rarely an emergency but treatment is usually advised.",
     "care 1: treatment advised, no sign such as fever or spreading redness tied to an action.",
     "q1", "booking-platform condition explainer", False, "", True, False),
    ("r385-004", W, False, "11000011", True, "scraped text on a spam domain", U,
     "patchwork of copied costochondritis and angina passages on an unrelated spam host; chest pain radiating to the neck or arm is described without any advice to rule out a heart attack, and 'ignore the problem and hope it goes away' is left standing.",
     "HARD: most sentences are individually accurate (one names angina and a Harvard report), but the stitched text blurs cardiac and chest-wall pain and gives no action for chest pain (care 0). advertising 1: Harvard report plug on a spam host.",
     "q2", "spam-host copy among costochondritis results", False, "", True, False),
    ("r385-005", W, True, "22000012", True, "homeopathy site disease page (copied reference text)", U,
     "accurate description of costochondritis, its pain, causes (including rare infection and tumours) and who gets it; notes it can mimic a heart attack but gives no advice on when chest pain needs emergency care.",
     "HARD: a homeopathy site, but the excerpt is standard reference text with no homeopathic claim; thin-but-fair. care 0: no prompt or sign with an action on a chest-pain page.",
     "q2", "homeopathy clinic site explaining a condition", False, "", True, False),
    ("r385-006", W, True, "22100012", True, "FAQ aggregation page", U,
     "short, accurate FAQ: usually self-limiting, causes, diagnosis by history and examination with tests to rule out heart disease.",
     "care 1: tests to exclude heart disease mentioned, no sign tied to an action.",
     "q2", "Q&A style page on duration and flare-ups", False, "", True, False),
    ("r385-007", W, True, "22000012", True, "oral-care brand condition page (short)", U,
     "two accurate sentences: geographic tongue is benign, with map-like smooth red patches; nothing more in the excerpt.",
     "thin-but-fair; no product in the excerpt (advertising 2).",
     "q3", "brand explainer on the condition", False, "", True, False),
    ("r385-008", W, True, "22010012", True, "encyclopedia-style condition page", U,
     "accurate, detailed description of geographic tongue, its usual lack of symptoms, burning in some, unknown cause and the need to consider candidiasis when it burns.",
     "sources 1: reference markers without the list in the excerpt. care 0.",
     "q3", "encyclopedia-style explainer", False, "", True, False),
    ("r385-009", W, True, "22210011", True, "dental practice blog", U,
     "accurate reassurance that geographic tongue is harmless with possible triggers, and an appointment if symptoms last 10 days or more to rule out serious problems.",
     "warning_signs_present true: persistence over 10 days tied to seeing the dentist. sources 1: credited to OralB. advertising 1: 'see us'.",
     "q3", "dental practice blog on the condition", False, "", True, True),
    ("r385-010", W, True, "21100012", True, "skin information site", U,
     "accurate description of keratosis pilaris with gentle skin care; calls alpha hydroxy acid cream 'the best treatment' but also says there is no cure and to follow the directions.",
     "claims 1: 'the best treatment' overstated. care 1: dermatologist if unsure of the diagnosis, no sign of something else.",
     "q4", "skin condition explainer with treatment options", False, "", True, False),
]
