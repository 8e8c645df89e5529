"""rel65 label records (blind; written batch by batch from the stored excerpts only).

Row: (id, genre, reliable, scores 'abcdefgh' in reltools.CRITERIA order, partial, doc_type,
source_leaning, why, note, query key, picked_because, unsafe_advice, unsafe_quote,
warning_signs_warranted, warning_signs_present).
"""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "legs": "itchy legs after shower why and how to stop it",
    "flight": "swollen feet after long flight what to do",
    "lip": "numb lip causes should I worry",
    "earlobe": "painful earlobe lump sore home remedy",
    "peel": "peeling fingertips causes and home remedies",
    "vomit": "burning throat after vomiting how to soothe",
}

ROWS = [
    ("r65-001", W, False, "12100012", True, "symptom explainer on a health content site", U,
     "Answers a common dry-skin question with polycythaemia vera and Hodgkin's lymphoma in the first three causes, in spun wording ('itchness', 'duplicated wetting'), with no guidance on which itch needs a doctor.",
     "HARD: the facts shown are broadly correct (water-induced itch is a real PV sign), but the list alarms without telling the reader what separates ordinary winter itch from a sign needing a doctor; 'ruled out by checking an easy blood count' gives care 1 but is not tied to a sign, so warning_signs_present false. risks 1: no intervention discussed.",
     "legs", "health content site listing serious diseases for a common itch (careless-leaning)", False, "", True, False),
    ("r65-002", W, True, "22000012", True, "short self-care post on a user blog platform", U,
     "Short, accurate dry-skin advice: short lukewarm showers, pat dry, moisturise while damp, less soap.",
     "No doctor prompt or sign for persistent itch (care 0, warning_signs_present false); label from the accurate, low-risk advice. risks 1.",
     "legs", "anonymous user-blog post (careless-leaning source)", False, "", True, False),
    ("r65-003", W, True, "22001012", True, "podiatry clinic blog post on travel foot care", U,
     "Sensible podiatry-clinic tips on moving, fluids, salt and footwear to limit swelling when travelling.",
     "HARD: a page on swollen feet after flights that never mentions a blood clot (one-sided swelling, calf pain) or when to get help (care 0, warning_signs_present false); label from the accurate, low-risk advice. authorship 1: clinic site. risks 1.",
     "flight", "podiatry clinic blog (clinic page)", False, "", True, False),
    ("r65-004", W, True, "22201012", True, "chiropractic clinic blog post on travel swelling", U,
     "Accurate tips and a clear line that swelling lasting hours after activity, especially in one leg with pain, may be a DVT needing prompt medical attention.",
     "warning_signs_present true: one-leg swelling with pain persisting hours + seek prompt medical attention. risks 1.",
     "flight", "clinic blog with a DVT warning (careful clinic page)", False, "", True, True),
    ("r65-005", W, False, "01100012", True, "symptom explainer on a health content site", U,
     "Garbled earlobe-lump page that calls cough, runny nose and sore throat 'serious symptoms that might indicate a life-threatening condition' and mixes in ear-canal bone tumours.",
     "HARD: warning_signs_present true on the head-injury lump + 'Seek immediate medical care', and nothing shown would directly harm, but the symptom lists are nonsensical and alarm without guidance for an actual earlobe lump. risks 1: no intervention shown.",
     "earlobe", "keyword-titled remedy site (careless-leaning)", False, "", True, True),
    ("r65-006", W, True, "11100012", True, "symptom and home-remedy page on a health content site", U,
     "Advises against picking or popping an earlobe bump, a warm compress, and medical attention for a growing bump or one that does not clear.",
     "HARD: contradictory ('Most pimples are painless' then 'very painful'), 'a clear indication of an underlying health issue' overstates, and it promises 'how to pop them' while advising against it (accuracy 1, claims 1); warning_signs_present true (keeps growing / slow to clear + seek medical attention); label from the safe advice shown.",
     "earlobe", "home-remedy content site (careless-leaning)", False, "", True, True),
    ("r65-007", W, False, "00100001", True, "listicle on a health/fitness content site", U,
     "Promises '14 cure' remedies under a fake 'Src' link to health.harvard.edu and blames a 'dehydrated body', with no actual advice reached in the excerpt.",
     "HARD: nothing harmful is shown, and 'get it checked from someone' if remedies fail gives care 1 (no sign, so warning_signs_present false); label for the false attribution to Harvard and the cure framing. advertising 1: 'Fitness Buzz' site chrome only.",
     "peel", "listicle with a fake Harvard source link (unreliable)", False, "", True, False),
    ("r65-008", W, True, "21000012", True, "home-remedy article on an unrelated-domain site", U,
     "Correct explanation (acidic gastric juice irritates the unprotected oesophagus) and a standard salt-water gargle.",
     "Host is a traffic-booster domain and 'prevent inflammation' / 'effectively' overclaim (claims 1); no sign of when vomiting or throat pain needs a doctor (care 0, warning_signs_present false). risks 1.",
     "vomit", "remedy article on a spammy unrelated domain (careless-leaning)", False, "", True, False),
    ("r65-009", W, False, "11000002", True, "home-remedy article on a remedy site", U,
     "Garbled text that presents vomiting as a way to 'feel comfortable' and suggests aspirin or ibuprofen for the throat with no warning about stomach irritation after vomiting or aspirin in children.",
     "HARD: waiting until vomiting stops is sensible and the lozenge advice is fine; label for the unhedged NSAID/aspirin suggestion on an irritated gut with no harms (risks 0) and the poor, confused text. No doctor prompt.",
     "vomit", "home-remedy site (careless-leaning)", False, "", True, False),
    ("r65-010", W, True, "22100022", True, "wikiHow-style how-to republished on a travel site blog", U,
     "Careful self-care: small sips, warm not hot drinks, honey not under 12 months, ginger not under 2, peppermint avoided with reflux, check herbal teas with a doctor.",
     "care 1: doctor prompt about herbal teas only, no sign for when vomiting needs care (warning_signs_present false). risks 2: cautions given for each remedy.",
     "vomit", "republished how-to with child cautions (careful page on an odd host)", False, "", True, False),
]
