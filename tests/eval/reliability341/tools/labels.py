"""rel341 labels: Q (query key -> query) and ROWS (reltools.build tuple order:
id, genre, reliable, scores, partial, doc_type, source_leaning, why, note, query key, picked_because,
unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "q01": "eczema flare up what causes it and how to treat it",
    "q02": "psoriasis symptoms causes treatment outlook",
    "q03": "osteoarthritis knee pain what is it and when to see a doctor",
    "q04": "irritable bowel syndrome symptoms causes treatment",
    "q05": "underactive thyroid symptoms what causes it treatment",
    "q06": "COPD what is it symptoms outlook living with",
}

ROWS = [
    ("r341-001", W, True, "12102212", True, "physician-authored eczema explainer on a concierge primary-care practice blog", U,
     "Accurate overview of eczema triggers and age patterns by a named doctor, with a prompt to see the paediatrician for a suspicious rash; some age-pattern details are muddled.",
     "HARD: 'Babies generally do not get eczema ... on their scalp' is wrong (infant eczema often involves scalp and face) and the extensor/flexor examples are confused (accuracy 1); label from the low-stakes, otherwise sound text. warning_signs_present true on 'If you notice red itchy inflamed skin outside these areas, you should schedule a visit to the pediatrician'. risks 1: no treatment discussed. date 2: April 19th, 2017.",
     "q01", "doctor-written practice blog on eczema flare-ups; rank 5", False, "", True, True),
    ("r341-002", W, True, "22000011", True, "skincare brand's educational article on eczema flare-ups", U,
     "Accurate description of acute atopic eczema flare-ups and where they appear; no product claim in the excerpt.",
     "HARD: brand site (advertising 1 for the brand's content hub), but the excerpt is a self-care guide, so warning signs warranted (POLICY-46 s.1); no signs with an action in the stored text (infection or weeping skin not tied to seeing anyone).",
     "q01", "skincare brand's UK eczema flare-up guide; rank 6", False, "", True, False),
    ("r341-003", W, True, "22000012", True, "dermatology practice condition page (eczema), very short", U,
     "Short, accurate statement of what eczema is and that treatment controls flare-ups.",
     "Very short. warning_signs warranted (condition explainer, not a service offer in the excerpt); none present. risks 1: treatment mentioned, no specifics.",
     "q01", "dermatology practice eczema page; rank 4", False, "", True, False),
    ("r341-004", W, True, "22000012", True, "knee osteoarthritis symptom explainer on a joint-pain information site", U,
     "Accurate description of knee OA pain pattern and associated features.",
     "No when-to-see-a-doctor guidance in the excerpt (warranted, not present). risks 1: no intervention discussed.",
     "q03", "joint-pain site's knee OA symptom page; rank 4", False, "", True, False),
    ("r341-005", W, True, "22000012", True, "orthotics clinic 'conditions treated' page on knee osteoarthritis", U,
     "Brief, accurate definition of knee osteoarthritis and its risk factors.",
     "HARD: a clinic's conditions-treated page is a service page (POLICY-46 s.1), so warning signs not warranted; no product claim in the short excerpt (advertising 2).",
     "q03", "Canadian orthotics clinic's knee OA page; rank 6", False, "", False, False),
    ("r341-006", W, True, "21100012", True, "knee osteoarthritis explainer re-hosted on an unrelated domain", U,
     "Accurate account of knee OA symptoms and diagnosis by examination and imaging.",
     "Unrelated host (muslimselfportrait.info); label from the accurate text. care 1: doctor's examination described, no prompt. warning_signs warranted, none present.",
     "q03", "knee OA symptoms and diagnosis page on an unrelated host; rank 2", False, "", True, False),
    ("r341-007", W, True, "22000012", True, "IBS explainer on a supplement (serrapeptase) information site", U,
     "Short, accurate definition of IBS as a functional disorder of unknown cause.",
     "HARD: the host is named after a supplement, but the excerpt has no product or treatment claim; judged from the text. warning_signs warranted (condition page), none present.",
     "q04", "IBS page on a supplement-named site; rank 5", False, "", True, False),
    ("r341-008", W, True, "22000012", True, "IBS explainer on an Indian health content site", U,
     "Balanced, accurate overview of IBS causes, symptoms, diagnosis by exclusion and treatment options.",
     "No red-flag symptoms (bleeding, weight loss) with an action (warranted, not present). risks 1: medicines named without side effects.",
     "q04", "IBS overview on a health content site; rank 7", False, "", True, False),
    ("r341-009", W, True, "22200022", True, "UK pharmacy page reproducing NHS-style underactive thyroid information", U,
     "Accurate guidance: get symptoms checked by a GP, lifelong levothyroxine with blood tests, wrong-dose side effects and whom to tell.",
     "HARD: the symptom list itself is missing from the excerpt; warning_signs_present true on 'If you have any side effects, talk to your GP or a pharmacist' (side effects named) and on getting the symptoms checked by a GP. risks 2: wrong-dose side effects named.",
     "q05", "pharmacy site's underactive thyroid page; rank 4", False, "", True, True),
    ("r341-010", W, True, "22200012", True, "COPD information site page on symptoms and exacerbations", U,
     "Accurate description of COPD symptoms and exacerbations, with a prompt to talk to a doctor about the symptoms listed.",
     "warning_signs_present true on 'talk to your doctor if you have any of the symptoms listed'; exacerbation signs are listed but not tied to an action. risks 1: antibiotics and steroids named without harms.",
     "q06", "COPD information site's symptoms page; rank 5", False, "", True, True),
]
