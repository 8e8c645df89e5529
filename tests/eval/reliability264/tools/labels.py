"""rel264 labels: Q (query key -> query) and ROWS (one tuple per page; order as reltools.build).

Row: (id, genre, reliable, scores [accuracy_balance, claims, care_prompt, sources,
authorship_review, date, risks_uncertainty, advertising], partial, doc_type, source_leaning,
why, note, query key, picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted,
warning_signs_present). No page text here beyond short quoted phrases.
"""

Q = {
    "qmal1": "do I need malaria tablets for my trip",
    "qalt1": "altitude sickness symptoms what to do trekking",
    "qtd1": "traveler's diarrhea how to treat while abroad",
}

W, N = "web page", "news"
UL, RL = "unreliable-leaning", "reliable-leaning"

ROWS = [
    ("r264-001", W, True, "22102212", True, "online travel clinic blog on anti-malarial tablets", UL,
     "Accurate, dated, specialist-authored overview of malaria, its species and symptoms; the excerpt stops before the drug and decision sections.",
     "Promised sections (symptoms to watch for, when to start tablets) are cut off; no sign tied to an action in the stored text, so warning_signs_present false. 'knowlesii' misspelt. advertising 1: an online clinic's own blog.",
     "qmal1", "online travel clinic's specialist-authored malaria-tablet guide; second result", False, "", True, False),
    ("r264-002", W, False, "00001201", True, "travel blog post on whether anti-malarial tablets are needed", UL,
     "Mocks malaria prophylaxis as something for hypochondriacs, sets 'many travelers' against doctors' advice and claims people who die of malaria only lack access to treatment.",
     "HARD: unsafe_advice true for own-voice discouragement of professionally advised prophylaxis ('If you're a hypochondriac, then yes, buy some anti-malaria tablets'), read as discouraging recommended care (as r41-017); the cut-off 'Most doctors will advise...' line does not undo the framing. Dated 2011 (date 2, though stale); affiliate disclosure (advertising 1). Bite-avoidance advice itself is sensible.",
     "qmal1", "travel blog questioning whether malaria tablets are needed; third result", True,
     "If you’re a hypochondriac, then yes, buy some anti-malaria tablets.", True, False),
    ("r264-003", W, True, "22101212", True, "national public-health centre FAQ entry on malaria chemoprophylaxis", RL,
     "Short, correct answer: need depends on destination, malaria form and health status; consult the centre's specialists or infectious-disease experts.",
     "HARD: thin-but-fair; a pre-travel administrative FAQ about whether prophylaxis is required, with no symptom, condition or self-treatment, so warning_signs_warranted false (as r21-007's explainer). The consult line is a consult prompt (care 1). risks 1: no intervention weighed.",
     "qmal1", "public-health body FAQ in the same result list", False, "", False, False),
    ("r264-004", W, True, "22010012", True, "travel blog post urging anti-malarial tablets", UL,
     "Accurate, strongly pro-prophylaxis piece with WHO 2016 figures, saying prevention is 'not foolproof' and no guarantee exists; the drug comparison is cut off.",
     "No care prompt or symptom-action line in the excerpt (warning_signs_present false). sources 1: WHO named for the figures. risks 1: drugs only named before the cut.",
     "qmal1", "travel blogger's pro-prophylaxis post; last result, a contrast to r264-002", False, "", True, False),
    ("r264-005", W, False, "01100001", True, "trekking operator's altitude sickness page", UL,
     "Gives Diamox as '125 g' before dinner with no prescriber, side-effect or sulfa caution, puts the usual onset above 3300 m, and lists oxygen and Gamow bags as reader treatment.",
     "HARD: the core rules (don't ascend with symptoms, descend if worse) are right; label false for the dose error (grams for milligrams) told to the reader with a timing and the wrong threshold. Descending immediately with worsening symptoms is counted as warning_signs_present: for altitude illness descent is the escalation action consumer sources give (note for consistency across this set).",
     "qalt1", "trekking company page with a treatment list; first result", False, "", True, True),
    ("r264-006", W, True, "11100021", True, "trek/race organiser's altitude sickness notes", UL,
     "Rest with mild symptoms, descend if they worsen or persist after a night's sleep; acetazolamide described with its tingling side effect and sulfa contraindication.",
     "HARD: the acetazolamide dose (250 mg twice daily for prevention) is older and higher than current prevention advice, told with only 'inform your group leader'; unit slips (10000 ft/300 m; 1,000-3,000 ft as 300-450 m) and the '30 minutes' improvement claim (claims 1). Core advice sound, so true. warning_signs_present true: worsening or persisting symptoms + descend (descent counted as in r264-005).",
     "qalt1", "trek organiser's altitude notes with a drug section; second result", False, "", True, True),
    ("r264-007", N, True, "22000012", True, "newspaper health column (seasonal trekking reminder), archived", UL,
     "Accurate seasonal column: AMS as a red flag, descend if symptoms, HAPE/HACE mandate immediate descent, gradual ascent rules; acetazolamide with sulpha caution.",
     "HARD: a newspaper health column judged as a news feature; no author shown in the excerpt and the 2010 date is only in the URL (date 0). Diamox dose given with a sulpha caution but no side effects (risks 1). HAPE/HACE named without their signs, so warning_signs_present false; news not warranted.",
     "qalt1", "newspaper's trekking-season health column in the result list", False, "", False, False),
    ("r264-008", W, True, "12100012", True, "trekking operator's altitude sickness information page", UL,
     "Correct core rules: stay put with mild symptoms, never ascend with symptoms, descend if worsening; HACE and HAPE signs named as potentially fatal.",
     "'Breathless at rest' listed as an early AMS symptom (it is a HAPE sign) and fluid accumulation given as the cause of all altitude sickness (accuracy 1). warning_signs_present true: worsening symptoms at rest + descend (as r264-005). risks 1: no drug discussed.",
     "qalt1", "trekking operator's page naming HACE/HAPE; fourth result", False, "", True, True),
    ("r264-009", W, False, "01100002", True, "trekking operator's altitude sickness precautions post", UL,
     "Tells trekkers to take ibuprofen and paracetamol for an altitude headache and continue, uses a pulse of about 100 as a sign, and garbles the cough section.",
     "HARD: it does say not to climb while a headache persists and to update the guide (care 1), but painkillers-then-continue masks the first AMS symptom; no sign is tied to descent or help, so warning_signs_present false. 'It is not usual ... to cough' reverses the intended sense.",
     "qalt1", "trekking operator post with symptom-by-symptom advice; last result", False, "", True, False),
    ("r264-010", N, True, "21010012", True, "unattributed repost of a news feature on travellers' diarrhoea", UL,
     "Fair consumer news feature: incidence attributed to CDC, post-infectious IBS risk attributed to a named expert, sensible water precautions.",
     "Reposted on an unrelated crafts domain without byline or date. The '1 in 10 develop IBS' figure comes from one expert whose interests are not stated (claims 1). Prevention advice only in the excerpt (risks 1).",
     "qtd1", "news-style prevention feature reposted on an odd domain; third result", False, "", False, False),
]
