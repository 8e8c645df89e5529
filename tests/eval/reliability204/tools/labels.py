"""rel204 label records: Q (query key -> query as sent) and ROWS (see tests/eval/reltools.py build for the tuple order:
id, genre, reliable, scores (criteria order), partial, doc_type, source_leaning, why, note, query key, picked_because,
unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "qdh": "my mother has type 2 diabetes, when should she go to hospital for high blood sugar",
    "qbp": "natural remedies to lower blood pressure without medication for seniors",
    "qkd": "herbal supplement reverses kidney disease naturally",
    "qoa": "arthritis knee pain elderly home remedies turmeric",
}

ROWS = [
    ("r204-001", W, True, "12201012", True, "diabetes blog post on thirst and high blood sugar", U,
     "Short, accurate warning that sustained high sugars need attention and that readings over 600 mg/dL with confusion or fever are an emergency (HHS), with a clear act-now line.",
     "HARD: the action for an HHS emergency is 'reach out to your diabetologist immediately' rather than emergency services (accuracy 1); counted as a sign tied to an action, so warning_signs_present true. risks 1: no intervention discussed beyond taking medicines as directed.",
     "qdh", "diabetes blogger's page naming the HHS emergency in older type 2 patients; third result", False, "", True, True),
    ("r204-002", W, True, "22111012", True, "diabetes explainer on a personal marketing blog", U,
     "Accurate framing of hyperglycaemia and the ADA targets (80-130 before meals, under 180 after) with a prompt to consult one's provider; the excerpt stops before the hospital signs.",
     "HARD: off-topic host (a marketing blogger) and the promised 'when to head to the hospital' guidance is not reached, so warning_signs_present false; thin-but-fair. sources 1: ADA named. authorship 1: named non-medical author.",
     "qdh", "blog post answering the exact hospital question; fourth result", False, "", True, False),
    ("r204-003", W, True, "22200012", True, "diabetes content-site explainer on when to go to hospital", U,
     "Gives blood-sugar thresholds for action and lists DKA signs (abdominal pain, rapid breathing, fruity breath, confusion) with 'immediate medical attention is vital', plus HHS in type 2.",
     "warning_signs_present true: DKA symptoms tied to immediate medical attention. risks 1: no intervention discussed.",
     "qdh", "content-site answer to when a diabetic should go to hospital; fifth result", False, "", True, True),
    ("r204-004", W, True, "22100212", True, "diabetes content-site explainer on blood sugar and hospital care", U,
     "Accurate normal ranges and hyperglycaemia symptoms; promises hospital thresholds but the excerpt stops at 'Severe Hy'; the 'cure hub' name is not reflected in the text.",
     "HARD: thin-but-fair fragment; the hospital guidance is promised but cut off, so warning_signs_present false (care 1 for the promise). date 2: 06/06/2024.",
     "qdh", "diabetes 'cure' site with a hospital-care page, to test name vs text; eighth result", False, "", True, False),
    ("r204-005", W, True, "21010012", True, "seniors' lifestyle-news site listicle on blood pressure", U,
     "Standard lifestyle advice (DASH, sodium limit attributed to the AHA) that says medication is often necessary; 'proven', 'safe, effective' wording and no prompt to involve a doctor in the excerpt.",
     "HARD: the 'Without Medication' title and 'These methods are safe, effective' could read as an alternative to tablets, but the body says medication is often necessary and the methods are standard lifestyle measures; 'safe' for diet and exercise is not counted as unsafe_advice (as r94-001). care 0: no prompt in the excerpt. sources 1: AHA named.",
     "qbp", "seniors' site promising to lower BP 'without medication'; first result", False, "", True, False),
    ("r204-006", W, True, "22212012", True, "senior-care company article by a physician", U,
     "Lifestyle measures framed as complementing, not replacing, prescribed medicines, with realistic mmHg reductions and any dose reduction only under medical supervision.",
     "authorship 2: named MD author. date 0: 'Published:' with no date. risks 1: no harms of the measures in the excerpt. warning_signs_present false: no sign tied to an action.",
     "qbp", "physician-authored seniors' BP page; fourth result", False, "", True, False),
    ("r204-007", W, True, "11100011", True, "patient-advocacy company article on blood pressure", U,
     "Largely standard lifestyle evidence (DASH, sodium, walking) with hedged 'might even help you reduce or eliminate your need for prescriptions'; undercuts doctors slightly and promotes the company's advocates.",
     "HARD: 'what many doctors don't emphasize enough' and 'beyond the prescription pad' lean against medicine (accuracy 1, claims 1), but nothing tells readers to stop tablets and the company's advocate 'coordinates with your doctors'; body judged fair. advertising 1: service promotion.",
     "qbp", "advocacy company's 'treatment beyond medication' page for seniors; fifth result", False, "", True, False),
    ("r204-008", W, True, "21110011", True, "medication-dispenser company blog on blood pressure", U,
     "Deep breathing and walking supported by named studies, with a line to follow up with the primary care doctor if control stays poor; mild 'simply by changing how you breathe' hook and product tagline.",
     "sources 1: studies named loosely ('A study by UConn Today' names a university news outlet). advertising 1: product slogan in the text. care 1: follow-up prompt, no signs.",
     "qbp", "device company's seniors' BP blog; sixth result", False, "", True, False),
    ("r204-009", W, False, "00111011", True, "herbalist practice page on herbal medicine in kidney disease", U,
     "Acknowledges nephrologists and the NKF advise against herbs and names nephrotoxic herbs, then asserts herbs 'can be used safely in kidney disease' and that drugs are 'much more likely' to damage kidneys, steering CKD patients to a herbal practitioner.",
     "HARD: real cautions (aristolochic-acid epidemic, contamination) and 'essential to get advice by a practitioner' qualify the safety line in the same paragraph, so unsafe_advice false; false for contradicting kidney specialists with a misleading drug-versus-herb comparison. sources 1: citations. advertising 1: practitioner's own service.",
     "qkd", "herbalist's page on herbs for kidney disease; fourth result", False, "", True, False),
    ("r204-010", W, True, "22000012", True, "insurer's health-tip page on blood pressure for seniors", U,
     "Accurate account of hypertension as often silent and of its organ complications, with the 140/90 threshold; the excerpt stops before the promised 'natural ways'.",
     "HARD: thin-but-fair fragment from a Thai insurer; symptoms such as occipital headache on waking are a common but soft claim. care 0: no prompt in the excerpt.",
     "qbp", "Thai insurer's English page on natural BP lowering for seniors (less-covered country); third result", False, "", True, False),
]
