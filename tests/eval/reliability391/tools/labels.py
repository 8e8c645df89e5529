"""rel391 labels: Q (query key -> query as sent to the `pages` search) and ROWS (one tuple per page, in
reltools.build order: id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources,
authorship_review, date, risks_uncertainty, advertising), partial, doc_type, source_leaning, why,
note, query key, picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted,
warning_signs_present). Labelled from the stored excerpts only."""

W = "web page"
UL = "unreliable-leaning"
RL = "reliable-leaning"

Q = {
    "qa": "ankle sprain how long to heal should I see a doctor",
    "qb": "shin splints home treatment runners",
    "qc": "leg cramps at night causes and remedies",
    "qd": "knee pain when running physiotherapist advice",
}

ROWS = [
    ("r391-001", W, True, "12000012", True, "personal running wiki (revision diff) on shin splints", UL,
     "Conservative, hedged shin-splint advice (cut mileage, avoid downhill, ice, calf stretching, towel scrunches) with a plain 'not medically trained' disclaimer.",
     "HARD: thin-but-fair; a wiki diff fragment with no stress-fracture warning or care prompt, but nothing misleading and the author's limits are stated. risks 1 for the stated uncertainty ('may help').",
     "qb", "a non-professional runner's wiki page on shin splints, far down the result list", False, "", True, False),
    ("r391-002", W, True, "11010001", True, "soccer-training blog post on shin splints with affiliate links", UL,
     "Standard shin-splint causes (attributed to Mayo Clinic) and self-care (PRICE, footwear, softer surfaces, graded return, toe and heel walks).",
     "HARD: aspirin and muscle rubs suggested with no caution (risks 0) on a youth-sport site, and inserts linked as affiliate products (advertising 1); the self-care itself is standard and low-risk, so true on the body. No stress-fracture sign or care prompt.",
     "qb", "a coach/blog source kind (soccer site) on shin splint treatment", False, "", True, False),
    ("r391-003", W, True, "11000012", True, "content-site listicle on night leg cramps", UL,
     "Describes night cramps, separates them from restless legs, says the cause is unknown and lists plausible contributors; the excerpt stops at the first 'natural method' (walking).",
     "HARD: content-farm listicle whose promised 'natural methods will help you treat' list is cut after walking; what is shown is accurate enough, so thin-but-fair; no care prompt though kidney and thyroid disease are named as causes.",
     "qc", "a recipe-blog health listicle on leg cramps", False, "", True, False),
    ("r391-004", W, True, "22000012", True, "university orthopaedics department condition page (muscle cramps)", RL,
     "Short accurate definition of muscle cramps, mostly harmless, with exercise, heat, medicines and medical conditions named as causes.",
     "risks 1: no intervention discussed. A fragment with no advice or signs.",
     "qc", "a university sports-medicine condition page in the same list", False, "", True, False),
    ("r391-005", W, True, "22101011", True, "physiotherapy clinic blog Q&A on running with knee pain", UL,
     "Named physiotherapist; stresses assessment over self-labelling, strength training and load management rather than stopping running; matches current practice.",
     "care 1: assessment recommended, no sign tied to it. advertising 1: clinic's own hands-on treatment promoted.",
     "qd", "a physiotherapy clinic's FAQ on running knee pain", False, "", True, False),
    ("r391-006", W, True, "21001011", True, "London physical-therapy clinic article on runners' knee pain", UL,
     "Named practitioner; sensible prevention (fitted shoes, 10% rule, don't train through pain, stretching), before the section on pain locations is cut.",
     "claims 1: 'It hurts but it works' for foam rolling and tight ITB causing patellar mistracking are stated more firmly than the evidence. advertising 1: clinic header.",
     "qd", "an osteopathy/physical-therapy clinic page on knee pain in runners", False, "", True, False),
    ("r391-007", W, True, "22000211", True, "physiotherapy practice blog on runner's knee", UL,
     "Accurate account of patellofemoral pain (not structural damage, load-management problem, typical triggers), dated January 2026.",
     "risks 1: no intervention discussed yet in the excerpt. advertising 1: booking and shop navigation.",
     "qd", "a dated physio blog post on runner's knee", False, "", True, False),
    ("r391-008", W, True, "22100011", True, "physiotherapy clinic blog on knee pain when running", UL,
     "Accurate list of common runner knee conditions and their usual load/strength causes; frames pain as a warning light, not damage; urges early assessment.",
     "care 1: early assessment urged with no specific sign. advertising 1: the page markets the clinic's running physio.",
     "qd", "a clinic blog on runners' knee pain (promotional kind)", False, "", True, False),
    ("r391-009", W, True, "22000012", True, "physiotherapist's blog on knee pain when running", UL,
     "Explains patellofemoral pain and ITB friction syndrome and the role of strength training; accurate.",
     "care 0: pain that fails to settle is raised as a question, not tied to an action. date only in the URL.",
     "qd", "an individual physio's blog answer to the runner's question", False, "", True, False),
]
