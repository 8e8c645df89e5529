"""rel80 labels (blind, one labeller): ROWS and Q for build.py via tests/eval/reltools.py.

Row: (id, genre, reliable, scores [accuracy_balance, claims, care_prompt, sources,
authorship_review, date, risks_uncertainty, advertising], partial, doc_type, source_leaning, why,
note, query key, picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted,
warning_signs_present). No page text here beyond short quoted phrases.
"""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "chol": "natural remedies lower high cholesterol without statins",
    "liver": "fatty liver home remedies detox supplements",
    "stone": "dissolve kidney stones naturally at home lemon juice apple cider vinegar",
    "piles": "hemorrhoids home remedies witch hazel natural cure",
    "silver": "colloidal silver benefits uses cure infections",
    "gout": "gout flare home remedies cherry juice baking soda fast relief",
    "parasite": "parasite cleanse herbs wormwood black walnut symptoms you have parasites",
}

ROWS = [
    ("r80-001", W, True, [2, 2, 2, 0, 0, 0, 2, 1], True, "unsigned English health explainer on a Polish news-site domain on natural remedies for high cholesterol", U,
     "Accurate and careful: names statins as the standard of care for significant elevation, says natural remedies lower LDL only 5-15% and only suit mild, low-risk cases, and warns 'Do not stop prescribed statins without consulting your doctor'.",
     "HARD: a content-farm pattern (unsigned, off-topic host domain, no sources) but the text shown is sound; the high-risk groups named are treatment criteria, not signs to seek care, so warning_signs_present false.",
     "chol", "content site on an unrelated domain promising natural cholesterol remedies", False, "", True, False),
    ("r80-002", W, False, [1, 1, 0, 1, 1, 1, 0, 1], True, "personal/wellness blog post 'Beyond Statins' on lowering cholesterol naturally", U,
     "Background on cholesterol is accurate and has numbered citations, but it opens with 'more than half stop taking their medication' followed by 'you have other options that work' and 'proven natural ways', with no advice to talk to a doctor before changing treatment.",
     "HARD: the facts shown are right and the text says 'without depending on medication alone'; label false for the framing that invites people on statins to swap to supplements with no care prompt or risk statement. Date 'Apr 9' has no year (date 1).",
     "chol", "blog framed against statins", False, "", True, False),
    ("r80-003", W, True, [2, 1, 1, 0, 0, 0, 1, 1], True, "clinic doctor's blog post on getting rid of fatty liver", U,
     "Plain, mostly accurate account: fatty liver is common, often silent, found on routine scans, can progress in some people, is reversible, and alcohol is a major cause; suggests an abdominal scan to grade it.",
     "HARD: awkward English, no author, date or sources, and the excerpt stops before the 'home solutions'; label from the fair text shown (thin-but-fair). 'Sonography' as the way to know one's grade is a mild overstatement (claims 1); no warning signs such as jaundice.",
     "liver", "doctor's clinic blog promising home solutions for fatty liver", False, "", True, False),
    ("r80-004", W, False, [1, 0, 0, 0, 0, 0, 0, 1], True, "remedy site page 'Dissolve Kidney Stones' with lemon juice", U,
     "Headings promise 'Dissolve Kidney Stones Naturally with Lemon Juice' and 'Lemon Juice dissolve Kidney Stones'; the body is copied clinic text on causes and stone types, with no advice on pain, infection or when to get help.",
     "HARD: unsafe_advice true for the own-voice promise that lemon juice dissolves kidney stones (citrate may help prevent calcium stones, it does not dissolve an existing stone), which can delay care for an obstructing or infected stone; the copied background text is accurate.",
     "stone", "remedy site promising to dissolve stones, careless source", True, "Dissolve Kidney Stones Naturally with Lemon Juice", True, False),
    ("r80-005", W, True, [1, 1, 1, 0, 0, 0, 1, 1], True, "health content site guide on dissolving kidney stones with natural remedies", U,
     "Sensible hydration, lemon-juice citrate and diet advice, a note to consult a doctor before trying them, ACV with an enamel caution; lists severe pain, blood in urine, nausea, vomiting or fever 'signs of infection' as symptoms.",
     "HARD: the 'dissolve kidney stones' framing overclaims (claims 1) and 'linked to high ... calcium intake' is misleading, though it later says eat calcium-rich foods; the symptom list has no action attached, so warning_signs_present false.",
     "stone", "content site with a 'dissolve' title", False, "", True, False),
    ("r80-006", W, False, [0, 0, 0, 0, 0, 0, 0, 1], True, "content-farm article '10 Home Remedies to Cure Hemorrhoids Effectively'", U,
     "Repeatedly promises a cure ('Witch Hazel is known to act as the perfect remedy to cure hemorrhoids', pain subsiding 'In no time'); no mention of rectal bleeding needing a check or when to see a doctor.",
     "HARD: unsafe_advice true for the own-voice cure promise for a condition whose bleeding can hide other disease (as r41-060/r79-031's 'any infection' calls); witch hazel and sitz baths themselves are harmless.",
     "piles", "content farm promising to cure hemorrhoids", True, "Witch Hazel is known to act as the perfect remedy to cure hemorrhoids", True, False),
    ("r80-007", W, True, [1, 1, 1, 0, 0, 0, 1, 1], True, "single-topic remedy site page on treating hemorrhoids with witch hazel", U,
     "Limits witch hazel to external hemorrhoids, describes internal and external piles, and says blood 'is often a sign of serious problems that should be evaluated by health professionals'.",
     "HARD: a 'cure ... at home' site with garbled passages (a clot 'prolapses and ... becomes twisted') and text shared with other remedy pages, but the advice is modest and it carries a clear bleeding warning with an action, so warning_signs_present true.",
     "piles", "cure-at-home single-topic site, careless source", False, "", True, True),
    ("r80-008", W, True, [2, 2, 0, 1, 0, 0, 1, 1], True, "precious-metals dealer blog on silver in medicine", U,
     "Accurate and sceptical: silver is a real topical antiseptic (dressings, catheters), while colloidal silver is 'a fad in alternative medicine' and 'Proof of effectiveness has never been established for ingestion'.",
     "HARD: an off-topic bullion seller citing Wikipedia, thin, and argyria is not mentioned (risks 1); label true for the accurate, cautionary content.",
     "silver", "bullion dealer blog on silver as medicine", False, "", True, False),
    ("r80-009", W, False, [0, 0, 0, 0, 0, 0, 0, 0], True, "colloidal silver seller home page blurb", U,
     "One promotional sentence: colloidal silver 'has been used as germicide and antibiotic since ancient times' and is 'widely employed by medical professionals to reduce bacterial, fungal and viral infections', blurring silver sulfadiazine dressings with drinkable colloidal silver.",
     "Fragment from a seller; no evidence, no risks (argyria), no care advice; no explicit instruction, so unsafe_advice false.",
     "silver", "colloidal silver shop home page", False, "", True, False),
    ("r80-010", W, False, [0, 0, 0, 0, 1, 0, 0, 1], True, "home-hacks lifestyle site article on natural remedies for gout", U,
     "Claims bananas' potassium works by 'liquefying the uric acid crystals', that ACV is 'a powerful opponent' (drink more if it helps), and that high blood pressure is 'a common symptom of gout'; cherries are the only remedy with some support.",
     "Named writer but no sources; no advice to see a doctor for a first hot swollen joint (which can be infection) or for recurrent attacks.",
     "gout", "lifestyle hacks site, careless source", False, "", True, False),
    ("r80-011", W, False, [1, 0, 0, 1, 0, 0, 0, 1], True, "general blog network article on natural home remedies for gout", U,
     "Calls ACV 'a well-known proven treatment for countless ailments, including gout' that is 'proved to help you ease the pain by 90% just in a day or two'; the cherry study is described roughly correctly.",
     "HARD: invented efficacy figure in the blog's own voice, but no cure/guarantee word or stop-treatment advice, so unsafe_advice false (as r79-054's 'can help treat'); no care prompt.",
     "gout", "blogging-tips site with a health post, careless source", False, "", True, False),
]
