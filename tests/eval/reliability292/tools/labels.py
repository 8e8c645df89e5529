"""rel292 labels: one blind labeller, judged from the stored excerpts only (see ../LABELLING.md)."""

Q = {
    "fdaappr": "FDA approves new drug press release company announces approval",
    "unipr": "university researchers discover new treatment press release study finds",
    "ph3": "phase 3 trial met primary endpoint topline results announced",
    "hospfirst": "hospital first in region to offer new procedure announces",
    "devclear": "medical device company announces FDA clearance of new system for patients",
    "patinfo": "patient information about your treatment with our medication what to expect side effects brand site",
    "hdvacc": "health department announces vaccine clinic press release public health officials urge",
    "btd": "biotech company receives breakthrough therapy designation news release",
}

N = "news"
W = "web page"
U = "unreliable-leaning"
R = "reliable-leaning"

ROWS = [
    ("r292-001", N, False, "10010002", True, "radio news item on a university discovery", U,
     "A protein found in pancreatitis research is presented as a 'breakthrough' that 'may revolutionise treatment'; no drug exists yet, the study type (animal or human) is not given and the only voice is the researcher.",
     "Benefit wholly speculative; no independent comment, no limits.", "unipr",
     "university discovery framed as a breakthrough on a public broadcaster", False, "", False, False),
    ("r292-002", N, True, "21011011", True, "university press-release repost (research roundup)", U,
     "Describes three NYU studies with hedged wording ('could lead to', 'may be able to') and says the appetite pill was tested in animals; promotional framing for a voting contest but nothing misstated.",
     "HARD: a promotional roundup ('breakthroughs', 'a boon', 'cast your vote') on a press-release aggregator; label true as thin-but-fair because each finding is hedged and the animal stage is stated. risks 1: no harms, limits partly given.", "unipr",
     "university press release reposted on an education-news site", False, "", False, False),
    ("r292-003", N, False, "00010001", True, "news story on a university drug discovery", U,
     "Calls a Parkinson's drug candidate 'groundbreaking' and says 'clinical and laboratory trials revealed' it targets 'the root cause' and can 'halt the degeneration' of dopamine cells, with no study details, size or stage and no limits.",
     "Overclaims a preclinical-sounding result as a treatment; the page's URL belongs to an unrelated film-festival story (advertising 1 for the site clutter).", "unipr",
     "Parkinson's 'new drug' story on a general news site", False, "", False, False),
    ("r292-004", N, True, "21010012", True, "company trial-results news item", U,
     "Reports a 535-woman placebo-controlled phase III trial with responder rates for both doses against placebo (93.9% and 56.7% vs 29.4%), the most common adverse events and bone-density monitoring.",
     "Company-sourced, no independent voice and 'well-tolerated' is the company's word (claims 1); quantified benefit and named harms make it fair. date 0: date in the URL only.", "ph3",
     "phase III results item with numbers from a medical news site", False, "", False, False),
    ("r292-005", N, True, "12011111", True, "local TV news item (AP) on a hospital's new operating room", U,
     "A plain report of a hospital's new hybrid operating room with its cost and a named official; no health claims beyond the facility's purpose.",
     "HARD: thin facility news; 'cardiac cauterization lab' is a slip for catheterization (accuracy 1). Judged thin-but-fair: nothing a reader could be misled by. risks 1: no intervention's harms discussed.", "hospfirst",
     "hospital announcement reported by local TV", False, "", False, False),
    ("r292-006", N, True, "22010011", True, "reposted public-health news item (vaccination week)", U,
     "A public health department's vaccination drive with its coverage figure and a named nurse's quote urging parents to catch up on missed doses; accurate and plain.",
     "Machine-reworded headline ('Public well being conducts main vaccine drive') on a parenting site that reposts CNS news (advertising 1). risks 1: no vaccine side effects discussed.", "hdvacc",
     "health-department vaccination drive reported by a local site", False, "", False, False),
    ("r292-007", N, True, "22011212", True, "county health department press release (mailing-list archive)", U,
     "Practical, dated release on who can get H1N1 vaccine where and when, telling pregnant women to check with their obstetrician first and parents to consult their paediatrician.",
     "Logistics only; no benefit claims. risks 1: vaccine side effects not discussed (consent forms mentioned).", "hdvacc",
     "local health department press release on vaccine clinics", False, "", False, False),
    ("r292-008", N, True, "21011211", True, "public-health association press release", U,
     "Announces grant-funded flu vaccination programmes, discloses the GlaxoSmithKline sponsorship, gives a dated contact and standard figures (about 36,000 US flu deaths a year).",
     "'Health experts agree that vaccination is the most effective form of prevention' is broad (claims 1); the sponsor is disclosed, so advertising 1 rather than 0.", "hdvacc",
     "public-health association press release on flu vaccine services", False, "", False, False),
    ("r292-009", N, False, "11000011", True, "press-release-style item on a Q&A site", U,
     "A 'county health department' item with no county, date or real source: generic names ('Dr. Maria Lopez', 'Mercy General Hospital') and a '35 percent increase' that cannot be checked; reads as a template rather than news.",
     "HARD: the health messages (vaccination reduces severe illness, report adverse events) are standard, but as a news item it is unverifiable (sources 0, date 0), so a reader cannot rely on it as a report; label false on provenance, not on harm.", "hdvacc",
     "vaccine-clinic announcement text found under a Q&A question", False, "", False, False),
    ("r292-010", W, True, "11200012", True, "patient resource sheet on medicine side effects", U,
     "Encourages people to try a prescribed medicine and tells them to contact their provider about side effects and not to stop a medicine without talking to their doctor.",
     "HARD: it plays down advertised side effects as 'extremely rare' and 'only mentioned because the law says' (accuracy 1, claims 1), but gives no unsafe instruction and the care prompts are right. warning_signs_present false: 'if you experience any side effects' is a general prompt; no serious reaction sign (rash with swelling, breathing trouble) is named.", "patinfo",
     "patient information sheet answering 'will I have side effects'", False, "", True, False),
    ("r292-011", W, True, "22200021", True, "telehealth company patient help-centre article", U,
     "Explains that side effects can start at any time or with dose changes or interactions, tells patients to message the medical team, and names chest pain, shortness of breath, loss of consciousness and numbness as reasons to call an ambulance.",
     "A company support page, but one telling patients what to do about side effects, so signs are warranted; they are given with the action. advertising 1: points to the company's own team.", "patinfo",
     "company patient page on handling side effects", False, "", True, True),
]
