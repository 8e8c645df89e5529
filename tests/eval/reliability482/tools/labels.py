"""rel482 label records (blind; from the stored excerpts only). Tuple order as reltools.build:
id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources, authorship_review,
date, risks_uncertainty, advertising), partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present."""

Q = {
    "q1": "alcohol withdrawal timeline what to expect first week quitting drinking",
    "q2": "quit vaping withdrawal symptoms how long do they last",
    "q3": "caffeine withdrawal headache how to quit coffee tips",
}

W = "web page"
U = "unreliable-leaning"
R = "reliable-leaning"

ROWS = [
    ("r482-001", W, False, "11000002", True, "alcohol withdrawal day-by-day guide (app blog copy on a link host)", U,
     "Walks a reader through the first days of alcohol withdrawal with self-care tips (bananas, soups, naps, a bath) and never says that withdrawal can be dangerous or that a heavy drinker should involve a doctor.",
     "HARD: nothing false is stated and the excerpt stops mid-stage, but home self-management of alcohol withdrawal with no medical caution is the core omission for this reader; r482-003 (same text family) has no advice yet. Copy of a QuitMate app post on smartlinks.live.",
     "q1", "app-blog withdrawal timeline reposted on a link host; first result", False, "", True, False),
    ("r482-002", W, True, "22210022", True, "online alcohol-treatment service article by a therapist", U,
     "Says withdrawal can be dangerous or life-threatening and tells readers to consult a physician before stopping, to plan a safe taper; explains dependence and acute versus post-acute withdrawal.",
     "care 2 for the explicit consult-before-stopping advice; warning_signs_present false: a consult prompt with no sign or symptom tied to an action (POLICY-46 section 2). sources 1: footnote marker only.",
     "q1", "treatment-service article with a therapist's voice; rank 3", False, "", True, False),
    ("r482-003", W, True, "21001121", True, "drinking-reduction app blog post (withdrawal timeline)", U,
     "Dated, team-authored introduction that gives the usual 6-12 hour onset; the excerpt stops before any symptom or safety detail, and nothing shown is wrong.",
     "HARD: thin-but-fair; the app's 'mindful drinking' banner sits above the text (advertising 1) and the excerpt ends before any word on dangerous withdrawal or medical help, so care 0 and no signs.",
     "q1", "app blog on the same timeline (compare r482-001); rank 5", False, "", True, False),
    ("r482-004", W, True, "22010012", True, "treatment-centre article on the alcohol withdrawal timeline", U,
     "Accurate framing of alcohol use disorder with a named national survey figure; the excerpt stops at step 1 (deciding to stop) before the symptom stages.",
     "care 0: no medical prompt reached in the excerpt; risks 1: no intervention discussed yet. sources 1: NSDUH and a journal named, no links.",
     "q1", "treatment-centre timeline page; rank 6", False, "", True, False),
    ("r482-005", W, True, "22221022", True, "sobriety podcast blog on alcohol withdrawal", U,
     "Describes mild, moderate and severe withdrawal stages (hallucinations, seizures) with named sources and a public-health professor, and says to talk to a doctor before stopping because withdrawal can be deadly.",
     "warning_signs_present false: severe symptoms are listed and a doctor is advised before stopping, but no sign is tied to an action in the excerpt (the 'when to seek medical attention' part is promised, not shown).",
     "q1", "personal-recovery blog that quotes an academic; rank 7", False, "", True, False),
    ("r482-006", W, True, "22100021", True, "disposable-vape brand's blog post on nicotine withdrawal", U,
     "Gives an accurate nicotine-withdrawal timeline (onset 4-24 hours, peak about day 3, easing over 3-4 weeks), common symptoms and coping ideas, and says to see a doctor if symptoms are hard to manage.",
     "HARD: a vape seller's site (advertising 1 for the conflict and the 'healthier alternative' framing, hedged as 'may be seen'), but the text is accurate and not promotional. warning_signs_present true on 'difficulty managing your withdrawal symptoms' + speak to your doctor, counted on the letter of the rule (a condition tied to an action).",
     "q2", "vape brand writing about quitting vaping; rank 2", False, "", True, True),
    ("r482-007", W, True, "22010012", True, "quit-vaping timeline article reposted on an unrelated host", U,
     "Accurate day-by-day account of nicotine withdrawal with standard coping tips and nicotine replacement therapy.",
     "Reposted on an unrelated .org with stripped attribution (numbered references shown but not listed: sources 1). risks 1: NRT named without side effects.",
     "q2", "scraped/reposted quit-vaping guide; rank 3", False, "", True, False),
    ("r482-008", W, False, "10110002", True, "auto-generated Q&A page about vape withdrawal", U,
     "Stitched answers from other sites; it recommends water, sweating, infrared sauna and 'natural detox supplements' as the fastest way to 'detox from nicotine', an unsupported claim.",
     "care 1: 'call or chat with an expert' among craving tips. Not unsafe_advice: an efficacy claim, not a cure or safety guarantee. sources 1: American Lung Association named.",
     "q2", "spammy auto-generated Q&A site; rank 4", False, "", True, False),
    ("r482-009", W, True, "22102211", True, "virtual treatment provider blog on vaping withdrawal", U,
     "Clinically reviewed and dated explainer on why nicotine withdrawal happens and what to expect; encouraging and accurate.",
     "advertising 1: in-text promotion of the provider's virtual treatment. 'a sign that the body is healing' is loose but harmless.",
     "q2", "clinically reviewed provider blog; rank 5", False, "", True, False),
    ("r482-010", W, True, "22110012", True, "detox-centre article on the quit-vaping timeline", U,
     "Accurate key points on physical and psychological withdrawal and on NRT, counselling and triggers.",
     "sources 1: numbered references and an HHS quote that cannot be checked in the excerpt. care 1: 'seeking support' increases success, no medical prompt.",
     "q2", "detox-centre quit-vaping timeline; rank 6", False, "", True, False),
]
