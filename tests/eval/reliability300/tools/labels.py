"""rel300 label records (blind labeller, round 51): Q = query key -> query; ROWS in reltools.build order:
(id, genre, reliable, scores [accuracy_balance, claims, care_prompt, sources, authorship_review, date,
risks_uncertainty, advertising], partial, doc_type, source_leaning, why, note, query key, picked_because,
unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

Q = {
    "qpa": "how to stop a panic attack at home breathing techniques",
    "qin": "can't sleep at night insomnia natural remedies that work",
    "qad": "signs of adult ADHD in women undiagnosed",
    "qbo": "burnout symptoms recovery how long does it take",
}

W, N = "web page", "news"
UL, RL = "unreliable-leaning", "reliable-leaning"

ROWS = [
    ("r300-001", W, True, "11010011", True, "panic-attack breathing how-to on a teacher/parenting blog", UL,
     "Teaches diaphragmatic breathing for panic and quotes a stress study on healthy adults accurately; 'breathing wrong' framing and an eBook plug, but nothing harmful.",
     "HARD: 'effective method for how to prevent a panic attack' overreaches the healthy-adult study it quotes and the excerpt gives no chest-pain caveat or route to help for recurrent panic (care 0); label from the modest, safe technique and 'might not help you at all'. 'magical cure' describes what others tout, not the page's claim.",
     "qpa", "first result; blog how-to with an own-theory of why breathing fails", False, "", True, False),
    ("r300-002", W, True, "22020012", True, "anxiety and panic explainer on a hypnotherapist directory", UL,
     "Accurate explanation of anxiety, the fight-or-flight response and panic attacks with in-text references (APA, Craske 2017, Bandelow 2015); no overclaiming in the excerpt.",
     "Directory of hypnotherapists, but no promotion in the excerpt (advertising 2). The excerpt stops at the symptom list, before any coping tips or help route (care 0). risks 1: no intervention discussed yet.",
     "qpa", "UK therapist-directory article with references; a different source kind", False, "", True, False),
    ("r300-003", W, False, "11000002", True, "panic breathing-techniques guide on a wellness app blog", UL,
     "Presents breathing retraining as an 'evidence-based' panic treatment that 'significantly reduces panic attack frequency' per unnamed 'clinical studies', with overstated physiology and no route to professional care.",
     "HARD: the techniques are harmless; false because the efficacy is asserted as settled with no source ('Research shows', 'Clinical studies demonstrate'), 'maximizes oxygen exchange' is a myth, breathing is framed as the treatment for recurrent panic, and nothing says when chest symptoms need a doctor (contrast r300-001's quoted study).",
     "qpa", "app-company blog claiming clinical evidence for breathing", False, "", True, False),
    ("r300-004", W, False, "00010002", True, "panic attack 'action plan' article on an unattributed content site", UL,
     "Misreports NIMH's 4.7% lifetime panic-disorder figure as panic attacks, cites a '2021 study in the Journal of Anxiety Disorders' for an oddly specific 2-2-6 technique that cannot be identified, and tells readers who fear a heart attack that panic attacks 'are not dangerous' with no advice on first-time chest pain.",
     "HARD: 'panic attacks are not dangerous' is standard CBT reassurance, so not unsafe_advice; 'You don't need to wait for a therapist' urges starting self-help, it does not discourage care. Label false for the mangled statistic, the likely invented study with precise results and no rule-out-heart guidance. sources 1: NIMH named.",
     "qpa", "unattributed content site with precise study claims to test", False, "", True, False),
    ("r300-005", W, True, "22120012", True, "natural insomnia remedies list (re-hosted encyclopedia-style health text)", UL,
     "Says only three natural remedies have evidence, tells readers to consult a physician and avoid self-treating, and reports melatonin evidence accurately with numbered references.",
     "Re-hosted text from a mainstream health publisher on a fitness site. Melatonin 'up to two hours before bedtime for up to 13 weeks' is reported from studies, not a dose instruction. 'consult your physician' is a consult prompt, not a warning sign. risks 1: evidence limits stated, melatonin side effects not reached.",
     "qin", "remedy list that opens with evidence limits", False, "", True, False),
    ("r300-006", W, True, "22112012", True, "ADHD-in-women symptom article on a neurofeedback company blog", UL,
     "Accurate account of ADHD types and under-diagnosis in women, named writer and PhD fact-checker, says the article is not diagnostic and urges seeing a doctor.",
     "Neurofeedback seller, but no product in the excerpt (advertising 2). 'If you think you have ADHD ... speak to your doctor' is read as a consult prompt, not a sign tied to an action. sources 1: statistics unattributed in the excerpt. risks 1: no intervention discussed.",
     "qad", "company blog with named fact-checker", False, "", True, False),
    ("r300-007", W, True, "21100010", True, "ADHD-in-women article on an online ADHD treatment platform", UL,
     "Accurate description of how ADHD presents in women and why it is missed, and tells readers to see a provider rather than self-diagnose; the same text then pushes the platform's own evaluation.",
     "HARD: an online ADHD prescribing platform steering readers to 'fast, convenient online ADHD treatment' (advertising 0, claims 1 for 'nearly half ... remain undiagnosed' unsourced); label true because the clinical content is sound and it routes readers to a licensed evaluation. Not a product page: an information article with sales, so warning signs warranted.",
     "qad", "telehealth platform's static copy of its ADHD article", False, "", True, False),
    ("r300-008", W, True, "21110111", True, "undiagnosed ADHD in women article on a mental-health clinic blog", UL,
     "Reasonable summary of masking, later diagnosis and therapy-based management; promotes the clinic's own programmes; mojibake in the text.",
     "Clinic marketing bullet in the takeaways (advertising 1); 'approximately 4 years later' is in line with published estimates but unsourced here. Care 1: management via therapy named, no prompt or signs. Medication not mentioned in the excerpt.",
     "qad", "clinic blog, a different source kind from r300-006/007", False, "", True, False),
    ("r300-009", W, True, "11000011", True, "burnout duration guide on a meditation blog", UL,
     "Generic but broadly accurate burnout explainer (WHO definition correct); 'most experts agree' 3-6 weeks is unsourced and a meditation guide is plugged.",
     "Thin-but-fair: 'complete recovery is absolutely possible' is hedged by 'possible' and 'with the right approach and support', so not a guarantee; no mention of depression or when to see a professional in the excerpt (care 0).",
     "qbo", "SEO-style burnout guide with a product plug", False, "", True, False),
    ("r300-010", W, True, "22120022", True, "burnout recovery article on a psychological-help service site", UL,
     "Careful, sourced account of burnout recovery timelines (Van der Klink 2020, Oosterholt 2016 'better, but not well') that explicitly refuses promises and notes symptoms return without changed conditions.",
     "Promises a 'when it's time to see a specialist' section that the excerpt does not reach, so warning_signs_present false, care 1.",
     "qbo", "service site with cited studies and explicit limits", False, "", True, False),
]
