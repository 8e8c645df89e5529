"""rel280 labels: Q (query key -> query) and ROWS (see tests/eval/reltools.py build for the tuple order:
id, genre, reliable, scores, partial, doc_type, source_leaning, why, note, query key, picked_because,
unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "qbowel": "early signs of bowel cancer I should not ignore",
    "qchemo": "what to expect during chemotherapy side effects nausea fatigue tips",
    "qmammo": "breast cancer screening mammogram at what age should I start",
    "qsurv": "life after cancer treatment survivorship fear of recurrence",
}

ROWS = [
    ("r280-001", N, True, "22010011", True, "symptom explainer on a news/entertainment site", U,
     "Lists Cancer Research UK's bowel cancer symptoms and obstruction signs with attributed figures and notes that blood in the stool is often from piles.",
     "Clickbait 'doctors have revealed' framing but accurate, attributed body; no action line in the excerpt (news care 0); 'Advert' markers in the text (advertising 1).",
     "qbowel", "news-site symptom piece citing Cancer Research UK; rank 2", False, "", False, False),
    ("r280-002", W, False, "10200001", True, "bowel cancer warning-signs list on a lifestyle blog", U,
     "Sensible signs and 'see a doctor' advice undercut by an own-voice claim that a colon cleanser flushes toxins and lowers colon cancer risk by up to 50%.",
     "HARD: the symptom advice is sound (blood -> appointment, so warning_signs_present true), but 'Taking a colon cleanser will flush the toxins ... resulting in a much lower risk of colon cancer' is an unqualified prevention promise for a product, so unsafe_advice true and label false.",
     "qbowel", "blog signs list with a colon-cleanser plug; rank 5", True,
     "Taking a colon cleanser will flush the toxins out of your colon that have been there for years, resulting in a much lower risk of colon cancer", True, True),
    ("r280-003", W, True, "22100012", True, "chemotherapy side-effect explainer on a .su content/tag page", U,
     "Accurate plain-language account of chemo nausea, fatigue, hair loss, mouth sores and low blood counts, with the care team adjusting anti-sickness drugs.",
     "HARD: a .su content-farm host (pharmacy-style network); the excerpt is accurate and modest. Cut off before what to do about low white cells/fever, so warning_signs_present false.",
     "qchemo", "chemo side-effects tag page; rank 1", False, "", True, False),
    ("r280-004", W, True, "22210012", True, "first-person chemo nausea and fatigue self-care blog post", U,
     "Patient-voice tips that stress taking prescribed anti-nausea medicines on schedule, cite NCI and ASCO, and say to tell the team if the plan does not control symptoms.",
     "warning_signs_present true: uncontrolled symptoms tied to 'tell your team'. Date only in URL (date 0).",
     "qchemo", "patient-style blog on chemo nausea with symptoms to report; rank 7", False, "", True, True),
    ("r280-005", W, True, "11010001", True, "radiology practice FAQ on screening mammography", U,
     "Gives the mainstream annual-from-40 advice and earlier screening for family history, but overstates agreement and dismisses the USPSTF without noting screening harms.",
     "HARD: one-sided (the ACS then advised 45 with the option at 40; 'flawed data analysis' unsupported; no false positives/overdiagnosis, risks 0), but the advice a reader would act on is within current guidance; true on balance. Screening-schedule page: warning signs not warranted.",
     "qmammo", "radiology practice FAQ taking a side in the screening-age debate; rank 6", False, "", False, False),
    ("r280-006", W, True, "11100012", True, "question-and-answer page on mammography age and frequency", U,
     "Explains starting regular mammograms at 50 (earlier for higher risk or if cautious), says a lump needs a mammogram at any age and notes lower accuracy in dense breasts.",
     "HARD: 'can start at age 50' reflects the older USPSTF advice (now 40), but the page presents it as a guideline, offers 40-45 and earlier screening for risk; 'MRI ... safer than mammograms' is loose (no radiation, but more false positives). Not warranted (screening), but a lump tied to a mammogram makes present true.",
     "qmammo", "advocacy-site Q&A with a different age than the other results; rank 7", False, "", False, True),
    ("r280-007", W, True, "22110001", True, "hospital mammography service page", U,
     "Short, accurate hospital page citing NCCN's annual screening from 40 and leaving frequency to the reader's provider.",
     "Service page: thin, no harms of screening (risks 0), advertising 1 (hospital service).",
     "qmammo", "hospital mammography page; rank 8", False, "", False, False),
    ("r280-008", W, True, "22200012", True, "academic medical centre breast-cancer survivorship page", U,
     "Balanced account of emotions after treatment and fear of recurrence, advising readers to discuss recurrence risk and symptoms to report with the doctor and keep follow-ups.",
     "warning_signs warranted (survivors living after cancer) but no concrete sign tied to an action in the excerpt ('symptoms to report' unnamed).",
     "qsurv", "hospital survivorship page; rank 2", False, "", True, False),
    ("r280-009", W, True, "22000012", True, "peer-support site essay on fear of recurrence", U,
     "Empathetic, accurate description of fear of recurrence and scanxiety that normalises the fear without medical claims.",
     "Thin-but-fair: no prompt to talk to the team or any sign to report in the excerpt (care 0).",
     "qsurv", "survivor-support essay; rank 4", False, "", True, False),
    ("r280-010", W, True, "22112012", True, "cancer charity page on fear of the cancer returning", R,
     "Charity page describing when fear of recurrence peaks, with a survivor quote, links on checking for signs of a new cancer and named expert reviewers.",
     "The link 'Checking for signs of a new cancer' is not the signs themselves, so present false.",
     "qsurv", "cancer charity survivorship page; rank 6", False, "", True, False),
]
