"""rel426 labels: Q (query key -> query) and ROWS (one tuple per page; order as reltools.build:
id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources, authorship_review,
date, risks_uncertainty, advertising), partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

Q = {
    "qback": "lower back pain exercises physiotherapist recommends at home",
    "qknee": "knee pain exercises I can do at home osteoarthritis",
    "qneck": "yoga poses to cure neck pain",
    "qshoulder": "frozen shoulder stretches personal trainer",
}

W = "web page"
U = "unreliable-leaning"
R = "reliable-leaning"

ROWS = [
    ("r426-001", W, True, "22100012", True, "knee osteoarthritis exercise list on a gift shop's blog", U,
     "Standard low-impact, strength, range-of-motion and balance exercises for knee osteoarthritis, with a consult-before-starting line; nothing misleading.",
     "consult prompt without a sign (care 1, POLICY-46 s2); risks 1: no harms of exercise named beyond checking it is safe. advertising 1: shop blog, nothing sold in the excerpt.",
     "qknee", "gift-shop blog post on knee osteoarthritis exercises; second result", False, "", True, False),
    ("r426-002", W, True, "22110012", True, "health-channel explainer on exercise for knee osteoarthritis", U,
     "Accurate account of aerobic and range-of-motion exercise for knee osteoarthritis, with stretches and advice to have a physiotherapist or doctor design the plan.",
     "sources 1: a textbook-style source named for the figure, not cited in full. care 1: consult prompts, no sign tied to an action. risks 1: no harms or limits of exercise.",
     "qknee", "consumer health channel page on exercise and knee osteoarthritis; third result", False, "", True, False),
    ("r426-003", W, True, "22010012", True, "orthopaedic practice blog on knee osteoarthritis exercises", U,
     "Accurate message that exercise helps knee osteoarthritis, attributed to AAOS guidance and two named studies, with standard quadriceps exercises.",
     "sources 1: guideline body and journals named, not cited. No care prompt or sign in the excerpt (care 0). risks 1: no harms of exercise. advertising 1: a practice's blog.",
     "qknee", "orthopaedic practice blog citing AAOS; seventh result", False, "", True, False),
    ("r426-004", W, True, "22000012", True, "physiotherapy clinic blog: home exercise programme for knee osteoarthritis", U,
     "Accurate description of knee osteoarthritis and standard, gentle quadriceps exercises with repetitions; nothing misleading.",
     "no care prompt or sign in the excerpt (care 0). risks 1: no harms or limits of exercise named. advertising 1: a clinic's blog.",
     "qknee", "physiotherapy clinic's home programme for knee OA; eighth result", False, "", True, False),
    ("r426-005", W, False, "01000001", True, "yoga poses list for neck pain on a fitness content site", U,
     "Garbled pose instructions (a reclining twist held 'for 30 minutes', feet touching a wall in cat pose) presented as easy relief even for 'extreme neck pain', with no word on when neck pain needs a doctor.",
     "HARD: nothing here is a cure or safety guarantee, so unsafe_advice false; label false for instructions that are wrong or incoherent and for offering poses for 'extreme' neck pain with no red flags (arm numbness, trauma, fever) or care prompt. claims 1: 'relieve neck pain easily'. risks 0.",
     "qneck", "fitness content site's yoga list for neck pain; fifth result", False, "", True, False),
    ("r426-006", W, False, "01000001", True, "machine-spun yoga-for-neck-pain article", U,
     "Machine-spun text ('neck of the guitar', 'Associate in Nursing all-fours position') that garbles the instructions and claims 'therapeutic effects' of poses without any source or caution.",
     "HARD: the underlying poses (cat-cow, child's pose) are harmless, but the spun wording makes the instructions unreliable to follow (as ext018). No care prompt or sign. advertising 1: an 'earn money online' URL on an unrelated site. risks 0.",
     "qneck", "spun copy of a yoga-for-neck-pain article; sixth result", False, "", True, False),
    ("r426-007", W, True, "11000012", True, "pain clinic blog: yoga poses for neck pain", U,
     "Simple, gentle neck stretches with a modest closing line that they may not reduce all neck pain; thin but not misleading.",
     "HARD: 'you risk doing serious damage to your neck' and headaches 'likely' from posture overstate (accuracy 1, claims 1), and no sign such as arm numbness or weakness is given (care 0, warning_signs_present false); label true as thin-but-fair. risks 1: a limit stated, no harms. advertising 1: clinic blog.",
     "qneck", "pain clinic's yoga poses for neck pain; seventh result", False, "", True, False),
    ("r426-008", W, True, "21000012", True, "physical therapy clinic newsletter: frozen shoulder stretches", U,
     "Three standard gentle range-of-motion stretches for frozen shoulder with hold times, to be pushed 'only to a gentle stretch'.",
     "HARD: 'very effective' and 'until full ROM is achieved' overstate for a condition that can take many months (claims 1), and no care prompt or sign; thin-but-fair. risks 1: a gentleness limit, no harms. advertising 1: clinic newsletter.",
     "qshoulder", "PT clinic newsletter on frozen shoulder stretches; third result", False, "", True, False),
    ("r426-009", W, True, "11100011", True, "therapy-products shop video blog: frozen shoulder stretching exercises", U,
     "Describes the phases of frozen shoulder correctly and advises keeping the shoulder moving within limits and working with a therapist; one dubious mechanism ('allow fluid back into the shoulder capsule').",
     "HARD: a shop page (order-by-phone lines, 'exercise bands are highly recommended': advertising 1), but the advice itself is self-care how-to, so warning signs warranted (POLICY-46 s1). accuracy 1 and claims 1 for the unsupported joint-fluid mechanism and 'up to 30 months if left untreated'. care 1: 'work with a therapist', no sign.",
     "qshoulder", "exercise-products shop's frozen shoulder video blog; fourth result", False, "", True, False),
    ("r426-010", W, True, "12000012", True, "physiotherapy clinic condition page: frozen shoulder exercises", U,
     "Standard assisted flexion, extension and cross-body stretches for frozen shoulder; the cause description is vague but nothing would mislead.",
     "HARD: 'typically occurs naturally' and a three-item sign list are thin (accuracy 1), and no care prompt, pain limit or sign appears (care 0); label true as thin-but-fair. risks 1: no harms or limits. advertising 1: a clinic's condition page.",
     "qshoulder", "Winnipeg physiotherapy clinic's frozen shoulder page; eighth result", False, "", True, False),
]
