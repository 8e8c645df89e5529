"""rel350 labels: Q (query key -> query) and ROWS (one tuple per page, reltools.build order:
id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources, authorship_review,
date, risks_uncertainty, advertising), partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "eds": "living with Ehlers-Danlos syndrome patient support charity",
    "rett": "my daughter was diagnosed with Rett syndrome what to expect",
    "cf": "cystic fibrosis trust living with CF adults",
    "marfan": "Marfan syndrome foundation symptoms heart check-ups",
}

ROWS = [
    ("r350-001", N, True, "22001212", True, "charity press release, notes to editors about an EDS charity", U,
     "Notes to editors describing a new EDS charity; the symptom list (dislocations, pain, bruising, aortic rupture) is accurate and the diagnostic-delay point is fair; no intervention or benefit claimed.",
     "Press-release boilerplate judged as news: nothing exaggerated, no treatment claim; unquantified and self-promoting but harmless.", "eds",
     "charity press-release notes about an EDS charity (press item)", False, "", False, False),
    ("r350-002", W, True, "22011212", True, "personal blog post on living with hypermobile EDS", U,
     "Dated first-person Rare Disease Day post; rare-disease figures attributed to EURORDIS and the EDS description accurate; no treatment advice.",
     "", "eds", "personal blog on living with one rare condition", False, "", True, False),
    ("r350-003", W, True, "22010212", True, "personal blog post on living with hypermobile EDS", U,
     "First-person awareness post; the description of hEDS, its diagnostic criteria and associated features (POTS, MCAS) is accurate and says plainly there is no cure.",
     "", "eds", "personal blog, living with hEDS", False, "", True, False),
    ("r350-004", W, True, "22011211", True, "personal blog post on EDS awareness", U,
     "Dated awareness post that explains hEDS as a spectrum with co-morbidities accurately; links to a charity donation and merchandise.",
     "", "eds", "personal blog on EDS awareness and diagnosis", False, "", True, False),
    ("r350-005", W, True, "22100112", True, "charity newly-diagnosed FAQ on Rett syndrome", U,
     "Parent-facing charity FAQ; early signs, MECP2 cause, X-linkage, frequency and the non-degenerative course are stated accurately; ends telling parents who suspect Rett to make an appointment.",
     "HARD: 'If you think your daughter has Rett Syndrome, make an appo[intment]' follows the listed early signs (loss of speech and hand use); the action is cut at the last word but present in the stored text, so warning_signs_present true (sign/condition + action), care 1.",
     "rett", "charity Rett diagnosis FAQ for parents", False, "", True, True),
    ("r350-006", W, True, "22000111", True, "parent-coaching business page on a Rett diagnosis", U,
     "Accurate account of Rett regression and the diagnostic steps (developmental monitoring, specialist evaluation, MECP2 blood test); written by an unnamed coach selling support.",
     "", "rett", "parent-coach site page on Rett diagnosis", False, "", True, False),
    ("r350-007", W, True, "22201111", True, "patient organisation support checklist after a Rett diagnosis", U,
     "Sensible steps for families after diagnosis (grief support, a Rett-knowledgeable medical team, specialist referral, financial help); promotes the foundation's membership programme and merchandise discounts.",
     "HARD: warning_signs_warranted false: a support-services checklist for families who already have a diagnosis and a medical team, with no symptom content (as POLICY-46's non-symptom pages).",
     "rett", "patient organisation newly-diagnosed page", False, "", False, False),
    ("r350-008", W, True, "22001212", True, "charity page on living with cystic fibrosis", U,
     "Short accurate overview of CF treatment burden (tablets, physiotherapy, IV antibiotics, transplant) and carrier inheritance (1 in 4 risk for two carriers).",
     "The '1 in 25 are carriers' figure applies to people of European descent; stated generally, a minor simplification.", "cf",
     "CF charity living-with page", False, "", True, False),
    ("r350-009", W, True, "22011112", True, "hospital CF service patient information page", U,
     "Adult CF centre page listing lung and digestive effects (DIOS, pancreatic insufficiency, CFRD, bowel cancer risk) accurately.",
     "", "cf", "hospital adult CF service information page", False, "", True, False),
    ("r350-010", W, True, "12001012", True, "small charity children's page on what CF is", U,
     "Mostly accurate CF explainer (thick mucus, Creon, newborn screening) with the correct cross-infection advice that people with CF should not meet.",
     "HARD: attributes cross-infection to a 'low immune system caused by CF', which is wrong (the risk is airway bacteria passed between patients), so accuracy 1; the advice itself is right, so true.",
     "cf", "children's CF charity explainer", False, "", True, False),
]
