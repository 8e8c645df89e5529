"""rel455 labels: Q (query key -> query) and ROWS (reltools.build order: id, genre, reliable,
scores [accuracy_balance, claims, care_prompt, sources, authorship_review, date, risks_uncertainty,
advertising], partial, doc_type, source_leaning, why, note, query key, picked_because,
unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present). No page text beyond
short quoted phrases."""

Q = {
    "qg1": "what foods should I avoid with gout flare",
    "qi1": "IBS low FODMAP diet food list what can I eat",
    "qd1": "diverticulitis diet what to eat during a flare",
    "qk1": "kidney disease diet low potassium phosphorus foods list",
}

W = "web page"
U = "unreliable-leaning"
R = "reliable-leaning"

ROWS = [
    ("r455-001", W, False, "11100002", True, "gout diet listicle slide (sugary foods)", U,
     "Calls white bread and white rice 'unrefined' carbohydrates and says they 'quickly raise' uric acid (unsupported), and lists legumes and all fish with organ meats as foods to avoid, with no word that gout is treated mainly with urate-lowering medicine.",
     "HARD: mostly harmless diet advice ending with a talk-to-your-doctor line (care 1); false for the factual errors and unsupported uric-acid claims (as r94-001's thin-but-wrong listicle). The doctor line is tied to being unsure what to eat, not to a sign, so warning_signs_present false.",
     "qg1", "listicle slide on foods that trigger gout; not on a used domain", False, "", True, False),
    ("r455-002", W, False, "01000002", True, "gout trigger-foods list on a symptom content site", U,
     "Groups onions with organ meats, says caffeinated drinks and spinach, asparagus and legumes cause 'severe' or 'serious' gout flares (coffee is not a trigger and vegetable purines are not linked to gout), and never points readers to a doctor.",
     "claims 1: 'Medications and treatments can remedy gout' is loose but not a cure guarantee for a remedy, so unsafe_advice false. No sign or action.",
     "qg1", "anonymous 10-foods gout list; last result", False, "", True, False),
    ("r455-003", W, True, "22100012", True, "gastroenterology practice low-FODMAP diet handout", U,
     "Accurate low- and high-FODMAP food table with a time-limited elimination and stepwise reintroduction overseen by the practice's dietitian; hedged ('might alleviate').",
     "risks 1: no word on the diet's restrictiveness beyond the 6-week limit. No warning signs (weight loss, blood) for IBS-like symptoms.",
     "qi1", "GI practice's low-FODMAP food table; first result", False, "", True, False),
    ("r455-004", W, True, "12200012", True, "dietitian site low-FODMAP food list", U,
     "Says the diet should be followed with a trained dietitian and that anyone with symptoms suspecting IBS must see a gastroenterologist or GP first; food table mostly right (butter listed as high FODMAP is a slip).",
     "HARD: the 'if you have gastrointestinal symptoms ... you must visit a gastroenterologist' line is a general consult prompt without a specific sign, so care 2 but warning_signs_present false (POLICY-46 s.2).",
     "qi1", "dietitian-run food list with strong supervision caveat", False, "", True, False),
    ("r455-005", W, True, "22100012", True, "health-system encyclopedia patient leaflet on low-FODMAP diet", U,
     "Plain, accurate account of a 2-6 week elimination with reintroduction, a food diary and a dietitian, saying plainly the diet is 'not a cure'.",
     "", "qi1", "health-system patient leaflet on the same diet", False, "", True, False),
    ("r455-006", W, False, "11001211", True, "nutrition-app blog post on diverticulitis diet", U,
     "Says diverticulitis 'refers to small pockets in your colon' (that is diverticulosis; diverticulitis is their inflammation or infection) and frames managing a flare by diet alone, with no prompt to see a doctor for pain, fever or an attack.",
     "HARD: the clear-liquid then low-fibre then high-fibre sequence is standard, but a reader having an attack is told how to manage it with food and not that it may need antibiotics or urgent care; care 0, warning_signs_present false. authorship 1: named writer without credentials. advertising 1: app blog.",
     "qd1", "nutrition-app blog post on diet during a diverticulitis flare", False, "", True, False),
    ("r455-007", W, False, "11000012", True, "reworded repost of a nutrition-app diverticulitis article", U,
     "Machine-reworded copy of r455-006 under a 'weight loss' tag: the same definition error ('small pockets in the colon') and flare self-management by diet, no prompt to see a doctor.",
     "Repost with a first-name byline and a date only in the URL (date 0). The garbled 'a pouch or pouch' marks the rewording.",
     "qd1", "reworded copy of the HealthifyMe post on a personal blog", False, "", True, False),
    ("r455-008", W, True, "22011012", True, "personal blog repost of a Mayo Clinic expert answer on low-phosphorus diet", U,
     "Reposts a doctor's Q&A that explains accurately why phosphorus builds up in kidney disease, the usual 800-1,000 mg limit and which foods are higher in it.",
     "HARD: a 2011 blog copy with the source URL (sources 1) and the answering doctor named (authorship 1); content still in line with current advice, so true. The date is only in the blog URL (date 0). No action or sign.",
     "qk1", "blog repost of an expert Q&A on phosphorus in kidney disease", False, "", True, False),
    ("r455-009", W, True, "22111112", True, "university medical centre renal diet handout on a document-sharing site", U,
     "Hospital patient handout listing food-group servings with potassium, protein and sodium values, and telling readers to set servings and any fluid limit with their doctor or dietitian.",
     "date 1: copyright 2002-2013, older than most; authorship and sources 1 for the named medical centre.",
     "qk1", "hospital renal-diet handout copy; the handout kind of page", False, "", True, False),
    ("r455-010", W, True, "22000012", True, "organisation page on phosphorus and potassium in chronic kidney disease", U,
     "Accurate explanation of why phosphorus and potassium build up in CKD, with food lists; 'heart attack' from high potassium is loose wording for dangerous heart rhythm problems.",
     "No care prompt in the excerpt and no symptom tied to an action (the high-potassium symptoms are listed without one).",
     "qk1", "CKD phosphorus/potassium page of a small organisation", False, "", True, False),
]
