"""rel427 labels: Q (query key -> query) and ROWS (reltools.build tuple order:
id, genre, reliable, scores, partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present).
Scores in criteria order: accuracy_balance, claims, care_prompt, sources, authorship_review,
date, risks_uncertainty, advertising."""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "q1": "tonsillitis symptoms when to see a GP Australia",
    "q2": "gout flare what to do New Zealand pharmacy advice",
    "q3": "dengue fever symptoms Singapore warning signs",
}

ROWS = [
    ("r427-001", W, True, "22120211", True, "condition explainer on an Australian telehealth service's site", U,
     "Accurate tonsillitis explainer with numbered references and an update date; viral/bacterial split and Australian figures sourced.",
     "care 1: 'crucial that bacterial tonsillitis is treated appropriately' is a consult-type line without a sign; the excerpt stops before treatment. Telehealth branding (advertising 1).",
     "q1", "telehealth service's tonsillitis page; first result", False, "", True, False),
    ("r427-002", W, True, "22102011", True, "GP's personal practice blog post", U,
     "A named Brisbane GP explains tonsillitis symptoms, tonsil stones and why viral and bacterial causes are hard to tell apart (Centor features, swab limits); accurate and measured.",
     "No date or references; booking link at the top (advertising 1). No sign tied to an action in the excerpt, so warning_signs_present false.",
     "q1", "GP's own blog on tonsillitis and antibiotics; different source kind from the service pages", False, "", True, False),
    ("r427-003", W, True, "22000012", True, "medical clinic group blog post", U,
     "Accurate tonsillitis overview for Adelaide parents: viral vs bacterial causes, complications of untreated strep, common symptoms.",
     "Date only in the URL (date 0); statistics uncited; the excerpt stops in the symptom list before any advice on when to see a doctor (care 0, present false). Thin-but-fair.",
     "q1", "clinic group's tonsillitis post for parents", False, "", True, False),
    ("r427-004", W, True, "22000012", True, "online pharmacy's condition page", U,
     "Sound gout page from a NZ pharmacy: urate crystals, risk factors incl. Māori and Pasifika genetics, sustainable weight loss and trigger reduction, treatment options for an attack.",
     "Excerpt stops at 'frequent use' of anti-inflammatories, so harms are only started (risks 1). No care prompt or red flag in the excerpt; no product pushed.",
     "q2", "NZ online pharmacy's gout page; pharmacy source kind", False, "", True, False),
    ("r427-005", W, True, "22210012", True, "national consumer health information site (charitable trust)", R,
     "Accurate NZ gout page: uric acid, genetic more than dietary cause, target urate below 0.36 mmol/L, preventive medicine after repeated attacks, 'see your doctor'.",
     "HARD: 'more than two attacks of gout per year, ask your doctor for a medication' is a condition tied to an action, counted as warning_signs_present on the letter of POLICY-46 s.2 (no hot-joint-with-fever red flag is given). Video interview with a rheumatologist (sources 1).",
     "q2", "NZ consumer health navigator page on gout", False, "", True, True),
    ("r427-006", W, True, "22001011", True, "home-care provider's health article", U,
     "Accurate Singapore dengue explainer by a named writer: transmission, four serotypes, typical symptoms, severe dengue; no overclaiming.",
     "Excerpt stops in the severe-dengue section before any 'when to see a doctor' (care 0, present false). Home-care company site (advertising 1).",
     "q3", "home-care company's dengue guide; first result", False, "", True, False),
    ("r427-007", W, True, "22100011", True, "private clinic group's article", U,
     "Accurate description of dengue's febrile, critical and recovery phases and complications at fever resolution.",
     "The warning-sign section is only announced ('please see below') and cut off: care 1, warning_signs_present false (POLICY-46 s.2). 'phrases' for phases; 'Also Read' link (advertising 1).",
     "q3", "clinic article on dengue phases", False, "", True, False),
    ("r427-008", W, True, "22101211", True, "private clinic news/blog post", U,
     "Dated clinic post: dengue transmission, serotypes and reinfection, notifiable status, usual and severe symptoms incl. bleeding, febrile seizures in children.",
     "The 'When should I see a Doctor?' section is cut off after its first sentence (care 1, present false). '39 – 5°C' typo.",
     "q3", "clinic post 'what to look out for'", False, "", True, False),
    ("r427-009", W, True, "22201022", True, "government disease-agency public page", R,
     "Clear official dengue page: symptoms, warning signs of severe dengue with 'seek medical attention immediately', paracetamol and avoid NSAIDs, prevention.",
     "Warning signs tied to an action: warning_signs_present true. No date or references in the excerpt.",
     "q3", "Singapore government agency's public dengue page", False, "", True, True),
    ("r427-010", W, False, "12010110", True, "insurer's marketing article", U,
     "An insurer's dengue article that advertises its own dengue protection, wrongly says Singapore's first dengue outbreak was in 2005, and urges readers to 'self-check' symptoms with no advice to see a doctor.",
     "HARD: the symptom list is accurate and WHO/NEA/CDC are named (sources 1), but the factual error, the product promotion (advertising 0) and self-diagnosis framing without any care prompt make it unsafe to rely on.",
     "q3", "insurer's dengue page; commercial source kind", False, "", True, False),
]
