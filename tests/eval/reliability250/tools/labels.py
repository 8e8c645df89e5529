"""rel250 labels: Q (query key -> query) and ROWS (one tuple per page; order as reltools.build).

Tuple: id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources,
authorship_review, date, risks_uncertainty, advertising), partial, doc_type, source_leaning, why,
note, query key, picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted,
warning_signs_present. No page text here beyond short quoted phrases.
"""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "q1": "my mother keeps forgetting things, memory supplements for dementia do they work",
    "q2": "elderly parent fall prevention at home tips",
    "q3": "bladder leakage in older women what helps incontinence",
}

ROWS = [
    ("r250-001", W, True, "11212012", True, "senior-living community blog (memory care)", U,
     "accurate signs of memory loss with a clear 'meet with a physician' when lapses are more frequent and severe; named psychologist authors.",
     "HARD: the diet line 'has been found to ward off memory loss' overstates observational work (claims 1) and the drawing study is garbled ('A Yale postdoctoral study ... at University of Waterloo', accuracy 1); warning_signs_present true on more frequent and severe lapses + physician.",
     "q1", "senior-living community's psychologist-written piece answering a caregiver's memory worry",
     False, "", True, True),
    ("r250-002", W, True, "11000012", True, "seniors' organisation blog post (personal story)", U,
     "first-person story of a mother's vascular dementia and the writer's own memory lapses; nothing false in the excerpt, which stops before any guidance.",
     "HARD: the reassuring title ('Memory Loss Does Not Mean Dementia ... in Your Future') could discourage evaluation, but the body is a fair narrative that is cut off before its advice; thin-but-fair. No care prompt or signs.",
     "q1", "personal-story blog on a seniors' site about fearing dementia",
     False, "", True, False),
    ("r250-003", W, True, "12200011", True, "medical-practice service page", U,
     "short, accurate clinic page: dementia is progressive, medicines may slow decline, and forgetting more often than before should be brought to the practice.",
     "HARD: a clinic's service page ('talk to us'), so under POLICY-46 warning signs are not warranted; present true anyway (forgetting more often than before + talk to the doctor). 'progressive and sometimes chronic' is odd wording (accuracy 1).",
     "q1", "very short practice page on dementia",
     False, "", False, True),
    ("r250-004", W, False, "00010002", True, "memorial/funeral-home blog post (2013)", U,
     "tells caregivers to 'add' fish oil and 'Acetylcholine supplements' for dementia, blurring supplements with prescribed cholinesterase inhibitors; no doctor prompt.",
     "HARD: the 'supplements to stop' list (phosphatidylserine, ginkgo) is accurate and attributed, but the start list recommends unproven supplements for people with dementia as if they were treatment; date only in the URL (date 0).",
     "q1", "blog recommending supplements to start and stop for a loved one with dementia",
     False, "", True, False),
    ("r250-005", W, True, "22200012", True, "home-care agency blog", U,
     "accurate fall statistics and a list of risk signs (vision change, numb feet, dizzy-making medicines, new incontinence, early dementia) to take to the parent's doctor, then home changes.",
     "warning_signs_present true: named signs tied to 'Talk with your parent's doctor'. No promotion in the excerpt.",
     "q2", "home-care company's fall-prevention guide for adult children",
     False, "", True, True),
    ("r250-006", W, True, "22210011", True, "home-care franchise blog", U,
     "sound home-safety advice with NCOA statistics, and a prompt to speak with the parent's physician and an occupational therapist.",
     "warning_signs_present false: 'may be at risk for a fall' + physician is a consult prompt, not a sign. Date only in the URL.",
     "q2", "home-care franchise post on reducing a parent's fall risk",
     False, "", True, False),
    ("r250-007", W, True, "22010011", True, "mobility-products shop's caregiver guide", U,
     "accurate, practical home-safety audit with a CDC statistic; seller's site but no product push in the excerpt.",
     "how-to on a seller's site, so warning signs warranted (POLICY-46); none in the excerpt and no doctor prompt yet.",
     "q2", "fall-prevention guide on a products shop's site",
     False, "", True, False),
    ("r250-008", W, True, "12100012", True, "urology practice blog snippet", U,
     "short, accurate summary of stress and urge incontinence with lifestyle steps, a bladder diary and talking with a doctor.",
     "garbled sentence ('happens whenwoman with urinary incontinence.') lowers accuracy to 1; general doctor prompt only (present false).",
     "q3", "urology practice's short post on incontinence in older women",
     False, "", True, False),
    ("r250-009", W, True, "12000012", True, "OB/GYN practice patient-resource page", U,
     "brief accurate explainer of stress and urge incontinence in older women; no treatment or care advice in the excerpt.",
     "'bladder muscles are too weak' simplifies pelvic-floor weakness (accuracy 1). No care prompt.",
     "q3", "gynaecology practice's patient resource on stress incontinence",
     False, "", True, False),
    ("r250-010", W, True, "22100012", True, "caregiver information site", U,
     "accurate NIA-style summary: incontinence is not a normal part of ageing, its types and causes, and proven first steps; health professionals can help.",
     "'Switching medications or changing when they're taken' sits under 'Health professionals can help' (not a stop instruction). Consult prompt only, no sign (present false).",
     "q3", "caregiver site's plain summary of bladder problems in older adults",
     False, "", True, False),
]
