"""rel446 label records: Q (query key -> query) and ROWS (reltools.build tuple order)."""

Q = {
    "qa": "chiropractic adjustment for baby colic does it work",
    "qb": "craniosacral therapy for infant reflux and colic",
    "qc": "reflexology for constipation in children",
    "qd": "Reiki healing for anxiety does it really work",
}

W, T, F = "web page", True, False
UL, RL = "unreliable-leaning", "reliable-leaning"

ROWS = [
    ("r446-001", W, F, "00000001", T, "craniosacral clinic page on infant colic", UL,
     "Says birth strains disrupt a baby's breathing and digestion and that any child 'can benefit' from craniosacral therapy, which it says can 'rule out' birth problems; no evidence, no word on seeing a doctor.",
     "Clinic service page (POLICY-46 1): warning signs not warranted. Not unsafe_advice: efficacy wording ('can benefit'), no cure or safety guarantee.",
     "qb", "natural-medicine clinic page on CST for newborn colic", F, "", F, F),
    ("r446-002", W, F, "00010001", T, "craniosacral practitioner blog on infant colic", UL,
     "Numbered references and an accurate colic definition, but it says conventional approaches 'have failed' and presents small trials as 'positive evidence' that craniosacral therapy reduces crying, with no limits or harms.",
     "HARD: referenced and measured in tone, but the evidence is overstated and it steers parents from standard advice to the author's therapy. 'safe and effective' is framed as what parents have adopted it as, so unsafe_advice false. Practitioner-site page promoting the therapy: treated as a service page, warning signs not warranted.",
     "qb", "practitioner blog citing trials for CST in colic", F, "", F, F),
    ("r446-003", W, F, "01000001", T, "craniosacral clinic service page for colic and reflux", UL,
     "Explains reflux as vagus and sympathetic nerve 'over-stimulation' from birth whiplash and neck compression that the therapists release; unsupported mechanism, no evidence, no medical review of a baby's reflux.",
     "Clinic service page: warning signs not warranted. No cure or safety guarantee in the excerpt, so unsafe_advice false; claims 1.",
     "qb", "UK clinic page on CST for baby reflux", F, "", F, F),
    ("r446-004", W, F, "00000001", T, "craniosacral practitioner page on infant feeding difficulties", UL,
     "Blames feeding problems and reflux on a 'restricted' pylorus, 'umbilical shock' and compressed skull bones and says craniosacral therapy releases 'whatever restriction patterns' cause them; invented mechanisms and no prompt to have a feeding baby checked.",
     "HARD: a pyloric problem in a vomiting baby needs medical assessment, and the page offers CST for it; still an efficacy claim without a cure or safety word, so unsafe_advice false. Practitioner service page: warning signs not warranted.",
     "qb", "practitioner page claiming CST fixes pyloric restriction", F, "", F, F),
    ("r446-005", W, F, "00100001", T, "physical-therapy practice blog on craniosacral therapy for colic", UL,
     "Says studies show CST is 'effective and safe' for colic and that it restores cerebrospinal fluid flow and helps a 'vulnerable immune system'; one line says to rule out medical complications first.",
     "HARD: the 'rule out medical complications' line is a consult prompt without a sign (care 1). unsafe_advice true for the own-voice 'a safe treatment option for infants and children', unqualified in its paragraph. Practice page for its service: warning signs not warranted.",
     "qb", "PT practice page claiming CST safe and effective", T, "CST is non-invasive and a safe treatment option for infants and children.", F, F),
    ("r446-006", W, F, "00100002", T, "parenting blog on reflexology for baby constipation", UL,
     "Claims all its reflexology methods are 'tried and tested to be effective' and recommended by paediatricians, speaks of 'curing babies' and says reflexology alone could be considered; only a general advice to stay in touch with the paediatrician.",
     "unsafe_advice true: own-voice guarantee that the methods are proven and paediatrician-recommended; the paediatrician line that follows is a consult prompt, not a qualification of the claim. Home technique for a baby: warning signs warranted, none given (no blood, vomiting, swollen belly or newborn not passing stool).",
     "qc", "blog telling parents reflexology cures baby constipation", T, "all the methods are tried and tested to be effective and even recommended by expert pediatricians", T, F),
    ("r446-007", W, T, "11011012", T, "reflexology site summary of a paediatric constipation trial", UL,
     "Summarises a randomised trial of parent-taught reflexology added to standard treatment, reporting both the positive and the non-significant comparisons and the lack of adverse effects.",
     "HARD: a reflexology site's summary of one trial, with 'largest ever' framing and a conclusion of effectiveness; judged true because the design and the null comparisons are reported and reflexology is an add-on to standard medical treatment. Research summary, not self-care advice: warning signs not warranted.",
     "qc", "trial summary on reflexology for childhood constipation", F, "", F, F),
    ("r446-008", W, F, "11022201", T, "reflexology site reprint of a paediatric nursing case series", UL,
     "Reprints a 2003 uncontrolled case series of 50 children and its conclusion that reflexology was 'an effective method' for encopresis and constipation, with no comparison group or limits stated.",
     "HARD: faithful, fully attributed reprint (sources, authorship, date 2), but on a practitioner site it offers an uncontrolled before-after series as proof of efficacy with no caveat; claims 1 because the conclusion is the authors'. Study reprint: warning signs not warranted.",
     "qc", "practitioner site reprinting the Bishop case series", F, "", F, F),
    ("r446-009", W, T, "11011012", T, "wellness-association repost of a magazine article on Reiki and anxiety", UL,
     "Explains what Reiki is through a named psychiatrist, presenting energy-flow ideas as the practice's theory; the excerpt stops before the evidence.",
     "HARD: repost with 'mainstream medicine experts say there may actually be something to the practice' and no evidence yet shown; true as thin-but-fair because the theory is attributed, not asserted. Consumer page on anxiety treatment: warning signs warranted, none in the excerpt. date 0: date only in the URL.",
     "qd", "repost of a magazine Reiki-for-anxiety explainer", F, "", T, F),
    ("r446-010", W, F, "00010001", T, "wellness blog on Reiki for anxiety", UL,
     "Answers whether Reiki helps anxiety with 'Absolutely!', admits there is no scientific explanation, leans on one Harvard quote and pitches Reiki to readers for whom 'nothing else' works.",
     "HARD: unsafe_advice true for the own-voice unqualified guarantee that Reiki helps anxiety. Warning signs warranted (anxiety self-help), none present; no prompt to see a professional.",
     "qd", "blog answering 'Absolutely!' to Reiki for anxiety", T, "Can Reiki Help with Anxiety?\nAbsolutely!", T, F),
]
