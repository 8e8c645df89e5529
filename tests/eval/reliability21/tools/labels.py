"""Round 21 (rel21) label records, written batch by batch right after each batch of 10 pages was stored.

ROWS: (id, genre, reliable, scores 'ABCDEFGH' in the order accuracy_balance, claims, care_prompt, sources,
authorship_review, date, risks_uncertainty, advertising, partial, doc_type, source_leaning, why, note,
query key, picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present).
No page text here beyond short quoted phrases.
"""
W, N = 'web page', 'news'
RL, UL = 'reliable-leaning', 'unreliable-leaning'
Q = {
    'kidney': 'kidney stone pain what to do at home',
    'shingles': 'shingles natural remedies at home',
    'lump': 'found a lump in my breast what should I do',
    'altcancer': 'alternative cancer treatment cure without chemotherapy',
    'statin': 'statins study news muscle pain trial results',
    'alzblood': "new blood test for Alzheimer's disease news",
}
ROWS = [
# ---- batch 1 (r21-001..010)
('r21-001', W, False, '00100002', True, 'personal-story kidney stone self-care guide on a food blog', UL,
 "Presents a lemon-juice-and-olive-oil drink as the 'game-changer' for passing a stone, claiming citrate 'can help break down calcium stones' and olive oil 'acts as a gentle lubricant for the urinary tract' (no such effect).",
 "HARD: 'This isn't a magic cure' hedges, and the ER guidance is promised ('know exactly when it's time to ... head to the emergency room') but not reached in the excerpt, so warning_signs_present false on what is shown; care 1 for that promise. unsafe_advice false: efficacy/mechanism claim, not a cure or safety guarantee.",
 'kidney', 'blogger home-remedy plan for kidney stone pain; first result', False, '', True, False),
('r21-002', W, True, '22210012', True, 'how-to article (wikiHow, Kiwix offline mirror)', UL,
 'Puts evaluation by a provider first, lists kidney stone symptoms and gives concrete emergency signs (pain so bad you cannot stay still, nausea and vomiting with pain).',
 "risks 1: pain relievers mentioned without side effects in the excerpt. sources 1: numbered references shown but not listed. Mirror of a how-to site (date in the mirror path is the dump date, not the page's).",
 'kidney', 'how-to site page on coping with kidney stones; same query as r21-001', False, '', True, True),
('r21-003', W, True, '21200012', True, 'content-site kidney stone pain relief article', UL,
 "Sends readers to the ER for uncontrolled vomiting, high fever or inability to pass urine, then gives heat and bath tips with honest hedges ('not going to dissolve the stone', 'science ... debated').",
 "HARD: unrelated-domain content site with a 'scorching hot shower' tip (no burn caution) and 'game-changer' wording (claims 1); label from the accurate, well-prioritised text. risks 1: evidence limits stated, no harms of heat or painkillers.",
 'kidney', 'content-site pain-relief article with blunt ER advice; same query', False, '', True, True),
('r21-004', W, True, '22200012', False, 'charity FAQ answer (breast cancer in young women)', RL,
 "Short, correct answer: see a doctor without delay for any lump; most are benign but don't let fear delay the visit.",
 'risks_uncertainty 1: no intervention discussed. Very short page; appears complete (ends at a section link).',
 'lump', 'cancer charity FAQ for a reader who has found a breast lump', False, '', True, True),
('r21-005', W, True, '22211012', True, 'health-system blog Q&A with a breast surgeon', RL,
 'Balanced reassurance (most lumps benign) with concrete signs to act on: bloody or spontaneous nipple discharge checked promptly, dimpling/retraction/orange-peel skin call the doctor, new lumps after menopause evaluated soon.',
 'risks_uncertainty 1: no intervention discussed (tests named only). sources/authorship 1: named breast surgeon as the expert. The tender-lump reassurance is tempered by "get checked".',
 'lump', 'hospital-system blog answering the same worried question; same query as r21-004', False, '', True, True),
('r21-006', W, False, '00001201', True, "cancer survivor's blog post by an author selling a healing book", UL,
 "Ovarian cancer survivor recounts declining recommended chemotherapy for a 'metabolic approach' that 'saved me ... and resulted in remission', and says oncologists are 'not well versed' in it.",
 "HARD: a personal story, and the oncologist's 35% recurrence figure is reported, but the post frames skipping standard chemotherapy as the better path. unsafe_advice true: discourages recommended treatment via an unqualified success claim. advertising 1: author's book in the byline. date 2: dated November 27, 2023.",
 'altcancer', "survivor's 'cancer without chemotherapy' story for the alternative-cancer-treatment topic", True,
 'This metabolic approach saved me from the toxicity of chemotherapy and resulted in remission', True, False),
('r21-007', W, True, '22100022', True, 'cancer charity information page on alternative therapies', RL,
 "States plainly that no alternative therapy has been proven to cure cancer or slow it, that some are harmful and that false claims have led people to refuse effective treatment; explains why such claims sound convincing.",
 "HARD: warning_signs judged not warranted (explainer about therapy choices, no self-care advice; as r19-035). care 1: doctors mentioned, no explicit prompt to discuss with the team in the excerpt.",
 'altcancer', 'cancer charity page on the same alternative-cancer topic as r21-006', False, '', False, False),
('r21-008', W, True, '21101012', True, 'home-remedies article re-hosted on an unrelated domain', UL,
 "Accurate overview of shingles that says antivirals are 'very effective' and offers cold compresses (with a caution against ice) only to ease discomfort.",
 "HARD: re-hosted content with 'possibly speed up the healing process' (claims 1) and no prompt to see a doctor early for antivirals or urgently for rash near the eye (care 1, warning_signs_present false); label from the accurate, modest excerpt. sources 1: CDC figure attributed. risks 1: ice caution only.",
 'shingles', 'home-remedy list for shingles on a re-hosting domain (other results were already used)', False, '', True, False),
('r21-009', N, True, '22021022', True, 'medical-journal news brief on a statin trial', RL,
 'Reports the StatinWISE n-of-1 trial with numbers, keeps the established rare severe muscle harm, and gives an independent lipidologist who questions the conclusion (43% did not complete, 80 of 200 withdrew).',
 'care_prompt 0: news, no advice to readers. Excerpt stops mid-sentence.',
 'statin', 'news on statin muscle-pain trial with an independent critic', False, '', False, False),
('r21-010', N, False, '10100012', False, 'pharma trade-news brief on a statin meta-analysis', UL,
 "Answers 'is Lipitor or Crestor causing you to have muscle aches?' with a flat 'The answer is no' from one second-hand meta-analysis report, with no numbers and no mention of the rare but established serious muscle harm.",
 "HARD: the finding is broadly in line with later trial evidence and the diabetes risk is mentioned (risks 1); label for the absolute safety framing addressed to patients. unsafe_advice false: the claim is attributed ('according to a new meta-analysis'). sources 1: study and NPR named, senior author quoted.",
 'statin', 'trade-news take on the same statin question with a categorical headline', False, '', False, False),
]
