"""rel493 labels: Q (query key -> query) and ROWS (one tuple per page; order as reltools.build)."""

Q = {
    "q1": "exercises after hip replacement at home first weeks",
    "q2": "when can I drive after knee replacement surgery",
    "q3": "recovery after inguinal hernia repair lifting return to work",
    "q4": "what to eat after gallbladder removal recovery tips",
    "q5": "appendix removal recovery how long before I can exercise again",
    "q6": "cardiac rehab after bypass surgery walking program sternal precautions",
    "q7": "shoulder exercises after mastectomy arm stiffness",
    "q8": "rotator cuff repair rehab sling how many weeks physio",
}

W = "web page"
U = "unreliable-leaning"
R = "reliable-leaning"

ROWS = [
    ("r493-001", W, True, "11100012", True, "content-site article (keyword 'pdf' page)", U,
     "generic but broadly correct account of structured hip rehab after six weeks; says professional guidance is essential; no harmful advice.",
     "HARD: machine-like keyword page; the timeline puts 'gentle exercises' only in weeks 7-12 although exercises start right after surgery (accuracy 1); 'prevents complications' overstates (claims 1). Thin-but-fair; no sign tied to an action.",
     "q1", "first-page result on home hip exercises; a content-site source kind", False, "", True, False),
    ("r493-002", W, True, "22000012", True, "surgeons' group patient exercise sheet", U,
     "four standard standing strengthening exercises for the post-hip-replacement limp, with a balance support; accurate.",
     "thin-but-fair: no care prompt, no pain limit or signs (dislocation, clot, infection).",
     "q1", "a UK surgeons' group exercise sheet", False, "", True, False),
    ("r493-003", W, True, "22100012", True, "surgeon practice FAQ", U,
     "usual six-week driving advice tied to bending, strength and an emergency stop, plus the insurance check; the surgeon will individualise.",
     "short FAQ; care 1 for the surgeon's individual discussion; nothing on opioids.",
     "q2", "surgeon's own FAQ on driving after joint replacement", False, "", True, False),
    ("r493-004", W, True, "22000012", True, "blog post (introduction only)", U,
     "only an introduction explaining knee replacement; 'most people can resume driving within a few weeks' is accurate.",
     "HARD: the excerpt stops before the promised factors and timeline; thin-but-fair.",
     "q2", "a blog answer to the driving question, different source kind", False, "", True, False),
    ("r493-005", W, True, "22202021", True, "orthopaedic surgeon blog post", U,
     "accurate, author-identified guidance: no driving on narcotics, left vs right knee timing, 2-6 weeks, check with the surgeon.",
     "warning_signs_present true on the letter of the rule: pain while driving + talk with your surgeon. advertising 1: the surgeon's own practice byline.",
     "q2", "a named surgeon's post on driving timing", False, "", True, True),
    ("r493-006", W, True, "22000012", True, "joint replacement centre FAQ", U,
     "three correct criteria for driving again (no daytime narcotics, getting in, pedal speed).",
     "thin-but-fair three-line FAQ.",
     "q2", "a centre's very short FAQ", False, "", True, False),
    ("r493-007", W, True, "22100112", True, "auto-generated post on an unrelated subdomain", U,
     "generic but accurate factors for driving after knee replacement, 4-6 weeks typical, the surgeon's assessment is paramount.",
     "HARD: a spam-like auto-generated page on an email-marketing subdomain of a Brazilian shop; the content itself is standard and safe, so the text decides (as rel's ext007/ext016).",
     "q2", "a spam-host copy of the driving topic, to test host vs text", False, "", True, False),
    ("r493-008", W, False, "11100000", True, "hernia surgeon practice marketing page", U,
     "promotes the practice's 'Fast Recovery Hernia Surgery' with its own unpublished return-to-work figure and comparative claims against other repairs; no risks.",
     "HARD: mostly plausible mechanics and it limits the claim ('does not apply to every ... patient'), but it is a sales page for the surgeon's own technique with unsupported comparative claims (advertising 0, claims 1, risks 0). Not unsafe_advice: no cure or safety guarantee.",
     "q3", "a specialist hernia practice answering return-to-work", False, "", True, False),
    ("r493-009", W, True, "22000012", True, "surgical practice recovery timetable", U,
     "week-by-week activity, work, driving and lifting guidance after inguinal hernia repair; sensible and conventional.",
     "no care prompt or complication signs (wound infection, urinary retention, scrotal swelling); thin-but-fair.",
     "q3", "an Australian practice's recovery timetable", False, "", True, False),
]
