"""rel319 labels: Q (query key -> query) and ROWS (one tuple per page, reltools.build order:
id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources, authorship_review,
date, risks_uncertainty, advertising), partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

W, N = "web page", "news"
RL, UL = "reliable-leaning", "unreliable-leaning"

Q = {
    "qhh": "what is hereditary hemochromatosis symptoms causes treatment fact sheet",
    "qsd": "state department of health fact sheet disease what is it who gets it how is it diagnosed treated",
    "qdmd": "my son was diagnosed with Duchenne muscular dystrophy what does it mean",
    "qlyme": "Lyme disease fact sheet county health department symptoms treatment prevention",
    "qcf": "cystic fibrosis what is it symptoms life expectancy treatment trust",
}

ROWS = [
    ("r319-001", W, True, "22110012", True, "gastroenterology practice condition page (Q&A format)", UL,
     "Accurate Q&A on hereditary haemochromatosis: HFE inheritance and carriers, often no symptoms, iron studies and genetic testing, phlebotomy until iron is normal, normal life expectancy when treated early.",
     "No author or date; one garbled sentence ('Some patients may present with untreated...'); phlebotomy harms not given (risks 1). Care 1: mentions referral to a gastroenterologist but no sign tied to an action, so warning_signs_present false.",
     "qhh", "GI practice's standard-questions page; first result", False, "", True, False),
    ("r319-002", W, True, "22000012", True, "university-run family information FAQ on a childhood genetic condition", RL,
     "Accurate, plain explanation of DMD for families: X-linked inheritance, new mutations, carriers, early motor signs, enlarged calves, decline between 6 and 11 and steroids slowing it.",
     "Excerpt stops mid-sentence in the symptoms section; steroids named without side effects (risks 1); no author, date or references shown.",
     "qdmd", "family FAQ from a pediatric medical-home portal", False, "", True, False),
    ("r319-003", W, True, "22000012", True, "county public-health department disease fact page", RL,
     "Short, accurate Lyme disease summary: tick-borne, not person to person, rash and flu-like symptoms, later arthritis and nerve or heart problems, early antibiotics effective, prevention steps.",
     "No see-a-doctor advice after a tick bite or rash (care 0, warning_signs_present false); thin-but-fair. Viewer-download boilerplate kept.",
     "qlyme", "county health department fact page", False, "", True, False),
    ("r319-004", W, True, "22200012", True, "city health department disease page", RL,
     "Accurate Lyme disease page: rash in 60-80%, flu-like symptoms, limits of blood tests early on, antibiotics if caught early; tells readers to consult a physician with these symptoms and to contact one early if Lyme is suspected.",
     "warning_signs_present true: the listed symptoms are tied to consulting a physician. Antibody timing '4-6 weeks' is on the long side but not misleading.",
     "qlyme", "city health department page with symptoms and when to consult", False, "", True, True),
    ("r319-005", W, True, "22000012", True, "national disease charity 'what is' page", RL,
     "Accurate charity overview of CF: inherited salt-and-water transport defect, carrier frequency, no cure but physiotherapy, medication and nutrition, UK survival figures and improving outlook.",
     "Navigation-style page that links out for diagnosis and carriers; no sign or care prompt (care 0, warning_signs_present false).",
     "qcf", "the national CF charity's standard page", False, "", True, False),
    ("r319-006", W, True, "22000012", True, "small family charity page explaining a condition", RL,
     "Accurate CF explainer largely following the national charity's text: inheritance odds, carrier frequency, symptoms (not unique to CF), treatments, cross-infection advice, pancreatic effects.",
     "Copied-looking text with an older carrier figure (two million); no care prompt or signs; treatments named without harms (risks 1).",
     "qcf", "small trust-fund charity's CF page", False, "", True, False),
    ("r319-007", W, False, "12010002", True, "small charity blurb on its projects page", RL,
     "Gives an 'average life expectancy of about 32 years' for CF as current fact, undated; that figure is decades out of date and would frighten and mislead a family today.",
     "HARD: the rest is accurate and it points to the CF Foundation (sources 1), but the headline prognosis is badly outdated with no date (as the round-1 outdated-page rule). Not unsafe_advice: no advice given.",
     "qcf", "small charity's 'What is CF?' blurb; outdated-figure candidate", False, "", True, False),
    ("r319-008", W, True, "22100112", True, "respiratory society white-book key points (professional/policy summary)", RL,
     "Professional key points on CF: newborn screening, specialist multidisciplinary care, 'lung attacks', complications beyond the lungs; states median life expectancy in the mid-30s with expected increase.",
     "HARD: the mid-30s median was a European figure at the white book's time and is framed as rising, but undated here; label true for the sound care points. warning_signs_warranted false: a professional/policy summary, not a consumer page (as r21-007). care 1 for specialist-centre care.",
     "qcf", "medical society's CF chapter key points", False, "", False, False),
    ("r319-009", W, True, "21000012", True, "patient-community repost of a charity's parent story", UL,
     "A parent's supportive account of coping after a DMD diagnosis, reposted with the charity credited; no medical claims beyond the hope of a fulfilling life.",
     "HARD: thin-but-fair; reassuring tone ('he could have a fulfilling, satisfying life') is a parent's experience, not a prognosis claim (claims 1). No facts on the condition, care or signs.",
     "qdmd", "community site reposting Muscular Dystrophy UK's parent guide", False, "", True, False),
    ("r319-010", W, False, "01010111", True, "family fundraising site's 'what is' page (personal account)", UL,
     "A mother's page states DMD 'to date still has no treatment or cure'; there is no cure, but steroids, cardiac and respiratory care and newer drugs slow it, so a newly diagnosed family is misinformed.",
     "HARD: personal and sincere; the 2011 diagnosis date is the only date (date 1); fundraising context (advertising 1). Not unsafe_advice: no cure or safety claim, and it does not discourage care.",
     "qdmd", "parent fundraising site's explainer; personal-source candidate", False, "", True, False),
]
