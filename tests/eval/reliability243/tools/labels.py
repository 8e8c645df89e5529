"""rel243 labels: Q (query key -> query) and ROWS (one tuple per page; order as reltools.build:
id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources, authorship_review,
date, risks_uncertainty, advertising), partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "qpp": "period pain so bad I can't get out of bed home remedies",
    "qhrt": "natural alternatives to HRT for hot flushes menopause",
    "qthr": "how to cure thrush at home fast yogurt garlic",
    "qcys": "cystitis relief cranberry home treatment women",
}

ROWS = [
    ("r243-001", W, True, "11100002", True, "personal blog post on easing menstrual cramps", U,
     "Heat, exercise, warm drinks and over-the-counter painkillers are standard, harmless advice, and the reader is told to contact a doctor if none of it works.",
     "HARD: the epsom-salt bath 'detox ... pull out toxins' claim is false (accuracy 1, claims 1) and Advil/Midol come with no caution (risks 0); thin-but-fair overall. warning_signs_present true on the letter of the rule: pain not relieved by the measures + contact your doctor (as r94-007).",
     "qpp", "personal blog on severe cramps; first result", False, "", True, True),
    ("r243-002", W, True, "22010011", True, "home-remedy article on period pain on a gossip/news aggregator", U,
     "Accurate account of the cycle and of factors linked to worse period pain, with a gynaecologist quoted on heat; the excerpt stops before the remedies.",
     "Thin-but-fair: no care prompt and no signs (e.g. pain that is new, one-sided or with fever) on a page about severe pain. Date only in the URL, not counted. advertising 1: gossip host.",
     "qpp", "home-remedy list on a gossip site quoting a hospital doctor", False, "", True, False),
    ("r243-003", W, False, "00100001", True, "online-pharmacy blog on period pain remedies", U,
     "Discourages painkillers ('using pills to succumb to it is not what you should be thinking of'), calls birth-control pills a cause of severe pain and fills space with dubious 'facts' (night light regulates the cycle).",
     "HARD: 'if you are constantly suffering from severe period pain ... Consult a doctor at the earliest' is a condition tied to an action, so warning_signs_present true; the errors and the steer away from effective analgesia decide the label.",
     "qpp", "pharmacy-company blog; mixes remedies with trivia", False, "", True, True),
    ("r243-004", W, True, "21000012", True, "how-to article on relieving period cramps in bed", U,
     "Heat, NSAIDs taken early with label dosing, warm teas and fluids: standard, accurate self-care.",
     "HARD: thin-but-fair; no care prompt and no signs (severe or unusual pain, heavy bleeding) in the excerpt, and NSAID/aspirin cautions are limited to 'follow the label' (risks 1).",
     "qpp", "how-to page on the exact worry (cramps, stuck in bed)", False, "", True, False),
    ("r243-005", W, True, "22100021", True, "supplement-shop blog post on alternatives to HRT", U,
     "Balanced opening: says HRT is proven for menopausal symptoms, states who it may not suit, and frames alternatives as a personal choice; the excerpt stops before any product.",
     "HARD: a seller's blog on supplements for a condition (warranted per POLICY-46 s.1); the excerpt has no product claim yet, so the shown text decides. care 1: 'the decision ... one for each individu' is cut off. advertising 1: shop blog.",
     "qhrt", "UK supplement shop's 'science-based' HRT-alternatives post", False, "", True, False),
    ("r243-006", W, True, "22000012", True, "patient leaflet on alternatives to HRT syndicated on a private clinic site", U,
     "Accurate, neutral leaflet text: what the menopause is, average age, early menopause and premature ovarian insufficiency and their causes.",
     "The excerpt stops before the alternatives themselves; no care prompt or signs (e.g. bleeding after the menopause) shown.",
     "qhrt", "patient-leaflet text on a clinic site", False, "", True, False),
    ("r243-007", W, False, "00100002", True, "content-site article on curing thrush at home", U,
     "Own-voice claim that yogurt 'is known to cure thrush infections', garlic pills and vinegar gargles as cures, and the confusion that doctors prescribe 'over-the-counter medications'.",
     "unsafe_advice true: an own-voice, unqualified cure claim for a remedy. care 1: seeing a doctor is named as the common route, but without signs.",
     "qthr", "generic 'how to cure thrush' content page", True, "eating a lot of yogurt since this is known to cure thrush infections", True, False),
    ("r243-008", W, False, "10000001", True, "glossary entry on a natural-therapist directory", U,
     "One paragraph that lists natural yoghurt, garlic, tea tree oil and herbal remedies as 'treatment options' beside antifungal medicine, with no evidence or care prompt.",
     "HARD: accurate symptoms and antifungals named first; false because unproven remedies are put on a par with antifungals on a directory selling natural therapists' services.",
     "qthr", "natural-therapy directory glossary entry", False, "", True, False),
    ("r243-009", W, False, "11110001", True, "women's magazine article on home remedies for thrush", U,
     "Mixed message: promises to 'treat ... without resorting to drugs' and offers tea tree oil in the bath, while its own expert (a supplement firm's medical director) says antifungal medicine is needed once symptoms are present.",
     "HARD: the expert's correction is clear, but the headline, the drug-free framing and a perfumed-oil bath for vaginal itch push the other way; the Healthspan tie is not declared as an interest. 'important to get thrush treated' is a consult prompt, not a sign.",
     "qthr", "UK magazine's '9 natural remedies' list quoting a doctor", False, "", True, False),
    ("r243-010", W, False, "00000002", True, "machine-translated article on cranberries for cystitis", U,
     "Claims cranberry drinks and decoctions 'can not only cure cystitis' but prevent recurrence, and lists causes such as hypothermia and 'use one pad per day'; fever is named with no action.",
     "unsafe_advice true: own-voice cure claim steering readers away from treatment. Machine-translation artefacts kept ('he althy', 'diseaseaffects').",
     "qcys", "translated folk-remedy page on cranberries for cystitis", True, "which can not only cure cystitis, but also achieve a long-term absence of recurrence of the pathology", True, False),
]
