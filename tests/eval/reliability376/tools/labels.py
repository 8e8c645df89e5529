"""rel376 label records (blind; labelled from the stored excerpts only). Tuple order as reltools.build:
(id, genre, reliable, scores[accuracy_balance, claims, care_prompt, sources, authorship_review, date,
risks_uncertainty, advertising], partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

Q = {
    "qfever": "my child has a fever when to worry",
    "qankle": "sprained ankle home treatment how long to heal",
    "qburn": "minor burn what to put on it at home",
    "qear": "toddler earache at night remedies",
    "qhfmd": "hand foot and mouth disease rash child what to do",
    "qcough": "dry cough won't go away at night natural remedies",
    "qvomit": "stomach bug vomiting diarrhea how to stop it fast adult",
    "qhead": "tension headache relief without medication",
}

W = "web page"
U = "unreliable-leaning"
R = "reliable-leaning"

ROWS = [
    ("r376-001", W, True, "22110012", True, "blog repost of a hospital fever article", U,
     "accurate, calm framing of childhood fever quoting a named paediatrician; excerpt stops before the signs",
     "HARD: hospital-style article re-hosted on an unrelated blog; the 'some situations may require medical care or a trip to the ER' line names no sign, so present false; date only in the URL (0).",
     "qfever", "fever-in-children explainer on an unused blog domain; a copied clinician article", False, "", True, False),
    ("r376-002", W, False, "11100012", True, "translated health-tips page", U,
     "machine-translated sprain page mixing 'dislocation' and sprain, promising recovery in 3-5 days and sending possible fractures to physiotherapy rather than medical assessment",
     "HARD: purple bruising and difficulty walking are tied to 'the need for physical therapy' (a professional), so warning_signs_present true on the letter, but nothing says a possible fracture needs a doctor or an X-ray; 'cure an ankle sprain faster' is an efficacy heading, not a cure claim.",
     "qankle", "translated consumer page on ankle sprain home care", False, "", True, True),
    ("r376-003", W, False, "11200000", True, "user-generated how-to page", U,
     "minor-burn tips with an uncaveated ibuprofen dose, advice against covering the burn and a plug for an unrelated supplement",
     "HARD: 'From 400-600 mg. will do the trick' is a dose told to the reader with no label/pharmacist caveat (POLICY-46 s3), within adult OTC range, so recorded in scores (risks 0) rather than as unsafe_advice; 'shouldn't be applied' contradicts the usual clean-dressing advice; 'supplements like mitolyn can also help you in healing faster' is undisclosed promotion (advertising 0). The when-to-seek list is real signs tied to 'seek immediate medical attention'.",
     "qburn", "self-care burn page on an unused user-content host, with a supplement plug", False, "", True, True),
    ("r376-004", W, True, "22100012", True, "shop blog on children's earaches", U,
     "accurate outline of middle-ear and swimmer's-ear infections that tells parents to inform the paediatrician",
     "HARD: 'inform their pediatrician if you suspect your child has an earache' is a consult prompt tied only to the topic, not a warning sign, so present false; remedies not reached in the excerpt.",
     "qear", "earache remedy post on a baby-products seller's blog", False, "", True, False),
    ("r376-005", W, False, "10000002", True, "parenting blog remedy post", U,
     "calls olive oil 'pretty effective' for toddler ear infections with no evidence, no caution about a burst eardrum it itself mentions, and no care prompt",
     "efficacy claim without a cure or safety word, so unsafe_advice false; the 80% three-day recovery figure is roughly right but unattributed.",
     "qear", "home-remedy page for toddler ear infections (olive oil)", False, "", True, False),
    ("r376-006", W, False, "00100001", True, "lifestyle blog remedy post", U,
     "tells parents of a child in severe ear pain to try onion juice, olive oil and hydrogen peroxide drops in the ear first, with no caution",
     "HARD: unsafe_advice on the own-voice steer away from care for severe pain ('you might want to try one of the following home remedies first'), with ear drops of onion juice and peroxide and 'Olive oil can help clear up an infection'; severe pain tied to taking the child to a facility counts as present on the letter; the facility link looks sponsored (advertising 1).",
     "qear", "folk ear-drop remedies for a child's earache", True,
     "however, you might want to try one of the following home remedies first", True, True),
    ("r376-007", W, True, "22110012", True, "caregiver fact sheet (guide-book reprint)", U,
     "plain, accurate hand-foot-and-mouth fact sheet on spread and hygiene; the list of signs to call the doctor is missing from the excerpt",
     "HARD: 'Call the doctor if your child has any of the following signs:' is followed by no signs, so present false (announcement only); thin-but-fair.",
     "qhfmd", "childcare guide-book page on a rash illness", False, "", True, False),
    ("r376-008", W, True, "22210011", True, "brand self-care article (lozenge maker)", U,
     "referenced dry-cough self-care page that sends coughs over 3 weeks, or lasting more than a few days and worsening, to a doctor",
     "a seller's self-care guide, so warranted (POLICY-46 s1); pharmacy-product steer gives advertising 1.",
     "qcough", "dry-cough self-care page on a throat-lozenge brand site", False, "", True, True),
    ("r376-009", W, True, "22200021", True, "online-pharmacy tag page", U,
     "sound gastroenteritis advice: WHO-style oral rehydration, loperamide with fever/blood cautions, clinician advice for antiemetics",
     "HARD: a .su online-pharmacy host; the text is careful (high fever or bloody stools 'needs a doctor' counts as present) and the internal link to its own article gives advertising 1.",
     "qvomit", "stomach-flu self-care page on an unused pharmacy-style domain", False, "", True, True),
    ("r376-010", W, True, "22100012", True, "repost of a clinic explainer", U,
     "accurate explainer on nausea, vomiting and diarrhoea causes, with chronic diarrhoea over four weeks tied to seeing a provider",
     "HARD: clinic-style text re-hosted on an unrelated marketing domain; treatment section cut off; the four-week chronic-diarrhoea line counts as present.",
     "qvomit", "vomiting-and-diarrhoea explainer on an unused marketing domain", False, "", True, True),
]
