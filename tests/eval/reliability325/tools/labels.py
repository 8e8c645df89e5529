"""rel325 label records (blind labeller; labelled from the stored text only). No page text here
beyond short quoted phrases. Tuple order as reltools.build: id, genre, reliable, scores
(accuracy_balance, claims, care_prompt, sources, authorship_review, date, risks_uncertainty,
advertising), partial, doc_type, source_leaning, why, note, query key, picked_because,
unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present."""

Q = {
    "qlump": "is this lump cancer should I be worried helpline",
    "qchemo": "what to expect during chemotherapy side effects when to call your care team fever",
    "qradio": "radiotherapy skin reaction tips patients cancer centre",
    "qimmuno": "immunotherapy side effects colitis rash tell your oncologist",
    "qeat": "eating well during cancer treatment no appetite tips",
    "qfatigue": "cancer related fatigue how to cope survivor",
    "qfert": "fertility preservation before chemotherapy egg freezing sperm banking cancer",
}

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

ROWS = [
    ("r325-001", W, True, "22200012", True, "health-screening clinic explainer", U,
     "Accurate overview of common benign lumps with clear advice to have any new lump, and a breast lump as soon as possible, checked.",
     "", "qlump", "worried-reader lump question; screening-clinic page", False, "", True, True),
    ("r325-002", W, True, "12210012", True, "health blog post", U,
     "Chatty lump explainer that repeatedly sends readers to a doctor; a garbled statistic and a loose lymph-node description, nothing that would mislead on the action.",
     "HARD: '1.8 people' (million dropped) and lymph nodes that 'get rid of toxins and dead blood cells' give accuracy 1; the action advice (any lump checked, a bigger lump 'check with your doctor immediately') is sound, so thin-but-fair. sources 1: NCI named for the figure.",
     "qlump", "lump question from a general health blog", False, "", True, True),
    ("r325-003", W, True, "22100012", True, "oncologist's patient information sheet", U,
     "Plain introduction to skin radiotherapy: acute vs late effects, discuss concerns with the team, what the first visit and the machine are like.",
     "Excerpt stops before the side-effect list, so no sign tied to an action (warning_signs_present false); care 1 for 'discuss any concerns'. risks 1: side effects announced, not yet described.",
     "qradio", "patient information sheet on radiotherapy to the skin", False, "", True, False),
    ("r325-004", W, True, "22200021", True, "cancer-practice patient information", U,
     "Accurate immunotherapy side-effect guide with concrete 'tell your care team right away' signs and OTC medicines only after asking the doctor.",
     "advertising 1: 'Request an Appointment' and slogan banner. Medicines named without amounts and only with 'ask your doctor', so no dose issue.",
     "qimmuno", "oncology practice page on immunotherapy side effects", False, "", True, True),
    ("r325-005", N, True, "22000211", True, "news-site article reposted on an unrelated domain", U,
     "Short, accurate SurvivorNet note that immune-related inflammation causes most immunotherapy side effects and may need a medication change; the rest is the site's standards boilerplate.",
     "HARD: reposted without context on an unrelated domain with celebrity headlines appended (advertising 1); two sentences of content, judged thin-but-fair. date 2: 'Updated May 8th, 2019'. News care 0.",
     "qimmuno", "news-site immunotherapy item found re-hosted", False, "", False, False),
    ("r325-006", W, True, "12000010", True, "scraped fertility-clinic text", U,
     "Fertility-preservation options for people facing cancer treatment, with the delay to cancer treatment and an early specialist referral named; headings lost in scraping.",
     "HARD: a scraped copy on a .ru host whose option headings are stripped, so several paragraphs describe unnamed techniques and one line ('Oocytes mature in the laboratory') is misplaced under egg banking (accuracy 1); no fact is inverted, so judged as ext016 (accurate re-hosted text) rather than ext018. Explainer, no self-care: warning signs not warranted. risks 1: delay named.",
     "qfert", "oncofertility explainer on an unrelated host", False, "", False, False),
    ("r325-007", W, True, "22100011", True, "fertility clinic service page", U,
     "Short, accurate clinic page: treatment may cause infertility, banking delays cancer therapy (1-7 days men, 14-45 days women) and the oncologist judges whether that is compatible.",
     "Service page (POLICY-46: warning signs not warranted). advertising 1: referral to the clinic's physicians.",
     "qfert", "fertility clinic page for cancer patients", False, "", False, False),
    ("r325-008", W, True, "22000011", True, "fertility clinic service page", U,
     "Accurate list of egg, embryo, ovarian-tissue, sperm and testicular-tissue freezing with timing, experimental status noted.",
     "No prompt to involve the oncologist in the excerpt (care 0); service page, warning signs not warranted. risks 1: no success rates.",
     "qfert", "fertility clinic page on cryopreservation for cancer patients", False, "", False, False),
    ("r325-009", W, True, "21100011", True, "fertility clinic programme page", U,
     "Accurate summary of embryo, egg, ovarian-tissue and sperm banking and fertility-sparing surgery, with ovarian tissue banking flagged as experimental.",
     "'result in excellent pregnancy rate' is unquantified (claims 1). care 1: consultation mentioned. Service page, warning signs not warranted.",
     "qfert", "fertility clinic oncofertility programme page", False, "", False, False),
    ("r325-010", W, True, "22100021", True, "fertility clinic web story", U,
     "Seven accurate points: discuss options with the oncologist, egg/embryo/sperm banking, experimental ovarian tissue, possible short delay and that preservation may not succeed.",
     "GnRH agonist protection is hedged ('may'). risks 2: delay and possible failure named. advertising 1: IVF clinic's web story.",
     "qfert", "short clinic web story on fertility preservation", False, "", False, False),
]
