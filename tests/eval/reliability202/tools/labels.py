"""rel202 labels: Q (query key -> query) and ROWS (one tuple per page; order as reltools.build).

Tuple: id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources,
authorship_review, date, risks_uncertainty, advertising), partial, doc_type, source_leaning, why,
note, query key, picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted,
warning_signs_present.
"""

Q = {
    "qibu": "is it safe to take ibuprofen with blood pressure medicine",
    "qdetox": "detox cleanse tea does it really work weight loss",
    "qsuprecall": "supplement recall FDA contaminated capsules announced",
    "qashw": "ashwagandha side effects should I take it pharmacist advice",
    "qiv": "IV vitamin drip clinic benefits hydration therapy",
    "qvitd": "study finds vitamin D supplements risk percent participants news",
    "qmedrecall": "medicine recall batch pharmacy patients told to return tablets",
}

W, N = "web page", "news"
U = "unreliable-leaning"

ROWS = [
    ("r202-001", N, True, "22000022", True, "health-advice news item on a Pakistani news site", U,
     "Accurately explains why ibuprofen with blood-pressure medicines can harm the kidneys and blunt blood-pressure control, names kidney-injury symptoms and tells readers to consult a doctor first.",
     "HARD: an unattributed rewrite of a drug-information answer ('According to medical experts', sources 0); judged as a news item, the content is accurate and cautious, so true. News care_prompt 0 by convention.",
     "qibu", "news-site item on an ibuprofen/blood-pressure interaction; first result", False, "", False, False),
    ("r202-002", W, True, "22000122", True, "Q&A explainer on a learning/course company's blog", U,
     "States plainly that there is no good evidence detox teas or cleanses cause lasting weight loss, explains water loss versus fat loss and the liver and kidneys, and names nutrient-deficiency and unregulated-ingredient risks.",
     "date 1: 'Jun 15' with no year. No care prompt or signs in the excerpt (cut in the risks list).",
     "qdetox", "debunking Q&A on detox teas from a small blog", False, "", True, False),
    ("r202-003", W, True, "22101122", True, "weight-loss business blog post", U,
     "Explains that cleanse-tea weight loss is water and bowel contents, lists dehydration, electrolyte, laxative-dependence and interaction risks and says to consult a doctor before use.",
     "care 1: consult a doctor because of interactions. authorship 1 (Daniel Smith), date 1 ('Mar 28', no year). No product pitched in the excerpt.",
     "qdetox", "UK weight-loss business's post answering the same question", False, "", True, False),
    ("r202-004", W, False, "00100011", True, "supplement brand blog on ashwagandha side effects", U,
     "Claims ashwagandha extends life and is 'helpful in multiple treatments like sclerosis, cancer or AIDS' and treats TB, gives a 3-5 g dose and contradictory timing advice, and omits pregnancy and thyroid cautions.",
     "HARD: framed as a side-effects page with a consult-your-doctor line (care 1) and some correct cautions (immune disease, immunosuppressants); false for the unsupported disease-treatment claims. unsafe_advice false: 'helpful in' and 'used to treat' are efficacy claims with no cure, guarantee or safety word. warning_signs_present false: side effects lead only to stopping the herb.",
     "qashw", "Indian supplement brand's side-effects post; mixed claims", False, "", True, False),
    ("r202-005", W, True, "21100011", True, "IV-therapy business guide page", U,
     "A seller's IV-therapy guide that quotes a Mayo Clinic researcher saying evidence for IV vitamins in people with normal levels is limited and limits well-established benefit to severe dehydration and deficiency.",
     "HARD: an IV-drip seller (advertising 1) with '100% bioavailability' framing (claims 1); the excerpt's own evidence statement is honest, so true. risks 1: risks promised but not reached in the excerpt. sources 1: Grand View Research and a named Mayo quote.",
     "qiv", "IV-drip business page that claims an evidence-based guide", False, "", True, False),
    ("r202-006", W, True, "22112212", True, "healthcare company blog post on IV hydration", U,
     "Separates medical need for IV fluids (severe dehydration, unable to drink) from wellness drips, quoting Harvard Health that drinking is usually best and saying routine wellness IVs are not necessary.",
     "date 2: 'Jan 11, 2020'. care 1: supervision by a qualified provider. warning_signs_present false: severe dehydration is named as when IV is lifesaving, not tied to an instruction to seek care. risks 1: no specific IV risks in the excerpt.",
     "qiv", "clinic post promising to 'separate fact from fad' on IV drips", False, "", True, False),
    ("r202-007", W, False, "00000000", True, "IV-drip business sales blog", U,
     "Sells IV drips for hangovers and exhaustion with '100% absorption', an invented 'hydrating the brain tissue' mechanism and a promise to 'restore your energy levels back to normal', with no risks and no advice to get persistent exhaustion checked.",
     "unsafe_advice false: 'IV treatment can help!' and 'can help to quickly correct' are efficacy claims without a cure, guarantee or safety word. Persistent exhaustion steered to a drip rather than a doctor weighs on the label.",
     "qiv", "IV business's 'why you might need IV treatment' post; promotional", False, "", True, False),
    ("r202-008", W, True, "22000112", True, "primary-care practice page on IV hydration", U,
     "States that wellness IV use is not FDA-approved and that most healthy people can hydrate by drinking, describes real medical uses and labels wellness benefits as claims with limited, anecdotal evidence.",
     "risks 1: 'Risks' is in the title but the excerpt stops before them. No care prompt or signs in the excerpt.",
     "qiv", "practice page titled 'the truth about wellness drips'", False, "", True, False),
    ("r202-009", N, True, "22010012", True, "patient-news repost of an FDA recall notice", U,
     "Reposts an FDA/Qualitest recall of mislabeled butalbital and hydrocodone tablets with lot numbers and tells readers to check their tablets and report side effects to MedWatch.",
     "sources 1: FDA statement named, link not shown. date 0: 'this week' only. risks 1: the harm of taking the wrong tablet is not explained and no 'contact your pharmacist' line.",
     "qmedrecall", "recall notice on a headache patient-news site", False, "", False, False),
    ("r202-010", N, True, "22020212", True, "consumer-group health letter recall list", U,
     "Lists class II drug recalls with manufacturer and lot numbers, points to the FDA enforcement report and warns readers never to stop a recalled drug before talking to their doctor or pharmacist.",
     "date 2: 'Health Letter, March 2021' and the period covered. risks 1: recall reasons not given.",
     "qmedrecall", "consumer-advocacy recall roundup with safe stop-or-continue advice", False, "", False, False),
]
