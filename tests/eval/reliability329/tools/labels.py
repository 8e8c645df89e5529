"""rel329 label records: Q (query key -> query) and ROWS (reltools.build tuple order:
id, genre, reliable, scores, partial, doc_type, source_leaning, why, note, query key, picked_because,
unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present). Scores in criteria
order: accuracy_balance, claims, care_prompt, sources, authorship_review, date, risks_uncertainty,
advertising."""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "qecz": "eczema in children symptoms causes treatment",
    "qpso": "psoriasis what is it symptoms treatment outlook",
    "qgout": "gout causes symptoms diagnosis treatment prevention",
    "qshin": "shingles what are the symptoms and how is it treated",
}

ROWS = [
    ("r329-001", W, True, "22000012", True, "condition explainer on a medical-information site", U,
     "Accurate overview of psoriasis (immune cause, typical plaques, nails, cycles, creams for mild disease, triggers).",
     "risks 1: treatments named without harms. No sign tied to an action.", "qpso",
     "plain psoriasis explainer on an evidence-tool site; rank 2", False, "", True, False),
    ("r329-002", W, True, "22000012", True, "dermatology practice condition page", U,
     "Short, accurate description of psoriasis (autoimmune, possible arthritis, no cure, treatments control symptoms).",
     "HARD: URL is a clinic '/service/' page, but the excerpt is a general condition description with no sales text, so it is treated as a condition page (warning signs warranted, absent). Typo 'an a associated' kept.",
     "qpso", "dermatology clinic condition page; rank 3", False, "", True, False),
    ("r329-003", W, True, "22000012", True, "dermatologist practice condition page", U,
     "Accurate and balanced account of psoriasis types, triggers, quality-of-life impact and treatment ladder.",
     "'Supplements' listed among treatments without evidence or caution, a minor weakness; risks 1.", "qpso",
     "practice page on psoriasis written in Australian/British English; rank 6", False, "", True, False),
    ("r329-004", W, False, "11000112", True, "natural-health shop blog post on psoriasis", U,
     "Mostly standard content, but states pustular psoriasis is 'more contagious than other types', implying psoriasis spreads person to person; it is not contagious.",
     "HARD: one factual error that feeds stigma decides the label on an otherwise standard page. 'See a doctor if you think you have psoriasis' is a consult prompt with no sign, so warning_signs_present false.",
     "qpso", "shop-blog psoriasis explainer; rank 8", False, "", True, False),
    ("r329-005", W, True, "22100012", True, "podiatry practice condition page", U,
     "Accurate gout overview: urate crystals, risk factors, joint-fluid diagnosis, NSAIDs/colchicine/steroids for attacks and urate-lowering drugs.",
     "care 1: a closing prompt ('If you are experiencing symptoms of gout, it') is cut off; risks 1: drugs without side effects.",
     "qgout", "podiatry practice gout page; rank 1", False, "", True, False),
    ("r329-006", W, True, "21100012", True, "magazine-site gout article (machine-translated)", U,
     "Broadly accurate gout content paraphrased from NIH material, with a sensible prompt to see the doctor even after pain settles.",
     "HARD: translation slips ('the best way to taste gout', 'a large daily dose') and a stray HTML tag lower quality but mislead no one seriously; claims 1. The consult prompt names no warning sign.",
     "qgout", "gout article on a non-health magazine site; rank 8", False, "", True, False),
    ("r329-007", W, True, "22200012", True, "hospital-system virtual-care condition page", U,
     "Accurate shingles summary that tells readers to seek treatment within 24 to 48 hours of symptoms.",
     "HARD: warning_signs_present true for prompt treatment tied to the start of symptoms (a time-bound action), although eye-involvement red flags are not named.",
     "qshin", "hospital virtual-care page on shingles; rank 1", False, "", True, True),
    ("r329-008", W, True, "22000012", True, "dermatology practice condition page", U,
     "Accurate short description of shingles course and early antivirals.",
     "No prompt to see anyone and no complications (eye, post-herpetic pain) in the excerpt; thin-but-fair.", "qshin",
     "dermatology practice shingles page; rank 6", False, "", True, False),
    ("r329-009", W, True, "22000012", True, "dermatology practice condition page", U,
     "Very short, accurate definition of eczema types and treatment with moisturisers and prescriptions.",
     "Thin-but-fair; an asterisk hints at a disclaimer not shown.", "qecz",
     "dermatology practice eczema page; rank 7", False, "", True, False),
    ("r329-010", W, True, "21000012", True, "dermatology practice condition page", U,
     "Accurate list of psoriasis sites and standard treatments.",
     "HARD: 'occasionally even permanently' edges towards a cure claim for a lifelong disease; long remissions do occur, so claims 1 rather than false.",
     "qpso", "dermatology practice psoriasis page; rank 5", False, "", True, False),
]
