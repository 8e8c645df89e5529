"""rel247 labels: Q (query key -> query) and ROWS (one tuple per page; order as reltools.build).

Scores in criteria order: accuracy_balance, claims, care_prompt, sources, authorship_review, date,
risks_uncertainty, advertising. No page text here (only short quoted phrases).
"""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "qlc": "leg cramps at night what can I do",
    "qvv": "varicose veins natural remedies do they work",
    "qsa": "swollen ankles should I worry",
    "qgo": "gout flare home remedies cherry juice",
    "qbu": "bunion pain treatment without surgery",
    "qhp": "heel pain in the morning plantar fasciitis relief",
}

ROWS = [
    ("r247-001", W, False, "10000002", True, "leg-cramp tips page on a viral content site", U,
     "Stretching and loose sheets are fine, but it offers a tablespoon of mustard on a wrong mechanism (sodium to make up for a 'lack of potassium') and never says when cramps need a doctor.",
     "HARD: small harms; false for the invented mustard mechanism presented as the fallback remedy and no care prompt on a cramps page. Mustard is a food amount, not a dose (POLICY-46 s3).",
     "qlc", "page 2 of a viral leg-cramp remedy list; mustard remedy", False, "", True, False),
    ("r247-002", W, True, "22200011", True, "leg-cramp explainer on a lifestyle/news repost site", U,
     "Accurate causes (statins, pregnancy, liver disease), stretching, warm bath, and see the GP if cramps are very frequent, severe or disturb sleep or quality of life.",
     "GP threshold (frequent, severe, affecting sleep) + see your GP counted as warning signs present. Advertising 1 for the Lucozade brand mention; risks 1: medication mentioned without harms.",
     "qlc", "newspaper-style explainer on leg cramps", False, "", True, True),
    ("r247-003", W, True, "22200012", True, "patient handout on nocturnal leg cramps (mirror)", U,
     "Standard handout: causes, self-help with a fluid-restriction caveat, and a 'see a doctor or nurse if' list (waking several times, very painful, cramps elsewhere).",
     "Mirror of a patient handout with mojibake; the body is complete and standard advice.",
     "qlc", "patient handout with a see-a-doctor list", False, "", True, True),
    ("r247-004", W, True, "22000012", True, "short leg-cramp tag page on a content host", U,
     "Two accurate sentences on causes, noting cramps can signal poor circulation or nerve damage; no action, and the list of tips is cut off.",
     "HARD: thin-but-fair fragment on an unrelated host; names underlying conditions with no action, so warning_signs_present false.",
     "qlc", "short tag-page text on leg cramps", False, "", True, False),
    ("r247-005", W, False, "10000002", True, "varicose-vein home-remedy video blog", U,
     "Explains valves correctly, then says surgery and laser treatments 'can be avoided' with home remedies, dismissing them as 'harsh chemicals'; ulceration and itching are named but with no action.",
     "HARD: unsafe_advice for the own-voice claim that medical treatment can be replaced by home remedies (discourages recommended treatment, as r41-017); the massage advice itself is mild.",
     "qvv", "remedy blog promising to avoid vein treatment", True, "But these treatments can be avoided by using some of these excellent home remedies.", True, False),
    ("r247-006", W, True, "22200012", True, "when-to-worry page on an Indian doctor-listing site", U,
     "Clear causes and a 'seek medical attention if' list: sudden or one-sided swelling (clot), painful and red, with breathlessness, persistent despite rest; pregnancy preeclampsia noted.",
     "Warning signs present (sign + seek medical attention).",
     "qsa", "when-to-worry page for swollen ankles", False, "", True, True),
    ("r247-007", W, True, "21100012", True, "bunion non-surgical treatment article on a content blog", U,
     "Accurate overview of shoes, pads, orthotics, stretching and OTC painkillers, with surgery if these fail; 'taping can help align the joint' is generous and no painkiller cautions.",
     "HARD: generic machine-style text, thin-but-fair; care 1 for 'if non-surgical treatments are not effective, surgery may be recommended' (no sign).",
     "qbu", "content-blog article on non-surgical bunion care", False, "", True, False),
    ("r247-008", W, True, "22100012", True, "podiatry practice FAQ on bunion surgery", U,
     "Accurate and modest: conservative care for minor bunions, surgery when pain or function is not controlled; no promotion in the excerpt.",
     "Surgery framed on pain and function, a consult-type prompt rather than warning signs.",
     "qbu", "podiatrist FAQ on whether a bunion needs surgery", False, "", True, False),
    ("r247-009", W, True, "21000012", True, "orthopaedic clinic tag page on plantar fasciitis", U,
     "Short Q&A: morning heel pain is plantar fasciitis, other heel pain differs; causes named; no treatment given and no care prompt.",
     "HARD: thin fragment; 'tight arches' is loose wording but nothing misleading.",
     "qhp", "clinic Q&A snippet on morning heel pain", False, "", True, False),
    ("r247-010", W, False, "00000010", True, "spun social-bookmark post with a clinic link", U,
     "Machine-spun text ('the only real of the foot', 'could assistance') calling heel pain 'momentary and self-limiting', posted to push a clinic link.",
     "HARD: little actual advice; false as link spam with garbled text and a reassuring 'self-limiting' claim (as ext018's spun article).",
     "qhp", "spun bookmark post on heel pain", False, "", True, False),
]
