"""rel324 labels: Q (query key -> query) and ROWS (reltools.build tuple order)."""

W, N = "web page", "news"
UL, RL = "unreliable-leaning", "reliable-leaning"

Q = {
    "qaf": "what is atrial fibrillation causes symptoms diagnosis treatment outlook",
    "qckd": "what is chronic kidney disease what causes it how is it treated patient information",
    "qgl": "what is glaucoma symptoms how is it diagnosed treated eye foundation",
    "qfl": "what is fatty liver disease causes symptoms treatment liver foundation",
}

ROWS = [
    ("r324-001", W, True, "11000012", True, "glaucoma explainer on an eye-hospital charity site", RL,
     "Explains glaucoma as optic-nerve damage usually from raised eye pressure, how it is measured and that drops, laser or surgery control it; clumsy wording but no wrong advice.",
     "HARD: awkward sentences ('tunnel vision which helps the patient to see objects that are straight ahead') and the closed-angle symptoms are cut off before any emergency advice; thin-but-fair.",
     "qgl", "eye-hospital foundation page answering what glaucoma is, diagnosis and treatment", False, "", True, False),
    ("r324-002", W, True, "22000012", True, "atrial fibrillation FAQ overview on a hospital system site", UL,
     "Short, accurate overview of AF: irregular atrial rhythm, stroke and heart-failure risk, ECG diagnosis, blood thinners, cardioversion, ablation and lifestyle measures.",
     "No when-to-get-help signs (e.g. chest pain, fainting) in the excerpt.",
     "qaf", "hospital FAQ answering what AF is, symptoms, diagnosis, treatment", False, "", True, False),
    ("r324-003", W, False, "01000012", True, "chronic kidney disease explainer on a kidney clinic site", UL,
     "Calls CKD stages I-IV 'early stages' and names a non-existent 'stage VI' end stage, so a reader with stage 4 disease is told it is early; otherwise only a garbled definition.",
     "HARD: short and mostly harmless, but the staging error is the one concrete fact given and it misleads on severity.",
     "qckd", "kidney-centre page answering what CKD is", False, "", True, False),
    ("r324-004", W, True, "22000012", True, "chronic kidney disease explainer in a health insurer's member library", UL,
     "Accurate summary: gradual loss of kidney function, few early symptoms, treatment aimed at the cause to slow progression, dialysis or transplant at kidney failure.",
     "",
     "qckd", "insurer's live-well page answering what CKD is and how it is treated", False, "", True, False),
    ("r324-005", W, False, "01000012", True, "fatty liver condition page on a gastroenterology practice site", UL,
     "States that 'the most common cause of fatty liver disease is alcoholism', when non-alcohol-related fatty liver (linked to weight and diabetes) is the most common form; a non-drinker is misled about their risk.",
     "HARD: three sentences, the rest (obesity, diabetes, lifestyle reversal) is fair; false on the central causal error.",
     "qfl", "GI practice condition page on fatty liver causes", False, "", True, False),
    ("r324-006", W, True, "11000012", True, "fatty liver condition page on a gastroenterology practice site", UL,
     "Correctly separates alcohol-related and non-alcoholic fatty liver and their risk factors; the symptom sentence is garbled ('and in the center or right part of the abdomen') and does not say most people have none.",
     "HARD: thin-but-fair; garbled symptom line and no advice, but nothing wrong a reader would act on.",
     "qfl", "GI practice page on fatty liver types and causes", False, "", True, False),
    ("r324-007", W, False, "01000012", True, "glaucoma explainer on an optometry practice blog", UL,
     "Lists only the symptoms of acute angle-closure glaucoma (severe eye pain, halos, vomiting, sudden sight loss) as 'the' symptoms, without saying most glaucoma is silent until late or that an acute attack is an emergency.",
     "HARD: each fact is true, but the symptom list invites a reader with no pain to assume no glaucoma and gives no action for the emergency it describes. Date in URL only (date 0).",
     "qgl", "optometry blog post answering what glaucoma is and its symptoms", False, "", True, False),
    ("r324-008", W, True, "22000011", True, "atrial fibrillation condition blurb on a doctor-booking directory", UL,
     "Accurate description of AF, its symptoms, risk factors and complications (stroke, heart failure).",
     "Directory page selling appointments (advertising 1); no care prompt or signs.",
     "qaf", "doctor-directory page with an AF explainer", False, "", True, False),
    ("r324-009", W, True, "22000011", True, "atrial fibrillation fact list on a clinical-research centre site", UL,
     "Accurate bullet facts on AF: mechanism, symptoms (some have none), stroke and heart-failure complications, ECG/Holter diagnosis.",
     "Research-recruitment site (advertising 1); no treatment or signs.",
     "qaf", "research centre's AF fact page", False, "", True, False),
    ("r324-010", W, True, "22000011", True, "NAFLD explainer on a clinical-trial site's open-study page", UL,
     "Accurate: often silent and found on blood tests, linked to obesity and cholesterol, diet and exercise help, can progress to cirrhosis; one list item is cut ('Severe').",
     "HARD: warning_signs_warranted false: the page is a clinical-trial listing (POLICY-46/issue 12 excludes these), although its text reads as a condition explainer.",
     "qfl", "trial site's NAFLD study page with a condition explainer", False, "", False, False),
]
