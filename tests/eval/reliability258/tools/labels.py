"""rel258 label records: Q (query key -> query) and ROWS (one tuple per page, in reltools.build order:
id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources, authorship_review, date,
risks_uncertainty, advertising), partial, doc_type, source_leaning, why, note, query key, picked_because,
unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present). No page text here."""

Q = {
    "q1": "is online therapy as effective as in-person therapy",
    "q2": "how to choose a therapist what to look for first session",
    "q3": "mental health app for anxiety does it work self-help app review",
}

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

ROWS = [
    ("r258-001", W, True, "22112012", True, "personal-finance site health explainer", U,
     "Fact-checked, bylined explainer that online and in-person therapy are broadly equally effective, citing KFF data and a named professor; affiliate disclosure shown.",
     "Affiliate-funded site (advertising 1); no crisis line or sign in the excerpt, so warning_signs_present false; date 0 ('in 2023' is not a page date).",
     "q1", "top result answering the worried reader's question; bylined and fact-checked", False, "", True, False),
    ("r258-002", W, True, "22010000", True, "therapist-marketing site blog post", U,
     "Short snapshot that online and in-person therapy show comparable outcomes, attributing the claim to an APA meta-analysis and a 2023 CMAJ study.",
     "HARD: thin and one-sided (benefits only, risks 0, unnamed 'Contributing Writer'); true as thin-but-fair because what is said matches the evidence and nothing shown misleads.",
     "q1", "a short blog view from a site aimed at therapists, for variety of source kind", False, "", True, False),
    ("r258-003", W, True, "11000012", True, "online-therapy directory guide", U,
     "Guide summarising research on online therapy by condition; broadly right but states equivalence flatly ('relapse rates do not differ') with no citations or author.",
     "HARD: the direction matches meta-analyses and messaging-based therapy is said to be weaker (risks 1), but the certainty is not supported in the text (accuracy 1, claims 1, sources 0); true as broadly accurate.",
     "q1", "a directory-style guide making strong equivalence claims without sources", False, "", True, False),
    ("r258-004", W, True, "21011011", True, "counselling practice blog post", U,
     "Licensed counsellor's blog says research suggests online therapy can be as beneficial as face-to-face for anxiety, depression and PTSD, citing three journal reports.",
     "HARD: the cited reports are named by journal and year only and could not be checked from the text (sources 1); hedged wording ('can be', 'particularly'), so true. Local SEO practice page (advertising 1).",
     "q1", "a practice blog with a credentialled author and journal citations", False, "", True, False),
    ("r258-005", W, True, "21100210", True, "counselling practice blog post", U,
     "Dated practice blog introducing online therapy as a flexible alternative to in-person sessions; accurate framing but mainly a lead-in to the practice's free consultation.",
     "Promotion of the practice's services inside the article (advertising 1); dated October 14, 2024 (date 2); no evidence yet in the excerpt (sources 0).",
     "q1", "a Canadian practice blog mixing information with a sign-up pitch", False, "", True, False),
    ("r258-006", W, True, "21010011", True, "online therapy platform blog post", U,
     "Platform blog citing named studies that video therapy and internet CBT match in-person outcomes, stressing the therapeutic alliance.",
     "HARD: 'the evidence is strong' and a within-group effect size (g = 0.99) offered as proof of equivalence overstate a little, and the 2020 JAMA Psychiatry trial is cited with mismatched references (claims 1); the overall message is supported, so true. advertising 1: the platform's own blog.",
     "q1", "an online therapy platform's own research summary with author-year citations", False, "", True, False),
    ("r258-007", W, True, "22101012", True, "therapist's illustrated blog post", U,
     "Therapist's guide to choosing a therapist: the relationship matters most, meet several, ask questions; accurate and reassuring.",
     "care 1: encourages starting therapy; no crisis sign. No author line in the excerpt beyond the site name (authorship 1 from 'my list' as a therapist's own site is generous; kept 1).",
     "q2", "a personal therapist blog on the first consult", False, "", True, False),
    ("r258-008", W, True, "22122012", True, "academic health system consumer article", U,
     "UW Medicine article on choosing a therapist and preparing for a first appointment, quoting a named clinical psychologist; fact-checked.",
     "source_leaning kept unreliable-leaning by the hospital-system convention of earlier sets; no crisis line or sign in the excerpt.",
     "q2", "a hospital-system health magazine with a named expert", False, "", True, False),
    ("r258-009", W, True, "22111012", True, "expert-roundup content site", U,
     "Roundup of mental-health professionals' tips on choosing a therapist (why you seek therapy, specialty, rapport, identity); sensible and attributed.",
     "Experts are named with credentials (sources 1, authorship 1); content site with related-article links.",
     "q2", "an expert-quote roundup, a common content-site format", False, "", True, False),
    ("r258-010", N, True, "22010012", True, "science magazine feature", U,
     "Feature on whether mental health apps help with anxiety; the excerpt sets context with WHO figures and a review and says experts see apps as a first step if chosen by privacy, effectiveness and cost.",
     "HARD: the excerpt is only the lead-in; judged on framing, which is measured (apps as a 'first step', criteria for choosing). News care_prompt 0; risks 1: limits implied, no harms shown yet.",
     "q3", "a general-science magazine feature on mental health apps", False, "", False, False),
]
