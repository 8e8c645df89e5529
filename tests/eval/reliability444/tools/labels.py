"""rel444 labels: Q (query key -> query) and ROWS (see tests/eval/reltools.py build for the tuple order):
id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources, authorship_review, date,
risks_uncertainty, advertising), partial, doc_type, source_leaning, why, note, query key, picked_because,
unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present."""

Q = {
    "qfib": "my journey living with fibromyalgia personal blog",
    "qt2d": "how I reversed my type 2 diabetes with diet my story",
    "qhash": "my experience with Hashimoto's thyroid blog what helped me",
    "qcrohn": "my story living with Crohn's disease blog diagnosis",
    "qstop": "I stopped taking my medication and tried natural remedies instead personal story",
    "qpso": "psoriasis my personal journey diet changes cleared my skin",
}

W = "web page"
B = "unreliable-leaning"

ROWS = [
    ("r444-001", W, True, "20000012", True, "personal blog (about page)", B,
     "a fibromyalgia blogger's about page: why she writes, no medical claims or advice; honest that the condition is lifelong.",
     "thin-but-harmless narrative; warning signs not warranted (no symptom or self-treatment advice, as r21-007).",
     "qfib", "first-person fibromyalgia blog, about page", False, "", False, False),
    ("r444-002", W, True, "20000012", True, "personal blog (tag page)", B,
     "snippets of a fibromyalgia blogger's posts on fatigue and fibro fog; lived experience, no treatment claims.",
     "HARD: a tag page of truncated teasers; the 'Fibromyalgia Kills' teaser is cut before its point (increased risk of dying by ...), judged not misleading as shown.",
     "qfib", "fibromyalgia personal blog posts", False, "", False, False),
    ("r444-003", W, False, "11000001", True, "first-person diabetes reversal post (content site)", B,
     "standard low-glycaemic diet advice, but the page presents 'reversal' and coming off medication as the outcome with no word of doing so with the doctor or of hypoglycaemia on medicines.",
     "HARD: the diet itself is sound; false for the templated reversal framing (the site carries several near-identical 'I reversed type 2' posts) and no care or monitoring advice. unsafe_advice false: 'for many people ... can be reversed' is hedged, no cure or safety guarantee.",
     "qt2d", "first-person type 2 reversal story", False, "", True, False),
    ("r444-004", W, False, "00000001", True, "personal diabetes story blog", B,
     "a diabetes patient drops metformin after one pill and tries cinnamon and internet 'cures', calling two of them 'quite good'.",
     "unsafe_advice true on the own-voice endorsement of internet diabetes cures; the 20 g low-carb freezing anecdote is given without context.",
     "qt2d", "story of trying cinnamon and online diabetes cures", True, "I found two more cures on the internet that were actually quite good", True, False),
    ("r444-005", W, False, "10000012", True, "personal blog post (Hashimoto's)", B,
     "a Hashimoto's diagnosis story that frames the GP's thyroid prescription as pushing 'pharma' and says it was filled but not taken, turning to a homeopath.",
     "HARD: narrative of her own choice, no instruction to readers, so unsafe_advice false; false because untreated hypothyroidism is presented approvingly with no counterweight.",
     "qhash", "first-person Hashimoto's story, refuses medication", False, "", True, False),
    ("r444-006", W, True, "11000012", True, "personal blog post (Hashimoto's)", B,
     "a Hashimoto's diary: still on thyroid medication with a new doctor, cutting gluten, dairy and alcohol; low-risk changes told as her own experience.",
     "HARD: 'It is possible to overcome this' and 'big difference after just one week' are unsupported (claims 1), and earlier doctors are mocked, but nothing tells readers to drop treatment and the changes are harmless.",
     "qhash", "first-person Hashimoto's diet changes", False, "", True, False),
    ("r444-007", W, False, "10002011", True, "personal story on a thyroid lifestyle brand site", B,
     "a named author's Hashimoto's story opening with an overstated 'one in five women' hypothyroidism figure and framing conventional care as failing patients.",
     "HARD: the antibody-testing and residual-symptom points are fair, but the prevalence figure is inflated and the framing sets up a lifestyle programme against standard care; no sources for the figures.",
     "qhash", "named author's Hashimoto's recovery story", False, "", True, False),
    ("r444-008", W, True, "20000012", True, "personal blog (about page, Crohn's)", B,
     "a Crohn's blogger's introduction on stigma and diagnosis; no medical claims or advice.",
     "warning signs not warranted: narrative, no symptom or self-treatment advice.",
     "qcrohn", "first-person Crohn's blog introduction", False, "", False, False),
    ("r444-009", W, False, "10002201", True, "first-person magazine essay (Graves' disease)", B,
     "an 'It happened to me' essay whose headline promotes quitting prescribed Graves' medication for alternative medicine; the excerpt stops as the new doctor advises continuing.",
     "HARD: the quitting is carried by the headline and dek, not an own-voice instruction in the excerpt, so unsafe_advice false (title exception as r41-015); the eye pain of possible thyroid eye disease gets no action. date 2: publish date shown.",
     "qstop", "headline: quit prescription drugs for alternative medicine", False, "", True, False),
    ("r444-010", W, False, "00000011", True, "personal wellness blog post", B,
     "a post celebrating refusing medication and eliminating foods because 'food may cure' body dysfunctions, framed as the only real choice.",
     "HARD: 'may cure' is hedged and the post narrates her own choice (no condition named), so unsafe_advice false; false for presenting refusal of medication as the better path.",
     "qstop", "first-person story of healing without medication", False, "", True, False),
]
