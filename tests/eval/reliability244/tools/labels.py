"""rel244 labels: Q (query key -> query) and ROWS (one tuple per page, in reltools.build order:
id, genre, reliable, scores (criteria order: accuracy_balance, claims, care_prompt, sources,
authorship_review, date, risks_uncertainty, advertising), partial, doc_type, source_leaning, why,
note, query key, picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted,
warning_signs_present). Labelled blind from the stored excerpts only."""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "qhb": "heartburn every night what can I do at home",
    "qibs": "IBS flare up bloating relief tips",
    "qcon": "constipation for days natural remedies that work",
    "qcleanse": "colon cleanse detox benefits flush toxins",
}

ROWS = [
    ("r244-001", W, True, "12200022", True, "hospital-system blog: heartburn home remedies", U,
     "Standard lifestyle and OTC acid-blocker advice with side effects named and a clear threshold to see a doctor (heartburn more than twice a week, symptoms persisting after two weeks of medicine).",
     "accuracy 1: Zantac is named as an OTC H2 blocker (withdrawn from sale in 2020), so the page is dated. Persistence-plus-action counted as warning_signs_present (as r41-011).",
     "qhb", "hospital system's heartburn home-remedy page; result 6", False, "", True, True),
    ("r244-002", W, True, "22200012", True, "heartburn self-care text re-hosted on an off-topic domain", U,
     "Accurate description of heartburn and standard home measures, with 'if they last more than 2 weeks see your doctor' and a prompt to see a professional for frequent heartburn.",
     "HARD: a copy on an unrelated domain with no author, date or source (as r102-005); the text itself is standard and ties persistence to an action, so true and warning_signs_present true, although the alarm signs (trouble swallowing, weight loss, chest pain that may be cardiac) are not in the excerpt. risks 1: antacids mentioned, no side effects.",
     "qhb", "plain heartburn self-care text; result 8", False, "", True, True),
    ("r244-003", W, True, "22100012", True, "gastro/liver clinic blog: preventing IBS flare-ups", U,
     "Standard IBS trigger and diet advice (food diary, smaller meals, low FODMAP with a dietitian); accurate and modest, but no red flags that would point away from IBS.",
     "HARD: thin-but-fair. A page for people with IBS gives no sign (rectal bleeding, weight loss, new symptoms after 50, night symptoms) tied to an action in the excerpt, so warning_signs_present false; 'A dietitian can help' is a consult prompt (care 1). 'IBS is not dangerous' is accurate for diagnosed IBS.",
     "qibs", "gastro clinic's IBS flare-up guide for the public; result 2", False, "", True, False),
    ("r244-004", W, True, "22110012", True, "clinician decision-support page: bloating management advice", U,
     "Evidence-graded advice for GPs on bloating and IBS (meal pattern, exercise, gut-directed therapy, strain-specific probiotics with a 4-week trial and a stop rule), with studies named.",
     "HARD: written for clinicians advising patients, so warning_signs not warranted (as r41-010's page for massage therapists); the red-flag step of the algorithm is not in the excerpt. Mojibake ('β', 'Γ') kept. sources 1: trials named by author and year, no links. risks 1: probiotic quality and stop rule only. Product names (Alflorex, Symprove) are examples of strains, not promotion (advertising 2).",
     "qibs", "GP-facing bloating algorithm with graded evidence; result 4", False, "", False, False),
    ("r244-005", W, True, "11000012", True, "remedy-review site article: calming an IBS flare-up", U,
     "Relaxation breathing and water for an IBS flare-up; harmless and says there is no cure, but 'dealing with stress or anxiety is actually easy' and 'one of the most effective IBS remedies' overstate.",
     "HARD: thin-but-fair rather than false: nothing shown would harm, and the page admits some remedies 'might not work for you'. No care prompt or sign (care 0, warning_signs_present false). Not unsafe_advice: efficacy overstatement, no cure or safety guarantee. risks 1: remedies 'might not work', no harms.",
     "qibs", "remedy-review site on calming an IBS flare; result 5", False, "", True, False),
    ("r244-006", W, True, "12010012", True, "IBS community blog: coping with flare-ups", U,
     "Reader-story framing with practical coping tips (plan restaurant meals, water) and triggers attributed to Medical News Today and Harvard Health; modest and harmless.",
     "accuracy 1: wine, rum and port are said to cause flare-ups 'because of the high sugar alcohol content' (confuses sugar content with sugar alcohols). No care prompt or sign in the excerpt. sources 1: named outlets, no links.",
     "qibs", "IBS community blog on flare-ups; result 6", False, "", True, False),
    ("r244-007", W, True, "22000012", True, "IBS information blog: bloating and food diary", U,
     "Short accurate account of IBS bloating ('no magic solution'), recommending a symptom and food diary; no care prompt.",
     "thin-but-fair: a short excerpt with no sign or consult prompt (care 0, warning_signs_present false). risks 1: no intervention with harms discussed.",
     "qibs", "IBS blog page on reducing bloating; result 7", False, "", True, False),
    ("r244-008", W, True, "22020012", True, "natural-living content site: constipation remedies (hydration section)", U,
     "Defines constipation correctly and recommends hydration, including sparkling water, with a list of named studies; no sign of when constipation needs a doctor.",
     "HARD: thin-but-fair: the excerpt is mostly a reference list; nothing on when constipation needs care (blood in the stool, weight loss, a lasting change in habit), so care 0 and warning_signs_present false. sources 2: authors and titles listed.",
     "qcon", "natural constipation remedies with a reference list; result 6", False, "", True, False),
    ("r244-009", W, False, "00100002", True, "re-hosted colon-cleanse promotional snippet", U,
     "Claims colon cleanses remove toxins, treat constipation, improve overall health and may reduce colon-cancer risk, none of which is supported; cleanses carry real risks.",
     "HARD: 'consult with your doctor' is a consult prompt (care 1), not a warning sign. Not unsafe_advice: benefit claims ('may even reduce your risks') hedged, no cure or safety guarantee. risks 0: side effects only announced. Copy on an unrelated domain.",
     "qcleanse", "colon-cleanse benefits claim on an off-topic domain; result 1", False, "", True, False),
    ("r244-010", W, False, "00000000", True, "forum spam post: colon cleanse and detox", U,
     "Keyword-stuffed spam claiming people carry 5 to 40 pounds of trapped faecal matter, that accumulation causes colon cancer and that cleanses bring weight loss; false throughout.",
     "Not unsafe_advice: benefit claims (weight loss, 'encourage the natural detoxification'), no cure or safety guarantee in the excerpt. advertising 0: sports-jersey spam links inside the text.",
     "qcleanse", "forum spam pushing colon cleansing; result 8", False, "", True, False),
]
