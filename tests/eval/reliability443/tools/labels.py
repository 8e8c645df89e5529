"""rel443 labels: consumer pages on over-the-counter medicines and supplements (50 web pages).

Row: (id, genre, reliable, scores [accuracy_balance, claims, care_prompt, sources,
authorship_review, date, risks_uncertainty, advertising], partial, doc_type, source_leaning, why,
note, query key, picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted,
warning_signs_present). No page text here beyond short quoted phrases.
"""

W = "web page"
U = "unreliable-leaning"
R = "reliable-leaning"

Q = {
    "qhead": "best over the counter painkiller for headache ibuprofen or paracetamol",
    "qcold": "which cold medicine should I take for a stuffy nose and cough",
    "qsleep": "over the counter sleep aids diphenhydramine doxylamine safe to take every night",
    "qacid": "antacid vs omeprazole for heartburn which works best over the counter",
    "qlax": "best laxative for constipation over the counter stool softener vs miralax",
    "qhay": "antihistamine for hay fever cetirizine loratadine which is better drowsy",
    "qmela": "melatonin gummies how much should I take for sleep",
    "qvitc": "vitamin C zinc to shorten a cold does it work",
    "qjoint": "natural supplements for joint pain glucosamine turmeric relief",
    "qdiar": "diarrhea medicine loperamide imodium when to take pharmacist advice",
    "qkidfever": "children's fever medicine dosage by weight ibuprofen acetaminophen parents",
    "qmag": "magnesium supplement for leg cramps at night which type",
}

ROWS = [
    ("r443-001", W, True, "22100022", True, "health-system article on choosing an OTC headache medicine", R,
     "accurate class-by-class comparison with the main harms (NSAID bleeding, kidney and heart risk, alcohol with acetaminophen)",
     "no sign for a headache that needs care (sudden severe, with fever or neurological signs) in the excerpt; 'talk to your doctor for specific dosing' is a consult prompt (care 1). risks 2.",
     "qhead", "health-system page on the exact question, first OTC-headache page on an unused domain", False, "", True, False),
    ("r443-002", W, True, "21000001", True, "brand site page on choosing a heartburn medicine class", U,
     "correct description of PPIs, H2 blockers and antacids and when each fits; thin",
     "HARD: a brand's (Omeprazole ODT) page that tells readers which class to take, so warning signs are warranted (POLICY-46 s.1, self-treatment guide on a seller's site); none given, nothing on the 14-day limit or on seeing a doctor for frequent heartburn (care 0), and no harms (risks 0). Label true as thin-but-fair: nothing shown is wrong. claims 1: '24 hour relief'. advertising 1: brand site.",
     "qacid", "a brand's own 'how to know what to take' page", False, "", True, False),
    ("r443-003", W, True, "21110111", True, "shopping guide repost (BestReviews) on heartburn medicines", U,
     "accurate overview of OTC heartburn classes with a 'seek medical advice before long-term use' caution",
     "HARD: 'the strongest cures for these ailments' is loose wording about prescription drugs in general, not a cure claim for a remedy the reader is told to use, so unsafe_advice false (claims 1). 'Users with more chronic ... issues should seek medical advice before any long-term use' is a consult prompt, not a sign tied to an action (POLICY-46 s.2). sources 1: FDA named. advertising 1: shopping guide. date 0: month only in the URL.",
     "qacid", "a product-roundup repost on an allergy site, a different source kind", False, "", True, False),
    ("r443-004", W, True, "11110111", True, "online-pharmacy blog on OTC constipation remedies", U,
     "sound order of choices (fibre first, fluids) with cautions, but some overstatement and a dosing slip",
     "HARD: fibre supplements said to lower cholesterol, stabilise blood sugar 'and even reduces cancer risk' (claims 1), and '3 tablespoons of Metamucil' equated with 25-30 g of fibre (about three times too much fibre per spoon: accuracy 1). No sign (rectal bleeding, weight loss, new constipation in an older adult) tied to an action. Label true: the advice itself is standard and harmless. sources 1: Cleveland Clinic and 'studies' named. advertising 1: pharmacy seller.",
     "qlax", "an overseas online pharmacy's explainer", False, "", True, False),
    ("r443-005", W, False, "11000000", True, "laxative brand page comparing laxative types", U,
     "brand page that describes rival stimulant and fibre laxatives by their side effects and its own product as free of 'harsh' side effects and 'highly recommended'",
     "HARD: the evidence claim for PEG is fair, but the page is one-sided promotion (advertising 0): rival classes get side effects, its own product none (risks 0), no limit on use and no word on when constipation needs a doctor. Treated as a product page (its purpose is to steer to one product), so warning signs not warranted (POLICY-46 s.1). unsafe_advice false: 'without causing harsh gastrointestinal side effects' is a qualified comparative claim, not an unqualified safety guarantee.",
     "qlax", "the brand's own educational page", False, "", False, False),
    ("r443-006", W, True, "12100012", True, "tag page on choosing an antihistamine", U,
     "accurate first- versus second-generation comparison with interaction and glaucoma/prostate cautions",
     "HARD: suggests a first-generation antihistamine for 'a sudden flare-up (like after a bee sting)' with no word on anaphylaxis signs or emergency care (accuracy 1); otherwise standard. 'check the label or ask a pharmacist' is a consult prompt (care 1), no sign tied to an action. risks 1: side effects and interactions.",
     "qhay", "a plain-language comparison on an unused domain", False, "", True, False),
    ("r443-007", W, True, "22100212", True, "blog-style article on second-generation antihistamines", U,
     "accurate introduction to non-drowsy antihistamines, with 'supposedly' and 'individual response' hedges",
     "thin-but-fair: the excerpt stops before efficacy data; no care prompt or sign. date 2: '27 Jul 2025'. risks 1: drowsiness only.",
     "qhay", "a UK-framed comparison piece", False, "", True, False),
    ("r443-008", W, False, "11000010", True, "scraped fragment on non-sedating antihistamines on a spam domain", U,
     "disjointed scraped sentences with no usable guidance",
     "HARD: nothing shown is dangerous, but the text is stitched fragments ('This substance causes many of the symptoms' with no referent; cetirizine and loratadine called nonsedating and 'very similar' then said to differ) on an unrelated .ru host; labelled false as unusable (as r79-003) rather than thin-but-fair. No care prompt or sign. risks 1: side effects of first-generation drugs listed.",
     "qhay", "a spam-host page, to reach the unreliable end", False, "", True, False),
]
