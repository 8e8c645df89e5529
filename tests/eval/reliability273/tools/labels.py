"""rel273 labels: Q (query key -> query) and ROWS (one tuple per page; order as reltools.build:
id, genre, reliable, scores, partial, doc_type, source_leaning, why, note, query key, picked_because,
unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

Q = {
    "qv1": "how to quit vaping nicotine withdrawal tips",
    "qh1": "hangover cure what actually works",
    "qk1": "kratom withdrawal symptoms how long",
    "qo1": "detox from opiates at home safely",
    "qc1": "CBD oil for anxiety does it work side effects",
}

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

ROWS = [
    ("r273-001", W, True, "12100012", True, "five-tip quit-vaping post on a radio station site", U,
     "Short, accurate tips (goals, support, triggers) and a prompt to consult an addiction specialist; no nicotine replacement or quitline named.",
     "Thin-but-fair: nothing wrong, little help.", "qv1", "short quit-vaping tip list on a non-health site",
     False, "", True, False),
    ("r273-002", W, True, "12000012", True, "quit-vaping guide on a rehab-directory blog", U,
     "Upbeat, harmless plan (reasons, gradual cut-back, quit buddy, exercise, rewards); omits nicotine replacement, medicines and quitlines.",
     "HARD: thin and evidence-light (no NRT, no professional help) but nothing misleading; label from the accurate advice.", "qv1",
     "cheerful quit-vaping guide on a rehab directory", False, "", True, False),
    ("r273-003", W, True, "11100012", True, "quit e-cigarettes guide on a shop blog", U,
     "Names NRT, bupropion and varenicline with a talk-to-your-doctor line, tapering and support; 'flush out toxins' with water is a minor myth.",
     "Shop blog with no product in the excerpt (advertising 2).", "qv1", "shop-blog quit guide naming medicines",
     False, "", True, False),
    ("r273-004", W, True, "22000012", True, "hangover explainer on a lifestyle magazine site", U,
     "Says plainly there is no hangover cure, time is the fix; hydration, electrolytes, bland food and sleep; advises against 'hair of the dog'.",
     "No alcohol-poisoning signs (care 0, warning_signs_present false) on an otherwise accurate page.", "qh1",
     "hangover-cure myth-check on a lifestyle site", False, "", True, False),
    ("r273-005", W, False, "10010012", True, "hangover remedy list on a lifestyle magazine site", U,
     "Under 'Hangover Cures That Actually Work' it passes on a trainer's advice to exercise to 'sweat everything out' (the toxins) and trails IV 'banana bag' vitamins; only the sleep advice is backed.",
     "HARD: the expert sleep quotes are sound and the exercise advice is hedged (light activity, hydrate), but the toxin-sweating myth and 'actually work' framing go unchallenged.",
     "qh1", "hangover 'cures that actually work' list with expert quotes", False, "", True, False),
    ("r273-006", W, True, "12000012", True, "hangover-product myth-buster on an online magazine", U,
     "Opens with 'hangovers aren't curable' and rates RU-21, pickle juice and guava leaf with 'keep your expectations low'; jokey but honest.",
     "HARD: flippant 'Should you try it? Sure' and 'your liver is shot' hyperbole, but no cure or safety claim; label from the debunking framing.",
     "qh1", "hangover-cure debunking article", False, "", True, False),
    ("r273-007", W, True, "11000012", True, "kratom withdrawal timeline article on a general content site", U,
     "Accurate on dependence through opioid receptors and factors affecting withdrawal; opens with kratom's 'potential benefits' and names none of its risks; stops before the timeline.",
     "HARD: the benefits framing is one-sided for an unapproved opioid-like product, but the withdrawal content shown is accurate; thin-but-fair.",
     "qk1", "kratom withdrawal timeline on a content site", False, "", True, False),
    ("r273-008", W, True, "22101011", True, "kratom withdrawal article by an addiction treatment centre", U,
     "Accurate description of kratom, its opioid-receptor action, dose-dependent effects and serious risks incl. addiction; named author.",
     "Promotes the centre's own detox (advertising 1).", "qk1", "treatment-centre kratom withdrawal explainer",
     False, "", True, False),
    ("r273-009", W, True, "22100012", True, "kratom withdrawal Q&A on a kratom information site", U,
     "Standard timeline (6-12 h onset, 3 days to 2 weeks, post-acute symptoms), tapering, supportive care and professional support for severe dependence.",
     "HARD: a kratom-branded site, but the excerpt sells nothing and is balanced; no signs tied to an action.",
     "qk1", "kratom-branded site's withdrawal FAQ", False, "", True, False),
    ("r273-010", W, True, "22201211", True, "home opiate detox page on an addiction-treatment referral site", U,
     "Explains why home detox from prescription opiates often fails and steers readers to professional treatment; dated and 'medically reviewed'.",
     "Referral site with an interest in admissions (advertising 1); the advice matches standard care.",
     "qo1", "referral-site answer to 'can I detox at home'", False, "", True, False),
]
