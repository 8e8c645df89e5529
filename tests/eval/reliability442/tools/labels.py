"""rel442 labels: Q (query key -> query) and ROWS (one tuple per page; order as reltools.build).

Tuple: id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources,
authorship_review, date, risks_uncertainty, advertising), partial, doc_type, source_leaning, why,
note (hard calls start with HARD), query key, picked_because, unsafe_advice, unsafe_quote,
warning_signs_warranted, warning_signs_present.
"""

Q = {
    "q01": "new study finds drug slows Alzheimer's decline news",
    "q02": "FDA approves new weight loss injection what patients should know",
    "q03": "breakthrough cancer treatment clinical trial results press release",
    "q04": "over-the-counter hearing aids now available study shows",
    "q05": "eye drops recall FDA warns consumers infection risk",
    "q06": "psilocybin trial depression results researchers say",
    "q07": "new gene therapy sickle cell approved cost patients",
    "q08": "Philips CPAP recall foam what patients should do",
    "q09": "erythritol sweetener heart attack stroke study Cleveland Clinic news",
    "q10": "ketamine infusion clinic blog new research depression treatment",
    "q11": "tinnitus new device bimodal stimulation study relief",
}

W, N = "web page", "news"
UL, RL = "unreliable-leaning", "reliable-leaning"

ROWS = [
    ("r442-001", N, True, "22010012", True, "local TV news report of an FDA drug approval (tirzepatide/Zepbound)", UL,
     "Accurate report of the Zepbound approval with the FDA official quoted, who it is for, how it is given and a full list of common side effects; benefit not quantified.",
     "risks 1: side effects listed, but the weight-loss benefit is unquantified ('significant') and no cost, boxed warning or independent voice. sources 1: FDA named, studies not. News care_prompt 0.",
     "q02", "local TV story on a new weight-loss injection approval; candidate 5 of the list", False, "", False, False),
    ("r442-002", N, False, "11000002", True, "radio-station news brief on the Wegovy approval", UL,
     "Enthusiastic brief ('new weapon in the war against obesity', experts 'excited') that gives one average weight-loss figure from an unnamed study and no side effects, cost or limits.",
     "HARD: short and not false, but a health-news reviewer finds no harms at all, an unidentified '16-month study' (the widely reported average was about 15%) and only cheerleading experts, so false.",
     "q02", "short radio news item on the same approval class; contrast with r442-001", False, "", False, False),
    ("r442-003", N, False, "11010002", True, "repost of a research-news summary (tinnitus bimodal neuromodulation trial) on an unrelated site", UL,
     "Reports a 326-person tinnitus device trial as producing 'meaningful and sustained' reductions without any figure, without a control or comparison description, without harms or cost and with no independent voice.",
     "HARD: faithful to a press summary (AAAS named: sources 1), and it says no therapy reliably works, but benefits are unquantified, the absence of a sham arm is not mentioned and 'strong patient satisfaction' is promotional; risks 0.",
     "q11", "research-news repost about a new tinnitus device; on a Turkish anxiety-site domain", False, "", False, False),
    ("r442-004", W, True, "11000011", True, "audiology practice blog explaining a new tinnitus treatment (bimodal stimulation)", UL,
     "Hedged explainer ('based on the idea', 'it is believed') of how bimodal stimulation may reduce tinnitus perception; no outcome claims beyond 'can help', though mechanism claims are vague.",
     "HARD: thin-but-fair: 'studies have shown ... increasing blood flow to the brain' is unsupported (accuracy 1, claims 1), no evidence size or device harms, and no word that one-sided, pulsatile or sudden tinnitus with hearing loss needs prompt assessment (warranted, not present). advertising 1: a practice offering the treatment.",
     "q11", "hearing practice's blog post on the new tinnitus treatment", False, "", True, False),
    ("r442-005", W, True, "22110221", True, "health-device seller's blog post relaying the Philips CPAP/BiPAP recall guidance", UL,
     "Accurate, dated summary of the Philips PAP foam recall: what degrades, the possible risks, the low complaint rate and how to register a device.",
     "care 1: guidance framed as options for physicians advising patients, but the excerpt stops before any 'talk to your doctor before stopping'. A recall/product-safety page, so warning signs not warranted. advertising 1: a device seller's blog.",
     "q08", "seller blog relaying device-recall guidance to patients", False, "", False, False),
    ("r442-006", W, True, "22211022", True, "professional society's recommendations on the Philips PAP recall (with patient advice)", RL,
     "Careful society guidance: the exact risks are unclear, and patients on ventilators or with severe disease should not stop or change therapy before talking to their physician.",
     "HARD: written for professionals; the conditions tied to 'do not stop therapy until discussing with your physician' are management advice, not warning signs of illness, so present false; a recall page, so not warranted. author 1: the society, no named author.",
     "q08", "professional-society page on the CPAP recall; reliable-leaning source for contrast", False, "", False, False),
    ("r442-007", W, True, "22011022", True, "sleep-medicine practice's notice to patients about the Philips PAP recall", UL,
     "Accurate patient notice on the PAP foam recall: what is affected, possible risks, the complaint rate and the steps to register a device.",
     "care 0: the excerpt gives registration steps but no 'do not stop CPAP without talking to your doctor'. author 1: the named doctor's office. Recall page, warning signs not warranted.",
     "q08", "a sleep clinic's own recall notice to its patients", False, "", False, False),
    ("r442-008", W, True, "21000011", True, "ketamine/psychiatry clinic blog category page (post teasers)", UL,
     "Teasers on IV ketamine for treatment-resistant depression that acknowledge durability varies and that some people are not candidates; no harms, cost or off-label status shown.",
     "HARD: a clinic's promotional blog ('moved into mainstream clinical practice, and for good reason'; 'works fast. That's well established', claims 1), but nothing said is false and limits are named (risks 1). A clinic service page under POLICY-46, so warning signs (e.g. suicidal thoughts) not warranted.",
     "q10", "ketamine clinic blog listing; an unreliable-leaning source kind on a new treatment", False, "", False, False),
    ("r442-009", W, True, "22012211", True, "sponsored continuing-education article on over-the-counter hearing aids", UL,
     "Named audiologist authors, dated, introduce the FDA OTC hearing-aid category and promise to cover concerns and fitting problems; the sponsorship is disclosed.",
     "Written for hearing professionals; care 0 and warning signs not warranted (regulation and practice article). advertising 1: disclosed sponsor, a device banner and a membership pitch.",
     "q04", "professional article on OTC hearing aids (a new device category)", False, "", False, False),
    ("r442-010", N, False, "11000002", True, "health-news aggregator teaser on ketamine infusion research", UL,
     "A two-sentence teaser that names no study, no result and no harm; 'the most common mental illness' is contestable.",
     "HARD: nothing harmful, but as a news item on new research it reports nothing checkable (sources 0, risks 0), as rel21's teaser rows; the headline itself is neutral.",
     "q10", "aggregator item on ketamine research; short teaser", False, "", False, False),
]
