"""rel73 blind labels (one labeller, from the stored excerpt text only). Row fields:
id, genre, reliable, scores [accuracy_balance, claims, care_prompt, sources, authorship_review, date,
risks_uncertainty, advertising], partial, doc_type, source_leaning, why, note, query key, picked_because,
unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present."""

Q = {
    "elder": "elderly parent wound not healing slowly what can help",
    "tear": "skin tear on elderly arm how to treat at home",
    "stitch": "how to make scar fade after stitches removed",
    "csec": "c-section scar healing care tips weeks after",
    "tongue": "bit my tongue hard sore how long to heal",
    "cheek": "cut inside my cheek from biting how to heal fast",
}

W, N = "web page", "news"
RL, UL = "reliable-leaning", "unreliable-leaning"

ROWS = [
    ("r73-001", W, True, [2, 2, 2, 0, 0, 0, 1, 2], True, "caregiver guide to wound care for elderly parents", UL,
     "Explains why older skin heals slowly and opens with a concrete ER list (bleeding not stopped by 10 minutes of pressure, red streaking, fever, wounds in people on blood thinners).",
     "risks 1: no intervention discussed yet in the excerpt (supplies list cut off). No author, sources or date in the stored text. Leaning: stand-alone guide site on pages.dev.",
     "elder", "caregiver guide on slow-healing wounds in older adults; second result", False, "", True, True),
    ("r73-002", W, True, [2, 2, 2, 0, 0, 0, 1, 2], True, "hospital wound-clinic department page", RL,
     "Accurate account of slower healing with age, defines a non-healing wound (not healing in 2 weeks, not healed in 6) and lists when to seek care (bleeding through the dressing, increasing pain, signs of infection).",
     "HARD: the layout is fragmentary (bare bullet lists with no headings) and the opening paragraph reads like a copied abstract, but the content is correct and the signs are tied to 'seek medical attention'. risks 1: no intervention discussed beyond 'novel therapies'.",
     "elder", "hospital wound-clinic page on non-healing wounds in the elderly", False, "", True, True),
    ("r73-003", W, False, [1, 1, 0, 0, 0, 0, 0, 0], False, "product-maker article on skin tears", UL,
     "The prevention advice is sound, but the care section is a vehicle for the maker's own gel ('a wound treatment gel, such as ... Wound-Be-Gone') with no sign of when a tear needs a nurse or doctor.",
     "advertising 0: written by the seller ('Article by Wake Pharma USA'). unsafe_advice false: the product is recommended but no cure or safety claim is made.",
     "tear", "wound-gel maker's page on skin tears; first result", False, "", True, False),
    ("r73-004", W, True, [2, 2, 1, 0, 0, 0, 1, 1], True, "home-health agency resource page on skin tears", UL,
     "Correct explanation of why aged skin tears, illustrated by a case where spreading redness around the tear signalled infection and led to a wound-care referral.",
     "HARD: warning_signs_present true because the case ties a concrete sign ('increased margin of redness') to an action (referral to a wound care specialist); a reader may read it as a story, not advice. advertising 1: promotes home-health nursing. risks 1: no treatment discussed in the excerpt.",
     "tear", "home-care agency page on skin tears in older adults", False, "", True, True),
    ("r73-005", W, True, [2, 2, 1, 0, 0, 0, 1, 1], True, "home-care provider guide to skin tears", UL,
     "Accurate definition and risk factors for skin tears and points to the GP or nurse for classification; the treatment part is not reached.",
     "HARD: the excerpt is mostly promotional framing ('we're here to help') and stops before treatment, so there is little to rely on, but nothing is wrong. care 1: GP/nurse mentioned, no signs tied to action, so warning_signs_present false. risks 1: no intervention discussed.",
     "tear", "home-care provider's skin-tear guide", False, "", True, False),
    ("r73-006", W, False, [0, 1, 1, 0, 0, 0, 0, 2], True, "beauty blog on stitch scars", UL,
     "Wrong on wound care ('Moisture is the worst enemy of a stitch', 'Scars from stitches don't heal on their own') and calls lasers 'great' with no downsides, though it says to see a doctor if the scar becomes red and itchy.",
     "warning_signs_present true: red, itchy scar tied to 'consult a doctor right away'. risks 0: vitamin E oil and lasers recommended with no side effects. unsafe_advice false: no cure or safety guarantee.",
     "stitch", "beauty-blog page on treating stitch scars", False, "", True, True),
    ("r73-007", W, True, [2, 2, 0, 0, 0, 2, 1, 1], True, "parenting-platform blog on C-section scar care", UL,
     "Sensible recovery advice (rest, no lifting heavier than the baby, avoid stairs) framed correctly as recovery from major surgery.",
     "HARD: nothing wrong, but the excerpt gives no signs of wound infection or when to call the doctor (care 0, warning_signs_present false); label from accuracy of what is shown. advertising 1: embedded 'Doctor Q&As' promo. risks 1: no intervention discussed.",
     "csec", "parenting-blog post on caring for a C-section scar; first result", False, "", True, False),
    ("r73-008", W, True, [2, 2, 1, 0, 0, 1, 1, 2], True, "postpartum-care company blog on C-section scar healing", UL,
     "Accurate description of closure methods and early care (gentle water or mild soap, no heavy lifting) and names infection signs to watch for.",
     "Infection signs ('heat, swelling, or liquid leaking') are named with 'keep a close eye' but no action, so warning_signs_present false and care 1. date 1: only in the URL. risks 1: no intervention discussed.",
     "csec", "company blog on C-section scar healing", False, "", True, False),
    ("r73-009", W, False, [1, 1, 0, 0, 0, 1, 1, 0], True, "personal blog post on tongue-bite healing", UL,
     "A generic filler post that interrupts its own advice with an unrelated flight-booking advert and, in the excerpt, gives no healing time, care steps or warning signs.",
     "HARD: what is said is mostly harmless, but the promised 'signs of infection' are not shown and the page exists to carry links (advertising 0). date 1: only in the URL. risks 1: no intervention discussed.",
     "tongue", "Blogspot post on how long a bitten tongue takes to heal", False, "", True, False),
    ("r73-010", W, False, [0, 1, 0, 0, 0, 2, 0, 1], False, "toothbrush shop blog on cheek and tongue bites", UL,
     "Muddled advice: calls bleeding 'a bad sign', says an ice pack can stay on for up to an hour, suggests a tablespoon of salt per rinse and pushes an unnamed 'cheek bite gel', with no sign of when to see a dentist or doctor.",
     "advertising 1: shop blog, product category pushed but not its own brand. risks 0: gel and rinses with no cautions.",
     "cheek", "shop blog on healing cheek and tongue bites", False, "", True, False),
]
