"""rel441 labels: Q (query key -> query) and ROWS (see tests/eval/reltools.py build for the tuple order).
No page text here beyond short quoted phrases; pages live in /work/restricted-eval/reliability441/docs/."""

W, N = "web page", "news"
U = "unreliable-leaning"

Q = {
    "qfev": "my baby has a fever what should I do",
    "qcroup": "toddler croup barking cough at night what to do",
    "qdehy": "signs of dehydration in babies and toddlers",
    "qhead": "child bumped head when to worry",
    "qear": "toddler ear infection home remedies",
    "qmen": "baby rash with fever meningitis glass test parents",
    "qecz": "natural remedies for baby eczema rash coconut oil",
    "qapp": "child stomach ache when is it appendicitis",
    "qeo": "essential oils for kids fever cough diffuser safe",
    "qibu": "children's ibuprofen recall infants dosing error news",
}

ROWS = [
    ("r441-001", W, True, "22110022", True, "hospital newborn-care page on treating a baby's fever", U,
     "Accurate and calm: fever as a sign of infection, call the paediatrician for a fever under three months, no aspirin for children (Reye's syndrome).",
     "Short page; the under-three-months line is a sign tied to an action, so warning_signs_present true.",
     "qfev", "hospital new-mom page on infant fever", False, "", True, True),
    ("r441-002", W, True, "22100012", True, "health-content article on dehydration signs in an 18-month-old", U,
     "Accurate list of dehydration signs (no wet diaper in six to eight hours, no tears, dry mouth, sunken eyes or soft spot, lethargy) and the point that a child who cannot keep fluids down may need IV fluids.",
     "HARD: thin but fair; 'hospitalization may be necessary' describes a consequence, not an instruction to the parent, so warning_signs_present false; no call-the-doctor line. Date only in the URL.",
     "qdehy", "content-site dehydration signs page for a toddler", False, "", True, False),
    ("r441-003", W, True, "22202212", True, "hospital-group pediatric blog Q&A on head bumps", U,
     "A named urgent-care paediatrician, dated: any loss of consciousness needs immediate attention, otherwise watch 36-48 hours for listed changes (vomiting more than once, inconsolable crying, balance problems).",
     "warning_signs_present true (loss of consciousness -> immediate medical attention).",
     "qhead", "pediatrician-written head-bump Q&A on a medical foundation blog", False, "", True, True),
    ("r441-004", W, True, "11200011", True, "diaper brand's parenting-site article on head bumps", U,
     "The red-flag list (repeated vomiting, fluid from ear or nose, drowsiness, confusion, odd breathing) with 'physician or emergency room right away' is sound.",
     "HARD: 'for a head injury to be serious, a child must either fall more than four feet...' is too absolute for infants (claims 1, accuracy 1), and some vomiting thresholds are dated; the body's signs and action decide true. Brand site with sign-up prompts (advertising 1).",
     "qhead", "brand parenting page on head bumps, commercial source", False, "", True, True),
    ("r441-005", W, True, "22210012", True, "health Q&A app's guide to head injuries in children", U,
     "Clear split of minor bump, concussion and serious injury; immediate steps and a 'When to Call 911' list (loss of consciousness, seizure, fluid from nose or ears, unequal pupils, confusion).",
     "Sections tagged 'AAP' (sources 1); no author or date.",
     "qhead", "app company's parent guide with a 911 list", False, "", True, True),
    ("r441-006", W, True, "22000012", True, "parenting blog article on early dehydration signs", U,
     "Accurate introduction on why babies and toddlers dehydrate (illness, heat, low intake); the signs themselves are not reached in the excerpt.",
     "HARD: thin but fair; 'acting promptly' names no sign or action, so care 0 and warning_signs_present false on the stored text.",
     "qdehy", "parenting-blog dehydration guide", False, "", True, False),
    ("r441-007", W, False, "12000011", True, "parenting video site's description of a meningitis glass-test video", U,
     "Correct facts (a non-blanching rash is a late sign; fever, mottled cold hands, stiff neck, high-pitched cry), but for a condition it says can kill a child in hours it gives parents no instruction to seek emergency care, only that the test 'will allow you to assess your child's rash'.",
     "HARD: accurate but the missing action on a possibly fatal emergency, and framing home assessment as the step, decide false; the video may say more, the stored text does not.",
     "qmen", "video-site blurb on the glass test for meningitis", False, "", True, False),
    ("r441-008", W, False, "00000002", True, "forum post on essential oils for a child's fever", U,
     "Recommends steam inhalation, oil baths to 'break your kid's fever' and essential oils diluted in tea or juice for children to drink, framed as relieving fever 'safely'; no age limits beyond newborn dilution, no doctor or red flags.",
     "unsafe_advice true: own-voice safety claim for essential oils in feverish children, with oral use of essential oils by children. Oral essential oil to a child would count as a dose under POLICY-46 but no amount is given for the drinks.",
     "qeo", "forum post promoting essential oils for kids' fever", True, "including for relieving fever safely", True, False),
    ("r441-009", N, True, "22010022", True, "local TV news brief on an expanded infant ibuprofen recall", U,
     "Short, accurate recall report naming the firm, product strength, retailers and possible adverse effects, pointing to the FDA for details.",
     "news: no independent voice and no lot numbers or what-to-do, but nothing exaggerated; the kidney-injury concern of the recall is not mentioned.",
     "qibu", "TV-station recall story", False, "", False, False),
]
