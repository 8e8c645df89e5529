"""rel287 labels: Q (query key -> query as sent to the `pages` search) and ROWS (reltools.build order:
id, genre, reliable, scores, partial, doc_type, source_leaning, why, note, query key, picked_because,
unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present). Scores in criteria order:
accuracy_balance, claims, care_prompt, sources, authorship_review, date, risks_uncertainty, advertising."""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "q01": "how to stop a panic attack self-help techniques",
    "q02": "coping with grief after losing a loved one tips",
    "q03": "signs of burnout and how to recover",
    "q04": "feeling lonely how to cope with loneliness",
}

ROWS = [
    ("r287-001", W, True, "21000012", True, "panic-attack technique guide on a mental-wellness app's content site", U,
     "Standard, accurate first-aid techniques for panic (4-7-8 breathing, 5-4-3-2-1 grounding) with a correct description of symptoms and course.",
     "HARD: 'not dangerous - you cannot die from a panic attack' is said while chest pain is listed as a panic symptom, with no advice to rule out a heart problem or when to seek care (care 0, warning_signs_present false); not unsafe_advice (a factual reassurance about panic, not a remedy's safety guarantee). Label true as accurate on the techniques shown. risks 1: breathing techniques carry no real risk.",
     "q01", "app/coaching content site's panic guide; rank 6", False, "", True, False),
    ("r287-002", W, True, "21220012", True, "Wikipedia-derived list of panic-attack coping methods on a Russian blog-platform comment page", U,
     "Opens with 'persistent and frequent panic attacks should consult their physicians', puts medication under a physician, and lists recognised coping methods with a named source (Carbonell 2004).",
     "HARD: the oxygen/carbon-dioxide 'imbalance' explanation is simplified but not harmful. warning_signs_present true on the letter of POLICY-46: a condition (persistent, frequent attacks) tied to an action (consult a physician). advertising 1: copied text on an unrelated blog host.",
     "q01", "copied panic self-help list on a blog platform; rank 7", False, "", True, True),
    ("r287-003", W, True, "11000011", True, "Q&A-site answer reposting a self-help coach's panic tips", U,
     "The exposure advice (stay in the situation until the panic subsides, stop avoiding) is consistent with CBT for panic; 'panic is powerful but stupid' is folksy but not wrong.",
     "HARD: copied coaching text that pushes 'the free audio that comes with this article' (advertising 1) with no care prompt or sign for seeking help (care 0); 'taking a cold drink can help' is unsupported but harmless (claims 1). Judged thin-but-fair.",
     "q01", "Q&A-site answer on stopping panic; rank 2", False, "", True, False),
    ("r287-004", W, True, "22011012", True, "grief-coping column in a magazine for addiction counsellors", U,
     "Balanced, evidence-informed list of grief strategies (talk about the loss, accept the full range of emotions) that normalises grief without promising a fix.",
     "authorship 1: a columnist's own voice ('In my column last month') with no name in the excerpt. sources 1: 'strategies recommended by researchers, authors' without citation. No sign of complicated grief or suicidal thoughts tied to help in the excerpt.",
     "q02", "professional magazine's grief column; rank 1", False, "", True, False),
    ("r287-005", W, True, "22000011", True, "grief-coping tips on a funeral-home directory site", U,
     "Gentle, accurate advice (no right way or timetable to grieve, talk to family and friends, accept the emotions) with no overstatement.",
     "advertising 1: a funeral directory's content page. No professional-help prompt or sign in the excerpt (care 0).",
     "q02", "funeral-directory grief guide; rank 3", False, "", True, False),
    ("r287-006", W, True, "21100012", True, "grief-and-loss coping article on a wellness blog", U,
     "Sound general grief advice naming therapy and support groups as resources and that grief can last months or years.",
     "care 1: therapy and support groups mentioned, no sign (prolonged inability to function, suicidal thoughts) tied to action. claims 1: 'Remembering their positive qualities will help ease some of the pain' stated as certain. Thin-but-fair.",
     "q02", "wellness blog on coping with death of a loved one; rank 4", False, "", True, False),
    ("r287-007", W, True, "22100011", True, "grief-coping blog post of a UK direct-cremation company", U,
     "Accurate, balanced account of grief (individual, no set time, can lead to depression) with basic self-care steps.",
     "care 1: names the risk of depression but ties no sign to seeing a GP. advertising 1: funeral provider's blog.",
     "q02", "UK cremation company's grief blog; rank 7", False, "", True, False),
    ("r287-008", W, True, "21011212", True, "burnout signs and recovery post on a personal coach's blog", U,
     "Describes burnout in line with the WHO definition and separates it from stress and depression; advice (boundaries, rest) is reasonable.",
     "claims 1: 'growing epidemic' framing. authorship 1 (named author, no credentials); date 2 (March 12, 2025). sources 1: WHO named, no link. Excerpt stops before any help prompt.",
     "q03", "coach's blog on burnout signs; rank 1", False, "", True, False),
    ("r287-009", W, True, "22100012", True, "forum post listing burnout signs and recovery tips", U,
     "Four common signs of burnout and ordinary recovery steps, ending with therapy 'if needed'; nothing wrong or overstated.",
     "care 1: 'Seek professional help if needed' is a consult prompt without a sign (POLICY-46 s2), so warning_signs_present false. Short post, no author or sources.",
     "q03", "community-forum burnout list; rank 2", False, "", True, False),
    ("r287-010", W, True, "22000011", True, "loneliness-coping article on an online-therapy platform's blog", U,
     "Accurate description of loneliness, its types and triggers; no overstated claims in the excerpt.",
     "HARD: 'when it becomes chronic and interferes with your ability to go about your daily life, you should do something about it' ties a condition to no care action (not warning signs; care 0). advertising 1: blog of a paid therapy service.",
     "q04", "online-therapy app blog on loneliness; rank 3", False, "", True, False),
]
