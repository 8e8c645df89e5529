"""rel275 label records (blind; from the stored excerpts only). Tuple order as reltools.build:
id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources, authorship_review,
date, risks_uncertainty, advertising), partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present."""

Q = {
    "qmri": "should I get a full body MRI scan worth it",
    "qfit": "food intolerance test IgG kit accurate?",
    "qpsa": "PSA test results high what does it mean worried",
    "qmam": "mammogram at 40 or 50 how often screening",
}

W, N = "web page", "news"
UL, RL = "unreliable-leaning", "reliable-leaning"

ROWS = [
    ("r275-001", W, True, "11100012", True, "full-body MRI pros-and-cons post on a content blog", UL,
     "Lists cost, false positives, long scan time and implant limits against the benefits and says the decision belongs with a provider; no sources, no author.",
     "HARD: 'typically recommended for people at high risk ... due to family history or lifestyle factors' overstates the narrow uses of whole-body MRI and 'can detect ... tumors, aneurysms, or heart problems' is upbeat (accuracy 1, claims 1); the 'safe option for most people' line is qualified, so not unsafe. Screening explainer for people without symptoms: warning signs not warranted. date 0: year only in the URL.",
     "qmri", "content-blog pros/cons list on full-body MRI from the first results", False, "", False, False),
    ("r275-002", N, True, "22012122", True, "news story (re-posted on a finance site) on full-body MRI after a celebrity case", UL,
     "Sets a celebrity's pancreatic-cancer story against medical organisations and named experts (ACS's chief scientific officer) who say the evidence does not show whole-body scans help average-risk people.",
     "Re-post with no byline in the excerpt (authorship 0); the excerpt stops before the harms section (risks 1: evidence gap stated, no harms yet).",
     "qmri", "news-style story on the Menounos full-body MRI case with expert counterpoints", False, "", False, False),
    ("r275-003", W, True, "22100022", True, "science-communication Q&A on full-body MRI", RL,
     "Says full-body MRI is not needed for most healthy people, explains average risk and incidental findings, and gives MRI and gadolinium contrast safety accurately.",
     "'Overall, MRIs are very safe!' is qualified right after by contrast allergy and retention, so not a safety guarantee; screening question for healthy people: warning signs not warranted.",
     "qmri", "scientist-run Q&A site answering the reader's exact question", False, "", False, False),
    ("r275-004", W, False, "11010010", True, "direct-to-consumer IgG food intolerance test product page", UL,
     "Sells a 96-food IgG 'Food Intolerance Check' that 'assesses your response' to foods, while admitting the allergy society does not recommend IgG testing for diagnosis.",
     "HARD: the ASCIA disclaimer is accurate and prominent (sources 1, risks 1), but the page still sells a test whose result it admits does not show intolerance, and the description implies it measures a reaction (accuracy 1, claims 1, advertising 0). Product page: warning signs not warranted (POLICY-46).",
     "qfit", "Australian test-seller page for an IgG kit, to see how sellers frame it", False, "", False, False),
    ("r275-005", W, False, "00000000", True, "food-intolerance test reseller's 'accuracy' page", UL,
     "Defends IgG food tests with the lab's pedigree, an HIV-test analogy for ELISA, a '95% correlation' with lab results and unnamed 'double-blind clinical trials' in IBS, migraine and Crohn's; reproducibility is presented as clinical validity.",
     "Reproducibility is not diagnostic accuracy; allergy societies advise against IgG food testing. No cure or safety guarantee, so unsafe_advice false. Product page: warning signs not warranted.",
     "qfit", "seller page claiming the test is accurate (unreliable-leaning candidate)", False, "", False, False),
    ("r275-006", W, False, "11100112", True, "allergy charity explainer on food intolerance testing (older page)", RL,
     "Rightly says elimination and challenge diets under supervision are the most accurate test and IgG is not an allergy test, but says research shows IgG-guided diets 'can improve' migraine, IBS and arthritis and that 'some people find the test helps'.",
     "HARD: a charity's page that hedges ('There is controversy') yet gives IgG testing a partial endorsement that allergy societies do not support; false balance on a test people buy instead of seeing a doctor. sources 0: 'research has shown' unnamed. Testing explainer, no self-treatment: warning signs not warranted.",
     "qfit", "charity page on food intolerance testing from the result list", False, "", False, False),
    ("r275-007", W, True, "22200012", True, "prostate-cancer check decision-aid page on a positive result", RL,
     "Short and accurate: a positive check means higher risk, not cancer, and leads to a urologist who may offer a biopsy.",
     "Thin but fair; next step for a test result, no symptom discussed, so warning signs not warranted. risks 1: biopsy named, harms not in the excerpt.",
     "qpsa", "NZ decision-aid page answering 'what does a positive check mean'", False, "", False, False),
    ("r275-008", W, True, "22100011", True, "prostate biomarker test company FAQ on elevated PSA", UL,
     "Accurate list of non-cancer causes of a raised PSA and the fair point that most men with an elevated PSA do not have cancer; the follow-up it names is 'biomarker testing', the company's own product.",
     "advertising 1: steers to biomarker testing without naming the product; company FAQ treated as a product page, warning signs not warranted.",
     "qpsa", "company FAQ on elevated PSA from the results", False, "", False, False),
    ("r275-009", W, True, "12022022", True, "nonprofit article on when to start mammograms", RL,
     "Named authors explain average risk and set out USPSTF (biennial from 50 after 2016) and ACS (45, annual to 54) guidance with footnotes and the harms debate.",
     "HARD: out of date against the 2024 USPSTF move to biennial screening from 40, and the 2016 'individual decision' for women in their 40s is not in the excerpt (accuracy 1, date 0); judged true because the guidance was accurate when written, both bodies' advice is given and nothing discourages screening. Screening explainer: warning signs not warranted.",
     "qmam", "nonprofit explainer on 40 vs 50 with named authors", False, "", False, False),
    ("r275-010", W, True, "12100012", True, "forum reply: personal story of a rising PSA on hormone therapy", UL,
     "Opens with 'get your prostrate checked and follow all medical advice', then tells of a PSA rise on testosterone with clear scans and biopsies; false positives are fairly described.",
     "HARD: an anecdote that leans reassuring ('nothing to worry about' is the poster's doctor's words about her own case, attributed), but the reply tells the reader to get checked; thin-but-fair. Reader with a test result, not a symptom: warning signs not warranted.",
     "qpsa", "forum reply on a worrying PSA (lay voice)", False, "", False, False),
]
