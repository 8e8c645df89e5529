"""Blind labels for rel30 (round 30). One tuple per page:
(id, genre, reliable, scores 'abcdefgh' in the order accuracy_balance, claims, care_prompt, sources,
 authorship_review, date, risks_uncertainty, advertising, partial, doc_type, source_leaning, why, note,
 query key, picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present).
Labelled from the stored excerpt only; no page text here beyond short quoted phrases."""

W, N = 'web page', 'news'
R, U = 'reliable-leaning', 'unreliable-leaning'

Q = {
    'liver': 'liver cancer early signs should I be worried pain under ribs',
    'soursop': 'graviola soursop cures cancer better than chemo',
    'lymphoma': 'swollen lymph nodes night sweats could it be lymphoma symptoms',
    'enema': 'coffee enema cancer detox liver how to do it at home',
    'starve': 'starve cancer cells diet cut sugar cancer feeds on sugar',
}

ROWS = [
# ---- batch 1: liver cancer signs, graviola/soursop, lymphoma, coffee enemas, sugar-starving diet
('r30-001', W, True, '22010212', True, 'tabloid-style rewrite of liver cancer symptoms on a news/aggregator site', U,
 "Attributed, broadly correct UK figures and symptoms (pain or fullness under the ribs, shoulder pain, early fullness) citing the American Cancer Society and Guts UK; nothing misleading in what is shown.",
 "HARD: the excerpt stops mid-list before any action ('early detection means a better chance' is the only pointer), so care 0 and warning_signs_present false; labelled on the accurate text shown (as r29-030, cut before any care prompt). accuracy 1: garbled 'It can reach all the way to the nipple on the left side'. date 2: dated 2022-01-10. risks_uncertainty 1: no intervention discussed.",
 'liver', 'UK-style liver cancer symptom roundup on a news aggregator; first result', False, '', True, False),
('r30-002', W, True, '22210112', True, 'lifestyle-magazine health article on a liver cancer symptom', U,
 "Quotes the American Cancer Society on fullness under the ribs, notes other common causes (gallstones, kidney problems, cirrhosis) and tells readers who feel it to see their doctor.",
 "warning_signs_present true: fullness/pain under the ribs + 'see your doctor' / 'discuss your symptoms with your doctor'. The clickbait headline is matched by a balanced body. risks_uncertainty 1: no intervention discussed.",
 'liver', 'lifestyle-magazine symptom article with a clickbait headline; same query', False, '', True, True),
('r30-003', W, False, '12000012', True, 'slideshow listicle page on liver cancer symptoms', U,
 "One slide of a symptom listicle that says 'Most probably you will experience some pain in your right shoulder plate' (referred shoulder pain is an occasional symptom, not the likely one) and ties no sign to seeing anyone.",
 "HARD: most of the slide is accurate (pain in the right upper abdomen usually appears late); label for the overstated shoulder-pain claim plus no action on a cancer question (as r21-030 / r29-023). risks_uncertainty 1: no intervention discussed.",
 'liver', 'multi-page listicle on liver cancer symptoms; same query', False, '', True, False),
('r30-004', W, False, '00010002', True, 'natural-remedy site article on soursop as an anti-cancer fruit', U,
 "Sets soursop against chemotherapy and radiation ('do not just harm the cancerous cells, but the good ones too'), calls acetogenins 'compounds with amazing chemotherapeutic power' and repeats '200 times more effective than chemo' from a cell study.",
 "unsafe_advice false: the superiority figure is attributed to a 1997 study and there is no cure or safety word in the page's own voice in the excerpt (title wording comes from the URL slug). risks 0: no harm of soursop (neurotoxicity) and no limit of cell studies. date 0: date in the URL only.",
 'soursop', 'natural-remedy site with a Big-Pharma-hiding-it slug; expected careless', False, '', True, False),
('r30-005', W, False, '00010012', True, 'online news-site feature on soursop after failed chemotherapy', U,
 "Headline and lead say people 'could try it when chemotherapy fails' and state as fact that 'graviola does not harm the healthy cells'; the CRUK caution and mice-only caveat are there but do not undo the recommendation.",
 "HARD: it reports that experts warn against soursop and that the tumour results were in mice (risks 1: evidence limits, no harms such as neurotoxicity); label for the headline recommendation and the misattributed 'Cancer Research UK has carried out studies'. unsafe_advice true on the unqualified safety claim in the page's own voice (as r25-013 'leaving normal cells intact'). Classed as a web page: a remedy feature, not a report of a new study.",
 'soursop', 'news-site feature titled as a recommendation; same query', True, 'graviola does not harm the healthy cells', True, False),
('r30-006', W, True, '22010012', True, 'student essay on soursop and cancer claims on an essay-sharing site', U,
 "Quotes Cancer Research UK that graviola kills some cancer cells in the lab but is untested in humans, and calls the '10,000 times more effective than chemotherapy' claim unfounded.",
 "HARD: an essay-sharing site and a wistful 'the answer indeed lies within our natural environments'; judged on its accurate, cautious content. warning_signs_warranted false: an explainer with no self-care advice (the r21-007 / r27-007 exception). risks 1: evidence limits stated, no harms. sources 1: CRUK quoted, a 2008 study mentioned.",
 'soursop', 'essay-site text on soursop claims; same query', False, '', False, False),
('r30-007', W, True, '22112012', True, 'consumer health site article on lymphoma symptoms with expert panel', U,
 "Lists the classic lymphoma signs (painless swollen nodes, night sweats, fatigue, itch, low fever), says symptoms can be subtle and tells readers to make an appointment with a doctor 'just to be safe'.",
 "warning_signs_present false (borderline): 'If the symptoms below sound familiar, make an appointment' covers the whole list, which is cut before it is shown, a generic prompt as r28-014. authorship 1: named health writer and an oncologist panel, review not stated. risks_uncertainty 1: no intervention discussed.",
 'lymphoma', 'consumer health site page with an expert panel; same query', False, '', True, False),
('r30-008', W, False, '00000002', True, 'personal cancer blog post on coffee enemas', U,
 "A patient's post recommending coffee enemas to 'cleanse' the liver during chemotherapy, with 'I have found they work for me', a WWI origin story and unsupported toxin-flushing mechanisms; no risks at all.",
 "unsafe_advice false: personal experience and mechanism, no cure or safety word in the excerpt; 'no critics that I've read have actually tried them' dismisses the evidence but does not tell readers to avoid their doctors. risks 0: no mention of burns, electrolyte loss or infection. date 0: date in the URL only.",
 'enema', 'personal blog of someone with cancer (health blog post); same query', False, '', True, False),
('r30-009', W, False, '00010102', True, 'pharmacist wellness blog article on coffee enemas', U,
 "Claims coffee enemas remove toxins and free radicals, lists benefits from mood to flushing 'heavy metals, parasites, and candida' and 'May help combat cancer', and says Gerson 'does provide substantial evidence'.",
 "risks 1: names dehydration, colitis, burns and infection, but blames them on misuse or 'poor quality coffee'. unsafe_advice false: benefit list and 'may help' without a cure or safety guarantee. sources 1: Gerson quoted.",
 'enema', 'wellness blogger page on coffee enemas; same query', False, '', True, False),
('r30-010', W, False, '00000002', False, 'short nutrition-blog post on sugar and cancer', U,
 "States that going without sugar slows cancer, that rising sugar intake 'explains the rise in cancer cases' and that normal cells but not cancer cells can switch to ketones; no evidence and no advice to discuss diet with the care team.",
 "unsafe_advice false: 'could lead to prevention or slowing down' is hedged and the other statements are efficacy/mechanism claims without a cure word. warning_signs warranted: diet advice aimed at 'people fighting the disease'.",
 'starve', 'nutrition blog on the sugar-feeds-cancer idea; expected careless', False, '', True, False),
]
