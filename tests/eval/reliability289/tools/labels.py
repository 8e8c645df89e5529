"""rel289 label records (blind labeller, round 51). Topic family: natural remedies and home cures for
common complaints (web) and news on remedies and supplements (news). No page text here beyond short
quoted phrases."""

W, N = "web page", "news"
U = "unreliable-leaning"
R = "reliable-leaning"

Q = {
    "qcold": "home remedies for cold and cough that actually work",
    "qwart": "how to get rid of warts naturally at home apple cider vinegar duct tape",
    "qconst": "natural remedies for constipation relief fast",
    "qacne": "natural remedies for acne tea tree oil honey mask does it work",
    "qjoint": "natural remedies for joint pain turmeric glucosamine arthritis home treatment",
    "qsleep": "can't sleep natural sleep remedies valerian chamomile melatonin",
}

ROWS = [
    ("r289-001", W, True, "11010012", True, "remedy list (family magazine)", U,
     "standard cold self-care (fluids, honey, salt-water gargle) attributed to named studies and Mayo Clinic; some overstatement, no when-to-get-help",
     "HARD thin-but-fair: tea 'immediate and lasting relief from all of the major cold symptoms' and the gargle 'cuts your chance of getting a bacterial infection by 40%' overstate the cited studies (accuracy 1, claims 1); honey age given as under 2 (stricter than the usual under 1, not harmful). No sign tied to an action (care 0, warning_signs_present false). sources 1: studies named, not cited.",
     "qcold", "rank 1; grandmother-style remedy list with study attributions", False, "", True, False),
    ("r289-002", W, True, "12200012", True, "remedy blog intro (home-remedy site)", U,
     "accurate cold basics; tells readers to see a doctor if no improvement in a couple of days and to take care with a weak immune system",
     "HARD 'If left untreated, it can lead to complications like pneumonia' implies a cold needs treatment (accuracy 1), but the page gives a persistence sign tied to an action ('if you don't experience any improvement in a couple of days, go to your doctor'), counted as warning_signs_present (as r41-011). risks 1: no remedy reached in the excerpt.",
     "qcold", "rank 2; home-remedy site page opening with a see-a-doctor line", False, "", True, True),
    ("r289-003", W, True, "11000012", True, "personal blog remedy list", U,
     "first-person honey-lemon and salt-water gargle tips; harmless but anecdotal, no honey-infant caution, no when-to-get-help",
     "HARD thin-but-fair on what is shown: 'This is perfect natural cough remedy' overstates (claims 1) and the remedies rest on the blogger's own testing (sources 0); the salt-water caution ('Never drink the water') gives risks 1. A 'really, really bad' cough is answered with no sign or care prompt (care 0). Label true because nothing shown would harm an adult reader.",
     "qcold", "rank 4; lifestyle blogger's tested remedies (personal-experience kind)", False, "", True, False),
    ("r289-004", W, True, "11010002", True, "remedy article (content site)", U,
     "honey, salt-water gargle and steam for a lingering cough, attributed to Penn State, a randomised study and a Mayo Clinic book; no limits, no honey-infant caution, no when to see a doctor",
     "HARD a page on a cough that persists after a cold gives no duration or sign (cough beyond three weeks, breathlessness, blood) and no honey-under-1 caution (care 0, risks 0); honey's 'antibacterial properties that can shorten a cough if it's due to a bacterial infection' is speculative (accuracy 1). Label true as thin-but-fair: the remedies themselves are standard and attributed (sources 1).",
     "qcold", "rank 5; cough-remedy list citing studies", False, "", True, False),
    ("r289-005", W, False, "11000002", True, "remedy article (content site)", U,
     "steers readers away from over-the-counter laxatives with vague harms and tells them to keep trying remedies; no sign of when constipation needs a doctor",
     "HARD nothing shown is a direct harm, but the page frames laxatives as unpredictable and body-upsetting without support (accuracy 1, claims 1, risks 0: one-sided) and 'keep on trying until you find the remedy that works' invites open-ended self-treatment with no red flag (blood, weight loss, change in bowel habit). Not unsafe_advice: no cure or safety claim and no prescribed medicine named.",
     "qconst", "rank 4; natural-vs-laxative framing", False, "", True, False),
    ("r289-006", W, False, "11000012", True, "remedy article (health blog)", U,
     "honey presented as a laxative to take three times a day and castor oil dosed daily each morning with a promise of relief within hours; no warning signs or contraindications",
     "HARD castor oil 1-2 teaspoons each morning is a dose by POLICY-46 (taken by mouth for its effect, measured, with a frequency) given without a pharmacist/doctor caveat or pregnancy warning; the 'Do not repeat ... for a prolonged period' note gives risks 1. 'You will feel a great constipation relief within a few hours' is an efficacy promise, not a cure or safety word, so unsafe_advice false. 'constipation is rarely a sign of more serious disease' with no red flags (care 0).",
     "qconst", "rank 5; fast-relief list with castor-oil dosing", False, "", True, False),
    ("r289-007", W, False, "00000201", True, "remedy blog on a candle shop's site", U,
     "honey masks praised as an 'ideal and harmless' acne treatment while medicines are called more harmful than beneficial and a mix of bleach and 'random antibiotics'",
     "unsafe_advice true: own-voice unqualified safety claim for the remedy ('ideal and harmless') joined to disparagement of acne medicines. date 2: dated May 29, 2018; authorship 0: pseudonym 'happyc'. advertising 1: a candle shop's blog.",
     "qacne", "rank 4; honey-mask page on a shop blog attacking medications", True, "natural home remedies such as the use of honey makes for an ideal and harmless way of treating the skin condition", True, False),
    ("r289-008", W, False, "11000012", True, "herbal remedy article (remedy site)", U,
     "promises 'effective relief' of joint pain from turmeric and herbs for sprains, fractures and arthritis alike, with no word on diagnosis, interactions or when joint pain needs a doctor",
     "HARD the shown text is mostly a description of joint-pain types; label false because it offers turmeric as the home treatment for acute pain 'due to injuries such as sprains or fractures' and rheumatoid arthritis ('you can find relief from joint pain') with no care prompt or sign (hot swollen joint, injury, fever) and 'potent ... analgesic properties' overstated (claims 1). Efficacy, not cure or safety, so unsafe_advice false. risks 1: excerpt ends before any use.",
     "qjoint", "rank 2; ancient-herb framing for joint pain", False, "", True, False),
    ("r289-009", W, True, "11100012", True, "remedy list (wellness site)", U,
     "mainstream arthritis self-care list (turmeric, ginger, fish oil, heat and cold, exercise) with modest wording; no interactions or signs",
     "HARD thin-but-fair: the list matches common arthritis-charity advice, with overstatements on Epsom salt ('reduce inflammation') and acupuncture (accuracy 1, claims 1); 'see a professional if needed' is a consult prompt without a sign (care 1, warning_signs_present false); fish oil and turmeric supplements with no blood-thinner caution (risks 0).",
     "qjoint", "rank 3; balanced-looking arthritis remedy list", False, "", True, False),
    ("r289-010", W, True, "11001012", True, "personal wellness blog", U,
     "chamomile, melatonin and valerian for a sleepless night, with melatonin cautions (not more than recommended, small doses, short term); no word on chronic insomnia or interactions",
     "HARD 'It is safe to use in small dosages for a short period of time' is qualified in the same sentence, so unsafe_advice false (as r21-014). The OTC sleep aid's side effects are named accurately. No sign or prompt for persistent insomnia (care 0). authorship 1: first name 'Chelsei C'. risks 1: melatonin cautions, none for valerian.",
     "qsleep", "rank 5; named blogger's three-remedy story", False, "", True, False),
]

Q.update({
    "qbp": "lower blood pressure naturally without medication garlic hibiscus beet juice",
    "qsugar": "herbs to lower blood sugar naturally cinnamon bitter melon berberine diabetes",
    "qnatsleep": "naturopath insomnia herbal remedies passionflower magnesium sleep",
})

ROWS += [
    ("r289-011", W, False, "11010001", True, "paid course lecture (membership site)", U,
     "berberine said to work 'just as well as' metformin and other drugs and offered for people who 'can't take their medicines', with a 1,000-1,500 mg daily amount and no interaction or hypoglycaemia caution in the excerpt",
     "HARD the text is a paraphrase of a mainstream summary and reports studies (sources 1), but it drops the caveats: 'could be very helpful for people with diabetes who can't take their medicines' offers a supplement where medicines are contraindicated, and the daily milligram amount is a dose by POLICY-46 with no doctor or pharmacist caveat. Hedged ('could'), not a stop-your-medicine instruction, so unsafe_advice false. advertising 1: a paid membership course.",
     "qsugar", "rank 4; doctor-branded course lecture on diabetes herbs", False, "", True, False),
    ("r289-012", W, False, "10110002", True, "supplement newsletter article", U,
     "'you don't have to turn to drugs' and 'Slash your blood sugar 18 to 29 percent with a spice? ... it's true!' with a claim that gymnema repairs the pancreas; one check-with-your-doctor line",
     "HARD the claims are overstated (claims 0: the cinnamon figure and pancreas repair are presented as fact) and aimed at readers worried about diabetes; numbered references give sources 1 and 'check in with your doctor before you start' is a consult prompt (care 1, not a sign). 'you don't have to turn to drugs' concerns prevention, not stopping a prescribed medicine, and no cure or safety word is used, so unsafe_advice false. Gymnema 400-800 mg a day is a dose, with the doctor caveat in the same paragraph.",
     "qsugar", "rank 5; 'slash your blood sugar' herbal piece", False, "", True, False),
    ("r289-013", W, True, "11110012", True, "herbal remedy list (health site)", U,
     "seven diabetes herbs with hedged evidence lines, per-herb cautions (coumarin in cassia cinnamon, bitter melon with insulin) and 'medication and lifestyle changes remain essential'",
     "HARD thin-but-fair: the herbs are described as 'may help' with real cautions (risks 1), though 'evidence-based' and 'regenerate pancreatic beta cells' overstate (claims 1) and no hypoglycaemia sign or when-to-get-help is given (warning_signs_present false). Gymnema 200-400 mg daily is a dose without a caveat in its section; the bitter-melon line names the doctor. care 1: consult framing only.",
     "qsugar", "rank 8; hedged-looking diabetes herb list", False, "", True, False),
    ("r289-014", W, False, "10011001", True, "women's-health supplement company article", U,
     "sleeping pills dismissed as not addressing the 'root cause' and nature's remedies called 'safe and effective', with the company offering to 'help you get to the root'; no care prompt",
     "HARD 'Nature has provided plenty of safe and effective ways' is a general safety line without a named remedy or cure, so unsafe_advice false (as r94-001); label false for the one-sided framing against prescribed sleep medicines and the sales frame (phone line, 'We can help you'). authorship 1: reviewed by a naturopath (ND). sources 1: an NIH manuscript named. advertising 1.",
     "qnatsleep", "rank 1; naturopath-reviewed supplement-company insomnia page", False, "", True, False),
]

ROWS += [
    ("r289-015", W, False, "10001011", True, "naturopathic clinic blog", U,
     "fair on sleeping pills' harms and on herbs not replacing sleep hygiene, but valerian is called proven with a 'well understood' mechanism, strong chamomile tea is declared 'still safe' and kava is praised as the excerpt ends",
     "HARD unsafe_advice true on the own-voice unqualified safety line for the remedy ('2 or 3 teabags per cup is still safe', as r41-053's 'safe, non-toxic'), though chamomile tea is low-risk; label false mainly for valerian's overstated evidence ('shown to be effective ... well understood', claims 0) and kava promoted with no liver warning in the excerpt. authorship 1: 'Dr Thor Conner' named. risks 1: drug harms and valerian's short-term use named. advertising 1: a clinic's blog.",
     "qnatsleep", "rank 6; naturopathic doctor's clinic post", True, "2 or 3 teabags per cup is still safe", True, False),
    ("r289-016", W, False, "11012002", True, "magazine excerpt (gym company's magazine)", U,
     "an integrative psychiatrist's supplement picks (magnesium, valerian, passionflower, CBD) stated as working mechanisms, with the claim that natural remedies are 'much gentler and safer' than prescription aids; no harms or interactions",
     "HARD the 'gentler and safer' claim is attributed to a named psychiatrist, so unsafe_advice false (as r21-010); label false for effects stated as fact (passionflower 'can increase' slow-wave sleep, valerian 'interacts with GABA and serotonin receptors'), advice to try supplements first, and no risk, interaction or chronic-insomnia prompt (risks 0, care 0). authorship 2: named author with credentials.",
     "qnatsleep", "rank 7; lifestyle magazine quoting an MD", False, "", True, False),
    ("r289-017", W, False, "11010002", True, "remedy guide (content site)", U,
     "herbal 'powerful path forward' for insomnia: valerian effectiveness attributed to NCCIH, lavender capsules compared to prescription anxiety drugs, diffuser and tincture tips; no cautions or care prompt",
     "HARD the NCCIH attribution misstates that body's inconclusive verdict on valerian (accuracy 1), and oral lavender 'as effective as some prescription medications' is presented without limits (claims 1); nothing on interactions, pregnancy, or when insomnia needs assessment (risks 0, care 0). Efficacy framing only, so unsafe_advice false.",
     "qnatsleep", "rank 8; 'heavier hitters' herbal sleep guide", False, "", True, False),
]

Q.update({
    "qsore": "cold sore home remedy lysine tea tree oil",
    "qacv": "apple cider vinegar cure for high blood pressure and diabetes testimonials",
    "qelder": "herbalist shop elderberry syrup cold and flu buy",
})

ROWS += [
    ("r289-018", W, False, "00100002", True, "remedy article (juicing site)", U,
     "apple cider vinegar said to 'fight diabetes' and control blood pressure, ending that it is a 'reliable and affordable natural way to reduce high blood pressure'",
     "HARD unsafe_advice true: the closing own-voice line calls ACV a 'reliable ... way to reduce high blood pressure' (a guarantee-like claim for a serious condition); the earlier 'only be effective ... when used correctly' qualification sits in another paragraph and concerns use, not whether it works. The chlorogenic-acid mechanism is garbled (accuracy 0). care 1: a cut-off 'advisable to consul[t]' for acid reflux only.",
     "qacv", "rank 2; ACV-for-blood-pressure claim page", True, "ACV is easily accessible, reliable and affordable natural way to reduce high blood pressure", True, False),
    ("r289-019", W, False, "00000000", True, "herbal tea product page (shop)", U,
     "tea blend sold with elderberry said to prevent a virus 'taking hold' and stop its spread, and St John's wort called a 'liver support' herb with no word on its many drug interactions",
     "HARD product page (POLICY-46 1): warning signs not warranted. The prevention claims are own-voice but framed with 'can', not a cure or safety word, so unsafe_advice false; the page is false for unsupported prevention claims and for St John's wort sold with no interaction warning (it weakens contraceptives, anticoagulants and antidepressants). advertising 0: a sales page.",
     "qelder", "rank 2; herbal-shop product page with St John's wort", False, "", False, False),
    ("r289-020", W, False, "10000001", True, "herbal company recipe intro", U,
     "elderberry syrup called 'effective, easy to make, safe' after 'tried and true' and 'people swear by it'; no limits or cautions",
     "unsafe_advice true: own-voice unqualified safety and efficacy claim for the remedy ('It's effective, easy to make, safe'). The mechanism line is hedged ('believed to', accuracy 1), but nothing on raw berries, children or when a cold or flu needs care. Read as a make-it-yourself remedy page (warning signs warranted), not a single-product sales page. advertising 1: a botanicals company.",
     "qelder", "rank 3; botanicals-company elderberry page", True, "It’s effective, easy to make, safe and tastes great", True, False),
    ("r289-021", W, False, "00000001", True, "herbalist's blog recipe", U,
     "an alcohol-and-honey elderberry syrup offered 'for the whole family' with daily and hourly amounts and praised for shingles, chickenpox and herpes viruses",
     "HARD nothing shown is a cure or safety word ('strong medicine', 'excellent ally' are efficacy), so unsafe_advice false, but the page gives an alcohol-preserved honey syrup to 'the whole family' with no age limit (honey and alcohol for infants and young children) and recommends it for shingles and chickenpox with no sign of when they need a doctor (care 0). 1-3 tsp a day and 1/2 tsp hourly are doses of a herbal preparation (POLICY-46). date 0: the date is in the URL only.",
     "qelder", "rank 6; herbalist's own syrup recipe and dosing", False, "", True, False),
    ("r289-022", W, False, "11000000", True, "elderberry syrup product page (small food business)", U,
     "syrup sold as an 'immunity booster to battle against the cold and flu' with 1-2 tablespoons up to 4 times a day; the rest is folklore",
     "HARD product page (POLICY-46 1): warning signs not warranted. The claims are typical and starred ('*', a disclaimer mark whose text is not shown), no cure or safety word, so unsafe_advice false; label false because the page sells the product it praises with unsupported immune claims and gives a repeated daily amount with no caution (children, pregnancy, autoimmune disease). advertising 0.",
     "qelder", "rank 7; syrup product page with usage", False, "", False, False),
    ("r289-023", W, False, "11001200", True, "herb shop blog promoting its syrups", U,
     "a shop owner's post on its 'hottest seller' elderberry syrup, with elder flowers called anti-viral and immune-supporting and tea suggested for colds, flu and sinus problems",
     "HARD treated as a product page (its purpose is to promote the shop's three syrups), so warning signs not warranted, although it also suggests elder-flower tea for colds and sinus issues. Label false: selling the product praised, with unsupported 'anti-viral' claims (claims 1). authorship 1: named owner; date 2: 29th Jan 2020. advertising 0.",
     "qelder", "rank 8; herb shop's sales blog post", False, "", False, False),
]

Q.update({
    "qrecall": "supplement recall FDA warning herbal product hidden drug",
    "nmelat": "study finds melatonin supplements mislabeled news",
    "qzinc": "does zinc or vitamin C shorten a cold evidence",
})

ROWS += [
    ("r289-024", W, True, "12111221", True, "supplement-safety explainer on an online-pharmacy site", U,
     "warns that herbal supplements are not approved before sale, can hide drugs or interact with prescriptions, with named FDA actions; the cautionary message is sound",
     "HARD the source looks like an online-pharmacy brand on a .su domain and some specifics are unverifiable or misdated ('Only 45 FDA staff members', the 2023 Miracle Mineral Solution case), so accuracy 1; label true because the reader's takeaway (tell your doctor, supplements can be contaminated or interact) is right and nothing pushes a product. Not a self-treatment page, so warning signs not warranted. authorship 1 and date 2: byline and 'February 28, 2026' shown. advertising 1: pharmacy branding.",
     "qrecall", "rank 4; supplement-risk explainer (regulator-warning angle)", False, "", False, False),
    ("r289-025", N, True, "22020022", True, "health news story (repost of a medical news report)", U,
     "JAMA research letter: 22 of 25 melatonin gummies mislabelled, with the poison-centre data that prompted it and an independent Mayo Clinic comment",
     "reposted medical news (the outlet's name survives as mojibake 'ľֱ'); numbers, study type (a research letter, one lab analysis) and an independent expert are given (sources 2, risks 2). No byline or date in the excerpt. News care_prompt 0.",
     "nmelat", "rank 8; unused-domain repost of the JAMA melatonin study", False, "", False, False),
    ("r289-026", W, True, "22120012", True, "student critically-appraised topic (university commons)", R,
     "a student's evidence appraisal of zinc and vitamin C for preventing colds, quoting a systematic review abstract with its effect size and confidence interval; no conclusion in the excerpt",
     "HARD written as a clinical-appraisal exercise for a family-practice scenario, not consumer self-care, so warning signs not warranted (as r41-010); true because the quoted review is accurate and hedged ('may not prevent', 'potentially reduce'). care 1: clinical framing without a prompt; authorship 0: the student's name is in the URL only.",
     "qzinc", "rank 3; university-hosted evidence appraisal (mainstream kind)", False, "", False, False),
]

Q.update({
    "nturm": "news study herbal remedy liver injury turmeric supplements",
    "qgourd": "home remedies for high blood sugar grandma's tips bitter gourd juice fenugreek",
    "qbanana": "natural cure for warts on hands banana peel garlic forum",
})

ROWS += [
    ("r289-027", N, True, "22020022", True, "health news feature (repost of a lifestyle-magazine story)", U,
     "turmeric supplements and liver injury: cites an Italian case series, DILIN data and an American Journal of Medicine study, with a dietitian's comment and hedged wording",
     "HARD re-hosted on a random-looking subdomain; judged on its text as a health-news reviewer would: the harm is described from named studies with case counts (sources 2, risks 2), 'could cause' hedges the headline claim. No byline or date in the excerpt; the 'RELATED' links are the magazine's own (advertising 2). News care_prompt 0.",
     "nturm", "rank 6; unused-domain news feature on a supplement harm", False, "", False, False),
    ("r289-028", W, True, "11100012", True, "diabetes remedy article (content site)", U,
     "world folk remedies for blood sugar (okra water, fenugreek, bitter melon, turmeric with aloe) offered as an addition to therapy, with a clear 'never ... replace them with a natural alternative'",
     "HARD thin-but-fair: the explicit do-not-replace line (care 1: a consult-type prompt without a sign) keeps the page on the right side, though the remedies are asserted to 'treat insulin resistance' (claims 1) and the turmeric-aloe-bay-leaf line is garbled (accuracy 1); no hypoglycaemia or interaction caution with medicines (risks 1 for the medication framing). No sign such as very high readings or symptoms tied to an action.",
     "qgourd", "rank 4; diabetes-site remedy roundup", False, "", True, False),
    ("r289-029", W, False, "00000002", True, "remedy article (news-style health site)", U,
     "bitter gourd juice said to keep blood sugar 'under control' and 'get rid of this disease soon', with amla, fenugreek, jamun and aloe water as 'very effective'",
     "unsafe_advice true: own-voice unqualified cure claim for diabetes ('can get rid of this disease soon'). No word on medicines, hypoglycaemia, testing or seeing a doctor beyond 'doctors recommend ... charts' (care 0).",
     "qgourd", "rank 6; bitter-gourd diabetes cure claim", True, "keeps level under control and also can get rid of this disease soon", True, False),
]

ROWS += [
    ("r289-030", W, False, "11010002", True, "remedy article (health site)", U,
     "cinnamon and apple cider vinegar for type 2 diabetes with study results and hedged wording, but no word on medicines, hypoglycaemia, testing or a doctor",
     "HARD the study descriptions are broadly right and hedged ('may help', sources 1), but a page telling people with type 2 diabetes to add remedies gives no line on keeping prescribed treatment or on interactions (care 0, risks 0), as r94-016. The cinnamon mg figures are reported from studies (not instructions); 2 tablespoons of vinegar at bedtime for blood sugar is a hard-call dose by POLICY-46 (taken for its effect, measured, timed).",
     "qgourd", "rank 7; study-citing diabetes remedy page", False, "", True, False),
    ("r289-031", W, True, "11100022", True, "remedy article page 2 (content on an unrelated host)", U,
     "bitter gourd juice, cooking and supplements with a consult line, a hypoglycaemia caution for people on insulin or diabetes drugs and pregnancy caution; 'under medical guidance'",
     "HARD the title ('The vegetable that eats all the sugar in the body') and 'powers are backed by science' overstate (claims 1, accuracy 1), but the body's cautions are the ones that matter (risks 2: hypoglycaemia with medicines, pregnancy, low-sugar history) and it frames the remedy as support 'under medical guidance' (care 1: consult prompt, no sign). Title exception: no own-voice cure in the body. Thin-but-fair.",
     "qgourd", "rank 8; second page of a bitter-gourd article", False, "", True, False),
    ("r289-032", W, False, "00000002", True, "tips fragment (skin-care site category page)", U,
     "heading 'Banana Peels Can Cure Warts' and a false claim that warts are usually a sign of potassium deficiency",
     "unsafe_advice true on the page's own cure heading inside the excerpt (as r21-052's literal cure heading); the potassium-deficiency cause is false (warts are caused by HPV). Fragment only.",
     "qbanana", "rank 2; short cure-claim fragment", True, "Banana Peels Can Cure Warts", True, False),
    ("r289-033", W, False, "00000202", True, "remedy how-to (money-tips blog)", U,
     "banana peel presented as wart 'medication' that eliminates warts within about two weeks, with cutting the darkened wart with nail clippers, and 'Natural home remedies work miracles'",
     "unsafe_advice true: own-voice unqualified efficacy-as-cure claim ('They do have the abilities of eliminating warts') with a timed guarantee ('entirely vanish after about two weeks') and 'work miracles'; it also points readers with genital warts to browse online tips. Trimming warts with nail cutters spreads HPV and risks infection. date 2: 23 December, 2013.",
     "qbanana", "rank 3; banana-peel wart 'therapy' on a tips blog", True, "They do have the abilities of eliminating warts", True, False),
    ("r289-034", W, False, "00000001", True, "natural-health school blog", U,
     "banana peel for warts with anecdotes of warts gone in days and a potassium mechanism; 'seemingly miraculous' and 'practically free'",
     "HARD the success stories are attributed ('Some people report', 'It is thought'), so unsafe_advice false, but the page rests on anecdote and a made-up potassium mechanism and says warts are 'extremely susceptible to home remedies' (claims 0) with no word on when a growth should be checked. advertising 1: a school selling natural-health courses.",
     "qbanana", "rank 7; natural-health school's banana-peel post", False, "", True, False),
]

Q.update({
    "npr": "press release supplement company launches natural sleep aid gummies",
    "qcastor": "is it safe to take castor oil for constipation how much",
    "qpimple": "acne home remedy toothpaste lemon juice baking soda pimple overnight",
})

ROWS += [
    ("r289-035", W, False, "00000001", True, "lifestyle blog promoting melatonin gummies", U,
     "melatonin called 'all-natural' with 'few side effects', said to ensure a good night's rest and to improve mood, growth hormone, eye health and to 'treat' reflux",
     "HARD unsafe_advice true: own-voice guarantee ('take it before bedtime to ensure they get a good night's rest') for a supplement, together with unsupported extra claims (treats GERD, raises growth hormone). A blog post on using a supplement for a problem, so warning signs warranted (POLICY-46 1). Nothing on children, dose or interactions (risks 0). date 0: URL only. advertising 1: a 'fun gummy' pitch.",
     "npr", "rank 1; melatonin-gummy promotion on a lifestyle blog", True, "people can take it before bedtime to ensure they get a good night’s rest", True, False),
    ("r289-036", W, False, "11000000", True, "supplement shop collection page", U,
     "sleep gummies described as working on 'natural sleep mechanisms' with herbs 'known for their calming and sedative effects' and a 'holistic approach'; sales copy with no limits",
     "product page (POLICY-46 1): warning signs not warranted. Typical marketing, no cure or safety word, so unsafe_advice false; label false because the page sells what it praises and states effects as known without evidence or cautions. advertising 0.",
     "npr", "rank 2; brand collection page for sleep gummies", False, "", False, False),
    ("r289-037", N, False, "11010000", True, "trade-press feature for supplement retailers", U,
     "a retail trade feature telling shops how to sell sleep products, quoting a supplement brand's consultant and another company's head of science; no evidence or harms",
     "HARD judged as a health-news reviewer would: sources are named but they are industry people with a conflict of interest (a consultant for a supplement brand), benefits are implied without numbers and no harms or evidence quality are given (risks 0). The piece is aimed at selling ('help your customers'), advertising 0. date 0: URL only.",
     "npr", "rank 6; trade-press news feature on the sleep-supplement category", False, "", False, False),
    ("r289-038", W, True, "22100021", True, "acne brand Q&A", U,
     "debunks toothpaste and lemon juice as acne cures, naming their irritation and scarring risks, and points to tested over-the-counter and prescription treatments",
     "HARD accurate and balanced, but on a brand site whose product is benzoyl peroxide (advertising 1: the recommendation favours the product class). No sign of when acne needs a doctor (severe, cystic, scarring), so warning_signs_present false; care 1: prescription treatments mentioned.",
     "qpimple", "rank 4; mainstream myth-busting answer from an acne brand", False, "", True, False),
    ("r289-039", W, False, "11000002", True, "remedy how-to (content site)", U,
     "lemon-peel juice twice a day, tea tree oil that 'clears moderate acne', witch hazel and toothpaste on pimples, each with a 'why this works' and no cautions",
     "HARD no cure or safety word, so unsafe_advice false; label false because lemon juice (irritation, photosensitivity) and toothpaste (irritation, burns) are recommended as daily treatments without any warning, against the usual dermatology advice, and tea tree oil's effect is overstated (claims 1). No prompt to see anyone for persistent or severe acne.",
     "qpimple", "rank 7; step-by-step pimple remedies", False, "", True, False),
]

Q.update({
    "nvitd": "news vitamin D supplements trial results no benefit joint pain arthritis",
    "qonion": "honey and onion syrup for child's cough night remedy",
    "qsenna": "herbal tea for constipation senna safe long term",
})

ROWS += [
    ("r289-040", N, True, "22010012", True, "health news (arthritis charity magazine)", R,
     "reports a two-year trial in which vitamin D did not ease knee osteoarthritis pain or slow progression, with the lead investigator explaining how the evidence shifted",
     "HARD accurate and unhyped, but the source is a meeting presentation (not yet peer reviewed, not flagged) and only the lead investigator is quoted (sources 1); no effect sizes beyond the sample in the excerpt. risks 1: a null result, no harms at issue. News care_prompt 0.",
     "nvitd", "rank 3; arthritis-charity news on a null supplement trial (reliable-leaning kind)", False, "", False, False),
    ("r289-041", N, False, "11010002", True, "patient news commentary (pain-management site)", U,
     "casts doubt on a null vitamin D trial for knee osteoarthritis through one chiropractor's claim that the trial's target level was 'well below the normal range'",
     "HARD the trial is described correctly at first, but the piece frames the null result as 'confusion' and leans on a single non-involved chiropractor's contested threshold (the 32-100 ng/mL 'normal range' is a supplement-advocacy figure, not a consensus) without any other expert, keeping the supplement open for readers with knee pain (accuracy 1, claims 1, risks 0). sources 1: study and lead author named.",
     "nvitd", "rank 6; contrarian news commentary on the same kind of trial", False, "", False, False),
]

Q.update({
    "qayur": "ayurvedic remedy for high blood pressure arjuna bark sarpagandha",
    "qmag": "magnesium for leg cramps and sleep at night natural relief",
    "qgp": "pharmacist advice natural cough remedies for adults when to see a GP",
})

ROWS += [
    ("r289-042", W, False, "00000001", True, "Ayurveda seller's article", U,
     "'Cure Hypertension with Sarpagandha': the body says hypertension must be recognised and cured and calls the herb the most effective, with no word on reserpine's side effects (depression) or on prescribed treatment",
     "HARD unsafe_advice true: the body's own line ('recognising symptoms of hypertension and curing it is extremely essential') carries the title's cure claim into the text for a herb offered as the answer; 'one of the best natural vasodilators' misstates how reserpine works. Hypertension is usually symptomless, so 'recognising symptoms' misleads. advertising 1: an Ayurveda brand's site.",
     "qayur", "rank 5; 'cure hypertension' herb page", True, "recognising symptoms of hypertension and curing it is extremely essential", True, False),
    ("r289-043", W, False, "11000011", True, "herbal shop blog (Ayurvedic hypertension herbs)", U,
     "arjuna, ashwagandha, punarnava, sarpagandha and gokshura with twice-daily milligram amounts for blood pressure, and no line on blood-pressure medicines, monitoring or a doctor",
     "HARD the milligram amounts with frequencies are doses by POLICY-46, given without a doctor or pharmacist caveat; only sarpagandha gets 'Dosage must be carefully monitored' (risks 1). Stacking diuretic and reserpine-containing herbs on top of (or instead of) antihypertensives is not addressed. No cure or safety word, so unsafe_advice false. advertising 1: a shop's blog.",
     "qayur", "rank 8; shop blog with herbal dosing for hypertension", False, "", True, False),
    ("r289-044", W, False, "00010002", True, "remedy article (content site)", U,
     "Ayurvedic herbs for blood pressure 'backed by scientific studies', with precise effect claims and mechanisms (sarpagandha as a 'natural calcium channel blocker') and no cautions",
     "HARD journals are named (sources 1) but the findings are given without details and some mechanisms are wrong (reserpine depletes catecholamines; it is not a calcium channel blocker), so accuracy 0; nothing on medicines, monitoring, reserpine's depression risk or pregnancy (risks 0). Efficacy claims only, so unsafe_advice false.",
     "qayur", "rank 6; 'backed by scientific studies' Ayurvedic list", False, "", True, False),
]

ROWS += [
    ("r289-045", W, False, "10001001", True, "wellness business blog", U,
     "magnesium the 'miracle mineral' that 'truly earns that name' and 'might be the natural solution you need' for restless legs, cramps, sleep and headaches; no care prompt or limits",
     "HARD hedged in places ('may be key', 'might be'), so no cure or safety word and unsafe_advice false; label false for the 'miracle' framing (claims 0) and for offering a supplement for restless legs and frequent headaches with no word on causes that need a doctor (iron deficiency, medicines, headache red flags) or on kidney disease and magnesium. authorship 1: named author; date 0: '2 days ago'. advertising 1.",
     "qmag", "rank 6; wellness-business magnesium post", False, "", True, False),
    ("r289-046", W, False, "11100011", True, "supplement buying guide (content on an unrelated host)", U,
     "magnesium called 'particularly beneficial for relieving leg cramps' and helpful for insomnia, with a consult-for-dosage line",
     "HARD the consult line ('consult with a healthcare provider to determine the appropriate dosage and ensure it's safe') gives care 1 and risks 1, and magnesium is low-risk for most; label false because the lead claim runs against the trial evidence for night-time leg cramps (claims 1, accuracy 1) and the page is a 'best magnesium' buying guide (advertising 1). No sign tied to an action (warning_signs_present false).",
     "qmag", "rank 8; 'best magnesium' guide", False, "", True, False),
    ("r289-047", W, True, "22210022", True, "public-health campaign self-care page (antibiotic awareness)", R,
     "NHS-based cough self-care: most coughs clear within 21 days, honey-lemon (not under 1), pharmacist remedies, antibiotics not usually needed, and a full list of when to book a GP or go urgently",
     "warning_signs_present true: a cough over 3 weeks, breathlessness, chest pain, weight loss and coughing up blood each tied to seeing a GP (urgently for blood). sources 1: links to NHS. A minor typo ('mout') kept.",
     "qgp", "rank 3; public-health campaign page (mainstream kind) on cough self-care", False, "", True, True),
]

ROWS += [
    ("r289-048", W, True, "22200022", True, "GP practice self-care page (NHS-style text)", U,
     "cough self-care with honest evidence notes ('limited evidence'), honey not under 1, pelargonium only over 12, codeine and decongestants not helpful, and a full see-a-GP list with coughing up blood as urgent",
     "warning_signs_present true: persistence over 3 weeks, breathlessness, chest pain, weight loss, neck swelling and blood each tied to seeing a GP. A practice page, so unreliable-leaning by the rel convention, though the text is NHS-derived. sources 0: no source named in the excerpt.",
     "qgp", "rank 6; GP-practice information page (mainstream kind)", False, "", True, True),
    ("r289-049", W, False, "11010001", True, "Ayurvedic brand page on a hypertension herb", U,
     "sound basics on hypertension, then 'Lifestyle factors are the best way to address high blood pressure' and an invitation to 'do more' with Ayurvedic sarpagandha; no word on medicines or a doctor",
     "HARD the facts about blood pressure are mostly right (WHO named: sources 1), but the page presents lifestyle plus herbs as the route for a condition that often needs medicine (accuracy 1) and says nothing on prescribed treatment, monitoring or reserpine's harms (risks 0). No cure or safety word in the excerpt, so unsafe_advice false. advertising 1: a brand's 'pages' section.",
     "qayur", "rank 1; brand page moving from hypertension basics to a herb", False, "", True, False),
    ("r289-050", W, False, "11000001", True, "cannabis-and-Ayurveda company blog", U,
     "sarpagandha tablets presented as a classical medicine that 'helps in controlling high blood pressure' with 'promising' studies and dosha theory; no side effects or medicine guidance",
     "HARD efficacy framing ('helps in controlling', 'to help beat the issue of hypertension') rather than a cure word, so unsafe_advice false; label false because a reserpine-containing product is promoted for hypertension with no mention of its side effects (depression, nasal congestion, low heart rate), medicines or monitoring (risks 0) and unsupported 'blood purifier' claims. advertising 1: company blog for a seller.",
     "qayur", "rank 7; seller's blog on sarpagandha tablets", False, "", True, False),
]

# Queries run after the set was full or whose candidates were all used, parallel or a-list
# duplicates of stored kinds (no page kept from them).
Q.update({
    "qnutmeg": "grandmother's remedy for insomnia warm milk nutmeg does it work",
    "qknee": "natural remedies for knee pain in elderly apple cider vinegar ginger compress",
    "qtoddler": "constipation in toddlers home remedies prune juice when to call doctor",
    "nreg": "regulator warns against herbal diabetes cure product seized",
})
