"""rel519 labels: Q (query key -> query as sent to the `pages` search) and ROWS (one tuple per page:
id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources, authorship_review, date,
risks_uncertainty, advertising), partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present).
Labelled from the stored text only (/work/restricted-eval/reliability519/docs/)."""

Q = {
    "qanx": "herbal remedies for anxiety that actually work",
    "qeld": "is elderberry syrup safe for kids with flu",
    "qcat": "cat allergy symptoms how to live with a cat if allergic",
    "qbite": "dog bite infection when to see a doctor",
    "qdogitch": "my dog keeps scratching natural remedy for itchy skin",
    "qtom": "tomato plant leaves yellow spots blight what to do",
}

W = "web page"
U = "unreliable-leaning"
R = "reliable-leaning"

ROWS = [
    ("r519-001", W, False, "00000002", True, "herbal anxiety remedy list on a natural-products blog", U,
     "Says passionflower has no side effects and matches a benzodiazepine, lavender works as well as lorazepam; unsourced comparisons, no doctor, no interactions.",
     "Own-voice 'doesn't have any' side effects for passionflower is an unqualified safety claim, so unsafe_advice true.",
     "qanx", "natural-herb listicle claiming herbs equal anxiety drugs", True,
     "passionflower was a clear winner when it came to side effects, as it doesn’t have any", True, False),
    ("r519-002", W, True, "22110022", True, "explainer on herbal remedies for anxiety disorders", U,
     "States that safety and effectiveness are unproven, notes small trials and high placebo response, and warns about valerian with alcohol or sedatives.",
     "Consult framing is about clinicians educating patients, no sign tied to an action, so warning_signs_present false.",
     "qanx", "cautious evidence-oriented herbal anxiety page", False, "", True, False),
    ("r519-003", W, True, "12100012", True, "cat allergy symptoms page on a general content site", U,
     "Plain, mostly accurate account of cat-allergy symptoms; says throat swelling and trouble swallowing need immediate medical attention; vague on 'medicines and supplements'.",
     "HARD: thin and chatty, no author or sources, the 'supplements' line is vague (accuracy 1); the throat-swelling sign with immediate medical attention counts as warning_signs_present.",
     "qcat", "content-farm style cat allergy page (copy of a common article)", False, "", True, True),
    ("r519-004", W, True, "11100012", True, "short tips intro on living with a cat despite allergy", U,
     "Advises allergy testing before getting a cat, especially with asthma; the claim that mild sufferers may build tolerance by exposure is hedged but weakly supported.",
     "HARD: 'may be able to gradually build up your tolerance' is a weakly supported hedged claim (accuracy 1, claims 1); the testing advice for people with asthma keeps it thin-but-fair. No sign tied to an action.",
     "qcat", "pet-allergy tolerance claim on an unrelated domain", False, "", True, False),
    ("r519-005", W, True, "22100012", True, "cat allergy web story on an off-topic domain", U,
     "Accurate summary: allergen sources, antihistamines, allergy shots, cleaning and HEPA filters; tells readers to see an allergist or healthcare provider.",
     "Consult prompts without a sign (no breathing or asthma red flag), so care 1 and warning_signs_present false; the 'consult a veterinarian before getting a cat' line is odd but harmless.",
     "qcat", "short web story on cat allergies, unrelated host", False, "", True, False),
    ("r519-006", W, False, "11100001", True, "pet-shop blog on natural remedies for a dog's itchy skin", U,
     "Animal-health page: tells owners they need not 'necessarily visit a vet' and promises 'proven natural ways' for a symptom that often needs veterinary diagnosis (parasites, infection, allergy).",
     "HARD: animal-health page (one of the 10), so warning_signs_warranted false (not a human health page). The vet-discouraging line is hedged ('necessarily') and about a pet, so unsafe_advice false. advertising 0-1: shop blog; scored 1.",
     "qdogitch", "pet shop's natural-itch blog discouraging vet visits", False, "", False, False),
    ("r519-007", W, False, "00100002", True, "pet blog of home remedies for a dog's itchy skin", U,
     "Animal-health page: recommends tea tree oil in a dog's bath and says it 'won't hurt your dog if he samples some' (tea tree oil is toxic to dogs), plus borax on carpets and lemon juice sprays.",
     "HARD: animal-health page, warning_signs_warranted false; unsafe_advice true for the unqualified safety claim on tea tree and peppermint oil for a dog that may lick it. The vet is mentioned for food changes (care 1).",
     "qdogitch", "pet home-remedy blog with essential-oil advice", True, "won’t hurt your dog if he samples some", False, False),
    ("r519-008", W, False, "11100001", True, "affiliate pet blog on a dog's itching and 'natural fix'", U,
     "Animal-health page: a vet disclaimer, but the framing says conventional treatment and vet visits miss the 'hidden' cause and promises relief without 'expensive treatments'; the fix is not reached.",
     "HARD: the disclaimer (consult your vet) gives care 1, and the parasite facts are right; label false for the framing that undermines veterinary care under affiliate links (advertising 1). Animal page, not warranted.",
     "qdogitch", "affiliate 'hidden reason / natural fix' pet article", False, "", False, False),
    ("r519-009", W, True, "22101212", True, "cooperative-extension Q&A on tomato early blight", R,
     "Plant-health page: identifies early blight, explains spread, advises removing infected plants, not composting them, and following copper fungicide label directions.",
     "Plant-health page (one of the 10): warning_signs_warranted false. date 2: question dated July 2024.",
     "qtom", "extension expert answer on a garden plant disease", False, "", False, False),
    ("r519-010", W, True, "12000012", True, "translated gardening article on tomato leaf spots", U,
     "Plant-health page: reasonable overview of fungal, viral and bacterial tomato diseases and growing conditions; machine-translation slips ('bacterial cancer' for canker).",
     "Plant-health page: warning_signs_warranted false; accuracy 1 for translation slips; no intervention yet, risks 1.",
     "qtom", "translated garden-disease guide from a decor/garden site", False, "", False, False),
]
