"""rel394 labels: Q (query key -> query) and ROWS (one tuple per page; order as reltools.build:
id, genre, reliable, scores (criteria order), partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

W = "web page"
U = "unreliable-leaning"
R = "reliable-leaning"

Q = {
    "qif": "is intermittent fasting safe for type 2 diabetes",
    "qketo": "keto diet for epilepsy or PCOS does it work",
    "qgut": "heal leaky gut naturally diet protocol",
    "qsema": "semaglutide compounded weight loss injections side effects",
    "qberb": "berberine nature's ozempic weight loss supplement",
    "qacv": "apple cider vinegar lower blood sugar before meals how much",
    "qchol": "lower cholesterol naturally without statins diet tips",
    "qvitd": "vitamin D megadose benefits how much should I take daily",
}

ROWS = [
    ("r394-001", W, False, "10010011", True, "personal wellness blog post on drinking apple cider vinegar for blood sugar", U,
     "Says ACV 'really does help lower glucose' and 'will lower blood sugar from meals', names brands and builds up to a tablespoon three times a day with no word for people on glucose-lowering medicines and no doctor prompt.",
     "HARD: ACV drunk for its effect on blood sugar in a measured amount and frequency is a dose (POLICY-46 s.3), given with no caveat. unsafe_advice false: efficacy claim without a cure, guarantee or safety word. risks 1: tooth acidity named. sources 1: two bare links.",
     "qacv", "influencer-style ACV blood-sugar challenge post; second result", False, "", True, False),
    ("r394-002", W, False, "00010002", True, "short blog post on apple cider vinegar and blood glucose", U,
     "Presents one small Arizona State study as showing a 34% drop and a metformin-like effect, calls it 'pretty amazing' and says ACV 'is good for everyone', with no caution for people on diabetes medicines.",
     "HARD: unsafe_advice true on the own-voice blanket claim that ACV is good for everyone, said to readers managing blood sugar (a suitability/safety claim, not a general 'safe tips' line). sources 1: study named, not linked.",
     "qacv", "short blog claiming ACV is good for everyone; seventh result", True, "Apple cider vinegar is good for everyone", True, False),
    ("r394-003", W, True, "11100022", True, "wellness content page on ACV for blood-sugar control", U,
     "Hedged ('may', 'studies suggest'), names acidity, enamel erosion and medicine interactions and tells readers on blood-sugar-lowering medication to consult their provider; the 'up to 34%' and 'valuable tool' wording overstates small studies.",
     "HARD: thin but fair; claims 1 for the overstated benefit and 'generally safe' (qualified in the same sentence, so not unsafe). The teaspoon-to-two-tablespoons plan is a dose with a provider caveat in the section. care 1: consult prompt, no sign (warning_signs_present false).",
     "qacv", "ACV page with a safety section; sixth result", False, "", True, False),
    ("r394-004", W, True, "22110012", True, "health newsletter summary pointing to a Medical News Today article on lowering cholesterol", U,
     "Short, accurate summary: diet and exercise changes lower cholesterol, genetics and conditions also contribute, diet alone may not be enough, and readers should speak with a doctor.",
     "care 1: consult prompt only. sources 1: NHLBI and the summarised article named. risks 1: no intervention with harms discussed.",
     "qchol", "newsletter digest on lowering cholesterol without medication; third result", False, "", True, False),
    ("r394-005", W, True, "22111012", True, "diabetes consumer magazine feature on intermittent fasting in type 2 diabetes", U,
     "Quotes a named diabetes dietitian, frames IF as an option that 'may' suit some people, warns of downsides and tells readers to consult their doctor first, especially if they take glucose-lowering medication.",
     "care 1 and warning_signs_present false: 'consult your doctor first, especially if you take medication' is a consult-before-starting prompt (POLICY-46 s.2), not a sign. risks 1: downsides announced, hypoglycaemia not reached in the excerpt.",
     "qif", "diabetes magazine piece with a named RD; fifth result", False, "", True, False),
    ("r394-006", W, False, "00000000", True, "leaky-gut diet and supplement programme page on a natural-health affiliate site", U,
     "Treats 'leaky gut' as a diagnosis with a 3-to-60-day 'Repair program', tells readers to drop anti-inflammatory drugs and all common allergens and pushes named branded supplements, with no evidence, doctor or red flag.",
     "HARD: 'remove ... drugs ... such as anti-inflammatories' is not clearly a prescribed medicine, so unsafe_advice false; the branded products make advertising 0.",
     "qgut", "supplement-naming leaky gut programme; fifth result", False, "", True, False),
    ("r394-007", W, False, "00000002", True, "essential-oils mum blog on healing leaky gut with the autoimmune protocol diet", U,
     "Anecdote-led promise ('You can heal your leaky gut!!!') that recommends the autoimmune protocol elimination diet to anyone with gut issues instead of paying for allergy testing, with no medical assessment of symptoms.",
     "HARD: unsafe_advice true on the own-voice cure promise (as r41-013's diet cure claim); the advice to skip allergy testing also steers readers away from assessment.",
     "qgut", "personal leaky-gut healing story; eighth result", True, "You can heal your leaky gut!!!", True, False),
    ("r394-008", W, False, "00100000", True, "re-posted supplement-brand article on vitamin D dosing", U,
     "Advises 5,000 IU of D3 a day for everyone to reach 50 ng/ml, 10,000 IU or more daily and 50,000 IU weekly for deficiency, above the usual 4,000 IU upper limit, with no mention of toxicity, and plugs the brand's own product.",
     "Consumer dose advice beyond the upper limit without a test-and-doctor caveat in the section except for people with obesity (care 1). unsafe_advice false: no cure, guarantee or safety word.",
     "qvitd", "vitamin D dosing repost with a product plug; sixth result", False, "", True, False),
    ("r394-009", W, False, "10010011", True, "supplement brand help-centre article on vitamin D dosage", U,
     "Mixes real reference values with a slant: calls official recommendations 'very conservative' and says readers may need 1,500-10,000 IU a day, from a seller of supplements; the upper-limit section is cut off.",
     "HARD: the Endocrine Society figures are roughly right and the upper-limit heading follows, but the conclusion steers readers past official advice without a test or doctor caveat. risks 1: upper limits announced, not reached. advertising 1: brand's help centre, no product in the excerpt.",
     "qvitd", "supplement brand's dosage explainer; seventh result", False, "", True, False),
    ("r394-010", W, True, "21100021", True, "telehealth compounding-pharmacy blog on compounded semaglutide side effects", U,
     "Lists the common and serious side effects (pancreatitis, anaphylaxis, gallbladder) accurately and explains compounding, though it advertises its own licensed pharmacy.",
     "HARD: seller blog; the 'when to seek medical attention' section is promised in the dek but not reached, so warning_signs_present false (serious effects named with no action). Warranted: a side-effect self-management guide, not a product page. claims 1: quality assurances for its own product.",
     "qsema", "compounding-pharmacy side-effects guide; third result", False, "", True, False),
]
