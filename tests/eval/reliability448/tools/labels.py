"""rel448 labels: exercise, yoga, stretching and physiotherapy self-help for named conditions (web pages only).
Row order (tests/eval/reltools.py build): id, genre, reliable, scores (accuracy_balance, claims,
care_prompt, sources, authorship_review, date, risks_uncertainty, advertising), partial, doc_type,
source_leaning, why, note, query key, picked_because, unsafe_advice, unsafe_quote,
warning_signs_warranted, warning_signs_present. No page text here beyond short quoted phrases."""

Q = {
    "qa": "exercises for lower back pain at home physiotherapist",
    "qb": "yoga poses for knee arthritis safe",
    "qc": "breathing exercises for COPD pursed lip",
    "qd": "exercise after heart attack cardiac rehab at home",
    "qe": "safe exercises during pregnancy back pain pelvic girdle",
    "qf": "exercises to avoid with osteoporosis spine fracture",
    "qg": "can yoga cure arthritis naturally without medication",
    "qh": "stretches for sciatica pain relief blog",
}

W = "web page"
U = "unreliable-leaning"
R = "reliable-leaning"

ROWS = [
    ("r448-001", W, False, "01000012", True, "yoga list for knee pain on a news portal's lifestyle section", U,
     "Recommends Lotus, Camel and a Hero pose 'leaning back as far as possible' to readers with knee pain - poses that load or twist painful knees - with no modification, pain limit or care prompt.",
     "HARD: the intro says to avoid dangerous positions, but the list itself contains the poses physiotherapy and yoga-therapy sources tell knee-pain readers to avoid; unsafe_advice false (harmful instruction, but no cure/safety guarantee and no discouragement of care).",
     "qb", "news-portal listicle of asanas for knee pain; contrast with the physiotherapist-led pages", False, "", True, False),
    ("r448-002", W, True, "12010012", True, "hospital 'web story' (short slide text) on yoga with knee pain", U,
     "Short slide text: gentle and prop-supported poses, seated and lying positions, and cautions against deep knee bends and kneeling on painful knees; nothing overstated.",
     "HARD: thin and garbled (unidentified 'Franco', 'Pose of Recumbency', typos), no care prompt or signs; true as thin-but-fair because its cautions point the right way.",
     "qb", "hospital-domain web story on knee-friendly yoga", False, "", True, False),
    ("r448-003", W, False, "10010011", True, "SEO fitness-blog guide to yoga for knee pain and arthritis", U,
     "Gentle poses and a sensible 'if a pose hurts, stop', but 'orthopedic-approved' and 'backed by Johns Hopkins' are unsupported, a '30% less knee pain' figure is credited vaguely to the Arthritis Foundation, and template leftovers ('Insert image') show unedited generated text.",
     "HARD: the advice itself is mostly gentle and names poses to avoid (risks 1); false for the invented authority and statistic and the PDF lure (advertising 1). unsafe_advice false: 'safe poses' in the title is a general framing, as r94-001's 'simple and safe tips'.",
     "qb", "fitness blog promising 'orthopedic-approved' safe poses", False, "", True, False),
    ("r448-004", W, False, "11000002", True, "yoga/ayurveda site page on poses for knee pain", U,
     "Tells readers with a recent knee injury or chronic knee pain that yoga is a great option and that these poses guard against further damage, with no advice to have an injury assessed, no pain limit and no modification.",
     "HARD: the one pose shown (chair pose) is reasonable; false because a recent injury is sent straight to daily poses without any caution or care prompt (unlike r448-002).",
     "qb", "yoga-site page on poses for knee pain", False, "", True, False),
    ("r448-005", W, False, "10011001", True, "online yoga-class company article on yoga for knee pain", U,
     "Dismisses physical therapy, medicines and injections as short-term relief that does not address the root cause, then presents yoga as a safe way to strengthen the knees 'without aggravating the joint'; an unnamed 2019 review is the only evidence.",
     "HARD: prevalence figures are plausible and a yoga coach is named (authorship 1), but the page sells classes by undercutting physiotherapy; unsafe_advice true for the own-voice unqualified safety claim, read with the dismissal of standard care in the same paragraph.",
     "qb", "yoga-class company article that contrasts yoga with conventional treatment", True,
     "yoga for knee pain offers a safe, low-impact way to stretch, strengthen, and stabilize the knees without aggravating the joint", True, False),
    ("r448-006", W, True, "22200012", True, "heart-health content site guide to cardiac rehabilitation", U,
     "Plain-language, accurate description of cardiac rehab as a team-run, individualised programme covering safe exercise, diet, stress, medicines and smoking; nothing overstated.",
     "No author, date or sources; no symptoms that should stop exercise in the excerpt (warning_signs_present false). risks 1: no harms discussed.",
     "qd", "content-site introduction to cardiac rehab after a heart event", False, "", True, False),
    ("r448-007", W, True, "22211012", True, "heart charity Q&A on its home cardiac-rehab exercise programme", R,
     "Says the home exercise videos are only for people who have had a cardiac rehab assessment, because the team needs to check it is safe, and sends readers back to their rehab team; benefits stated modestly.",
     "Promotes the charity's own free programme (advertising 2: no sale). No stop-exercising symptoms in the excerpt, so warning_signs_present false. sources 1: research mentioned, not cited.",
     "qd", "heart charity page on doing cardiac rehab at home", False, "", True, False),
    ("r448-008", W, True, "22202212", True, "licensed patient-education article (Healthwise) in a medical practice's health library", U,
     "Home cardiac rehab programme set by the rehab team, talk to the doctor before exercising, warm up and cool down, avoid extreme weather; reviewed content with a date.",
     "Never exercising at an intensity that causes breathlessness is a pacing rule, not a sign tied to getting help (warning_signs_present false). Same Healthwise text appears on other domains; this copy is on a colorectal practice site.",
     "qd", "syndicated reviewed patient-education page on a practice site", False, "", True, False),
    ("r448-009", W, True, "11100212", True, "heart-care company blog on home cardiac rehab exercises", U,
     "Accurate outline of cardiac rehab and its three phases and a consult-your-doctor prompt before starting; the excerpt stops at its risks section.",
     "HARD: sloppy wording ('chances of future heart attacks get multiplicative') and an 'admin' byline; true because nothing shown is unsafe and it frames home exercise as following supervised rehab. Consult prompt only (care 1, no signs).",
     "qd", "company blog on doing cardiac rehab exercises safely at home", False, "", True, False),
]
