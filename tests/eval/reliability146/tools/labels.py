"""rel146 label records (blind; labelled from the stored excerpts only).

Row: id, genre, reliable, scores (accuracy_balance claims care_prompt sources authorship_review date
risks_uncertainty advertising), partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present.
"""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "qecz": "what is eczema living with eczema tips",
    "qpso": "what is psoriasis symptoms and self-care",
    "qibs": "irritable bowel syndrome living with IBS managing flare ups",
    "qknee": "osteoarthritis of the knee what is it and how to manage at home",
    "qacne": "what is acne and how to look after your skin",
    "qros": "rosacea what causes it and how to manage flushing",
    "qgout": "gout attack what is gout living with gout diet",
    "qtin": "tinnitus what is it coping with ringing in the ears",
}

ROWS = [
    ("r146-001", W, True, "22000012", True, "online-pharmacy condition page (eczema)", U,
     "Accurate short overview of eczema with the honest 'no cure' line and standard gentle skin-care tips (lukewarm baths, cotton, daily moisturiser, short nails).",
     "Thin-but-fair: no care prompt and no sign of infected eczema with an action; the 'Causes' and 'Resources' sections are empty in the excerpt. risks 1: only low-risk self-care discussed.",
     "qecz", "online pharmacy's eczema overview page; third result", False, "", True, False),
    ("r146-002", W, True, "12100012", True, "dermatology practice blog post (eczema treatment)", U,
     "Sound outline of eczema triggers and treatment (moisturising, trigger avoidance, OTC or prescription steroid cream, antihistamines for itch) and names infection as a complication.",
     "accuracy 1: 'extreme itching for no apparent reason ... more likely eczema' invites self-diagnosis and the air purifier is loosely supported. care 1: prescription cream implies a clinician, no explicit prompt; 'address it properly' is not an action tied to a sign, so warning_signs_present false. risks 1: no steroid cautions.",
     "qecz", "dermatology practice's eczema treatment post; fifth result", False, "", True, False),
    ("r146-003", W, True, "12001012", True, "patient charity hub page (living with eczema)", U,
     "A patient charity's short introduction to living with eczema; nothing harmful, content mostly a description of what the section covers.",
     "HARD: the line calling atopic dermatitis 'the most severe form' is wrong (it is the most common form), accuracy 1; otherwise only an introduction, thin-but-fair. authorship 1: content said to be developed by medical professionals and patients. source_leaning unreliable-leaning by the rel39+ convention for charities/associations without a public-health remit.",
     "qecz", "patient association's living-with-eczema page, to add a charity source; seventh result", False, "", True, False),
    ("r146-004", W, False, "12100012", True, "symptom-checker portal disease card (psoriasis)", U,
     "The description is accurate, but the 'precautions' are a generic machine list (wash hands with soapy water, stop bleeding using pressure, salt baths) that is not psoriasis care, and symptoms appear as raw data tokens; nothing a reader can rely on for managing the condition.",
     "HARD: nothing dangerous and the description is correct; label false because the advice part is an incoherent dataset artefact presented as precautions, with no mention of actual treatment. care 1: 'consult doctor' with no sign, so warning_signs_present false.",
     "qpso", "symptom-checker portal's auto-generated psoriasis card; third result", False, "", True, False),
    ("r146-005", W, True, "21210012", True, "how-to article repost (psoriasis care, wikiHow-style)", U,
     "Accurate description and puts the doctor's plan and prescribed medication first, with home care as a supplement.",
     "claims 1: 'trying alternative therapies' offered without qualification (the excerpt stops before saying which). sources 1: a numbered reference marker. Reposted how-to text on an unrelated host.",
     "qpso", "how-to repost on an aggregator host; fourth result", False, "", True, False),
    ("r146-006", W, True, "22000012", True, "homeopathy clinic condition page (psoriasis symptoms)", U,
     "Accurate description and symptom list for psoriasis, including nail changes and psoriatic arthritis; the excerpt stops before any treatment.",
     "HARD: a homeopathy clinic's treatment page whose excerpt shows only a correct symptom list; the body decides, thin-but-fair. No care prompt (care 0), no signs with an action.",
     "qpso", "homeopathy clinic's psoriasis page, to include an alternative-medicine source; fifth result", False, "", True, False),
    ("r146-007", W, True, "22200012", True, "online-pharmacy condition page (rosacea)", U,
     "Accurate and balanced rosacea overview: no cure, treatments and trigger avoidance, and a clear prompt to see a dermatologist because it is easily confused with acne or eczema.",
     "risks 1: treatments named without their side effects.",
     "qros", "online pharmacy's rosacea page; fifth result", False, "", True, False),
    ("r146-008", W, True, "12100012", True, "drug-reference portal disease Q&A (gout)", U,
     "Accurate Q&A on gout: cause, no cure but manageable with medication, risk factors including diuretics and low-dose aspirin, prevention.",
     "accuracy 1: asparagus and mushrooms named as triggers (vegetable purines are not linked to attacks) and a garbled 'also found in alcoholic beverages'. care 1: 'your doctor may prescribe' only; no sign such as fever with a hot joint tied to an action.",
     "qgout", "drug-reference portal's gout Q&A; fourth result", False, "", True, False),
    ("r146-009", W, False, "01000002", True, "fitness-site article (gout)", U,
     "Garbled gout page: attacks said to start in the morning, the joint 'soft when pressed', and advice to eat a breakfast containing '100 to 150 mg of uric acid daily'; no medicines and no doctor.",
     "Not unsafe_advice: the nonsensical uric-acid breakfast line is confusing rather than a cure/safety claim. risks 0: diet advice with no uncertainty or limits; no care prompt.",
     "qgout", "fitness gym site's gout explainer; eighth result", False, "", True, False),
    ("r146-010", W, True, "12200012", True, "general blog post (living with tinnitus)", U,
     "Accurate account of tinnitus causes and impact that puts seeing an ENT first and lists evidence-based options (sound therapy, hearing aids, cochlear implants for severe loss).",
     "accuracy 1: 'not a sign of a serious health problem' is stated flatly (one-sided or pulsing tinnitus needs checking). The seek-help line is tied to the ringing itself, not to a red flag, so warning_signs_present false. date only in the URL (0).",
     "qtin", "general blog's living-with-tinnitus post; sixth result", False, "", True, False),
]
