"""rel472 labels: Q (query key -> query) and ROWS (one tuple per page; order as reltools.build)."""

W = "web page"
U = "unreliable-leaning"

Q = {
    "qa1": "my acne journey what finally cleared my skin",
    "qe1": "my eczema story what worked for me routine",
    "qp1": "living with psoriasis blog what I tried",
    "qh1": "my hair loss journey minoxidil experience blog",
    "qi1": "how I healed my IBS naturally my story",
    "qr1": "my acid reflux GERD journey what helped me stop heartburn",
    "qb1": "bloated every day what I tried to fix my bloating personal blog",
    "qp2": "I cured my psoriasis with diet",
}

ROWS = [
    ("r472-001", W, True, "21100012", True, "personal blog post (acne story)", U,
     "first-person acne story: accurate description, OTC trial and error, then dermatologist and prescription retinoids; 'Curing Acne' title overstates",
     "", "qa1", "first result; acne journey that ends at a dermatologist", False, "", True, False),
    ("r472-002", W, True, "22000012", True, "personal blog post (acne story)", U,
     "reflective acne story debunking dirt/scrub/no-moisturiser myths; gentle care; no doctor mention in the excerpt",
     "thin-but-fair", "qa1", "narrative acne blog on a .biz.id blog host", False, "", True, False),
    ("r472-003", W, True, "21000012", True, "personal blog post (acne story)", U,
     "long first-person acne history; 'get rid of acne for good' framing, but the excerpt stops before any method",
     "HARD: only the story's opening is stored; 'for good' gives claims 1; nothing wrong yet, so thin-but-fair", "qa1",
     "'how I cleared my skin' personal page on a subdomain site", False, "", True, False),
    ("r472-004", W, True, "11110011", True, "skin blog post (eczema routine of a friend)", U,
     "eczema basics with a cited AAD risk list and doctors' view, but loose figures (10-30%, 'twice as common in women'), contact eczema conflated with atopic dermatitis, and product recommendations",
     "HARD: a blogger's product routine with several loose facts; the core (barrier, moisture, steroids short-term) is right, so true with accuracy 1", "qe1",
     "eczema routine post on a skincare blog", False, "", True, False),
    ("r472-005", W, False, "00000001", True, "personal blog post (eczema)", U,
     "'If you don't scratch, you wont have eczema' and an unsourced story of a boy tied to a bed 'healed in two weeks'; allergen list otherwise ordinary",
     "", "qe1", "personal eczema page with a strong causal claim", False, "", True, False),
    ("r472-006", W, False, "10100012", True, "personal blog post (eczema routine)", U,
     "frames prescribed steroid creams as 'unforgiving' and harmful with prolonged use and says eczema sufferers 'will need to' cut sugar; no evidence",
     "HARD: concedes steroids are sometimes necessary and names triggers reasonably; false for the steroid-averse framing and the unsupported sugar rule", "qe1",
     "eczema skincare routine on a lifestyle blog", False, "", True, False),
    ("r472-007", W, True, "22000011", True, "personal blog post (eczema routine)", U,
     "harmless flare routine (oatmeal bath, gentle Dove wash, layering emollients); brand-led; no doctor or infection signs",
     "thin-but-fair", "qe1", "step-by-step eczema routine blog", False, "", True, False),
    ("r472-008", W, True, "22100012", True, "personal blog post (psoriasis story)", U,
     "honest story: natural 'cures' failed, dermatologist's steroid cream and injections helped; says psoriasis is incurable",
     "HARD: ends with 'I don't want to use steroid creams ... So, I'm not', and the excerpt stops before what replaced them; judged on the stored text", "qp1",
     "psoriasis diagnosis story", False, "", True, False),
    ("r472-009", W, False, "01100012", True, "personal blog post (psoriasis)", U,
     "opens with a wrong prevalence ('10% of the total world population'), says the weight link is unproven, suspects the doctor lowered the Humira dose unannounced; turning to home remedies",
     "HARD: a personal diary with no dangerous advice; false for the factual errors and the drift from the prescribed biologic to home remedies without a care route", "qp1",
     "psoriasis diary on a mum blog", False, "", True, False),
    ("r472-010", W, False, "00000002", True, "psoriasis website (about page)", U,
     "dismisses doctors ('not met any doctor' able to help, steroids 'didn't work') and promises 'you will see results' from self-directed trial and error",
     "", "qp1", "psoriasis site by a sufferer", False, "", True, False),
]
