"""rel368 labels: Q (query key -> query) and ROWS (see tests/eval/reltools.py build for the tuple order).
Criteria order: accuracy_balance, claims, care_prompt, sources, authorship_review, date,
risks_uncertainty, advertising."""

Q = {
    "q01": "new study supplement breakthrough treatment news",
    "q02": "university press release researchers discover potential new treatment mice",
    "q03": "miracle cure doctors hate news story diet reverses disease",
    "q04": "hospital press release first patient treated new therapy",
    "q05": "local news woman says supplement cured her arthritis",
    "q06": "company announces clinical trial results press release supplement improves",
}

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

ROWS = [
    ("r368-001", N, False, "10010002", True, "news rewrite of a mouse study (autism supplement mixture)", U,
     "Turns a mouse study of a zinc, serine and amino-acid mixture into an 'URGENT UPDATE' about 'reversing autism-linked behaviors' that 'could benefit millions', with no independent voice and no limits beyond 'further studies'.",
     "HARD: it does say mice throughout and names the journal and authors (sources 1), but the urgency framing, 'breakthrough that could reshape treatment strategies' and 'millions' oversell an animal result; risks 0: no caveat on extrapolating to people beyond 'next steps'.",
     "q01", "sensational news-site headline on supplements 'reversing' autism; first result", False, "", False, False),
    ("r368-002", N, True, "21010012", True, "health news blog roundup of pain research items", U,
     "Short summaries of pain studies (a VR-biofeedback pilot, a paracetamol mechanism study, a qualitative nature study, a brain-training trial) with journals named and hedged wording ('shows promise', 'pilot study').",
     "HARD: 'significant potential' after five sessions in a pilot is generous (claims 1), but each item signals its study type and none promises a cure; no dates, no author.",
     "q01", "health-news blog aggregating research headlines on pain treatments", False, "", False, False),
    ("r368-003", N, False, "10010011", True, "news story on a mouse genetics study (PDE4B) framed as Alzheimer's treatment", U,
     "The headline promises an 'effective treatment for Alzheimer's' and the deck says the mice 'fight mental illness', though the study shows only that PDE4B-knockout mice were smarter and less anxious; the researcher's own quote is modest.",
     "HARD: body is fairly faithful (mice, 'promising target', risk-taking behaviour noted: risks 1) but the headline and deck overstate an early animal finding into a disease treatment; donation banner above the text (advertising 1).",
     "q02", "religious news outlet's health story turning mouse research into an Alzheimer's treatment headline", False, "", False, False),
    ("r368-004", N, True, "11010102", True, "news report of the first CAR-T therapy at a Greek public hospital", U,
     "Reports accurately that a public hospital gave its first CAR T-cell treatment to a lymphoma patient and names the approved indications; 'revolutionary' is attributed framing and no outcome is claimed.",
     "HARD: no benefit figures and no harms (cytokine release syndrome, neurotoxicity; risks 0), but nothing is exaggerated about outcomes and the indications are right, so thin-but-fair; date given as '22 January' without a year (date 1).",
     "q04", "community newspaper on a hospital's first patient treated with a new therapy", False, "", False, False),
    ("r368-005", N, True, "22001011", True, "TV station health segment stub promoting an arthritis charity walk", U,
     "A stub: the title promises arthritis treatment, but the text only gives a prevalence figure and promotes a fundraising walk with a named physical therapist; nothing inaccurate.",
     "Thin-but-fair; no intervention discussed (risks 1); the archive notice is shown but the date is only in the URL (date 0); event promotion (advertising 1).",
     "q05", "local TV 'Health Alert' on treating arthritis", False, "", False, False),
    ("r368-006", W, False, "00010101", True, "supplement-industry information site's index of efficacy articles", U,
     "Dismisses the antioxidant mortality findings as media sensationalism ('The Antioxidant Sky is Not Falling') and says several supplements 'can be useful for lowering and controlling insulin and blood sugar levels', an industry reading of the evidence.",
     "HARD: an index of article teasers rather than a self-care guide, so warning_signs_warranted false (no how-to for a condition); not unsafe_advice: no unqualified cure or safety claim for a product. Partial dates on teasers (date 1).",
     "q01", "industry site listing supplement 'efficacy' news", False, "", False, False),
    ("r368-007", W, False, "01100012", True, "short personal/content-site page introducing arthritis", U,
     "States that rheumatoid arthritis 'recedes in about 70 percent of its sufferers as they grow older', which is wrong for RA (it may confuse juvenile arthritis), though it does tell readers to consult a physician.",
     "HARD: thin intro with a general consult prompt (care 1, not a warning sign); label false for the factual error about RA's course, which could lead a reader to wait it out. No intervention discussed (risks 1).",
     "q05", "old content-site arthritis page from a worried-reader arthritis-cure query", False, "", True, False),
    ("r368-008", N, True, "21000211", True, "lab-equipment company blog's posts on mouse research news", U,
     "Dated teasers on mouse studies that say plainly the cancer-fighting results were 'in mouse models' and keep diet links general.",
     "Thin-but-fair; a company blog (advertising 1); risks 1: the mouse-only nature is stated but no other limits.",
     "q02", "company blog summarising mouse-study news", False, "", False, False),
]
