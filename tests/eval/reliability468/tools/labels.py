"""rel468 labels (sports injury and recovery blogs and guides; 50 web pages, 0 news).

ROWS: (id, genre, reliable, scores in criteria order, partial, doc_type, source_leaning, why, note,
query key, picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted,
warning_signs_present). Labelled from the stored excerpt only."""

W = "web page"
U = "unreliable-leaning"
R = "reliable-leaning"

Q = {
    "q1": "sprained ankle how long before I can run again",
    "q2": "achilles tendonitis runner home treatment blog",
    "q3": "knee pain after squats gym what to do",
    "q4": "rotator cuff injury from bench press recovery tips",
    "q5": "hamstring strain football return to play how many weeks",
    "q6": "shin splints natural remedies for runners",
}

ROWS = [
    ("r468-001", W, True, "12210112", True, "physical therapist's running-clinic blog post on return to running after an ankle sprain", U,
     "Explains sprain grades, warns against rushing back (re-injury, chronic instability) and sends suspected complete tears to a physical therapist or orthopaedist for assessment.",
     "HARD: warning_signs_present true on 'If you may have that type, definitely head to your local physical therapist or orthopedist' (a condition tied to an action), although the grade-3 signs are vague ('gnarly') and fracture signs such as being unable to bear weight are not named. accuracy 1: 'Grade 3 sprains ... usually require surgery' overstates (most are treated without surgery). authorship 1: a physical therapist speaks, unnamed in the excerpt.",
     "q1", "physical therapist's blog on running after a sprain; new domain in the first list", False, "", True, True),
    ("r468-002", W, True, "22200012", True, "running blog page on Achilles tendonitis home treatment and prevention", U,
     "Offers self-care for Achilles tendonitis but says up front to see a physiotherapist or podiatrist for severe pain or complaints lasting more than 2-3 days, since the tendon may be torn; symptoms and causes are accurate.",
     "warning_signs_present true: severe pain or symptoms over 2-3 days + consult a physiotherapist/podiatrist (possible rupture). risks 1: no harms of the home treatments in the excerpt.",
     "q2", "runner's home-treatment page that opens with a when-to-see-someone line", False, "", True, True),
    ("r468-003", W, True, "22000012", True, "personal running blog post on treating Achilles tendinitis", U,
     "A runner's personal post that defines Achilles tendinitis correctly and blames rapid increases in mileage; the excerpt stops before any treatment and gives nothing harmful.",
     "HARD: thin-but-fair: no care prompt or signs (care 0, warning_signs_present false) and the definition is quoted without a source; nothing shown would mislead. risks 1: no intervention reached.",
     "q2", "first-person runner's blog on Achilles tendinitis", False, "", True, False),
    ("r468-004", W, True, "22000011", True, "physical therapy clinic blog on knee pain after squats", U,
     "Accurate account of knee anatomy and common causes of knee pain after squats (patellofemoral pain, muscle imbalance, technique, overuse); no care prompt in the excerpt.",
     "care 0 and warning_signs_present false: the excerpt stops in the causes list. advertising 1: clinic blog promoting its expertise ('Expert Tips').",
     "q3", "PT clinic blog on squat knee pain", False, "", True, False),
    ("r468-005", W, False, "10010010", True, "unattributed repost of a women's-wellness magazine article on squat knee pain", U,
     "Tells readers knee pain from squats 'stems from improper form' on the word of a housing company's wellness director and an app trainer, with no other cause, injury or care prompt; an unattributed repost of a magazine piece.",
     "HARD: nothing dangerous, and form does matter; false because a reader with knee pain is told the cause is always technique (claims 0 on the absolute line, accuracy 1) with no hint that pain may be an injury needing assessment. sources 1: two quoted speakers, neither clinical. authorship 0: repost with no author. advertising 0: lifted magazine copy on a scraper domain.",
     "q3", "scraped lifestyle-magazine piece on a spam-like domain", False, "", True, False),
    ("r468-006", W, True, "22100012", True, "lifestyle-site blog post on a sore knee after squats", U,
     "Balanced introduction: knee pain after squats is common, can be acute or chronic, may come from the meniscus or ligaments or be referred, and getting the right diagnosis is key.",
     "care 1: 'Getting the right diagnosis is key' and 'Ignoring it can lead to more serious issues' are prompts with no sign tied to an action (warning_signs_present false).",
     "q3", "lifestyle blog on squat knee pain", False, "", True, False),
    ("r468-007", W, False, "00000011", True, "fitness-equipment shop blog: owner's story of a bench-press rotator cuff injury", U,
     "A shop owner self-diagnoses a rotator cuff injury from deltoid strains, misdescribes the rotator cuff as 'a minor muscle ... attached to the clavicle' and, after pushing through pain for a month and years of recovery, never mentions seeing anyone.",
     "HARD: the lessons (warm up, elbow angle, listen to your body) are harmless; false for wrong anatomy, a deltoid strain equated with a rotator cuff injury and no care prompt on a shoulder injury that lasted years (care 0, warning_signs_present false). advertising 1: equipment shop's blog.",
     "q4", "shop blog first-person story of a rotator cuff injury", False, "", True, False),
    ("r468-008", W, True, "11110111", True, "physiotherapy clinic blog on return to play after hamstring strain (AFL research)", U,
     "Gives research-based return-to-play predictors for hamstring strain (prior strain, walking pain-free within 24 hours), names its BJSM source and suggests a physio assessment if unsure.",
     "'the physiotherapy examination is more accurate than MRI or US' overstates (accuracy 1, claims 1). care 1: 'If unsure please consult' ties no sign to an action (warning_signs_present false). sources 1: 2008 BJSM study named. date 0: only the study's year. advertising 1: clinic plugs its physios.",
     "q5", "physio clinic page summarising AFL hamstring research", False, "", True, False),
    ("r468-009", W, True, "11100021", True, "community football club's sports-medicine scrapbook page on hamstring strains", U,
     "Practical club advice: most players miss 2-3 weeks, rehab with a sports physio, return when strength is 90% of the other side, one third recur; scans usually not needed unless a high rupture with extreme weakness.",
     "HARD: 'These drugs slow healing ... Dont use them' states a contested view on anti-inflammatories as fact (accuracy 1, claims 1), and the high-rupture sign is not tied to an explicit action (warning_signs_present false). risks 2: recurrence risk quantified and the NSAID concern given. care 1: rehab with a sports physio.",
     "q5", "amateur football club's own injury page", False, "", True, False),
    ("r468-010", W, True, "22000012", True, "injury clinic blog on hamstring return to sport and grading", U,
     "Accurate return-to-sport predictors and grade 1-3 descriptions with typical recovery times (about 3 weeks, 4-8 weeks, about 3 months).",
     "care 0 and warning_signs_present false: the excerpt stops in the grade-3 description.",
     "q5", "clinic page grading hamstring strains", False, "", True, False),
    ("r468-011", W, True, "21000011", True, "shop blog on relieving shin splints at home", U,
     "Standard shin-splint self-care (reduce running, ice, compression, softer surfaces, insoles) and a warning that ignoring pain can lead to a stress fracture.",
     "HARD: 'you can recover faster than ever' with 'all natural treatments' hypes ordinary RICE (claims 1) and no one is told when to see a doctor (care 0, warning_signs_present false: the stress fracture is named with no action); thin-but-fair. Not unsafe_advice: an efficacy line, no cure or safety guarantee. advertising 1: shop blog.",
     "q6", "seller's blog on natural shin-splint relief", False, "", True, False),
]
