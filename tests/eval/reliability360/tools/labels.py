"""rel360 labels: Q (query key -> query as run in the `pages` search) and ROWS (one tuple per page:
id, genre, reliable, scores in criteria order, partial, doc_type, source_leaning, why, note, query
key, picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

Q = {
    "qthyroid": "I just got diagnosed with hypothyroidism what does it mean",
    "qmetformin": "side effects of metformin should I stop taking it",
    "qalt": "my blood test shows high ALT liver enzymes what should I do",
    "qrash": "toddler has a fever and rash should I worry",
    "qibupreg": "is it safe to take ibuprofen while pregnant first trimester",
    "qdementia": "mom keeps forgetting things is it dementia or normal aging",
    "qsertraline": "sertraline side effects first weeks feeling worse anxiety",
    "qprediab": "prediabetes A1c 6.1 what does it mean can I reverse it",
}

W = "web page"
U = "unreliable-leaning"
R = "reliable-leaning"

ROWS = [
    ("r360-001", W, True, "21100012", True, "nonprofit FAQ answer", U,
     "short, correct answer for a new hypothyroidism diagnosis: lifelong hormone replacement and blood-test monitoring",
     "thin-but-fair; no sign tied to an action. risks 1: treatment named without side effects.",
     "qthyroid", "first result, a one-paragraph FAQ from a veterans' nonprofit for a reader just diagnosed", False, "", True, False),
    ("r360-002", W, True, "22200012", True, "hospital adolescent-health Q&A", R,
     "accurate, reassuring answer on a new thyroid diagnosis that stresses taking medicine as prescribed and returning if symptoms persist or worsen",
     "warning_signs_present true: symptoms still present or getting worse + check with your provider (persistence plus action, as r41-011).",
     "qthyroid", "a teen-health Q&A answer, a health-service source kind", False, "", True, True),
    ("r360-003", W, False, "00000001", True, "practitioner blog post", U,
     "tells newly diagnosed hypothyroid readers they 'certainly don't need to sign up for life-long medications or medical appointments', which contradicts standard replacement therapy, including in pregnancy",
     "HARD: the post is mostly reassurance and questions; unsafe_advice true because the own-voice line discourages ongoing thyroid hormone and medical follow-up for a condition that usually needs both (as r21-011's undermining of replacement, but here explicit). advertising 1: a practitioner's blog contrasting itself with 'other practitioners'.",
     "qthyroid", "a dietitian-style blog for a reader just diagnosed; wellness end of the spectrum", True,
     "you certainly don’t need to sign up for life-long medications or medical appointments", True, False),
    ("r360-004", W, True, "21000012", True, "thyroid wellness site explainer", U,
     "accurate basics on what hypothyroidism is and its symptoms, under an upbeat promise that people 'eliminate their symptoms completely'",
     "HARD: the site's framing ('first step to healing', 'eliminate their symptoms completely') overstates (claims 1), and the excerpt stops before treatment, so no care prompt or sign (care 0); label true as thin-but-fair on the accurate basics. Not unsafe_advice: an outcome claim about other people, no cure or safety guarantee.",
     "qthyroid", "a single-topic thyroid site for the newly diagnosed", False, "", True, False),
    ("r360-005", W, True, "22100012", True, "clinic condition page", U,
     "short, correct clinic summary of hypothyroidism, its symptoms, levothyroxine and TSH checks 4-6 weeks after a dose change",
     "thin-but-fair; care 1: the doctor monitors the dose, no sign tied to an action. risks 1: no side effects of over-replacement.",
     "qthyroid", "a specialist clinic's plain condition page", False, "", True, False),
    ("r360-006", W, True, "12100011", True, "online-pharmacy tag page", U,
     "the thyroid content (TSH test, levothyroxine, regular blood work, iodine caution) is sound, on a lookalike online-pharmacy domain that cross-links to buying prescription drugs online",
     "HARD: 'levothyroxine being the most common brand' is a slip (accuracy 1); the page promotes 'How to Safely Buy Aredia Online' (advertising 1) on a .su domain imitating a UK pharmacy brand, but the health text itself is accurate, so true (as r94-043). 'worth a closer look' is not an action tied to a sign, so warning_signs_present false.",
     "qthyroid", "a suspicious pharmacy-lookalike domain in the result list, seller end of the spectrum", False, "", True, False),
    ("r360-007", W, True, "22200022", True, "doctor's video summary", U,
     "balanced summary of metformin's common and serious side effects (lactic acidosis, B12 deficiency) with clear points to contact the doctor and no advice to stop on one's own",
     "'Diarrhea usually stops after a few days of continued treatment with diabetes' is garbled but harmless. warning_signs_present true: severe GI symptoms, dizziness, weakness, sweating or rash + talk to your doctor.",
     "qmetformin", "a physician's video page answering the reader's exact question", False, "", True, True),
    ("r360-008", W, True, "12100012", True, "expert Q&A answer (Italian)", U,
     "an Italian expert answer on raised transaminases: repeat the test, monitor monthly for six months, then look for causes, ultrasound and possibly biopsy",
     "HARD: reasonable but slow (accuracy 1): common advice checks viral hepatitis, alcohol, medicines and weight at the first repeat rather than after six months of monitoring, as the same site's other answers do. care 1: tests implied through the doctor, no sign tied to an action. Italian-language page.",
     "qalt", "the only non-used result for the ALT question; a health portal's expert-answer page", False, "", True, False),
    ("r360-009", W, True, "11100022", True, "pregnancy blog article", U,
     "advises avoiding ibuprofen in pregnancy and using paracetamol, with the risks and the research uncertainty named, but overstates both reassurance ('one-off dose any time ... won't harm') and harm ('more than once ... would')",
     "HARD: 'A one-off dose any time during pregnancy won't harm you or your child' is an absolute safety line, but it answers accidental past use and the same paragraph tells readers to avoid ibuprofen in the first and third trimesters unless prescribed, so unsafe_advice false (same-paragraph qualification, as r21-011). 'Taking Ibuprofen more than once ... would [harm]' overstates (occasional second-trimester use is allowed). warning_signs_present true: pain not relieved by paracetamol + talk to your physician.",
     "qibupreg", "a pregnancy blog answering the medicine-in-pregnancy question", False, "", True, True),
    ("r360-010", W, True, "22001012", True, "professional-society blog post", R,
     "a bylined, accurate explainer distinguishing normal age-related forgetting from dementia, with a clear 'not intended to diagnose' note",
     "thin-but-fair: the excerpt stops before any prompt to get a memory assessment (care 0, warning_signs_present false). risks 1: no intervention discussed.",
     "qdementia", "an aging professional society's blog for a worried family member", False, "", True, False),
]
