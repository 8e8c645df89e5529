"""rel440 labels: Q (query key -> query) and ROWS (see tests/eval/reltools.py build for the tuple order).

Tuple: id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources,
authorship_review, date, risks_uncertainty, advertising), partial, doc_type, source_leaning, why,
note, query key, picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted,
warning_signs_present.
"""

Q = {
    "q1": "chest pain when to go to the emergency room heart attack signs",
    "q2": "stroke symptoms FAST what to do while waiting for ambulance",
    "q3": "sepsis signs in adults when to worry",
    "q4": "anaphylaxis how to use epipen allergic reaction throat swelling",
    "q5": "severe asthma attack no inhaler what to do at home",
    "q6": "someone having a seizure first aid do not put anything in mouth",
    "q7": "low blood sugar hypoglycemia shaky sweaty what to eat quickly",
    "q8": "diabetic ketoacidosis symptoms fruity breath vomiting go to hospital",
    "q9": "head injury concussion warning signs child fell hit head vomiting",
    "q10": "I'm having suicidal thoughts what should I do right now",
    "q11": "mini stroke TIA symptoms went away do I still need to see doctor",
    "q12": "natural remedies to stop an asthma attack fast without medication",
}

W = "web page"
U = "unreliable-leaning"
R = "reliable-leaning"

ROWS = [
    ("r440-001", W, True, "22210011", True, "chest-pain emergency guide on an online pill-shop domain", U,
     "Accurate chest-pain red flags (pressure over a few minutes, spreading pain, cold sweat, breathlessness, fainting) tied to calling 999 at once; atypical presentations in women, older adults and people with diabetes named.",
     "HARD: a .su pill-shop host carrying what looks like syndicated text; judged on the body, which is accurate and cautious. No author or date.",
     "q1", "chest-pain ER guide on a pill-shop site (commercial host, content kind varies)", False, "", True, True),
    ("r440-002", W, True, "22200011", True, "auto-injector manufacturer's patient page (when to use the device)", U,
     "Anaphylaxis steps match first-aid guidance: use the auto-injector, call 112, lie down or stay still, second injection after 5-15 minutes if no better; severe and mild symptoms listed.",
     "HARD: a brand page describing one product, so warning signs not warranted (POLICY-46 s.1); the symptom list tied to using the device and calling 112 is present anyway.",
     "q4", "manufacturer's 'when to use' page: a product page on an emergency topic", False, "", False, True),
    ("r440-003", W, True, "21110021", True, "first-aid trainer's anaphylaxis and auto-injector page", U,
     "Correct that adrenaline is first-line and works best early; prevention tips sensible; thin: no symptom list and no call-an-ambulance instruction in the excerpt.",
     "HARD: thin-but-fair; 'rapidly treats all of the most dangerous symptoms' slightly overstates and the excerpt never says to call 999 after use, so warning_signs_present false; nothing told is wrong.",
     "q4", "first-aid training company's resource page", False, "", True, False),
    ("r440-004", W, True, "21200011", True, "generic drug-info page on the adrenaline auto-injector", U,
     "Accurate outline of what the auto-injector does and when to use it, with immediate medical attention after use; anonymous 'as a medical professional' voice and a slip that it can 'prevent' reactions.",
     "HARD: an unsigned page claiming professional authority on a drug-review domain; a page describing one product, so signs not warranted; 'seek immediate medical attention after using' counted as present (anaphylaxis symptoms -> inject -> seek care).",
     "q4", "drug 'benefits reviews side effects' site: commercial/SEO kind", False, "", False, True),
    ("r440-005", W, True, "22200012", True, "concussion clinic page listing danger signs after head injury", U,
     "Reproduces the standard danger signs (worsening headache, repeated vomiting, unequal pupils, seizures, drowsiness, confusion) with emergency contact right away; extra signs for babies.",
     "Text matches the CDC HEADS UP list, uncredited in the excerpt (sources 0).",
     "q9", "clinic's 'when to seek immediate medical attention' page", False, "", True, True),
    ("r440-006", W, True, "22100012", True, "AI-style online course chapter on head injuries in children", U,
     "Accurate framing (children may look fine and worsen later; concussion without loss of consciousness) but the excerpt stops before any red flags or actions, and carries an image-generation prompt.",
     "HARD: thin-but-fair; the red flags are promised but cut off (POLICY-46 s.2: announcement alone is not the signs), so warning_signs_present false; care 1 for the promise.",
     "q9", "free ebook/course platform (machine-written content kind)", False, "", True, False),
    ("r440-007", W, True, "21000012", True, "practice page on concussion signs in children", U,
     "Accurate symptom list and delayed onset, but only 'monitor your child's behavior' with no sign that needs a doctor or emergency care.",
     "HARD: thin-but-fair as r94-015 (symptom list with no action); a child head-injury page with vomiting named as a 'common sign' and no escalation is a real gap, kept true because nothing stated is wrong.",
     "q9", "health practice page on child concussion", False, "", True, False),
    ("r440-008", W, True, "22200012", True, "university student-counseling page for someone having suicidal thoughts", R,
     "Standard crisis guidance: call the lifeline, tell someone, delay action, remove means, safety plan, avoid alcohol and drugs; on-campus counseling route.",
     "Lifeline shown by its old 800 number (still routes to 988); no date.",
     "q10", "university counseling centre page", False, "", True, True),
    ("r440-009", W, True, "22211011", True, "counseling-practice blog on what to do when suicidal", U,
     "Puts contacting a crisis line or professional first, then trusted people and grounding; named counsellor quoted.",
     "Practice blog (advertising 1); old lifeline number; excerpt cut before the later tips.",
     "q10", "counseling-network blog post", False, "", True, True),
    ("r440-010", W, True, "22200012", True, "mental-health charity page for people wanting to kill themselves", R,
     "Compassionate and accurate: names warning signs that suicidal thinking is worsening and gives 988, chat and text lines.",
     "", "q10", "national mental-health charity's crisis content", False, "", True, True),
    ("r440-011", W, True, "21210012", True, "psychologist's personal site: what to do if you feel suicidal", U,
     "Urges immediate help (988, 911, ER, therapist, text lines); overstated 'easiest to treat' for depression, 'drive yourself' to the ER and a spiritual reframing of suicidal feelings.",
     "HARD: crisis sources advise not driving yourself while in crisis and the transformation reframing is unusual, but every action points to help; true on balance. Not unsafe: no cure, guarantee or discouragement of care.",
     "q10", "individual therapist's site page", False, "", True, True),
]
