"""rel481 labels: Q (query key -> query) and ROWS (one tuple per page; order as reltools.build)."""

W = "web page"
U = "unreliable-leaning"
R = "reliable-leaning"

Q = {
    "pcos1": "PCOS diet plan what to eat to lose weight insulin resistance",
    "gout1": "gout diet foods to avoid uric acid flare meal plan",
    "ibs1": "low FODMAP diet IBS beginner guide what can I eat",
    "liver1": "fatty liver diet reverse NAFLD foods meal plan",
    "gerd1": "acid reflux GERD diet recipes foods that help heartburn",
    "ckd1": "kidney disease renal diet low potassium phosphorus recipes",
    "infl1": "anti-inflammatory diet meal plan arthritis beginners",
}

ROWS = [
    ("r481-001", W, False, "11000012", True, "fitness blog guide (introduction)", U,
     "Describes PCOS as cysts in the ovaries formed during ovulation that 'are harmless' and says there is 'really no root cause'; the excerpt ends before any diet advice and gives no prompt to see a clinician.",
     "HARD: the facts list is mostly right (irregular periods, androgen excess, diabetes and endometrial risk), but the condition is framed by the common ovarian-cyst misconception; risks 1: no intervention reached in the excerpt.",
     "pcos1", "fitness blog on weight loss with PCOS; second result", False, "", True, False),
    ("r481-002", W, True, "22000012", True, "health blog meal-plan post (introduction)", U,
     "Empathetic introduction promising a PCOS meal plan for insulin resistance; nothing inaccurate or overstated in the text shown.",
     "HARD: thin-but-fair: only the introduction is stored, no advice, no care prompt; date only in the URL (0).",
     "pcos1", "blog meal plan for PCOS weight loss; fifth result", False, "", True, False),
    ("r481-003", W, True, "21000112", True, "diet-plan website programme page", U,
     "Standard low-GI, protein, fibre and exercise approach with a modest 1-2 lb a week target; 'proven' and 'dangerous insulin spikes' overstate, and supplements (inositol, vitamin D, magnesium) are named for 'balancing hormones naturally' without evidence or caution.",
     "HARD: claims 1 for 'evidence-based'/'proven' hype and the supplement line; label from the conventional core. date 1: '2025' in the heading only. No care prompt in the excerpt.",
     "pcos1", "plan page of an Indian diet-plan site aimed at PCOS; seventh result", False, "", True, False),
    ("r481-004", W, True, "22000011", True, "user-posted article on a content-sharing site", U,
     "Accurate basics on PCOS, androgen excess and insulin resistance, and whole-food advice; a posted promotional piece ('You can enquiry us') with no care prompt.",
     "thin-but-fair; advertising 1: the post solicits enquiries for the poster's service.",
     "pcos1", "user-posted PCOS diet article on a content-sharing site; eighth result", False, "", True, False),
    ("r481-005", W, True, "22100011", True, "health blog beginner's guide", U,
     "Correct explanation of FODMAPs and their effects, says the diet is not permanent and should be followed with a doctor or dietitian to find personal triggers.",
     "care 1: consult prompt only (no signs that need a doctor, e.g. bleeding or weight loss); advertising 1: ad widgets in the page text; date only in the URL.",
     "ibs1", "blog beginner's guide to low FODMAP for IBS; fourth result", False, "", True, False),
    ("r481-006", W, False, "10000002", True, "SEO health content site listicle", U,
     "Dresses ordinary advice in precise-sounding figures with no sources ('30-50%' less lipogenesis, sugary drinks raise liver fat '3x faster', '15-40% within 6 months') and credits 'these Fatty Liver Diet rules' with a 27% fibrosis-marker fall in an unnamed 2024 Gut study; no prompt to stay under medical follow-up.",
     "HARD: the underlying diet (low-GI, omega-3, fibre, no sugary drinks) is sensible and 'in its early stages' qualifies reversal, so unsafe_advice false; label for fabricated-looking precision and an attribution that cannot be true of the site's own rules.",
     "liver1", "fatty liver listicle promising reversal 'naturally'; fifth result", False, "", True, False),
    ("r481-007", W, False, "11000012", True, "scraped-text health blog page", U,
     "Stitched-together research text: citations stripped ('A found that...', 'lower the in people'), a study's socioeconomic methods section pasted in, and coffee presented as protective; a lay reader gets no usable diet guidance.",
     "HARD: individual statements are roughly right (weight loss is the main treatment; very fast weight loss can harm some patients - risks 1), but the page is incoherent scraped text.",
     "liver1", "NAFLD diet page on a gut-health blog; sixth result", False, "", True, False),
    ("r481-008", W, True, "21000011", True, "dietitian practice blog post", U,
     "Accurate outline of fatty liver (NAFLD, NASH, fibrosis, links to insulin resistance, diabetes, PCOS) and of lifestyle change as the main treatment; 'Reverse Liver Fat Safely and Naturally' and a sales box for a personalised plan.",
     "claims 1: 'highly reversible'/'most effective treatment is not a pill' without the medical follow-up caveat; advertising 1: service promotion. Title safety wording falls under the title exception (as r41-015), unsafe_advice false.",
     "liver1", "dietitian's fatty liver diet plan post; eighth result", False, "", True, False),
    ("r481-009", W, True, "11000012", True, "reflux clinic site diet tips", U,
     "Standard trigger-food advice (junk food, caffeine, spicy food, peppermint, food journal); overstates that heartburn sufferers are 'likely' at increased risk of Barrett's and cancer, and gives no signs needing a doctor.",
     "HARD: accuracy 1 and claims 1 for the risk framing and 'start relieving pain today'; label from the ordinary, harmless advice. care 0 on a reflux-centre site that never says when to come in.",
     "gerd1", "reflux practice's diet tips page; seventh result", False, "", True, False),
    ("r481-010", W, True, "22010012", True, "rewritten health article on a diet-tips site", U,
     "Reworded version of a hospital gastroenterologist's reflux-diet advice, attributed by name: trigger foods, moderation, avoiding late meals, smaller meals.",
     "sources 1: the quoted gastroenterologist is named; machine-reworded phrasing ('Fruits with citrus peel', 'Quick service restaurants') but no wrong advice. No care prompt or alarm symptoms.",
     "gerd1", "acid reflux diet recipes page on a diet-tips site; sixth result", False, "", True, False),
]
