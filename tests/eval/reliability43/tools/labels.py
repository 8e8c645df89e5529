"""rel43 blind labels (one labeller, from the stored excerpts only). Row fields:
(id, genre, reliable, scores accuracy_balance/claims/care_prompt/sources/authorship_review/date/
risks_uncertainty/advertising as 8 digits, partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

Q = {
    "mush": "mushroom tea cured my cancer",
    "gums": "natural remedies for receding gums at home gum recession",
    "tonsil": "tonsil stones how to get rid of at home",
    "colic": "colic remedies baby crying gripe water",
}

W, N, U, R = "web page", "news", "unreliable-leaning", "reliable-leaning"

ROWS = [
    ("r43-001", W, False, "00000002", True, "content site article", U,
     "Birch-mushroom (chaga-type) tea presented as a 'powerful anti-cancer beverage' that 'has shown promise in the treatment of cancer'; no evidence, no author, no harms, no advice to involve the cancer team.",
     "", "mush", "off-topic (golf) domain promoting mushroom tea against cancer", False, "", True, False),
    ("r43-002", W, False, "00000012", True, "content site article", U,
     "Kombucha ('tea mushroom') for cancer: 'scientists are sure' it can prevent and in early stages cure cancer, pharma-suppression argument, then a home recipe; admits no proof and a possible harm in passing.",
     "HARD: the cure claim is attributed ('Scientists are sure') and the own-voice 'one can even expect to recover' is qualified in the same sentence ('has not been scientifically proven'), so unsafe_advice false; label for the cure framing and the pharma-suppression line. risks 1: 'can even provoke' cancer mentioned.",
     "mush", "machine-translated remedy site on kombucha against cancer", False, "", True, False),
    ("r43-003", W, False, "11110012", True, "newspaper column", U,
     "Yoga therapist's column: a client's tumour 'no longer required surgery' after turkey-tail tea; subtitle 'There is evidence to support healing properties'; invites readers to forage; doubts stated but the anecdote carries the piece.",
     "HARD: it says 'Where's the research? Anecdotal evidence ... can't be applied across the board', mentions the client told her doctors and that an expert should identify mushrooms (care 1, risks 1); label for headlining an anecdotal tumour regression to people with cancer. No own-voice cure claim, unsafe_advice false.",
     "mush", "local-news wellness column with a cancer anecdote", False, "", True, False),
    ("r43-004", W, False, "11000012", True, "personal blog post", U,
     "Forager's blog: how to make a '~potentially~ cancer fighting' turkey-tail tea at home; notes trials 'inconclusive' and PSK use in Japan, but home tea is not the standardised extract and there is no word on identification, interactions or the care team.",
     "HARD: short and hedged ('potentially', 'inconclusive'), but the recipe is framed as cancer-fighting with 'Look into it' and nothing for a reader with cancer; label false on balance. wsw true (a home remedy aimed at cancer).",
     "mush", "personal foraging blog with a cancer-fighting tea recipe", False, "", True, False),
    ("r43-005", W, False, "00010002", True, "blog repost (aggregator)", U,
     "Reposted blog on turkey tail: Stamets' mother 'CANCER FREE' story, 'study using Turkey Tail mushrooms to cure cancer', 'APPROVED BY THE FDA' for a trial; misstates the drug ('Ariceptin') and inflates an immune-function trial into a cure.",
     "HARD: the cure and recovery claims are attributed (the oncologist, Paul Stamets, 'the doctors said'), so unsafe_advice false; label for the misleading framing. Title is descriptive (the excerpt has none). sources 1: Bastyr/UW/NIH trial named.",
     "mush", "rssing blog repost of a turkey-tail cure story", False, "", True, False),
    ("r43-006", W, False, "11010001", True, "shop blog post", U,
     "Tea shop's blog: a mouse study of reishi plus green tea against sarcoma, 'only done with mice' stated, but closes that studies 'confirmed' tea and mushrooms 'hold the potential for treatment and prevention of many types of cancer' and tells readers to eat them.",
     "HARD: the mice caveat is explicit (accuracy 1), but a tea seller turns an animal study into advice with an overstated 'confirmed'; advertising 0 as a shop promoting its product category. Not a cure claim.",
     "mush", "tea retailer's blog on mushrooms, tea and cancer", False, "", True, False),
    ("r43-007", W, False, "10000002", True, "content site article", U,
     "Receding gums as a 'mostly aesthetic malady'; 'magic flower' chamomile, 'Doctors even prescribe', tea tree oil in toothpaste with no swallowing caution, 'you will see some positive results'; no dentist prompt.",
     "HARD: unsafe_advice true on the own-voice guarantee for sesame-oil rinsing (as r41-051's 'will ... avoid'); floss advice and salt rinse are fine (accuracy 1).",
     "gums", "remedy content site on receding gums", True, "Do this for 30 days and you will see some positive results", True, False),
    ("r43-008", W, True, "11210011", True, "clinic blog post", U,
     "Dental practice blog: mild remedies (salt rinse with a blood-pressure caution, oil pulling 'may'), advice to consult the dentist and to see them if remedies do not help; aloe injection 'popular treatment' is odd but flagged as professional only.",
     "HARD: 'Saltwater is known to kill bacteria' and aloe 'healing properties' overstate (claims 1), and 'injecting aloe vera gel' is an unusual claim; label from the modest framing. warning_signs_present true: remedies not relieving recession, inflammation or pain tied to 'Consult your dentist' (an action on persisting signs, unlike r41-004's line without one). advertising 1: clinic.",
     "gums", "dental clinic blog giving home-remedy advice", False, "", True, True),
    ("r43-009", W, True, "11100012", True, "personal/parenting blog post", U,
     "Short parenting blog: colic definition (rule of threes), 'goes away on its own', gentle soothing steps, gripe water 'may help', call the doctor with concerns.",
     "HARD: thin, '40%' is at the top of the range, no gripe-water caution and no signs that a crying baby needs a doctor (fever, vomiting, poor feeding); label true from the harmless, hedged content. warning_signs_present false: general 'if you have any concerns' prompt only.",
     "colic", "parenting blog with home remedies for colic", False, "", True, False),
    ("r43-010", W, False, "00000002", True, "content site article", U,
     "Tonsil stones: wrong claim that without tonsils 'any harmful substance can pass', a very strong 3-tablespoon salt gargle, vinegar 'dissolving' stones that 'will definitely help'; no doctor prompt.",
     "unsafe_advice true on the own-voice guarantee for the vinegar gargle. risks 0: no caution on vinegar or the salt strength.",
     "tonsil", "off-topic domain with tonsil-stone remedies", True, "but it will definitely help", True, False),
]
