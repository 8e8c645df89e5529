"""rel227 labels (blind, from the stored excerpts only). Tuple order as reltools.build:
id, genre, reliable, scores (accuracy_balance, claims, care_prompt, sources, authorship_review,
date, risks_uncertainty, advertising), partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present."""

Q = {
    "qcd": "coconut oil for dandruff home remedy does it work",
    "qcl": "clove oil toothache home remedy how to use",
    "qge": "garlic oil ear drops earache natural remedy",
    "qco": "castor oil eye drops dry eyes natural",
    "qtt": "tea tree oil acne spot treatment remedy",
}

W, N = "web page", "news"
U = "unreliable-leaning"
R = "reliable-leaning"

ROWS = [
    ("r227-001", N, False, "11000010", True, "magazine beauty-news feature", U,
     "Debunks coconut oil and lemon as a dandruff cure correctly, but the only 'experts' are a shampoo brand whose product is then praised as 'proven in hundreds of clinical studies'; no independent source.",
     "HARD: the conclusion (use a medicated antifungal shampoo) is sound, but as health news the single commercial source and brand promotion decide it. advertising 0.",
     "qcd", "beauty-news item testing a trending coconut-oil-and-lemon dandruff remedy", False, "", False, False),
    ("r227-002", W, False, "00000001", True, "single-remedy content site", U,
     "Coconut oil called 'the most effective' dandruff remedy and 'sure to help'; dandruff put down to a dry scalp only; no evidence, limits or when to see a doctor.",
     "Own-voice guarantee ('sure to help alleviate') counted as unsafe_advice (as r94-008's 'instant relief'); low-harm condition.",
     "qcd", "site named for coconut oil's benefits presenting it as the best dandruff remedy", True, "This natural remedy is sure to help alleviate this issue.", True, False),
    ("r227-003", W, False, "00000001", True, "remedy blog", U,
     "Says coconut oil 'guarantees' treatment and is 'the cure', and that specialised shampoos are no longer needed; no evidence or care advice.",
     "unsafe_advice: own-voice guarantee and cure wording, plus steering away from medicated shampoos.",
     "qcd", "blog calling coconut oil the cure for dandruff", True, "coconut oil for hair guarantees to provide treatment for the white flakes", True, False),
    ("r227-004", W, False, "11010001", True, "content-farm remedy article", U,
     "Presents castor oil as a natural remedy for dry eye with a quoted research line and one blepharitis study, but claims it soothes redness, itching and swelling 'in the eyes' with no word on when dry or red eyes need an eye doctor and no harms.",
     "HARD: the eyelid application is low-risk and partly supported; false for overstated benefits on an eye symptom with no care prompt or limits. 'deemed safe' is attributed ('According to research'), so not unsafe_advice.",
     "qco", "article on an app-download site promoting castor oil for dry eye", False, "", True, False),
    ("r227-005", W, False, "00000011", True, "fitness/remedy blog", U,
     "Tells readers to put undiluted tea tree oil directly on acne spots under a '5 Proven Home Remedies' headline; a patch test is advised but no irritation warning, evidence or care prompt.",
     "HARD: the 'NO SIDE EFFECTS' line is a cross-promotion link title for face packs, not a claim about this remedy, so not counted as unsafe_advice; 'Proven' is an efficacy claim without a cure or safety word.",
     "qtt", "remedy blog with neat tea-tree-oil acne methods, one undiluted", False, "", True, False),
    ("r227-006", W, False, "00001010", True, "remedy blog with affiliate link", U,
     "Personal 'I swear it works' promotion of tea tree oil that 'prevents any future out breaks', with a link to a seller's oil; a dilution step and irritation note are the only caution.",
     "HARD: 'I swear it works' plus 'prevents any future out breaks' read as an own-voice guarantee (as r94-008); low-harm topical remedy. advertising 0: affiliate shop link.",
     "qtt", "first-person remedy blog recommending tea tree oil with a shop link", True, "I swear it works", True, False),
    ("r227-007", W, True, "21020012", True, "wellness practice blog", U,
     "Reports the tea-tree-oil acne studies accurately (similar effect to benzoyl peroxide but slower onset; a trial still running), gives a diluted gel recipe and a patch test.",
     "HARD: thin-but-fair; no when-to-see-a-dermatologist line and a muddled sentence about '100% tea tree oil' avoiding side effects, but the evidence is stated with its limits.",
     "qtt", "practitioner blog citing the tea tree oil acne trials with a home recipe", False, "", True, False),
    ("r227-008", W, False, "00010001", True, "entertainment-site hair-care feature", U,
     "Calls coconut oil a 'miracle oil', asks why anyone would buy dandruff shampoos, and reasons that helping eczema means it 'can certainly help' dandruff.",
     "unsafe_advice for the own-voice 'can certainly help' guarantee with the steer away from medicated shampoos; genre web page because it is advice, not a news report, despite the news-site host.",
     "qcd", "celebrity-news site's hair-care piece calling coconut oil a miracle worker", True, "then it can certainly help with bad dandru", True, False),
    ("r227-009", W, False, "11000001", True, "single-remedy content site", U,
     "Names the conventional dandruff treatments fairly, but blames candida for dandruff (it is Malassezia) and promotes coconut oil as 'an effective natural dandruff remedy' without evidence or care advice.",
     "Wrong cause stated as fact; conditioning instructions themselves are harmless.",
     "qcd", "coconut-oil uses site with a dandruff remedy page", False, "", True, False),
    ("r227-010", W, True, "21000001", True, "skincare product-review site, DIY article", U,
     "Accurate account of acne's causes; tea tree oil diluted in a carrier oil is offered with hedged wording ('can help reduce').",
     "HARD: thin-but-fair under a 'Powerful' headline; no irritation warning or dermatologist advice in the excerpt, but nothing false or unsafe.",
     "qtt", "DIY spot-treatment article on a skincare review site", False, "", True, False),
]
