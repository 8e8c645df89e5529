"""rel41 blind labels (one labeller, from the stored excerpt only). No page text here beyond short quotes.

Row: (id, genre, reliable, scores[accuracy_balance, claims, care_prompt, sources, authorship_review,
date, risks_uncertainty, advertising], partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)
"""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "heels": "how to heal cracked heels naturally at home",
    "eyelid": "swollen eyelid causes and home remedies",
    "thinners": "natural alternatives to blood thinners herbs instead of warfarin",
    "eocancer": "essential oils for cancer pain relief",
}

ROWS = [
    ("r41-001", W, False, (1, 0, 0, 0, 0, 0, 0, 2), True, "home-remedy listicle on a news-portal site", U,
     "Lemon water 'is the best product' and coconut oil 'does wonders' for cracked heels, plus melted paraffin wax filled into the cracks; no word on infection, diabetes or when to see anyone.",
     "sources 0: only 'a blog post published in Stylish.In'. risks 0: no caution on the wax or the remedies. unsafe_advice false: superlatives of efficacy, no cure/safety guarantee.",
     "heels", "news-portal home-remedy list for cracked heels", False, "", True, False),
    ("r41-002", W, True, (1, 1, 0, 0, 0, 0, 1, 2), True, "home-remedy listicle on a regional women's magazine site", U,
     "Mostly sensible, low-risk foot care (soak, gentle pumice, moisturise overnight) and it warns against scrubbing too hard; 'Honey is a natural antiseptic that helps heal' overstates.",
     "HARD: infected cracks are mentioned ('can be severe if the cracks become infected') with no action and no advice for people with diabetes, so care 0 and warning_signs_present false; label from the mild, accurate self-care. risks 1: scrubbing caution only.",
     "heels", "regional lifestyle site remedies for cracked heels", False, "", True, False),
    ("r41-003", W, True, (1, 2, 2, 0, 0, 0, 1, 2), True, "symptom explainer on a general tech/lifestyle content site", U,
     "A reasonable list of causes (allergy, blepharitis, conjunctivitis, chalazion, stye, thyroid disease) with advice to see a doctor for the cause, then modest compresses and artificial tears.",
     "accuracy 1: antihistamines listed as a cause of eyelid swelling is doubtful. warning_signs_present false: 'it is important to see a doctor' is a general prompt, not tied to a concrete sign (no vision change, fever or pain moving the eye).",
     "eyelid", "content-site page on swollen eyelid causes", False, "", True, False),
    ("r41-004", W, True, (1, 2, 1, 0, 0, 0, 1, 2), True, "home-remedy tips post on a general blog", U,
     "Reassuring but modest: most causes are not serious, wash the lid with a warm cloth, check make-up; a toddler with swollen eyelids should go to the doctor and swelling beyond a day or two is 'a reason for concern'.",
     "HARD: weak English and an odd line ('allergies are never easy to go away'), no orbital-cellulitis red flags; label from the harmless advice and the child referral. warning_signs_present true on the baby/toddler situation tied to the doctor (as r39-037's child + dentist). care 1: the one-to-two-day line gives no action.",
     "eyelid", "blog tips post on swollen eyelids", False, "", True, True),
    ("r41-005", W, True, (1, 2, 2, 0, 0, 0, 1, 2), True, "condition page on an eye hospital's site", U,
     "Lists the usual causes (stye, blepharitis, conjunctivitis, contact lenses, periorbital infection) and tells readers to contact an eye doctor if blepharitis flares or the pain is intense.",
     "HARD: garbled wording ('the most common type of style infection the tear gland'), and the excerpt stops at the periorbital-cellulitis entry; label from the substance. warning_signs_present true: intense pain + contact an eye doctor.",
     "eyelid", "eye-clinic page on swollen eyelids", False, "", True, True),
    ("r41-006", W, False, (1, 1, 2, 0, 0, 2, 1, 2), True, "personal herbalist blog post", U,
     "Sets out to give 'alternative things you can do to avoid having to take' anticoagulants 'for the rest of your life' and frames warfarin as a rat poison, for readers at risk of stroke.",
     "HARD: it does say not to come off blood thinners without a doctor and warns of interactions (care 2), and the excerpt ends before the alternatives; label for the purpose and the fear framing. unsafe_advice false: no stop/swap instruction, the reverse. date 2: 'Thursday, September 13, 2012'.",
     "thinners", "personal herbalist blog on replacing warfarin", False, "", True, False),
    ("r41-007", W, False, (0, 1, 2, 0, 0, 0, 1, 2), True, "listicle on a general news/review site", U,
     "Offers 'natural alternatives to blood thinners' starting with alcohol as 'a mild blood thinner' for people with clotting problems or atrial fibrillation, with the French-paradox story as support.",
     "HARD: a strong disclaimer (see a cardiologist; natural options 'may only be helpful in addition to treatments'), so care 2 and unsafe_advice false, but the content contradicts the title's promise of alternatives only weakly and recommends alcohol. risks 1: 'too much alcohol' caution cut off. date 0: only in the URL.",
     "thinners", "review-site list of natural blood-thinner alternatives", False, "", True, False),
    ("r41-008", W, True, (1, 1, 2, 0, 0, 0, 2, 2), True, "aromatherapy advice page on an alternative-views site", U,
     "Says anti-cancer effects are unproven and tells patients to get their doctor's permission and use a trained aromatherapist, and that many doctors advise avoiding oils during chemotherapy or radiotherapy.",
     "HARD: 'What has been proven ... essential oils can be helpful' and 'It is now recognized' overstate symptom benefits (claims 1), but the safety framing is sound. warning_signs_present false: no sign tied to an action.",
     "eocancer", "alternative-site page on aromatherapy for cancer", False, "", True, False),
    ("r41-009", W, False, (1, 1, 0, 0, 1, 2, 0, 2), True, "essential-oils blog article", U,
     "Correctly says there is no evidence oils treat cancer, but then claims oils are 'known to have a significant impact' on anxiety and pass into the brain's emotional centre, with no caution on use during treatment.",
     "HARD: honest on cure claims; label for the uncited overstatement and the absence of any safety or care-team advice for people in cancer treatment (care 0, risks 0). authorship 1: named author, no credentials. date 2: 'Last Updated on November 27, 2019'.",
     "eocancer", "essential-oils blog on oils and cancer", False, "", True, False),
    ("r41-010", W, True, (2, 2, 1, 1, 2, 0, 2, 2), True, "professional magazine article for massage therapists", U,
     "Debunks frankincense oil as a cancer cure (boswellic acid is not in the distilled oil), warns against prescribing resin teas and is frank that research on aromatherapy in cancer is thin.",
     "warning_signs_warranted false: written for massage therapists, not for a reader living with the condition (as r21-007). authorship 2: named author with credentials. sources 1: one study flagged, not shown.",
     "eocancer", "trade-magazine piece on oils for clients with cancer", False, "", False, False),
]
