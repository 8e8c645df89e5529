"""rel327 labels: Q (query key -> query) and ROWS (see tests/eval/reltools.py build for the tuple order).

Tuple: id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources, authorship_review,
date, risks_uncertainty, advertising), partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present.
"""

Q = {
    "qlis": "listeria outbreak recall deli meat deaths news",
    "qen": "energy drink caffeine teen heart warning news",
    "qcin": "lead found in cinnamon applesauce pouches children FDA",
    "qhair": "hair relaxer uterine cancer study women warning",
    "qsun": "benzene found in sunscreen spray recall",
    "qasp": "aspartame possibly carcinogenic WHO cancer agency diet soda",
}

N = "news"
W = "web page"
U = "unreliable-leaning"
R = "reliable-leaning"

ROWS = [
    ("r327-001", N, True, "22010212", True, "TV station video blurb on a CDC outbreak investigation", U,
     "Short, accurate report of a CDC listeria investigation linked to deli meats and cheese, with case and death counts and a publication date.",
     "Thin-but-fair: two sentences, no advice for high-risk groups; nothing misleading. risks 1: no intervention discussed.",
     "qlis", "local TV news item on a listeria outbreak; first result", False, "", False, False),
    ("r327-002", N, True, "21010011", True, "radio-station repost of wire copy on a listeria outbreak", U,
     "Reports CDC figures on the deli-meat listeria outbreak (57 cases, 8 deaths), how listeria survives refrigeration and that recalled products should be checked; credits CNN.",
     "HARD: radio-station rewrite with typos and a Stacker clickbait gallery (advertising 1); 'the only way to kill the bacteria' overstates a little (claims 1); dates only relative ('on Wednesday', date 0). The facts match the CDC account, so thin-but-fair.",
     "qlis", "music-radio station site reposting outbreak news", False, "", False, False),
    ("r327-003", N, True, "22010212", True, "newspaper archive news item on a journal review", U,
     "Names the review and journal (Pediatrics in Review) and summarises its conclusions on energy-drink harms in teens without exaggeration.",
     "Thin: the excerpt stops after three paragraphs; no figures. Harms are the topic, not quantified (risks 1).",
     "qen", "local newspaper archive report of a paediatrics review", False, "", False, False),
    ("r327-004", N, True, "21011212", True, "local TV news feature on energy drinks and teens", U,
     "Bylined, dated report citing a Pediatrics review that energy drinks have no health value and are riskier for children with heart problems, ADHD or other conditions.",
     "HARD: led by teen vox pops and a 14-year-old's death from caffeine toxicity (emotive, claims 1), but the framing stays at 'could pose a serious risk' and the review is named.",
     "qen", "TV station feature with named reporters", False, "", False, False),
    ("r327-005", N, True, "22010011", True, "personal-injury law firm blog quoting AP wire copy", U,
     "Quotes the AP account of a Pediatrics review that energy drinks are under-studied and can be dangerous for children, naming palpitations, seizures, strokes and sudden death as reported harms.",
     "HARD: a law firm's marketing site (advertising 1, 'Call button'); the quoted content is accurate and attributed, the date lacks a year (date 0). Thin-but-fair.",
     "qen", "law-firm site reposting energy-drink news (unusual source kind)", False, "", False, False),
    ("r327-006", N, True, "22010111", True, "news-aggregator teaser of a wire story", U,
     "A teaser stating the FDA's finding of cinnamon lead levels over 2,000 times proposed limits in recalled pouches, attributed to the FDA.",
     "HARD: only a teaser ('Read more') as r102-045, but here the headline is an attributed FDA finding and the figures are correct; date 1 (year only).",
     "qcin", "aggregator page listing the applesauce lead story", False, "", False, False),
    ("r327-007", N, True, "22010012", True, "unattributed repost of a network news story on a recall", U,
     "Accurate account of the recalled cinnamon applesauce pouches: brands, case counts, the FDA's measured lead level, how to discard the pouches and that there is no safe lead level.",
     "Unattributed repost on a wellness site (source not named); content is careful and practical. Date relative only.",
     "qcin", "wellness site reposting recall news", False, "", False, False),
    ("r327-008", W, True, "22000011", True, "personal-injury law firm page on hair relaxers and cancer", U,
     "Two hedged sentences: relaxers contain chemicals that 'may act as endocrine disruptors' thought to raise uterine cancer risk; consistent with the research hypothesis.",
     "HARD: a law firm's litigation-marketing page (advertising 1) with no source or date; the wording is hedged and not wrong, so thin-but-fair. warning_signs_warranted false: a risk explainer about a cosmetic product with no symptom or self-treatment (as a product-safety page under POLICY-46 part 1).",
     "qhair", "law-firm page among the relaxer-cancer results (source kind not yet in the set)", False, "", False, False),
    ("r327-009", N, False, "10000002", True, "aggregator repost of a tabloid recall headline", U,
     "Shouting headline ('cancer-causing chemical BENZENE') for a voluntary recall over 'small amounts' of benzene, with no word on the level of risk, what users should do or which regulator is involved.",
     "HARD: the two facts are correct, but a health-news reviewer would fault the alarmist framing with no risk context (claims 0, risks 0). Date relative only.",
     "qsun", "aggregator of a tabloid sunscreen-recall story; first result", False, "", False, False),
    ("r327-010", N, True, "22010012", True, "aggregator repost of wire copy on the IARC aspartame listing", U,
     "Balanced: gives both the IARC 'possible' classification and the separate expert group's view that aspartame is safe in limited quantities.",
     "Thin: one paragraph; the date is only in the URL (date 0).",
     "qasp", "local news aggregator reposting the AP aspartame story", False, "", False, False),
    ("r327-011", N, True, "22010012", True, "aggregator headline-and-summary of a newspaper story", U,
     "A headline plus one sentence that sets the WHO 'possibly linked' finding against the FDA's objection and the second WHO group's view that the sweetener is generally safe.",
     "HARD: a repeated headline on a clickbait-style aggregator; what little is there is balanced. Date in URL only.",
     "qasp", "aggregator item on the aspartame ruling", False, "", False, False),
    ("r327-012", N, True, "22010012", True, "news-aggregator tag page with an explainer teaser", U,
     "Explainer teaser that frames the IARC listing as a 'possible carcinogenic hazard' and introduces the separate JECFA assessment; the question headline is answered cautiously.",
     "Thin teaser cut at '[...]'; no date.",
     "qasp", "aggregator tag page with a 'what the listing means' explainer", False, "", False, False),
]
