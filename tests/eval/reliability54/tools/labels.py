"""rel54 labels: one blind labeller, batch by batch. Row: id, genre, reliable, scores
(accuracy_balance claims care_prompt sources authorship_review date risks_uncertainty advertising),
partial, doc_type, source_leaning, why, note, query key, picked_because, unsafe_advice,
unsafe_quote, warning_signs_warranted, warning_signs_present."""

Q = {
    "nose": "how to get rid of a stuffy nose fast",
    "mosq": "how to stop mosquito bites itching",
    "throat": "how to get rid of a sore throat overnight",
    "tooth": "how to stop a toothache at night",
}

W, N = "web page", "news"
RL, UL = "reliable-leaning", "unreliable-leaning"

ROWS = [
    # batch 1
    ("r54-001", W, False, "11100022", True, "self-care article on a content site", UL,
     "decongestant side effects and cautions are good, but unsupported 'antiviral' food claims, alcohol (hot toddy, wine) suggested as a remedy and no sign of when to see a doctor",
     "HARD: the drug-safety paragraph is accurate (risks 2); label for the unsupported garlic/cayenne 'antiviral' claim and alcohol as a remedy. unsafe_advice false: 'can cure a stuffy nose with ... antihistamines' is about a standard drug for allergy and colloquial. care 1: pharmacist/doctor only for decongestant contraindications.",
     "nose", "top result, anonymous content site giving fast-relief tips mixing drugs and home remedies", False, "", True, False),
    ("r54-002", W, True, "12200012", False, "public-radio science explainer", RL,
     "debunks myths, explains the cause, recommends ice and anti-itch cream and tells readers to consult a doctor for long-lasting or severe reactions",
     "HARD: 'the itch only lasts a few hours' understates the usual course (days) (accuracy 1); warning_signs_present true on 'more severe than normal, consult your doctor right away' (vague but tied to an action). sources 0: 'doctors recommend' unattributed. risks 1: no harms of the creams.",
     "mosq", "public-media science item on mosquito itch; short careful explainer", False, "", True, True),
    ("r54-003", W, False, "10000012", True, "listicle on a general content site", UL,
     "'surefire' promise, unsupported 'natural antihistamine' claim for baking soda and banana-peel folk remedy, no sign of when a bite needs care",
     "cold compress, washing and hydrocortisone are standard; label for the guarantee framing and unsupported claims. unsafe_advice true on the unqualified guarantee ('surefire'). risks 1: package instructions and scratching/infection only.",
     "mosq", "content-site listicle promising surefire itch fixes with folk remedies", True, "Here are surefire methods to put an end to the itch.", True, False),
    ("r54-004", W, True, "11000002", False, "pest-control company blog", UL,
     "short, mostly standard advice (ice, hydrocortisone, oral or topical antihistamine); overstated honey claim; no warning signs",
     "HARD: honey 'will reduce inflammation and help prevent ... infected' is unsupported (accuracy 1, claims 1) and nothing says when a bite needs a doctor; judged reliable because the core advice is standard and harmless. risks 0: no cautions on antihistamines or steroid cream. No product promoted in the text.",
     "mosq", "company blog (pest control) giving itch remedies; commercial source", False, "", True, False),
    ("r54-005", W, False, "00100102", True, "personal/lifestyle blog post", UL,
     "claims remedies will 'cure the problem', that anti-inflammatories and lozenges 'reduce the infection' and salt water flushes out bacteria; no warning signs",
     "care 1: 'till you formally see a doctor the following day'. unsafe_advice true on the unqualified cure claim. date 1: 2019/06 in URL. risks 0: anti-inflammatories suggested with no cautions.",
     "throat", "blog post promising an overnight sore-throat fix", True, "will not only reduce the pain and irritation but also cure the problem", True, False),
    ("r54-006", W, True, "11000012", True, "health blog post", UL,
     "salt-water gargle, warm compress and tea: benign, safely described comfort measures; mild 'promote healing' overstatement; no signs of when to see a doctor",
     "HARD: strep throat named as a cause with no prompt to get it checked (care 0, warning_signs_present false); judged reliable because nothing advised is harmful or over-promised beyond 'can help to promote healing'. risks 1: 'not boiling', 'not too hot' cautions only.",
     "throat", "health blog with overnight sore-throat remedies", False, "", True, False),
    ("r54-007", W, True, "22200012", True, "dental practice blog", RL,
     "puts seeing a dentist first, then realistic night-time measures (OTC painkillers 'may not completely remove the pain', cold compress)",
     "warning_signs_present true: throbbing toothache tied to 'schedule an appointment with a dental professional immediately'. risks 1: limits of painkillers stated, no side effects or dosing. No promotion in the excerpt.",
     "tooth", "dentist's blog on night-time toothache; careful clinic page", False, "", True, True),
    ("r54-008", W, False, "11200012", True, "dental practice blog", RL,
     "mostly standard measures with a same-day dentist prompt, but tells readers to dilute 'food-grade' hydrogen peroxide only 1:1 (food-grade is typically 35%, a caustic concentration) and promises immediate relief",
     "HARD: good care prompt (call the dentist for a same-day appointment; warning_signs_present true, toothache as a dental emergency) and dosing caution for painkillers; label for the hazardous peroxide instruction. unsafe_advice false: a harmful instruction, not a cure/safety claim, stop-medicine or anti-professional message. date 1: 2019/11 in URL.",
     "tooth", "dental clinic blog listing night-time toothache remedies", False, "", True, True),
    ("r54-009", W, True, "21100012", False, "re-hosted toothache article on an unrelated site", UL,
     "sensible bridge to a dentist visit: paracetamol or ibuprofen, avoid aspirin before dental treatment, clove oil, salt water, head elevated, ice",
     "care 1: seeing the dentist in the morning is assumed, no explicit prompt or signs (e.g. facial swelling, fever). claims 1: clove oil 'effective'. risks 1: aspirin bleeding caution only. date 1: 2016/09/15 in URL.",
     "tooth", "re-hosted toothache article on an unrelated education domain", False, "", True, False),
    ("r54-010", W, True, "21010012", True, "pest-control franchise blog", UL,
     "CDC-attributed standard care (wash, wrapped ice) and warns against untested home concoctions",
     "sources 1: CDC and GoodRx named, no links. accuracy 1: 'because a person is allergic to mosquito saliva' loosely phrased. Excerpt stops before any warning signs (warning_signs_present false). risks 1: ice-on-skin caution only. No promotion in the excerpt.",
     "mosq", "company blog of a mosquito-control franchise citing CDC", False, "", True, False),
]
