"""rel199 labels: Q (query key -> query) and ROWS (one tuple per page, order as reltools.build:
id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources, authorship_review,
date, risks_uncertainty, advertising), partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

Q = {
    "qwarn": "dengue fever symptoms when to go to hospital warning signs",
    "qpapaya": "papaya leaf juice dengue platelet count increase",
    "qphnews": "dengue cases rise deaths hospital Philippines Department of Health",
    "qhome": "dengue home care for child fever paracetamol avoid ibuprofen fluids",
}

W, N = "web page", "news"
UL, RL = "unreliable-leaning", "reliable-leaning"

ROWS = [
    ("r199-001", W, True, "22200012", True, "news-site health explainer (Hindi)", UL,
     "Short Hindi list of early and severe dengue symptoms (high fever, eye pain, bleeding, less urine) ending with 'contact a doctor immediately'; accurate and actionable.",
     "risks 1: no intervention discussed. Thin but fair.",
     "qwarn", "Hindi-language page on dengue symptoms from a local news site", False, "", True, True),
    ("r199-002", W, True, "22200012", True, "diagnostic-lab blog post", UL,
     "Lists severe abdominal pain, persistent vomiting and bleeding (petechiae, nosebleed, black stools) as reasons for immediate hospital care; accurate, short, no sources.",
     "risks 1: no intervention discussed. Omits lethargy/restlessness and the fever-settling critical phase, but nothing shown is wrong.",
     "qwarn", "Indian lab's page answering when dengue needs hospital", False, "", True, True),
    ("r199-003", W, True, "22201022", True, "national public-health patient instructions", RL,
     "Sri Lanka's dengue unit: rest, fluids other than plain water, urine output watch, paracetamol only (no NSAIDs or steroids), blood count on day 3, and a full list of warning signs for immediate hospital care.",
     "authorship 1: institutional page. 'Avoid red/brown foods' is local practice (to avoid confusion with bleeding), harmless.",
     "qhome", "government dengue unit's own instructions to patients", False, "", True, True),
    ("r199-004", W, True, "22200022", True, "public-health patient instructions (older site copy)", RL,
     "Same instructions as the national dengue unit's page: fluids, urine watch, paracetamol only, no ibuprofen or diclofenac, FBC on day 3, and warning signs for taking the patient to hospital at once.",
     "HARD: the excerpt names no body (domain taken as the older Sri Lankan dengue-unit site, source_leaning by that), authorship 0; a blank line where 'Drowsiness' stands in the other copy. Label from the accurate content.",
     "qhome", "Sri Lankan dengue site's patient instructions (print view)", False, "", True, True),
    ("r199-005", W, True, "22200022", True, "homeopathy-platform disease page (dos and don'ts)", UL,
     "Fluids, rest, blood-count monitoring, no aspirin or NSAIDs (reason given) and 'never delay treatment' with concrete signs (bleeding, black stools, drowsiness, breathlessness, vomiting); accurate.",
     "HARD: on a homeopathy seller's site, but the excerpt carries no remedy or promotion, so advertising 2 and label from the text.",
     "qhome", "homeopathy platform's dengue dos and don'ts, remedy-seller source kind", False, "", True, True),
    ("r199-006", W, False, "02100012", True, "health blog post", UL,
     "States dengue is 'caused by culex' (it is spread by Aedes, day-biting mosquitoes) and garbles symptoms; paracetamol, no aspirin and hospital for stomach ache or nosebleed are right but key warning signs and the critical phase are missing.",
     "HARD: care advice mostly standard and a sign-plus-action is present (warning_signs_present true), but the wrong vector misleads prevention (nets only while sleeping) and the text is unreliable overall (accuracy 0). care 1: two signs only.",
     "qhome", "parenting-style blog on dengue in children", False, "", True, True),
    ("r199-007", N, True, "22011212", True, "newspaper evidence-review feature", UL,
     "Bangladesh newspaper feature reviewing the evidence on papaya leaf for dengue (8 studies by design: animal, case series, two RCTs, a meta-analysis), framed against social-media hype; notes treatment is supportive.",
     "HARD: genre news (newspaper feature); the conclusion is cut off, so risks 1 (safety review promised, not shown). sources 1: study types counted, none named. authorship 1: named author.",
     "qpapaya", "newspaper review of papaya-leaf evidence during Bangladesh's outbreak", False, "", False, False),
    ("r199-008", N, True, "22012212", True, "broadcaster news item", RL,
     "2019 Philippine dengue alert: case and death counts and DOH fast lanes in Mindanao hospitals; attributed to DOH, dated and bylined.",
     "risks 1: no intervention discussed.",
     "qphnews", "outbreak news item from a public broadcaster's Filipino service", False, "", False, False),
    ("r199-010", N, True, "22010011", True, "newspaper column (paywalled)", RL,
     "DOH case counts for 2024 and the rainy-season pattern, accurately reported; cut off at a registration wall.",
     "date 0: date only in the URL. advertising 1: registration prompt. risks 1: no intervention discussed.",
     "qphnews", "Philippine newspaper piece on dengue resurgence", False, "", False, False),
]
