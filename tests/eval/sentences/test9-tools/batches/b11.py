from lib import P
P("https://testingcancer.com/cancer-diagnosis-life-or-death", "cancer-test seller's site: cancer diagnosis, life or death?", [
 ("According to the American Cancer Society, toxic treatments, rather than cancer itself, are often the cause of death in 97% of cases.", "", "", "hard call: figure attributed ('according to'), so not unsupported under the guide, though the attribution is doubtful"),
 ("Tumors can serve as a protective mechanism for your body.", "", "", ""),
 ("Avoid unnecessary interventions like biopsies that might disturb the tumor and potentially lead to cancer spreading.", "", "D", "steers readers away from diagnostic biopsy"),
 ("A diagnosis is essentially an informed opinion rather than an absolute life-or-death statement.", "", "", ""),
], g='S')
P("https://hive.blog/health/@mel.jai/today-is-the-day-201775t82723639z", "blockchain blog post: biopsy day, fear of chemotherapy", [
 ("Modern medicine's protocol for cancer, on the other hand, scares the hell out of me.", "", "", "personal"),
 ("I will look at ALL of them before I agree to having my body injected or fried with carcinogenic poisons that 'they' call cancer treatment.", "", "", "hard call: the writer's own plan, not advice to readers"),
], g='F')
P("http://184.154.57.4/Health/Article/Alternative_Cancer_Therapies/2003/10", "IP-address mirror of an alternative-medicine magazine: alternative cancer therapies (surgery)", [
 ("Surgery weakens immunity, places great systemic stress on the patient, and can cause sudden death.", "", "", "hard call: alarming claim, no instruction"),
 ("Some surgical operations are performed needlessly.", "", "", ""),
 ("For all these reasons, cutting up the body is not the final answer to cancer.", "", "D", "hard call: steers cancer patients away from surgery"),
], g='A')
P("https://health.howstuffworks.com/medicine/10-reasons-not-to-go-to-er10.htm", "explainer site: 10 reasons not to go to the ER (fever)", [
 ("Most fevers won't last longer than 24 to 48 hours, and most can be treated at home with acetaminophen or ibuprofen.", "", "", "safety-netted in the next sentences"),
 ("Fevers that rise above 103 degrees Fahrenheit (39.4 degrees Celsius) or that linger longer than 72 hours should be evaluated by your doctor.", "", "P", ""),
], g='G')
P("https://lifetrusthospital.com/?p=30", "hospital-named blog: when to go to the emergency room for fever", [
 ("Here’s the rule: If in doubt, get checked.", "", "P", ""),
 ("Most fevers are harmless.", "", "", ""),
], g='H')
P("https://championforestchiro.com/how-chiropractic-care-can-help-with-infantile-colic/", "chiropractic clinic blog: chiropractic for infantile colic", [
 ("Chiropractic has a 94% success rate with colic!", "the study is described in the next paragraph", "S", "hard call: figure stated without source in its own paragraph"),
 ("Don’t overfeed your newborn!", "", "", ""),
], g='A')
P("http://www.ivillage.com/ear-infections-can-chiropractic-care-help/6-a-127286", "women's portal slideshow: can chiropractic care help ear infections", [
 ("In the U.S., the cost of the medical and surgical treatment of otitis has been estimated to be between three and four billion dollars annually.", "", "S", ""),
 ("Research shows that antibiotic treatment of otitis media is no more effective than a placebo.", "next sentence: It also can increase the risk of reoccurrence (Cantekin, 1994).", "", "paragraph carries an author-year citation"),
 ("It has been found that 93 percent of all episodes of otitis media treated improved with chiropractic care.", "sentence ends: (Froehle, 1996).", "", "author-year citation"),
], g='N')
P("https://www.hpchiropractic.com/chiropractic-and-ear-infections/", "chiropractic clinic page: chiropractic and ear infections", [
 ("We can either treat the ear infection, or not-that's our right as a parent.", "", "D", "hard call: presents leaving a child's ear infection untreated as an ordinary choice"),
 ("Even the American Academy of Pediatrics recommends a watch-and-wait approach, because the evidence-based research about antibiotics is showing that not only are they ineffective at treating ear infections, but they may actually lead to repeated episodes in your child.", "", "M", "hard call: steers parents off prescribed antibiotics by calling them ineffective"),
 ("Regardless of the choices you make, the chiropractic approach will improve your child's inherent ability to function.", "", "C", "hard call: guaranteed benefit"),
], g='A')
P("http://naturalpainreliefforfibromyalgia.com/721", "fibromyalgia sufferer's site", [
 ("Many doctors know little to none about Fibromyalgia so I think they push it off as a case of the lazies.", "", "", ""),
 ("The best thing you can do is to keep Doctor shopping until you have found a compassionate one that understands and has some knowledge and experience", "", "P", "excerpt ends mid-sentence"),
], g='B')
P("https://nhsofarizona.com/traditional-naturopath/fibromyalgia/", "traditional naturopath's site: fibromyalgia", [
 ("But the truth is most doctors cannot tell you either why you have it or how to fix it.", "", "", "hard call: disparages doctors, no instruction"),
 ("I say this as someone who quickly threw my pain pills in the garbage and resolved to heal that condition naturally.", "", "", "hard call: personal narrative, not addressed to the reader"),
], g='A')
P("https://cavegirleatpaleo.wordpress.com/2014/02/09/anyone-else-tired-of-doctors/", "paleo blog: anyone else tired of doctors?", [
 ("Is it just me, or are most doctors a waste of time?", "", "", "question"),
 ("Fibromyalgia is not curable.", "", "", "negation"),
], g='B')
