"""rel457 label records: Q (query key -> query) and ROWS (reltools.build tuple order:
id, genre, reliable, scores, partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present).
Scores in criteria order: accuracy_balance, claims, care_prompt, sources, authorship_review,
date, risks_uncertainty, advertising."""

W = "web page"
N = "news"
U = "unreliable-leaning"
R = "reliable-leaning"

Q = {
    "q1": "how I healed my eczema naturally my story",
    "q2": "my journey with Hashimoto's what worked for me",
    "q3": "how I reversed my type 2 diabetes personal story",
    "q4": "carnivore diet cured my autoimmune disease testimonial",
}

ROWS = [
    ("r457-001", W, False, "00000001", True, "eczema recovery testimonial on a skincare brand's team page", U,
     "Frames prescribed steroid creams as never clearing eczema and a clean-eating diet found via bloggers and YouTubers as the way out; no evidence, no care prompt.",
     "HARD: the cure is carried by the heading and the story ('bloggers and Youtubers who cured their eczema') with no own-voice cure sentence, so unsafe_advice false (title exception); a brand's team page, but the text is a self-treatment story, so warning signs warranted.",
     "q1", "first-person eczema 'healed naturally' story on a brand site; rank 2", False, "", True, False),
    ("r457-002", W, False, "01001002", True, "personal eczema healing blog by a nurse-branded blogger", U,
     "Presents steroids as only suppressing symptoms while the blogger treats 'root causes' holistically and stopped steroids; no evidence or care prompt for severe eczema.",
     "Topical steroid withdrawal is mentioned as a thing that exists, not explained; no instruction to stop, so unsafe_advice false.",
     "q1", "'my journey of healing severe eczema naturally' blog; rank 4", False, "", True, False),
    ("r457-003", W, True, "12001012", True, "personal eczema story on a wellness site", U,
     "Describes years of severe eczema and the many treatments tried, including a real steroid side effect (thin skin) and a hospital stay; the excerpt stops before any method is promoted.",
     "HARD: a wellness site's origin story likely heading to a programme, but the stored excerpt makes no false claim; thin-but-fair on what is shown.",
     "q1", "first-person eczema journey; rank 6", False, "", True, False),
    ("r457-004", W, False, "00101001", True, "Hashimoto's remission story on a thyroid coaching blog", U,
     "Claims 'remission' of Hashimoto's and casts doubt on standard lab reference ranges in favour of functional practitioners' narrower ranges; undermines medication that was dosed correctly.",
     "Disclaimer ('not a substitute for medical advice') counted as a consult prompt, care 1. Photo dates are not a page date.",
     "q2", "Hashimoto's 'thriving' personal story with remission claim; rank 5", False, "", True, False),
    ("r457-005", W, True, "22101012", True, "personal Hashimoto's diagnosis story on a local parenting blog", U,
     "An accurate account of how Hashimoto's was found (TPO antibodies, thyroid panel, follow-up with primary care) and what the condition is, with the doctor guiding care.",
     "No sign-plus-action guidance; general doctor involvement only.",
     "q2", "Hashimoto's personal story with mainstream diagnosis; rank 6", False, "", True, False),
    ("r457-006", W, False, "00001001", True, "personal autoimmune-disease blog", U,
     "Says four autoimmune diseases are kept at bay by clean eating, chiropractic, acupuncture and 'high quality supplements'; describes alarming symptoms (throat swelling, immobilising pain) with no word on seeking care.",
     "No own-voice cure or safety sentence, so unsafe_advice false.",
     "q2", "Hashimoto's journey via chiropractic/acupuncture/supplements; rank 7", False, "", True, False),
    ("r457-007", W, True, "11100012", True, "type 2 diabetes personal story on an unrelated-topic content site", U,
     "Urges regular checkups, reports diagnosis by lab work, an insulin prescription and a specialist referral; attributing 'panic attacks' to high blood sugar is shaky and the diet part is cut off.",
     "HARD: host domain unrelated to the topic (likely reposted content), and one dubious symptom link; the excerpt keeps medical care central, so thin-but-fair.",
     "q3", "first-person type 2 diabetes story; rank 2", False, "", True, False),
    ("r457-008", W, False, "11000002", True, "prediabetes 'reversal' about page of a personal blog", U,
     "Reports a doctor recommending an 'aggressive insulin protocol' for prediabetes (implausible) and sets the blog's goal as health 'without drugs/medication'; lifestyle change for prediabetes is sound but the anti-medication framing is not.",
     "HARD: the personal result (A1C 6.4 to 5.6) is plausible and evidence supports lifestyle change in prediabetes; false for the drug-free framing aimed at anyone 'struggling with metabolic health issues'. 'Not medical advice' is a disclaimer, not a consult prompt (care 0).",
     "q3", "diabetes reversal blog's about page; rank 8", False, "", True, False),
    ("r457-009", W, False, "00001001", True, "carnivore-diet shop blog answer on autoimmune disease", U,
     "Calls medical treatments for autoimmune disease harmful and sometimes 'worse than the disease', claims a red-meat diet puts Crohn's, colitis and RA into remission and that not eating 'the wrong thing' beats steroids.",
     "unsafe_advice true: own-voice claim that dietary avoidance is a better treatment than steroids, discouraging recommended treatment (as r41-017). The elemental-diet evidence is misrepresented as support for a meat diet.",
     "q4", "carnivore shop blog on autoimmune conditions; rank 6", True, "just not eating the wrong thing is a better treatment than steroids", True, False),
    ("r457-010", W, False, "00000002", True, "carnivore-diet diabetes testimonial on a lifestyle blog", U,
     "Credits a strict carnivore diet with reversing diabetes and says elimination diets 'work wonders' for every associated disease; cutting diabetes medication on a new diet without supervision is not flagged.",
     "'Work wonders' is an efficacy claim without cure or safety word, so unsafe_advice false.",
     "q4", "first-person carnivore/diabetes story; rank 8", False, "", True, False),
]
