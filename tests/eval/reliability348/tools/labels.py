"""rel348 labels: Q (query key -> query) and ROWS (one tuple per page; order as reltools.build:
id, genre, reliable, scores (criteria order), partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

Q = {
    "q1": "ask the doctor: what is plantar fasciitis and will it go away",
    "q2": "forum thread: my doctor says I have gastritis, what is it exactly?",
    "q3": "what is vertigo question answer dizzy when I turn my head",
}

W = "web page"
U = "unreliable-leaning"

ROWS = [
    ("r348-001", W, True, "22000012", True, "clinic FAQ answer 'what is plantar fasciitis'", U,
     "Accurate two-sentence definition (degenerative overload of the plantar fascia, heel pain); nothing misleading, nothing about care.",
     "thin-but-fair fragment; no signs or care prompt.", "q1",
     "clinic FAQ phrased as the reader's question", False, "", True, False),
    ("r348-002", W, True, "22000012", True, "blog post on plantar fasciitis treatments (opening only)", U,
     "One accurate sentence describing the heel pain of plantar fasciitis; the promised treatments are not in the excerpt.",
     "title promises treatments the excerpt does not reach; judged on the shown text.", "q1",
     "Korea-based lifestyle blog writing on a foot condition", False, "", True, False),
    ("r348-003", W, True, "22000012", True, "tag-archive page on an unrelated software host", U,
     "Accurate plain description of plantar fasciitis (heel and arch pain, worse in the morning); cut off before the causes list.",
     "HARD: an off-topic/spam host (a VPN subdomain of a software firm) carrying accurate text; the text decides (as ext016).", "q1",
     "health text on an unrelated host", False, "", True, False),
    ("r348-004", W, True, "22000012", True, "Q&A-site 'problem' entry on gastritis", U,
     "Accurate summary of gastritis as a group of disorders with correct symptoms and causes, incl. bleeding; no advice given.",
     "gastrointestinal bleeding named as a symptom with no action tied to it, so warning_signs_present false.", "q2",
     "answer-site entry for 'gastritis'", False, "", True, False),
    ("r348-005", W, True, "12100012", True, "clinic website condition page 'What is gastritis?'", U,
     "Standard cause list (alcohol, NSAIDs, H. pylori, autoimmune, bile reflux) and treatment left to the physician; spicy food as a cause and E. coli/Salmonella are shaky.",
     "a neurology clinic site hosting a generic GI text; accuracy 1 for spicy food as a cause; care 1 for 'determined by your physician'.", "q2",
     "'What is' page on a clinic site from India", False, "", True, False),
    ("r348-006", W, True, "22000012", True, "gastroenterology practice education page", U,
     "Accurate, plain explanation of gastritis and its common irritant causes (alcohol, aspirin, anti-arthritic drugs).",
     "no care prompt or signs in the excerpt; thin-but-fair.", "q2",
     "GI practice's patient-education page", False, "", True, False),
    ("r348-007", W, True, "22000011", True, "product-tag page of an essential-oil/wellness shop", U,
     "Only an accurate definition of vertigo is shown; it sits on a shop's product-tag listing (advertising 1).",
     "HARD: a shop tag page is a product page (POLICY-46 section 1), so warning signs not warranted; the shown text is a correct definition with no product claim, so true.", "q3",
     "shop 'product tag' page for a symptom", False, "", False, False),
    ("r348-008", W, True, "22000012", True, "content-site article 'does acupuncture work for vertigo' (opening)", U,
     "Accurate description of vertigo as a symptom; the acupuncture claims the title promises are not in the excerpt.",
     "HARD: title leans toward an alternative therapy, but the stored text is only a correct definition; judged on the shown text.", "q3",
     "bookmarking/content site posting health content", False, "", True, False),
    ("r348-009", W, True, "22000012", True, "local news site health explainer 'what is vertigo'", U,
     "Accurate lay description of vertigo with nausea and imbalance; cut off early.",
     "explainer on a news site (web page, not news reporting).", "q3",
     "regional news site's 'what is' explainer", False, "", True, False),
    ("r348-010", W, True, "22000012", True, "chiropractic clinic blog 'the vertigo'", U,
     "Accurate description of positional vertigo and associated symptoms; reassures it is 'rarely' serious without naming the signs that are.",
     "HARD: a chiropractor's page that reassures ('rarely the sign of a life-threatening ... disorder') with no stroke red flags; the statement is true as worded, so accuracy kept, no care.", "q3",
     "Australian chiropractor's 'what is' post", False, "", True, False),
]
