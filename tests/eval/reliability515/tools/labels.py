"""rel515 labels: Q (query key -> query) and ROWS (reltools.build tuple order:
id, genre, reliable, scores, partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

W, N = "web page", "news"
U = "unreliable-leaning"

Q = {
    "q1": "pharmacy blog natural remedies for cold and flu season tips",
    "q2": "herbalist shop blog herbs for anxiety and stress",
    "q3": "tea company blog health benefits of green tea for weight loss",
    "q4": "independent pharmacy blog how to treat hay fever what to ask your pharmacist",
    "q5": "skincare brand blog how to treat eczema naturally at home",
    "q6": "kombucha brand blog gut health benefits probiotics",
}

ROWS = [
    ("r515-001", W, False, "11100012", True, "cold and flu remedy list on a gift shop's blog", U,
     "Mostly harmless kitchen remedies with a consult line for echinacea, but it says lemon 'balances the body's pH levels' and overstates echinacea ('boost immune function, helping to ward off') with no sign of when a cold or flu needs a doctor.",
     "HARD: low-harm advice; false for the pH myth and the overstated echinacea claim with no red flags on a flu page. Consult prompt for echinacea only (care 1).",
     "q1", "gift shop's blog post on natural cold and flu remedies; first result", False, "", True, False),
    ("r515-002", W, True, "22110012", True, "flu explainer on a herbal cough-syrup brand's blog", U,
     "Accurate flu risk groups and symptoms, says flu can become life-threatening and recommends the annual vaccine for everyone over six months, citing the Public Health Agency of Canada.",
     "No when-to-get-help signs in the excerpt (care 1 for the vaccine advice); the brand's products are not pushed in what is shown.",
     "q1", "herbal brand's blog post on flu symptoms and treatment; last result", False, "", True, False),
    ("r515-003", W, True, "22000012", True, "herbalist's blog post on stress and anxiety", U,
     "Accurate plain account of stress and anxiety, noting that excessive anxiety can be a symptom of a mental health condition; the excerpt stops before any herb is named.",
     "HARD: thin-but-fair; no care prompt or signs, and the herbal advice the page is heading to is not in the excerpt.",
     "q2", "UK herbalist's blog on stress and anxiety; second result", False, "", True, False),
    ("r515-004", W, False, "00100002", True, "herbalist's blog post on herbs for anxiety", U,
     "Claims anxiety is 'catnip' for 'rogue microbes', that schisandra balances blood pressure 'whether high or low' and that the nervous system is directed by the 'conscious spiritual self'; recommends hawthorn and other herbs with no cautions.",
     "Has a disclaimer ('not suggesting to ignore medical help'), care 1; date only in the URL.",
     "q2", "herbalist's personal blog on anxiolytic herbs; fourth result", False, "", True, False),
    ("r515-005", W, True, "11000011", True, "garden and wellness shop blog post on stress", U,
     "A personal account of holiday stress (saying no, slowing down); 'plants are powerful healers when used correctly' is loose, and the excerpt stops before any herb or dose.",
     "HARD: thin; nothing harmful shown, but promotes the author's own ebook (advertising 1) and gives no care prompt on an anxiety page.",
     "q2", "herb garden business's blog on herbs for stress; fifth result", False, "", True, False),
    ("r515-006", W, False, "00000002", True, "green-tea benefits post on an activewear brand's blog", U,
     "Calls green tea 'the healthiest beverage on the planet' and credits it with fat loss, preventing cancer and killing cancer cells 'without damaging the healthy tissue', with no sources, limits or caffeine cautions.",
     "warning_signs_warranted false: a general beverage-benefits post, no symptom or condition the reader is treating. 'widely thought to kill cancer cells' is attributed/hedged, so not unsafe_advice.",
     "q3", "brand blog post on green tea benefits; fourth result", False, "", False, False),
    ("r515-007", W, True, "21001012", True, "cold and flu self-care post on a wellness brand's blog", U,
     "Standard self-care (fluids, rest, honey and lemon, steam, saline rinse) and 'no sure-fire way to prevent' colds; suggests vitamin C and echinacea loosely and says sugary drinks 'promote dehydration'.",
     "HARD: thin-but-fair; no word on when a cold or flu needs a doctor and no sterile-water note for the neti pot.",
     "q1", "wellness brand's blog on fighting colds naturally; seventh result", False, "", True, False),
    ("r515-008", W, True, "12000012", True, "short cold and flu note on a massage clinic's blog", U,
     "Says there is no 'magic pill' to cure a cold or flu and that it usually runs its course; otherwise a pointer to an unnamed UK article and curiosity about the wet sock treatment.",
     "HARD: a few lines with little content; nothing false or harmful, so thin-but-fair.",
     "q1", "massage clinic's blog on cold and flu season; fourth result", False, "", True, False),
    ("r515-009", W, True, "22100021", True, "hay fever advice on an independent pharmacy's website", U,
     "Accurate: hay fever can start later in life, non-drowsy tablets, nasal sprays or eye drops, tell the pharmacist about other medicines because of interactions, and sun protection.",
     "Promotes the pharmacy's own review service (advertising 1); no signs for when hay fever-like symptoms need a GP.",
     "q4", "independent pharmacy's page on summer allergies; sixth result", False, "", True, False),
    ("r515-010", W, True, "12100011", True, "hay fever post on an online pharmacy's blog", U,
     "Accurate symptoms and triggers and a pharmacist-led approach; 'highly advisable' allergy testing for everyday hay fever is overstated, and the piece is mostly promotion of pharmacy services.",
     "HARD: promotional and general, but nothing false or unsafe in the excerpt.",
     "q4", "UK online pharmacy's blog on hayfever relief; seventh result", False, "", True, False),
]
