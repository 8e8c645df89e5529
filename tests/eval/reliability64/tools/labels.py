"""rel64 labels (blind; written batch by batch from the stored page texts only; no page text here).

ROWS: (id, genre, reliable, scores as 8 digits in the order accuracy_balance, claims, care_prompt,
sources, authorship_review, date, risks_uncertainty, advertising, partial, doc_type,
source_leaning, why, note, query key, picked_because, unsafe_advice, unsafe_quote,
warning_signs_warranted, warning_signs_present).
"""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "fingers": "why are my fingers swollen home remedies",
    "palms": "itchy palms causes and remedies",
    "puffy": "how to get rid of puffy eyes in the morning",
    "toes": "numb toes causes what to do",
    "lids": "red itchy eyelids remedies blepharitis home treatment",
    "dental": "swollen face after dental work tooth extraction swelling",
    "shoulder": "shoulder hurts when I lift my arm over my head",
    "ball": "pain in ball of foot metatarsalgia relief at home",
    "knee": "my knee clicks and pops when I bend it should I worry",
    "stitch": "how to get rid of a side stitch when running",
}

ROWS = [
    ("r64-001", W, False, "11000001", True, "home-remedy listicle on a personal lifestyle blog", U,
     "Four home remedies (contrast baths, elevation, warm mustard/olive oil massage) after naming septic arthritis and cellulitis among causes, with no word on when swelling needs a doctor; 'poor circulation is one of the key reasons' is unsupported.",
     "HARD: remedies themselves are low-risk; unreliable for listing infection/septic arthritis as causes yet giving no care prompt or sign to act on, and no sources.",
     "fingers", "personal lifestyle blog post with home remedies for swollen fingers", False, "", True, False),
    ("r64-002", W, True, "22110111", True, "copy of a health-news explainer on a weight-loss spam domain", U,
     "Explains numb toes soundly (tight shoes, folded legs vs neuropathy from diabetes, B12, alcohol, chemotherapy), quotes a named internist and cites Mayo Clinic; treatment section is medical management.",
     "HARD: content is a scraped copy of a careful health-media article on an unrelated domain; labelled on the content (as the rel21 mirror precedent). No warning sign with an action in the excerpt; care 1 (medical management implied, 'Fix It' cut off).",
     "toes", "scraped health explainer on numb toes on an odd domain (quality of a copied page)", False, "", True, False),
    ("r64-003", W, True, "21111011", True, "health article on a women's magazine site", U,
     "Defines blepharitis accurately with quoted, named eye doctors (oculoplastic surgeon, ophthalmologist), says it 'generally isn't serious if managed properly' and promises when-to-see-a-pro guidance.",
     "HARD: headline 'how to cure blepharitis fast' and 'home cures' overclaim for a chronic condition, but the body is careful and expert-sourced (title exception as r39-002). When-to-see section promised but not reached: warning_signs_present false.",
     "lids", "magazine article on red itchy eyelids quoting eye doctors", False, "", True, False),
    ("r64-004", W, True, "22101012", True, "short condition note on a doctor's personal site", U,
     "Brief, accurate account of blepharitis (symptoms, causes) with standard lid hygiene (warm compresses, diluted baby shampoo scrub) and a prompt to contact the doctor if this does not help.",
     "HARD: very short; reliable because nothing is wrong or overclaimed. 'If this doesn't help, contact your doctor' is treatment failure, not a warning sign: present false.",
     "lids", "short doctor's-blog note on blepharitis self-care", False, "", True, False),
    ("r64-005", W, False, "11200011", True, "link-spam dental article", U,
     "Garbled, link-bait text ('enhance your face appearance visit the site') on post-extraction swelling; advice limited to ice packs and telling the dentist about swelling beyond 4 days, with no infection signs (fever, trouble swallowing or breathing).",
     "HARD: advice not dangerous and it does name an action threshold; unreliable for its poor quality, spam purpose and missing infection red flags. warning_signs_present true: swelling persisting beyond about 4 days + report to the dentist.",
     "dental", "low-quality cosmetic-dentistry link page on face swelling after extraction", False, "", True, True),
    ("r64-006", W, True, "22100012", True, "dental education site article", U,
     "Explains that post-extraction swelling is a normal tissue reaction and lays out the standard two-phase plan (ice for the first 24-48 hours, then heat), with a swelling timeline.",
     "Excerpt is largely the table of contents; labelled on the careful, standard content shown. No warning signs reached in the excerpt.",
     "dental", "dentist-education site page on managing swelling after extraction", False, "", True, False),
    ("r64-007", W, False, "11100011", True, "dental practice blog post", U,
     "Says facial swelling after extraction 'is not harmful' and a natural part of healing, mixes in implant surgery, and gives no sign of infection (swelling worsening after day 3, fever, trouble swallowing) to act on.",
     "HARD: a clinic page with ordinary aftercare; unreliable for the flat reassurance with no red flags on a page about a swollen face.",
     "dental", "dental clinic blog on what to do if your face swells after extraction", False, "", True, False),
    ("r64-008", W, False, "11000011", True, "beauty blog tips post", U,
     "Three thin tips for morning puffy eyes (water before bed, less salty snacks and alcohol, dust for allergies), no sources and no mention that persistent facial or eye swelling can need a check.",
     "Low-risk cosmetic advice; unreliable as thin and unsourced.",
     "puffy", "beauty blog post on avoiding puffy eyes in the morning", False, "", True, False),
    ("r64-009", W, False, "11000010", True, "tips page on an eye-serum shop site", U,
     "Puffiness tips (cold compress, spoons, tea bags) that promote 'our eye serum' kept in the fridge; anecdotal ('a tip I got from my sister'), no sources, no care prompt.",
     "advertising 0: the site sells the serum it recommends.",
     "puffy", "shop site selling an under-eye serum, tips for puffy eyes", False, "", True, False),
    ("r64-010", W, True, "22101011", True, "article on a physiotherapy clinic chain's site", U,
     "Clear, accurate explanation of why lifting the arm hurts (shoulder girdle, rotator cuff injury or weakening) without overclaiming.",
     "Excerpt stops before any treatment or warning-sign section; risks 1 (no intervention discussed yet). Clinic site, advertising 1.",
     "shoulder", "physiotherapy clinic explainer on shoulder pain when lifting the arm", False, "", True, False),
]
