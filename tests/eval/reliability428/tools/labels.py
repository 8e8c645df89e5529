"""rel428 labels: Q (query key -> query) and ROWS (one tuple per page; order as reltools.build)."""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "qdetox": "alcohol detox at home symptoms how long withdrawal",
    "qhang": "best hangover cure remedies that actually work",
    "qvape": "how to quit vaping nicotine withdrawal tips",
    "qopi": "natural remedies for opiate withdrawal at home",
}

ROWS = [
    ("r428-001", W, False, "11100011", True, "rehab provider's home-detox page", U,
     "Tells readers a home alcohol detox takes about a week with 'flushes out the toxins' and a garbled neurochemistry account; life-threatening withdrawal is named only as a timeline factor, with no seizure or delirium signs and no advice that dependent drinkers need medical supervision.",
     "HARD: not dangerous in what it says, but a home-detox page for dependent drinkers that gives no sign needing urgent care; 'access to professional treatment' is a timeline factor, not a prompt (care 1). advertising 1: repeated call-back banners.",
     "qdetox", "a UK rehab provider's answer to the home-detox duration question", False, "", True, False),
    ("r428-002", W, False, "11100011", True, "sober-living blog post (spun text)", U,
     "Spun, out-of-order text lifted from a rehab provider (it tells readers to call The Recovery Village); it says home detox can be fatal and names benzodiazepines, but sentences are disconnected and no sign is tied to an action.",
     "HARD: the safety message (home detox can be very dangerous, even deadly) is right, but the machine-assembled text is incoherent (as ext018) and carries another company's call line. care 1: 'call ... to speak with a representative' is a sales prompt; no sign.",
     "qdetox", "a sober-living blog on a .org subdomain with rehab-style content", False, "", True, False),
    ("r428-003", W, False, "11000002", True, "health content site remedy list", U,
     "Hangover tips with unsupported claims ('quite easy to avoid hangover', B vitamins process alcohol byproducts, greasy food) and 'try your pain medication' after heavy drinking with no caution about paracetamol and alcohol or NSAIDs and the stomach; no sign of alcohol poisoning.",
     "HARD: mostly harmless hydration-and-sleep advice; false for the uncautioned painkiller line and the unsupported claims. Not unsafe_advice: no cure or safety guarantee.",
     "qhang", "first result, a generic health site's hangover remedy list", False, "", True, False),
    ("r428-004", W, False, "10000002", True, "content-site listicle", U,
     "Calls breakfast, fluids and a nap the three hangover 'cures' that 'work better than anything else'; greasy food to 'soak up the alcohol' and coconut water rehydrating 'faster than anything else' are unsupported; no caution or sign.",
     "HARD: colloquial 'cure' for a self-limiting hangover with food, fluid and sleep; the remedies themselves do no harm, so unsafe_advice false; label false for the unsupported superlatives and myths.",
     "qhang", "an off-topic tech-named domain giving hangover 'cures'", False, "", True, False),
    ("r428-005", W, False, "00000011", True, "men's magazine humorous ranking", U,
     "A joke ranking that rates vomiting 'one sure way to get some of those toxins out', hair of the dog as 'temporary relief' and greasy food as the top 'cure'; it names hangover pill brands and B12 without evidence.",
     "HARD: humour framing, but it ranks self-induced vomiting second with a toxin claim and no caution (not counted as unsafe_advice: no cure or safety guarantee). risks 1: hair of the dog and coffee are said to backfire. advertising 1: brands named.",
     "qhang", "a magazine ranking that includes hair of the dog and vomiting", False, "", True, False),
    ("r428-006", W, False, "11010010", True, "shopping magazine product roundup", U,
     "A shopping roundup opening on electrolytes ('will ensure your body is properly absorbing water') and pushing a hangover pill as a 'reader favorite'; it admits it cannot vouch for the product and that only abstinence guarantees no hangover.",
     "HARD: honest disclaimer and a named dietitian (sources 1), but the page exists to sell hangover products (advertising 0); treated as a self-care roundup (warranted) rather than a one-product page.",
     "qhang", "a shopping magazine's hangover-cure roundup", False, "", True, False),
    ("r428-007", W, True, "21100011", True, "opioid-detox clinic blog", U,
     "Accurate withdrawal symptoms and timeline, and it says not to rely on home remedies or withdraw alone and to seek professional help; it promotes its own 'much better' treatment.",
     "claims 1 and advertising 1: the clinic's own 'alternative (and much better)' option. care 1: general 'seek professional help', no sign.",
     "qopi", "a clinic blog that frames home remedies as adjuncts", False, "", True, False),
    ("r428-008", W, True, "11100011", True, "Suboxone clinic blog", U,
     "Standard symptom-by-symptom comfort measures with Suboxone from a doctor named as the best route; it calls acetaminophen an NSAID and muddles which opiates are illegal.",
     "HARD: thin-but-fair; the acetaminophen-as-NSAID slip and 'not usually life-threatening' without the dehydration or relapse-overdose caveat give accuracy 1. care 1: Suboxone doctor mentioned, no sign. advertising 1: the clinic's own service.",
     "qopi", "a Suboxone clinic's home-remedy blog", False, "", True, False),
    ("r428-009", W, False, "10100012", True, "remedy blog", U,
     "Claims its remedies are 'tried, true, effective in healing', misnames hydrocodone and repeats drugs in its list; professional help only 'if your condition is horrible'.",
     "HARD: the efficacy claim is qualified in the same sentence by the professional-help clause, so unsafe_advice false (as r21-011). care 1: a vague condition ('horrible'), not a concrete sign, so warning_signs_present false. risks 1: overdose risk of dependence named.",
     "qopi", "a remedy blog with an efficacy note", False, "", True, False),
    ("r428-010", W, True, "11000011", True, "hangover-supplement brand blog (tag page)", U,
     "A short intro to a brand's ranked hangover-prevention tips; nothing shown is wrong, but it gives no content beyond the framing.",
     "HARD: a fragment from a hangover-product seller under a 'cure' title (title exception); true as thin-but-fair (as r102-003) because nothing shown misleads. advertising 1: brand blog.",
     "qhang", "a hangover-product brand's blog", False, "", True, False),
]
