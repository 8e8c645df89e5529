"""rel52 labels, written batch by batch from the stored excerpts only (no page text here).

Row: (id, genre, reliable, scores, partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present).
scores: accuracy_balance, claims, care_prompt, sources, authorship_review, date,
risks_uncertainty, advertising (0-2 each, as a string of 8 digits).
"""

W, N = "web page", "news"
RL, UL = "reliable-leaning", "unreliable-leaning"

Q = {
    "palp": "heart palpitations at night should I worry home remedies",
    "hema": "blood in urine no pain what does it mean",
    "noct": "waking up at night to pee natural remedies nocturia",
    "thirst": "always thirsty drinking lots of water why constant thirst",
}

ROWS = [
    # batch 1
    ("r52-001", W, False, "10000012", True, "home-remedy site page on palpitations", UL,
     "Explains heart rhythm, then calls palpitations 'generally not harmful' and puts them down to premature contractions, with no sign (chest pain, fainting, breathlessness) that needs a doctor.",
     "HARD: the physiology is broadly right and the remedies are not reached in the excerpt; label for one-cause reassurance on a heart symptom with no care prompt at all (care 0). risks 1: no intervention shown.",
     "palp", "remedy site on palpitations; second result", False, "", True, False),
    ("r52-002", W, True, "22100012", True, "symptom and treatment article re-hosted on an unrelated domain", UL,
     "Accurate overview: home measures only for people without a diagnosed heart problem, the standard treatments listed, and the rate thresholds for tachycardia and bradycardia.",
     "HARD: text on an unrelated spam-like domain (isliquidbiopsy.org) with no attribution; label from the accurate content. care 1: the condition 'as long as you have not been diagnosed' but no explicit prompt or sign tied to an action. risks 1: no harms of the medicines or of vagal manoeuvres.",
     "palp", "health text on an unrelated domain; third result", False, "", True, False),
    ("r52-003", W, False, "00100010", True, "keyword-stuffed scraped page on an unrelated domain", UL,
     "Garbled sentence salad from several sources with a '4 minute natural method to stop heart palpitations fast' teaser and drug names dropped in mid-text ('antifungal medicines, such as itraconazole').",
     "care 1: 'work with your cardiologist' and a doctor ruling out heart problems first, but the accompanying symptoms (chest pain, dizziness, shortness of breath) are listed with no action, so warning_signs_present false.",
     "palp", "spam page on palpitations at night; careless source", False, "", True, False),
    ("r52-004", W, True, "22100112", True, "symptom explainer on a health content site ('Medically Reviewed')", UL,
     "Lists the causes of painless haematuria accurately, naming bladder and kidney cancer in smokers and older people, and says it can signal conditions that 'require prompt evaluation'.",
     "care 1: 'require prompt evaluation' is general, with no explicit 'see a doctor' in the excerpt, so warning_signs_present false. authorship 1: 'Medically Reviewed' badge, no reviewer named. risks 1: no intervention discussed.",
     "hema", "health content site on painless blood in urine; first result", False, "", True, False),
    ("r52-005", W, True, "22220012", True, "referenced symptom article on a health information site", UL,
     "States that painless blood in urine 'always requires clinical evaluation' and that absence of pain is not reassuring, while noting most cases are benign; references NCI and NIDDK.",
     "warning_signs_present true: the sign (blood in urine, visible or on a test) tied to clinical evaluation. risks 1: no intervention discussed.",
     "hema", "referenced health site on the same question; for the reliable half", False, "", True, True),
    ("r52-006", W, False, "10000012", True, "symptom article on a health content site", UL,
     "Lists causes of painless blood in urine, including cancer, but in the excerpt never says that the symptom needs a doctor; the 'Solutions' promised in the title are not shown.",
     "HARD: each listed cause is broadly correct; label for treating a symptom that always warrants evaluation as a list of possibilities with no action (as r21-023), care 0. accuracy 1: 'small stones may pass' presented as painless bleeding. risks 1: no intervention discussed.",
     "hema", "content site 'causes and solutions' page; careless-looking source", False, "", True, False),
    ("r52-007", W, True, "22000012", True, "nocturia self-help article (health-information section of a foundation site)", UL,
     "Sets out the two mechanisms of nocturia and the contributing causes (heart failure, diabetes, sleep apnoea, enlarged prostate), recommends a voiding diary and promises an honest account of the evidence.",
     "care 0: medications mentioned, no prompt to see anyone in the excerpt; warning_signs_present false. sources 0: 'evidence-based' with no references shown. risks 1: evidence limits flagged ('weaker evidence'), no harms yet.",
     "noct", "first result; self-help nocturia page claiming an evidence-based approach", False, "", True, False),
    ("r52-008", W, True, "11100012", True, "ayurveda magazine article on night-time urination", UL,
     "Sloppy but harmless account of nocturia causes (fluids, caffeine, infection, enlarged prostate, diabetes) that tells readers to seek medical attention if it persists; the remedies are not reached.",
     "HARD: garbled lines ('more than two or more trips', diabetes and anxiety called 'infections', 'prostrate') and the prostate over-emphasised (accuracy 1, claims 1); label from the advice shown. care 1: 'persists for long ... seek medical attention' is persistence, not a concrete sign, so warning_signs_present false. risks 1: no remedy shown.",
     "noct", "ayurveda site on nocturia remedies; alternative-medicine source", False, "", True, False),
    ("r52-009", W, True, "22100012", True, "symptom explainer on a health-services company site", UL,
     "Accurate list of causes of excessive thirst, from salty food to diabetes, diabetes insipidus and sepsis, with 'don't just live with it' and a description of the doctor's work-up.",
     "care 1: 'don't just live with it' and the doctor's history, but no concrete sign tied to an action, so warning_signs_present false. risks 1: no intervention discussed.",
     "thirst", "health company page on constant thirst; second result", False, "", True, False),
    ("r52-010", W, False, "11100012", True, "natural-remedy blog post on nocturia", UL,
     "Says that after menopause 'a woman produces more estrogen' (it falls) and that a third of people over 30 get up twice a night, uncited; the lifestyle advice shown is reasonable.",
     "HARD: the advice (evening fluids, caffeine, timing diuretics with a doctor) is sound and there is a care prompt ('consult your physician to rule out serious conditions', care 1, no concrete sign); label for the factual inversion and the inflated uncited statistic on a page whose seven remedies are not yet shown.",
     "noct", "remedy blog on nocturia; careless source", False, "", True, False),
]
