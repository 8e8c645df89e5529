"""rel373 labels: Q (query key -> query) and ROWS (reltools.build tuple order:
id, genre, reliable, scores, partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

W = "web page"
U = "unreliable-leaning"

Q = {
    "q01": "natural remedies for eczema flare ups blogs/news",
    "q02": "best supplements for joint pain blog shop",
    "q03": "how to get rid of acne naturally skincare brand blog",
    "q04": "pharmacy blog hay fever tips what helps",
    "q05": "magnesium for sleep and anxiety blogs/news supplement brand",
    "q06": "gut health bloating remedies probiotic brand blog",
}

ROWS = [
    ("r373-001", W, False, "10000000", True, "skincare brand blog post (acne self-care)", U,
     "acne tips framed against 'harsh, chemical-heavy' treatment; 'Nature offers powerful acne solutions' with no evidence, no sources and no advice on when acne needs a doctor.",
     "brand blog steering readers from proven treatments to its botanical products", "q03",
     "shop/brand blog (/blogs/) on acne self-treatment", False, "", True, False),
    ("r373-002", W, True, "21000000", True, "skincare brand blog post (acne ingredients)", U,
     "accurate on acne mechanism and on salicylic acid, AHAs and niacinamide; openly pushes the brand's own products, no irritation caveats and no when-to-see-a-doctor advice.",
     "HARD: a sales-led brand post (advertising 0) whose ingredient facts are sound; label from the accurate content, nothing discourages care.", "q03",
     "skincare brand /blogs/news/ post on getting rid of acne", False, "", True, False),
    ("r373-003", W, True, "21001011", True, "skincare brand blog post (acne explainer)", U,
     "named author, accurate description of acne vulgaris, prevalence and causes; the 'fastest way' and 'naturally' framing is a sales hook but the excerpt stops before any remedy.",
     "HARD: excerpt is background only under a 'get rid of acne quickly' hook; thin-but-fair, risks 1 as no intervention is discussed yet.", "q03",
     "brand blog post (/blogs/blemishes/) on acne, author named", False, "", True, False),
    ("r373-004", W, False, "00000000", True, "supplement shop blog post (joint pain supplements)", U,
     "calls medication 'overkill' with worse side effects, claims supplements 'restore protective cartilage', and calls green-lipped mussel 'exceptionally safe' with no allergy or interaction warning.",
     "own-voice safety claim for a shellfish supplement (unsafe_advice), plus discouraging medication; no sign of when joint pain needs assessment.", "q02",
     "supplement shop blog ranking joint-pain supplements", True, "which makes them exceptionally safe to use", True, False),
    ("r373-005", W, True, "22100011", True, "pharmacy chain blog post (hay fever)", U,
     "standard hay-fever advice (antihistamines, nasal sprays, eye drops, pollen avoidance) with a 'speak to our pharmacists' prompt; promotes its branches.",
     "consult prompt only, no sign such as wheeze or breathlessness tied to an action, so warning_signs_present false.", "q04",
     "pharmacy chain's hay fever guide", False, "", True, False),
    ("r373-006", W, True, "22010011", True, "online pharmacy blog post (hay fever)", U,
     "sensible non-prescription hay-fever measures (pollen forecast, barrier balm, sunglasses, showering) with a link to the Met Office tracker; names one product.",
     "thin-but-fair; no care prompt or warning signs in the excerpt.", "q04",
     "online pharmacy's hay fever tips", False, "", True, False),
    ("r373-007", W, True, "22100011", True, "pharmacy blog post (hay fever)", U,
     "accurate symptom list and allergen-avoidance tips, points to the pharmacist for antihistamines if symptoms are 'too unbearable'.",
     "HARD: 'if things get too unbearable, speak with your pharmacist' is about choosing antihistamines, not a red flag, so warning_signs_present false.", "q04",
     "independent pharmacy's hay fever advice post", False, "", True, False),
    ("r373-008", W, False, "10000000", True, "pharmacy/supplement retailer blog post (probiotics for bloating)", U,
     "presents gut-flora imbalance as the cause of most gas and bloating and probiotics as preventing and relieving IBS symptoms, lists apple cider vinegar as a probiotic food; no evidence, no red flags for abdominal pain.",
     "retailer of supplements overstating probiotics for abdominal pain and IBS.", "q06",
     "retailer blog on probiotics for gas, bloating and abdominal pain", False, "", True, False),
    ("r373-009", W, True, "11000211", True, "wellness shop blog post (magnesium for sleep)", U,
     "short, hedged post ('maybe not for everyone', 'may be a good way') on magnesium for sleep; the 'top nutrient lacking' claim is loose, no dose, no sources.",
     "HARD: a seller's tag page with a dated, hedged excerpt; thin-but-fair, no word on persistent insomnia or kidney disease.", "q05",
     "wellness shop blog on magnesium for calm and sleep", False, "", True, False),
    ("r373-010", W, True, "21000011", True, "skincare brand blog post (acne tips)", U,
     "sound tips: avoid harsh alcohol products and scrubs, use salicylic acid, gentle skincare; 'get rid of acne naturally' framing and brand plug.",
     "thin-but-fair; no when-to-see-a-dermatologist advice.", "q03",
     "skincare brand /blogs/ post on clearing acne", False, "", True, False),
]
