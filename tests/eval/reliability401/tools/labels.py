"""rel401 labels: Q (query key -> query) and ROWS (one tuple per page, reltools.build order)."""

Q = {
    "q01": "my son has growing pains in his legs at night what should I do",
    "q02": "teenage acne treatment tips for parents",
    "q03": "child bedwetting at age 7 remedies",
    "q04": "when do tonsils need to be removed in children tonsillectomy",
    "q05": "is vaping harmful for teenagers signs my teen is vaping",
    "q06": "headaches in children when to worry",
    "q07": "signs of eating disorder in teenage daughter",
    "q08": "Osgood-Schlatter knee pain young athlete",
}

W = "web page"
U = "unreliable-leaning"
R = "reliable-leaning"

ROWS = [
    ("r401-001", W, False, "11010011", True, "radio-station parenting blog post", U,
     "Growing pains explained from WebMD, but the writer's own son's legs 'sometimes become swollen' are put down to growing pains without saying swelling is a reason to see a doctor; the excerpt ends before any red flags.",
     "HARD: mostly accurate copy of WebMD material; judged unreliable because it normalises leg swelling, a sign consumer sources say rules out growing pains, with no signs or care prompt in the stored text.",
     "q01", "parent-blog voice on a radio station site", False, "", True, False),
    ("r401-002", W, True, "22202112", True, "paediatricians' blog post", U,
     "Two named paediatricians describe growing pains accurately and list when to book a visit: swelling, redness, limp, fever, night sweats, weight loss, daytime pain, pain not relieved by massage or Tylenol.",
     "Warning signs present: a full list of signs tied to 'schedule an office visit'. Dated only by a 2013 copyright line (date 1).",
     "q01", "doctor-written parent blog with a red-flag list", False, "", True, True),
    ("r401-003", W, True, "22100011", True, "dermatology practice blog post", U,
     "Sensible parent guide to teen acne from a dermatology practice: gentle cleansing, adapalene, no scrubbing or picking, watch for depression; no author or date.",
     "'seek professional help if necessary' for distress is a consult prompt without a tied sign, so warning signs not present.",
     "q02", "dermatology-practice page for parents", False, "", True, False),
    ("r401-004", W, True, "22201011", True, "acne tips article on an unrelated business site", U,
     "Accurate acne advice (benzoyl peroxide or salicylic acid, no popping) with a clear prompt: no improvement after several weeks or worsening acne -> dermatologist.",
     "HARD: health content on a wood-stove company's blog (likely placed content), but the text itself is accurate; warning signs present (no improvement/worsening tied to a dermatologist appointment). Date only in the URL (date 0).",
     "q02", "health advice on an off-topic commercial site", False, "", True, True),
    ("r401-005", W, True, "22100011", True, "parenting-app company blog post", U,
     "Supportive teen-acne explainer (hormones, genetics, patience with treatment) that recommends a dermatologist; lists sugar and greasy food as aggravating, a partly supported claim.",
     "No sign tied to an action; the dermatologist recommendation is a general consult prompt. advertising 1: app company's blog.",
     "q02", "parenting app blog", False, "", True, False),
    ("r401-006", W, True, "22100012", True, "general article on an unrelated content site", U,
     "Correct outline of tonsillectomy indications (recurrent tonsillitis by the usual frequency criteria, obstructive sleep apnoea) and watchful waiting; no author, date or sources.",
     "HARD: anonymous content on an oddly named site, but the content matches guideline criteria; no warning signs (e.g. breathing pauses, drooling, trouble swallowing) tied to action.",
     "q04", "anonymous content-site page among clinic results", False, "", True, False),
    ("r401-007", W, True, "22100011", True, "ENT clinic blog post", U,
     "Balanced parent explainer from an ENT clinic on when tonsillectomy is considered (recurrent tonsillitis, sleep apnoea, quinsy); most tonsillitis settles at home.",
     "Symptoms of sleep apnoea listed as reasons for surgery, not tied to an action for the parent; warning signs not present.",
     "q04", "UK ENT clinic page", False, "", True, False),
    ("r401-008", W, True, "22202022", True, "health-system article", U,
     "Named ENT explains the two indications with the usual infection-frequency criteria, sleep studies, and names surgical risks (bleeding, dehydration, infection, voice changes).",
     "Warning signs present: recurring throat infections / 'sick all the time' tied to talking to the paediatrician or an ENT.",
     "q04", "hospital-system children's health article", False, "", True, True),
    ("r401-009", W, True, "22112011", True, "paediatric ENT practice Q&A", U,
     "A fellowship-trained paediatric ENT answers a parent's question citing evidence-based guidelines (recurrent infections, peritonsillar abscess, sleep-disordered breathing).",
     "No sign tied to an action for the parent in the excerpt; sources 1 for naming guidelines without a citation.",
     "q04", "doctor's practice Q&A", False, "", True, False),
    ("r401-010", W, False, "11000001", True, "lookalike-magazine site article", U,
     "Lists smells and disguised devices as signs of teen vaping but says vaping 'may be safer than smoking', frames it as a behaviour for parents to 'regulate', and names no harm of nicotine to teens in the stored text.",
     "HARD: on a domain imitating a known magazine; no single false claim, judged unreliable for leaving out nicotine addiction and harm to teens. warning signs not warranted: a page on spotting a behaviour, not a symptom or self-treatment page.",
     "q05", "lookalike-magazine domain, sign-spotting angle", False, "", False, False),
]
