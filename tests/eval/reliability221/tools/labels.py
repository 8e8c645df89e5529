"""rel221 labels: Q (query key -> query) and ROWS (reltools.build tuple order: id, genre, reliable,
scores, partial, doc_type, source_leaning, why, note, query key, picked_because, unsafe_advice,
unsafe_quote, warning_signs_warranted, warning_signs_present)."""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "qk": "is kratom safe to take for pain withdrawal",
    "qcbd": "CBD oil side effects drug interactions should I worry",
    "qeo": "essential oils safe for babies and toddlers diffuser",
    "qrec": "FDA recall supplement contaminated hidden drug",
}

ROWS = [
    ("r221-001", W, True, "21010022", True, "kratom safety article on an addiction-treatment information site", U,
     "Reports the FDA warning, 36 linked deaths, poison-centre calls and serious side effects (seizures, liver damage, withdrawal); no promotion of kratom.",
     "", "qk", "addiction-information page answering whether kratom is safe for opioid withdrawal", False, "", True, False),
    ("r221-002", W, True, "21000022", True, "kratom uses and dangers page of an addiction-treatment provider", U,
     "States there is no evidence kratom is safe or effective, no quality control, overdose symptoms and deaths (mostly with other substances); accurate and cautious.",
     "", "qk", "treatment-provider page on kratom for opiate withdrawal", False, "", True, False),
    ("r221-003", W, False, "01110011", True, "CBD side-effects page of a cannabinoid product site", U,
     "Calls cannabinoids 'safe and non-toxic' and says drug interactions 'should be viewed as a minor side effect' not 'clinically significant', playing down real CYP450 interactions (e.g. blood thinners, transplant drugs).",
     "HARD: it does name the clobazam interaction and tells readers on medicines to talk to a doctor or pharmacist (care 1), so the own-voice downplay is qualified in the same paragraph and unsafe_advice is false; label false for minimising interactions on a seller's site.",
     "qcbd", "product site's own page on CBD side effects and interactions", False, "", True, False),
    ("r221-004", W, True, "21200021", True, "CBD shop FAQ page on side effects", U,
     "Short shop FAQ that names mild and serious effects (liver damage, drug and blood-thinner interactions, drowsiness and driving) and tells readers to talk to a doctor first.",
     "HARD: a shop's page, but the excerpt is balanced and sells nothing; 'generally considered safe but can have side effects' is qualified in the same sentence.",
     "qcbd", "CBD shop's own side-effects page (seller voice)", False, "", True, False),
    ("r221-005", W, True, "11200111", True, "CBD comparison-site blog on side effects", U,
     "Sensible advice (check for a grapefruit warning, consult a doctor, start small) but garbles the mechanism (CBD 'will cause your body to produce cytochromes') and leans on 'research shows CBD is a safe product'.",
     "HARD: the safety line is qualified in the same sentence ('broadly speaking, one can never be too safe'), so not unsafe_advice; the interaction advice is right though the mechanism is wrong (accuracy 1); dated 'current, as of 2021' (date 1).",
     "qcbd", "comparison site explaining CBD side effects and interactions", False, "", True, False),
    ("r221-006", W, True, "11010011", True, "CBD directory blog on safety", U,
     "Cites the WHO view that CBD is well tolerated and not addictive, says 'safe does not mean zero risks' and that effects are dose-dependent; the interaction section is cut off.",
     "HARD: 'For the vast majority of healthy adults, CBD is very safe' is close to a safety claim but is scoped and hedged in the same passage, so not unsafe_advice; thin-but-fair on what is shown, no doctor prompt in the excerpt (care 0).",
     "qcbd", "CBD directory's consumer explainer 'Is CBD safe?'", False, "", True, False),
    ("r221-007", W, False, "00100012", True, "CBD explainer on a personal-name domain", U,
     "Says CBD 'is not a drug' (cannabidiol is an approved medicine), garbles interactions into blood-sugar, low-salt-diet and citrus advice, and claims CBD may prevent cancer, diabetes and Alzheimer's.",
     "", "qcbd", "low-quality content page mixing interaction facts with prevention claims", False, "", True, False),
    ("r221-008", W, True, "21010011", True, "parenting blog post on diffusing essential oils around babies", U,
     "Cautious framing ('natural isn't necessarily safe', err on the side of caution) based on the Tisserand and Young safety text; excerpt stops before the guidance; affiliate links and a book plug.",
     "HARD: thin-but-fair: the excerpt is mostly introduction and table of contents, so the label rests on the cautious framing.",
     "qeo", "parent blogger's safety post on diffusers around babies", False, "", True, False),
    ("r221-009", W, True, "21010111", True, "parenting blog guide to diffusing essential oils around babies", U,
     "Gives conservative, sourced guidance (no oils under 3 months, 60-minute limits, low drop counts, some oils never around children) from Tisserand and Young; affiliate links.",
     "", "qeo", "parent blogger's sourced guide to diffusing around babies and toddlers", False, "", True, False),
    ("r221-010", W, True, "21000021", True, "aromatherapy affiliate blog on diffusing around children", U,
     "Explains that safety data are uncertain and often animal-based, gives 'yes, if done sensibly' with diffuser type, time and oil as factors; affiliate disclosure.",
     "", "qeo", "aromatherapy blog post on diffusing around children", False, "", True, False),
]
