"""rel50 labels: one blind labeller, from the stored excerpts only. Row:
(id, genre, reliable, scores 'ABCDEFGH' in CRITERIA order, partial, doc_type, source_leaning, why,
note, query key, picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted,
warning_signs_present)."""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "focus": "best supplements to improve focus and concentration naturally",
    "cramps": "herbs for menstrual cramps that actually work",
    "trig": "natural remedies to lower high triglycerides",
    "p6": "acupressure point P6 for nausea does it work",
    "mag": "magnesium for night leg cramps",
    "drymouth": "home remedies for dry mouth",
}

ROWS = [
    ("r50-001", W, False, "00000002", True, "supplement listicle on a lifestyle blog", U,
     "Sells ginkgo as something that 'Oxygenates Your Brain' and promises supplements 'will definitely give you the mental edge', with no evidence, doses, interactions or limits.",
     "Ginkgo's bleeding and drug interactions are not mentioned in the excerpt; no cure or safety word, so unsafe_advice false.",
     "focus", "careless supplement blog for the focus topic", False, "", True, False),
    ("r50-002", W, False, "00101011", True, "personal wellness blog post with affiliate links", U,
     "Promises herbal cramp remedies 'backed by science' while framing painkillers as 'pills that have many negative side effects'; nothing on when period pain needs a doctor.",
     "HARD: it does tell readers on medicines or pregnant to check with a doctor (care 1) and the excerpt stops before the herbs; label for the anti-painkiller framing and unsupported promise. Discouraging OTC painkillers is not discouraging prescribed treatment, so unsafe_advice false.",
     "cramps", "personal blog, affiliate-supported, typical of the remedy blogs the brief asks for", False, "", True, False),
    ("r50-003", W, False, "01110101", True, "herbal-remedy page on a cholesterol content site", U,
     "Calls garlic 'one of the best remedies to reduce triglycerides' on studies about blood pressure, immunity and LDL oxidation, then tells readers to eat raw garlic on an empty stomach daily for months.",
     "HARD: the Mediterranean-diet and trans-fat advice is sound and it hedges ('further studies are required') and says to consult a doctor before garlic supplements (care 1); label for the misapplied evidence and the raw-garlic regimen with no harms (bleeding, stomach).",
     "trig", "content-farm style 'natural medicine' page", False, "", True, False),
    ("r50-004", W, True, "21100012", True, "health content-site article on lowering triglycerides", U,
     "Mainstream lifestyle advice (weight loss, exercise), correct risk links and causes (diabetes, hypothyroidism, medicines), and a blood test through a doctor.",
     "HARD: the triglyceride chart lost half its labels and the English is loose; no sources, author or date, and the excerpt stops at exercise. Label from the accurate substance.",
     "trig", "plain content site that might be careless", False, "", True, False),
    ("r50-005", W, False, "01010012", True, "acupressure post on an energy-healing practice blog", U,
     "States flatly that P6 'relieves nausea' from chemotherapy and that the points work for 'anything that disturbs the stomach', with a garbled account of the trials (the control group is said to have tried acupressure).",
     "HARD: acupressure is harmless and has some trial support, and studies are named (sources 1), but the claims outrun them and nothing says when nausea or vomiting needs care (dehydration, blood).",
     "p6", "practitioner blog promoting acupressure", False, "", True, False),
    ("r50-006", W, True, "22021012", True, "US National Library of Medicine encyclopedia page", R,
     "Hedged ('Sometimes, mild nausea ... may improve'), clear instructions for finding P-6, wristbands described as reported to help, with textbook and Cochrane references.",
     "HARD: no advice on when nausea needs a doctor in the excerpt (care 0) and no date; label from the hedged, referenced content.",
     "p6", "public-health reference page for contrast", False, "", True, False),
    ("r50-007", W, True, "11000011", True, "body-composition company blog post on magnesium", U,
     "Says up front that magnesium 'may not prevent cramps in the general population' and ties benefit to deficiency; the advice is low-risk.",
     "HARD: 'evidence suggests it can be effective for pregnancy-related cramps' overstates mixed evidence, 'verified evidence matrix' is hype and nothing says when cramps need a doctor; label from the honest short answer.",
     "mag", "commercial blog that might oversell supplements", False, "", True, False),
    ("r50-008", W, True, "22020112", True, "evidence-based-medicine podcast show notes", U,
     "Walks through the 2017 JAMA randomised trial (design, inclusion, dose, outcomes) in plain language to answer whether magnesium works.",
     "Care 0: no advice on when cramps need a doctor in the excerpt; the result itself is past the cut.",
     "mag", "evidence-review podcast for contrast", False, "", True, False),
    ("r50-009", W, False, "00000002", True, "home-remedy page on an Ayurveda-style remedy site", U,
     "Claims ginger is 'highly effective in treating' dry mouth and aloe gel helps 'get rid of' it, with no evidence; advises lemon-honey drinks daily with no word on tooth enamel or on medicines and conditions that cause dry mouth.",
     "Efficacy claims without a cure or safety word, so unsafe_advice false (rel41 convention).",
     "drymouth", "remedy site with recipe-style cures", False, "", True, False),
    ("r50-010", W, False, "01100002", True, "listicle on a general content site", U,
     "Says there are 'medically no medicines available' for dry mouth (false), suggests sucking sugar candies (a caries risk in dry mouth) and claims gum always contains xylitol.",
     "HARD: much of the list is harmless (water, humidifier, no alcohol mouthwash) and it says to consult a doctor before stopping a medicine (care 1); label for the false statements.",
     "drymouth", "content farm listicle", False, "", True, False),
]
