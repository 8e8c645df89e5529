"""rel224 label records: Q (query key -> query) and ROWS (one tuple per page, in the order
reltools.build unpacks: id, genre, reliable, scores (criteria order), partial, doc_type,
source_leaning, why, note, query key, picked_because, unsafe_advice, unsafe_quote,
warning_signs_warranted, warning_signs_present). No page text beyond short quoted phrases."""

Q = {
    "qa": "how to treat a sprained ankle at home RICE when to see a doctor",
    "qpf": "plantar fasciitis heel pain stretches home remedies",
    "qlb": "lower back pain relief exercises at home physiotherapy clinic",
    "qk": "knee pain runner's knee home treatment ice brace when to worry",
    "qn": "chiropractor neck pain crick in neck self-help stiff neck remedies",
    "qbn": "study finds exercise therapy back pain news researchers",
    "qc": "muscle cramps leg cramps at night remedy pickle juice magnesium",
}

W, N = "web page", "news"
U = "unreliable-leaning"
R = "reliable-leaning"

ROWS = [
    ("r224-001", W, True, "22201011", True, "podiatry practice blog on ankle-sprain first aid", U,
     "Standard RICE advice with sensible icing and wrap cautions; says severe sprains need examination and that pain, weakness or instability a week on needs a podiatrist.",
     "Named DPM author; SEO fragment ('Achilles Tendonitis Treatment In Edmonds') in the text; persistence plus action counted for warning_signs_present (as r41-011).",
     "qa", "podiatrist-written sprain first-aid page from a foot-and-ankle practice", False, "", True, True),
    ("r224-002", W, True, "22000012", True, "foot clinic FAQ on heel-pain stretches", U,
     "Short, accurate calf and plantar-fascia stretches for heel pain; no overclaim, but no word on when heel pain needs a check.",
     "HARD: thin-but-fair (no care prompt, no signs), as r94-020.",
     "qpf", "clinic FAQ answer giving stretches for plantar fasciitis", False, "", True, False),
    ("r224-003", W, True, "22000012", True, "sports and spine clinic home-exercise post for plantar fasciitis", U,
     "Correct description of plantar fasciitis and standard rolling, gastrocnemius and soleus stretches with warm-up advice; no care prompt.",
     "Thin-but-fair; the 'never stretch a cold muscle' line is a mild overstatement.",
     "qpf", "clinic 'movement at home' exercise series page", False, "", True, False),
    ("r224-004", W, True, "21002111", True, "sports-gear brand blog on back-pain physiotherapy exercises", U,
     "Accurate overview of common back-pain causes and the role of exercise; upbeat ('relief might be closer than you think') and cut off before the exercises and the promised when-to-see-a-physio section.",
     "HARD: sciatica named with no red flags in the excerpt; the promised section is cut off, so care 0 and warning_signs_present false (as r102-002). Dated 2024-12-27.",
     "qlb", "brand blog post with 'expert tips' framing on home back exercises", False, "", True, False),
    ("r224-005", W, True, "12000011", True, "chiropractic/physiotherapy clinic blog listing back exercises", U,
     "Usual gentle back exercises with clear instructions; one odd line (inactivity leads to 'weight loss') and no red flags or care prompt.",
     "Thin-but-fair; local-SEO heading ('in Ottawa') marks it as clinic marketing.",
     "qlb", "clinic post with 10 home exercises for lower back pain", False, "", True, False),
    ("r224-006", W, True, "22000012", True, "content-site guide to back-pain physiotherapy exercises", U,
     "Accurate introduction to causes of low back pain and the case for structured exercise; the promised 'when to stop and see a professional' section is beyond the excerpt.",
     "HARD: only the introduction is shown; promised section cut off, so care 0 and warning_signs_present false.",
     "qlb", "long-form guide promising exercises plus when to stop self-treatment", False, "", True, False),
    ("r224-007", W, True, "21100011", True, "user blog post on a social platform about home back exercises", U,
     "Standard exercises (child's pose, cat-cow, pelvic tilts) and a line to consult a provider first, especially if pain is severe or long-lasting; 'safe, effective' and 'addresses the root cause' overstate.",
     "HARD: severe or long-lasting pain + consult a healthcare provider counted as warning_signs_present (persistence plus action, as r41-011) although framed as a pre-exercise check; 'safe, effective way' is a general line, not counted as unsafe (as r94-001).",
     "qlb", "SEO-style blog post on a social-network host", False, "", True, True),
    ("r224-008", W, False, "10100000", True, "ice-pack brand blog on runner's knee", U,
     "A seller's post presenting its ice pack as 'the best option' that will 'make sure recovery will be faster', with a vague definition of runner's knee and no icing cautions.",
     "HARD: harmless advice overall; false for selling the product being praised (advertising 0). Pain persisting after home care + doctor counted for warning_signs_present (as r94-007).",
     "qk", "product brand blog recommending its own ice pack for knee pain", False, "", True, True),
    ("r224-009", W, True, "22200012", True, "blog tag page reposting knee-pain self-care tips", U,
     "Sound self-care for overuse knee pain and a clear call-your-doctor list (cannot bear weight, locking, fever and redness, calf swelling or discolouration, pain after 3 days).",
     "Unattributed repost of standard patient-leaflet text on an odd host; content decides.",
     "qk", "self-care list with explicit when-to-call-the-doctor signs", False, "", True, True),
    ("r224-010", W, False, "11100001", True, "chiropractic clinic blog on stiff neck and when to see a chiropractor", U,
     "Ice timing is garbled ('20 minutes off, 40 minutes on'), 'instant relief' is promised, and numbness or tingling and neck pain after an injury are routed to a chiropractor rather than a medical check.",
     "HARD: signs + a professional visit counted for warning_signs_present on the letter of the rule, but the action steers possible nerve or post-injury problems to spinal manipulation; dizziness is mentioned without any action.",
     "qn", "chiropractor page on home remedies and when to book", False, "", True, True),
]
