"""rel436 label records (blind labeller; detox, cleanse, fasting and biohacking pages).

Q: query key -> the query as sent to the `pages` search corpus.
ROWS: (id, genre, reliable, scores [accuracy_balance, claims, care_prompt, sources,
authorship_review, date, risks_uncertainty, advertising], partial, doc_type, source_leaning, why,
note, query key, picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted,
warning_signs_present). No page text here beyond short quoted phrases.
"""

W, N = "web page", "news"
UL, RL = "unreliable-leaning", "reliable-leaning"

Q = {
    "qjk": "is a juice cleanse safe for my kidneys",
    "qlf": "liver and gallbladder flush olive oil epsom salt stones",
    "qpc": "parasite cleanse symptoms die off herbs wormwood",
    "qce": "coffee enema benefits how to do at home",
    "qch": "colon hydrotherapy session what to expect risks",
    "qwf": "water fasting 5 days dangers electrolytes refeeding",
    "qcp": "cold plunge ice bath heart risk who should avoid",
    "qgr": "grounding earthing mat inflammation sleep claims evidence",
}

ROWS = [
    ("r436-001", W, False, "10000001", True, "wellness clinic blog (parasite cleansing)", UL,
     "Revives 'seasonal deworming' and cyclical gut 'reset' protocols for vague symptoms such as bloating and fatigue, citing unnamed 'modern research'; the epidemiology is roughly right but the pitch for routine cleansing is unsupported.",
     "Accurate that pinworm is common and most helminths are rare in the US, which undercuts its own case; no risks, testing or doctor mentioned.",
     "qpc", "clinic blog framing parasite cleanses as a revived tradition", False, "", True, False),
    ("r436-002", W, False, "11100011", True, "coffee-site how-to (coffee enema)", UL,
     "Step-by-step coffee-enema guide ('you've come to the right place') for a practice it admits lacks evidence; the harms are only 'potential dangers' and 'discomfort or injury', and it goes on to supply lists.",
     "HARD: says claims lack robust evidence and to consult a provider (care 1, a consult prompt, not warning signs), but the page's purpose is to enable an invasive unproven procedure without naming burns, perforation or electrolyte harm; contrast r436-003.",
     "qce", "coffee-site how-to on a home coffee enema", False, "", True, False),
    ("r436-003", W, True, "12100022", True, "coffee-site how-to (coffee enema)", UL,
     "Frames the coffee enema as unproven, puts 'talk to your doctor' first and names specific harms (electrolyte imbalance, burns, infection, microbiome disruption, caffeine overdose) before any steps.",
     "HARD: still a how-to for an unproven procedure and 'medical opinions are mixed' is generous, but the excerpt's caution and named risks are what a reader would need; thin-but-fair. Consult prompt only, no signs tied to action.",
     "qce", "second coffee-site how-to, more cautious than r436-002", False, "", True, False),
    ("r436-004", W, False, "11000001", True, "personal fasting blog (5-day water fast)", UL,
     "First-person 5-day water-fast tips leaning on a diet author ('Dr. Fung'); treats light-headedness as solved by electrolyte powder, with no word on who should not fast, medication, refeeding or medical supervision.",
     "Garbled headings ('Know Form EXPERT'); 'courageous fasting warrior' framing.",
     "qwf", "personal blog on a 5-day water fast", False, "", True, False),
    ("r436-005", W, True, "22100022", True, "ice-bath site safety guide", UL,
     "Balanced cold-plunge safety guide: cold-shock spikes, who should avoid or get medical guidance first (heart disease, arrhythmia, Raynaud's, neuropathy, pregnancy), medications such as beta-blockers.",
     "The promised 'when to stop' part is cut off; contraindications with 'medical guidance' are cautions about using the practice, not warning signs.",
     "qcp", "who-should-avoid cold plunge page", False, "", True, False),
    ("r436-006", W, True, "11000021", True, "cold-plunge business safety page", UL,
     "Names the real risks (cold shock, hypothermia, frostbite, fainting, slipping) and says to start short; benefit claims are modest ('may boost circulation').",
     "HARD: a business promoting its plunges with 'Are cold plunges safe? Yes, for healthy individuals' - qualified in the same sentence, so not unsafe_advice; the 'who should avoid' section is cut off. Thin-but-fair.",
     "qcp", "cold-plunge business page on safety and myths", False, "", True, False),
    ("r436-007", W, True, "22010020", True, "cold-therapy equipment seller blog", UL,
     "Accurate who-should-avoid list (heart conditions, Raynaud's, pregnancy, open wounds), risks (cold shock, hypothermia, nerve damage) and sensible limits, then a pitch for the seller's temperature-controlled systems.",
     "HARD: advertising 0 for the closing product pitch, but the pitch is about equipment features, not health claims, and the safety content is sound; unverified 'Mayo Clinic warns' (sources 1).",
     "qcp", "equipment seller's ice-bath safety post", False, "", True, False),
    ("r436-008", W, True, "22020022", True, "evidence-summary site page (cold therapy)", UL,
     "Short, careful summary: benefits 'perceived', no consensus protocol, cold shock dangerous especially with cardiac history; cites the American Heart Association with a link.",
     "Very short excerpt; the 'If you experiment' list is cut off.",
     "qcp", "evidence-summary page with a cited AHA source", False, "", True, False),
    ("r436-009", W, True, "22100011", True, "wellness blog (grounding mats)", UL,
     "Introduction to a grounding-mat article that presents the benefits as 'promises', says the science is uncertain in places and tells readers to speak with their doctor before using devices or changing medication.",
     "HARD: only the introduction is stored; the later 'how to choose a mat' and 'books' sections suggest affiliate selling (advertising 1). Judged on the balanced excerpt.",
     "qgr", "blog asking whether grounding mats work", False, "", True, False),
    ("r436-010", W, False, "10010001", True, "sleep-product review site article (grounding)", UL,
     "Repeats the Earthing Institute's claims that grounding 'stabilizes your body's bioelectrical circuits' and helps 'a wide range of ailments' as what 'experts say', with only a hinted caveat before the excerpt ends.",
     "HARD: the headline asks 'more hype than helpful?', but the stored body relays an industry body's claims uncritically; no risks (e.g. outlet wiring) or evidence quality.",
     "qgr", "sleep-site article on grounding mats", False, "", True, False),
]
