"""rel56 labels: one tuple per page, written batch by batch from the stored excerpts only.

(id, genre, reliable, scores[accuracy_balance, claims, care_prompt, sources, authorship_review,
date, risks_uncertainty, advertising], partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)
"""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "eyes": "my eyes are sore from staring at the computer screen all day what can I do",
    "coffee": "burned my mouth and hand with hot coffee how to treat at home",
    "finger": "jammed or sprained finger swollen how to treat at home",
    "knee": "bumped my knee big bruise swelling home remedies",
}

ROWS = [
    ("r56-001", W, False, "10000002", True, "eye-strain glasses post on a company site", U,
     "Promises that blue-light 'eye strain glasses' let you look at the monitor for long periods 'without developing pain or compromising your vision', an unsupported product claim; breaks advice is sound but thin.",
     "HARD: the blue-light claim is an efficacy promise for glasses, not a cure/safety claim for a treatment, so unsafe_advice false; no sign (persisting pain, vision change) tied to an eye test. risks 0: glasses presented with no limits.",
     "eyes", "company-site post selling the idea of blue-light glasses for screen eye strain; careless source", False, "", True, False),
    ("r56-002", W, True, "21100111", True, "eye-clinic blog teaser on screen eye strain", U,
     "A two-sentence teaser from an eye clinic's blog: says eyestrain and dry eyes from long screen work need to be addressed; nothing inaccurate, nothing advised yet.",
     "HARD: excerpt cut after the opening ('working long hours in'), so almost nothing to judge; label from the absence of anything misleading. date 1: month only in the URL path is not counted, the archive heading is. risks 1: no intervention discussed.",
     "eyes", "eye-clinic blog (careful clinic source) on screen eye strain", False, "", True, False),
    ("r56-003", W, True, "22000012", True, "coffee-burn self-care guide on a coffee blog", U,
     "Correct first aid: cool (not cold) running water for 10-15 minutes on skin, cool water or ice chips in the mouth, avoid hot food and drink; burn degrees explained.",
     "HARD: a coffee blog with no author or sources, and the excerpt stops before any 'when to see a doctor' content, so care 0 and warning_signs_present false; label from the accurate first aid. risks 1: no harms of remedies needed for water cooling.",
     "coffee", "coffee-hobby blog guide to mouth and skin coffee burns; careless-looking source", False, "", True, False),
    ("r56-004", W, True, "22100012", True, "coffee-burn first-aid article on a coffee blog", U,
     "Explains burn degrees, says third-degree burns need immediate medical attention, and gives correct cooling (cool, not cold, running water for 10-20 minutes).",
     "HARD: 'third-degree ... require immediate medical attention' names a category, but the signs of a third-degree burn are missing (the symptom list is empty in the excerpt), so it is not a concrete sign a reader can check: warning_signs_present false, care 1. The promised 'when to seek professional help' section is not reached.",
     "coffee", "coffee blog article promising first aid and when to seek help", False, "", True, False),
    ("r56-005", W, False, "11000001", True, "first-person coffee-burn remedy post on a kitchen blog", U,
     "The cooling and 'do not pop blisters' steps are right, but aloe is said to have 'promoted faster healing and minimized scarring' and honey 'worked wonders', anecdote presented as evidence, with no word on which burns need a doctor.",
     "HARD: the first aid shown is correct, but the remedy claims are own-voice and unsupported and there is no care prompt at all for a scalding ('the searing pain was unimaginable'); unsafe_advice false (efficacy anecdote, no cure/safety guarantee). advertising 1: recipe/kitchen site frame.",
     "coffee", "first-person kitchen-blog remedies (aloe, honey) for a coffee burn; careless blog", False, "", True, False),
    ("r56-006", W, False, "10000000", True, "coffee-brand blog post on a burned mouth", U,
     "A coffee brand's jokey post: cold foods and rinses are fine, but 'Nothing will heal that burnt tongue faster than sweet scoops of Death Wish' is product promotion presented as a remedy, with no care advice.",
     "HARD: mouth burns from drinks are usually minor and the advice is low-risk, but the page is marketing ('Death Wish dreams', 'Or do, whatever') with an unsupported healing claim; unsafe_advice false (no cure/safety guarantee for a treatment).",
     "coffee", "coffee company's own blog on mouth burns; commercial source", False, "", True, False),
    ("r56-007", W, True, "22221211", True, "syndicated health tip (HealthDay) on a health site", U,
     "Says a jammed finger can be a small fracture or dislocation, gives ice, elevation and buddy-taping, and says to seek prompt care if the finger is deformed, numb or there is fever.",
     "warning_signs_present true: deformed or numb finger, fever + prompt medical care. sources 2: Mayo Clinic and HealthDay named. date 1: copyright year only. risks 1: ice duration given, no other harms.",
     "finger", "short syndicated health tip with signs for a jammed finger; reliable-looking syndication", False, "", True, True),
    ("r56-008", W, False, "01100010", True, "home-remedy post on a personal blog", U,
     "Inaccurate and overconfident: says in a jammed finger 'mostly tendon are damaged', that recovery 'is easy', and that ice for 20 minutes 'can recover this condition'; mentions X-ray for a break but gives no sign (deformity, cannot straighten) that needs one.",
     "HARD: the steps themselves (ice, elevation, buddy taping, NSAIDs) are standard, and 'if the injury is severe' prompts care, so care 1, but no concrete sign is tied to the action (warning_signs_present false). Label for the errors and the 'cure finger jam on your own' framing. unsafe_advice false: no guarantee about a product.",
     "finger", "personal blog 'how to treat a jammed finger' with home remedies; careless source", False, "", True, False),
    ("r56-009", W, True, "21000012", True, "content-farm blog guide on a bruised knee", U,
     "Explains what a knee bruise is and the types (subcutaneous, intramuscular, bone bruise), notes that severity matters so a minor bruise is not mistaken for something more serious; nothing inaccurate.",
     "HARD: chatty content-farm text ('Hey guys!', 'ADMIN'), and the excerpt stops before any treatment or care advice, so care 0 and warning_signs_present false; label from the accurate explanation. 'learn how to make them disappear' is a light promise, not a claim. risks 1: no intervention discussed.",
     "knee", "content-farm blog post on a bruised knee; careless source", False, "", True, False),
    ("r56-010", N, False, "10000011", True, "news site tag page feature on screens and eyes", U,
     "A short feature on screen eye strain whose one figure is sourced to 'WikiHow' and which states as fact that screen glare 'causes muscle fatigue in the eyes'; it does say permanent damage is not proven.",
     "HARD: the 'science hasn't yet proven ... permanent eye damage' line is a fair limit (risks 1), but the sourcing (a how-to wiki) and the unexplained mechanism are what a news reviewer would fault. care 0 as news.",
     "eyes", "news-site item on screen eye fatigue (eye health news); tag page", False, "", False, False),
]
