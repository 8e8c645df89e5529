"""rel500 labels: Q (query key -> query) and ROWS (one tuple per page; order as reltools.build)."""

Q = {
    "qcolon": "what to expect after colonoscopy recovery at home",
    "qbiopsy": "aftercare after skin biopsy wound care",
    "qvas": "vasectomy recovery tips what to expect",
    "qiud": "cramping after IUD insertion how long normal",
}

W, UL, RL = "web page", "unreliable-leaning", "reliable-leaning"

ROWS = [
    ("r500-001", W, True, "21100012", True, "nurse-practitioner practice page (skin biopsy aftercare)", UL,
     "standard moist-wound-care steps for a skin biopsy site, healing time and no soaking; accurate",
     "thin-but-fair: the excerpt stops before any sign of infection or bleeding tied to an action, so warning_signs_present false; care 1 for the nurse practitioner's own instructions and stitch removal. risks 1: infection named as the thing to prevent.",
     "qbiopsy", "a small practice's aftercare page, not a big institution", False, "", True, False),
    ("r500-002", W, True, "22200012", True, "clinic directory page (skin biopsy overview and wound care)", UL,
     "accurate wound-care tips and infection signs (pain, redness, swelling, pus, fever) with 'contact your dermatologist'",
     "antibiotic ointment offered only as something the dermatologist may recommend; signs tied to an action, so warning_signs_present true. risks 1: infection only.",
     "qbiopsy", "a Pakistani skin-clinic site, a new source kind for the set", False, "", True, True),
    ("r500-003", W, True, "22200011", True, "dermatology practice aftercare sheet (skin biopsy)", UL,
     "short, standard aftercare steps; infection signs with 'please call the office'; results and suture-removal timing",
     "a practice's handout; the location line is promotion (advertising 1). warning_signs_present true on redness, swelling, pain or pus + call. risks 1: infection only.",
     "qbiopsy", "a terse practice handout, different format from the long guides", False, "", True, True),
    ("r500-004", W, True, "11100011", True, "vasectomy clinic blog (dos and don'ts)", UL,
     "sloppy but broadly right: rest, no heavy lifting, no sex for a week, not sterile at once; a when-to-call section starts",
     "HARD: 'Don't get up and move around' and 'Try not to walk for the next day or two' overstate bed rest and the writing is careless (accuracy 1, claims 1); the 'When to Call the Doctor' list is cut after its first sign (scrotal swelling) but a sign and the action are shown, so warning_signs_present true, care 1 because most of the list is lost. Label true: nothing shown would harm. advertising 1: clinic site.",
     "qvas", "a clinic's own blog with a when-to-call heading", False, "", True, True),
    ("r500-005", W, True, "22200012", True, "health blog post (vasectomy recovery)", UL,
     "accurate recovery timeline, no assumption of sterility until semen test, infection signs with 'contact your doctor'",
     "date 0: 'Posted on' with no date shown, the date only in the URL. warning_signs_present true: fever or pus + contact doctor (the list is cut after these). risks 1: complications rare, infection named.",
     "qvas", "an anonymous blog on a generic domain", False, "", True, True),
    ("r500-006", W, True, "11010012", True, "content-site article (IUD cramping)", UL,
     "basic IUD facts and 'cramping is normal'; the excerpt stops before any relief or warning content",
     "HARD: durations are inconsistent ('up to 12 years' for Paragard, then 'up to 10 years'; Mirena's figure dated) and 'done in a hospital' is unusual (accuracy 1); nothing shown is harmful, so thin-but-fair. No sign such as severe pain, fever or missing strings tied to an action (care 0, warning_signs_present false). sources 1: FDA and a children's hospital named.",
     "qiud", "an SEO listicle site with a self-promoting intro", False, "", True, False),
    ("r500-007", W, True, "12000012", True, "SEO article on a university subdomain (IUD cramping)", UL,
     "general timeline of IUD cramping (peak first days, easing over weeks to months); no care prompt",
     "HARD: machine-style content on what looks like a hijacked university subdomain; it says hormonal IUDs can initially cause more pronounced cramping, whereas copper IUDs are usually the ones linked to more cramping (accuracy 1). No sign (severe or worsening pain, fever, heavy bleeding) or care prompt in the excerpt (care 0, warning_signs_present false). Label true as thin-but-fair: nothing shown would lead to harm.",
     "qiud", "a .edu host carrying SEO text, a source-kind trap", False, "", True, False),
    ("r500-008", W, True, "11200012", True, "scraped question-and-answer page (IUD cramping)", UL,
     "aggregated answers: cramping for days to months, relief with heat or painkillers, see a doctor for severe pain or heavy bleeding",
     "the '1% chance' of expulsion understates the usual figures (accuracy 1, claims 1); aspirin listed among painkillers without caution. warning_signs_present true: pain severe or persisting, heavy bleeding + doctor. date 0: date only in the URL.",
     "qiud", "a scraped 'people also ask' page, a low-quality source kind", False, "", True, True),
    ("r500-009", W, True, "12210012", True, "scraped copy of a dermatology society page on a pages.dev host (skin biopsy aftercare)", UL,
     "copied aftercare text with the step lists stripped out; what remains is accurate and keeps the infection signs + call right away",
     "HARD: the copy lost every list ('these are the basic steps you'll follow:' and 'Dr. Stone says:' lead to nothing), so it is barely usable for wound care (accuracy 1); label true because nothing shown is wrong and the infection signs with 'call your dermatologist's office right away' are intact (warning_signs_present true). sources 1: board-certified dermatologists named without the source.",
     "qbiopsy", "a scraped copy on a throwaway host, to test copies", False, "", True, True),
]
