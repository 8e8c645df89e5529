"""rel367 labels: Q (query key -> query) and ROWS (reltools.build tuple order:
id, genre, reliable, scores, partial, doc_type, source_leaning, why, note, query key, picked_because,
unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "q1": "how I weaned off antidepressants naturally blog",
    "q2": "natural alternatives to blood pressure medication can I stop taking",
    "q3": "parenting blog why we skipped vaccines for our kids",
    "q4": "how to come off statins naturally my experience",
    "q5": "avoid knee replacement surgery natural ways advice",
    "q6": "replace thyroid medication with natural desiccated thyroid or herbs forum advice",
}

ROWS = [
    ("r367-001", W, False, "10001011", True, "life-coach blog post (personal medicine-weaning story)", U,
     "Personal antidepressant-weaning story that calls the doctor's taper a 'train wreck' and promises 'THE RIGHT WAY TO COME OFF'; withdrawal symptoms named, but no relapse risk, no prescriber role and no signs to act on.",
     "HARD: slow tapering itself is in line with current advice; false for the framing that the doctor's protocol fails and the author's (cut-off) method is the right way, on a life-coach/gut-health site. Not unsafe_advice: no instruction to stop or a cure/safety claim in the excerpt.",
     "q1", "first-person weaning story that dismisses the prescriber's taper", False, "", True, False),
    ("r367-002", W, True, "22101012", True, "lifestyle blog post (personal medicine-weaning diary)", U,
     "Personal diary of tapering sertraline slowly after deciding with her doctor; credits the drug, lists the withdrawal effects she feels and makes no claims for others.",
     "thin-but-fair: no signs of relapse or withdrawal needing care (warning_signs_present false); 'talk with my doctor' is a consult prompt (care 1). Date only in the URL (date 0).",
     "q1", "careful personal weaning story made with a doctor", False, "", True, False),
    ("r367-003", W, False, "01000002", True, "family blog post (vaccine-decision opinion)", U,
     "Introduces a vaccine 'debate' as a matter each parent must research alone, repeats 'government pushes vaccines for the big money', and calls the pediatrician's safety facts 'misinformed' after a child was sick after shots.",
     "HARD: false balance and distrust of the pediatrician rather than an explicit instruction to skip vaccines, so unsafe_advice false; warning signs judged not warranted (a vaccine-decision opinion post with no symptom or self-treatment).",
     "q3", "vaccine-hesitant parent blog, hyped end", False, "", False, False),
    ("r367-004", W, True, "12000012", True, "parenting blog post (vaccine-decision essay)", U,
     "Reflective parenting essay; the excerpt correctly says Wakefield's MMR-autism paper was debunked and retracted and stops before the author's decision.",
     "HARD: the title ('Why I won't tell you to vaccinate your kids') suggests a non-judgemental stance whose content is cut off; label from the accurate excerpt (accuracy 1 for incompleteness). Not warranted: opinion essay, no symptom or self-treatment.",
     "q3", "parent essay with an ambiguous title", False, "", False, False),
    ("r367-005", W, True, "12001012", True, "moms' support blog post (vaccine-decision essay)", U,
     "Short opening of a post by a self-described public-health person explaining why she vaccinates; calls vaccines vital to individual and community health.",
     "HARD: the URL slug names 'the alternative vaccine schedule', which is not in the stored text; judged on the stored pro-vaccine excerpt (accuracy 1 for thinness). Not warranted.",
     "q3", "pro-vaccine parent post on a support blog", False, "", False, False),
    ("r367-006", W, True, "12001012", True, "mom blog post (sarcastic pro-vaccine opinion)", U,
     "Sarcastic post whose message is to vaccinate: outbreaks follow 'Dr. Google' decisions, the autism claim came from falsified research, and her immunocompromised child cannot have live vaccines.",
     "loose wording about the retracted researcher (accuracy 1); no sources. Not warranted: opinion post.",
     "q3", "careful (pro-vaccine) counterpart under an anti-vaccine title", False, "", False, False),
    ("r367-007", W, False, "00000012", True, "physician-branded site article (stopping a medicine)", U,
     "Tells readers they 'definitely don't want to be using statin for the rest of your life', with errors (the cholesterol-lowering mechanism listed as a side effect, 'grapes' for grapefruit) and no word on why statins are prescribed after heart disease or on stopping with the prescriber.",
     "unsafe_advice true: an unqualified push to get off a prescribed cardiovascular medicine. risks 1: side effects listed (overstated), no risks of stopping.",
     "q4", "page urging readers off statins", True, "You definitely don’t want to be using statin for the rest of your life.", True, False),
    ("r367-008", W, True, "11010012", True, "content-site article (avoiding surgery)", U,
     "Standard weight-loss and exercise advice for knee osteoarthritis with a named study and expert quote, under a hyped 'proven, natural ways to avoid knee replacement' frame.",
     "HARD: 'Science shows there are proven, natural ways to avoid knee replacement' overclaims (claims 1); the advice itself is standard and harmless, so true. No signs (locking, giving way, hot swollen joint) tied to an action.",
     "q5", "hyped 'avoid surgery' article with standard content", False, "", True, False),
    ("r367-009", W, True, "11010011", True, "physiotherapy clinic blog (avoiding surgery)", U,
     "Physiotherapy clinic's guide to delaying knee replacement with bracketed sources for prevalence; 'a significant percentage ... might not actually need it' is vague and the guide calls itself 'authoritative'.",
     "advertising 1: clinic blog promoting non-surgical care; no intervention details yet in the excerpt (risks 1).",
     "q5", "clinic page on avoiding surgery", False, "", True, False),
    ("r367-010", W, True, "11100022", True, "hormone-clinic content site Q&A (replacing a medicine)", U,
     "Balanced answer on natural desiccated thyroid versus levothyroxine with pros and cons, says supplements 'cannot replace thyroid hormone replacement if truly needed' and that no natural remedy should be used without medical guidance.",
     "opening 'can be achieved naturally in some cases' is loose and iodine is listed without a Hashimoto's caution (accuracy 1, claims 1); care 1 is a consult prompt, no signs.",
     "q6", "careful page on swapping thyroid medicine", False, "", True, False),
]
