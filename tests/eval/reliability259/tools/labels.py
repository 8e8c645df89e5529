"""rel259 labels: one tuple per page (reltools.build order):
id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources, authorship_review, date,
risks_uncertainty, advertising), partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present."""

Q = {
    "q01": "naturopath treatment for thyroid natural clinic",
    "q02": "Ayurvedic remedy for diabetes does it work",
    "q03": "homeopathy for my child's ear infection safe?",
    "q04": "acupuncture for back pain traditional Chinese medicine clinic",
}

W, N = "web page", "news"
UL, RL = "unreliable-leaning", "reliable-leaning"

ROWS = [
    ("r259-001", W, True, "11000011", True, "naturopathic clinic service page (thyroid)", UL,
     "accurate thyroid explainer; conventional medication and surgery named and pharmaceuticals kept among the clinic's options",
     "HARD: says conventional treatment often does not 'fully resolve' symptoms and offers 'root cause' care, but does not tell readers to drop medication; product (clinic) page, warning signs not warranted (POLICY-46 s.1)",
     "q01", "naturopathic clinic thyroid page, first result", False, "", False, False),
    ("r259-002", W, False, "00000001", True, "naturopath's clinic page (thyroid options)", UL,
     "false claims: Hashimoto's seen 'only' in women with hormonal imbalance and 'balancing the hormones is key to stopping this attack'; endocrinologists portrayed as unable to help",
     "clinic service page: warning signs not warranted; no cure or stop-medication sentence, so unsafe_advice false",
     "q01", "naturopath claiming to stop autoimmune thyroid attack", False, "", False, False),
    ("r259-003", W, True, "21200012", True, "naturopath's blog post (thyroid nutrition)", UL,
     "accurate symptoms of under- and overactive thyroid; tells readers to see their doctor and frames naturopathy as supportive",
     "warning signs present: 'two or more of the above symptoms' + consult your doctor for testing; nutrition self-care post, so warranted",
     "q01", "naturopath's blog deferring to the doctor", False, "", True, True),
    ("r259-004", W, False, "10112011", True, "naturopathic clinic blog (thyroid treatments)", UL,
     "unsupported claim that ashwagandha 'helps with the conversion from T4 to T3'; natural desiccated thyroid offered as an option; supplements pitched for a condition needing medical care",
     "HARD: sensible caution that wrong supplements can make things worse and a named-author byline, but advice is routed to the ND not the doctor; supplement-for-a-condition post, so warning signs warranted, none present",
     "q01", "ND blog listing supplement treatments", False, "", True, False),
    ("r259-005", W, False, "00000001", True, "naturopathic clinic service page (thyroid)", UL,
     "disparages endocrinologists and lab reference ranges ('outdated normal range'); promises to keep 'testing and treating until you feel better'; symptom list only",
     "clinic service page: warning signs not warranted; no cure word, unsafe_advice false",
     "q01", "clinic page disparaging endocrinologists", False, "", False, False),
    ("r259-006", W, False, "11000001", True, "naturopathic clinic service page (thyroid)", UL,
     "accurate symptoms but offers diet, supplements, enzymes and hydrotherapy as the treatment of thyroid conditions with no mention of hormone replacement or antithyroid care",
     "HARD: no explicit efficacy claim; label for presenting unproven approaches as the treatment of under- and overactive thyroid; clinic page, warning signs not warranted",
     "q01", "short clinic treatment list", False, "", False, False),
    ("r259-007", W, True, "11000012", True, "content blog (acupuncture for back pain)", UL,
     "modest, broadly fair account: acupuncture relieves some low back pain, licensed practitioners, qi given as 'the theory'",
     "HARD: 'relief for more severe pains' overreaches and no risks or red flags are given; warranted (back pain treatment page), none present",
     "q04", "generic content post on acupuncture", False, "", True, False),
    ("r259-008", W, False, "00000000", True, "acupuncture clinic testimonial page", UL,
     "patient case stories ('95% less', pain 'completely gone') used as evidence for acupuncture in disc and nerve pain",
     "clinic testimonial page: warning signs not warranted; outcomes attributed to cases, no own-voice cure claim",
     "q04", "clinic case-testimonial page", False, "", False, False),
    ("r259-009", W, False, "00000001", True, "acupuncture clinic blog (back pain)", UL,
     "meridian theory presented as fact; 'needling the point two or three times usually gives the pain away'",
     "'usually' hedges the claim, so unsafe_advice false; clinic service post, warning signs not warranted",
     "q04", "clinic blog with meridian point claim", False, "", False, False),
    ("r259-010", W, False, "10010001", True, "acupuncture clinic home page", UL,
     "cites NCCIH and notes research is early, then ends on an unqualified safety claim for treating 'a wide range of conditions'",
     "HARD: mostly measured; unsafe_advice on the own-voice 'safe, painless alternative' sentence; clinic page, warning signs not warranted",
     "q04", "clinic home page citing NCCIH", True,
     "Acupuncture is a safe, painless alternative for treating a wide range of conditions.", False, False),
]
