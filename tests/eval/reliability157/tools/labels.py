"""rel157 labels: Q (query key -> query) and ROWS (see tests/eval/reltools.py build for the tuple order:
id, genre, reliable, scores, partial, doc_type, source_leaning, why, note, query key, picked_because,
unsafe_advice, unsafe_quote, warning_signs_warranted, warning_signs_present)."""

W, N = "web page", "news"
U, R = "unreliable-leaning", "reliable-leaning"

Q = {
    "qfr": "my child has a fever and rash when should I worry",
    "qst": "home remedies for sore throat that actually work",
    "qib": "is it safe to take ibuprofen every day for back pain",
    "qco": "colonoscopy preparation what to expect",
    "qdh": "signs of dehydration in elderly parents what to do",
    "qacv": "apple cider vinegar for acid reflux does it help",
    "qme": "health department announces measles case exposure locations",
    "qcr": "croup in toddlers barking cough night treatment",
}

ROWS = [
    ("r157-001", W, False, "10000002", True, "remedy blog on an unrelated host", U,
     "sore-throat remedies with unsupported antibacterial/immune claims ('Research shows that Fenugreek relieves pain and kill bacteria'), 'treated at home easily' and no sign that needs a doctor",
     "HARD: mostly harmless remedies (honey, salt water); false for the unsupported claims and no care prompt on a symptom that can be strep or worse; unsafe_advice false (claims attributed to 'research', no cure/safety guarantee)",
     "qst", "a-d domain; typical remedy list page", False, "", True, False),
    ("r157-002", W, True, "12000021", True, "caregiver text pasted on an unrelated dating page", U,
     "accurate list of dehydration signs in older adults (dizziness, low blood pressure, rapid heart rate, sunken eyes) and why they drink less; 'toxins can cause infections' is loose and no sign is tied to calling a doctor",
     "HARD: spam host (a dating-site URL) and no care prompt, but what is shown is correct and harmless; thin-but-fair; risks 1: rehydration only",
     "qdh", "a-d domain; odd host for a caregiver text", False, "", True, False),
    ("r157-003", W, True, "22200012", True, "provincial health-service handout", R,
     "accurate croup handout: viral, usually mild, no antibiotics, cool air at home, and 'Seek medical attention' for noisy breathing at rest or any trouble breathing",
     "warning_signs_present: stridor when calm/asleep or trouble breathing + seek medical attention",
     "qcr", "public health body page in range", False, "", True, True),
]

Q.update({
    "qel": "elderberry syrup for flu in kids is it safe",
    "qpsa": "what does a high PSA test result mean",
    "qvd": "new study finds vitamin D supplements news",
    "qfa": "grandmother keeps falling balance problems older adults prevention",
})

ROWS += [
    ("r157-004", W, True, "22210022", True, "children's hospital parent blog", R,
     "cautious elderberry page: no proof of benefit (NIH cited), cyanide risk in unripe/homemade preparations, echinacea interactions, children who should not use it, check with the child's provider",
     "no sign tied to an action, so warning_signs_present false; date only in the URL",
     "qel", "a-d domain; children's remedy question answered by a hospital", False, "", True, False),
    ("r157-005", W, True, "22000022", True, "radiology institute FAQ snippet", U,
     "three accurate lines on PSA: high does not mean cancer, normal does not exclude it, trend matters",
     "HARD: thin-but-fair; no care prompt but nothing misleading; risks 2 as the test's limits are the content",
     "qpsa", "a-d domain; short test-result explainer", False, "", True, False),
    ("r157-006", W, True, "12100012", True, "old portal FAQ", U,
     "brief PSA FAQ: false positives, biopsy or rectal exam to follow up, other causes of a raised PSA; the fixed 'less than 4' normal value is dated and simplified",
     "HARD: the <4 cut-off as 'should be' is out of date (cancer occurs below 4), but the answer to a reader with a high result points to further testing; accuracy 1",
     "qpsa", "a-d domain (cancer.about.com); classic consumer Q&A", False, "", True, False),
    ("r157-007", W, True, "22211012", True, "magazine reprint of a hospital Q&A column", U,
     "Dear Mayo Clinic answer on falls: see the doctor as weakness may signal a condition, medication review, physical therapy, vision/hearing checks, home safety",
     "warning_signs_present: weakness and loss of balance after a fall + visit her doctor",
     "qfa", "a-d domain; older-people health question", False, "", True, True),
]

Q.update({
    "qpr": "hospital press release new treatment approved patients",
    "qmg": "magnesium supplement for leg cramps at night",
    "qte": "baby teething remedies amber necklace gel safe",
    "qcp": "chest pain when to go to the emergency room heartburn or heart attack",
    "qrsv": "CDC warns parents about RSV season infants news",
    "quti": "cranberry juice urinary tract infection cure women",
    "qdem": "dementia early signs mum forgetting things when to see a doctor",
    "qsta": "statin side effects muscle pain should I stop taking",
})

ROWS += [
    ("r157-008", W, True, "22200012", True, "dementia research charity FAQ", R,
     "accurate list of dementia warning signs, notes treatable mimics (infection, anaemia, thyroid, alcohol) and says to see a doctor for diagnosis",
     "warning_signs_present: the listed memory/behaviour changes + see a doctor; risks 1: no intervention discussed",
     "qdem", "a-d domain; charity page for a worried relative", False, "", True, True),
    ("r157-009", W, True, "22200012", True, "care-home blog", U,
     "plain, accurate list of early dementia signs with 'if memory loss is a genuine problem then you should see a GP as soon as you possible'",
     "warning_signs_present: memory loss that is a genuine problem + see a GP; typos kept; no promotion in the excerpt; date only in URL",
     "qdem", "a-d domain; care-provider content", False, "", True, True),
]

Q.update({
    "qcof": "researchers say study links coffee drinking to lower risk news",
    "qeye": "FDA recall warning contaminated eye drops announcement",
    "qout": "county health officials confirm outbreak residents urged",
    "qwl": "new weight loss drug trial results announced news",
})

ROWS += [
    ("r157-010", N, True, "22010212", True, "local newspaper report of a county health-department release", U,
     "dated, plainly reported case update attributed to the named health-department director, with the department's public-health instructions; no exaggeration",
     "announcement-type news: nothing to quantify beyond case counts; sources 1 (the department's release, named official)",
     "qout", "a-d domain; public-health announcement story", False, "", False, False),
    ("r157-011", N, False, "11010002", True, "news-aggregator tag page of newspaper teasers", U,
     "lead item reports a manufacturer's top-line weight-loss pill results (7.3 kg average) as a 'contender' with no side effects, no placebo comparison and no independent voice; the rest are off-topic teasers",
     "HARD: the manufacturer is named as the source and the benefit is quantified, but harms and comparison are missing and the teaser stops mid-sentence",
     "qwl", "a-d domain; drug-trial news as readers meet it on aggregators", False, "", False, False),
    ("r157-012", W, True, "22010012", True, "city health-department information page", R,
     "accurate basic facts on pandemic vs seasonal flu, symptoms and hand-washing/vaccination advice, with CDC material linked for Ebola",
     "HARD: warranted on the symptom list (a reader may have flu), but no sign tied to care; H1N1-era text, undated",
     "qout", "a-d domain; public-health body page", False, "", True, False),
]

Q.update({
    "qtu": "turmeric supplement arthritis joint pain benefits dosage",
    "qear": "ear infection toddler antibiotics or wait",
    "qheat": "health officials warn heat wave elderly residents cooling centers",
    "qmri": "MRI scan with contrast side effects what to expect",
})

ROWS += [
    ("r157-013", W, True, "22110022", True, "online-pharmacy-style content page", U,
     "accurate explainer on childhood middle-ear infection: most clear without antibiotics, risk factors, CHOP figure attributed, signs listed with drainage flagged as needing checking",
     "HARD: .su drug-shop host of unknown provenance, but the excerpt is accurate and sells nothing; warning_signs_present on 'Fluid draining from the ear ... needs checking' (weak action, counted on the letter of the rule)",
     "qear", "a-d domain; children's health question on a pharmacy-style site", False, "", True, True),
    ("r157-014", N, True, "22010012", True, "local weekly newspaper city announcement", U,
     "straightforward city announcement of cooling centres with standard heat precautions and at-risk groups; nothing overstated",
     "public-health announcement; date only in the URL (2011), so date 0",
     "qheat", "a-d domain; public-health announcement for older residents", False, "", False, False),
    ("r157-015", N, True, "22010012", True, "automated news-summary site with embedded official posts", U,
     "accurate summary of a city heat emergency: cooling centres, NWS warning, prior heat deaths, standard precautions, official posts embedded",
     "HARD: machine-written summary with no byline or year, but every claim is a routine official statement and nothing is exaggerated",
     "qheat", "a-d domain; public-health announcement coverage", False, "", False, False),
]

Q.update({
    "qadhd": "essential oils for ADHD children natural treatment",
    "qshg": "shingles vaccine side effects older adults should I get it",
    "qgout": "gout flare diet cherries home remedy",
    "qalz": "university press release researchers discover breakthrough Alzheimer's",
})

ROWS += [
    ("r157-016", W, False, "00001000", True, "essential-oil brand blog", U,
     "recommends ten oils for children's ADHD with unsupported claims ('This oil relieves anxiety and inflammation and improves focus', antidepressant and sedative qualities) while promoting the brand's oils; no safety advice for use on children",
     "HARD: opens with honest hedges (not FDA-recognised, limited research, alongside standard medication), then asserts benefits; unsafe_advice false (efficacy claims, no cure or safety guarantee, no advice to stop medication)",
     "qadhd", "a-d domain; children's remedy page from a seller", False, "", True, False),
    ("r157-017", N, False, "00000212", True, "generic news-brief page", U,
     "unverifiable 'groundbreaking' Alzheimer's story: unnamed 'Journal of Science', a 'Dr. Smith', a mouse result framed as hope for millions; no numbers, no independent voice",
     "reads as filler or machine-written; risks 1 for 'mice' and 'further testing'",
     "qalz", "a-d domain; breakthrough-style health news", False, "", False, False),
    ("r157-018", N, False, "11010002", True, "foundation site repost of a TV news item", U,
     "'major breakthrough' framing of a tau-versus-amyloid brain-bank finding with no journal, no limits and no independent comment; truncated ('To read full article')",
     "the finding itself is plausible and a researcher is quoted (sources 1), but the report is hype with no evidence context; date only in the URL",
     "qalz", "a-d domain; research news repost", False, "", False, False),
]

Q.update({
    "qbp": "blood pressure medication stop taking natural alternatives",
    "qlice": "kids head lice treatment what works",
    "qmam": "mammogram callback what happens next abnormal result",
    "qvax": "health ministry announces free vaccination campaign children press statement",
})

ROWS += [
    ("r157-019", W, True, "11110012", True, "online-pharmacy-style tag page", U,
     "lifestyle alternatives to blood-pressure pills (DASH with trial figure, exercise, weight loss, modest supplement evidence) with 'don't swap pills for supplements without talking to your doctor'",
     "HARD: the 'Natural and Safer Options' title and 'not everyone wants to rely on pills forever' lean against medication, but the body is evidence-based and names interactions and kidney cautions; title-only safety framing not counted as unsafe",
     "qbp", "a-d domain; medicine-alternatives page as readers find it", False, "", True, False),
    ("r157-020", W, True, "22100011", True, "OB-GYN practice blog", U,
     "accurate, calm explanation of a mammogram callback (diagnostic mammogram, other imaging, usually benign) with a practice advert in the middle",
     "advertising 1 for 'our OBGYNs are the providers of choice'; warranted as a reader waiting on a test result; no sign tied to an action",
     "qmam", "a-d domain; test-result page from a practice", False, "", True, False),
    ("r157-021", N, True, "12010012", True, "church radio news item on a ministry campaign", U,
     "short announcement of a polio vaccination campaign with target numbers and a named official; 'vaccinated against diseases like blindness and deafness' is garbled",
     "HARD: a public-health announcement with one muddled sentence and an odd age phrase; the core facts are plain and nothing is exaggerated; date only in the URL",
     "qvax", "a-d domain; public-health announcement", False, "", False, False),
]

Q.update({
    "qpr2": "press release clinic announces new service patients community health",
    "qpro": "probiotics for toddler diarrhea does it help",
    "qmel": "melatonin for kids sleep how much is safe",
    "qank": "swollen ankles elderly causes when to worry",
    "qflu": "local news hospital warns flu cases rising emergency room",
    "qacu": "acupuncture for migraine does it work",
    "qecz": "eczema baby cream natural remedy coconut oil",
    "qks": "kidney stones pain drink lemon juice pass naturally",
})

ROWS += [
    ("r157-022", W, True, "22110011", True, "medical-alert company blog", U,
     "accurate basics on ankle swelling in older people (edema, who is at risk, swelling that does not settle may signal a problem), WebMD and Mount Sinai attributed, with a plug for the company's fall-alert buttons",
     "HARD: a sales paragraph sits in the middle (advertising 1) and no specific red flag (one-sided swelling, breathlessness) reaches the excerpt, but nothing misleads; warning_signs_present false (no action tied to a sign)",
     "qank", "a-d domain; older people's symptom page from a device seller", False, "", True, False),
    ("r157-023", W, False, "10010000", True, "acupuncture practice page", U,
     "claims acupuncture is 'extremely effective' for migraine and 'more effective than conventional drug treatment' with 'extremely few side-effects'; only the NICE line (for when drugs are unsuitable) is stated accurately",
     "HARD: the evidence for migraine prevention is real but modest and sham-comparable; the page overstates it to sell sessions; unsafe_advice false ('extremely few side-effects' is a comparative claim, not a guarantee, and nothing says to stop medicines)",
     "qacu", "a-d domain; treatment page from a practitioner", False, "", True, False),
]

Q.update({
    "qasp": "study published journal finds daily aspirin older adults news report",
    "qbw": "public health announcement boil water advisory residents",
    "qsup": "health news supplement company claims cures study experts skeptical",
    "qhfm": "hand foot and mouth disease toddler daycare symptoms how long contagious",
})

ROWS += [
    ("r157-024", N, True, "22010112", True, "company blog repost of a news story", U,
     "accurate summary of the ASPREE aspirin trial (randomised, placebo, 19,000 healthy older adults, NIA-sponsored, NEJM) with the bleeding trade-off; credits US News",
     "HARD: reposted teaser with no outcome numbers and no independent comment, but the evidence is described correctly and the conclusion is modest; date 1 (day without year)",
     "qasp", "a-d domain; research news as reposted by a care company", False, "", False, False),
    ("r157-025", N, True, "22000012", True, "city utilities public-health notice page", U,
     "plain boil-water advisory notice: what it is, why loss of pressure matters, testing before lifting, where to get updates",
     "public-health announcement; no health overstatement; undated",
     "qbw", "a-d domain; public-health announcement", False, "", False, False),
    ("r157-026", W, True, "22000012", True, "paediatric practice health-library page", U,
     "accurate child-care sheet on hand-foot-and-mouth disease: symptoms, incubation and shedding periods, routes of spread",
     "neurologic symptoms and trouble drinking are named without an action, so warning_signs_present false",
     "qhfm", "a-d domain; children's condition page", False, "", True, False),
]

Q.update({
    "qacv2": "apple cider vinegar weight loss diabetes blood sugar claims",
    "qinc": "urinary incontinence older women exercises treatment options",
    "qscr": "new guidelines announced screening age lowered news doctors say",
    "qbed": "bed wetting child age 7 what to do",
    "qcs": "colloidal silver uses benefits infection",
    "qcat": "cataract surgery recovery what to expect older patients",
    "qanx": "anxiety in teenagers signs parents should know help",
    "qupf": "news study links ultra-processed food to health risk researchers found",
})

ROWS += [
    ("r157-027", W, True, "22000012", True, "diabetes content aggregator (republished article)", U,
     "balanced opening on apple cider vinegar and diabetes: most claims unsupported, some emerging evidence, will discuss how it should be taken 'if at all'; cut off before the evidence",
     "HARD: thin-but-fair; the excerpt stops at 'Continue reading' before any dose or caution, so risks 1 and no care prompt",
     "qacv2", "a-d domain; remedy question for a chronic condition", False, "", True, False),
    ("r157-028", W, True, "22101012", True, "home-care company blog", U,
     "accurate, signed explainer on cataracts and the timing and preparation of surgery (lens choices, doctor may advise waiting)",
     "no complications or warning signs reach the excerpt; no promotion in the text shown",
     "qcat", "a-d domain; procedure page for older people", False, "", True, False),
    ("r157-029", W, True, "12110011", True, "teen treatment-centre blog", U,
     "reasonable list of teen anxiety signs and causes with a plug for the centre's California programme; 'nearly 33 percent of all adolescents suffer' overstates NIMH's lifetime figure as current",
     "HARD: a provider steering parents to residential treatment, but the content is broadly accurate and urges professional help rather than replacing it; advertising 1; no sign tied to an action",
     "qanx", "a-d domain; young people's mental-health page from a provider", False, "", True, False),
    ("r157-030", N, False, "11000012", True, "personal blog repost of a study teaser", U,
     "three-sentence 'junk food' study teaser: 22,000 Italians, highest intake linked to CVD and death, no effect sizes, no journal, no limits of an observational study",
     "HARD: nothing false and 'linked' is correct, but as health news it quantifies nothing and names no source",
     "qupf", "a-d domain; diet-study news repost", False, "", False, False),
]

Q.update({
    "qdet": "detox foot pads remove toxins does it work",
    "qjau": "newborn jaundice yellow baby when to call doctor",
    "qfda": "FDA approves first drug press release company announces approval",
    "qb12": "vitamin B12 deficiency symptoms elderly tiredness numbness",
})

ROWS += [
    ("r157-031", W, True, "22210012", True, "baby-products site reposting a HealthDay tip", U,
     "short, accurate AAP list of newborn jaundice signs (spreading yellow, yellow eyes, hard to wake, poor feeding, over three weeks) each tied to calling the paediatrician",
     "warning_signs_present: listed signs + call your baby's pediatrician",
     "qjau", "a-d domain; newborn symptom page", False, "", True, True),
    ("r157-032", W, True, "22100012", True, "mental-health content site", U,
     "careful introduction to teen anxiety with clear disclaimers and 'consult a qualified healthcare professional'; cut off before the signs list",
     "care 1: a general prompt with no sign tied to it, so warning_signs_present false; 'global mental health research' is unattributed (sources 0)",
     "qanx", "a-d domain; young people's mental-health page", False, "", True, False),
]

Q.update({
    "qcold": "cold sore remedy toothpaste ice overnight",
    "qhear": "hearing aids older adults dementia risk study news report",
    "qchol": "blood test results high cholesterol what numbers mean explained",
    "qconst": "constipation in toddlers prune juice when to see doctor",
})

ROWS += [
    ("r157-033", W, False, "00200002", True, "general-interest blog", U,
     "says 'Yes, toothpaste can be an effective home remedy' for cold sores and that baking soda, peroxide and menthol 'have antiviral and antibacterial properties that can help fight the herpes simplex virus'; no evidence and no irritation warning",
     "HARD: unsupported efficacy claims, but a good when-to-see-a-doctor paragraph (warning_signs_present: not healed in two weeks, severe pain, fever, swollen nodes + see a doctor); unsafe_advice false (no cure/safety guarantee word)",
     "qcold", "a-d domain; remedy page as readers find it", False, "", True, True),
    ("r157-034", W, True, "22200012", True, "dementia charity FAQ", R,
     "accurate distinction between ordinary forgetfulness and dementia, with 'have a chat with your GP' for significant changes and a list of treatable mimics",
     "warning_signs_present: significant changes (struggling with bills, driving, dressing) + GP; risks 1: no intervention discussed",
     "qdem", "a-d domain; charity page (third dementia page, kept for source variety)", False, "", True, True),
    ("r157-035", N, True, "22010212", True, "legislative caucus public-safety post", U,
     "dated heat-wave announcement with cooling-centre links and Red Cross tips, including cautions for people on fluid limits or water pills",
     "public-health announcement from a political office; no promotion in the text; accurate",
     "qheat", "a-d domain; public-health announcement for older residents", False, "", False, False),
]

Q.update({
    "qfluvax": "health department press release flu vaccine clinics free residents",
    "qcure": "scientists claim new cure cancer breakthrough headline",
    "qgin": "ginger for nausea pregnancy morning sickness safe amount",
    "qbun": "bunion pain relief without surgery",
})

ROWS += [
    ("r157-036", N, True, "22010012", True, "local news site running a county public-health release", U,
     "county free flu-clinic announcement with accurate basics (two weeks to full effect, get vaccinated before the holidays)",
     "public-health announcement; undated in the excerpt",
     "qfluvax", "a-d domain; public-health announcement", False, "", False, False),
    ("r157-037", N, False, "00000002", True, "news blog", U,
     "'Cancer Cure in Sight?' hype: unnamed 'leading global institutions' and 'leading medical journals', treatments said to leave healthy tissue unharmed, 'complete remission' with no numbers, no harms, no independent voice",
     "classic breakthrough story with nothing checkable; date only in the URL",
     "qcure", "a-d domain; cure-hype health news", False, "", False, False),
    ("r157-038", N, True, "22000112", True, "town health-department notice", R,
     "plain notice that the town will not run flu clinics in fall 2023, with where the vaccine is available instead",
     "public-health announcement; date 1 ('fall of 2023' in the text, no publication date)",
     "qfluvax", "a-d domain; public-health announcement", False, "", False, False),
    ("r157-039", W, True, "11001022", True, "dietitian practice blog", U,
     "ginger for morning sickness with the bleeding/anticoagulant caution and a trial-range dose (up to 1000 mg/day); 'ginger is safe!!' is qualified in the next sentence; the serotonin and 'won't decrease vomiting' lines are loose",
     "HARD: modest 'may help' claim and real risks, but no word on when vomiting in pregnancy needs a doctor; unsafe_advice false ('safe' qualified in the same paragraph: 'do not overconsume')",
     "qgin", "a-d domain; pregnancy remedy page", False, "", True, False),
    ("r157-040", W, True, "21100211", True, "podiatry practice blog", U,
     "dated, accurate account of bunions and conservative care that recommends seeing a podiatrist; 'stop the progression' slightly oversells shoes and padding",
     "advertising 1: the practice's own blog; no sign tied to an action",
     "qbun", "a-d domain; condition page from a practice", False, "", True, False),
    ("r157-041", W, True, "22100012", True, "hospital-system breast-health page", U,
     "accurate reasons for a mammogram call-back (new densities, suspicious lesions, first mammogram) and that most lumps are benign but need testing",
     "warranted as a reader waiting on a test result; no sign tied to an action",
     "qmam", "a-d domain; test-result page (kept for source variety)", False, "", True, False),
    ("r157-042", W, True, "22100012", True, "toe-product shop blog", U,
     "five accurate sentences on bunions: conservative options, surgery in severe cases, see a podiatrist or orthopaedic surgeon",
     "HARD: thin-but-fair; a seller's blog but no product in the excerpt (advertising 2)",
     "qbun", "a-d domain; short shop-blog page", False, "", True, False),
]

Q.update({
    "qeye2": "dry eye drops older adults causes treatment",
    "qiron": "iron supplements for kids anemia dosage side effects",
    "qtick": "tick bite Lyme disease what to do rash",
    "qrec": "drug recall announced tablets contamination consumers should stop news",
    "qsun": "sunscreen for babies under 6 months safe",
    "qhf": "shortness of breath climbing stairs older person heart failure signs",
    "qcbd": "CBD oil for arthritis pain dosage benefits",
    "qspt": "allergy testing skin prick test children what to expect",
})

ROWS += [
    ("r157-043", W, False, "11000002", True, "lifestyle blog", U,
     "bunion explainer with unsupported lines ('Any indentation that is more than 20 degrees ... should be treated immediately', 'experts recommend natural alternatives', especially common in Caucasian people) and no sources or care prompt",
     "HARD: harmless subject and partly accurate, but vague appeals to unnamed experts nudge readers from standard care toward unspecified 'natural alternatives'",
     "qbun", "a-d domain; third bunion page, a content-farm style post", False, "", True, False),
    ("r157-044", W, False, "11000012", True, "parenting Q&A site (unnamed clinician answer)", U,
     "sun avoidance advice is sound, but mineral sunscreen is recommended for all babies over 2 months (guidance says keep under-6-month-olds out of the sun, sunscreen only on small areas if unavoidable) and spray sunscreens are said to 'contain benzene ... unsafe at any level'",
     "HARD: unsafe_advice false although 'Zinc oxide is a super safe ingredient' is an own-voice safety line: it matches regulators' view of zinc oxide and is not a remedy or cure claim (unlike r41-053's burn honey); label false for the off-guideline infant advice and the benzene scare",
     "qsun", "a-d domain; baby-care question", False, "", True, False),
    ("r157-045", W, True, "22200012", True, "hospital-system condition page", U,
     "accurate early and later heart-failure symptoms with 'If your symptoms suddenly get worse, you will need emergency care'",
     "warning_signs_present: sudden worsening of the listed symptoms + emergency care",
     "qhf", "a-d domain; older people's symptom page", False, "", True, True),
    ("r157-046", W, False, "00000001", True, "CBD seller blog", U,
     "claims 'extensive research' shows CBD 'is effective' for stress, anxiety, insomnia, fibromyalgia, eczema, epilepsy and arthritis, with a 'strong pain-relieving effect'; contrasts it with prescribed medicines' side effects; no harms, no sources",
     "unsafe_advice false: efficacy claims without a cure, guarantee or safety word and no instruction to stop medicines",
     "qcbd", "a-d domain; supplement page from a seller", False, "", True, False),
    ("r157-047", W, True, "11200021", True, "CBD shop blog", U,
     "start-low dosing advice framed with real cautions: FDA does not regulate purity, no established dose, talk to your doctor first, drug interactions, stop if side effects; benefit rests on 'reports from people'",
     "HARD: a seller's page whose body mirrors arthritis-charity guidance on trying CBD carefully; the hearsay benefit and dose-escalation tips weigh against it, the cautions for it; warning_signs_present false (stop-if-side-effects is a remedy caution, as r94-037)",
     "qcbd", "a-d domain; supplement page from a seller", False, "", True, False),
    ("r157-048", W, True, "22100011", True, "allergy clinic patient information", U,
     "accurate, calming description of a child's skin-prick test visit (history, doctor assessment, brief discomfort)",
     "HARD: warning_signs_warranted false: a procedure-preparation page for a clinic visit with no self-care (as r21-007); advertising 1 for the clinic's own process",
     "qspt", "a-d domain; children's test page", False, "", False, False),
    ("r157-049", N, True, "22011011", True, "sponsored hospital content on a TV news site", U,
     "first-person call-back story with the ACS figures (about 10% called back, fewer than 1 in 10 of those have cancer) and sensible advice to ask questions; labelled 'Sponsored'",
     "HARD: counted as a press item (hospital-sponsored story on a news site); disclosed sponsorship (advertising 1), accurate and not overstated",
     "qmam", "a-d domain; sponsored health story as a press item", False, "", False, False),
    ("r157-050", W, True, "22000011", True, "hemp shop blog", U,
     "introduction to CBD and arthritis that only describes what CBD and THC are and promises to look at evidence and side effects; 'Recent studies claim' is attributed and hedged",
     "HARD: thin-but-fair; a seller's page cut off before any claim, dose or product (advertising 1 for the shop context)",
     "qcbd", "a-d domain; third CBD page, a shop blog", False, "", True, False),
]
