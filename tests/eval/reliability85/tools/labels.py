"""rel85 label records (blind; labelled from the stored excerpts only). No page text here.

ROWS: (id, genre, reliable, scores as 8 digits in CRITERIA order, partial, doc_type, source_leaning,
why, note, query key, picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted,
warning_signs_present)
"""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "stairs": "short of breath climbing stairs should I worry",
    "palp": "heart palpitations at rest causes when to see a doctor",
    "faint": "teenager fainting causes parents",
    "coldfeet": "why are my feet always cold remedies",
    "hands": "tingling numb hands at night carpal tunnel home remedies",
    "memory": "memory lapses forgetfulness in your 40s and 50s normal or dementia",
    "tired": "feeling tired all the time reasons",
    "winter": "winter blues seasonal affective disorder natural remedies",
}

ROWS = [
    ("r85-001", W, True, "22100012", True, "general breathlessness explainer on an ed-tech content site", U,
     "Accurate on normal stair breathlessness versus a change from usual, with deconditioning, weight and asthma as causes; a professional is suggested for possible asthma.",
     "HARD: an off-topic content site with no author, date or sources, and the excerpt stops before any chest-pain or heart red flag; label true as thin-but-fair. The 'requires attention' line has no concrete action, so warning_signs_present false.",
     "stairs", "content-farm style page on an education-technology site; careless source", False, "", True, False),
    ("r85-002", W, True, "21100012", True, "disease-list article on a news/content aggregator", U,
     "Names heart disease, heart failure, COPD, asthma and anaemia as causes of breathlessness on stairs, accurately and with early diagnosis stressed.",
     "HARD: a fear-framed '4 Serious Diseases' title on an aggregator with no author or sources, and no signs tied to an action ('require medical attention' only); body accurate, so true as thin-but-fair (claims 1 for the framing).",
     "stairs", "aggregator/content-farm page; careless source with an alarm title", False, "", True, False),
    ("r85-003", W, True, "22202012", True, "paediatric practice article on fainting", U,
     "Doctor-written explainer: common causes, prevention (fluids, salt, not skipping meals), serious causes, red flags for investigation and clear ER/911 signs, and advice to tell the child's doctor about any faint.",
     "Date only in the URL, so date 0. risks 1: fluid/salt advice with no caution for children with heart or kidney conditions.",
     "faint", "GP/paediatric practice page written by a named paediatrician", False, "", True, True),
    ("r85-004", W, False, "11100002", True, "newspaper lifestyle home-remedy piece on cold hands and feet", U,
     "Says cayenne pepper sprinkled in socks and gloves 'will improve the blood circulation in the body' and that Epsom salt 'will provide magnesium to the body', with no evidence and no word on skin irritation or circulation disease.",
     "HARD: it does send readers whose feet and palms stay cold despite layers to a doctor (a persistence sign with an action, so warning_signs_present true, as r41-011), and most remedies are harmless; label false for the unsupported own-voice claims under a 'Cure' title. Not unsafe_advice: efficacy claims, no cure or safety guarantee.",
     "coldfeet", "newspaper lifestyle section giving home remedies; tests a mainstream title with remedy claims", False, "", True, True),
    ("r85-005", W, True, "22201221", True, "heart-monitoring app company blog on palpitations", U,
     "Clear and balanced: most palpitations are harmless ectopic beats, but long-lasting or recurrent episodes and chest pain, breathlessness, dizziness or fainting need a doctor; wearables cannot diagnose.",
     "advertising 1: an app company's blog naming its own Stanford cardiologist and consumer devices. authorship 1: company credentials, no named author.",
     "palp", "app-company blog with a concrete when-to-see-a-doctor list", False, "", True, True),
    ("r85-006", W, False, "01010002", True, "natural-remedy content site page on carpal tunnel syndrome", U,
     "Says home remedies 'are helpful in treating' carpal tunnel syndrome without evidence, with garbled facts ('truck drivers that work with hammers', 'Gripping of the hands ... reduces the pain') and no advice to see a doctor.",
     "The NIOSH attribution gives sources 1. Not unsafe_advice: an efficacy claim without a cure or guarantee word. No sign (constant numbness, weakness, muscle wasting) tied to an action.",
     "hands", "remedy content site; careless source", False, "", True, False),
    ("r85-007", W, True, "22200211", True, "diagnostic-company blog on forgetfulness in the 50s", U,
     "Separates normal age-related slowing from early dementia signs, names reversible causes (thyroid, depression, medicines) and says to see a provider without waiting if memory changes persist.",
     "The dementia signs plus 'don't wait. Talk to a healthcare provider' count as warning_signs_present. advertising 1: a test company's blog, though no product shows in the excerpt. risks 1: no intervention discussed.",
     "memory", "company blog aimed at the reader's exact worry", False, "", True, True),
    ("r85-008", W, True, "22102212", True, "prescription-discount service health article on tiredness", U,
     "Medically reviewed and dated; lists sleep deprivation, thyroid, depression, nutrient deficiencies and other causes of persistent tiredness and the usual sleep-disorder treatments.",
     "care 1: 'treating underlying health issues' but no sign tied to an action in the excerpt, so warning_signs_present false. risks 1: treatments (CPAP, surgery) listed without harms.",
     "tired", "commercial health-service blog with a medical reviewer", False, "", True, False),
    ("r85-009", W, True, "21110012", True, "lifestyle-site article on natural remedies for winter depression", U,
     "Describes SAD symptoms with attributed sources, presents light therapy as a common treatment and tells readers who are truly down to seek a mental health professional.",
     "claims 1: a light box is 'a tanning bed for the brain (without the harmful side effects)', which passes over eye cautions and bipolar risk. The professional prompt is tied to no concrete sign, so warning_signs_present false (care 1).",
     "winter", "lifestyle/green-living site; ordinary consumer page", False, "", True, False),
    ("r85-010", W, True, "22000012", True, "seasonal-mood blog post intro", U,
     "A short, accurate description of the winter blues and seasonal affective disorder symptoms; the promised remedies are not reached.",
     "HARD: only an introduction; nothing harmful but no care prompt or sign (worsening mood, thoughts of self-harm); thin-but-fair. risks 1: no intervention discussed in the excerpt.",
     "winter", "small blog archive page; careless/personal source", False, "", True, False),
]
