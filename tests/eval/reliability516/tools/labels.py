"""rel516 labels: Q (query key -> query) and ROWS, one tuple per page in reltools.build order:
(id, genre, reliable, scores, partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present).
Scores in criteria order: accuracy_balance, claims, care_prompt, sources, authorship_review,
date, risks_uncertainty, advertising. Labelled from the stored text only."""

Q = {
    "qa": "is this supplement a scam? FTC warning fake health claims",
    "qb": "miracle cure scam warning consumers health fraud",
    "qc": "quackery debunked alternative medicine skeptic blog",
    "qd": "fact check: does this remedy really cure cancer? false claim viral post",
    "qe": "consumer protection warning bogus medical device pain relief gadget",
    "qf": "homeopathy is a scam here's why",
}

W, N = "web page", "news"
RL, UL = "reliable-leaning", "unreliable-leaning"

ROWS = [
    ("r516-001", N, True, "22011212", True, "newspaper guest column on FTC actions against unsubstantiated supplement and brain-training claims", UL,
     "Reports FTC and FDA actions (opioid-withdrawal supplements, cognition products, CellMark) accurately and in attributed terms ('they alleged'); no overstated benefit or harm.",
     "Guest column dated May 3, 2018 (date 2) by a named author (authorship 1); regulator named but no link (sources 1). risks 1: the banned-amphetamine example is the only concrete harm.",
     "qa", "regulator-action column from a city business paper; first result", False, "", False, False),
    ("r516-002", N, True, "22010012", True, "news report of an FTC consumer blog warning that supplements do not treat diseases", UL,
     "Faithfully relays the FTC's warning (supplements are not meant to treat, prevent or cure disease; consult a professional about side effects and interactions) and the alleged NeuroPlus claims, framed as allegations.",
     "HARD: a near-rewrite of an FTC blog with no byline or year ('a Nov. 30 blog', date 0); judged as news, accurate and non-sensational. sources 1: FTC, Colleen Tressler and the Maine court case named.",
     "qa", "health-news site item on an FTC supplement warning; last result", False, "", False, False),
    ("r516-003", W, True, "22010012", True, "repost of FDA's health-fraud tip-offs consumer article on an alert-service site", UL,
     "Accurate restatement of the FDA definition of health fraud and where scams are sold; no claims beyond the regulator's.",
     "Attributed to FDA (sources 1), no author or date. warning_signs_warranted false: a consumer-protection explainer with no self-care advice (as r21-007). risks 1: harms of the scams mentioned only as 'not worth the risk' in the excerpt.",
     "qb", "FDA tip-offs article reposted by a non-health company blog", False, "", False, False),
    ("r516-004", W, True, "22210022", True, "open college health-textbook chapter on health fraud", RL,
     "Sound consumer advice (question miracle claims, do not be rushed, check with your doctor before taking products) and FTC/FDA material on why fraudulent cures cost money, time and health.",
     "care 2: 'Check with your doctor before taking products'. risks 2: danger, wasted money and missed treatment named. sources 1: FDA videos named. Not warranted: fraud-awareness chapter, not self-care for a condition.",
     "qb", "college open-textbook chapter on health fraud (a new source kind for the topic)", False, "", False, False),
    ("r516-005", W, True, "21000212", True, "sceptic blog tag-archive page of post teasers criticising alternative medicine", UL,
     "Teasers of sceptical posts (homeopathy's origins, how quackery mimics science); nothing a reader could be misled by, though little substance.",
     "HARD: an archive page with sarcastic snippets ('a magic sugar pill that can cure all' is mockery, not a claim; claims 1 for tone) and no health guidance; labelled true as not misleading. date 2: each teaser dated 2008-2009.",
     "qc", "well-known UK sceptic blog; archive page was the only one returned", False, "", False, False),
    ("r516-006", W, True, "11000012", True, "sceptic blog listicle of health myths, opening with homeopathy", UL,
     "Correctly explains why homeopathic dilutions contain no active substance and that relying on them can delay real treatment, in derisive language.",
     "HARD: Oscillococcinum is a 200K (Korsakovian) dilution, not 200C, and 'moronic'/'idiotic' tone (accuracy 1, claims 1); the core message is correct. Date in the URL only (date 0). Not warranted: myth-busting essay.",
     "qc", "personal sceptic blog debunking homeopathy; distinct source kind from org sites", False, "", False, False),
    ("r516-007", W, True, "21010012", True, "shop-blog essay that homeopathy is a scam, quoting Wikipedia", UL,
     "Accurately summarises the evidence (no better than placebo, implausible mechanism, WHO warning against homeopathy for HIV and malaria).",
     "Hosted on a shop's blog but no product in the excerpt (advertising 2). claims 1: 'Spoiler Alert: Yes' framing. sources 1: Wikipedia and WHO named. Not warranted: debunking essay.",
     "qf", "shop-hosted blog post calling homeopathy a scam (different source kind)", False, "", False, False),
    ("r516-008", W, True, "21000012", True, "content-site explainer on why homeopathy does not work", UL,
     "Correct account of homeopathic dilution and the scientific consensus against efficacy, and of the difference from herbal medicine.",
     "claims 1: 'most damning', 'impossible' framing and a promised 'hard data' section not reached. No sources, author or date in the excerpt.",
     "qf", "content-site 'why homeopathy is a scam' explainer", False, "", False, False),
    ("r516-009", W, True, "22010112", True, "palliative-care dictionary entry on homeopathy adapted from Wikipedia", RL,
     "Concise, accurate definition: pseudoscience, no better than placebo, positive trials explained by chance and bias.",
     "date 1: Wikipedia accessed January 18, 2016 (no page date). sources 1: Wikipedia named. Not warranted: reference entry.",
     "qf", "professional palliative-care glossary entry (reference source kind)", False, "", False, False),
    ("r516-010", W, True, "21000012", True, "fitness blogger's essay calling homeopathy the ultimate scam", UL,
     "Correct explanation of 30C dilution and the 'water memory' claim, with a tasteless opening joke; nothing unsafe or inaccurate.",
     "claims 1: 'Ultimate Scam' rhetoric. Pseudonymous blogger (authorship 0), no date. Not warranted: debunking essay.",
     "qf", "individual blogger debunking homeopathy", False, "", False, False),
]
