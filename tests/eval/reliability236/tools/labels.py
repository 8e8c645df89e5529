"""rel236 labels: Q (query key -> query) and ROWS (reltools.build tuple order:
id, genre, reliable, scores, partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

Q = {
    "qiv": "IV drip therapy clinic hydration vitamin infusion prices",
    "qsema": "medical weight loss program semaglutide membership cost per month",
    "qscreen": "full body health screening package price blood tests",
    "qgym": "is a gym membership worth it personal training packages",
}

W, N, U = "web page", "news", "unreliable-leaning"
R = "reliable-leaning"

ROWS = [
    ("r236-001", W, False, "11010000", True, "mobile IV hydration service page", U,
     "Sells IV hydration for hangovers, illness recovery and performance on '100% absorption' and 'faster results' with no word on evidence, harms or who should not have it.",
     "Product/clinic service page (POLICY-46 s.1): warning signs not warranted. authorship 1: owner named without credentials. No cure or safety guarantee, so unsafe_advice false.",
     "qiv", "mobile IV service's explainer of its own hydration drips; ordinary IV-bar offer page", False, "", False, False),
    ("r236-002", W, True, "11000011", True, "reposted IV-clinic explainer on a repurposed domain", U,
     "Explains what an IV drip is, says drip-bar infusions 'aren't medically necessary', names harm for people with liver or kidney disease and the cost of up to $1,000 a session.",
     "HARD: an unattributed advertorial on an unrelated (fishing-club) domain with a garbled opening sentence and 'immediate benefits' overstatement; the body is fair and names who should avoid drips. 'IV therapy is a safe treatment, but it isn't right for everyone' is qualified in the same sentence, so unsafe_advice false. Clinic service explainer: warning signs not warranted. date 0: date only in the URL.",
     "qiv", "IV-therapy text placed on an unrelated domain; source-kind variety", False, "", False, False),
    ("r236-003", W, True, "11000002", True, "wellness clinic blog on hydration IV drips", U,
     "Neutral, hedged description of IV hydration ('reputed', 'potentially more effective absorption') that places its medical use first; the excerpt stops before any risks.",
     "HARD: thin-but-fair; a clinic blog that does not say wellness drips lack evidence, and no harms appear in the excerpt (risks 0), but nothing false or overclaimed. Clinic service explainer: warning signs not warranted.",
     "qiv", "anti-ageing clinic blog on IV drips; typical clinic content", False, "", False, False),
    ("r236-004", W, True, "21010201", True, "telehealth weight-loss provider's article on semaglutide", U,
     "Accurate, dated and referenced account of obesity and semaglutide, with the correct BMI eligibility thresholds; side effects are not reached in the excerpt.",
     "HARD: 'New medications such as semaglutide have emerged that are both safe and effective' is a seller's own-voice phrase, but it restates the regulatory verdict on an approved prescription medicine and is followed by eligibility limits, so unsafe_advice false (claims 1). risks 0: no harms in the excerpt. Telehealth seller's treatment page: warning signs not warranted.",
     "qsema", "telehealth subscription provider's semaglutide page", False, "", False, False),
    ("r236-005", W, False, "11000011", True, "primary-care practice's medical weight-loss service page", U,
     "Gets eligibility and common side effects right but overstates trial weight loss ('15-20%') and gives the Ozempic diabetes schedule (1.0 mg maintenance) as the recommended Wegovy dose.",
     "HARD: a prescriber's own service page, so the reader is not told to self-dose, but the dosing statement is wrong for the named product and the benefit figure inflated; side effects listed (risks 1). Dose: a prescription-medicine dose stated with a frequency, no prescriber caveat in the sentence. Product/clinic page: warning signs not warranted.",
     "qsema", "primary-care clinic offering a semaglutide programme with prices", False, "", False, False),
    ("r236-006", W, False, "10110011", True, "med spa semaglutide injection service page", U,
     "Claims semaglutide reduces cancer risk and that 'All side effects can be treated with over the counter remedies', dismissing pancreatitis and gallbladder harms.",
     "unsafe_advice true: own-voice blanket safety claim about a prescription drug's side effects. warning_signs_present true: vomiting or being unable to do normal activities + call the office (counted although warnings are not warranted on a clinic service page). sources 1: NEJM trial named.",
     "qsema", "med spa selling weight-loss injections", True, "All side effects can be treated with over the counter remedies.", False, True),
    ("r236-007", W, True, "12001021", True, "physician practice blog on semaglutide cost", U,
     "Gives price ranges, insurance notes, common side effects and serious risks (pancreatitis, tumours with unknown degree) and says long-term risks need more study.",
     "HARD: some garbled statements ('0.25mg to 1.0mg once weekly for four weeks'; 'tumors in humans' for the rodent thyroid-tumour signal; fatty liver listed as an indication), accuracy 1; label from the balanced risk content and physician authorship. Practice page: warning signs not warranted.",
     "qsema", "cosmetic/medical practice's semaglutide cost explainer", False, "", False, False),
    ("r236-008", W, False, "11000001", True, "diagnostic lab blog promoting full-body checkup packages", U,
     "Pitches bundled tests for people who feel well ('a clear picture of your health before small issues turn into big ones') with no word on false positives, over-testing or who benefits.",
     "HARD: the tests are described correctly and the harm is low, but a lab selling packages presents broad screening of well people as uniformly useful; risks 0. Symptoms in the opening (persistent headache, tiredness, weight change) get no advice to see a doctor. Screening-package page: warning signs not warranted.",
     "qscreen", "pathology lab's own guide to its checkup packages", False, "", False, False),
    ("r236-009", W, True, "22100022", True, "content-site explainer on full body checkups in the USA", U,
     "Frames a checkup as evidence-guided screening by age and risk and warns that over-testing 'can lead to false alarms, unnecessary procedures, and anxiety'.",
     "care 1: tailoring by a provider implied and a red-flags section outlined but not reached. Not a service page, but a screening explainer for well people: warning signs not warranted.",
     "qscreen", "explainer comparing package deals with evidence-based care", False, "", False, False),
    ("r236-010", W, True, "11000012", True, "content blog on gym membership versus personal trainer costs", U,
     "A money-focused comparison of gym memberships and trainers; the health content (injury risk from poor form) is slight and fair, the statistics unsourced.",
     "HARD: unsourced, likely inflated figures ('67% of gym memberships go completely unused') on a spam-looking site with a half-Russian title; nothing a reader could be harmed by relying on. risks 1: injury from bad form named. Not self-care: warning signs not warranted.",
     "qgym", "gym vs trainer cost article; gym-services focus", False, "", False, False),
]
