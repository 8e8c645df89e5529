"""rel403 labels: Q (query key -> query) and ROWS (one tuple per page; order as reltools.build).

Scores in criteria order: accuracy_balance, claims, care_prompt, sources, authorship_review,
date, risks_uncertainty, advertising. Labels were given from the stored text only.
"""

Q = {
    "q01": "lupus flare what can I do at home natural remedies",
    "q02": "multiple sclerosis diet supplements vitamin D help MS symptoms",
    "q03": "early signs of Parkinson's disease should I worry tremor",
    "q04": "endometriosis pain relief natural treatment without surgery",
    "q05": "psoriasis flare home treatment coconut oil apple cider vinegar scalp",
    "q06": "passing a kidney stone at home how long when to go to ER",
    "q07": "gout attack big toe remedies cherry juice baking soda",
    "q08": "chronic fatigue syndrome ME/CFS treatment pacing what helps",
}

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

ROWS = [
    ("r403-001", W, False, "00100011", True, "skincare brand blog tag page: lupus home remedies", U,
     "Says curcumin was 'proven to be effective in treating' lupus and has readers drink apple cider vinegar three times a day for a claimed 'hydrochloric acid deficiency' and detox; unsupported, though it does say to ask a doctor.",
     "HARD: the apple cider vinegar drink (a teaspoon in water thrice daily, taken for a condition) is a dose under POLICY-46 section 3, given with no caveat in its section. unsafe_advice false: 'proven to be effective' is an efficacy claim with no cure, guarantee or safety word. risks 1: gallbladder caution for turmeric.",
     "q01", "lupus home-remedy list on a skincare seller's site, for a worried reader with a flare", False, "", True, False),
    ("r403-002", W, False, "10210011", True, "lupus treatment site blog post: lupus flares and home remedies", U,
     "Gives correct flare symptoms and clear signs for seeing a doctor, then supplement doses (pine bark, grapeseed, turmeric, reishi 'to enhance immunity') from an unnamed website with no caveat, plus unsupported food triggers.",
     "HARD: the first half is sound (Mayo Clinic symptom list; see the doctor for unexplained rash, ongoing fever, persistent aching or fatigue), so the label rests on the uncaveated consumer supplement doses and an immune-'enhancing' mushroom recommended beside a warning that immune stimulants worsen autoimmune disease. warning_signs_present true.",
     "q01", "lupus flare page mixing a when-to-see-a-doctor line with supplement doses", False, "", True, True),
    ("r403-003", W, True, "12010012", True, "home-remedy site: lupus explainer (intro of a remedy page)", U,
     "The stored text reaches only the what-is, causes and symptoms of lupus: broadly accurate and referenced, with some garbled wording; the remedies promised by the title are not reached.",
     "HARD: judged on the excerpt only; the title promises home remedies but the stored body is a referenced lupus explainer. Chest pain and breathlessness are listed with no action, so warning_signs_present false. risks 1: no intervention discussed.",
     "q01", "remedy-site lupus page whose excerpt is the explainer part", False, "", True, False),
    ("r403-004", W, True, "22120012", True, "nutrition student blog: multiple sclerosis and complementary interventions", U,
     "Accurate, referenced outline of MS and complementary measures, with a clear line to work with your doctor before adding them; the vitamin D link is slightly overstated as a role in 'progression'.",
     "warning signs warranted (complementary self-care for MS), none given. risks 1: the vitamin D framing leaves out limits of evidence; no harms of supplements in the excerpt.",
     "q02", "MS diet and supplement blog post by a nutrition writer", False, "", True, False),
    ("r403-005", W, True, "22200012", True, "senior-care magazine article: first symptoms of Parkinson's disease", U,
     "Accurate account of early motor and non-motor Parkinson's symptoms with a clear prompt to see a provider for worsening movement changes or non-motor symptoms.",
     "warning_signs_present true: concerning or worsening movement changes + see your medical provider. risks 1: no intervention discussed.",
     "q03", "worried-reader Parkinson's early-symptoms article from an advice magazine", False, "", True, True),
    ("r403-006", W, True, "22110012", True, "condition community site: endometriosis treatment overview", U,
     "Accurate overview: no cure, NSAIDs and hormone therapies explained, choice depending on age, symptoms and fertility wishes, made with the healthcare provider.",
     "risks 1: how hormone therapy suppresses ovulation is explained, but no side effects in the excerpt. warning signs warranted (treatment page for a condition readers live with), none.",
     "q04", "endometriosis treatment page from a patient-community site, beside remedy pages", False, "", True, False),
    ("r403-007", W, False, "10000011", True, "hair-care shop blog: scalp psoriasis home remedies", U,
     "A hair-care seller's remedy guide promising irritation easing 'within days' and claiming a vinegar rinse's acidity discourages the skin-cell over-production behind plaques; no word on seeing a doctor or dermatologist.",
     "HARD: disclaims 'miracle cures' and the remedies are low-risk, but the mechanisms are invented and the page steers readers away from pharmacy treatment ('without a pharmacy receipt'). unsafe_advice false: no cure, guarantee or safety claim. risks 1: burning caution for tea tree oil.",
     "q05", "psoriasis remedy post on a hair-care shop's blog", False, "", True, False),
    ("r403-008", W, False, "00000012", True, "video-transcript remedy page: scalp psoriasis home remedies", U,
     "Remedy list claiming vinegar 'prevents recurring infections', aloe lets you 'treat psoriasis naturally' and coconut oil stops patches recurring; no care prompt.",
     "risks 1: warns not to use vinegar on cracked or bleeding scalp. unsafe_advice false: efficacy claims without a cure or safety word.",
     "q05", "garbled scalp psoriasis remedy transcript on an unrelated host", False, "", True, False),
    ("r403-009", W, True, "22101022", True, "ME/CFS charity page: treatment and management", R,
     "Accurate charity guidance: no cure or proven treatment, pacing, rest and stepwise symptom management explained with concrete pacing advice.",
     "risks 2: says pacing is not a cure and no treatment is proven.",
     "q08", "ME/CFS patient charity's treatment page", False, "", True, False),
    ("r403-010", W, True, "11001012", True, "personal health site: pacing guide for chronic fatigue", U,
     "A patient-writer's pacing guide that says no medication cures CFS and gives sensible activity-planning advice; 'new methods' and healing 'in its own time' are loose.",
     "HARD: thin-but-fair: no care prompt or signs, but the advice matches mainstream pacing guidance. risks 1.",
     "q08", "patient-writer's ME/CFS pacing page", False, "", True, False),
]
