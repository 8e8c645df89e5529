"""rel409 labels: Q (query key -> query) and ROWS (see tests/eval/reltools.py build for the tuple order).

Tuple: id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources,
authorship_review, date, risks_uncertainty, advertising), partial, doc_type, source_leaning, why,
note, query key, picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted,
warning_signs_present.
"""

Q = {
    "qa": "pink eye home remedies for kids",
    "qb": "stye on eyelid how to get rid of it fast",
    "qc": "dry eyes all the time what can I do optician advice",
    "qd": "ringing in my ears tinnitus natural cure",
}

W, U = "web page", "unreliable-leaning"

ROWS = [
    ("r409-001", W, False, "00000002", True, "kids' pink-eye home-remedy list on a parenting site", U,
     "Tells parents to put garlic juice and homemade yogurt into a child's infected eye hourly and says honey 'will heal'; calls all conjunctivitis viral; no care prompt or warning signs.",
     "HARD: unsafe_advice on 'will heal' (an unqualified cure claim for an eye remedy, as r94-005's tea-bag cure); the garlic-juice instruction is the main harm.",
     "qa", "parenting-site remedy list for a child's eye infection", True,
     "The antibacterial properties of honey will heal and soothe.", True, False),
    ("r409-002", W, True, "11000012", True, "natural pink-eye remedies post on a mother-doctor blog", U,
     "Accurate on types, contagion and signs, and the excerpt's only remedy is hygiene; 'natural remedies ... see results quickly' oversells, and no sign is tied to seeing a doctor.",
     "HARD: the remedies themselves are cut off; judged on the accurate types/signs and hygiene text (thin-but-fair), with the natural-remedy promise pulling claims to 1.",
     "qa", "parent blog promising natural remedies for a child's pink eye", False, "", True, False),
    ("r409-003", W, True, "21000012", True, "paediatric practice blog on home and OTC relief for children's pink eye", U,
     "Accurate causes (viral, bacterial, allergic, irritant) and symptoms including fever; notes complications if untreated; the remedies and any care guidance are cut off.",
     "", "qa", "paediatric practice page on home relief for pink eye", False, "", True, False),
    ("r409-004", W, True, "22000011", True, "stye self-care guide on an eye-care shop's blog", U,
     "Standard stye advice: warm compresses, lid hygiene, no make-up or lenses, never pop; no product push in the excerpt beyond the shop's name; no when-to-see-a-doctor signs.",
     "", "qb", "eye-product seller's 'fastest way' stye post", False, "", True, False),
    ("r409-005", W, True, "22100012", True, "forum post pasting ophthalmology society dry-eye coping advice", U,
     "Standard dry-eye measures (environment, drug side effects, blinking, gels that blur vision, compresses) with a prompt to ask the ophthalmologist; source not named.",
     "HARD: a truckers' forum post, but its text is copied standard ophthalmology advice; 'don't wait until your eyes hurt to seek treatment' is a consult prompt, not a warning sign.",
     "qc", "forum answer to a dry-eye question", False, "", True, False),
    ("r409-006", W, True, "22200012", True, "short dry-eye tip from a domiciliary optician", U,
     "Short and accurate: causes, lubricating drops, a hedged omega-3 line, and 'if your eyes are persistently dry, tell your optometrist'.",
     "warning_signs_present true: persistence tied to an action (as r41-011).",
     "qc", "optician's short dry-eye tip", False, "", True, True),
    ("r409-007", W, True, "22100011", True, "optometry practice blog explaining dry eye disease", U,
     "Accurate on multifactorial causes and symptoms (blurring, watering); steers readers to a doctor skilled in dry eye (consult prompt, practice promotion).",
     "", "qc", "optometry practice's 'what can I do' dry-eye post", False, "", True, False),
    ("r409-008", W, True, "21100011", True, "optometry practice dry-eye service page with self-care tips", U,
     "Accurate symptoms, treatments and environmental tips; omega-3 '2g daily may help' is a hedged supplement dose with weak evidence; no warning signs.",
     "HARD: a clinic service page, but its 'How can I improve dry eyes?' self-care list makes warnings warranted (POLICY-46 part 1); the omega-3 2 g amount is a dose (claims 1).",
     "qc", "optometry practice page with home tips", False, "", True, False),
    ("r409-009", W, True, "22100212", True, "dated dry-eye management tips on a mobile optician's news page", U,
     "Short, dated, realistic ('no quick fix', use prescribed drops regularly, humidity, wraparound glasses, full blinks).",
     "", "qc", "optician's dated dry-eye management note", False, "", True, False),
    ("r409-010", W, False, "00000202", True, "natural tinnitus 'cure' article on a remedy blog", U,
     "Promises natural ways to 'cure' ear ringing 'without ... harmful medication', claims magnesium 'repairs damaged nerve ending' and suggests black cohosh and goldenseal with no cautions or care prompt.",
     "unsafe_advice on the literal cure heading (as r21-052).",
     "qd", "remedy blog promising a natural tinnitus cure", True, "Natural Ways to Cure Ear Ringing", True, False),
]
