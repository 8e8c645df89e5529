from lib import P
# b02: queries 7-12 (berberine, sea moss, castor oil packs, nattokinase, ivermectin cancer, bee venom)
P("https://www.sportskeeda.com/health-and-fitness/berberine-a-promising-supplement-diabetes-potential-health-risk-here-s-know", "lifestyle/health news article on berberine as 'nature's Ozempic'", [
 ("Berberine has more than 60 million views on TikTok, suggesting that many people are looking for a cost-effective alternative to prescription drugs.", "", "S", "unsourced figure (hard call: a view count)"),
 ("Users on TikTok and other social media platforms claim that it can help improve insulin sensitivity, lower blood glucose and lose weight.", "", "", "reported claims"),
 ("Consult healthcare provider before taking in any supplement.", "image caption", "P", "prompt, even as a caption (hard call)"),
 ("While experts caution that it's not a one-to-one replacement for Ozempic or other semaglutide drugs, the supplement has been linked to several potential health benefits, including lowering blood sugar and reducing cancer risk.", "", "", ""),
], g="N")
P("https://thehealthchannel.com/content/berberine-could-it-be-natures-answer-to-ozempic", "health content site article: berberine as nature's answer to Ozempic", [
 ("Research supports its multifaceted health benefits.", "", "S", "research claim, no citation"),
 ("For instance, a review of 12 studies highlighted that berberine significantly reduces body weight, BMI, waist circumference, and inflammation markers.", "", "S", "unnamed review"),
 ("Given its cost and these potential side effects, many are turning to natural alternatives that promise similar health benefits.", "", "", "reported behaviour, not an instruction"),
 ("These findings position berberine as a potent natural agent for improving metabolic health.", "", "", ""),
], g="G")
P("https://www.dailyleap.com/everything-you-need-to-know-about-berberine-the-so-called-natures-ozempic", "lifestyle magazine article on berberine", [
 ("Currently, berberine is marketed as a dietary supplement, typically in tablet form, with recommended doses of approximately 500 mg taken twice to three times daily.", "", "", "describes marketed doses, not an instruction"),
 ("However, berberine is less effective than Ozempic.", "", "", ""),
 ("Certainly, this catchy label makes it seem like a natural substitute for one of the most talked-about weight-loss and blood-sugar medicines today.", "", "", "debunking"),
], g="N")
P("https://kombitamir.net/what-are-the-92-minerals-in-sea-moss/", "content site article on '92 minerals in sea moss'", [
 ("This humble seaweed has gained attention for its incredible nutrient profile, boasting a whopping 92 minerals out of the 102 our bodies need.", "", "S", ""),
 ("From boosting immunity to improving skin health, sea moss seems to do it all.", "", "", "hedged ('seems')"),
 ("When consumed regularly, sea moss supplements these minerals, filling nutritional gaps in the diet.", "", "", ""),
], g="G")
P("https://ticker.tv/news/tiktok-is-wrong-sea-moss-does-not-contain-92-essential-minerals/93341/", "news article debunking the sea moss '92 minerals' claim", [
 ("While sea moss does have some nutritional value, the claim that it contains 92 essential minerals is false and misleading.", "", "", "debunking"),
 ("The reality is that there are only around 20 essential minerals that our bodies require.", "", "S", "figure without source (hard call)"),
 ("Sea moss can store heavy metals like lead, nickel, and arsenic, which can be harmful in excess.", "", "", ""),
 ("However, it is important to note that Sebi was a self-proclaimed herbal healer, not a physician.", "", "", ""),
], g="N")
P("https://askvity.info/sea-moss-nutrients/what-are-the-92-vitamins-in-sea-moss", "Q&A content site on sea moss nutrients", [
 ("It is essential to consult with a healthcare professional or registered dietitian before using sea moss as a dietary supplement, especially if you have any underlying health conditions or are taking medications.", "", "P", ""),
 ("The high iodine content of sea moss, in particular, can be problematic for individuals with thyroid issues.", "", "", ""),
 ("While it does contain some vitamins, the claim of 92 specific vitamins is inaccurate.", "", "", ""),
], g="G")
P("https://healthkerri2.rssing.com/chan-63781939/article5.html", "health blog (feed copy) on castor oil packs", [
 ("However, many people are not aware that when applied topically, it can reduce pain and inflammation, break up scar tissue (it is especially effective for C-sections), detoxify the liver, treat ovarian cysts, and promote healthy bowel movements in people suffering from constipation.", "", "", "treatment claims without cure wording"),
 ("Castor oil should not be taken internally.", "", "", ""),
 ("As with any new treatment protocol, please consult with your naturopathic or medical doctor to ensure that your health concerns will benefit from the use of castor oil packs.", "", "P", "medical doctor offered as one of two options (hard call)"),
], g="B")
P("https://acupuncture-studio.com/castor-oil-packs/", "acupuncture and fertility clinic page on castor oil packs", [
 ("Castor packs should be done 2-3 times per week for approximately 45 minutes.", "", "", "frequency and duration of a topical pack, no amount of a substance (hard call)"),
 ("Additionally, it’s great for healing scar tissue.", "", "", ""),
 ("If you’re going through IVF, you can use castor packs up until you start stimulation drugs, or if undergoing FET – up until you start progesterone (approx 6 days before transfer).", "", "", "timing of the pack around IVF drugs, no change to the drugs"),
 ("I recommend castor packs to patients with:", "followed by list: endometriosis, ovarian cysts, constipation, painful periods, thin uterine lining", "", ""),
], g="A")
P("https://drweil.com/health-wellness/health-centers/women/why-bother-with-castor-oil-packs", "integrative physician's Q&A column", [
 ("While many people swear by them, I know of no scientific studies demonstrating that they have the detoxifying effect that Cayce claimed.", "", "", ""),
 ("Take 400 IU of vitamin E twice a day.", "list item: 'Instead of castor oil packs, I suggest you try these approaches to managing your fibroids'", "O", ""),
 ("For liver disorders, I recommend taking extracts of the seeds of milk thistle (Silybum marianum), a non-toxic herbal remedy.", "", "C", "unqualified 'non-toxic' (hard call)"),
 ("European research shows that it stimulates regeneration of liver cells and protects them from toxic injury.", "", "S", "no citation"),
 ("Fibroids can be removed via a myomectomy, an operation that can preserve your uterus and fertility.", "", "", ""),
], g="H")
P("http://foundationsofherbalism.com/HerbWalk/Immune/castor.php", "herbalism teaching site, castor oil page", [
 ("The castor oil has active constituents called lectins that are absorbed into a local area and call forth and activate the immune system to help remove tumors, cysts, and promote healing.", "", "C", "mechanism stated as fact ending in removing tumors (hard call)"),
 ("It is best to do a castor oil pack at least 5 days a week, usually in the evening, or other times it is convenient.", "", "", "frequency, no amount"),
 ("Externally it is used for warts, fibroid cysts, appendicitis, sores, abscesses, and neuralgia (as a castor oil pack).", "", "", "reported use (hard call: appendicitis)"),
], g="A")
P("https://outdotoday.com/unlock-the-power-of-nattokinase-a-natural-blood-thinner-supplement/", "content site article: nattokinase as a natural blood thinner", [
 ("Mainstream blood thinning medication comes with side effects and may not be suitable for everyone.", "", "", ""),
 ("This is where nattokinase, a natural enzyme derived from fermented soybeans, offers an alternative solution.", "previous sentence: 'Mainstream blood thinning medication comes with side effects and may not be suitable for everyone.'", "M", "swap framing against prescribed anticoagulants (hard call)"),
 ("Research shows this enzyme has potent fibrinolytic activity, meaning it breaks down fibrinogen in the blood.", "", "S", ""),
 ("Dissolving existing clots – Its potent fibrinolytic actions help dissolve clots before they become dangerous.", "list item under 'Science-backed benefits'", "", "'help dissolve' (hard call)"),
], g="G")
P("https://www.truthforhealth.org/2026/02/dr-vliets-health-tip-nattokinase-the-natural-clot-buster-your-heart-deserves", "advocacy foundation's health-tip column by a physician", [
 ("Nattokinase, the Japanese secret weapon against heart disease, has become truly a life-saving, clot-dissolving natural enzyme Big Pharma does not want you to know.", "", "", "efficacy hype without cure/safety wording (hard call)"),
 ("Nattokinase may be the game-changer for heart patients you have been looking for if you are concerned about blood clots and plaque but bothered by statin risks and side effects.", "", "M", "swap framing against statins, hedged by 'may' (hard call)"),
 ("Nattokinase is an enzyme derived naturally from the fermentation of soybeans that is far less expensive than statin medications, has markedly less risk than statins and none of the major adverse side effects characteristic of statins, which we will be discussing in depth on our upcoming Faith Over Fear seminar February 24 8 PM ET (link above).", "", "C", "'none of the major adverse side effects' (hard call)"),
 ("In particular, studies show that people with diets rich in this traditional Japanese food made by fermenting soybeans with friendly bacterium called Bacillus subtilis natto, have lower rates of death from heart diseases.", "", "S", ""),
], g="A")
P("https://www.newsmax.com/health/dr-blaylock/nattokinase-anticoagulant-aspirin/2025/06/17/id/1215370/", "news site health column (Dr Blaylock) on nattokinase", [
 ("It has also been shown to be safer than most anticoagulant medications, and more effective.", "", "S", "'has been shown' without citation; comparative, not C"),
 ("The usual dose was 2,000 FU once or twice a day, taken on an empty stomach.", "", "", "dose reported from studies"),
 ("Taking two DGL-plus capsules with the aspirin significantly reduces the bleeding problem.", "", "O", "consumer amount and timing (hard call)"),
 ("If a person has had a stroke, they should not lower their blood pressure.", "", "", "advice against a treatment goal but no medicine named (hard call)"),
 ("Nattokinase is poorly absorbed, but most studies show it works, so it must be partially absorbed.", "", "S", ""),
], g="N")
P("https://www.reference.com/health/benefits-taking-nattokinase-reduce-blood-clots-e2630bb791d8fa21", "Q&A reference site on nattokinase", [
 ("Patients taking any medication that already thins the blood should not take nattokinase unless cleared by their doctor.", "", "P", "double-negation consult prompt"),
 ("However, as of 2015 there is no scientific evidence supporting these claims, though it is generally thought to be safe to consume regularly.", "", "", "hedged safety"),
 ("There is no exact recommended dosage.", "", "", ""),
], g="G")
P("https://www.wnd.com/2024/06/top-doctor-confirms-ivermectin-cures-cancer/?utm_source=rss&utm_medium=rss&utm_campaign=top-doctor-confirms-ivermectin-cures-cancer", "news site repost (Slay News): 'Top doctor confirms ivermectin cures cancer'", [
 ("(SLAY NEWS) – A renowned medical doctor has spoken out to confirm reports that the drug ivermectin has been used to successfully cure cancer patients.", "", "C", "writer presents the cure as confirmed (hard call: reported speech)"),
 ("Marik, a former critical care doctor at Sentara Norfolk General Hospital who also served as chair of the Division of Pulmonary and Critical Care Medicine at Eastern Virginia Medical School in Norfolk, Virginia, revealed that “the cancer disappeared” when patients were given ivermectin.", "", "", "quoted claim in reported speech (hard call)"),
 ("Second to penicillin, Ivermectin is often recognized for having the greatest impact on human health.", "", "", ""),
], g="N")
P("https://www.2ndsmartestguyintheworld.com/p/make-ivermectin-great-again-national", "Substack newsletter post on ivermectin and cancer", [
 ("For many years now this Substack has been researching and refining the ultimate cancer cure using a combination of inexpensive repurposed compounds, and now mainstream science and the Medical-Industrial Complex finally have no choice but to begrudgingly concede that there already exists a cancer cure in plain sight.", "", "C", ""),
 ("And BigPharma’s worst nightmare is now coming to pass, because inexpensive repurposed compounds work far better than any depopulation injection in curing the world of a broad range of diseases, and there are quite literally no profit margins for the likes of Pfizer.", "", "C", ""),
 ("So, now that BigPharma’s products have increased the market for cancer, and their overall vaccine acceptance is imploding, their last remaining cash cow is cancer “treatment.”", "", "", "distrust of cancer treatment without steering the reader (hard call)"),
 ("Most recently, it was the NIH that came out admitting that ivermectin has anticancer properties…", "", "", ""),
], g="B")
P("https://ontilttv.com/index.php/2024/10/23/doctors-push-for-cheaper-cancer-cures-but-big-pharma-stands-firm", "alternative news site article on repurposed drugs for cancer", [
 ("Since Richard Nixon declared war on cancer in 1971, the National Cancer Institute has spent nearly $160 billion on research and treatment for this deadly disease.", "", "S", ""),
 ("Cancer rates are skyrocketing, including among young adults.", "", "S", "trend claim without source (hard call)"),
 ("This protocol, published in the Journal of Orthomolecular Medicine, combines several antiparasitic drugs that are much safer and cheaper than typical cancer treatments: ivermectin, fenbendazole, and mebendazole.", "", "", "comparative safety, not an unqualified claim (hard call)"),
 ("These same antiparasitic agents, which showed promise against COVID, also seem effective against many cancers by targeting the mitochondrial-stem cell connection, believed to be a key factor in the aggressive growth of cancer.", "", "", "hedged"),
], g="N")
P("https://blog.doctordeva.com/preventing-cancer-by-increasing-the-p53-gene-with-ivermectin", "integrative doctor's blog on ivermectin and p53", [
 ("Ivermectin helps the cancer cells reestablish the ability to detect that it is cancerous and thereby trigger an internal process of cancer cell suicide.", "", "C", "mechanism stated as fact ending in killing cancer cells (hard call)"),
 ("Importantly, ivermectin has anti-cancer actions, and it increases the expression of the p53 tumor suppressor gene’s pro-apoptotic pathway.", "", "", "treatment claim without cure wording"),
 ("Genomic data from more than 20,000 human patients have confirmed that the TP53 is the most commonly mutated gene in all human cancers.", "paragraph ends with a link: 'Article on p53 Gene in Humans and Wild Animals'", "", "paragraph carries a link"),
], g="A")
P("https://blackdoctor.org/is-bee-venom-therapy-for-multiple-sclerosis-helping-or-hurting-patients/", "health magazine article on bee venom therapy for MS", [
 ("Bee venom therapy for MS is real and here’s why:", "", "", "efficacy framing without cure wording"),
 ("But, what if you knew that a simple bee sting could change all of that?", "", "", "question"),
 ("People undergoing apitherapy may get stung up to 80 times a day in search of relief from their ailments.", "", "", "descriptive count, not a finding"),
], g="N")
P("http://health.howstuffworks.com/medicine/tests-treatment/bee-sting-therapy-and-ms.htm", "general explainer site on bee sting therapy and MS", [
 ("Given the fact that no major studies on BVT have been done so far, it is estimated that only about 50 U.S. physicians use it to treat MS or other diseases.", "", "S", ""),
 ("And the evidence that BVT helps MS patients, although encouraging, remains anecdotal.", "", "", ""),
 ("Word on BVT has spread to where the American Apitherapy Society says there are about 10,000 people providing this therapy - apitherapists, beekeepers, and acupuncturists, as well as those with no health background.", "", "", "attributed to a named body"),
 ("Some patients even treat themselves.", "", "", ""),
], g="G")
P("http://www.cornellcollege.edu/biology/insects2005/4paultom/4venomtherapy.htm", "student web page on venom therapy", [
 ("Bee venom, along with royal jelly, honey, pollen, and propolis, can be used to treat inflammatory diseases like arthritis and multiple sclerosis.", "", "", "treatment claim without cure wording"),
 ("While further testing for many of the treatments is necessary there is plenty of anecdotal evidence to support the use of bee venom in the field of medicine.", "", "", ""),
], g="G")
P("https://www.hcplive.com/view/honey-bee-venom-used-to-treat-multiple-sclerosis-and-osteoarthritis-pain", "medical news site report on bee venom for MS and osteoarthritis", [
 ("Hazan recommends being tested by a doctor before starting any kind of venom regimen.", "", "P", "reported recommendation aimed at readers (hard call)"),
 ("One multiple sclerosis patient interviewed for the news story receives 2 stings on the back of her neck and 4 above and below her knees every other day.", "", "", "narrative"),
 ("The patient acknowledged the venom has not slowed the progression of her multiple sclerosis, but is convinced the venom is effective for pain.", "", "", ""),
], g="N")
P("https://elixirnews.com/tag/bee", "news/lifestyle site tag page on bee remedies", [
 ("Reputed to help both rheumatoid and osteoarthritis as well as multiple sclerosis.", "", "", "reported"),
 ("Patients reaction to a small amount of venom is tested first then the bee is held over the part of the body to be treated.", "", "", ""),
], g="N")
