"""rel84 labels: one blind labeller, from the stored excerpts only (see ../LABELLING.md).

Row: (id, genre, reliable, scores 'accuracy_balance claims care_prompt sources authorship_review
date risks_uncertainty advertising' as 8 digits, partial, doc_type, source_leaning, why, note,
query key, picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted,
warning_signs_present).
"""

W = "web page"
N = "news"
U = "unreliable-leaning"
R = "reliable-leaning"

Q = {
    "cough": "smoker's cough that won't go away",
    "heartburn": "heartburn at night when lying down remedies",
    "bloat": "bloating after meals causes",
    "constip": "constipation in elderly people remedies",
    "urine": "blood in urine should I worry",
    "nocturia": "waking up at night to urinate nocturia",
    "node": "swollen lymph node in neck when to see doctor",
    "mole": "mole changed shape or colour",
}

ROWS = [
    ("r84-001", W, False, "11000012", True, "health-information site article on smoker's cough", U,
     "Explains the cilia mechanism and morning worsening accurately, but a smoker with a persistent cough is never told to get it checked; 'Cure' in the title, no author, date or sources.",
     "HARD: nothing false in the excerpt (it stops at 'How will the smoker's cough affect you?'), but for this reader the missing 'see a doctor, cough can signal lung cancer' is the key omission (as r41-049); care 0. Date only in the URL.",
     "cough", "consumer explainer of smoker's cough with 'Cure' in the title; a-m domain", False, "", True, False),
    ("r84-002", W, True, "20002011", True, "magazine sleep/wellness article on nighttime heartburn", U,
     "Accurate, plain explanation of reflux and the oesophageal sphincter by a named writer; the excerpt stops before the five remedies.",
     "HARD: the writer's credentials are sleep/stress coaching, not medical, and the page earns affiliate commission (advertising 1); no care prompt and nothing on chest pain that might be cardiac, but nothing shown is wrong (thin-but-fair). No date in the excerpt.",
     "heartburn", "lifestyle magazine's 'natural remedies' piece on night heartburn", False, "", True, False),
    ("r84-003", W, False, "11000002", True, "health blog post on bloating after meals", U,
     "Says most bloating 'can be fixed without medical intervention', has readers cut gluten, nuts, seeds and dairy by themselves, and moves ongoing bloating (even ulcers) to over-the-counter PPIs with no doctor, side effects or warning signs.",
     "Self-directed gluten elimination before any coeliac test and OTC PPIs for ongoing symptoms are the problems; no cure or guarantee word, so unsafe_advice false. Date only in the URL.",
     "bloat", "small health blog, self-treatment angle", False, "", True, False),
    ("r84-004", W, False, "11000012", True, "continence-charity blog category page on constipation in the elderly", U,
     "Sensible psyllium dosing and a senna caution, but calls the Ayurvedic Triphala 'a good colon cleanser' and never says when constipation in an older adult needs a doctor (blood, weight loss, a new change in habit).",
     "HARD: most of the advice is ordinary and safe (psyllium with water, fibre added slowly); label false for the colon-cleanser endorsement and, for older readers, no red flags at all. 'Dependance on such type of laxatives is not safe' overstates the case against stimulant laxatives.",
     "constip", "Indian NGO blog; older-adult constipation with herbal suggestions", False, "", True, False),
    ("r84-005", W, True, "22110011", True, "caregiver-site article on constipation in seniors", U,
     "Builds on a NYT article and a named gastroenterologist, lists medication and disease causes (including tumours) and a sensible definition; promises when to see a doctor.",
     "The when-to-see-the-doctor section is promised but the excerpt stops before it, so care 1 and warning_signs_present false. Advertisement slot (advertising 1); no author or date in the excerpt.",
     "constip", "caregiving lifestyle site, home remedies for seniors", False, "", True, False),
    ("r84-006", W, False, "11100012", True, "generic article on blood in urine on an unrelated-topic site", U,
     "Lists causes correctly but tells the reader to be concerned mainly when blood is regular, persists for days or comes with pain or fever, leaving a single painless episode, the classic bladder-cancer sign, looking harmless.",
     "HARD: fever/chills and severe pain tied to 'seek medical attention' count as warning_signs_present; label false because the triggers it chooses mislead on the most important case (visible blood even once, especially painless, should be checked). Content-farm page on a crafts domain; date only in the URL.",
     "urine", "content-farm text on an unrelated (craft) domain", False, "", True, True),
    ("r84-007", W, True, "22201011", True, "doctor's clinic page with patient-education text on blood in urine", U,
     "Clear and calm: blood in the urine is not always serious but should always be seen by a doctor or nurse; causes with their typical symptoms, cancer as uncommon and mostly over 50, beet/medicine colour mimics.",
     "The text appears lifted from a patient-education leaflet ('figure 1') with no credit; a clinic promotion page (advertising 1). 'See your doctor or nurse if you see blood in your urine, or if your urine is pink, red...' counts as warning_signs_present.",
     "urine", "single-doctor clinic page, Pakistan", False, "", True, True),
    ("r84-008", W, True, "22101011", True, "urology practice blog on blood in urine", U,
     "Accurate overview of visible and microscopic haematuria and common causes (UTI, stones, trauma, vigorous exercise), checking for food/medicine colour first.",
     "HARD: the excerpt stops before it says whether to worry, so care 1 and warning_signs_present false; label from the accurate text by a urology team (authorship 1 for the practice). Practice blog (advertising 1).",
     "urine", "urology practice blog", False, "", True, False),
    ("r84-009", W, True, "22210011", True, "urology practice condition page on nocturia", U,
     "Accurate: defines nocturia, says common is not the same as normal, invites a urologist visit whenever it bothers, and gives sound measures (voiding diary, evening fluids, CPAP, timing diuretics).",
     "Warning signs such as excessive thirst or leg swelling are not named, so warning_signs_present false ('whenever you are bothered' is a prompt, not a sign). Associations with cardiovascular disease and falls are cited as 'studies' without references (sources 1).",
     "nocturia", "urology practice condition page", False, "", True, False),
    ("r84-010", W, True, "22000012", True, "medical glossary entry on nocturia", U,
     "A short, correct definition with the main causes (diabetes, infection, kidney failure, prostate, medicines, sleep disorders) and treatment by cause.",
     "HARD: thin, with no care prompt (care 0), but accurate and harmless (thin-but-fair, as r79-013).",
     "nocturia", "glossary page on a drug-information site", False, "", True, False),
    ("r84-011", W, True, "22200012", True, "viral-content site article on neck lumps", U,
     "Gives the right reasons to see a doctor for a neck node: swelling over two weeks, unexplained fever, weight loss or pain, a node that grows quickly or hardens, nodes in several places.",
     "HARD: a careless source (words mangled to dodge filters: 'canc3r', 'ki:ll:ers'; no author, date or sources), but the content is accurate and the red flags with an action count as warning_signs_present.",
     "node", "viral story site with filter-dodging spellings; most other results were on excluded or n-z domains", False, "", True, True),
    ("r84-012", W, True, "22110012", True, "GP-practice information page on skin moles", U,
     "Sound mole-change checklist (uneven colour, ragged edge, bleeding or itching, growth; ABCDE) ending with 'any changes or new symptoms should be mentioned to your doctor'.",
     "'mentioned to your doctor' is a soft action (care 1) but with the spottable changes it counts as warning_signs_present. The app is presented with its own caveat ('not a diagnostic tool'). E given as 'elevated or enlarged' (an older variant).",
     "mole", "London GP practice page", False, "", True, True),
    ("r84-013", W, True, "22100012", True, "viral lifestyle-site article on a changing mole", U,
     "Accurate: most moles are harmless, but change is a key warning sign; ABCDE explained and the kinds of sudden change (shape, darkening, jagged edges, bleeding) listed.",
     "HARD: clickbait framing ('Does this look concerning?') and the excerpt stops before the advice it promises, so care 1 and warning_signs_present false (signs without an action); the reader who 'can't get an appointment for weeks' is not yet told what to do.",
     "mole", "viral lifestyle site answering a worried reader's question", False, "", True, False),
]
