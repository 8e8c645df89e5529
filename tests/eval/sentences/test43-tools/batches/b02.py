# sent43 batch 2: heart blockage reversal, proton therapy, hepatitis B/C, spinal decompression, TMS, hernia
from lib import P
P("https://powerhealthx.com/the-truth-about-heart-stents", "content site: the truth about heart stents", [
 ("However, studies suggest that stents may not prevent heart attacks, offer long-term relief, or improve survival rates.", "", "S", ""),
 ("In fact, the risks associated with stent placement, including complications like heart failure and stroke, may outweigh the benefits.", "", "", "hedged"),
 ("By choosing to eat heart-healthy foods, individuals can not only prevent heart disease but also reverse its progression.", "", "C", "hard call: unqualified reversal claim for diet"),
], g="G")
P("https://biologyinsights.com/can-you-cure-heart-disease-naturally", "content site: can you cure heart disease naturally", [
 ("Since this is a progressive, systemic disease, experts agree that a complete, traditional “cure” is not yet attainable through any method, including natural ones.", "", "", "negated cure"),
 ("Clinical trials show that intensive lifestyle changes can lead to measurable regression of artery blockage.", "", "S", ""),
 ("This state of reversal often results in a significant reduction in cardiac events and may lead to a reduction or discontinuation of certain medications, always under physician guidance.", "", "", "caveat in the sentence"),
], g="G")
P("http://hengliving.com/page195?article_id=72", "TCM practitioner's article: heart disease is reversible", [
 ("Yes, Your Heart Disease Is Reversible", "heading", "C", "heading promise of reversal"),
 ("Reverse cadiovascular disease without drugs or surgery", "subheading", "CD", "hard call: promise of reversal that steers away from drugs and surgery"),
 ("Unless it’ a congenital structural problem, a heart never really gets sick.", "", "", ""),
 ("The latest data indicates 8.9 million people died from ischemic heart disease in 2019 on the global level, responsible for 16% of total world death, making it the No. 1 cause of death, far ahead of No. 2: stroke.", "", "S", ""),
], g="A")
P("https://www.reference.com/health/reverse-heart-disease-4ec1b10cef4c3b6", "Q&A content site: can heart disease be reversed", [
 ("According to Gina Shaw for WebMD, heart disease can be reversed by eating a diet rich in fruits and vegetables, engaging in moderate physical activity for at least 30 minutes daily, meditating and participating in yoga.", "", "", "attributed, reported"),
 ("Patients are also advised to avoid smoking and secondhand smoke, get down to a healthy weight, remain consistent with all prescribed medications and visit the doctor frequently for routine checkups.", "", "P", "hard call: third-person advice to see the doctor"),
 ("Some doctors do not agree that heart disease can actually be reversed, because once the damage is done, the heart is always affected.", "", "", ""),
], g="G")
P("https://miniapp.news/m/en/amp_news/can-plants-really-help-reverse-heart-disease-naturally--1758954785183", "news aggregator: can plants reverse heart disease", [
 ("Landmark studies like Ornish and Esselstyn's suggest whole-food, plant-based diets may shrink arterial plaque.", "", "", "named authors; hedged"),
 ("While not a replacement for medicine, evidence shows dietary fibre, antioxidants, and healthy fats play a measurable role in vascular health.", "", "", "paragraph names the Ornish and Esselstyn studies"),
], g="N")
P("https://www.healthworldbt.com/reverse-heart-disease-14-vital-steps", "content site: reverse heart disease in 14 steps (SAAOL)", [
 ("Learn to reverse heart disease naturally without surgery.", "standfirst", "CD", "hard call: promise of reversal steering away from surgery"),
 ("We are told that stents, bypass surgeries, and lifetime medication are inevitable.", "", "", ""),
 ("According to groundbreaking insights from Dr. Bimal Chhajer, a pioneer in non-invasive cardiology and the founder of SAAOL (Science and Art of Living), it is entirely possible to reverse heart disease without a single cut on your body.", "", "C", "hard call: attributed but endorsed by the writer; unqualified reversal"),
 ("By understanding the root causes—specifically the 14 risk factors—and adopting a “Zero Oil” lifestyle, you can not only prevent heart attacks but actually reverse the blockages in your arteries.", "", "C", ""),
 ("A person with 10%, 20%, or even 40% blockage will feel absolutely healthy.", "", "", "illustrative thresholds, not a finding"),
], g="G")
P("https://nutritionfacts.org/topics/surgery/", "nutrition site topic page: surgery", [
 ("Many surgeries still carry a great deal of risk, making diet and other healthy habits a safer alternative.", "", "", "comparative"),
 ("Lifestyle medicine, including the adoption of a plant-based diet, may be able to reverse the progression of heart disease prevent the need for heart surgery.", "", "", "hedged ('may be able')"),
], g="A")
P("https://mantraayurveda.com/blogs/news/ayurvedic-remedies-for-heart-blockage-herbs-panchakarma-and-diet-guidance", "Ayurveda brand blog: heart blockage", [
 ("Many people look for ways to check heart blockage at home, but no home method can confirm arterial blockage.", "", "", ""),
 ("Many patients first consult the best general physician in Gurgaon for cardiac screening and later integrate Ayurveda for preventive and supportive care.", "", "", "reported behaviour"),
 ("Ayurveda focuses not just on clearing blockages but on restoring balance to digestion, metabolism, mental health, and overall circulation by addressing root causes rather than only symptoms.", "", "", ""),
], g="S")
P("https://cordisheartinstitute.com/tag/alternative-treatment-for-heart-blockages/", "heart clinic tag page: heart blockage treatment without surgery", [
 ("Heart Blockage Treatment without Surgery", "heading", "", "names a treatment option, no cure wording"),
 ("It can be relieved by taking oral medications instantly.", "about angina", "", ""),
], g="H")
P("https://stayhealthytill70.com/meaning-of-heart-blockage-other-heart-ailments/", "personal Ayurveda blog: heart blockage", [
 ("Now, in my opinion, till 60-65% is not a cause of concern, The Lifestyle, eating Habits Changes should effectively take care of this situation.", "about the percentage of coronary blockage", "D", "hard call: tells readers a sizeable blockage needs no care beyond lifestyle"),
 ("Additional reasons could be Parasites and/or Infections.", "", "", ""),
], g="B")
P("http://naturalhealingindia.com/CORONARY%20BLOCKADES,%20BYPASS%20SURGERY%20AND%20ANGIOPLASTY.html", "natural-healing site: coronary blockages, bypass and angioplasty", [
 ("However Bypass surgery often fails as the newly stitched arteries get blocked by the body mechanisms necessitating the need for another BYPASS or ANGIOPLASTY.", "", "", "disparaging, but no instruction"),
 ("Thus a fully blocked artery may still deliver adequate blood to the heart muscle, permitting a healthy life.", "", "", ""),
 ("Further the stent can gather blood clots and pass on to the brain causing Stroke within 6 months.", "", "", ""),
], g="A")
P("https://wellbeingheal.com/how-to-clear-blocked-arteries-without-surgery/", "content site: clear blocked arteries without surgery", [
 ("By following these tips, you can clear your arteries naturally and avoid the need for surgery.", "", "CD", "hard call: unqualified promise; tells readers they will not need surgery"),
 ("While you can’t completely remove arterial plaque with a procedure, you can greatly reduce your risk by making dietary changes.", "", "", ""),
 ("Studies have shown that regular exercise improves the function of the endothelial cells in the arteries, which can help clear blocked arteries.", "next paragraph names the study's authors and journal (BMJ Open Sport Exerc Med)", "", ""),
 ("To get these cells, people with coronary artery disease should perform 30 to 40 minutes of brisk walking each day.", "", "", "exercise, not a dose"),
], g="G")
P("https://www.lifepositive.com/heal-your-heart-naturally/", "alternative-health magazine: heal your heart naturally", [
 ("it’s time to say goodbye to bypass and other invasive heart treatments.", "standfirst", "D", ""),
 ("The alternative world brings holistic, tried and tested solutions that will heal not just your heart, but all of you.", "standfirst", "C", "guarantee of healing"),
 ("You can lead a normal life irrespective of your heart ailments", "standfirst", "", "hard call: promise, but no cure/safety wording"),
], g="N")
P("https://healthwire.co/lifestyle-wellness/more-people-are-opting-for-non-invasive-ayurveda-based-treatments-over-surgery-for-heart-blockages", "health news site: Ayurveda over surgery for heart blockages", [
 ("A person can live with a 100% blockage, and still have the blood supply to his heart and not get a heart attack, hence a blockage is not an emergency.", "", "D", "hard call: tells readers a coronary blockage is not an emergency"),
 ("While most people believe that in case of blockages, Angioplasty or Bypass are the only option, it is important to note that they have no real benefit over medicine management.", "", "", ""),
 ("But most people are opting for non-invasive treatment because it is painless, cost effective and with zero side effects.", "", "C", "'zero side effects'"),
 ("According to studies, the proportion of people below 40 having a heart attack has been increasing, rising by 2 percent each year for the last 10 years.", "", "S", "'according to studies' names no source"),
], g="N")
P("https://www.seattlecca.org/treatments/proton-therapy/prostate-cancer", "cancer centre page: proton therapy for prostate cancer", [
 ("If radiation is needed, proton therapy can be a safer choice.", "", "", "comparative"),
 ("Treatments are safe and relatively painless for most prostate patients, helping speed recovery and maintain lifestyle.", "", "", "qualified ('for most')"),
 ("This can translate to fewer short- and long-term side effects and secondary cancers (which can be caused by treatment).", "", "", ""),
 ("If you’ve been diagnosed with prostate cancer, the radiation oncology specialists at our proton therapy facility are available to give a second opinion and determine if proton therapy is right for you.", "", "", "advertises the centre's own service"),
], g="H")
P("https://www.thompsoncancer.com/proton-therapy/prostate-cancer/", "cancer centre page: proton therapy for prostate cancer", [
 ("If found early enough, prostate cancer can be easily treated and cured.", "", "", "hard call: conditional clinical statement of the 'can usually be cured if found early' kind"),
 ("In fact, approximately 1 in 9 men will develop prostate cancer at some point in their life.", "", "S", ""),
 ("With extreme accuracy, proton therapy results in excellent rates of cancer control with a lower risk for side effects than other forms of radiation therapy.", "", "", ""),
], g="H")
P("https://protonintl.com/services/prostate/", "proton therapy provider page", [
 ("Proton therapy can limit unnecessary radiation doses to these tissues when treating the prostate, reducing debilitating side effects such as rectal urgency and frequency.", "", "", ""),
 ("Additionally, some studies have demonstrated increased survival rates for proton therapy patients when compared to patients treated with standard radiation therapy.", "", "S", "the page credits its description to an association, not the studies"),
], g="H")
P("https://www.diglog.com/story/culture_other_136935.html", "content site: TCM doctor's account of treating hepatitis B", [
 ("Although the condition of the patients has been controlled and their symptoms disappeared, it is difficult to achieve a complete cure and total negativity.", "", "", ""),
 ("After a period of treatment, the two children felt that their symptoms disappeared, so they went to the hospital for testing.", "", "", "narrative"),
 ("The results showed that one child's DNA turned negative, and at the same time, the E antigen turned negative.", "", "", "narrative, no cure wording"),
], g="G")
P("https://songofnaturalmedicine.com/chronic-hepatitis-naturopathic/", "naturopath's page: chronic hepatitis B", [
 ("While pharmaceutical medications may be necessary for decreasing viral load and liver inflammation, patients with chronic hepatitis B need to know that natural treatment, especially homeopathy, can be tremendously helpful in achieving the same goal.", "", "", "hard call: treatment claim without cure wording"),
 ("Homeopathy can be used alone, or in conjunction with pharmaceutical medications.", "about chronic hepatitis B", "M", "hard call: offers homeopathy alone in place of antivirals, no consult caveat"),
 ("Risk for chronic infection is related to age at infection: approximately 90% of infected infants become chronically infected, compared with 2%–6% of adults.", "inside a quotation followed by a link", "", "quoted and linked"),
], g="A")
P("https://alchemistlab.com/hepatitis/hepatitis-b", "lab/clinic page: hepatitis B", [
 ("According to the figures compiled by the WHO, about 17.5% of infected people end up being chronic carriers of the virus, while the rest are able to fight it off.", "", "", "'according to' WHO"),
 ("Today, about 25% of adults who contracted HBV as children die of liver cancer or end-stage liver disease.", "", "S", ""),
 ("It is estimated that HBV is 50 to 100 times more easily spread than HIV.", "", "S", ""),
 ("Less than 1% of North Americans carry active HBV infections.", "", "S", ""),
], g="S")
P("http://infohep.org/How-likely-are-new-treatments-to-cure-hepatitis-C/page/3093652/", "hepatitis information charity page", [
 ("Numerous studies have now shown that over 90% of people with hepatitis C genotypes 1 and 4 can be cured if they receive a combination of at least two direct-acting antivirals.", "the page says it was adapted from a patient association booklet", "S", "hard call: no study cited"),
 ("Cure rates may be somewhat lower for genotype 3, especially in patients with cirrhosis.", "", "", ""),
], g="H")
P("https://medselected.com/hepatitis-c-cure-rates-with-direct-acting-antivirals-what-the-data-shows", "content site: hepatitis C cure rates", [
 ("Today, more than 95% of people with hepatitis C can be cured in just 8 to 12 weeks.", "", "S", "clinical statement, not a cure claim; figure uncited"),
 ("A nationwide U.S. study of over 6,600 insured patients treated between 2014 and 2021 found that 97.3% achieved sustained virologic response (SVR), the medical term for being cured.", "", "S", ""),
 ("And it works - even in people with cirrhosis, HIV co-infection, or advanced liver disease.", "", "", ""),
], g="G")
P("http://www.webmd.com/hepatitis/future-with-hepatitis-c-14/cure", "health portal: hepatitis C cure", [
 ("\"We've been curing hepatitis C since the 1990s,\" says David L. Thomas, MD, MPH.", "", "", ""),
 ("As treatments keep getting better, nearly everyone with hepatitis C may be able to look forward to a disease-free future.", "", "", "hedged"),
 ("Thanks to interferon and ribavirin, the cure rate jumped from less than 5% in the 1980s to about 50% by the early 2000s.", "", "S", ""),
 ("An SVR is basically a cure.", "", "", "definition"),
], g="H")
P("https://www.healthcentral.com/article/can-hepatits-c-be-cured", "health magazine: can hep C be cured", [
 ("For 95% of people with hepatitis C, the exciting answer is yes.", "standfirst, after 'Can Hep C Really Be Cured Now?'", "S", ""),
 ("What’s more, second-round treatments are highly effective at curing the remaining 5%.", "", "", "clinical statement"),
 ("In 2018, more than 15,000 people died from it in the U.S., according to the Centers for Disease Control and Prevention (CDC)—and that’s likely a low estimate, because many people do not get screened for the disease.", "", "", ""),
], g="N")
P("https://garrowwellnesscenter.com/category/chiropractic-decompression/", "chiropractic centre: decompression", [
 ("Lower back pain is a sign of misaligned spinal discs that are exerting pressure on the roots of the spinal nerves.", "", "", ""),
 ("Unless so severe, or you have underlying issues, back pain treatment does not necessarily have to result in spinal surgery.", "", "", ""),
], g="A")
P("https://www.virginiabackdoctor.com/herniated-disc-treatment", "chiropractor's page: herniated disc treatment", [
 ("A herniated disc can be painful and frustrating, but the good news is that most cases can heal naturally with the right conservative treatment.", "", "", ""),
 ("You may think surgery is your only option for a herniated disc, but research shows that non-surgical treatments can be just as effective for most cases.", "", "S", ""),
 ("Reduces pain naturally without the risks of surgery or long-term medication use.", "list item", "", "hard call: avoids surgical risks, not 'risk-free'"),
], g="A")
P("https://lispinecare.com/service/disc-herniation/protrusions", "spine care practice: disc protrusions", [
 ("In most cases disc herniations get better without injections or surgery.", "", "", "clinical statement"),
 ("In patients unresponsive to conservative care, epidural injections can help reduce the pain and inflammation.", "", "", ""),
 ("In less than 5% of the cases, spine surgery may be needed to decompress the nerve by a procedure called discectomy.", "", "S", ""),
], g="H")
P("https://twincitieschiropractic.com/?p=16325", "chiropractic blog: spinal decompression", [
 ("Here’s the good news: for most people with herniated discs, there is another way.", "", "", ""),
 ("It’s called spinal decompression therapy, and it’s a non-surgical disc treatment that actually works.", "", "", "treatment claim without cure wording"),
 ("No cutting, no hardware in your spine, no months of recovery.", "", "", ""),
], g="A")
P("https://garlandchiropractor.com/before-considering-surgery-try-this/", "chiropractor's blog: before considering surgery", [
 ("Many people who have severe pain from a herniated or bulging disc and are considering back surgery may be surprised to learn there is a non-invasive therapy that is surprisingly effective at treating their condition.", "", "", ""),
 ("Luckily, like the rest of the human body, the discs do have the ability to heal and regenerate.", "", "", ""),
 ("In the case of the disc, however, there is only one thing standing between intense pain and proper healing—and that is gravity.", "", "", ""),
], g="A")
P("https://denvercoloradochiropractic.com/denver-chiropractic-related-news/can-decompression-therapy-help-a-herniated-disc/", "chiropractic news page", [
 ("Today, people who suffer the pain and discomfort of a herniated disk may get substantial relief from their symptoms by undergoing a non-surgical spinal decompression therapy by a trained chiropractor knowledgeable about this procedure.", "", "", ""),
], g="A")
P("https://pavlikchiropractic.com/decompression-", "chiropractic page: decompression", [
 ("By doing so, spinal decompression promotes the repositioning of herniated or bulging discs, alleviating pressure on the nerves and reducing pain.", "", "", ""),
], g="A")
P("http://bellplazachiro.com/faq/chiro-can-help/herniated-disc-treatment/", "chiropractic FAQ: herniated disc", [
 ("Government Studies Expose This Alarming Fact: 99% of all back surgeries performed in the United States are Medically Unnecessary!", "", "SD", "hard call: uncited figure used to steer readers away from surgery"),
 ("Yes, You may be that 1/100 people that does need surgery, but it is WAY more likely you are one of the other 99 people!", "", "D", "hard call"),
 ("some studies have shown a 93% effectiveness at relieving or curing the pain and symptoms associated with a herniated disc.", "", "S", ""),
 ("Certainly, there are instances where surgery is necessary, and we will talk about those later.", "", "", ""),
], g="A")
P("https://www.holisticbehavioralandtms.com/post/tms-a-drug-free-solution-for-stubborn-depression", "TMS clinic blog", [
 ("In this study. 63% of the participants responded to the TMS treatment, and 42% achieved remission.", "previous sentence: 'Recent trials, including a 2023 meta-analysis study, show ...' (no reference)", "S", "hard call: a year alone is not a citation"),
 ("Side effects are generally mild, usually limited to scalp discomfort or brief headaches that diminish over time.", "", "", ""),
 ("If you’re stuck between options and want something beyond pills, transcranial magnetic stimulation (TMS) might be the drug-free solution you’ve been looking for.", "", "", "hedged"),
 ("Clinical studies — including the ASCERTAIN-TRD study published in Molecular Psychiatry — have shown that people who fit those criteria often see improvements in mood, energy, concentration, and overall quality of life with TMS.", "", "", "named study and journal"),
], g="H")
P("https://tmsyou.com/tms-treatment/typical-session/", "TMS clinic: typical session", [
 ("Side effects usually consist of a mild headache or sensitivity where the treatment occurred.", "", "", ""),
 ("Other than that, there is no recovery time required and at the end of each session patients are immediately able to resume their daily activities.", "", "", ""),
], g="H")
P("https://help.onebehavioralhealth.com/support/solutions/articles/44002325623-is-tms-therapy-a-good-alternative-for-patients-who-cannot-tolerate-the-side-effects-associated-with-a", "behavioural health clinic help article: TMS", [
 ("Because it’s non-systemic, it does not have typical anti-depression medication side effects such as weight gain, sexual dysfunction, nausea, dry mouth, sedation, etc.", "", "", "hard call: names absent side effects; next sentence lists TMS side effects"),
 ("The most common side effects reported during clinical trials were mild to moderate headache and scalp discomfort.", "", "", ""),
], g="H")
P("https://lenoxhilltms.com/2015/12/08/what-are-the-potential-risks-of-tms/", "TMS clinic blog: risks of TMS", [
 ("TMS has been proven to be safe since it was first used in clinical research in the late 1990’s.", "the next sentences list side effects and a seizure risk", "C", "hard call: unqualified 'proven to be safe'"),
 ("There is a small risk of a seizure (approximately 1 in 10,000) occurring during treatment; however, this risk is no greater than what has been observed with oral antidepressant medications.", "", "S", ""),
 ("While TMS has been proven effective in 2 out of 3 patients, not all patients will benefit from it.", "", "S", ""),
 ("TMS does not worsen depression, but patients should be carefully monitored for any changes in behaviour.", "", "", ""),
], g="H")
P("https://tmsbrentwood.com/tms-therapy/what-to-expect/", "TMS clinic: what to expect", [
 ("For an individual who has not responded to antidepressant medications, or cannot tolerate their side effects, TMS may be a safe and effective alternative.", "", "", "hedged"),
 ("There is a very small risk of a seizure, but only about 1 out of every 1000 patients.", "", "S", ""),
 ("TMS therapy is available by prescription only and is delivered under the supervision of a psychiatrist.", "", "", ""),
], g="H")
P("http://www.home-remedies-for-you.com/askquestion/16982/how-to-treat-hernia-without-surgery.html", "home-remedy site answer: hernia without surgery", [
 ("To contain hernias, you must use a truss.", "", "", "device, not a medicine"),
 ("For this, you will need to consult your family physician: He, or she, will help you choose and decide on the truss that best suits your needs.", "", "P", ""),
 ("Further, if the hernia strangulates, that is if blood supply to it is cut off, you will need to visit a hospital and get it surgically rectified.", "", "P", ""),
 ("Avoid milk and milk-related products that cause intestinal gas.", "", "", ""),
], g="G")
P("http://www.shreeganeshjyotishkaryalaya.com/mantra-yantra-for-herina/", "astrology/mantra site: hernia", [
 ("One in ten people is diagnosed with a hernia in their lifetime.", "", "S", ""),
 ("Are there any alternatives to treat hernia without the surgery?", "", "", "question"),
 ("Yes, there are!", "answer to 'Are there any alternatives to treat hernia without the surgery?'", "D", "hard call: tells readers there are alternatives to hernia surgery"),
 ("A medley of exercises and diet is ideal for strengthening weak abdominal muscles.", "", "", ""),
], g="A")
P("https://healthpanda.net/2018/12/24/5-ways-to-treat-hernia-without-surgery/", "content site: 5 ways to treat hernia without surgery", [
 ("Most of the hernias are not immediately life-threatening, but they require surgical correction to prevent potentially dangerous complications as they will not go away on their own.", "", "", ""),
 ("You can do some exercises at home and make some lifestyle changes to cure a hernia without surgery.", "", "CD", ""),
 ("Here are a few techniques that you can follow to cure a hernia without surgery:", "", "CD", ""),
 ("It is suggested to eat six small meals through the day — three main meals and three snacks in between.", "", "", ""),
], g="G")
P("https://advanced-treatment.blogspot.com/2019/05/5-ways-to-treat-hernia.html", "blog: 5 ways to treat hernia", [
 ("In the initial stages of the disease, the hernia can be treated at home.", "the next sentences advise seeking medical advice first", "", "hard call: safety-netted right after"),
 ("Although, it is strictly advised to seek medical advice as soon as one comes to know about the disease or experiences its symptoms.", "", "P", ""),
 ("It is suggested to consult a professional doctor before trying out any remedies.", "", "P", ""),
 ("Natural and herbal teas including Chamomile tea and cinnamon tea have been seen to have cured the initial stage of hernia.", "", "C", "hard call: endorsed cure claim"),
 ("Patients with stage 1 of hernia are suggested to drink one glass of lukewarm water empty stomach in the morning.", "", "", "water, not a medicine dose"),
], g="B")
P("http://tramadoldiscussion.com/top-7-natural-hernia-treatment/", "spam pharmacy blog: natural hernia treatment", [
 ("Hernias can be very painful and do not go away.", "", "", ""),
 ("Additionally, surgery is painful and expensive and can cause further complications later on in life.", "", "", ""),
 ("Therefore, instead of treating hernias in expensive ways that can cause complications, try looking at natural and inexpensive ways to treat hernias first.", "", "D", ""),
], g="S")
P("https://clinilga.com/the-non-surgical-hernia-a-new-type-of-support-and-truss-for-hernias/", "hernia support seller: customer story", [
 ("He ordered a hernia support garment since he had a guarantee to maintain the hernia during all activities.", "", "C", "hard call: seller's story repeats a guarantee of result"),
 ("While awaiting surgery, Anthony consulted a homeopath and an osteopath.", "", "", "narrative"),
 ("By September, the hernia had improved so much that Anthony postponed surgery for three months.", "", "", "narrative"),
], g="S")
