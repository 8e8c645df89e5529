"""Label records for rel18 (no page text; short quoted phrases only in why/note/unsafe_quote).
R(id, genre, reliable, scores, partial, doc_type, leaning, why, note, query_key, picked_because,
  unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)
scores = 8 digits in the order accuracy_balance, claims, care_prompt, sources, authorship_review,
date, risks_uncertainty, advertising (0-2 each)."""
Q = {
 'amber': 'amber teething necklace benefits baby',
 'gout': 'gout attack symptoms treatment when to see a doctor',
 'boric': 'boric acid suppositories yeast infection natural cure',
 'ryr': 'red yeast rice lower cholesterol instead of statins',
 'kidney': 'kidney stones symptoms causes treatment hospital',
 'alz': "new Alzheimer's drug slows decline trial results study",
 'ozone': 'ozone therapy clinic cancer Lyme treatment benefits',
 'iv': 'IV vitamin drip therapy hangover immunity benefits wellness clinic',
 'pinkeye': 'pink eye conjunctivitis in children symptoms when to call doctor',
 'preec': 'preeclampsia warning signs pregnancy headache swelling',
 'afib': 'smartwatch detects atrial fibrillation study news',
 'mrna': 'cancer vaccine trial breakthrough melanoma mRNA news',
 'mice': 'university press release new drug shows promise in mice could lead to treatment',
 'trt': 'testosterone replacement therapy clinic low T benefits men',
 'amd': 'macular degeneration AREDS supplements eye vitamins what to know',
 'sjw': "St John's wort depression natural antidepressant",
 'lice': 'head lice treatment children natural remedies essential oils',
 'wegovy': 'FDA approves weight loss drug news patients lost percent body weight',
 'berb': "berberine nature's Ozempic weight loss blood sugar",
 'chel': 'chelation therapy clear arteries heart disease EDTA',
 'conc': 'concussion in children symptoms when to go to emergency room',
 'bhrt': 'bioidentical hormones menopause natural safer than HRT',
 'device': 'company announces FDA clearance device press release pain relief',
 'fish': 'fish oil omega-3 supplements heart study news findings',
 'tags': 'remove skin tags moles at home apple cider vinegar tea tree oil',
 'strep': 'strep throat children symptoms antibiotics when to see doctor',
 'robot': 'hospital press release first patient robotic surgery new procedure breakthrough',
 'oa': 'knee osteoarthritis natural cure glucosamine rebuild cartilage',
 'dem': 'study finds eating daily cuts risk of dementia news superfood',
}
ROWS = []
W, N = 'web page', 'news'
RL, UL = 'reliable-leaning', 'unreliable-leaning'
def R(*a):
    assert len(a) == 15, a[0]
    assert len(a[3]) == 8 and set(a[3]) <= set('012'), a[0]
    ROWS.append(a)

R('r18-001', W, True, '22000022', True, 'dental practice blog post', RL,
  "States plainly there is no evidence amber necklaces relieve teething pain and explains choking and strangulation risks.",
  "No sources named ('no studies or research'); care_prompt 0: no advice to ask a dentist/doctor in the excerpt. warning_signs not warranted: product judged on its claims (HARD: a teething page could give fever/illness signs).",
  'amber', 'dental-clinic blog debunking a baby product; picked as a non-specialist host of possibly accurate advice',
  False, '', False, False)
R('r18-002', W, False, '01000012', True, 'parenting content site article', UL,
  "Presents amber 'healing energy' and skin-absorption theories without saying there is no evidence, and frames the necklace as an alternative to pain relievers; only the strangulation/choking warning is sound.",
  "HARD: the safety warning is good and the claims are attributed ('one theory states'); label for uncritical presentation of implausible mechanisms and a 'pros' section. risks_uncertainty 1: harms given, evidence uncertainty not. unsafe_advice false: no claim in the site's own voice.",
  'amber', 'parenting site explaining a contested baby product; same query as r18-001 so the topic yields both kinds',
  False, '', False, False)
R('r18-003', W, True, '22201212', True, 'consumer health portal article', UL,
  "Clear when-to-see-a-doctor advice for gout, correct first-line treatments, warns against aspirin and urges follow-up for urate lowering.",
  "risks_uncertainty 1: warns about aspirin but gives no NSAID/colchicine side effects. Author field blank ('Expert Content').",
  'gout', 'a when-to-seek-help page for a common painful condition on a commercial Indian portal',
  False, '', True, True)
R('r18-004', W, False, '10010000', True, 'seller blog (shop with sale banner)', UL,
  "DIY boric-acid capsule recipe and dosing for self-treating a yeast infection, with no toxicity, pregnancy or see-a-doctor warnings, and a claim that home remedies 'work to cure' it; on a shop page.",
  "accuracy 1: the dosing resembles guideline use for recurrent/non-albicans infections and the causes are correct; the problem is self-diagnosis and no warnings. sources 1: numbered references.",
  'boric', 'seller site giving a make-it-yourself remedy for a common infection',
  True, 'there are home remedies that work to cure a vaginal yeast infection', True, False)
R('r18-005', W, True, '22200022', True, 'health blog article', UL,
  "Notes boric acid is not FDA-approved for this use, must not be swallowed or put on broken skin, and should be used only under a doctor's guidance.",
  "Excerpt stops before the evidence and dosing sections. warning_signs warranted (a reader may be self-treating symptoms) but none in the excerpt.",
  'boric', 'blog on the same remedy that looked cautious; topic pairing with r18-004',
  False, '', True, False)
R('r18-006', W, False, '10200011', False, 'manufacturer company news page', UL,
  "Red-yeast-rice maker's page presenting its ingredient as an effective natural alternative to statins, citing unnamed studies and omitting variable monacolin content, citrinin contamination and statin-like side effects.",
  "HARD: advises talking to a doctor and not combining with statins; label for one-sided benefit on a seller's site. unsafe_advice false: the alternative-to-statins line is qualified ('for some people', doctor's guidance). risks_uncertainty 1: only the combination warning.",
  'ryr', 'ingredient manufacturer writing about its own product category',
  False, '', False, False)
R('r18-007', W, True, '22121112', True, 'consumer-magazine article re-hosted on a company site', UL,
  "Consumer Reports text: explains monacolin K is lovastatin, cites a named review, quotes independent doctors advising against the pills and explains the regulatory loophole.",
  "risks_uncertainty 1: the risks section is promised but the excerpt stops before it; regulatory and evidence limits are given. care_prompt 1: doctor's advice quoted, no explicit 'talk to your doctor'.",
  'ryr', 'critical article on the same supplement found on an unrelated company host',
  False, '', False, False)
R('r18-008', W, True, '22100011', True, 'hospital emergency-services condition page', RL,
  "Accurate overview of kidney stone symptoms and treatments and the danger of a stuck stone.",
  "HARD warning signs: on a 'when to go to the ER' page, the excerpt names serious complications (kidney damage, infection) but gives no sign-with-action (e.g. fever with pain, cannot keep fluids down), so present=false. advertising 1: 'Treatment at Dignity Health' heading. risks 1: no side effects of treatments.",
  'kidney', 'hospital emergency-department condition page for a common painful condition',
  False, '', True, False)
R('r18-009', N, False, '11000202', False, 'tech/science news story', UL,
  "Reports donanemab as 'the best hope yet' on the maker's press statement alone: relative 35% figure, no absolute difference, no brain-swelling/bleeding harms or deaths, no independent voice.",
  "accuracy 1: the figures match the company statement. risks 0: no harms, no limits.",
  'alz', 'news on a new Alzheimer drug result, a classic health-news-review target',
  False, '', False, False)
R('r18-010', N, True, '22010012', True, 'wire story re-posted on a Wix blog', UL,
  "AP copy: says the drug 'might modestly' slow decline, that both trials missed their main goals and that the 34% figure comes from pooled results in mild patients.",
  "risks_uncertainty 1: uncertainty conveyed well, harms not in the excerpt. sources 1: only the maker named.",
  'alz', 'wire story on an earlier Alzheimer drug, re-hosted on a personal site',
  False, '', False, False)
R('r18-011', N, False, '01000002', True, 'health news blog item', UL,
  "Calls solanezumab's result a possible 'turning point' and gives a 34% figure without saying both trials missed their main goals and it came from pooled subgroup data.",
  "Same result as r18-010 reported without the caveats. risks 0: no harms or limits.",
  'alz', 'blog report of the same drug result as r18-010, for contrast',
  False, '', False, False)
R('r18-012', W, False, '00001010', False, 'private clinic service page (ozone therapy)', UL,
  "Clinic page claiming ozone 'deactivates' chronic infections in the blood and that most chronically ill patients benefit, with no evidence and side effects played down; sells the therapy.",
  "risks_uncertainty 1: lists some side effects (heparin, chest discomfort) but frames them as 'very few' and gives no evidence uncertainty; no mention of regulators' warnings.",
  'ozone', 'clinic selling ozone therapy for chronic Lyme, a contested diagnosis and treatment',
  True, 'Most patients with chronic illness can benefit from Ozone therapy', False, False)
R('r18-013', W, False, '00010002', False, 'blog post on an unrelated home-care agency site (scraped/garbled text)', UL,
  "Presents ozone as an oxygenation cancer treatment via the Warburg quote, generalises one small study, and states ozone is 'perfectly safe to breathe', which is false.",
  "Text is partly garbled (machine-assembled). sources 1: one named study. advertising 2: no promotion in the text itself.",
  'ozone', 'spam-like blog text on ozone for cancer on an unrelated business site',
  True, 'medical grade ozone is perfectly safe to breathe', False, False)
R('r18-014', N, True, '22020012', True, 'magazine feature (Prevention) re-hosted on an aggregator', UL,
  "Magazine story on IV vitamin drips that says evidence for the claims is 'scant' and quotes two named independent doctors, one sceptical, one describing limited benefits.",
  "Genre news: a magazine trend story about a product/service. risks_uncertainty 1: evidence uncertainty stated, drawbacks promised after the cut. Title's 'to Cure Hangovers and Colds' describes what people seek, not a claim.",
  'iv', 'magazine trend piece on a wellness treatment, re-hosted',
  False, '', False, False)
R('r18-015', W, False, '00010000', False, 'IV drip business page', UL,
  "IV-drip seller's page presenting hangover, immunity, energy and beauty benefits through quotes from IV-business owners, with no evidence, no risks and no mention that benefits are unproven.",
  "HARD unsafe_advice: the benefit claims are quotes from other IV-clinic founders ('It works because...'), so false under the 'quoted claim' rule even though the seller uses them as its pitch. sources 1: cites US News and named doctors (both with a conflict).",
  'iv', 'a seller of the same IV service as r18-014',
  False, '', False, False)
R('r18-016', W, True, '22201012', True, "paediatrician's practice blog (triage list)", RL,
  "Clear, graded triage list for a child's red eye (seek care now / within 24 hours / office hours / home care), including the fever-in-young-infant warning.",
  "risks_uncertainty 1: no intervention discussed beyond home care (convention as round 17). sources 0: appears adapted from standard paediatric triage protocols without credit.",
  'pinkeye', "paediatrician's page on a common childhood complaint",
  False, '', True, True)
R('r18-017', W, True, '22100012', False, 'paediatric practice patient-education page', RL,
  "Accurate short explanation of viral, allergic and bacterial pink eye, noting most cases resolve without treatment.",
  "HARD warning signs: warranted (parent managing a child's eye at home); the bacterial-signs sentence implies a visit but gives no urgent signs (pain, vision change, swollen lid, newborn), so present=false. risks 1: drops mentioned without side effects.",
  'pinkeye', 'second paediatric practice page on the same complaint, shorter and without a triage list',
  False, '', True, False)
R('r18-018', W, True, '22200012', False, 'personal Blogspot health blog (copied text)', UL,
  "Accurate description of preeclampsia and its severe symptoms with the instruction to call the doctor or midwife immediately.",
  "Text appears copied from a mainstream source without credit; 2009 definition (protein in urine required) is slightly dated but not misleading. risks_uncertainty 1: no intervention discussed.",
  'preec', 'old personal blog on a pregnancy emergency; unreliable-leaning host with possibly accurate text',
  False, '', True, True)
R('r18-019', W, False, '12000012', False, 'TV news site health explainer', RL,
  "Lists proteinuria, upper abdominal pain and nausea as the 'three early symptoms' of preeclampsia, omits headache, vision changes and swelling, and never tells the reader to contact a midwife or doctor.",
  "HARD: nothing stated is false; label for misleading, incomplete warning signs with no action on a potentially fatal condition. risks_uncertainty 1: no intervention discussed (delivery mentioned as the cure).",
  'preec', 'mainstream news-site explainer on the same condition as r18-018',
  False, '', True, False)
R('r18-020', N, True, '22010012', False, 'newspaper health-gadgets news item', RL,
  "Reports that the smartwatch algorithm was accurate in cardioversion patients but less so in ambulatory people, discloses the app maker's funding and the difficulty of generalising.",
  "risks_uncertainty 1: limits stated; no word on false alarms or overdiagnosis. sources 1: study named, no independent comment.",
  'afib', 'news on a consumer device used as a screening test',
  False, '', False, False)
R('r18-021', N, True, '21010002', False, 'TV network video-page summary', RL,
  "Gives absolute recurrence-free figures for both arms (79% vs 62% at 18 months); says nothing of harms, trial size or phase, or company funding.",
  "HARD: short teaser with a co-author as the only voice and no harms or limits (risks 0); judged not misleading because the benefit is quantified in absolute terms. claims 1: 'until now' framing.",
  'mrna', 'mainstream TV news item on a cancer vaccine trial',
  False, '', False, False)
R('r18-022', N, False, '00000001', True, 'lifestyle content-site news story', UL,
  "Sells a mid-stage trial as a 'revolution' with a 'staggering 96% survival rate', giving no comparator arm, no trial size, no harms and no source.",
  "advertising 1: newsletter/subscribe clutter on a clickbait content site.",
  'mrna', 'clickbait rewrite of the same cancer-vaccine story as r18-021',
  False, '', False, False)
R('r18-023', N, True, '22010012', False, 'aggregator rewrite of a wire report', UL,
  "States the 44% relative reduction, says the data are interim, not ready for routine use and that survival and durability are unknown.",
  "Title in front matter taken from the URL slug (excerpt has none). risks_uncertainty 1: uncertainty well stated, harms not mentioned; relative figure only.",
  'mrna', 'aggregator rewrite of later results of the same vaccine, for contrast',
  False, '', False, False)
R('r18-024', N, True, '21010012', False, 'news brief (academic news site) pointing to a university release', RL,
  "Short brief that says the molecule worked in mice, has only been tested in mice and that researchers hope to reach clinical testing.",
  "HARD: 'showed no side effects' is stated flatly (claims 1) but is about mice; no numbers, no journal, no independent voice. Judged not misleading because the animal stage is explicit in title and body.",
  'mice', 'academic-news brief on an animal result, the genre most often overhyped',
  False, '', False, False)
R('r18-025', N, False, '10010002', False, 'science-news re-post', UL,
  "Headline says the drug 'stops' Parkinson's progression although the body says it slows it in mice and cell cultures; no caveat that mouse results often fail in people.",
  "HARD: 'in mice' is stated throughout; label for the 'stops' headline, 'the disease itself' framing and no limits (risks 0).",
  'mice', 'second animal-study story from the same query, re-posted press-release wording',
  False, '', False, False)
R('r18-026', N, True, '22000102', False, 'newspaper news summary (AP format)', RL,
  "States the modest average weight loss (3-3.7% over a year) and the approved population and that diet and exercise are needed; no side effects or placebo figures.",
  "HARD: risks 0 (no harms, no placebo comparison, no cost) in a short summary box; judged not misleading because the benefit is quantified and modest. date 1: year only in URL/copyright.",
  'wegovy', 'newspaper summary of an obesity-drug approval (older drug, later withdrawn)',
  False, '', False, False)
R('r18-027', N, True, '22010202', False, 'local TV site carrying an AP wire story', RL,
  "AP story giving weight loss on the drug (15%) against placebo (2.5%), noting the studies were company-funded and that it is meant to be used with diet and exercise.",
  "risks_uncertainty 0: no side effects, weight regain or cost in the text shown. sources 1: company funding disclosed, no independent voice.",
  'wegovy', 'wire story on the semaglutide approval',
  False, '', False, False)
R('r18-028', N, False, '10010001', False, 'radio-station DJ blog news item', UL,
  "Calls the drug a 'game-changer' that lets people achieve 'what was only possible through weight-loss surgery', with no placebo comparison, side effects, cost or need for continued use.",
  "sources 1: one named researcher quoted (her trial role not stated). advertising 1: 'Sponsored Content' blocks beside the text.",
  'wegovy', 'entertainment-site rewrite of the same approval as r18-027',
  False, '', False, False)
R('r18-029', W, False, '00000002', True, 'article-directory listicle (content farm)', UL,
  "One-sided list of TRT benefits framed around normal age-related decline in men and women, with no evidence, no risks and no mention that TRT is for confirmed deficiency.",
  "Title in front matter paraphrased from the excerpt's own wording (the excerpt has no heading). unsafe_advice false: benefit claims are hedged 'can help'. warning_signs not warranted: treatment-benefit page judged on its claims.",
  'trt', 'content-farm page on a heavily marketed therapy',
  False, '', False, False)
R('r18-030', W, True, '21200020', False, 'hormone clinic glossary page', UL,
  "Seller's page that limits TRT to blood-test-confirmed low testosterone, names real risks (red cells, sleep apnoea, prostate, breast enlargement) and requires medical supervision.",
  "HARD: ends with a plug for the clinic (advertising 0) and carries an AI-editing artefact line; 'significantly improve quality of life' is qualified to clinically low levels (claims 1). Label from the text, which is balanced.",
  'trt', "clinic page on the same therapy; a seller's page can be accurate",
  False, '', False, False)
R('r18-031', W, False, '11210012', False, 'health information site page', UL,
  "Opens by saying the supplement 'may also help prevent both wet and dry types' and later that it will not prevent AMD; describes AREDS2 as still under way and gives the beta-carotene formula without the smokers' lung-cancer warning.",
  "HARD: advises against self-treatment and warns about high-dose zinc (care 2, risks 1); label for the contradictory prevention claim and outdated formula advice. warning_signs warranted (reader with AMD: sudden distortion/vision loss needs prompt care), none present.",
  'amd', 'supplement-advice page on a common eye disease',
  False, '', True, False)
R('r18-032', W, True, '22210012', True, 'ophthalmology practice news page', RL,
  "Explains what AREDS/AREDS2 showed (25% less progression in the right patients), tells readers to take them if their ophthalmologist recommends and warns about mislabelled eye vitamins.",
  "risks_uncertainty 1: regulation/label warning given; beta-carotene/zinc harms not in the excerpt. warning_signs warranted, not present in the excerpt.",
  'amd', 'eye-specialist page on the same supplements as r18-031',
  False, '', True, False)
R('r18-033', W, True, '22220022', False, 'natural-products magazine short item', UL,
  "Says St John's wort helps mild to moderate, not severe, depression, warns of drug interactions and not to combine it with antidepressants, and cites its source.",
  "HARD warning signs: a depression self-care item; warranted (reader may be depressed: urgent help for suicidal thoughts), not present. date 0: only the cited source carries a date (9/16).",
  'sjw', 'natural-products magazine on an herbal antidepressant',
  False, '', True, False)
R('r18-034', W, False, '11000002', True, 'herbal information site category page', UL,
  "Recommends St John's wort and a list of other herbs for depression with no interaction warnings (antidepressants, contraceptives), no severity limits and no advice to see a professional.",
  "HARD: the one sentence about milder depression is roughly accurate; label for promoting herbal self-treatment of depression with no safety information. Excerpt is only the category intro (list cut).",
  'sjw', 'herbal site on the same remedy as r18-033',
  False, '', True, False)
R('r18-035', W, False, '10000002', True, 'alternative-health site article', UL,
  "Calls lice shampoos 'dangerous chemical pesticides' that are 'quite unnecessary', says 'a natural remedy is your best bet' and recommends a rubbing-alcohol and tea-tree spray on a child's hair with no safety warning.",
  "accuracy 1: the combing advice is sound. unsafe_advice false: steers away from OTC (not prescribed) products and makes no cure/safety guarantee; hard call. warning_signs warranted (child with a scalp condition; infection mentioned) but no action given.",
  'lice', 'alternative-health site on a common childhood problem',
  False, '', True, False)
R('r18-036', W, True, '21000012', True, 'personal blog archive page', UL,
  "Recommends wet combing twice daily for three weeks with oil, noting that experts think the combing does most of the work and advising against mayonnaise/Vaseline.",
  "HARD: 'preferable to harsh chemicals' framing and 'work well' claim (claims 1); label from mostly evidence-based combing advice. Title in front matter made up from content (archive page has none). warning_signs warranted, none present.",
  'lice', 'blog on the same problem; unreliable-leaning host with possibly sound advice',
  False, '', True, False)
R('r18-037', W, False, '00110002', True, 'newspaper health article (newsletter link page)', UL,
  "Sets berberine against semaglutide, listing the drug's harms one-sidedly while asserting berberine prevents diarrhoea, lowers 'leaky gut' risk, improves fatty liver and eases anxiety and depression; no berberine side effects or interactions.",
  "care_prompt 1: the only advice to consult a physician concerns adulteration. sources 1: 'data show' without citations in the excerpt. Genre web page: a health feature, not news of a study.",
  'berb', "feature promoting a supplement trend ('nature's Ozempic')",
  True, 'Berberine helps prevent diarrhea, lowers the risk of leaky gut', False, False)
R('r18-038', W, False, '11010002', False, 'naturopathy/wellness site blog post', UL,
  "Says one small 2020 study showed berberine was 'as effective as metformin' for type 2 diabetes, with no side effects, interactions or evidence limits.",
  "HARD: hedged elsewhere ('may help', 'most effective when combined with conventional treatments'); label for presenting a single small study as drug equivalence to people with diabetes and no risk information.",
  'berb', 'naturopath site on the same supplement as r18-037',
  False, '', False, False)
R('r18-039', W, False, '00000000', True, 'clinic programme page (chelation/detox)', UL,
  "Clinic page calling chelation 'a safe, and effective method' and presenting IV EDTA for vascular disease, with a pitch for its own detox assessment; no evidence or risks.",
  "",
  'chel', 'clinic offering chelation, a therapy promoted for heart disease',
  True, 'Chelation is a safe, and effective method of removing undesirable materials from the body', False, False)
R('r18-040', W, True, '22200022', False, 'consumer health portal therapy page', UL,
  "States that chelation's safety and effectiveness for heart disease are unproven, lists side effects up to kidney damage and tells readers to speak with a doctor.",
  "warning_signs not warranted: therapy explainer judged on its claims.",
  'chel', 'consumer portal page on the same therapy as r18-039',
  False, '', False, False)
R('r18-041', W, False, '11011212', True, 'personal website article by a named retired health educator', UL,
  "Author recounts hesitating over the immediate procedure his cardiologist urged for heart-attack symptoms and finding chelation as 'an alternative to surgery'; later notes there is no proof for oral EDTA.",
  "HARD: partly sceptical of chelation sellers (sources 1, risks 1), but the narrative presents delaying urgent cardiac care for self-research as reasonable. unsafe_advice true on that framing (discourages the recommended procedure). warning_signs warranted (heart-attack symptoms discussed), none given.",
  'chel', 'personal page on chelation as a surgery alternative; first-person health story',
  True, 'My research uncovered an alternative to surgery', True, False)
R('r18-042', W, True, '22200012', True, 'regional parenting magazine article', RL,
  "Explains concussion signs in children and lists the signs that need a prompt trip to the emergency department.",
  "risks_uncertainty 1: no intervention discussed.",
  'conc', 'parenting magazine on a common childhood injury',
  False, '', True, True)
R('r18-043', W, True, '22100112', True, 'gynaecology practice blog post', RL,
  "Explains that 'bioidentical' is a marketing term and that all hormone therapies are lab-made, countering the 'natural is safer' framing.",
  "risks_uncertainty 1: the excerpt stops before risks/compounding; date 1: '2024' in text. warning_signs not warranted: terminology explainer (HARD: a reader on HRT might need bleeding/clot signs).",
  'bhrt', 'specialist practice on a heavily marketed menopause treatment',
  False, '', False, False)
R('r18-044', N, False, '10000001', False, 'trade-portal news rewrite of a company announcement', UL,
  "Reports an 83% pain reduction and 'no safety issues' from a nine-person uncontrolled company pilot, with only the CEO quoted.",
  "advertising 1: company announcement presented as industry news.",
  'device', 'company-announcement news about a pain device',
  False, '', False, False)
R('r18-045', N, False, '10000001', True, 'nursing journal product-news column', RL,
  "Repeats manufacturers' claims ('ensures' appropriate treatment, 'maximum pain relief', 'does not overdry or irritate the skin') for a TENS unit and an acne device, with no evidence, numbers or limits.",
  "HARD: reliable-leaning professional publication; label for uncritical reproduction of company claims. Calls 510(k) clearances 'approval'. Three items in one column; judged as a whole.",
  'device', 'professional-journal news column on newly cleared devices',
  False, '', False, False)
R('r18-046', N, True, '22010212', False, 'wire story on a regulator action', RL,
  "Reports the FTC settlement over a pain device's unproven 'clinically proven' and 'FDA cleared' claims, with amounts and the regulator's reasoning.",
  "risks_uncertainty 1: the story is about unsupported claims; device harms not at issue.",
  'device', 'wire story about a regulator acting on pain-device marketing',
  False, '', False, False)
R('r18-047', N, True, '22020012', True, 'news site story on a trial', UL,
  "Gives absolute event rates for fish oil vs placebo (11.7% vs 11.9%) in a named NEJM trial, the population studied, and an independent expert's comment.",
  "risks_uncertainty 1: limits of supplements discussed; no harms (none expected).",
  'fish', 'news story on a null supplement trial',
  False, '', False, False)
R('r18-048', W, False, '00000002', True, 'lifestyle content-site listicle', UL,
  "Treats skin tags and moles as the same thing and promises that tea tree oil and vinegar remove them, calling home remedies 'simpler, safer' than surgery, with no advice to have a mole checked.",
  "Home removal of moles can delay a melanoma diagnosis; no warning signs given (warranted: changing or bleeding mole needs a doctor).",
  'tags', 'content-site home-remedy listicle for skin growths',
  True, 'simpler, safer and less expensive home remedies', True, False)
R('r18-049', W, True, '21220022', True, 'lifestyle how-to article', UL,
  "Says no studies support tea tree oil for skin tags, gives its toxicity and allergy risks with a cited review, and says not to self-treat growths that bleed, grow or are multicoloured.",
  "claims 1: calls the approach 'fairly risk-free'. warning_signs present: bleeding/growing/multicoloured growths with 'First seek a...' (the excerpt cuts before the word doctor/dermatologist; counted as present).",
  'tags', 'how-to site on the same remedy; possibly accurate on a lifestyle host',
  False, '', True, True)
R('r18-050', W, True, '22200012', True, 'paediatric practice condition page', RL,
  "Accurate strep-throat page: test to confirm, antibiotics and finishing the course, comfort care, and clear signs that need medical care (breathing or swallowing difficulty, drooling, persistent fever, no improvement at 48 hours).",
  "risks_uncertainty 1: antibiotics and analgesics given without side effects or allergy caveats.",
  'strep', "paediatric practice page on a common childhood infection",
  False, '', True, True)
R('r18-051', W, False, '10010002', True, 'nutrition/supplement information site condition page', UL,
  "States that 'joint-supportive supplements' and an anti-inflammatory, low-carb diet slow osteoarthritis progression and that various vitamins protect cartilage, as settled fact.",
  "HARD: weight management and exercise are also mentioned and nothing is dangerous; label for unsupported progression claims presented as fact. sources 1: claims '82 references' (not shown). warning_signs warranted (HARD: hot, swollen joint needs a doctor), none present.",
  'oa', 'nutrition site on a chronic condition often targeted by supplement claims',
  False, '', True, False)
R('r18-052', W, True, '21010012', False, 'keyword/spam site re-hosting magazine text', UL,
  "Magazine text on osteoarthritis: weight loss and exercise as the main remedies, with named experts, and glucosamine evidence described as limited.",
  "HARD: spam host with a garbled keyword sentence ('promotes joint osteoarthritis cure') and a stray number string; label from the accurate body (as round 1 did for re-hosted accurate text). claims 1: garbled 'cure' wording and 'symptoms disappear'. warning_signs warranted, none present.",
  'oa', 'spam-host page whose body looked like mainstream magazine text',
  False, '', True, False)
R('r18-053', N, False, '10010212', False, 'local radio news item', RL,
  "Headline and lede say popcorn 'can help lower the risk of dementia' from an observational whole-grain study that measured cognitive scores, not dementia; the effect was seen only in Black participants.",
  "HARD: the subgroup limit is stated (risks 1); label for causal framing, the popcorn angle and dementia substituted for cognitive scores.",
  'dem', 'diet-and-dementia news, a common overclaiming genre',
  False, '', False, False)
R('r18-054', N, False, '10010002', True, 'news video description', UL,
  "Says daily cheese 'offered a strong protection' against cognitive decline and daily red wine may reduce risk, from an observational food-questionnaire study, with no caveat about association vs causation or alcohol harms.",
  "",
  'dem', 'video news on a diet-and-dementia study',
  False, '', False, False)
R('r18-055', N, False, '10000200', True, 'hospital press release', RL,
  "Hospital release on its first robotic operations: 'most advanced' system, patients 'recover in days, rather than weeks' with less pain and bleeding, with no evidence, comparison with standard laparoscopy, risks or costs.",
  "The surgeon's quote that the robot does not do the operation is fair; label for unsupported benefit claims in self-promotion (advertising 0).",
  'robot', 'hospital press release about a new device/procedure',
  False, '', False, False)
R('r18-056', N, True, '21010012', True, 'aggregator re-post of a consumer news story', UL,
  "Reports the MIND-diet cohort with associational wording ('less likely', 'linked to') and figures (9%, 25% lower risk), naming the university and researcher.",
  "HARD: the researcher's 'confirm ... may prevent' quote and 'scientists say can help protect brain cells' go beyond an observational study, and no independent voice; judged not misleading overall because diet advice is low-risk and the wording is mostly associational.",
  'dem', 'second diet-and-dementia story, more careful wording',
  False, '', False, False)
