"""rel293 labels: Q (query key -> query as sent to the 'pages' search) and ROWS (one tuple per
page: id, genre, reliable, scores in criteria order, partial, doc_type, source_leaning, why, note,
query key, picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted,
warning_signs_present). Labelled blind from the stored text only."""

W, N = "web page", "news"
RL, UL = "reliable-leaning", "unreliable-leaning"

Q = {
    "eds": "what is Ehlers-Danlos syndrome symptoms inheritance",
    "cf": "my child was diagnosed with cystic fibrosis what does it mean life expectancy",
    "mfs": "Marfan syndrome signs diagnosis treatment fact sheet",
    "hd": "is Huntington's disease inherited chance of passing it on genetic testing",
}

ROWS = [
    ("r293-001", W, True, "10200012", True, "rare-disease charity's disease page (EDS)", RL,
     "Accurate overview of EDS symptoms, inheritance, no cure and supportive therapy, with a prompt to talk to a doctor and a genetic counsellor.",
     "accuracy 1: 'six major types' is the 1997 scheme (13 types since 2017). warning_signs warranted (condition overview) but none given.",
     "eds", "rare-disease charity page in the EDS results", False, "", True, False),
    ("r293-002", W, True, "11101212", True, "university orthopaedics department patient article (EDS)", RL,
     "Dated (2011) but accurate basics of EDS and its inheritance, with a prompt for women with EDS to discuss pregnancy with an EDS-aware doctor.",
     "HARD: dated page with old nomenclature ('EDS IV') and a low prevalence figure ('fewer than 1 in 20 000'); nothing misleading in a harmful way, so true. care 1: pregnancy consult prompt only; no signs.",
     "eds", "university department patient page; shows an update date", False, "", True, False),
    ("r293-003", W, True, "20000012", True, "patient-group definition page (EDS)", RL,
     "Short, accurate definition of EDS and its collagen cause; the 1997 six-type scheme is stated as history.",
     "HARD: thin; a reader might take 'six major types' as current (13 since 2017), but the sentence is dated to 1997. Definition/genetics explainer: warning_signs not warranted.",
     "eds", "patient-group page, top EDS result", False, "", False, False),
    ("r293-004", W, False, "00001112", True, "charity site page on CF life expectancy", UL,
     "Presents stale survival figures (median 33.4 years) under a 2021 copyright and says 'many' with CF still die in childhood, misleading parents about today's outlook.",
     "HARD: accurate history of gene discovery and adult complications; false for outdated, unreferenced prognosis figures ('In 1980, life expectancy reached age 10' is also off) and 'over 95 percent of men ... are sterile' (infertile, not sterile). Prognosis page: warning_signs not warranted.",
     "cf", "charity page answering the life-expectancy question; older figures", False, "", False, False),
    ("r293-005", W, True, "21111022", True, "children's hospital CF information page for families", UL,
     "Quotes the CF Trust and UK registry median predicted survival of 47, explains why it cannot be applied to individuals and why treatment matters.",
     "risks 2: uncertainty of the figure stated plainly. Prognosis page: warning_signs not warranted.",
     "cf", "hospital family-information page; cites CF Trust and registry", False, "", False, False),
    ("r293-006", W, False, "00000012", True, "CF information site prognosis page", UL,
     "Undated, outdated prognosis (half live to about 33) with a fatalistic 'deterioration is inevitable, leading to ... death', no word of modern treatments.",
     "HARD: text reads like an older medical-manual summary and was fair for its time (as ext045, outdated in a way that misleads). Prognosis page: warning_signs not warranted.",
     "cf", "CF information site on prognosis; older-looking text", False, "", False, False),
    ("r293-007", W, False, "02100012", True, "health content site listicle (Marfan symptoms)", UL,
     "Sound advice on testing, but factual errors: Marfan 'discovered the disease in the 1930's' (described 1896) and 'linked to any of the 22 numbered chromosomes' (FBN1 on chromosome 15).",
     "HARD: no harmful advice and the testing paragraph is good; false for errors a careful editor would not pass. warning_signs_present true on the letter: several symptoms together, especially with family history -> be tested.",
     "mfs", "content-site listicle on Marfan symptoms", False, "", True, True),
    ("r293-008", W, True, "21010012", True, "Marfan education site symptoms and diagnosis page", RL,
     "Accurate list of Marfan features and complications (aortic aneurysm and dissection, pneumothorax, lens dislocation) and the tests used to diagnose it.",
     "sources 1: numbered references shown but not listed in the excerpt. warning_signs warranted (symptom page, dissection named) but no action tied to a sign.",
     "mfs", "Marfan education site page on symptoms and diagnosis", False, "", True, False),
    ("r293-009", W, True, "22201012", True, "provincial government health-information care instructions (Marfan)", RL,
     "Plain, accurate care instructions: aortic tear as the main danger, medicines to reduce aortic stress, relatives' checks, genetic counselling and follow-up.",
     "HARD: 'call your doctor or nurse advice line ... if you are having problems' is a consult prompt with no sign (warning_signs_present false, as r85-001's vague action). Host is a test subdomain of the government site.",
     "mfs", "government care-instructions page (Canada)", False, "", True, False),
    ("r293-010", W, True, "22100012", True, "HD predictive-testing programme information page", RL,
     "Accurate autosomal dominant inheritance (50:50 per child) and a non-directive account of the choice to test.",
     "Genetics/testing explainer: warning_signs not warranted.",
     "hd", "testing-programme page on HD transmission", False, "", False, False),
]
