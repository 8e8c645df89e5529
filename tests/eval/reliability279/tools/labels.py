"""rel279 labels: Q (query key -> query) and ROWS (tuple order as tests/eval/reltools.py build)."""

Q = {
    "qacne16": "is it normal to have acne at 16 what should I do",
    "qheavy": "teen heavy periods how much bleeding is too much",
    "qvapequit": "how to quit vaping as a teenager nicotine withdrawal",
    "qcreatine": "is creatine safe for teenage athletes",
}

W, N = "web page", "news"
U = "unreliable-leaning"
R = "reliable-leaning"

ROWS = [
    ("r279-001", W, True, "11100012", True, "parish health ministry page on teen acne", U,
     "Standard, accurate teen acne basics (hormones, gentle washing twice a day, oil-free products, no scrubbing or picking) and a note that some teens need a doctor or dermatologist.",
     "accuracy 1: nodules called 'infected lumps' and pimples 'pus filled bacteria' (inflammation, not infection). care 1: 'Some teens may need treatment from a doctor or dermatologist' is a consult prompt with no sign (warning_signs_present false). risks 1: no treatment with harms discussed (washing advice only).",
     "qacne16", "church health-ministry page on teen acne; unusual source kind for the topic", False, "", True, False),
    ("r279-002", W, True, "22200012", True, "teen magazine article on acne (school magazine)", U,
     "Short, accurate explainer of why teens get acne, with a clear step: if over-the-counter treatment has not worked after a few weeks, ask an adult to book a dermatologist.",
     "HARD: very short excerpt; the OTC treatment list it refers to ('These treatments') is missing. warning_signs_present true: no response after a few weeks + dermatologist appointment (persistence plus action, as r41-011). date 0: the issue date is only in the URL. risks 1: treatments referred to, none named.",
     "qacne16", "school teen-health magazine (Scholastic Choices) piece aimed at teens", False, "", True, True),
    ("r279-003", W, True, "11200002", True, "teen health advice page on acne", U,
     "Reassuring, broadly accurate teen acne page that sends readers to a pharmacist first and to a family doctor if acne is upsetting them.",
     "HARD: 'it can easily be treated' and 'One way or another you will find something which clears it up' overreassure (claims 1), and 'scaly red skin' is not typical of acne (accuracy 1); no cure claim for a named remedy, so unsafe_advice false. warning_signs_present true: being really upset by it + family doctor (distress is a standard reason to see a GP). risks 0: treatments recommended without any side effect or limit. typo 'hornones' kept.",
     "qacne16", "long-running teen health advice site (Teenage Health Freak) on acne", False, "", True, True),
    ("r279-004", W, True, "11000012", True, "scraped Q&A content page on teen pimples", U,
     "Mostly standard acne facts and tips (gentle washing, no popping, usually clears by the early 20s), though it leans on junk food and cortisol as causes and gives no word on when to see a doctor.",
     "HARD: thin-but-fair (as r102-040): a Q&A page on an unrelated domain with a '(Tweet this)' scrape artefact; diet and stress causes stated with more certainty than the evidence (accuracy 1, claims 1); scarring from severe acne is named but with no action (care 0, warning_signs_present false). risks 1: hygiene tips only, no medicines.",
     "qacne16", "SEO Q&A page on an unrelated domain answering the exact reader question", False, "", True, False),
    ("r279-005", W, True, "22200212", True, "children's hospital consumer article on heavy periods", U,
     "Gives clear, standard criteria for heavy periods (changing products every two hours, clots larger than a quarter, over a week, dizziness) and a 'When It's Time To See a Doctor' section.",
     "warning_signs_present true: the signs list plus 'if you're concerned that your period is too heavy or if it's interfering with your daily life ... see your doctor'. date 2: June 17, 2021. sources 0: figures unattributed. risks 1: no intervention discussed (work-up only). The same article also exists on a sister hospital's domain (not taken).",
     "qheavy", "children's hospital content hub article aimed at teens with heavy periods", False, "", True, True),
    ("r279-006", W, True, "22111212", True, "non-profit menstrual-education blog post by a medical student", U,
     "Accurate explainer of normal and heavy flow for teens (2-7 days, 21-45 day cycles early on, over 80 ml heavy) with numbered references and advice to track products to help a doctor.",
     "care 1: tracking products 'allows your doctor to estimate' - a consult prompt, no sign tied to an action in the excerpt (its questions list is cut off), so warning_signs_present false. authorship 1: named medical-student author. sources 1: numbered references not shown. date 2. risks 1: no intervention discussed.",
     "qheavy", "period-education non-profit blog post for young menstruators", False, "", True, False),
    ("r279-007", W, True, "22200011", True, "sanitary-pad brand education page on first periods", U,
     "Accurate, brief description of normal blood loss and heavy-period signs (soaking a pad every hour for several hours, large clots) with advice to talk to a doctor or school nurse if worried.",
     "HARD: warning_signs_present true on the letter: heavy-period signs listed, then 'If you're worried that you're experiencing abnormal periods, discuss it with your doctor or school nurse'. Warranted: an education page on a symptom, not a product page (POLICY-46 s.1). advertising 1: pad brand site. 'whether or not you've given birth' is off for a first-period audience but not wrong.",
     "qheavy", "pad brand's 'your first period' education page (brand source kind)", False, "", True, True),
    ("r279-008", W, True, "22000012", True, "video transcript on heavy periods in teens, re-hosted on an unrelated domain", U,
     "Accurate transcript explaining normal teen cycles, what counts as too heavy (hourly changes, large clots, over 8 days) and anovulation as the usual cause.",
     "HARD: a re-hosted transcript (no author or source shown) that stops before any treatment or care advice; thin-but-fair because everything shown is standard. care 0 and warning_signs_present false: tiredness and dizziness are named with no action. risks 1: no intervention discussed in the excerpt.",
     "qheavy", "re-hosted hospital-style video transcript on heavy periods and treatment for teens", False, "", True, False),
    ("r279-009", W, True, "22100212", True, "county mental-health board blog post for teens quitting vaping", U,
     "Sensible, accurate tips for teens quitting nicotine vapes (know triggers, tell a trusted adult, withdrawal symptoms and that they fade).",
     "care 1: 'tell a trusted adult' is support, not a professional or sign-linked prompt; no quitline or clinician in the excerpt; warning_signs_present false. Warranted: self-treatment (quitting nicotine). date 2: February 28, 2024. risks 1: withdrawal described, no medicines discussed.",
     "qvapequit", "public mental-health board blog aimed at teens who vape", False, "", True, False),
    ("r279-010", W, False, "10010010", True, "fitness blog post on creatine for teens", U,
     "Tells parents and teen athletes that creatine is safe for teens and gives a 3-5 g daily dose, without noting that paediatric bodies discourage performance supplements in under-18s or that teen safety data are limited.",
     "HARD: unsafe_advice true on the own-voice safety claim 'Based on all existing scientific literature, supplementing with creatine is safe for teens.' (the footnote and 'literature' do not make it an attributed claim; the 'exercise caution' bullet sits in a different paragraph). Consumer dose for teens with no doctor caveat (POLICY-46 s.3). Warning signs not warranted: a performance supplement, not a condition being self-treated. sources 1: ISSN named, footnote marker. risks 0: 'No study has ever reported any adverse effects'. advertising 1: where to buy.",
     "qcreatine", "supplement/fitness blog answering the teen-creatine question with a firm yes", True, "Based on all existing scientific literature, supplementing with creatine is safe for teens.", False, False),
]
