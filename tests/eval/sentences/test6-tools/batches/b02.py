from lib import P
P("https://healthprimitive.com/garlic-oil-for-ear-infections", "natural-living site: garlic oil for ear infections", [
 ("The common response is to rush your child to the hospital or emergency care center, but is this really necessary?", "", "", "hard call: rhetorical question; the answer follows in the next sentence"),
 ("In some circumstances, yes, but in most cases, a simple age old remedy “Garlic Ear Oil”, can easily fix the situation.", "previous sentence: The common response is to rush your child to the hospital or emergency care center, but is this really necessary?", "CD", "hard call: steers parents away from hospital care in most cases and promises garlic oil 'can easily fix' the infection"),
 ("It’s considered one of the strongest natural antibiotics in the world making it a great ingredient for many natural remedies.", "", "", ""),
 ("In today’s world, antibiotics are over-prescribed and many times unnecessary.", "", "", ""),
 ("Garlic ear oil on the other hand is a safe, effective natural alternative, especially for children.", "", "C", "unqualified 'safe' for children"),
], g='A')
P("https://visualfoodie.com/alternatives-to-an-antibiotic-for-ear-infection", "food blog/content site: alternatives to an antibiotic for ear infection", [
 ("She explained that most ear infections are viral and resolve on their own.", "", "", "reported (pediatrician)"),
 ("The key insight I uncovered wasn’t some magic cure, but a shift in focus: from attacking the infection to soothing the inflammation and pain.", "", "", "negated cure"),
 ("In this article, I’m going to walk you through the very best, safest, and most effective alternatives to antibiotics for ear infections.", "", "", "hard call: superlative 'safest' among alternatives, not a risk-free claim"),
 ("I’ll share the step-by-step methods I’ve perfected over the years for providing comfort and relief, explain why they work, and most importantly, tell you when it’s absolutely time to see a doctor.", "", "", "hard call: announces safety-netting later in the article; not itself a prompt"),
], g='G')
P("https://healthhomeandhappiness.com/garlic-ear-oil.html", "mom blog: garlic ear oil", [
 ("Anyway, both olive oil and garlic have antimicrobial properties, and by dropping them in the ear they work right where the issue is, unlike antibiotics that work systemically, upsetting the whole body system in the process.", "", "", ""),
 ("I didn’t use antibiotics (I was pregnant with Sam at the time as well) and the pain was gone in 48 hours.", "", "", "narrative"),
 ("Please, though, research for yourself!", "", "", ""),
 ("Don’t just drop something in your child’s ear because some chick on the internet said to ~grin~", "", "", ""),
], g='B')
P("http://livingyourlifenaturally.com/blog/everything-you-need-to-know-about-ear-infections-that-you-doctor-wont-tell-you-part-2/", "natural-living blog: ear infections, what your doctor won't tell you", [
 ("The American Academy of Pediatrics confirms that 80% of children whose ear infections are not treated immediately with antibiotics heal on their own.", "", "", "hard call: figure attributed to a named body (AAP), read as 'according to'"),
 ("Their recommendation—though very few physicians follow it—is to watch and wait.", "", "", "no figure"),
 ("First and foremost, listen to your intuition.", "", "", ""),
 ("If you feel that your child should see their primary care provider to have their ears examined, by all means TAKE THEM.", "", "P", ""),
 ("If your doctor wants to write a prescription, ask her opinion on the AAP’s “watch and wait” strategy.", "", "P", "prompt to ask the doctor"),
], g='A')
P("https://tammysnaturalessentials.com/products/garlic-mullein-ear-oil", "natural products shop: garlic mullein ear oil", [
 ("By the age of six, almost 95 percent of all children will have had otitis media, or a middle ear infection.", "", "S", ""),
 ("However, research indicates that most simple ear infections can clear up on their own within four to seven days, although the child will be feverish and in pain during that time.", "", "S", "'research indicates' with no source"),
 ("Tammy's Notes: Do not administer herbal remedies if you suspect your child's eardrum has perforated.", "", "", ""),
 ("When in doubt, always contact your doctor or health-care practitioner", "", "P", ""),
 ("Garlic and Mullein oil have been used for centuries for their antibiotic properties that fight ear infection.", "", "", "treatment claim without cure wording"),
], g='S')
P("https://invigoratedwater.com/blogs/information/hear-ye-hear-ye-garlic-oil-will-fight-your-ear-infection", "water/supplement brand blog: garlic oil will fight your ear infection", [
 ("Hear ye! Hear ye! Garlic Oil will fight your ear infection!", "title", "", "hard call: treatment claim without cure or guarantee wording"),
 ("The American Academy of Pediatrics has not recommended prescription of antibiotic for ear infection because it is useless in treating viruses.", "", "", ""),
 ("In a published issue of Phytotherapy Research, a study conducted by researchers at the University of Ottawa confirmed that garlic has an infection-fighting capability.", "", "", "journal named"),
 ("Olive oil is soothing to infection and garlic can fight infections on its own.", "", "", ""),
 ("And you only need 2 items: 2 cloves of fresh garlic and ¼ cup of high quality olive oil.", "", "", "recipe"),
], g='S')
P("https://sjwinfo.org/switching.php", "personal St John's wort site: switching medications", [
 ("If you are currently on a prescription medication and it's working well for you, why would you switch?", "", "", "question"),
 ("Never abruptly stop your current medication -- this could cause the onset of depression!", "", "", "warning against stopping"),
 ("You would do well to slowly wean off one and onto the other, if you decide to switch.", "next list item: Don't take more than one anti-depressant at the same time.", "M", "hard call: conditional instruction to taper off a prescribed antidepressant onto St John's wort; the consult item comes two items later"),
 ("You should probably consult your doctor (you know, the one that precribed your Prozac/Paxil/Zoloft/Serzone to you).", "", "P", "hedged but affirmative prompt"),
 ("You would do well to wait until your current medication completely leaves your body.", "list: notes on switching from a prescription antidepressant to St John's wort", "M", "hard call: timing instruction for the switch from a prescribed drug"),
], g='B')
P("http://agirlsmiles.blogspot.com/2008/05/just-to-be-clear.html", "personal blog: going off antidepressants", [
 ("My choice to go off of antidepressants is purely a quality of life issue.", "", "", "narrative"),
 ("Going off of antidepressants is a serious issue and it can have dramatic effects on one's life.", "", "", ""),
 ("I neither encourage nor discourage others from doing so.", "", "", ""),
], g='B')
P("http://wholeheartedhomestead.com/2017/09/", "homestead blog: 3 reasons I ditched my antidepressant", [
 ("3 Reasons I Ditched My Antidepressant & What I Use Instead", "title", "", "narrative title"),
 ("It is estimated that one out of every six Americans take an antidepressant today.", "", "S", ""),
 ("Despite the benefits I’ve experienced from being on an antidepressant, I decided earlier this year to ditch my medicine for a more natural mental health regime.", "", "", "narrative"),
], g='B')
P("http://fixadiabetes.blogspot.com/2012/12/cure-your-diabetes-naturally.html", "blog: cure your diabetes naturally", [
 ("Can a diabetic be cured naturally and live a rich life Free from Insulin shots?", "", "", "question"),
 ("Yes, by taking one step at a time you can cure diabetes.", "", "C", ""),
 ("You will be able to cure it and lead a healthy life without insulin shots.", "", "C", "promise, not an instruction to stop insulin"),
 ("Millions of people all over the world suffer from this chronic problem.", "", "", "hard call: vague quantity, no figure"),
], g='B')
P("http://aplacetoheal.webs.com/apps/blog/show/28620288-reversing-diabetes-5-important-steps", "personal blog: reversing diabetes, 5 important steps", [
 ("The only thing that was continuously pushed in my face was medication, which I absolutely refused right from the start.", "", "", "narrative"),
 ("What many don't seem to understand is that insulin is just a band-aid, the disease is still continuing to progress and do it's damage to the body, even when insulin is being taken.", "", "", "hard call: disparages insulin, but no instruction"),
 ("Reversing diabetes does not have to be rocket science and can be done by keeping in mind the 5 following steps.", "", "C", ""),
 ("Diabetes IS always a food problem.", "", "", ""),
], g='B')
P("https://selfgrowth.com/articles/a-cure-for-diabetes", "article directory: a cure for diabetes", [
 ("By the way, as you see your doctor, it is worth keeping in mind that the death rate from diabetes among doctors was reported to be 35 percent higher than that of the general population.", "next sentence: That's what Bertrand E. Lowenstein, M.D., reported in his book Diabetes ...", "", "hard call: source named in the next sentence"),
 ("The primary reason to ditch insulin and drugs is because they don't work.", "", "M", "tells readers to drop insulin and diabetes drugs"),
 ("But besides that fact that drugs utterly fail to cure diabetes, they also worsen the health of patients.", "", "", "hard call: disparages drugs, no instruction"),
 ("And even more recently (24th June 2011) a Newcastle University team has discovered that diabetes can be reversed through diet alone.", "", "", "hard call: team and date named"),
], g='G')
P("https://justfordiabetics.com/type-2-diabetes-information/", "diabetes reversal site: type 2 diabetes information", [
 ("Each year, thousands of people just like you are diagnosed with diabetes, particularly type 2.", "", "", "vague quantity"),
 ("Upon diagnosis, the patient may be sent to a diabetes clinic, not to learn how to reverse or cure the diabetes, but how to manage it.", "", "", ""),
 ("Stroke: Type 2 diabetes is the number one cause of strokes.", "list: catastrophic outcomes", "S", "hard call: ranking claim with no source"),
 ("Liver failure: When the liver fails, one needs to be put on dialysis.", "", "", "false but no class"),
], g='A')
P("https://www.consumeraffairs.com/news/index/2016/10/?page=9", "consumer news site quoting FTC (Supple complaint)", [
 ("Why, it's scientifically proven effective, the ads and posts exclaim.", "", "", "reported ad claim"),
 ("“Companies need solid scientific evidence to back up the health claims they make,” said Jessica Rich, Director of the FTC’s Bureau of Consumer Protection.", "", "", ""),
 ("The FTC's complaint says the couple took in more than $150 million from sales of the supplement, which costs about $70 for a 24-day supply.", "", "", "attributed to the FTC complaint"),
], g='R')
P("https://casetext.com/analysis/marketers-of-health-supplement-settle-ftc-charges-over-deceptive-advertising?sort=relevance&resultsNav=false&q=", "law-firm analysis quoting FTC (Supple settlement)", [
 ("The defendant manufacturer sold more than $150 million in supplements between 2011 and 2015, an amount that they are now forfeiting.", "paragraph: The Federal Trade Commission (FTC) recently announced a settlement with Supple, LLC ...", "", "hard call: figure from the FTC announcement named in the paragraph"),
], g='R')
P("https://support.mysolluna.com/article/171-how-should-i-take-them-each-day", "supplement brand help page: how should I take them each day", [
 ("You can take 1 capsule twice per day, or simply just take two in the morning.", "", "O", ""),
 ("You can safely take more, but the added benefit from taking more than two capsules per day is minimal.", "", "C", "hard call: unqualified 'safely take more'"),
], g='S')
P("https://heilnatura.de/en/faq/astaxanthin-capsule-intake", "supplement shop FAQ: astaxanthin intake", [
 ("The recommended daily dose is 2 capsules (= 8 mg astaxanthin).", "same answer ends: if you are pregnant, nursing, or have chronic conditions, consult a healthcare professional in advance.", "", "hard call: label-style dose with a professional caveat in the same section"),
 ("Take them with a meal that contains some fat so the fat-soluble carotenoid is absorbed optimally.", "", "", ""),
 ("To build up antioxidant protection, we recommend a course of at least 4 – 6 weeks; many users take astaxanthin long term.", "", "", "duration only"),
 ("Supplements do not replace a balanced diet; if you are pregnant, nursing, or have chronic conditions, consult a healthcare professional in advance.", "", "P", ""),
], g='S')
P("https://www.shavethepounds.com/how-many-times-a-day-do-you-take-garcinia-cambogia/", "weight-loss content site: garcinia cambogia dosing", [
 ("Make sure to read the label on the package to not take too many or not enough each day.", "", "", "label rule"),
 ("In most cases the dosage is to take two or three pills a day.", "", "", "hard call: describes typical labels"),
 ("In nearly any case it is recommended that you take the pills thirty to sixty minutes before a meal.", "", "", "timing without amount"),
 ("You can’t go wrong if you take the dosage specified on the label of your product.", "", "", "label"),
], g='G')
P("http://abc13.com/health/coffee-drinking-linked-to-lower-risk-of-dying/2206464/", "TV station news: coffee linked to lower risk of dying", [
 ("A pair of large-scale studies in the United States and in Europe found that coffee drinking is associated with an up to a 20-percent lower risk of dying from any cause.", "", "S", "hard call: news report, studies not named"),
 ("The American study found that as little as one cup of coffee a day had benefits of lowering risk of death.", "", "S", "hard call: unnamed study"),
 ("It's currently not clear what exactly it is about coffee that links it to lower death rates.", "", "", ""),
], g='N')
P("https://blogs.mercola.com/sites/vitalvotes/archive/2017/08/29/study-drinking-four-cups-of-coffee-daily-lowers-risk-of-death.aspx", "alternative-health news blog: four cups of coffee lowers risk of death", [
 ("Study: Drinking Four Cups of Coffee Daily Lowers Risk of Death", "title", "S", "hard call: study claim in a title with no source"),
 ("If you feel gluttonous coveting more than a couple cups of coffee in the morning, feel free to pour yourself another cup — and if you still aren’t satisfied, have a fourth.", "", "", "hard call: a drink, not a medicine dose"),
 ("A new study that followed 20,000 people for 10 years shows that those who drank at least four cups of coffee a day had a 64 percent lower risk of death than those who never or rarely drank coffee, USA Today reports.", "", "", "hard call: attributed to USA Today"),
], g='A')
P("http://www.mysuncoast.com/health/news/researchers-say-high-coffee-consumption-could-increase-death-risk/article_6cfc9ede-0683-11e3-8bf2-0019bb30f31a.html?mode=image&photo=0", "TV station news: high coffee consumption could increase death risk", [
 ("But how's this for a wake-up call: heavy coffee consumption could increase your risk of death, according to a new study at least.", "", "", "'according to'"),
 ("Among men, those who drank more than four cups of coffee a day -- whether it was regular or decaf -- had a 20% higher risk of death from any cause.", "previous paragraph: ... according to a new study at least. Researchers studied the health habits of more than 43,000 adults for roughly 17 years.", "", "hard call: the study is only 'a new study'; attribution in the previous paragraph"),
], g='N')
P("http://www.wcpo.com/news/study-finds-coffee-drinkers-have-lower-risk-of-dying", "TV station news: coffee drinkers have lower risk of dying", [
 ("A new study in the New England Journal of Medicine found that coffee drinkers are less likely to die from several common health conditions.", "", "", "journal named"),
 ("People who drank three or more cups of coffee per day had a 10 percent lower risk of death than the non-coffee drinkers.", "paragraph: Researchers from the National Cancer Institute conducted an observational study ... (NEJM named in the previous paragraph)", "", "figure of the named study"),
 ("But we can say coffee does not adversely affect health.", "previous sentence: The lead investigator says we can't infer a \"causal relationship between coffee drinking and lower risk of death.\"", "", "hard call: researcher's reported conclusion, not a product safety claim"),
 ("Be cautious about caffeine, one doctor says.", "", "", ""),
], g='N')
P("https://wnyt.com/?p=34689", "TV station news: coffee may help lower death risk", [
 ("The findings suggested those who drank 1.5 to 3.5 cups a day had a lower risk of death during those years than non-coffee drinkers.", "next paragraph: The study was published in the \"Annals of Internal Medicine.\"", "", "journal named next"),
 ("The study was published in the \"Annals of Internal Medicine.\"", "", "", ""),
], g='N')
