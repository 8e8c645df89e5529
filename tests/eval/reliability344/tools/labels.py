"""rel344 labels: Q (query key -> query) and ROWS (see tests/eval/reltools.py build for the tuple order).
No page text here (only short quoted phrases)."""

W = "web page"
U = "unreliable-leaning"
R = "reliable-leaning"

Q = {
    "qcbd": "does CBD oil actually work for chronic pain",
    "qmel": "is melatonin safe for kids to sleep every night",
    "qcop": "do copper bracelets help arthritis pain",
    "qacv": "apple cider vinegar for weight loss does it really work",
    "qsil": "colloidal silver for infections is it safe",
    "qtens": "TENS unit for back pain does it work review",
}

ROWS = [
    ("r344-001", W, True, "22011012", True, "content-site repost of a magazine medical editor's Q&A", U,
     "hedged and accurate: CBD 'may' ease pain but good clinical studies are still awaited",
     "thin excerpt; uncertainty stated, no harms or care prompt", "qcbd",
     "a repost answering the reader's question with a medical editor's caution", False, "", True, False),
    ("r344-002", W, False, "10100020", True, "CBD seller's blog post", U,
     "a CBD shop lists autism, psychosis, rage and depression among 'possible benefits' with no evidence; side effects and interactions are fairly given",
     "HARD: balanced side-effect paragraph and a discuss-with-your-doctor line, but the seller's benefit list for serious conditions is unsupported (advertising 0)",
     "qcbd", "seller's own answer to 'does CBD work', for the seller end of the spectrum", False, "", True, False),
    ("r344-003", W, False, "00010012", True, "content-site article", U,
     "opens 'Yes, CBD oil works very well' for chronic pain, resting on a rat gel study and cannabis (not CBD) reviews",
     "efficacy superlative without a cure or safety word, so unsafe_advice false; the body's own 'more studies are needed' contradicts the opening",
     "qcbd", "a flat 'yes it works' answer", False, "", True, False),
    ("r344-004", W, False, "10000111", True, "CBD information site (affiliate-style)", U,
     "says CBD 'can even be given to children' for chronic or short-term pain with no caution, and garbles hemp vs marijuana sources",
     "HARD: unsafe_advice true for the own-voice, unqualified suggestion that CBD is fine for children in pain; 'not a cure-all' hedges efficacy only; date 1 for 'Last Updated: August 2020'",
     "qcbd", "a 'does it really work' guide written to lead to a purchase", True,
     "it has mass appeal and can even be given to children struggling with chronic or short-term pain", True, False),
    ("r344-005", W, False, "11010001", True, "health newsletter article", U,
     "reports the one trial's 1-2 lb loss honestly, then declares 'obviously' that vinegar helps weight loss via starch blocking and gut bacteria; no harms",
     "HARD: the trial figures are fair and the regain is stated, but the speculative conclusion and 'the wonders of apple cider vinegar' frame an unproven remedy as working; no word on teeth or oesophagus",
     "qacv", "a newsletter voice ('I've told you about the wonders') weighing one trial", False, "", True, False),
    ("r344-006", W, True, "12000011", True, "weight-loss program site page", U,
     "short dismissal: no good evidence the apple cider vinegar diet works; slightly overstates ('no science') but steers away from a fad",
     "HARD: thin-but-fair; the 'read on' lead to the site's own programme costs advertising a point", "qacv",
     "a blunt debunking from a diet-programme site", False, "", True, False),
    ("r344-007", W, False, "10010002", True, "web story (slide snippets)", U,
     "'So it is true' that vinegar helps weight loss, from a rat study and one 12-week trial; daily intake instructions with no acidity or tooth-enamel caution",
     "vinegar drunk before meals for weight loss in a measured amount is a dose on POLICY-46's hard-call reading; teaspoons vs tablespoons inconsistent; not unsafe (efficacy, no cure or safety word)",
     "qacv", "a web-story that turns a small trial into 'it is true'", False, "", True, False),
    ("r344-008", W, False, "10100011", True, "gadget blog post", U,
     "calls TENS units 'godsends' for chronic back pain with no word on the mixed evidence; says one cannot get one without a prescription",
     "HARD: device harms small and it routes the reader via a doctor's prescription (care 1), but the efficacy framing is unsupported", "qtens",
     "a gadget blog's enthusiastic take on a pain device", False, "", True, False),
    ("r344-009", W, True, "22100022", True, "machine-translated blog post", U,
     "balanced: TENS evidence for chronic back pain is weak and contested, cites a neurologist and a medical library, lists skin precautions",
     "HARD: garbled translation ('UU He reports'); 'rash or burns ... contact a health professional' is a caution about the device, not a warning sign of the back condition (as r94-037), so warning_signs_present false",
     "qtens", "a 'jury is still out' answer with precautions", False, "", True, False),
    ("r344-010", W, True, "22000012", True, "site article (CBD brand domain, no selling in excerpt)", U,
     "measured introduction: people use CBD for pain but evidence in humans is limited; explains THC vs CBD accurately",
     "the excerpt stops before the dosage and side-effects sections; judged on what is stored", "qcbd",
     "a measured explainer among CBD results", False, "", True, False),
]
