"""rel447 labels: diets and eating plans for a named condition (50 web pages). Tuple order as
tests/eval/reltools.py build: id, genre, reliable, scores (accuracy_balance, claims, care_prompt,
sources, authorship_review, date, risks_uncertainty, advertising), partial, doc_type,
source_leaning, why, note, query key, picked_because, unsafe_advice, unsafe_quote,
warning_signs_warranted, warning_signs_present."""

W = "web page"
U = "unreliable-leaning"
R = "reliable-leaning"

Q = {
    "qk1": "keto diet for epilepsy in children how does it work",
    "qf1": "low FODMAP diet for IBS what can I eat",
    "qg1": "best diet for gout foods to avoid uric acid",
    "qr1": "anti-inflammatory diet for rheumatoid arthritis",
    "qc1": "diet for chronic kidney disease what foods to limit potassium phosphorus",
    "qh1": "heart failure low sodium diet fluid restriction tips",
    "qd1": "can keto reverse type 2 diabetes stop metformin",
    "qg2": "gout diet cherry juice apple cider vinegar cure",
}

ROWS = [
    ("r447-001", W, False, "10200011", True, "keto-for-epilepsy explainer on a diet-plan content site", U,
     "Accurate on the medically prescribed, dietitian-monitored ketogenic diet for drug-resistant childhood epilepsy, but asserts in its own voice that 'studies show' the diet can also treat diabetes, obesity 'and even cancer'.",
     "HARD: the epilepsy part is sound (doctor-prescribed, monitored, weaned over months); false for the unsupported cancer-treatment claim (claims 0). Not unsafe_advice: an efficacy claim, not a cure or safety guarantee. No seizure sign tied to an action.",
     "qk1", "diet-plan site page on keto for epilepsy; rank 4, a commercial content site among hospital pages", False, "", True, False),
    ("r447-002", W, True, "22200011", True, "children's hospital ketogenic-diet programme page", U,
     "Accurately places the ketogenic diet after two failed medicines (or earlier for certain epilepsies), gives realistic response figures (about half get a 50% reduction, 10-15% seizure free) and starts with discussing risks and benefits with the neurologist.",
     "HARD: a hospital service page for a supervised medical therapy; under POLICY-46 1 a clinic/hospital service page is a product page, so warning signs not warranted. risks 1: risks are named as a discussion step, not listed. advertising 1: promotes the hospital's programme.",
     "qk1", "children's hospital page on ketogenic dietary therapy; rank 7", False, "", False, False),
    ("r447-003", W, True, "11200011", True, "dietitian-practice blog on the low-FODMAP diet", U,
     "Explains FODMAPs correctly, says the diet is short-term and restrictive with reintroduction, and sends readers to a dietitian or medical professional first.",
     "HARD: also says the diet 'can be useful' for rheumatoid arthritis, multiple sclerosis or eczema, which is unsupported (claims 1, accuracy 1); the body's IBS advice is sound, so true. No sign (blood in stool, weight loss) that needs a doctor.",
     "qf1", "dietitian practice's low-FODMAP explainer; first result", False, "", True, False),
    ("r447-004", W, True, "22200012", True, "physician-practice low-FODMAP summary", U,
     "Short, accurate outline of the elimination-reintroduction diet that tells readers to try it only after a provider has diagnosed IBS and to work with a dietitian to avoid over-restriction.",
     "Consult prompts (diagnosis first, dietitian) but no warning sign tied to an action. risks 1: over-restriction mentioned only.",
     "qf1", "doctor's site page on low-FODMAP; rank 2", False, "", True, False),
    ("r447-005", W, True, "12000002", True, "health content site article on a low-FODMAP diet for IBS", U,
     "Lists low-FODMAP foods correctly and keeps claims modest ('can help alleviate'), but gives no diagnosis or dietitian prompt and does not say the diet is a temporary elimination.",
     "HARD: thin-but-fair: nothing false of weight, but 'studies show' without a source (sources 0), no care prompt and no limits of the diet (risks 0).",
     "qf1", "content-site low-FODMAP listing; rank 4", False, "", True, False),
    ("r447-006", W, True, "11000012", True, "food-blog guide to eating with IBS", U,
     "Describes the low-FODMAP diet and its mechanism correctly; hype ('Game-Changer', 'definitive resource', 'the best approach') and no mention of diagnosis or a dietitian in the excerpt.",
     "HARD: thin-but-fair; claims 1 for the overstatement that low-FODMAP is 'the best approach' for everyone with IBS (it is usually second-line); no care prompt or sign such as bleeding or weight loss.",
     "qf1", "food blog's IBS eating guide; rank 5", False, "", True, False),
    ("r447-007", W, False, "01000002", True, "lifestyle content-site article on a 'uric acid diet' for gout", U,
     "Muddles the science: calls the gout diet 'free of uric acid', equates protein with uric acid (beans and peas 'high in uric acid'), urges a low-protein diet and never mentions alcohol, sugary drinks or uric-acid-lowering medicine.",
     "accuracy 0 for the protein/purine confusion; no care prompt; no sign (hot swollen joint with fever) tied to an action.",
     "qg1", "garden/lifestyle site page on gout diets; rank 8, a non-health source", False, "", True, False),
    ("r447-008", W, True, "22210011", True, "dietitian-practice CKD diet article", U,
     "Accurate stage-dependent explanation of limiting protein, sodium, phosphorus and potassium in CKD, with the dialysis exception, numbered references and a prompt to work with a registered dietitian.",
     "sources 1: numbered citations shown, list not in the excerpt. risks 1: protein limits given as 'may help delay', no harms of restriction.",
     "qc1", "dietitian practice CKD diet guide; rank 3", False, "", True, False),
    ("r447-009", W, True, "22000012", True, "nonprofit kidney-health nutrition page", U,
     "Short, accurate general advice (NIDDK-style) on watching protein, phosphorus, sodium and potassium with reduced kidney function.",
     "Thin-but-fair: no dietitian or doctor prompt and no signs; no specific intervention beyond general food choices (risks 1).",
     "qc1", "nonprofit's kidney nutrition page; rank 6", False, "", True, False),
    ("r447-010", W, True, "11010011", True, "renal-diet guide on an online-pharmacy-style .su site", U,
     "Sound sodium advice for CKD with guideline figures, label reading and salt-free seasoning, but overstates that getting the numbers right decides dialysis and attributes a figure to an unnamed 'Cleveland Clinic study'.",
     "HARD: a .su pharmacy-style host and a brand mention (advertising 1); the excerpt's advice is accurate, so true as r94-043. No dietitian prompt in the excerpt (care 0).",
     "qc1", "renal-diet guide on an online-pharmacy-style domain; rank 7", False, "", True, False),
]
