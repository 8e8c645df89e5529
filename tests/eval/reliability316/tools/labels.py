"""rel316 labels: Q (query key -> query as sent to the `pages` search) and ROWS (one tuple per page:
id, genre, reliable, scores in criteria order, partial, doc_type, source_leaning, why, note,
query key, picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted,
warning_signs_present). Labelled blind from the stored excerpts only."""

Q = {
    "qacv": "does apple cider vinegar really help acid reflux",
    "qash": "is it safe to take ashwagandha every day",
    "qcop": "do copper bracelets help arthritis pain",
    "qeld": "does elderberry syrup work for flu should I give it to my kids",
    "qcol": "is collagen powder worth taking for joint pain evidence",
    "qsau": "are infrared saunas safe during pregnancy",
    "qmag": "does magnesium glycinate help anxiety should I take it",
}

W = "web page"
U = "unreliable-leaning"
R = "reliable-leaning"

ROWS = [
    ("r316-001", W, False, "10101011", True, "ashwagandha daily-safety article on an Indian herb seller's site", U,
     "Answers 'yes, for most people' with a sound who-should-avoid list, but states unproven benefits as fact ('supports ... thyroid & adrenal health', 'hormonal harmony') and gives a titrate-up dose table without any mention of liver injury.",
     "HARD: close to r316-002; the safety answer is qualified ('for most people', 'exceptions'), so unsafe_advice false; false for the unhedged benefit list from a seller and a consumer dose table with no professional caveat in that section (dose per POLICY-46 3). authorship 1: named botanist's note. risks 1: contraindications and interactions, no side effects or liver harm.",
     "qash", "herb-seller blog answering the exact 'safe every day' question; first page of results", False, "", True, False),
    ("r316-002", W, True, "11100011", True, "ashwagandha daily-safety article on a supplement shop's blog", U,
     "Gives a qualified answer (generally safe at 300-600 mg, mild digestive upset or drowsiness, thyroid, autoimmune and pregnancy groups to consult a provider); the rest of the excerpt is traditional history.",
     "HARD: seller's blog; omits the rare liver-injury reports and long-term uncertainty (accuracy 1, risks 1), and the horse-strength etymology is folklore; judged fair for the question asked. 'generally safe' qualified in the same sentence, so unsafe_advice false. The 300-600 mg figure is given with a consult line in the same answer.",
     "qash", "supplement shop blog post with a direct answer paragraph; contrast with r316-001", False, "", True, False),
    ("r316-003", W, True, "22111012", True, "local parenting magazine Q&A with a nurse practitioner on elderberry and essential oils for kids", U,
     "Describes the elderberry evidence accurately (test-tube and mouse studies, one 60-person trial criticised for its size, larger study needed) and flags families skipping flu shots for elderberry.",
     "No sign-plus-action in the excerpt (warning_signs_present false). date 0: date in the URL only. authorship 1: named NP as the expert source.",
     "qeld", "parenting magazine 'mythbusting' piece from the elderberry results", False, "", True, False),
    ("r316-004", W, False, "10010002", True, "elderberry-for-kids article on a fitness and diet content site", U,
     "Calls elderberry 'an evidence-based treatment' and says it may reduce the risk of cancer and improve heart health because of antioxidants, resting on a few small studies; no safety or care information for children in the excerpt.",
     "HARD: the study descriptions are roughly right and 'may' hedges; false for the overstated evidence framing and cancer claim on a page answering whether to give it to children, with safety and dosing promised but not shown. unsafe_advice false: no cure or safety guarantee.",
     "qeld", "content-site article promising safety and dosing for kids", False, "", True, False),
    ("r316-005", W, False, "11010010", True, "collagen-for-joint-pain article on a collagen brand's blog with an inline product plug", U,
     "Hedged summary ('may help', 'more research is necessary') but one-sided toward benefit and interrupted by a plug for the brand's own bone-and-joint supplement 'designed to support joint health'.",
     "HARD: not dangerous and cites a review; false under the 'selling the product being praised' rule (advertising 0) with no word that the trials are small and industry-funded or that joint pain may need assessment. Blog post on a supplement for a condition on a seller's site, so warning signs warranted (POLICY-46 1).",
     "qcol", "brand blog answering 'does it work' for joint pain", False, "", True, False),
    ("r316-006", W, True, "22000012", True, "nutrition Q&A blog answering a reader about collagen for knee pain", U,
     "Explains correctly that oral collagen is digested to amino acids and cannot simply travel to the knee, and that vitamin C is needed for collagen synthesis; sceptical and accurate.",
     "No care prompt or signs for knee pain in the excerpt (care 0). No sources or date shown.",
     "qcol", "reader-question format on the exact collagen/knee-pain question", False, "", True, False),
    ("r316-007", W, True, "22020022", True, "automated evidence-grading verdict page on collagen peptides for joint health", U,
     "Grades the evidence weak and disputed, names the trials with PMIDs and sizes, notes industry funding, subjective outcomes and EFSA's rejected claim; accurate and balanced.",
     "HARD: machine-generated site with no named author (authorship 0); warning signs judged not warranted: an evidence verdict that gives no self-care instructions (as r21-007's explainer), not a how-to.",
     "qcol", "evidence-verdict page in the collagen results, a different source kind", False, "", False, False),
    ("r316-008", W, True, "22210022", True, "information page on a baby-products shop answering whether infrared saunas are safe in pregnancy", U,
     "States that infrared saunas still raise core temperature, that the consensus (ACOG, Mayo Clinic) is to avoid all saunas in pregnancy, and gives signs to act on: dizziness, fainting, contractions or bleeding need immediate provider contact.",
     "warning_signs_present true: named signs tied to an action. Not a product page (no product sold on this page). sources 1: bodies named, no links.",
     "qsau", "shop info page with an explicit warning-signs section", False, "", True, True),
    ("r316-009", W, False, "00100002", True, "sauna enthusiast site article on infrared cabins in pregnancy", U,
     "Says pregnant women 'cannot be advised against' infrared cabins and, as a heading, 'Infrared radiation is safe for mother and child', contrary to the advice to avoid overheating in pregnancy.",
     "unsafe_advice true: own-voice unqualified safety claim for pregnancy. warning_signs_present false: 'pre-existing conditions or high-risk pregnancies' + consult before use is a pre-use consult prompt, not a sign needing care (POLICY-46 2); care 1 for it.",
     "qsau", "sauna site that says the opposite of r316-008", True, "Infrared radiation is safe for mother and child", True, False),
    ("r316-010", W, False, "00000201", True, "magnesium-for-anxiety article on a supplement brand's blog", U,
     "Asserts magnesium 'has been found to be a potential treatment' for general, postpartum and PMS anxiety with no evidence cited and a circular rationale, and never suggests assessment or treatment for an anxiety disorder.",
     "No cure or safety word, so unsafe_advice false. date 2: 21st Nov 2023. advertising 1: brand blog, no product shown in the excerpt.",
     "qmag", "supplement brand blog on magnesium glycinate for anxiety", False, "", True, False),
]
