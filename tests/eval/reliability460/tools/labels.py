"""rel460 labels: Q (query key -> query as sent) and ROWS, one tuple per page in reltools.build order:
(id, genre, reliable, scores, partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present).
Scores in criteria order: accuracy_balance, claims, care_prompt, sources, authorship_review, date,
risks_uncertainty, advertising. Labelled from the stored excerpts only."""

Q = {
    "qmetf": "forum: anyone else had side effects from metformin? replies",
    "qssri": "thread: stopped taking my antidepressant cold turkey, is this normal? community",
    "qamox": "question answered: my doctor prescribed amoxicillin can I drink alcohol forum answer",
    "qthyr": "message board thyroid patients levothyroxine dose felt worse advice from members",
    "qchest": "re: my husband has chest pain after eating, should we go to A&E? forum reply",
    "qrash": "posted by member: baby has a rash and fever, other mums what did you do",
    "qinsul": "diabetes forum members share: can I stop insulin if I eat low carb",
    "qibu": "ask the pharmacist readers question ibuprofen with blood pressure tablets reply",
}

W = "web page"
U = "unreliable-leaning"

ROWS = [
    ("r460-001", W, False, "11110012", True, "community forum reply (cat-owners' board, off-topic thyroid thread)", U,
     "A forum reply quoting a self-help book on starting thyroxine: the dosing points are broadly standard, but angina and breathlessness are framed as 'a matter of adjustment' and the poster endorses distrusting doctors.",
     "HARD: the reply ends 'GO BACK TO YOUR DOC ASAP!' (care 1) and the book is named (sources 1), and most of the quoted text is standard; label false because angina, shortness of breath and ankle swelling on starting thyroxine are presented as adjustment rather than reasons to get help, alongside 'I don't trust doctors'. unsafe_advice false: the 'harmless ... not dangerous' palpitations line is quoted from the book (attributed). warning_signs_present false: signs named, no action tied to them.",
     "qthyr", "forum thread reply on thyroxine dosing on a non-health community board; off-topic health advice in a hobby forum", False, "", True, False),
    ("r460-002", W, True, "12110012", True, "parent's blog post with reader comments (baby rash)", U,
     "A mother's account of checking her baby's rash against meningitis signs, pointing readers to the NHS page and getting a same-day GP check; no advice beyond the story.",
     "HARD: she reports skipping the glass test and being 'pretty certain' it was not meningitis (accuracy 1), but the story ends with a GP examination and points to the NHS meningitis page (sources 1, care 1). warning_signs_present false: the only action offered the reader is a web page. risks 1: no intervention discussed.",
     "qrash", "parent's first-person baby-rash post with a comment thread; top result for the worried-parent query", False, "", True, False),
    ("r460-003", W, True, "22100012", True, "parent's blog post (baby rash, NHS 111 call)", U,
     "A parent's story of ringing 111 about a baby's rash, being seen out of hours and told it was viral; models getting a baby checked and gives no contrary advice.",
     "Thin-but-fair personal story: no advice to the reader, nothing wrong. care 1: the call to 111 and the out-of-hours visit are modelled, not advised. warning_signs_present false: no sign tied to an action for the reader. risks 1: no intervention discussed.",
     "qrash", "first-person 'baby has a rash' story with a comment form; different outcome framing from r460-002", False, "", True, False),
    ("r460-004", W, False, "01210012", True, "dad's parenting blog Q&A-style post (rash after fever)", U,
     "Explains a post-fever rash with invented physiology (the body 'secretes discarded viral and bacterial waste through the skin') and tells parents to expect a trunk rash after fever; the contact-the-doctor list is copied from WebMD.",
     "HARD: the WebMD list (rash worse, severe symptoms, rash longer than a week + contact the doctor) counts as warning_signs_present and earns care 2, but the mechanism is wrong (accuracy 0) and the blanket 'expect' a rash after fever, with no word on a rash that does not fade under pressure, could reassure a parent wrongly. date 0: date only in the URL.",
     "qrash", "blog post titled as 'an answer' to the parent's question; father relays the doctor from memory", False, "", True, True),
    ("r460-005", W, True, "11100012", True, "personal diabetes weight-loss blog post (insulin reduction on keto)", U,
     "A personal account of cutting insulin on a ketogenic diet with the endocrinologist's agreement; hypoglycaemia episodes are reported and the doses are the writer's own, not advice.",
     "HARD: it could encourage readers to cut insulin, and the writer reduced a dose himself after two hypos and aims to stop insulin altogether (claims 1), but the changes are presented as his own with his endocrinologist ('we elected'), so thin-but-fair as a story. Not unsafe_advice: no instruction to stop or change a prescribed medicine. Doses here are the writer's own record, not told to the reader. warning_signs_present false.",
     "qinsul", "diabetic blogger's post on reducing insulin on keto; personal-experience answer to the reader's question", False, "", True, False),
    ("r460-006", W, False, "11100202", True, "Q&A article on an alcohol-information site (amoxicillin and alcohol)", U,
     "Says alcohol with amoxicillin poses no risk and, wrongly, that 'There are no known drug interactions associated with Amoxicillin'; no side effects or harms are named.",
     "HARD: the central answer (moderate drinking does not interact with amoxicillin) agrees with standard guidance, but the blanket 'no known drug interactions' statement is false (e.g. warfarin, methotrexate) and the page names no side effect (risks 0). unsafe_advice false: the safety statement concerns alcohol with amoxicillin and is qualified later ('should be determined by a healthcare professional'). date 2: dated February 5th, 2013.",
     "qamox", "Q&A-format answer to the exact reader question on an alcohol site", False, "", True, False),
    ("r460-007", W, True, "11100001", True, "single-drug question page (amoxicillin and alcohol)", U,
     "Answers that amoxicillin and alcohol do not interact, while advising not to drink while ill; broadly in line with standard guidance, though spun and overstated.",
     "HARD: spun near-copy of r460-006's text on a drug-named domain (advertising 1); 'no development of risks' and 'An infection can only be fully cured with lots of rest and constant fluid intake' overstate (claims 1, accuracy 1), but unlike r460-006 it does not claim amoxicillin has no interactions at all, and its practical answer is sound; thin-but-fair. risks 0: no side effects named. warning_signs_present false.",
     "qamox", "drug-named domain answering the same question; contrast with r460-006", False, "", True, False),
    ("r460-008", W, True, "12200021", True, "Q&A article on a look-alike pharmacy-discount site (amoxicillin and alcohol)", U,
     "Lists amoxicillin's side effects and says to get immediate help for allergic-reaction signs; advises avoiding alcohol, with a hedged and overstated worry that alcohol may reduce the antibiotic's effect.",
     "'may potentially interfere with the effectiveness' is more cautious than the evidence (accuracy 1) but hedged. warning_signs_present true: hives, difficulty breathing, facial swelling + immediate medical attention. advertising 1: a look-alike of a discount-card brand.",
     "qamox", "pharmacy-style Q&A answer with side effects; third source kind for the same question", False, "", True, True),
    ("r460-009", W, True, "22201012", True, "GP's patient-advice page (chest pain)", U,
     "A New Zealand GP urges that any chest discomfort or vague unwellness in people over 40 be checked by a doctor or the emergency department, with a case and the range of cardiac symptoms.",
     "warning_signs_present true: any chest discomfort, or feeling vaguely unwell over 40 + take them to the nearest doctor (A&E named). It does not say to call an ambulance for ongoing severe pain; judged accurate enough for its message. authorship 1: doctor named in the domain, no credentials shown. risks 1: no intervention discussed.",
     "qchest", "doctor's own answer to the worried-spouse question; a professional voice among the forum results", False, "", True, True),
]
