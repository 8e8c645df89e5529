"""rel484 labels: Q (query key -> query as sent to the `pages` search) and ROWS (one tuple per page:
id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources, authorship_review, date,
risks_uncertainty, advertising), partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "qwl50": "my weight loss journey how I lost 50 pounds",
    "qtired": "why am I always tired and exhausted all the time energy fatigue tips",
    "qburn": "burnout recovery my story signs of burnout",
    "qgut": "heal your gut naturally bloating leaky gut tips",
}

ROWS = [
    ("r484-001", W, True, "21111012", True, "content-site repost of fatigue advice", U,
     "lists lifestyle fixes and real medical causes (anaemia, thyroid, diabetes), attributed to Prevention and a named internist; no sign tied to an action",
     "HARD: 'give yourself two to three weeks' and 'don't blow it off' come close to a when-to-see-a-doctor line but name no action, so care 1 and warning_signs_present false; 'take a multivitamin' is generic (no amount, not a dose). Unrelated sports-clinic domain.",
     "qtired", "a worried reader's fatigue question answered by a repost on a clinic-named domain", False, "", True, False),
    ("r484-002", W, False, "11000012", True, "personal wellness blog", U,
     "an anonymous blogger frames constant tiredness as a lifestyle and cortisol problem with no word of medical causes or of seeing a doctor",
     "HARD: nothing shown is directly harmful, but 'My cortisol was spiking late at night' is self-diagnosis stated as fact (accuracy 1, claims 1), and a page on being 'tired all the time' gives no medical cause (anaemia, thyroid, depression) or care prompt (care 0); label false for steering a possibly ill reader to self-optimisation. risks 1: no intervention with harms yet.",
     "qtired", "first-person blog on persistent fatigue", False, "", True, False),
    ("r484-003", W, True, "12010012", True, "health magazine article", U,
     "a plain overview of fatigue causes (sleep, activity, diet, caffeine, alcohol, illness) with attributions; no care prompt in the excerpt",
     "HARD: thin-but-fair: 'overeating ... the body is working extra hard' is loose (accuracy 1) and no sign or prompt to see a doctor is shown (care 0, warning_signs_present false), but nothing shown misleads. sources 1: Healthline and Comfort Keepers named, not cited. date 0: the date is only in the URL.",
     "qtired", "magazine page answering 'why am I always tired'", False, "", True, False),
    ("r484-004", W, True, "22200012", True, "content-site explainer", U,
     "standard, balanced list of fatigue causes including sleep disorders, anaemia, thyroid and depression, with a check-up if tiredness persists",
     "'If exhaustion persists despite lifestyle changes a medical checkup is recommended' ties a condition to an action: warning_signs_present true (persistence plus action, as r41-011). Name-generator domain, no author.",
     "qtired", "explainer on a generic domain, broad cause list", False, "", True, True),
    ("r484-005", W, True, "22010022", True, "wellbeing shop/blog journal", U,
     "accurate description of burnout and its physical, emotional and behavioural signs, linking to Harvard Health; no care prompt in the excerpt",
     "care 0: no prompt to see a GP or therapist in what is shown; warning_signs_present false. risks 1: no intervention discussed yet.",
     "qburn", "burnout signs and recovery page from a UK wellbeing site", False, "", True, False),
    ("r484-006", W, True, "22001012", True, "therapist's blog", U,
     "a therapist describes burnout at work and in relationships accurately and without selling; no care prompt in the excerpt",
     "authorship 1: self-described therapist and EMDR clinician, not named in the excerpt. care 0 on what is shown.",
     "qburn", "a clinician's own blog on burnout", False, "", True, False),
    ("r484-007", W, True, "22110011", True, "software company blog", U,
     "a fair burnout guide citing prevalence studies and Maslach, advising a mental health professional for individual help; the firm's app is promoted in the body",
     "advertising 1: 'Try RescueTime for free today!' inside the article. care 1: a general consult prompt, no sign tied to an action.",
     "qburn", "brand blog on burnout with product placement", False, "", True, False),
    ("r484-008", W, False, "00000012", True, "lifestyle blog", U,
     "presents 'leaky gut syndrome' as an established diagnosis behind bloating, diarrhoea, fatigue and joint pain and promises natural healing",
     "HARD: 'you can take steps to heal your leaky gut naturally' and 'restore the integrity of your gut lining' are efficacy claims for diet and lifestyle for a contested label, not a cure claim for a disease or product, so unsafe_advice false; a reader with diarrhoea or stomach pain gets no sign needing care (care 0).",
     "qgut", "natural gut-healing blog aimed at readers with bloating", False, "", True, False),
    ("r484-009", W, False, "00000001", True, "wellness content site", U,
     "treats leaky gut as a diagnosable condition, blames gluten, suggests supplements to 'speed up leaky gut treatment' and promotes clickbait vitamin links",
     "advertising 1: 'Shocking Over The Counter Vitamins for Leaky Gut' and related promos in the contents. No doses shown. risks 0: supplements suggested with no harms.",
     "qgut", "leaky-gut healing tips page", False, "", True, False),
    ("r484-010", W, False, "00000001", True, "probiotic brand blog", U,
     "a probiotic seller's list promising to 'eliminate skin conditions', watch for 'toxin buildup' and take probiotics to restore the gut",
     "HARD: a self-help list on a seller's site, so warning signs warranted (POLICY-46 s.1). 'help you ... eliminate skin conditions and other inflammatory conditions' is framed as what the tips help with, not an unqualified cure of a named disease by one product, so unsafe_advice false; claims 0. advertising 1: the brand's own probiotic category.",
     "qgut", "brand blog on healing leaky gut", False, "", True, False),
]
