"""rel83 label records (blind; from the stored text only). Scores order: accuracy_balance, claims,
care_prompt, sources, authorship_review, date, risks_uncertainty, advertising."""

Q = {
    "back": "lower back pain after lifting something heavy what to do",
    "neck": "woke up with stiff neck can't turn head",
    "wrist": "wrist pain from typing on keyboard remedies",
    "knee": "knee clicking popping when bending is it serious",
    "heel": "heel pain first steps in the morning plantar fasciitis",
    "rash": "toddler fever and rash when to worry",
}

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

ROWS = [
    # id, genre, reliable, scores, partial, doc_type, leaning, why, note, q, picked, unsafe, quote, warranted, present
    ("r83-001", W, True, "12100012", True, "short back-pain advice page on a bodybuilding site", U,
     "Sensible basics for a lifting strain (neutral spine, settle then build activity, see a doctor or physio if it continues); nothing harmful.",
     "HARD: thin and partly garbled ('A back that is overarched or overflexed will fall'), overstates lifting as the commonest cause, and 'rest, ice and compression' is dated; no red flags (leg numbness, bladder/bowel change); 'if they continue' has no time or sign, so warning_signs_present false. Thin-but-fair.",
     "back", "fitness-site advice on lifting back pain; careless-leaning source", False, "", True, False),
    ("r83-002", W, True, "12100011", False, "physiotherapy clinic injury page (wry neck)", U,
     "Correctly describes acute wry neck on waking and says the cause is not fully understood; points to a physiotherapist.",
     "Thin and clinic-promotional; no fever/neck-stiffness or arm-symptom red flags. Short page that looks complete (partial false).",
     "neck", "physio clinic page on waking with a stiff neck", False, "", True, False),
    ("r83-003", W, True, "22100011", True, "physical-therapy clinic blog post", U,
     "Plausible causes (sleep position, pillow, strain, stress) and notes disc, nerve or infection causes; muscle strain usually settles in days.",
     "Promises a 'when neck pain may be more serious' section that the excerpt does not reach, so warning_signs_present false; clinic links throughout (advertising 1); clumsy English.",
     "neck", "PT clinic blog on the exact symptom", False, "", True, False),
    ("r83-004", W, True, "22000012", True, "pain-clinic general health tips page", U,
     "Standard self-care for a neck stiff on waking (heat or cold, gentle stretches, OTC pain relief, pillow) with sensible causes.",
     "No care prompt or red flags in the excerpt (care 0); OTC drugs with no cautions (risks 1 as a passing mention). Thin-but-fair.",
     "neck", "pain-clinic tip page on the exact symptom", False, "", True, False),
    ("r83-005", W, True, "22200012", True, "health/lifestyle blog article (content-farm style)", U,
     "Balanced list of causes and symptoms, and tells readers to seek care if pain is severe, persists, or comes with fever or numbness.",
     "HARD: a content-farm blog ('Don't Miss' links, finance-and-health site) but the text shown is accurate and has a sign-plus-action line (fever or numbness + seek medical attention), so warning_signs_present true.",
     "neck", "lifestyle/wealth blog on the symptom; careless-leaning source", False, "", True, True),
    ("r83-006", W, True, "11000012", True, "single-topic wrist-pain niche site article", U,
     "Harmless ergonomic tips (breaks, stretching, keyboard, posture) for typing wrist pain.",
     "HARD: overclaims ('get rid of such pain', ergonomic keyboards so people 'do not feel pain'), filler ('talk to your girlfriend') and no mention of numbness, tingling or weakness (carpal tunnel) or when to see a doctor; nothing harmful, so thin-but-fair true.",
     "wrist", "niche keyword site; careless-leaning", False, "", True, False),
    ("r83-007", W, False, "01000011", True, "machine-spun wrist-pain article on an unrelated blog host", U,
     "Spun copy of a generic typing-pain article with garbled sentences ('weight loss jobs require just work at the computer'); nothing a reader can rely on.",
     "HARD: the underlying advice (stretch, ergonomic keyboard, breaks) is harmless; label false for the machine-spun, garbled text on an unrelated host (as ext018) and no care prompt or numbness/weakness signs.",
     "wrist", "spun copy of the same article on an unrelated domain; careless source", False, "", True, False),
    ("r83-008", W, True, "12000012", False, "foot-and-ankle practice FAQ answer", U,
     "Correctly links first-step morning heel pain to plantar fasciitis and explains why it eases with walking; recommends stretching.",
     "Calls the plantar fascia a 'tendon' (accuracy 1); no care prompt and no signs (heel pain after injury, numbness, night pain). Short FAQ that looks complete.",
     "heel", "podiatry practice FAQ on morning heel pain", False, "", True, False),
    ("r83-009", W, True, "22000212", True, "personal-trainer blog post (dated 2015)", U,
     "Accurate account of plantar fasciitis (typical first-step pain, who gets it, why), dated; stops before treatment.",
     "Stray image-file names in the text; 'not an emergency case but ... not something that can be ignored' is not a care prompt (care 0). Label from the accurate content shown.",
     "heel", "strength-training blog on morning heel pain; personal blog", False, "", True, False),
    ("r83-010", W, True, "22200012", False, "health-navigation portal page (when to seek care)", R,
     "Advises seeing the family doctor for a rash with fever and lists meningitis signs (neck pain on bending, confusion, cold hands and feet, light sensitivity) for immediate contact.",
     "HARD: omits the non-blanching (glass-test) rash and says 'contact your family doctor immediately' rather than emergency services; still clear sign-plus-action, so warning_signs_present true. Austrian public health-navigation portal (reliable-leaning).",
     "rash", "public health-navigation portal on rash with fever in a child", False, "", True, True),
]
