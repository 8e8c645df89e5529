"""rel75 labels: one blind labeller, from the stored excerpts only (see ../LABELLING.md).

Row: (id, genre, reliable, scores 'ACSAUDRV' as digits in CRITERIA order, partial, doc_type,
source_leaning, why, note, query key, picked_because, unsafe_advice, unsafe_quote,
warning_signs_warranted, warning_signs_present).
"""

Q = {
    "flat": "my baby has a flat spot on the back of his head what should I do",
    "limp": "my child is limping but no injury when to worry",
    "slap": "slapped cheek rash child is it contagious",
    "blood": "feeling dizzy lightheaded after giving blood what to do",
    "teeth": "sensitive teeth home remedies natural cure",
}

W, N = "web page", "news"
R, U = "reliable-leaning", "unreliable-leaning"

ROWS = [
    ("r75-001", W, True, "22202012", False, "expert Q&A page", U,
     "A named pediatrician explains that flat spots are common since Back to Sleep, usually harmless, and should be assessed at the 2-, 4- and 6-month visits; accurate and modest.",
     "risks 1: helmet and physical therapy named without their burdens. warning_signs_present false: the only prompt is to raise the flat spot itself at check-ups, no red flag (worsening, ridges, neck tightness) given.",
     "flat", "parenting Q&A site with a pediatrician's answer on the exact worry", False, "", True, False),
    ("r75-002", W, True, "22100012", False, "blog-style how-to", U,
     "Keeps back-sleeping, supervised tummy time, varying head position and limiting car-seat time, and defers to the pediatrician for exercises or a helmet; accurate, practical.",
     "personal asides ('I am guilty myself') on a how-to content site; care 1: routine visits, no sign-driven prompt. risks 1: helmet mentioned, no burdens.",
     "flat", "how-to content site with a parent's voice (careless-source candidate)", False, "", True, False),
    ("r75-003", W, True, "12102012", True, "video transcript", U,
     "Auto-transcript of a paediatric neurosurgeon: flat heads do not affect development, most outgrow them, repositioning and physical therapy first, helmet sometimes.",
     "HARD: the transcript suggests slightly elevating one side of the mattress ('slightly elevated one side of the match's'), which safe-sleep guidance advises against (accuracy 1); label from the otherwise sound, expert content. The 'when should I be concerned' part is cut off, so warning_signs_present false.",
     "flat", "question-site re-host of a specialist's video transcript (aggregator)", False, "", True, False),
    ("r75-004", W, True, "22000012", False, "information page", U,
     "Short, accurate note that back-sleeping can flatten the soft skull, that repositioning usually fixes it and a helmet is sometimes used.",
     "HARD: personal free-host page with no author, date or doctor prompt (care 0); label from the accurate, harmless content. risks 1: helmet named without burdens.",
     "flat", "old free-hosted SIDS information site (unreliable-leaning host)", False, "", True, False),
    ("r75-005", W, True, "22201012", True, "NHS safety-netting sheet", R,
     "NHS parent sheet: most limps are minor, but an unexplained limp needs checking; red and amber lists (cannot bear weight, no better after 48 hours, fever, broken bone) tied to A&E/999 or GP/111.",
     "risks 1: no intervention discussed.",
     "limp", "NHS regional children's-health safety-netting page", False, "", True, True),
    ("r75-006", W, True, "22201012", True, "public-health fact sheet", R,
     "Regional public-health fact sheet on slapped cheek: spread, infectious period ending when the rash appears, no exclusion needed, GP for anaemia, weak immunity and pregnancy.",
     "risks 1: no intervention discussed (excerpt stops at treatment).",
     "slap", "New Zealand public-health unit fact sheet", False, "", True, True),
    ("r75-007", W, True, "22101012", True, "blood-service advice page", R,
     "Blood centre explains that about 1% of donors feel faint, lists risk factors and prevention (eat, drink, rest, avoid exertion); accurate.",
     "care 1: tells donors to be healthy before donating but gives no action if faintness persists or recurs at home, so warning_signs_present false. risks 1: the 'eat saltier food' tip carries no caution for people with high blood pressure.",
     "blood", "national blood centre's own page", False, "", True, False),
    ("r75-008", W, True, "22211022", True, "blood-service advice page", R,
     "Blood service gives quantified rates of faintness, fainting, injury and delayed faint, and says what to do: lie down, drink, report a delayed faint, seek advice if symptoms persist.",
     "risks 2: the risks of donating are quantified.",
     "blood", "national blood service page (on an odd subdomain)", False, "", True, True),
    ("r75-009", W, False, "00000002", True, "home-remedy list", U,
     "Promises natural remedies 'to cure this condition', claims clove oil 'will strengthen teeth' and raw onions treat sensitivity, never mentions desensitising toothpaste or a dentist though decay and infection are named causes.",
     "no harms of garlic or clove applied to gums.",
     "teeth", "home-remedy site promising a cure", True, "there are some natural home remedies to cure this condition", True, False),
    ("r75-010", W, False, "01000002", True, "home-remedy blog", U,
     "Steers readers away from 'chemical medicine' to coconut-oil pulling, clove and raw garlic paste with antibacterial claims; no dentist, no desensitising toothpaste, no caution.",
     "HARD: efficacy claims are hedged ('can help', 'can be a great'), so claims 1 and unsafe_advice false; label for the anti-medicine framing and the missing dentist advice. Raw garlic on gums can burn, not mentioned (risks 0).",
     "teeth", "remedy blog on an unrelated .org domain", False, "", True, False),
]
