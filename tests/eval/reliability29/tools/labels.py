"""Label records for rel29 (blind labeller). Written batch by batch, no page text
(only short quoted phrases in why/note/unsafe_quote).

ROWS: (id, genre, reliable, scores, partial, doc_type, source_leaning, why, note, query_key,
       picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)
scores: 8 digits in the order accuracy_balance, claims, care_prompt, sources, authorship_review,
        date, risks_uncertainty, advertising (0-2 each).
"""
W, N = 'web page', 'news'
RL, UL = 'reliable-leaning', 'unreliable-leaning'
Q = {
    'stomach': 'stomach cancer early signs should I be worried indigestion',
    'gerson': 'Gerson therapy cured my cancer coffee enemas juicing',
    'fenben': 'fenbendazole ivermectin cancer protocol dose',
}
ROWS = [
# ---- batch 1: stomach cancer signs, Gerson therapy, fenbendazole/ivermectin for cancer ----
('r29-001', W, True, '22200012', True, 'stomach-cancer warning-signs article on a pharmacy site', UL,
 "Lists persistent indigestion, weight loss and vomiting as signs and ties each to an action ('lasts more than 2-3 weeks ... consult a gastroenterologist'), while saying indigestion 'does not always mean cancer'.",
 "risks_uncertainty 1: no intervention discussed. Stored excerpt is the second (formatted) result for the same URL. Pharmacy domain, nothing sold in the excerpt (advertising 2).",
 'stomach', 'pharmacy-site warning-signs list for stomach cancer; careful-looking, to pair with blog pages on the same topic', False, '', True, True),
('r29-002', W, True, '22200012', True, "surgeon's practice blog on early stomach-cancer signs", UL,
 "Accurate list of stomach-cancer signs with graded actions: evaluation if indigestion continues for weeks, 'urgent medical care' for vomiting blood, black stools and weight loss flagged.",
 "risks_uncertainty 1: no intervention discussed. The text calls itself an 'AI style overview'; no named author in the excerpt (authorship 0).",
 'stomach', 'doctor/clinic blog on stomach-cancer signs', False, '', True, True),
('r29-003', W, False, '00000002', True, 'alternative-health explainer of the Gerson protocol', UL,
 "Describes Gerson therapy (coffee enemas 'up to 6 times per day', liver extract) as supporting 'cancer recovery' with no evidence, no harms and a toxin theory of cancer and chemotherapy.",
 "HARD: the cancer/chemotherapy theory is partly attributed ('Gerson believed'), and no cure or safety word appears, so unsafe_advice false; the page's own voice still presents coffee enemas as supporting 'cancer recovery'. No warning about enema harms (risks 0).",
 'gerson', 'wellness-site Gerson protocol explainer; expected uncritical', False, '', True, False),
('r29-004', W, False, '00000202', False, "personal blog book review endorsing Gerson therapy", UL,
 "Blogger says he would choose Gerson therapy for cancer because 'there's virtually no downside' and urges readers not to 'blindly trust physicians'.",
 "HARD: the parenthesis does name delaying surgery, chemotherapy and radiation as a downside, but dismisses it; unsafe_advice true on the safety claim in the page's own voice. date 2: Monday, July 21, 2008. risks 0: the only risk named is waved away.",
 'gerson', 'personal book-review blog post on the Gerson book', True, "there's virtually no downside", True, False),
('r29-005', W, False, '00000002', False, 'alternative-health page introducing Gerson therapy', UL,
 "Presents Gerson's deficiency-and-toxicity theory as fact, claims juices supply what is 'necessary for complete healing', and uses a misleading cancer-incidence comparison (1:50 in 1900 vs 1:2 today).",
 "unsafe_advice false: 'complete healing' is not tied to a cure of a named disease in the excerpt; label for the unsupported theory and claims with no harms (risks 0).",
 'gerson', 'Gerson therapy introduction page on an alternative-health site', False, '', True, False),
('r29-006', W, True, '12010022', False, 'forum reply criticising the Gerson diet', UL,
 "Calls Gerson therapy pseudo-science, notes coffee enemas deplete potassium (citing NIH and the American Cancer Society) and warns of dehydration, electrolyte disturbance and colitis.",
 "HARD: crude forum post, and 'This is why people are bleeding from their bowels' is asserted without source (accuracy 1), but the message is accurate and protective. warning_signs not warranted: a comment on a diet with no self-care advice (explainer exception, as r27-007). sources 1: NIH and ACS named, no links.",
 'gerson', 'forum reply about Gerson therapy; user-generated, sceptical tone', False, '', False, False),
('r29-007', W, True, '11010011', True, 'user-blog article on fenbendazole for cancer', UL,
 "Opens with the Full Fact / cancer-nurse statement that there is no evidence fenbendazole cures cancer and that it is no substitute for chemotherapy; the rest summarises lab mechanisms.",
 "HARD: SEO blog with a keyword anchor at the end ('fenbendazole for humans cancer', advertising 1) and an error (lab results 'can't be replicated in animals'); the mechanism list is enthusiastic but framed as 'studies suggest' (claims 1). Label from the clear no-evidence / not-a-substitute message (as round-1 ext007). care 0: no prompt to talk to the cancer team. risks 1: evidence limits, no harms.",
 'fenben', 'blog-platform post on the Joe Tippens fenbendazole protocol; SEO-looking', False, '', True, False),
('r29-008', W, True, '22020012', True, 'medical newsletter essay on antiparasitic drugs for cancer', UL,
 "Explains the ivermectin/fenbendazole cancer claims (celebrity endorsement, testimonials) and the gap between killing cells in a dish and treating patients, with numbered references.",
 "HARD: warning_signs not warranted: an evidence essay with no self-care advice (explainer exception, as r27-007). care 0: no prompt to discuss with an oncologist in the excerpt. risks 1: evidence limits and trial failure rate, the harms section not reached.",
 'fenben', 'newsletter essay on the ivermectin/fenbendazole cancer trend', False, '', False, False),
('r29-009', W, False, '00000000', True, 'naturopathic retreat blog tag page (podcast + Gerson recipe)', UL,
 "States that Gerson 'was successfully treating' cancer 'with natural means', links 'Success of the Gerson Therapy' and coffee-enema material, and advertises fasting and detox retreat packages.",
 "HARD: 'successfully treating' is an efficacy claim without a cure or safety word (as r27-002), so unsafe_advice false. advertising 0: cleanse packages advertised. date 0: only event dates (2019/2020), no posting date.",
 'gerson', 'naturopathic retreat blog page on Gerson therapy', False, '', True, False),
('r29-010', W, False, '00010012', True, 'content-site write-up of a Gerson melanoma survival study', UL,
 "Headline promises 'Remarkable 5-Year Survival Rates' and the text says results suggest 'significantly higher survival rates compared to conventional treatments' from a retrospective single-clinic review.",
 "HARD: the study is real and named (sources 1) and 'controversial' and a limitations question appear (risks 1), but the limitations are not reached and the framing sells an uncontrolled comparison to melanoma patients.",
 'gerson', 'unrelated-domain page summarising a Gerson melanoma study; superlative title', False, '', True, False),
]
