"""rel326 labels: Q (query key -> query) and ROWS (reltools.build tuple order:
id, genre, reliable, scores, partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present).
Scores in criteria order: accuracy_balance, claims, care_prompt, sources, authorship_review,
date, risks_uncertainty, advertising."""

Q = {
    "qrash": "is this rash on my child serious when to worry",
    "qcough": "how long does a cough last after a cold should I worry",
    "quti": "can I treat a UTI at home without antibiotics",
    "qfever": "my toddler has a fever of 102 what should I do",
    "qlymph": "swollen lymph node in neck for two weeks should I be worried",
    "qdog": "my dog bite wound is red and warm do I need antibiotics",
    "qthrush": "white spots on my baby's tongue is it thrush home remedy",
    "qtoe": "ingrown toenail infected can I fix it myself",
    "qstye": "bump on my eyelid won't go away stye or chalazion what to do",
    "qconf": "my elderly mother is suddenly confused could it be a urinary infection",
    "qback": "pulled muscle in back how long to heal when to see doctor forum",
    "qhives": "hives all over body after new food should I go to ER",
}

W = "web page"
UL = "unreliable-leaning"
RL = "reliable-leaning"

ROWS = [
    ("r326-001", W, True, "22100011", True, "urgent-care clinic blog post", UL,
     "accurate, calm overview of childhood rashes from an urgent-care clinic; the excerpt stops before its list of accompanying symptoms, so no sign is tied to an action.",
     "thin-but-fair; warning signs promised but cut off ('such as fever, vom').", "qrash",
     "urgent-care clinic answering a parent's 'is my child's rash serious' question", False, "", True, False),
    ("r326-002", W, True, "22111121", True, "scraped copy of a pharmacy-discount site's reviewed article", UL,
     "a scraped copy of a reviewed article that says most UTIs need antibiotics, gives the self-resolution odds fairly and tells pregnant and high-risk readers not to wait.",
     "HARD: an unrelated scraper domain reposting another site's reviewed text; labelled from the text. 'Pregnant or high-risk group -> start antibiotics right away' is a risk group, not a warning sign, and no kidney-infection signs (fever, back pain) appear, so warning_signs_present false.", "quti",
     "scraper copy of a UTI self-treatment explainer (source kind not yet in the set)", False, "", True, False),
    ("r326-003", W, True, "22200011", True, "newspaper ask-a-health-expert Q&A column", UL,
     "a newspaper expert column: post-viral cough can last up to eight weeks, see a doctor after a month, get checked for fever, facial pain or shortness of breath; accurate.",
     "warning_signs_present: fever, facial pain or shortness of breath with the cough -> get checked out; cough over a month -> see your doctor. Expert unnamed in the excerpt (authorship 0).", "qcough",
     "reader Q&A column answering 'I've had a cough for a month, should I worry'", False, "", True, True),
    ("r326-004", W, False, "12100001", True, "machine-generated content page on a hijacked subdomain", UL,
     "spun, repetitive filler ('Looking at ... from another angle can help expand the discussion') with dangling references ('If these symptoms develop'); a reader cannot tell what to do for a bite.",
     "HARD: nothing in it is dangerous and fever or chills -> 'medical emergency requiring immediate attention' counts as warning_signs_present, but the incoherent auto-generated text gives no usable wound-care or rabies/tetanus advice; label false.", "qdog",
     "auto-generated spam page on a studio organisation's dev subdomain, answering the dog-bite antibiotics question", False, "", True, True),
    ("r326-005", W, True, "22200011", True, "personal-injury law firm blog post", UL,
     "a law firm's short list of reasons to see a doctor after a dog bite (unknown vaccination, deep wound, colour change or warmth suggesting infection); accurate if thin and framed partly around legal records.",
     "warning_signs_present: colour change or warmth around the bite -> infection needing antibiotics; deep wound -> doctor. Rabies and tetanus are only hinted ('potentially dangerous diseases'); the documentation angle gives advertising 1.", "qdog",
     "law-firm blog answering when a dog bite needs a doctor", False, "", True, True),
    ("r326-006", W, True, "22100012", True, "eye-centre patient information page", UL,
     "accurate stye/chalazion explainer from an eye centre: do not squeeze or lance, healing times, prevention; advises seeing the eye doctor early.",
     "'consult your eye doctor when the symptoms first occur' is a consult prompt with no sign; vision change is mentioned without an action, so warning_signs_present false.", "qstye",
     "eye practice page on an eyelid bump", False, "", True, False),
    ("r326-007", W, True, "22100012", True, "ophthalmology practice condition page", UL,
     "accurate, modest practice page: warm compresses first, drops or in-office removal if it does not resolve.",
     "thin-but-fair; treatment escalation described from the practice's side, no sign tied to an action for the reader.", "qstye",
     "eye practice page on styes and chalazia", False, "", True, False),
    ("r326-008", W, True, "22101022", True, "professional society patient information page", RL,
     "a specialist society's patient page: warm compresses and lid hygiene first, treatments and their risks listed, blood-thinner caution.",
     "no red flags such as spreading redness or vision change; 'if the lump is large or won't go away' is tied to a treatment, not to a reader action, so warning_signs_present false.", "qstye",
     "professional society's patient page (reliable-leaning source kind)", False, "", True, False),
    ("r326-009", W, True, "21101011", True, "doctor's post on a developer blogging platform", UL,
     "a named doctor's accurate chalazion explainer posted on a developer blog platform; the excerpt leans towards surgical removal ('safe ... quick and painless').",
     "HARD: an off-topic platform and a clinic-marketing tone (claims 1 for 'safe procedure ... usually quick and painless'), but the facts are right; blurred vision is mentioned with no action, so warning_signs_present false.", "qstye",
     "doctor's post on dev.to about an eyelid lump that will not go away", False, "", True, False),
    ("r326-010", W, True, "22111011", True, "home-care franchise blog post by a nurse", UL,
     "a nurse's blog post for families: sudden confusion in an older person may be a UTI, untreated UTIs can lead to sepsis, diagnosis is by urine test; accurate.",
     "no sign tied to an action ('diagnosis and treatment are critical' is a consult prompt) and no word that sudden confusion can also be a stroke or other emergency; warning_signs_present false.", "qconf",
     "home-care agency blog answering a family's 'mom is suddenly confused' worry", False, "", True, False),
]
