"""rel462 labels: Q (query key -> query) and ROWS (one tuple per page; order as reltools.build)."""

W = "web page"
U = "unreliable-leaning"
R = "reliable-leaning"

Q = {
    "q1": "lower back pain self-management tips at home",
    "q2": "fibromyalgia natural remedies that helped me blog",
    "q3": "migraine relief without medication home remedies",
    "q4": "arthritis joint pain supplement relief product",
    "q5": "pain clinic advice chronic back pain when to see a doctor red flags",
    "q6": "living with fibromyalgia my story flare pacing",
    "q7": "CBD cream for arthritis pain does it work",
    "q8": "magnesium riboflavin feverfew migraine prevention supplement dose",
}

ROWS = [
    ("r462-001", W, True, "22112212", True, "spine practice blog on managing low back pain at home", U,
     "Accurate, dated, signed lifestyle advice (lifting, sitting, standing) for low back pain; the excerpt stops before the treatments and the promised 'when to consult a doctor' section.",
     "care 1 for the announced when-to-consult section, which is cut off, so warning_signs_present false (POLICY-46 s.2). risks 1: no intervention with harms discussed yet.",
     "q1", "practice blog of a spine clinic with a named doctor and date; ordinary back-pain self-care page", False, "", True, False),
    ("r462-002", W, True, "11000012", True, "natural-remedy list for fibromyalgia on a general content site", U,
     "Says there is no cure and leads with stress management, CBT, physical therapy, yoga and exercise (the evidence-based measures); massage/acupuncture and gluten-free or anti-inflammatory diet benefits are stated more firmly than the evidence allows.",
     "HARD: own-voice diet claims ('will help with their pain levels') are unsupported but harmless and the core advice matches standard self-management; no care prompt or sign. Thin-but-fair. Not unsafe_advice: efficacy claims, no cure or safety guarantee.",
     "q2", "listicle of natural fibromyalgia remedies on an unsigned content site", False, "", True, False),
    ("r462-003", W, False, "10000012", True, "fibromyalgia explainer opening a natural-remedies page", U,
     "Garbled description that calls fibromyalgia a disease with up to 30 tender spots, lists heavy breathing and a racing heart as its symptoms and states low serotonin as a finding, with no prompt to have such symptoms checked; no sources.",
     "HARD: no remedy is reached in the excerpt, so nothing harmful is advised yet, but palpitations and breathlessness are folded into fibromyalgia with no word that they need assessment (accuracy 1). risks 1: no intervention discussed.",
     "q2", "remedy site's fibromyalgia page; unsigned, remedy-led", False, "", True, False),
    ("r462-004", W, True, "21101122", True, "personal blog post on non-drug migraine prevention and relief", U,
     "Frames itself as not medical advice, warns that many remedies are dubious or harmful and names drug side effects, and lists headache red flags (abrupt or unrelenting headache, weakness, fever, stiff neck, speech trouble) with 'seek medical attention'; sleep advice is standard.",
     "'highly effective' and '6 proven ways' overstate (claims 1); no references in the excerpt. The red-flag list tied to 'seek medical attention' counts as warning_signs_present. date 1: 'updated in 2022' in the title only.",
     "q3", "blogger's evidence-framed migraine tips, first result", False, "", True, True),
    ("r462-005", W, False, "11000002", True, "home-remedy list for migraine on an off-topic content site", U,
     "Offers peppermint and lavender oil, ginger capsules and pastes and cold packs as an 'alternative' to migraine medication 'without the side effects', with no sources, no essential-oil cautions and no word on when a headache needs a doctor.",
     "HARD: each remedy is hedged ('may help') and mostly harmless, but the page positions home remedies as an alternative to medication for a disabling condition with no care prompt or red flags. Not unsafe_advice: 'aim to' hedges the side-effect line; no cure or guarantee.",
     "q3", "generic remedy listicle on an unrelated digital-marketing domain", False, "", True, False),
    ("r462-006", W, True, "22200211", True, "pain clinic blog on warning signs of chronic back pain", U,
     "Separates routine soreness from pain that needs assessment, and ties pain lasting over three months despite home care to a specialist evaluation; dated; accurate about causes.",
     "A persistence sign with an action counts as warning_signs_present (as r41-011). advertising 1: promotes the clinic's interventional procedures. risks 1: no intervention discussed yet.",
     "q5", "pain clinic's own advice page, within the topic's source kinds", False, "", True, True),
    ("r462-007", W, True, "21100012", True, "e-book chapter on back-pain red flags", U,
     "Accurate framing (about 90% of episodes settle within six weeks; under 1% serious pathology; tumours, infection, fracture, cauda equina as the concerns); the excerpt is the introduction and stops before the signs themselves.",
     "HARD: promises the red-flag list but it is cut off, so warning_signs_present false (POLICY-46 s.2) and care 1; 'validated through extensive research' overstates red flags' accuracy (claims 1). Thin-but-fair.",
     "q5", "an online guide chapter on when to see a doctor for back pain", False, "", True, False),
    ("r462-008", W, True, "21212211", True, "UK private clinic blog on back-pain red flags", U,
     "Named author and reviewer, dated, referenced; lists the standard red flags (neurological deficit, bladder or bowel change, saddle numbness, weight loss or fever, cancer history, trauma) as needing urgent attention.",
     "HARD: 'requiring urgent attention' tied to a list of signs is counted as warning_signs_present; the article also promotes prolotherapy as an 'advanced treatment' among 'the most effective ways' though its evidence is weak (claims 1, advertising 1).",
     "q5", "clinic page with author, reviewer and date; contrasts with anonymous remedy pages", False, "", True, True),
    ("r462-009", W, True, "22210011", True, "pain-information site article on back-pain red flags", U,
     "Lists fever, trauma (especially over 50), persistent numbness or tingling and bladder or bowel loss with 'see your doctor as soon as possible', quoting a named orthopaedic surgeon and a chiropractor.",
     "Signs tied to an action: warning_signs_present true. advertising 1: the site steers readers to pain doctors. risks 1: no treatment discussed.",
     "q5", "consumer pain site's when-to-see-a-doctor page", False, "", True, True),
    ("r462-010", W, True, "22200011", True, "osteopath practice blog on back-pain red flags", U,
     "Says most back pain settles within six weeks and gives a full red-flag list (saddle anaesthesia, incontinence, fever, night or worsening pain, age, weight loss, trauma, cancer, steroids) with 'seek immediate medical advice' and GP or emergency department.",
     "Sign list with action: warning_signs_present true. date 0: the date is only in the URL. advertising 1: steers simple back pain to osteopaths rather than doctors.",
     "q5", "UK osteopath's red-flag page", False, "", True, True),
]
