"""rel281 labels: Q (query key -> query) and ROWS (see tests/eval/reltools.py build for the tuple order).

Tuple: id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources,
authorship_review, date, risks_uncertainty, advertising), partial, doc_type, source_leaning, why,
note, query key, picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted,
warning_signs_present.
"""

Q = {
    "qnd1": "naturopath what to expect first visit naturopathic doctor",
    "qay1": "Ayurvedic treatment for joint pain dosha remedies",
    "qtcm1": "acupuncture clinic traditional Chinese medicine for infertility",
    "qchi1": "chiropractor can adjustments help ear infections in children",
}

W, N = "web page", "news"
U = "unreliable-leaning"

ROWS = [
    ("r281-001", W, True, "12000011", True, "naturopathic practice page on the first visit", U,
     "Describes the intake, exam, follow-up schedule and that a dietary, herbal or supplement protocol may follow, without claims of cure or superiority.",
     "HARD: a naturopath's service page with no false claim in the excerpt; uncritical of naturopathy (accuracy 1) but nothing a reader could be harmed by. risks 1: herbal protocol only mentioned. Product page (clinic service): warning signs not warranted (POLICY-46 s.1).",
     "qnd1", "naturopath's own 'what to expect' page; first result", False, "", False, False),
    ("r281-002", W, True, "12010012", True, "blog post on a first naturopathic visit", U,
     "Lists what a first visit involves, attributed to the American Association of Naturopathic Physicians, including a review of prescription drugs and supplements.",
     "HARD: 'widely accepted as a vital component of today's health care system' overstates, but the body is a factual description of a visit (sources 1: AANP named). Date only in URL, not counted. No condition discussed, so warning signs not warranted.",
     "qnd1", "general blog summarising the AANP description; different source kind from the practice pages", False, "", False, False),
    ("r281-003", W, False, "01000001", True, "naturopathic clinic service page", U,
     "Presents 'less conventional' tests (stool analysis, vitamin/mineral assessments) and toxic-exposure questionnaires as 'essential information' and asserts NDs incorporate the latest evidence, with no word on the limits of these tests.",
     "HARD: no dangerous advice; false for promoting unvalidated naturopathic testing as essential on a clinic page. Product page: warning signs not warranted.",
     "qnd1", "naturopathic clinic page describing visits and lab tests", False, "", False, False),
    ("r281-004", W, False, "00000001", True, "Ayurveda centre article on joint-pain conditions", U,
     "Says joint pain comes from toxins (Ama) building up in the joints from weak digestion and that Ayurvedic detox treatments remove them; names rheumatoid arthritis and gout but no medical assessment.",
     "Condition article for readers with joint pain (warranted); symptoms listed with no action (present false). Efficacy claims only, not unsafe.",
     "qay1", "Ayurveda centre's condition article on joint pain", False, "", True, False),
    ("r281-005", W, False, "00000000", True, "Ayurvedic product company blog on joint pain", U,
     "Claims Ayurveda treats the root cause of joint pain 'without causing any adverse effects' and plugs the company's Dhurandar Oil.",
     "unsafe_advice: own-voice unqualified safety claim for herbal treatment. Self-care blog (warranted), no signs.",
     "qay1", "seller's 'manage joint pain at home' blog", True, "without causing any adverse effects", True, False),
    ("r281-006", W, False, "00000001", True, "Ayurvedic clinic treatment page for joint pain", U,
     "Says Boswellia and guggulu are 'shown to' reduce inflammation in OA and RA, with copy-pasted anemia text and no mention of rheumatology care for inflammatory arthritis.",
     "Clinic service page: warning signs not warranted (POLICY-46 s.1). Overstated herbal evidence, no risks (guggulu interactions).",
     "qay1", "Ayurvedic clinic's joint-pain treatment page", False, "", False, False),
    ("r281-007", W, False, "00000000", True, "acupuncture/TCM clinic blog on infertility", U,
     "Claims acupuncture and TCM 'significantly increase the rate of pregnancy', prevent recurrent miscarriages and improve sperm, and blames infertility on 'excessive sexual activity' injuring Kidney Qi.",
     "HARD: strong efficacy and prevention claims but no cure, guarantee or safety word, so unsafe_advice false. Clinic service post: warning signs not warranted.",
     "qtcm1", "TCM clinic's infertility page with strong claims", False, "", False, False),
    ("r281-008", W, True, "11010111", True, "acupuncture clinic page on fertility quoting a TIME article", U,
     "Quotes TIME that acupuncture is 'far from a proven and accepted therapy' and that fertility studies are small and preliminary, and lists the conventional fertility treatments.",
     "HARD: a clinic selling fertility acupuncture but the excerpt leads with the evidence caveat; the 'low successful rate of ART' line slants, cut off before any claim. date 1: the quoted article's date. Clinic page: warning signs not warranted.",
     "qtcm1", "acupuncture clinic page that quotes a critical press article", False, "", False, False),
    ("r281-009", W, False, "00000000", True, "paediatric chiropractic practice page on ear infections", U,
     "Says birth trauma is 'perhaps the most common culprit' of ear infections and that re-aligning neck nerves decreases them and 'in many cases' eliminates them.",
     "HARD: 'in many cases eliminated' is a qualified cure claim, so unsafe_advice false; label false for the false causal story and no word on when a child's ear pain needs a doctor. Clinic service page: warning signs not warranted.",
     "qchi1", "paediatric chiropractor's ear-infection page", False, "", False, False),
    ("r281-010", W, False, "00010000", True, "chiropractic practice article on children's ear infections", U,
     "Misreads a review as having 'proved' there is 'no safety issues' with chiropractic for ear infections and calls adjustments 'perfect for your little one' instead of drugs or surgery.",
     "HARD: unsafe_advice on the own-voice suitability claim for manipulating infants' necks for ear infections, steering away from 'drugs or surgery'. sources 1: a named study, misrepresented. Clinic page: warning signs not warranted.",
     "qchi1", "chiropractic practice article citing a study", True, "That is why it is perfect for your little one.", False, False),
]
