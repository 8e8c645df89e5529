"""rel39 labels (blind, one labeller). ROWS: (id, genre, reliable, scores 'abcdefgh' in the order
accuracy_balance, claims, care_prompt, sources, authorship_review, date, risks_uncertainty,
advertising, partial, doc_type, source_leaning, why, note, query key, picked_because,
unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present). No page text here,
only short quoted phrases."""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "eye": "eye strain from computer screen home remedies",
    "thrush": "oral thrush natural remedy how to get rid of it fast",
    "rife": "Rife machine frequency cure cancer",
    "sugar": "does sugar feed cancer cut sugar to starve tumor",
}

ROWS = [
    ("r39-001", W, False, "11100002", True, "home-remedy article on eye strain, health-tips site", U,
     "Tea bags, cucumber and chamomile tea 'helps in protecting the eyes from stress and strain'; massage will 'increase blood circulation'; says eyesight 'can become weak' from eye strain; no sources.",
     "HARD: remedies are low-risk and it mentions that a doctor can recommend drops, but unsupported protective claims and a misleading weakened-eyesight line; unreliable. care 1: doctor mentioned, no when-to-see. unsafe false: no cure/safety word.",
     "eye", "health-tips site listing tea-bag and cucumber remedies", False, "", True, False),
    ("r39-002", W, True, "21000012", True, "wellness-blog guide to home remedies for eye strain", U,
     "20-20-20 rule, lighting, blinking and screen settings: accurate, low-risk advice; 'Proven' only in the title; exercises 'can notably diminish eye strain' slightly overstated.",
     "HARD: title says '10 Proven', body hedges as 'tried-and-true' with sensible measures; title exception (as r31-060 / r35-057), unsafe false. care 0: no doctor prompt in the excerpt. risks 1: harmless measures, no limits.",
     "eye", "blog headline promising 'proven' remedies", False, "", True, False),
    ("r39-003", W, True, "22100012", True, "lifestyle-site article on home remedies for computer eye strain", U,
     "Blinking, 20-20-20 rule, breaks and focusing exercises; notes that over 40 eye strain may mean prescription glasses are needed.",
     "care 1: glasses hint, no explicit eye-test or doctor prompt. risks 1: harmless measures.",
     "eye", "lifestyle site on itchy eyes from screens", False, "", True, False),
    ("r39-004", W, False, "00000002", True, "home-remedy blog post on oral thrush", U,
     "Promises ten remedies 'all of which are safe and proven to treat the condition'; salt 'one of the best remedies'; 'According to trusted sources' with none named; hints antifungal medicine may fail.",
     "unsafe true: own-voice safe-and-proven guarantee. No mention of seeing a doctor or of thrush as a sign of immune problems needing assessment.",
     "thrush", "blog headline 'Get Rid of Thrush Fast'", True, "all of which are safe and proven to treat the condition", True, False),
    ("r39-005", W, True, "11110012", True, "health content-site article on natural ways to get rid of thrush", U,
     "States that antifungal medicine is needed to eliminate thrush and that natural measures may help symptoms; probiotic and tea-tree evidence cited loosely ('a reliable source'); some overstated lines.",
     "HARD: 'one of the most effective natural ways' and 'improves treatment response dramatically' overstate, and 'Essential oils are beneficial to one's overall health' is unsupported, but the page puts antifungal medicine first; reliable. care 1: medicine named, no doctor prompt.",
     "thrush", "content site offering natural ways alongside medicine", False, "", True, False),
    ("r39-006", W, False, "01000000", True, "lifestyle-site list of home remedies for oral thrush", U,
     "Recommends swishing '2 tablespoons of tea tree oil and 2 teaspoons of water' 4 to 5 times a day (near-undiluted oil, toxic if swallowed), daily apple cider vinegar and baking soda rinses, with no doctor prompt.",
     "HARD on unsafe: a harmful dilution instruction, but no cure/safety/stop-medicine/avoid-doctor words, so unsafe false by the definition. claims 1: hedged 'may help', 'more research is warranted'. risks 0: no harms of tea tree oil.",
     "thrush", "content site listing oil pulling, tea tree oil", False, "", True, False),
    ("r39-007", W, False, "00011101", True, "reprint of a Nexus magazine/book extract on Rife's 'cancer cure', alternative-health archive site", U,
     "Claims Rife's 1934 clinic showed cancer is caused by a micro-organism that could be 'painlessly destroyed' in terminally ill patients, and that a cover-up by the AMA suppressed the cure.",
     "unsafe true: own-voice cure claim in the reprinted text. advertising 1: book and publisher address given. date 1: magazine issue 1993, page undated.",
     "rife", "alternative-health archive page titled 'the cancer cure that worked'", True, "More than just a cancer cure, Rife's discovery", True, False),
    ("r39-008", W, False, "00001002", True, "review article on the Rife method, hospital journal website", R,
     "Says Rife 'was reported to have cured even advanced cancers' and was neglected by the 'medical industry'; calls chemotherapy and radiation toxic therapies that damage immunity and 'does little to correct the basic imbalance'.",
     "HARD: medical-journal host and an oncologist author, but the text promotes a discredited device and disparages standard treatment; unreliable on the text. unsafe false: the cure claim is attributed ('was reported'), no own-voice instruction to stop treatment. date 0: year only in URL. authorship 1: credential, no name in the excerpt.",
     "rife", "hospital journal review of the Rife method", False, "", True, False),
    ("r39-009", W, True, "22000012", True, "dietitian's blog post on the 'sugar feeds cancer' myth", U,
     "Explains that all cells use glucose and that cutting out sugar to starve cancer is 'overstated and dangerous'; diet may affect risk but no single nutrient cures.",
     "risks 1: the reasons against cutting carbohydrates are cut off in the excerpt. authorship 0: author not named in the excerpt. care 0: no doctor/dietitian prompt shown.",
     "sugar", "dietitian blog answering the exact question", False, "", True, False),
    ("r39-010", W, False, "00000002", True, "short personal-blog 'open letter' to people with cancer", U,
     "Tells people with cancer that the medical profession hides that sugar feeds cancer and that if you limit its food supply 'the cancer will be starved'.",
     "unsafe true: own-voice guarantee that diet will starve cancer; also discredits doctors.",
     "sugar", "blog tag page headed 'Sugar feeds Cancer'", True, "If you limit cancers’ food supply, the cancer will be starved.", True, False),
]
