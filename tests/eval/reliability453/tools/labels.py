"""rel453 labels: one tuple per page (reltools.build order): id, genre, reliable, scores
(accuracy_balance, claims, care_prompt, sources, authorship_review, date, risks_uncertainty,
advertising), partial, doc_type, source_leaning, why, note, query key, picked_because,
unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present."""

Q = {
    "qnat1": "is natural immunity better than vaccines for kids",
    "qnos1": "homeopathic nosodes instead of vaccines for children",
    "qpox1": "chickenpox party natural immunity safe?",
    "qaut1": "fact check vaccines cause autism claim",
}

W, N = "web page", "news"
RL, UL = "reliable-leaning", "unreliable-leaning"

ROWS = [
    ("r453-001", W, True, "22120012", True, "public-health campaign Q&A (staging copy)", RL,
     "Accurate, sourced answer: post-infection immunity carries the disease's risks; vaccination is the safer route.",
     "HARD: a government vaccine campaign's page on a contractor's staging host, no author or date; the text is accurate with numbered sources, so the host did not decide. Explainer on a vaccine choice, so warning signs not warranted (as r21-007).",
     "qnat1", "direct answer to the natural-immunity question from a campaign site", False, "", False, False),
    ("r453-002", W, True, "22000012", True, "health blog post", UL,
     "Chatty but accurate: natural infection is a risky way to gain immunity; vaccines add protection.",
     "Anonymous blog with no sources or date; no error in the excerpt. Explainer on a vaccine choice, warning signs not warranted.",
     "qnat1", "general blog on natural immunity vs vaccines", False, "", False, False),
    ("r453-003", W, False, "00000002", True, "parenting blog post", UL,
     "A parent who waived the chickenpox vaccine calls natural immunity 'always ideal', frets about vaccine side effects and seeks a pox party; no disease risks.",
     "HARD: personal preference voice, but it frames skipping a recommended vaccine for deliberate infection as the better path (unsafe_advice, as r21-006's skipped chemotherapy). Warning signs warranted: the reader is led to nurse a child through chickenpox at home; no complication sign is given.",
     "qpox1", "pro-pox-party parent blog (unreliable end)", True,
     "in cases where natural immunity can be obtained, that’s always ideal", True, False),
    ("r453-004", W, True, "22010012", True, "AI-written fact-check page", UL,
     "Correct verdict on the vaccine-autism claim: Wakefield retracted, large studies find no link.",
     "HARD: machine-written fact check with placeholder source markers ('source-1'), no human author; the content is accurate. Fact-check, warning signs not warranted.",
     "qaut1", "fact-check site on the autism claim", False, "", False, False),
    ("r453-005", W, False, "01000012", True, "spun content-site article", UL,
     "Garbled text on pox parties that reports the autism and 'lead in the vaccine' beliefs without correcting them and says chickenpox is lethal only without 'proper care'.",
     "Machine-spun English; vaccines 'good in a way'. Not unsafe_advice: no own-voice cure, safety or anti-vaccine instruction. Page on chickenpox and deliberate infection, so warning signs warranted; none given.",
     "qpox1", "content-farm page on pox parties", False, "", True, False),
    ("r453-006", W, True, "22110012", True, "forum thread post (Wikipedia paste)", UL,
     "Forum post quoting Wikipedia: pox parties discouraged, chickenpox can be fatal, exposed non-immune pregnant women should call their doctor at once.",
     "HARD: a music forum thread whose post is a Wikipedia paste with a flippant 'this is funny' line; the pasted text is accurate and gives a situation tied to an action (pregnant and exposed -> contact doctor immediately), so warning_signs_present true.",
     "qpox1", "forum thread on chickenpox parties (unusual source kind)", False, "", True, True),
    ("r453-007", N, True, "22010212", True, "news feature (reprint)", UL,
     "Reports a paediatrician and the CDC: pox parties are unsafe, severity cannot be predicted, vaccinate instead.",
     "Dated 2019-02-06 in the text; one paediatrician plus the CDC; vaccine side effects not covered (risks 1).",
     "qpox1", "news feature on pox-party safety", False, "", False, False),
    ("r453-008", N, True, "22010012", True, "unattributed news repost", UL,
     "Repost of two paediatricians' quotes warning that pox parties are a gamble and vaccination is safer.",
     "HARD: an unattributed repost of Insider/People quotes with a typo in a doctor's name and no date in the text; the content is accurate, so thin-but-fair.",
     "qpox1", "viral-news repost of the pox-party warning", False, "", False, False),
    ("r453-009", W, True, "22000012", True, "advocacy site article opening", UL,
     "Short accurate statement: vaccines do not cause autism; genetics and prenatal development are the current understanding.",
     "Only the opening lines; no sources in the excerpt. Not warranted (myth explainer).",
     "qaut1", "autism site debunking Wakefield", False, "", False, False),
    ("r453-010", W, True, "22000012", True, "professional society FAQ answer", RL,
     "Two-line answer: studies show no vaccine-autism link; the hypothesis came from a fraud.",
     "Italian ob-gyn society's English FAQ on vaccination in pregnancy; very short but correct.",
     "qaut1", "professional-society FAQ on the autism claim", False, "", False, False),
]
