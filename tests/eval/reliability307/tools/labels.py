"""rel307 label records (blind; from stored text only). Tuple order per reltools.build:
(id, genre, reliable, scores, partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

Q = {
    "qasp": "new study finds daily aspirin reduces cancer risk, researchers say",
    "qbt": "press release university researchers discover blood test detects cancer early",
    "qfda": "FDA approves new drug breakthrough patients news",
    "qcof": "coffee drinkers live longer study says news",
    "qhosp": "hospital press release first patient receives new procedure",
    "qrec": "recall announced contaminated medication consumers should stop using",
    "qmeas": "county health department confirms measles case exposure locations",
    "qwl": "weight loss injection trial results patients lost percent body weight company announces",
    "qupf": "study links ultra-processed food to higher risk of dementia",
    "qwine": "red wine resveratrol heart benefit study news report",
    "qms": "scientists hail stem cell therapy reverses multiple sclerosis patients walk again",
    "qmam": "mammogram screening 3D tomography study finds more cancers local hospital",
    "qmem": "company press release supplement clinically proven improves memory study",
}

U = "unreliable-leaning"
R = "reliable-leaning"
N = "news"
W = "web page"

ROWS = [
    ("r307-001", N, True, "22020022", True, "health news report (nonprofit newsroom tag page)", U,
     "Yale case-control study of aspirin and pancreatic cancer reported with journal, lead researcher and the bleeding and stomach harms; researchers decline a general recommendation.",
     "benefit not quantified and no independent voice, but the limits and harms are stated.",
     "qasp", "news story on an aspirin-cancer study naming harms", False, "", False, False),
    ("r307-002", N, False, "00010002", True, "radio-station health news item", U,
     "'Holy grail' test that 'can diagnose any type of cancer years before symptoms' from one lab finding; no numbers, no evidence stage, no limits, and the mechanism described shifts between a protein and DNA fragments.",
     "", "qbt", "hype headline on an early-detection blood test", False, "", False, False),
    ("r307-003", N, True, "21011112", True, "local newspaper public-health report", U,
     "Accurate report of a county measles case from the health department's release with CDC symptom and spread facts.",
     "no vaccination or exposure advice in the excerpt; no intervention discussed (risks 1).",
     "qmeas", "local news on a measles case from a health-department release", False, "", False, False),
    ("r307-004", N, True, "21010011", True, "news repost on a store-named domain", U,
     "Phase 3 tirzepatide trial reported with design (blinded, placebo, 72 weeks, 2,500 people), average loss against placebo and the maker's quote identified as the maker.",
     "HARD: no side effects, cost or independent expert in the excerpt, 'alternative to surgery' framing and a host named like a pill shop (advertising 1); the figures and design are reported faithfully, so true.",
     "qwl", "news repost of an obesity-drug trial on an odd host", False, "", False, False),
    ("r307-005", W, False, "00000001", True, "shop page with health-benefit copy", U,
     "Lists anti-cancer, blood-sugar and heart benefits of resveratrol and says small amounts like a glass of red wine show 'dramatic results'; no source, no alcohol harms.",
     "hedged 'possible'/'may', but the net message nudges readers to drink for health; not a self-care page (warning signs not warranted).",
     "qwine", "resveratrol benefit copy on an unrelated shop", False, "", False, False),
    ("r307-006", W, True, "11010012", True, "nonprofit nutrition-promotion explainer", R,
     "Says the science is not fully understood and some studies show no benefit, with numbered references.",
     "HARD: 'drinking alcohol helps the heart' is stated without alcohol's harms in the excerpt and the LDL sentence is muddled (accuracy 1, claims 1); the page's framing is sceptical, so true.",
     "qwine", "consumer explainer on the red-wine 'buzz'", False, "", False, False),
    ("r307-007", N, True, "22010012", True, "lifestyle-site news item", U,
     "Reports a nine-year cohort of 800 Italian villagers finding resveratrol made no difference, with the lead researcher's caution about hype.",
     "journal and researcher not named (sources 1); observational limits not stated.",
     "qwine", "news on a null resveratrol study", False, "", False, False),
    ("r307-008", N, False, "10020111", True, "research-news item on a men's-health site", U,
     "Reports a small RCT of a resveratrol grape supplement with its citation and the authors' limits, but turns inflammation-marker changes into 'can improve heart health' and calls resveratrol a 'natural cancer killer'.",
     "HARD: the study is cited and its limitation quoted; false for the surrogate-to-outcome leap, the unsupported cancer claim and the closing 'promise as a health-promoting supplement'.",
     "qwine", "study report on resveratrol supplements", False, "", False, False),
    ("r307-009", N, False, "11010201", True, "wine trade-magazine research news", U,
     "A 40-rabbit study is used to say red wine may keep the heart healthy and 'imparts greater protection' than abstaining; no limits, no independent voice, no alcohol harms.",
     "animal study named as such and dated (date 2); the framing for human drinking is the problem.",
     "qwine", "animal-study news from a wine magazine", False, "", False, False),
    ("r307-010", W, True, "11010011", True, "food-industry brand blog", U,
     "Sets out the red-wine hype, then says experts advise limiting alcohol and that virtually all studies link alcohol with higher cancer risk.",
     "HARD: the hype list (reversing diabetes, ageing) is quoted without rebuttal in the excerpt, which stops before the conclusion; a commodity board's blog (advertising 1). The alcohol-cancer caution decides it.",
     "qwine", "brand blog revisiting red-wine research", False, "", False, False),
]
