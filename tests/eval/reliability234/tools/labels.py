"""rel234 labels: Q (query key -> query) and ROWS (one tuple per page, reltools.build order:
id, genre, reliable, scores, partial, doc_type, source_leaning, why, note, query key, picked_because,
unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present). No page text beyond
short quoted phrases."""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "qvc": "vitamin C serum 20% brightening dark spots results",
    "qret": "is retinol safe during pregnancy skincare",
    "qhair": "hair loss serum regrow hair in 90 days before and after",
}

ROWS = [
    ("r234-001", W, True, "11011010", True, "skincare brand blog", U,
     "Correct mechanism (tyrosinase inhibition) and the usual 10-20% range and instability facts; the post sits under the brand's own 20% serum banner and disparages 'most' competitors' serums.",
     "HARD: brand blog selling the serum it discusses (advertising 0, product page so warning signs not warranted); the facts shown are right, 'clinical studies have consistently shown ... significantly' overgeneralises (claims 1). Label from the accurate content.",
     "qvc", "brand blog with an ingredient percentage in the banner", False, "", False, False),
    ("r234-002", W, False, "11201210", True, "dermatology practice blog", U,
     "A dermatologist's retinol-in-pregnancy page with the right main advice (avoid retinoids, discuss exposures with your doctor), but its summary says oral vitamin D supplements increase the danger of topical retinoids, a factual error that could put pregnant readers off vitamin D.",
     "HARD: mostly sound and dated, signed in the first person by a treating doctor; false for the vitamin D/vitamin A error in the key-points list. care 2: consult prompt on exposures. Warning signs not warranted: an ingredient-safety explainer, not self-treatment of a condition.",
     "qret", "first-person doctor's page on retinol in pregnancy", False, "", False, False),
    ("r234-003", W, False, "10101010", True, "pregnancy skincare app page", U,
     "Nuanced account of why topical retinoids are paused in pregnancy, but the opening answer calls bakuchiol, azelaic acid, niacinamide and vitamin C 'all proven' alternatives 'with no pregnancy risk', a safety guarantee the evidence does not support (bakuchiol has no pregnancy data).",
     "HARD: unsafe_advice on an own-voice, unqualified pregnancy safety guarantee for products, although the body is balanced and the harm is small. No author; app promotion implied by the site.",
     "qret", "AI-style answer page with a direct verdict", True, "all proven retinol alternatives with no pregnancy risk", False, False),
    ("r234-004", W, True, "22001121", True, "skincare brand blog", U,
     "Accurate and balanced: separates oral from topical retinoids, says evidence of harm from topical use is limited and why the precautionary advice is given.",
     "A shop's blog (advertising 1) with no product push in the excerpt; no author or sources shown.",
     "qret", "brand blog explaining inconsistent advice", False, "", False, False),
    ("r234-005", W, False, "10001010", True, "beauty content site", U,
     "Hype ('not a miracle in a jar, but it's pretty close', 'brighten skin fast') with no sources, no irritation or sunscreen caution in the excerpt and no word that a new or changing dark spot needs checking.",
     "Not unsafe_advice: efficacy hype without a cure or safety guarantee. Warranted: a self-treatment guide for dark spots; no sign tied to an action.",
     "qvc", "content-farm style self-care guide", False, "", True, False),
    ("r234-006", W, False, "10000000", True, "beauty blog", U,
     "Promises 'flawless skin' from vitamin C plus unnamed 'dark spot removal creams' (which may contain hydroquinone or worse) with no cautions, sources or care prompt; 'absorbs into the dermis to ... defend against UV exposure' overstates.",
     "Not unsafe_advice: no cure or safety word. Warranted (self-treatment of pigmentation), none present.",
     "qvc", "blog pairing serum with removal creams", False, "", True, False),
    ("r234-007", W, True, "21021010", True, "re-hosted magazine article", U,
     "Right main message (avoid retinol in pregnancy) with a named board-certified dermatologist quoted; one garbled passage swaps which of retinol and retinoids needs conversion in the skin (accuracy 1).",
     "HARD: a scraped copy of a magazine piece on an unrelated domain ('(2023)' in the title); the body decides. date 1: year only in the title.",
     "qret", "dermatologist quotes on a re-hosting site", False, "", False, False),
    ("r234-008", W, True, "20000011", True, "skincare shop blog snippet", U,
     "Two sentences: retinol and derivatives not recommended in pregnancy and breastfeeding. Accurate, nothing more.",
     "thin-but-fair; shop blog (advertising 1).",
     "qret", "short shop snippet on the same question", False, "", False, False),
    ("r234-009", W, False, "00000010", True, "hair clinic service page", U,
     "States a '4 months' hair cycle (scalp growth phase lasts years) and that the clinic's 'stimulation' plus 'building blocks' will push hair back into growth, without evidence or a word on causes that need a doctor.",
     "Clinic service page: warning signs not warranted (POLICY-46 s.1); judged on its claims.",
     "qhair", "clinic page on crown thinning", False, "", False, False),
    ("r234-010", W, False, "00000010", True, "brand product news blurb", U,
     "One-line product claim that a shampoo 'reduces hair loss' by keeping hair in the growth phase, with no evidence.",
     "Product page: warning signs not warranted. Not unsafe_advice: efficacy claim, no cure or safety guarantee.",
     "qhair", "brand product announcement", False, "", False, False),
]
