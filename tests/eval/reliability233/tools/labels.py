"""rel233 labels: Q (query key -> query) and ROWS (see tests/eval/reltools.py build for the order:
id, genre, reliable, scores, partial, doc_type, source_leaning, why, note, query key, picked_because,
unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

Q = {
    "qd3": "buy vitamin D3 5000 IU capsules subscribe and save",
    "qcp": "clinically proven supplement 97% of users saw results",
    "qmg": "magnesium glycinate 400mg supplement shop product",
    "qcr": "whey protein powder creatine monohydrate sports nutrition store",
}

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

ROWS = [
    ("r233-001", W, False, "00110000", True, "supplement product page", U,
     "A shop's vitamin D3 5,000 IU page: a daily 5,000 IU dose (above the usual 4,000 IU upper limit, not said) and disease-prevention claims (cancers, colorectal cancer, depression) presented as emerging evidence to sell the product; it does suggest a 25(OH)D blood test.",
     "HARD: the blood-test advice and numbered references are good; false for the cancer/depression prevention selling claims and the unqualified above-UL dose.",
     "qd3", "a D3 product page with a dose and disease-prevention claims", False, "", False, False),
    ("r233-002", W, True, "21100011", True, "shop category page", U,
     "A vitamin shop's vitamin D category text: short, accurate, gives the usual dose range and says to consult an expert above 5,000 IU because vitamin D can accumulate to toxicity.",
     "thin but fair; the softgel-over-capsule preference is unsupported but harmless.",
     "qd3", "a shop category page with a dose range and a toxicity caution", False, "", False, False),
    ("r233-003", W, False, "10000000", True, "seller blog guide", U,
     "A prenatal-supplement brand's guide to 5,000 IU vitamin D as a 'therapeutic dose' for moderate to severe deficiency that disparages 'most brands' and steers readers to its own products; the risk section is only a contents line.",
     "HARD: warranted as a self-treatment guide for deficiency on a seller's blog (POLICY-46 s.1); the announced risk and safety sections are cut off, so judged on the stored text.",
     "qd3", "a seller's blog guide to self-treating deficiency with high-dose D", False, "", True, False),
    ("r233-004", W, True, "21110011", True, "supplement product page", U,
     "A shop's product page for a liquid magnesium glycinate: accurate, modest authorised-style claims, one trial described with its size, and a label dose 'or as directed by your healthcare professional'.",
     "product page, so warning signs not warranted.",
     "qmg", "a magnesium product page with ingredient strengths and a trial claim", False, "", False, False),
    ("r233-005", W, True, "22000001", True, "pharmacy product page", U,
     "A compounding pharmacy's magnesium chelate page: accurate physiology and modest claim ('may be a useful nutritional adjunct'); 3 tablets (400 mg) daily with no side-effect or kidney caution.",
     "HARD: 400 mg of supplemental magnesium is above the 350 mg upper limit and no caution is given, but the label-style dose is cut off at 'or as dir[ected]' and the claims are modest; true on balance.",
     "qmg", "a pharmacy product page with ingredient strengths and a label dose", False, "", False, False),
    ("r233-006", W, False, "10000000", True, "affiliate blog", U,
     "An 'ultimate guide' promoting a 400 mg magnesium glycinate product for 'deep, restorative sleep', muscle and heart support, 'without unpleasant side effects'; no risks, interactions or doctor.",
     "warranted: a supplement-for-sleep guide readers act on; no signs.",
     "qmg", "an affiliate-style product guide with sleep and heart claims", False, "", True, False),
    ("r233-007", W, False, "11000000", True, "content-farm article", U,
     "A generic article recommending 400 mg magnesium glycinate at bedtime for sleep, anxiety, muscles and heart; claims are hedged ('may') but no kidney, interaction or upper-limit caution and no care prompt for anxiety or insomnia.",
     "HARD: hedged wording, nothing dangerous in itself; false as a self-treatment piece for anxiety and insomnia with a dose above the supplemental upper limit and no cautions.",
     "qmg", "a 400 mg magnesium self-help article for sleep and anxiety", False, "", True, False),
    ("r233-008", W, True, "21000001", True, "shop blog", U,
     "A sports-nutrition shop's creatine explainer: strength, power and muscle-gain benefits are well supported; endurance and cognitive claims are stretched but hedged ('emerging', 'may'); no safety word.",
     "HARD: a seller's page with no risks section, but the core creatine claims match the evidence; performance, not a health problem, so warning signs not warranted.",
     "qcr", "a sports shop's creatine explainer", False, "", False, False),
    ("r233-009", W, True, "22020011", True, "shop evidence guide", U,
     "A supplement retailer's 'evidence based review' of creatine with numbered references: accurate history, physiology and benefit claims for strength, power and lean mass.",
     "referenced and measured; the excerpt stops before dosing and safety.",
     "qcr", "a retailer's referenced creatine review", False, "", False, False),
    ("r233-010", W, True, "22110021", True, "supplement reference page", U,
     "A supplement database page on magnesium glycinate: modest benefits quantified ('~2-4 mmHg'), named drug interactions with spacing advice, a pharmacist/prescriber prompt and quality-certification advice.",
     "warranted as a guide to using a supplement for sleep, anxiety, blood pressure and migraine; no signs given. '200-400 mg elemental' slightly exceeds the supplemental upper limit, but interactions are well covered.",
     "qmg", "a supplement reference page with interactions", False, "", True, False),
]
