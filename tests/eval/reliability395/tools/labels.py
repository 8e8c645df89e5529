"""rel395 labels: Q (query key -> query) and ROWS (see reltools.build for the tuple order:
id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources, authorship_review,
date, risks_uncertainty, advertising), partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

W = "web page"
U = "unreliable-leaning"
R = "reliable-leaning"

Q = {
    "qpanic": "how do I stop a panic attack when it starts",
    "qnatanx": "natural remedies for anxiety without medication",
    "qburn": "signs of burnout at work and how to recover",
    "qadhdw": "adult ADHD symptoms diagnosis women",
}

ROWS = [
    ("r395-001", W, True, "22000212", True, "therapist blog post (panic attacks)", U,
     "accurate mind-body explanation of panic, dated and ad-free; no treatment or care guidance in the excerpt.",
     "thin-but-fair; the author's own fast-heart episodes are described without a word on getting a racing heart checked (warning_signs_present false).",
     "qpanic", "personal/therapist site explaining panic in the body", False, "", True, False),
    ("r395-002", W, True, "12000012", True, "mental-health content site article (panic attacks)", U,
     "accurate symptom list and prevalence; 'no ways to prevent panic at[tacks]' is cut mid-sentence; no care prompt.",
     "accuracy 1: 'no ways to prevent' understates what therapy and medication do for recurrence (sentence cut). Chest pain listed with no action (warning_signs_present false).",
     "qpanic", "therapy-directory content site with a step-by-step panic page", False, "", True, False),
    ("r395-003", W, True, "21102122", True, "app company blog (panic attacks)", U,
     "accurate, dated, says it is not a substitute for professional help; 'stop one in its tracks' slightly oversells.",
     "care 1: general 'not a substitute for professional help' (consult prompt, not warning signs); chest pain listed with no action.",
     "qpanic", "wellbeing app blog post, dated, 'therapist-approved'", False, "", True, False),
    ("r395-004", W, True, "11000012", True, "personal anxiety-coaching blog post", U,
     "self-confessed oversimplified 'waves of adrenaline' account of panic; in line with the fear-of-fear model, no harmful advice.",
     "HARD: thin, loosely written ('victim', 'major breakdown') and insists there is 'no real danger' without saying physical causes should be ruled out first; no treatment advice, so nothing to act on wrongly; true as thin-but-fair. date 0: date in URL only.",
     "qpanic", "small personal blog on panic, unreliable-leaning kind", False, "", True, False),
    ("r395-005", W, True, "21001212", True, "career-advice company blog (burnout)", U,
     "accurate WHO definition and dimensions; survey statistics without sources; dated and attributed to a team.",
     "claims 1: uncited survey percentages ('76% of employees', '$322 billion'). Burnout page overlaps depression but gives no when-to-get-help in the excerpt.",
     "qburn", "career site guide on burnout, dated January 2026", False, "", True, False),
    ("r395-006", W, True, "22010011", True, "wellbeing app blog (burnout)", U,
     "accurate WHO framing and a cited survey; a plug for the site's own emotional intelligence test.",
     "advertising 1: 'Take the Emotional Intelligence Test' in the symptom list.",
     "qburn", "self-help app blog on burnout recovery", False, "", True, False),
    ("r395-007", W, True, "22010012", True, "lifestyle magazine article (burnout)", U,
     "accurate WHO symptom definition, notes overlap with depression and anxiety; vague study references.",
     "sources 1: WHO named, 'a global review' unnamed. date 0: date only in the URL. Overlap with depression named but no when-to-seek-help in the excerpt.",
     "qburn", "online magazine health-wellness piece", False, "", True, False),
    ("r395-008", W, True, "22200012", True, "therapy practice page (adult ADHD)", U,
     "accurate overview of adult ADHD and comorbidity; advises evaluation by an experienced psychiatrist or psychologist.",
     "HARD: warning_signs_present counted on 'struggled throughout your life with poor concentration ... Consider getting an evaluation from a psychiatrist or psychologist' (condition tied to an action). '10 million adults' is a US figure on a UK site, unattributed.",
     "qadhdw", "UK therapy practice page on adult ADHD", False, "", True, True),
    ("r395-009", W, True, "22100012", True, "health service / practice page (ADHD)", U,
     "accurate, modest account of ADHD and late diagnosis in women; says diagnosis needs a qualified professional's full evaluation.",
     "care 1: 'a qualified professional will use multiple evaluations' is not an explicit prompt.",
     "qadhdw", "Australian .org.au mental health page on ADHD in women", False, "", True, False),
    ("r395-010", W, True, "22110012", True, "addiction-treatment centre blog (ADHD in women)", U,
     "accurate adult symptoms with NIMH figures; disclaimer to discuss concerns with a professional.",
     "care 1: 'Any concerns about behavior should be discussed with a medical or mental health professional' is a consult prompt without a sign (warning_signs_present false).",
     "qadhdw", "treatment-centre blog on ADHD in adult women", False, "", True, False),
]
