"""rel223 label records (blind; from the stored text only). Tuple order as reltools.build:
(id, genre, reliable, scores, partial, doc_type, source_leaning, why, note, query key, picked_because,
unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present).
Scores in order: accuracy_balance, claims, care_prompt, sources, authorship_review, date,
risks_uncertainty, advertising."""

Q = {
    "qbl": "how to get rid of bloating fast at home",
    "qdi": "how to stop diarrhea at home remedies",
    "qco": "how to ease constipation naturally home",
    "quti": "get rid of a UTI without antibiotics cranberry",
}

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

ROWS = [
    ("r223-001", W, True, "21000112", True, "content article (bloating how-to)", U,
     "accurate causes of bloating and sensible water/diet advice; no care prompt or red flags in the excerpt",
     "thin-but-fair: correct and modest, cut before any advice on when bloating needs a doctor; risks 1: no remedy with harms discussed yet",
     "qbl", "a plain 'get rid of bloating fast' how-to on an unrelated host", False, "", True, False),
    ("r223-002", W, True, "11100012", True, "content article (bloating guide)", U,
     "mostly standard advice with a general note that chronic bloating may need a doctor; herb 'reduces inflammation' and charcoal offered without cautions",
     "HARD: a machine-formatted page (stray '```html') that lists activated charcoal as an OTC option with no interaction caution; the rest is ordinary and hedged, so true with claims 1 and care 1 (general, no sign); the header date is the site's date, not the article's (date 0)",
     "qbl", "bloating how-to with a strategy table including OTC products", False, "", True, False),
    ("r223-003", W, True, "21000112", True, "content article (bloating treatment and diet tips)", U,
     "accurate list of causes (incl. SIBO, IBS, intolerances) and standard diet tips incl. low FODMAP; no care prompt in the excerpt",
     "thin-but-fair; low FODMAP suggested without saying it is best done with a dietitian (minor)",
     "qbl", "bloating page with causes and a FODMAP explanation", False, "", True, False),
    ("r223-004", W, False, "01000112", True, "content article on a pharmacy-named site (bloating remedies)", U,
     "garbled and wrong figures ('People up to 90% are diagnosed with IBS or IBD'), 'bloating disease'; no care prompt",
     "HARD: nothing dangerous yet, but the factual errors and invented statistics mean a reader cannot rely on it; host name suggests a drug seller though no product is shown (advertising 1)",
     "qbl", "bloating remedies page on a 'bigpharmausa' host", False, "", True, False),
    ("r223-005", W, False, "00000012", True, "home-remedy blog (diarrhoea)", U,
     "several errors (chronic diarrhoea 'more than two days', antibiotics as 'magnesium-containing drugs', blood pressure as a cause) and an invitation to 'treat yourself' with no warning signs",
     "machine-translated style; coconut water for hydration is reasonable but oral rehydration and dehydration signs are absent; 'home cures' only in the title (not unsafe, title exception)",
     "qdi", "'home cures' diarrhoea page from a remedies blog", False, "", True, False),
    ("r223-006", W, False, "00000002", True, "home-remedy blog (diarrhoea)", U,
     "tells readers with frequent diarrhoea to refrain from seeing a doctor and use home remedies; ginger tea 'to cure diarrhea'; no dehydration warning",
     "unsafe_advice: discourages seeing a professional in its own voice",
     "qdi", "remedy list whose opening advises against the doctor visit", True, "refrain from doing so", True, False),
    ("r223-007", W, False, "00100002", True, "DIY remedy page (diarrhoea)", U,
     "chamomile 'helps to cure intestinal inflammation', '3 cups a day will give instant relief', orange peel 'also cures diarrhea'; only a vague 'in worst situations' doctor line",
     "HARD: unsafe_advice on the unqualified own-voice cure claim for orange peel, although an earlier paragraph says serious cases need a doctor (different paragraph, no sign named, care 1)",
     "qdi", "DIY remedy page with cure wording", True, "also cures diarrhea", True, False),
    ("r223-008", W, True, "11200012", True, "content article (constipation remedies)", U,
     "muddled wording, but it names vomiting, abdominal pain, rectal bleeding and weight loss with constipation as needing urgent medical care before offering home remedies",
     "HARD: odd symptom list ('mood swings') and confused acute/chronic wording (accuracy 1), but the red flags with an action are the key safety content; warning_signs_present true",
     "qco", "constipation remedies page that opens with when care is urgent", False, "", True, True),
    ("r223-009", W, True, "11000012", True, "home-remedy blog (constipation)", U,
     "fibre and fluid advice is standard; olive oil and lemon water called 'very effective' / 'most effective' without support; no care prompt",
     "HARD: benign remedies with overclaimed efficacy and a garbled line that fibre 'can cause your stool to harden' (meant: without water); no cure or safety word, low harm, so true with claims 1",
     "qco", "'tried and tested' constipation remedies blog", False, "", True, False),
    ("r223-010", W, False, "00100012", True, "AI-style article on a subdomain of an agency site (UTI without antibiotics)", U,
     "promises a 'research-backed roadmap for eliminating UTIs without relying on antibiotics'; overstates D-mannose and cranberry (prevention evidence presented as treatment); no sources",
     "HARD: hedged ('mild to moderate cases', antibiotics 'gold standard for severe'), so unsafe_advice false, but the framing steers readers with a bacterial infection away from treatment; care 1 for the promised 'when to escalate'",
     "quti", "UTI-without-antibiotics page on an unrelated n8n subdomain", False, "", True, False),
]
