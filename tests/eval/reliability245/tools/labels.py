"""rel245 label records (blind labeller; page texts live in /work/restricted-eval/reliability245/docs/).

ROWS tuples in reltools.build order: id, genre, reliable, scores (accuracy_balance, claims,
care_prompt, sources, authorship_review, date, risks_uncertainty, advertising), partial, doc_type,
source_leaning, why, note, query key, picked_because, unsafe_advice, unsafe_quote,
warning_signs_warranted, warning_signs_present.
"""

W = "web page"
N = "news"
U = "unreliable-leaning"
R = "reliable-leaning"

Q = {
    "qecz": "natural remedies for eczema flare up at home",
    "qacne": "how to get rid of acne fast home remedies toothpaste",
    "qpso": "psoriasis natural treatment cure diet",
    "qhives": "hives that won't go away what should I do",
    "qhair": "hair loss women thinning hair remedies rosemary oil",
    "qnail": "toenail fungus home treatment vinegar vicks",
    "qwart": "how to remove a wart at home duct tape apple cider vinegar",
}

ROWS = [
    ("r245-001", W, False, "00000002", True, "acne home-remedy list on a remedy content site", U,
     "Tells readers to leave toothpaste on acne overnight and says honey-cinnamon 'works wonders', with exercise said to prevent acne; no limits, no cautions and no word on when acne needs a doctor.",
     "The benzoyl peroxide/salicylic acid line is sound, but the remedy section is myth (toothpaste irritates skin). unsafe_advice false: efficacy claims, no cure or safety guarantee.",
     "qacne", "remedy-site acne list with a toothpaste-overnight tip; result 5", False, "", True, False),
    ("r245-002", W, True, "11010012", True, "how-to article (wikiHow copy on a look-alike domain)", U,
     "Says psoriasis is incurable and that some natural methods are unverified, then gives ordinary balanced-diet and omega-3 advice; thin but not misleading.",
     "HARD: a look-alike copy of a how-to site; 'fat can clog your arteries as it is not easy for your body to digest' is muddled and omega-3 'helps the immune system stop sending the wrong signals' overstates (accuracy 1, claims 1), but the framing is honest and the advice harmless. No care prompt or sign in the excerpt. sources 1: numbered references shown.",
     "qpso", "wikiHow-style psoriasis self-care page on an unused look-alike domain; result 7", False, "", True, False),
    ("r245-003", W, True, "12100012", True, "scraped hives explainer on an unrelated .ru host", U,
     "Scrambled but accurate sentences on hives: usually harmless, acute versus chronic, antihistamines and a doctor's questions for chronic hives; nothing wrong, nothing on emergency signs.",
     "HARD: re-hosted text with sentences out of order on a spam host (as ext016); statements are accurate, so thin-but-fair rather than unusable. No sign such as lip or throat swelling or breathing trouble tied to an action. care 1: doctor's role described.",
     "qhives", "scraped hives text on an unrelated domain; result 5", False, "", True, False),
    ("r245-004", W, True, "22200011", True, "dermatology clinic condition page", U,
     "Accurate short explainer on acute and chronic hives that tells readers with throat swelling, breathing difficulty or swollen lips to call 911 and go to an emergency room.",
     "warning_signs_present true: named signs + call 911. advertising 1: 'Schedule a consultation'. risks 1: no treatment discussed.",
     "qhives", "dermatology practice hives page; result 6", False, "", True, True),
    ("r245-005", W, True, "22100012", True, "dermatology practice condition page", U,
     "Accurate account of hives, angioedema, common triggers and non-sedating antihistamines as first-line treatment.",
     "HARD: 'If a medicine is thought to be the cause, it should be stopped' describes treatment in general and is conditional, so not counted as telling readers to stop a prescribed medicine (unsafe_advice false), though it does not say to ask the prescriber first. Angioedema of lips and eyelids is described with no action, so warning_signs_present false. care 1: treatment implies a clinician.",
     "qhives", "dermatology practice hives page; result 7", False, "", True, False),
    ("r245-006", W, True, "21200011", True, "allergy clinic blog post", U,
     "Correct stepwise treatment for chronic hives (non-drowsy antihistamines, updosing under a doctor, short steroid courses only, omalizumab) and a 'when to see a specialist' list: hives over six weeks, antihistamines failing, angioedema.",
     "HARD: swelling of the lips, face or throat is routed to an allergist visit rather than emergency care in the shown text (accuracy 1); warning_signs_present true for signs + see a specialist. risks 1: prednisone 'not a long-term solution'. advertising 1: clinic blog.",
     "qhives", "allergy clinic post on persistent hives; result 8", False, "", True, True),
    ("r245-007", W, True, "11000012", True, "health content-site article on rosemary oil for hair loss", U,
     "Hedged ('some studies', 'could', 'possibly') account of rosemary oil for thinning hair, with dilution in a carrier oil and an eye-contact caution.",
     "HARD: speculative mechanisms stated loosely ('strengthens circulation', 'has repaired nerve damage', 'healing powers': accuracy 1, claims 1), and no word that thinning hair can come from thyroid or iron problems worth checking (care 0); true as thin-but-fair because the advice is low-risk and hedged. risks 1: dilution and eye caution.",
     "qhair", "content-site rosemary-oil hair post; result 4", False, "", True, False),
    ("r245-008", W, False, "10000002", True, "hair-loss content site article", U,
     "Lists thyroid disease, PCOS, deficiencies and autoimmune disease as causes of women's hair loss, then offers rosemary oil as the natural treatment with an unsupported claim that it helps 'regulate hormones'.",
     "HARD: the cause list is accurate and 'believed to' hedges some benefits, but a reader with a medical cause is steered to an oil with no prompt to get the cause diagnosed; the hormonal-balance claim is unsupported (claims 0). The promised side-effects section is cut off (risks 0 on what is shown).",
     "qhair", "hair-loss site's rosemary-oil page for women; result 5", False, "", True, False),
    ("r245-009", W, False, "10000002", True, "clean-beauty blog post", U,
     "States as established that research shows rosemary oil increases hair count, thickness and length and that ursolic acid blocks DHT; no limits, cautions or care prompt.",
     "sources 0: 'according to research' with nothing named. Lab findings presented as proven effects in people.",
     "qhair", "beauty blog on rosemary oil thickening hair; result 7", False, "", True, False),
    ("r245-010", W, False, "10000002", True, "family lifestyle blog post", U,
     "Says apple cider vinegar 'can kill the virus' and should be taped on a wart overnight though it 'slowly burns your skin', and that duct tape stops the virus spreading; no word on skin burns, face or genital warts, diabetes or seeing a doctor.",
     "HARD: 'may not work' and 'several weeks or months' hedge, so no cure or guarantee (unsafe_advice false); false for the unsupported mechanisms and the overnight acid advice without burn cautions (risks 0).",
     "qwart", "lifestyle blog wart-removal remedies; result 5", False, "", True, False),
]
