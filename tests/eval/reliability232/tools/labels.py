"""rel232 labels: Q (query key -> query) and ROWS (see tests/eval/reltools.py build for the tuple order)."""

Q = {
    "qbp": "physiotherapy exercises for lower back pain at home how often",
    "qalt": "what does high ALT liver blood test mean normal range",
    "qa1c": "HbA1c test results normal prediabetes range explained",
    "qknee": "knee replacement rehabilitation exercises after surgery weeks",
    "qavo": "calories and nutrition facts in avocado per 100g health benefits",
    "qsteps": "new study exercise walking steps per day lower death risk news",
    "qvitd": "vitamin D blood test level ng/mL deficiency what is normal",
    "qchol": "cholesterol screening news study guideline results adults",
}

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"
T, F = True, False

ROWS = [
    ("r232-001", W, T, "22010012", T, "physiotherapy clinic blog", U,
     "Short intro on low back pain with a correctly cited global prevalence figure and disability ranking; no advice yet in the excerpt.",
     "thin-but-fair; back-pain self-care page, no red flags in the excerpt", "qbp",
     "physio clinic page with a cited statistic", F, "", T, F),
    ("r232-002", W, F, "00000002", T, "physical therapy exercise page", U,
     "Garbled exercise instructions (hold 'two minutes' ten times, bend forward 'as far as possible') promised to give 'quick relief' with no caution to stop if pain worsens and no red flags.",
     "not unsafe: 'quick relief' is an efficacy claim without a cure/guarantee/safety word", "qbp",
     "short low-quality rehab page", F, "", T, F),
    ("r232-003", W, T, "21100012", T, "podiatry practice blog archive", U,
     "Standard HbA1c cut-offs for normal, prediabetes and diabetes and the usual <7% target; accurate though cut off and unsourced.",
     "thin-but-fair; '>6.5%' for diabetes is a minor slip for >=6.5%", "qa1c",
     "podiatry practice explaining HbA1c ranges", F, "", T, F),
    ("r232-004", W, T, "22210022", T, "Q&A explainer", U,
     "Correct HbA1c thresholds, honest limits (anaemia, kidney disease, pregnancy, less sensitive than OGTT), diagnosis needs repeat test by a doctor.",
     "HARD: 'if you have symptoms that concern you' discuss with GP names no sign, so warning_signs_present false", "qa1c",
     "careful lab-test explainer with limitations", F, "", T, F),
    ("r232-005", W, T, "22100011", T, "implant manufacturer patient page", U,
     "Accurate brief description of early rehab after knee replacement (PT visit, CPM, ankle pumps) deferring to the doctor's and therapist's instructions.",
     "manufacturer's patient page without product promotion in the excerpt; no signs of clot or infection", "qknee",
     "manufacturer patient-education rehab text", F, "", T, F),
    ("r232-006", W, T, "22100012", T, "orthopaedic surgeon practice page", U,
     "Standard post-TKA protocol (full extension, 90 degrees by 2 weeks), says progress varies and to work with the therapist and call with questions.",
     "", "qknee", "surgeon's rehab protocol page", F, "", T, F),
    ("r232-007", N, T, "22000012", T, "newspaper nutrition fact box", U,
     "Four plain nutrition facts about avocado (calories, fat, potassium, oil composition), roughly in line with food tables; no health claims.",
     "news fact box with no study; avocado oil's monounsaturated share slightly understated", "qavo",
     "newspaper diet item with nutrition figures", F, "", F, F),
    ("r232-008", N, F, "11010001", T, "news repost on an unrelated site", U,
     "Meta-analysis of 17 step-count studies reported in causal words ('reduced the risk') with only relative figures, no mention that the data are observational and no independent voice; unattributed repost.",
     "HARD: figures match the reported meta-analysis; false as a health-news reviewer would score it (causation, no limits)", "qsteps",
     "step-count news repost", F, "", F, F),
    ("r232-009", N, T, "22021012", T, "news story repost (English-learning site)", U,
     "Names the researchers, journal and data (32,000 adults, NHANES), quantifies the LDL change and quotes an independent cardiologist.",
     "repost without date; predicted 15-20% risk reduction is the expert's projection and is attributed", "qchol",
     "cholesterol guideline news with independent expert", F, "", F, F),
    ("r232-010", N, T, "22020112", T, "fitness site news post", U,
     "Short summary of the 2018 cholesterol guideline's risk-enhancing factors and early screening, linking the AHA and ACC sources.",
     "", "qchol", "guideline news item linking its sources", F, "", F, F),
]
