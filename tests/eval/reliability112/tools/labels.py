"""rel112 label records (read by build.py via reltools.build). No page text beyond short quoted phrases.

Row order: id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources,
authorship_review, date, risks_uncertainty, advertising), partial, doc_type, source_leaning, why,
note, query key, picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted,
warning_signs_present.
"""

W, N = "web page", "news"
UL = "unreliable-leaning"
RL = "reliable-leaning"

Q = {
    "qt2d": "living with type 2 diabetes day to day what to eat",
    "qasthma": "asthma flare up what should I do at home inhaler",
    "qcopd": "COPD living with breathlessness tips managing daily",
    "qra": "rheumatoid arthritis flare how to manage natural remedies",
    "qthy": "hypothyroidism natural treatment diet instead of levothyroxine",
    "qpso": "psoriasis flare what helps diet and creams",
    "qibs": "IBS diet low FODMAP managing symptoms every day",
    "qepi": "living with epilepsy seizure triggers what to do when someone has a seizure",
}

ROWS = [
    ("r112-001", W, True, "22200012", True, "asthma treatment tag page on an online-pharmacy (.su) host", UL,
     "Standard asthma treatment summary: rescue vs controller inhalers, technique and spacer, rinse after steroid inhalers, action plan, biologics under specialist care; rescue use more than twice a week means see your doctor.",
     "HARD: a .su online-pharmacy-style host (as r94-043) with no author or date; the excerpt itself is accurate and balanced. advertising 1: pharmacy host. risks 1: thrush caution and specialist monitoring only. warning_signs_present on 'rescue inhaler more than twice a week ... see your doctor'.",
     "qasthma", "online-pharmacy tag page on asthma treatment; seller kind of source", False, "", True, True),
    ("r112-002", W, True, "11200012", True, "asthma-attack self-management article on a condition lifestyle site", UL,
     "Practical asthma-attack steps (peak flow, rescue inhaler, sit upright) ending with 'call an ambulance' if the inhaler does not help or you are worried.",
     "HARD: the dosing is conservative for a severe attack ('up to four puffs', then a puff every 20 minutes for up to two hours) and 'an inhaled corticosteroid is likely enough' for a moderate attack is doubtful (accuracy 1, claims 1); the clear ambulance line decides. Not unsafe_advice: 'safely use up to four puffs' is a dose statement, not a safety guarantee for a remedy. risks 1: jitteriness named.",
     "qasthma", "asthma-attack how-to page 2 on a lifestyle site; page from result list", False, "", True, True),
    ("r112-003", W, True, "22110012", True, "COPD breathing-techniques article in a UK magazine (from the British Lung Foundation)", UL,
     "Accurate breathing-control techniques for COPD breathlessness taken from the British Lung Foundation; no cure claims, pulmonary rehabilitation named.",
     "thin-but-fair: no sign of a flare-up that needs a doctor in the excerpt. sources 1: BLF named as source, figures uncited. risks 1: no intervention with harms discussed.",
     "qcopd", "UK magazine tips for living with COPD; general-interest publisher", False, "", True, False),
    ("r112-004", W, True, "22002111", True, "COPD awareness post on a mobility-aids shop blog", UL,
     "Accurate explanation of COPD, its types, causes and late diagnosis, dated 2019; no care prompt yet in the excerpt.",
     "shop blog for World COPD Day (advertising 1); excerpt stops before the management tips. risks 1: no intervention discussed.",
     "qcopd", "shop blog post on COPD breathlessness; seller kind of source", False, "", True, False),
    ("r112-005", W, True, "11010011", True, "scraped diabetes diet text on a content site, under an eye-complications URL", UL,
     "Mostly accurate diabetes diet points (limit, not eliminate, carbs; most people need medication) mixed with pasted research text.",
     "HARD: a scraped mash-up: the URL promises eye effects but none are given; stray citation numbers and an unidentified quoted 'Compston'; the diet-soda 'glycated chemicals' claim is attributed ('stated by Assy') (accuracy 1, claims 1). Judged thin-but-fair rather than unusable because nothing shown would mislead. sources 1: CDC and numbered refs without a list. risks 1.",
     "qt2d", "content-site page on type 2 diabetes, CDC figure; page from result list", False, "", True, False),
    ("r112-006", W, True, "12110012", True, "asthma quick-relief medicine essay on a user-post site", UL,
     "Correct account of rescue medicines and asthma action plans, citing Mayo Clinic; tells readers to see the doctor if rescue medicine is needed twice a week or more.",
     "HARD: a student-style essay with loose citations ('Obie', 'Asperen'); pirbuterol (Maxair) is long discontinued and 'a severe asthma attack requires a checkup by a doctor' undersells emergency care (accuracy 1). warning_signs_present on the twice-a-week line. sources 1. risks 1.",
     "qasthma", "user-post site essay on asthma quick-relief medicines", False, "", True, True),
    ("r112-007", W, True, "22100012", True, "rheumatoid arthritis treatment explainer on a health content site", UL,
     "Accurate account of rest, exercise, physical and occupational therapy for RA; the excerpt stops before the drug treatments.",
     "thin-but-fair; 'non-pharmacologic therapies ... are the foundation' could read as downplaying DMARDs, but the drug section is simply cut. date 0: date only in the URL. risks 1.",
     "qra", "content-site page on RA treatment; non-drug section", False, "", True, False),
    ("r112-008", W, True, "22102112", True, "hypothyroidism natural-remedies article on a lifestyle health centre site", UL,
     "The excerpt gives an accurate account of hypothyroidism, TSH and symptoms and starts with 'Get Tested'; the natural remedies themselves are not reached.",
     "HARD: a 'natural remedies' page whose remedies are cut off; the shown body is accurate and hedged ('may be improved'), so the body decides (as r94-004). date 2: 'Last updated Jan 11, 2024'. sources 1: numbered reference. care 1: get tested.",
     "qthy", "natural-remedies page for hypothyroidism on a lifestyle centre site", False, "", True, False),
    ("r112-009", N, True, "21010012", True, "newspaper health feature on psoriasis treatments and diet", UL,
     "Says plainly that there is no cure and no proof diet helps, citing the NHS and the Psoriasis Association, before listing treatments.",
     "HARD: the '11 foods that can help soothe flare ups' headline and celebrity framing oversell (claims 1), but the body states the uncertainty ('Maybe, but there is no proof'). News care 0. sources 1: NHS and charity named. risks 1: uncertainty stated, no harms.",
     "qpso", "tabloid newspaper feature on psoriasis foods; news kind of source", False, "", False, False),
    ("r112-010", W, True, "11110012", True, "psoriasis flare article on a content site (scraped sections)", UL,
     "Advises working with a doctor on short- and long-term treatment and mentions clinical trials; diet-inflammation claims are overstated but hedged as ongoing research.",
     "'fatty foods ... greatly increases your risk of psoriasis' overstates (accuracy 1, claims 1); an Australian clinical-trials section is pasted in. No sign tied to an action. sources 1: '2017 research' unnamed. risks 1: 'weigh the risks and benefits'.",
     "qpso", "psoriasis flare content site; page from result list", False, "", True, False),
]
