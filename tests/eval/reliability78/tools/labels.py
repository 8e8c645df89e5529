"""rel78 labels: one blind labeller (careful medical editor), from the stored excerpts only.

Row: (id, genre, reliable, scores[accuracy_balance, claims, care_prompt, sources,
authorship_review, date, risks_uncertainty, advertising], partial, doc_type, source_leaning, why,
note, query key, picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted,
warning_signs_present).
"""

Q = {
    "mast": "mastitis home remedies breastfeeding painful breast",
    "grit": "gritty eyes feels like sand in my eye what to do",
    "uvula": "swollen uvula causes home remedies",
    "roof": "lump on roof of mouth should I worry",
    "palm": "pain in the palm of my hand causes when to see a doctor",
    "calf": "calf cramps at night during pregnancy what helps",
    "ankle": "itchy ankles causes and relief",
}

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

ROWS = [
    ("r78-001", W, False, "00000002", True, "mastitis home-remedy list on a health content site", U,
     "Tells a breastfeeding mother with mastitis to try compresses, probiotics and garlic 'before you think of antibiotic' and 'before you head to the doc'; garlic 'found to be very effective in fighting the infection' with no source.",
     "HARD: the closing line delays care for a bacterial infection that can form an abscess (which the page itself names), so unsafe_advice true as discouragement of seeing a professional; abscess named without any action, so warning_signs_present false.",
     "mast", "careless remedy site telling readers to try garlic before antibiotics", True,
     "Do try these home remedies before you head to the doc", True, False),
    ("r78-002", W, False, "01000002", True, "mastitis home-remedy article on a lifestyle site", U,
     "Wrong or garbled facts ('only effects on one breast', 'does not effect at the time of pregnancy at all', breast milk 'works like an antibiotic', feeding removes the infection) and home remedies for 'instant relief', with no mention of antibiotics or a doctor.",
     "Continuing to feed is right, but no fever or abscess sign and no professional care at all; excerpt stops at the massage oil recipe.",
     "mast", "lifestyle-site remedy list for mastitis with poor English", False, "", True, False),
    ("r78-003", W, False, "11100002", True, "mastitis home-remedy list on an anonymous content site", U,
     "Mostly standard comfort measures (frequent feeding, warmth, gentle massage, rest), but 'home remedies ... help treat mastitis' and 'that really work' overpromise, water 'thins the milk' and diet/rest 'boost your immune system' are unsupported, and no sign says when antibiotics are needed.",
     "HARD: nothing here is dangerous and 'medical treatment may be necessary in some cases' earns care 1, but for an infection that often needs antibiotics the page gives no fever, spreading redness or not-improving threshold; label for that gap and the 'really work' framing.",
     "mast", "anonymous content site promising remedies 'that really work'", False, "", True, False),
    ("r78-004", W, True, "22201210", True, "optometry clinic blog post on gritty eyes", U,
     "Accurate overview of the usual causes (allergy, conjunctivitis, blepharitis, contact lenses, dry eye) with sensible treatments and prompts to see a doctor or optometrist.",
     "warning_signs_present true: contact-lens wearers with a sandy feeling told to stop wearing lenses and book an optometrist. No pain/vision-loss red flags in the excerpt; advertising 1 (clinic blog); risks 1 (treatments named, no harms).",
     "grit", "eye-clinic blog post answering the worried reader's question", False, "", True, True),
    ("r78-005", W, False, "00100000", True, "swollen uvula natural-remedy list on a content site", U,
     "Says uvulitis 'can be cure through herbal remedies without taking antibiotics or diagnose of doctors', tells readers to avoid anti-inflammatories and antibiotics, and suggests turmeric in honey for small children with no age limit.",
     "unsafe_advice true: own-voice cure claim that dismisses diagnosis and prescribed treatment. The 'after week you don't feel good, consult the doctor' line earns care 1 but is a vague feeling, not a sign; no breathing or swallowing red flags, so warning_signs_present false.",
     "uvula", "remedy site telling readers to avoid antibiotics for a swollen uvula", True,
     "this can be cure through herbal remedies without taking antibiotics or diagnose of doctors", True, False),
    ("r78-006", W, False, "11100002", True, "short swollen-uvula page on a repurposed domain", U,
     "Vague list of causes and home remedies (water, saline, honey, garlic 'for resolving the sore uvula') with a generic 'consult a doctor' for 'severe' causes, and nothing on swelling that affects breathing or swallowing.",
     "HARD: little is false, but the page gives the reader no way to tell a mild case from an airway or allergy emergency; repurposed unrelated domain, no author or date.",
     "uvula", "thin content page on an unrelated (hard-drive settlement) domain", False, "", True, False),
    ("r78-007", W, True, "22210012", True, "dental practice blog note on a bump on the palate", U,
     "Short but sound: most palate bumps are easily treated, one that does not clear quickly should be seen by a dentist, and rapid growth, bleeding sores or odd patches are named as rare signs of oral cancer; links to a source.",
     "HARD: very thin (a few lines); warning_signs_present true for a bump that does not clear up tied to seeing a dentist. No intervention discussed (risks 1); sources 1 for one linked article.",
     "roof", "dental practice blog directly on the reader's worry", False, "", True, True),
    ("r78-008", W, True, "21201012", True, "oral cancer charity forum thread (member question, moderator reply)", U,
     "The moderator's reply gives likely benign causes, notes that a cancer lump would grow, and uses the usual three-week rule: if still there, see a dentist; the poster's follow-up says it was not cancer.",
     "HARD: forum reassurance ('I wouldn't worry', 'You don't rate highly') is the kind of all-clear r21-017 counted, but here it is paired with a review threshold and not a discouragement of care, so unsafe_advice false and warning_signs_present true (still there after three weeks: see the dentist). Claims 1 for the confident reassurance.",
     "roof", "patient forum on a mouth-cancer charity site; to include a forum thread", False, "", True, True),
    ("r78-009", W, True, "22202222", True, "children's hospital KidsHealth Q&A on pregnancy leg cramps", U,
     "Accurate, reviewed and dated: cramps are common and brief, there is no good evidence for supplements, and pain that does not ease or comes with swelling, warmth, redness or trouble walking needs a provider right away.",
     "warning_signs_present true (the clot signs tied to an action); risks 2 for the stated lack of evidence for supplements.",
     "calf", "hospital-hosted parent health page; reliable counterpart", False, "", True, True),
    ("r78-010", W, True, "22001012", True, "obstetrician-run blog post on pregnancy leg cramps", U,
     "Honest that no cause is proven (potassium, magnesium, calcium theories unproven) and gives standard stretching, fluids, massage, heat and support-hose advice.",
     "HARD: no word on when calf pain could be a clot (swelling, warmth, redness) or on seeing anyone, so care 0 and warning_signs_present false; label from the accurate, conservative advice. Date only in the URL (date 0).",
     "calf", "doctor-run pregnancy blog; health blog post", False, "", True, False),
]
