"""rel253 labels: Q (query key -> query) and ROWS (one tuple per page, reltools.build order:
id, genre, reliable, scores, partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

Q = {
    "qburn": "how to treat a minor burn at home run under cool water",
    "qbee": "bee sting swelling what to do home remedies",
    "qdog": "dog bite first aid when to see a doctor",
    "qsplinter": "how to get a splinter out at home",
    "qankle": "sprained ankle swollen should I go to A&E or rest ice",
    "qhead": "toddler bumped head on floor when to worry vomiting sleepy",
    "qcut": "cut finger deep does it need stitches how to stop bleeding",
    "qchoke": "choking child first aid back blows news saved",
}

W, N = "web page", "news"
UL, RL = "unreliable-leaning", "reliable-leaning"

ROWS = [
    ("r253-001", W, True, "21200012", True, "health content site: bee-sting home remedies", UL,
     "standard sting first aid (scrape the stinger, wash, wrapped ice) with allergic-reaction signs tied to immediate medical attention; aloe 'help prevent ... infected' mildly overstated",
     "", "qbee", "worried-reader remedy list for bee-sting swelling; allergy guidance visible", False, "", True, True),
    ("r253-002", W, True, "22200022", True, "pharmacy-news site: bee-sting home remedies", UL,
     "same core advice as r253-001 with the evidence for essential oils called weak and their allergy risk named; spreading swelling tied to immediate medical attention",
     "", "qbee", "pharmacy-branded remedy list; says there is little evidence for oils", False, "", True, True),
    ("r253-003", W, True, "22200011", True, "law-firm FAQ: what to do after a dog bite", UL,
     "short but sound: deep, swollen or tender bites to hospital, a doctor in the following days for every bite; the rest is about the dog's owner and rabies status",
     "HARD: a personal-injury firm's page; thin-but-fair on what is shown. advertising 1: legal-services context. risks 1: no intervention discussed.",
     "qdog", "law-firm source kind on a first-aid question", False, "", True, True),
    ("r253-004", W, True, "12210011", True, "law-firm blog: what to do if a dog bites you", UL,
     "washing, pressure, covering and seeing a doctor within hours (attributed to Cleveland Clinic) and tetanus are right; 'Do not take any oral antibiotics' is a confusing blanket line",
     "HARD: warning_signs_present true on 'see a doctor as soon as possible' after any bite plus the tetanus-booster condition (a situation tied to an action). accuracy 1 for the oral-antibiotics line. date 0: year only in the URL.",
     "qdog", "law-firm blog giving first aid; attributes Cleveland Clinic", False, "", True, True),
    ("r253-005", W, True, "12200012", True, "health site tip: when to see a doctor about a dog bite", UL,
     "clear triage list (deep or torn wounds, bleeding over 10-15 minutes, infection, numbness, unknown rabies status, hands/face/feet, weak immunity, tetanus) tied to actions",
     "HARD: opens 'It's not usually necessary to see a doctor after a dog bite', which understates the infection risk of punctures that look minor (accuracy 1); not unsafe_advice because it is qualified in the same sentence ('especially if the wound is minor') and followed by the list. risks 1: no intervention discussed.",
     "qdog", "direct 'when to see a doctor' page", False, "", True, True),
    ("r253-006", W, True, "22200012", True, "emergency-medicine patient handout: sprained ankle", RL,
     "RICE, crutches, expected recovery times and physiotherapy, with blue or white, numb or very swollen toes tied to reporting to hospital or a doctor",
     "HARD: ice 20 on/20 off and 3 days non-weight-bearing for moderate sprains are older than current early-mobilisation advice, but not misleading. risks 1: compression checks only. No fracture signs (Ottawa-type) for the first decision.",
     "qankle", "clinical-handout source kind for a common sprain", False, "", True, True),
    ("r253-007", W, True, "12100012", True, "walking-group first-aid page: sprains on a walk", UL,
     "trail first aid: keep the boot on, cold water or wet crepe bandage, rest and walk on with support; treat as a fracture and get help when a fracture cannot be ruled out",
     "HARD: thin-but-fair for its setting; keeping the boot on and walking on are field choices, not home-care advice, and no sign (cannot bear weight, deformity) is tied to seeing a doctor, so warning_signs_present false ('outside help may have to be sought' is vague). care 1. risks 1: no harms of the measures.",
     "qankle", "outdoor-club source kind; first aid on a walk", False, "", True, False),
    ("r253-008", W, True, "22200011", True, "scraped Q&A page: toddler head bump", UL,
     "accurate red-flag lists (vomiting more than once, won't wake, unusual walking or talking, loss of consciousness, open wound) tied to the doctor right away or 911",
     "HARD: a scraped question-and-answer page with an injected spam line ('THIS IS IMPORTANT: Question: What does a small baby mean?', advertising 1); the content is standard. risks 1: no intervention discussed.",
     "qhead", "worried-parent question page with signs and actions", False, "", True, True),
    ("r253-009", W, True, "22001011", True, "reposted video transcript: choking child first aid", UL,
     "correct UK sequence: recognise silent choking, up to five back blows, then abdominal thrusts; cut off before the call for an ambulance",
     "HARD: a first-aid video transcript re-hosted on an unrelated festival domain (advertising 1). warning_signs_present false: the excerpt ends before 'call 999'; care 0. authorship 1: trainer named in the byline. risks 1: thrust risks not named.",
     "qchoke", "first-aid trainer content on an off-topic host", False, "", True, False),
    ("r253-010", W, True, "11000011", True, "first-aid trainer blog: choking child or baby", UL,
     "recognition signs of choking are right, but the excerpt is mostly course promotion with unsourced figures ('82% of parents', 'on the rise') and stops before what to do",
     "HARD: thin-but-fair rather than false: nothing shown is wrong for a parent, but no action or call-for-help is reached (care 0, warning_signs_present false). claims 1 and advertising 1 for the course pitch. date 0: year only in the URL.",
     "qchoke", "first-aid trainer source kind", False, "", True, False),
]
