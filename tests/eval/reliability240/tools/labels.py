"""rel240 labels: Q (query key -> query) and ROWS (one tuple per page, reltools.build order:
id, genre, reliable, scores (criteria order), partial, doc_type, source_leaning, why, note,
query key, picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted,
warning_signs_present). No page text beyond short quoted phrases."""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "qa": "sprained ankle what to do at home ice how long",
    "qb": "lower back pain stretches at home how many repetitions",
    "qc": "stiff neck exercises relieve pain physiotherapist advice",
    "qd": "ice or heat for back pain which is better",
    "qe": "ibuprofen gel vs tablets for knee arthritis pharmacist",
    "qf": "glucosamine chondroitin joint pain does it work",
}

ROWS = [
    ("r240-001", W, True, "22200012", True, "Pilates instructor's lower-back stretch page", U,
     "Short, cautious page: stretches only if a doctor has said gentle stretches are fine, go slowly, stop with pain, and see the doctor again if pain persists.",
     "HARD: thin fragment (the two stretches are not in the excerpt); warning_signs_present true on persistence + 'seek advise from your doctor again' (as r41-011).",
     "qb", "Pilates studio page on gentle lower-back stretches; small-business source kind", False, "", True, True),
    ("r240-002", W, True, "22000002", True, "personal-training studio exercise tip", U,
     "A correctly described gentle knee-roll stretch with sensible repetitions; nothing wrong, but no pain limit, no care prompt and no signs for back pain that needs checking.",
     "HARD: thin-but-fair; risks 0: no 'stop if it hurts' or any caution.",
     "qb", "gym tip page with repetitions and hold times for a back-pain stretch", False, "", True, False),
    ("r240-003", W, True, "12200012", True, "massage business blog teaser on stiff-neck exercises", U,
     "Tells readers with severe neck pain to avoid the exercises and call the doctor and to move slowly; the cause claim (weak muscles from posture) is loose.",
     "warning_signs_present true: severe neck pain + call your doctor. accuracy 1: 'usually the result of muscles weakening' overstates one cause.",
     "qc", "massage-business blog listing stiff-neck exercises", False, "", True, True),
    ("r240-004", W, False, "11000002", True, "machine-reworded physiotherapy content page on neck pain", U,
     "Spun text garbles key terms ('Herniated Slice ... near whim-whams root', 'gashes', 'anodynes', 'activity' for physiotherapy) and promises a 'safe' route to recover naturally, with no word on when neck pain with arm pain, headache or dizziness needs a doctor.",
     "HARD: unlike r94-036 the rewording makes the causes list unintelligible to a lay reader; no fact is inverted, but the page cannot be relied on. unsafe_advice false: general 'safe' framing (as r94-001).",
     "qc", "physiotherapy content site on neck-pain exercises; text looked machine-reworded", False, "", True, False),
    ("r240-005", W, False, "10100012", True, "product company blog: towel neck-extension 'hack'", U,
     "The towel extension exercise is plausible, but the page says the 'simple trick' will 'ease and eliminate neck pain' and prevent it returning, unsupported, and gives no signs that need a doctor.",
     "HARD: 'In cases of injury consult medical advice first' is a consult-before-starting prompt (POLICY-46 s.2), not warning signs; care 1. unsafe_advice false: efficacy claim without cure/guarantee/safety word.",
     "qc", "company blog with a 10-second neck-pain hack and repetitions", False, "", True, False),
    ("r240-006", W, True, "11110011", True, "physiotherapy clinic blog on neck-pain exercises", U,
     "Reasonable account of posture and strain as common causes with supervision advised; one slip ('osteoporosis of the cervical spine' as a degenerative cause of neck pain) and vague study citations.",
     "HARD: accuracy 1 for the osteoporosis/osteoarthritis slip and 'address the underlying causes to reduce inflammation'; the excerpt stops before the exercises. advertising 1: clinic hours header.",
     "qc", "physiotherapy clinic blog on neck exercises and stretches", False, "", True, False),
    ("r240-007", W, True, "21100012", True, "remedy blog explainer on physiotherapy for neck stiffness", U,
     "Standard description of causes and physiotherapy techniques (manual therapy, stretching) with a gentle stretch; overstates physiotherapy as a 'long-term, natural solution' addressing the 'root cause'.",
     "claims 1 for the root-cause framing; excerpt cut before any when-to-see-a-doctor text.",
     "qc", "home-remedy blog on physiotherapy for neck stiffness", False, "", True, False),
    ("r240-008", W, True, "22000002", True, "home-remedy site entry: cold and hot packs for backache", U,
     "Standard cold-first-then-heat advice with 15-20 minute sessions; no towel or burn caution and nothing on back pain that needs a doctor.",
     "HARD: thin-but-fair; risks 0: no skin-protection caution for ice or heat.",
     "qd", "remedy database entry on cold and hot packs for backache", False, "", True, False),
    ("r240-009", W, True, "22000012", True, "physical-therapy practice resource on heat or ice", U,
     "A few accurate lines on why ice rather than heat after an acute injury; nothing on how long, skin protection or when to see anyone.",
     "HARD: thin-but-fair fragment.",
     "qd", "physical-therapy practice resource on heat versus ice for back pain", False, "", True, False),
    ("r240-010", W, True, "22110022", True, "pharmaceutical company consumer-health guide to ice or heat", U,
     "Balanced guide: says the ice debate is controversial, gives a 20-minute limit, names who should not use ice (cardiovascular or peripheral vascular disease, Raynaud's) or heat (tumour, infection, open wound) and to ask for expert advice.",
     "sources 1: numbered references not listed in the excerpt; care 1: 'ideally while still asking for expert advice' is a consult prompt without signs. No product in the excerpt (advertising 2).",
     "qd", "drug company's consumer guide to ice or heat for back pain", False, "", True, False),
]
