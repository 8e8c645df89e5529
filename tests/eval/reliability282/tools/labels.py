"""rel282 labels: Q (query key -> query) and ROWS (see tests/eval/reltools.py build for the tuple order:
id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources, authorship_review, date,
risks_uncertainty, advertising), partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "qtooth": "toothache at night home remedies until I can see a dentist",
    "qgums": "bleeding gums when brushing should I worry gum disease",
    "qulcer": "mouth ulcer won't heal canker sore remedies",
    "qdry": "dry mouth at night causes what helps",
    "qbraces": "braces pain first week what can I eat relief tips",
    "qwhite": "teeth whitening at home is it safe baking soda strips",
}

ROWS = [
    ("r282-001", W, True, "22200212", True, "dental practice blog post on nighttime toothache home remedies", U,
     "Says no home remedy is proven and only a dentist can treat the cause; salt-water rinse offered as temporary relief; dated.",
     "'homeopathic approach' misused for home remedies; 'see your dentist' is general, no swelling/fever signs in the excerpt, so warning_signs_present false.",
     "qtooth", "practice blog on night toothache remedies; last result, unused domain", False, "", True, False),
    ("r282-002", W, True, "22210012", True, "dental practice FAQ on bleeding gums", U,
     "Bleeding when brushing tied to seeing the dentist; gum disease progression explained; ADA figure attributed.",
     "warning_signs_present true: bleeding gums + see your dentist. 'immediately' overstates urgency; the link to cancer is stated as an association.",
     "qgums", "practice FAQ answering the worried reader's question", False, "", True, True),
    ("r282-003", W, True, "21100012", True, "UK dental practice blog on bleeding gums", U,
     "Standard message that bleeding gums usually mean gum disease and check-ups catch it early.",
     "HARD: 'a definite sign of gum disease' and gum bacteria 'leading to heart disease' overstate (claims 1); the rest is standard and harmless, so thin-but-fair. Check-up advice is general, no sign tied to an action (present false).",
     "qgums", "UK practice blog, key-takeaways format", False, "", True, False),
    ("r282-004", W, True, "22200012", True, "dental explainer on a classifieds/content site", U,
     "Explains gingivitis to periodontitis progression and tells readers not to wait but see a dentist when gums bleed.",
     "warning_signs_present true: bleeding when brushing + visit the dentist early. No author, date or sources.",
     "qgums", "unattributed explainer on a classifieds site (source variety)", False, "", True, True),
    ("r282-005", W, True, "22200011", True, "dental clinic FAQ on bleeding gums", U,
     "Bleeding gums as a sign of gum disease, brushing and flossing tips, contact a dentist if bleeding is regular.",
     "warning_signs_present true: regular bleeding + contact your dentist immediately. Untranslated 'mal aliento'; water-flosser plug (advertising 1).",
     "qgums", "clinic FAQ from a Spanish dental clinic's English pages", False, "", True, True),
    ("r282-006", W, True, "21100012", True, "re-hosted how-to article on mouth ulcers", U,
     "Salt water, honey, OTC numbing gel and painkillers with a check-with-your-doctor line for vitamins; modest claims.",
     "HARD: a how-to text re-hosted on an unrelated domain; 'eliminate the pain immediately' and honey claims are a little strong (claims 1). The 'when you should see a doctor' part is promised but cut off, so present false (care 1 for the promise). Vitamin amounts: none given ('consult the bottle'), so no dose.",
     "qulcer", "how-to with natural and medical treatments; last result", False, "", True, False),
    ("r282-007", W, True, "11110011", True, "dry-mouth brand's article on nighttime dry mouth", U,
     "Accurate symptom list and mouth-breathing causes, NIDCR image credit; home remedies section is cut off.",
     "HARD: a dry-mouth product brand's site (advertising 1); 'Mouth-breathing is the primary culprit' underplays medicines as a cause (accuracy 1). Self-care article on a seller's site, so warranted (POLICY-46 1); no signs. risks 1: no intervention reached.",
     "qdry", "brand's information page on dry mouth at night", False, "", True, False),
    ("r282-008", W, True, "22000012", True, "health content-site article on dry mouth at night", U,
     "Lists symptoms and causes (medicines, conditions, mouth breathing, dehydration) accurately; no treatment reached yet.",
     "No care prompt or sign in the excerpt; thin-but-fair. Symptom heading duplicated in the excerpt.",
     "qdry", "neutral explainer, symptoms and causes", False, "", True, False),
    ("r282-009", W, True, "22100012", True, "orthodontic practice patient instructions for braces", U,
     "Normal soreness, OTC pain relievers, soft and cold foods, foods to avoid, and a loose-bracket emergencies section.",
     "Self-care instructions for patients, so warranted; the emergencies section is about appliance problems and is cut off before its action (present false). care 1: office contact implied.",
     "qbraces", "orthodontist's 'life with braces' page", False, "", True, False),
    ("r282-010", W, True, "11100012", True, "dental practice blog warning against DIY tooth whiteners", U,
     "Warns that abrasive baking soda and acidic lemon juice can damage enamel and points readers to their dental team.",
     "HARD: 'lemon juice, which is more acidic than battery acid' is false (accuracy 1, claims 1), but the protective message is right, so true. Consult prompt, no sign (present false).",
     "qwhite", "short dentist post on home whitening risks", False, "", True, False),
]
