"""rel420 labels: one tuple per page (reltools.build order):
id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources, authorship_review, date,
risks_uncertainty, advertising), partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present."""

Q = {
    "qt1d": "my journey living with type 1 diabetes blog",
    "qknee": "my recovery story after knee replacement surgery blog",
    "qdem": "caring for my mother with dementia blog what I learned",
    "qback": "physiotherapist weekly tip back pain blog",
    "qfib": "how I healed my fibromyalgia naturally my story",
}

W = "web page"
U = "unreliable-leaning"
ROWS = [
    ("r420-001", W, True, "22000012", True, "personal blog page (living with type 1 diabetes)", U,
     "accurate first-person account of type 1 diabetes (no insulin, finger-prick checks, not type 2, not a sugar allergy); no advice given.",
     "", "qt1d", "personal type 1 diabetes page from a lifestyle blog", False, "", False, False),
    ("r420-002", W, True, "22100012", True, "personal blog post (type 1 diabetes, HbA1c)", U,
     "a type 1 diabetic's reflection on a raised HbA1c; accurate, and ends by reaching out to her health care team.",
     "", "qt1d", "diabetes blog post about HbA1c and asking the care team for help", False, "", False, False),
    ("r420-003", W, True, "22000011", True, "first-person article on a mobility-aid seller's site (knee replacement recovery)", U,
     "balanced opening of a knee-replacement recovery story (surgery usually delivers, daily tasks are hard); tips are cut off.",
     "HARD: the page lives on a product (grip-stand) site and is likely an advertorial (advertising 1), but the stored text has no pitch and nothing inaccurate; the 790,000 figure is unsourced. Warranted as a recovery-tips page; the tips and any signs are cut off.",
     "qknee", "first-person knee replacement recovery article on a small seller's site", False, "", True, False),
    ("r420-004", W, True, "22000012", True, "personal recovery-coaching blog (knee replacement)", U,
     "realistic expectations after knee replacement (not normal at six weeks, surgeon's one-year horizon); encouraging, no harmful advice.",
     "", "qknee", "knee-replacement survivor blog on realistic recovery time", False, "", False, False),
    ("r420-005", W, True, "21100012", True, "personal journal and practical guide (knee replacement)", U,
     "a 73-year-old's knee-replacement journal with sensible tips (listen to pain, try non-surgical options first, prepare the home).",
     "HARD: 'worked miracles' for Orthovisc injections is one man's experience, stated as his (claims 1); tips are sensible; no signs of complications in the excerpt (warranted as a practical guide, present false).",
     "qknee", "knee replacement journal with tips by an RV blogger", False, "", True, False),
    ("r420-006", W, True, "22100012", True, "magazine personal story (knee replacement)", U,
     "first-person knee replacement story: x-rays, cortisone, HMO pre-op education, early mobilisation; accurate and balanced.",
     "", "qknee", "women's lifestyle magazine first-person surgery story", False, "", False, False),
    ("r420-007", W, True, "22101212", True, "community blog post (double knee replacement, quitting smoking)", U,
     "dated community post on recovering from double knee replacement with PT and staying smoke-free; accurate, no advice beyond her own routine.",
     "", "qknee", "quit-smoking community member's surgery recovery post", False, "", False, False),
    ("r420-008", W, True, "22000012", True, "caregiver blog post (parent with dementia)", U,
     "a daughter's reasons for writing about her mother's dementia; emotionally frank, nothing inaccurate.",
     "", "qdem", "daughter-caregiver dementia blog intro", False, "", False, False),
    ("r420-009", W, True, "12000012", True, "caregiver blog home page (parent with dementia)", U,
     "a daughter's account of recognising her mother's dementia; humane, but the diagnosis is described as reached by her own online research.",
     "HARD: 'I researched ... online and finally realized that my mother was indeed suffering from dementia' models self-diagnosis with no medical assessment (accuracy 1); a narrative, not advice, so label true and warning signs not warranted.",
     "qdem", "caregiver blog home page on a mother's dementia", False, "", False, False),
    ("r420-010", W, False, "00000001", True, "personal blog page (natural healing of fibromyalgia)", U,
     "frames holistic methods as a 'cure' for fibromyalgia, relays a doctor warning against drug trials, and attributes a months-long fever to fibromyalgia without further work-up.",
     "HARD: the methods are cut off; not unsafe_advice because the cure is her own story hedged by 'everyone's experience of disease is different'. Warranted as a self-treatment account; no signs. advertising 1: promotes Caroline Myss's work.",
     "qfib", "personal fibromyalgia 'natural healing' story", False, "", True, False),
]
