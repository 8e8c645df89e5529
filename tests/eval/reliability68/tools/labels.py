"""rel68 labels: one blind labeller, from the stored excerpts only (no page text here beyond short quotes).

Row: (id, genre, reliable, scores[accuracy_balance, claims, care_prompt, sources, authorship_review,
date, risks_uncertainty, advertising], partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "toe": "stubbed toe how to treat at home",
    "nail": "bruised toenail black under nail what to do",
    "knee": "child scraped knee how to clean and treat",
    "oven": "burned hand on oven home remedy",
    "calf": "pulled calf muscle recovery tips",
    "sprain": "sprained toe how long to heal what to do",
    "cut": "cut my finger deep how to stop bleeding do I need stitches",
    "lip": "bit my tongue or lip how to heal fast",
    "hands": "chapped cracked hands in winter remedies",
}

ROWS = [
    ("r68-001", W, False, "11100012", True, "stubbed-toe guide on a content-farm blog", U,
     "Chatty intro only: no first-aid steps, no signs of a fracture and no when-to-see-a-doctor advice are reached in the excerpt; no author, sources or date.",
     "HARD: nothing wrong is said, but a reader gets no usable care from what is shown; care 1 for the promise of 'when it's time to seek professional medical advice' (not reached), so warning_signs_present false.",
     "toe", "generic 'guys' content-farm page on a stubbed toe (careless side)", False, "", True, False),
    ("r68-002", W, True, "22210112", True, "AI-generated answer page (Glarity AskAI)", U,
     "Accurate subungual-haematoma basics (ice, elevation, OTC pain relief) and names severe pain, difficulty walking and infection signs as reasons to see a professional.",
     "HARD: machine-written answer with no author; numbered references [1] [3] not listed (sources 1); dated 'Answered on 2024-02-08'. risks 1: pain relievers named without cautions.",
     "nail", "AI answer site on a bruised toenail; first result", False, "", True, True),
    ("r68-003", W, False, "01100012", True, "single-topic content site on bruised toenails", U,
     "Claims a lost nail is replaced 'in about five weeks' (toenails take many months), lists 'poor hygiene' as a cause and advises bandaging a loosening nail so it does not fall; only pus under the nail prompts a doctor.",
     "warning_signs_present true: trapped pus/infection + 'go to a doctor'. Unlabelled author, no date, no sources.",
     "nail", "exact-match keyword domain (bruisedtoenail.net), careless side", False, "", True, True),
    ("r68-004", W, False, "11101002", True, "foot clinic (chiropodist) problem page", U,
     "Gives a do-it-yourself drainage method ('take a paper clip ... heat it in a flame, and then slowly push it through the toenail') with no caution for people with diabetes or poor circulation and no signs that need a clinician.",
     "HARD: clinic source and mostly accurate, and it says it is best done by a doctor or podiatrist; unreliable for the unguarded home-trephination recipe. unsafe_advice false: a risky procedure but no cure/safety guarantee or discouragement of treatment.",
     "nail", "clinic page on black toenails; DIY drainage advice", False, "", True, False),
    ("r68-005", W, False, "00000000", True, "affiliate product-review page ('best cure for oven burn')", U,
     "Page titled as a burn cure contains no burn care at all: it pushes a silicone oven-rack guard and 'Oven Cure' ceramic coatings with affiliate links.",
     "Keyword-spam affiliate page; judged as what a reader searching for an oven-burn cure would get. warning_signs_warranted true (presented to a reader with a burn), none present.",
     "oven", "affiliate shop page that answers a burn query with products", False, "", True, False),
    ("r68-006", W, True, "22011212", True, "cooking site blog post quoting a hospital executive chef", U,
     "Correct first-, second- and third-degree burn descriptions and sensible steam-burn prevention, attributed to a named Mayo Clinic chef; dated November 2018.",
     "HARD: the treatment section is not reached, so care 0 and warning_signs_present false; the expert quoted is a chef, not a clinician (authorship 1). Reliable because nothing shown is wrong or risky.",
     "oven", "food-magazine blog on kitchen burns (careful lifestyle source)", False, "", True, False),
    ("r68-007", W, True, "22202022", True, "dermatologist's personal blog post", U,
     "Cool the burn 15-20 minutes, no ice directly on skin, no butter or grease, do not pop blisters, NSAID caution for people on blood thinners, see a doctor for burns bigger than a quarter, deep, oozing or not better in a day or two.",
     "warning_signs_present true (size/depth/oozing + see a doctor). 'cold water' rather than cool is a minor wording point. Named physician author, no date, no sources.",
     "oven", "doctor's blog on oven burns (careful side)", False, "", True, True),
    ("r68-008", W, True, "22200012", True, "content-site article on sprained toes", U,
     "Standard RICE advice with a caution not to wrap too tightly, and tells readers to see a doctor for unbearable pain, deformity or a suspected severe sprain.",
     "HARD: anonymous undated content site, crutches suggested for a toe sprain is heavy-handed but not harmful; warning_signs_present true (deformity/unbearable pain + doctor).",
     "sprain", "content-site Q&A on sprained-toe healing time", False, "", True, True),
    ("r68-009", W, True, "22201012", True, "dental clinic emergency page", U,
     "Short, accurate: pressure for bleeding, cold compresses, 7-10 days to heal, contact the dentist or a clinic if bleeding persists or infection is suspected.",
     "warning_signs_present true (persistent bleeding/infection + dentist). Clinic authorship, no date or sources.",
     "lip", "dental clinic page on a bitten tongue or lip", False, "", True, True),
    ("r68-010", W, True, "22200012", True, "dental website template blog post", U,
     "Accurate steps (check for debris, salt-water rinse, pressure, cold compress, avoid spicy foods) and sends readers to a hospital if bleeding continues or to a clinician for infection signs or a weak immune system.",
     "warning_signs_present true. No named author or date; the site is a dental web-design firm's sample content.",
     "lip", "dental blog page on a bitten tongue or lip", False, "", True, True),
]
