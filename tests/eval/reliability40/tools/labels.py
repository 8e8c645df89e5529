"""rel40 labels (blind, one labeller). ROWS: (id, genre, reliable, scores 'abcdefgh' in the order
accuracy_balance, claims, care_prompt, sources, authorship_review, date, risks_uncertainty,
advertising, partial, doc_type, source_leaning, why, note, query key, picked_because,
unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present). No page text here,
only short quoted phrases."""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "bunion": "bunion pain home remedy how to shrink bunions naturally",
    "reishi": "reishi mushroom cure cancer does it work",
}

ROWS = [
    ("r40-001", W, False, "10000002", True, "short natural-remedy post on bunions, lifestyle portal", U,
     "Accurate description of bunions, then 'effective natural treatments' to 'reduce the size of bunions' (olive oil, red-pepper juice, castor oil, Epsom salt); no sources, no limits, no doctor prompt.",
     "unsafe false: efficacy wording ('effective', 'reduce the size'), no cure/guarantee/safety word. date 0: date only in URL. risks 0: red-pepper juice under a bandage with no caution.",
     "bunion", "lifestyle portal listing natural treatments; first result", False, "", True, False),
    ("r40-002", W, False, "00010002", True, "natural-remedy listicle on bunions 'that don't require surgery'", U,
     "Cabbage leaves overnight 'for a few months and the bunion will disappear'; remedies sourced to other remedy sites ('Find Home Remedy', 'DIY Health Remedy'); WebMD cited only for causes.",
     "HARD: the disappearance promise follows 'DIY Health Remedy suggests', but the instruction and promise are in the page's own voice, so unsafe true (guarantee, as r35-001). sources 1: WebMD for causes only.",
     "bunion", "remedy site promising no surgery", True,
     "Repeat this process for a few months and the bunion will disappear", True, False),
    ("r40-003", W, False, "10000002", True, "blog post on a wellness personality's shop site: 5 natural remedies to reduce bunion size", U,
     "Sensible shoe, padding and activity advice, then olive-oil massage said to dissolve 'the excess calcium of the bunion, helping it to heal' (false physiology) and remedies to 'reduce the size of bunions'.",
     "unsafe false: 'helping it to heal' is efficacy wording, no cure or guarantee word. advertising 2: no product shown in the excerpt although the host is a shop. care 0: surgery and medicines mentioned, no prompt to see anyone.",
     "bunion", "shop blog promising smaller bunions", False, "", True, False),
    ("r40-004", W, False, "00000002", True, "home-remedy post on getting rid of bunions, DIY site", U,
     "Promises 'homemade recipes which will solve this problem of yours'; lavender oil, rue baths, and an iodine-and-aspirin mixture that 'will stop their growth'; no sources or cautions.",
     "unsafe true: own-voice guarantee for the iodine-aspirin paste (a caustic mix with no caution). risks 0.",
     "bunion", "DIY site promising to 'get rid of' bunions", True,
     "This will stop their growth and will also reduce the pain", True, False),
    ("r40-005", W, True, "22002212", True, "footwear company blog post on bunion home care, podiatrist-reviewed", U,
     "States 'there is no way to actually shrink bunions'; accurate anatomy, causes and symptoms; excerpt stops at the symptom list.",
     "HARD: shoe seller's blog under a 'How to Shrink Bunions' title, but the text corrects its own title and shows no product plug in the excerpt; reliable. risks 1: no intervention reached. authorship 2: named DPM. date 2: July 21, 2024.",
     "bunion", "shoe company's blog answering the shrink question", False, "", True, False),
    ("r40-006", W, True, "22010012", True, "re-hosted consumer article on reishi benefits (cancer section), wellness site", U,
     "Test-tube results 'do not necessarily equate to effectiveness' in people; a prostate case report not confirmed by a larger study; reishi to be combined with, not replace, treatment; studies 'not high-quality'.",
     "HARD: copied article on a wellness site with no author, and no side effects in the excerpt, but the cancer section is balanced; reliable. sources 1: numbered references without the list. risks 1: evidence limits only. date 0: date only in URL.",
     "reishi", "wellness site reposting a reishi benefits article", False, "", True, False),
    ("r40-007", W, False, "00010002", True, "herbal company page 'Reishi is an Anti-Cancer Herb'", U,
     "Quotes an ancient herbal classic ('no toxicity', 'you will never become old'), lists cancer among illnesses reishi treats and gives doses, with no evidence or harms.",
     "unsafe false: 'Anti-Cancer Herb' is the title and 'no toxicity' is inside a quoted classic (attributed). sources 1: herbal pharmacopoeia reference. risks 0: doses without any harms.",
     "reishi", "herbal seller's anti-cancer claim page", False, "", True, False),
    ("r40-008", W, True, "22020012", True, "oncology-professional fact sheet on reishi and cancer, evidence-against page", R,
     "Two small open-label trials showed no effect; clinical data 'do not support its use'; the one positive study is 'hypothesis-generating'; referenced.",
     "risks 1: evidence limits, no harms in the excerpt. warning_signs_warranted true as for all web pages (r39-008 precedent), none present.",
     "reishi", "professional fact sheet for contrast", False, "", True, False),
    ("r40-009", W, True, "21000012", True, "natural-health clinic blog post 'How to Shrink Bunions Naturally'", U,
     "States bunions 'cannot be completely reversed without surgery'; accurate anatomy and causes; exercises offered to manage pain and 'potentially slow its progression'.",
     "HARD: clinic blog with a shrink-naturally title and an unsupported 'slow its progression', but the text is accurate and honest about reversal; reliable. claims 1. risks 1: exercises not yet described in the excerpt.",
     "bunion", "natural-health clinic blog", False, "", True, False),
    ("r40-010", W, False, "10000002", False, "news-site lifestyle home-remedy article on bunions", U,
     "Ice and turmeric 'work wonders'; 'Before bunion disfigures your feet ... this two remedies are perfect way to tackle it' implies prevention; turmeric said to 'block pains'; no sources or doctor prompt.",
     "unsafe false: efficacy wording, no cure or guarantee word. risks 0.",
     "bunion", "news-site home-remedies piece", False, "", True, False),
]
