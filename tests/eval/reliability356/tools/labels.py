"""rel356 labels: Q (query key -> query) and ROWS (reltools.build tuple order: id, genre, reliable,
scores [accuracy_balance, claims, care_prompt, sources, authorship_review, date, risks_uncertainty,
advertising], partial, doc_type, source_leaning, why, note, query key, picked_because,
unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

Q = {
    "qps": "what is psoriasis symptoms causes treatment living with it",
    "qge": "my child has glue ear what does it mean",
    "qde": "dry eye syndrome explained causes and treatment clinic",
    "qoa": "living with osteoarthritis of the knee patient information",
}

W = "web page"
U = "unreliable-leaning"
R = "reliable-leaning"

ROWS = [
    ("r356-001", W, True, "22100012", True, "skin clinic condition explainer (psoriasis)", U,
     "Accurate, plain explainer of psoriasis: chronic, immune and genetic, triggers, three kinds of treatment chosen by extent; no overclaim, but no care prompt or sources.",
     "thin-but-fair; symptom list (bleeding, joint swelling) with no action, so warning signs not present.",
     "qps", "clinic 'what is psoriasis' page with symptoms, causes, treatment, prevention sections", False, "", True, False),
    ("r356-002", W, True, "22000011", True, "medicine brand 'ask an expert' condition page (glue ear)", U,
     "Correct definition of glue ear (OME), mild-moderate hearing loss, temporary speech delay, often settles by itself; brand site, no sources or care prompt.",
     "HARD: a painkiller brand's page, but the excerpt promotes nothing and is accurate; the body decides. 'Get better by themselves' is accurate and not a discouragement of review.",
     "qge", "medicine brand's expert-advice explainer for parents", False, "", True, False),
    ("r356-003", W, True, "22000012", True, "ENT practice blog condition explainer (glue ear)", U,
     "Accurate causes and risk factors of glue ear (eustachian tube, adenoids, colds, cleft palate, smoke exposure), light tone; prevalence figure matches common consumer sources.",
     "excerpt stops before symptoms or treatment; no care prompt in what is stored.",
     "qge", "ENT practice blog post explaining glue ear causes", False, "", True, False),
    ("r356-004", W, True, "22001012", True, "paediatric ENT surgeon's practice condition page (glue ear)", U,
     "Short, accurate explanation of glue ear mechanism and age range in a named specialty voice (surgeon unnamed in excerpt).",
     "thin-but-fair; authorship 1 for the first-person paediatric ENT surgeon.",
     "qge", "paediatric ENT surgeon's own glue-ear page", False, "", True, False),
    ("r356-005", W, True, "22000012", True, "optometry practice blog (dry eye)", U,
     "Two accurate paragraphs on dry eye: tear film, chronic lack of lubrication, range from irritation to scarring; no treatment reached.",
     "thin-but-fair; the treatment promised in the title is cut off.",
     "qde", "optometrist's blog answering cause and treatment of dry eye", False, "", True, False),
    ("r356-006", W, True, "12000012", True, "vision-education site condition card (dry eye)", U,
     "Correct causes, symptoms and usual treatments of dry eye (artificial tears, prescription drops, warm compresses); 'just a nagging feeling' understates severe disease.",
     "HARD: accuracy 1 for minimising ('fairly self-explanatory', 'just a nagging feeling') and typos; nothing unsafe, so true.",
     "qde", "student-style vision education page with etiology/symptoms/treatment", False, "", True, False),
    ("r356-007", W, True, "22010012", True, "physiotherapy practice blog (knee osteoarthritis)", U,
     "Faithful summary of the Arthritis Research UK knee OA leaflet: symptoms, risk factors, outlook, self-help including OTC painkillers, weight loss and exercise; reference given.",
     "OTC paracetamol/NSAIDs named without cautions and no amounts (not a dose); 'try complementary therapies' unqualified. Date only in URL, not counted.",
     "qoa", "physio practice page reproducing a charity leaflet's self-help list", False, "", True, False),
    ("r356-008", W, True, "22101012", True, "physiotherapist's blog key messages (knee osteoarthritis)", U,
     "Positive, evidence-consistent self-management messages for knee OA (activity, exercise, weight, GP and physio advice, ESCAPE-pain groups).",
     "care 1 for 'advice from your GP and ... a physiotherapist'; no signs of anything needing urgent review.",
     "qoa", "physio's key-message post on living with knee OA", False, "", True, False),
    ("r356-009", W, True, "22000012", True, "eye clinic blog tag page intro (dry eye)", U,
     "Introductory paragraph correctly defining dry eye (keratoconjunctivitis sicca) and noting untreated symptoms; nothing more stored.",
     "thin-but-fair; only the intro of the article is stored.",
     "qde", "eye centre article on dry eye causes and lifestyle tips", False, "", True, False),
    ("r356-010", W, True, "12000012", True, "private ENT clinic procedures page (glue ear in children)", U,
     "Mostly accurate short description of glue ear and its effects on hearing and speech; 'attention deficit' and 'pain' are loosely put.",
     "HARD: 'attention deficit' could be read as ADHD and pain is not typical of glue ear; accuracy 1 but not misleading enough to be false.",
     "qge", "private ENT clinic's children's procedures page starting with glue ear", False, "", True, False),
]
