"""rel269 labels: Q (query key -> query) and ROWS (see tests/eval/reltools.py build for the tuple order).

Tuple: id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources,
authorship_review, date, risks_uncertainty, advertising), partial, doc_type, source_leaning, why,
note, query key, picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted,
warning_signs_present.
"""

Q = {
    "q01": "is it safe to stop taking statins on my own",
    "q02": "how to taper off sertraline safely withdrawal symptoms",
    "q03": "coming off benzodiazepines slowly taper schedule diazepam",
    "q04": "natural alternatives to blood pressure medication can I stop my pills",
    "q05": "levothyroxine stopped taking what happens forum",
    "q06": "prednisone taper adrenal insufficiency don't stop suddenly",
    "q07": "can I stop using my asthma inhaler when I feel better",
    "q08": "deprescribing older adults too many medications pharmacist review",
    "q09": "news: patients stopping statins after social media misinformation study",
    "q10": "antidepressant withdrawal symptoms study news 2024 discontinuation",
    "q11": "Zantac ranitidine withdrawn from market recall patients what to do",
    "q12": "deprescribing trial older people fewer pills hospital admissions press release",
}

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

ROWS = [
    ("r269-001", W, True, "10000012", True, "patient forum thread (question and first reply) on stopping levothyroxine", U,
     "A patient explains why she stopped levothyroxine; the reply (cut off) correctly points out that her normal thyroid test was taken while on 125 mcg, so levels are unlikely to stay normal off the drug.",
     "HARD: the thread is the page; the poster's reasons for stopping are a question, not advice, and the visible reply corrects the key misconception, so reliable on the reply's substance. accuracy 1: the poster's misconceptions are only partly answered before the cut. No doctor prompt or signs in the excerpt (care 0). unsafe_advice false: the poster reports her own decision, nobody tells readers to stop. risks 1: harm of stopping implied, not spelled out.",
     "q05", "forum thread on stopping thyroid medication; worried-reader result for levothyroxine", False, "", True, False),
    ("r269-002", W, True, "11000022", True, "short information page on stopping corticosteroid treatment (cortisone information site)", U,
     "Says long-term corticosteroids must be stopped gradually to avoid adrenal insufficiency, that there is no standard timetable, and that the benefit of the suggested 10%-every-10-15-days rule has never been proven.",
     "HARD: 'a few days or weeks ... may be quickly stopped without risk' overstates safety for courses of several weeks (HPA suppression can follow about three weeks), so accuracy 1 and claims 1; kept reliable for the correct core message and its honesty about evidence. unsafe_advice false: 'may' and the short-term limit qualify it, and it does not tell readers to stop a medicine. No doctor prompt and no adrenal-insufficiency signs tied to an action (care 0, warning_signs_present false). risks 2: adrenal insufficiency and evidence limits named.",
     "q06", "plain-language steroid discontinuation page; only non-clinician-portal result on tapering", False, "", True, False),
    ("r269-003", W, True, "22202221", True, "university pharmacy school Q&A column on continuing an asthma controller", U,
     "Tells a reader whose asthma is better to keep taking the controller daily, explains step-down criteria (symptoms under two days a week for three months, etc.) and says never to step down alone because of the risk of a severe attack.",
     "care 2: talk to the provider before stepping down. warning_signs_present false: the step-down criteria and the attack risk are not signs tied to an action (no 'get help if'). authorship 2: named pharmacists with credentials; date 2: published 05 February 2014 (guidance then still allowed SABA-only step 1; nothing shown is now wrong). advertising 1: university recruitment line at the end.",
     "q07", "pharmacist Q&A directly on stopping a controller inhaler when asthma feels better", False, "", True, False),
    ("r269-004", W, True, "11011212", True, "asthma inhaler explainer on an online-pharmacy-style .su content site", U,
     "Explains that current guidelines (GINA 2025) advise against reliever-only (SABA) treatment and favour inhaled corticosteroid plus formoterol as controller and reliever, with a fire-extinguisher analogy.",
     "HARD: the guideline message is correct, but the 'VA/DOD study' prescribing figures and 'research now proves it's dangerous' are unverifiable or overstated (accuracy 1, claims 1), on a spam-looking domain with a named but uncredentialled author (authorship 1). Judged on the text: advice agrees with guidelines and does not tell readers to change inhalers without a doctor, though no doctor prompt appears in the excerpt (care 0). date 2: 4 January 2026. risks 1: SABA-only risk named, no ICS side effects.",
     "q07", "inhaler-use explainer from a pharmacy-style site; different source kind from the pharmacist column", False, "", True, False),
    ("r269-005", W, True, "22120022", True, "professional journal review article on deprescribing in older people (Australian Prescriber)", R,
     "Defines deprescribing, explains polypharmacy harms, says withdrawal effects can be reduced by monitoring and gradual tapering, and reports the mortality evidence with its confidence interval.",
     "warning_signs_warranted false: written for prescribers (as r41-010's professional audience), not a self-care page. care 1: shared decision with the prescriber recommended. sources 2: numbered references and effect sizes. No author or date in the excerpt.",
     "q08", "independent prescribing journal's deprescribing review; the reliable-leaning source for the deprescribing topic", False, "", False, False),
    ("r269-006", N, False, "11011002", True, "healthcare trade-news summary of a cardiologist's piece on anti-statin misinformation", U,
     "Bullet-point summary for clinicians about patients refusing statins because of social-media claims; it gives no data on statin benefits or harms and no evidence beyond one cardiologist's account.",
     "HARD: its stance agrees with the evidence, but judged as news it quantifies no benefit, names no statin harm or evidence (risks 0), uses 'cholesterol quacks' framing and rests on one source (sources 1). A reader learns nothing checkable about statins; label for one-sided, evidence-free reporting, not for a false claim.",
     "q09", "trade-news item on statin refusal driven by misinformation; news on medicine scares", False, "", False, False),
    ("r269-007", N, True, "22020022", True, "research-commentary blog post on a 2024 antidepressant discontinuation meta-analysis (Mental Elf)", U,
     "Sets out the polarised debate, explains why an earlier 50% estimate relied on self-selected surveys, and why symptoms after stopping placebo must be compared; describes the Henssler 2024 meta-analysis methods.",
     "Careful research news: limitations of prior evidence and nocebo effects explained (risks 2), studies named (sources 2). Author and page date not in the excerpt. Results section not reached.",
     "q10", "independent research blog on the 2024 discontinuation meta-analysis", False, "", False, False),
    ("r269-008", N, False, "11010012", True, "radio station news brief on the 2020 FDA ranitidine (Zantac) market withdrawal", U,
     "Reports that the FDA asked makers to pull ranitidine because a probable carcinogen increases over time, and says people should stop taking what they have and throw it away.",
     "HARD: the FDA told over-the-counter users to stop but told prescription users to talk to their clinician first and to use take-back or proper disposal; the brief applies 'stop ... throw them away' to everyone and gives no alternatives or risk size (accuracy 1, risks 1). unsafe_advice false: attributed to the FDA and news. No date in the excerpt.",
     "q11", "local news brief on a drug withdrawal; recall/regulator-action news", False, "", False, False),
    ("r269-009", N, True, "22010012", True, "law-firm website repost of a news item on a Danish statin-news study", U,
     "Reports a Danish study of 674,000 statin starters linking negative statin news stories to people stopping their statins, with the likely consequence of more heart attacks and deaths, and names the journal.",
     "HARD: very short and on a law firm's site, but accurate and hedged ('may', 'probably'), with study size and journal (sources 1); no limitations of an observational design and no independent comment (risks 1). No promotion in the excerpt.",
     "q09", "short news repost on how scare stories make people stop statins", False, "", False, False),
    ("r269-010", N, True, "22022222", True, "Science Media Center Germany research-in-context item on an antidepressant discontinuation meta-analysis (German)", R,
     "Reports the Lancet Psychiatry meta-analysis (79 studies, over 20,000 people): 31% report discontinuation symptoms after antidepressants vs 17% after placebo, severe 2.8% vs 0.6%, so about one in six to seven is truly affected; independent experts note study heterogeneity.",
     "Model research news: absolute numbers with placebo comparison, expectation effects, independent caveats, dated 06.06.2024. German-language page.",
     "q10", "science press-service item on the same meta-analysis; gives absolute numbers", False, "", False, False),
]
