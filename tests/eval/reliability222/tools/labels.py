"""rel222 labels: Q (query key -> query) and ROWS (see tests/eval/reltools.py build for the tuple order).

Tuple: id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources,
authorship_review, date, risks_uncertainty, advertising), partial, doc_type, source_leaning, why,
note, query key, picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted,
warning_signs_present.
"""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "q1": "PRP injections knee clinic cost does it work",
    "q2": "stem cell clinic treatment for back pain is it safe",
    "q3": "IV vitamin drip therapy benefits hangover immunity",
    "q4": "red light therapy at home device wrinkles hair loss does it work",
}

ROWS = [
    ("r222-001", W, False, "00001000", True, "clinic treatment page (PRP for knee arthritis)", U,
     "sales page promising PRP 'will cause a lot of healing in a short amount of time', calling cortisone harmful and giving no evidence, risks or limits beyond '2 days mild swelling'.",
     "efficacy claim without a cure or safety word, so not unsafe_advice. authorship 1: named MD. advertising 0: price and 'Ask Dr. Kat' panel.",
     "q1", "clinic page selling PRP for knee OA with price/recovery panel", False, "", True, False),
    ("r222-002", W, True, "22100012", True, "blog article (PRP for knee osteoarthritis)", U,
     "measured account of PRP within the usual ladder of knee-OA care ('Not a miracle, but sometimes a meaningful shift'), accurate on what PRP is; no sources or author.",
     "HARD: anonymous post on a free blog host written in a clinician's voice that cannot be checked; the excerpt stops before evidence and cost, so thin-but-fair on what is shown. care 1: PRP placed after activity change, physio and NSAIDs; no explicit prompt. risks 1: limits (patient selection, technique), no harms yet.",
     "q1", "balanced-sounding evidence/cost piece on a user-blog host", False, "", True, False),
    ("r222-003", W, False, "10011000", True, "clinic blog (stem cells for low back pain)", U,
     "a stem-cell clinic's promotional history ('first clinic on Earth', 'longer than any in the world') with unsupported claims that its injections 'get rid of disc bulges'; no regulatory status, risks or evidence quality.",
     "HARD: candid that early disc regrowth hopes failed and the excerpt is mostly an accurate list of back-pain causes; label for promoting unapproved procedures on the clinic's own say-so. sources 1: numbered references. authorship 1: first-person founder.",
     "q2", "stem-cell clinic's own page on back pain", False, "", True, False),
    ("r222-004", W, False, "00000000", True, "spine practice service page (stem cell therapy)", U,
     "calls stem cells 'the latest and greatest' back-pain treatment, says harvested adult cells 'can become any cell within the body', disparages surgery and promises 'long-lasting relief' with no evidence, risks or regulatory status.",
     "HARD: unsafe_advice on the flat promise 'the therapy provides long-lasting relief' for an unapproved procedure (an outcome guarantee, as r94-008's 'you'll start to feel instant relief'); not a cure word. risks 0: only the reduced allergy risk.",
     "q2", "practice page presenting stem cells as effective back-pain treatment", True, "Lastly, the therapy provides long-lasting relief.", True, False),
    ("r222-005", W, False, "11000010", True, "clinic blog (is stem cell therapy FDA approved)", U,
     "correctly says no stem-cell therapy is FDA-approved for back pain and warns against cure promises, but recasts this as looking for an 'FDA-compliant' clinic and sells the therapy as healing 'the underlying damage' instead of masking pain.",
     "HARD: better than most clinic pages (the approval fact and red flags are right: risks 1), but the 'compliance, not approval' framing steers readers towards an unproven paid procedure. advertising 0: 'Book Appointment CTA' in the text.",
     "q2", "clinic answering the FDA-approval question", False, "", True, False),
    ("r222-006", W, True, "22010021", True, "chiropractic clinic blog (stem cell injections for back pain)", U,
     "accurate on FDA approval (only certain cancers and blood/immune disorders), names the possible harms of unregulated injections and tells readers to understand evidence and risks first.",
     "'only limited relief' for standard treatments is a little one-sided, but the page does not sell the procedure. No care prompt or sign in the excerpt. sources 1: FDA named. advertising 1: clinic site.",
     "q2", "chiropractor's explainer with FDA status and risks", False, "", True, False),
    ("r222-007", W, True, "22021011", True, "hangover-supplement brand blog (do IV drips cure hangovers)", U,
     "a PhD's referenced answer: IV fluids rehydrate but take about as long as drinking water, do not clear acetaldehyde faster and IV glutathione is inefficient.",
     "HARD: a hangover-product brand's blog debunking a rival treatment; the excerpt stops before any pitch, and the content is accurate and referenced. risks 1: limits, not yet harms. advertising 1: brand blog.",
     "q3", "brand blog quoting a scientist on IV hangover drips", False, "", True, False),
    ("r222-008", W, True, "22000011", True, "IV clinic blog (IV vitamin therapy for hangovers)", U,
     "the excerpt is an accurate account of hangover causes with the IV claims attributed to 'proponents'; it stops before any claim or risk about the drip itself.",
     "HARD: an IV clinic's local-SEO page ('Looking for iv vitamin therapy in Wilmington, DE'); thin-but-fair on what is shown. risks 1: the intervention is only introduced. advertising 1.",
     "q3", "IV-clinic blog asking whether IV works for hangovers", False, "", True, False),
    ("r222-009", W, True, "22211011", True, "professional-body public information page (red light therapy)", R,
     "dermatologists' body explains red light as a complementary therapy within a treatment plan, notes home devices are weaker than in-office ones and promises precautions.",
     "risks 1: 'five precautions' announced but not reached in the excerpt. advertising 1: 'Advertisement' slots. authorship 1: organisation only.",
     "q4", "professional society page on home red-light devices", False, "", True, False),
    ("r222-010", W, True, "21100021", True, "beauty shop blog (red light therapy: hype vs science)", U,
     "hedged ('may', 'more research is needed', 'don't expect dramatic transformations'), with eye protection and contraindications (seizures, photosensitivity, lupus, open wounds).",
     "claims 1: acne and psoriasis benefit stated without 'may'. care 1: 'Consult a doctor if you have concerns' is general, no sign, so warning_signs_present false. advertising 1: shop blog.",
     "q4", "shop blog weighing red-light claims", False, "", True, False),
]
