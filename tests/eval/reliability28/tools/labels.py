"""rel28 label records, written batch by batch by one blind labeller (no page text here; only short quoted phrases).

ROWS: (id, genre, reliable, scores, partial, doc_type, source_leaning, why, note, query_key,
       picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)
scores string order: accuracy_balance, claims, care_prompt, sources, authorship_review, date,
risks_uncertainty, advertising (0-2 each).
"""
W, N = 'web page', 'news'
RL, UL = 'reliable-leaning', 'unreliable-leaning'
Q = {
    'skin': 'spot on my skin changing is it skin cancer signs',
    'essiac': 'Essiac tea cancer cure benefits how to take',
    'cervical': 'cervical cancer early warning signs bleeding after sex should I worry',
}
ROWS = [
# ---- batch 1: skin cancer signs, Essiac tea, cervical cancer signs
('r28-001', W, True, '22210012', True, 'skin-cancer signs article on a skin-check service blog', UL,
 "Describes the three main skin cancers and early signs (a spot that won't heal, rough scaly patches, fast growth) and says anything behaving like a wound for more than a month 'deserves a professional look'.",
 "risks 1: no intervention discussed. authorship 1: 'SpotCheck Clinical Staff', a Mohs surgeon speaking, no name. advertising 2: 'Take the quiz!' is only in the site menu; no product in the body.",
 'skin', 'company blog on skin-cancer signs written by a Mohs surgeon; clinic/company blog', False, '', True, True),
('r28-002', W, True, '22200012', True, 'skin-cancer signs listicle (page 2 of a slideshow) on a natural-health content site', UL,
 "Accurate ABCD-style signs (new mole after 21, change in colour/shape/size, bleeding or oozing, ugly-duckling spot) each tied to seeing a dermatologist or a doctor 'right away'.",
 "risks 1: no intervention discussed. Clickbait title in the URL slug ('4 is weird but true'); the body decided it. Page 2 of a paginated article.",
 'skin', 'natural-health content farm listicle on skin-cancer signs; expected careless, judged on text', False, '', True, True),
('r28-003', W, False, '21000012', True, 'short symptom list on a consumer health site', RL,
 "A bare list of skin changes that can be skin cancer, with no advice to have any of them checked and no word on when or whom to see.",
 "HARD: every statement is accurate; label for warning signs with no action at all on a cancer question (as r27-049, r21-030). risks 1: no intervention discussed. The excerpt may continue on the full page.",
 'skin', 'consumer health site symptom list for skin cancer', False, '', True, False),
('r28-004', W, False, '00000002', True, 'herbal-remedy article on an unrelated domain', UL,
 "Calls Essiac 'the most popular alternative medicine treatment for cancer', says it 'does however alleviate the tremendous side effects' and has been 'ascertained as a safe remedy in cancer treatment', and repeats that some cancers 'were cured'.",
 "unsafe_advice true: unqualified safety claim in the page's own voice. The one nod to oncology ('taken as a complement') is not a prompt to consult anyone (care 0).",
 'essiac', 'spam-like domain carrying an Essiac tea article; expected careless', True, 'the herbal tea has been ascertained as a safe remedy in cancer treatment', True, False),
('r28-005', W, False, '00000002', True, 'herbal tea information page', UL,
 "Presents Essiac as 'a herbal cancer treatment', repeats that it 'destroys already-existing cancer cells' and a celebrity doctor's endorsement, and answers negative tests with claims that its herbs 'block the growth of tumors'.",
 "unsafe_advice false: the cancer claims are attributed ('is said to', 'has been quoted') or about single herbs in lab studies, with no cure or safety word in the page's own voice. risks 0: the negative tests are mentioned only to be dismissed; no harms.",
 'essiac', 'tea website on Essiac; expected careless', False, '', True, False),
('r28-006', W, False, '00000002', True, 'natural-remedy article', UL,
 "Tells the Essiac story as 'remarkable success', states in its own voice that in some cases 'the cancer disappeared altogether', and contains a garbled line that the supplements 'might cause high blood pressure, heart attack, stroke'.",
 "unsafe_advice true: cure claim in the page's voice. risks 0: the only harm sentence is garbled boilerplate dropped into the burdock entry, not a usable risk statement.",
 'essiac', 'natural-remedy site on Essiac for cancer; expected careless', True, 'the cancer disappeared altogether when the patient was given essiac herbal tea', True, False),
('r28-007', W, False, '00100012', True, 'survivalist blog post on Essiac tea', UL,
 "Concedes no scientist has proven it works and says to consult a doctor, but speaks of 'all the successful treatments', life prolonged near death, and says it is 'especially beneficial' for newly diagnosed patients who have not had chemotherapy.",
 "HARD: hedged ('No scientist has been able to prove') with a consult-your-doctor line (care 1), but the pitch to newly diagnosed, untreated patients could steer readers to delay treatment. unsafe_advice false: 'does not appear to affect regular therapies' is hedged. risks 1: uncertainty stated, no harms (the tea's laxative rhubarb etc.).",
 'essiac', 'survival/self-reliance blog on Essiac; a blog post', False, '', True, False),
('r28-008', W, False, '12200012', True, 'cervical-cancer signs listicle on a lifestyle blog', UL,
 "Ties each sign to seeing a doctor, but states that pain during sex 'usually indicates the cancer has spread' and that painful urination is 'one of the major signs' of cervical cancer.",
 "HARD: the actions are right (warning_signs_present true: discharge / bleeding after sex + doctor or physician); label for two frightening factual errors on a cancer page and no mention of screening for a symptomless disease it says is often found late. risks 1: no intervention discussed.",
 'cervical', 'Nigerian lifestyle blog listicle on cervical cancer signs; expected careless', False, '', True, True),
('r28-009', W, True, '22200012', True, 'cervical-cancer awareness blog post', UL,
 "Accurate signs (bleeding between periods, after sex or after menopause; unusual discharge; pain during sex), HPV named as the usual cause, and 'Any bleeding outside your normal cycle should be evaluated by a doctor immediately'.",
 "risks 1: no intervention discussed. sources 0: 'According to global health studies' only.",
 'cervical', 'awareness-group blog on a site-builder host; a blog post', False, '', True, True),
('r28-010', W, False, '11010012', True, 'symptom article fragment (page 3) on a health content site', UL,
 "Describes abnormal bleeding as a cervical-cancer sign and calls post-menopausal bleeding 'a strong indicator' of cervical cancer, with no advice to see anyone.",
 "HARD: short and mostly accurate (a reference marker [5] is shown, sources 1); label for signs with no action on a cancer page plus the overstatement (post-menopausal bleeding points more often to other causes, including womb cancer). risks 1: no intervention discussed.",
 'cervical', 'health content farm page on cervical cancer symptoms', False, '', True, False),
]
