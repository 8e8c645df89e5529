"""rel349 labels: Q (query key -> query as sent to the `pages` search) and ROWS (one tuple per page:
id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources, authorship_review, date,
risks_uncertainty, advertising), partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present).
Labelled blind from the stored excerpts only (POLICY-46: shop/brand/service pages are product pages,
warning signs not warranted; seller blog posts telling readers how to treat a condition are warranted)."""

W = "web page"
U = "unreliable-leaning"

Q = {
    "qjoint": "supplement for joint pain arthritis shop what causes joint pain",
    "qeczema": "skincare brand eczema guide what is eczema our cream",
    "qhay": "online pharmacy hay fever condition hub symptoms treatments buy",
    "qtens": "TENS machine for back pain how it works shop",
}

ROWS = [
    ("r349-001", W, True, "11110011", True, "supplement shop blog post (joint pain, supplements)", U,
     "accurate overview of joint-pain causes and supplements, says they are not cures and should be combined with professional guidance; glucosamine/chondroitin evidence put kindly",
     "HARD: 'backed by scientific studies' and 'fewer side effects compared to conventional treatments' overstate (accuracy 1, claims 1); 'generally safe, with mild side effects' is qualified and names harms, so not unsafe_advice. A seller's blog on using supplements for a condition: warning signs warranted (POLICY-46 s1), none shown. sources 1: author-year citations, no links.",
     "qjoint", "supplement-shop blog on joint pain and supplements", False, "", True, False),
    ("r349-002", W, True, "11100001", True, "supplement maker's blog post (joint pain remedies)", U,
     "accurate causes of joint pain and a hedged glucosamine section; says joint pain can merit medical treatment; no harms of the supplements in the excerpt",
     "HARD: thin-but-fair seller blog: 'five' supplements in the intro vs 'seven' in the list, 'could even slow the progression' hedged (claims 1); 'can sometimes merit medical treatment' is a consult prompt with no sign (care 1, warning_signs_present false). Warranted: self-treatment blog. risks 0: supplements recommended with no harm or interaction named.",
     "qjoint", "supplement brand's blog, remedies for joint pain", False, "", True, False),
    ("r349-003", W, True, "11000011", True, "online pharmacy tag/hub page (joint pain)", U,
     "machine-written but accurate hub text: OA vs RA, physiotherapy and weight for OA, disease-modifying drugs essential for RA, supplements hedged ('may')",
     "HARD: a .su online-pharmacy hub with SEO 'entity web' wording ('joint pain encompasses inflammation ...', claims 1 for 'supplements can alleviate joint pain'); the substance is right, so thin-but-fair. No prompt to see a doctor or sign (care 0) although it gives management tips, so warranted and absent.",
     "qjoint", "pharmacy condition hub on joint pain", False, "", True, False),
    ("r349-004", W, True, "22000011", True, "supplement shop article (joint pain causes and supplements)", U,
     "accurate description of joint pain, its common causes and risk factors; the supplement part is not reached in the excerpt",
     "the excerpt stops before the relief options and supplements, so it is judged on the accurate explainer part; no care prompt or sign (infection, hot swollen joint) yet. Warranted: a how-to-manage guide on a seller's site.",
     "qjoint", "shop page explaining joint pain before its supplements", False, "", True, False),
    ("r349-005", W, True, "21000010", True, "online pharmacy category blurb (hay fever)", U,
     "three accurate sentences on hay fever ending in 'can be effectively treated with our medication options'",
     "HARD: a sales blurb (advertising 0) with a promotional efficacy line (claims 1) but nothing false; thin-but-fair rather than false for selling, because the medicines are standard. Product page: warning signs not warranted (POLICY-46 s1).",
     "qhay", "online pharmacy's hay fever treatment page", False, "", False, False),
    ("r349-006", W, True, "21000010", True, "online pharmacy / online-doctor condition page (hay fever)", U,
     "accurate explanation of hay fever, histamine and common allergens, framed around treatments to buy from the pharmacy",
     "HARD: it explains the condition at length but its purpose is the online-doctor service and shop (advertising 0, claims 1 for 'many effective treatments available to buy online'), so treated as a service/product page: warning signs not warranted. No harms of antihistamines or decongestants in the excerpt (risks 1: no intervention detailed yet).",
     "qhay", "pharmacy's online-doctor hay fever hub", False, "", False, False),
    ("r349-007", W, True, "11100010", True, "online pharmacy category page (hay fever medication)", U,
     "accurate basics (no cure, antihistamines, decongestants, eye drops, steroids) with a 'most effective and clinically proven' sales line and a see-your-GP prompt",
     "'over-the-counter allergy medicines prescribed by your pharmacist' is muddled (accuracy 1) and 'the most effective and clinically proven' is a superlative sales claim (claims 1), but not a cure or safety claim. 'always better to see your GP' is a consult prompt (care 1). Product page: not warranted.",
     "qhay", "pharmacy shop category page with condition text", False, "", False, False),
    ("r349-008", W, True, "12100010", True, "online pharmacy clinic condition page (hay fever)", U,
     "accurate on pollen, symptoms, no cure and OTC vs prescription treatment; chest tightness, wheeze and breathlessness listed as hay fever symptoms with no advice, and the 'if severe' line is cut off",
     "HARD: the 'if the symptoms are severe ...' sentence is cut mid-way, so no sign+action is shown (warning_signs_present false, care 1 for the promise); wheeze and shortness of breath listed as ordinary symptoms without an asthma prompt (accuracy 1). Service page of an online prescriber: warning signs not warranted (POLICY-46 s1).",
     "qhay", "online prescribing pharmacy's condition page", False, "", False, False),
    ("r349-009", W, False, "10000000", True, "device shop collection page (TENS units)", U,
     "sales page asserting that TENS breaks a 'muscle guarding' / waste-product cycle and aids healing, with no evidence, limits or contraindications",
     "the mechanism ('accumulation of waste products', 'aid in the normal healing process') is unsupported and TENS evidence for back pain is mixed (claims 0); no pacemaker/pregnancy/epilepsy cautions (risks 0). 'can help' is hedged, so no cure or safety claim: unsafe_advice false. Product page: not warranted.",
     "qtens", "TENS device shop explaining back pain", False, "", False, False),
    ("r349-010", W, True, "22000011", True, "UK online pharmacy condition hub (hay fever and allergies)", U,
     "accurate explanation of seasonal and perennial allergic rhinitis and their triggers; consultation links in the page chrome",
     "pharmacy hub page whose excerpt is explanatory only (cookie banner and consultation links: advertising 1). 'Hay fever occurs in the spring and summer' and 'caused by an increase in histamine' are simplified but fair. Product/service hub: not warranted.",
     "qhay", "pharmacy's hay fever and allergy hub", False, "", False, False),
]
