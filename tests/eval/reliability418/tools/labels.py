"""rel418 label records: Q (query key -> query as sent) and ROWS (one tuple per page, in
reltools.build order: id, genre, reliable, scores (accuracy_balance, claims, care_prompt,
sources, authorship_review, date, risks_uncertainty, advertising), partial, doc_type,
source_leaning, why, note, query key, picked_because, unsafe_advice, unsafe_quote,
warning_signs_warranted, warning_signs_present). Labels from the stored text only."""

Q = {
    "q01": "plantar fasciitis heel pain first step in the morning what helps",
    "q02": "bunion home remedies without surgery",
    "q03": "frozen shoulder how long does it last exercises",
    "q04": "tennis elbow pain outside of elbow treatment brace",
    "q05": "night leg cramps remedy pickle juice magnesium",
    "q06": "reverse osteoporosis naturally without medication",
    "q07": "knee pain when climbing stairs causes should I worry",
}

W = "web page"
U = "unreliable-leaning"
R = "reliable-leaning"

ROWS = [
    ("r418-001", W, True, "22200012", True, "physical-therapy practice blog on morning heel pain", U,
     "Standard load-management advice for plantar fasciitis (supportive shoes, calf and foot exercises, pacing) with a 'When to get checked' list: no change after 2-3 weeks, numbness, swelling or a sudden 'pop'.",
     "warning_signs_present true: persistence and numbness/swelling/'pop' tied to 'get checked'. risks 1: a pain limit ('scale back') but no other harms. Practice blog, but the licensed-PT line is not a sales pitch (advertising 2).",
     "q01", "physio practice's short plantar-fasciitis guide; third result", False, "", True, True),
    ("r418-002", W, True, "21000012", True, "heel-pain self-care blog post on a medical recruitment site", U,
     "Gentle morning routine for plantar fasciitis (stretches, warm shower, heel huggers, compression socks, over-the-counter heel supports); harmless but with no sign that needs a clinician.",
     "HARD: off-topic host (a doctor-recruitment firm's blog), no author or sources and compression socks presented as helping (claims 1); label true as thin-but-fair. The excerpt stops at 'Take a mild pain', so no painkiller cautions shown (risks 1). date 0: 2016/07/18 in the URL only.",
     "q01", "content-marketing heel-pain routine on an unrelated business domain; fifth result", False, "", True, False),
    ("r418-003", W, True, "22001011", True, "physiotherapy clinic journal article on plantar fasciitis", U,
     "Accurate account of why plantar-fasciitis pain is worst in the morning and why stretching alone often disappoints compared with progressive loading; named author.",
     "No care prompt or red flag in the excerpt (it stops as the loading approach begins), so care 0 and warning_signs_present false. authorship 1: named PhD author. advertising 1: 'heel problems we treat regularly' points to the clinic.",
     "q01", "physio clinic article with a named author; seventh result", False, "", True, False),
    ("r418-004", W, False, "00000002", True, "folk-remedy blog post on bunions", U,
     "Claims bunion surgery is 'just a temporary solution' and that drinking bay-leaf syrup to 'cleanse your body from salt' and a bay-leaf alcohol tincture will make bunions 'completely gone'.",
     "unsafe_advice true: own-voice cure guarantee for a structural deformity, with surgery dismissed. The salt-dissolving mechanism (frequent urination as a sign 'salt ... started to dissolve') is invented. date 0: 2015/12 in the URL only.",
     "q02", "bay-leaf 'no surgery' bunion remedy blog; second result", True,
     "after that the bunions on your feet will be completely gone", True, False),
    ("r418-005", W, True, "22100012", True, "physiotherapy clinic condition page (frozen shoulder)", U,
     "Short, accurate note that frozen shoulder improves with time but can take up to two years, with physiotherapy and an early injection as helpful treatments.",
     "HARD: very thin; 'physiotherapy is a crucial part' is a consult-type prompt (care 1) with no sign tied to an action (warning_signs_present false); thin-but-fair.",
     "q03", "physio clinic frozen-shoulder page; seventh result", False, "", True, False),
    ("r418-006", W, True, "12000011", True, "tennis-elbow product seller's blog article", U,
     "Mostly accurate introduction to tennis elbow (lateral epicondylitis, overuse, prevalence) leading into braces; the excerpt stops before any product claim.",
     "HARD: seller blog (advertising 1) and 'writer's cramp' given as another name for tennis elbow is wrong (writer's cramp is a focal dystonia; accuracy 1); the body is otherwise sound, so true. No care prompt or sign in the excerpt. risks 1: says braces used wrongly can have 'painful consequences'.",
     "q04", "brace seller's explainer; sixth result", False, "", True, False),
    ("r418-007", W, True, "22000012", True, "naturopath's tennis-elbow blog tag page (one-paragraph snippet)", U,
     "A single accurate sentence on tennis elbow as outer-elbow pain from overuse or strain; nothing to act on.",
     "HARD: a tag-page teaser of a naturopath's blog with no advice shown; thin-but-fair (as r79-050). risks 1: no intervention discussed.",
     "q04", "naturopath's single-topic blog, a different source kind; second result", False, "", True, False),
    ("r418-008", W, False, "11000012", True, "single-topic content site on reversing osteoporosis naturally", U,
     "Honest that full reversal is 'challenging', but presents only natural approaches (horsetail, nettle, collagen 'believed to support bone regeneration', herbal teas, jogging) with no mention of fracture-reducing medicines or a doctor for a diagnosed disease.",
     "HARD: hedged and partly sound (calcium, vitamin D, exercise, balance); false because an osteoporosis reader is steered to unproven herbs and high-impact exercise with no medical care or fracture-risk caution. unsafe_advice false: 'believed to' qualifies the herb claim. risks 1: uncertainty about reversal stated, no harms.",
     "q06", "exact-match 'reverse osteoporosis naturally' domain; fifth result", False, "", True, False),
    ("r418-009", W, True, "22101011", True, "orthopaedic surgeon's site article on knee pain on stairs", U,
     "Accurate plain-language list of causes of knee pain on stairs (patellofemoral pain, chondromalacia, osteoarthritis, quadriceps weakness, meniscus); the 'When should you see a doctor?' section is cut off.",
     "warning_signs_present false: the section is announced but cut off (POLICY-46 s.2); care 1 for it. authorship 1: named doctor. advertising 1: 'best knee pain treatment in bangalore' SEO lines.",
     "q07", "surgeon's personal practice site; second result", False, "", True, False),
    ("r418-010", W, True, "22200011", True, "knee-specialist clinic blog on knee pain on stairs", U,
     "Accurate causes of stair-related knee pain and an explicit 'persistent knee pain lasting more than two weeks warrants a professional medical evaluation'.",
     "warning_signs_present true: persistence over two weeks + evaluation (as r41-011). advertising 1: 'India's leading knee specialists', 'consult our specialists'. risks 1: no intervention discussed yet.",
     "q07", "clinic page promising warning signs; sixth result", False, "", True, True),
]
