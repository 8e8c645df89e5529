"""rel116 label records (blind labeller, round 34). No page text beyond short quoted phrases.

Tuple order (reltools.build): id, genre, reliable, scores (criteria order: accuracy_balance,
claims, care_prompt, sources, authorship_review, date, risks_uncertainty, advertising), partial,
doc_type, source_leaning, why, note, query key, picked_because, unsafe_advice, unsafe_quote,
warning_signs_warranted, warning_signs_present.
"""

Q = {
    "qpalp": "heart palpitations at night should I worry",
    "qhead": "sudden headache behind one eye causes when to see doctor",
    "q3am": "waking up at 3am every night can't get back to sleep",
    "qlowt": "signs of low testosterone in men over 40",
    "qhay": "hay fever antihistamine not working what else can I take",
    "qankle": "twisted ankle swollen bruised is it broken or sprained",
    "qfall": "elderly parent falls frequently what to do",
    "qteeth": "sensitive teeth cold drinks sudden pain causes",
}

W, N = "web page", "news"
UL, RL = "unreliable-leaning", "reliable-leaning"

ROWS = [
    ("r116-001", W, True, "11000211", True, "cardiology practice blog post on night-time palpitations", UL,
     "Explains palpitations and common benign causes accurately in outline; reassuring, with no sign of when palpitations need care in the excerpt.",
     "HARD: 'rest easy because these incidents are almost always harmless' reassures before any red flag (chest pain, fainting, breathlessness) is given, and 'Normally, the atria ... contract slightly earlier than they should' garbles the ectopic-beat mechanism (accuracy 1, claims 1); thin-but-fair as r85-028 since nothing shown would lead to harm. care 0, warning_signs_present false. risks 1: no intervention discussed yet. advertising 1: practice blog. date 2: dated.",
     "qpalp", "cardiology practice page answering the night-palpitations question; allowed n-z domain", False, "", True, False),
    ("r116-002", W, True, "22011012", True, "magazine wellness article with named sleep experts", UL,
     "Accurate account of early-morning waking (insomnia, sleep apnoea, menopause, caffeine, alcohol, light, noise) attributed to a named sleep physician and sleep scientist.",
     "No care prompt or sign (loud snoring, gasping, daytime sleepiness) in the excerpt, which stops in the causes list (care 0, warning_signs_present false). authorship 1: named experts quoted; sources 1: attributed, not cited. risks 1: no intervention discussed yet.",
     "q3am", "consumer magazine piece quoting two sleep doctors; allowed t domain", False, "", True, False),
    ("r116-003", W, True, "22100012", True, "health content article on low testosterone after 40", UL,
     "Accurate, measured account of age-related testosterone decline and its contributing factors, framed around discussing symptoms with a provider.",
     "care 1: general 'discuss them effectively with a healthcare provider' with no concrete sign tied to an action, so warning_signs_present false. Off-topic domain name (pelvic inflammatory disease) but the text is on topic and sound. risks 1: treatments and risks promised, not shown.",
     "qlowt", "content-site page for men over 40 asking about low T; allowed p domain", False, "", True, False),
    ("r116-004", W, False, "11100002", True, "general blog post on signs of low testosterone", UL,
     "Attributes common, non-specific problems (tiredness, irritability, depression, weight gain, memory loss) to low testosterone and offers testosterone replacement as the fix, with no word on other causes, testing or the therapy's risks.",
     "HARD: nothing is outright false and 'if your doctor deems it necessary' keeps a doctor in the loop (care 1), but 'don't worry ... testosterone replacement therapy ... can boost your levels back into a normal range' sells a treatment with no harms (risks 0) to readers whose symptoms have many other causes (disease-mongering framing, claims 1). Not unsafe_advice: no cure or safety guarantee. warning_signs_present false.",
     "qlowt", "general blog list of low-T signs with a therapy pitch; allowed t domain", False, "", True, False),
    ("r116-005", W, True, "12000011", True, "allergy telehealth company blog post on antihistamines", UL,
     "Broadly sensible reasons why antihistamines seem to stop working (worsening or new allergies, longer pollen seasons, ageing), with no overclaim in the excerpt.",
     "HARD: 'Antihistamines work by stopping the body from releasing histamine' is wrong (they block histamine receptors), so accuracy 1; the error does not steer the reader to harm, so thin-but-fair. No care prompt or sign (e.g. wheeze, symptoms that may not be allergy) in the excerpt (care 0). advertising 1: the company sells allergy immunotherapy. risks 1: no drug harms yet.",
     "qhay", "allergy company blog answering 'antihistamines not working'; allowed w domain", False, "", True, False),
    ("r116-006", W, True, "22100112", True, "re-hosted copy of a pharmacy-discount site article on allergy medicines", UL,
     "Accurate overview of why allergy medicines may fail (wrong drug for the symptom, non-allergic rhinitis) and which drug types exist, with advice to work with a provider or pharmacist.",
     "Scraped copy on an unrelated host (as ext016); the '(2023)' in the title is the scraper's. care 1: general provider/pharmacist prompt, no sign, so warning_signs_present false. risks 1: drug classes listed without side effects in the excerpt.",
     "qhay", "re-hosted article on what to do when allergy meds fail; allowed o domain", False, "", True, False),
    ("r116-007", W, True, "12010211", True, "imaging company blog post on ankle sprain versus fracture", UL,
     "Accurate ankle anatomy and sprain grading with a cited reference; the excerpt stops before the sprain-fracture difference it promises.",
     "HARD: 'a sprain is defined as an inversion ... injury' confuses the mechanism with the injury (accuracy 1); the reader's question (is it broken?) is not reached, and no sign such as inability to bear weight is tied to an action (care 0, warning_signs_present false); thin-but-fair. sources 1: footnote. advertising 1: scan-booking company. risks 1: no intervention discussed.",
     "qankle", "scan company's health-hub page on sprained vs broken ankle; allowed s domain", False, "", True, False),
    ("r116-008", W, True, "22100011", True, "senior living community advice page on repeated falls", UL,
     "Accurate list of medical causes of falls (medications, blood pressure, anaemia, infection, heart and neurological conditions) and the point that falls may signal an underlying condition.",
     "care 1: the underlying condition 'needs to be addressed' is a general prompt with no concrete sign or action (e.g. head strike on blood thinners), so warning_signs_present false. advertising 1: step 4 'consider if it's time for senior living' on a senior-living site. risks 1: no intervention discussed yet.",
     "qfall", "senior-living provider's guide for a parent who keeps falling; allowed v domain", False, "", True, False),
    ("r116-009", W, True, "22100011", True, "dental-practice marketing article on sudden tooth sensitivity (unrelated host)", UL,
     "Accurate explanation of dentine sensitivity and its causes, distinguishing a sharp brief zing from a lingering ache that can signal pulp inflammation.",
     "The 'don't wait on this' checklist is promised but cut off, and the lingering-ache line names a condition with no action, so warning_signs_present false (as r21-001); care 1 for the promise. advertising 1: local-dentist keyword ('dentist near St Augustine FL'). risks 1: no intervention discussed.",
     "qteeth", "dental SEO article on sudden tooth sensitivity; allowed n domain", False, "", True, False),
    ("r116-010", W, False, "01000002", True, "word-reference site definition blurb on sprain", UL,
     "A thesaurus page's blurb that calls every sprain an ankle sprain and says surgery may be required if a sprain does not heal within a few weeks, with no advice to get an injury checked.",
     "HARD: tiny and harmless-looking, but the one piece of guidance ('Surgery may be required if the sprain does not heal within a few weeks') misleads (slow-healing sprains need assessment and rehabilitation, rarely surgery), and nothing on when a twisted ankle may be broken (care 0, warning_signs_present false). risks 0: surgery named with no harms. Not unsafe_advice: no cure, guarantee or discouragement.",
     "qankle", "non-health reference site with a sprain definition; allowed t domain", False, "", True, False),
]
