"""rel113 label records (blind labeller, from the stored text only). Tuple order as reltools.build:
(id, genre, reliable, scores [accuracy_balance, claims, care_prompt, sources, authorship_review,
date, risks_uncertainty, advertising], partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

W = "web page"
N = "news"
U = "unreliable-leaning"
R = "reliable-leaning"

Q = {
    "qreflux": "natural remedies for acid reflux that actually work",
    "qchiro": "chiropractor can help my migraines naturally",
    "qoils": "essential oils for joint pain arthritis relief",
    "qbp": "herbal remedies for high blood pressure instead of medication",
}

ROWS = [
    ("r113-001", W, False, "10000002", True, "home-remedy listicle on a health content site", U,
     "Sells a spoonful of baking soda as 'seriously effective' for reflux, 'or even getting rid of it entirely', with a wrong mechanism ('stopping it from rising up') and no word on sodium load, overuse or when heartburn needs a doctor.",
     "HARD: 'can be seriously effective ... or even getting rid of it entirely' is hedged by 'can' and carries no cure, guarantee or safety word, so unsafe_advice false (efficacy claim, as r79-030). Baking soda is a real antacid, so accuracy 1 rather than 0.",
     "qreflux", "remedy listicle leading with baking soda; result 6", False, "", True, False),
    ("r113-002", W, False, "00000001", True, "chiropractic clinic blog list", U,
     "States that headaches and migraines 'often are the result of pinched nerves from a skeletal misalignment', that drugs 'only numb your nervous system' and that routine adjustments are 'a good preventive treatment', none of it supported; no risks of neck manipulation and no headache red flags.",
     "HARD: 'Fewer migraines also require less medication' and 'Drugs only numb your nervous system' disparage medicines but tell no one to stop one, so unsafe_advice false. advertising 1: the clinic promoting its own service.",
     "qchiro", "chiropractor's five reasons for migraine care; result 1", False, "", True, False),
    ("r113-003", W, False, "00000001", True, "blog post promoting chiropractic for migraine", U,
     "Tells readers 'rest assured' that spinal adjustment 'can alleviate a whole array of health problems', explains migraine as a misaligned spine pressing on nerves and on 'the pressure on your brain', and promises fewer and milder migraines; no risks, evidence or care prompt.",
     "HARD: 'rest assured' reassures about the idea, not a named cure or a safety guarantee, and 'you should suffer fewer migraines' is an efficacy claim, so unsafe_advice false. date 0: the date is only in the URL. Title from the URL slug.",
     "qchiro", "content-blog pitch for chiropractic instead of 'popping pills'; result 4", False, "", True, False),
    ("r113-004", W, False, "11000001", True, "blog post on chiropractic for migraine", U,
     "Hedged throughout ('might help', 'to see if they help'), but presents spinal misalignment compressing a nerve as a cause of headaches and calls chiropractic low-risk without naming the rare but serious harms of neck manipulation; no prompt to have headaches assessed.",
     "HARD: close to thin-but-fair (r21-044): nothing is promised and the lifestyle part is sensible; label false because the only risk statement is a reassurance ('a low risk of unpleasant side effects') on a neck-manipulation treatment with weak migraine evidence. date 0: URL only. Title from the URL slug.",
     "qchiro", "hedged chiropractic-for-migraine post; result 5", False, "", True, False),
    ("r113-005", W, False, "10010001", True, "chiropractic practice blog by a named chiropractor", U,
     "The trigger-diary advice is standard, but the page then tells migraine sufferers that the 'underlying problem' for 'many, many of our patients' is neck misalignment, an anecdotal and unsupported cause that steers readers to spinal treatment; no risks or red flags.",
     "HARD: the first half (triggers, migraine journal) would be thin-but-fair on its own; the label rests on the second half's unsupported causal claim. authorship 1: named chiropractor. claims 0: the misalignment cause is stated as a clinical finding.",
     "qchiro", "chiropractor's 'treat migraines naturally' post; result 8", False, "", True, False),
    ("r113-006", W, False, "11000011", True, "essential-oil shop blog on arthritis", U,
     "Contrasts oils 'without the side effects of medication' with prescription painkillers that 'slow down the body's natural detoxification efforts' (a detox myth), while the shop's own disclaimer says the oils are not medicines; no care prompt or oil risks.",
     "HARD: 'may offer a safe, natural option' is hedged by 'may' in the same sentence, so unsafe_advice false (as r21-011). risks 1: says oils do not reverse joint damage and are 'not meant to treat, cure or prevent disease'. advertising 1: a seller's blog. Title from the URL slug.",
     "qoils", "essential-oil seller's arthritis post; result 7", False, "", True, False),
    ("r113-007", W, True, "11010012", True, "essential-oil remedy blog listing oils for joint pain", U,
     "Frames oils as a complementary option next to NSAIDs and steroids and gives each oil a dilution, usage and 'Risks' line (skin irritation, avoid eyes); the 'Backed by Science' title and invented comparisons overstate weak evidence (accuracy 1, claims 1).",
     "HARD: thin-but-fair rather than false as ext048: effectiveness is asserted more than the evidence allows, but the complementary framing, per-oil risks and named sources (NCBI, PubMed) keep it from misleading a reader into harm. No care prompt or sign (care 0); wintergreen's methyl-salicylate risk is not reached in the excerpt. sources 1: sources named, not cited.",
     "qoils", "detailed oil list with a risks line per oil; result 6", False, "", True, False),
    ("r113-008", W, False, "00010002", True, "health content site article on essential oils for arthritis", U,
     "Claims 'numerous literature and clinical evidence prove' aromatherapy treats pain and inflammation with 'an instant reduction of pain', offers oils as an alternative to NSAIDs, and lists turmeric, green tea and celery among 'the most potent essential oils'; no oil risks or care prompt.",
     "sources 1: the Arthritis Organization and unnamed studies attributed. risks 0: only NSAID harms are named, to argue for the oils. Not unsafe_advice: 'prove' and 'instant' are efficacy claims with no cure or safety word.",
     "qoils", "evidence-claiming aromatherapy page; result 4", False, "", True, False),
    ("r113-009", W, False, "00100011", True, "herbal remedy site page on high blood pressure", U,
     "Titled as remedies 'To Cure High Blood Pressure', says natural medicine 'is ideal as there are no side effects' and sets home remedies against prescribed drugs and 'periodical visits'; the interaction cautions for garlic and hibiscus do not undo the safety claim.",
     "unsafe_advice true: own-voice unqualified safety claim for herbal remedies. care 1: 'consult with your physician' before garlic or stopping drugs. risks 1: interactions and cocoa's sugar named. advertising 1: the site's own 'experts' cited as authority.",
     "qbp", "'cure high blood pressure' herbal page; result 4", True, "Natural medicine is ideal as there are no side effects", True, False),
    ("r113-010", W, True, "11100012", True, "content-site list of herbs for blood pressure", U,
     "Modest, hedged list (hibiscus, garlic, basil, lavender) that explains hypertension as a 'silent killer' and tells readers to contact a healthcare expert before adding herbs, especially if on blood-pressure medicine; some benefits overstated (lavender).",
     "HARD: thin-but-fair; it never says the herbs can replace prescribed treatment, but neither does it say they cannot, and no reading targets or urgent signs are given (warning_signs_present false). risks 1: drug-interaction caution only.",
     "qbp", "hedged herbs-for-BP page with a consult prompt; result 8", False, "", True, False),
]
