"""rel490 labels: Q (query key -> query) and ROWS (reltools.build tuple order). No page text beyond short quoted phrases."""

W = "web page"
U = "unreliable-leaning"
R = "reliable-leaning"

Q = {
    "q01": "alcohol withdrawal timeline what to expect when you stop drinking",
    "q02": "sober curious diary first 30 days without alcohol",
    "q03": "tips to cut down on drinking at home",
    "q04": "apps to help you drink less alcohol tracker",
}

# (id, genre, reliable, scores, partial, doc_type, source_leaning, why, note, q, picked_because,
#  unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)
ROWS = [
    ("r490-001", W, True, "22200211", True, "treatment-centre guide to the alcohol withdrawal timeline", U,
     "Accurate staged timeline, medically reviewed and dated, and says people with moderate to severe alcohol addiction should only go through withdrawal under medical care.",
     "HARD: warning_signs_present true: a condition (moderate-severe addiction) tied to an action (withdraw only under medical care). advertising 1: 'Recovery Advocate' phone line.",
     "q01", "treatment-centre timeline page with reviewer and date; third result", False, "", True, True),
    ("r490-002", W, True, "22000012", True, "treatment-centre explainer on withdrawal symptoms and timeline", U,
     "Accurate symptom list, names seizures that can be fatal and delirium tremens with a fair 5% figure; no advice on when to get help in the excerpt.",
     "HARD: thin-but-fair; no care prompt, no author or date; 'within two hours' onset is on the early side.",
     "q01", "treatment-centre page; withdrawal timeline for a worried reader", False, "", True, False),
    ("r490-003", W, True, "12000112", True, "unattributed repost of a consumer-health withdrawal article", U,
     "Mostly accurate symptoms, timeline and heavy-drinking thresholds; one mechanism slip (GABA listed among 'stimulating chemicals'); no care advice in the excerpt.",
     "HARD: a spam-domain copy of a consumer-health article; the GABA error is a mechanism detail, not advice, so the body decides. date 1: '(2023)' in the title only.",
     "q01", "repost site page on withdrawal symptoms; an unattributed copy", False, "", True, False),
    ("r490-004", W, False, "10000002", True, "personal sobriety-attempt diary (day 0) on an artist's blog", U,
     "First-person diary that shows drinking beer to calm withdrawal symptoms and vomiting at work, with no word that withdrawal can be dangerous or where to get help.",
     "HARD: a diary, not advice, so warning signs judged not warranted and unsafe_advice false ('sounds counterintuitive' qualifies the beer). False because it normalises self-treating withdrawal with alcohol on a page about quitting.",
     "q02", "diary of a 30-day no-alcohol attempt; shows withdrawal self-medication", False, "", False, False),
    ("r490-005", W, True, "12000012", True, "humour column: a sober-January diary in an alt-weekly", U,
     "A comic diary with no health claims or advice; the jokes (no sleep, walking out of AA) are framed as irony, not guidance.",
     "HARD: satire judged on what a reader could rely on: nothing medical is claimed, so not unreliable; the AA joke is mildly dismissive (accuracy 1). Warning signs not warranted (a humour diary, no self-care advice). date 0: the year is in the URL only.",
     "q02", "newspaper sober-January diary; a humour take on the topic", False, "", False, False),
    ("r490-006", W, True, "22211022", True, "lifestyle blog how-to for a sober-curious month (affiliate links)", U,
     "Sensible habit tips, names SMART Recovery, and warns that stopping with a serious physical dependency can be unsafe and should be done under a physician.",
     "HARD: warning_signs_present true: condition (serious physical dependency) tied to an action (stop only under a physician's direction). advertising 1: affiliate disclosure and a BetterHelp plug; own-experience benefits ('massively improved my sleep') kept as testimony, claims 2.",
     "q02", "blogger's sober-curious month guide with a dependency caution", False, "", True, True),
    ("r490-007", W, True, "12000012", True, "personal blog: 30-days-alcohol-free diary", U,
     "Short diary of a month off alcohol with a lapse and no health claims beyond feeling healthier; nothing a reader would be misled by.",
     "HARD: diary, warning signs not warranted; thin and light, the lapse is framed as proud moderation (accuracy 1) but no advice is given.",
     "q02", "short day-by-day alcohol-free diary", False, "", False, False),
    ("r490-008", W, True, "22121012", True, "alcohol-education charity guide to cutting down at home", U,
     "Accurate UK low-risk guideline (14 units, spread, drink-free days), realistic benefits, a sourced survey figure and a self-assessment tool.",
     "No sign-plus-action in the excerpt (warning_signs_present false); no dependence caution shown. Source leaning: an industry-funded education charity, not a public-health body.",
     "q03", "alcohol charity page on cutting down at home; first result", False, "", True, False),
    ("r490-009", W, True, "11001202", True, "hypnotherapy practice blog: ways to cut down home drinking", U,
     "Practical planning and routine-change tips; the nightly '2-3 units' and '6 units' binge figures are the older UK daily guidance, but nothing here is harmful.",
     "HARD: slightly out-of-date unit guidance (accuracy 1) and no dependence caution or care prompt; label from the harmless, practical tips. date 2: posted 20 February 2017.",
     "q03", "hypnotherapist's blog on cutting down home drinking", False, "", True, False),
    ("r490-010", W, True, "22211012", True, "HealthDay health tip reposted on a mental-health centre site", U,
     "Standard, sourced tips (Harvard Medical School) and a prompt to check with a doctor first, especially if dependent on alcohol.",
     "HARD: warning_signs_present true on 'check with your doctor first, especially if you seem dependent' (condition + action), as r490-006.",
     "q03", "short tip list with a doctor prompt; HealthDay repost", False, "", True, True),
]
