"""rel312 labels: Q (query key -> query) and ROWS (one tuple per page, reltools.build order:
id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources, authorship_review,
date, risks_uncertainty, advertising), partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

Q = {
    "qfda": "new drug approved FDA news patients hope breakthrough treatment",
    "qblood": "new blood test detects cancer early study news",
    "qrobot": "hospital first in region to offer new robotic surgery procedure",
    "qglp": "weight loss injection new study results patients lost pounds side effects cost",
    "qalz": "Alzheimer's drug slows decline trial results news brain swelling",
}

W, N = "web page", "news"
RL, UL = "reliable-leaning", "unreliable-leaning"

ROWS = [
    ("r312-001", N, True, "21010022", True, "charity research-news summary of an FDA approval", RL,
     "accurate plain-language summary of an accelerated approval: trial size, what accelerated approval means and the lung and pregnancy harms are given; the response rate is not quantified.",
     "HARD: 'tumor shrank in a significant number' leaves the benefit unquantified and 'big deal' / 'very promising' lean on hope (claims 1), but the limits of accelerated approval and the boxed harms are stated (risks 2). sources 1: FDA and a 184-patient study named, no link. No date in the excerpt.",
     "qfda", "a foundation's lay summary of an FDA approval news item", False, "", False, False),
    ("r312-002", N, True, "22010212", True, "health-news digest (HealthDay-style items) on a private news portal", UL,
     "short dated items on four FDA approvals, each attributed to the FDA or NCI; nothing exaggerated, but no effect sizes or harms.",
     "thin-but-fair digest: no benefit is claimed beyond the approval, so risks 1 (as r21-040). date 2: each item dated.",
     "qfda", "a news-agency style digest of approvals on a reposting portal", False, "", False, False),
    ("r312-003", N, False, "10000001", True, "local TV news story on a hospital's new surgical robot", UL,
     "relays hospital officials' unquantified claims of fewer infections, less blood loss and quicker recovery, with the CEO's competitive 'edge' pitch; no evidence, harms, costs or independent voice.",
     "HARD: accurate as a report of an event, but the only health content is the institution's benefit claims, which the evidence for robotic hernia and gallbladder surgery does not clearly support over laparoscopy (rests on the promoter's word, as r21-039). risks 0: no harms, costs or limits.",
     "qrobot", "a TV station's report of a hospital acquiring a robot", False, "", False, False),
    ("r312-004", N, False, "10000001", True, "newspaper story on a hospital's new surgical robot", UL,
     "'newest and most advanced' and 'latest innovation in precision robotic surgery' in the reporter's voice, with a da Vinci sales representative and a table maker's representative as sources; no evidence, harms or costs.",
     "vendor representatives quoted without the conflict being flagged; date only in the URL (date 0). advertising 1: reads as a showcase for the system.",
     "qrobot", "a newspaper story quoting the robot maker's sales rep", False, "", False, False),
    ("r312-005", N, False, "11000221", True, "regional news site repost of a health-authority announcement", UL,
     "a $9 million robotic programme announced with a director's claims of less pain, scarring and faster recovery; no evidence, no harms or limits, no independent source.",
     "HARD: cost and dates are given and the claims are attributed, so it is milder than r312-003/004, but the story is only the authority's benefit claims for a technology whose advantages over laparoscopy are modest (rests on the promoter's word). date 2: dated. risks 0.",
     "qrobot", "a community news site carrying a health authority's robot programme release", False, "", False, False),
    ("r312-006", N, True, "11010212", True, "newspaper story on a hospital's surgical robot", UL,
     "names the higher procedure cost alongside the claimed shorter stays, cites a JAMA Network Open study on rising use and quotes the hospital; no outcome evidence or harms.",
     "HARD: 'hospitalization and recovery times are shorter' is the hospital's claim without evidence (claims 1), but the cost bump is disclosed and nothing is superlative, so thin-but-fair. risks 1: cost named, no surgical harms. date 2: stored date.",
     "qrobot", "a local newspaper story that mentions the cost", False, "", False, False),
    ("r312-007", N, False, "10010112", True, "trade newsletter item on an Alzheimer's drug trial (via the New York Times)", UL,
     "'for the first time' success framing and '30% slower decline' at the top dose without saying the trial missed its main 12-month endpoint, and 'relatively safe' without brain swelling (ARIA).",
     "HARD: phase 2 status and need for phase 3 are stated (risks 1) and the NYT and conference are named (sources 1), but the benefit is overstated for a trial whose analysis was contested and the headline harm is omitted.",
     "qalz", "a home-health trade newsletter relaying NYT trial coverage", False, "", False, False),
    ("r312-008", W, True, "12011211", True, "university medical-school blog on next-generation obesity drugs", RL,
     "dated, expert-attributed overview of current GLP-1 injections and drugs in trials; the triple agonist is correctly said to be unapproved and in phase 2.",
     "HARD: 'bad hormones' and 'Federal Drug Administration' are slips (accuracy 1); no side effects in the excerpt (risks 1: trial status only). warning_signs_warranted false: a research-outlook explainer, not self-care or a medicine guide. advertising 1: a health system's SEO-titled blog.",
     "qglp", "a university health-system blog with a named physician", False, "", False, False),
    ("r312-009", W, True, "22000012", True, "generic content-site overview of weight-loss injections", UL,
     "accurate, neutral opening on GLP-1 injections and the need to combine them with diet and exercise; the promised risks section is not reached.",
     "thin-but-fair: citation markers are stripped (sources 0), no author or date. warning_signs_warranted true: a consumer guide to a medicine readers may take (serious side effects needing care are expected); none present in the excerpt. risks 1: risks promised, not shown.",
     "qglp", "a content-site explainer on weight-loss injections", False, "", True, False),
    ("r312-010", W, True, "21100012", True, "trend-site explainer on medical weight-loss injections", UL,
     "trial-level weight-loss figures for semaglutide and tirzepatide are about right and B12/lipotropic shots are correctly called weakly supported; no side effects in the excerpt.",
     "HARD: '15% or more' slightly overstates the semaglutide average (about 15%) and 'proven' / 'sustained' lean positive (claims 1); 'under medical supervision' is a general prompt (care 1). warning_signs_warranted true, none present. risks 1: evidence caveat for B12 shots only.",
     "qglp", "a general trend site summarising weight-loss injections", False, "", True, False),
]
