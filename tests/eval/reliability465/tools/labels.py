"""rel465 labels: Q (query key -> query) and ROWS (one tuple per page; order as reltools.build).

Tuple: id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources,
authorship_review, date, risks_uncertainty, advertising), partial, doc_type, source_leaning,
why, note, query key, picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted,
warning_signs_present. No page text here beyond short quoted phrases.
"""

Q = {
    "qsert": "my experience coming off sertraline withdrawal symptoms forum",
    "qlevo": "started levothyroxine side effects my story blog",
    "qmet": "metformin side effects diarrhea anyone else forum thread",
    "qlis": "lisinopril cough my experience switched blood pressure medication",
    "qbpstop": "I stopped taking my blood pressure pills cold turkey and feel better",
    "qaml": "amlodipine swollen ankles my experience blog",
    "qgaba": "gabapentin side effects weight gain my story pain",
    "qstat": "statin muscle pain stopped taking atorvastatin personal experience",
}

W, UL = "web page", "unreliable-leaning"

ROWS = [
    ("r465-001", W, True, "11000021", True, "patient's first post on a peer antidepressant-withdrawal forum", UL,
     "A personal history of anxiety, citalopram stopped twice without a plan and relapse, told as experience with no advice to others.",
     "HARD: the aside that anaphylaxis is 'virtually impossible after 3 weeks' of a medicine is a loose reassurance (accuracy 1), and the story shows abrupt stopping without endorsing it; a personal account with no instruction, so the label is true. Warranted (coming off an antidepressant); no sign tied to an action. risks 1: withdrawal and relapse shown only as experience.",
     "qsert", "forum thread by a patient coming off sertraline (the topic's core source kind)", False, "", True, False),
    ("r465-002", W, False, "10000112", True, "personal mental-health blog article on Zoloft withdrawal", UL,
     "Frames SSRI withdrawal as 'hell on Earth' for most people and as something doctors do not explain, with no care prompt or sources.",
     "HARD: the factors (duration, dose, taper versus cold turkey) are correct and tapering is implied (risks 1), but the blanket alarm overstates a usually mild-to-moderate syndrome for many and sets readers against prescribers. Warranted; no signs. date 1: URL only.",
     "qsert", "blogger's withdrawal guide written from his own Paxil withdrawal", False, "", True, False),
    ("r465-003", W, True, "11000112", True, "user-written Urban Dictionary definition describing the writer's own Zoloft withdrawal", UL,
     "An anecdotal list of discontinuation symptoms (brain zaps, nausea, vivid dreams) that notes tapering is easier; no advice beyond the writer's own choice.",
     "HARD: an odd source and 'signs you really do need the drug...?' is a misconception, but it is posed as a question and the symptom list and taper note are accurate. Warranted (coming off a medicine); no signs with an action. date 2: 'May 07, 2007'.",
     "qsert", "unusual source kind: a slang dictionary entry that is a first-person withdrawal account", False, "", True, False),
    ("r465-004", W, False, "00000012", True, "personal Hashimoto's blog post on starting levothyroxine", UL,
     "Tells readers the endocrinologist's 'no cure' for Hashimoto's is 'not true' and casts the doctor as ignorant of side effects the blogger attributes to a first 50 mcg dose.",
     "Side-effect list is roughly the label's (mostly over-replacement effects), but the story attributes immediate racing heart to a single starting dose and implies a cure or alternative to replacement therapy exists. unsafe_advice false: no explicit cure claim or stop instruction in the excerpt. Warranted; chest pain listed with no action.",
     "qlevo", "patient blog whose framing undermines standard thyroid treatment", False, "", True, False),
    ("r465-005", W, True, "11101111", True, "lifestyle blog article on metformin diarrhoea", UL,
     "Lists metformin's digestive effects with label-like frequencies and says to tell the doctor if effects persist or worsen; flags lactic acidosis symptoms as needing urgent treatment.",
     "HARD: the lactic-acidosis mechanism is wrong ('the kidney ends up producing too much lactic acid') and 'seems to occur with women' is unsupported (accuracy 1), but the advice is sound. warning_signs_present true: effects that 'persist or worsen' + 'tell your doctor immediately'. date 1: none; advertising 1: weight-loss section of a lifestyle blog.",
     "qmet", "blog post aimed at women on metformin with diarrhoea", False, "", True, True),
    ("r465-006", W, True, "22000012", True, "unattributed blog explainer on the lisinopril cough", UL,
     "Accurate account of what lisinopril is for, how ACE inhibitors work and why bradykinin causes a dry cough; cut off before its advice section.",
     "Thin-but-fair: the 'What to Do About It' and 'Alternatives' sections are listed in the contents but not reached, so no care prompt or signs on the stored text. risks 1: the cough named, the rest cut.",
     "qlis", "blog on a patient's commonest blood-pressure-drug complaint, with a 'real patient insights' section promised", False, "", True, False),
    ("r465-007", W, True, "21100012", True, "drug side-effect content site page on lisinopril cough", UL,
     "Correct description of the ACE-inhibitor cough (timing, persistence, resolution after stopping) and that doctors usually switch to an ARB.",
     "Garbled in places ('in the law' for the lung) but nothing misleading; care 1: physicians are described making the switch, no direct prompt. Warranted (a side effect a reader may have); no signs.",
     "qlis", "small side-effect site explaining a medication cough to patients", False, "", True, False),
    ("r465-008", W, False, "11000012", True, "drug blog post on gabapentin and weight gain", UL,
     "Says gabapentin is 'regarded as non-addictive' with 'low potential for abuse', out of date given recognised misuse and withdrawal; weight-gain figures are reasonable.",
     "HARD: the weight figures (about 3%, the 28-patient high-dose study) are fair, and the non-addictive line is phrased as a common view ('regarded as'), so unsafe_advice false; label for the misleading reassurance on dependence with no care prompt. Warranted; no signs.",
     "qgaba", "blog answering a common patient worry about a pain medicine", False, "", True, False),
    ("r465-009", W, False, "00000012", True, "single-drug content site page on gabapentin and weight gain", UL,
     "Calls gabapentin 'the first line of treatment for bipolar disorders' (it is not) and contradicts itself on weight gain using rat studies.",
     "Short page; errors decide. Warranted (a medicine's side effect); no signs.",
     "qgaba", "keyword-named drug site, low-quality end of the spectrum", False, "", True, False),
    ("r465-010", W, False, "10000012", True, "first-person essay blog post 'Gabapentin Ruined My Life'", UL,
     "One-sided story of dependence, insomnia and mood swings on gabapentin that describes 'detoxing' and a self-directed plan to quit, with no word on tapering with a doctor.",
     "HARD: dependence and withdrawal are real and the writer says 'I am not a scientist, nor am I a doctor', but the piece gives readers only alarm and self-managed quitting of a drug whose abrupt stop can cause seizures. No explicit stop instruction, so unsafe_advice false. Warranted; no signs.",
     "qgaba", "personal 'ruined my life' medication story, the alarmed end of the spectrum", False, "", True, False),
]
