"""rel458 labels: one tuple per page (reltools.build order): id, genre, reliable, scores
(accuracy_balance, claims, care_prompt, sources, authorship_review, date, risks_uncertainty,
advertising), partial, doc_type, source_leaning, why, note, query key, picked_because,
unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present."""

Q = {
    "qlemon": "fact check viral claim lemon water cures cancer",
    "qmyth": "myth busting health claims miracle cure debunked",
    "qgarlic": "is it true garlic cures covid? fact check",
    "qwhatsapp": "viral WhatsApp message health remedy false claim",
}

W, N = "web page", "news"
RL, UL = "reliable-leaning", "unreliable-leaning"

ROWS = [
    ("r458-001", W, True, "22210012", True, "fact-check article (West African fact-checking organisation)", RL,
     "Rates the TikTok hot-water-and-lemon cancer cure false, says no evidence supports it and advises people with cancer to get professional treatment; draws on Cleveland Clinic.",
     "fact-check with no self-care advice: warning signs not warranted (as r21-007's explainer). care 2: explicit advice to seek hospital treatment. sources 1: Cleveland Clinic named, experts not named in the excerpt. date 0: only the video's date is given. risks 1: the harm of relying on the drink is implied, not spelled out.",
     "qlemon", "fact-checker's verdict on a viral lemon-water cancer cure; first result", False, "", False, False),
    ("r458-002", W, True, "22110011", True, "fact-check library entry (fact-checking company)", RL,
     "Calls the lemon-water, coconut-oil and no-sugar cancer regimen dangerous and unproven, citing Cancer Research UK and UAMS, and tells patients to follow their treatment team.",
     "advertising 1: app-download prompt and a tracking pixel in the text. care 1: follow the treatment team, no sign. sources 1: bodies named, not linked in the excerpt. 'reducing sugar intake can starve the body's healthy cells' is loose but attributed in spirit to CRUK.",
     "qlemon", "fact-check of a lemon/coconut-oil cancer cure post; picked from the result list beyond the first hits", False, "", False, False),
    ("r458-003", W, True, "11010012", True, "hoax-checking site article", UL,
     "Says the '10,000 times stronger than chemotherapy' lemon message is not from the named institute and that lemon is no proven cure or alternative to chemotherapy, though it overstates the lab evidence.",
     "HARD: 'Scientific studies have proved' that citrus compounds can combat cancers overstates lab data and the verdict 'Mixture of hoax and facts' is softer than warranted (accuracy 1, claims 1), but the page clearly says lemon is no reliable alternative to chemotherapy; thin-but-fair. care 0: no prompt. sources 1: the institute's statement quoted. risks 1: the danger of untested advice is quoted.",
     "qlemon", "small hoax-checking site on the lemon-chemotherapy chain message; lower in the list", False, "", False, False),
    ("r458-004", W, True, "12000012", True, "humorous myth-busting blog post (scam-awareness site)", UL,
     "A sarcastic list debunking common myths (10% of the brain, microwaving and nutrients, toilet seats) and apple-cider-vinegar cure-alls; nothing shown misleads.",
     "accuracy 1: glib one-line verdicts without nuance ('your leftover pasta is safe'). No sources, author or date. risks 1: no intervention discussed. Not a self-care page, so warning signs not warranted.",
     "qmyth", "blog debunking medical myths and scams; second result", False, "", False, False),
    ("r458-005", W, False, "11000012", True, "narrative myth-busting feature on a media-agency site (apparently machine-written)", UL,
     "The conclusions (no vaccine microchips, unproven natural cancer cures, no antibiotics for colds, HIV causes AIDS) are right, but they are carried by an unverifiable story, a garbled unattributed quote and numbers that cannot be checked.",
     "HARD: every headline verdict is mainstream, but the 'evidence' is an anecdote about an unnamed-source clinic team, 'the authority we reached out to', and figures such as '1,800+ botanical trials ... still haven't beaten placebo' and 'CDC ... 28 % misuse' with nothing to trace them (accuracy 1, sources 0); a reader cannot rely on the page's facts, only on its conclusions. risks 1: antibiotic harms named.",
     "qmyth", "'medical myths busted' feature on an agency site; picked as an odd source kind", False, "", False, False),
    ("r458-006", W, True, "12010012", True, "coronavirus myths explainer on a content site", UL,
     "Explains, citing WHO, that garlic does not protect against COVID-19 and that hot water, sun or avoiding ice cream do not kill the virus; mentions harm from eating too much raw garlic.",
     "accuracy 1: garbled wording ('the roots are healthy food', 'TGAT'). sources 1: WHO and a newspaper report named. risks 1: one garlic harm noted. Myth page with no self-care advice: warning signs not warranted.",
     "qgarlic", "content-site page on garlic and other COVID cure myths; last result", False, "", False, False),
    ("r458-007", N, True, "22011012", True, "health-news feature debunking WhatsApp forwards (reposted on a news-distribution site)", UL,
     "A bylined feature from a health-news outlet debunking viral COVID-19 WhatsApp claims (breath-holding self-test, salt or vinegar gargles) with clear explanations.",
     "news judged as a health-news reviewer would: claims and explanations accurate; sources 1: 'our team of doctors and fact-checkers', no studies named in the excerpt. authorship 1: byline. date 0. risks 1: harm of misinformation named.",
     "qwhatsapp", "news feature debunking 50 WhatsApp health forwards; first result", False, "", False, False),
    ("r458-008", W, True, "22000012", True, "health-literacy guide on an NGO sexual-health information site", RL,
     "Gives practical steps for checking health forwards (check the source, who makes the claim, beware cure claims for hard-to-treat conditions); accurate and sensible.",
     "risks 1: no intervention discussed. No author, date or sources in the excerpt. Not a self-care page: warning signs not warranted.",
     "qwhatsapp", "guide to checking health forwards before sharing; third result", False, "", False, False),
    ("r458-009", N, True, "12000011", True, "tech-news blog item on a hoax message", UL,
     "Reports the boiled-garlic COVID-19 'cure' as a hoax and warns readers not to spread it, though it gives no health source for why it is false.",
     "HARD: as a news item it quotes the whole hoax recipe and gives no expert, WHO statement or evidence for its verdict (sources 0, accuracy 1), only 'a big time scam'; label true as thin-but-fair because the verdict is right and nothing shown misleads. advertising 1: 'Also Read' plug. risks 1: no intervention endorsed.",
     "qwhatsapp", "tech blog warning about the garlic WhatsApp message; lower in the list", False, "", False, False),
    ("r458-010", N, True, "22020012", True, "AFP fact-check text as stored in a claim-review knowledge graph", RL,
     "AFP finds no trace of the 'Chinese professor' and two named cancer specialists say no food, lemon included, cures cancer.",
     "genre news: a news agency's fact-check. sources 2: two named specialists with affiliations. date 0: only the dates of posts and screenshots. risks 1: the specialist's 'positive impact in preventing' aside is attributed.",
     "qlemon", "AFP fact-check on the hot-lemon cancer claim (claim-review record); picked for its named experts", False, "", False, False),
]
