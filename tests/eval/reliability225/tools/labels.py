"""rel225 label records: Q (query key -> query) and ROWS (see tests/eval/reltools.py build)."""

Q = {
    "qsleep1": "can't sleep at night anxiety racing thoughts what helps",
    "qash": "ashwagandha supplement for stress and cortisol benefits",
    "qadr": "always tired no energy adrenal fatigue natural remedies",
    "qhorm": "hormone imbalance weight gain women balance hormones naturally",
}

W = "web page"
N = "news"
U = "unreliable-leaning"
R = "reliable-leaning"

ROWS = [
    ("r225-001", W, True, "22010012", True, "therapist's blog post on anxiety-driven insomnia (therapy practice)", U,
     "Gives two standard CBT-style tools (scheduled worry time, 5-4-3-2-1 grounding) for a racing mind at night, accurately and without overclaiming.",
     "named associate therapist with credentials (authorship 1); '16 minutes ago' is a relative stamp, not a date (date 0). No care prompt for persistent insomnia or anxiety in the excerpt.",
     "qsleep1", "therapy-practice blog with practical anxiety-sleep tools; rank 2", False, "", True, False),
    ("r225-002", W, True, "11100012", True, "sleep-hygiene tips on an unrelated spam-like domain", U,
     "Standard sleep-hygiene advice (get up if you cannot sleep, limit evening light, exercise, relaxation) and 'seek medical help if you have chronic insomnia'.",
     "HARD: scraped/shuffled text on a college-funding domain; sentences are out of order ('This triggers your body's natural response to cool itself' follows nothing), so accuracy 1, but nothing is wrong or risky (thin-but-fair, as ext016). The chronic-insomnia prompt is general (care 1), no sign tied to an action, so warning_signs_present false.",
     "qsleep1", "spam-domain copy of sleep tips; rank 3", False, "", True, False),
    ("r225-003", W, True, "21000011", True, "insomnia-and-anxiety guide on a reviews site", U,
     "Accurate framing of night-time rumination and the effects of sleep loss (about 1 in 3 adults with occasional, up to 10% with chronic insomnia); the excerpt stops before the promised remedies.",
     "HARD: marketing tone ('natural remedies ... that really work', 'You can fix it') and a repeated 'Beat Insomnia & Sleep Deeply Every Night' banner that looks like a product (claims 1, advertising 1); what is shown is accurate, so thin-but-fair. No care prompt for chronic insomnia.",
     "qsleep1", "reviews-site 'ultimate guide' to racing thoughts and insomnia; rank 4", False, "", True, False),
    ("r225-004", W, True, "22010012", True, "racing-mind sleep tips, unattributed copy of a magazine article", U,
     "Accurate tips from a named behavioural sleep medicine director and a neurologist (to-do list before bed, get out of bed after 20-30 minutes, neutral reading).",
     "Unattributed copy of a Time/Health piece (experts named, the 'recent study' not identified: sources 1); no author or date. No care prompt.",
     "qsleep1", "content-site copy of an expert-quoted sleep article; rank 5", False, "", True, False),
    ("r225-005", W, True, "22000011", True, "behavioural-health practice blog on CBT-I for anxiety insomnia", U,
     "Correctly presents CBT-I as a proven, medication-free treatment and explains the anxiety-sleep loop accurately.",
     "Lists 'tightness in the chest' as a sign of night-time anxiety without saying chest symptoms need checking; no care prompt or sign in the excerpt. advertising 1: practice blog leading to its services.",
     "qsleep1", "clinic blog on CBT-I; rank 8", False, "", True, False),
    ("r225-006", W, False, "00010002", True, "pharmacy/wellness blog note on an ashwagandha study", U,
     "Repeats one small 2008 supplement-journal study as showing benefit 'without any adverse effects', calls cortisol a 'degenerative hormone' and gives no dose, harms or caution.",
     "HARD: 'without any adverse effects' is the researchers' reported conclusion, not the page's own safety promise, so unsafe_advice false (reported, attributed); but ashwagandha has known harms (liver injury, thyroid effects, pregnancy) and the page presents none. sources 1: one citation. Date only in the URL.",
     "qash", "pharmacy-style blog summary of an ashwagandha trial; rank 1", False, "", True, False),
    ("r225-007", W, False, "11010000", True, "supplement shop page on ashwagandha benefits", U,
     "Sales page citing real trial and taskforce figures for stress and anxiety but giving no harms, interactions or advice to see a clinician for an anxiety disorder.",
     "HARD: the figures are broadly drawn from published reviews (cortisol 11-32%, a provisional taskforce recommendation), so accuracy 1 rather than 0; false because a shop presents only benefits (risks 0, advertising 0), including for anxiety disorders.",
     "qash", "supplement seller's evidence summary; rank 2", False, "", True, False),
    ("r225-008", W, False, "11010001", True, "retailer blog on ashwagandha benefits", U,
     "Hedged 'may help' claims with numbered references, but 'generally considered safe for daily use' with no harms, interactions or who should avoid it, ending in a buying prompt.",
     "HARD: not unsafe_advice ('generally considered safe' is qualified, as r94-016); false for the missing harms and 'nourishing the nervous system' style claims on a retailer page.",
     "qash", "retailer blog with a safety line; rank 6", False, "", True, False),
    ("r225-009", W, False, "00000011", True, "naturopathy-style page on treating adrenal fatigue naturally", U,
     "Presents 'adrenal fatigue' (adrenals 'burnt out' and unable to make enough cortisol) as a real condition; it is not a recognised diagnosis, and vague symptoms can hide thyroid disease, anaemia or depression.",
     "No care prompt or testing advice in the excerpt; the treatment section is cut off (risks 1 on what is shown).",
     "qadr", "wellness site page on adrenal fatigue; rank 3", False, "", True, False),
    ("r225-010", W, False, "00000111", True, "natural-health practice blog on adrenal fatigue", U,
     "Asserts 'Adrenal fatigue isn't some fringe theory—it's a real, measurable response' and that it now affects children, contrary to endocrine consensus.",
     "'Updated: Apr 6' without a year (date 1). Promises natural restoration; no medical evaluation for persistent tiredness.",
     "qadr", "practitioner blog insisting adrenal fatigue is real; rank 8", False, "", True, False),
]
