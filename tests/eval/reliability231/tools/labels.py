"""rel231 label records: Q (query key -> query) and ROWS (see tests/eval/reltools.py build for the tuple order:
id, genre, reliable, scores (criteria order), partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "qd3": "vitamin D3 supplement 5000 IU buy online product benefits",
    "qteeth": "baby teething gel shop product description",
    "qhair": "hair growth serum shop clinically proven results",
    "qrecall": "supplement recall FDA contaminated product consumers warned",
}

ROWS = [
    ("r231-001", W, True, "11000002", True, "pharmacy shop product page (vitamin D3 5,000 IU tablets)", U,
     "Accurate background on vitamin D forms, sun exposure and skin pigment; the sales line that a supplement is 'the best way' for most people is overstated, and the 5,000 IU product gets no safety note in the excerpt.",
     "HARD: product page (POLICY-46: warning signs not warranted); thin-but-fair, the excerpt shows no dose instruction or claim beyond 'best way'. advertising 0: shop page. risks 0: a high-dose product with no harms.",
     "qd3", "pharmacy shop product page for a high-dose vitamin D3; first result", False, "", False, False),
    ("r231-002", W, False, "00000000", True, "supplement brand/shop product page (vitamin D3)", U,
     "Sells vitamin D3 with the unsupported claim that 1,000 IU a day 'can also reduce the risk of cancer by up to 60%' (one small trial's figure; large trials found no reduction in cancer incidence).",
     "unsafe_advice false: a prevention-efficacy figure, not a cure, guarantee or safety claim. Product page: warning signs not warranted.",
     "qd3", "brand/shop page with a cancer-risk figure; rank 2", False, "", False, False),
    ("r231-003", W, False, "10000000", True, "supplement shop product page (vitamin D3 5,000 IU)", U,
     "Shop page for a 5,000 IU product that tells readers 'to get enough a higher dosage is preferable' and that people are 'very deficient', with no upper limit, toxicity or testing caution; 'sicker in the winter' is presented as a vitamin D effect.",
     "accuracy 1: the bone and absorption facts are right, the dosing push is not. Product page: warning signs not warranted; no dose instruction with frequency, so no dose issue beyond the push.",
     "qd3", "Australian supplement shop product page; rank 3", False, "", False, False),
    ("r231-004", W, False, "01010000", True, "supplement shop product page (vitamin D3 5,000 IU softgels)", U,
     "Numbered references, but the sales text claims D3 supplements 'improve longevity', improve cognition and mood and 'boost the immune system', and that people lack the 'ideal amount', with no harms or dose limits for a 5,000 IU product.",
     "sources 1: numbered citations, not shown. accuracy 0: trial evidence does not support the longevity and cognition claims in replete adults. Product page: warning signs not warranted.",
     "qd3", "supplement shop page with cited benefit claims; rank 4", False, "", False, False),
    ("r231-005", W, True, "22110021", True, "supplement product rating report (vitamin D3 5,000 IU)", U,
     "States deficiency thresholds and the RDA, says 5,000 IU exceeds the RDA, that long-term use should be guided by blood-level monitoring to avoid toxicity and that it is not for people with sarcoidosis or hypercalcaemia.",
     "'Generally safe for most adults when used as directed, but ... requires monitoring' is qualified in the same sentence (unsafe_advice false). care 1: monitoring named, no explicit doctor prompt. advertising 1: rating app scoring a retail product. Product page: warning signs not warranted.",
     "qd3", "supplement rating report with safety limits; rank 5", False, "", False, False),
    ("r231-006", W, True, "21100010", True, "shop product page (vitamin D3 on an Alzheimer's-prevention site)", U,
     "Three sentences: vitamin D levels are often low and readers in northern US winters might consider supplementing; nothing false, no dose or benefit claim in the excerpt.",
     "HARD: the shop's name implies dementia prevention, but the stored text makes no such claim; thin-but-fair. care 1: none needed for 'might consider'; risks 1: no benefit or harm discussed. Product page: warning signs not warranted.",
     "qd3", "small shop's 'Why buy this?' product blurb; rank 7", False, "", False, False),
    ("r231-007", W, False, "10100000", True, "baby-product information page (teething gels)", U,
     "Recommends teething gel for babies 'prone to sickness and/or diarrhoea' on an invented rationale (swallowed drool), and misstates the choline salicylate concern as an under-4-months issue (UK advice is not for under-16s); lidocaine gel is offered without its own cautions.",
     "HARD: tells parents to ask a pharmacist or GP if worried (care 1, a consult prompt), and Bonjela-type lidocaine gels were licensed for babies, so unsafe_advice false; label for the wrong safety information on a baby medicine. Warning signs warranted (self-treatment of a baby's symptoms; fever or diarrhoea are not teething) and absent.",
     "qteeth", "baby-product site guide to teething gels; rank 2", False, "", True, False),
    ("r231-008", W, False, "10100000", True, "baby-product blog guide (teething gel)", U,
     "Lists benzocaine as a common active ingredient for infant teething gels with no mention that regulators advise against benzocaine for teething (methaemoglobinaemia risk) and claims chamomile eases gum inflammation; the consult-your-paediatrician item is cut off.",
     "HARD: not an explicit safety claim (unsafe_advice false), but omitting the benzocaine warning on a guide to choosing baby gels is the harm. care 1: a 'Consult Your Pediatrician' heading starts. Warning signs warranted, absent.",
     "qteeth", "baby blog guide to choosing teething gels; rank 4", False, "", True, False),
    ("r231-009", W, False, "10010000", True, "beauty blog review of hair growth serums", U,
     "Presents cosmetic hair growth serums as containing minoxidil and borrows its trial evidence ('efficacy rate of around 60%') for the category, and says biotin and peptides 'contribute' to growth without evidence.",
     "HARD: the minoxidil facts are roughly right; label for lending drug evidence to cosmetic serums. sources 1: studies mentioned, not named. Warning signs warranted (a guide to self-treating hair loss; sudden or patchy loss needs a doctor), absent.",
     "qhair", "beauty blog review of hair growth serums; rank 4", False, "", True, False),
    ("r231-010", W, False, "10010000", True, "beauty magazine article on hair growth serums", U,
     "A trichologist's quotes: 'no serum or active ingredient ... is proven to grow hair' (minoxidil does regrow hair in trials) and pseudo-mechanisms ('reawakening of the hair follicle', scalp microbiome), then a list of botanicals (saw palmetto, licorice, ginseng) recommended without evidence.",
     "HARD: low-harm cosmetic topic and a named expert (sources 1); label for the mix of a wrong denial and unsupported ingredient advice. Warning signs warranted (hair thinning self-treatment), absent.",
     "qhair", "magazine piece quoting a trichologist on serums; rank 5", False, "", True, False),
]
