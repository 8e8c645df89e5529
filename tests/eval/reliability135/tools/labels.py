"""rel135 labels: Q (query key -> query as sent to the `pages` search) and ROWS (one tuple per page:
id, genre, reliable, scores in criteria order, partial, doc_type, source_leaning, why, note, query
key, picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present).
Criteria order: accuracy_balance, claims, care_prompt, sources, authorship_review, date,
risks_uncertainty, advertising. No page text here beyond short quoted phrases."""

Q = {
    "qback": "lower back pain won't go away what should I do",
    "qbloat": "bloating and stomach pain after eating every day causes",
    "qrash": "itchy red rash on arms adult what could it be",
    "qsleep": "can't sleep at night natural remedies for insomnia adults",
    "qheartburn": "heartburn every night what can I take",
    "qheadache": "headache every day for a week should I be worried",
    "qbreath": "short of breath and wheezing adult causes when to see a doctor",
    "qflash": "hot flashes menopause natural relief what works",
    "qed": "erectile dysfunction in my 40s what causes it and what helps",
    "qacne": "acne as an adult woman treatment home remedies",
    "nback": "new study back pain treatment news researchers found",
    "nmelatonin": "study melatonin sleep supplement news warning adults",
}

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

ROWS = [
    ("r135-001", W, True, "12200012", True, "chiropractic content-site article on persistent low back pain", U,
     "Standard advice: see a physician if pain lasts beyond 4-5 weeks or persists despite home care; describes the usual work-up and treatments.",
     "HARD: 'Medical Treatment To Cure Lower Back Pain' and 'Massage is very helpful for curing lower back' overstate (accuracy 1, claims 1); read as an efficacy claim ('helpful'), cut off mid-sentence, so not unsafe_advice. No red flags (bladder or bowel loss, leg weakness, fever), but the 4-5 week persistence sign with 'consult your physician' counts as warning_signs_present (persistence-plus-action, as r41-011). risks 1: muscle relaxers and surgery named without harms.",
     "qback", "chiropractic site's 'what to do if back pain doesn't go away'; third result", False, "", True, True),
    ("r135-002", W, False, "11200011", True, "physical-therapy chain blog post on persistent low back pain", U,
     "Tells readers that back pain that won't go away 'indicates a more serious underlying issue' and that self-treating can make a serious condition worsen, steering them to physical therapy; the promised warning signs are not shown.",
     "HARD: nothing dangerous and 'seek the assistance of trained professionals' is sensible, but the core claims are wrong for most non-specific back pain (it usually has no serious cause) and discourage evidence-based self-care. The 'persists for days or weeks' + seek professionals line counts as warning_signs_present (persistence-plus-action). advertising 1: a PT provider's blog steering to its service. risks 1: no intervention's harms discussed.",
     "qback", "PT chain blog with the reader's exact phrase as title; fourth result", False, "", True, True),
    ("r135-003", W, True, "22200011", True, "app-store description of a back-pain self-help app", U,
     "Two sentences: back pain is common and manageable, and severe pain or pain lasting more than a week should be seen by a health care provider.",
     "HARD: a store listing, not a health page; nothing to weigh beyond one accurate, well-placed care prompt (severe or more than a week + provider: warning_signs_present true). Thin-but-fair. advertising 1: it sells the app. risks 1: no intervention discussed.",
     "qback", "short app listing that gives a clear when-to-see-a-provider line; fifth result", False, "", True, True),
    ("r135-004", W, True, "22111012", True, "Q&A repost site copy of a women's magazine article on bloating", U,
     "Accurate, reassuring explanation of bloating after meals with a named Johns Hopkins gastroenterologist, common food triggers, lactose intolerance and a note that a doctor can test for it.",
     "No sign (weight loss, blood, persistent pain, vomiting) tied to an action in the excerpt, so warning_signs_present false; 'your doctor can test for lactose intolerance' is a general prompt (care 1). Re-hosted copy (photo credit kept, no author). risks 1: Lactaid named without limits.",
     "qbloat", "a reposted magazine explainer quoting a gastroenterologist; first result", False, "", True, False),
    ("r135-005", W, True, "21010012", True, "beauty magazine listicle on natural insomnia remedies (introduction)", U,
     "Only the introduction: insomnia is common (Sleep Health Foundation cited) and the article promises expert-approved tips such as lemon balm tea and a routine.",
     "HARD: thin-but-fair (as r85-010): the 'Knock You Right Out' title overclaims (claims 1), but nothing wrong or harmful is shown; no care prompt or sign (when insomnia needs a doctor). risks 1: no intervention discussed in detail.",
     "qsleep", "magazine remedy listicle with a hyped title; fourth result", False, "", True, False),
    ("r135-006", W, True, "21200012", True, "first-person guide to natural sleep remedies on an off-topic domain", U,
     "Hedged introduction: 'natural' is not automatically safe or an instant cure, the field mixes evidence and junk science, and severe or chronic insomnia needs a doctor.",
     "HARD: an unrelated host ('artsairlines') with no author or sources and a 'That Actually Work' title (claims 1), but the body is careful. 'If you have severe or chronic insomnia, a chat with your doctor is non-negotiable' counts as warning_signs_present. risks 1: cautions are general; no remedy discussed yet.",
     "qsleep", "natural-remedy guide that warns natural is not always safe; sixth result", False, "", True, True),
    ("r135-007", W, True, "22000012", True, "symptom page on a pharmaceutical company's site", U,
     "Short, accurate description of the causes of shortness of breath (airway, heart, anxiety) and how doctors classify it.",
     "HARD: a page on breathlessness that never says when it is an emergency (sudden onset, chest pain, blue lips) or to see anyone (care 0), which matters for this symptom; label true as an accurate thin fragment (as r85-001) rather than false, because nothing shown misleads. risks 1: no intervention discussed.",
     "qbreath", "pharma company symptom page; fourth result", False, "", True, False),
    ("r135-008", W, True, "22011011", True, "naturopath-written blog post on a women's-health supplement company's site", U,
     "Accurate opening on menopausal hot flashes and genitourinary symptoms and their hormonal cause, with numbered references, before the 'natural approaches' section.",
     "HARD: a supplement company's blog by a naturopath whose title leads to 'natural approaches' (advertising 1), but the excerpt stops before any remedy and what is shown is accurate. No care prompt; painful urination and UTIs are listed as menopause symptoms with no action (warning_signs_present false). risks 1: no intervention discussed yet.",
     "qflash", "supplement-company naturopath blog on natural hot-flash approaches; fifth result", False, "", True, False),
    ("r135-009", W, True, "22211012", True, "health-system blog post with a family physician on shortness of breath", U,
     "A named family physician explains viral and other causes of breathlessness and when to see a doctor, including groups who should be evaluated.",
     "warning_signs_present true: viral symptoms with shortness of breath + make an appointment, and listed groups (infants under 1 ...) to be evaluated; the ER criteria are cut off. Hosted on an azurewebsites.net instance (registered name 'azurewebsites'). risks 1: no intervention discussed.",
     "qbreath", "health-system physician Q&A on when to see a doctor; third result", False, "", True, True),
    ("r135-010", N, True, "11010011", True, "graded-English retelling of a news story on melatonin and heart problems", U,
     "Simplified news retelling of a long-term melatonin and heart-problems study that stresses the link is not proof of cause and that more research is needed.",
     "HARD: no numbers, researchers or journal (the study is presented as 'from the American Heart Association'), and 'For years, it has helped people with sleep problems' is unqualified (accuracy 1, claims 1); label true because the central caveat (association, not causation) is reported faithfully and the advice is to ask a doctor. News care_prompt 0. risks 1: limits stated, size of risk not given.",
     "nmelatonin", "simplified news item on the melatonin heart study; third result", False, "", False, False),
]
