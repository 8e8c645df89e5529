"""rel466 labels: Q (query key -> query) and ROWS (one tuple per page; order as reltools.build).

Tuple: id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources,
authorship_review, date, risks_uncertainty, advertising), partial, doc_type, source_leaning, why,
note, query key, picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted,
warning_signs_present.
"""

Q = {
    "q1": "living with lupus my daily life flare blog",
    "q2": "my Crohn's disease diary flare what helps me",
    "q3": "living with MS blog fatigue tips multiple sclerosis personal",
    "q4": "endometriosis my story flare day pain what helped",
    "q5": "long covid diary recovery pacing what helped me",
    "q6": "ME/CFS living with chronic fatigue syndrome blog crash pacing",
}

W = "web page"
U = "unreliable-leaning"
R = "reliable-leaning"

ROWS = [
    ("r466-001", W, True, "12000012", True, "personal lupus blog post (flare diary)", U,
     "A short first-person account of how a lupus flare feels; it gives no treatment advice and its description of lupus as an autoimmune disorder is loose but not misleading.",
     "No intervention discussed (risks 1). Date only in the URL (date 0). Warranted: a page about living through a flare of a condition readers may have; no signs given.",
     "q1", "first-person lupus flare diary; first result", False, "", True, False),
    ("r466-002", W, True, "22100012", True, "personal lupus blog post (flare diary)", U,
     "A long-time lupus patient describes a returning flare, kidney monitoring by a nephrologist, infusions and taking every medication, with sun avoidance; accurate and modest.",
     "care 1: care is shown (nephrologist, infusions, medications) rather than prompted. No signs tied to an action.",
     "q1", "lupus blogger's flare-cycle post with medical follow-up", False, "", True, False),
    ("r466-003", W, True, "12000212", True, "personal lupus blog post (flare diary)", U,
     "A dated diary entry about a new lupus flare with a rash and a bland rice-applesauce-toast diet; personal, no claims and nothing a reader would be harmed by.",
     "Dated in the text (date 2). The noticed-then-ignored rash is narrated, not advised. No intervention beyond a bland diet (risks 1).",
     "q1", "dated lupus diary entry on starting a flare diet", False, "", True, False),
    ("r466-004", W, True, "22000012", True, "personal blog post (lupus flare and 'you don't look sick')", U,
     "A blogger in a two-month lupus flare describes joint pain, fatigue, brain fog and heat as a trigger and asks people not to judge invisible illness; no advice or claims.",
     "A long flare with no mention of contacting the rheumatologist; narrated, not advised, so it does not decide the label.",
     "q1", "lupus flare diary on invisible illness", False, "", True, False),
    ("r466-005", W, True, "22000022", True, "personal lupus blog (opening post)", U,
     "A frank opening post about restarting steroids and their side effects (weight, acne, hair), sceptical of 'leaky gut' advice from nutritionists; honest and accurate.",
     "risks 2: steroid side effects named. Not advice.",
     "q1", "lupus blog about steroids and living with flares", False, "", True, False),
    ("r466-006", W, True, "22000012", True, "blog author page listing personal lupus essays", U,
     "Teasers of two personal essays on being diagnosed with lupus and talking with family about an unpredictable illness; nothing inaccurate or advised.",
     "HARD: warning signs judged not warranted: a memoir/relationships listing with no symptom, flare or self-care content (unlike the flare diaries, which are warranted).",
     "q1", "autoimmune mom blog author page on life with lupus", False, "", False, False),
    ("r466-007", W, True, "22221022", True, "copy of a health-site article on Crohn's flare signs (pages.dev mirror)", U,
     "Names flare symptoms and triggers (missed medicines, NSAIDs, antibiotics, smoking) with named gastroenterologists and the Crohn's & Colitis Foundation, and says to call the doctor for signs of fistula, stricture or abscess.",
     "HARD: an unattributed copy on a pages.dev host; the text itself is accurate and expert-sourced, so the body decides. warning_signs_present: signs tied to 'call your doctor'.",
     "q2", "Crohn's flare signs article with when-to-call guidance", False, "", True, True),
    ("r466-008", W, True, "11000012", True, "personal MS blog post on fatigue", U,
     "A person with MS recommends exercise for fatigue with a caution not to overdo it, and resting when the body needs it; sensible, though 'your body will never lie' overstates.",
     "HARD: thin-but-fair; exercise for MS fatigue is supported, the overclaim is mild. risks 1 (only 'do not over do it').",
     "q3", "MS blogger's fatigue coping advice", False, "", True, False),
    ("r466-009", W, True, "22000212", True, "personal MS blog post", U,
     "A dated diary entry wondering whether tiredness is MS fatigue, poor sleep or work stress; modest, no claims or advice.",
     "Dated in the text (date 2). No intervention discussed (risks 1).",
     "q3", "MS diary entry on tiredness", False, "", True, False),
    ("r466-010", W, True, "22010012", True, "patient-organisation blog tag page (community essays on MS)", U,
     "Teasers of community essays by named writers on how life changes with MS and adapting to it; accurate, no advice or claims.",
     "HARD: warning signs judged not warranted (listing of coping essays, no symptom or self-care guidance). source_leaning kept unreliable-leaning: a blog of personal essays, although hosted by a patient association.",
     "q3", "MS association blog listing of living-with-MS essays", False, "", False, False),
]
