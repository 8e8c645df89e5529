"""rel463 labels (blind, from the stored excerpts only). Tuple order as tests/eval/reltools.py build:
(id, genre, reliable, scores, partial, doc_type, source_leaning, why, note, query key, picked_because,
unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

W, U = "web page", "unreliable-leaning"

Q = {
    "qpanic1": "my panic attacks recovery story what helped me",
    "qburn1": "burnout recovery blog how I recovered from burnout",
    "qdep1": "natural ways to beat depression without medication blog",
}

ROWS = [
    ("r463-001", W, True, "21000012", True, "first-person panic-disorder recovery story on a personal blog", U,
     "An honest personal account of panic symptoms, avoidance and repeated medical work-ups; nothing harmful is recommended in the excerpt.",
     "HARD: 'there was no medical problem' and 'needed help outside of a medical setting' come after cardiology and other work-ups, so it reads as the writer's own story, not advice to skip evaluation; care 0 (no prompt to the reader); risks 1: no intervention discussed yet; thin-but-fair.",
     "qpanic1", "first-person panic recovery story; first result", False, "", True, False),
    ("r463-002", W, True, "21100012", True, "panic-disorder recovery vignette on an online-therapy platform's blog", U,
     "Accurate description of panic disorder and anticipatory anxiety, with plausible prevalence figures and a composite patient who was assessed and diagnosed.",
     "care 1: diagnosis after ER visits is modelled, no prompt to the reader; sources 0: prevalence figures uncited; advertising 2: no service promoted in the excerpt; risks 1: no intervention discussed yet.",
     "qpanic1", "therapy-platform blog recovery story; second result", False, "", True, False),
    ("r463-003", W, True, "22100012", True, "personal blog post on coping tools after panic attacks", U,
     "Standard, therapist-taught breathing and 5-4-3-2-1 grounding techniques described modestly; nothing risky.",
     "care 1: a therapist is mentioned, no prompt or sign (e.g. chest pain that is new or different) for the reader; risks 1: breathing and grounding have no harms to state.",
     "qpanic1", "self-help tools post from a personal blog", False, "", True, False),
    ("r463-004", W, True, "22100012", True, "young person's panic story on a youth mental-health site", U,
     "A first-person account in which a doctor reassures, refers to a psychiatrist and prescribes medication that helped; accurate and help-seeking.",
     "care 1: help-seeking modelled in the story, not addressed to the reader; risks 1: medication mentioned without side effects; no crisis line in the excerpt despite the site's name.",
     "qpanic1", "youth site personal story, help-seeking framing", False, "", True, False),
    ("r463-005", W, True, "22100012", True, "personal reflections on burnout and recovery on a personal site", U,
     "Describes burnout in line with the WHO occupational-syndrome definition and its three dimensions, and frames the page as reflections rather than instructions.",
     "care 1: recovery 'with help from family and professionals', no prompt to the reader; sources 0 beyond 'international health definitions'; risks 1: no intervention discussed yet.",
     "qburn1", "personal burnout reflections; first result", False, "", True, False),
    ("r463-006", W, True, "22100212", True, "personal burnout story on a wellness blog", U,
     "A dated personal story in which stress and dizzy spells led to a doctor's visit and a diagnosis of iron-deficiency anaemia; accurate and sensible.",
     "date 2: 'Post last modified: October 10, 2025'; author field blank (authorship 0); care 1: the writer saw a doctor, no prompt to the reader; risks 1: no intervention discussed in the excerpt.",
     "qburn1", "first-person burnout recovery blog post", False, "", True, False),
    ("r463-007", W, True, "22100012", True, "first-person burnout recovery post on a wellness blog", U,
     "Accurate burnout symptoms (exhaustion, cynicism, inefficacy) and a first step of talking to a doctor and taking time off.",
     "HARD: an image placeholder ('[IMAGE: Maya ...]') suggests generated content and 'guided by science' is unsupported, but what is said is accurate; care 1: the doctor visit is the writer's, no sign for the reader.",
     "qburn1", "wellness blog burnout recovery story", False, "", True, False),
    ("r463-008", W, True, "22100012", True, "burnout recovery framework page on a personal notes site", U,
     "A composite story and a simple demands-versus-recovery framework; sensible and non-commercial, with a doctor in the story.",
     "care 1: doctor appears in the story only; risks 1: no intervention discussed; thin-but-fair.",
     "qburn1", "framework-style burnout page on a personal site", False, "", True, False),
    ("r463-009", W, True, "22000012", True, "tag listing of burnout blog posts (teasers)", U,
     "Teasers of posts about burnout recovery; tone is personal and realistic, nothing harmful or overstated.",
     "HARD: a listing of post teasers, little content to rely on; 'symptoms that looked a lot like trauma' with no action (care 0, warning_signs_present false); thin-but-fair.",
     "qburn1", "blog tag page from a burnout-focused blog", False, "", True, False),
    ("r463-010", W, False, "10110012", True, "health-tech company blog on natural depression treatments", U,
     "Presents St John's wort as a 'viable solution' against antidepressants framed as costly with side effects, with no word on its interactions (SSRIs, contraceptives) or on severe depression.",
     "HARD: a 'speak to your healthcare provider' caution and 'no cure for depression' line (care 1), but the framing steers readers from prescribed treatment to an herb with serious interactions. Not unsafe_advice: efficacy claim, no cure/guarantee/safety word and no instruction to stop medication. sources 1: WHO figure.",
     "qdep1", "natural depression remedies post from a company blog; first result", False, "", True, False),
]
