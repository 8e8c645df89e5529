"""rel461 labels: Q (query key -> query) and ROWS (see reltools.build for the tuple order).

Row: id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources,
authorship_review, date, risks_uncertainty, advertising), partial, doc_type, source_leaning,
why, note, query key, picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted,
warning_signs_present.
"""

Q = {
    "qa": "my weight loss journey how I lost 50 pounds before and after",
    "qb": "client transformation story coach lost weight programme testimonial",
    "qc": "keto diet success story lost 100 lbs",
    "qd": "intermittent fasting results my story one year later",
}

W = "web page"
U = "unreliable-leaning"
R = "reliable-leaning"

ROWS = [
    ("r461-001", W, True, "12000012", True, "personal blog (before-and-after post)", U,
     "first-person before-and-after post about how a 50 lb loss changed looks and clothes fit; no method, claim or advice in the excerpt, nothing misleading.",
     "HARD thin-but-harmless: appearance-only narrative; warning signs judged not warranted (no method or self-treatment advice in the excerpt).",
     "qa", "top result: first-person before-and-after weight-loss post", False, "", False, False),
    ("r461-002", W, True, "22000012", True, "content-site transformation story", U,
     "generic but sound steps (realistic goals, whole foods, portion control, walking 30 minutes, strength training); nothing unsafe; no care prompt.",
     "thin-but-fair how-to framed as a personal story; 'boost my metabolism' is loose but common.",
     "qa", "transformation story that lists the steps taken", False, "", True, False),
    ("r461-003", W, True, "12000012", True, "personal blog (progress milestone post)", U,
     "personal 50 lb milestone list (food tracking, cooking, grain free); no advice to readers and no claim beyond the writer's experience.",
     "date only in the URL (not counted); narrative with no method offered, warning signs not warranted.",
     "qa", "first-person milestone post from a personal blog", False, "", False, False),
    ("r461-004", W, True, "22000012", True, "content-site transformation story (template-like)", U,
     "generic balanced steps (small milestones of about 5 lb a month, whole foods, portion control, meal planning); nothing unsafe.",
     "template-like text ('Title:' prefix) on an unrelated host; judged on the text.",
     "qa", "first-person 'how I lost 50 pounds' post with method", False, "", True, False),
    ("r461-005", W, True, "22000122", True, "personal essay (body image and weight loss)", U,
     "dated memoir about body image and a 50-by-50 goal; critical of the 'heroin chic' culture; no diet advice in the excerpt.",
     "narrative essay, no intervention in the excerpt (risks 1); warning signs not warranted.",
     "qa", "reflective personal weight-loss essay, different angle from the list posts", False, "", False, False),
    ("r461-006", W, False, "11000010", True, "trainer's client testimonial page", U,
     "a trainer's own testimonial page ('jeeze, it works!') selling his programme; numb feet and antidepressant fatigue are mentioned with no word about medical review.",
     "HARD harmless content but a testimonial for the seller's own service (advertising 0); product/service page, so warning signs not warranted (POLICY-46 1).",
     "qb", "coach's client testimonial (programme testimonial kind)", False, "", False, False),
    ("r461-007", W, True, "22000111", True, "coach's client spotlight blog post", U,
     "realistic case study (no magic pill, time and consistency, four workouts a week, fewer calories, better take-out choices); promotes the coach but makes no exaggerated claim.",
     "HARD 'maximum two meals per day' is a coach's prescription with no dietitian or doctor mentioned for a 120 lb loss; promotional (advertising 1) but measured; treated as a service story, warning signs not warranted.",
     "qb", "coach's client spotlight with the plan described", False, "", False, False),
    ("r461-008", W, True, "21000111", True, "personal trainer's client success story", U,
     "client story with a physician's diabetes warning, gradual start (2 gym days, brisk walks) and a 100 lb-in-a-year goal that is about 2 lb a week; promotional but measured.",
     "HARD promotional success story; the doctor's role is part of the story, not a prompt to readers (care 0); 'astonishing results' wording (claims 1).",
     "qb", "trainer's client success story with health conditions named", False, "", False, False),
    ("r461-009", W, True, "21000012", True, "article-directory weight-loss story", U,
     "first-person story of gradual changes (walking, smoothie breakfast, salads, lean meat); advice is moderate; 'so easy' and 'way better results' overstate.",
     "HARD article-directory host; harmless gradual-change advice, judged reliable despite the breezy claims.",
     "qb", "contrarian first-person story about dropping a coach", False, "", True, False),
    ("r461-010", W, False, "11000002", True, "personal blog (keto milestone post)", U,
     "one-sided keto advocacy ('don't knock it before you try it', 'this is the way people used to eat') with no caution about who should not follow it or medical check-ups.",
     "HARD personal success and a fair point about past starving; false for urging readers onto a restrictive diet with an unsupported sustainability/history claim and no caution (not unsafe: no cure or safety word).",
     "qc", "keto 100 lb personal milestone post", False, "", True, False),
]
