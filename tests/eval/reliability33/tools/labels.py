"""rel33 label records (blind labeller). No page text: only short quoted phrases.

ROWS: (id, genre, reliable, scores 'abcdefgh' = accuracy_balance claims care_prompt sources
authorship_review date risks_uncertainty advertising, partial, doc_type, source_leaning, why, note,
query key, picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)
"""
W, N = 'web page', 'news'
RL, UL = 'reliable-leaning', 'unreliable-leaning'
Q = {
    'flu': 'stomach flu adult how long does it last what to do at home',
    'oes': 'oesophageal cancer early signs trouble swallowing should I worry',
    'bso': 'black seed oil cure cancer natural',
    'app': 'antibiotics instead of surgery for appendicitis study news',
}
ROWS = [
('r33-001', W, True, '22211212', True, 'stomach-flu self-care page re-hosting hospital text on a content site', UL,
 "Sensible home care (fluids with sugar and salt, avoid dairy briefly), says not to use antidiarrhoeals with high fever or bloody diarrhoea or in children, and lists child signs needing immediate help.",
 "risks 1: antidiarrhoeal cautions only. warning_signs_present true: 'Seek medical help immediately if your child has' fever above 102, bloody diarrhoea, dehydration (child signs on an adult-query page). authorship 1: 'Last reviewed by a Cleveland Clinic medical professional' on a re-host. date 2: posted date and review date.",
 'flu', 'content site re-hosting stomach-flu self-care text; same query as r33-002', False, '', True, True),
('r33-002', W, True, '11000012', True, 'stomach-flu explainer on a content site', UL,
 "Accurate outline of duration and symptoms with rest, fluids and oral rehydration for children; thin, with no sign of when to get care.",
 "HARD: dehydration named as the risk for children and the elderly but with no signs and no action (warning_signs_present false, care 0); 'Brat diet is most effective' is unsupported (claims 1, accuracy 1); labelled true because nothing is wrong or harmful. risks 1: no harms, but no risky remedy advised.",
 'flu', 'generic content-site stomach-flu page; same query', False, '', True, False),
('r33-003', W, True, '22100012', True, 'page 2 of a health listicle on oesophageal cancer signs', UL,
 "Accurately describes slowly progressive difficulty swallowing as the commonest sign and urges noticing it early for an earlier diagnosis.",
 "HARD: no explicit 'see a doctor' in this page of the listicle (care 1 for 'resulting in an early diagnosis'; warning_signs_present false); labelled true because nothing misleads or reassures. risks 1: no intervention discussed.",
 'oes', 'listicle page on oesophageal cancer signs; same query', False, '', True, False),
('r33-004', W, True, '22201112', True, "surgeon's clinic blog post on oesophageal cancer symptoms", UL,
 "Accurate list of early signs (dysphagia, persistent heartburn, weight loss) with prompts to seek medical help; heartburn that disrupts sleep or needs frequent medication 'should be evaluated medically'.",
 "warning_signs_present true: heartburn disrupting sleep or needing frequent medication + evaluated medically. date 1: 'Jan 16' without year. authorship 1: named doctor. risks 1: no intervention discussed.",
 'oes', "surgeon's blog post on oesophageal cancer signs; same query", False, '', True, True),
('r33-005', W, False, '11010012', False, 'health-news aggregator item on dysphagia as a cancer sign', UL,
 "Attributes dysphagia as the first sign to Moffitt experts, then reassures that it is 'more often a symptom of much less dangerous conditions' without ever saying to get swallowing problems checked, and adds a loose claim that discomfort after fatty food or alcohol 'may indicate pancreatic pathology'.",
 "HARD: most sentences are attributed and true; label for reassurance with no action on a cancer-symptom question (as r21-023) plus the alarming, nonspecific pancreatic aside. sources 1: cancer centre named. risks 1: no intervention discussed.",
 'oes', 'aggregator item on swallowing trouble and oesophageal cancer; same query', False, '', True, False),
('r33-006', W, False, '00000002', True, 'natural-health content-site article on black seed oil for cancer', UL,
 "Claims black seed oil is 'proven effective against multiple cancer types' with 'virtually no unwanted side-effects' and that the pharmaceutical industry keeps its powers secret, while admitting the evidence is from animals.",
 "HARD: first paragraph concedes 'still limited to animal studies', but the 'proven effective' sentence in the next paragraph is in the page's own voice, so unsafe_advice true (as r31-025 / r31-026). date 0: date in URL only.",
 'bso', 'viral natural-cure article on black seed oil and cancer; first result', True, "even though it’s proven effective against multiple cancer types", True, False),
('r33-007', W, False, '00000002', True, 'lifestyle blog post on black seed oil and cancer', UL,
 "Says black seed oil kills cancer cells, is 'a strong possibility for a cure', protects against cancer 'at a rate of 100%' (in rats) and boosts radiotherapy while reducing its side effects.",
 "HARD: opens with 'There are no set cures for cancer yet' and 'possibility' hedges the cure line, and 'minimal side effects' is attributed to research, so unsafe_advice false; label for rat data presented as a cancer remedy and the radiotherapy claim. date 0: URL only.",
 'bso', 'blog post titled as a black-seed-oil cancer cure; same query', False, '', True, False),
('r33-008', W, False, '00100002', True, 'wellness site blog post on black cumin and cancer', UL,
 "Presents black seed oil as a 'successful treatment method for cancer' from animal work, quotes Gary Null and an uncited 1997 lab claim of tumour success 'without the negative side effects of common chemo-therapy'.",
 "unsafe_advice false: efficacy claims without a cure word in its own voice; the no-side-effects line is attributed to the lab (as r30-004). sources 1: people and a lab named, nothing checkable.",
 'bso', 'wellness-site post on black cumin for cancer; same query', False, '', True, False),
('r33-009', N, True, '11010012', False, 'news-summary item on an appendicitis antibiotics study', UL,
 "Gives the result (two-thirds fine without surgery at a year), limits it to uncomplicated cases, and quotes a doctor doubting that a 20% one-year failure rate is acceptable.",
 "accuracy 1: 'two-thirds ... fine' and '20% recurrence' do not add up as stated. claims 1: 'could be a better alternative' (attributed). sources 1: BBC and 'British researchers', no journal. risks 1: recurrence named, no antibiotic harms.",
 'app', 'short news summary on antibiotics vs appendectomy', False, '', False, False),
('r33-010', N, True, '22000012', False, 'auto-summary news item on the US appendicitis trial', UL,
 "States the trial result with numbers (7 in 10 avoided appendectomy at 90 days), the worse outcome with appendicoliths and that antibiotics suit 'some patients, but not all'.",
 "sources 0: no trial, journal or researchers named ('Source link' only). date 0: URL only. risks 1: appendicolith caveat, no antibiotic harms.",
 'app', 'aggregator summary of an appendicitis antibiotics trial; same query', False, '', False, False),
]
