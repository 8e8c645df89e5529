"""rel139 labels: Q (query key -> query) and ROWS (one tuple per page; order as reltools.build).

Tuple: id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources,
authorship_review, date, risks_uncertainty, advertising), partial, doc_type, source_leaning, why,
note, query key, picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted,
warning_signs_present.
"""

W, N = "web page", "news"
UL, RL = "unreliable-leaning", "reliable-leaning"

Q = {
    "qcold": "how long does a cold last",
    "qstrep": "is strep throat contagious how long",
    "qankle": "how long does a sprained ankle take to heal",
    "qtwitch": "is it normal to have eye twitching for weeks",
    "qflu": "how long is the flu contagious",
    "qtoe": "how long does it take for a broken toe to heal",
    "qpink": "is pink eye contagious how long should my child stay home",
    "qhead": "is it normal to have a headache every day? what could be wrong",
    "qfood": "how long does food poisoning last and when to worry",
    "qconc": "how long do concussion symptoms last",
    "qshingles": "is shingles contagious to others",
}

ROWS = [
    ("r139-001", W, True, "22100012", True, "content-site article (Verywell Health text on about.com)", UL,
     "Accurate concussion recovery timeline (acute stage, about 14 days for adults and 30 for under-18s) with a watch-for-worsening line; cut off before the symptom lists end.",
     "care 1: 'watch for new or worsening symptoms' and a general 'consult with a healthcare provider if you have any questions', no sign tied to an action in the excerpt, so warning_signs_present false. risks 1: no intervention discussed.",
     "qconc", "question title on the reader's own recovery time; Verywell text re-hosted on about.com", False, "", True, False),
    ("r139-002", W, True, "22101211", True, "orthopaedic practice blog post", UL,
     "Standard description of how ankle sprains happen and their grades under a question title; the excerpt stops before the timeline; promotes the practice's own specialists.",
     "HARD: thin-but-fair; 'more intensive treatment options may be needed' when pain or instability persists is a vague action, not a see-a-doctor sign (as r85-001), so warning_signs_present false. advertising 1: the practice's own urgent care. date 2: dated 21 May 2025. risks 1: no intervention discussed yet.",
     "qankle", "practice blog answering 'how long does a sprained ankle take to heal'", False, "", True, False),
    ("r139-003", W, True, "22101011", True, "podiatry clinic blog post", UL,
     "Named podiatrist's page on toe-fracture signs and a 4-8 week healing time; accurate, with a general line that severe fractures may need medical attention.",
     "care 1: 'severe fractures may require medical attention' names no spottable sign with the action (deformity is listed only as a symptom), so warning_signs_present false. authorship 1: named podiatrist, no review. risks 1: no intervention discussed yet.",
     "qtoe", "clinic page with the question title, named author", False, "", True, False),
    ("r139-004", W, True, "12200011", True, "content-site article (spun/scraped text, fake author bio)", UL,
     "Daily headaches are 'not normal' and warrant a primary-care appointment, a diary and attention to medication overuse; the text is partly scraped (Scripps) and garbled, with a joke author bio.",
     "HARD: a scraped and reworded page (as ext016 rather than ext018): 'CHR' for chronic daily headache, tension headache as 'hardening' of muscles, an orphaned Scripps promo line and a nonsense author bio (accuracy 1, authorship 0), but the advice itself is right. warning_signs_present true: headaches every day + make an appointment (persistence plus action, as r41-011). risks 1: medication-overuse caution only.",
     "qhead", "question title 'Is it Normal to Have Headaches Every Day?' on a thin content domain", False, "", True, True),
    ("r139-005", W, True, "22210011", True, "lifestyle magazine article", UL,
     "Explains that daily headaches are common but can signal something serious, quoting a named headache specialist on when to see a doctor (unusual, regular, with fever, sudden onset).",
     "warning_signs_present true: headache with fever or of sudden onset + see a doctor (quoted expert). advertising 1: affiliate-commission disclaimer. sources 1: national surveys and a named specialist. risks 1: ibuprofen mentioned without cautions.",
     "qhead", "magazine page asking if everyday headaches are a sign of something more serious", False, "", True, True),
    ("r139-006", W, True, "22010011", True, "magazine article", UL,
     "Correct cold duration (7-10 days, cough often longer) with a Yale infectious-disease doctor quoted; 'when should you worry' is posed but only answered with 'something worse may be wrong', then clickbait food links.",
     "HARD: thin-but-fair; the promised 'when should you worry' gets no sign or action in the excerpt (care 0, warning_signs_present false). advertising 1: unrelated fast-food clickbait in the body. risks 1: no intervention with harms discussed.",
     "qcold", "magazine page on how long a cold should last and when to worry", False, "", True, False),
    ("r139-007", W, True, "12110011", True, "reposted newspaper explainer", UL,
     "Food-poisoning duration and symptoms attributed to NIDDK and CDC, naming dangerous signs (three days of diarrhoea, fever of 102, dehydration, vision or speech effects); some odd wording and an odd omicron title.",
     "HARD: the dangerous signs are named but not tied to an action (no 'see a doctor'), so warning_signs_present false (as r21-023) and care 1; 'most foreign pathogens must be eliminated through the cooking process' and 'foreign contaminants can be caused by' are garbled (accuracy 1). Labelled true because the guidance shown is standard. advertising 1: cross-promotion links.",
     "qfood", "question-title explainer reposted on an unrelated domain", False, "", True, False),
    ("r139-008", W, True, "22200012", True, "blog post (copied clinic text)", UL,
     "Accurate food-poisoning overview with a clear when-to-see-a-doctor list (persistent vomiting, bloody stool, diarrhoea over three days, high fever, dehydration, neurological signs).",
     "A copied text on a personal blog (as ext016); judged on the words. warning_signs_present true. date 0: date only in the URL. risks 1: no intervention discussed.",
     "qfood", "blog page titled 'How Long Does Food Poisoning Last'", False, "", True, True),
    ("r139-009", W, False, "02100012", True, "food-illness reporting site explainer", UL,
     "Garbled and partly wrong: blood in the stool is to be evaluated only 'for more than 72 hours', infection 'may take 10 to 100 days to spread', and contradictory incubation times.",
     "HARD: on the letter of the rule warning_signs_present is true (dehydration or blood in the stool + evaluated medically), but the 72-hour framing could delay care for bloody diarrhoea (as r94-007's framing); label false for the errors. claims 2: no cure or safety claim. risks 1: no intervention discussed.",
     "qfood", "question-title page on a food-illness reporting site", False, "", True, True),
    ("r139-010", W, False, "12000012", True, "guest-post blog article", UL,
     "Padded, alarmist concussion text ('might be irreversible', 'very serious') that never answers the duration question in the excerpt and gives no care prompt or red flags for a head injury.",
     "HARD: nothing shown is flatly false, but a head-injury page that stresses possible permanent damage and gives no action or danger sign (worsening headache, vomiting, confusion) leaves the reader unguided; false rather than thin-but-fair. risks 1: no intervention discussed.",
     "qconc", "careless guest-post blog with the question title", False, "", True, False),
]
