"""rel219 label records: Q (query key -> query as sent to the `pages` search) and ROWS (one tuple per
page: id, genre, reliable, scores in criteria order, partial, doc_type, source_leaning, why, note,
query key, picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted,
warning_signs_present). Labels from the stored text only."""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "qhb": "home remedies for heartburn that actually work",
    "qcon": "how to relieve constipation naturally at home",
    "qbl": "why am I always bloated after eating, how to get rid of bloating",
    "qsl": "can't sleep at night tips to fall asleep faster",
}

ROWS = [
    ("r219-001", W, True, "21000012", True, "hospital-system health blog (heartburn remedies)", U,
     "accurate lifestyle advice on triggers, portions and fibre; the excerpt stops before any care prompt or red flag",
     "HARD: thin-but-fair; a chest-burning page with no word that chest pain can be cardiac or when to see a doctor (care 0); 'Really Work' title (claims 1).",
     "qhb", "hospital-system blog among heartburn listicles", False, "", True, False),
    ("r219-002", W, True, "11000012", True, "health content site (constipation explainer)", U,
     "mostly accurate definition and causes (including colon disorders and cancer); overstates symptoms; remedies not reached",
     "HARD: 'people suffering from Constipation experience severe abdominal pain, headaches...' overgeneralises (accuracy 1) and 'cure ... fast' is only in the URL; no intervention shown yet (risks 1), no care prompt; thin-but-fair.",
     "qcon", "constipation remedy article from a health content site", False, "", True, False),
    ("r219-003", W, False, "10000002", True, "remedy blog (constipation)", U,
     "lemon water said to 'flush toxins from the colon', OTC laxatives framed as 'harsh', 'work wonders'; no sign or care prompt",
     "detox myth and overclaiming; harmless remedies, but no red flags (blood, weight loss, persistent change) for a constipation page. Not unsafe_advice: efficacy claims, no cure or safety guarantee.",
     "qcon", "generic remedy blog on an unfamiliar domain", False, "", True, False),
    ("r219-004", W, False, "00000002", True, "fitness blog (constipation remedies)", U,
     "promises '100% effective' remedies that 'cure your constipation', 'tested by thousands'; calls constipation 'dryness of the colon'",
     "unsafe_advice: an own-voice guarantee ('100% effective') of cure, as r94-008's guarantee; no care prompt or sign.",
     "qcon", "title promises 100% effective remedies", True,
     "the best and 100% effective home remedies that will help you to cure your constipation", True, False),
    ("r219-005", W, True, "21000011", True, "women's health content site (bloating)", U,
     "accurate account of food intolerance, swallowed air and food diaries; probiotics 'can help restore gut health' mildly overclaims",
     "HARD: thin-but-fair; persistent bloating in women (ovarian cancer) and other red flags are not mentioned in the excerpt (care 0); the probiotic paragraph heads toward products (advertising 1).",
     "qbl", "natural-solutions bloating page", False, "", True, False),
    ("r219-006", W, True, "11000011", True, "fitness-coaching shop page (bloating)", U,
     "plausible causes (salt, carbonated drinks, constipation); some loose physiology; notes that bloating after every meal may be a concern",
     "HARD: 'may be a cause for concern' names a sign without an action, so care 0 and warning_signs_present false; sugar causing water retention and gas that 'stays there' are loose (accuracy 1); shop page (advertising 1).",
     "qbl", "a coaching brand's shop page on bloating", False, "", True, False),
    ("r219-007", W, True, "22012211", True, "telehealth company blog (sleep)", U,
     "medically reviewed, dated, CDC figure cited; accurate sleep-schedule and circadian advice",
     "company selling sleep products (advertising 1), but the excerpt is sound; no sign such as snoring or long-lasting insomnia tied to care.",
     "qsl", "medically reviewed company blog", False, "", True, False),
    ("r219-008", W, True, "22100012", True, "content aggregator page (sleep)", U,
     "standard sleep-hygiene list; talk to a doctor before OTC sleep aids; see a sleep specialist if trouble continues",
     "'If you're still having trouble' gives no duration or sign, so care 1 and warning_signs_present false (as r102-032).",
     "qsl", "short sleep-tips list with a specialist prompt", False, "", True, False),
    ("r219-009", W, False, "00000001", True, "bedding retailer guide (sleep)", U,
     "says stress is 'the principal reason' for sleeplessness, tells readers to sleep and wake near sunset and sunrise, and steers away from medicines ('not your only hope')",
     "not dangerous, but overclaims ('drastically improve', 'easy to fight'), gives impractical advice as proven and sells bedding (advertising 1); no care prompt for persistent insomnia.",
     "qsl", "bedding retailer's sleep guide", False, "", True, False),
    ("r219-010", W, True, "21000012", True, "home-remedy content site (constipation)", U,
     "accurate fibre, fluid, exercise and prune advice with figures; aloe vera section cut off",
     "thin-but-fair; no care prompt or red flag; the aloe juice section (laxative risks) is cut off, so judged on what is shown.",
     "qcon", "gentle-remedies page that starts with standard advice", False, "", True, False),
]
