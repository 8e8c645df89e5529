"""rel422 labels: Q (query key -> query) and ROWS (one tuple per page, reltools.build order:
id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources, authorship_review,
date, risks_uncertainty, advertising), partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

W = "web page"
U = "unreliable-leaning"
R = "reliable-leaning"

Q = {
    "qcold": "pharmacist advice cold and flu season which medicine to take",
    "qallergy": "drugstore health tips allergy season antihistamine choose",
    "qflushot": "health insurance member wellness blog flu shot why get vaccinated",
    "qemploy": "employee wellness program newsletter healthy habits winter",
}

ROWS = [
    ("r422-001", W, True, "12100011", True, "independent pharmacy's cold-and-flu tips page", U,
     "Standard pharmacist tips (match the product to the symptom, check for duplicate ingredients, ask the pharmacist); thin and SEO-worded but nothing misleading.",
     "HARD: 'you have to combine over-the-counter medications or prescription meds just to get the desired results' nudges towards combining (accuracy 1), but the same paragraph warns about duplicate ingredients and overmedication (risks 1). No sign tied to an action in the excerpt. advertising 1: local-pharmacy SEO framing ('in North Carolina').",
     "qcold", "independent pharmacy's own tips page for cold and flu medicines; result 8", False, "", True, False),
    ("r422-002", W, True, "21200020", True, "pharmacy-style guide to choosing cold and flu medicines, with a discount code", U,
     "Symptom-targeted OTC advice with sound cautions (duplicate paracetamol, pseudoephedrine and high blood pressure, children and pregnancy) and a 'when to see a doctor' list with concrete signs.",
     "HARD: 'Saline nasal spray — safe for all ages' is an unqualified safety line, but for saline it is accurate, so not unsafe_advice (claims 1). advertising 0: 'Exclusive offer ... Use code HEALTH10 at checkout' inside the guide. warning_signs_present: shortness of breath, chest pain, persistent high fever, confusion or symptoms over 7-10 days + urgent care.",
     "qcold", "pharmacist-guide page on an odd subdomain with a checkout code; result 7", False, "", True, True),
    ("r422-003", W, True, "22000021", True, "online-pharmacy-style tag page on allergy medicines", U,
     "Accurate outline of antihistamines, nasal steroids, decongestants and montelukast, with side effects, drowsiness and blood-pressure interactions named.",
     "No care prompt or sign (care 0), e.g. nothing on symptoms that are not allergy or on wheeze. advertising 1: the 'buy online' section on a tag page.",
     "qallergy", "online-pharmacy-style explainer of allergy medicine classes; result 5", False, "", True, False),
    ("r422-004", W, True, "12200011", True, "family health team blog post on OTC allergy drugs", U,
     "Lists OTC allergy drug classes, advises asking a doctor or pharmacist about interactions, limits self-use to a few days before consulting, and mentions prescription options and allergy shots.",
     "HARD: 'Don't use over-the-counter antihistamines and decongestants for more than a few days without consulting your doctor' is counted as a persistence condition tied to an action (as r41-011), so warning_signs_present true. accuracy 1: antihistamines are said to work by 'lowering the amount of histamine' (they block its receptors), and the few-days limit fits decongestants more than antihistamines. date 0: the date is only in the URL.",
     "qallergy", "primary-care team's seasonal allergy post; result 7", False, "", True, True),
    ("r422-005", W, False, "10000011", True, "content-site listicle on choosing allergy medication", U,
     "Tells readers allergies are 'not very hard to get rid of' and can 'easily' be handled with the right drug, lists wheezing as an allergy symptom with no asthma or care advice, and garbles the blood-pressure caution.",
     "HARD: the drug classes listed are correct, so this is overclaiming and garbling rather than dangerous advice; 'get rid of' is an efficacy claim, not a cure or safety guarantee, so unsafe_advice false. advertising 1: inserted 'Recommendation'/'Recommended' links to unrelated posts.",
     "qallergy", "content-site guide with overconfident framing; result 8", False, "", True, False),
    ("r422-006", W, True, "22110011", True, "health-plan administrator's wellness blog post on flu shots", U,
     "Accurate reasons to get a flu shot: realistic 40-60% risk reduction, no flu from the vaccine, sore arm as a side effect, protection in pregnancy; quotes the Surgeon General.",
     "warning signs not warranted: a vaccination explainer, no symptom or self-treatment. sources 1: Surgeon General quoted, the source of the list lost ('shares five reasons'). date 0: no date shown. advertising 1: the blog's own plan-management posts in the header.",
     "qflushot", "benefits administrator's blog post aimed at plan members and employers; result 5", False, "", False, False),
    ("r422-007", W, True, "22110211", True, "health insurer's magazine article on flu shot facts", U,
     "Accurate, CDC-attributed reasons to get the yearly flu shot, including safety in pregnancy with a talk-to-your-doctor line; dated update.",
     "warning signs not warranted (vaccination explainer). risks 1: safety stated with links, no side effects in the excerpt. advertising 1: points to the insurer's preventive-care section.",
     "qflushot", "health insurer's member magazine page; result 6", False, "", False, False),
    ("r422-008", W, True, "12110201", True, "health insurer's Medicare blog post urging flu shots", U,
     "Encourages flu vaccination for community protection and cites the CDC's season figures; accurate in substance.",
     "HARD: 'getting a flu shot really isn't about you at all' understates the shot's direct benefit to an older reader, and the 70 percent herd-immunity line is a simplification (accuracy 1). risks 0: no side effect or limit of the vaccine named. warning signs not warranted. advertising 1: Medicare plan promotion.",
     "qflushot", "insurer's Medicare blog post; result 7", False, "", False, False),
    ("r422-009", W, True, "11100012", True, "insurance agency's winter wellness guide", U,
     "General winter habits (sleep, hydration, vitamin D with a talk-to-your-doctor line, stress); mostly sensible lifestyle advice.",
     "claims 1: 'This small adjustment can make a big difference in fighting off sickness' overstates vitamin D; 'strengthening your natural defenses' framing (accuracy 1). warning signs not warranted: general healthy-living guide, no symptom or condition.",
     "qemploy", "insurance agency's wellness category page; result 2", False, "", False, False),
    ("r422-010", W, True, "11000012", True, "employee-benefits site article on winter wellness programmes", U,
     "Advice to employers on winter wellness activities alongside the flu vaccine; harmless, with one unsupported immune claim.",
     "HARD: 'An extended break from prioritizing wellness weakens the immune system' is unsupported (accuracy 1, claims 1); the page addresses employers, not patients, so warning signs not warranted. Thin-but-fair.",
     "qemploy", "employer-facing wellness article; result 7", False, "", False, False),
]
