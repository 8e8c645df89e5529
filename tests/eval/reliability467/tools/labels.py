"""rel467 labels: Q (query key -> query as sent) and ROWS (reltools.build tuple order:
id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources, authorship_review,
date, risks_uncertainty, advertising), partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

Q = {
    "q01": "my toddler has a fever of 39 what should I do mum blog",
    "q02": "baby eczema natural remedies that worked for us",
    "q03": "child ear infection home remedy garlic oil mom forum",
    "q04": "toddler stomach bug vomiting diarrhea what helped us mom blog",
    "q05": "croup cough at night my son barking cough story",
    "q06": "hand foot and mouth disease our experience toddler blisters",
    "q07": "rash on baby after fever roseola parent blog",
}

W = "web page"
U = "unreliable-leaning"
R = "reliable-leaning"

ROWS = [
    ("r467-001", W, True, "22200012", True, "dads' parenting site advice page on child fever and when to see a GP", U,
     "Sensible fever framing with concrete GP triggers: any fever under 3 months, fever over 3 days, weakness or vomiting, over 40 degrees with rash, breathing trouble or trouble waking.",
     "Plain disclaimer ('we're no doctors'); no sources, author or date.",
     "q01", "dads' site fever page with a when-to-call-the-GP list", False, "", True, True),
    ("r467-002", W, True, "11100012", True, "mother's blog story on a baby's eczema ('Our Baby Eczema Cure')", U,
     "A personal account of a spreading patch that went to the paediatrician, was treated as impetigo and then re-assessed; nothing harmful is advised in the excerpt.",
     "HARD: the title and intro promise to explain 'how to cure' baby eczema (claims 1, eczema has no cure), but the excerpt stops before any remedy; thin-but-fair on what is shown. 'Speak to a medical professional' is a consult prompt, not a warning sign.",
     "q02", "parent's eczema 'cure' story blog", False, "", True, False),
    ("r467-003", W, False, "00001102", True, "personal blog post: putting a piece of garlic in a child's ear for earache", U,
     "Tells of wedging cut garlic into a young child's ear to 'get some of the germs out', with no doctor, no caution about burns, foreign bodies or a perforated eardrum, and no sign that would need care.",
     "HARD: unsafe_advice false: an anecdote with no own-voice cure or safety guarantee (the 'Garlic can Fight and Cure Ear Infections' words are the title of a linked article, not the author's claim); false for the unsupported germ claim and the risk to a child's ear.",
     "q03", "mother's garlic-in-the-ear anecdote blog", False, "", True, False),
    ("r467-004", W, True, "12110011", True, "mother's blog list of toddler stomach bug remedies (Amazon affiliate)", U,
     "Introductory section: a consult disclaimer, symptom list attributed to named health sites and sound containment advice; the excerpt stops before the remedies.",
     "HARD: misstates that viral gastroenteritis is 'caused bacteria, toxins and parasites' (accuracy 1) and carries an affiliate disclosure (advertising 1); nothing harmful shown, so thin-but-fair.",
     "q04", "mom-blogger stomach bug remedy list", False, "", True, False),
    ("r467-005", W, True, "22201012", True, "physician-parent site article on vomiting and diarrhoea in children", U,
     "Puts hydration first and lists clear call-the-doctor signs (blood in vomit or stool, severe pain, high fever, no improvement in 24 hours, baby under four months).",
     "",
     "q04", "doctor-parent stomach bug page with a call-your-doctor list", False, "", True, True),
    ("r467-006", W, True, "22000112", True, "personal wellness blog post: survival list for a toddler's stomach bug", U,
     "Practical hygiene and laundry tips plus oral rehydration fluids; harmless, though it gives no dehydration signs or when to get help.",
     "Thin-but-fair: no care prompt at all on a toddler gastroenteritis page.",
     "q04", "parent's stomach-bug survival list", False, "", True, False),
    ("r467-007", W, True, "11100012", True, "mother's blog 'formula' for when a child throws up", U,
     "Standard home steps (pause fluids 30 minutes, watch for dehydration) with a 'when in doubt, call your doctor' line; overpromises a quick return to health.",
     "HARD: 'back to good health in no time' with her 'formula' overclaims (claims 1); the dehydration signs are listed but the action is cut off, so warning_signs_present false; nothing unsafe.",
     "q04", "mom blog throw-up steps", False, "", True, False),
    ("r467-008", W, True, "22101112", True, "paediatric practice blog post on stomach bugs", U,
     "Accurate hygiene, small-sips hydration and bland-food reintroduction advice from a practice, with 'check with your pediatrician'.",
     "The excerpt stops before any warning signs; 'studies have shown' is unreferenced (sources 0).",
     "q04", "paediatrician's practice stomach bug tips", False, "", True, False),
    ("r467-009", W, True, "21010012", True, "medical practice blog post on stomach virus hygiene", U,
     "Correct advice on handwashing, bleach cleaning and 24-hour exclusion, citing CDC norovirus data.",
     "'Hand sanitizers do not help' is stated absolutely (claims 1); no dehydration or when-to-get-help guidance in the excerpt. Date only in the URL (not counted).",
     "q04", "practice blog on stomach virus spread", False, "", True, False),
    ("r467-010", W, True, "22100002", True, "parent blog story of a toddler's hand, foot and mouth disease", U,
     "A first-person account that went to the doctor and explains the illness is viral and must run its course.",
     "HARD: 'our vigorous routine of Advil and Tylenol' is mentioned with no dose or caution (risks 0), but it is a story, not instructions; thin-but-fair. No dehydration or when-to-return signs.",
     "q06", "mommy-club blog HFMD experience", False, "", True, False),
]
