"""rel189 label records: Q (query key -> query) and ROWS (one tuple per page; order as
tests/eval/reltools.py build: id, genre, reliable, scores (accuracy_balance, claims, care_prompt,
sources, authorship_review, date, risks_uncertainty, advertising), partial, doc_type,
source_leaning, why, note, query key, picked_because, unsafe_advice, unsafe_quote,
warning_signs_warranted, warning_signs_present). No page text beyond short quoted phrases."""

Q = {}
ROWS = []
W, N = "web page", "news"
UL, RL = "unreliable-leaning", "reliable-leaning"

Q["qbp"] = "natural remedy for high blood pressure herbs that lower it fast"
Q["qdeh"] = "signs of dehydration in toddler when to go to hospital"
Q["qbat"] = "my child swallowed a button battery what to do"
Q["qpreg"] = "bleeding in early pregnancy should I worry"
Q["qrec"] = "FDA recall announced contaminated product illness"
Q["qmea"] = "measles case confirmed health department exposure locations"
Q["qcut"] = "deep cut on hand do I need stitches"
Q["qwl"] = "supplement company warning letter FDA unapproved claims"
Q["qed"] = "hospital opens new emergency department press release"

ROWS.append(("r189-001", W, False, "00100011", True, "natural-remedy listicle for hypertension", UL,
    "Sells garlic and hibiscus as 'scientifically proven to reduce hypertension fast' and calls hibiscus 'a natural ACE inhibitor'; remedies framed as 'safe' with no caution about replacing or mixing with medication beyond one capsule note.",
    "HARD: 'both safe and affordable' is a general safety line about remedies (as r94-001), not a specific guarantee, so unsafe_advice false; 'consult your doctor first' only for capsules (care 1). sources 1: journal and AHA named, not linked. No high-reading or symptom sign given, so warning_signs_present false.",
    "qbp", "remedy blog promising to lower blood pressure fast; first result", False, "", True, False))
ROWS.append(("r189-002", W, True, "22200112", True, "pharmacy blog on toddler dehydration signs", UL,
    "Accurate list of toddler dehydration signs and clear reasons to seek medical attention immediately (blood in stool or vomit, refusing fluids, persistent vomiting or diarrhoea).",
    "Dated sidebar entries belong to other posts (date 1). risks 1: no intervention with harms discussed.",
    "qdeh", "pharmacy page with explicit when-to-seek-care list", False, "", True, True))
ROWS.append(("r189-003", W, True, "11100012", True, "first-aid trainer blog on toddler dehydration signs", UL,
    "Mostly accurate signs (dry nappies over 6 hours, dark urine, lethargy, dry lips) and says dehydration 'requires immediate attention', but gives no concrete action such as calling a doctor.",
    "HARD: thin-but-fair; 'requires immediate measures to help restore proper hydration' is a vague action (as r85-001), so warning_signs_present false and care 1. Odd 'soiled diaper changed every 2-4 hours' line (accuracy 1). No author.",
    "qdeh", "first-aid provider page on toddler dehydration; in letter range", False, "", True, False))

Q["qstem"] = "stem cell clinic treatment for knee arthritis cost"
Q["qtrial"] = "study finds new drug reduces risk researchers say trial results"
Q["qhypo"] = "diabetes low blood sugar symptoms what to do hypoglycemia"
Q["qsal"] = "outbreak of salmonella linked to restaurant cases reported"
Q["qnb"] = "fever in newborn baby when to call doctor"

ROWS.append(("r189-004", W, False, "00000000", True, "clinic page selling stem-cell injections for arthritis", UL,
    "Calls stem-cell therapy 'like a miracle cure' that repairs 'all arthritis-related damage' and 'prevents the need for knee replacement surgery'; no evidence, costs, risks or regulatory status.",
    "unsafe_advice: own-voice cure claim for an unproven procedure sold by the clinic, steering readers away from proven surgery.",
    "qstem", "clinic page with strong claims for stem-cell knee injections", True, "Stem cell therapy is like a miracle cure", True, False))
ROWS.append(("r189-005", N, True, "22011021", True, "business-magazine repost of a Reuters drug-trial story (page 2)", UL,
    "Reports the anacetrapib trial's modest effect, no stroke difference, Merck funding, raised blood pressure and drug accumulation in fat with planned follow-up; quotes the Oxford investigator.",
    "HARD: only page 2 of the story is shown, so the headline's 9% figure is not in the text; judged on the balanced body. Funding disclosed. sources 1: university and investigator named, journal not in excerpt. News care_prompt 0.",
    "qtrial", "wire story reporting a modest trial result with funding and harms", False, "", False, False))
ROWS.append(("r189-006", W, True, "21100011", True, "glucose-tablet brand landing page", UL,
    "Three accurate lines saying low blood sugar in diabetes should be recognised and corrected immediately; almost no content and a brand's own site.",
    "HARD: a near-empty brand stub (as corpus002): nothing misleading, little to rely on; no signs or action listed, so warning_signs_present false. advertising 1: seller of the product used to correct lows.",
    "qhypo", "product brand page in letter range on hypoglycaemia", False, "", True, False))

Q["qboil"] = "health department warns residents about contaminated water boil advisory"
Q["qconc"] = "concussion symptoms after hitting head when to go to ER"
Q["qasth"] = "homeopathy cure for asthma in children clinic"
Q["qflu"] = "flu season hospitalizations rising local news doctors urge vaccine"
Q["qburn"] = "burn on skin from hot water first aid blister"

ROWS.append(("r189-007", W, True, "22120012", True, "public health unit explainer on boil water advisories", RL,
    "Short, accurate explanation of when a boil water advisory is issued and the core instruction to drink tap water only after boiling for at least one minute.",
    "Not a symptom or condition page, so warning_signs_warranted false. Public health unit (authorship 1: the Health Unit speaks). risks 1.",
    "qboil", "public health unit page in letter range (hkpr.on.ca)", False, "", False, False))
ROWS.append(("r189-008", W, False, "11000011", True, "homeopathy clinic treatment page on childhood wheeze and asthma", UL,
    "Explains childhood asthma as the body failing to 'expel' an allergen after post-nasal drip, a muddled account, on a clinic's treatments page, with no word on inhalers, attacks or when a wheezing child needs urgent care.",
    "HARD: no cure claim is visible in the excerpt; false because a parent of a wheezing child gets a garbled mechanism under 'Our Treatments' from a homeopathy clinic and no danger signs or care prompt (care 0). advertising 1: treatments page.",
    "qasth", "homeopathy clinic page on child asthma; in letter range", False, "", True, False))
ROWS.append(("r189-009", W, True, "22000111", True, "homeopathy blog article on childhood asthma (dated 2008 in URL)", UL,
    "Accurate description of childhood asthma, its symptoms and triggers, including the signs of a severe attack (bluish skin, inability to speak, confusion), but the excerpt gives no action for them.",
    "HARD: thin-but-fair on what is shown; the severe-attack list has no action attached, so warning_signs_present false and care 0. Date only in the URL (date 0). advertising 1: homeopathy site likely heading to remedies after the cut-off.",
    "qasth", "homeopathy site page whose excerpt is a factual asthma description", False, "", True, False))

Q["qrab"] = "health officials confirm case of rabies bat exposure"
Q["qval"] = "recall of blood pressure medication valsartan impurity patients told"
Q["qpr"] = "hospital press release first patient treated new procedure"
Q["qop"] = "opinion column doctors shortage emergency room waits"

ROWS.append(("r189-010", N, True, "22010112", True, "local TV news report of a rabid bat", UL,
    "Reports a confirmed rabid bat with the health department named and quoted, explains spread and fatality, and gives the official advice on bat-in-the-room exposures and pet vaccination.",
    "Typo 'bet' kept. date 1: copyright year only. risks 1: post-exposure treatment named without detail. News care_prompt 0.",
    "qrab", "local outbreak/case report with public-health guidance", False, "", False, False))
ROWS.append(("r189-011", N, True, "12010012", True, "medical clinic news post on the valsartan recall", UL,
    "Correctly states the valsartan recall, the NDMA impurity and its long-term cancer risk, and sends patients to their physician or pharmacist right away.",
    "HARD: thin; it omits the regulator's advice to keep taking the medicine until a replacement is arranged (accuracy 1), but 'see your physician or pharmacist right away' does not tell anyone to stop, so not unsafe. No date or source named (sources 0).",
    "qval", "clinic recall notice for patients; regulator-action item", False, "", False, False))

Q["qms"] = "morning sickness remedies pregnancy safe herbal"
Q["qdog"] = "dog bite wound infection signs treatment"
Q["quni"] = "university researchers discover link study published journal news release health"
Q["qchest"] = "chest pain left arm is it a heart attack what to do"
Q["qiv"] = "IV vitamin drip clinic immune boost hangover benefits"

ROWS.append(("r189-012", W, True, "22111112", True, "pet-site guide to infected dog-bite wounds in people", UL,
    "Accurate account of why dog bites get infected (named bacteria, CDC bite figures, rabies and tetanus) and of spreading redness or swelling as a red flag; the excerpt stops before the treatment section.",
    "HARD: thin-but-fair; 'it's a red flag' is not tied to an action in what is shown, so warning_signs_present false; care 1 for 'immediate care and vigilant monitoring'. date 1: 'Last Updated on July 31, 2025'. authorship 1: site name only.",
    "qdog", "dog-bite infection page in letter range", False, "", True, False))
ROWS.append(("r189-013", N, False, "00010102", True, "lifestyle-site roundup of the year's health research", UL,
    "Turns an observational flavonoid study into 'tea and coffee can reduce the risk of ovarian cancer by up to a third' and 'radically reduce', adds coffee (not in the finding described), misnames the journal and reports a 32-versus-32 blood-test study as a diagnostic advance with no limits.",
    "sources 1: university, journal and investigator named (journal name wrong). date 1: year in the headline. risks 0: no caveat on causation or sample size. News care_prompt 0.",
    "quni", "research-news roundup on a consumer site; letter range", False, "", False, False))
ROWS.append(("r189-014", W, True, "11210012", True, "scraped copy of a consumer article on left-sided chest pain", UL,
    "Tells readers who think they may be having a heart attack to call 911 and not drive, and lists the typical signs; but its 'not likely a heart attack' cues (pain in one spot, pain worse on breathing) are offered as reassurance without a caveat.",
    "HARD: the three rule-out cues are common triage heuristics but can falsely reassure (accuracy 1, claims 1); label true because the 911 instruction and sign list are clear. warning_signs_present true: heart-attack signs + call 911. Copied onto an unrelated 'edclinic' domain; sources 1: the original outlet is identifiable from the page address and the text links onward.",
    "qchest", "consumer chest-pain page with 911 advice; letter range", False, "", True, True))

Q["qecoli"] = "e. coli outbreak lettuce CDC investigation sick hospitalized"
Q["qear"] = "child ear infection home remedy garlic oil"
Q["qchol"] = "health ministry announces vaccination campaign cholera outbreak"
Q["qank"] = "sprained ankle swelling how long to heal see doctor"

ROWS.append(("r189-015", N, True, "22010221", True, "local TV news outbreak report (syndicated)", UL,
    "Reports the CDC's romaine-linked E. coli investigation with case, death and hospitalisation counts by state and attributes the stop-eating advice to Consumer Reports.",
    "sources 1: CDC release and KGO named, not linked. Registration-form debris at the end (advertising 1). risks 1: the consumer advice is attributed but its uncertainty (source not yet identified) is stated.",
    "qecoli", "outbreak report with CDC figures; letter range", False, "", False, False))
ROWS.append(("r189-016", N, True, "22010112", True, "news-site report of a ministry cholera vaccination campaign", UL,
    "Reports Ghana's cholera vaccination campaign with dates, eligible ages, case counts and fatality rate from the situational report, and lists the symptoms the public should watch for.",
    "Symptoms listed without an action (news, warranted false). date 1: outbreak month and campaign dates, no publication date. sources 1: Ghana News Agency and SITREP named. risks 1: no vaccine limits discussed.",
    "qchol", "public-health campaign news from a ministry; letter range", False, "", False, False))
ROWS.append(("r189-017", N, True, "22011212", True, "national newspaper report of a cholera vaccination roll-out", UL,
    "Bylined report quoting the health minister on case and death counts, vaccine allocation and a hotspot-first roll-out because doses are limited.",
    "sources 1: the minister and the international coordinating group named. risks 1: dose shortage stated; no vaccine effectiveness or limits.",
    "qchol", "bylined public-health news item (herald.co.zw)", False, "", False, False))

Q["qacv"] = "apple cider vinegar cure diabetes blood sugar reverse naturally"
Q["qrash"] = "baby has a rash and fever what could it be"
Q["qutip"] = "urinary tract infection pregnant symptoms treatment safe"
Q["qchiro"] = "chiropractor treats ear infections colic babies adjustment"

ROWS.append(("r189-018", W, True, "22200212", True, "government-funded consumer health service page on rashes and fever in babies", RL,
    "Short, accurate page: most baby rashes are common and harmless, some signal meningitis, and any very ill child with a rash needs to be seen urgently by a doctor.",
    "warning_signs_present true: very ill appearance with rash + urgent doctor. date 2: 'Last reviewed: February, 2014' (old). risks 1: no intervention discussed.",
    "qrash", "public health information service page in letter range (healthdirect)", False, "", True, True))

Q["qgout"] = "gout flare home treatment cherry juice baking soda"
Q["qheat"] = "heat stroke symptoms elderly summer what to do"
Q["qlyme"] = "lyme disease tick bite symptoms when to see doctor rash"
Q["qsema"] = "weight loss clinic semaglutide compounded injections online"

ROWS.append(("r189-019", W, True, "22000012", True, "medical-supply shop blog on heat illness in older people", UL,
    "Accurate staged symptom list (heat illness, exhaustion, stroke) and reasons older people are more vulnerable, but the excerpt never says to call emergency services for heat-stroke signs.",
    "HARD: thin-but-fair; heat stroke is called 'the worst heat emergency' yet no action is given in what is shown, so care 0 and warning_signs_present false. The table layout is flattened in the excerpt. Shop blog, no visible product push (advertising 2).",
    "qheat", "heat-illness page in letter range", False, "", True, False))

Q["qcroup"] = "croup cough child barking at night steam emergency"
Q["qturm"] = "turmeric curcumin supplement cures inflammation arthritis buy"
Q["qstrike"] = "nurses strike hospital union health news"
Q["qana"] = "food allergy anaphylaxis epipen child reaction what to do"
Q["qwnv"] = "health officials report first West Nile virus case mosquito season"

ROWS.append(("r189-020", W, False, "11001002", True, "fitness studio blog summary of curcumin supplements", UL,
    "Claims 'compelling evidence' that about 1000 mg of curcumin a day treats osteoarthritis and rheumatoid arthritis pain and that it may help depression, with no sources, no side effects or drug interactions and no advice to involve a doctor.",
    "HARD: some hedging ('small clinical studies', 'still questionable' for exercise) gives accuracy 1 and claims 1; false because a reader with RA or depression gets a dose and efficacy claims with no risks or care prompt. date 0: the date is only in the URL; authorship 1: author's name signed at the end. advertising 2: no product pushed in the excerpt. Not unsafe: efficacy claims, no cure or safety guarantee.",
    "qturm", "supplement page on a fitness site; letter range", False, "", True, False))
ROWS.append(("r189-021", W, True, "22011222", True, "patient-organisation blog: teen guest post on anaphylaxis", RL,
    "Accurate first-person account of food-allergy anaphylaxis, its rise and the need for carers to know how to act; the excerpt stops before the epinephrine instructions.",
    "HARD: the how-to-act content is promised, not shown, so warning_signs_present false and care 1 (as r41 promised sections). authorship 1: named teen guest author on a patient organisation's blog. date 2: dated post.",
    "qana", "food allergy organisation page (foodallergy.org)", False, "", True, False))
ROWS.append(("r189-022", N, True, "22010112", True, "local TV repost of an AP case report", UL,
    "AP report of the state's first human West Nile case with the Department of Health as source, accurate context (most infected not ill, one in five febrile, can be fatal) and prior-year counts.",
    "No prevention advice in the excerpt, which is not needed for a case report. date 1: no publication date shown, only 'this year' and 'last year'. risks 1.",
    "qwnv", "outbreak/case report; letter range", False, "", False, False))
ROWS.append(("r189-023", N, False, "00000011", True, "news-aggregator search page of teaser blurbs on a nurses' strike", UL,
    "Unattributed, repeated teasers that contradict each other on whether 16,000, 17,000 or 20,000 nurses are striking or only threatening to, with 'historic' and 'looming healthcare crisis' framing and no source or date.",
    "HARD: hospital labour news rather than a medical claim; false on the health-news criteria (no sources, contradictory figures, no date, clickbait 'Read the latest'). advertising 1: aggregator teasers.",
    "qstrike", "hospital news item on an aggregator in letter range", False, "", False, False))

Q["qfda"] = "FDA approves new treatment announcement patients"
Q["qpe"] = "preeclampsia symptoms pregnant headache swelling when to call"
Q["qks"] = "kidney stone natural remedy dissolve pass at home"
Q["qhepa"] = "state health department issues advisory hepatitis A restaurant worker vaccine"
Q["qshing"] = "shingles rash pain treatment antiviral home remedies"

ROWS.append(("r189-024", N, False, "10000002", True, "e-commerce site blog feature on new FDA cancer drugs", UL,
    "Generic, unsourced feature that names no drug or approval and claims gene therapy can solve cancer's occurrence and development 'fundamentally'; no evidence, harms or limits.",
    "HARD: mostly vague rather than false (accuracy 1), but the gene-therapy line overstates and 'better chance of survival' is asserted for all new drugs (claims 0). Machine-translated style. No date or author.",
    "qfda", "FDA-approval news feature on a site in letter range", False, "", False, False))
ROWS.append(("r189-025", W, False, "00000002", True, "remedy blog on passing kidney stones at home", UL,
    "Presents home remedies as a way to remove kidney stones 'free from any side effects' and casts doctors as pushing 'surgical procedures or heavy medications'; no word on fever, infection or blocked urine needing urgent care.",
    "unsafe_advice: own-voice safety guarantee for remedies replacing medical care (as r94-041). care 0: no sign or prompt in the excerpt.",
    "qks", "kidney-stone remedy page in letter range", True, "free from any side effects", True, False))
ROWS.append(("r189-026", N, True, "21010012", True, "food-safety society repost of a Food Safety News opinion item", UL,
    "Short opinion teaser citing the Hawaii Department of Health: infected restaurant and airline workers were victims, not sources, of an unsolved hepatitis A outbreak, and food workers should be vaccinated.",
    "HARD: advocacy opinion ('My bet is ...'), but the facts are attributed and it clearly separates the workers from the outbreak source (claims 1). date 0: the date is only in the URL. risks 1.",
    "qhepa", "public-health opinion/news item on a site in letter range", False, "", False, False))
ROWS.append(("r189-027", N, False, "10010100", True, "food-safety training company news post", UL,
    "Says the San Diego hepatitis A outbreak (577 ill, 20 deaths) 'could have been prevented' had food workers been vaccinated, although that outbreak spread mainly among homeless people and drug users, not through food workers; written by a company selling food-safety training.",
    "HARD: the figures and the CDC's non-requirement are roughly right (accuracy 1), but the causal claim is unsupported (claims 0). date 1: posted date. advertising 0: training vendor's own news page arguing for more requirements.",
    "qhepa", "opinion-style health news from a vendor in letter range", False, "", False, False))
ROWS.append(("r189-028", W, True, "11211022", True, "pharmacy trade-magazine article on shingles treatment", UL,
    "Accurate core advice: start antivirals within 72 hours, the three usual drugs, escalating pain relief and soothing home care; it wrongly lists acetaminophen as an NSAID and oddly says patients are 'usually confined to their home'.",
    "HARD: label true because the key action (early antivirals via a provider) is right; accuracy 1 for the slips. sources 1: numbered reference shown. warning_signs_present false: no sign such as eye involvement tied to an action. risks 2: opioids reserved, prescription steroids and provider consultation named.",
    "qshing", "trade-magazine consumer-style shingles page (drugtopics.com)", False, "", True, False))

Q["qmeas2"] = "measles outbreak school unvaccinated children cases rise county"
Q["qlice"] = "head lice treatment natural tea tree oil mayonnaise children"
Q["qasth2"] = "asthma attack without inhaler what to do adult"
Q["qdev"] = "medical device recall pacemaker insulin pump patients warned"
Q["qcbd"] = "CBD oil for anxiety and pain does it work buy"

ROWS.append(("r189-029", N, True, "22021112", True, "local newspaper repost of a USA TODAY outbreak story", UL,
    "Bylined outbreak report citing county public health, state records, the state health department, CDC and WHO on case counts, vaccination gaps and exposure sites, including WHO's caveat that not all of the rise is vaccine hesitancy.",
    "Run-together words from the repost kept. sources 2: several named official sources. date 1: 'Thursday' and 2019 context; date only fully in the URL. risks 1.",
    "qmeas2", "outbreak news with multiple official sources; letter range", False, "", False, False))
ROWS.append(("r189-030", W, False, "00000001", True, "parenting content site remedy page for head lice", UL,
    "Promises a tea tree oil, olive oil and vinegar mix will 'get rid of lice, and keep them from ever coming back', calls it less toxic than 'chemical treatments' and has a child wear a plastic shower cap for up to two hours with no supervision or skin-irritation warning and no evidence.",
    "HARD: head lice are not dangerous, but the cure-and-prevention promise is unsupported and the safety framing is one-sided; 'less toxic' is comparative, not a guarantee, so unsafe_advice false. advertising 1: domain-for-sale banner. No sign or care prompt (care 0).",
    "qlice", "lice remedy page in letter range", False, "", True, False))

Q["qcc"] = "hospital announces new cancer center opening patients community"
Q["qecz"] = "eczema flare baby cream natural treatment coconut oil"
Q["qstroke"] = "stroke signs FAST face arm speech call emergency"
Q["qthy"] = "thyroid natural supplement hypothyroidism iodine selenium clinic"
Q["qcoffee"] = "coffee linked to lower risk study says health news"

ROWS.append(("r189-031", W, True, "11010012", True, "wellness podcaster's newsletter on thyroid testing", UL,
    "Mostly accurate account of thyroid physiology with a cited prevalence figure; it spins the estimate that many cases are undiagnosed into 'rarely ever tested for' and suggests conventional doctors dismiss symptoms, before a promised section on 'natural' support that is not shown.",
    "HARD: thin-but-fair on what is shown (accuracy 1, claims 1 for the anti-conventional framing); the natural-support section is cut off, so the label rests on the explanatory text. sources 1: numbered references. No sign tied to an action (warning_signs_present false).",
    "qthy", "wellness thyroid page in letter range", False, "", True, False))
ROWS.append(("r189-032", W, False, "10000000", True, "supplement shop product page (iodine and selenium)", UL,
    "Sells an iodine-selenium product for thyroid 'support' and 'an energy boost' with no dose, no warning that extra iodine can worsen autoimmune thyroid disease or interfere with treatment, and no advice to check with a doctor.",
    "HARD: the nutrient facts are correct (accuracy 1), but a sales page for people with thyroid problems that omits all risks is not safe to rely on; 'energy boost' is an efficacy claim, not a cure or safety guarantee, so unsafe_advice false. advertising 0.",
    "qthy", "thyroid supplement product page in letter range", False, "", True, False))

Q["qvitd"] = "vitamin D deficiency symptoms supplements how much to take"
Q["qhead"] = "toddler fell and hit head vomiting sleepy when to worry"
Q["qdent"] = "dental clinic teeth whitening gum disease treatment laser"
Q["qcyber"] = "local hospital reports cyberattack patients diverted ambulance news"
Q["qgdm"] = "gestational diabetes diet test pregnancy risks baby"

ROWS.append(("r189-033", W, False, "11100000", True, "dental practice service page selling laser gum treatment", UL,
    "Accurate description of gum disease, but framed as a sales pitch: 'At last, there is a non-surgical treatment' ignores standard non-surgical scaling and root planing and presents the practice's laser as the alternative to painful surgery with no evidence or limits.",
    "HARD: the disease description is sound (accuracy 1 overall for the 'at last' framing); false as a promotional service page that overstates novelty. care 1: 'proper home care and conscious patient participation'. Bleeding gums named without an action (warning_signs_present false). advertising 0.",
    "qdent", "dental clinic laser page in letter range", False, "", True, False))
ROWS.append(("r189-034", W, True, "11100011", True, "dental clinic page on gum disease", UL,
    "Accurate basic account of gingivitis and periodontitis (bleeding gums, bad breath, plaque) with a brief history of dental lasers; it overstates that untreated gum disease 'can lead to' heart and lung disease.",
    "HARD: thin-but-fair; the causal heart/lung claim is an association (accuracy 1, claims 1). No care prompt beyond 'if left untreated'. advertising 1: clinic service page.",
    "qdent", "dental clinic gum page in letter range (drsmiles.co.in)", False, "", True, False))
ROWS.append(("r189-035", W, False, "01100011", True, "content-site explainer on laser teeth whitening", UL,
    "Calls laser whitening 'safe and non-invasive' that 'does not cause any damage to the teeth or gums' and claims the high-strength peroxide 'has been approved by the American Dental Association'; sensitivity is mentioned only later and no dentist assessment is advised.",
    "unsafe_advice on the letter of the rule: an own-voice safety guarantee; the sensitivity caveat is in a later paragraph, not the same one (as r21-011). HARD: a cosmetic procedure with low stakes; the ADA claim is unsupported (accuracy 0). risks 1: some limits stated.",
    "qdent", "dental cosmetic page in letter range", True, "does not cause any damage to the teeth or gums", True, False))
ROWS.append(("r189-036", W, True, "22022211", True, "telehealth company health guide on vitamin D deficiency", UL,
    "Accurate, reviewed account of vitamin D deficiency (subtle symptoms, osteomalacia, rickets) that tells readers to find out whether they have it before 'popping pills'; carries a discount offer for the company's multivitamin.",
    "authorship 2: named writer and medical reviewer; date 2: last updated. advertising 1: inline multivitamin promotion. No symptom sign tied to an action (warning_signs_present false); care 1 for testing before supplementing.",
    "qvitd", "telehealth health guide in letter range (getroman.com)", False, "", True, False))

Q["qformula"] = "recall infant formula bacteria parents urged stop using"
Q["qwldrug"] = "new study weight loss drug heart attack risk reduced news report"
Q["qnoro"] = "health department closes restaurant outbreak norovirus guests sick"
Q["qscreen"] = "press release clinic launches free screening program community health"
Q["qmiracle"] = "miracle cure claims herbal supplement cancer news investigation"

ROWS.append(("r189-037", N, True, "22010212", True, "newspaper-group AP photo caption on an infant formula recall", UL,
    "Accurate, dated caption: the FDA says recalled Gerber formula (possible Cronobacter, which can cause serious or deadly infant infections) was still distributed to retailers in eight states after the recall began.",
    "HARD: a caption only, with no advice for parents (news care 0); thin-but-fair regulator-action item. sources 1: FDA release and date named. date 2: dated release and photo.",
    "qformula", "recall/regulator item on a news site in letter range", False, "", False, False))
ROWS.append(("r189-038", N, False, "11010101", True, "local TV repost of an AP drug-study story", UL,
    "Says a drug 'can help people lose weight and keep it off for several years' without quantifying the weight loss, reports heart safety from one trial but no other harms, cost or who funded the study, and quotes no independent expert.",
    "HARD: the heart-safety finding is reported accurately with journal and meeting named (sources 1); false on the health-news criteria (benefit unquantified, harms beyond the heart and funding omitted: risks 0). date 1: date in the URL and 'Sunday' only.",
    "qwldrug", "drug-study news item in letter range", False, "", False, False))
ROWS.append(("r189-039", N, True, "21010012", True, "industry news site summary of a norovirus outbreak investigation", UL,
    "Short, measured report that county public health traced a restaurant norovirus outbreak possibly to a sick kitchen worker, closed the restaurant and reopened it after an audit of food handling.",
    "HARD: undated and the restaurant unnamed (date 0); 'may have been introduced' is appropriately hedged (claims 1 for the vagueness). sources 1: health authority named.",
    "qnoro", "outbreak report on a site in letter range", False, "", False, False))
ROWS.append(("r189-040", N, True, "21011112", True, "NGO press release on point-of-care lab grants to free clinics", UL,
    "Press release naming the funders and partners of a grant giving six free clinics on-site lab testing; factual, though 'preventing potentially life-threatening delays' and '96% ... report an improvement' are promotional.",
    "HARD: a press release (claims 1 for self-reported outcomes); label true as a transparent account of who funded what. authorship 1: organisation and a quoted clinic coordinator. date 1: '2021' in the title.",
    "qscreen", "NGO press release in letter range", False, "", False, False))
ROWS.append(("r189-041", W, True, "22121012", True, "hospital-affiliated cancer-survivorship centre blog on 'miracle' cancer cures", RL,
    "Debunks online 'miracle' cancer cures with the FDA's fake-cure list and two documented frauds, stressing that patients were harmed by skipping chemotherapy and radiation.",
    "warning_signs_warranted true: a page for people with cancer weighing treatments; no sign-plus-action (present false). care 1: the excerpt implies sticking with medical care but gives no explicit prompt. authorship 1: named writer.",
    "qmiracle", "patient-education debunking page (ellicsr.ca)", False, "", True, False))

Q["qapp"] = "appendicitis symptoms adults pain lower right side emergency"
Q["qsilver"] = "colloidal silver uses immune infections buy"
Q["qmpox"] = "mpox cases confirmed health officials vaccine clinic announced"
Q["qppd"] = "postpartum depression signs new mother help"
Q["qseiz"] = "epilepsy seizure first aid what to do child seizure"

ROWS.append(("r189-042", W, True, "22200012", True, "paediatric content site reproducing a first-seizure leaflet for parents", UL,
    "Accurate, calm first-aid advice for a child's first non-febrile seizure: protect from injury, recovery position, time it and call 999 if it lasts 5 minutes or more, film it for the doctors, and paediatric assessment if more occur.",
    "warning_signs_present true: seizure of 5 minutes or more + call 999. The leaflet's origin is not credited on this host (sources 0, authorship 0).",
    "qseiz", "child seizure first-aid page in letter range", False, "", True, True))
ROWS.append(("r189-043", W, True, "12200012", True, "first-aid training company page on febrile seizures", UL,
    "Sound advice on febrile seizures (recovery position, time it, A&E or 999 for a first seizure or one over five minutes, GP or 111 otherwise, nothing in the mouth); the 'remove clothing to cool them down' step is not part of current advice.",
    "HARD: accuracy 1 for the cooling step (cooling does not prevent or stop febrile seizures) and a cut-off list of infections; label true because the safety actions are right. warning_signs_present true: first seizure or over five minutes + A&E/999.",
    "qseiz", "first-aid page on febrile seizures (firstaidacademy.co.uk)", False, "", True, True))
ROWS.append(("r189-044", N, True, "21000012", True, "aggregator teaser of a public-health news story on mpox", UL,
    "A two-sentence teaser reporting that California public health officials warn of rising mpox cases after a quiet summer, with the 2022 outbreak background; it stops before the vaccination information its headline promises.",
    "HARD: only a teaser is shown (as r21-056); accurate and unsensational framing, so thin-but-fair. sources 1: 'public health officials' only. No date.",
    "qmpox", "outbreak/public-health news teaser in letter range", False, "", False, False))

Q["qstrep"] = "sore throat strep child home remedies honey salt water when antibiotics"
Q["qback"] = "back pain chiropractor spinal decompression clinic cure herniated disc"
Q["qaward"] = "hospital news release named top hospital award patient safety grade"
Q["qvtrial"] = "researchers report vaccine trial results news children"

ROWS.append(("r189-045", N, True, "21011211", True, "trade-news repost of a hospital-rating company's award press release", UL,
    "Repost of Healthgrades' award announcement that explains the method (AHRQ patient safety indicators, Medicare data 2015-2017, risk adjustment, exclusion for 'never' events) and states results relative to non-recipients; '127,667 events could have been avoided' is a modelled estimate stated as fact.",
    "HARD: a commercial ranking firm's self-promotional release (claims 1, advertising 1 with the host's marketing block; authorship 1: the issuing company), but the methodology and its Medicare-only scope are disclosed, so thin-but-fair as hospital news. sources 1: the method is named but not linked. Run-together words kept. date 2: study period and award week given.",
    "qaward", "hospital-news press item in letter range", False, "", False, False))

Q["qbee"] = "bee sting allergic reaction swelling home treatment when to worry"
Q["qdetox"] = "detox foot bath cleanse toxins wellness spa"
Q["qpink"] = "pink eye in toddlers daycare contagious treatment drops"
Q["qod"] = "county health officials warn of increase in overdoses fentanyl public alert"

ROWS.append(("r189-046", N, True, "12010012", True, "local news report of a county health department overdose alert", UL,
    "Reports the health department's overdose alert with appropriate uncertainty about the cause, explains the danger of fentanyl mixed into other drugs and gives the department's number for naloxone training.",
    "HARD: 'nearly 100 times more potent than heroin' overstates (usually put at about 50 times heroin, 100 times morphine), so accuracy 1; label true because the alert and the naloxone action are right. date 0: the date is only in the URL. sources 1: health department named.",
    "qod", "public-health alert news item in letter range", False, "", False, False))
ROWS.append(("r189-047", W, False, "00000000", True, "foot spa manufacturer's guide to 'foot spa detox'", UL,
    "Promises that foot soaks, ionic baths and detox pads 'detoxify the body', 'boost immune system' and draw toxins 'through the pores of the feet', claims with no evidence, on a page from a maker of foot spa equipment.",
    "No cure or safety guarantee for a disease, so unsafe_advice false; false for unsupported detox claims in a sales context (advertising 0). warning_signs_warranted true: a self-treatment page promising health effects; none present.",
    "qdetox", "detox foot spa page in letter range (huakaicn.com)", False, "", True, False))

Q["qfever"] = "high fever adult 104 when to go to hospital home care"
Q["qelder"] = "elderberry syrup flu prevention kids natural immune"
Q["qfinger"] = "broken finger or jammed finger how to tell treatment"

ROWS.append(("r189-048", W, True, "11100011", True, "hand-surgery practice blog on jammed versus broken fingers", UL,
    "Sensible overview that jammed and broken fingers look alike, should be taken seriously and can leave lasting stiffness or deformity, with a general prompt to see a professional for a significant injury and icing at home; it oddly mentions damage to 'the veins' and gives no sign (deformity, numbness) tied to an action.",
    "HARD: thin-but-fair; 'damage to the veins' is a slip (accuracy 1) and 'does not involve a fracture' sits oddly beside 'many of the same symptoms appear after a break'. care 1: general prompt only, so warning_signs_present false. advertising 1: practice blog.",
    "qfinger", "finger injury page from a hand practice in letter range", False, "", True, False))

Q["qhemp"] = "hemorrhoids during pregnancy relief safe treatment"
Q["qmag"] = "magnesium supplement benefits cure migraines anxiety sleep buy"

ROWS.append(("r189-049", W, True, "21100012", True, "health blog note on haemorrhoids in pregnancy", UL,
    "Accurate, conservative advice for haemorrhoids in pregnancy (fibre, fluids, avoiding straining, stool softeners, warm baths, analgesic preparations) and that they usually settle after delivery.",
    "HARD: thin-but-fair; it does not say to check pregnancy-safe products with a provider or that rectal bleeding should be reported (care 1 for 'severe symptoms' only), so warning_signs_present false. date 0: the date is only in the URL.",
    "qhemp", "pregnancy haemorrhoid page in letter range", False, "", True, False))
ROWS.append(("r189-050", W, False, "10100001", True, "remedy listicle page on magnesium benefits (page 4 of a slideshow)", UL,
    "Presents magnesium as a way to cut migraine frequency 'by about 41 percent', treat insomnia 'without medication' and ease anxiety and depression, with unattributed figures and no side effects or kidney-disease caution; suggests a pharmacist only for dosing.",
    "HARD: the migraine and sleep claims are hedged in places ('some suggest') and the mineral is low-risk (accuracy 1), but unattributed numbers and 'without medication' framing for insomnia and depression make it unreliable. care 1: pharmacist for dosing. advertising 1: paginated clickbait with campaign tracking.",
    "qmag", "supplement listicle in letter range", False, "", True, False))
