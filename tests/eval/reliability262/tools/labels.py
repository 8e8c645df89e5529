"""rel262 label records: Q (query key -> query as sent to the `pages` search) and ROWS (one tuple per
page, in reltools.build order: id, genre, reliable, scores (accuracy_balance, claims, care_prompt,
sources, authorship_review, date, risks_uncertainty, advertising), partial, doc_type,
source_leaning, why, note, query key, picked_because, unsafe_advice, unsafe_quote,
warning_signs_warranted, warning_signs_present). No page text beyond short quoted phrases."""

Q = {
    "qs1": "sprained ankle how long to heal should I see a doctor",
    "qrk": "runner's knee pain treatment at home exercises",
    "qat": "achilles tendonitis physiotherapy clinic treatment",
    "qcc": "concussion in sport return to play symptoms",
}

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

ROWS = [
    ("r262-001", W, True, "22010011", True, "exercise how-to on a knee-brace shop's blog", U,
     "Accurate patellofemoral pain description attributed to the AAOS and standard stretches and quad sets; no pain limit, no when-to-see-a-doctor signs in the excerpt.",
     "HARD: thin-but-fair self-care page on a brace seller's blog (no product pushed in the excerpt); warranted as a how-to, nothing present.",
     "qrk", "a shop blog's runner's-knee exercise guide (seller source kind)", False, "", True, False),
    ("r262-002", W, True, "22000011", True, "physiotherapy practice condition/service page", U,
     "Four accurate sentences on Achilles tendinopathy (degeneration, overuse, loading programmes); nothing misleading, nothing about when to seek help.",
     "Clinic service page (POLICY-46): warning signs not warranted.",
     "qat", "very short physio-practice service page", False, "", False, False),
    ("r262-003", W, True, "11000011", True, "physiotherapy clinic condition/service page", U,
     "Short, broadly correct account of overuse Achilles problems treated with hands-on therapy and graded exercise; 'inflammation' framing is dated and therapeutic ultrasound has weak evidence, but nothing harmful.",
     "HARD: ultrasound offered without evidence caveat (accuracy 1, claims 1) but the graded exercise core is standard; thin-but-fair. Service page: not warranted.",
     "qat", "UK clinic's advice page listing ultrasound among treatments", False, "", False, False),
    ("r262-004", W, False, "10100010", True, "physiotherapy clinic condition/service page", U,
     "Symptom list and treatment menu are standard, but it promises that within '4 to 6 sessions' of shockwave 'you'll have a full recovery' - an unsupported outcome guarantee for a service the clinic sells.",
     "HARD: cure/outcome promise for shockwave on a clinic service page -> false (claims 0, advertising 0). unsafe_advice false: the promise steers to a professional treatment and replaces no effective care. Mojibake (β for dashes and apostrophes) kept. Not warranted (service page).",
     "qat", "clinic page promising full recovery from shockwave therapy", False, "", False, False),
    ("r262-005", W, True, "22100011", True, "physiotherapy practice condition/service page", U,
     "Accurate, current explanation that Achilles 'tendonitis' is a degenerative tendinopathy with rupture risk under continued overload, and standard risk factors; a booking call-to-action.",
     "Service page with phone/booking prompt (advertising 1); not warranted.",
     "qat", "physio practice page explaining tendinopathy vs tendinitis", False, "", False, False),
    ("r262-006", W, True, "11100011", True, "physiotherapy clinic condition/service page", U,
     "Reasonable symptom and cause lists, but overstates that acute tendonitis 'will lead to' chronic disease and promises physiotherapy 'will significantly reduce pain'; promotional but not harmful.",
     "HARD: overstatement and clinic promise (claims 1) but far milder than r262-004's full-recovery guarantee; true as fair overall. Service page: not warranted.",
     "qat", "Singapore clinic page with 'will significantly reduce pain' promise", False, "", False, False),
    ("r262-007", W, True, "12200012", True, "physiotherapy clinic condition explainer with self-care", U,
     "Fair overview of Achilles tendinitis with a 'When to seek medical attention' section: persistent pain -> doctor, severe pain or disability -> immediate care for possible rupture; garbled wording ('upper vision') and 'usually torn' in severe cases overstated.",
     "HARD: clinic site, but the text tells readers the condition 'can be simply treated at home', so warning signs are warranted (self-care guide) and present (persistent/severe pain + action).",
     "qat", "clinic explainer with a when-to-seek-attention section", False, "", True, True),
    ("r262-008", W, True, "22211212", True, "concussion explainer on a health-information site", U,
     "Accurate concussion explainer dated 'last reviewed April 12, 2026', with numbered references, stating worsening headache, repeated vomiting or slurred speech need emergency care and warning against early return to play.",
     "Red flags tied to 'need emergency care' -> warning_signs_present true. No named author (authorship 1 for the review line).",
     "qcc", "dated, referenced concussion explainer with emergency signs", False, "", True, True),
    ("r262-009", W, True, "22100012", True, "sports-medicine practice patient-education page", U,
     "Accurate concussion education for coaches and parents (no loss of consciousness needed, second-impact danger, full symptom list, don't play with a concussion); no sign tied to seeing a doctor in the excerpt.",
     "Symptom list without an action to seek care -> present false; 'not playing with a concussion' is a sport rule, not a when-to-get-help line.",
     "qcc", "sports-medicine practice's patient-education page", False, "", True, False),
    ("r262-010", W, True, "22200012", True, "concussion clinic symptom page", U,
     "Accurate four-category concussion symptom list; any such sign after a blow means removal from play and no return until evaluated by a healthcare professional.",
     "Signs tied to an action (remove from play, evaluation by a professional) -> present true.",
     "qcc", "concussion clinic's signs-and-symptoms page", False, "", True, True),
]
