"""rel105 labels: Q (query key -> query) and ROWS (one tuple per page, in reltools.build order:
id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources, authorship_review,
date, risks_uncertainty, advertising), partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present).
Labels given from the stored text only (/work/restricted-eval/reliability105/docs)."""

W, N = "web page", "news"
U = "unreliable-leaning"

Q = {
    "qibu": "ibuprofen side effects when to stop taking and see a doctor",
    "qpara": "how much children's paracetamol can I give my child by age and weight",
    "qad": "stopping antidepressants suddenly withdrawal symptoms what to expect",
    "qwarf": "warfarin foods to avoid bleeding signs blood thinner",
}

ROWS = [
    ("r105-001", W, True, "11100021", True, "ibuprofen side-effects article on a health content site", U,
     "Accurate core cautions (lowest dose for shortest time, CABG, stomach bleeding, kidney and blood-pressure risks, check with a pharmacist before giving to children) on a page broken up by unrelated headlines.",
     "HARD: 'Most of ibuprofen's worst side effects are a result of using the drug too much' and 'people who have this problem are most likely taking too much' understate risk at normal doses (accuracy 1, claims 1); allergic-reaction signs are listed without an action, so warning_signs_present false. date 0: date only in the URL. advertising 1: injected unrelated article headlines. Thin-but-fair.",
     "qibu", "drug side-effect page for the reader's ibuprofen question; top result", False, "", True, False),
    ("r105-002", W, True, "22100022", True, "drug side-effects article on a wellness content site", U,
     "Standard, accurate ibuprofen cautions: lowest dose and shortest time, cardiovascular and GI bleeding risk, pregnancy, aspirin timing, duplicate NSAIDs in combination products, ask a doctor or pharmacist.",
     "Overdose symptoms are listed but cut off before any action, so warning_signs_present false; care 1 for the consult-your-doctor-or-pharmacist lines. Same text as another drug-news site's page (rank 7).",
     "qibu", "plain ibuprofen side-effects explainer; rank 2", False, "", True, False),
    ("r105-003", N, True, "11010021", True, "news repost of NHS ibuprofen guidance", U,
     "Reports NHS ibuprofen guidance accurately (allergy to NSAIDs, pregnancy, ulcers over 65, interactions, ginkgo) with the NHS named and quoted; no benefit is claimed.",
     "HARD: the 'three symptoms' clickbait headline promises a list that the stored text omits (the bullet lists are empty after each colon), so a reader cannot act on it (accuracy 1, claims 1); judged thin-but-fair as in r102-001 because what is said is right and attributed. News care_prompt 0. advertising 1: email sign-up.",
     "qibu", "news item on ibuprofen warnings; rank 5", False, "", False, False),
    ("r105-004", W, True, "22100022", True, "consumer medicine explainer (Australian health site)", U,
     "Correct weight-based dosing (15 mg/kg every 4-6 hours, up to 4 doses, no more than 60 mg/kg a day), checking syrup strength and mg vs mL confusion; says paracetamol does not change the course of the illness.",
     "care 1: 'except on the advice of your doctor' only; no sign of when a feverish child needs a doctor in the excerpt, so warning_signs_present false.",
     "qpara", "Australian consumer medicines page on children's paracetamol; rank 3", False, "", True, False),
    ("r105-005", W, True, "11100022", True, "paediatric paracetamol dose calculator page on a baby-product site", U,
     "Standard 15 mg/kg up to four doses and 60 mg/kg daily, doctor's advice under 3 months or 5 kg, and real toxicity cautions (under-fives when unwell, underweight children).",
     "HARD: a 30 mg/kg loading dose is given to parents without saying it is a clinician's option, and would push the first day over the 60 mg/kg limit the page states (accuracy 1); 'without causing drowsiness, frequent or serious side effects' is framed as what paracetamol 'is considered', not an own-voice guarantee, and the page names toxicity risks, so not unsafe_advice (claims 1). No sign tied to an action.",
     "qpara", "dose calculator on a baby-product site; rank 5", False, "", True, False),
    ("r105-006", W, True, "21011011", True, "health blog post on antidepressant discontinuation syndrome", U,
     "Describes discontinuation symptoms accurately (not addiction, onset in days, usually 1-3 weeks, FINISH mnemonic, worse with paroxetine and venlafaxine) and attributes the frequency to a named review.",
     "HARD: the excerpt promises to help readers 'proceed confidently' with stopping but shows no prompt to plan it with the prescriber (care 0) and no sign needing help; label from the accurate body. sources 1: review named, not cited. authorship 1: an unnamed psychiatrist. risks 1: no harms of tapering options yet.",
     "qad", "psychiatrist-attributed blog on stopping antidepressants; rank 5", False, "", True, False),
    ("r105-007", W, True, "11100011", True, "online-pharmacy tag page introducing posts on antidepressant withdrawal", U,
     "Explains discontinuation symptoms (dizziness, brain zaps, nausea, anxiety), that it is not addiction, that longer-acting fluoxetine causes milder reactions, and points readers to talk to their doctor about tapering.",
     "HARD: SEO text on a pharmacy site (advertising 1) with an unsupported 'proven steps that cut the risk of withdrawal by more than half' (claims 1) and escitalopram loosely grouped with short half-life SSRIs (accuracy 1); label true as thin-but-fair because the advice itself is standard.",
     "qad", "pharmacy-site tag page on antidepressant withdrawal; rank 7", False, "", True, False),
    ("r105-008", W, True, "22100022", True, "patient health sheet from a health library (insurer portal)", U,
     "Clear, standard warfarin guidance: history to tell the provider about, interacting medicines (aspirin, antiplatelets, NSAIDs, antibiotics) and supplements (vitamin K, ginkgo, garlic, St John's wort).",
     "Vomiting blood and black stools appear only as history questions, not as signs to act on; the excerpt stops before the bleeding-signs section, so warning_signs_present false. care 1: tell and talk with the provider.",
     "qwarf", "patient education sheet on warfarin; rank 6", False, "", True, False),
    ("r105-009", W, True, "21000021", True, "online-pharmacy tag page on warfarin bleeding risk", U,
     "Accurate INR explanation (target 2-3, risk above 4), vitamin K consistency rather than avoidance and interacting drugs (metronidazole, antifungals, St John's wort, vitamin E).",
     "HARD: no prompt to contact the anticoagulation clinic or doctor (care 0) and the bleeding signs are cut off before any action, so warning_signs_present false; 'one of the most dangerous' framing (claims 1). Thin-but-fair. advertising 1: pharmacy site.",
     "qwarf", "pharmacy tag page on warfarin bleeding; rank 4", False, "", True, False),
    ("r105-010", W, True, "22110012", True, "one slide of a health slideshow on medicines not to stop abruptly", U,
     "Short, accurate slide: withdrawal symptoms, relapse risk, tapering only after 6-12 months of improvement and with the doctor deciding.",
     "sources 1: an expert ('Henderson') quoted without affiliation in the excerpt. No sign tied to an action; risks 1. Page 5 of a slideshow.",
     "qad", "slideshow slide on stopping antidepressants; rank 4", False, "", True, False),
]
