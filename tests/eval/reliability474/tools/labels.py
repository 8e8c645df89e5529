"""rel474 labels (blind; from the stored excerpts only). Tuple order as reltools.build:
id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources, authorship_review, date,
risks_uncertainty, advertising), partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present."""

Q = {
    "qms": "my life with multiple sclerosis personal essay column",
    "qdem": "caring for my husband with dementia carer's column",
    "qbc": "I was diagnosed with breast cancer at 35 opinion column newspaper",
    "qchemo": "columnist writes about her chemotherapy experience local newspaper column",
    "qt1d": "opinion: living with type 1 diabetes what people don't understand",
    "qaut": "my son's autism diagnosis a father's view column",
}

W, N = "web page", "news"
U = "unreliable-leaning"

ROWS = [
    ("r474-001", W, True, "12000012", True, "personal blog essay (MS)", U,
     "reflective essay on identity and appearance after 13 years of MS; no health claims or advice to mislead",
     "memoir with no advice; warning signs not expected", "qms",
     "first-person MS blog essay, beyond the first used MS-column domains", False, "", False, False),
    ("r474-002", W, True, "12000012", True, "personal blog essay (MS, misdiagnosis)", U,
     "a woman's account of MS dismissed for decades as depression; the one factual point (earlier diagnosis can slow progression) is sound",
     "HARD: angry 'lazy doctors' framing, but it is her own story and it argues for diagnosis, not against care",
     "qms", "first-person disability essay on a personal blog", False, "", False, False),
    ("r474-003", W, True, "22000012", True, "carer's diary on a dementia-carers programme site", U,
     "a husband's reflections on caring for his wife with dementia (calm, content, cheerful); kind, accurate, no claims",
     "carer's memoir; points to a dementia-living website", "qdem",
     "carer's first-person diary series", False, "", False, False),
    ("r474-004", W, True, "22000012", True, "carer's story on a dementia-carers site", U,
     "widow's account of her husband's Alzheimer's and the loneliness of caring; no claims or advice",
     "memoir; dated death year only", "qdem", "carer's personal story on an Australian carers site",
     False, "", False, False),
    ("r474-005", W, True, "12100012", True, "reworded personal essay on a fertility-product blog", U,
     "breast-cancer essay: a tender lump at 35 led to gynaecologist, mammogram, ultrasound and biopsy; accurate sequence, no false claims",
     "HARD: machine-reworded copy on an unrelated insemination-syringe site; the title urges a mammogram 'immediately' for everyone, but the body is an accurate work-up story; lump -> checked is narrative, not reader guidance (present false)",
     "qbc", "spun copy of a breast-cancer essay on an off-topic commercial host", False, "", True, False),
    ("r474-006", W, True, "22000012", True, "patient story (Q&A) on a breast-cancer support site", U,
     "a 29-year-old's triple-negative, BRCA1 breast cancer: lump checked at a polyclinic, chemo, mastectomy; accurate and encouraging to persist with treatment",
     "shows the cost of brushing off a lump; no reader guidance as such", "qbc",
     "Singapore patient-story site, first-person Q&A", False, "", True, False),
    ("r474-007", N, True, "21010012", True, "news feature repost (BBC) on a carers' forum", U,
     "BBC feature on a wife caring for her husband with posterior cortical atrophy; the condition is described correctly and the story is not sensational",
     "forum repost with the BBC link; carer's view", "qdem",
     "carer's-view news feature, reposted on a carers' forum", False, "", False, False),
    ("r474-008", W, True, "12000112", True, "personal blog (breast cancer memoir) tag page", U,
     "opening of a breast-cancer memoir: a lump at 35 in 1993, 'this has to get checked out'; thin but fair",
     "thin fragment; lump narrative, no reader guidance", "qbc",
     "survivor's memoir blog", False, "", True, False),
    ("r474-009", N, True, "22011112", True, "newspaper column reposted on the author's blog", U,
     "a Gazette-Mail columnist's last cancer column: radiation skin reaction and tiredness described accurately, gratitude for early detection",
     "hydrocortisone and Aquaphor on radiation skin is her own care, told as experience, not an instruction", "qchemo",
     "first-person newspaper cancer column (via the author's blog)", False, "", False, False),
    ("r474-010", N, True, "22000012", True, "weekly newspaper column (father of an autistic child)", U,
     "a father's column on five years since his son's autism diagnosis: early signs, specialists, therapy and school described plainly",
     "carer's view; no claims", "qaut", "local-newspaper father's column", False, "", False, False),
]
