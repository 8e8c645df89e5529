"""rel81 labels: one blind labeller, from the stored excerpt text only (see ../LABELLING.md).

Row: (id, genre, reliable, scores, partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present).
Scores are 8 digits in the order accuracy_balance, claims, care_prompt, sources,
authorship_review, date, risks_uncertainty, advertising (0-2 each).
"""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "prostate": "natural remedies for enlarged prostate saw palmetto",
    "testo": "boost low testosterone naturally herbs supplements",
    "hair": "natural remedies hair loss regrow hair oils",
    "sciatica": "home remedies sciatica pain relief natural",
    "lice": "head lice natural treatment home remedy",
    "oilpull": "oil pulling coconut oil benefits teeth detox",
    "turmeric": "turmeric supplement liver injury warning news",
    "elder": "elderberry syrup flu natural remedy",
    "alkaline": "alkaline water health claims cure",
    "colic": "baby colic natural remedies gripe water",
}

ROWS = [
    ("r81-001", W, False, "00000002", True, "lifestyle brand blog post on oil pulling", U,
     "Says 'we know it kills mouth bacteria' and that oil pulling is supposed to whiten teeth, strengthen gums and 'detox the body', ending 'we are obsessed'; no evidence, harms or dentist.",
     "Says it does not replace brushing, so not unsafe; efficacy/detox claims without a cure or safety word.",
     "oilpull", "personal lifestyle blog enthusing about oil pulling (careless end)", False, "", True, False),
    ("r81-002", W, False, "11000002", True, "dental practice blog post on oil pulling", U,
     "A dental practice repeats the myth that 'your body stores toxins in your salivary glands' which oil pulling removes, though it does say it does not whiten or strengthen teeth.",
     "HARD: partly corrective (no whitening or strengthening; helps halitosis), but the toxin mechanism is false and 'protective to your gums and teeth' is unsupported; no word that it does not replace brushing, no dentist prompt.",
     "oilpull", "clinic blog on oil pulling; short and from a dentist, to test a professional source repeating a myth", False, "", True, False),
    ("r81-003", W, True, "22200022", True, "herbal supplement information page (saw palmetto for BPH)", U,
     "Describes saw palmetto's proposed mechanism, says 'more research needs to be done', lists side effects, bleeding, warfarin interaction and groups who should avoid it, and says 'Do not self-treat for BPH'.",
     "Sources 0: studies mentioned but none named. Stops at 'Always consult'. No urinary warning signs (retention, blood in urine) given, so warning_signs_present false.",
     "prostate", "supplement-site page on saw palmetto for an enlarged prostate", False, "", True, False),
    ("r81-004", W, False, "00000002", True, "hair-restoration article on a vitamin site", U,
     "Promises to 'halt and even reverse hair loss' with coconut oil, twice-daily biotin and scalp massage, and says 'Biotin is natural and will not cause adverse side effects'.",
     "HARD: the own-voice safety claim for biotin is counted as unsafe_advice (as r41-053's 'safe, non-toxic'); high-dose biotin can distort blood tests (e.g. thyroid, troponin) and nothing sends a reader with hair loss to look for a cause.",
     "hair", "vitamin-shop domain promising hair regrowth (careless end)", True, "Biotin is natural and will not cause adverse side effects.", True, False),
    ("r81-005", W, True, "12110012", True, "sciatica self-care article on a firm's website", U,
     "Explains sciatica, says home remedies help mild to moderate cases and to consult a professional if the pain persists or worsens; quotes CDC back-pain figures.",
     "HARD: the cause list has odd items ('Inflammation that causes internal bleeding', spine degeneration 'due to vitamin D deficiency') and the excerpt stops before the remedies and the promised 'When to See a Doctor' section; 'persists or worsens' has no concrete sign (no leg weakness, bladder/bowel loss), so warning_signs_present false; care 1.",
     "sciatica", "non-health firm's site with a sciatica home-remedy guide", False, "", True, False),
    ("r81-006", N, True, "22000022", True, "tech/news aggregator summary of a turmeric liver-injury case", U,
     "Reports a woman hospitalised after taking ten times the recommended turmeric dose on social-media advice, with her symptoms, the liver-enzyme rise, and that most cases resolve when the supplement is stopped.",
     "HARD: four-sentence aggregator summary with no source, journal or independent expert named (sources 0), but what it says is accurate and the harm framing is measured.",
     "turmeric", "news aggregator item on turmeric liver damage", False, "", False, False),
    ("r81-007", N, True, "22010022", True, "news-aggregator teaser of an Insider story on turmeric liver injury", U,
     "Reports 10 DILIN cases of turmeric-linked liver injury (five hospitalised, one death), calls the problem rare but rising and says clinical evidence does not support turmeric for any disease.",
     "The 'Monday, July 22' line is the site's banner, not the story date; the URL date is not counted (date 0). Sources 1: the research network is named but no paper; links the full Insider story.",
     "turmeric", "news teaser on the DILIN turmeric series", False, "", False, False),
    ("r81-008", N, True, "22020022", True, "supplement-trade news report on a regulator's turmeric warning", U,
     "Reports the Australian TGA's 18 liver-injury cases (two severe, one death) with the regulator's own words on uncertainty, the warning signs, and that dietary amounts are not the concern.",
     "Trade press for the supplement industry, yet the report is plain and quotes the regulator directly (sources 2).",
     "turmeric", "supplement-industry trade press on a regulator warning", False, "", False, False),
    ("r81-009", W, False, "10200010", True, "supplement company blog post with an elderberry syrup recipe", U,
     "Claims elderberry bioflavonoids 'can destroy the ability of cold and flu viruses to infect a cell' and help 'debilitating asthma', gives flu doses for adults and children with no harms, though it lists when to see a doctor.",
     "HARD: a good red-flag list (shortness of breath, chest pain, fever above 103F, chronic illness) tied to seeing a doctor, so care 2 and warning_signs_present true; label false for the overclaiming and the child dosing with no safety information.",
     "elder", "supplement-seller blog on elderberry for flu (careless end)", False, "", True, True),
    ("r81-010", W, True, "22101212", True, "drug-reference site glossary entry on alkaline water", U,
     "States that alkaline water is marketed as neutralising blood acid and preventing disease but that there is no medical or scientific evidence of any health benefit; dated review.",
     "HARD: a two-sentence definition (care 1, sources 0), but accurate and dated ('Reviewed on 6/3/2021', no reviewer named: authorship 1).",
     "alkaline", "ordinary consumer reference page on alkaline water", False, "", True, False),
    ("r81-011", W, False, "11010002", True, "herb profile on an organic-food site (saw palmetto)", U,
     "Says saw palmetto 'increasingly has the blessing of modern medical science' for an enlarged prostate, citing one pharmacognosy professor, with no dose safety and no advice to have urinary symptoms checked.",
     "HARD: fair in parts (names an expert, notes the FDA found too little proof), but overstates the evidence and invites self-treatment of prostate symptoms without a diagnosis; excerpt stops mid-sentence.",
     "prostate", "organic-food site herb page on saw palmetto", False, "", True, False),
]
