"""rel353 labels: Q (query key -> query as sent) and ROWS (reltools.build tuple order:
id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources, authorship_review,
date, risks_uncertainty, advertising), partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

Q = {
    "q1": "what causes psoriasis and is it hereditary",
    "q2": "is gout inherited what is the outlook",
    "q3": "what are the symptoms of endometriosis FAQ",
    "q4": "how is sarcoidosis treated frequently asked questions",
}

W = "web page"
U = "unreliable-leaning"
R = "reliable-leaning"

ROWS = [
    ("r353-001", W, True, "22000011", True, "causes-and-triggers page on a skin-care brand site", U,
     "Accurate short answer: only the predisposition is inherited, several genes, and triggers (injury, friction, stress, infection) are needed; hedged ('not yet been fully researched').",
     "HARD: a heredity/cause explainer with no symptom or treatment guidance, read as a genetics explainer (issue 12 part 4 via POLICY-46), so warning_signs_warranted false. No intervention discussed (risks 1); brand host, no product in the excerpt (advertising 1).",
     "q1", "brand-site answer to 'is psoriasis hereditary'", False, "", False, False),
    ("r353-002", W, True, "12011012", True, "'is gout hereditary' article on a health content site", U,
     "Reports the Taiwanese family study and reminds readers that weight, diet and drink also shape risk; broadly accurate, though 'three times more likely' for any first-degree relative sits oddly with 'nearly twice' for a parent.",
     "Heredity explainer: warning_signs_warranted false (genetics explainer). Named author, numbered references without the list in the excerpt (sources 1). No intervention discussed (risks 1).",
     "q2", "content-site article citing a named study", False, "", False, False),
    ("r353-003", W, True, "22120011", True, "'is gout hereditary' blog on a colchicine brand site", U,
     "Accurate account of uric acid, flares and the 2018 genetics-versus-diet meta-analysis (named researcher, numbered references); notes stigma keeps patients from seeking help.",
     "HARD: a prescription-drug brand's blog; no product claim in the excerpt, so advertising 1 and the body decides. Heredity explainer: warranted false. No intervention discussed (risks 1).",
     "q2", "drug-brand blog answering the heredity question", False, "", False, False),
    ("r353-004", W, False, "11000011", True, "'is gout hereditary' article on a single-topic gout site", U,
     "Generic text with a factual error (gout put down to a 'deficiency' of xanthine oxidase, the enzyme that makes uric acid) and an unidentifiable 'Journal of Rheumatology' study of 5,000 people.",
     "HARD: low direct harm; false because the genetic mechanism it teaches is wrong and the cited study cannot be traced (sources 0). Heredity explainer: warranted false. No intervention discussed (risks 1).",
     "q2", "single-topic site, machine-like text", False, "", False, False),
    ("r353-005", W, True, "22000012", True, "gynaecology practice condition page", U,
     "Accurate definition, a fair symptom list and hedged treatment options (hormone therapy 'may reduce pain'; surgery or fertility treatment for pregnancy).",
     "Thin-but-fair: treatments named without their harms (risks 1); no sign tied to an action, so warning_signs_present false.",
     "q3", "practice page answering 'what are the symptoms'", False, "", True, False),
    ("r353-006", W, True, "22000012", True, "gynaecologist's practice FAQ entry", U,
     "Accurate explanation of endometriosis and its symptoms, noting some women have none.",
     "No intervention discussed (risks 1); no care prompt or signs.",
     "q3", "practice FAQ entry", False, "", True, False),
    ("r353-007", W, True, "22000011", True, "endometriosis page on an Indian plastic-surgery clinic domain", U,
     "Accurate symptom description (pain worse than usual cramps, pain with sex, bowel movements or urination, heavy bleeding, infertility); the cause and risk lists are cut off.",
     "HARD: standard reference-style text on an unrelated clinic domain, probably copied; the text itself is accurate, so true. Clinic location page (advertising 1). No intervention discussed (risks 1).",
     "q3", "clinic page with a symptom answer", False, "", True, False),
    ("r353-008", W, True, "22000012", True, "doctor's site condition overview", U,
     "Accurate, balanced overview of symptoms, diagnosis (including laparoscopy), treatment options and fertility.",
     "Treatments listed without their harms (risks 1); no care prompt or sign in the excerpt.",
     "q3", "doctor's-site overview", False, "", True, False),
    ("r353-009", W, True, "22011012", True, "expert-answered patient FAQ on a European lung charity site", R,
     "Experts' answers on geography, links with autoimmune disease and suspected triggers, with uncertainty stated ('cause ... is unknown', 'more research is needed').",
     "'granulomas are not seen in auto-immune diseases' is an over-simplification but harmless. Experts credited collectively (authorship 1). No intervention discussed (risks 1).",
     "q4", "charity FAQ written by experts", False, "", True, False),
    ("r353-010", W, True, "22100022", True, "personal sarcoidosis information site", U,
     "Accurate on watchful waiting, prednisolone, steroid side effects and steroid-sparing drugs, and lists follow-up tests.",
     "Personal site; figures unsourced but plausible; follow-up tests named (care 1); no sign tied to an action.",
     "q4", "answer to 'can sarcoidosis be cured'", False, "", True, False),
]
