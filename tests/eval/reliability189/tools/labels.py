"""rel189 label records: Q (query key -> query) and ROWS (one tuple per page; order as
tests/eval/reltools.py build: id, genre, reliable, scores (accuracy_balance, claims, care_prompt,
sources, authorship_review, date, risks_uncertainty, advertising), partial, doc_type,
source_leaning, why, note, query key, picked_because, unsafe_advice, unsafe_quote,
warning_signs_warranted, warning_signs_present). No page text beyond short quoted phrases."""

Q = {}
ROWS = []
W, N = "web page", "news"
UL, RL = "unreliable-leaning", "reliable-leaning"

Q["qbp"] = "natural remedy for high blood pressure herbs that lower it fast"
Q["qdeh"] = "signs of dehydration in toddler when to go to hospital"
Q["qbat"] = "my child swallowed a button battery what to do"
Q["qpreg"] = "bleeding in early pregnancy should I worry"
Q["qrec"] = "FDA recall announced contaminated product illness"
Q["qmea"] = "measles case confirmed health department exposure locations"
Q["qcut"] = "deep cut on hand do I need stitches"
Q["qwl"] = "supplement company warning letter FDA unapproved claims"
Q["qed"] = "hospital opens new emergency department press release"

ROWS.append(("r189-001", W, False, "00100011", True, "natural-remedy listicle for hypertension", UL,
    "Sells garlic and hibiscus as 'scientifically proven to reduce hypertension fast' and calls hibiscus 'a natural ACE inhibitor'; remedies framed as 'safe' with no caution about replacing or mixing with medication beyond one capsule note.",
    "HARD: 'both safe and affordable' is a general safety line about remedies (as r94-001), not a specific guarantee, so unsafe_advice false; 'consult your doctor first' only for capsules (care 1). sources 1: journal and AHA named, not linked. No high-reading or symptom sign given, so warning_signs_present false.",
    "qbp", "remedy blog promising to lower blood pressure fast; first result", False, "", True, False))
ROWS.append(("r189-002", W, True, "22200112", True, "pharmacy blog on toddler dehydration signs", UL,
    "Accurate list of toddler dehydration signs and clear reasons to seek medical attention immediately (blood in stool or vomit, refusing fluids, persistent vomiting or diarrhoea).",
    "Dated sidebar entries belong to other posts (date 1). risks 1: no intervention with harms discussed.",
    "qdeh", "pharmacy page with explicit when-to-seek-care list", False, "", True, True))
ROWS.append(("r189-003", W, True, "11100012", True, "first-aid trainer blog on toddler dehydration signs", UL,
    "Mostly accurate signs (dry nappies over 6 hours, dark urine, lethargy, dry lips) and says dehydration 'requires immediate attention', but gives no concrete action such as calling a doctor.",
    "HARD: thin-but-fair; 'requires immediate measures to help restore proper hydration' is a vague action (as r85-001), so warning_signs_present false and care 1. Odd 'soiled diaper changed every 2-4 hours' line (accuracy 1). No author.",
    "qdeh", "first-aid provider page on toddler dehydration; in letter range", False, "", True, False))

Q["qstem"] = "stem cell clinic treatment for knee arthritis cost"
Q["qtrial"] = "study finds new drug reduces risk researchers say trial results"
Q["qhypo"] = "diabetes low blood sugar symptoms what to do hypoglycemia"
Q["qsal"] = "outbreak of salmonella linked to restaurant cases reported"
Q["qnb"] = "fever in newborn baby when to call doctor"

ROWS.append(("r189-004", W, False, "00000000", True, "clinic page selling stem-cell injections for arthritis", UL,
    "Calls stem-cell therapy 'like a miracle cure' that repairs 'all arthritis-related damage' and 'prevents the need for knee replacement surgery'; no evidence, costs, risks or regulatory status.",
    "unsafe_advice: own-voice cure claim for an unproven procedure sold by the clinic, steering readers away from proven surgery.",
    "qstem", "clinic page with strong claims for stem-cell knee injections", True, "Stem cell therapy is like a miracle cure", True, False))
ROWS.append(("r189-005", N, True, "22011021", True, "business-magazine repost of a Reuters drug-trial story (page 2)", UL,
    "Reports the anacetrapib trial's modest effect, no stroke difference, Merck funding, raised blood pressure and drug accumulation in fat with planned follow-up; quotes the Oxford investigator.",
    "HARD: only page 2 of the story is shown, so the headline's 9% figure is not in the text; judged on the balanced body. Funding disclosed. sources 1: university and investigator named, journal not in excerpt. News care_prompt 0.",
    "qtrial", "wire story reporting a modest trial result with funding and harms", False, "", False, False))
ROWS.append(("r189-006", W, True, "21100101", True, "glucose-tablet brand landing page", UL,
    "Three accurate lines saying low blood sugar in diabetes should be recognised and corrected immediately; almost no content and a brand's own site.",
    "HARD: a near-empty brand stub (as corpus002): nothing misleading, little to rely on; no signs or action listed, so warning_signs_present false. advertising 1: seller of the product used to correct lows.",
    "qhypo", "product brand page in letter range on hypoglycaemia", False, "", True, False))

Q["qboil"] = "health department warns residents about contaminated water boil advisory"
Q["qconc"] = "concussion symptoms after hitting head when to go to ER"
Q["qasth"] = "homeopathy cure for asthma in children clinic"
Q["qflu"] = "flu season hospitalizations rising local news doctors urge vaccine"
Q["qburn"] = "burn on skin from hot water first aid blister"

ROWS.append(("r189-007", W, True, "22120012", True, "public health unit explainer on boil water advisories", RL,
    "Short, accurate explanation of when a boil water advisory is issued and the core instruction to drink tap water only after boiling for at least one minute.",
    "Not a symptom or condition page, so warning_signs_warranted false. Public health unit (authorship 1: the Health Unit speaks). risks 1.",
    "qboil", "public health unit page in letter range (hkpr.on.ca)", False, "", False, False))
ROWS.append(("r189-008", W, False, "11000011", True, "homeopathy clinic treatment page on childhood wheeze and asthma", UL,
    "Explains childhood asthma as the body failing to 'expel' an allergen after post-nasal drip, a muddled account, on a clinic's treatments page, with no word on inhalers, attacks or when a wheezing child needs urgent care.",
    "HARD: no cure claim is visible in the excerpt; false because a parent of a wheezing child gets a garbled mechanism under 'Our Treatments' from a homeopathy clinic and no danger signs or care prompt (care 0). advertising 1: treatments page.",
    "qasth", "homeopathy clinic page on child asthma; in letter range", False, "", True, False))
ROWS.append(("r189-009", W, True, "22000111", True, "homeopathy blog article on childhood asthma (dated 2008 in URL)", UL,
    "Accurate description of childhood asthma, its symptoms and triggers, including the signs of a severe attack (bluish skin, inability to speak, confusion), but the excerpt gives no action for them.",
    "HARD: thin-but-fair on what is shown; the severe-attack list has no action attached, so warning_signs_present false and care 0. Date only in the URL (date 0). advertising 1: homeopathy site likely heading to remedies after the cut-off.",
    "qasth", "homeopathy site page whose excerpt is a factual asthma description", False, "", True, False))

Q["qrab"] = "health officials confirm case of rabies bat exposure"
Q["qval"] = "recall of blood pressure medication valsartan impurity patients told"
Q["qpr"] = "hospital press release first patient treated new procedure"
Q["qop"] = "opinion column doctors shortage emergency room waits"

ROWS.append(("r189-010", N, True, "22010112", True, "local TV news report of a rabid bat", UL,
    "Reports a confirmed rabid bat with the health department named and quoted, explains spread and fatality, and gives the official advice on bat-in-the-room exposures and pet vaccination.",
    "Typo 'bet' kept. date 1: copyright year only. risks 1: post-exposure treatment named without detail. News care_prompt 0.",
    "qrab", "local outbreak/case report with public-health guidance", False, "", False, False))
ROWS.append(("r189-011", N, True, "12110002", True, "medical clinic news post on the valsartan recall", UL,
    "Correctly states the valsartan recall, the NDMA impurity and its long-term cancer risk, and sends patients to their physician or pharmacist right away.",
    "HARD: thin; it omits the regulator's advice to keep taking the medicine until a replacement is arranged (accuracy 1), but 'see your physician or pharmacist right away' does not tell anyone to stop, so not unsafe. No date or source named (sources 0).",
    "qval", "clinic recall notice for patients; regulator-action item", False, "", False, False))
