"""rel239 labels: one tuple per page (reltools.build order): id, genre, reliable, scores
(accuracy_balance, claims, care_prompt, sources, authorship_review, date, risks_uncertainty,
advertising), partial, doc_type, source_leaning, why, note, query key, picked_because,
unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present."""

W, N = "web page", "news"
U = "unreliable-leaning"
R = "reliable-leaning"

Q = {
    "qpep": "peppermint oil capsules for IBS how much to take",
    "qginger": "home remedies for period cramps ginger dose",
    "qcohosh": "natural remedies for hot flashes black cohosh how much",
    "qdman": "D-mannose for bladder infection dosage",
    "qmag": "magnesium glycinate for constipation how many mg at night blog",
    "qlop": "pharmacy advice loperamide diarrhoea how many tablets",
    "qepo": "evening primrose oil PMS breast tenderness dosage women's health blog",
    "qbloat": "herbal tea for bloating fennel chamomile cups a day",
}

ROWS = [
    ("r239-001", W, True, "11010002", True, "ginger infusion remedy for menstrual cramps on a content site", U,
     "Modest, mostly accurate: ginger 'may help', the cited trial (1 g powdered ginger for three days, similar to mefenamic acid and ibuprofen) is described fairly; the remedy itself is low-risk.",
     "HARD: thin-but-fair rather than false: 'sometimes fever' listed as a usual companion of period pain is off (accuracy 1) and no care prompt or sign of when cramps need a doctor (severe, new after years, heavy bleeding) is given (care 0, warning_signs_present false); no harms of ginger (risks 0). The 1 g study amount is reported from a study, not an instruction; the infusion itself is a food amount (POLICY-46 s.3). sources 1: the trial is described, not cited.",
     "qginger", "ginger-for-cramps remedy page on a generic content domain", False, "", True, False),
    ("r239-002", W, False, "10100012", True, "ginger tea how-to for menstrual cramps on a health content site", U,
     "Calls ginger tea 'best' 'to treat severe menstrual cramps' and rests it on an invented 'pelvic congestion restricting the blood flow' mechanism; severe cramps get no prompt to be checked.",
     "HARD: 'it is safe to consume ginger tea ... but in the certain limit' is a qualified safety line, so unsafe_advice false; 'take a consultation with your doctor' if you have a medical issue is a consult prompt (care 1), not a sign tied to an action (POLICY-46 s.2). risks 1: heartburn from overdoing it. Ginger slices in tea are a food amount, not a dose.",
     "qginger", "Indian health-content site's ginger-tea recipe for period pain, with a safety tip", False, "", True, False),
    ("r239-003", W, True, "22100021", True, "online pharmacy product page for loperamide 2 mg capsules", U,
     "Standard, label-consistent loperamide information: adult dose with a 24-hour maximum, contraindications (under 12, IBD flare, antibiotic-associated diarrhoea), extra fluids, and chronic diarrhoea to be investigated by the GP.",
     "Product page: warning signs not warranted (POLICY-46 s.1). warning_signs_present true on 'chronic diarrhoea could be a symptom of a more serious condition, which should be investigated by your GP' (a condition tied to an action). The dose is a label dose with the pharmacist check stated. advertising 1: a shop page.",
     "qlop", "UK online pharmacy page for an OTC diarrhoea medicine with dosing", False, "", False, True),
    ("r239-004", W, True, "21200021", True, "pharmacy-brand product page for loperamide diarrhoea capsules", U,
     "Label directions with a daily maximum, no use under 12, a 48-hour limit and advice to see a doctor for fever, severe stomach pain or bloody diarrhoea, or if dehydration is suspected.",
     "Product page: warning signs not warranted (POLICY-46 s.1), present true (fever, severe pain, bloody diarrhoea, dehydration, over two days + doctor or medical attention). claims 1: 'effective symptomatic relief ... within 1 to 3 hours' marketing line; '20 tablets' vs capsules inconsistency. advertising 1: brand product page.",
     "qlop", "Australian pharmacy own-brand loperamide page with label directions", False, "", False, True),
    ("r239-005", W, False, "11000001", True, "supplement-brand blog post on evening primrose oil dosing for PMS breast tenderness", U,
     "Promises 'science-backed answers' and explains a GLA-to-prostaglandin mechanism as settled, without saying that trials of evening primrose oil for PMS and breast pain show small, inconsistent effects.",
     "HARD: the excerpt stops before the dosing and 'honest expectations' it promises; judged on what is shown: confident mechanism, no evidence limits, no harm, no care prompt, on a hormone-supplement seller's blog (advertising 1). Warning signs warranted (a blog on using a supplement for a symptom), none shown.",
     "qepo", "hormone-supplement brand blog promising exact EPO dosing for tender breasts", False, "", True, False),
    ("r239-006", W, True, "11000002", True, "fennel tea for bloating explainer on a generic content site", U,
     "Lists the usual causes of bloating, says identifying the root cause matters and names IBS and lactose intolerance; fennel tea is offered as a low-risk aid.",
     "HARD: 'popular and effective solution' and 'significantly aid digestion' overstate thin evidence (claims 1, accuracy 1); no care prompt or signs of when bloating needs a doctor (persistent bloating, weight loss, bleeding) (care 0); judged thin-but-fair because the advice is harmless and the causes section is sound. risks 0: no harm of fennel named.",
     "qbloat", "fennel-tea-for-bloating page on an unrelated-name domain", False, "", True, False),
    ("r239-007", W, False, "10000002", True, "herbal tea blend for digestion on a herbal remedy blog", U,
     "Frames herbal blends as a 'gentler and often safer approach' than medicine's 'quick fixes' and claims a synergistic effect that 'relieves discomfort' without evidence; no word on when bloating or indigestion needs a doctor.",
     "HARD: 'often safer' is a hedged general safety line (as r94-001), so unsafe_advice false. accuracy 1: herb actions stated as fact (ginger 'enhancing the production of digestive enzymes'). date 0: the date is only in the URL. risks 0: no harms or interactions named (peppermint and reflux).",
     "qbloat", "herbal blog offering a four-herb digestive blend", False, "", True, False),
    ("r239-008", W, True, "22200012", True, "chamomile tea for bloating explainer (repost on a food company's subdomain)", U,
     "Balanced: lists causes, says research on chamomile for bloating is limited, and tells readers to see a doctor if bloating is persistent, severe or comes with pain, weight loss or bowel changes.",
     "warning_signs_present true: persistent or severe bloating, pain, weight loss, bowel-habit change + consult a doctor. Odd host (a pie company's share subdomain), no author or sources (sources 0). risks 1: evidence limits stated, no harms of chamomile (ragweed allergy) in the excerpt.",
     "qbloat", "chamomile-and-bloating page that promises limitations", False, "", True, True),
    ("r239-009", W, True, "11000011", True, "tea shop blog on teas for bloating", U,
     "Suggests peppermint, ginger, chamomile and fennel teas for occasional bloating, which it calls common and usually harmless; nothing shown is wrong enough to mislead.",
     "HARD: thin-but-fair: 'remarkable properties' and 'powerhouse herb' are puffery (claims 1), no care prompt or signs (care 0), no harms (peppermint can worsen reflux; risks 0); the tea amounts are food amounts, not doses. advertising 1: a tea shop's blog.",
     "qbloat", "tea retailer's bloat-relief blog", False, "", True, False),
    ("r239-010", W, False, "00000002", True, "herbal tea for bloating post on a herbal tea blog (Crohn's disease category)", U,
     "Treats prolonged bloating with pain, nausea and vomiting as something herbal tea will fix, with invented mechanisms (peppermint lets 'bile flow freely', ginger 'flushes out salt'); no prompt to see a doctor, on a page filed under Crohn's disease.",
     "HARD: unsafe_advice true on the own-voice guarantee 'will surely help with the symptoms and causes of bloating', unqualified, for symptoms (prolonged pain, vomiting) that need assessment. risks 0: no harms.",
     "qbloat", "herbal-tea blog post on bloating filed under Crohn's disease", True,
     "This is one herbal tea that will surely help with the symptoms and causes of bloating", True, False),
]
