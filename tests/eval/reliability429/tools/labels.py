"""rel429 labels: Q (query key -> query) and ROWS (see tests/eval/reltools.py build for the order:
id, genre, reliable, scores (criteria order), partial, doc_type, source_leaning, why, note, query
key, picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "q_iv": "IV drip bar vitamin infusion is it safe worth it",
    "q_trt": "testosterone replacement clinic low T men online risks",
    "q_ket": "ketamine clinic depression infusion what to expect",
    "q_stem": "stem cell clinic unproven treatment FDA warning patients harmed",
    "q_chel": "chelation therapy autism heavy metals detox clinic dangers",
    "q_ozone": "ozone therapy clinic benefits ozone sauna major autohemotherapy",
    "q_hbot": "hyperbaric oxygen therapy wellness center treats autism lyme long covid",
    "q_red": "red light therapy bed anti-aging does it really work",
}

ROWS = [
    ("r429-001", W, True, "12100011", True, "ketamine infusion provider's what-to-expect page", U,
     "Says plainly that ketamine is a treatment for depression, not a cure, gives sensible preparation (fasting, a driver, no alcohol or sedatives around the session) and names dizziness, nausea and hallucinations as effects.",
     "HARD: 'You may continue your other prescribed medications as usual' sits next to an instruction to avoid sedatives and hypnotics for 72 hours, a contradiction for readers on prescribed benzodiazepines (accuracy 1); 'mild, non-threatening hallucinations' plays down dissociation and the blood-pressure rise is not named (risks 1). Clinic service page: warning signs not warranted (POLICY-46 s.1). advertising 1: the provider's own service.",
     "q_ket", "ketamine provider page; second-tier result after two used domains", False, "", False, False),
    ("r429-002", W, True, "22100011", True, "ketamine infusion centre FAQ answer", U,
     "Describes screening, consent, a driver, no driving for 12 hours, blood-pressure and oxygen monitoring by anaesthesiologists and depression scores tracked at each visit; nausea and headaches named.",
     "Thin-but-fair procedural FAQ. 'not routinely been our experience' softens the side effects (risks 1). Clinic service page, so warning signs not warranted (POLICY-46).",
     "q_ket", "anaesthesiologist-run infusion centre FAQ; same query, a different kind of provider", False, "", False, False),
    ("r429-003", W, True, "21100011", True, "local content-site explainer on ketamine clinics for depression", U,
     "Accurate outline of a ketamine session (psychiatric evaluation first, sub-anaesthetic weight-based dose, dissociation, post-infusion monitoring, no driving) aimed at people with treatment-resistant depression.",
     "HARD: a general explainer (not one clinic's page) addressed to people with treatment-resistant depression, so warning signs warranted; none (no crisis or suicidal-thoughts guidance) in the excerpt, which is cut before its side-effects section (risks 1). 'a new path to healing' and the clinic-search framing: claims 1, advertising 1.",
     "q_ket", "explainer on a local news-branded site, not a clinic's own page", False, "", True, False),
    ("r429-004", W, True, "12100011", True, "ketamine clinic blog post on the infusion experience", U,
     "A reassuring first-person walk-through of an infusion (nurse anaesthetist present, dizziness and nausea possible and treatable); no false claim about outcomes.",
     "HARD: the tone minimises ('merely a quick needle prick', 'don't worry', not designed to make you 'stoned'), and dissociation is only implied (accuracy 1, risks 1), but nothing it says is wrong. Clinic's own blog about its service: product page, warning signs not warranted. advertising 1.",
     "q_ket", "clinic blog with patient-experience framing; same query", False, "", False, False),
    ("r429-005", W, True, "11000011", True, "law-firm blog teaser on testosterone therapy and Low T clinics", U,
     "Correctly says testosterone is FDA-approved only for hypogonadism and that Low T clinics prescribe off-label, with doctors disciplined for lending DEA numbers without examining patients.",
     "HARD: 'the vast majority of the millions of men ... do not suffer from hypogonadism' is asserted without a source (claims 1), and hypogonadism is described oddly ('causing developmental disorders in younger patients'; accuracy 1); harms of TRT are not named (risks 1 for the prescribing-oversight point). Not a self-care page: warning signs not warranted. advertising 1: law firm's blog.",
     "q_trt", "product-liability law blog on TRT clinics; the only unused domain in the TRT result list", False, "", False, False),
    ("r429-006", W, True, "12200022", True, "autism information site myth-buster on chelation", U,
     "States that chelation has no proven benefit for autism and can kill (hypocalcaemia, arrhythmia, organ toxicity), separates it from chelation for proven lead poisoning and tells parents of a lead-exposed child to get a venous blood lead test and see a specialist.",
     "HARD: the 2005 death it cites names 'Taryn Graffam'; the widely reported child who died that year was Abubakar Tariq Nadama, so the example looks garbled (accuracy 1). Warning signs not warranted (a myth-busting explainer on a therapy, as r21-007); present true on the letter: lead exposure tied to testing and a specialist. 'Never use alternative practitioners' is blunt but not harmful.",
     "q_chel", "myth-busting page on chelation for autism; the only unused domain among chelation results", False, "", False, True),
    ("r429-007", W, False, "00000012", True, "generic article on ozone autohemotherapy on an off-topic domain", U,
     "Presents ozone autohemotherapy as a 'medical breakthrough' that boosts immunity and helps AIDS, cancer and 'a variety of diseases', with no evidence and no word on its risks (embolism, infection).",
     "Not unsafe_advice: efficacy claims ('has been shown to provide improvements') without a cure, guarantee or safety word. risks 1: it does say breathing ozone may pose health risks. Therapy-benefits article, not self-care: warning signs not warranted.",
     "q_ozone", "ozone-blood-therapy promotion on an unrelated domain", False, "", False, False),
    ("r429-008", W, False, "00000001", True, "alternative-health blog post on ozone for chronic diseases", U,
     "Claims ozone therapy is 'beneficial for various diseases', modulates autoimmunity, regenerates discs and joints and reduces fat, and that 'our body naturally produces ozone', with no evidence and no harms.",
     "Not unsafe_advice: efficacy claims without a cure or safety guarantee. advertising 1: reads as a practitioner's promotion. Therapy explainer (clinic-administered), warning signs not warranted.",
     "q_ozone", "ozone-for-chronic-disease blog post; same query", False, "", False, False),
    ("r429-009", W, False, "00000000", True, "ozone autohemotherapy page on a kidney-disease treatment site", U,
     "Claims ozone autohemotherapy dissolves clots, cleans vessel walls and treats almost every disease, including tumours and kidney disease, and that it avoids drug side effects with better long-term efficacy than drugs.",
     "unsafe_advice: an own-voice safety and superiority claim set against drug treatment, addressed to kidney patients. Service page of a treatment promoter: warning signs not warranted. advertising 0: the site sells the treatment.",
     "q_ozone", "treatment-promotion site aimed at kidney patients; same query",
     True, "It not only avoids adverse effects caused by drugs, but also its long-term efficacy is much better than the effect of drug treatment.", False, False),
    ("r429-010", W, False, "11010001", True, "hyperbaric centre blog post on HBOT for Lyme disease", U,
     "Lists Lyme disease alongside decompression sickness and diabetic wounds as a use of hyperbaric oxygen, presenting an unproven indication for persistent Lyme symptoms as established.",
     "HARD: the Lyme facts are accurate and CDC is cited (sources 1), and the excerpt stops before the centre's explicit claims; label for the false equivalence with approved uses and no evidence caveat (claims 1, risks 0: no barotrauma or fire risk). Clinic service blog: warning signs not warranted. advertising 1.",
     "q_hbot", "HBOT centre page promoting an off-label use; first unused result", False, "", False, False),
]
