"""rel277 label records (blind labeller, round 50; topic family: questions and answers - ask-the-doctor
columns, health Q&A sites, patient forums and community answers (web); newspaper health advice columns
(news)). Q: query key -> query; ROWS: one tuple per page in reltools.build order: id, genre, reliable,
scores (accuracy_balance, claims, care_prompt, sources, authorship_review, date, risks_uncertainty,
advertising), partial, doc_type, source_leaning, why, note, query key, picked_because, unsafe_advice,
unsafe_quote, warning_signs_warranted, warning_signs_present."""

Q = {
    "qdoc": "ask the doctor column dear doctor my husband has",
    "qibu": "forum question is it safe to take ibuprofen with my blood pressure pills",
    "qfeet": "health Q&A: why do my feet burn at night answer from doctor",
    "qmet": "patient forum: anyone else get dizzy after starting metformin? replies",
    "qroach": "Dr. Roach to your good health reader asks about leg cramps",
    "qtooth": "community answers: home remedy for toothache until I can see a dentist",
    "qmel": "ask the pharmacist column: can I take melatonin every night",
}

W, N = "web page", "news"
UL, RL = "unreliable-leaning", "reliable-leaning"

ROWS = [
    ("r277-001", W, True, "22100022", True, "health Q&A blog (question-titled medicine page)", UL,
     "ibuprofen interactions with blood thinners, steroids and ACE inhibitors/diuretics, with advice to ask a pharmacist or doctor before combining",
     "'generally safe' is qualified in the same sentence by the interaction warning; no signs of bleeding or kidney harm in the excerpt (warning_signs_present false)",
     "qibu", "question-titled answer page on combining ibuprofen with other medicines", False, "", True, False),
    ("r277-002", W, True, "21100011", True, "podiatry practice blog (reader-question title)", UL,
     "night-time burning feet: neuropathy from diabetes, athlete's foot, CMT; should not be ignored",
     "HARD: thin-but-fair; 'cooler night temperatures slow your circulation' is loose (claims 1) and the post leads to the practice's doctor (advertising 1), but nothing misleads; no sign tied to an action",
     "qfeet", "practice blog answering 'my feet burn at night'", False, "", True, False),
    ("r277-003", W, True, "22100012", True, "chiropractic/wellness clinic blog (question page)", UL,
     "neuropathy causes of burning feet (diabetes, B12, alcohol, infections, toxins) and associated symptoms; see a professional for diagnosis",
     "general 'see a healthcare professional' prompt with no sign tied to it (care 1, warning_signs_present false)",
     "qfeet", "question-titled clinic blog on burning feet at night", False, "", True, False),
    ("r277-004", W, True, "11200012", True, "machine-written Q&A page on an unrelated domain", UL,
     "dizziness after starting metformin: do not stop without the prescriber, an 83-year-old should consult the doctor immediately, test glucose and blood pressure",
     "HARD: calls dizziness a 'common' metformin effect and describes sedation and 'fuzzy-headed' feelings that are not typical of metformin, and misses B12 deficiency and lactic acidosis (accuracy 1, claims 1); the action advice is right; dizziness in an older person + consult the doctor immediately counted as warning_signs_present",
     "qmet", "Q&A page answering a reader's metformin dizziness question", False, "", True, True),
    ("r277-005", W, True, "11200012", True, "drug side-effect site with a reader comment", UL,
     "metformin page listing low- and high-blood-sugar symptoms with 'call your doctor immediately' for hyperglycaemia and ketoacidosis signs; a reader comment on sulfonamides",
     "HARD: copied side-effect lists without context present hypoglycaemia signs as metformin side effects and omit lactic acidosis, the key metformin warning (accuracy 1); the sign + 'call your doctor immediately' lists count as warning_signs_present; the reader comment adds nothing harmful",
     "qmet", "side-effect site page with a reader comment on metformin", False, "", True, True),
    ("r277-006", W, False, "00110001", True, "alternative-health group doctor's article (answers patients' questions)", UL,
     "a doctor's answer to patients' question on night leg cramps: check diuretics, but 'the most common cause is calcium deficiency', so raise calcium",
     "HARD: the diuretic/blood-test advice is sound, but nocturnal cramps are mostly idiopathic and the central calcium-deficiency claim is unsupported; 'supplements ... will alleviate the symptoms' is an efficacy claim (not unsafe_advice); no calf-clot caution",
     "qroach", "signed doctor's answer to the common night-cramp question", False, "", True, False),
    ("r277-007", W, True, "11100011", True, "dental practice blog", UL,
     "emergency toothache while waiting for a dentist: paracetamol or ibuprofen, clove oil, peppermint tea, a tea bag, salt water, whisky on cotton; call the dentist as soon as the pain starts",
     "HARD: folk remedies (whisky on a cotton ball) and typos ('gloves') lower claims and accuracy, but the page sends readers to the dentist and nothing is dangerous; no facial swelling/fever red flags (warning_signs_present false)",
     "qtooth", "dentist's answer to 'what to do until I can see a dentist'", False, "", True, False),
    ("r277-008", W, False, "10100002", True, "natural-remedy content site", UL,
     "toothache list mixing salt water, clove oil and ice with charcoal tablets, mullein and catnip, and a closing claim that skipping a meal, rest and vitamin C let the body overcome the tooth infection",
     "HARD: framed 'until you can see a dentist' and its no-heat advice is right, but the last bullet suggests a tooth infection can resolve without treatment; anecdotal ('some individuals have found'), so not an own-voice cure claim (unsafe_advice false)",
     "qtooth", "remedy page answering toothache until the dentist", False, "", True, False),
    ("r277-009", W, False, "00000001", True, "supplement shop blog", UL,
     "natural toothache remedies introduced by 'you dont need to immediately seek a dentist' or even a pharmacy; ginger makes pain 'disperse immediately', garlic 'will fight whatever is at the root'",
     "unsafe_advice: own-voice discouragement of seeing a dentist for a toothache, which is usually decay or infection needing treatment",
     "qtooth", "shop blog from the toothache home-remedy search", True, "you dont need to immediately seek a dentist to deal with your dental woes", True, False),
    ("r277-010", N, True, "22011222", True, "newspaper nutrition Q&A column", UL,
     "a dated 'Dear Dr. Blonz' reader question on daily melatonin: some support for jet lag, weak for sleep disorders generally, few adverse effects short-term, interactions, not for regular use unless a doctor says",
     "cautious and accurate; evidence described only generally (sources 1)",
     "qmel", "newspaper Q&A column answering a reader on nightly melatonin", False, "", False, False),
]
