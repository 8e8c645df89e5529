from lib import P
P("http://spirit-mind-and-body.blogspot.com/2012/01/is-it-strep.html", "personal wellness blog: is it strep?", [
 ("Problem: I have a really sore throat and I'm afraid that it's strep, but I don't want to go to the doctor if its just a cold.", "", "", "question framing"),
 ("If you have any of these signs, I would highly suggest seeing the doctor!", "", "P", ""),
 ("Letting strep set in uninhibited can be very dangerous.", "", "", ""),
 ("Get some sleep and your body will fight off the sickness itself.", "context: if it is just a cold", "", "hard call: self-limiting cold, after a doctor prompt for strep signs"),
], g='B')
P("http://hot1047.com/down-with-the-sickness-strep-thorat/", "radio station blog: down with the sickness, strep throat", [
 ("I feel I could be a Strep Throat specialty doctor since we have had it so many times!", "", "", "joke"),
 ("Go to the doctor!", "list: tips to a speedy recovery", "P", ""),
 ("If you don't get some antibiotics in you then it can keep spreading.", "", "", ""),
 ("Honey will help with coughing and heal the throat!", "", "C", "hard call: guaranteed healing"),
 ("After 24 hours of antibiotic get rid of the toothbrush and get a new one!", "", "", ""),
], g='N')
P("https://www.fastmed.com/health-resources/strep-throat-cure/", "urgent care chain health resources: strep throat cure", [
 ("Strep throat affects nearly 10 million people every year, with cases increasing during the winter and spring months.", "", "S", ""),
 ("Unfortunately, there is no cure for strep throat: only treatment.", "", "", "negation"),
 ("Usually, once a doctor has determined that you have strep throat, he/she will prescribe antibiotics.", "", "", "what a doctor does"),
 ("Take all of the antibiotics that a doctor prescribes, even if you begin to feel better before you have finished them all.", "", "", "warning against stopping"),
 ("Avoid using leftover antibiotics to treat future conditions.", "", "", ""),
], g='H')
P("https://kahawatungu.com/how-to-treat-strep-throat-at-home/", "Kenyan news site: how to treat strep throat at home", [
 ("If you suspect you have strep throat, it’s essential to seek medical advice.", "", "P", ""),
 ("It’s crucial to take the full course of antibiotics as prescribed, even if you start feeling better.", "", "", "warning against stopping"),
 ("Follow the dosing instructions on the packaging.", "", "", "label"),
 ("Dissolve half a teaspoon of salt in a glass of warm water and gargle several times a day.", "", "", "salt-water gargle, not a medicine"),
], g='N')
P("https://healthtopquestions.com/how-to-treat-strep-throat/", "Q&A content site: how to treat strep throat?", [
 ("Luckily, it can be easily cured as long as you listen to the advice of professionals.", "", "", "hard call: tied to professional advice"),
 ("No matter what antibiotics you take, remember to finish your antibiotic course.", "", "", ""),
 ("However, as taking too much antibiotics may bring you problems in the future, you may not want to overuse them.", "", "M", "hard call: steers off the prescribed antibiotics for strep, no caveat"),
 ("There is more than one way to cure strep throat.", "", "C", "hard call: presents natural remedies as a cure"),
 ("For example, try some natural remedies such as apple cider vinegar, vitamin C and cayenne pepper.", "", "M", "hard call: natural remedies offered in place of antibiotics for a bacterial infection"),
], g='G')
P("https://diabetesselfcure.com/find-type-2-diabetes-cure/", "diabetes self-cure site: how to find a type 2 diabetes cure", [
 ("There are several well-known doctors and wellness centers that can help diabetics with curing their condition.", "", "C", "hard call: presents type 2 diabetes as curable"),
 ("Cinnamon does not and cannot even reverse pre-diabetes, let alone cure type 2 diabetes.", "", "", "debunking"),
 ("They charge a $5000 enrollment fee and the success rate is less than 40%, as many people give up.", "", "S", ""),
 ("Research upon research has found that type 2 diabetes is caused by an excess consumption of sugar.", "", "S", "'research has found', none named"),
], g='A')
P("https://healthforlife.com.au/diabetes/", "lifestyle medicine practice page (Australia): diabetes", [
 ("Type 2 Diabetes is not difficult to recover from.", "", "C", "hard call: unqualified recovery claim"),
 ("All it takes is for the person to move to a more plant-based style of eating; Guided well in this manner, the person can get off all diabetes medication within a matter of weeks, and in so doing, get their insulin sensitivity to normalize.", "", "CM", "hard call: promises coming off all diabetes medication within weeks through diet"),
], g='A')
P("https://shivangireviews.com/2017/03/17/type-2-diabetes-is-curable-in-4-months-huffpost-reports/", "review blog: type 2 diabetes is curable in 4 months, HuffPost reports", [
 ("Type 2 Diabetes is Curable in 4 Months, HuffPost Reports", "title", "", "hard call: attributed headline"),
 ("According to a recent HuffPost article, “Type 2 diabetes can be reversed using a concoction of oral medications, insulin, dieting and exercise, according to a groundbreaking study.", "", "", "attributed"),
 ("40% per cent of participants who underwent the medical treatment for four months showed no signs of the condition three months after therapy ended.", "previous paragraph: According to a recent HuffPost article ...", "", "hard call: continues the quoted HuffPost passage"),
], g='B')
P("http://www.cureddiabetes.com/", "personal site: cured diabetes, reverse type 2 within a month", [
 ("YOU CAN REVERSE YOUR TYPE 2 DIABETES WITHIN A MONTH AS FOLLOWS", "title", "C", ""),
 ("Once you have fixed all of these you will be clinically non diabetic.", "", "C", "guaranteed result"),
 ("You will pass any diabetic test.", "", "C", "guaranteed result"),
 ("It was an extremely difficult piece of research to do to get to this point and the writer although clinically non diabetic is not fully cured and still has to watch the carbs and to walk for 75 minutes on a treadmill every night before bed.", "", "", "personal narrative, hedged"),
 ("300-400 grams of flax seed and chia seed bread per day", "list: Step 1: Fixing spot sugar", "", "diet"),
], g='B')
P("https://www.tkayala.com/2012/04/diabetes-30-day-plan-cure.html", "personal blog reposting a book chapter: The 30-Day Diabetes Cure", [
 ("TOMORROW, you‘ll begin The 30-Day Diabetes Cure.", "", "C", "hard call: product (book plan) named as a cure"),
 ("I hope you‘ve found these introductory chapters helpful in understanding diabetes and what it takes to reverse it.", "", "", ""),
 ("During the first 10 days, you’re going to go \"cold turkey\" off all the diabetes-causing foods, beverages, and bad habits that have been making you sick and threatening your life.", "", "", "diet, not medicine"),
 ("I want to reassure you that you'll never feel hungry during this initial period – or ever – on The 30-Day Diabetes Cure.", "", "", "about hunger, not a health outcome"),
], g='B')
P("https://scribd.com/document/201558003/Max-Gerson-The-Gerson-Therapy-Has-Proved-Effective", "document-sharing site: 'The Gerson therapy has proved effective' (OCR artefacts)", [
 ("The Gerson therapy has proved effective.", "", "S", "hard call: 'has proved', no source"),
 ("This therapy consists of an eight ounce glass of fruit and vegetable juice per hour.", "", "", "diet"),
 ("The cancer can die so \"uickly as to try to come out through the skin# besides the urine and bowels.", "", "C", "hard call: asserts the therapy kills the cancer quickly"),
 ("These therapies are only allowed in 'e(ico even though their success rate is far superior to the ).*. +ospital,s conventional methods.", "", "S", "comparative success claim, no source"),
 ("-t is \"uite easy for a cancer patient to follow similar therapies in their own home at a fraction of the cost.", "", "D", "steers cancer patients to home therapy instead of hospital treatment"),
], g='G')
P("http://www.awakeningsme.com/holistic-healing-cancer/", "Middle East wellness magazine: holistic healing and cancer (Gerson)", [
 ("Can the all-natural Gerson Therapy replace chemotherapy and heal cancer?", "standfirst", "", "question"),
 ("In allopathic medicine, its diagnosis offers only one option for treatment and survival: a punishing regime of radiation, chemotherapy and surgery.", "", "", ""),
 ("For some, chemotherapy seems easier.", "", "", ""),
 ("The Gerson programme seeks to address the underlying systemic causes of cancer and activate the body’s ability to heal itself.", "", "", "aim, no cure claim"),
], g='N')
P("http://endometriosis-solution.com/pain-relief/", "endometriosis natural-solution site: pain relief (coffee enemas)", [
 ("Years later, realizing the importance of detoxification, Dr. Gerson researched and then incorporated coffee enemas into his therapy.", "", "", ""),
 ("As he noted, “A patient is unlikely to die from cancer, but from the toxins accumulated in the body.”", "", "", "quote"),
 ("Frequent coffee enemas largely eliminate the need for sedation.", "", "M", "hard call: presents enemas as a replacement for pain medication"),
 ("They also help to reduce severe pain, nausea, general nervous tension and depression.", "", "", ""),
], g='A')
P("https://www.kateshemirani.com/about-4", "former nurse's personal site: Kate's story (breast cancer, Gerson)", [
 ("I believe cancer to be an industry and I did not want my children to be exposed to such an industry and be fearful.", "", "", "personal belief"),
 ("I had made a dreadful mistake by merely removing the symptom.", "", "", "personal narrative about her surgery"),
 ("Allopathic medicine was not going to save me .", "", "", "personal narrative"),
 ("A week later, I read 3 peer reviewed studies , stating  that if i did everything offered; Surgery, Chemotherapy, Radiotherapy, tamoxifen, zolodex, I had a 20% chance of surviving two years and 0% chance of surviving 5.", "", "S", "unnamed studies"),
 ("I had just had my breasts removed for nothing!", "", "", "narrative"),
], g='B')
P("https://investorshangout.com/post/view?id=4907933", "investor forum post quoting an FTC press release (CellMark)", [
 ("CellMark and its CEO lacked scientific evidence to back up their products’ claims", "quoting FTC press release", "", ""),
 ("According to the Commission’s complaint, CellMark and its CEO, Derek E. Vest, violated the FTC Act by deceptively advertising two products for cancer patients: CellAssure, to treat cancer-related malnutrition, and Cognify, to treat “chemo fog.”", "quoting FTC press release", "", "reported"),
 ("The FTC alleges that the defendants advertised the two products with a range of deceptive and unsupported health benefits for cancer patients.", "quoting FTC press release", "", "reported"),
], g='R')
P("http://mplgovinfo.blogspot.com/2009/04/ftc-halts-bogus-cancer-cures-he-federal.html", "public library government-info blog quoting an FTC press release: FTC halts bogus cancer cures", [
 ("The FTC charged the companies in the sweep with making unsupported claims that their concoctions treated, cured, or prevented one or more types of cancer.", "quoting FTC press release", "", "reported"),
 ("Mary T. Spohn, individually and doing business as Herbs for Cancer – The FTC’s administrative complaint alleged that Spohn marketed Chinese herbal teas that purportedly treated and cured many different types of cancer.", "quoting FTC press release", "", "reported"),
 ("The final FTC Order prohibits false and deceptive claims that the products treat or cure cancer or have other health benefits...\"", "quoting FTC press release", "", ""),
], g='R')
