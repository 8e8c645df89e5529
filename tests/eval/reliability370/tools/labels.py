"""rel370 label records (blind labeller; see ../LABELLING.md). Tuple order as reltools.build."""

Q = {
    "qsepsis": "mum shares warning after toddler rushed to hospital with sepsis",
    "qpark": "hospital press release new treatment for patients with Parkinson's disease first in region",
    "qbppv": "I was diagnosed with vertigo BPPV what should I expect forum answer",
    "qrare": "local man living with rare disease fundraiser family story diagnosis",
}

W, N = "web page", "news"
RL, UL = "reliable-leaning", "unreliable-leaning"

ROWS = [
    ("r370-001", W, True, "22100212", True, "personal account on a lifestyle magazine site (sepsis in babies)", UL,
     "accurate parent's account: explains sepsis as an emergency, lists signs, urges parents to ask 'could it be sepsis?'",
     "HARD: warning_signs_present false: 'an infection and is not getting better' is tied to asking the doctor about sepsis, not to getting care, and the signs list is cut off before any action; 'hard for parents and doctors alike to miss' is a slip for 'easy to miss' (kept at accuracy 2). No author name. risks 1: no intervention discussed.",
     "qsepsis", "a parent's sepsis story written for other parents, the worried-reader angle of the topic", False, "", True, False),
    ("r370-002", N, False, "10010201", True, "news repost (radio item) of a hospital announcement", UL,
     "reports a hospital's '100 percent success rate' for deep brain stimulation with no definition of success, no data, no harms and no independent voice",
     "the treatment is real and the hospital is named (sources 1), but an unqualified 100 percent success claim for brain surgery is the hospital's own publicity passed on unchecked (claims 0, risks 0). advertising 1: the hospital's 'center in Asia for teaching' boast. unsafe_advice false: news reporting an institution's claim.",
     "qpark", "a sensational-looking hospital announcement reposted on a religious news site", False, "", False, False),
    ("r370-003", N, True, "21010111", True, "health-authority press release (new service)", RL,
     "announces a deep brain stimulation service; describes it correctly as surgery that can alleviate symptoms, with funding details; no harms or eligibility",
     "HARD: a service announcement rather than a research claim; 'innovative' and 'leading centre' are promotional (claims 1, advertising 1) and no risks of brain surgery or who is eligible are given (risks 1: benefit only said to 'alleviate symptoms'). Judged not misleading. date 0: none in the excerpt.",
     "qpark", "a regional health network's press release: the press-release kind in the focus", False, "", False, False),
    ("r370-004", N, True, "21011211", True, "academic medical centre press release (2002)", RL,
     "FDA approval of DBS for Parkinson's: quantified benefit (good-mobility time 27% to 74%, 138 patients, NEJM), indication limited to patients failing or intolerant of medicines",
     "'significant advance' and the surgeon's 'top 20' boast (claims 1, advertising 1); the excerpt is cut before any harms of the surgery (risks 1: indication limits stated). sources 1: journal and study size named, no citation. date 2: January 22, 2002.",
     "qpark", "a dated press release with numbers, for contrast with the hype items", False, "", False, False),
    ("r370-005", N, False, "10000201", True, "local radio news item", UL,
     "'Groundbreaking ... new hope' for a hospital's first implant of a new DBS device model; no evidence that it improves on existing devices, no harms, only the hospital's word",
     "HARD: the body claims little ('designed to help improve the quality of life'), but the headline sells a device-model first as a breakthrough and the item rests on the hospital's announcement and one patient's hopes (claims 0, sources 0, risks 0). date 0: none in the text.",
     "qpark", "a short local-news item with a 'groundbreaking' headline", False, "", False, False),
    ("r370-006", W, True, "11100010", True, "patient self-help site (vestibular rehabilitation)", UL,
     "encourages BPPV patients to follow their physio's exercises and gradually re-expose themselves to triggers; sensible but overstates rehab as the only route",
     "'The only way you will get better is to follow your rehabilitation course' ignores repositioning manoeuvres and spontaneous recovery (accuracy 1, claims 1); it points to the physio (care 1) but gives no sign (new neurological symptoms, hearing loss) that needs a doctor, so warning_signs_present false.",
     "qbppv", "a patient-run self-help site for dizziness, beyond the first results", False, "", True, False),
    ("r370-007", W, True, "21100011", True, "hearing clinic service page (vertigo/BPPV)", UL,
     "correct plain explanation of BPPV and canalith repositioning, noting recurrence; clinic framing",
     "HARD: a clinic's service page (POLICY-46 part 1: warning signs not warranted). 'BPPV can be cured by audiologists' is true for the manoeuvre and qualified ('can be', 'often'), so not unsafe_advice; claims 1 for the confident framing. risks 1: recurrence only. advertising 1: clinic page.",
     "qbppv", "a hearing clinic (seller of a service) answering 'how do I get rid of it?'", False, "", False, False),
    ("r370-008", W, True, "21100010", True, "forum post (physical therapist's own self-treatment)", UL,
     "a PT describes self-diagnosing and treating BPPV with the Epley manoeuvre, with sensible cautions (have someone support you, repeat may be needed, recurrence)",
     "HARD: accurate and the self-administered Epley is an accepted option once BPPV is diagnosed, but a reader with new vertigo gets no word that it should be diagnosed first or which signs (other neurological symptoms) need urgent care (care 1, warning_signs_present false); the soft collar is outdated but harmless. sources 1: videos linked. risks 1: dizziness on sitting up, recurrence.",
     "qbppv", "a Q&A/forum answer, one of the forum-style kinds in the focus", False, "", True, False),
    ("r370-009", N, True, "21010112", True, "charity blog news feature (Rare Disease Day event)", UL,
     "feature on a man whose Refsum disease was misdiagnosed as retinitis pigmentosa; accurate description of the disorder and the diagnostic problem of rare diseases",
     "'symptoms that perhaps he could have staved off ... through dietary restrictions' is hedged and consistent with dietary management of Refsum disease. sources 1: NORD and the event named. date 1: event date without year (2021 letter linked). risks 1: no treatment weighed.",
     "qrare", "a charity's rare-disease story, the charity-feature kind in the focus", False, "", False, False),
    ("r370-010", W, False, "00010001", True, "charity research-showcase page (university fundraising arm)", UL,
     "states that deep brain stimulation is a treatment 'to cure Parkinson's Disease'; DBS relieves motor symptoms but does not cure or stop the disease",
     "a two-sentence page whose only claim is false; the researchers and institutions are named (sources 1). unsafe_advice true: own-voice cure claim for a treatment. Warning signs not warranted (research explainer, no self-care; as r21-007). advertising 1: a fundraising site showcasing its university.",
     "qpark", "a charity page that frames a treatment as a cure", True, "The new Deep Brain Stimulation Treatment to cure Parkinson’s Disease", False, False),
]
