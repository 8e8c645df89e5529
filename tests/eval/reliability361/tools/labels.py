"""rel361 labels: Q (query key -> query) and ROWS (see tests/eval/reltools.py build for tuple order).

Tuple: id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources,
authorship_review, date, risks_uncertainty, advertising), partial, doc_type, source_leaning, why,
note, query key, picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted,
warning_signs_present.
"""

Q = {
    "q01": "what is psoriasis symptoms causes treatment living with it",
    "q02": "my child has eczema what causes flare ups and how to treat",
    "q03": "glaucoma explained for patients symptoms treatment eye drops",
    "q04": "tinnitus ringing in ears what causes it and can it be treated",
    "q05": "osteoarthritis of the knee patient information what you can do",
    "q06": "irritable bowel syndrome explained symptoms diet triggers living with IBS",
    "q07": "COPD what is it breathlessness inhalers pulmonary rehab patient guide",
    "q08": "atrial fibrillation what does it mean for me irregular heartbeat stroke risk",
}

W = "web page"
U = "unreliable-leaning"
R = "reliable-leaning"

ROWS = [
    ("r361-001", W, True, "22100012", True, "content-site explainer on children's eczema flares", U,
     "Accurate barrier-repair, trigger-diary and gentle-skincare advice, with medicated creams 'if advised by a clinician' and early specialist consultation.",
     "No author, date or sources; no sign (infected or weeping skin) tied to an action, only a general consult prompt.",
     "q02", "unattributed content-site page on eczema flares in children; second result", False, "", True, False),
    ("r361-002", W, False, "11000110", True, "baby-skincare brand blog on childhood eczema", U,
     "A brand selling eczema skincare reduces eczema to a 'genetic' thinning of the 'hydrolipidic layer' and says treatment 'is simple and effective, regardless of what caused the reaction', with no doctor anywhere in the excerpt.",
     "HARD: nothing dangerous and the trigger list is fair; false for the oversimplified cause, the blanket effectiveness promise and the sales framing (free-shipping banner, 'the experts at Mustela'); not unsafe (no cure, guarantee or safety word).",
     "q02", "skincare brand's childhood-eczema treatment page; seller's condition page", False, "", True, False),
    ("r361-003", W, True, "22010012", True, "skincare brand's condition article on eczema in children", U,
     "Accurate, cited overview (numbered references) of childhood eczema by age, with 'no cure' stated and flare and quality-of-life impacts described.",
     "HARD: a brand's site (advertising 1), but the excerpt is neutral and referenced; references numbered but not listed in the excerpt (sources 1); no care prompt yet.",
     "q02", "skincare brand's long childhood-eczema explainer with references", False, "", True, False),
    ("r361-004", W, True, "21010012", True, "optometry practice glaucoma page quoting Mayo Clinic", U,
     "Short, accurate quotation of glaucoma treatment (pressure-lowering drops) and symptoms of open-angle and acute angle-closure glaucoma, with sources named.",
     "HARD: acute angle-closure symptoms (severe headache, eye pain, nausea) are listed with no 'seek urgent care' action, so warning_signs_present false; thin but accurate.",
     "q03", "optometry practice's glaucoma page; third result", False, "", True, False),
    ("r361-005", W, True, "22100012", True, "orthopaedic practice patient guide to knee osteoarthritis", U,
     "Accurate, plain explanation of knee osteoarthritis, its symptoms and risk factors, with 'no cure' but manageable stated honestly.",
     "Care 1 for the surgeon's offer of a personalised plan; no red flags (hot swollen joint, locking) in the excerpt.",
     "q05", "orthopaedic practice's patient guide to knee OA", False, "", True, False),
    ("r361-006", W, True, "21002212", True, "orthopaedic association patient-information page on knee osteoarthritis", R,
     "Evidence-based, dated (May 2020) patient information: most knee OA treated without surgery, paracetamol, NSAIDs before activity, ice, injections for flares.",
     "HARD: gives a paracetamol amount ('up to eight paracetamol tablets a day') with no liver or pharmacist caveat and NSAIDs with no side effects (risks 1); the advice is standard, so true.",
     "q05", "professional society's patient information on knee OA; last result", False, "", True, False),
    ("r361-007", W, True, "21000012", True, "doctor's practice site IBS explainer", U,
     "Accurate summary of IBS symptoms, suspected mechanisms, diagnosis by ruling out other conditions and symptom-focused treatment (low FODMAP, stress management).",
     "Thin-but-fair: no red-flag symptoms (bleeding, weight loss) or when to see a doctor; care 0.",
     "q06", "doctor's site IBS page", False, "", True, False),
    ("r361-008", W, True, "22200012", True, "diet-information site IBS explainer", U,
     "Accurate and cautious: tells readers who think they have IBS to see a doctor to rule out IBD, coeliac disease or bowel cancer, and to use a dietitian before dietary changes.",
     "HARD: warning_signs_present true for 'If you think you have IBS, it's important to see a doctor to rule out ... bowel cancer' (the symptoms tied to an action with the reason); no specific red flags named.",
     "q06", "FODMAP diet site's IBS page with a see-a-doctor section", False, "", True, True),
    ("r361-009", W, True, "22100011", True, "wellness shop blog guide to IBS", U,
     "Accurate functional-disorder explanation; says IBS must be identified by a provider through proper evaluation and that triggers are individual.",
     "HARD: a shop's guide with a 'browse the guides' promotion (advertising 1); the boilerplate 'if you think you may have a medical emergency, call 911' names no sign, so not warning signs.",
     "q06", "shop blog's IBS explainer; last result", False, "", True, False),
    ("r361-010", W, True, "21010011", True, "cardiac-monitoring company's page on atrial fibrillation", U,
     "Accurate account of AF symptoms, silent AF and the roughly fivefold stroke risk, attributed to the American Heart Association.",
     "HARD: a device maker's page (advertising 1) that names the stroke risk but gives no treatment, care prompt or stroke signs; thin-but-fair.",
     "q08", "monitoring company's AF explainer", False, "", True, False),
]
