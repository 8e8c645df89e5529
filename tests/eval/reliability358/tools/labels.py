"""rel358 labels: Q (query key -> query) and ROWS (reltools.build tuple order:
id, genre, reliable, scores, partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present).
Scores in criteria order: accuracy_balance, claims, care_prompt, sources, authorship_review,
date, risks_uncertainty, advertising."""

Q = {
    "q01": "new drug study shows promise patients news",
    "q02": "breakthrough supplement study finds benefits health news",
    "q03": "new blood test detects cancer early study news",
    "q04": "FDA approves new weight loss injection what patients should know cost side effects",
    "q05": "miracle diet reverses disease doctors stunned study",
    "q06": "press release announces positive phase 2 trial results novel therapy",
    "q07": "local hospital first in region to offer new procedure patients",
    "q08": "ketamine clinic depression treatment news story patients cost insurance",
    "q09": "stem cell therapy knee arthritis clinic news investigation unproven",
    "q10": "new Alzheimer's drug approval news brain swelling risk modest benefit",
    "q11": "intermittent fasting study news heart risk experts caution",
}

U = "unreliable-leaning"
R = "reliable-leaning"
N = "news"

ROWS = [
    ("r358-001", N, False, "10011002", True, "social-bookmark repost of a cancer drug trial story", U,
     "Venetoclax CLL trial: 79% response and the NEJM are given, but 'left as good as new' and 'simply melt away' hype it, with no side effects, no control or limits and no independent voice.",
     "HARD: the figure and journal are there (sources 1), but the benefit is inflated ('as good as new') and harms are absent (risks 0).",
     "q01", "repost of a 'cancer cells melt away' trial story; hyped headline on a bookmarking site", False, "", False, False),
    ("r358-002", N, True, "11010012", True, "repost of a Yahoo cancer immunotherapy story on a fair-use aggregator", U,
     "Pembrolizumab in mismatch-repair-deficient cancers: counts given (66 of 86, 18 complete), the small size and lack of a control group stated; no harms or cost, and the headline oversells.",
     "HARD: hype headline ('so effective ... approved it immediately') and no immune side effects (risks 1), but the body states the key limits and quantifies; the body decides.",
     "q01", "cancer drug story reposted under an 'Uncensored Report' fair-use notice", False, "", False, False),
    ("r358-003", N, False, "11000012", True, "general feature on supplement science on a tech/business news site", U,
     "Unsourced overview that says the body 'cannot produce' vitamin D3 (it makes it in sunlight) and leans towards supplementing; megadose harm is named only in passing.",
     "HARD: hedged and mostly generic; false for the factual error, no evidence for any claim (sources 0) and a pro-supplement lean despite the 'what doesn't work' title.",
     "q02", "feature promising 'what works and what doesn't' on a non-health site", False, "", False, False),
    ("r358-004", N, False, "11010002", True, "radio-station news brief on an FDA weight-loss drug approval", U,
     "Wegovy approval brief: 'promises to help' with no amount of weight loss, no side effects, no cost and no limits; only an FDA line.",
     "date only in the URL (date 0).",
     "q04", "local radio repost of an FDA approval story", False, "", False, False),
    ("r358-005", N, False, "00010202", True, "regional news site repost of a tabloid diabetes 'cure' anecdote", U,
     "One man 'cures his diabetes in 11 days' on a 'miracle starvation diet': an anecdote with no trial data, no limits or risks of an 800-calorie diet and no independent comment.",
     "the Newcastle research is real and the GP's consent is mentioned, but the cure framing and anecdote carry the story.",
     "q05", "hyped diet cure story from a regional news site", False, "", False, False),
    ("r358-006", N, True, "21011221", True, "pharmaceutical company press release (SEC 8-K exhibit) on a phase III trial", U,
     "Quantifies the benefit (31.4 m placebo-subtracted walk gain, p=0.03) against an active comparator and gives liver-enzyme and discontinuation rates by arm.",
     "HARD: a company's investor release ('Favorable Safety Profile' headline, advertising 1) with no independent voice, but benefits and harms are both given in numbers.",
     "q06", "company press release with topline trial numbers", False, "", False, False),
    ("r358-007", N, True, "11010012", True, "local newspaper story on a hospital's first coronary angioplasty", U,
     "A patient's first local angioplasty: a fair account of why the law changed and the fly-out backup, though led by one anecdote and one doctor, with no figures.",
     "HARD: 'studies have found the procedures have become safer' is unquantified and the only voice is the operator (sources 1); thin-but-fair, nothing exaggerated beyond the patient's words.",
     "q07", "local newspaper 'first at our hospital' procedure story", False, "", False, False),
    ("r358-008", N, False, "10001000", True, "hospital press release on a new robotic operating room", U,
     "Hospital release claims robotic hernia repair gives 'the highest quality repair' and 'superior outcomes' with fewer complications, with no evidence, numbers or risks.",
     "press release promoting the hospital's own service (advertising 0).",
     "q07", "hospital's own news release on a first robotic procedure", False, "", False, False),
    ("r358-009", N, True, "21010012", True, "business newspaper feature on ketamine therapy costs and insurance", U,
     "Explains off-label status, why ketamine will not get a psychiatric label, per-session prices and insurance barriers accurately.",
     "HARD: the voices are clinic owners with a business interest and no independent expert appears in the excerpt (sources 1), but the story does not hype the treatment and costs are concrete.",
     "q08", "trade/business angle on a new treatment's costs", False, "", False, False),
    ("r358-010", N, False, "10010002", True, "machine-reworded repost of a TV news story on ketamine clinic closures", U,
     "Garbled rewrite ('ABC Information', 'Fda-accredited') that calls ketamine a 'helpful cure' for serious depression on one patient's story, with no harms.",
     "HARD: the facts about Spravato and off-label ketamine survive the rewording, but 'cure' overstates and the text is barely readable (as r94-026).",
     "q08", "spun repost of a ketamine clinic news story", False, "", False, False),
]
