"""rel507 labels: one blind labeller, from the stored excerpts only (no page text here beyond short
phrases). Row order: id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources,
authorship_review, date, risks_uncertainty, advertising), partial, doc_type, source_leaning, why,
note, query key, picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted,
warning_signs_present."""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "qbc": "woman beat breast cancer shares her story",
    "qdiab": "man says he cured his diabetes with diet, doctors stunned",
    "qcos": "patient harmed by cosmetic surgery abroad tells her story",
    "qvax": "mother says vaccine injured her child news",
}

ROWS = [
    ("r507-001", N, True, "22000012", True, "personal essay (magazine)", U,
     "A first-person survivor essay: a lump found at 28, a doctor who thought it 'probably nothing', a sonogram and biopsy she nearly skipped; accurate and a fair lesson to get a lump checked.",
     "", "qbc", "a young survivor's essay in a general magazine", False, "", False, False),
    ("r507-002", W, False, "11000000", True, "clinic testimonial", U,
     "A breast-reconstruction practice's patient story: accurate on family history and screening, but it is marketing - the closing line promises patients 'a long, healthy, and vital life' and no risk of reconstruction is named.",
     "HARD: the story itself is accurate and harmless; false for the promotional promise on a surgeon's site with no risks (as r94-017's sales post). Product/clinic page, so warning signs not warranted (POLICY-46 s.1).",
     "qbc", "a surgeon's patient-story page", False, "", False, False),
    ("r507-003", W, True, "21100012", True, "personal story (blog)", U,
     "A survivor's story: a lump taken for a milk duct turns out to be stage 3 cancer; chemotherapy through a port, support groups and prayer alongside treatment. Accurate; 'victory' framing.",
     "", "qbc", "a survivor story on a wellness media site", False, "", True, False),
    ("r507-004", W, True, "22000012", True, "charity testimonials", U,
     "A breast-cancer charity's survivor quotes (metastatic disease, chemotherapy, mastectomy); accurate, hopeful and makes no claims beyond the women's own experience.",
     "", "qbc", "a small charity's 'thrivers' page", False, "", True, False),
    ("r507-005", N, True, "22000011", True, "personal essay (magazine)", U,
     "A first-person survivor story in a women's magazine: an overdue mammogram, biopsy, BRCA, HER2 and hormone-receptor tests explained correctly; the writer's estate agency is named.",
     "", "qbc", "a survivor's magazine story with test results", False, "", False, False),
    ("r507-006", W, False, "00000001", True, "content-site story", U,
     "'Defeats diabetes' with raw food and juicing: a man told he needed insulin no longer takes 'a pill'; tells diabetic readers to drink the juice and eat fruit when hungry, calls B12 'necessary for fighting off diabetes'; no doctor, no glucose monitoring.",
     "HARD: unsafe_advice for the own-voice instruction to people with diabetes to start the juice regime (half a litre in the morning, the rest through the day) on a page framing it as replacing insulin and pills; fruit juice raises blood sugar.",
     "qdiab", "a 'diet hack' cure story", True, "If you have diabetes, you can start consuming this juice as well.", True, False),
    ("r507-007", N, True, "22010011", True, "law-firm news item", U,
     "A legal news item on a High Court ruling for a woman harmed by skin-removal surgery in Eastern Europe: complications, poor aftercare and inadequate risk advice described; her later death said to be unrelated; promotes English lawyers.",
     "", "qcos", "a court-case story on surgery abroad", False, "", False, False),
    ("r507-008", N, True, "22010022", True, "magazine feature", U,
     "A cautionary feature on one woman's offshore cosmetic surgery (intensive care, transfusion, revision surgery) with ASPS fee figures and the note that numbers on surgery tourism are unavailable.",
     "", "qcos", "a magazine feature on harm from surgery abroad", False, "", False, False),
    ("r507-009", N, False, "11010211", True, "news excerpt repost", U,
     "Key excerpts of a Yahoo News story on a child's compensated MMRV injury, on a site framing it as 'deeply revealing vaccine controversy' news: 'rare' is said, but only the parent and an injury attorney speak, payouts are given without the doses they set against or what compensation means, and no benefit of vaccination is weighed.",
     "HARD: the facts shown are roughly right (VICP payouts, injuries rare); false for the one-sided selection and the activist repost framing, as a health-news reviewer would judge harms without denominators.",
     "qvax", "a vaccine-injury story repost", False, "", False, False),
    ("r507-010", W, True, "21000112", True, "community story page", U,
     "A survivor's short account: denial, second and third opinions, surgery put off until after Christmas, 22 years without recurrence; told as her own story, no advice to others beyond living fully.",
     "HARD: the delayed surgery is reported without comment, but it is her account and not advice; thin-but-fair.",
     "qbc", "a local storytelling project's survivor page", False, "", True, False),
]
