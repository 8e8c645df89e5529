"""rel431 labels: Q (query key -> query) and ROWS (reltools.build tuple order:
id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources, authorship_review,
date, risks_uncertainty, advertising), partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

W, N = "web page", "news"
U = "unreliable-leaning"
R = "reliable-leaning"

Q = {
    "q01": "natural remedies for ADHD in children without medication",
    "q02": "adult ADHD medication side effects Adderall questions",
    "q03": "autism diet gluten free casein free does it help my child",
    "q04": "signs of dyslexia in children what parents should know",
}

ROWS = [
    ("r431-001", W, False, "11100012", True, "app company blog post (ADHD without medication)", U,
     "Mainstream framing of medication and therapy, but the post promotes the company's own game app as a 'great non-medicative alternative' for ADHD symptoms.",
     "HARD: the medical statements are fair ('common ADHD medications are safe, effective'); false because the page sells its own app as an ADHD alternative (advertising 0). care 1: talk with the child's doctor promised.",
     "q01", "app-maker blog on managing a child's ADHD without medication; 4th result", False, "", True, False),
    ("r431-002", W, False, "00100012", True, "parenting-site list of natural ADHD treatments", U,
     "Says natural treatments such as diffused essential oils 'may be just as effective' as prescribed medication and calls treating without medication the ideal outcome; unsupported.",
     "Hedged 'may be just as effective' is an efficacy claim, not a cure or safety guarantee: not unsafe. care 1: discuss with your healthcare provider. risks 1: child's age for topical oils.",
     "q01", "parenting site's natural ADHD remedy list (essential oils first); 5th result", False, "", True, False),
    ("r431-003", W, False, "01000002", True, "parenting blog (ADHD management without medication)", U,
     "Frames ADHD medication mainly by its side effects and offers 'strategies to avoid medication'; routine and sleep tips are sensible but the framing is one-sided and unsourced.",
     "risks 0: medication harms listed, no benefit or evidence for the alternatives. No instruction to stop medicine, so not unsafe.",
     "q01", "parenting blog on avoiding ADHD medication; 7th result", False, "", True, False),
    ("r431-004", W, False, "00100011", True, "spun blog post on Adderall", U,
     "Garbled Adderall text: says most children outgrow ADHD, lists drowsiness, forbids driving, gives a flat adult dose and says a caffeine overdose may need a higher Adderall dose.",
     "unsafe_advice: raising a stimulant dose during a caffeine overdose is dangerous nonsense. Keyword stuffing ('dry Adderall pills mouth') suggests pill-selling SEO (advertising 1). Dose '10 mg per day' follows a follow-your-doctor line.",
     "q02", "low-quality blog answer on Adderall for adults; 1st result", True,
     "A person who is currently experiencing an overdose of caffeine may require a higher dosage of Adderall.", True, False),
    ("r431-005", W, False, "11100012", True, "small ADHD information site page on Adderall side effects", U,
     "Doctor-monitored framing and rare stroke/death named, but several inaccuracies (usual '20mg at a time', 'usually taken by children', intestinal or thyroid conditions rule it out, a high start worsens ADHD symptoms).",
     "HARD: tone is cautious and the side-effect list is fair; false for the generalised and wrong statements. warning_signs_present on the letter: unbearable/too severe side effects -> consult the doctor.",
     "q02", "hobby site's Adderall side-effects page; 4th result", False, "", True, True),
    ("r431-006", W, True, "20000022", True, "psychiatrist practice page on Adderall side effects", U,
     "Accurate list of stimulant side effects for adults and clinically standard ways to reduce them (meal timing, dose timing, lower doses).",
     "HARD: dose-timing changes (an extra fraction of a dose in the evening, smaller more frequent doses) are given with no 'ask your prescriber' in the excerpt (care 0); content is clinically sound, so true. No red flags such as chest pain or fainting: present false.",
     "q02", "psychiatry practice page on adult Adderall side effects; 7th result", False, "", True, False),
    ("r431-007", W, True, "22100022", True, "nutrition clinic article (GFCF diet for autism)", U,
     "Says the evidence is limited and not for everyone, names nutrient-deficiency and distress risks and tells parents not to start the diet without medical help.",
     "'Some evidence ... may help some' is slightly generous but hedged. care 1: seek advice; no sign tied to an action.",
     "q03", "short nutrition-clinic answer on autism diets; 1st result", False, "", True, False),
    ("r431-008", W, True, "11100002", True, "food magazine article (gluten-free diet and autism)", U,
     "States there are no definitive studies and no medical acceptance and tells parents to consult a doctor and dietitian before changes, though it relays the opiate-peptide theory uncritically.",
     "HARD: credulous on the urine-opiate theory and parents' 'dramatic improvements' (claims 1, risks 0: no nutrition risk in the excerpt); true because the evidence status is stated plainly and professional help is put first.",
     "q03", "food magazine's autism GFCF diet article; 4th result", False, "", True, False),
    ("r431-009", W, True, "22010012", True, "behavioural paediatrics practice blog (dyslexia)", U,
     "Accurate description of dyslexia and age-graded early signs, with numbered references.",
     "sources 1: reference markers shown, list cut. The excerpt stops before any 'when to seek evaluation' guidance.",
     "q04", "paediatric practice guide to dyslexia signs; 1st result", False, "", True, False),
    ("r431-010", W, True, "22010012", True, "tutoring service blog (signs of dyslexia)", U,
     "Accurate age-graded signs of dyslexia citing the International Dyslexia Association and NICHD.",
     "The promised 'when to pursue professional support' section is cut off: present false. 15-20% is the IDA's broad 'some symptoms' figure.",
     "q04", "tutoring blog on dyslexia signs; 4th result", False, "", True, False),
]
