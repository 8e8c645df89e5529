"""rel475 labels: Q (query key -> query) and ROWS (one tuple per page, reltools.build order):
id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources, authorship_review,
date, risks_uncertainty, advertising), partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present."""

Q = {
    "q1": "my fibromyalgia journey how I got my life back blog",
    "q2": "living with ulcerative colitis my story diagnosis flare blog",
    "q3": "how I healed my eczema naturally personal story",
    "q4": "my son was diagnosed with type 1 diabetes mom blog",
}

W = "web page"
U = "unreliable-leaning"

ROWS = [
    ("r475-001", W, True, "21100012", True, "personal fibromyalgia blog (about page)", U,
     "A patient's honest account of five years with fibromyalgia: medications tried, side effects, specialists, no promise of a cure; she only offers to report what helped her.",
     "thin-but-fair personal story; risks 1: medication side effects mentioned, no detail. No sign tied to an action.",
     "q1", "first-person 'about me' of a fibromyalgia blog; modest, no cure claim", False, "", True, False),
    ("r475-002", W, True, "21000012", True, "personal fibromyalgia blog (my-story page, fragment)", U,
     "A short opening of a fibromyalgia/chronic fatigue patient's story with the diagnosis year; no health claims or advice are made.",
     "HARD: a fragment with no content beyond the framing; true as thin-but-fair (as r102-003) because nothing shown is wrong. risks 1: no intervention discussed.",
     "q1", "fibromyalgia 'my story' page on an own domain", False, "", True, False),
    ("r475-003", W, True, "12110012", True, "personal lifestyle blog post on ulcerative colitis", U,
     "A UC patient's explainer: autoimmune inflammation of colon and rectum, IBS is not IBD, points readers to Crohn's and Colitis UK; the '1-4 stages' of severity mixes up disease extent with severity.",
     "accuracy 1: extent (proctitis to whole colon) is presented as severity stages. sources 1: the charity named. risks 1: no intervention discussed beyond a relative's ileostomy.",
     "q2", "first-person UC awareness series on a personal blog (.co.uk)", False, "", True, False),
    ("r475-004", W, True, "11100012", True, "ulcerative colitis patient blog post", U,
     "A UC patient's story: stopping medication for seven years ended in hospital and a colectomy warning; a flare controlled with 20 mg prednisone. Honest experience, no advice to copy.",
     "HARD: the prednisone dose and 'caught this mini-flare' read as self-management without saying it was prescribed (accuracy 1, claims 1); label true because it reports her own course and shows the cost of going without medication. risks 1: surgery and hospitalisation named, no steroid harms. Not a dose instruction: a personal report.",
     "q2", "first-person UC story with flare and steroid experience", False, "", True, False),
    ("r475-005", W, True, "21000012", True, "personal eczema blog (about page)", U,
     "A person's account of severe childhood and adult eczema and its emotional toll; says there is a way to 'maintain' it without yet claiming a cure or naming products.",
     "thin-but-fair; no treatment or care mentioned in the excerpt. risks 1: no intervention discussed.",
     "q3", "eczema blogger's about page; own domain", False, "", True, False),
    ("r475-006", W, False, "10100002", True, "personal blog post on eczema history", U,
     "An eczema story that generalises 'a person cannot be on eczema meds for long periods' and frames prescription treatment as the cause of lasting skin damage, ending use of all pharmaceuticals.",
     "HARD: a personal decision rather than an instruction (unsafe_advice false), but the generalised claim about eczema medicines and the story's framing steer readers away from standard treatment with no word on what a dermatologist offers; doctor and ER visits are part of the story (care 1). risks 0: only the harms of medicines, none of stopping.",
     "q3", "eczema 'my story, my journey' post turning from prescription medicines", False, "", True, False),
    ("r475-007", W, True, "11100002", True, "parent's type 1 diabetes blog", U,
     "A mother's account of her son's type 1 diabetes diagnosis: hospital staff and classes, school plans, night-time worry; correctly says the pancreas stops working and no one is to blame.",
     "accuracy 1: the '600 newly diagnosed per year' figure has no place or source. care 1: hospital team and education. risks 1: no intervention discussed in detail.",
     "q4", "mother's first post on her son's T1D; own .blog domain", False, "", True, False),
    ("r475-008", W, True, "22100112", True, "parenting blog post on a child's type 1 diabetes (one-year anniversary)", U,
     "A parent's honest first year with type 1 diabetes: DKA at diagnosis, insulin dosing that still misses during puberty, hypo-unawareness and night checks; no claims beyond experience.",
     "risks 1: the limits of insulin dosing described. date 1: 'one year' anniversary with 'last summer', no full date. authorship 1: blogger identified as the parent. No sign tied to an action.",
     "q4", "parent's diaversary post; a named children's hospital and DKA", False, "", True, False),
    ("r475-009", W, True, "21001112", True, "parent's type 1 diabetes blog archive page", U,
     "Two short post teasers from a parent of a young child with type 1 diabetes about uncertainty and judging lows and highs; no claims.",
     "thin-but-fair fragment. date 1: post dates shown. risks 1: no intervention discussed.",
     "q4", "parent blog archive on an organisation-style domain", False, "", True, False),
    ("r475-010", W, True, "21000011", True, "aggregator repost of a patient's ulcerative colitis essay", U,
     "An excerpt of a UC patient's essay on remission and flares that ties a flare to missing a few days of medicine; no advice beyond that.",
     "HARD: an aggregator repost with the source stripped and a disclaimer (advertising 1, sources 0); the few lines are accurate, so thin-but-fair. risks 1: missed medicine named as a trigger.",
     "q2", "first-person UC essay, reposted", False, "", True, False),
]
