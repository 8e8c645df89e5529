"""rel211 labels (blind; judged from the stored excerpts only). Tuple order as reltools.build:
id, genre, reliable, scores (accuracy_balance claims care_prompt sources authorship_review date
risks_uncertainty advertising), partial, doc_type, source_leaning, why, note, query key,
picked_because, unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present."""

Q = {
    "qpharm": "pharmacist says viral claim about medicine is false fact check",
    "qmother": "mother says her son's vaccine reaction, \"I just want answers\"",
    "qiver": "fact check: video claims doctor says ivermectin cures cancer",
    "qtiktok": "health influencer misinformation TikTok doctors warn quoted",
}

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

ROWS = [
    ("r211-001", N, True, "22010122", True, "news repost of a Spanish report quoting a pharmacists' college representative on drug hoaxes", U,
     "Quotes a named pharmacist (Rosa Prats) on real harms of health hoaxes: patients stopping blood-pressure drugs, mucosal injuries from antiviral creams, vitamin D excess, aspirin peels; accurate and harm-focused.",
     "date 1: 'Thursday, June 30' with no year. sources 1: named speaker and event, no documents. An unrelated 'Also Read' line is repost clutter, not promotion.",
     "qpharm", "repost of a news report in which a pharmacist describes medicine hoaxes at length", False, "", False, False),
    ("r211-002", W, True, "22011012", True, "fact-check article (African fact-check site)", U,
     "Traces the 'cut every tablet before swallowing, it may contain wire' WhatsApp warning back through years of reposts and calls it a hoax; the quoted claims are clearly attributed as the claims being checked.",
     "sources 1: reverse-image-search trail, no expert or manufacturer consulted in the excerpt. risks 1: the excerpt stops before any word on why splitting some tablets (modified-release) can itself be harmful. warning_signs_warranted false: a fact-check of a viral hoax, not a page on a symptom or condition a reader is living with.",
     "qpharm", "fact-check quoting the viral WhatsApp and Twitter texts verbatim", False, "", False, False),
    ("r211-003", W, False, "11010011", True, "parent's first-person vaccine-injury story on a vaccine-sceptic site", U,
     "Headlined as a vaccine 'horror story' on a site plugging 'the latest vaccine news', but the excerpt is only the pregnancy and birth narrative; the reader gets the causal framing with nothing to weigh it.",
     "HARD: nothing shown is factually wrong (the vaccine part is cut off); labelled false for the headline framing of vaccination as the cause of a child's illness with no balance, as r102-045 was labelled for its headline. risks 1: no intervention discussed in the excerpt beyond the title. advertising 1: newsletter prompt. warning_signs_warranted true: a family story about a child's suspected vaccine injury that worried parents read.",
     "qmother", "mother's first-person story of her son's illness after vaccination, told at length", False, "", True, False),
    ("r211-004", W, False, "11000002", True, "parent's vaccine-reaction story on a vaccine-sceptic advocacy site's memorial pages", U,
     "A mother's account of her son's inconsolable screaming and limpness after whole-cell DPT in 1982, leading to a vow never to vaccinate her children or grandchildren; no context that current acellular vaccines differ or on the risks of the diseases, and it leans on the 1982 'Vaccine Roulette' broadcast.",
     "HARD: the reaction described (persistent crying, episodes of limpness after whole-cell DPT) is a real, recognised reaction, so accuracy 1 rather than 0; false for turning one reaction into refusal of all vaccines for the family with no balance. Not unsafe_advice: a personal vow, not advice to the reader. No sign tied to an action (the child 'would ... pass out' with no call to a doctor).",
     "qmother", "mother's own words about her son's reaction to a vaccine", False, "", True, False),
    ("r211-005", N, True, "22010222", True, "news item on ivermectin cancer-cure misinformation (company news page)", U,
     "Explains that the ivermectin-cures-cancer posts are unsupported, that the drug is approved for certain parasitic infections and rosacea, quotes a named pharmacology researcher and cites Health Canada's warnings about seizures, coma and death.",
     "sources 1: named researcher and agencies, no links or studies shown. date 1: 'since January 2025', 'earlier this year'. Hosted by a drug-screening company (source_leaning unreliable-leaning), no promotion in the excerpt.",
     "qiver", "news report on the ivermectin cancer-cure claims with a researcher quoted", False, "", False, False),
    ("r211-006", N, True, "12010111", True, "machine-translated repost of a Quebec news story on Mel Gibson's ivermectin claims", U,
     "Quotes Gibson's claim and a public-health physician's rebuttal ('Nothing in the scientific literature supports that ivermectin cures cancer') and the Canadian Cancer Society's warning; the message is right but the translation garbles facts.",
     "HARD: machine translation errors ('cows or hair', 'Journal Kevin L’Espérance') and 'a drug given to animals' omits that ivermectin is an approved human medicine (accuracy 1); the debunking is sound and independent voices are quoted, so true. advertising 1: 'Also read' cross-links. risks 1: 'dangerous' and 'false hope' named, no specific harms.",
     "qiver", "news story quoting Gibson's podcast words and expert rebuttals at length", False, "", False, False),
    ("r211-007", N, True, "22010012", True, "machine-reworded repost of a newspaper feature on TikTok health debunkers", U,
     "A feature on the workload and harassment of science and health debunkers on TikTok, quoting a cosmetic chemist, a gastroenterologist, an epidemiologist and a disinformation researcher; no health claims to weigh.",
     "HARD: a reworded copy with garbled lines ('dr. However, Wallace said'), but nothing health-related is misstated. risks 1: no intervention discussed. date 0: 'early this year' only.",
     "qtiktok", "feature quoting several health debunkers in their own words", False, "", False, False),
    ("r211-008", N, True, "22010012", True, "repost of a news feature on medical experts debunking TikTok health claims", U,
     "Shows a false TikTok claim (the pill is 'an analog of ... nandrolone') and a pharmacist's point-by-point rebuttal, noting that contraceptive options have varying side effects; accurate and clearly attributed.",
     "risks 1: side effects mentioned only in passing. The unattributed pull-quote line ('For every large creator ...') is shown as body text on the repost.",
     "qtiktok", "feature quoting a pharmacist's own debunking commentary", False, "", False, False),
    ("r211-009", W, False, "01000002", True, "mother's first-person vaccine-injury and autism story on a vaccine-sceptic site", U,
     "Frames routine vaccination as a reckless choice and says she signed a form releasing the paediatrician from all liability if her son were injured or died, which misstates US vaccination practice; the excerpt builds towards vaccine-caused autism with no evidence or balance.",
     "accuracy 0: the liability-waiver claim is false and the autism framing (URL and title) contradicts the evidence. risks 0: vaccine harms asserted, disease risks ignored. date 0: date only in the URL.",
     "qmother", "mother's first-person story of her son's vaccination and development", False, "", True, False),
    ("r211-010", W, False, "00010001", True, "vaccine information page on a natural-food shop site reprinting a celebrity editorial", U,
     "Reprints Jim Carrey and Jenny McCarthy's editorial that vaccines caused autism and that a child 'recovered' through diet, metal detox and antifungals, under link headings such as 'Flu Vaccine: Still A Major Threat' and 'Vaccines And Sudden Infant Death Syndrome'.",
     "Not unsafe_advice: the recovery and detox claims are attributed to the quoted editorial; the page's own headings make no cure or safety claim. sources 1: CNN and the Poling decision named. advertising 1: a shop's site. warning_signs_warranted true: parents weighing vaccines and autism treatments.",
     "qmother", "shop page quoting a celebrity editorial on vaccine-induced autism at length", False, "", True, False),
]
