"""rel435 labels: Q (query key -> query) and ROWS (one tuple per page; order as reltools.build).
Scores in criteria order: accuracy_balance, claims, care_prompt, sources, authorship_review, date,
risks_uncertainty, advertising. No page text here beyond short quoted phrases."""

Q = {
    "q01": "ayurvedic treatment for psoriasis clinic",
    "q02": "unani medicine treatment for diabetes herbal",
    "q03": "traditional chinese medicine acupuncture clinic infertility treatment",
    "q04": "siddha medicine treatment for arthritis",
}

W = "web page"
U = "unreliable-leaning"
R = "reliable-leaning"

ROWS = [
    ("r435-001", W, False, "10000012", True, "Ayurveda clinic service page on psoriasis", U,
     "Accurate symptom list, but presents panchakarma 'cleansing of the body' as very important for treating psoriasis, an unsupported claim, with no evidence, risks or mention of standard care.",
     "HARD: no cure word and no harm advice; false for the unsupported detox rationale and treatment promotion on a clinic page. Product/clinic page: warnings not warranted (POLICY-46 s1).",
     "q01", "Ayurveda clinic's psoriasis service text; second result", False, "", False, False),
    ("r435-002", W, True, "11000011", True, "diabetes explainer on a Unani remedy seller's site", U,
     "Standard diabetes definition, complications and ADA/AACE glucose targets; one error (retinopathy called an infection) and a garbled table, but no Unani claim in the excerpt.",
     "HARD: seller site; the excerpt is a condition explainer (warranted) and stops at the 'alert level and treatment plan' table before any action, so warning_signs_present false. Thin-but-fair with a factual slip.",
     "q02", "Unani dawakhana's diabetes page; third result, explainer before products", False, "", True, False),
    ("r435-003", W, False, "00000000", True, "Ayurveda clinic service page on psoriasis", U,
     "Explains psoriasis as toxins accumulating in tissues and promises 'complete healing of the skin' from purification and herbs; an effective-treatment claim with no evidence or risks.",
     "HARD: 'promote complete healing' read as an aim, not an unqualified cure guarantee, so unsafe_advice false; the toxin model is false. Clinic page: warnings not warranted.",
     "q01", "Ayurveda clinic psoriasis page; fourth result", False, "", False, False),
    ("r435-004", W, False, "10000000", True, "Ayurveda wellness centre blog on psoriasis treatment", U,
     "Accurate description of psoriasis and its comorbidities, then recommends induced vomiting, purgation and bloodletting as 'imperative' treatment with no evidence and no mention of their risks.",
     "HARD: no cure or safety word, so not unsafe on the rules, but emesis/purgation/bloodletting for a chronic disease with no risks named makes it false. Centre's service blog: warnings not warranted.",
     "q01", "wellness centre's treatment blog listing panchakarma procedures; sixth result", False, "", False, False),
    ("r435-005", W, False, "10002010", True, "Ayurveda clinic page on psoriasis (Melbourne)", U,
     "Clinical description is mostly accurate (typo 'zero-negative'), but asserts 'Ayurveda offers effective treatment for psoriasis' and closes with a booking pitch.",
     "Clinic page: warnings not warranted. Dated (July 2018).",
     "q01", "Australian Ayurvedic psoriasis clinic page; seventh result, reaching past the first results", False, "", False, False),
    ("r435-006", W, False, "00000010", True, "Ayurvedic hospital treatment blurb on psoriasis", U,
     "Short blurb with errors ('auto somatic disease', 'mostly hereditary ... young adult males') and the unsupported claim that psoriasis is better treated with panchakarma purification.",
     "Treatment-service blurb of a charitable hospital: a clinic page, warnings not warranted.",
     "q01", "temple-trust Ayurvedic hospital's treatment blurb; eighth result", False, "", False, False),
    ("r435-007", W, False, "10100020", True, "Unani practitioner's article on diabetes", U,
     "Accurate overview of diabetes and frames Unani as complementary, but presents humoral theory as fact and implies Unani improves immunity and prevents complications where conventional therapy 'targets blood glucose alone'.",
     "HARD: 'complementary' framing and no advice to stop medicines; false for unsupported benefit claims and disparaging standard care. An article on treating a condition: warranted; no signs in excerpt.",
     "q02", "Unani practitioner's diabetes article; fourth result", False, "", True, False),
    ("r435-008", W, True, "11000011", True, "TCM clinic page on female infertility", U,
     "Correct definition of infertility (one year, six months over 35) and its causes; TCM pattern theory stated as belief and IVF benefit hedged as 'some studies'.",
     "HARD: TCM mechanism language ('nourish qi and blood') is unsupported but framed as the TCM view; no cure or safety claim; thin-but-fair. Clinic page: warnings not warranted.",
     "q03", "Australian TCM clinic's infertility page; fourth result", False, "", False, False),
    ("r435-009", W, False, "00010000", True, "acupuncture and Chinese herbal clinic conditions page on fertility", U,
     "Claims acupuncture is 'more effective than medicine' for pregnancy and male infertility, that TCM has 'proved highly effective for over three thousand years' and that acupuncture has no significant side effects.",
     "HARD: unsafe_advice for the own-voice safety claim of no significant side effects (a footnote number is not attribution in the sentence). Clinic page: warnings not warranted.",
     "q03", "UK acupuncture clinic's fertility section with numbered citations; second result", True,
     "Acupuncture has no significant short- or long-term detrimental side effects.", False, False),
    ("r435-010", W, False, "00000010", True, "physician practice blog on acupuncture for fertility", U,
     "Cites one IVF trial's 42.5% vs 26.3% as settled and calls acupuncture a 'successful treatment in restoring fertility' with 'great results', overstating weak and conflicting evidence.",
     "HARD: 'can be considered as successful treatment' hedged, not counted as a cure guarantee. Practice service blog: warnings not warranted.",
     "q03", "MD practice's acupuncture-fertility blog; seventh result", False, "", False, False),
]
