"""rel34 label records (blind labeller). No page text: only short quoted phrases.

ROWS: (id, genre, reliable, scores 'abcdefgh' = accuracy_balance claims care_prompt sources
authorship_review date risks_uncertainty advertising, partial, doc_type, source_leaning, why, note,
query key, picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)
"""
W, N = 'web page', 'news'
RL, UL = 'reliable-leaning', 'unreliable-leaning'
Q = {
    'ind': 'indigestion after eating what can I do at home when to see a doctor',
    'bowel': 'bowel cancer symptoms in women often missed bloating',
    'chol': 'cholesterol pill new drug study results news',
}
ROWS = [
('r34-001', W, True, '22100012', True, 'indigestion self-care instruction sheet re-hosted on a health content site', UL,
 "Standard dyspepsia self-care (trigger foods, small meals, no eating 2-3 hours before bed) and 'Do not take aspirin, ibuprofen, or other NSAIDs unless your doctor says it is okay'.",
 "care 1: 'as told by your doctor' and 'pay attention to any changes'; the excerpt stops before any sign tied to an action (warning_signs_present false). risks 1: NSAID caution only; diet advice carries little risk.",
 'ind', 'content-site indigestion page with home instructions', False, '', True, False),
('r34-002', W, True, '22110012', True, 'scraped copy of a how-to article on curing indigestion (pages.dev host)', UL,
 "Sensible trigger-diary, eating-habit and bed-raising advice with source markers (PubMed Central, NHS) and 'Discuss your symptoms with a doctor'.",
 "The 'cure' is in the title only; the body is lifestyle advice. care 1: generic discuss-with-a-doctor, no sign (warning_signs_present false). sources 1: reference markers, not checkable here. risks 1: no risky intervention.",
 'ind', 'scraped copy of a how-to cure-indigestion article; same query', False, '', True, False),
('r34-003', W, True, '22000012', True, "doctors-on-call service website article on indigestion", UL,
 "Accurate description of indigestion symptoms and its relation to heartburn and GERD ('more than twice a week').",
 "care 0: 'when should we worry?' is promised in the intro but the excerpt stops in the symptom list (promised-but-not-shown, warning_signs_present false). risks 1: no intervention discussed.",
 'ind', 'medical-service site page on indigestion; same query', False, '', True, False),
('r34-004', W, True, '22010012', True, 'newspaper lifestyle page on five signs of bowel cancer', RL,
 "Lists the red-flag signs (bleeding, change in habit, tummy pain or lump, tiredness, weight loss) and obstruction signs, citing a study on missed red flags and Cancer Research UK's campaign.",
 "HARD: no 'see your GP' in the excerpt (care 0, warning_signs_present false) and it notes most such symptoms are from less serious disease; labelled true as an accurate sign list that tells readers blood in the stool is the most serious sign (as r33-003). sources 1: CRUK and 'a recent study'. risks 1: no intervention discussed.",
 'bowel', 'newspaper listicle on bowel cancer signs', False, '', True, False),
('r34-005', W, True, '22110012', True, 'pharmacy website patient-resources page carrying a health-news text on colon cancer in women', UL,
 "Explains why women may miss colon-cancer signs, lists risk factors and symptoms (bleeding, habit change lasting more than a few days, weight loss, anaemia) with a named cancer surgeon's quotes.",
 "care 1: the surgeon's 'can delay seeking medical attention' implies action; no sign is tied to an explicit action in the excerpt (warning_signs_present false). sources 1: named surgeon and 'a news release'. risks 1: no intervention discussed. 'Risk grows after 50' is dated but not wrong.",
 'bowel', 'pharmacy-site re-post on colon cancer in women; same query', False, '', True, False),
('r34-006', W, False, '12000012', True, 'keyword-stuffed content-site article on bowel cancer symptoms in women', UL,
 "Introduces itself as 'an overview of four stages of lung cancer in women' and uses the garbled keyword phrase 'bowel cancer symptoms women develops'; the sign list that follows is standard but no action is given.",
 "HARD: the symptom list itself is accurate; label for a machine-written page that mislabels its own subject (accuracy 1) and gives no care prompt on a cancer-symptom question, so a reader cannot rely on it (as ext018, spun text). risks 1: no intervention discussed.",
 'bowel', 'content-farm page on bowel cancer in women; same query; rosycheeked and epainassist results were used domains', False, '', True, False),
('r34-007', N, True, '21001012', False, 'local TV station website brief on an RNA-interference cholesterol drug study', UL,
 "Three-sentence brief: a new drug class cut LDL 'by up to 57-percent'; researchers say more studies are needed and it 'could eventually be an alternative' for statin-resistant patients.",
 "HARD: no study, trial phase or harms named and the '20 percent of patients who are resistant' figure is doubtful (claims 1); judged not misleading because the result is a marker, hedged with 'more studies need to be done' (as r33-054). authorship 1: byline. date 0. risks 1: uncertainty only.",
 'chol', 'short TV-station brief on a new cholesterol drug', False, '', False, False),
('r34-008', N, True, '21010012', True, 'aggregator preview (about 15%) of a CNN story on the enlicitide trial', UL,
 "Reports up to 60% LDL reduction at 24 weeks versus placebo on top of statins in high-risk patients and says the results were 'not yet been published in a peer-reviewed journal'.",
 "claims 1: 'offer some hope' and 'up to' without the average; LDL is a marker, not heart attacks. sources 1: 'a news release', AHA meeting. risks 1: not-peer-reviewed stated, no harms. date 0.",
 'chol', 'aggregator preview of a cholesterol-pill story; same query', False, '', False, False),
('r34-009', N, True, '22021212', True, 'small UK news website running the AP story on the enlicitide trial', UL,
 "AP story: 2,900 high-risk patients randomised, LDL down 'as much as 60%' at six months (NEJM), benefit held over a year, no safety difference from placebo, must be taken on an empty stomach, still experimental and unapproved.",
 "sources 2: NEJM and named lead author. risks 1: safety result and one caveat; no independent expert, no cost, and LDL is a marker. authorship 1: AP credit. date 2: dated page.",
 'chol', 'AP cholesterol-pill story on a small news site; same query', False, '', False, False),
('r34-010', N, True, '21000212', True, 'holiday/local-news aggregator rewrite of the enlicitide story', UL,
 "Says the experimental pill cut LDL 'by up to 60% over six months' versus placebo in 2,900 high-risk patients on statins and 'could provide an easier alternative' to injections.",
 "HARD: no journal, researcher, harms or approval status beyond 'experimental' (sources 0, risks 1); judged not misleading because the design and comparison are stated and the claims are hedged ('could'). claims 1: 'up to' figure. date 2: 'Published on Feb. 4, 2026'.",
 'chol', 'aggregator rewrite of a cholesterol-pill story; same query; foxnews result was a used domain; an AP snippet on Nexletol (bempedoic acid, a used rel27 topic) was stored and then replaced by this page before labelling', False, '', False, False),
]
