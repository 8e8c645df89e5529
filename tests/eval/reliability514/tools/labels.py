"""rel514 labels: Q (query key -> query) and ROWS (one tuple per page; order as reltools.build):
id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources, authorship_review,
date, risks_uncertainty, advertising), partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present."""

Q = {
    "qpf": "plantar fasciitis heel pain morning what helps orthotic insoles blog",
    "qknee": "knee brace for runner's knee pain causes and treatment",
    "qtens": "TENS unit for lower back pain does it work",
    "qosa": "sleep apnea signs snoring CPAP mask supplier blog when to worry",
    "qcomp": "compression socks for swollen ankles varicose veins blog causes",
    "qankle": "sprained ankle how long to heal ankle brace shop guide",
    "qneck": "neck pain from sleeping wrong pillow cervical pillow company blog",
    "qbunion": "bunion pain relief bunion corrector splint does it work",
    "qir": "infrared heat therapy pad arthritis joint pain benefits brand blog",
}

W = "web page"
U = "unreliable-leaning"
B = "brand/shop blog post on a condition"

ROWS = [
    ("r514-001", W, True, "22000011", True, B, U,
     "accurate account of plantar fasciitis; says orthotics help mostly when matched and that stretching, load management and footwear resolve many cases 'no purchase required'",
     "thin-but-fair: no sign or prompt for when heel pain needs a clinician in the excerpt (care 0); risks 1: limits of generic arch supports stated; advertising 1: orthotics brand",
     "qpf", "orthotics brand blog on the reader's question; balanced framing in the first lines", False, "", True, False),
    ("r514-002", W, False, "10000000", True, "orthotics shop condition page", U,
     "a shop's page says its orthotic 'can greatly reduce the pain and actually heal the tissue' of plantar fasciitis, with no other treatment, evidence or care prompt",
     "HARD: short page; unsafe_advice true on the own-voice, unqualified healing claim for the shop's product (as r41-060's 'get rid of'), though the harm is mild; warranted because it tells readers how to treat heel pain",
     "qpf", "short shop page promising orthotics heal plantar fasciitis", True, "can greatly reduce the pain and actually heal the tissue causing plantar fasciitis", True, False),
    ("r514-003", W, False, "10001000", True, B, U,
     "insole brand post calls firm arch support 'the most effective way' to relieve and prevent plantar fasciitis and recommends its own insoles with a shop link",
     "HARD: the condition facts are standard (author named: authorship 1), but the central efficacy claim is unsupported and the post is a sales funnel (claims 0, advertising 0); no stretching, rest or care prompt in the excerpt",
     "qpf", "insole brand blog; 'medically proven' in the URL", False, "", True, False),
    ("r514-004", W, True, "11010011", True, B, U,
     "runner's knee symptoms and causes listed accurately; anecdote-led and leans on loosely attributed BJSM/ACSM lines to promote braces",
     "HARD: thin-but-fair; the excerpt stops before the brace advice; the ACSM attribution ('crucial' gear) is not checkable (accuracy 1, claims 1, sources 1); no care prompt or sign; risks 1: no intervention discussed yet",
     "qknee", "knee brace shop blog explaining runner's knee", False, "", True, False),
    ("r514-005", W, True, "22000011", True, B, U,
     "accurate symptom list and untreated-risk list for sleep apnea; CPAP presented as the main treatment",
     "symptoms listed with no action (no 'see a doctor / get a sleep study'), so care 0 and warning_signs_present false; risks 1: cut off before CPAP details; advertising 1: CPAP shop",
     "qosa", "CPAP supply shop blog on symptoms and risks", False, "", True, False),
    ("r514-006", W, True, "22201012", True, B, U,
     "accurate sleep apnea symptoms; loud chronic snoring with choking or gasping should be taken seriously with a professional evaluation; drowsy-driving flagged",
     "warning_signs_present true: loud snoring with choking/gasping -> seek a professional evaluation; author named (authorship 1); no product pitch in the excerpt",
     "qosa", "CPAP supplier blog titled 'symptoms you should never ignore'", False, "", True, True),
    ("r514-007", W, True, "22001011", True, B, U,
     "accurate symptoms and risks of sleep apnea; honest that CPAP takes getting used to, but moves to the brand's pillow with no prompt to get diagnosed",
     "thin-but-fair: no diagnosis or doctor prompt in the excerpt (care 0); 'experts estimate 80%' unattributed (sources 0); author named; advertising 1",
     "qosa", "CPAP accessory brand blog on signs of sleep apnea", False, "", True, False),
    ("r514-008", W, True, "22110011", True, "ankle brace brand condition page", U,
     "accurate grades, causes and symptoms of ankle sprain; AAOS cited; diagnosis section names X-rays to rule out fractures",
     "care 1: a medical professional's assessment described, but no sign tied to an action (e.g. cannot bear weight -> get checked), so warning_signs_present false; advertising 1: internal brand links",
     "qankle", "ankle brace brand's ankle sprain guide", False, "", True, False),
    ("r514-009", W, True, "21010011", True, B, U,
     "explains how poor pillow support can strain the neck and cites a Clinical Biomechanics study; heading to the brand's cervical pillow",
     "HARD: thin-but-fair product-lead post; no red flags for neck pain (arm numbness or weakness, fever, injury) or care prompt; claims 1: pillow presented as the fix",
     "qneck", "pillow brand blog on waking with neck pain", False, "", True, False),
    ("r514-010", W, False, "00000001", True, B, U,
     "claims infrared heating pads strengthen the heart and cardiovascular system, give 'long-lasting and deeper healing' and cut pain after one session, with no source or caution",
     "HARD: 'safe and gentle' is an opening rhetorical line, not a specific safety guarantee (as r94-001), so unsafe_advice false; warranted because it recommends the pad for joint pain and fibromyalgia (self-treatment), none present; no burn or skin caution (risks 0)",
     "qir", "wellness shop blog with sweeping infrared claims", False, "", True, False),
]
