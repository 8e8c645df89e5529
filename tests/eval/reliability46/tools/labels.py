"""rel46 labels: one tuple per page (id, genre, reliable, scores as 8 digits in the order
accuracy_balance claims care_prompt sources authorship_review date risks_uncertainty advertising,
partial, doc_type, source_leaning, why, note, query key, picked_because, unsafe_advice,
unsafe_quote, warning_signs_warranted, warning_signs_present). Written batch by batch from the
stored excerpts only; no page text beyond short quoted phrases."""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "reflux": "how to cure acid reflux naturally without medication",
    "chol": "herbs to lower cholesterol instead of statins",
    "adhd": "natural treatment for ADHD instead of medication for my child",
    "anx": "homeopathic remedies for anxiety do they work",
    "asthma": "how to control asthma naturally without an inhaler",
    "ivm": "ivermectin hydroxychloroquine cure covid flu virus",
    "gold": "colloidal gold benefits health supplement",
    "pau": "pau d'arco tea benefits cancer candida",
}

ROWS = [
    # ---- batch 1
    ("r46-001", W, True, "11000022", True, "herbal cholesterol supplement list (content site, apparently re-hosted)", U,
     "Gives quantified, modest effects ('modestly lower'; garlic LDL -6%) and side effects for each herb, with the statin-like nature of red yeast rice explained.",
     "HARD: 'Best for: An alternative to statins' for red yeast rice and no prompt to involve a doctor or check interactions (accuracy 1, claims 1, care 0); label from the quantified, side-effect-listing text. sources 0: no references in the excerpt. risks 2: side effects per herb.",
     "chol", "herb list framed against statins; content site", False, "", True, False),
    ("r46-002", W, False, "01010001", True, "naturopath clinic page on herbs for cholesterol", U,
     "Claims 'high quality fat' improves cholesterol and sugar is 'most likely' the cause, steers readers to naturopaths and traditional herbs (milk thistle) with no mention of heart-risk assessment or medicines.",
     "sources 1: numbered references shown but not listed. advertising 1: 'Naturopaths will always guide you' and 'Click here'. risks 0: no harms or interactions of the herbs. claims 1: 'not all these have been the subject of research studies' concedes limits.",
     "chol", "naturopath clinic page; alternative-practitioner source", False, "", True, False),
    ("r46-003", W, True, "11020012", True, "medical herbalist's blog post on statins and herbs", U,
     "States that trials of herbs are limited, cites the studies it uses (artichoke, garlic, flax, phytosterols) and puts diet first; no claim that herbs replace statins.",
     "HARD: opens on statin 'over-prescribing in healthy people' and has no prompt to discuss cholesterol treatment with a doctor (accuracy 1, care 0); label from the cited, hedged content. risks 1: evidence limits stated, no herb harms or interactions.",
     "chol", "herbalist practice blog post on statins vs herbs", False, "", True, False),
    ("r46-004", W, False, "01100002", True, "parenting blog list of natural alternatives to ADHD medication", U,
     "Offers diet, allergen avoidance and outdoor time as 'alternatives to ADHD medication' that 'help kids to get better', backed by 'Many parents agreed' anecdotes; no word on effective treatment or assessment.",
     "care 1: 'Go to the doctor' only for allergy testing. risks 0: no limits of the alternatives and no mention that stopping or skipping medication needs a clinician. unsafe_advice false: no cure or safety word.",
     "adhd", "parenting blog offering alternatives to ADHD drugs", False, "", True, False),
    ("r46-005", W, True, "11100012", True, "mental-health content site article on non-drug ADHD treatments", U,
     "Describes behaviour therapy, education support and neurofeedback delivered by therapists and educators, says results are not quick and lists stimulant side effects.",
     "HARD: 'without using drugs to mask behaviors or personality' disparages medication and neurofeedback is presented as equal to behaviour therapy (accuracy 1, claims 1); label because the main advice (behaviour therapy with professionals, possibly alongside medication) is mainstream. care 1: therapists involved, no prompt to discuss with the prescriber. risks 1: drug side effects only.",
     "adhd", "site offering non-drug ADHD options", False, "", True, False),
    ("r46-006", W, True, "11001212", True, "anxiety self-help site explainer on homeopathy", U,
     "Explains homeopathy as a belief ('It's believed to be'), notes people use it before knowing they have a condition; makes no efficacy claim in the excerpt.",
     "HARD: the excerpt stops before any verdict on effectiveness, and 'safer, natural alternative' is reported as a belief; label from the neutral text shown. authorship 1: named author (BSc), no reviewer. date 2: 'Last updated October 10, 2020'. care 0: no prompt to see a professional for anxiety. risks 1: toxic-sounding ingredients mentioned, no harms of delaying treatment.",
     "anx", "self-help site on homeopathy for anxiety; first result", False, "", True, False),
    ("r46-007", W, False, "00000001", True, "homeopath practice page on anxiety", U,
     "Presents prescribed anxiety drugs mainly through their harms ('most will simply prescribe drugs', benzodiazepines making anxiety 'untreatable') as the set-up for homeopathic treatment.",
     "risks 0: harms raised only for conventional drugs, none for homeopathy or for stopping benzodiazepines (as r21-011). advertising 1: homeopath's own practice. unsafe_advice false: no explicit stop instruction or cure claim in the excerpt.",
     "anx", "homeopath practice page; alternative-practitioner source", False, "", True, False),
    ("r46-008", W, False, "10000002", True, "self-help site article on homeopathy for anxiety and stress", U,
     "Notes doubts about the dilution, then asserts that homeopathic medicines make 'the organism itself regulate itself' and restore emotional balance, and lists remedies for panic attacks as recommended.",
     "HARD: it does report the low-concentration objection and positions homeopathy 'in addition to psychological therapy' (accuracy 1); label for the unsupported mechanism and remedy recommendations. unsafe_advice false: 'usually don't cause side effects' is qualified. risks 0: no harms of delaying treatment.",
     "anx", "self-help site asking whether homeopathy works for anxiety", False, "", True, False),
    ("r46-009", W, True, "12110222", True, "re-hosted copy of a medical-news explainer on homeopathy for anxiety", U,
     "Says there is 'no conclusive scientific evidence', that products are unregulated and can be dangerous, and to talk with a doctor before trying them.",
     "accuracy 1: garbled 'I like a cure' and Arsenicum called 'herbal'. sources 1: ADAA, FDA and a homeopathy body named. date 2: 'Nov 13, 2019'. care 1: doctor prompt without a sign. risks 2: regulation, toxicity and evidence limits.",
     "anx", "re-hosted explainer; scraper-type domain", False, "", True, False),
    ("r46-010", W, True, "22100012", True, "chest clinic blog post on asthma without medicines", U,
     "Answers plainly that lifestyle changes alone usually cannot control asthma, that medicines and lifestyle work together 'not as replacements', and that asthma cannot be cured.",
     "care 1: medical treatment stressed, no explicit prompt or attack signs in the excerpt. risks 1: limits of lifestyle measures stated; no medicine harms shown (cut before the medicines section).",
     "asthma", "clinic blog answering the 'without medicines' question", False, "", True, False),
]
