"""rel301 labels: Q (query key -> query) and ROWS (one tuple per page; order as reltools.build):
(id, genre, reliable, scores[accuracy_balance, claims, care_prompt, sources, authorship_review,
date, risks_uncertainty, advertising], partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present).
Labelled blind, from the stored text only."""

Q = {
    "qepiwalk": "charity fundraising event walk for epilepsy UK sign up",
    "qhospvol": "hospice volunteer roles Ireland palliative care volunteering",
    "qflu": "Australian pharmacy vaccination service flu shot book in store",
    "qcnsjob": "job vacancy clinical nurse specialist hospital Ireland apply closing date",
    "qdiabgrant": "Canadian charity research funding grants call for applications diabetes",
    "qpdnz": "New Zealand support group meeting for people with Parkinson's",
}

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"
NOT_ADVICE = "not a health-advice page: care 0, risks 1 (no intervention discussed), warning signs not warranted."

ROWS = [
    ("r301-001", W, True, "22000012", True, "hospice volunteering page", R,
     "Describes the hospice's patient-care volunteer roles, training and vetting; accurate and makes no health claims.",
     NOT_ADVICE, "qhospvol", "an Irish hospice's own volunteering page", False, "", False, False),
    ("r301-002", W, True, "22000012", True, "palliative care consortium volunteers page", R,
     "Explains what palliative care volunteers do and how to become one; accurate, no health claims.",
     NOT_ADVICE, "qhospvol", "a regional palliative care consortium's volunteer recruitment page", False, "", False, False),
    ("r301-003", W, True, "22100011", True, "pharmacy flu-shot booking page with flu explainer", U,
     "Standard flu facts, complications and self-care (stay home, rest, fluids, hygiene) on a pharmacy's flu-shot booking page.",
     "HARD: a service page (product-page rule) that also carries a 'How to relieve flu symptoms' self-care section, so warning_signs_warranted true under POLICY-46 part 1 (self-care on a seller's site); no sign such as breathing difficulty is tied to seeing a doctor (present false; 'get tested for COVID-19' is a test, not care). care 1. risks 1: vaccine side effects not reached. advertising 1: booking service.",
     "qflu", "an Australian pharmacy's flu-shot page with patient information", False, "", True, False),
    ("r301-004", W, True, "22110011", True, "pharmacy chain flu vaccination service page", U,
     "Accurate flu-vaccine recommendations and risk groups (Australian schedule) on a pharmacy chain's service page; 'safe and effective' is the standard, supported view.",
     "Service (product) page: warning signs not warranted (POLICY-46 part 1). 'safe and effective' for the flu vaccine is supported, not an unsupported safety claim, so unsafe_advice false. sources 1: a footnote marker. advertising 1.",
     "qflu", "a pharmacy chain's flu vaccination service page", False, "", False, False),
    ("r301-005", W, True, "22000112", True, "hospital group job vacancy (clinical nurse specialist, haematology)", R,
     "A hospital group's job advertisement for a haematology nurse specialist; factual, no health claims.",
     NOT_ADVICE + " date 1: posting and closing dates.", "qcnsjob", "an Irish hospital group's own careers page (others were job boards)", False, "", False, False),
    ("r301-006", W, True, "22000112", True, "charity research funding call", R,
     "A diabetes charity's research-competition page (award sizes, review process, aims); factual, no health claims.",
     NOT_ADVICE + " 'finding a cure(s)' is a research aim, not a claim. date 1: the competition year.", "qdiabgrant", "a Canadian condition charity's research funding page", False, "", False, False),
    ("r301-007", W, True, "22000012", True, "condition charity about-us page", R,
     "Describes the Parkinson's charity's services and the World Parkinson's Charter; accurate, no health claims.",
     NOT_ADVICE, "qpdnz", "the NZ Parkinson's charity's own about page", False, "", False, False),
    ("r301-008", W, True, "22100012", True, "condition information page (Parkinson's disease) with support contacts", U,
     "Points readers to the Parkinson's charity's support and gives an accurate description of Parkinson's and its four main symptoms.",
     "Condition page: warning signs warranted; none tied to an action in the excerpt (present false). care 1: contact the charity for support, no prompt to see a doctor. risks 1: no intervention discussed. Thin-but-fair.",
     "qpdnz", "a NZ site's Parkinson's condition page with support information", False, "", True, False),
    ("r301-009", W, True, "12111111", True, "pharmacy vaccination service page with flu explainer", U,
     "Risk groups and booking information for a pharmacy flu shot; mostly accurate but garbled on who can be vaccinated and dated to the 2017 season.",
     "HARD: 'Everyone that is in good health and is over 18 ... Vaccination is also available for young children of 5 years of age and under' is muddled (accuracy 1) and the risk list is US-derived, but nothing shown would mislead a reader into harm; thin-but-fair. Service page: warning signs not warranted. sources 1: WHO named. date 1: 2017 season. advertising 1.",
     "qflu", "a pharmacy group's vaccination page", False, "", False, False),
    ("r301-010", W, True, "22000012", True, "palliative care directory topic page (volunteer groups)", R,
     "Describes what palliative care volunteers offer and what they cannot do; accurate, no health claims.",
     NOT_ADVICE, "qhospvol", "a palliative care service directory's volunteer page", False, "", False, False),
]
