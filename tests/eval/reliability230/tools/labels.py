"""rel230 labels: Q (query key -> query) and ROWS (one tuple per page; order as reltools.build).

Tuple: id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources,
authorship_review, date, risks_uncertainty, advertising), partial, doc_type, source_leaning, why,
note (hard calls start with HARD), query key, picked_because, unsafe_advice, unsafe_quote,
warning_signs_warranted, warning_signs_present. No page text here beyond short quoted phrases.
"""

W = "web page"
N = "news"
U = "unreliable-leaning"
R = "reliable-leaning"

Q = {
    "qfev": "my baby has a fever what should I do at home",
    "qteeth": "teething baby remedies sore gums what helps",
    "qcolic": "colic baby crying for hours tips for parents",
    "qnappy": "nappy rash treatment cream how to clear it",
}

ROWS = [
    ("r230-001", W, False, "11200012", True, "unattributed advice text on an unrelated host", U,
     "sensible comfort tips and some red flags, but omits the key rule that any fever under 3 months needs a doctor, suggests oral temperatures and water for babies, and says to 'bring their temperature down'",
     "HARD: no single dangerous line, but a baby-fever page without the under-3-months rule (and water for young infants) is not safe to rely on; warning_signs_present true (fever over two days, over 104F, or with vomiting/rash/breathing difficulty + seek attention).",
     "qfev", "generic baby-fever advice on an odd .cn host; tests a plausible but incomplete page", False, "", True, True),
    ("r230-002", W, True, "22010011", True, "homeopathic teething brand's tips page", U,
     "four standard teething tips credited to Mayo Clinic (firm teether, chilled not frozen, no sugary bottles, dry the drool); accurate",
     "HARD: a homeopathic-remedy brand's site, but the excerpt gives only the Mayo tips and names no product; a self-care page, so warning signs warranted, and none (no fever/diarrhoea line): thin-but-fair.",
     "qteeth", "teething tips on a homeopathic brand's site (Camilia)", False, "", True, False),
    ("r230-003", W, False, "01100001", True, "baby-product shop blog", U,
     "suggests giving a teething baby an ice cube to chew (a choking and cold-injury hazard) and OTC oral gels, which regulators advise against for infants",
     "HARD: warning_signs_present true on the letter of the rule ('signs of infection or abscesses' + contact your doctor) although teething red flags such as fever are missing; the ice cube is hazardous but not a cure/safety claim, so unsafe_advice false.",
     "qteeth", "shop blog with home teething remedies", False, "", True, True),
    ("r230-004", W, False, "11000011", True, "clothing retailer's parenting magazine", U,
     "Mayo-style tips, but lists 'mild fever' as a teething sign (risk of dismissing illness), suggests biltong and rusks for a teething baby, and gives no when-to-see-a-doctor line",
     "HARD: mostly copied sound advice; false for the fever-as-teething sign with no red flags and hard foods for a baby (choking caution given). Date only in the URL (date 0).",
     "qteeth", "retailer magazine teething tips (South Africa)", False, "", True, False),
    ("r230-005", W, True, "22201011", True, "baby-sleep app blog", U,
     "compassionate colic guide: normal course, put the baby down safely and step away if overwhelmed, crisis line if thoughts of harming the baby; disclaimer",
     "warning_signs_present true: thoughts of harming yourself or the baby + crisis line/emergency services; medical red flags are not reached in the excerpt. Written by a copywriter (authorship 1).",
     "qcolic", "colic guide on an app blog with a safety disclaimer", False, "", True, True),
    ("r230-006", W, True, "22201012", True, "paediatric practice FAQ", U,
     "accurate colic FAQ: soothing methods, formula switching rarely helps, safe breaks, and clear call-us-now signs",
     "warning_signs_present true: crying nonstop over 2 hours, fever, acting sick, turning blue, or fear of hurting the baby + call immediately.",
     "qcolic", "practice FAQ on colic with call-us signs", False, "", True, True),
    ("r230-007", W, True, "22100011", True, "medical-supplies shop blog", U,
     "accurate colic definition (rule of threes), possible causes, and advice to have the baby examined by a paediatrician before treating, with a list of conditions to exclude",
     "the examine-first line is a consult prompt without signs, so warning_signs_present false (POLICY-46 section 2).",
     "qcolic", "shop blog colic explainer", False, "", True, False),
    ("r230-008", W, True, "22200011", True, "pharmacy group condition page", U,
     "accurate nappy-rash page: causes, barrier cream, no talc, and see a pharmacist or doctor if it lasts, gets infected or the baby has a fever",
     "warning_signs_present true (lasting more than a few days, infection, fever + pharmacist/doctor). Names one barrier-cream brand (advertising 1).",
     "qnappy", "NZ pharmacy nappy-rash page", False, "", True, True),
    ("r230-009", W, True, "22221212", True, "baby clinic advice sheet", U,
     "NHS-based nappy-rash advice with a 'When to seek medical advice' section, a dated source line and references",
     "warning_signs_present true: persistent bright red moist rash with pimples spreading into the folds listed under 'When to seek medical advice'.",
     "qnappy", "baby-clinic page citing NHS and a Cochrane review", False, "", True, True),
    ("r230-010", W, True, "11010010", True, "skincare brand advice page", U,
     "sound nappy-change steps, but promotes the brand's cream with an unsupported 'antibacterial layer' claim; no when-to-see-a-doctor signs",
     "HARD: brand how-to with a product plug (advertising 0); the hygiene steps are standard and the product claim is cosmetic-level, so thin-but-fair; self-care guide, so warning signs warranted and absent.",
     "qnappy", "brand page on nappy rash (product plug)", False, "", True, False),
]
