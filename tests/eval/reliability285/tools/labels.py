"""rel285 labels: one tuple per page (order as reltools.build unpacks it):
id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources, authorship_review,
date, risks_uncertainty, advertising), partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present."""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "q1": "cracked nipples breastfeeding painful what can I do",
    "q2": "mastitis home remedies breastfeeding lump hot red",
    "q3": "morning sickness natural remedies ginger what helps nausea pregnancy",
    "q4": "low milk supply herbs fenugreek lactation cookies increase breast milk",
    "q5": "postpartum bleeding how long is normal lochia clots after birth",
    "q6": "baby won't sleep at night newborn tips sleep training how many weeks",
}

ROWS = [
    ("r285-001", W, True, "21000012", True, "breastfeeding-problem explainer on a parenting site", U,
     "Names a poor latch as the main cause, says breastfeeding can continue and offers pumping or nipple shields; painless early bleeding explained as increased blood flow (plausible); a 'prevent and cure' promise and no advice to get latch help.",
     "HARD: thin-but-fair; 'if you're fine, you don't need to worry' and no prompt to see a midwife or lactation consultant for latch or infection (care 0); 'cure' in the intro (claims 1) but no cure claim for a product. risks 1: shields and pumping named without downsides.",
     "q1", "parenting-site page on cracked nipples; in the first result list", False, "", True, False),
    ("r285-002", W, True, "21000011", True, "personal mom-blog post on cracked nipples (affiliate links)", U,
     "Personal story of a cracked nipple from a poor latch that healed with latch work; no advice shown yet in the excerpt; nothing harmful.",
     "HARD: thin-but-fair; 'ignore anyone who says breastfeeding isn't supposed to hurt' normalises early pain but the post itself ties damage to a bad latch. advertising 1: affiliate-link disclosure. risks 1: no intervention reached.",
     "q1", "mom-blog story on cracked nipples; first result list", False, "", True, False),
    ("r285-003", W, True, "22200012", True, "parenting-site explainer on cracked nipples", U,
     "Accurate causes (latch, sensitive skin, tongue tie, thrush) with advice to get latch help, have the baby checked for tongue tie and ask the GP for a swab rather than self-treat suspected thrush.",
     "warning_signs_present true: pain beyond feeds felt deep in the breast (possible thrush) + ask the GP for a swab. risks 1: no treatment discussed yet.",
     "q1", "large parenting site's cracked-nipple page; first result list", False, "", True, True),
    ("r285-004", W, True, "11200010", True, "compiled snippets on cracked nipples on an aggregator domain", U,
     "Standard latch-first advice with 'get help early if your nipples are cracked or bleeding' and 'if nipple pain does not improve, seek professional help'; stitched-together snippets with an overstated 'breast milk is the best medicine ... will heal cracked nipples faster'.",
     "HARD: a scraped compilation from several pages (fragments like 'Bottle feeding – these will not improve'), like rel's ext016 rather than garbled spin; the advice is standard, so true. claims 1 for the breast-milk claim. warning_signs_present true: cracked or bleeding nipples + get help early (infection risk); pain not improving + professional help. risks 1: ointment named without cautions.",
     "q1", "aggregator page with self-care tips for cracked nipples; first result list", False, "", True, True),
    ("r285-005", W, True, "22111221", True, "brand blog article on cracked nipples by an OBGYN (postpartum product seller)", U,
     "Dated, attributed to an OBGYN, with numbered references; accurate on how common nipple damage is early on; a sitewide-discount banner and a postnatal-vitamin plug sit in the text.",
     "advertising 1: discount banner and product plug inside the article. care 1: promises self-care and says discomfort should go away, no when-to-get-help in the excerpt. sources 1: numbered references not listed. date 2: published and updated dates.",
     "q1", "supplement brand's blog article by an OBGYN; first result list", False, "", True, False),
    ("r285-006", W, True, "22200012", True, "breastfeeding blog post on mastitis", U,
     "Standard first-24-hour self-care for mastitis (keep feeding, rest, fluids, ibuprofen or paracetamol, supportive bra) with a doctor's evaluation if not improved within 24 hours and signs such as red streaks and sudden severe symptoms.",
     "The heading over the red-flag list is lost in the excerpt, but the opening ties no improvement in 24 hours to a doctor's evaluation: warning_signs_present true. Massage toward the nipple reflects older guidance; 'Mastitis is an infection' simplifies. date 0: the date is only in the URL. risks 1: painkillers named without cautions.",
     "q2", "blog page on mastitis self-care with when-to-call advice; first result list", False, "", True, True),
    ("r285-007", W, True, "22200012", True, "breast-pump brand's article on lactation supplements", U,
     "Sends readers to a lactation consultant or provider first to find the cause of low supply, says the evidence is mixed and supplements are unregulated with varying doses, and asks readers to tell their provider before taking one.",
     "A brand page, but the excerpt sells nothing (advertising 1 for the brand setting). warning_signs_present false: consult prompts without a sign (e.g. baby's poor weight gain or few wet nappies). risks 1: 'possible health complications' unnamed.",
     "q4", "breast-pump brand's galactagogue explainer; first result list", False, "", True, False),
    ("r285-008", W, False, "11100000", True, "exclusive-pumping blog post on galactagogues (affiliate links)", U,
     "Lists foods as 'known to promote milk production' without evidence and sends herb use to a TCM doctor, naturopath or herbalist as the 'knowledgeable expert', though it says galactagogues do not replace milk removal and asks readers to tell their provider.",
     "HARD: hedged ('not all galactagogues will produce the desired results, if any') and nothing dangerous in the excerpt; false for the unsupported 'known to' claims and steering herbal decisions to alternative practitioners. unsafe_advice false: no cure or safety guarantee for a remedy (food 'safe to consume' is about ordinary foods). advertising 0: commission disclosure over a product-linked list.",
     "q4", "pumping blog's galactagogue list with naturopath/herbalist advice; first result list", False, "", True, False),
    ("r285-009", W, True, "22100012", True, "wellness-tracker brand blog article on postpartum bleeding", U,
     "Accurate on lochia: normal after vaginal or caesarean birth, clots up to prune size, up to six weeks, should lessen each day; promises danger signs and when to call the doctor, which the excerpt does not reach.",
     "warning_signs_present false: the danger-signs section is announced but cut off (POLICY-46 part 2). care 1 for the announcement and 'should become less ... rather than more'. advertising 1: brand blog.",
     "q5", "brand blog explainer on lochia; first result list", False, "", True, False),
    ("r285-010", W, True, "12100010", True, "machine-translated copy of a how-to article on postpartum bleeding", U,
     "Accurate timeline of lochia (heavy 3-10 days, lighter up to six weeks, colour changes, more with breastfeeding) in translated wording; when to contact a doctor is promised but not reached.",
     "HARD: machine-translated wikiHow-style copy ('must equal a heavy menstruation', 'blood, tissues, and bacteria'); no fact is inverted (as r94-036), so true. accuracy 1 for the translation slips. care 1: announced, cut off; warning_signs_present false.",
     "q5", "how-to copy on normal postpartum bleeding; first result list", False, "", True, False),
]
