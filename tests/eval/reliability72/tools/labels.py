"""rel72 labels (blind; one labeller). Each row: id, genre, reliable, scores (accuracy_balance,
claims, care_prompt, sources, authorship_review, date, risks_uncertainty, advertising), partial,
doc_type, source_leaning, why, note, query key, picked_because, unsafe_advice, unsafe_quote,
warning_signs_warranted, warning_signs_present. No page text beyond short quoted phrases."""

W, N = "web page", "news"
RL, UL = "reliable-leaning", "unreliable-leaning"

Q = {
    "graze": "how long does a graze take to heal",
    "blister": "blister popped what to do burst blister care",
    "tattoo": "new tattoo itchy healing what to do",
    "pierce": "new piercing sore swollen is it infected",
}

ROWS = [
    # batch 1
    ("r72-001", W, False, "11001012", False, "manufacturer patient page", UL,
     "Accurate one-paragraph description of a graze, but its only advice is to heal it 'by using the appropriate products' of the wound-care maker; no cleaning steps, no signs or care prompt.",
     "HARD: nothing false, but the page is a product funnel with no usable self-care or warning; risks 1 (no specific intervention discussed).",
     "graze", "wound-care company's patient page on grazes (manufacturer)", False, "", True, False),
    ("r72-002", W, False, "10000012", True, "content-farm Q&A article", UL,
     "Q&A content page: healing stages roughly right but loose ('white blood cells that help get rid of dead skin cells'), advises keeping the wound 'clean, dry', and says a slow or infected wound 'could be a sign that something is wrong' without saying what to do.",
     "HARD: mostly harmless; unreliable for loose physiology, no action attached to the warning, no sources or author; risks 1 (ointment mentioned, no harms).",
     "graze", "Q&A content-farm answer on superficial wound healing time", False, "", True, False),
    ("r72-003", W, True, "22102212", True, "health-information publisher (printer version)", RL,
     "Clinically reviewed, dated explainer: scrapes heal in 3 to 7 days, larger ones 1 to 2 weeks, oozing normal for about 4 days, scab does not change healing or scarring.",
     "warning sign only as 'no signs of infection' with no action in this print excerpt, so present false; care 1 from the disclaimer; risks 1 (no intervention discussed).",
     "graze", "clinically reviewed health-information publisher's page on how a scrape heals", False, "", True, False),
    ("r72-004", W, True, "22200012", True, "blog post on a re-hosting domain", UL,
     "Chatty blog guide ('Hey guys!') with sound first aid: pressure, elevation, and to seek medical attention if bleeding does not stop after 10-15 minutes of pressure or soaks through.",
     "HARD: anonymous post on an unrelated software company's domain, but the advice shown is correct; risks 1 (excerpt stops at cleaning).",
     "graze", "anonymous blog-style 'fast healing guide' on an unrelated domain", False, "", True, True),
    ("r72-005", W, True, "22200012", True, "health blog", UL,
     "Standard blister advice: do not puncture unless large or painful, sterilise the needle, leave the roof on, white or yellow fluid may mean infection and a doctor visit, infection signs listed.",
     "risks 1: antibiotic ointment with no mention of allergy; excerpt stops at 'Remedies:'.",
     "blister", "health blog page on blisters (possible careless remedies section)", False, "", True, True),
    ("r72-006", W, False, "11100012", True, "content-farm article", UL,
     "Generic AI-style steps for a popped burn blister: ointment, dressing, then lotion with cocoa butter on the raw area; no burn size, site or depth criteria for seeing a doctor, and the infection list is cut off.",
     "HARD: nothing dangerous, but a burn page without any 'when to get help' and with lotion on an open burn; 'consult ... before taking any medication' counts only as care 1.",
     "blister", "answer site on what to do after a burn blister pops", False, "", True, False),
    ("r72-007", W, True, "22201012", False, "hospital health-tips page", RL,
     "Short hospital tips: do not burst a small blister, yellowish or whitish fluid or pus with warm red skin means possible infection and a doctor.",
     "typos ('puss') but accurate; risks 1 (antibiotic cream mentioned without harms).",
     "blister", "hospital's health-tips blog on blisters", False, "", True, True),
    ("r72-008", W, False, "01010002", True, "scraped copy of a how-to article", UL,
     "Disjointed scraped fragment: states 'Most people are allergic to red ink' (false), lists unrelated skin conditions, and notes signs of abnormal healing with no action.",
     "re-hosted wikiHow-style text; source marker kept (sources 1) but the content is garbled.",
     "tattoo", "scraper copy of a tattoo-itching how-to on a pages.dev subdomain", False, "", True, False),
    ("r72-009", W, True, "22201012", False, "professional association FAQ", RL,
     "Piercers' association FAQ: normal swelling and drainage in the first weeks, contact piercer or doctor if complaints worsen, immediately for fever, spreading redness beyond 1.5 cm, warmth or pus.",
     "risks 1 (no intervention discussed).",
     "pierce", "professional piercers' association FAQ on infected piercings", False, "", True, True),
    ("r72-010", W, False, "11200001", True, "jewellery shop blog", UL,
     "Jewellery seller's blog: pain with discharge means visit a doctor, but exaggerates ('excruciatingly painful') and promises a warm compress will make a lump vanish.",
     "HARD: care 2 for the pain-plus-discharge referral; label for the seller's overstatements and the remedy promise (qualified in the same paragraph, so not unsafe_advice).",
     "pierce", "body-jewellery shop blog on piercing infection signs", False, "", True, True),
]
