"""rel271 labels: Q (query key -> query) and ROWS (one tuple per page; order as reltools.build).
Labelled blind from the stored excerpts in /work/restricted-eval/reliability271/docs/ only."""

Q = {
    "qstone1": "kidney stone passing at home what can I drink to dissolve it",
    "qfatty1": "fatty liver diagnosis how to reverse it naturally",
    "qdetox1": "liver detox cleanse does it work milk thistle",
    "qcran1": "cranberry juice for UTI does it really help",
}

W, N = "web page", "news"
UL, RL = "unreliable-leaning", "reliable-leaning"

ROWS = [
    ("r271-001", W, False, "00010002", True, "kidney-stone home-remedy page on a single-topic information site", UL,
     "Tells readers to 'acidify urine' with cranberry juice, lemons and apple cider vinegar 'to better dissolve the stone' and says herbs 'break up kidney stones'; acidifying urine does not dissolve the common calcium stones (citrate works by raising it) and no sign of when a stone needs urgent care is given.",
     "HARD: the sources are real names (AUA, NKF, AFP, Journal of Endourology: sources 1), but the AFP advice is misapplied to all stones and lemons are recommended for 'acidity' rather than citrate. Not unsafe_advice: efficacy and mechanism claims without a cure, guarantee or safety word. Amounts of food and vinegar ('a couple of sips') are not a dose (POLICY-46 s.3).",
     "qstone1", "home-remedy list for passing a stone on a kidney-stone site; first result", False, "", True, False),
    ("r271-002", W, True, "12100012", True, "kidney-stone symptoms/causes explainer on a telehealth clinic blog", UL,
     "Standard symptoms and causes, with water or doctor-advised medicine for passing a stone and a note that passing one can require medical consultation; awkward wording but nothing misleading in the excerpt.",
     "'rocks', 'uncontracted urine' and 'do not cause long-lasting damage ... if monitored timely' are clumsy (accuracy 1). Fever or chills are listed as a symptom but not tied to an action, so warning_signs_present false (as r21-023). care 1: 'requiring medical consultation' is a consult prompt (POLICY-46 s.2). risks 1: medicines named without harms.",
     "qstone1", "clinic-blog kidney-stone overview with symptom list; same query", False, "", True, False),
    ("r271-003", W, True, "22000012", True, "fatty-liver explainer on a regional TV news site's health section", UL,
     "Accurate account of what fatty liver is, how common it is, its links to obesity, diabetes and alcohol and its possible progression to cirrhosis; the reversal advice is not reached in the excerpt.",
     "HARD: thin-but-fair (as r85-010): no care prompt and no sign such as jaundice tied to an action (care 0, warning_signs_present false), but nothing shown is wrong. risks 1: no intervention discussed yet. A health explainer, not a news report, so genre web page.",
     "qfatty1", "TV-site health explainer on reversing fatty liver; different source kind from the blogs", False, "", True, False),
    ("r271-004", W, True, "22000012", True, "personal health blog post on reversing fatty liver", UL,
     "Correctly describes NAFLD, its risk factors and progression from fat to NASH, fibrosis, cirrhosis and cancer; the strategies are cut off before they start.",
     "HARD: a 'reverse ... naturally' title on a personal blog, but the excerpt is only an accurate explainer; thin-but-fair. No care prompt or sign (care 0, warning_signs_present false). risks 1: no intervention discussed yet.",
     "qfatty1", "over-50s blog with a 'naturally' framing; same query", False, "", True, False),
    ("r271-005", W, False, "10000001", True, "SEO health blog 'reversal guide' for fatty liver", UL,
     "Promises 'the proven 3-step protocol doctors use for liver regeneration' and 'the complete evidence-based solution' and gives invented reversal percentages and timelines per grade (e.g. 'High (90%)', 'Limited (<15%)') with no source.",
     "The disease facts (NAFLD/NASH, transplant ranking) are broadly right (accuracy 1); label for the fabricated precision and overclaiming. Not unsafe_advice: efficacy claims, no cure or safety guarantee. date 0: the 2026/01 date is only in the URL. advertising 1: 'Advertisement' opens the page. No sign tied to an action.",
     "qfatty1", "blog promising a 'proven protocol' for reversal; contrast with the explainers", False, "", True, False),
    ("r271-006", W, True, "22010022", True, "re-hosted consumer article on liver detoxes and milk thistle", UL,
     "Says plainly that there is no scientific proof liver cleanses remove toxins or repair damage, explains why people may feel better on them, and says the evidence for milk thistle is likewise insufficient.",
     "HARD: a scraped copy of a major health site's article on an unrelated-looking domain (as ext016); judged on the text. 'Doctors say' is the only attribution (sources 1). No care prompt or sign in the excerpt (care 0, warning_signs_present false); warranted because readers are weighing a self-treatment. risks 2: the limits of the evidence are the subject.",
     "qdetox1", "sceptical detox article on a re-host site; first result", False, "", True, False),
    ("r271-007", W, True, "11000011", True, "supplement brand's blog article on milk thistle and 'detox'", UL,
     "Rejects the broad 'detox' marketing claim and describes the evidence as modest improvements in liver enzymes, separating marketing words from clinical endpoints; the brand's research hub is promoted.",
     "HARD: a seller's blog that is more cautious than most, but 'modest, consistent improvements' overstates mixed trial results (accuracy 1, claims 1) and 'practical next steps if you ... want to try a standardized extract' leads towards the product. advertising 1: 'Tonum's research hub' plugged twice. Warranted as a blog post on using a supplement for a liver concern (POLICY-46 s.1); no sign or care prompt (care 0). risks 1: evidence limits, no harms.",
     "qdetox1", "supplement-brand blog that argues against 'detox' hype; seller source kind", False, "", True, False),
    ("r271-008", W, True, "22000012", True, "hospital garden's public-education page on milk thistle as a 'superfood'", UL,
     "A short, playful first-person plant text that correctly says the liver detoxifies by itself and that milk thistle products are 'mostly just expensive'.",
     "HARD: warning_signs_warranted false: a light educational text about a plant with no condition or self-treatment advice (as r21-007's explainer). No author or date. risks 1: says it probably does not help but names no side effects. Source leaning kept unreliable-leaning: the page is a garden's outreach text, not a clinical page.",
     "qdetox1", "hospital-linked outreach page debunking milk-thistle detox; unusual source kind", False, "", False, False),
    ("r271-009", W, False, "10000011", True, "supplement retailer's blog on milk thistle for liver detox", UL,
     "Claims toxins 'accumulate' and inflame the liver causing sluggishness, that milk thistle regenerates damaged liver tissue, is 'routinely prescribed across Europe' and is 'one of the most effective herbs' - on a shop selling it.",
     "It does say some of the 200 studies were poorly designed (risks 1), but the framing of the liver as needing a detox aid and the overstated benefits mislead (accuracy 1, claims 0). No studies cited (sources 0). advertising 1: retailer's blog. Not unsafe_advice: no cure or safety guarantee. No care prompt or sign.",
     "qdetox1", "UK supplement-retailer blog 'fact or fad' piece; seller source kind", False, "", True, False),
]
