"""rel505 labels: Q (query key -> query) and ROWS (see tests/eval/reltools.py build for the tuple order).
No page text here beyond short quoted phrases; the excerpts live in /work/restricted-eval/reliability505/docs/."""

Q = {
    "q01": "celebrity diet weight loss claims experts warn",
    "q02": "influencer detox tea warning health news",
    "q03": "intermittent fasting study news heart risk",
    "q04": "Ozempic celebrities weight loss trend doctors concerned",
    "q05": "juice cleanse detox does it work news",
}

W, N = "web page", "news"
UL, RL = "unreliable-leaning", "reliable-leaning"

ROWS = [
    ("r505-001", N, True, "22010012", True, "lifestyle-magazine news item on a dietitians' association's list of celebrity fad diets", UL,
     "Reports the British Dietetic Association's verdicts accurately: a raw vegan diet is no guarantee of weight loss and needs B12 and vitamin D; sources the claims to the association.",
     "News care_prompt 0. sources 1: the association is named, no link or document. No date of publication in the excerpt ('ahead of 2018' is not a date).",
     "q01", "men's-magazine report of a dietetic association's celebrity-diet warning", False, "", False, False),
    ("r505-002", N, True, "21011012", True, "news feature on a time-restricted-eating and cardiovascular-death study on a general content site", UL,
     "Names the journal and cohort size and reports the 135% figure as an association from a narrow eating window; earlier benefits are hedged ('may', 'short-term research').",
     "HARD: the excerpt stops at 'While the', before any limitations (self-reported diet, observational design); judged thin-but-fair on what is shown, since 'association' is used and the benefits are hedged. claims 1 for the 'striking' framing of a relative risk without absolute numbers.",
     "q03", "feature on the 2024-25 intermittent-fasting heart study; outside the first used domains", False, "", False, False),
    ("r505-003", N, False, "11010012", True, "celebrity-culture news piece on GLP-1 weight-loss drugs on a health-and-fitness content site", UL,
     "Lists 'tooth decay' and hair loss as established side effects from unnamed 'recent investigations', leaves out the common and serious harms (gastrointestinal effects, pancreatitis), and gives no figure for any benefit or harm.",
     "HARD: the cultural argument (body-image pressure, disordered eating) is fair and an academic is named, but as health news the harms are vague and partly unsupported and the evidence is unidentified; false on a reviewer's criteria.",
     "q04", "Ozempic celebrity trend article framed around side effects", False, "", False, False),
    ("r505-004", N, False, "11000002", True, "celebrity-news explainer on Ozempic for weight loss", UL,
     "Answers 'Is Ozempic safe for weight loss?' with an unsourced trial figure (13.5 vs 2.3 pounds) and no side effect at all in the excerpt; does not say that the same drug is approved for weight loss under another brand.",
     "HARD: what it says is mostly correct (not approved as Ozempic for weight loss; appetite mechanism), but the safety question gets benefit figures only and no source (sources 0, risks 0).",
     "q04", "celebrity-news explainer with a 'Is Ozempic safe' section", False, "", False, False),
    ("r505-005", N, True, "21010012", True, "celebrity-news repost of a TV doctor's comments on Ozempic", UL,
     "Reports a named physician's point that most celebrities using the drug do not need it and that it is meant for people with obesity, and the manufacturer's advert saying the drugs were tested and approved only for overweight/obese people or type 2 diabetes.",
     "HARD: a 'wonder drug' quote and 'remarkable' effect without figures (claims 1) and no side effects in the excerpt; the core message (not for people without obesity) is accurate, so thin-but-fair. Date only in the URL (date 0). risks 1: approval limits named, no harms.",
     "q04", "celebrity site reposting a doctor's criticism of celebrity Ozempic use", False, "", False, False),
    ("r505-006", N, False, "10000011", True, "celebrity slideshow page on Ozempic harms", UL,
     "Headline 'How Ozempic is destroying celebs' and 'severe side effects' framing built on one model's anecdote; adds seizures as a reported complication without a source and gives no figures.",
     "Common side effects are named (risks 1), but the alarm framing and unsupported seizure claim make it unreliable health news. advertising 1: paginated slideshow format ('/2').",
     "q04", "alarmist Ozempic celebrity page for contrast", False, "", False, False),
    ("r505-007", W, True, "11000011", True, "fitness-business blog post on celebrity weight-loss pitches", UL,
     "Tells readers not to trust diet patches, creams and 'secret' pills and gives ordinary eating-habit tips (water, fewer sweets, fruit and vegetables, protein, food diary).",
     "HARD: 'the eating approach that always works' overclaims (claims 1) and 'small meals every 3-4 hours' is a fitness-culture tip without evidence, but nothing is harmful; thin-but-fair. No consult prompt or sign for when weight change needs a doctor. advertising 1: trainer's business site.",
     "q01", "fitness coach's post debunking celebrity weight-loss pitches", False, "", True, False),
    ("r505-008", W, True, "21000111", True, "gym blog post debunking detox teas", UL,
     "Explains that detox-tea weight claims are unsupported, that the products are unregulated and some were found to contain undeclared drugs, and that weight loss needs an energy deficit.",
     "claims 1: 'everything on the above list is a lie' overstates (caffeine teas can blunt appetite briefly). Dated (date 1). No sign or consult prompt for laxative misuse or disordered eating. advertising 1: gym's own blog.",
     "q02", "gym blog post on the problem with influencer detox teas", False, "", True, False),
    ("r505-009", W, False, "10010011", True, "reworded copy of a weight-loss company's juice-cleanse article on a social-network blog", UL,
     "Opens by asserting that juice detox diets 'provide immediate and significant advantages' and then, in garbled rewording, quotes a dietitian that there is little to no clinical proof; the reader gets both messages.",
     "HARD: the body (quoted dietitian, a 20-person study) is sceptical, but the machine-reworded opening states the marketing claim as fact (as r94-026's inverted rewording). Not unsafe_advice: an efficacy claim, no cure or safety guarantee. advertising 1: user-blog platform.",
     "q05", "reworded juice-diet explainer on a user-blog platform", False, "", True, False),
    ("r505-010", W, True, "11000022", True, "supplement-testing company's magazine article on juice cleanses", UL,
     "Says the liver and kidneys do the detoxifying, that cleanse weight loss is mostly water and muscle and that such crash diets can be risky for people at risk of diabetes.",
     "HARD: 'decades of clinical studies' is vague and 'accelerated aging' is unsupported (accuracy 1, claims 1), but the overstatements lean to caution and the core message is right; no sources in the excerpt. risks 2: harms of the practice described.",
     "q05", "magazine article answering whether juice cleanses work", False, "", True, False),
]
