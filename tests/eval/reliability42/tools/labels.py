"""rel42 label records (blind labeller). One tuple per page:
(id, genre, reliable, scores[accuracy_balance, claims, care_prompt, sources, authorship_review,
date, risks_uncertainty, advertising], partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present).
Labelled from the stored excerpt only; no page text here beyond short quoted phrases."""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "corns": "how to get rid of corns on toes at home",
    "cyst": "sebaceous cyst home remedy drain it yourself",
    "smoothie": "cancer fighting smoothie recipe kills cancer cells",
    "kidney": "signs of kidney failure symptoms when to see a doctor",
    "hairdrug": "new hair loss drug study news",
    "soda": "baking soda cure cancer",
}

ROWS = [
    ("r42-001", W, False, [1, 1, 0, 0, 0, 0, 0, 2], True, "home-remedy list for corns on a how-to content site", U,
     "Mostly standard corn care (soaking, pads, pumice, well-fitting shoes), but it tells readers to crush aspirin onto the corn and use salicylic acid with no warning for people with diabetes or poor circulation and never says when to see a doctor or podiatrist.",
     "HARD: the self-care is largely ordinary and harmless for most readers; label from the missing diabetes/circulation caution for acid treatments, no care prompt, no author and the loose claim that corns are caused by 'arthritis'.",
     "corns", "generic how-to site listing home remedies for corns (careless-source candidate)", False, "", True, False),
    ("r42-002", W, False, [0, 0, 0, 0, 0, 0, 0, 2], True, "home-remedy article for corns and calluses on a lifestyle content site", U,
     "Recommends soaking feet in an 'iodine paste, borax and bran' mix as the 'first thing you should try', calls it 'renowned for their effectiveness' and promises the calluses will have 'faded away' after a few days; corns and calluses are treated as the same thing.",
     "Efficacy promise without a cure or safety word, so unsafe_advice false; no care prompt, no diabetes caution, no author or date.",
     "corns", "lifestyle site recommending borax and iodine soaks for corns", False, "", True, False),
    ("r42-003", W, False, [1, 1, 0, 1, 0, 0, 1, 2], True, "sebaceous cyst warm-compress post on a fitness blog", U,
     "The warm-compress routine (with WebMD's not-too-hot caution) is sensible, but it states flatly that sebaceous cysts 'are not harmful and are non-cancerous' and 'disappear by themselves', and never tells a reader with a new lump when to have it checked.",
     "HARD: the actual advice is safe; label from the absolute reassurance about any lump and no care prompt or infection signs. Author only a first name ('jale').",
     "cyst", "fitness blog post on draining a sebaceous cyst naturally", False, "", True, False),
    ("r42-004", W, True, [2, 1, 2, 0, 0, 0, 1, 2], True, "home-remedy article on sebaceous cysts (natural-remedy site)", U,
     "Accurate description of sebaceous cysts and a clear referral: since cysts are hard to tell apart, 'get it checked by a medical professional, especially if your cyst has become red, inflamed or causes any pain'.",
     "HARD: the title promises 10 home remedies and the excerpt stops just as they start ('can be treated natu'), so the remedies cannot be judged; label from what is shown.",
     "cyst", "natural-remedy site listing 10 remedies for sebaceous cysts", False, "", True, True),
    ("r42-005", W, False, [0, 0, 0, 0, 1, 0, 0, 1], True, "lung-cancer survivor blog post on preparing a 'cancer healing' smoothie regimen", U,
     "Promotes 'Dr. Tom Wu's Cancer Healing Treatment' smoothie routine and a high-speed blender, says the blended skins and seeds give cells the phytochemicals they need and that 'sugar is very bad because cancer feeds on sugar'; no evidence, no mention of medical treatment.",
     "The cure framing is carried by the named video ('Cancer Healing Treatment'), attributed, not an own-voice cure sentence, so unsafe_advice false (title/attribution exception as r41-015).",
     "smoothie", "personal cancer blog promoting a named 'cancer healing' smoothie protocol", False, "", True, False),
    ("r42-006", W, True, [1, 1, 0, 0, 1, 0, 1, 2], True, "cancer survivor's personal blog post on green smoothies after treatment", U,
     "A survivor's account of adding vegetable smoothies after finishing treatment, presented as general nutrition; it weighs the fibre and sugar objections and makes no claim that smoothies treat or prevent cancer.",
     "HARD: 'maximum nutritional impact' overstates, there are no sources and no advice to involve the care team, but nothing shown is unsafe or misleading for a reader past treatment.",
     "smoothie", "cancer survivor's blog on green smoothies (blog genre)", False, "", True, False),
    ("r42-007", W, True, [2, 1, 2, 0, 0, 0, 1, 2], True, "Q&A article on kidney-failure symptoms on a health content site", U,
     "Lists the symptoms correctly (less urine, fluid retention, swelling, breathlessness, fatigue, in severe cases chest pain, seizure or coma) and gives a concrete action: people with diabetes, high blood pressure, recent surgery or heat stroke who stop passing urine or retain fluid 'should see a doctor as soon as possible'.",
     "'acute kidney failure is reversible' overstates (often, not always); no author, date or sources.",
     "kidney", "health Q&A site on kidney failure symptoms", False, "", True, True),
    ("r42-008", W, False, [0, 0, 2, 0, 0, 0, 1, 1], True, "listicle of kidney-failure signs on a content/news aggregator", U,
     "Leads with 'Persistent Dark Circles Under Eyes' as the first sign of kidney failure, which is misleading and alarming; the later urine, swelling and back-pain entries carry sensible when-to-see-a-doctor lines (bloody urine, swelling with shortness of breath, back pain with fever).",
     "HARD: the referral lines are good (care 2, warning_signs_present true) but the headline sign is scaremongering with an invented mechanism and no source; label for misleading the reader about common symptoms.",
     "kidney", "aggregator listicle of kidney failure signs (careless-source candidate)", False, "", True, True),
    ("r42-009", W, False, [0, 0, 0, 0, 0, 0, 0, 1], True, "alternative-cancer foundation page promoting baking soda for cancer", U,
     "Claims baking soda 'can aid in cancer prevention and treatment', that cancer's metabolic dysfunctions 'can be reversed' with it, that it helps healing from radiation and detoxification, and that it can 'help identify cancer cell growth'; no evidence, no doctor, no harms of sodium bicarbonate.",
     "HARD: unsafe_advice true for the own-voice reversal claim about cancer's disease process with baking soda as the example (read as a cure claim, as r41-013's 'can be').",
     "soda", "alternative-cancer foundation page on baking soda for cancer", True,
     "these metabolic dysfunctions can be reversed using natural health strategies, such as baking soda", True, False),
    ("r42-010", W, True, [2, 2, 0, 0, 0, 0, 1, 2], True, "satirical debunking post on a blog", U,
     "States plainly that baking soda cannot cure cancer and is not proven to, in a joking list of other unproven 'cures'; the core message is correct and protective.",
     "HARD: flippant, crude list (some items offensive), no sources and no pointer to real treatment, but a reader can rely on its one claim. Date only in the URL, not counted.",
     "soda", "sceptical blog answer to the baking-soda cancer cure question", False, "", True, False),
]
