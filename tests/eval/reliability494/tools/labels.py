"""rel494 labels: Q (query key -> query) and ROWS (see tests/eval/reltools.py build for the order:
id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources, authorship_review, date,
risks_uncertainty, advertising), partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

Q = {
    "q1": "how to care for stitches after surgery at home",
    "q2": "c-section incision care recovery tips first weeks",
    "q3": "is my incision infected redness oozing after surgery",
    "q4": "tooth extraction aftercare dry socket what to do",
}

W, U = "web page", "unreliable-leaning"
RL = "reliable-leaning"

ROWS = [
    ("r494-001", W, True, "22200012", True, "stitch aftercare explainer on a content/magazine site", U,
     "Standard stitch care (keep clean and dry, dressings, limit strain) with infection signs tied to contacting a provider; no overclaims.",
     "", "q1", "general stitch-care guide on an unbranded content site; third result", False, "", True, True),
    ("r494-002", W, True, "22201012", True, "hospital patient-information leaflet on suture care (web-archive copy)", RL,
     "Accurate suture-care steps with a 'What To Watch For' list (spreading redness, fever, pus, early loss of stitches) tied to contacting the doctor.",
     "Archived copy of an old hospital leaflet (archive date only in the URL, so date 0); authorship 1 for the institution named.",
     "q1", "hospital leaflet on caring for sutures, kept in a government web archive; second result", False, "", True, True),
    ("r494-003", W, True, "22102212", True, "pelvic-floor physical therapist's blog on C-section incision care", U,
     "Gentle, accurate first-days incision care from a named, dated author, telling readers to follow their surgeon first; cut off before any red flags.",
     "HARD: thin-but-fair; the excerpt stops in week 1 before infection signs, so warning_signs_present false; 'not a replacement for medical care' is a consult prompt (care 1).",
     "q2", "dated, named physical-therapist blog on C-section incision care; practitioner blog kind", False, "", True, False),
    ("r494-004", W, True, "22200012", True, "orthopaedic practice FAQ on post-operative infection", U,
     "Lists increasing pain, redness, drainage and swelling as infection signs and tells patients to call or send a photo if worried.",
     "'usually rare' is fair for orthopaedic surgery; 'If it really hurts, please call us immediately' counted as sign + action.",
     "q3", "short surgical-practice FAQ answering the worried reader's question directly; first result", False, "", True, True),
    ("r494-005", W, True, "22100111", True, "wound-care clinic blog on signs of surgical-site infection", U,
     "Accurate infection signs (spreading redness, red streaks, heat, fever, coloured or smelly drainage), but the excerpt ties none to an action.",
     "HARD: signs named without 'call if' in the excerpt (lists partly stripped), so warning_signs_present false; figures uncited (sources 0); advertising 1 for the clinic's own service plug.",
     "q3", "wound-care/hyperbaric clinic blog; clinic kind", False, "", True, False),
    ("r494-006", W, True, "22200012", True, "surgical group FAQ page on infection after surgery", U,
     "Fever over 101, coloured drainage and reddening tied to calling the physician immediately, with the emergency room for serious symptoms.",
     "", "q3", "surgery practice FAQ with explicit when-to-call guidance", False, "", True, True),
    ("r494-007", W, True, "22100112", True, "symptom-checker page on surgical incision problems (practice content service)", U,
     "Accurate, well-ordered account of normal healing versus infection signs and risk factors; the 'when to call' part is not in the excerpt.",
     "HARD: the signs are listed under 'Problems' with no action in the stored text, so warning_signs_present false; 'Follow your post-op instructions' is a consult prompt (care 1).",
     "q3", "triage-style symptom page syndicated to practices", False, "", True, False),
    ("r494-008", W, True, "22200012", True, "OB/GYN practice postoperative FAQ", U,
     "Warmth and redness round an abdominal incision named as possible cellulitis with an asap appointment for evaluation.",
     "Very short; counted as sign + action.", "q3", "one-question practice FAQ on a red, warm abdominal incision", False, "", True, True),
    ("r494-009", W, True, "22000012", True, "dental practice page fragment on dry socket prevention", U,
     "Two accurate sentences defining dry socket; no advice or care prompt in the excerpt.",
     "HARD: thin-but-fair fragment; nothing wrong, nothing actionable.", "q4", "dental practice page on dry socket; practice kind", False, "", True, False),
    ("r494-010", W, True, "21000012", True, "dental practice blog tag-page teaser on avoiding dry socket", U,
     "Short accurate description of dry socket; 'it is also avoidable' slightly overstates prevention.",
     "HARD: teaser only; claims 1 for 'avoidable' (risk can be reduced, not removed).", "q4", "dental practice blog teaser on dry socket", False, "", True, False),
]
