"""rel131 labels: Q (query key -> query) and ROWS (one tuple per page; order as reltools.build:
id, genre, reliable, scores (criteria order: accuracy_balance, claims, care_prompt, sources,
authorship_review, date, risks_uncertainty, advertising), partial, doc_type, source_leaning, why,
note, query key, picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted,
warning_signs_present)."""

Q = {
    "qfev": "my child has a fever when should I worry",
    "qfall": "elderly parent keeps falling what to do",
    "qsore": "sore throat remedies for kids when to see doctor strep",
    "qpk": "news study finds common painkiller risk older adults",
    "qvom": "stomach bug vomiting child dehydration signs what to give",
    "qmem": "is it normal to forget things as you get older or dementia early signs",
    "quti": "urinary tract infection symptoms women cranberry does it work",
}

W = "web page"
N = "news"
UL = "unreliable-leaning"
RL = "reliable-leaning"

ROWS = [
    ("r131-001", W, True, "22112212", True, "parenting feature with pediatrician quotes on a caregiving marketplace", UL,
     "Accurate fever framing from two named pediatricians ('look at your child', fever is a defence, digital rectal thermometer per AAP); the excerpt stops before the when-to-call list.",
     "care 1: 'serious infections with just low-grade fevers that needed immediate medical attention' is not tied to a sign the parent can check, so warning_signs_present false. risks 1: Tylenol and cool baths only named.",
     "qfev", "caregiving-site parenting story on child fever; named pediatrician sources", False, "", True, False),
    ("r131-002", W, True, "22100221", True, "home-care franchise blog on repeated falls in older parents", UL,
     "Correct fall risk factors and a sound medication-review message (ask about side effects and interactions, review prescriptions with a doctor); unsourced statistics.",
     "advertising 1: home-care company's own blog, no product pitch in the excerpt. No sign tied to an action (no head injury or after-fall guidance shown), so warning_signs_present false.",
     "qfall", "home-care company guide for a parent who keeps falling", False, "", True, False),
    ("r131-003", W, True, "11000011", True, "SEO-service content page (caregiver guide) on repeated falls", UL,
     "Emotional introduction with correct headline figures (one in four over 65 fall each year; falls the leading injury cause); the advice itself is not reached in the excerpt.",
     "HARD: an SEO-service host and an unsourced 'slash fall risks by up to 40%' (claims 1), and the ambulance/move-them questions are raised but not answered; nothing shown is wrong or harmful, so thin-but-fair true. No intervention described yet (risks 1).",
     "qfall", "content-farm caregiver guide on a marketing subdomain; same query", False, "", True, False),
    ("r131-004", W, True, "22200012", True, "hospital-system patient education sheet (children's throat infections)", UL,
     "Standard, correct care for strep and viral sore throat in children: rapid strep then PCR, full antibiotic course, 24 hours off school, fluids and OTC pain relief per label, clear when-to-call list and an ED sign.",
     "warning_signs_present: trouble swallowing saliva -> Emergency Department right away; fever or throat pain not better in three days, hard to wake, little urine -> call. risks 1: no side effects of antibiotics or pain relievers. No author or date shown.",
     "qsore", "hospital-system patient handout on children's sore and strep throat", False, "", True, True),
    ("r131-005", N, False, "11011211", True, "news slideshow on an acetaminophen safety study in over-65s", UL,
     "Reports an observational study's associations (ulcers, GI bleeding, kidney disease, hypertension) without any size of risk or journal, and escalates them to 'strokes, dementia, or premature death'.",
     "HARD: the observational limitation and the missing OTC data are stated and outside voices are quoted, but the harms are never quantified (relative or absolute), the journal is not named and the escalation line is speculative; a health-news reviewer would mark it down. advertising 1: 'Trending Now' slideshow format.",
     "qpk", "news slideshow on paracetamol risks in older adults; first result", False, "", False, False),
    ("r131-006", N, False, "11010202", True, "short TV-station news brief on an opioid safety study", UL,
     "Two relative risk figures ('205 per cent greater risk of dying' with codeine) with no baseline, no word that the study was observational and no independent comment; the figures look overstated for the reported comparison.",
     "Journal named (sources 1). A 2010 brief; no harms/limits context (risks 0).",
     "qpk", "TV-station news brief on painkiller death risk in older people", False, "", False, False),
    ("r131-007", N, True, "22010022", True, "reposted consumer-health feature on NSAID risks after 50", UL,
     "Accurate, FDA-attributed account of NSAID risks (GI bleeding without warning, raised blood pressure, heart attack and stroke, kidney injury, skin reactions) and who is at higher risk.",
     "Genre news: a feature reposted on a news-aggregator host; the quoted 'Thompson' is not identified in the excerpt (authorship 0). No promotion in the excerpt despite the host's name.",
     "qpk", "explainer on painkiller risks for the over-50s; same query", False, "", False, False),
    ("r131-008", W, True, "22200212", True, "parenting-magazine article on norovirus and rehydrating children", UL,
     "Sound rehydration advice by age (small frequent amounts of breast milk, formula or oral rehydration solution; antibiotics do not help a virus) and when to check in with the pediatrician.",
     "warning_signs_present: baby refusing to drink, significant irritability, high fever or dehydration signs (sunken soft spot, no tears, fewer wet diapers) -> pediatrician. 'Super norovirus' is a touch of hype; no author shown. risks 1: no harms of the fluids (none expected) or limits discussed.",
     "qvom", "parenting-site hydration tips for a child's stomach bug", False, "", True, True),
    ("r131-009", W, True, "22000011", True, "senior home-care franchise blog (normal forgetfulness vs dementia)", UL,
     "Accurate distinction between mild age-related memory slips and dementia (progressive, affects independence, several causes; risk roughly doubles every five years after 65).",
     "The excerpt stops before any 'when to see a doctor' section, so care 0 and warning_signs_present false; thin-but-fair. The stored URL is the author's archive page; title from the post heading. advertising 1: care-agency blog.",
     "qmem", "home-care agency post for families worried about a parent's memory", False, "", True, False),
    ("r131-010", N, True, "11012022", True, "local-newspaper column by a health-system OB-GYN on cranberry and UTIs", UL,
     "Steers readers with UTI symptoms to a doctor and antibiotics and warns of cranberry-drug interactions and kidney spread; correct that cranberry does not treat an infection.",
     "HARD: 'these products don't work' and 'overwhelming evidence' overstate the prevention side (trials of cranberry for recurrent UTI are mixed-to-modestly positive) and no study is cited (sources 0), but the practical message points to effective care, so true. Genre news (opinion column in a newspaper); author self-identified but not named in the excerpt.",
     "quti", "newspaper health column debunking cranberry for UTIs", False, "", False, False),
]
