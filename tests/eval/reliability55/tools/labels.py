"""rel55 label records (blind labeller, round 27). No page text beyond short quoted phrases.

Row: (id, genre, reliable, scores 'abcdefgh' in CRITERIA order, partial, doc_type, source_leaning,
why, note, query key, picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted,
warning_signs_present)."""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "stye": "how to get rid of a stye fast at home overnight",
    "runny": "how to stop a runny nose fast home remedies",
    "fever": "how to reduce a fever at home adult without medicine",
    "boil": "how to get rid of a boil at home quickly without popping it",
    "sunblister": "sunburn blisters home remedies should I pop them",
    "wrist": "sprained wrist how to heal fast at home",
}

ROWS = [
    ("r55-001", W, False, "00100000", True, "stye home-remedy article on a stye-remedy site", U,
     "Promises to get rid of a stye 'overnight', calls potato paste 'one of the easiest ways to cure stye' and suggests heated guava leaves on the eyelid.",
     "HARD: 'persists for more than a week ... may require medical attention' is counted as a sign tied to an action (warning_signs_present true), though hedged. unsafe_advice true: own-voice cure claim for a potato paste. advertising 2: no product in the excerpt.",
     "stye", "remedy site whose whole domain is about styes; first result, 'overnight' promise", True, "one of the easiest ways to cure stye", True, True),
    ("r55-002", W, False, "10000002", True, "home-remedy list on a soap-making/beauty blog", U,
     "Says styes are 'also called Chalazion' (they are different), promises 'immediate relief' from 11 natural remedies and suggests heating a cloth 'using a hot stove' to put on the eyelid.",
     "HARD: 'leave the stye alone' is sound and growth or worsening pain is named, but the only action is 'you might need antibiotics', with no doctor named, so care 0 and warning_signs_present false; label for the factual error and the careless heat advice near the eye. risks 0: no caution on compress temperature.",
     "stye", "soap/beauty blog promising a fast, overnight fix", False, "", True, False),
    ("r55-003", W, True, "21010012", True, "runny-nose self-care article on a nose-care content site", U,
     "Orders remedies by cause, explains gentle nose blowing with a named study, and distinguishes isotonic from hypertonic saline accurately.",
     "HARD: a neti pot is recommended with no word on using sterile or boiled water (risks 1), and the excerpt stops before any care prompt or sign (care 0, warning_signs_present false); label from the accurate, modest text. sources 1: journal named, no reference.",
     "runny", "content site dedicated to nose care; top result", False, "", True, False),
    ("r55-004", W, True, "21000012", True, "runny-nose home-remedy list on a women's-health content site", U,
     "Hydration, humidifier and steam advice that is accurate and modest ('help', 'can'), with a mould warning for humidifiers.",
     "No author, date or sources; no care prompt or signs in the excerpt (care 0, warning_signs_present false). risks 1: humidifier cleaning only.",
     "runny", "generic health content site with '10 effective home remedies' list", False, "", True, False),
    ("r55-005", W, False, "00000002", True, "cold home-remedy article on a news/lifestyle site", U,
     "Claims steam 'has proven several times' to help and that studies show it cuts illness 'by about one week' (an invented figure); says a runny nose 'can easily be stopped' with home remedies.",
     "Excerpt ends at 'note that none of these remedies', so a caveat may follow; judged on what is shown. risks 0: no scald caution for steam or showers. Genre web page: a self-help article, not a news report.",
     "runny", "news-branded site running a home-remedy list", False, "", True, False),
    ("r55-006", W, False, "00000002", True, "runny-nose remedy article on a health content site", U,
     "Recommends dropping warm mustard oil into the nostrils and inhaling thyme powder, says salt water and spicy food clear 'toxins', and gives a strong tablespoon-per-cup saline mix.",
     "unsafe_advice false: efficacy claims ('effective as well as simple'), no cure or safety word; oil in the nose carries an aspiration risk that is not mentioned (risks 0). No doctor or signs.",
     "runny", "old-style remedy site with oil and powder remedies", False, "", True, False),
    ("r55-007", W, True, "11000012", True, "adult fever self-care article on a health blog", U,
     "Fluids, cool compresses, light food and a warm shower: ordinary, safe advice, with the reminder that fever can signal serious illness.",
     "HARD: thin and a little alarmist ('if left untreated the fever can worsen'), 'boost the immune system' (claims 1), and no temperature or symptom that needs a doctor appears in the excerpt (care 0, warning_signs_present false); label from the harmless substance. risks 1: medicines mentioned, no doses or cautions.",
     "fever", "health blog answering the adult-fever question directly", False, "", True, False),
    ("r55-008", W, True, "22201022", True, "doctor's answer on a booking site's Q&A", U,
     "Do not pop; cover a broken blister; see a doctor for significant blistering, pain or fever; ibuprofen for pain; sun protection and skin-cancer risk noted.",
     "warning_signs_present true: blistering, pain or fever + primary care doctor. authorship 1: answered by a doctor (name not in excerpt). risks 2: infection risk of popping and sun harms stated.",
     "sunblister", "doctor-answered Q&A matching the reader's exact question", False, "", True, True),
    ("r55-009", W, True, "11100011", True, "explainer on a general-reference Q&A site", U,
     "Correctly says not to pop sunburn blisters and to keep them clean, with antibiotic ointment once broken and ibuprofen for pain.",
     "HARD: vinegar sprayed on blistered skin and 'keeps the area sanitized' for a spray are weak (accuracy 1, claims 1), and 'more severe cases' has no concrete sign (warning_signs_present false); label from the sound core advice. advertising 1: 'sunburn spray' pushed as the best treatment.",
     "sunblister", "general reference site answering the sunburn-blister question", False, "", True, False),
    ("r55-010", W, False, "00011002", True, "sports-site home-remedy article on a sprained wrist", U,
     "After ice, recommends a mustard plaster and a cayenne-oil paste on the wrist, says capsaicin 'enhances healing' and Epsom salt 'lessens inflammation'; no word on seeing anyone to rule out a fracture.",
     "unsafe_advice false: efficacy claims, no cure or safety word; mustard plasters can burn the skin, not mentioned (risks 0). authorship 1: named 'STACK Expert'. date 0.",
     "wrist", "sports-training site giving kitchen remedies for a wrist sprain", False, "", True, False),
]
