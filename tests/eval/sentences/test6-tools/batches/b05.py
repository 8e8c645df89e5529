from lib import P
P("https://www.avenabotanicals.com/pages/suggested-use", "herbal extract shop: suggested use", [
 ("For short term use, herbal extracts can be taken every 1-3 hours.", "", "", "no amount"),
 ("Adult: 40 drops (2 mL) mixed in 1-2 ounces of water.", "heading: Our typical suggested use for herbal extracts is:", "O", "hard call: seller's consumer dose row; the practitioner caveat in the section is for children only"),
 ("Child: 1 drop/5 pounds of body weight mixed in 1-2 ounces of water or sugar-free juice.", "same paragraph ends: Please consult with your herbalist or holistic practitioner before giving extracts to a child ...", "", "hard call: practitioner caveat in the same paragraph"),
 ("Please consult with your herbalist or holistic practitioner before giving extracts to a child, as some are too strong for children.", "", "P", "hard call: herbalist or holistic practitioner counted as a practitioner"),
], g='S')
P("https://crookedhouseherbals.com/resources/herbal-dosage-chart", "herbal shop resource: herbal dosage chart for children", [
 ("Younger than 2 years ½ to 1 teaspoon", "table: These are suggested dosages for children | When adult dosage is 1 cup (8 ounces)", "O", "hard call: consumer dose-table row (amount per age; frequency from the adult dose)"),
 ("Remember that these are guidelines; it is equally important to consider the weight and overall health of the child, as well as the nature and strength of the illness and quality and strength of the herbs being used.", "", "", ""),
], g='S')
P("https://recallguide.org/drug/sprayology-cold-and-flu-relief", "drug recall database page reproducing a homeopathic spray label", [
 ("Adults and children over 12: 2 sprays under the tongue each 30 minutes as needed for symptom relief the first day, 2 sprays 3 times a day thereafter.", "", "O", "hard call: label directions reproduced as a consumer instruction; the professional caveat covers under-2s only"),
 ("Under age 2: consult a health care professional.", "", "P", ""),
], g='G')
P("http://ihavediabetes.net/2006_12_16_bgstilllow.htm", "personal diabetes blog: what happens when you stop taking metformin", [
 ("Having said that - I stopped taking Metformin about ten days ago.", "", "", "narrative"),
 ("Do not be fooled.", "", "", ""),
 ("I am not cured of diabetes.", "", "", "negated cure"),
 ("Just remember for this and everything else that happens to me, my body is probably much different than yours, and your body is much different than everyone else, so the effects of diet and exercise may affect you differently.", "", "", "caveat"),
], g='B')
P("https://happylivingfoundation.in/tag/stopping-metformin", "health content tag page: stopping metformin", [
 ("People who quit cold turkey often see fasting sugar jump from 120 to 180 mg/dL in just days.", "", "S", ""),
 ("In fact, studies show that losing just 5-10% of body weight can bring blood sugar back to normal in some cases.", "", "S", ""),
 ("Metformin doesn’t cure diabetes.", "", "", ""),
 ("Don’t quit on your own.", "", "", "warning against stopping"),
 ("Talk to your doctor.", "", "P", ""),
], g='G')
P("http://www.diabetesmonitor.com/resources/blog/how-i-stopped-using-metformin.htm", "diabetes site blog: how I stopped using metformin", [
 ("When he looked at the log I kept of my blood sugar levels, he suggested I stop the metformin and see if I could manage my blood sugar levels without it.", "", "", "narrative; the doctor decided"),
 ("I highly recommend diabetes education classes to anyone who has been diagnosed, because they will give you tools to get the disease under control and avoid unpleasant complications.", "", "P", "hard call: hospital-run education classes as professional care"),
 ("Armed with knowledge and determination, I set about losing weight, eventually dropping 40 pounds.", "", "", "narrative"),
], g='B')
P("https://greatist.com/health/stopping-metformin/?utm_source=ReadNext", "health magazine: stopping metformin", [
 ("It’s the most common diabetes medication in the world, prescribed to more than 120 million people.", "", "S", ""),
 ("If you have type 2 diabetes, you may be able to stop taking metformin if you commit to long term lifestyle changes.", "next sentence: Be sure to talk to your doctor before you break up with metformin.", "", "hedged; caveat in the next sentence"),
 ("Be sure to talk to your doctor before you break up with metformin.", "", "P", ""),
 ("About 30 percent of people who take metformin for a long time develop a vitamin B-12 deficiency.", "", "S", ""),
], g='N')
P("http://hemorrhoids-remedies.info/how-to-cure-hemorrhoids.php", "affiliate content site: how to cure hemorrhoids", [
 ("Another option to cure hemorrhoids is using a surgical method to get rid of the inflamed mass and then close the vein properly.", "", "", "clinical description"),
 ("However these pills will have side effects and may not be effective after some time because your body becomes resistant to these pills.", "", "", ""),
 ("Normally surgical operations are expensive and may not be easily affordable by all.", "", "", ""),
 ("However there is an excellent fifth option that is extremely effective and is a natural treatment for hemorrhoids.", "", "", "effectiveness claim without cure wording"),
 ("If you can take proper action, then you don't have to suffer from the itching, burning sensation, pain and discomfort of hemorrhoids.", "", "", "hard call: conditional, no cure or guarantee wording"),
], g='G')
P("https://www.bakerbooks.net/general-books/hemorrhoid-no-more/", "bookshop product page: Hemorrhoid No More", [
 ("According to the official data, every seventh person on Earth suffer from hemorrhoids, that is about 15%.", "", "", "hard call: 'according to the official data' counted as an attribution"),
 ("But this is only the official data!", "", "", ""),
], g='S')
P("https://www.templatepanic.com/what-is-hemorrhoid", "content farm: what is hemorrhoid", [
 ("This pain is not without solution.", "", "", ""),
 ("Even by using natures inventory, the healing will be quick.", "", "C", "hard call: guaranteed quick healing"),
], g='G')
P("https://littlestepshousecalls.com/blog/fever-in-kids-when-to-worry-and-what-to-do", "pediatric house-call practice blog: fever in kids", [
 ("Most fevers are caused by viral infections, like colds or the flu, and get better on their own with rest, fluids, and a little time.", "", "", "clinical"),
 ("If your child \"just doesn’t seem right,\" it's always okay to ask for help.", "previous: Pro Tip #1: Trust your gut.", "P", "hard call: prompt to seek help from the pediatric provider named in the section"),
 ("You don’t have to treat every fever.", "", "", "clinical statement"),
 ("If you're not into giving medication right away, that’s okay.", "", "", "OTC fever medicine, not a prescribed drug"),
 ("Pro Tip #2: Fever is not dangerous in itself.", "", "", "clinical"),
], g='H')
P("https://222health.com/alternative-medicine/herbs-alternative-medicine/147938.html", "content farm how-to: treat depression using 5-HTP", [
 ("For many people, prescription antidepressants like Prozac or Paxil have been lifesavers, but for others, the drugs are ineffective, or slow-working.", "", "", ""),
 ("Your body converts 5-HTP into serotonin, elevating mood without severe side effects.", "", "C", "hard call: unqualified 'without severe side effects'"),
 ("Take one 50 mg 5-HTP capsule with food early in the morning.", "", "O", ""),
 ("If your mood has lifted, but you still suffer from depression or irritability, increase your morning dosage to 100 mg of 5-HTP.", "", "O", ""),
 ("Adjust your 5-HTP intake as needed.", "", "", "no amount"),
], g='G')
P("https://physicianformulas.com/blogs/news/use-of-5-htp-st-johns-wort-or-sam-e-as-mood-lifters", "supplement brand blog: 5-HTP, St John's wort or SAM-e as mood lifters", [
 ("Although the only way to know for certain is by trial and error, some generalizations can be made.", "", "", ""),
 ("You can begin with a 50 mg pill 20 minutes to half an hour before dinner.", "", "O", ""),
 ("A dose of 300 mg in the morning before breakfast is reasonable although some people may require a second pill midday.", "", "O", ""),
 ("A starting dose is 200 mg taken before or with breakfast but the dose should be reduced to half as much once benefits are noticed.", "", "O", ""),
], g='S')
P("https://www.docroberts.com/aminos-for-depression/", "doctor's personal health blog: aminos for depression", [
 ("Thus, you create more of the mood-enhancing molecule without the negative side-effects associated with SSRI's.", "", "C", "hard call: 5-HTP presented as free of the side effects"),
 ("Use 50-300 mg per day.", "", "O", ""),
 ("DL-phenylalanine is safe and effective.", "", "C", ""),
 ("You can't go wrong with it--its also excellent for heart disease, diabetes, cancer, and Alzheimer's!", "", "C", "hard call: 'can't go wrong' plus a cure-all list"),
 ("I recommend starting at a dose of 6-9 grams of omega-3 per day for 1 month, then taking 2-3 grams per day.", "", "O", ""),
], g='A')
P("https://www.theguardian.com/lifeandstyle/2004/aug/29/shopping.foodanddrink", "newspaper nutrition column: 5-HTP instead of SSRIs", [
 ("Studies on 5-HTP have been of poor quality, but some evidence suggests that it is safe and can be effective in treating depression.", "", "S", "hard call: hedged research claim, no source"),
 ("If you would like to use 5-HTP, then I suggest you do this with the support of your doctor.", "", "P", ""),
 ("Wean yourself off the SSRI over several weeks or months.", "previous sentence: If you would like to use 5-HTP, then I suggest you do this with the support of your doctor.", "M", "hard call: self-directed withdrawal of a prescribed antidepressant; the doctor is mentioned only in the previous sentence"),
 ("Once your SSRI dose is halved, add in 5-HTP at 100-150mg a day.", "", "M", "hard call: schedule for replacing a prescribed SSRI; not O because the doctor caveat is in the section"),
 ("In my experience, 250-300mg of 5-HTP a day is required for an antidepressant effect equivalent to that of an SSRI.", "", "", "personal experience, not an instruction"),
], g='N')
P("http://www.improvefitness.net/treat-depression-by-5-htp-in-4-steps/", "fitness content site: treat depression by 5-HTP in 4 steps", [
 ("Step 1:Take a 50 mg 5-HTP capsule while eating your breakfast early in the morning.", "", "O", ""),
 ("It works well and have less side effective than prescription antidepressants.", "", "", "comparative, not risk-free"),
 ("So if you do not have serious problem, it is wise to try that first.", "previous: Above we share easy but effective way to treat depression by 5-HTP supplement.", "D", "hard call: steers readers with depression to self-treat before seeing anyone"),
], g='G')
P("https://liondiet.com/antidepressants-natural-otherwise/comment-page-1/", "diet blog: antidepressants, natural and otherwise", [
 ("If you’re taking them and want to try eliminating food, keep taking them until you feel like the depression/anxiety is gone, don’t stop first.", "", "M", "hard call: tells readers to stop antidepressants once they feel well, judged by themselves, no doctor"),
 ("If you suffer from anxiety or depression but you find it’s fairly manageable (or you can survive without antidepressants), I highly recommend 5 HTP.", "", "", "hard call: supplement recommendation, no instruction to stop a drug"),
 ("When I try to reintroduce something that doesn’t go well on the diet, I take 400 mg, 3 times a day until the flare up is gone.", "", "", "narrative personal dose, next sentence tells readers to start lower"),
 ("If you’re on an antidepressant, do not take 5 HTP at the same time.", "", "", ""),
 ("This is not what the medical community suggests, but it’s what works for me.", "", "", ""),
], g='B')
P("https://realityorbiting.com/5-htp-a-natural-alternative-to-antidepressants/", "content site: 5-HTP, a natural alternative to antidepressants", [
 ("There is a natural treatment option: 107 patients took 50–300 mg of 5-HTP daily, and more than half experienced symptom improvement within two weeks", "standfirst", "S", "study figures, no source"),
 ("Double the risk of suicide", "list: Antidepressants come with a range of side effects, including:", "S", "hard call: figure in a list item, no source"),
 ("Doctors seem to be prescribing them too readily.", "", "", ""),
], g='G')
P("https://tdinj.com/the-mammogram-dilemma", "thermography clinic article: the mammogram dilemma", [
 ("This statement seems like a scare tactic in light of the fact that most women will never get breast cancer.", "", "", ""),
 ("And, you know what? I am scared—and I don’t want a mammogram.", "", "", "narrative"),
 ("In the age of the Internet and interlibrary loan, I don’t have to do what the medical establishment tells me.", "", "", "hard call: first-person stance, not addressed to the reader"),
], g='S')
P("https://hubpages.com/health/naturalandalternativehealthoptions", "user article site: do not get a mammogram", [
 ("Do Not Get a Mammogram", "title", "D", "tells readers to skip screening"),
 ("I just think there are safer and better ways to detect breast cancer in its early stages.", "", "", "opinion"),
 ("Instead of a mammogram, I get a yearly thermogram.", "", "", "narrative"),
], g='B')
P("https://medscans.co.uk/please-recognise-thermography-as-an-adjunct-to-mammography/", "thermography clinic blog: recognise thermography", [
 ("It is estimated that each year in the UK thousands of healthy women are exposed to and damaged by low energy ionising radiation, over-diagnosed and over-treated.", "", "S", ""),
 ("A thermogram will reveal any physiological changes or imbalances in the body – either raising the alarm and justifying further testing or most importantly, revealing no abnormalities and therefore avoiding any unnecessary exposure to ionising radiation.", "", "C", "hard call: guarantees that the test reveals any change"),
], g='S')
P("https://tdinj.com/faqwd/should-i-have-a-mammogram/", "thermography clinic FAQ: should I have a mammogram", [
 ("This is an individual decision which must be made by each patient.", "", "", ""),
 ("Mammographers acknowledge a 15% to 20% false negative rate, a number made higher by women with dense breasts, implants, and scar tissue.", "", "S", ""),
 ("False positives in mammograms statistically lead to hundreds of thousands of unnecessary biopsies annually.", "", "S", ""),
 ("Further, it has been shown that a positive (abnormal) infra-red image is the single most important marker of increased risk for the development of breast cancer.1", "", "", "footnote marker"),
], g='S')
