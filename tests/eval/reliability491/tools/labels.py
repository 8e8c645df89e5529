"""rel491 labels: Q (query key -> query) and ROWS (reltools.build tuple order:
id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources, authorship_review,
date, risks_uncertainty, advertising), partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

Q = {
    "qct": "how to quit smoking cold turkey tips first week",
    "qwd": "nicotine withdrawal symptoms how long do they last",
    "qnat": "natural remedies to stop smoking herbs",
    "qjuul": "how to quit vaping juul cravings",
}

W = "web page"
U = "unreliable-leaning"
R = "reliable-leaning"

ROWS = [
    ("r491-001", W, True, "11000012", True, "cold-turkey quit guide on a content site", U,
     "Practical, accurate steps for quitting at once (throw cigarettes away, tell others, think of yourself as a non-smoker); no false claim.",
     "HARD: one-sided on cold turkey (nothing on medicines or quitlines that raise success) and no care prompt; thin-but-fair. risks 1: no product or medicine discussed.",
     "qct", "content-site how-to on quitting cold turkey; third result", False, "", True, False),
    ("r491-002", W, True, "10000012", True, "forum reply: personal cold-turkey quitting tips", U,
     "A seven-years-quit poster's habit-change tips (change routines, oral substitutes, avoid holding a cigarette); harmless and plausible.",
     "HARD: anonymous anecdote with no mention of aids or help; nothing wrong or risky, so true on the stored text. risks 1: no intervention discussed beyond habits.",
     "qct", "webmaster-forum reply with a personal cold-turkey story; fifth result", False, "", True, False),
    ("r491-003", W, False, "10000001", True, "cold-turkey method page on a quit-smoking site", U,
     "Tells readers quitting cold turkey is 'not difficult' and that a huge percentage quit this way, and says to go ahead and smoke when the urge wins without resetting the count.",
     "HARD: the steps are ordinary, but the ease claim is contrary to the evidence (most unaided attempts fail) and withdrawal, aids and help are absent (risks 0). advertising 1: 'BOOKMARK IT', site videos. Not unsafe: no cure or safety word.",
     "qct", "single-topic quit-smoking site pushing cold turkey; seventh result", False, "", True, False),
    ("r491-004", W, True, "22000012", True, "short cold-turkey guide on a content site", U,
     "Sensible quit-date, clear-out and support advice; says cessation products help and are less addictive than cigarettes, with a plan to taper them.",
     "Thin but accurate. risks 1: NRT named without side effects. care 0: support from family only.",
     "qct", "content-site cold-turkey guide that also mentions NRT; eighth result", False, "", True, False),
    ("r491-005", W, True, "22100011", True, "telehealth quit-smoking service page (Amazon Clinic)", U,
     "Accurate withdrawal symptoms and time course (worst in the first 3 days, gone in 3-4 weeks) and notes heavier smokers need more support.",
     "Service page: warning signs not warranted (POLICY-46 section 1). care 1: the page is a route to a clinician. advertising 1: service listing. risks 1: no treatment described in the excerpt.",
     "qwd", "online-clinic service page answering the withdrawal question; first result", False, "", False, False),
    ("r491-006", W, False, "12000011", True, "spun forum post on nicotine withdrawal", U,
     "Machine-spun, partly unreadable text ('get rid of passion', 'With the NAP is a great way to take the rest of the cravings') on an ad forum.",
     "HARD: the underlying facts (physical symptoms ease after about 72 hours, cravings last minutes) are roughly right, but the garbling makes the advice unusable (as ext018's spun page). risks 1: no intervention discussed. advertising 1: ad-board host.",
     "qwd", "spun post on a free-ads forum; fourth result", False, "", True, False),
    ("r491-007", W, False, "00110011", True, "herbal quit-smoking remedies article with a product link", U,
     "Calls lobelia 'one of the most powerful herbs for quitting smoking' (trials of lobeline failed) and steers readers to a 'Smoker's Replacement extract', framing herbs as an alternative to prescription medicines.",
     "sources 1: numbered references. risks 1: lobelia overdose caution and 'consult with an expert' (care 1, a consult prompt, no sign). advertising 1: product link in the text. Not unsafe: hedged 'may help'.",
     "qnat", "herb list with an embedded remedy product; second result", False, "", True, False),
    ("r491-008", W, False, "00000002", True, "herbal remedies list for stopping smoking", U,
     "Claims herbal treatments can cure the hazards of smoking and that a herb removes carcinogens from the lungs, and recommends kava and black cohosh with no harms (both linked to liver injury).",
     "unsafe_advice: own-voice cure claim for herbs against smoking damage.",
     "qnat", "herbal-remedy site with sweeping claims; seventh result", True,
     "With the herbal treatments the hazards caused by smoking can be cured", True, False),
    ("r491-009", W, True, "12000012", True, "tips for students quitting JUUL on an education news site", U,
     "Says vaping is not safe, only 'less harmful', and not for never-smokers; suggests stepping down pod strength without vaping more often.",
     "HARD: the '95 percent less harmful' estimate is unattributed (sources 0) and 'it's too late' is hyperbole (accuracy 1), but the framing is cautious. risks 1: costs and addiction, no side effects of tapering.",
     "qjuul", "college-audience JUUL quitting tips; fourth result", False, "", True, False),
    ("r491-010", W, True, "22000012", True, "quit-vaping app company blog: how-to tips", U,
     "Standard quit-date, trigger and withdrawal planning advice, with NRT gum, patches or lozenges named as help for cravings.",
     "Company blog with no product pitch in the excerpt (advertising 2). risks 1: NRT without side effects.",
     "qjuul", "quit-vaping app blog how-to; fifth result", False, "", True, False),
]
