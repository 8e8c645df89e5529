"""rel194 label records: Q (query key -> query) and ROWS (id, genre, reliable, scores in criteria
order accuracy_balance, claims, care_prompt, sources, authorship_review, date, risks_uncertainty,
advertising, partial, doc_type, source_leaning, why, note, query key, picked_because,
unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "snake": "snake bite what to do first aid Kenya hospital",
    "fever": "baby has a high temperature when to go to hospital Ireland",
    "heat": "heat stroke symptoms what to do Pakistan heatwave",
}

ROWS = [
    ("r194-001", W, True, "22200012", True, "snakebite first-aid article on a Kenyan citizen-news site", U,
     "Treats every bite as venomous, warns against the 'black stone', lists signs and makes calling an emergency number the first step, with standard first aid.",
     "risks 1: no intervention with harms discussed beyond traditional methods; the DON'Ts list is cut off.",
     "snake", "Kenyan local site explaining snakebite first aid; first result", False, "", True, True),
    ("r194-002", W, True, "22210012", True, "snakebite first-aid guide on a safari information site", U,
     "Current first aid (hospital immediately; no tourniquet, cutting, ice or sucking; immobilise the limb), attributed to a Kenyan snake research centre.",
     "sources 1: Bio-Ken named, no references. risks 1: harms of outdated methods stated, no other intervention.",
     "snake", "travel-site first-aid guide citing a local snake farm", False, "", True, True),
    ("r194-003", W, True, "22200012", True, "child fever self-care page on an Irish pharmacy-backed information site", U,
     "Standard fever advice focused on alertness, with high-risk signs and 'need to see a doctor' / 'get medical help immediately'; no sponging; pharmacist for paracetamol or ibuprofen.",
     "risks 1: paracetamol and ibuprofen named without side effects or dosing in the excerpt.",
     "fever", "Irish consumer page on a child's temperature; first result", False, "", True, True),
    ("r194-004", W, True, "22101012", True, "emergency-department fever advice sheet for parents", U,
     "Accurate, current fever advice from Cork emergency departments: how unwell the child looks matters more than the number, no cold baths, antipyretics will not mask illness.",
     "HARD: 'both options are safe' (giving paracetamol and ibuprofen spaced or together) is a safety statement, but it is standard clinical advice qualified in the same line ('Carefully keep track of the doses'), so not unsafe_advice. 'may look unwell and need urgent medical attention' is descriptive, not a sign tied to an instruction, and the 'when to seek advice' list is cut off, so warning_signs_present false; care 1. authorship 1: institution named.",
     "fever", "Irish hospital ED patient leaflet; regional health service", False, "", True, False),
    ("r194-005", W, True, "22200011", True, "baby fever page on a painkiller brand's site", U,
     "Clear when-to-see-a-doctor list (under three months over 38C, stiff neck, rash, breathing problems, fever over two days, febrile convulsion); accurate.",
     "advertising 1: the ibuprofen brand's own site, no product push in the excerpt. risks 1: no intervention with harms discussed.",
     "fever", "brand-owned consumer page with explicit doctor criteria", False, "", True, True),
    ("r194-006", W, True, "12201011", True, "heat-wave tips on an online pharmacy blog", U,
     "Sensible heat-wave precautions and 'contact your local doctor or call an ambulance (115)' for heat-related symptoms; medically reviewed by a named doctor.",
     "HARD: 'Don't eat protein-based meals' and 'caffeine promotes dehydration' are overstated and two tips are about home appliances (accuracy 1), and stocking up on ORS on a pharmacy blog (advertising 1); label from the sound core advice. authorship 1: reviewer named.",
     "heat", "Pakistani pharmacy blog on a heat wave; reviewer named", False, "", True, True),
    ("r194-007", W, True, "22200012", True, "personal blog post on heatstroke during a Karachi heat wave", U,
     "Correct heatstroke definition, symptoms and first aid (shade, cooling, call an ambulance, go to the doctor without waiting).",
     "thin blog with no sources or author, but the emergency framing is right. risks 1: no intervention with harms discussed.",
     "heat", "blogger's heatstroke first-aid post from Pakistan", False, "", True, True),
    ("r194-008", N, True, "22010012", True, "news report of a national public-health advisory on heatstroke", U,
     "Reports the National Institute of Health advisory accurately (definition, risk groups, symptoms, prevention); nothing exaggerated.",
     "the headline promises treatment, but the excerpt gives symptoms and prevention only. sources 1: advisory named. date 0: only in URL.",
     "heat", "news report of a public-health advisory during a heat wave", False, "", False, False),
    ("r194-009", N, True, "22010012", True, "regional news report of a snakebite case and hospital awareness campaign", U,
     "A boy's delayed referral and swollen leg reported with the hospital superintendent's advice to rush victims to the nearest facility; accurate if roughly written.",
     "HARD: garbled sentences ('the pain that and growling', 'her family cattle') and a 'By Reporter' byline; the message is sound, so thin-but-fair. sources 1: superintendent quoted. risks 1: no intervention discussed beyond antivenom.",
     "snake", "Kenyan county news on a snakebite case and campaign", False, "", False, False),
    ("r194-010", N, True, "12011012", True, "news feature on snakebite first aid in coastal Kenya", U,
     "An anecdote-led feature with a snake-farm director's correct message that snakebite is an emergency and antivenom the only treatment, the cloth tourniquet shown failing.",
     "the global figure (20,000 deaths a year) is well below current estimates (accuracy 1), fair for 2008 reporting. date 1: 'September 29' without a year in the text. sources 1: one named expert.",
     "snake", "Kenyan radio-news feature on snakebite", False, "", False, False),
]
