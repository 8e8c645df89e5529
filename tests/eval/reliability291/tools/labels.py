"""rel291 label records: Q (query key -> query) and ROWS (see tests/eval/reltools.py build for the
tuple order: id, genre, reliable, scores, partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "q01": "new study finds drug reduces risk heart attack trial results",
    "q02": "FDA approves new device for patients news",
    "q03": "hospital first in region to offer new minimally invasive procedure",
    "q04": "researchers say new cancer drug shrinks tumors in early trial patients",
    "q05": "recall of medical device announced patients should contact doctor",
    "q06": "local hospital now offering TAVR heart valve replacement without open surgery",
}

ROWS = [
    ("r291-001", N, False, "01100002", True, "news repost (machine-reworded wire story)", U,
     "Machine-reworded canakinumab trial story: garbled wording ('humongous', 'delirious levels of inflammation'), relative 15% only, no harms or cost; sponsor named.",
     "HARD: the facts under the rewording are the real trial, but the garbling misstates the evidence and no harms are given.",
     "q01", "a reworded copy of a drug-trial news story, to test rewritten news", False, "", False, False),
    ("r291-002", W, True, "22012121", True, "trial summary page (plain-language study listing)", U,
     "Plain-language summary of an observational evolocumab analysis that says results are suggestive, not definitive, and names what could go wrong.",
     "HARD: the headline 'new drug may cut risk' overstates an observational records analysis, but the body hedges it correctly; a trial listing, so no warning signs warranted.",
     "q01", "a trial-summary site reporting a heart-drug study to lay readers", False, "", False, False),
    ("r291-003", N, False, "00001200", True, "hospital press release", U,
     "Hospital press release on a first single-site robotic hysterectomy: 'radically new', less blood, faster recovery and '#1' claims with no evidence, risks or costs.",
     "", "q03", "a hospital 'first in the area' procedure announcement", False, "", False, False),
    ("r291-004", N, False, "10000001", True, "regional newspaper story", U,
     "Newspaper story relaying a hospital statement on robotic single-incision gallbladder removal: only the hospital's surgeon quoted, no evidence, risks or costs; 'preferred treatment' for prostate cancer unsupported.",
     "HARD: accurate description of the procedure; false as a reviewer would judge it (single interested source, benefits asserted, no harms).",
     "q03", "a regional newspaper report of a hospital's new robotic procedure", False, "", False, False),
    ("r291-005", W, True, "21000001", True, "hospital service page", U,
     "Hospital surgery-programme page: the general benefits of laparoscopic surgery are stated accurately; promotional 'first' and 'revolutionary' robot wording, no risks.",
     "HARD: a one-sided service page; the body's claims about minimally invasive surgery are standard, so not false; product page, no warning signs warranted.",
     "q03", "a hospital's minimally invasive and robotic surgery service page", False, "", False, False),
    ("r291-006", W, True, "22000011", True, "surgical practice service page", U,
     "Surgical practice page explaining laparoscopy accurately, with hedged benefits ('usually') and the note that some cases need a larger incision.",
     "", "q03", "a surgical practice's minimally invasive surgery explainer", False, "", False, False),
    ("r291-007", W, True, "22000011", True, "gynaecology practice service page", U,
     "Gynaecology practice page contrasting open and laparoscopic procedures accurately, hedged ('although not all'), with a list of procedures.",
     "", "q03", "a gynaecology practice page on minimally invasive procedures", False, "", False, False),
    ("r291-008", W, True, "21000001", True, "hospital service page", U,
     "Short hospital service page: the benefits of minimally invasive surgery stated in general terms; no risks; promotes its centre.",
     "HARD: thin promotional text; nothing false, so thin-but-fair.",
     "q03", "a short hospital page on minimally invasive surgery", False, "", False, False),
    ("r291-009", N, True, "22010012", True, "regulator news repost", U,
     "One-paragraph repost of an FDA announcement of a proposed expedited-access programme for devices; accurate and attributed, nothing to judge beyond it.",
     "HARD: only a headline and a sentence; no date in the text.",
     "q02", "a recall/regulator news site reposting an FDA device announcement", False, "", False, False),
    ("r291-010", N, True, "21000011", True, "wire story in a regional newspaper", U,
     "AP story on a phase 1 anti-angiogenic drug: quantifies the response in 23 patients and gives the context that similar drugs disappointed; no harms or independent voice.",
     "HARD: 'surprised experts' and 'unprecedented' framing, but the numbers, early stage and past failures of the class are stated; harms absent.",
     "q04", "a wire report of an early cancer-drug trial", False, "", False, False),
]
