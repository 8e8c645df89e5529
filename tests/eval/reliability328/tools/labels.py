"""rel328 labels: Q (query key -> query) and ROWS (reltools.build tuple order:
id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources, authorship_review,
date, risks_uncertainty, advertising), partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

Q = {
    "q1": "university press release new vaccine trial results announced",
    "q2": "hospital announces new treatment first patient device implanted press release",
    "q3": "company announces FDA clearance diagnostic test press release",
    "q4": "supplement company press release clinical study shows improves",
    "q5": "journal press release diet study reduces risk researchers say embargoed",
}

N, W = "news", "web page"
U, R = "unreliable-leaning", "reliable-leaning"

ROWS = [
    ("r328-001", N, True, "11011211", True, "hospital/university news release on a device company's project site", U,
     "Reports one patient's status two weeks after the first AbioCor artificial heart implant in cautious terms ('doing well considering his illnesses'), names the surgeons and notes additional procedures were expected; makes no general efficacy claim.",
     "HARD: a single-patient 'world's first' release hosted by the device maker (advertising 1) with no word that the device is experimental or what the trial measures; judged not misleading because it claims only one patient's short-term course. risks 1: 'additional procedures' acknowledged, no harms named.",
     "q2", "device-maker-hosted hospital news release on a first implant; press-release genre of the focus", False, "", False, False),
    ("r328-002", N, True, "11010001", True, "diagnostics trade-news item on a company's FDA clearance", U,
     "Accurately reports a 510(k) clearance of an over-the-counter faecal occult blood test, attributing the product claims to the company's statement.",
     "HARD: rests on the company's statement with no accuracy figures and no word that a home stool test is not a colonoscopy substitute (risks 0); the companion blood test's 'high risk' claim is the firm's. Judged thin-but-fair because the news (a regulatory clearance) is factual and attributed. date 0: 'on Tuesday' only.",
     "q3", "trade-news write-up of a company announcement of an FDA clearance", False, "", False, False),
    ("r328-003", N, False, "11010010", True, "investor-news blog repost of a company announcement", U,
     "Stock-promotion repost of a company announcement: frames an HIV rapid-test label extension around a '$5 billion point-of-care testing market' and cuts off before any study result.",
     "HARD: the regulatory fact (age range extended to 13+) is plausible and attributed; label false because the item rests wholly on the company's word in an investor pitch (advertising 0) and reports none of the study's performance data. risks 0.",
     "q3", "investor blog post of a diagnostics company announcement; company-release source kind", False, "", False, False),
    ("r328-004", N, True, "22010012", True, "community news site repost of a national news story", U,
     "Reports the Oxford vaccine's early immune-response results with the researchers' own caution and says plainly that a Phase III trial is needed to show effectiveness.",
     "risks 1: limits stated, no side effects mentioned. Mojibake 'today\u201a\u00c4\u00f4s' kept. The maker's quote is labelled as such.",
     "q1", "repost of a research-news story on early vaccine results", False, "", False, False),
    ("r328-005", N, True, "22021012", True, "newspaper site, wire-service copy", U,
     "Wire story explains that early trials test safety and immune response but 'can't tell if the vaccine truly protects', and quotes an independent WHO official warning there is a long way to go.",
     "",
     "q1", "wire-service report of the same vaccine results with an independent voice", False, "", False, False),
    ("r328-006", N, True, "21011212", True, "news-site brief from a news agency", U,
     "Short brief on the Oxford Phase 1/2 results that states only the Phase 3 study will show whether the vaccine protects.",
     "claims 1: 'appears safe' from a 1,000-person early study is stated without size limits. date 2: July 20, 2020.",
     "q1", "brief from a regional news service on early vaccine results", False, "", False, False),
    ("r328-007", N, True, "22010012", True, "immunisation news site brief", U,
     "Brief, accurate notice that a universal flu vaccine trial is planned alongside the seasonal vaccine, attributed to the BBC and the named trial lead.",
     "HARD: a two-sentence brief with no results, date or evidence; thin-but-fair because nothing is promised.",
     "q1", "immunisation news site brief on a vaccine trial announcement", False, "", False, False),
    ("r328-008", N, True, "11010011", True, "lab-equipment dealer's blog roundup of FDA test clearances", U,
     "Factual roundup of a month's FDA test clearances (tumour marker, Lyme, flu, HPV, concussion blood test) with their intended uses.",
     "HARD: uses 'approves' for 510(k) clearances (accuracy 1) and repeats a maker's 'rapid, accurate and reliable' unattributed (claims 1); on a dealer's blog (advertising 1). Judged thin-but-fair: regulatory facts, no patient promises. date 0: month only.",
     "q3", "dealer-blog roundup of diagnostic clearances; different source kind", False, "", False, False),
    ("r328-009", W, True, "11020112", True, "food-and-nutrition nonprofit's digest of study summaries", U,
     "Plain summaries of a BMJ alcohol cohort and a gluten-challenge meta-analysis with citations, including the authors' caution that taking up drinking is not a way to reduce heart risk.",
     "HARD: 'Moderate Alcohol Intake Linked with Lower Risk' is an observational association now contested (former-drinker bias) and 'up to 3 drinks per day for men' misstates UK guidance in units (accuracy 1, claims 1); kept true because the caution against starting to drink is reported. warning_signs not warranted: a research digest, no self-care advice (as r21-007). date 1: citation years only.",
     "q5", "nonprofit page summarising diet studies (web page slot)", False, "", False, False),
    ("r328-010", N, False, "00010001", True, "natural-health newsletter article on a diet trial", U,
     "Turns a 140-person carotid-imaging diet trial into claims that one diet is 'safer' and 'more effective than surgery or drugs', 'the best way to combat strokes and heart attack' and 'reverses clogging of the arteries'.",
     "HARD: unsafe_advice false: the comparison with drugs and surgery is presented as the study's finding, with no instruction to stop treatment; the study compared diets only, not drugs or surgery. sources 1: journal and researchers named. date 0: date only in the URL.",
     "q5", "newsletter item spinning a published diet trial; hype contrast to the release genre", False, "", False, False),
]
