"""rel473 labels: Q (query key -> query) and ROWS (one tuple per page; order as reltools.build:
id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources, authorship_review,
date, risks_uncertainty, advertising), partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

W = "web page"
U = "unreliable-leaning"
R = "reliable-leaning"

Q = {
    "qknee": "running through knee pain blog my injury recovery",
    "qasthma": "running with exercise-induced asthma my story inhaler before runs",
    "qt1d": "marathon with type 1 diabetes race report blood sugar",
    "qpf": "plantar fasciitis runner blog how I healed it",
}

ROWS = [
    ("r473-001", W, True, "22000012", True, "personal running blog update on runner's knee", U,
     "A runner's short update: a week off running with quad and adductor strengthening settled patellofemoral pain; modest, hedged ('i think') and sensible load advice.",
     "thin-but-fair personal post; no care prompt and no sign (e.g. swelling, locking, pain at rest) that needs a check. risks 1: rehab exercises without limits.",
     "qknee", "first-person recovery update for runner's knee; rank 4", False, "", True, False),
    ("r473-002", W, True, "22100012", True, "parenting/lifestyle blog post on a beginner runner's knee injury", U,
     "A beginner's reflection that pushing through knee pain made it worse and ended in a doctor's office; message to ease back in is sound.",
     "care 1: doctor's visit narrated, not advised with a sign. 'You'll come out of it stronger' is motivational, not a claim. risks 1: no intervention discussed beyond rest.",
     "qknee", "blog post about training through a knee injury and its lesson; rank 6", False, "", True, False),
    ("r473-003", W, True, "21000011", True, "lifestyle blog category page: knee-pain story then a home-gym machine review", U,
     "A runner's story of ignoring knee pain until stairs hurt; promises fixes that the excerpt does not reach, followed by an enthusiastic infomercial-product review.",
     "HARD: the knee text is harmless but self-diagnosis came from a friend with no mention of a professional (care 0), and the page moves straight into a product endorsement (advertising 1); thin-but-fair on what is shown rather than false, since no advice is given. risks 1: no intervention discussed.",
     "qknee", "runner's knee-pain journey on a lifestyle blog with a product review alongside; rank 8", False, "", True, False),
    ("r473-004", W, False, "00000002", True, "fitness blog post on exercise-induced asthma", U,
     "Tells readers they can 'beat' exercise-induced asthma by running consistently enough to drop the inhaler, while describing near-fainting and wheezing runs without it and giving no caution.",
     "HARD: the title ('You Can't Beat...') and the body contradict each other, but the closing own-voice line to readers ('you can beat EIA', getting to not needing the inhaler) is an unqualified cure claim that invites dropping a reliever; unsafe_advice true. risks 0: running without the inhaler after near-syncope is presented without any warning.",
     "qasthma", "asthma runner who ran without his inhaler; rank 2", True, "My point here, folks, is that you can beat EIA.", True, False),
    ("r473-005", W, True, "22110012", True, "running blog post on adult-onset and exercise-induced asthma", U,
     "A runner describes her asthma, pre-run inhaler use and a Brazilian trial of treadmill training in asthma fairly; says she is not a doctor and to get care when necessary.",
     "'get medical care when necessary' is a general prompt without a sign (care 1, warning_signs_present false, POLICY-46 s2). sources 1: study described, not cited. risks 1: no medicine harms; tips cut off.",
     "qasthma", "runner's EIA post with a study summary and tips; rank 4", False, "", True, False),
    ("r473-006", W, True, "22100012", True, "personal blog post on being diagnosed with exercise-induced asthma", U,
     "A new jogger noticed breathlessness after under a minute, saw a doctor, got an inhaler and improved; models getting symptoms checked.",
     "care 1: seeing a doctor is narrated, not advised with signs; a chest that was 'tight, on fire and hard to breathe' gets no when-to-get-help line. risks 1.",
     "qasthma", "first-person EIA diagnosis story; rank 5", False, "", True, False),
    ("r473-007", W, False, "11100002", True, "contributor article: personal view on racing with asthma", U,
     "Encourages asthmatic runners to keep racing while 'struggling for air' at maximal heart rate ('a winner if you don't quit'), confuses what exercise-induced asthma is, and never mentions reliever medicine or when to stop.",
     "HARD: a disclaimer sends medical questions to a professional (care 1, a consult prompt without signs), and the tone is only motivational; false because the piece normalises gasping through races with asthma with no reliever or stop signs and states EIA wrongly (accuracy 1). risks 0.",
     "qasthma", "personal-viewpoint article about racing with asthma; rank 6", False, "", True, False),
    ("r473-008", W, True, "11210212", True, "Q&A knowledge-site solution card on exercise-induced asthma", U,
     "Gives the standard approach (pre-exercise reliever, warm-up, cold-air and pollen tips, inhaled steroids for persistent EIB) and says to get evaluated for new breathing symptoms during running.",
     "warning_signs_present true: new respiratory symptoms while running + get evaluated. claims 1 and accuracy 1: unnamed '2024 review' and a garbled '40% of allergy patients have undiagnosed asthma'. Albuterol timing without an amount is not a dose (POLICY-46 s3); labelled 'prescribed'. risks 1: no side effects. date 2: created date shown.",
     "qasthma", "short practical EIA guidance card; rank 7", False, "", True, True),
    ("r473-009", W, False, "11000012", True, "Reddit r/diabetes_t1 thread mirror: first marathon with type 1 diabetes", U,
     "A T1D runner shares insulin changes (raised basal, a third of the morning basal, a half correction bolus at 360 mg/dL) and running while high, with no word about ketones or planning changes with a diabetes team.",
     "HARD: a personal report, hedged ('what worked for me'), and it calls hypos dangerous (risks 1); false because the detailed insulin adjustments and 'still run with hyperglycemia' at 360 mg/dL are offered to readers copying a plan, without ketone checks or clinician input. Insulin amounts here are relative and self-reported, not a dose table; not unsafe on the rules (no stop instruction; skipping basal is attributed and declined).",
     "qt1d", "forum race report on managing T1D through a marathon; rank 3", False, "", True, False),
    ("r473-010", W, True, "22001012", True, "nonprofit student-network blog: marathon race report with type 1 diabetes", U,
     "A student with T1D describes a trial-and-error plan for a marathon (temporary target, no active insulin at the start, CGM checks every 3 miles, carbs carried); sensible and personal.",
     "no mention of a diabetes team or of what to do in a severe low in the excerpt (care 0). authorship 1: named contributor. risks 1: lows named as the risk.",
     "qt1d", "named student's marathon-with-T1D race report; rank 4", False, "", True, False),
]
