"""rel35 labels (blind, one labeller). ROWS: (id, genre, reliable, scores 'abcdefgh' in the order
accuracy_balance, claims, care_prompt, sources, authorship_review, date, risks_uncertainty,
advertising, partial, doc_type, source_leaning, why, note, query key, picked_because,
unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present). No page text here,
only short quoted phrases."""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "sore": "sore muscles after workout natural remedy how to get rid fast",
    "wart": "plantar wart on foot home remedy how to remove",
    "stool": "blood in stool should I worry bowel cancer sign",
}

ROWS = [
    ("r35-001", W, False, "00001002", True, "natural-remedy article for sore muscles on a document-hosting site", U,
     "Says natural remedies 'have no side-effects and are very effective' and that ice 'opens pores causing the lactic acid to flow out' (wrong physiology); soreness blamed on lactic acid.",
     "unsafe true: blanket no-side-effects claim in the page's own voice. authorship 1: byline only. Excerpt stops at a 'Herbal Spot-Application Creams' heading; no promotion shown, advertising 2.",
     "sore", "upload by a pain-relief account promising quick natural relief; first result", True,
     "natural remedies are undoubtedly the best option since they have no side-effects and are very effective", True, False),
    ("r35-002", W, False, "11010002", True, "home-remedy article on muscle soreness, natural-health content site", U,
     "Headline 'Home Remedies That Really Work'; offers essential oils and ginger 'without resorting to painkillers' and says the remedies can treat muscle injuries, acute pain and fibromyalgia, with no limits or care advice.",
     "HARD: accurate definition citing MedicineNet, nothing dangerous in the excerpt, but steers chronic pain conditions and injuries to natural remedies with an efficacy headline; unreliable. risks 0: remedies without limits. unsafe false: no cure or safety word.",
     "sore", "natural-health site promising remedies that 'really work'", False, "", True, False),
    ("r35-003", W, False, "10000002", True, "listicle of natural treatments for sore muscles, lifestyle portal", U,
     "'Research-based evidence proves' cherry juice reduces soreness; coffee 'will act as a natural agent' to treat soreness; Epsom salt magnesium 'an excellent muscle relaxer'; no sources.",
     "unsafe false: efficacy claims ('proves') without a cure or safety word. date 0: year only in URL. Warns against painkiller over-use (accurate), but overstated remedy claims.",
     "sore", "listicle of 'highly effective' natural ways", False, "", True, False),
    ("r35-004", W, False, "10000001", True, "fitness-site blog post on natural remedies for sore muscles", U,
     "Drinking or bathing in apple cider vinegar lets 'anti-inflammatory properties' seep into sore muscles; natural remedies called 'simple and fast-acting'; magnesium supplements pushed via 'Studies show' with no source.",
     "advertising 1: 'click here to view more' plug inside the text. unsafe false: no cure/safety word.",
     "sore", "fitness blog recommending apple cider vinegar for soreness", False, "", True, False),
    ("r35-005", W, False, "10100012", True, "home-remedy post on plantar warts, health blog site", U,
     "Duct tape 'studies have proven that it works' and beats freezing (one small trial; later trials did not confirm); banana peel 'recommended by dermatologists'; tea tree oil to 'destroy the virus'.",
     "care 1 / risks 1: excludes people with diabetes or poor foot circulation from home treatment, but no doctor prompt. warning_signs_present false: the diabetes exclusion is not tied to an explicit action. date 0: date only in URL. unsafe false: efficacy claims, no cure/safety word.",
     "wart", "health-blog home remedies incl. banana peel", False, "", True, False),
    ("r35-006", W, True, "22000012", True, "plantar-wart explainer on a foot-health content site", U,
     "Accurate description of wart types, the capillary black dots and the 'roots' misconception; excerpt stops before treatments.",
     "risks 1: no intervention discussed in the excerpt. care 0: no doctor prompt shown.",
     "wart", "foot-condition site page promising '5 ways to get rid of' warts", False, "", True, False),
    ("r35-007", W, True, "22201012", False, "cancer charity Q&A page on blood in the stool", R,
     "Most bleeding is from piles, dark tarry stool can mean bleeding higher up; any bleeding should be checked by the GP; explains the rectal examination.",
     "risks 1: no treatment discussed. authorship 1: organisation only.",
     "stool", "cancer charity's own Q&A on the question", False, "", True, True),
    ("r35-008", W, True, "12200012", False, "one-slide item of a '10 warning signs' colon-cancer listicle, clickbait site", U,
     "Blood on or in the stool may be a sign of colon cancer; see your doctor immediately.",
     "HARD: very thin and a little alarmist, and the faecal occult blood test is not the usual test for visible bleeding, but the action is right; reliable. risks 1: no intervention discussed.",
     "stool", "clickbait listicle of colon-cancer warning signs", False, "", True, True),
    ("r35-009", W, True, "22211002", True, "bowel-cancer warning-signs article quoting colorectal surgeons, on an unrelated domain", U,
     "Named consultant surgeons explain that bleeding is usually from something less serious but should be checked by a doctor quickly; lists other causes of rectal bleeding.",
     "risks 1: no intervention discussed. date 0: awareness month named without a year. Private hospital named as the surgeons' employer (attribution, not a plug).",
     "stool", "re-hosted awareness article on an unrelated sports domain", False, "", True, True),
    ("r35-010", W, True, "22200012", False, "reader Q&A on blood in the stool, patient magazine", U,
     "Lists haemorrhoids and tears as common causes, dark stool as bleeding higher up, and says to see a provider as soon as possible; screening due from age 50 or earlier with family history.",
     "risks 1: no intervention discussed. Screening age 50 is dated (US now 45), minor.",
     "stool", "patient-magazine answer to the exact question", False, "", True, True),
]
