"""rel485 labels: Q (query key -> query) and ROWS (one tuple per page; order as reltools.build).

Tuple: id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources,
authorship_review, date, risks_uncertainty, advertising), partial, doc_type, source_leaning, why,
note, query key, picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted,
warning_signs_present. Labelled blind from the stored excerpts only.
"""

Q = {
    "qa": "acid reflux diet what foods to eat heartburn tips",
    "qb": "natural remedies for heartburn at home that actually work",
    "qc": "living with migraine daily tips triggers coping",
    "qd": "how to stop a panic attack fast breathing techniques",
}

W, U = "web page", "unreliable-leaning"

ROWS = [
    ("r485-001", W, False, "00000002", True, "acid-reflux diet tips article on a machine-reworded content site", U,
     "Garbled reworded text ('the esophagus was annoyed') that tells first-time sufferers of chest burning they 'don't have a heart condition to worry' about, with no care prompt.",
     "HARD: unsafe_advice for a flat reassurance that first-time chest burning is not cardiac (a first episode is exactly when a heart cause must be excluded); read as a safety claim that could delay emergency care, not as an efficacy claim.",
     "qa", "acid-reflux diet tips page on an unknown content site; third result", True,
     "you don't have a heart condition to worry", True, False),
    ("r485-002", W, True, "22100012", True, "heartburn diet and treatment article on a food/recipe blog", U,
     "Standard advice (smaller meals, weight, fizzy drinks, fibre, alcohol) and an accurate note that persistent heartburn needs medicines a doctor would recommend.",
     "HARD: 'in cases of persistent heartburn ... your doctor is likely to recommend' is a consult prompt tied loosely to persistence but gives no action or alarm sign, so warning_signs_present false. Mojibake 'Hâ‚‚' kept.",
     "qa", "food blog page on acid-reflux treatment and diet; last result", False, "", True, False),
    ("r485-003", W, True, "11100011", True, "heartburn home-remedies listicle intro on a health tips site", U,
     "Accurate basic explanation of reflux; says chronic or frequent heartburn may signal something more serious; the remedies themselves are not in the excerpt.",
     "HARD: thin-but-fair intro; 'not something that you should be worried about' is qualified in the next sentence; 'amazing home remedies' and a subscribe prompt (advertising 1); the frequent-heartburn line names no action, so present false. Risk factors 'increase acid production' is loose.",
     "qb", "remedy listicle for heartburn on a subdomain content site", False, "", True, False),
    ("r485-004", W, True, "21100012", True, "short migraine self-care tips list on a personal/blog site", U,
     "Five modest tips (caffeine with a doctor check, compresses, stress management, sleep and exercise, trigger avoidance), hedged; only the title overclaims.",
     "HARD: clickbait title ('doctor-confirmed results') over a hedged body; the body decides. No signs for a headache page.",
     "qc", "short migraine-relief tip list; fourth result", False, "", True, False),
    ("r485-005", W, False, "10010002", True, "breathing-technique page on a resilience-coaching site", U,
     "Says two minutes of ujjayi breathing is 'enough' to terminate a panic attack and calls a yogic breath a Taoist technique; no care prompt or note that chest symptoms need checking.",
     "HARD: the technique is harmless; false for the overclaimed certainty and no care on a panic page. 'enough to ... terminate a panic attack' is an efficacy claim, not a cure/safety guarantee, so unsafe_advice false. sources 1 for a footnote marker.",
     "qd", "coaching site's breathing tool for panic attacks", False, "", True, False),
    ("r485-006", W, True, "21021112", True, "panic-attack technique guide on a clinical hypnotherapist's blog", U,
     "Cites prevalence data and a review of breathing trials, says attacks pass and peak within minutes; the techniques themselves are cut off.",
     "HARD: 'You feel like you are going to die ... but you are not' reassures without telling first-time readers to rule out heart causes (only a link to a chest-tightness article); a hypnotherapist presented as a 'clinical therapist'. Judged true on the accurate, sourced body; date 1 for '(2026)' in the heading.",
     "qd", "named hypnotherapist's guide with cited statistics; first result", False, "", True, False),
    ("r485-007", W, True, "11000012", True, "panic-management article by an employee assistance programme provider", U,
     "Describes panic and avoidance accurately and points to breathing; the 'hyperventilation gives rise to panic' explanation is simplified.",
     "HARD: thin-but-fair excerpt; the causal account is oversimplified, and going to emergency is mentioned without guidance, so present false.",
     "qd", "EAP provider's self-help page on panic", False, "", True, False),
    ("r485-008", W, False, "10010002", True, "SEO panic-attack relief article on a content site", U,
     "Lists chest pain among panic symptoms with no advice to rule out a heart cause, and cites an unverifiable 'Harvard' figure of 25% less anxiety within minutes.",
     "HARD: the ADAA figure is right; false for the invented-looking precise Harvard claim and no care prompt on a page that names chest pain and heart-attack confusion. Emoji-list SEO writing.",
     "qd", "SEO 'instant calm' panic page on an aggregator domain", False, "", True, False),
    ("r485-009", W, True, "21100011", True, "neurology practice blog on coping with chronic migraine", U,
     "Accurate: no cure, medication plus lifestyle and trigger tracking, headache diary shared with the doctor.",
     "'proven to contain Migraine much better' is unquantified; telemedicine banner (advertising 1). No alarm signs for headache in the excerpt.",
     "qc", "neurology practice's living-with-migraine page; third result", False, "", True, False),
    ("r485-010", W, True, "11100012", True, "migraine management guide on a health content site", U,
     "Standard triggers (hormones, foods, environment) and a 'seek professional help' line; the opening statistic is wrong.",
     "HARD: '87.6 million ... about 10% of the world population' is internally inconsistent (accuracy 1); otherwise ordinary, harmless content. Consult prompt only, no headache red flags.",
     "qc", "migraine 'secrets' guide; first result", False, "", True, False),
]
