"""rel168 label records: Q (query key -> query) and ROWS (one tuple per page, reltools.build order:
id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources, authorship_review, date,
risks_uncertainty, advertising), partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

W, N = "web page", "news"
RL, UL = "reliable-leaning", "unreliable-leaning"

Q = {
    "qa": "my child has a high fever and rash when to go to the ER",
    "qb": "signs of a stroke what to do while waiting for ambulance",
    "qc": "bleeding during early pregnancy should I worry",
    "qd": "infected cut red streaks home treatment",
    "qe": "toddler swallowed button battery what to do",
    "qf": "natural cure for diabetes stop insulin herbal remedy",
    "qg": "measles outbreak health department warns unvaccinated",
    "qh": "sprained ankle or broken how to tell when to get x-ray",
}

ROWS = [
    ("r168-001", W, True, "22210012", True, "stroke charity first-aid page", RL,
     "Accurate first aid while waiting for an ambulance: call 000 for stroke signs, recovery position, nothing by mouth, CPR if not breathing; attributes the NSW ambulance dialogue.",
     "", "qb", "a national stroke body's what-to-do page on the emergency topic", False, "", True, True),
    ("r168-002", W, True, "22100012", True, "hospital group stroke page", UL,
     "Sound bystander steps for a suspected stroke (side position, CPR if not breathing, keep warm, report a fall); no call-for-help line or stroke signs in the excerpt.",
     "HARD: accurate but the excerpt never tells the reader to call for help or names a sign; 'waiting for emergency medical assistance' is assumed, so care 1 and warning_signs_present false (CPR alone not counted as a sign-plus-care action).",
     "qb", "a hospital group's stroke first-aid page, a different source kind", False, "", True, False),
    ("r168-003", W, True, "22201012", True, "company blog first-aid post", UL,
     "Clear, accurate stroke-bystander list: face droop, one-sided weakness and speech trouble -> call 911, say 'stroke', note the time for tPA, CPR if unconscious and not breathing.",
     "", "qb", "a small company's blog post with a named author on stroke first aid", False, "", True, True),
    ("r168-004", W, True, "12200012", True, "tag page on an unrelated site", UL,
     "Standard topical-antibiotic and wound-care advice with diluted tea tree and honey as options; names red streaks, fever and rising pain as reasons for a doctor and oral antibiotics.",
     "HARD: an off-topic (cleaning?) site with breezy 'does the trick' wording and home remedies, but nothing harmful and it gives the key red flags with an action; thin-but-fair.",
     "qd", "a skin-infection page from a non-health site with home remedies", False, "", True, True),
    ("r168-005", N, True, "22011012", True, "local TV health segment", UL,
     "Local TV item with a named children's-hospital ENT: accurate battery-ingestion steps (hotline, urgent X-ray, no induced vomiting, report fever/pain/vomiting/blood).",
     "HARD: a news item that is really first-aid advice; warning_signs_present set true on the letter of the rule (symptoms + 'Report these symptoms immediately') although news pages are not warranted.",
     "qe", "a local-news health segment on a child emergency", False, "", False, True),
    ("r168-006", N, True, "22011022", True, "school-district repost of county health press release", UL,
     "Repost of a county health agency outbreak notice: case numbers, contagious period, call before arriving, MMR schedule, side effects mild; accurate public-health message.",
     "'Vaccinations are very safe' is an agency claim followed by the side-effect sentence, so not unsafe.", "qg",
     "a public-health outbreak notice carried by a school district", False, "", False, False),
    ("r168-007", N, True, "22010012", True, "local TV news outbreak report", UL,
     "Local news relays a health-department measles exposure warning: symptoms, incubation end date, who is protected by one or two MMR doses; accurate, locations missing from excerpt.",
     "", "qg", "TV-station news report of a health-department warning", False, "", False, False),
    ("r168-008", W, True, "12210012", True, "physiotherapy practice blog", UL,
     "Physio explains Ottawa ankle rules (cannot take 4 steps or bony tenderness -> X-ray) and why fractures need offloading; the specificity definition is muddled.",
     "accuracy 1: 'specificity (the ability of the test to determine if someone has a fracture)' is a garbled definition, though the point (screening test) is right.",
     "qh", "a physiotherapy practice blog answering the X-ray question", False, "", True, True),
    ("r168-009", N, True, "22011012", True, "county health department press release", RL,
     "Health department notice on a probable measles case: urges clinicians' suspicion, explains importation, MMR schedule and free vaccination for the uninsured.",
     "", "qg", "a county public-health department's own press release", False, "", False, False),
]
