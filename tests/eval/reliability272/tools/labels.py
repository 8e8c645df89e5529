"""rel272 label records: Q (query key -> query) and ROWS (one tuple per page; order as
tests/eval/reltools.py build: id, genre, reliable, scores, partial, doc_type, source_leaning, why,
note, query key, picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted,
warning_signs_present). Scores: accuracy_balance, claims, care_prompt, sources,
authorship_review, date, risks_uncertainty, advertising."""

W, N = "web page", "news"
RL, UL = "reliable-leaning", "unreliable-leaning"

Q = {
    "qfast": "signs of a stroke what to do FAST",
    "qtia": "mini stroke TIA symptoms went away should I go to hospital",
    "qepiherb": "natural remedies for seizures epilepsy herbs",
    "qmsdiet": "multiple sclerosis diet cure reverse MS naturally",
    "qpdsigns": "early signs of Parkinson's disease tremor when to see a neurologist",
}

ROWS = [
    ("r272-001", W, True, "22200012", True, "stroke-warning-signs page of a rehabilitation hospital", UL,
     "Standard FAST check with a clear instruction to call 911 or get to hospital if any sign is seen.",
     "Short page; no intervention discussed (risks 1). No author, date or sources.",
     "qfast", "rehabilitation hospital's FAST page; second result", False, "", True, True),
    ("r272-002", W, True, "22200012", True, "stroke-warning-signs page of a neurology/spine/orthopaedic practice", UL,
     "FAST plus other sudden signs (severe headache, vision loss, confusion), call 9-1-1 immediately, note the time of onset.",
     "no intervention discussed (risks 1); no author or date.",
     "qfast", "specialist practice page listing signs beyond FAST", False, "", True, True),
    ("r272-003", W, True, "22211012", True, "university health-system news feature on TIA (neurologist quoted)", RL,
     "Explains that TIA symptoms that go away still need urgent evaluation, with the stroke-risk window after a TIA; a named neurologist is quoted.",
     "date only in the URL (date 0). 'up to 20 percent ... 90 days' is in line with published figures. Treated as a consumer web page (advice feature), not a news report.",
     "qtia", "university neurologist explaining why vanished symptoms still need care", False, "", True, True),
    ("r272-004", W, True, "22210012", True, "health content site explainer on TIA vs stroke", UL,
     "Accurate account of the tissue-based TIA definition, early stroke risk after TIA and BE FAST with 'Call 911 - NOW' even if weakness fades.",
     "HARD: alarmist tone ('That's deadly') and unsourced figures (35% with infarcts on MRI, 1 in 5 within 90 days), but they are in the published range; 'severe headache ... often with vomiting' is a weaker TIA sign. sources 1: AHA named.",
     "qtia", "content-site explainer urging hospital for a vanished TIA", False, "", True, True),
    ("r272-005", W, False, "10100002", True, "licensed A-Z conditions-library page on seizure disorders hosted by a patient charity", RL,
     "Says 'some mild seizures may be controlled by alternative therapies' and gives herb tea and tincture amounts three times a day with no word on interactions with seizure medicines.",
     "HARD: the drug-therapy section is accurate and points to the provider (care 1); the herb list itself is missing from the excerpt. unsafe_advice false: 'may be controlled' is hedged. Tincture drops three times a day are doses (POLICY-46 s3) with no caveat. No sign tied to an action (no prolonged-seizure guidance).",
     "qepiherb", "conditions-library page giving herb doses for seizures", False, "", True, False),
    ("r272-006", W, True, "22000022", True, "patient-organisation explainer on herbal therapies in epilepsy (mirror host)", RL,
     "States that no herbal remedy is proven safe and effective for epilepsy, that some can cause seizures or interact with seizure medicines, and that 'natural' is not safe.",
     "HARD: warning signs judged not warranted: an explainer on a therapy choice with no self-care advice (as r21-007). Hosted on a plannedgiving subdomain of the foundation's site. No care prompt in the excerpt.",
     "qepiherb", "epilepsy foundation's herbal-therapies page; second result", False, "", False, False),
    ("r272-007", W, True, "21110022", True, "reposted consumer article on non-drug options for epilepsy", UL,
     "Cautious: discuss natural remedies with a doctor, larger studies have not shown most cannabis/CBD products work, serious side effects and interactions named.",
     "accuracy 1: Epidiolex was first approved in 2018, not 2020, and 'only cannabis-based product with FDA approval' ignores synthetic cannabinoids. The consult prompt has no sign (present false).",
     "qepiherb", "reposted article on natural seizure remedies with cautions", False, "", True, False),
    ("r272-008", W, False, "00000001", True, "alternative-medicine MS 'cure' blog tag page", UL,
     "Presents 'legitimate forms of alternative medicine' as a route to halting MS progression on a par with conventional therapy, on a site named as an MS cure.",
     "HARD: very short excerpt; the cure claim is attributed ('some forms of alternative medicine do' claim to cure), so unsafe_advice false. Nothing about disease-modifying therapy, doctors or risks.",
     "qmsdiet", "MS 'cure' site's blog page; the unreliable side of the MS-diet query", False, "", True, False),
    ("r272-009", W, True, "12200012", True, "Parkinson's clinical-trials information site page on when to contact a doctor", UL,
     "Tells readers to see a doctor about recurring tremor, immediately if it increases or happens regularly without cause, and that urgent treatment is not needed for slowly developing Parkinson's.",
     "accuracy 1: clumsy, garbled wording ('I you one day wake up'); the advice itself is sound. Sign tied to action, so warning_signs_present true.",
     "qpdsigns", "trials-information page on when to contact a doctor about tremor", False, "", True, True),
    ("r272-010", W, True, "22100211", True, "neurology practice blog on Parkinson's symptoms", UL,
     "Accurate list of early motor signs (rest tremor, bradykinesia, rigidity, posture, micrographia); the 'when to see a neurologist' section is cut off.",
     "advertising 1: practice self-promotion ('our board-certified neurologists'). date 2: February 07, 2026. Promised section not shown, so warning_signs_present false.",
     "qpdsigns", "neurology practice page on early Parkinson's signs", False, "", True, False),
]
