"""rel415 labels: Q (query key -> query) and ROWS (one tuple per page; order as reltools.build)."""

Q = {
    "q1": "can't sleep at night natural remedies insomnia",
    "q2": "adrenal fatigue symptoms supplements cure",
    "q3": "do I have sleep apnea snoring gasping at night",
    "q4": "restless legs at night what helps",
    "q5": "always tired no energy what could be wrong",
    "q6": "narcolepsy symptoms falling asleep suddenly during the day",
    "q7": "night shift worker how to sleep during the day tips",
    "q8": "chronic fatigue syndrome ME treatment recovery protocol",
}

W = "web page"
U = "unreliable-leaning"
R = "reliable-leaning"

ROWS = [
    ("r415-001", W, False, "00000001", True, "adrenal-fatigue explainer on a supplement shop's blog", U,
     "Presents 'adrenal fatigue' (a naturopath's 1998 label, not a recognised diagnosis) as a real condition behind chronic tiredness and leads readers to herbal supplements for 'improving adrenal gland function'.",
     "HARD: it asks 'is adrenal fatigue real?' but the excerpt answers only with the theory; no word that persistent fatigue needs a medical check. risks 0: the promised supplements come with no harms. advertising 1: shop blog heading to its products. Not unsafe_advice: no cure or safety word in the excerpt.",
     "q2", "supplement-shop blog on adrenal fatigue; third result, unused domain", False, "", True, False),
    ("r415-002", W, True, "22100011", True, "dental practice blog on sleep apnoea warning signs", U,
     "Accurate list of sleep-apnoea signs and a fair self-check (falling asleep at the wheel, breathing pauses, high blood pressure) leading to a sleep test.",
     "HARD: warning_signs_present true on 'Answering yes may mean ... A sleep test may be what the dentist orders' (signs tied to testing), though the route runs through the dentist rather than a doctor (care 1). risks 1: no intervention discussed. advertising 1: practice blog.",
     "q3", "dental-practice page listing sleep apnoea warning signs; second result", False, "", True, True),
    ("r415-003", W, True, "22000011", True, "dental practice service page on sleep apnoea", U,
     "Short, accurate symptom and risk list for sleep apnoea (snoring, gasping, neck size, daytime sleepiness) with its links to stroke and heart disease.",
     "HARD: a clinic's service page, so warning signs not warranted (POLICY-46 1); a few loose items (acid reflux, weight gain) are associations rather than signs (accuracy 2 kept). risks 1: no intervention discussed. No action at all in the excerpt (care 0).",
     "q3", "dentist's sleep-apnoea service page; fourth result", False, "", False, False),
    ("r415-004", W, True, "22200011", True, "dental practice page on telling snoring from sleep apnoea", U,
     "Explains sleep apnoea and its risks plainly, says not all snorers have apnoea, and tells readers to talk to a professional when snoring is loud enough to wake a partner.",
     "HARD: on a dental practice's treatment URL but written as a self-assessment guide, so warning signs warranted; present true on loud snoring that wakes a partner + 'talk to a professional'. risks 1: no intervention discussed.",
     "q3", "dental-practice 'how to determine if you have sleep apnea' page; sixth result", False, "", True, True),
    ("r415-005", W, True, "11200012", True, "blog post 'Do I have sleep apnea?'", U,
     "Garbled but broadly correct account of snoring, breathing pauses and waking gasping, repeatedly telling readers to see a doctor and to get medical help when it is severe.",
     "HARD: clumsy text ('slightly impossible', 'chocked') and it overstates loud snoring as a reason to assume apnoea (accuracy 1, claims 1); label from the harmless, care-directing content. warning_signs_present true: waking choking/severe symptoms + 'get medical help'. date 0: 2017/05 only in the URL. risks 1: no intervention discussed.",
     "q3", "self-check blog on a 'sleep disorder cure' site; seventh result", False, "", True, True),
    ("r415-006", W, True, "11010012", True, "health blog on constant tiredness", U,
     "Motivational 'energy bank account' framing with plausible prevalence figures and a table of lifestyle causes; nothing false in the excerpt.",
     "HARD: 'this is almost always a problem you can solve' leans reassuring and the excerpt reaches no medical cause or doctor (care 0, claims 1); thin-but-fair on what is shown. sources 1: a global analysis is referred to. warning_signs_present false. risks 1: no intervention discussed.",
     "q5", "blog answering 'why am I always tired'; second result", False, "", True, False),
    ("r415-007", W, True, "22200012", True, "lifestyle-site feature on medical causes of tiredness", U,
     "Accurate section on anaemia (causes, symptoms, CBC and stool tests) and says persistent fatigue after lifestyle changes may need professional help.",
     "warning_signs_present true: fatigue that persists after lifestyle changes + 'you might need professional help' (a condition tied to an action). genre web page: an evergreen feature, not a news report. risks 1: iron-rich foods only, with 'talk to your doctor'.",
     "q5", "feature listing medical reasons for being always tired; sixth result", False, "", True, True),
    ("r415-008", W, True, "12000012", True, "research institute's brain explainer on narcolepsy", R,
     "Two-sentence stub naming excessive daytime sleepiness, sleep attacks and emotion-triggered collapse.",
     "HARD: it attributes the sleep attacks to the emotion-triggered muscle relaxation (cataplexy), running two symptoms together (accuracy 1); a stub otherwise correct. warning signs warranted (condition page), none present. risks 1: no intervention discussed.",
     "q6", "neuroscience institute's narcolepsy explainer; first result", False, "", True, False),
    ("r415-009", W, True, "12000012", True, "Q&A site answer on narcolepsy symptoms", U,
     "Correct outline of sleep attacks, sleep paralysis, cataplexy and hallucinations, noting that falling asleep without warning can be dangerous.",
     "'cause ... still unknown' omits the known loss of hypocretin (orexin) neurons in type 1 and the night-sleep explanation is simplified (accuracy 1). No doctor or driving advice (care 0). risks 1: no intervention discussed.",
     "q6", "Q&A answer on narcolepsy; second result", False, "", True, False),
    ("r415-010", W, True, "22000012", True, "narcolepsy charity page on excessive daytime sleepiness", U,
     "Accurate description of excessive daytime sleepiness in narcolepsy, including sleep episodes while driving and the refreshing effect of short naps.",
     "Driving is named as a setting for sleep episodes but with no action (no advice on driving or seeing a doctor), so warning_signs_present false. risks 1: no intervention discussed.",
     "q6", "small narcolepsy charity's EDS page; third result", False, "", True, False),
]
