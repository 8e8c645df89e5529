"""rel267 label records (blind labeller, round 49 second batch). Tuple order as reltools.build:
(id, genre, reliable, scores [accuracy_balance, claims, care_prompt, sources, authorship_review,
date, risks_uncertainty, advertising], partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

Q = {
    "qminox": "does minoxidil really work for hair loss natural alternatives",
    "qrosemary": "rosemary oil hair growth cure baldness",
    "qwhite": "skin whitening cream mercury danger",
    "qeczema": "natural remedies for eczema flare up at home",
}

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

ROWS = [
    ("r267-001", W, False, "10000002", True, "hair-loss content site article on minoxidil and natural substitutes", U,
     "Promises natural substitutes with 'similar results' to minoxidil ('Great Results!') without support; the shown body only simplifies minoxidil's mechanism and gives none of the promised side effects.",
     "HARD: the body shown is a mostly fair explainer of pattern baldness and DHT, but the intro's own-voice claim that alternatives 'can provide similar results' is the page's premise and is unsupported (claims 0). Not unsafe_advice: an efficacy claim without a cure or safety word. risks 0: interventions discussed, no harms or limits shown.",
     "qminox", "first result: hair-loss site promising natural substitutes for minoxidil", False, "", True, False),
    ("r267-002", W, False, "10100012", True, "hair-care blog post on natural alternatives to minoxidil", U,
     "Says natural alternatives 'may be equally, if not potentially more beneficial' than minoxidil and 'could bring you all of the benefits', and blames most side effects on propylene glycol; unsupported.",
     "HARD: the 60-70% response figure is cited (sources 1) and minoxidil's side effects are named (risks 1), but the premise that natural vasodilators match or beat a licensed drug is unsupported (claims 0). Hedged with 'may', so not unsafe_advice.",
     "qminox", "blog pitching natural alternatives as possibly better than minoxidil", False, "", True, False),
    ("r267-003", W, True, "21010011", True, "hair-loss treatment brand's blog comparing minoxidil with natural remedies", U,
     "States that only minoxidil and finasteride are approved for male pattern hair loss and that natural remedies have more limited effect; sets out to review the evidence.",
     "HARD: a brand that sells minoxidil spray writes the comparison (advertising 1) and the '84% of users' figure is unsourced marketing (claims 1), but the information shown is accurate and the natural options are framed as limited. Warning signs warranted (a self-treatment blog for hair loss, POLICY-46 s.1); none given. sources 1: HPRA named.",
     "qminox", "Irish brand blog; balanced-looking comparison of drug and natural remedies", False, "", True, False),
    ("r267-004", W, True, "11000012", True, "hair-product brand blog post on minoxidil", U,
     "Explains minoxidil's origin, strengths (5% for men, 2% for women) and uncertain mechanism; a brand post that compares it with its own product.",
     "HARD: the framing ('Miracle drug or not?', 'all drugs come with an array of side effects', a dog's death in the predecessor's testing) sets up the brand's own TRX2 product, named in the text (advertising 1, claims 1), and '15%' as a prescription strength is unusual (accuracy 1); what is said about minoxidil is broadly right, so thin-but-fair. Warning signs warranted; none.",
     "qminox", "supplement brand blog questioning minoxidil", False, "", True, False),
    ("r267-005", W, True, "21010011", True, "hair-transplant clinic blog on minoxidil alternatives", U,
     "Accurate on minoxidil's use and mixed response and on 5-alpha-reductase inhibitors, with numbered references; prescription options named as prescriptions.",
     "HARD: dutasteride is called 'very effective' with 'a lot of research' (claims 1) and its off-label status is not shown; the side-effect list is empty in the excerpt. No doctor prompt: switching after an allergic reaction is left to the reader (care 0, warning_signs_present false). advertising 1: clinic blog.",
     "qminox", "clinic blog on alternatives including prescription drugs", False, "", True, False),
    ("r267-006", W, False, "00010001", True, "natural skin-care brand's ingredient-glossary page on rosemary oil", U,
     "Claims rosemary oil can 'repair, stimulate, and regulate cells', 'prevent baldness', that studies 'have proven' it improves hair and that it heals nerve damage; overstated.",
     "HARD: an ingredient entry on a brand site, judged as a product page (POLICY-46 s.1: warning signs not warranted). Not unsafe_advice: the 'proven' claim is attributed to studies and no cure or safety guarantee is made in the page's own voice. risks 0: no irritation or dilution caution.",
     "qrosemary", "brand glossary with strong rosemary claims", False, "", False, False),
    ("r267-007", W, False, "11000002", True, "health content site article on rosemary oil for hair loss", U,
     "Says rosemary essential oil 'can also be used internally as a dietary supplement' without any caution, and overstates ursolic acid 'increasing the production of hair follicles'.",
     "HARD: much of the text is hedged ('has been suggested'), but suggesting an essential oil be taken internally with no warning is a safety gap (risks 0). Not unsafe_advice: no cure, guarantee or safety word.",
     "qrosemary", "content-site rosemary explainer", False, "", True, False),
    ("r267-008", W, True, "11000111", True, "aromatherapy shop blog on rosemary oil and baldness", U,
     "Hedged: says more studies are needed and results will be modest ('not going to turn you into Fabio overnight'); the title overstates.",
     "HARD: the title 'Can Treat Hair Loss' and 'worth a try' overstate, no dilution or irritation caution is given before 'pouring rosemary oil' (accuracy 1) and the quality advice nudges the shop's oil (advertising 1); the body is modest, so thin-but-fair. risks 1: uncertainty stated, no harms.",
     "qrosemary", "shop blog, cautious tone", False, "", True, False),
    ("r267-009", W, False, "11100012", True, "beauty blog post on mercury in whitening creams", U,
     "Right to warn against unlabelled whitening creams, but asserts unsupported harms: hydroquinone and steroids 'will lead to skin cancer and other types of cancer', steroid creams damage skin nerves, effects show 'two to ten years later'.",
     "HARD: the direction (avoid unlabelled creams, see a doctor) is safe, but a careful editor could not pass the invented or exaggerated facts (accuracy 1). warning_signs_present true: 'If you are now using whitening cream which you suspect it's harmful, then you must talk to doctor soon' ties a situation to an action (counted on the letter of the rule).",
     "qwhite", "beauty blog warning about mercury creams", False, "", True, True),
    ("r267-010", W, True, "22010022", True, "medical skin-care site explainer on mercury in bleaching creams", U,
     "Accurate on mercury as a melanin inhibitor, the 1 ug/g limit, a Hong Kong survey of creams and the non-specific symptoms of intoxication; advises against unlabelled bleaching creams.",
     "Symptoms are listed with no action (no 'see a doctor if'), so warning_signs_present false; warranted as a consumer page on a cream a reader may be using. sources 1: survey described, not cited.",
     "qwhite", "concise explainer with figures", False, "", True, False),
]
