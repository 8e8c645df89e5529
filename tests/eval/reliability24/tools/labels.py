"""Blind labels for rel24 (one labeller, careful medical editor). Written batch by batch.
Row: (id, genre, reliable, scores 'ab cl cp so au da ri ad' as 8 digits, partial, doc_type, source_leaning,
why, note, query key, picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present).
No page text here: only short quoted phrases."""
W, N = 'web page', 'news'
RL, UL = 'reliable-leaning', 'unreliable-leaning'
Q = {
    'vertigo': 'dizzy spells vertigo when room spinning what should I do',
    'hayfever': 'natural remedies for hay fever that really work',
    'beesting': 'bee sting swelling home treatment when is it an allergic reaction',
}
ROWS = [
# ---- batch 1 (web: vertigo, hay fever, bee stings)
('r24-001', W, True, '22100212', True, 'urgent-care clinic blog post', RL,
 'accurate explanation of dizziness vs vertigo and the balance system; nothing misleading',
 'excerpt stops in the explanatory part before the promised when-to-seek-care and treatment sections (care 1 for the promise only; warning_signs_present false). risks 1: no intervention discussed. date 2: Dec 12, 2025.',
 'vertigo', 'clinic page for a worried reader with spinning spells', False, '', True, False),
('r24-002', W, True, '12200012', True, 'pharmacy-site tag page on dizziness', UL,
 'sensible causes, diary, Epley/Semont via a physical therapist and clear emergency and appointment triggers',
 'the lists of home steps and habits are missing from the excerpt; calling emergency services when dizziness does not settle within a few minutes is over-broad (accuracy 1). warning_signs_present true on chest pain, severe headache or difficulty speaking + call emergency services. risks 1: no harms of the steps named.',
 'vertigo', 'seller tag page with home tips for dizziness', False, '', True, True),
('r24-003', W, True, '12000012', False, 'listicle slide ("strange tricks")', UL,
 'a single harmless tip (sit down, hold something sturdy) with no claim beyond it',
 'HARD: very thin; blames dizziness on the vestibular system alone (accuracy 1) and gives no cause or sign that needs a doctor (care 0, warning_signs_present false); kept reliable because the only advice is safe and nothing is overclaimed (as r23-005). risks 1: no intervention beyond sitting down.',
 'vertigo', 'clickbait gallery slide with a dizziness tip', False, '', True, False),
('r24-004', W, False, '10010102', True, 'news-style remedy roundup on a re-hosting domain', UL,
 "unsupported claims that vitamin C is 'a natural decongestant and antihistamine' and garlic helps hay fever, sold as 'the best natural remedies'",
 'only the Vaseline nasal barrier has some support; no mention of antihistamines, nasal sprays or a pharmacist (care 0). sources 1: NHS named for prevalence only. date 1: 2020/04 in the URL. risks 0. unsafe_advice false: efficacy, not cure or safety, wording.',
 'hayfever', 'remedy roundup on a scraper domain', False, '', True, False),
('r24-005', W, False, '00000002', True, 'home-remedy article', UL,
 "false reassurance ('Hay fever is never severe'), false claims (butterbur essential oil in the bath 'to help get rid of the fever', ginger and honey 'a natural antihistamine') and 'quick and effective relief ... all of its symptoms'",
 'HARD (unsafe_advice): counted because the blanket never-severe reassurance tells a reader with hay fever (which can worsen asthma) that home remedies suffice, i.e. discourages care; no cure word is used. Eucalyptus steam over boiled water without a scald caution (risks 0).',
 'hayfever', 'content-farm remedy list', True, 'Hay fever is never severe and can be easily treated with some home remedies', True, False),
('r24-006', W, False, '00100002', False, 'alternative-remedy community post', UL,
 "megadose vitamin C '3,000 to 10,000 mg daily' without cautions, chia seeds 'act like a decongestant', magnesium '180 mg (three bananas worth)'",
 'allergen avoidance, saline and neti pot are sound, but no sterile/boiled-water caution for the neti pot and no side effects of the megadose (risks 0). care 1: closing line to consult the doctor. sources 0: unnamed \'Research\'. unsafe_advice false: harmful dose advice but no cure/safety wording.',
 'hayfever', 'user-written remedy post on an alternative-remedy site', False, '', True, False),
('r24-007', W, False, '11100012', True, 'consumer-health newsletter article', RL,
 'promotes bee pollen, a weakly supported and itself allergenic product, for allergy sufferers with a self-run build-up schedule, while disparaging antihistamines as expensive with side effects',
 "HARD: hedged ('may inhibit') and cautions are real (allergic reaction, insect allergy, check with your doctor: care 1, risks 1), so unsafe_advice false; label for the endorsement of a self-administered desensitisation-like regimen on lab-level evidence and the slant against cheap effective drugs. warning_signs_present false: reaction symptoms named without an action.",
 'hayfever', 'mainstream-looking newsletter promoting natural allergy remedies', False, '', True, False),
('r24-008', W, True, '22100012', True, 'pharmacy health-library page', UL,
 'accurate sting symptoms and allergic-reaction signs; home treatment for most, emergency treatment for allergy or multiple stings',
 "warning_signs_present true on 'allergic to bee stings or you get stung numerous times' + 'requires emergency treatment' (the anaphylaxis action is cut off). risks 1: home treatment not yet described. care 1.",
 'beesting', 'pharmacy health-library copy for a stung reader', False, '', True, True),
('r24-009', W, True, '12100012', False, 'home-remedy site article', UL,
 'correct local vs allergic symptoms, anaphylaxis called life-threatening needing very prompt treatment; mild remedies only',
 "HARD: 'It has all the above symptoms' misdescribes anaphylaxis (any of them can signal it) and the page never says to call emergency services or use an adrenaline pen (accuracy 1, care 1); kept reliable because the danger is named and nothing advised is harmful. warning_signs_present true on anaphylaxis 'requires very prompt treatment' (borderline, as r23-004). risks 1: no cautions for baking soda/onion.",
 'beesting', 'remedy site that mixes symptoms with onion and aloe', False, '', True, True),
('r24-010', W, True, '12200012', True, 'insect-bite information site', UL,
 'explains anaphylaxis risk, tells allergic people to call an ambulance and others to watch for symptoms and seek help fast; stinger removal',
 "'inject poison for up to 3 minutes' overstates (most venom enters within a minute) and anaphylaxis is equated with any allergic reaction (accuracy 1). warning_signs_present true on 'immediately call an ambulance if they know that they are allergic' and symptoms + medical attention. risks 1.",
 'beesting', 'spam-looking tag page on bee-sting relief', False, '', True, True),
]
