"""rel508 labels: Q (query key -> query) and ROWS (one tuple per page; order as reltools.build:
id, genre, reliable, scores, partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present).
Scores in criteria order: accuracy_balance, claims, care_prompt, sources, authorship_review, date,
risks_uncertainty, advertising."""

Q = {
    "q01": "mum warns parents after toddler rushed to hospital",
    "q02": "TikTok health trend doctors warn dangerous",
    "q03": "woman thought symptoms were nothing, diagnosed with cancer at 30",
    "q04": "doctor warns never do this when you have a cold",
    "q05": "local hospital patient story sepsis survivor",
    "q06": "viral social media hack health experts say it doesn't work",
}

N, W = "news", "web page"
RL, UL = "reliable-leaning", "unreliable-leaning"

ROWS = [
    ("r508-001", N, True, "21010012", True, "tabloid family-warning story (magnet ingestion), aggregator repost", UL,
     "Reports a toddler's magnet ingestion accurately: doctors' explanation that several magnets can pinch bowel walls and perforate is correct, and the outcome is told without exaggeration.",
     "HARD: an unattributed aggregator repost with a 'chilling warning' frame and 'suspected perforated intestine' headline that the body walks back (claims 1); thin-but-fair on what is shown. News care_prompt 0; risks 1: a hazard, no intervention discussed.",
     "q01", "mother's TikTok warning reposted as news; second result", False, "", False, False),
    ("r508-002", N, True, "22020012", True, "local newspaper story on a child's glycerol slush toxicity", RL,
     "A local paper reports a toddler's glycerol intoxication after a slush drink and gives the Food Standards Agency's guidance (no glycerol slushies for children four and under) and the effects it names.",
     "sources 2: the FSA guidance is named and summarised. date 0: only 'January 4' inside the story. risks 1: a hazard story, no intervention.",
     "q01", "local-paper parent warning with a regulator's guidance; fourth result", False, "", False, False),
    ("r508-003", N, True, "22010011", True, "tabloid family-warning story (laundry pod ingestion) reposted on a local-services site", UL,
     "A mother's laundry-pod story: she called 111 and went to A&E, and the harms named (throat burns, breathing problems, coma) are real; the safe-storage message is sound.",
     "HARD: a Daily Star story reposted on an unrelated site with its newsletter plug (advertising 1); no poison-centre advice beyond the mother's own actions, but nothing misleading (thin-but-fair). sources 1: the hospital is named.",
     "q01", "tabloid repost of a poisoning scare; sixth result", False, "", False, False),
    ("r508-004", N, True, "22000012", True, "news-site parenting item on a toddler eating rat poison, with a childproofing guide", RL,
     "A radio caller's story (she called the poison centre) followed by a standard, accurate childproofing list (locked cabinets, medicines out of reach, never call medicine candy).",
     "HARD: the outcome is not reported and no source or expert is given (sources 0); the guide is generic but correct, so thin-but-fair. News care_prompt 0.",
     "q01", "South African news-site item on a poisoning scare; eighth result", False, "", False, False),
    ("r508-005", N, True, "22010012", True, "magazine patient story (ovarian cancer at 30) reposted on a health-news blog", UL,
     "A first-person account of ignored symptoms, a borderline tumour and later ovarian cancer, told without medical claims; the lesson (persistent pain, bloating and irregular bleeding were checked late) is fair.",
     "sources 1: attributed to Women's Health. risks 1: treatment not yet discussed in the excerpt.",
     "q03", "young-woman cancer story on a health-news repost site; third result", False, "", False, False),
    ("r508-006", N, True, "22020012", True, "newspaper health feature on cold-care mistakes", RL,
     "Named emergency and internal-medicine doctors give standard advice (stay home with a fever until 24 hours after it resolves, rest, hand hygiene) and a Cochrane review on zinc timing is cited.",
     "date 0: 'a February review' only. risks 1: zinc's effect is cut off before its side effects or limits.",
     "q04", "newspaper feature on cold mistakes with named experts; eighth result", False, "", False, False),
    ("r508-007", N, True, "22021012", True, "student-newspaper opinion column on viral health hacks", RL,
     "An opinion piece on TikTok trends that quotes the FDA's warning on the 'NyQuil chicken' challenge accurately and cites user-age figures and a lawsuit.",
     "authorship 1: byline. date 0: only in the URL. risks 1: harms of the trends discussed, no treatment.",
     "q06", "newspaper opinion on social-media health hacks; third result", False, "", False, False),
    ("r508-008", N, True, "22020012", True, "city-magazine feature: named doctors debunk social-media health trends", UL,
     "Named specialists explain why garlic in the nose irritates and can lodge, and warn about aloe-vera juice; safer options for congestion are offered.",
     "HARD: saline, a neti pot and pseudoephedrine are suggested without their cautions (sterile water, blood pressure) and menthol is presented as opening the nose (risks 1); the doctors' main points are right, so true.",
     "q06", "magazine piece with named doctors on trends; fourth result", False, "", False, False),
    ("r508-009", W, True, "22002011", True, "urgent-care company blog: TikTok health trends to avoid", UL,
     "Authored and medically reviewed list warning against DIY hydrogen-peroxide whitening and similar trends; what is shown is accurate.",
     "HARD: warning signs not warranted: a debunking list across many trends, not a page on a symptom or a self-treatment the reader is told to use (the trends are discouraged). advertising 1: company blog. risks 1: harms of peroxide begun, cut off.",
     "q02", "medically reviewed company blog on TikTok trends; second result", False, "", False, False),
    ("r508-010", W, True, "21000012", True, "food-brand site slideshow: TikTok health trends to avoid", UL,
     "Debunks garlic in the nostrils (irritation, lodging) and lettuce water for sleep (one extract study only) accurately.",
     "claims 1: garlic's 'antibacterial and antimicrobial properties' offered loosely. Warning signs not warranted (a debunking list, as r508-009). risks 1: harms of the trends named.",
     "q02", "brand slideshow debunking trends; seventh result", False, "", False, False),
]
