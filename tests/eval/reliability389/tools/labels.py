"""rel389 labels: Q (query key -> query) and ROWS (one tuple per page; order as reltools.build).

Tuple: id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources,
authorship_review, date, risks_uncertainty, advertising), partial, doc_type, source_leaning, why,
note, query key, picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted,
warning_signs_present. No page text here beyond short quoted phrases.
"""

Q = {
    "qwl": "FDA approves new drug weight loss side effects study",
    "qst": "when to stop taking statins can I stop my medication",
    "qrc": "supplement recall contaminated FDA warning consumers",
    "qce": "celebrity says supplement changed her life",
    "qppi": "can I stop taking omeprazole rebound acid how to come off PPI",
    "qip": "medical device recall insulin pump patients warned",
    "qkr": "kratom warning deaths FDA consumers news",
    "qad": "my experience coming off antidepressants tapering withdrawal",
}

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

ROWS = [
    ("r389-001", W, False, "01000012", True, "legal-topics blog explainer on FDA approval of weight-loss drugs", U,
     "Misnames Wegovy as liraglutide and says the FDA approved 'higher doses of Ozempic' for weight management; the drug facts a reader would act on are wrong.",
     "HARD: not an advice page, so warning signs not warranted (an approval-process explainer, not self-treatment); the phentermine 'safety and efficacy' line is qualified as short-term use (claims 1).",
     "qwl", "lawyer-site explainer on weight-loss drug approval, off the usual health sources", False, "", False, False),
    ("r389-002", N, True, "22011022", True, "news repost (BBC) on the FDA approval of lorcaserin (Belviq)", U,
     "Quantifies the modest benefit (about 5% of weight), gives the animal-tumour history, side effects, the 12-week stopping rule and required post-marketing studies.",
     "Re-hosted with attribution to BBC News; no independent expert voice (sources 1) and no date in the text.",
     "qwl", "BBC report re-posted on a Philippine news site; approval news with numbers", False, "", False, False),
    ("r389-003", W, False, "01000012", True, "spun keyword page on dietary supplement recalls", U,
     "Machine-spun fragments of FDA recall notices ('fda s', sentences cut mid-way) that tell a reader nothing usable about which products were recalled or what to do.",
     "HARD: nothing dangerous, but incoherent; no condition or self-treatment, so warning signs not warranted.",
     "qrc", "spun content-farm page on supplement recalls", False, "", False, False),
    ("r389-004", N, False, "11010001", True, "lifestyle-magazine feature on celebrity supplement brands", U,
     "Relays celebrity brand claims (a 'weight control capsule', 'a capsule for cellular longevity') with no evidence, no expert voice and no word on harms or regulation.",
     "HARD: a business/trend story with an ironic tone, and the excerpt stops before any evaluation; judged on what is shown, as a health-news reviewer would.",
     "qce", "celebrity supplement trend feature", False, "", False, False),
    ("r389-005", N, False, "11010001", True, "beauty-magazine column on a celebrity's supplements and the writer's own routine", U,
     "A personal supplement list ('Vitamin B complex is the single supplement that has made the biggest difference') presented as a model, with no evidence, harms or interaction caution.",
     "HARD: light and mostly harmless (lemon water, flaxseed, a doctor-recommended probiotic drink), but the column encourages supplement stacking from anecdote; 'I up the dos' is cut off.",
     "qce", "personal-experience supplement column sparked by a celebrity interview", False, "", False, False),
    ("r389-006", N, True, "22021022", True, "newspaper health feature re-posted on a pharmacy-spam domain", U,
     "Named family doctor and clinical pharmacist warn that celebrity endorsements prove nothing and that supplements can interact with drugs or worsen conditions.",
     "HARD: the host is an online-pharmacy spam domain and the 50% statistic comes from a market-data website, but the text itself is sound and attributed ('For The Daily Item').",
     "qce", "sceptical news feature on celebrity supplement endorsements", False, "", False, False),
    ("r389-007", W, True, "12010012", True, "personal blog comment on a celebrity's 45-pill supplement routine", U,
     "Quotes a news report on Hilary Swank's supplement regimen and a 'life extension specialist' only to criticise it; endorses nothing.",
     "HARD: thin, with no evidence or harms named, but sceptical and harmless; no condition or self-treatment, so warning signs not warranted; date only in the URL.",
     "qce", "blogger's sceptical take on celebrity pill-popping", False, "", False, False),
    ("r389-008", N, True, "22010222", True, "TV-station news brief on the Medtronic MiniMed 600 insulin pump recall", U,
     "Dated, specific (one death, over 2,000 injuries, 26,000 complaints, 322,000 devices, the cause) and tells patients whom to call.",
     "Short CNN copy; no independent voice, but a recall notice needs little more.",
     "qip", "device-recall news with numbers and a patient action", False, "", False, False),
    ("r389-009", N, False, "11000212", True, "financial-news-site feature on an insulin pump recall", U,
     "Two thousand characters of 'game-changer' framing without naming the manufacturer, the pump or a source, so an affected reader cannot tell whether the recall concerns them.",
     "HARD: the general facts about pumps are right and the excerpt stops at the cause; judged on what is shown (sources 0, unquantified).",
     "qip", "device-recall feature on a non-health site", False, "", False, False),
    ("r389-010", W, False, "11001212", True, "personal essay on tapering off antidepressants (Medium publication)", U,
     "Blames the psychiatrist's halving of the dose and reads all low mood on reducing as withdrawal rather than possible relapse, framing long-term use as a belief she 'changed'.",
     "HARD: slow tapering in small steps is sound and the story is honest, but it gives no word on doing it with a prescriber or on when worsening mood or suicidal thoughts need urgent help (warranted, not present). Not unsafe_advice: no own-voice instruction to stop.",
     "qad", "first-person antidepressant withdrawal story", False, "", True, False),
]
