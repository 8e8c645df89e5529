"""rel480 labels: Q (query key -> query) and ROWS (reltools.build tuple order). Scores in criteria
order: accuracy_balance, claims, care_prompt, sources, authorship_review, date, risks_uncertainty,
advertising."""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "qlbp": "lower back pain exercises at home stretches",
    "qneck": "neck pain stretches desk workers tech neck",
    "qknee": "knee pain exercises strengthen quads at home",
    "qrc": "rotator cuff shoulder rehab exercises resistance band",
}

ROWS = [
    ("r480-001", W, True, "22000012", True, "physiotherapy clinic blog: desk stretches for tech neck", U,
     "Standard, gentle desk stretches (seated twist, doorway pec stretch, scalene stretch) with clear steps and hold times; movement breaks every 30 minutes is sound advice.",
     "care 0: no prompt or sign (e.g. arm numbness, weakness) in the excerpt, which stops mid-list. date 0: date only in the URL. risks 1: 'gently', 'comfortably' only.",
     "qneck", "physio clinic blog answering the desk-worker neck-pain question", False, "", True, False),
    ("r480-002", W, False, "11001211", True, "chiropractic/allied-health clinic blog on daily neck stretches", U,
     "Generic promotional text that says stretching 'prevents chronic pain development' and will 'transform' workplace health, and steers readers with chronic neck pain to chiropractic adjustments, with no steps, evidence or limits.",
     "HARD: nothing shown would directly harm, and the named author and date give authorship 1 and date 2; label false for the overclaimed prevention, the unqualified plug for neck manipulation (advertising 1) with no risks named (risks 0 on manipulation; 1 overall for the mild stretching framing) and no care prompt or sign. Not unsafe_advice: efficacy claims without a cure or safety guarantee.",
     "qneck", "clinic blog with an author and date, chiropractic framing; contrast with r480-001", False, "", True, False),
    ("r480-003", W, False, "01000012", True, "wellness content-site blog on tech-neck desk exercises", U,
     "Garbled, partly wrong explanations ('a repetitive stress in response to stress', 'pull your chin directly onto your spine') and an unsupported warning of early disc degeneration; the reader cannot follow the instructions safely.",
     "a machine-reworded-looking text. 'her physiotherapist diagnosed her' is a story, not a prompt (care 0). risks 1: no harms of exercise; 'twice a day for the best results' unsupported.",
     "qneck", "content-site tech-neck post with a made-up case story", False, "", True, False),
    ("r480-004", W, False, "11000012", True, "personal-trainer/wellness blog on tech-neck stretches", U,
     "Explains desk neck pain mainly through a 'superficial back line' fascia theory stated as fact and warns of 'serious complications down the road' without saying what they are or when to get checked.",
     "HARD: the posture and ergonomics advice is ordinary and the note that stretches alone do not fix the root cause is fair; label false because the excerpt's substance is a speculative fascial-chain explanation presented as the cause, with fear framing and no care prompt or sign. risks 1: the stretches are offered as help, a limit is noted.",
     "qneck", "blogger tech-neck page with a fascia theory; variety of source kinds", False, "", True, False),
    ("r480-005", W, True, "11100012", True, "joint-care practice FAQ on quadriceps and hip strengthening for the knee", U,
     "Sensible list of knee-support exercises (quad sets, sit-to-stand, step-ups, hip abductor/adductor work) that says complex exercises need a physical therapist to teach them.",
     "HARD: the load figures ('4 times your body weight' on the flat, '7 times' on stairs) are overstated and the VMO 'last 15 degrees of extension' idea is an outdated myth (accuracy 1, claims 1); label true as the advice itself is standard and safe (thin-but-fair). care 1: physical therapist for VMO work, no sign. risks 1: no harms named.",
     "qknee", "practice FAQ on strengthening above and below an arthritic knee", False, "", True, False),
    ("r480-006", W, True, "21000002", True, "yoga studio blog: chair pose for knee strength", U,
     "Short, accurate cueing of chair pose (knees behind toes) for general knee strength in healthy yoga students; nothing misleading.",
     "warning_signs_warranted false: a fitness/prevention tip for yogis, not self-treatment of a problem. claims 1: 'tight' quads and hamstrings 'can lead to knee pain or even injury' is loosely put. risks 0: no caution for people with knee pain.",
     "qknee", "yoga-studio knee-strength tip; blogger/yoga source kind", False, "", False, False),
    ("r480-007", W, True, "21000012", True, "sports physician's site: band exercises for rotator cuff disease", U,
     "Plain, accurate notes on external-rotation band work and scapular squeezes for rotator cuff disease, with 'should not be painful' as the limit.",
     "claims 1: 'helps to correct postural muscle imbalances' is stated loosely. care 0: no prompt to get a weak or painful shoulder assessed. date 0: URL only. risks 1: pain limit only.",
     "qrc", "physician's own page on Theraband rotator-cuff exercises", False, "", True, False),
    ("r480-008", W, True, "22100012", True, "physiotherapy clinic exercise-library entry: shoulder internal rotation", U,
     "Clear, correct cues for a rotator-cuff internal-rotation exercise, framed as done under the treating physiotherapist's guidance.",
     "the title says cable machine, the steps say resistance band (minor). care 1: 'under the guidance of your treating Physiotherapist', no sign. risks 1: technique cautions only.",
     "qrc", "physio clinic exercise sheet; contrasts with the blogger band exercise", False, "", True, False),
    ("r480-009", W, True, "11000012", True, "yoga/fitness blogger post: diagonal resistance-band shoulder exercise", U,
     "A simple, low-load band movement described clearly; 'very healing' after a shoulder injury overstates it, but the exercise itself is benign.",
     "HARD: aimed at people recovering from a shoulder injury with no word on checking with a physiotherapist, stopping for pain or which injuries it suits (care 0, accuracy 1); judged thin-but-fair rather than false because nothing shown would harm. risks 1: joint-protection cues.",
     "qrc", "blogger shoulder-rehab exercise; source-kind variety", False, "", True, False),
    ("r480-010", W, True, "21000012", True, "chiropractic clinic blog: standing forward-fold lower-back stretch", U,
     "A gentle standing forward fold with bent knees, moving only as far as comfortable and coming up with the legs; accurate and low-risk for ordinary back tightness.",
     "claims 1: bent knees 'make sure you're not putting any pressure on your back' overstates. care 0: no sign (leg weakness, numbness, bladder problems) for low back pain. risks 1: comfort limit only.",
     "qlbp", "short chiropractic blog stretch for lower back pain", False, "", True, False),
]
