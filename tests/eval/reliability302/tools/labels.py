"""rel302 labels: Q (query key -> query) and ROWS (one tuple per page, reltools.build order):
id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources, authorship_review,
date, risks_uncertainty, advertising), partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present."""

Q = {
    "qdiab": "hospital diabetes education classes schedule register",
    "qsupp": "cancer center support group for breast cancer survivors meets monthly",
    "qgala": "health system foundation fundraising gala donate to cardiac care",
    "qvol": "hospital volunteer opportunities apply become a volunteer auxiliary",
    "qcomp": "pharmacy compounding services hormone replacement our pharmacy offers",
    "qtrial": "clinical trials at our cancer institute currently enrolling patients",
}

W = "web page"
U = "unreliable-leaning"
R = "reliable-leaning"

ROWS = [
    ("r302-001", W, True, "22200011", True, "hospital diabetes-education service page", U,
     "accurate description of a referral-based diabetes self-management education service and of when to attend (new diagnosis, insulin start, A1C off target, unexplained lows or highs)",
     "service page (POLICY-46): warning signs not warranted. care 2: referral and a when-to-come list. risks 1: no intervention with harms discussed. advertising 1: the hospital's own service. 'phyicisan' typo kept.",
     "qdiab", "a US hospital's own diabetes-education service page, first result", False, "", False, False),
    ("r302-002", W, True, "21100011", True, "hospital diabetes-class schedule page", U,
     "class schedule and referral rules for a diabetes education programme; the Medicare diagnostic criteria are quoted accurately apart from 'A1C > 6.5%' (the criterion is 6.5% or more)",
     "HARD: an events/class schedule with a small slip in the quoted criterion (accuracy 2 kept: the slip does not mislead a reader). date 0: class dates without a year. service page: warning signs not warranted. risks 1.",
     "qdiab", "a health system's class-schedule page with dates and locations", False, "", False, False),
    ("r302-003", W, True, "22000012", True, "hospital volunteer-services page", U,
     "a list of volunteer roles (greeting, book cart, dog therapy, family liaison); no health claims",
     "HARD: no health information at all; labelled true as harmless and accurate for what it is. care 0 and risks 1: no health topic. Not warranted: not a symptom or self-care page.",
     "qvol", "a US hospital's volunteer page (site page kind: volunteering)", False, "", False, False),
    ("r302-004", W, True, "22000012", True, "health-system volunteer-programmes page", U,
     "volunteer programmes (pastoral care, pet therapy, gift shops, scholarships) described plainly; no health claims",
     "no health content; pet therapy 'spread cheer' is not a health claim. risks 1: no intervention. warning signs not warranted.",
     "qvol", "a Georgia health system's volunteer programmes page", False, "", False, False),
    ("r302-005", W, False, "10000000", True, "compounding-pharmacy service page on hormone replacement therapy", U,
     "sells compounded HRT as avoiding side effects and giving 'just the right dose' for each woman; compounded hormones are not FDA-approved and have no evidence of greater safety, which the page never says",
     "HARD: unsafe_advice on the own-voice safety claim that a compounded cream 'avoids side effects'; the page does note that HRT can affect heart disease and breast cancer, and a prescription is implied, but risks of the compounded product itself are absent (risks 0). Product/service page (POLICY-46): warning signs not warranted.",
     "qcomp", "a compounding pharmacy's HRT page; checks product-page claim rules", True,
     "A compounded skin cream provides the hormone in full strength but avoids side effects by routing it through the skin, not the blood.", False, False),
    ("r302-006", W, False, "10100010", True, "pharmacy blog post promoting compounded hormone therapy", U,
     "a pharmacy's blog says compounding can make HRT 'safer and more effective' and improve effectiveness, without evidence and without the standard caution that compounded hormones are not FDA-approved or tested",
     "HARD: not unsafe_advice: 'can make it safer' is hedged with 'can' and the product is prescription-based ('based on your doctor's prescription', care 1). Label false for the unsupported superiority claim and no risks (risks 0 for HRT, an intervention with known harms). The symptom list is accurate. Service promotion: warning signs not warranted.",
     "qcomp", "pharmacy's own blog post naming a treatment (HRT) in its title", False, "", False, False),
    ("r302-007", W, True, "21000011", True, "pharmacy compounding service page", U,
     "accurate plain account of what compounding is for (allergies to fillers, liquids, flavours, discontinued or non-standard strengths); benefit claims are hedged ('may find a better solution')",
     "HARD: lists bioidentical hormones and pain creams without noting that compounded products are not FDA-approved (claims 1), but makes no firm claim in the excerpt; thin-but-fair. risks 1: side effects of standard painkillers named, none of compounded ones. Product/service page: warning signs not warranted.",
     "qcomp", "an independent drugstore's compounding service page", False, "", False, False),
    ("r302-008", W, True, "20200022", True, "hospital clinical-trials programme page", U,
     "accurate and balanced account of trial oversight (scientific review, IRB), informed consent, the right to withdraw and possible costs, with open trials listed",
     "research-programme page: warning signs not warranted (clinical-trial listing, issue 12 part 4). risks 2: risks, voluntariness and costs explained. care 0: no prompt to discuss with one's own doctor in the excerpt.",
     "qtrial", "a hospital cancer institute's own trials page", False, "", False, False),
    ("r302-009", W, True, "22100012", True, "melanoma organisation's clinical-trials page", U,
     "short, accurate explanation of clinical trials and eligibility with a prompt to consult your doctor",
     "thin but accurate. care 1: general consult prompt. risks 1: no intervention with harms. Not warranted (trial listing).",
     "qtrial", "a melanoma patient/clinician organisation's trials page", False, "", False, False),
    ("r302-010", W, True, "21010011", True, "pharmacy blog post on compounded hormone therapy", U,
     "short opening of a pharmacy's case for compounded HRT; names AMA and NAMS discussions and gives one reasonable use (skin reaction to a commercial product); nothing false in the excerpt",
     "HARD: the post is framed to promote compounding ('Making the Case') and the excerpt stops before any claim is made; the body shown is modest, so thin-but-fair rather than false. sources 1: AMA journal and NAMS named. date 0: the 2018/06 archive month is only in the URL. care 0. Service promotion: warning signs not warranted.",
     "qcomp", "pharmacy blog post naming HRT in its title", False, "", False, False),
]
