"""rel215 labels (blind; from the stored text only). Tuple order as reltools.build:
(id, genre, reliable, scores 8-digit in CRITERIA order, partial, doc_type, source_leaning, why,
note, query key, picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted,
warning_signs_present)."""

Q = {
    "qmeas": "measles exposure notice health department residents possible exposure locations",
    "qboil": "boil water advisory issued residents county health",
    "qlist": "recall listeria contamination product pulled from shelves news",
    "qsalm": "salmonella outbreak linked to restaurant health officials say cases sickened",
    "qvisit": "hospital announces visitor restrictions flu season news",
    "qpert": "school notifies parents of whooping cough case letter",
}

W, N = "web page", "news"
R, U = "reliable-leaning", "unreliable-leaning"

ROWS = [
    ("r215-001", N, False, "11000011", True, "news-aggregator alert report (measles exposure)", U,
     "no health department, location or date is named; an invented exposure-risk table ('no immediate action required') and 'seek medical attention immediately' without the call-ahead advice or the post-exposure vaccine window",
     "HARD: the symptom list and spread facts are right and it urges vaccination checks, but as a news item it names no source, date or place detail beyond the title and adds a risk table no health department issued; news care_prompt 0. Not unsafe_advice: the low-risk row is qualified ('unless symptoms develop'). warning_signs_present true: symptoms + seek medical attention.",
     "qmeas", "a measles exposure alert report on an aggregator", False, "", False, True),
    ("r215-002", N, True, "22011212", True, "local news site printing a health-department press release (measles exposure)", U,
     "dated, attributed to the health department, exact exposure sites and times, accurate two-stage symptom description and the last date symptoms could appear",
     "stops at 'What should you do', so no action is shown (warning_signs_present false); risks 1: no intervention discussed beyond the vaccine mention.",
     "qmeas", "a health-department measles exposure notice carried by a local news site", False, "", False, False),
    ("r215-003", W, True, "22001012", True, "city FAQ answer (boil water advisory)", R,
     "two accurate sentences on why boil advisories are issued; nothing to act on",
     "HARD: thin-but-fair fragment (as r85-010); no how-to-boil or who-is-at-risk advice. warning_signs_warranted false: explains what an advisory is, not addressed to people under one. risks 1: no intervention discussed.",
     "qboil", "a city government's FAQ on boil advisories", False, "", False, False),
    ("r215-004", W, True, "22011012", True, "water district notice (boil advisory continued)", R,
     "a plain notice that the boil advisory stays in force, applies to all district water and is coordinated with the state health department",
     "HARD: gives no boiling instructions or advice for vulnerable people (care 0, warning_signs_present false), but it is a continuation notice and nothing is wrong; date only in the URL (date 0). warranted true: addressed to people under an active advisory.",
     "qboil", "a water district's own active boil advisory notice", False, "", True, False),
    ("r215-005", W, True, "22001012", True, "state environmental-quality department tag page (boil water order FAQ)", R,
     "one accurate FAQ answer on why a boil order is issued (faecal or E. coli bacteria, technical problems); cut off",
     "thin-but-fair snippet; warranted true: addressed to a household whose system is under an order; no sign or action shown.",
     "qboil", "a state agency's boil-order FAQ", False, "", True, False),
    ("r215-006", W, True, "22101112", True, "city utility page (boil water advisories)", R,
     "clear, accurate explanation of when advisories are issued, boiling for 2 minutes, how they are lifted after two clean sample sets, and do-not-drink orders",
     "'No special precautionary measures are necessary for water used for personal hygiene' omits the usual caution about swallowing bath water and bathing infants; care 1 for the contact numbers. No illness signs are given (warning_signs_present false).",
     "qboil", "a city's boil-advisory page with how advisories are issued and lifted", False, "", True, False),
    ("r215-007", W, True, "22001212", True, "city news post (what to do in a boil alert)", R,
     "dated, accurate: no tap water for drinking, brushing teeth, cooking or washing produce; bottled or boiled and cooled water instead; advisory versus order explained",
     "no boiling time and no illness signs (warning_signs_present false); links to maps and text alerts are the city's own services, not advertising.",
     "qboil", "a city's 'what to do in a boil alert' notice", False, "", True, False),
    ("r215-008", N, True, "22011112", True, "food-safety blog recall roundup (Listeria)", U,
     "two recall items with product, UPC, dates and distribution, 'should not consume' and return advice, and the standard Listeria risk groups",
     "no illness reported is stated; no action tied to symptoms (warning_signs_present false); the pizza item's symptom list omits the pregnancy risk that the edamame item names.",
     "qlist", "a Listeria recall news blog's front page", False, "", False, False),
    ("r215-009", N, True, "21010112", True, "news-site tag page of recall and outbreak summaries (Listeria)", U,
     "short summaries naming FDA, the Public Health Agency of Canada and CDC, with case and death counts and the reheat-to-165°F advice",
     "HARD: SEO-style filler ('Stay informed ...') and no dates or authors; the deli-meat advice is given to all consumers where CDC aimed it at higher-risk people (claims 1); 'seek medical attention if symptoms arise' names no sign, so warning_signs_present false. Thin-but-fair.",
     "qlist", "a tag page of Listeria recall and outbreak news", False, "", False, False),
    ("r215-010", W, True, "22101112", True, "hospital news post (flu visitor restrictions)", U,
     "accurate visitor rules (two adults, no children under 18, hand hygiene, stay away with flu symptoms) and a flu-vaccine prompt",
     "the heading's start date (11/15) and the post date (Jan 15, 2019) disagree (date 1); 'do not visit if you have flu-like symptoms' is not a care action, so warning_signs_present false; warranted false: a visitor policy, not a page on a condition the reader has.",
     "qvisit", "a hospital's own flu visitor-restriction notice", False, "", False, False),
]
