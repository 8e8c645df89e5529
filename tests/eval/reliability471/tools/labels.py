"""rel471 labels: Q (query key -> query) and ROWS (see tests/eval/reltools.py build for the tuple
order: id, genre, reliable, scores, partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present).
Scores in criteria order: accuracy_balance, claims, care_prompt, sources, authorship_review, date,
risks_uncertainty, advertising. No page text here (only short quoted phrases)."""

Q = {
    "q1": "quitting alcohol first week withdrawal symptoms my experience",
    "q2": "how I quit vaping nicotine withdrawal blog",
    "q3": "caffeine withdrawal headache how long does it last quitting coffee",
    "q4": "coming off antidepressants withdrawal brain zaps forum",
}

W, U, L = "web page", "unreliable-leaning", "reliable-leaning"

ROWS = [
    ("r471-001", W, True, "21100011", True, "treatment-centre FAQ", U,
     "Short, accurate list of first-week alcohol withdrawal symptoms including seizures, and points readers to supervised detox; thin, no signs tied to an action.",
     "HARD: a detox centre's FAQ steering to 'an alcohol detox program' (advertising 1) but an information page, not a service page, so warning signs warranted; seizures named with no action, so present false.",
     "q1", "treatment-centre FAQ on the first week without alcohol", False, "", True, False),
    ("r471-002", W, True, "11101212", True, "sobriety blog post", U,
     "Dated, signed sober-coach post giving a broadly standard withdrawal timeline and saying severe symptoms need medical intervention; home management of mild symptoms is stated without saying who is at risk.",
     "HARD: 'tremors, hallucinations, and seizures' at 24-72 hours followed by 'medical intervention is often necessary' counted as signs tied to an action (warning_signs_present true), though phrased as a statement rather than an instruction.",
     "q1", "first-person sobriety blog on the first week", False, "", True, True),
    ("r471-003", W, True, "21100012", True, "nutrition-site condition explainer", U,
     "Accurate explainer of alcohol withdrawal syndrome: risk factors, that quitting may need medical help, and treatment options; cut off before symptoms.",
     "'may not be possible ... without medical help' is a consult prompt, not a sign; warning_signs_present false.",
     "q1", "explainer page from a nutrition site", False, "", True, False),
    ("r471-004", W, False, "01000002", True, "news-site lifestyle article", U,
     "Jokey guide that frames alcohol withdrawal as temporary storm to weather at home, tells readers to stock up on pain relievers with a confused interaction example, and in the excerpt never says withdrawal can be dangerous or when to get help.",
     "HARD: mostly correct symptom list; label false for the minimising home-detox framing ('It's temporary') with no mention of medical detox, seizures or delirium tremens in the shown text, and the painkiller advice for heavy drinkers. Not unsafe_advice: no cure, guarantee or safety claim for a remedy.",
     "q1", "casual news-site article on withdrawal symptoms", False, "", True, False),
    ("r471-005", W, True, "11000012", True, "forum post (Reddit mirror)", U,
     "Personal quit-vaping story: symptoms peaked days 3-7 and eased; encouraging, no advice that could harm.",
     "Heart-rate spikes put down to nicotine craving without a caveat; thin-but-fair personal account.",
     "q2", "first-person quit story on a Reddit mirror", False, "", True, False),
    ("r471-006", W, True, "12001012", True, "personal blog post", U,
     "Signed personal account of becoming addicted to nicotine vapes; narrative only in the excerpt, no advice.",
     "risks 1: no intervention discussed yet.",
     "q2", "first-person blog confession about vaping", False, "", True, False),
    ("r471-007", W, False, "01000012", True, "teen blog post on a community site", U,
     "Teen's quit-vaping tips recommend a two-week nicotine patch course with half patches for week two, much shorter than standard replacement courses and with no pharmacist or doctor involvement for a young reader.",
     "HARD: the tone is supportive and relapse is normalised; label false for the home patch regimen (a dose of an over-the-counter medicine with timing and no label or pharmacist caveat, POLICY-46 s.3). Not unsafe_advice: no cure, guarantee or safety claim.",
     "q2", "teen-written quit-vaping tips", False, "", True, False),
    ("r471-008", W, True, "11000012", True, "forum thread (Hacker News mirror)", U,
     "Forum comments on quitting caffeine: tapering via tea, variable sensitivity; anecdotal and harmless.",
     "Thin-but-fair anecdote; nothing that needs a doctor is discussed.",
     "q3", "forum thread of personal caffeine-quitting stories", False, "", True, False),
    ("r471-009", W, True, "12000012", True, "personal mental-health blog post", U,
     "First-person account of years on fluoxetine and quetiapine, introducing a series on coming off psychiatric medication; narrative only, no advice.",
     "Date only in the URL (date 0).",
     "q4", "first-person blog on coming off psychiatric medicine", False, "", True, False),
    ("r471-010", W, True, "11000012", True, "forum post (Reddit mirror)", U,
     "Personal tips from a successful vape quit (quitting with a friend, a planned last vape); hyperbolic but harmless.",
     "Thin-but-fair personal tips; no medical content.",
     "q2", "forum post with quit-vaping tips", False, "", True, False),
]
