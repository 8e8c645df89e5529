"""rel210 labels: one tuple per page (reltools.build order): id, genre, reliable, scores
(accuracy_balance, claims, care_prompt, sources, authorship_review, date, risks_uncertainty,
advertising), partial, doc_type, source_leaning, why, note, query key, picked_because,
unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present."""

Q = {
    "qsui": "having suicidal thoughts what to do crisis line",
    "qpanic": "how to stop a panic attack right now",
    "qasthma": "asthma attack without inhaler what to do",
    "qhypo": "low blood sugar hypo symptoms treatment diabetes",
}

W, N = "web page", "news"
RL, UL = "reliable-leaning", "unreliable-leaning"

ROWS = [
    ("r210-001", W, True, "22222012", True, "crisis page of a depression and bipolar patient charity", RL,
     "Gives 988, a text line and 911/ER for immediate danger, frames suicidal thoughts as a treatable illness, urges telling someone and a professional, not staying alone, and making a crisis plan.",
     "Strong, accurate crisis guidance; no author or date in the excerpt.",
     "qsui", "patient-charity crisis page with lifeline numbers", False, "", True, True),
    ("r210-002", W, True, "21201012", True, "suicide-prevention tips reposted from SAMHSA by a community organisation", UL,
     "Reposts SAMHSA's steps (call 911 if danger is imminent, ask directly, listen, stay with the person, remove means) and describes the Lifeline; the 1-800-273-TALK number is the older one (988 now).",
     "HARD: 'stopped over 90 percent of suicide attempts or ideation among callers' is an unsourced overstatement, and the phone number is dated; the action steps are correct and attributed to SAMHSA, so true.",
     "qsui", "community-organisation repost of SAMHSA suicide-prevention tips", False, "", True, True),
    ("r210-003", W, True, "22201012", True, "988 crisis-centre 'what to expect' page", UL,
     "Explains who can call 988, phone/chat/text options, who answers and their training, and that counsellors work on safety plans and means reduction; accurate and reassuring.",
     "Service page of a crisis centre; source_leaning unreliable-leaning by the convention (local service site, not a public-health body). Cut off at the 911 question.",
     "qsui", "crisis-line service page answering 'what can I expect'", False, "", True, True),
    ("r210-004", W, True, "21201012", True, "crisis-hotline list on a small foundation's site", UL,
     "Lists 24/7 US hotlines (text line, deaf/hard of hearing, LGBTQ, self-injury, Trans Lifeline, parent line) and explains how a crisis text/call works.",
     "HARD: the Lifeline number shown is the pre-988 one and the 1-800-DONT CUT line is long defunct, so parts are out of date; the guidance to reach out is sound and nothing steers away from help, so thin-but-fair.",
     "qsui", "charity hotline directory with FAQ", False, "", True, True),
    ("r210-005", W, True, "21211012", True, "student-organisation mental-health resources page quoting NAMI", UL,
     "Gives the Lifeline and Crisis Text Line, lists NAMI's warning signs and the behaviours (saving pills, buying a weapon, giving things away, goodbyes) that need immediate help or 911, and risk factors.",
     "HARD: a sorority site with a typo in the text number ('741471', corrected in the next line) and the old Lifeline number; content attributed to NAMI and accurate.",
     "qsui", "non-health site's crisis page with warning signs", False, "", True, True),
    ("r210-006", W, True, "11000011", True, "wellness-blog guide to stopping a panic attack", UL,
     "Accurately describes a panic attack and the value of practising techniques beforehand; states panic attacks are not dangerous.",
     "HARD: 'The heart racing is not a heart attack' is asserted with no word that first or unexplained chest symptoms need a medical check; the excerpt stops before the techniques. The reassurance is the standard CBT message for a recognised panic attack, so thin-but-fair, care 0.",
     "qpanic", "blog step-by-step 'what to do in the moment' guide", False, "", True, False),
    ("r210-007", W, True, "11000011", True, "panic self-help programme's blog post", UL,
     "Seven-step outline built on psychoeducation (fight-or-flight, amygdala, false alarm); accurate as far as it goes.",
     "HARD: a programme selling its method; 'A panic attack is NOT life threatening' with no advice to get new symptoms checked. Fragment with nothing wrong, so true (as r85-010's thin-but-fair).",
     "qpanic", "self-help programme post in the results", False, "", True, False),
    ("r210-008", W, False, "10000001", True, "nurse-authored content-site panic article", UL,
     "Tells readers in the moment that 'this is not a medical emergency, no need to call 911' and that panic is 'not a medical condition', without any caveat that chest pain or breathlessness can be cardiac or that panic disorder is treatable.",
     "HARD: unsafe_advice for discouraging emergency care ('no need to call 911') in a blanket rule a reader with a first episode or cardiac symptoms may follow; also dismisses medication and calls panic 'not a medical condition' (panic disorder is a diagnosable, treatable condition).",
     "qpanic", "first-person nurse article with a 'not a medical emergency' framing", True, "no, this is not a medical emergency, no need to call 911", True, False),
    ("r210-009", W, False, "00100011", True, "fitness site's asthma-without-inhaler article", UL,
     "Wrong facts ('swollen airways of lung arteries', asthma 'in every 3 of 5 persons'), invites 'alternative' remedies for mild attacks and ties urgent care to 'a huge amount of pain' rather than breathlessness or blue lips.",
     "Warning signs not present: the only trigger for the doctor is pain, which is not an asthma danger sign.",
     "qasthma", "content-site asthma emergency article", False, "", True, False),
    ("r210-010", W, True, "22101112", True, "content-site hypoglycaemia explainer", UL,
     "Correct thresholds, symptoms (including night-time), causes (insulin, sulfonylureas, alcohol, exercise) and the 15 g / 15 minutes rule; notes severe hypos may need an ambulance.",
     "warning_signs_present false: 'severe hypoglycemia ... may require an ambulance' names severity, not a sign the reader can spot tied to an action; the section is cut off.",
     "qhypo", "plain hypoglycaemia explainer with treatment steps", False, "", True, False),
]
