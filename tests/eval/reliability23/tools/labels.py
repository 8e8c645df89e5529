"""Label records for rel23 (written batch by batch). No page text here: only short quoted phrases.

Row: (id, genre, reliable, scores 'abcdefgh' in the order accuracy_balance, claims, care_prompt,
sources, authorship_review, date, risks_uncertainty, advertising, partial, doc_type,
source_leaning, why, note, query key, picked_because, unsafe_advice, unsafe_quote,
warning_signs_warranted, warning_signs_present)
"""
W, N = 'web page', 'news'
RL, UL = 'reliable-leaning', 'unreliable-leaning'
Q = {
    'heat': 'heat exhaustion what to do at home when to go to hospital',
    'nose': "nosebleed won't stop what should I do",
    'vari': 'get rid of varicose veins naturally without surgery',
    'sinus': 'sinus infection cure naturally without antibiotics',
}
ROWS = [
# ---- batch 1 (web pages: heat exhaustion, nosebleed, varicose veins, sinus infection)
('r23-001', W, True, '22200012', False, 'heat-illness when-to-seek-care section re-hosted on an unrelated (web-tutorial) domain', UL,
 "Tells the reader to stop, rest, cool down and drink, to seek care if not better within an hour, and lists concrete signs needing immediate help (cannot keep fluids down, fever of 103, confusion, loss of consciousness).",
 "risks 1: cooling and fluids only, no harms discussed (little intervention). Unrelated domain, no author or date.",
 'heat', 'when-to-seek-care section on heat exhaustion on a web-tutorial domain; first result', False, '', True, True),
('r23-002', W, True, '12200012', True, 'heat exhaustion self-care article on a self-sufficiency blog', UL,
 "Sensible first steps (get out of the heat, fluids, cool shower, rest) and says heat exhaustion can progress to life-threatening heat stroke, with a prompt to seek medical attention.",
 "HARD: 'seek medical attention if the symptoms don't improve within a few hours' is looser than the usual one-hour threshold and contradicts the earlier 'seek medical attention immediately' (accuracy 1); no heat-stroke signs such as confusion or collapse are given. warning_signs_present true on the not-improving/worsening situation tied to an action (borderline generic). risks 1: no harms of the measures.",
 'heat', 'blog page on treating heat exhaustion at home; same query', False, '', True, True),
('r23-003', W, True, '12210012', False, 'nosebleed advice item on a news-aggregator site (translated, credits Cleveland Health)', UL,
 "Gives concrete reasons to seek help (over 20 minutes, heavy bleeding, loss of consciousness, children under 2, clotting problems) and the standard lean-forward-and-press first aid.",
 "HARD: 'Sit or lie down to lower the blood pressure in your head' (lying down lets blood run into the throat) and an 'adrenaline' nasal spray as a home step are inaccurate (accuracy 1); kept reliable because the warning signs and main first aid are right. sources 1: 'Cleveland Health' named. risks 1: no cautions for the spray.",
 'nose', 'aggregator item on when to worry about nosebleeds; same query', False, '', True, True),
('r23-004', W, True, '12100012', False, 'short first-aid page on a directory site', UL,
 "Correct basic first aid (sit, pinch, lean forward), warns of shock from heavy blood loss and says all uncontrolled nosebleeds need prompt medical attention.",
 "HARD: 'DO NOT attempt to control the blood flow' after suspected head, neck or back injury is given without telling the reader to call emergency services, and no pinching time is given (accuracy 1, care 1); kept reliable because the page is short and its main instruction is right. warning_signs_present true on 'All uncontrolled nosebleeds require prompt medical attention'. risks 1: no intervention harms.",
 'nose', 'old first-aid page on nosebleeds; same query', False, '', True, True),
('r23-005', W, True, '12000012', False, 'nosebleed first-aid steps on a spam page with an unrelated wedding-dress URL', UL,
 "Standard first-aid steps (lean forward, spit out blood, pinch the soft part, keep the head above the heart, ice afterwards), accurately described.",
 "HARD: no sign or situation that needs a doctor (a prolonged bleed, blood thinners, injury) and 'at least five minutes' is shorter than the usual 10-15 (accuracy 1, care 0); kept reliable because nothing shown is harmful. Text on a spam URL; no promotion inside the excerpt (advertising 2). risks 1: none named for the steps.",
 'nose', 'nosebleed first-aid text found on a spam-looking URL; same query', False, '', True, False),
('r23-006', W, False, '01000002', True, 'varicose-vein home-remedy post on a lifestyle blog', UL,
 "Claims 'too much water in your blood' causes varicose veins and that compression socks 'can open up closed valves' and 'restore blood flow to regular functioning'; no prompt to see anyone.",
 "claims 1: 'great solution' and the valve claim are efficacy claims, no cure word. No warning signs (bleeding, ulcer, a hot painful swollen leg). risks 0: nothing on limits or harms of compression.",
 'vari', 'lifestyle-blog varicose-vein remedies; first result', False, '', True, False),
('r23-007', W, False, '10010002', True, 'varicose-vein treatment article on a content site', UL,
 "Lists almonds, pistachios and chestnut essential oil as 'non-invasive treatment options' alongside exercise and compression, and says weightlifting 'can cause varicose veins'.",
 "accuracy 1: causes and risk factors are right. sources 1: HHS and Mayo Clinic named. The title promises 'latest treatment options' but none of the medical treatments appears in the excerpt; no care prompt.",
 'vari', 'content-site page on varicose-vein treatment options; same query', False, '', True, False),
('r23-008', W, False, '00000002', True, 'varicose-vein natural-cure post on Medium', UL,
 "Promises in its headline that readers can cure varicose veins naturally, then offers water 'flushing out toxins' and massage.",
 "unsafe_advice true on the cure headline in the post's own voice (as r19-034). Skin ulceration and heavy bleeding are named as symptoms, no action (warning_signs_present false).",
 'vari', "Medium post titled 'cure them naturally'; same query", True, 'Here’s How You Can Cure Them Naturally', True, False),
('r23-009', W, True, '11100012', True, 'varicose-vein self-care guide on a self-care content site', UL,
 "Modest lifestyle advice (diet, weight, exercise), says there is 'no sure way to prevent' varicose veins, that they can cause ulcers, and to speak with a doctor.",
 "HARD: the title and 'a number of things you can do to get rid of them' overpromise for lifestyle measures (claims 1, accuracy 1); kept reliable because the advice itself is safe and modest. care 1: doctor mentioned for risk reduction only. warning_signs_present false: ulcers named, no action. risks 1: no harms for lifestyle advice.",
 'vari', 'self-care site page on getting rid of varicose veins; same query', False, '', True, False),
('r23-010', W, True, '11100012', True, 'sinus-infection home-remedy article on a general content site', UL,
 "Explains that most sinus infections are viral and clear on their own, names the harms of unneeded antibiotics, and lists steam, saline rinse, fluids and warm compresses.",
 "HARD: 'simple, natural, and effective ways' (claims 1) and no caution on boiling-water steam or on using boiled/sterile water in a neti pot (risks 1: antibiotic side effects named only); the excerpt stops before any when-to-see-a-doctor part (care 1 for 'when the infection is not serious', warning_signs_present false).",
 'sinus', 'content-site page on treating a sinus infection without antibiotics; the other results were already used', False, '', True, False),
]
