"""rel66 labels: one blind labeller (careful medical editor), batch by batch; no page text here.

Row: (id, genre, reliable, scores "aa cl cp so au da ri ad" as 8 digits, partial, doc_type,
source_leaning, why, note, query key, picked_because, unsafe_advice, unsafe_quote,
warning_signs_warranted, warning_signs_present).
"""

W, N = "web page", "news"
RL, UL = "reliable-leaning", "unreliable-leaning"

Q = {
    "melasma": "natural remedies for melasma dark patches on face",
    "stretch": "how to get rid of stretch marks naturally oils",
    "underarm": "home remedies for dark underarms lighten",
    "pregcon": "constipation during pregnancy what can I take safely",
    "flea": "flea bites on humans treatment itching",
    "ftc": "FTC action against companies deceptive health claims supplements",
}

ROWS = [
    # batch 1
    ("r66-001", W, True, "12000012", True, "remedy explainer on a pharmacy-spam style domain", UL,
     "Melasma page that puts daily broad-spectrum sunscreen first, names hydroquinone as 'not for long-term use', warns that mixing actives can irritate and make melasma worse, and says natural options have 'limited science'; no prompt to see a dermatologist and it overstates that melasma 'won't just fade on its own'.",
     "HARD: unknown, spam-looking host but balanced, careful text; judged on the text. No care prompt.",
     "melasma", "melasma remedy page on an unknown host (careless-looking source)", False, "", True, False),
    ("r66-002", W, False, "00010012", True, "personal/lifestyle blog remedy list", UL,
     "Stretch-mark blog: says marks 'usually go away with time' and prevention 'is a matter of staying hydrated', recommends essential oils, fresh aloe and lemon juice bleaching with the promise you'll 'observe your stretch marks start to lighten'; one useful caution (no frankincense in pregnancy); no care prompt.",
     "Frankincense-in-pregnancy caution gives risks 1; promises are hedged ('typically', 'might help') so not unsafe_advice.",
     "stretch", "natural stretch-mark remedies blog (careless)", False, "", True, False),
    ("r66-003", W, False, "00000002", False, "lifestyle remedy article on a TV-news site", RL,
     "Calls dark underarms 'common, normal, and harmless' and says they don't indicate 'anything unsafe' (never mentions acanthosis nigricans / insulin resistance), then claims saffron-sandalwood, lemon-papaya-honey and gram-flour pastes 'lighten dark underarms'; no sources, risks or care prompt.",
     "HARD: reputable host but the text is an unsourced Ayurvedic remedy list with a blanket all-clear. The all-clear concerns the condition, not a remedy, so unsafe_advice is false (noted).",
     "underarm", "Ayurvedic dark-underarm remedies on a news site (careless)", False, "", True, False),
    ("r66-004", W, False, "11100002", True, "content-farm explainer (netlify page)", UL,
     "Generic pregnancy-constipation page: fibre, fluids and exercise are fine, but it lists 'an oral laxative' and stool softeners with no word on which are suitable in pregnancy (only 'read the label'), suggests dandelion root and slippery elm teas, and promises lemon-honey water stimulates digestion; asks to check with a doctor only for herbs; no signs needing care.",
     "HARD: mostly harmless, but no distinction between laxative types in pregnancy and herbal suggestions; care prompt limited to herbs (1).",
     "pregcon", "content-farm page on what's safe for constipation in pregnancy (careless)", False, "", True, False),
    ("r66-005", W, True, "22200111", False, "laxative brand's information page", UL,
     "Short, accurate explanation (progesterone slows the bowel) that tells pregnant readers to talk to a doctor or pharmacist before any medicine because 'Medicines can affect your unborn baby'; brand site, no product push in the text; no warning signs.",
     "HARD: seller's site (senna brand), but the text is accurate and sends the reader to a professional; advertising 1 for the brand context.",
     "pregcon", "laxative maker's pregnancy page (seller)", False, "", True, False),
    ("r66-006", W, True, "22200022", True, "parenting-magazine Q&A", RL,
     "Lifestyle first, then fibre-based laxatives with the doctor's approval; warns to avoid stimulant laxatives 'like castor oil' because they can trigger contractions, and not to stop iron without asking the doctor.",
     "'These remedies are safe for pregnant women' is qualified in the same paragraph ('without your doctor's approval'), so not unsafe_advice. No red-flag signs.",
     "pregcon", "parenting magazine's pregnancy constipation Q&A (reliable)", False, "", True, False),
    ("r66-007", W, True, "21200012", True, "content-farm explainer (pages.dev)", UL,
     "Pregnancy constipation page that stresses consulting the healthcare provider before any medicine 'even those considered safe', then fibre, water and exercise; accurate as far as it goes; no signs needing care.",
     "HARD: anonymous content-farm host but careful, accurate text; 'Safe options' headline gives claims 1.",
     "pregcon", "second content-farm pregnancy page (likely careless, kept for contrast)", False, "", True, False),
    ("r66-008", W, False, "11000002", True, "personal blog on a pest site", UL,
     "Chatty, error-strewn flea-bite post (flea 'is a blood sucking leech'); ice, don't scratch, antiseptic soap, oral antihistamine 'if you have got any allergic reaction', and calamine as 'a cleanser' that 'will clean the skin instantly'; no care prompt or signs of infection.",
     "Advice mostly harmless but muddled and inaccurate; allergic reaction handled with antihistamine only, no when-to-seek-help.",
     "flea", "pest blog's flea-bite treatment post (careless)", False, "", True, False),
    ("r66-009", W, True, "22000022", True, "content-farm Q&A explainer", UL,
     "Flea-bite care: keep clean, ice 15-20 minutes, hydrocortisone or calamine, and cautions that some antihistamines 'are not safe for children' and calamine only after cleaning an open wound; the excerpt stops before any when-to-see-a-doctor part.",
     "HARD: content farm, but accurate with risk cautions; no care prompt in the stored text.",
     "flea", "Q&A content site on treating flea bites (uncertain)", False, "", True, False),
    ("r66-010", W, True, "22200012", True, "pest-control site Q&A", UL,
     "Flea-bite care (wash, antiseptic, antihistamine, cold compress) plus environmental control, and a list of when 'Medical intervention becomes necessary': pus, increasing warmth, expanding redness, fever, severe allergic reaction.",
     "Warning signs present (signs of infection/allergy tied to medical care).",
     "flea", "pest-control company's flea-bite answer (seller site)", False, "", True, True),
]
