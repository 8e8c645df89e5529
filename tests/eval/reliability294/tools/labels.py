"""rel294 labels: one tuple per page (reltools.build order). No page text beyond short quoted phrases."""

Q = {
    "qws": "early warning signs of cancer I should not ignore",
    "qchemo": "chemotherapy side effects how to cope at home nausea fatigue",
    "qalk": "alkaline diet cures cancer natural treatment",
    "qeat": "what to eat during cancer treatment diet tips",
}

W, N = "web page", "news"
U = "unreliable-leaning"
R = "reliable-leaning"

ROWS = [
    ("r294-001", W, True, "22200012", True, "content-site symptom list", U,
     "accurate list of cancer warning signs with a clear see-a-doctor rule (persisting more than a couple of weeks; 10 lb in two months)",
     "no sources, author or date; fair on what is shown.", "qws", "first result for a warning-signs query; article-submission site",
     False, "", True, True),
    ("r294-002", W, True, "22210012", True, "content-site symptom article", U,
     "accurate, non-alarmist introduction with a note that one symptom does not mean cancer and that persistent changes should be checked",
     "HARD: warning_signs_present false: 'persistent, unexplained changes should always be checked' names no specific sign before the excerpt is cut; sources 1 for the Oncology Nursing Society attribution.",
     "qws", "content site with a stated 'no fear-mongering' framing", False, "", True, False),
    ("r294-003", W, True, "22110012", True, "translated news-style listicle", U,
     "mostly accurate sign list (weight loss, lumps, cough 3-4 weeks, moles, blood in stool/urine, pain >4 weeks) with a GP prompt for urination problems",
     "HARD: thin translated text that misnames Karol Sikora; warning_signs_present true on 'essential to see your GP' for painful urination problems; most other signs have no action.",
     "qws", "a reworded magazine listicle quoting an oncologist", False, "", True, True),
    ("r294-004", W, True, "22200012", True, "blog symptom list", U,
     "accurate sign list with explicit actions (growing lump checked immediately, cough >2 weeks with blood, swallowing problems need attention)",
     "blogspot blog; no sources or author; fair on what is shown.", "qws", "blog version of a warning-signs list",
     False, "", True, True),
    ("r294-005", W, False, "00000002", True, "alternative-health blog", U,
     "presents the alkaline diet as an existing cancer cure that can 'eliminate cancer cells', with false pH and sugar-immunity claims",
     "unsafe_advice: own-voice unqualified claim that the diet can reduce and eliminate cancer cells; date only in URL (0).",
     "qalk", "a cure-claim page for the alkaline diet", True, "can reduce and even eliminate cancer cells in the body", True, False),
    ("r294-006", W, False, "01000002", True, "wellness coach blog", U,
     "admits 'little scientific evidence' but calls the pH range of cancer growth 'proven' and frames chemotherapy as toxic and imbalancing",
     "HARD: the hedges ('in theory', 'not a cut-and-dry solution') keep unsafe_advice false; false on the invented 'proven' pH claim and the disparagement of standard treatment (risks 0).",
     "qalk", "hedged alternative-health page on the same claim", False, "", True, False),
    ("r294-007", W, False, "00010002", True, "alternative-health blog", U,
     "claims cancer forms from an over-acidic body and that diet 'could' prevent or cure it, implying doctors neglect this",
     "HARD: 'could also prevent or cure' is modal, so unsafe_advice false on the qualification rule; sources 1 for a named book; false mechanism throughout.",
     "qalk", "alkaline-body page citing a book", False, "", True, False),
    ("r294-008", W, True, "22100022", True, "content-site explainer", U,
     "clear, accurate debunking: no evidence the alkaline diet cures cancer, blood pH is regulated, treatment is individualised",
     "HARD: warning_signs_warranted false: an explainer on an alternative claim with no self-care advice or symptom (as r21-007); care 1 because the closing prompt is cut off.",
     "qalk", "a debunking answer in the same result list", False, "", False, False),
    ("r294-009", W, False, "00000000", True, "alternative cancer clinic blog", U,
     "an alternative cancer clinic says the alkaline diet is 'crucial to healing' and that interfering with pH can halt cancer",
     "unsafe_advice: own-voice claim that diet can halt cancer progression, on the clinic's own blog (advertising 0); warning signs warranted (diet self-treatment advice, not a product page).",
     "qalk", "clinic selling alternative cancer care", True, "we can halt the progression of cancer", True, False),
    ("r294-010", W, True, "21202211", True, "hospital dietitian blog", U,
     "dated, dietitian-authored guide urging a personalised plan with an oncology dietitian",
     "'consider food as medicine' and 'boost your immune system' give claims 1; advertising 1 for Summa Health's own services; no sign tied to an action in the excerpt.",
     "qeat", "hospital-system page with named dietitians", False, "", True, False),
]
