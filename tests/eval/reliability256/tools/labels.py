"""rel256 labels: Q (query key -> query) and ROWS (one tuple per page, reltools.build order:
id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources, authorship_review,
date, risks_uncertainty, advertising), partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "q01": "always tired could it be my thyroid hypothyroidism symptoms",
    "q02": "adrenal fatigue symptoms natural treatment",
    "q03": "hormone balancing naturally women tired weight gain",
    "q04": "iron deficiency anemia tiredness what to eat supplements",
}

ROWS = [
    ("r256-001", W, False, "11110001", True, "thyroid clinic blog post", U,
     "Tells tired readers that 'normal' labs often miss hypothyroidism because providers do not order a 'complete thyroid panel', with loosely attributed statistics ('2023 NIH report', 'NCBI survey') and an SSRI jab; seeds distrust of standard testing on a clinic's own blog.",
     "HARD: much is true (fatigue is a hallmark, postpartum thyroiditis is missed), but the frame is the functional-thyroid 'your labs were read too narrowly' pitch that leads to overtesting and overtreatment; excerpt stops before the treatment section. Not unsafe: no cure, guarantee or stop-medicine wording.",
     "q01", "thyroid clinic's own blog answering the 'always tired' query; functional-thyroid framing", False, "", True, False),
    ("r256-002", W, True, "22000012", True, "general health blog post on an unrelated (spinal injury) host", U,
     "Accurate plain explanation of hypothyroidism and why it causes fatigue; no claims beyond the textbook, but no sources, author, date or advice to get tested in the excerpt.",
     "HARD: thin-but-fair on an off-topic host (near-identical text also appears on healthjournalonline.org, not taken); stops before signs and testing; risks 1: no intervention discussed.",
     "q01", "hypothyroid fatigue explainer on an unrelated practice's domain", False, "", True, False),
    ("r256-003", W, False, "11000001", True, "practitioner 'conditions' page on adrenal fatigue", U,
     "Presents 'adrenal fatigue' as a 'medical phenomenon' with a long non-specific symptom list (weight gain, thyroid difficulties, bloating) and promises natural treatment, even when standard labs are normal; admits only that it lacks a formal diagnosis.",
     "HARD: it does say there is no formal diagnosis and names Addison's disease as a possible confusion, but the page's purpose is to treat a condition endocrinologists do not recognise; no prompt to rule out real causes of fatigue.",
     "q02", "practitioner page selling natural adrenal-fatigue treatment", False, "", True, False),
    ("r256-004", W, True, "11010111", True, "integrative physician blog post", U,
     "Rest and stress reduction as the first step to 'balance hormones'; the advice shown is harmless and general, though heavy, irregular or absent periods and hair loss are listed as hormone imbalance with no suggestion to get them checked.",
     "HARD: thin-but-fair; 'simple, effective ways to balance your hormones naturally' is an unsupported own-voice claim (claims 1) and the symptom list needs a medical check, but nothing shown replaces care. Citation markers are stripped ('more .').",
     "q03", "integrative physician's hormone-balancing blog", False, "", True, False),
    ("r256-005", W, False, "00000102", True, "hormone-balancing blog guide", U,
     "'Without Medication' guide that mocks 'take this pill for life' and thyroid medicine, says 'the system is broken' and the body 'was designed to self-balance', and promises 'real, proven, natural strategies' for PCOS, thyroid dysfunction and perimenopause; symptom table maps complaints to hormones with no testing.",
     "HARD: strongly anti-medication framing for thyroid disease and PCOS, but the excerpt gives no explicit instruction to stop or replace a prescribed medicine, so unsafe_advice false. date 1: '2025' in the title.",
     "q03", "'without medication' hormone guide denigrating thyroid medicine", False, "", True, False),
    ("r256-006", W, False, "11000011", True, "wellness blog post", U,
     "Maps tiredness, mood and weight gain to cortisol, insulin and 'estrogen dominance' and suggests a 'hormone detox plan'; the diet and stress tips are ordinary, but the hormone explanations are asserted and there is no suggestion to test thyroid or see a doctor.",
     "HARD: most tips are harmless (less sugar, deep breathing); label false for the unsupported 'estrogen dominance'/'hormone detox' framing and self-diagnosis of hormone causes for fatigue and weight gain without any check.",
     "q03", "wellness blog promising to 'lose weight naturally' by rebalancing hormones", False, "", True, False),
    ("r256-007", W, False, "21000000", True, "supplement shop collection page (anaemia supplements)", U,
     "Shop collection selling 'anemia supplements'; the absorption facts are correct, but it invites self-treating tiredness with iron with no word on testing first, finding the cause of iron loss, or iron overload.",
     "HARD: product page under POLICY-46 (warning signs not warranted); the text itself is accurate, so the label rests on the sales purpose and the missing test-first/cause-finding caution for iron, a supplement that can do harm in excess.",
     "q04", "shop collection page for anaemia supplements", False, "", False, False),
    ("r256-008", W, True, "22100012", True, "health content site tag page on iron deficiency anaemia", U,
     "Sensible explainer: blood test (CBC) to confirm, iron-rich foods, vitamin C, avoid tea with meals, OTC iron can upset the stomach, ask a pharmacist if side effects persist.",
     "HARD: the list of 'clear signs' before 'If you notice two or more of these, it's worth getting a quick blood test' is missing from the stored text, so warning_signs_present false (the signs are not there); the pharmacist line is a caution about the remedy. No amount given, so no dose. It does not say to find the cause of blood loss.",
     "q04", "iron-deficiency explainer recommending a blood test first", False, "", True, False),
    ("r256-009", W, True, "22020012", True, "iron-deficiency awareness site resource page", U,
     "Referenced, accurate explanation of iron deficiency, anaemia and fatigue as a non-specific symptom with many causes.",
     "HARD: it steers the 'extremely tired' reader first to diet rather than to a check (care 0), and the site is an awareness campaign of the kind run by iron-product makers, though no product appears in the excerpt; label from the accurate, referenced text.",
     "q04", "iron awareness campaign's resource page with numbered references", False, "", True, False),
    ("r256-010", N, False, "11000012", True, "news aggregator repost of a lifestyle health story", U,
     "'According to health experts' the fatigue of hypothyroidism 'usually attacks in the morning'; unnamed experts, no evidence, sensational 'early warning sign' headline, although it sensibly says to see a doctor and get tested.",
     "HARD: short scraped repost; the see-your-doctor line is good advice, but as news it has no named source or evidence for its central morning claim.",
     "q01", "news repost with a 'warning sign in the morning' headline", False, "", False, False),
]
