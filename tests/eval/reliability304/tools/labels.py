"""rel304 labels: one tuple per page (reltools.build order):
id, genre, reliable, scores (accuracy_balance claims care_prompt sources authorship_review date
risks_uncertainty advertising), partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present."""

Q = {
    "q1": "heart palpitations at night should I worry",
    "q2": "natural ways to lower high blood pressure without medication",
    "q3": "varicose veins home remedies that work",
    "q4": "my legs feel heavy and swollen at end of day compression stockings forum",
    "q5": "hawthorn berry tincture for heart arrhythmia herbalist",
    "q6": "breathless walking up stairs anaemia tired iron tablets side effects",
}

W, N = "web page", "news"
U = "unreliable-leaning"

ROWS = [
    ("r304-001", W, True, "11101012", True, "newspaper workplace-health advice column on tired, swollen legs", U,
     "Explains venous valve failure, compression stockings and DVT/pulmonary embolism risk plainly; one slip lists 'being under 40' as a DVT risk factor (age over 40 is the risk).",
     "HARD: the age error is probably a typo but is wrong as printed (accuracy 1); DVT symptoms are named with no action in the excerpt, so warning_signs_present false. authorship 1: named columnist. date 0: 2011 in the URL only.",
     "q4", "community-newspaper reader-question column on heavy swollen legs; first result", False, "", True, False),
    ("r304-002", W, True, "22101011", True, "hospital-system blog post on compression garments for achy, swollen legs", U,
     "Accurate, modest account of graduated compression for tired legs and mild swelling, noting that higher strengths need a physician's prescription.",
     "HARD: partly a promotion of the system's own home-medical-equipment fitting service (advertising 1); no word that new or one-sided swelling needs checking or that compression is unsuitable for some (arterial disease); thin-but-fair. care 1: prescription for higher strengths.",
     "q4", "hospital blog on swollen legs and compression, different kind of source", False, "", True, False),
    ("r304-003", W, True, "22200011", True, "compression-garment shop's conditions guide (product page)", U,
     "Matches compression strengths to leg complaints, says prolonged swelling should not be ignored and tells readers to consult a physician before 20 mmHg and above.",
     "Product page (POLICY-46 s.1): warning signs not warranted. 'Prolonged swelling should not be ignored' has no action attached, so not a warning sign. risks 1: no contraindications.",
     "q4", "shop page selling compression levels by condition", False, "", False, False),
    ("r304-004", W, True, "12100012", True, "podiatry practice patient-library page on venous stasis and compression socks", U,
     "Describes venous stasis, its progression to stasis dermatitis and ulcers and the standard treatment (elevation, compression) accurately in the main.",
     "accuracy 1: 'chronic pain cycle' listed as a cause of valve insufficiency and an SEO-style Haglund's aside. care 1: 'treatment ... should be implemented right away' with no sign or action a reader can use; warning_signs_present false. risks 1: no harms of compression.",
     "q4", "podiatry clinic library page on heavy tired legs", False, "", True, False),
    ("r304-005", W, False, "11010001", True, "compression-stocking review site article on swollen feet", U,
     "Reads swelling and heaviness in people over 50 as venous insufficiency to be handled with stockings, with an inflated prevalence ('nearly half of the population') and no mention of heart, kidney or clot causes or of seeing a doctor.",
     "HARD: the CVI description and Cleveland Clinic risk list are broadly right (sources 1); label for the self-diagnosis framing of a symptom that can signal heart failure or DVT on a stocking-affiliate site, with scare wording ('blood vessels ... will burst').",
     "q4", "stocking review/affiliate site answering the swollen-feet question", False, "", True, False),
    ("r304-006", W, False, "00000011", True, "online-pharmacy-style tag page on compression therapy for oedema", U,
     "Claims compression 'tackles the root issue: poor circulation' of oedema 'unlike pills that mask symptoms' and that studies prove it beats elevation and lowers clot risk, with no source and no word on other causes of swelling.",
     "Oedema from heart, kidney or liver disease or a clot is not 'poor circulation'; the anti-pill line is general, not an instruction to stop a medicine, so unsafe_advice false. risks 1: fit pitfalls (too tight, skin damage) only.",
     "q4", "a .su pharmacy-style page in the result list; seller kind of source", False, "", True, False),
    ("r304-007", W, False, "00010001", True, "ayurvedic practice 'herb of the week' blog post on hawthorn", U,
     "Presents hawthorn as an anti-hypertensive that regulates the heartbeat and treats anxiety, tells readers with 'heart conditions' to give it two weeks, and gives a thrice-daily decoction, with no interactions or doctor.",
     "HARD: the three-times-daily half-ounce berry decoction for heart conditions is a dose under POLICY-46 s.3 (herb taken for its effect, measured, with frequency), given with no caveat; efficacy claims carry no cure or safety word, so unsafe_advice false. sources 1: book named. date 0: 2015 in URL only.",
     "q5", "practitioner blog recommending hawthorn for the heart", False, "", True, False),
    ("r304-008", W, False, "00010000", True, "herbal tincture shop product page (hawthorn)", U,
     "Sells a hawthorn tincture as 'a go to herb for any heart condition' that reduces cholesterol and arterial plaque and may be used for angina and early heart failure, with no interactions, dose caution or doctor.",
     "Product page: warning signs not warranted (POLICY-46 s.1); judged on its claims. Efficacy claims ('reduces ... plaque deposits') without a cure or safety word, so unsafe_advice false. sources 1: naturopath and one study quoted.",
     "q5", "maker's product page for a heart tincture", False, "", False, False),
    ("r304-009", W, False, "00010000", True, "herb shop product page (hawthorn berry)", U,
     "Calls hawthorn 'Heart Medicine' 'validated' by research; the Cochrane heart-failure review is real but was of standardised extract as an add-on, not this tea, and the page ends 'Increase dosage if needed' with no caution.",
     "HARD: the cited review is reported fairly in itself (sources 1); label for selling a loose tea as heart medicine with an open-ended dose and no interaction warning (digoxin, blood-pressure drugs). Product page: warning signs not warranted.",
     "q5", "shop product page calling hawthorn heart medicine", False, "", False, False),
    ("r304-010", W, True, "22201022", True, "pharmacy-technician professional body's counter-scenario on iron tablet side effects", U,
     "Accurate handling of ferrous sulfate side effects: take after food, do not cut the treatment dose, return to the doctor if struggling, other iron salts may suit, keep the elemental iron the same.",
     "HARD: written for pharmacy staff, not a consumer self-care page, so warning signs judged not warranted (as r21-007); 'If Kirsty is really struggling, she should return to her doctor' is a condition tied to an action, so present true. authorship 1: professional body.",
     "q6", "professional body's scenario on iron tablet side effects; different source kind", False, "", False, True),
]
