"""rel517 labels: Q (query key -> query) and ROWS (one tuple per page; order as reltools.build:
id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources, authorship_review,
date, risks_uncertainty, advertising), partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

Q = {
    "qa1": "myths about asthma debunked",
    "qs1": "is this supplement a scam or legit review",
    "qt1": "dangerous TikTok health trend doctors warn",
    "qr1": "the truth about acid reflux myths",
}

W = "web page"
U = "unreliable-leaning"
R = "reliable-leaning"

ROWS = [
    ("r517-001", W, True, "22111011", True, "asthma myth-busting article by a patient advocate on a drug maker's patient site", U,
     "Accurate on asthma mimics and 'outgrowing' asthma, cites a Canadian re-diagnosis study and sends readers whose asthma is not improving to their doctor.",
     "HARD: a drug maker's site (advertising 1) but no product named in the excerpt. warning_signs_present true on the letter of the rule: 'not improving despite following your treatment plan' tied to 'check in with your doctor' (a persistence condition with an action).",
     "qa1", "drug-maker patient blog debunking asthma myths; rank 5", False, "", True, True),
    ("r517-002", W, True, "22110012", True, "insurer wellness blog post on asthma myths and facts", U,
     "Correct on triggers, hard diagnosis in under-fives, spirometry and daily controller medicine; cites CDC and points readers to the doctor.",
     "HARD: lists breathing difficulty, chest tightness and wheeze as signs and says to tell the doctor about symptoms, but in a diagnosis context with no urgent action, so warning_signs_present false.",
     "qa1", "health-insurer blog myth/fact page on asthma; rank 6", False, "", True, False),
    ("r517-003", W, True, "22110211", True, "supplement company blog post debunking asthma myths", U,
     "Dated, referenced and correct that asthma medicines are not addictive, exercise is encouraged and asthma is not simply outgrown.",
     "A supplement firm's blog (advertising 1) but the excerpt promotes prescribed treatment; 'boosting the immune system' from exercise is a small stretch. No attack warning signs.",
     "qa1", "supplement-company blog on dangerous asthma myths; rank 8", False, "", True, False),
    ("r517-004", W, True, "21100012", True, "web-story slide text listing asthma facts", U,
     "Short, correct fact list (not curable, not contagious, needs medical diagnosis) with no sources or author.",
     "Thin-but-fair. claims 1 for the unqualified 'inhalers are safe'; no attack signs or action.",
     "qa1", "web-story format asthma myth list; rank 2", False, "", True, False),
    ("r517-005", W, True, "22001012", True, "coach's blog warning about MLM supplement sales and fake 'scam' reviews", U,
     "Sensible consumer warning about implausible MLM supplement claims, autoship billing and fake 'is it a scam' reviews; named author.",
     "A scraped paragraph appears twice. warning_signs not warranted: a consumer-protection piece about buying supplements, no symptom, condition or self-treatment.",
     "qs1", "blog post on how supplement 'scam' reviews are faked; rank 2", False, "", False, False),
    ("r517-006", W, True, "22000011", True, "supplement brand blog listing supplement-industry scams", U,
     "Accurate list of red flags (proprietary blends, miracle-cure claims, autoship, contamination, fake reviews).",
     "A supplement seller's own blog (advertising 1); the excerpt sells nothing. warning_signs not warranted (consumer-protection list).",
     "qs1", "supplement brand's blog on supplement scams; rank 3", False, "", False, False),
    ("r517-007", W, True, "11000012", True, "bodybuilding site article on supplement label-claim scams", U,
     "Consumer piece on label-claim fraud; its own disclaimer says it is partly opinion, and the claim that small companies are the worst offenders is unsupported, but nothing in it would harm a reader.",
     "HARD: thin, opinion-led and unsourced; true because it makes no health claim or harmful recommendation in the excerpt. warning_signs not warranted.",
     "qs1", "bodybuilding site on supplement scams; rank 5", False, "", False, False),
    ("r517-008", W, True, "22000022", True, "blog guide to avoiding supplement scams", U,
     "Accurate on lighter supplement regulation, contaminated products and cure-all red flags.",
     "Unsigned, undated, unsourced, but balanced. warning_signs not warranted.",
     "qs1", "guide to supplement scam red flags; rank 7", False, "", False, False),
    ("r517-009", W, True, "12100011", True, "reflux surgery practice blog on heartburn myths", U,
     "Mostly accurate (left-side sleeping, head elevation, persistent heartburn can lead to esophageal damage), but overstates coffee's acidity as the cause of reflux.",
     "A surgical practice's blog (advertising 1). 'Don't mess around with persistent heartburn' names no action, so warning_signs_present false.",
     "qr1", "reflux-centre blog myth list; rank 3", False, "", True, False),
    ("r517-010", W, True, "12000012", True, "food blog guide to judging supplement legitimacy", U,
     "General, balanced guide; says correctly the FDA does not pre-approve supplements, though it misstates DSHEA as making makers responsible for efficacy.",
     "Thin-but-fair. warning_signs not warranted (consumer guide).",
     "qs1", "guide to telling if a supplement is legit; rank 6", False, "", False, False),
]
