"""rel254 labels (blind, from the stored excerpts only). Tuple order as reltools.build:
(id, genre, reliable, scores [accuracy_balance, claims, care_prompt, sources, authorship_review,
date, risks_uncertainty, advertising], partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

Q = {
    "qturm": "does turmeric cure cancer natural treatment",
    "qtij": "alternative cancer treatment clinic Mexico Tijuana",
    "qnausea": "what to eat during chemotherapy nausea tips",
    "qmist": "mistletoe therapy cancer iscador does it work",
    "qvitc": "vitamin C infusion cancer clinic high dose IV",
    "nbreak": "cancer treatment breakthrough press release new drug approved",
}

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

ROWS = [
    ("r254-001", W, False, "00010001", True, "supplement shop blog post relaying a tabloid cancer-recovery story", U,
     "Relays a single pensioner's story as 'more positive turmeric news' that she 'may have finally beaten' blood cancer with turmeric tablets, with no evidence, limits or mention of her medical treatment.",
     "HARD: 'may have' hedges, so unsafe_advice false (not an unqualified cure claim); warning signs judged warranted (a seller's blog post on a supplement for a condition, POLICY-46 1), none given. sources 1: Metro named. advertising 1: supplement seller's blog, no product shown in the excerpt.",
     "qturm", "shop blog post framing a tabloid anecdote as turmeric-for-cancer news", False, "", True, False),
    ("r254-002", N, True, "12010011", True, "news fact-check of a viral turmeric-cures-cancer message", U,
     "Checks a viral message that turmeric shrank a tumour without chemotherapy and reports a named oncologist saying it is not proven to treat cancer.",
     "HARD: 'no cancer patient should eat turmeric without doctor's prescription' overstates (turmeric in food is harmless; supplements are the concern), accuracy 1; thin-but-fair fact-check. News care 0. sources 1: named hospital doctor. risks 1: evidence limits, no harms. advertising 1: astrology video and channel promotion.",
     "qturm", "news fact-check of a viral cancer-cure message", False, "", False, False),
    ("r254-003", N, False, "00010002", True, "alt-weekly restaurant-section news brief on a curcumin study", U,
     "Says curcumin 'can actually kill cancer cells in the body' and opens 'Bring on the Indian food!', turning a laboratory finding into eating advice; the expert quotes it carries speak only of a possible future treatment.",
     "HARD: the quoted CRUK comment is cautious (sources 1: journal and CRUK named), but the story's own framing misstates a lab study as an effect in the body and gives no limits (accuracy 0, claims 0, risks 0).",
     "qturm", "food-section news item on a turmeric cancer study", False, "", False, False),
    ("r254-004", W, True, "22200012", True, "oncology practice patient page on chemotherapy nausea", U,
     "Short, standard advice (small meals, sips of water, avoid fatty food) and tells patients who still vomit after taking the prescribed antiemetic to call so they can be assessed and given IV fluids.",
     "Fragment of a practice's side-effect page; warning_signs_present true: continued nausea or vomiting despite medication + call to be assessed. risks 1: antiemetics named, no side effects.",
     "qnausea", "cancer practice side-effect page with a call-us instruction", False, "", True, True),
    ("r254-005", W, True, "21000012", True, "cancer nutrition site page on nausea and vomiting during treatment", U,
     "Accurate, practical eating tips for chemotherapy nausea (dry, cold, low-odour foods, staying upright after meals, ginger or mint as food).",
     "HARD: thin-but-fair; nothing on antiemetic medicines or when vomiting needs the care team (can't keep fluids down, signs of dehydration), so care 0 and warning_signs_present false. claims 1: ginger and mint 'may have a soothing effect' stated loosely. risks 1: no intervention with harms discussed.",
     "qnausea", "cancer nutrition site's nausea page", False, "", True, False),
    ("r254-006", W, True, "11000012", True, "cancer nutrition site page on nausea and vomiting", U,
     "Sensible advice to stay hydrated, take small amounts and choose dry, cold foods during treatment-related nausea.",
     "HARD: 'Carbonated beverages will help relieve nausea' is stated as fact (accuracy 1, claims 1); no medicines or when to contact the team about vomiting (care 0, warning_signs_present false). Thin-but-fair. risks 1: no intervention with harms.",
     "qnausea", "second cancer-nutrition site on the same side effect", False, "", True, False),
    ("r254-007", W, True, "22102012", True, "university surgery department dietitian article on chemotherapy nausea", R,
     "A named clinical nutritionist gives standard tips and tells readers to talk to their doctor about antiemetics (ondansetron, prochlorperazine) taken before meals.",
     "care 1: a prompt to discuss medicines, but no sign tied to an action (e.g. vomiting that stops fluids), so warning_signs_present false. date 0: date only in the URL. risks 1: medicines named without side effects.",
     "qnausea", "named dietitian's tips from an academic centre", False, "", True, False),
    ("r254-008", W, False, "00010000", True, "integrative practice blog post on injectable mistletoe for breast cancer", U,
     "Promises the 'proven benefits' of injectable mistletoe, claims it is 'no longer controversial' in Europe and tells US patients there are 'still ways to obtain' the extracts despite FDA restrictions.",
     "HARD: an efficacy claim without a cure or safety word, so unsafe_advice false, though steering readers round import rules is poor advice. sources 1: numbered references. date 0: date only in the URL. Warning signs warranted (blog post on using a remedy for a cancer), none.",
     "qmist", "practice blog promoting mistletoe injections", False, "", True, False),
    ("r254-009", W, True, "22101212", True, "re-hosted consumer monograph on European mistletoe", U,
     "Says plainly that there is no proof mistletoe products work for breast or other cancers and advises sticking with proven treatments.",
     "HARD: a copied monograph on an unrelated-looking domain (as ext016); warning signs judged not warranted (an explainer on a herb with no self-care advice, as r21-007). care 1: 'stick with proven cancer treatments' is a general prompt. date 2: last editorial review 6/11/2021. authorship 1: editorial review named, no reviewer.",
     "qmist", "consumer herb monograph with a clear no-proof line", False, "", False, False),
    ("r254-010", W, False, "00010001", True, "naturopathic clinic service page on mistletoe lectin therapy", U,
     "Summarises mistletoe research as uniformly positive ('All of the outcomes showed a positive response', Iscador 'proved safe and effective' with a 'significant survival advantage'), omitting the negative and low-quality trials.",
     "HARD: 'In these studies, Iscador proved safe and effective' is tied to cited studies, so treated as attributed (as r21-010) and unsafe_advice false. A clinic service page: warning signs not warranted (POLICY-46 1). sources 1: numbered references. advertising 1: clinic page, no price or booking in the excerpt.",
     "qmist", "clinic service page for mistletoe therapy", False, "", False, False),
]
