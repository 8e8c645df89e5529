"""Label records for rel22 (blind; written batch by batch right after each batch of 10 pages was stored).

ROWS: (id, genre, reliable, scores, partial, doc_type, source_leaning, why, note, query key,
       picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)
scores string order: accuracy_balance, claims, care_prompt, sources, authorship_review, date,
risks_uncertainty, advertising (0-2 each). No page text here beyond short quoted phrases.
"""
W, N = 'web page', 'news'
RL, UL = 'reliable-leaning', 'unreliable-leaning'

Q = {
    'chest': 'chest pain when to worry what to do at home',
    'strep': 'sore throat home remedies is it strep',
    'strepnat': 'cure strep throat naturally without antibiotics',
    'croup': 'croup in toddler barking cough at night what to do',
}

ROWS = [
# ---- batch 1 ----
('r22-001', W, True, '12200112', True, 'blog post on what to do for chest pain (AI-assistant style text)', UL,
 "Gives correct heart-attack signs with a call-emergency-services instruction and tells readers to follow up even if the pain goes away.",
 "HARD: the aspirin advice sits under 'While waiting for help (if non-emergency)' although it is meant for a suspected heart issue, which should be an emergency call (accuracy 1); kept reliable because the triage is right and allergy/bleeding cautions are given (risks 1). Leftover chatbot phrasing ('Absolutely — here's a more detailed breakdown'). date 1: 2025/04 in the URL.",
 'chest', 'blog answer to chest pain with an aspirin line; first-page result', False, '', True, True),
('r22-002', W, True, '12101012', True, "article on a cardiologist's practice site about causes of chest pain", RL,
 "Accurate overview of musculoskeletal and digestive causes that says chest pain 'should never be ignored'; the excerpt stops before its when-to-worry section.",
 "accuracy 1: reflux is said to cause a burning 'sometimes mistaken for heartburn' (it is heartburn; probably meant heart pain). care 1: seeking attention mentioned, no concrete prompt yet. warning_signs_present false: the promised 'when it becomes a cause for concern' part is not reached in the excerpt. authorship 1: first-person doctor on a named-doctor site, no name in the text. risks 1: OTC pain relief mentioned without harms.",
 'chest', "cardiologist practice page with 'when to worry' in the title", False, '', True, False),
('r22-003', W, True, '22200012', True, 'symptom checker (yes/no triage chart), archived news-site health section', RL,
 "Question-by-question triage that sends radiating pain, pressure, breathlessness, sweating and post-bedrest pain to emergency care and other patterns to a doctor.",
 "risks_uncertainty 1: no intervention discussed (antacids appear only as a triage question). No date or author in the excerpt.",
 'chest', 'old news-site symptom checker for chest pain', False, '', True, True),
('r22-004', W, True, '22210012', True, 'health content site how-to on chest pain at home', UL,
 "Puts the emergency assessment first (new, severe, breathless or arm pain: call 911) and limits home care to reflux, muscle strain and anxiety.",
 "sources 1: CDC figure attributed. risks 1: NSAIDs and antacids suggested with no side effects or cautions in the excerpt. Unknown content site judged on its text.",
 'chest', 'content-site self-care guide for chest pain', False, '', True, True),
('r22-005', W, False, '10200012', True, 'list of kitchen remedies for sore throat on a consumer health site', UL,
 "Good prompt to see a doctor for pus on the tonsils, fever or a lasting sore throat, but claims vinegar kills a bacterial infection and henna-leaf gargles 'heal' a sore throat.",
 "HARD: the care prompt is concrete (warning_signs_present true: persisting, white pus, fever -> seek medical help); label for the unsupported healing claims (henna, vinegar 'kill a bacterial infection', salt water makes the immune system 'more potent'). unsafe_advice true on the unqualified henna healing claim. risks 1: enamel caution for vinegar only.",
 'strep', 'kitchen-remedy list for sore throat', True, 'Gargling with an infusion made of henna leaves heals a sore throat', True, True),
('r22-006', W, True, '22200012', False, 'home-remedy Q&A answer on strep throat', UL,
 "Says medical treatment is usually necessary for strep, offers only comfort measures and tells readers to see a doctor if not better within two days.",
 "warning_signs_present true: no improvement within two days -> visit a doctor (a concrete situation with an action; no mention of getting tested at the start). risks 1: complications named, no harms of remedies. Remedy-site source judged on its text.",
 'strep', 'home-remedy site answer on strep throat', False, '', True, True),
('r22-007', W, False, '00010002', True, 'list article of strep throat home remedies', UL,
 "Titled '28 Strep Throat Home Remedies to Avoid Antibiotics' and says natural remedies clear strep in about the same time, so readers should try them before antibiotics.",
 "unsafe_advice true: an unqualified claim that equates home remedies with antibiotics, used to delay treatment (rheumatic fever, the reason for treating strep, is never mentioned: risks 0). accuracy 0: also calls strep a major part of normal oral flora. sources 1: a numbered reference.",
 'strepnat', "'avoid antibiotics' strep remedy list", True, 'it takes almost the same time to get rid of strep throat symptoms naturally', True, False),
('r22-008', W, False, '00100001', True, "natural-products shop's blog post on curing strep throat", UL,
 "Presents apple cider vinegar as 'a one stop solution' that destroys infection-causing bacteria and garlic as building resistance, with no evidence.",
 "HARD: antibiotics are acknowledged ('doctors prescribe antibiotics'; care 1), so no swap instruction; unsafe_advice false because the claims are efficacy claims (as r19-037), though 'one stop solution' comes close to a cure claim. risks 0: no enamel or throat-burn caution for drinking/gargling vinegar. advertising 1: shop blog.",
 'strepnat', "shop blog titled 'natural remedies for curing strep throat'", False, '', True, False),
('r22-009', W, False, '00000202', True, 'natural-remedy site page on curing strep throat', UL,
 "Frames foods and honey as 'natural cures' for strep throat with no mention of antibiotics, testing or a doctor.",
 "unsafe_advice true on the literal curing claim. accuracy 0: garbled ('epiglottis', pus patches on the tongue) and no treatment facts. date 2: 'Updated on May 7th, 2020'.",
 'strepnat', "site named howtocure.com with 'CURE 1' headings", True, 'Several food products are found quite helpful in curing strep throat.', True, False),
('r22-010', W, True, '22201012', False, "short croup note on a physician's personal site", UL,
 "Brief, sound advice: humidity or cool air at home, the ER for severe retractions, and a doctor's visit on day one for a short steroid course.",
 "risks 1: steroids recommended without side effects. authorship 1: signed by a named MD. Humidity is weakly supported but harmless; not scored down.",
 'croup', "physician's own short page on croup", False, '', True, True),
]
