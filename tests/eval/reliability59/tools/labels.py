"""rel59 labels: (id, genre, reliable, scores accuracy_balance/claims/care_prompt/sources/authorship_review/date/risks_uncertainty/advertising,
partial, doc_type, source_leaning, why, note, query key, picked_because, unsafe_advice, unsafe_quote,
warning_signs_warranted, warning_signs_present). Labelled blind from the stored excerpts only."""

Q = {
    "nip": "sore cracked nipples breastfeeding remedies",
    "nail": "white spots on fingernails what do they mean",
    "arm": "sore arm after vaccine shot how to relieve",
    "twitch": "muscle twitching in legs causes home remedies",
    "vaxnews": "vaccine side effects study news",
    "knee": "stiff knee after sitting for a long time",
    "bfnews": "breastfeeding study finds researchers",
}

W, N, U, R = "web page", "news", "unreliable-leaning", "reliable-leaning"

ROWS = [
    ("r59-001", W, False, "00100001", True, "remedy site", U,
     "symptom list mixes in headaches, hot flashes, irregular periods and sleepiness as signs of cracked nipples and lists breast cancer and heart problems as causes; remedies 'without any worry'; no latch help",
     "", "nip", "herbal-remedy site; expected careless", False, "", True, False),
    ("r59-002", W, False, "10000001", True, "tips blog", U,
     "promises healing in 'only two days' with coconut/almond oil and calls butter and ghee on cracked nipples harmless for the baby; no latch help, thrush or mastitis signs",
     "HARD: butter/ghee on broken skin with an own-voice safety claim read as unsafe (as r41-053's 'safe, non-toxic')", "nip", "tips blog; expected careless", True,
     "butter and Ghee are harmless even if they are sucked or swallowed by the baby", True, False),
    ("r59-003", W, True, "21000111", True, "personal blog", U,
     "a mother's own tips (alternate positions, expressed milk, air drying, cream); mainstream and low-risk, though a named nipple cream is recommended and latch help is not mentioned in the excerpt",
     "HARD: personal experience, no professional review and a product pick; label from the harmless, mainstream advice", "nip", "personal parenting blog (the brief asks for blogs)", False, "", True, False),
    ("r59-004", W, True, "22011011", True, "magazine article (mirror)", U,
     "explains leukonychia as mostly from minor nail-matrix trauma, quoting a named Cleveland Clinic dermatologist; calm and accurate",
     "HARD: a copy of a magazine article on a pages.dev mirror; judged on the text", "nail", "expert-quoting article", False, "", True, False),
    ("r59-005", W, False, "00100011", True, "content site", U,
     "repeats the zinc-deficiency myth as a common cause, lists liver and kidney disease, then says it is 'extremely important to see a doctor' for any discoloration while calling all spots temporary; contradictory and alarmist",
     "", "nail", "viral-style news site; expected careless", False, "", True, False),
    ("r59-006", W, True, "21110101", True, "scraped article", U,
     "ice, movement and pain relief after (not before) the shot, attributed to the CDC, WHO and named doctors; sound but scraped with unrelated clutter and a 'How To Treat Covid' heading; no signs of when to call",
     "HARD: scraper page with sign-up and unrelated vaccine snippets; the advice itself is accurate and sourced", "arm", "aggregator site; unknown quality", False, "", True, False),
    ("r59-007", W, False, "00100011", True, "content site", U,
     "presents ALS as 'one of the first signs' and poor circulation up to amputation as causes of leg twitching with no sense of how rare these are; no sources; alarming",
     "", "twitch", "symptom-guide site; expected careless", False, "", True, False),
    ("r59-008", W, True, "11010011", True, "content site", U,
     "reassuring summary attributed to Healthline, Medical News Today and Baylor: most twitching is benign and lifestyle-related; mixes fasciculation and myoclonus and gives no sign for when to see a doctor",
     "HARD: thin repost in a 'celebrity' section with no care prompt; label from the accurate, reassuring substance", "twitch", "lifestyle repost; unknown quality", False, "", True, False),
    ("r59-009", W, True, "21100011", True, "clinic page", U,
     "physiotherapy clinic's list of four plausible causes (osteoarthritis, bursitis, chondromalacia, ligament/tendon injury) and advice to get assessed if it keeps happening",
     "HARD: 'should not be a normal occurrence' overstates and serves the clinic, and the repeat-occurrence prompt is not a concrete warning sign (warning_signs_present false)", "knee", "rehab clinic page", False, "", True, False),
    ("r59-010", N, False, "11000102", True, "news story", U,
     "reports a modelling estimate ('could save 900 lives and $13 billion') as a finding, no journal, no limits of the model, only the study's own author quoted",
     "", "bfnews", "TV-station news story", False, "", False, False),
]
