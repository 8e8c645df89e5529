"""rel424 labels: one blind labeller, from the stored excerpts only (tests/eval/reltools.py build order)."""

W = "web page"
U = "unreliable-leaning"
R = "reliable-leaning"

Q = {
    "qtooth": "toothache at night what can I do until I see the dentist",
    "qgums": "bleeding gums when brushing is it gum disease",
    "qdry": "dry eye home remedies optometrist blog",
    "qtinn": "ringing in my ears tinnitus will it go away audiologist",
    "qingrown": "ingrown toenail home treatment podiatrist advice",
    "qfungus": "toenail fungus natural cure tea tree oil vinegar",
}

# (id, genre, reliable, scores[accuracy, claims, care, sources, authorship, date, risks, advertising],
#  partial, doc_type, source_leaning, why, note, query, picked_because, unsafe_advice, unsafe_quote,
#  warning_signs_warranted, warning_signs_present)
ROWS = [
    ("r424-001", W, True, "22200011", True, "dental practice blog: toothache self-care until the appointment", U,
     "Sensible interim care (cold not heat, OTC medicines as labelled and checked against prescriptions, avoid trigger foods) and a clear push to book the dentist as soon as possible.",
     "Pain radiating through the jaw tied to 'visit a doctor' counts as warning_signs_present. risks 1: medicine interactions named, no specific harms. advertising 1: practice blog.",
     "qtooth", "dental practice's interim toothache tips; third result", False, "", True, True),
    ("r424-002", W, True, "12100011", True, "emergency dental practice page on toothache", U,
     "Standard interim relief (ibuprofen or acetaminophen within the label dose, ice, benzocaine gel, salt-water rinse) and a strong push to call for an appointment.",
     "HARD: it also offers a hot compress (heat can worsen a dental abscess, accuracy 1) and benzocaine with no caution for young children; no sign such as facial swelling or fever is tied to urgent care, so warning_signs_present false. Thin-but-fair. advertising 1: 'call our office'.",
     "qtooth", "emergency dental practice's toothache page; fourth result", False, "", True, False),
    ("r424-003", W, True, "12200011", True, "dental practice blog: stopping a toothache quickly", U,
     "Interim measures are standard and framed as temporary until a real exam, with the emergency room named for unbearable pain or bleeding that cannot be stopped.",
     "HARD: 'taking an NSAID or a narcotic' is casual about opioids (only as already prescribed) and Orajel comes with no child caution (accuracy 1); the ER line counts as warning_signs_present. risks 1: dose limits only. advertising 1: practice blog.",
     "qtooth", "dental practice blog with ER advice; fifth result", False, "", True, True),
    ("r424-004", W, True, "22100011", True, "content-site article on toothache while waiting for a dentist", U,
     "Explains that a toothache often means an abscess that needs a dentist and gives standard interim relief (NSAIDs as labelled, salt water, cold pack with a towel, clove oil).",
     "HARD: 'it's okay to wait a couple of days' is conditioned on pain control, and the 'When to Seek Emergency Care' section is cut off at its first sentence, so warning_signs_present false (promised, not shown) and care 1. Clove oil called 'excellent' (claims 1). Generic unsigned content on an unrelated domain.",
     "qtooth", "content-site toothache article with promised emergency section; eighth result", False, "", True, False),
    ("r424-005", W, True, "22000011", True, "dental practice page on bleeding gums", U,
     "Accurately links bleeding, red or swollen gums to gingivitis and explains progression to periodontitis and tooth loss.",
     "Thin-but-fair: no action or care prompt in the excerpt (care 0, warning_signs_present false). risks 1: no intervention discussed. advertising 1: practice page.",
     "qgums", "dental practice's bleeding-gums page; first result", False, "", True, False),
    ("r424-006", W, True, "22000011", True, "dental practice FAQ on bleeding gums", U,
     "Two accurate sentences linking bleeding after brushing and flossing to gingivitis, the early stage of gum disease.",
     "Thin-but-fair fragment with no action (care 0, warning_signs_present false). risks 1: no intervention discussed.",
     "qgums", "dental practice FAQ answer; fourth result", False, "", True, False),
    ("r424-007", W, True, "22200011", True, "dental clinic blog teaser on bleeding gums", U,
     "Names gum disease and also brushing too hard or a hard brush as causes, and tells readers whose gums bleed regularly to see a dentist.",
     "Regular bleeding tied to seeing a dentist counts as warning_signs_present (persistence plus action, as r41-011). Other causes such as blood thinners are not named. risks 1: no intervention discussed.",
     "qgums", "dental clinic blog index with a bleeding-gums teaser; eighth result", False, "", True, True),
    ("r424-008", W, True, "11100011", True, "optometry practice blog on home remedies for dry eye", U,
     "Describes dry-eye causes and symptoms reasonably and presents home remedies as an addition to the optometrist's treatment.",
     "HARD: MGD is said to decrease tear production (it mainly makes tears evaporate, accuracy 1), and a 'Tea Tree Eye Cleanser' is said to 'effectively alleviate' dry eye with no irritation caution near the eye (claims 1, advertising 1). 'Address them promptly' names no action, so warning_signs_present false; care 1 for the optometrist framing. Thin-but-fair.",
     "qdry", "optometry practice's home-remedies post; third result", False, "", True, False),
    ("r424-009", W, True, "11000011", True, "dry-eye clinic blog listing home remedies", U,
     "Warm compresses with lid massage, humidifier and hydration are standard low-risk dry-eye measures.",
     "HARD: 'Dehydration is a common factor' overstates drinking water as a dry-eye treatment (accuracy 1, claims 1), and the clinic's IPL and RF therapies frame the post (advertising 1); no care prompt or sign such as eye pain or vision change in the excerpt (care 0). Thin-but-fair.",
     "qdry", "dry-eye specialist clinic's remedy list; fourth result", False, "", True, False),
    ("r424-010", W, False, "11000010", True, "hearing-health content site article on whether tinnitus goes away", U,
     "Tells readers tinnitus is in most cases 'not something that is a medical concern' and that 'Simply stopping this medication may reduce the tinnitus', with no word about asking the prescriber.",
     "HARD: the causes are largely right (noise, hearing loss, ototoxic drugs), but the reassurance plus the medication-stopping line without a prescriber make it unsafe to rely on; the rare-cause section is cut off. Not unsafe_advice: 'may reduce' describes rather than tells readers to stop. No sudden hearing loss or one-sided/pulsatile tinnitus warning (care 0). risks 1: ototoxic drugs named.",
     "qtinn", "hearing-health site's tinnitus explainer; first result", False, "", True, False),
]
