"""rel212 label records: Q (query key -> query as sent) and ROWS (one tuple per page, in the order
tests/eval/reltools.build reads: id, genre, reliable, scores (accuracy_balance, claims,
care_prompt, sources, authorship_review, date, risks_uncertainty, advertising), partial, doc_type,
source_leaning, why, note, query key, picked_because, unsafe_advice, unsafe_quote,
warning_signs_warranted, warning_signs_present). Labelled from the stored text only."""

Q = {
    "qclinic": "clinic launches new treatment patients say it changed their life",
    "qcourt": "court fines supplement seller false health claims judge said",
    "qcharity": "charity appeal raise money for experimental treatment abroad family says",
    "qacu": "acupuncture clinic patient testimonial \"I was skeptical\"",
}

W, N = "web page", "news"
U = "unreliable-leaning"

ROWS = [
    ("r212-001", W, False, "00100000", True, "hypnotherapy clinic page presenting its own patient survey", U,
     "A hypnosis clinic's page presents a self-commissioned mail survey of its own patients (self-reported, no comparison group) as proof that hypnosis works for weight loss and smoking.",
     "HARD: the survey method is described with some care (response rate, blind mailing), sources 1, but it is an uncontrolled self-report by the seller of the service; no harms, no care prompt. Not unsafe_advice: figures, not a cure or safety word. Warranted as a self-treatment page for smoking/weight.",
     "qclinic", "hypnosis clinic page citing a patient survey as proof; first result", False, "", True, False),
    ("r212-002", N, False, "10010210", True, "local TV news feature (national feed) on a PTSD injection", U,
     "A patient couple and the treating doctor say a $2,000 stellate ganglion block 'saved their lives' and works in 30-40 minutes for years; no study, no independent voice and no harms are given.",
     "HARD: the cost and the military's ongoing study are mentioned (risks 1 for that limit), but the benefit rests entirely on testimony and the provider's uncontested claim ('it can last for years'). date 2: the excerpt's leading date line. advertising 1: names the private provider and price.",
     "qclinic", "news feature with long patient and doctor quotes about a new PTSD injection", False, "", False, False),
    ("r212-003", N, False, "10010001", True, "local TV news story on a hyperbaric clinic opening", U,
     "Clinic-launch story that lets the company's advisory-board chair say hyperbaric oxygen generates stem cells and treats PTSD, with no trial result, no independent expert, no cost and no harms.",
     "HARD: the chair's own hedge ('It's not like you've been cured immediately') and a Johns Hopkins history line are there (sources 1), but the efficacy for PTSD rests on the seller's word (as r21-039). date 0: only in the URL. advertising 1: reads as a launch promotion.",
     "qclinic", "local news on a clinic launch, long quotes from the clinic's doctor", False, "", False, False),
    ("r212-004", N, True, "22011221", True, "Washington Post investigative story reposted on an eye-disease charity site", U,
     "Investigative story on a stem-cell clinic pitching $5,500 unproven treatments to lung patients, with the patient's own account, an independent foundation's 'predatory' warning and FDA's position.",
     "Repost of a bylined newspaper story (authorship 1, date 2: Dec 1, 2019). risks 2: financial harm and unapproved status. advertising 1: the charity's banner and a stray 'ADADVERTISING' marker.",
     "qclinic", "investigative news feature quoting a patient and an independent expert on stem-cell clinics", False, "", False, False),
    ("r212-005", N, True, "22020012", True, "legal news report on an FTC court ruling against supplement sellers", U,
     "Reports a federal ruling that diabetes-supplement sellers pay $2.2M for unsubstantiated claims, quoting the sellers' claims only as the FTC's evidence and the FTC's finding that no product studies existed.",
     "The seller's 'NO SIDE EFFECTS!! GUARANTEED!!' is quoted as the unlawful claim (attributed, not unsafe_advice). date 0: the 'Friday, March 29, 2024' line is the site's banner date, not the story's. risks 1: no intervention recommended. No byline.",
     "qcourt", "court news on false supplement claims, quoting the complaint", False, "", False, False),
    ("r212-006", W, False, "10010011", True, "stem-cell research foundation page: patient testimonials and trial explainer", U,
     "Three success stories credit the foundation's stem-cell treatment with saving limbs and ending opioid use, with no results, failures or risks; the trial explainer below is standard.",
     "HARD: the research framing ('our stem cell trial', a ClinicalTrials.gov explainer: sources 1, risks 1 for 'not known' wording cut off) is sound, but the testimonials in the page's own voice ('Stem cell treatment ensured Saul avoided amputation') imply proven benefit. Not unsafe_advice: a past-case claim, not a cure promise to the reader. advertising 1: recruiting.",
     "qclinic", "patient testimonials on a stem-cell foundation page", False, "", True, False),
    ("r212-007", N, False, "10000000", True, "fundraising appeal on a press-release site for a lymphoma T-cell trial", U,
     "A family appeal for funds for a US T-cell trial frames it as a 'life saving window' without naming the treatment, its evidence or its risks.",
     "HARD: the family story is honest (doctors predict relapse; grants refused) and CAR-T is a real therapy for aggressive lymphoma, but as a press item it presents an unnamed trial as life-saving with no evidence or harms. Not unsafe_advice: no cure or guarantee in own voice beyond 'life saving window', a hope, and the appeal gives no advice.",
     "qcharity", "charity/fundraising appeal on a press-release site, family's own words", False, "", False, False),
    ("r212-008", N, True, "22010011", True, "news repost of a newspaper campaign story on a child cancer-vaccine appeal", U,
     "Family appeal for an experimental neuroblastoma vaccine in New York, with the mother's quotes; it states the vaccine's benefit is unproven and a larger trial is needed.",
     "HARD: the paper's own crusade and charity partner frame the story (advertising 1: 'READ MORE' and campaign), but the key limit ('a larger international trial is needed to prove whether it works') and the 40% survival figure are given. risks 1: uncertainty stated, no harms. date 0: URL only.",
     "qcharity", "news story built on a mother's quotes about raising money for an experimental jab", False, "", False, False),
    ("r212-009", N, False, "10010012", True, "parenting-site news item on a crowdfunding appeal for a baby's US treatment", U,
     "Celebrates '\u00a31.2million' for 'pioneering treatment' in the US as 'a major step forward', giving the parents' 'nothing to lose' quote without any evidence on the experimental therapy or its harms.",
     "HARD: the hospital doctors' view (no known cure, palliative care) is reported (risks 1), but the story frames an unproven treatment as hope and the parents' 'nothing to lose' stands unchallenged; sources 1: Metro and GoFundMe named.",
     "qcharity", "news item quoting parents' appeal at length", False, "", False, False),
    ("r212-010", W, False, "00001000", True, "acupuncturist's blog post: personal Bell's palsy story", U,
     "An acupuncturist tells her own Bell's palsy recovery as 'a story that proves acupuncture's magic' and ends 'Book a session. Trust me, your face will thank you.'",
     "unsafe_advice on the own-voice promise to the reader (guarantee, as r94-008); Bell's palsy usually recovers on its own and standard early steroid treatment is not mentioned. authorship 1: named acupuncturist with training. Warranted (condition page), no sign or action.",
     "qacu", "practitioner's testimonial of her own cure, practice blog", True, "Book a session. Trust me, your face will thank you.", True, False),
]
