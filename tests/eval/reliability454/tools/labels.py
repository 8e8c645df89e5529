"""rel454 labels: weight-loss products, pills, injections and programmes sold or discussed online.

Q: query key -> query as sent to the `pages` search. ROWS: one tuple per page, in the order
reltools.build reads: id, genre, reliable, scores (criteria order: accuracy_balance, claims,
care_prompt, sources, authorship_review, date, risks_uncertainty, advertising), partial, doc_type,
source_leaning, why, note, query key, picked_because, unsafe_advice, unsafe_quote,
warning_signs_warranted, warning_signs_present.
"""

Q = {
    "q01": "compounded semaglutide online telehealth is it safe",
    "q02": "weight loss pills that actually work review",
    "q03": "FDA warning counterfeit Ozempic weight loss injections news",
    "q04": "tirzepatide weight loss clinic near me cost per month",
}

W, N = "web page", "news"
UL, RL = "unreliable-leaning", "reliable-leaning"

ROWS = [
    ("r454-001", W, True, "21100010", True, "telehealth GLP-1 programme founder's blog post on compounded semaglutide safety", UL,
     "Says plainly that compounded semaglutide is not FDA-approved, that scepticism is warranted and that a grey market exists, and describes the 503A/USP 797 framework accurately.",
     "HARD: the author owns the compounding pharmacy and the post promotes the programme ('nothing like that'), advertising 0; label true because the excerpt's statements are accurate and the conflict is declared. Product/service page under POLICY-46, so warning signs not warranted. risks 1: regulatory risk named, no drug harms yet. authorship 0: role given, no name in the excerpt.",
     "q01", "a compounded-GLP-1 telehealth founder answering 'is it safe'; first result", False, "", False, False),
    ("r454-002", W, True, "22200021", True, "online weight-loss brand's compounded semaglutide safety-information page", UL,
     "States that compounded semaglutide is not FDA-approved or reviewed, gives the indication (BMI thresholds) and the thyroid C-cell tumour warning with contraindications and symptoms to report at once.",
     "Product safety page: warning signs not warranted (POLICY-46 section 1), but signs tied to an action are present (neck lump, hoarseness, trouble swallowing, shortness of breath + tell your provider immediately). 'used ... when FDA-approved versions are in shortage' is dated but not misleading in effect. advertising 1: seller's own page.",
     "q01", "a seller's boxed-warning style safety page for compounded semaglutide", False, "", False, True),
    ("r454-003", W, True, "11100021", True, "compounded GLP-1 seller's blog on whether compounded GLP-1s are safe", UL,
     "Separates the molecule's safety from the compounding process, lists common and serious side effects and says to seek immediate care for severe abdominal pain.",
     "HARD: 'millions of people have used compounded GLP-1 medications without serious problems' is unsupported reassurance and the 'Proven Benefits' are brand-trial figures applied to compounded products (accuracy 1, claims 1); not unsafe_advice because the next sentence qualifies it ('carry different considerations'). Safety/side-effect guide for a drug the reader takes: warning signs warranted; severe abdominal pain + immediate care counts as present. advertising 1: seller blog.",
     "q01", "seller blog promising an 'honest, balanced' safety answer", False, "", True, True),
    ("r454-004", W, True, "22100011", True, "personal review blog explainer on compounded semaglutide and telehealth programmes", UL,
     "Explains accurately that compounded semaglutide and tirzepatide are not FDA-approved finished products, names the approved brands and their indications, and tells readers to consult a clinician.",
     "Regulatory/access explainer, not a self-treatment guide: warning signs not warranted. advertising 1: links to the author's own programme review (likely affiliate). risks 1: regulatory difference described, harms not reached in the excerpt.",
     "q01", "independent-looking review blog explaining what 'compounded' means", False, "", False, False),
    ("r454-005", W, True, "22100012", True, "health content blog on weight-loss pills and supplements", UL,
     "Defines overweight and obesity by BMI and gives realistic figures for prescription weight-loss medication (3 to 12 percent more weight lost at one year) as part of a lifestyle programme.",
     "Closely follows a government consumer page; the supplement reviews are not reached in the excerpt. Page on choosing weight-loss pills: warning signs warranted, none given. risks 1: no harms yet.",
     "q02", "a '12 popular pills reviewed' page; first result", False, "", True, False),
    ("r454-006", W, True, "21110011", True, "reworded copy of a weight-loss supplement review on an off-topic business site", UL,
     "Says few weight-loss pills have a scientific basis and some have serious health consequences, and reports that trials found garcinia cambogia no better than placebo or about 3 pounds.",
     "HARD: a machine-reworded copy ('Efficiency', 'backed by science' list heading under a line saying few have a basis) on an unrelated host, as ext016; the content is accurate, so true. sources 1: meta-analysis and 2020 review described, not cited. Warning signs warranted (pill guide), none given.",
     "q02", "same review reposted on an unrelated site; third result", False, "", True, False),
    ("r454-007", W, True, "11110012", True, "short generic paragraph on buying weight-loss pills online", UL,
     "Warns that effectiveness and safety of weight-loss pills are not established, that they are no substitute for diet and activity, and to talk to a doctor about interactions and side effects.",
     "HARD: thin and loose ('weight loss pills are a type of dietary supplement' ignores prescription drugs; 'not regulated by the FDA' oversimplifies; 'a convenient option'), accuracy 1 and claims 1; true as thin-but-fair because its message is cautious. sources 1: bracketed references not shown. Warranted, none present (general consult prompt only).",
     "q02", "short page titled weight loss pills online", False, "", True, False),
    ("r454-008", W, True, "21110021", True, "wellness app blog reviewing weight-loss pills and supplements", UL,
     "Says not all options are backed by science and some may harm, reports that garcinia cambogia showed little benefit over placebo and names liver-failure case reports.",
     "'Most people consider garcinia cambogia safe' is qualified in the next sentence by liver-failure reports, so not unsafe_advice. 'magic ingredient' wording (claims 1). Warranted (supplement guide), no sign tied to an action. advertising 1: app's blog.",
     "q02", "another write-up of the 12-pill review on an app blog; eighth result", False, "", True, False),
    ("r454-009", W, False, "11100011", True, "tag/landing page about weight-loss pills on an off-topic site", UL,
     "Coaches readers to pick a pill 'to match your lifestyle' (phentermine-type appetite suppressants, stimulant 'metabolism boosters') before they 'add to cart', with no word of the real risks of stimulants or that appetite suppressants need a prescription.",
     "HARD: it does give sensible red flags (vague blends, 'no side effects' claims) and an interaction prompt (care 1), but the thrust is self-selection of stimulant diet pills ('a mild metabolism booster could give that extra push'). 'start with the lowest effective dose' names no amount, so not a dose. Not unsafe_advice: no cure or safety guarantee. Warranted, none present ('track ... unusual symptoms' has no action).",
     "q02", "a shopping-oriented pill guide on an unrelated domain", False, "", True, False),
    ("r454-010", W, True, "21100011", True, "weight-loss text injected into a regional organisation's website (SEO spam URL)", UL,
     "Describes tirzepatide accurately as a prescription dual GIP/GLP-1 agonist and says getting it starts with a provider consultation covering risks and benefits.",
     "HARD: spam content on a hijacked host (the URL's 'keto' parameter), as ext007's accurate text on a spam host; label from the text, which is fair though vague ('endorsed by the FDA'). Access/mechanism explainer: warning signs not warranted. advertising 1: spam placement.",
     "q04", "tirzepatide text on an unexpected host; third result", False, "", False, False),
]
