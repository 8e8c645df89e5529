"""rel297 labels: Q (query key -> query) and ROWS (reltools.build tuple order)."""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "q1": "my ankle sprain still swollen after two weeks what should I do",
    "q2": "plantar fasciitis heel pain home remedies that work",
    "q3": "sciatica pain down my leg chiropractor help",
}

ROWS = [
    ("r297-001", W, False, "11000002", True, "athletic-training forum reply on a slow-healing ankle sprain", U,
     "A forum reply tells the asker that a bad sprain still hurting under a month is 'normal' and lists rehab drills, with no word on when persistent pain or swelling needs checking (fracture, ligament tear).",
     "HARD: the drills are sensible and harmless; false for peer reassurance on a 'still swollen' question with no care prompt at all. warning_signs warranted (self-treatment of an injury), none present.",
     "q1", "forum answer to a persisting-sprain question; first result", False, "", True, False),
    ("r297-002", W, True, "22200012", True, "orthopaedic foot-and-ankle practice page on ankle sprain", U,
     "Accurate RICE and functional-rehab advice (protected weight-bearing over crutches, physiotherapy), and says a sprain that stops progressing because of pain, swelling, stiffness or instability needs further assessment.",
     "warning_signs_present true: 'stops progressing ... further assessment and investigation is needed' ties a condition to an action. risks 1: cortisone injection and surgery named without their harms.",
     "q1", "specialist practice page on sprains; rank 3", False, "", True, True),
    ("r297-003", W, True, "22200012", True, "private orthopaedic practice page on ankle ligament tear", U,
     "Sound first aid (early weight-bearing, ice wrapped in a towel, compression, elevation), realistic 6-8 week recovery and advises a physiotherapist when the injury is severe or does not recover normally.",
     "warning_signs_present true on 'if you have a severe injury or the initial injury does not recover normally ... see a physiotherapist'. No fracture red flags (cannot bear weight) in the excerpt. risks 1.",
     "q1", "UK orthopaedic practice sprain page; rank 6", False, "", True, True),
    ("r297-004", W, True, "22200012", True, "podiatry practice blog post on sprained ankle", U,
     "Accurate RICE steps with a circulation caution for wraps, OTC pain relievers, bracing and physiotherapy, and tells readers with a suspected severe sprain to see their doctor.",
     "HARD: 'If you think you have a severely sprained ankle, schedule an appointment' counted as warning_signs_present (a condition tied to an action), though no signs of severity are listed. risks 1: painkillers 'sufficient' with no cautions. date 0: date only in the URL.",
     "q1", "podiatry blog post on what to do after a sprain; rank 8", False, "", True, True),
    ("r297-005", W, True, "22100011", True, "podiatry practice blog on home remedies for plantar fasciitis", U,
     "Standard, accurate self-care for plantar fasciitis (rest, supportive shoes, stretching, rolling, night splints, ibuprofen for flare-ups); no advice on when heel pain needs a professional in the excerpt.",
     "thin-but-fair: care 1 (physical therapy mentioned, no prompt); warning_signs warranted, none present. risks 1: ibuprofen with no caution. advertising 1: practice framing ('we see and treat at our office').",
     "q2", "podiatrist's home-remedy post; rank 7", False, "", True, False),
    ("r297-006", W, True, "21000011", True, "chiropractic clinic service page on sciatica", U,
     "Short, mostly accurate description of sciatica; says chiropractic 'helps to restore function' through adjustments and therapies, a modest promotional claim.",
     "HARD: efficacy of manipulation for sciatica is modest and uncertain, stated flatly (claims 1), but nothing false or dangerous; thin clinic page. warning_signs not warranted (clinic service page, POLICY-46).",
     "q3", "chiropractic clinic sciatica page; rank 2", False, "", False, False),
    ("r297-007", W, False, "10000011", True, "chiropractic clinic service page on sciatica", U,
     "Claims chiropractic adjustments 'will relieve the pressure on the nerve by bringing the bones and discs back into proper alignment' - an unsupported mechanism for a herniated disc, stated as certain.",
     "HARD: unsafe_advice false - an efficacy/mechanism claim with no cure, safety or stop-treatment wording. warning_signs not warranted (clinic service page).",
     "q3", "clinic page with a strong adjustment mechanism claim; rank 3", False, "", False, False),
    ("r297-008", W, False, "11100010", True, "chiropractic directory/marketing page on sciatica", U,
     "Thin marketing page that sends readers whose sciatica lasts over six weeks or is 'unbearable' to a chiropractor, without any red flags (numbness in the saddle area, bladder or bowel problems, weakness) that need urgent medical care.",
     "HARD: warning_signs not warranted (marketing page); present counted as true on the letter ('more than six weeks or the pain is unbearable ... visit your local chiropractor' ties a condition to an action), but the action routes severe nerve pain away from medical assessment. The sensory-only nerve description is incomplete (accuracy 1).",
     "q3", "sciatica page of a chiropractic marketing site; rank 4", False, "", False, True),
    ("r297-009", W, False, "00100000", True, "upper-cervical chiropractic page on sciatica", U,
     "Attributes sciatic leg pain to vertebral 'subluxations', including neck (cervical) subluxations, and says adjustments can 'eliminate the cause' - a pseudoscientific model promoted to people in pain.",
     "unsafe_advice false: 'often' and 'can' qualify the claims. warning_signs not warranted (practice page).",
     "q3", "subluxation-framed sciatica page; rank 7", False, "", False, False),
    ("r297-010", W, False, "10100011", True, "chiropractic clinic conditions page on sciatica", U,
     "Lists real causes of sciatica and mentions medical referral in extreme cases, but claims back 'maintenance' can prevent disc and joint degeneration and presents the chiropractor as the expert at finding the exact cause.",
     "HARD: mostly accurate causes; false for the unsupported maintenance-care prevention claim. warning_signs not warranted (clinic page); 'extreme cases' names no sign.",
     "q3", "clinic sciatica page with maintenance-care claim; rank 6", False, "", False, False),
]
