"""rel413 labels: Q (query key -> query) and ROWS (see tests/eval/reltools.py build for the tuple order:
id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources, authorship_review, date,
risks_uncertainty, advertising), partial, doc_type, source_leaning, why, note, query key, picked_because,
unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "qsema": "semaglutide injections for weight loss side effects am I safe",
    "qtea": "detox slimming tea does it really work lose weight fast",
    "qfat": "fat burner pills that actually work reviews",
    "qlipo": "liposuction recovery risks what to expect clinic",
}

ROWS = [
    ("r413-001", W, False, "00100000", True, "online weight-loss clinic article on semaglutide safety", U,
     "Calls semaglutide 'not only quite safe' with 'life-changing' effects, names no actual risk, and gets facts wrong (first drug of its kind approved in 2021; approval based on people with diabetes).",
     "HARD: the safety claim is qualified in the same sentence ('so long as you use semaglutide as directed and with proper medical supervision'), so unsafe_advice false (as r94-016); false for the one-sided safety framing and factual errors on a telehealth seller's page. warranted: consumer article on a drug's safety, not a service page.",
     "qsema", "telehealth clinic answer to 'is semaglutide safe'; reassuring framing", False, "", True, False),
    ("r413-002", W, True, "22010021", True, "weight-loss clinic guide to semaglutide safety", U,
     "Accurate, balanced introduction: FDA-approved and effective, but names thyroid tumour and pancreatitis risks and asks readers to weigh benefits against risks.",
     "HARD: thin-but-fair; the excerpt stops at FDA approval, has no consult prompt or when-to-get-help signs; a clinic's page but the text is even-handed.",
     "qsema", "weight-loss clinic 'is semaglutide safe' guide; contrast with r413-001", False, "", True, False),
    ("r413-003", W, True, "22000012", True, "blog essay on slimming/detox teas", U,
     "Explains that the liver and kidneys detoxify the body and that detox-tea weight loss is diuresis and caffeine, not fat loss; evidence described as sparse.",
     "no care prompt or signs; anonymous 'journalist' voice; accurate.",
     "qtea", "sceptical physiology explainer on slimming teas on a commerce blog", False, "", True, False),
    ("r413-004", N, True, "22010012", True, "news story (repost) on celebrity detox-tea endorsements", U,
     "Reports celebrities' undisclosed Teami promotions and 'questionable health claims', with the FTC disclosure rule and attempts to reach the parties; critical framing.",
     "HARD: repost of a mainstream story on a clickbait host; the excerpt is about influencer marketing and stops before the health evidence, so judged thin-but-fair; no date in the text.",
     "qtea", "news feature on celebrity 'detox tea' marketing (reposted)", False, "", False, False),
    ("r413-005", W, True, "22000011", True, "tea blog article on detox tea and weight loss", U,
     "Says the body's own organs make external detox agents unnecessary and reports proponents' claims as 'allegedly'; no false promise in the excerpt.",
     "HARD: a tea site with a 'magical elixir' hook; the excerpt stops before its verdict, and what is shown is sceptical, so true (thin-but-fair).",
     "qtea", "tea-seller blog asking whether detox tea works", False, "", True, False),
    ("r413-006", W, True, "11000012", True, "celebrity magazine feature on 'skinny' detox teas", U,
     "Sceptical overall ('skinny teas have consequences', little research, only liver and kidneys detoxify), though it airs naturopaths' 'generally safe and effective' view.",
     "HARD: the naturopaths' safety/effectiveness claim is attributed, not the magazine's own voice, and framed against the medical view (claims 1, not unsafe).",
     "qtea", "celebrity magazine on celebrity detox teas", False, "", True, False),
    ("r413-007", W, True, "21000112", True, "supplement-ingredient site explainer on fat burners", U,
     "Sceptical and broadly right (little effect, jitteriness, hidden drugs in some products), but quotes unsourced statistics ('65% of users see zero change', a '2023 NIH study').",
     "HARD: the figures look invented or unverifiable (claims 1, sources 0), but the direction of the advice is safe: do not expect fat burners to work.",
     "qfat", "'are fat burners effective' explainer, unusual host", False, "", True, False),
    ("r413-008", W, False, "10000000", True, "supplement brand blog on fat-burning pills", U,
     "A supplement seller's guide calling fat burners 'natural supplements' and 'an incredible tool' that leave you 'stronger, happier, and healthier', with no evidence or harms.",
     "unsafe_advice false: promotional efficacy claims, no cure, guarantee or safety word.",
     "qfat", "supplement-brand blog answering 'do fat burning pills work'", False, "", True, False),
    ("r413-009", W, True, "22200022", True, "medical-tourism information page on liposuction risks", U,
     "A full, accurate list of liposuction complications (fat embolism, DVT, organ damage, need for more surgery) and tells readers to call the surgeon at once for chest pain, breathlessness, abnormal heartbeat or heavy bleeding.",
     "warning_signs_present: concrete post-operative signs + call the surgeon immediately.",
     "qlipo", "liposuction risks list with post-operative warning signs", False, "", True, True),
    ("r413-010", W, False, "10100000", True, "cosmetic-surgery tourism clinic service page (liposuction)", U,
     "Clinic sales page that calls liposuction 'a safe procedure' with 'rarely any serious complications' if post-op instructions are followed, names no specific risk and says pain 'subsides quickly'.",
     "HARD: 'Generally speaking ... considered a safe procedure' is hedged wording, so unsafe_advice false; false for minimising surgical risk on a sales page. Product/clinic service page: warning signs not warranted (POLICY-46).",
     "qlipo", "overseas cosmetic-surgery clinic liposuction page", False, "", False, False),
]
