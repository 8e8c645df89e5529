"""rel313 labels: Q (query key -> query) and ROWS (see tests/eval/reltools.py build for the tuple order:
id, genre, reliable, scores, partial, doc_type, source_leaning, why, note, query key, picked_because,
unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

Q = {
    "q1": "university press release new treatment breakthrough study patients",
    "q2": "hospital newsroom first patient treated with new gene therapy",
    "q3": "company announces positive phase 3 trial results press release drug",
    "q4": "researchers at medical school discover new way to treat Alzheimer's, news release",
    "q5": "FDA approves new drug press release PRNewswire patients",
    "q6": "is the new weight loss injection worth it, what patients should know about semaglutide",
    "q7": "study published in journal shows supplement reduces risk, researchers say",
}

N, W = "news", "web page"
U, R = "unreliable-leaning", "reliable-leaning"

ROWS = [
    ("r313-001", N, False, "00000002", True, "health news item on a prostate cancer treatment strategy", U,
     "Calls a UCSF 'strategy' groundbreaking on the word of a 'Dr. John Smith', with an unnamed paper, unquantified 'promising responses', an implausible '$1.5 billion' NCI figure and no harms or limits.",
     "HARD: reads like generated filler (placeholder doctor name, vague trial); no single sentence is checkably false, but nothing a reader could verify. News care_prompt 0.",
     "q1", "university-attributed cancer 'breakthrough' story on a regional news site", False, "", False, False),
    ("r313-002", N, False, "00000002", True, "university-style press release (website-theme demo page)", U,
     "Announces a chemotherapy 'breakthrough that will increase a patient's life expectancy by 20%' from an unnamed treatment and unpublished trial, with 'less side effects' asserted and no limits or sources; its own mortality figures do not match the headline claim.",
     "HARD: a template demo ('My University') whose sample text is a fictitious press release; judged as the press item it presents itself as. Figures are quantified but unverifiable and inconsistent.",
     "q1", "university newsroom-style press release on a chemotherapy breakthrough", False, "", False, False),
    ("r313-003", N, True, "21000012", True, "news teaser (repost of a newspaper lede on a tag page)", U,
     "Accurately reports the first patient starting an FDA-approved sickle cell gene therapy, hedged as one 'that may cure the condition'; no hype beyond that.",
     "HARD: a two-sentence unattributed teaser that stops before costs, harms or evidence; thin-but-fair. risks 1: no harms shown.",
     "q2", "gene therapy 'first patient' news item", False, "", False, False),
    ("r313-004", N, True, "22010012", True, "investor blog summary of a company trial announcement", U,
     "Neutral summary of a company statement that an independent data monitoring committee found no new safety concerns and let a phase 3 treprostinil trial continue; notes investors' hopes were not met.",
     "No efficacy claim; sources 1 (the company announcement is named). A date only in the URL is not counted.",
     "q3", "company phase 3 trial announcement as relayed by an investor blog", False, "", False, False),
    ("r313-005", N, True, "21010012", True, "blog post relaying a TV news report on Alzheimer's research", U,
     "Relays a mouse finding ('a protein that may halt progression') under a question-mark headline and says it 'remains to be seen' whether it translates to humans.",
     "HARD: 2004 item, thin and 'looks promising', but it names the animal model and the uncertainty; thin-but-fair.",
     "q4", "Alzheimer's 'breakthrough?' post on a longevity blog", False, "", False, False),
    ("r313-006", N, False, "11000002", True, "news teaser on a tag page (Alzheimer's treatment)", U,
     "Presents a 'novel treatment' that reduces brain plaques and a protein 'responsible for' lowering them without saying the work was in mice or giving any result or source.",
     "HARD: hedged 'may' headline and very short; false because the evidence level (animal work) is omitted and a treatment is implied for patients.",
     "q4", "Alzheimer's novel-treatment teaser", False, "", False, False),
    ("r313-007", N, True, "21010012", True, "organisation news page relaying Alzheimer's research", U,
     "States plainly that no treatment cures or slows Alzheimer's and describes a drug-design strategy (Cambridge/Lund, PNAS) rather than a treatment.",
     "HARD: 'groundbreaking' headline and an overstated consensus on oligomers, but no patient benefit is claimed. Date only in the URL.",
     "q4", "Alzheimer's research news relayed by a small organisation", False, "", False, False),
    ("r313-008", N, True, "21010212", True, "blog listing of FDA news-update reposts", U,
     "Dated, factual summaries of FDA actions (approvals, new testosterone warnings, nicotine pouch authorisation) attributed to the agency.",
     "claims 1 for the 'Groundbreaking' heading; a repost listing, each item cut off.",
     "q5", "FDA press-announcement reposts on a health blog", False, "", False, False),
    ("r313-009", W, True, "21010211", True, "weight-loss clinic blog post on semaglutide", U,
     "Accurate account of what semaglutide is and how it works, citing the NEJM trial's ~15% weight loss; dated.",
     "HARD: a testosterone/weight clinic's marketing frame ('easiest way to lose Weight') and the excerpt stops before the promised risks; body accurate so far. warning_signs_warranted: a consumer drug explainer; none shown.",
     "q6", "clinic blog 'is semaglutide worth it' for a worried reader", False, "", True, False),
    ("r313-010", W, True, "22100012", True, "user blog post on semaglutide for weight loss", U,
     "Accurate summary (GLP-1 agonist, 2.4 mg weekly approval, 15-20% trial weight loss) that insists on prescription use under a provider and says it is not suitable for everyone.",
     "15-20% 'over a one-year period' slightly generous (about 15% at 68 weeks). The 2.4 mg weekly figure reports the approval, not an instruction. Consult prompt only; no warning signs.",
     "q6", "consumer semaglutide explainer on a blog platform", False, "", True, False),
]
