"""rel378 labels: Q (query key -> query) and ROWS (see tests/eval/reltools.py build for the tuple order).

Row: (id, genre, reliable, scores in criteria order [accuracy_balance, claims, care_prompt, sources,
authorship_review, date, risks_uncertainty, advertising], partial, doc_type, source_leaning, why,
note, query key, picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted,
warning_signs_present)."""

W = "web page"
U = "unreliable-leaning"
R = "reliable-leaning"

Q = {
    "qecz": "living with eczema flare ups what helps adults",
    "qpso": "psoriasis explained for patients treatment options",
    "qra": "rheumatoid arthritis what to expect living with RA",
    "qibs": "irritable bowel syndrome managing symptoms diet guide",
}

ROWS = [
    ("r378-001", W, True, "22100012", True, "pharmacy's consumer guide to eczema care", U,
     "Standard eczema self-care (emollients within minutes of showering, lukewarm water, avoid overheating and irritants) and a prompt to seek professional advice before medicines.",
     "risks 1: cortisone ointments named with no side effects in the excerpt. The 'seek professional medical advice' line has no sign, so it is a consult prompt, not warning signs.",
     "qecz", "Australian pharmacy's eczema guide; second result", False, "", True, False),
    ("r378-002", W, True, "11100012", True, "lifestyle-magazine tips on managing an eczema flare", U,
     "Opens with seeing the doctor and gives ordinary flare care (moisturise, cortisone cream, not scratching); softer claims favour 'organic' products and scar removal.",
     "HARD: 'organic skincare products are a particularly good choice' and 'get rid of eczema scars' are unsupported but minor; the core advice is standard, so thin-but-fair. No sign tied to an action.",
     "qecz", "women's-magazine site on eczema flares", False, "", True, False),
    ("r378-003", W, True, "22100012", True, "dermatology clinic's psoriasis service page", U,
     "Accurate clinical description of psoriasis types, triggers and psoriatic arthritis, noting erythrodermic psoriasis needs emergency treatment.",
     "HARD: a clinic service page, so warning signs are not warranted (POLICY-46 §1); the erythroderma line (over 90% of the skin inflamed -> emergency treatment) is a sign tied to an action, so present is true.",
     "qpso", "Greek clinic's English psoriasis page", False, "", False, True),
    ("r378-004", W, False, "10000001", True, "dermatology practice's psoriasis treatment page", U,
     "Accurate two-line description, then calls light treatment and systemic biologic medications 'safe' with no word on infection or other risks, to promote the practice's treatments.",
     "HARD: mostly correct and short; false for the promotional 'safe systemic biologic medications' on immunosuppressive drugs (claims 0, risks 0). Not unsafe_advice: a descriptive adjective, not a guarantee or an instruction (as r94-001's 'simple and safe'). Service page: warnings not warranted.",
     "qpso", "dermatology practice service page on psoriasis", False, "", False, False),
    ("r378-005", W, True, "12010011", True, "AI search engine's generated answer on psoriasis", U,
     "A cited AI summary: accurate description, psoriatic arthritis risk and treatment classes; one slip calls biologics oral medications.",
     "HARD: machine-generated answer with numbered references not listed (sources 1) and a factual slip (biologics are injected); otherwise sound, so true. No care prompt.",
     "qpso", "AI answer page from a search engine's labs site; unusual source kind", False, "", True, False),
    ("r378-006", W, True, "22000012", True, "patient-toolkit FAQ on rheumatoid arthritis", U,
     "Clear, accurate FAQ on what RA is, causes, who gets it and symptoms.",
     "Prevalence '1-2%' is at the high end; no treatment discussed in the excerpt (risks 1). No care prompt in the excerpt.",
     "qra", "RA patient-toolkit FAQ", False, "", True, False),
    ("r378-007", W, True, "22101212", True, "health-system article reposted on a weight-loss programme site", U,
     "Dated, attributed (a named occupational therapist) and accurate account of RA, its risk factors and why early treatment matters.",
     "authorship 1, date 2. The excerpt stops at 'left untreated' before any when-to-see-a-doctor advice.",
     "qra", "hospital-system explainer on an RA topic, on an unused domain", False, "", True, False),
    ("r378-008", W, True, "11100011", True, "content-site article on an IBS diet", U,
     "Reasonable IBS diet advice (food diary, eliminate a trigger only if it recurs, balanced diet) and says a diagnosis is needed first; attributions are broken and red-flag symptoms are not named.",
     "HARD: thin-but-fair; the 'receive a diagnosis' line is a consult prompt without a sign. Dated Rome criteria and broken 'explains that' attributions lower accuracy and sources.",
     "qibs", "content site on digestion; IBS diet", False, "", True, False),
    ("r378-009", W, True, "22010011", True, "vitamin shop's condition-centre article on IBS diet", U,
     "Short, accurate list of dietetics-association IBS eating guidelines.",
     "advertising 1: on a vitamin shop's site, though the excerpt sells nothing. No care prompt or red flags.",
     "qibs", "vitamin-store condition centre page", False, "", True, False),
    ("r378-010", W, True, "11100011", True, "gastroenterology practice's IBS diet sheet", U,
     "Practical IBS diet suggestions from a GI practice (fibre, food diary, low FODMAP for bloating), with weaker items such as a daily multivitamin, daily probiotic and self-directed gluten and six-food elimination.",
     "HARD: a practice handout; suggesting gluten elimination without first testing for coeliac disease and routine supplements lower accuracy, but nothing is harmful. Self-care guide, so warranted; no sign tied to an action.",
     "qibs", "GI practice patient-information diet page", False, "", True, False),
]
