"""rel209 labels: Q (query key -> query) and ROWS (one tuple per page; order as reltools.build).

Row: id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources,
authorship_review, date, risks_uncertainty, advertising), partial, doc_type, source_leaning, why,
note, query key, picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted,
warning_signs_present.
"""

Q = {
    "q1": "my toddler swallowed something, call poison control what to do",
    "q2": "bee sting swelling home treatment when to worry",
    "q3": "minor burn first aid cool water don't use butter",
    "q4": "child bumped head when to go to hospital signs concussion",
    "q5": "nosebleed child how to stop pinch lean forward",
    "q6": "sprained ankle or broken? RICE treatment at home",
    "q7": "baby fever 39 degrees what to do paracetamol dose worried",
    "q8": "heat exhaustion vs heat stroke symptoms first aid",
}

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

ROWS = [
    ("r209-001", W, True, "12000012", True, "home-remedy content site", U,
     "background on bee stings with muddled biology (workers vs 'female bees') and a 'several weeks' swelling claim; stops before the remedies; no allergy or anaphylaxis warning in the excerpt.",
     "HARD: thin-but-fair; nothing harmful is advised, but a sting page that never mentions a serious reaction is weak; no intervention discussed in the excerpt.",
     "q2", "a generic home-remedy page among hospital and blog results for bee-sting swelling", False, "", True, False),
    ("r209-002", W, True, "22100012", True, "education/content site first-aid page", U,
     "standard first-degree burn first aid (cool water, no butter or home remedies, do not pop blisters) and seek care for infants, the elderly or worse burns.",
     "10 minutes of cooling is at the short end of guidance; 'take only as prescribed' for OTC painkillers is odd but harmless.",
     "q3", "plain first-aid steps page on an unrelated education host", False, "", True, True),
    ("r209-003", W, True, "21000012", True, "first-aid training company blog", U,
     "correct core message: cool a burn under cool water for 10-20 minutes, not butter or ice.",
     "HARD: thin-but-fair; a burn cream 'to prevent scarring' is overstated (claims 1) and there is no when-to-seek-care advice.",
     "q3", "a first-aid trainer's 'mistake' post, a different source kind", False, "", True, False),
    ("r209-004", W, True, "22110012", True, "forum wiki page (self-harm community wiki via a Reddit mirror)", U,
     "accurate minor-burn care close to standard references (cool not cold water, no ice, non-fluffy dressing, do not break blisters) and says third-degree burns and second-degree hand/groin burns need medical attention.",
     "HARD: a self-harm community's harm-reduction wiki on a Reddit mirror host; the burn first aid is sound, no mental-health support shown in the excerpt, judged on the first-aid text.",
     "q3", "a community wiki on a front-end mirror, unusual source kind", False, "", True, True),
    ("r209-005", W, True, "22100012", True, "parenting website article", U,
     "sensible parents' checklist of concussion signs (unsteady walking, vomiting, listlessness, inconsolable crying) and calls for the paediatrician right away; rest until healed.",
     "no emergency-level signs (unconsciousness, seizures) are separated out; second-impact warning phrased loosely.",
     "q4", "parenting site page on recognising brain injury after a bump", False, "", True, True),
    ("r209-006", W, True, "22201012", True, "children's hospital service page", U,
     "accurate concussion facts (most without loss of consciousness, imaging normal) and clear direction to the child's doctor or 911/ED for urgent concerns.",
     "warning_signs_present false: 'if you suspect a concussion' and 'urgent concern' are not concrete signs; ImPACT testing is mentioned as a service.",
     "q4", "hospital service page in the head-bump results", False, "", True, False),
    ("r209-007", N, True, "22001012", True, "wire-service tip sheet (news)", U,
     "accurate Canadian Press nosebleed tips: pinch the soft front of the nose continuously 5-10 minutes, lean forward, do not keep checking.",
     "HARD: a news-service tip list with no named expert (sources 0); no advice on when a nosebleed needs care, but news items are not warranted by the convention.",
     "q5", "a wire-service news item among clinic nosebleed pages", False, "", False, False),
    ("r209-008", W, True, "11100001", True, "physiotherapy clinic FAQ", U,
     "standard RICE steps for a sprain and a physiotherapist pointer.",
     "HARD: 'at least 20 minutes' of ice with no skin caution and no fracture signs or when-to-get-an-X-ray advice; clinic promotion ('even faster recovery'); thin-but-fair.",
     "q6", "a physio clinic's FAQ answer on RICE", False, "", True, False),
    ("r209-009", W, True, "12200012", True, "translated baby-care page on a foreign host", U,
     "broadly standard fever advice: fever in a baby under 2 months taken seriously, call if it persists or the baby is limp or not feeding; behaviour matters more than the number; no aspirin.",
     "HARD: awkward machine-like translation ('begins to diseased'); unbundle-and-recheck for a young baby is older guidance but ends in calling; warm baths is dated but harmless with the shiver caution.",
     "q7", "a translated fever page on an unrelated Turkish host", False, "", True, True),
    ("r209-010", W, False, "11200112", True, "health portal article (CC-licensed)", U,
     "dated baby-fever advice: give paracetamol 'regularly' and tepid baths for 39 degrees, and it says febrile convulsions last 'no longer than 2 minutes'.",
     "HARD: it has good parts (dose check, doctor for rash or persistent fever, under-6-months advice) and counts as warning_signs_present, but routine antipyretics and tepid bathing are outdated and the seizure-length claim is wrong.",
     "q7", "a portal page dated 2017 with a home-care list", False, "", True, True),
]
