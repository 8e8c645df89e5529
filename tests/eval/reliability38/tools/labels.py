"""rel38 labels, written batch by batch from the stored excerpts only (blind).

Row: (id, genre, reliable, scores 'abcdefgh' in reltools.CRITERIA order, partial, doc_type,
source_leaning, why, note, query key, picked_because, unsafe_advice, unsafe_quote,
warning_signs_warranted, warning_signs_present).
"""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "womb": "signs of womb cancer bleeding after menopause should I worry",
    "ginger": "ginger for chemotherapy nausea does it work",
    "malebc": "can men get breast cancer lump under nipple symptoms",
    "fastchemo": "fasting during chemotherapy to starve cancer cells should I fast",
}

ROWS = [
    ("r38-001", W, True, "22010012", True, "consumer article", U,
     "accurate womb-cancer overview: any bleeding after menopause abnormal, risk factors incl. tamoxifen, cites CDC and NHS",
     "HARD: reliable though the excerpt stops before any 'see your GP' action; no intervention discussed (risks 1)",
     "womb", "re-hosted press-agency feature on a fitness site; womb cancer signs", False, "", True, False),
    ("r38-002", W, True, "22020002", False, "consumer article", U,
     "reports the 644-patient placebo-controlled ginger trial with journal citation, doses and the authors' conclusion; framed as add-on to anti-nausea medication",
     "HARD: reliable although it gives no limits, harms or prompt to tell the oncology team; the 2009 date is the citation's, not a posted date",
     "ginger", "natural-health article site; ginger for chemo nausea", False, "", True, False),
    ("r38-003", W, True, "22110012", False, "health library item", U,
     "hedged ('seemed to benefit') summary of the NCI-supported trial, ginger taken with standard anti-nausea drugs, doses in teaspoons, 'Ask your physician'",
     "care prompt is a general 'ask your physician', no sign; no harms named (risks 1 for the hedging)",
     "ginger", "hospital-site syndicated health library; ginger for chemo nausea", False, "", True, False),
    ("r38-004", W, True, "21010012", True, "supplier news page", U,
     "says ginger with anti-vomiting drugs cut nausea 40%, but also that earlier studies were small and inconsistent and surgical results mixed",
     "HARD: herbal-extract supplier's page, yet no product pitch in the excerpt and the uncertainty is stated; relative-only 40% (claims 1)",
     "ginger", "herbal-extract supplier's news page; ginger for chemo nausea", False, "", True, False),
    ("r38-005", W, False, "11000012", False, "integrative-medicine toolkit page", R,
     "sensible dose note and warning that concentrated extracts can worsen nausea, but tells cancer patients ginger has 'direct anti-cancer actions in a variety of cancer types' without qualification or source",
     "HARD: university integrative centre; unreliable for the unsupported anti-cancer claim on a page for people with cancer and no prompt to involve the care team; not unsafe (no cure/guarantee word)",
     "ginger", "university integrative-medicine cancer toolkit; ginger", False, "", True, False),
    ("r38-006", W, False, "00010002", False, "consumer article", U,
     "'eat ginger to eliminate the nausea', 'majority ... felt a lot better', misreports the trial's doses and arms; no mention of keeping anti-nausea drugs",
     "'could eat ginger to eliminate' is hedged by 'could', not counted as unsafe",
     "ginger", "media group's content site; ginger for chemo nausea", False, "", True, False),
    ("r38-007", W, False, "11000202", False, "personal blog post", U,
     "cheerful 'great one for the complementary medicine file' post; 40% relative figure, no source named, no limits, claims benefit lasts 'throughout treatment'",
     "HARD: the facts are roughly right and it says 'in combination with traditional anti-nausea medications'; unreliable for no source, no limits, promotional tone",
     "ginger", "personal Blogspot blog; ginger for chemo nausea", False, "", True, False),
    ("r38-008", W, True, "22000012", True, "content-farm page", U,
     "three accurate sentences: male breast cancer rare, usually a hard lump under the nipple",
     "HARD: reliable (nothing wrong or misleading) despite no 'see a doctor' line; no intervention (risks 1)",
     "malebc", "content-farm page; breast cancer in men", False, "", True, False),
    ("r38-009", W, False, "00010002", False, "personal blog post", U,
     "extrapolates mouse work and 10 patients: 'fasting the patient prevents chemo from damaging healthy cells. Awesome!', 'no worries about diarrhea'; belittles the risk of a 2-day fast",
     "HARD: unsafe counted for the own-voice protective guarantee about a practice cancer patients may try unsupervised; the dated links are not a posted date",
     "fastchemo", "personal LiveJournal blog; fasting during chemotherapy", True,
     "fasting the patient prevents chemo from damaging healthy cells", True, False),
    ("r38-010", W, False, "10010002", True, "personal blog post", U,
     "'good news for all cancer patients'; fasting said to enhance immunity that 'can assist in the elimination of cancer cells'; small pilots presented as showing fasting safe; no advice to involve the oncologist",
     "the 'safe and feasible' line is attributed to a pilot trial, not counted as unsafe; date only in URL",
     "fastchemo", "personal health blog; fasting during chemotherapy", False, "", True, False),
]
