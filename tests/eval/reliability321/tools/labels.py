"""rel321 label records: Q (query key -> query as sent) and ROWS (reltools.build tuple order:
id, genre, reliable, scores, partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present).
Scores in criteria order: accuracy_balance, claims, care_prompt, sources, authorship_review,
date, risks_uncertainty, advertising."""

Q = {
    "qgripe": "is it safe to give my baby gripe water for colic",
    "qelder": "can I take elderberry while breastfeeding",
    "qdiff": "is it safe to use essential oils on toddlers diffuser",
    "qmelk": "is melatonin safe for kids to help them sleep",
    "qamber": "amber teething necklace safe for baby",
    "qginger": "does ginger help morning sickness pregnancy safe",
    "qvitd": "should elderly parents take vitamin D and calcium supplements",
    "qrasp": "is it safe to drink raspberry leaf tea to induce labor",
    "qchiro": "chiropractic adjustment for infant colic does it work",
}

W, U, R = "web page", "unreliable-leaning", "reliable-leaning"

ROWS = [
    ("r321-003", W, True, "22100022", True, "generated Q&A post on elderberry while breastfeeding, on an unrelated company domain", U,
     "Says evidence on elderberry in lactation is limited, names allergy and drug-interaction concerns and tells readers to consult a doctor or pharmacist.",
     "HARD: host is an unrelated UK company domain carrying generated posts (authorship 0), but the text is balanced. 'monitor your baby closely for ... rash, hives, or breathing difficulties' names signs without an action such as seeking care, so warning_signs_present false; care 1 for the consult prompt.",
     "qelder", "spam-like host answering the breastfeeding question in a balanced way", False, "", True, False),
    ("r321-004", W, True, "11010011", True, "mom blog post on elderberry while breastfeeding (affiliate links)", U,
     "States that research on elderberry in breastfeeding is scarce, quotes the ABC clinical guide's caution accurately and warns that berries must be cooked.",
     "HARD: the blogger leans on 'traditional herbalists' consider it safe (attributed, so not unsafe_advice) and gives her own opinion; no care prompt in the excerpt (care 0); label true because the limits and the ABC caution are stated plainly. sources 1: ABC guide quoted.",
     "qelder", "personal mom blog on herbal safety while nursing", False, "", True, False),
    ("r321-005", W, False, "11101010", True, "diffuser shop blog post on diffusers around children", U,
     "A diffuser seller calls diffusion 'one of the best and safest ways' to use oils around kids, tells parents to buy 'chemical-free' oils and gives run times, with no age limit for babies or asthma caution.",
     "HARD: it advises 'consulting with your doctor before buying' and a skin test (care 1), and 'yes only if you do it sensibly' qualifies the safety answer (not unsafe_advice); false because the seller's reassurance omits infants, asthma and which oils to avoid. Warning signs not warranted: product-safety page, no condition treated (POLICY-46 s.1). authorship 1: author named.",
     "qdiff", "diffuser seller's blog answering 'is it safe around kids'", False, "", False, False),
    ("r321-006", W, True, "21000011", True, "affiliate blog post on diffuser safety with children", U,
     "Practical safety advice: keep the diffuser out of reach, ventilate, limit run time and avoid peppermint or eucalyptus for children under six.",
     "HARD: thin-but-fair: no word on babies under three months or children with asthma, and 'create a safe, calming environment' is a general reassurance tied to the tips (not unsafe_advice). Warning signs not warranted: product-safety page, no condition treated. advertising 1: affiliate diffuser blog.",
     "qdiff", "affiliate diffuser blog with key takeaways on kids", False, "", False, False),
    ("r321-009", W, False, "10100011", True, "home-care agency blog on vitamin D for older parents", U,
     "Tells readers to talk to their parents' doctors about vitamin D, but says calcium helps prevent cancer, infection and heart disease and calls vitamin D 'the main component of bone strength'.",
     "HARD: mostly harmless advice (sun, diet, ask the doctor: care 1), but the calcium claims are unsupported and the page is silent on calcium supplements' own risks for older people. Not a condition being treated, so warning signs not warranted. advertising 1: agency blog.",
     "qvitd", "home-care agency blog answering what elderly parents should take", False, "", False, False),
    ("r321-011", W, False, "00010000", True, "chiropractor's blog post on chiropractic for infant colic", U,
     "Turns one trial into 'proof' that chiropractic helps colic and claims chiropractic has a positive effect on 'various pediatric health issues', steering parents to paediatric chiropractors.",
     "unsafe_advice false: efficacy claim ('proof'), not a cure or safety guarantee. date 0: 'October 2012' dates the study, not the page. Clinic service post: warning signs not warranted (POLICY-46 s.1).",
     "qchiro", "chiropractic practice post claiming proof for colic", False, "", False, False),
    ("r321-012", W, False, "10010001", True, "chiropractic practice blog on a Danish colic trial", U,
     "Reports the small 1999 Danish trial's favourable result for spinal manipulation under a 'get relief' title, with no mention of its limits, later negative trials or risks to infants.",
     "HARD: the trial description is broadly faithful (accuracy 1, sources 1), but the dropout point is presented as proof of superiority and nothing on bias or evidence against. Clinic service post: warning signs not warranted. advertising 1.",
     "qchiro", "chiropractic blog summarising the trial it relies on", False, "", False, False),
]
