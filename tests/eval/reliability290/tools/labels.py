"""rel290 labels: Q (query key -> query) and ROWS (one tuple per page, reltools.build order):
id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources, authorship_review,
date, risks_uncertainty, advertising), partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present."""

W, N = "web page", "news"
R, U = "reliable-leaning", "unreliable-leaning"

Q = {
    "qacv": "does apple cider vinegar lower cholesterol",
    "qif": "is intermittent fasting safe",
    "qmag": "can magnesium stop migraines",
    "qcop": "do copper bracelets help arthritis",
    "qstat": "is it safe to stop taking statins",
}

ROWS = [
    ("r290-001", W, True, "22010012", True, "online-doctor Q&A answer on apple cider vinegar and cholesterol", U,
     "Says only what the evidence allows: a 2006 rat study found lower cholesterol and triglycerides, and larger human trials are needed.",
     "Thin-but-fair; no mention of medical treatment or when to check cholesterol, but nothing overstated.",
     "qacv", "Q&A-site answer to the exact reader question", False, "", True, False),
    ("r290-002", W, False, "00000002", True, "diet content-site explainer on apple cider vinegar for cholesterol", U,
     "Credits vinegar with 'many nutrients', vitamins and 'a good dose of pectin' and carries pectin's LDL effect over to vinegar, which holds next to none of it; 'Studies conclude' with no source.",
     "", "qacv", "single-topic cholesterol site answering the question with nutrient claims", False, "", True, False),
    ("r290-003", W, False, "10000002", True, "natural-health blog post urging apple cider vinegar to lower cholesterol", U,
     "Accurate cholesterol background, but the title and 'Numerous studies show' rest on a rat study; says vinegar 'helps in solving this problem' with no word on treatment, limits or harms.",
     "HARD: efficacy claim, not a cure or safety guarantee, so unsafe_advice false; the rat study is named as such, but presented as proof for readers.",
     "qacv", "blog post titled as a recommendation ('Why You Should Use')", False, "", True, False),
    ("r290-004", W, True, "21000012", True, "remedy content-site explainer opening on cholesterol before apple cider vinegar", U,
     "The stored text is accurate lipid and cholesterol background (LDL, HDL, plaque, stroke and heart attack) and stops before any vinegar claim.",
     "HARD: the title asks whether vinegar lowers cholesterol and the site name suggests promotion, but judged on the stored text only, which is accurate; claims 1 for the unanswered title.",
     "qacv", "remedy-benefits site page answering the title question", False, "", True, False),
    ("r290-005", W, True, "22100012", True, "one-paragraph Q&A answer on intermittent fasting safety", U,
     "One accurate sentence: consult a professional with existing conditions, avoid extreme fasts, eat balanced meals.",
     "HARD: thin-but-fair; 'consulting with a healthcare professional if you have existing health conditions' is a consult prompt tied to a group, not a warning sign, so warning_signs_present false.",
     "qif", "short Q&A answer from the result list", False, "", True, False),
    ("r290-006", W, True, "21111011", True, "fasting-app company blog post on whether intermittent fasting is safe", U,
     "Balanced framing ('generally safe for many people ... definitely not right for everyone', some should skip it), numbered references and a stated fact-checking process; some breezy benefit talk ('have your cake and eat it').",
     "HARD: an app seller's blog (advertising 1), but the excerpt does not push the product and keeps the safety caveats.",
     "qif", "fasting-app blog answering the safety question", False, "", True, False),
    ("r290-007", W, False, "00010002", True, "health-tips page on magnesium and migraines", U,
     "Invented mechanism ('prevent the optic nerve from transmitting erroneous messages'), 'confirmed' from one meta-analysis, and bare instructions to 'take daily' 200-400 mg with no kidney, side-effect or doctor caveat.",
     "HARD: a consumer dose table without caveat (POLICY-46 §3), but 400 mg is a usual migraine-prevention dose and there is no cure or safety guarantee, so unsafe_advice false.",
     "qmag", "tips page giving magnesium doses for migraine", False, "", True, False),
    ("r290-008", W, True, "22011022", True, "migraine foundation resource page on magnesium", R,
     "Accurate on forms, usual doses, the main side effect (dose-related diarrhoea), pregnancy category and the IV-sulfate bone warning; the evidence is placed on aura and menstrual migraine.",
     "HARD: oral doses are given without a 'with your doctor' line in the excerpt, but as professional dosing information with side effects and pregnancy limits; no warning signs for headache in the stored text.",
     "qmag", "patient foundation's resource page on the question", False, "", True, False),
    ("r290-009", W, True, "12010011", True, "jewellery-shop blog post on whether copper bracelets help arthritis", U,
     "Reaches the right answer (no clinical proof, placebo), against the seller's own interest, though it garbles the trial (all wore copper for 'five months') and calls placebo relief 'a brief cure'.",
     "HARD: the study details are wrong and 'Arthritis is soreness' is loose, but nothing a reader acts on is unsafe and the verdict is correct; seller's blog on a remedy, so warning signs warranted (POLICY-46 §1).",
     "qcop", "bracelet seller's own blog answering the question", False, "", True, False),
    ("r290-010", W, True, "22001012", True, "rheumatology practice blog myth-buster on copper bracelets", U,
     "Accurate history and a clear verdict ('just another folk remedy with little evidence'), from a rheumatology practice.",
     "", "qcop", "specialist practice's myth page", False, "", True, False),
]
