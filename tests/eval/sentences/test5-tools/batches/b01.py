from lib import P
P("http://www.remediesandherbs.com/top-15-natural-remedies-for-migraine/", "remedy site: top 15 natural remedies for migraine", [
 ("For those who suffer from occasional headache, over-the-counter analgesic like ibuprofen and aspirin work well.", "", "", ""),
 ("But for migraine sufferers, these pain killers are most of the time ineffective and often have side effects like nausea, vomiting etc.", "", "", ""),
 ("While there are host of prescription drugs available for treating migraine, these 15 natural cures can help to minimize the frequency and severity of migraine attack", "", "", "hard call: 'natural cures can help to minimize' is hedged, no cure of the condition claimed"),
])
P("https://vkool.com/how-to-cure-migraines/", "content site: how to cure migraines naturally without medication", [
 ("How to cure migraines naturally without medication – 10 tips", "page title", "C", "how-to title promising a cure (test3/test4 convention); not M, no instruction to stop a prescribed drug"),
 ("Over 47 million people in America have suffered from headaches which affect their income in direct medical expenses.", "", "S", ""),
 ("Fortunately, it is proven that the simple tips on how to cure migraines naturally without medication can work effectively for patients with migraines.", "", "CS", "hard call: 'it is proven' the cure tips work, no source"),
 ("It is not surprising to know that changing your diet is the first effective way on how to cure migraines.", "heading: 1. Change Your Diet:", "C", "hard call: unqualified 'effective way ... to cure migraines'"),
])
P("https://getwellbe.com/natural-cure-for-migraine/", "wellness site: is there a natural cure for migraine", [
 ("Is There A Natural Cure for Migraine?", "page title", "", "question title"),
 ("Migraine sufferers must grapple with not only the pain, stress, and inconvenience that comes with this miserable condition, but also the fact that there just aren’t any cure-all remedies for migraines.", "", "", "negated cure"),
 ("The good news is that, though migraines are unique to each individual so there’s not a perfect natural cure for migraines, there are proven ways to get natural migraine relief.", "", "S", "hard call: 'proven ways' with no source read as an unsupported research claim"),
 ("Despite how common they are (affecting over 1 billion people worldwide!), migraines are still fairly poorly defined, in part because they come in so many different forms and because there’s no one cause.", "", "S", ""),
])
P("https://www.caring.com/articles/7-natural-cures-for-migraines", "senior-care portal article: 7 natural cures for migraines", [
 ("7 Natural Cures for Migraines", "page title", "C", "hard call: nominal 'natural cures' title (test4 convention for 'Natural Cure' titles)"),
 ("Not only do many migraine meds have side effects that range from nausea and stomach ulcers to an increased risk of stroke and even heart attack, but up to two-thirds of users have also reported that they don't deliver satisfactory results.", "", "S", ""),
 ("Plenty, according to the latest research.", "previous sentence: What to do?", "", "hard call: 'according to the latest research' read as an attribution under the strict list; no figure"),
 ("In a 2011 randomized, controlled study from the University of Gothenburg in Sweden, researchers found that aerobic exercise was as effective at preventing migraines as the preventive migraine medication topiramate (brand name Topamax).", "heading: 1. Exercise", "", "year and institution named"),
 ("A third of the patients in the three-month study exercised on a stationary bike three times per week for 40 minutes, while another third took a topiramate regimen that was gradually increased to the highest tolerable dose (a maximum of 200 milligrams per day).", "previous sentence: In a 2011 randomized, controlled study from the University of Gothenburg ...", "", "study dose, cited study"),
 ("The exercisers and drug group both experienced a similar reduced number of migraines, but 33 percent of topiramate users also experienced adverse side effects, while the exercisers reported none.", "paragraph carries a citation: In a 2011 randomized, controlled study from the University of Gothenburg ...", "", "figure of the cited study"),
])
P("http://migrainesupport.org/2017/07/17/reason-go-natural-migraine-relief/", "migrainesupport.org blog: reasons to go natural for migraine relief", [
 ("Many however were able to find a good amount of relief simply by going all natural with their migraine medications.", "heading: Reduces the Occurrence of Side-Effects", "", "reported behaviour"),
 ("For instance, instead of taking medication for migraine right away, you can instead try using ice packs to stop the pain.", "heading: Cheaper Cost and It Saves time", "", "hard call: the page is about over-the-counter migraine medicines; 'right away' = try ice first; not a prescribed-drug swap"),
 ("It should be noted that the use of ice pack is considered to be the most common self-administered pain therapy among headache and migraine sufferers.", "", "", "hard call: 'most common' with no figure; not counted"),
])
P("https://www.wellaccessory.com/2023/06/How-to-cure-migraine-permanently-and-natural-relief-for-migraines.html", "content blog: how to cure migraine permanently", [
 ("How to cure migraine permanently and natural relief for migraines", "page title", "C", "how-to title promising a permanent cure"),
 ("There are various ways and tactics that may help people find natural relief for migraines and maybe minimize or even cure migraines forever, as well as cure migraines permanently.", "", "", "hard call: the cure is under 'may help ... maybe'; hedged"),
 ("Natural remedies are among the drug-free migraine treatment options.", "", "", ""),
 ("These simple home remedies may help prevent migraine episodes from occurring altogether or at least shorten their duration and intensity.", "", "", "hedged"),
])
P("http://blog.discover.guru/natural-cures-for-migraine/", "content blog: natural cures for migraine", [
 ("Although you have umpteen options to treat migraines, natural remedies have been found to work miracles and are regarded as perfectly safe for the same too.", "", "CS", "'perfectly safe'; 'have been found to work miracles' without a source (hard call for S)"),
 ("Prescribed medications have a number of adverse effects.", "heading: Benefits of curing migraine naturally", "", "disparagement without an instruction"),
 ("All one needs to hold a pack of ice cubes to your forehead, temples, rear of the neck for quarter of an hour and repeat this as often as required.", "heading: Ice Packs", "", "not a medicine or remedy dose"),
 ("Just add a teaspoon of this vinegar to a glass full of water to which a teaspoon of honey is also added.", "heading: Apple Cider Vinegar", "", "recipe step, no frequency"),
])
P("https://dailyhealthpost.com/migraine-remedies/2/", "alternative-health site: 20 natural migraine remedies that really work", [
 ("20 Natural Migraine Remedies That Really Work", "page title", "", "treatment claim without cure wording"),
 ("How to Cure a Migraine", "heading", "", "hard call: the heading introduces a list of pharmaceuticals (acetaminophen, triptans, opioids), i.e. conventional treatment, not a remedy promise; not counted"),
 ("Over the counter pain relievers like acetaminophen, ibuprofen, and aspirin may help mild or moderate migraines.", "heading: How to Cure a Migraine", "", ""),
 ("They’ll get rid of a headache though.", "previous sentence: Opioids are narcotics and addictive.", "", "ironic aside about opioids"),
])
P("https://skepdoc.info/tag/false-labeling", "skeptic doctor's blog tag page: red yeast for cholesterol", [
 ("John’s cholesterol is high but he doesn’t like taking prescription drugs.", "", "", "narrative"),
 ("Should he take red yeast as a “natural” alternative?", "", "", "question"),
 ("Evidence shows that it is effective in lowering cholesterol.", "", "S", "hard call: 'evidence shows' with no source in the teaser"),
])
P("https://simple-supplements.com/products/red-yeast-combination", "supplement shop product page: red yeast combination", [
 ("A mainstay of Chinese medicine since ancient times, is emerging in drug stores and vitamin shops as a natural tool to lower cholesterol.", "heading: Red Yeast Rice", "", ""),
 ("What’s All the Hype about Red Yeast Rice?", "heading", "", "question"),
 ("Red yeast rice is sold over-the-counter and is often promoted as an alternative to cholesterol-lowering statin drugs, especially for those who stop taking the drugs due to side effects, like unbearable muscle pain.", "", "", "reported behaviour"),
])
P("https://sutterhealth.org/ask-an-expert/answers/natural-ways-to-lower-cholesterol", "hospital system ask-an-expert answer: natural ways to lower cholesterol", [
 ("A food supplement called red rice yeast, used in traditional Chinese medicine, has been shown by reasonable scientific studies to lower cholesterol as well as bad cardiovascular events by 15-30%.", "", "S", ""),
 ("The suggested dose is one to four of the 600 mg capsules at bedtime.", "same paragraph: Talk to your doctor before taking any supplement ...", "", "hard call: consumer dose, but the same section carries a talk-to-your-doctor caveat"),
 ("It's available at many drugstore chains and is a good alternative option for people who are unable or unwilling to take prescription statins (such as Lipitor).", "same paragraph: Talk to your doctor before taking any supplement ...", "", "hard call: for people not taking statins, not an instruction to stop one; consult caveat in the paragraph"),
 ("Talk to your doctor before taking any supplement and plan to check your cholesterol levels after about two months of taking red rice yeast.", "", "P", ""),
 ("Make sure you buy supplements from reputable brands and talk with your doctor to avoid inconsistent dosages and contaminants.", "", "P", ""),
])
P("https://www.thecamreport.com/2007/08/consumer-alert-3-red-yeast-products/", "pharmacist's CAM blog: FDA consumer alert on red yeast products", [
 ("The FDA warns to avoid these “natural” treatments for high cholesterol.", "", "", ""),
 ("The risk is that lovastatin can cause severe muscle problems leading to kidney impairment.", "", "", ""),
 ("Then, talk to your healthcare provider.", "previous sentence: Read this and this.", "P", ""),
])
P("https://articles.mercola.com/sites/articles/archive/2009/09/15/Why-You-Should-Avoid-Red-Rice-Yeast.aspx", "alternative-health site article: why you should avoid red yeast rice", [
 ("Why You Should Avoid Red Yeast Rice", "page title", "", ""),
 ("Even though it is natural, red yeast rice is not a panacea or miracle cure for those of you looking to lower your cholesterol.", "", "", "negated"),
 ("In one recent study, researchers studied 62 people with high cholesterol, half of whom were given red yeast rice twice a day for six months while the other half received a placebo.", "next sentence: After six months, the researchers found[1]:", "", "hard call: study figure; the citation marker follows in the next sentence"),
 ("LDL (bad) cholesterol levels decreased by an average of 35 mg/dL in those taking red yeast rice, compared with 15 mg/dL in the placebo group", "previous sentence: After six months, the researchers found[1]:", "", "cited list item"),
])
P("https://eatsip365.com/red-rice-yeasts-statin-interaction-dangers", "food/health blog: red rice yeast and statin interaction dangers", [
 ("“Silas, my doctor put me on a statin, but I’d rather take something natural.", "", "", "reader's question quoted"),
 ("Is it safe to switch to red rice yeast, or maybe take both to boost the effect?”", "", "", "question"),
 ("The critical piece of information that most people miss, and the key to understanding the danger, is this: Red rice yeast isn’t just a supplement; it contains monacolin K, a substance that is chemically identical to the prescription drug lovastatin.", "", "", ""),
 ("In this article, I’m going to walk you through exactly why this is so dangerous, what the risks are, and how to have a more informed conversation with your doctor about your heart health.", "", "", "hard call: announces the article's content, not an affirmative prompt"),
])
P("https://www.qcheckpharma.com/blog/red-yeast-rice-and-statins/", "pharmacy blog: red yeast rice and statins", [
 ("Statins are prescribed to lower LDL (“bad”) cholesterol levels and help reduce the risk of heart disease", "", "", ""),
 ("The recommended dose of red yeast rice is 1,200 mg taken orally twice daily with food.", "", "O", "supplement dose with frequency and route on a seller's blog, no caveat in the excerpt"),
 ("In studies, patients started to see a reduction in cholesterol levels at about 12 weeks", "", "S", "hard call: 'in studies' with a figure, no source"),
])
P("http://www.christianpost.com/news/statin-alternative-46040/", "news site health column: statin alternative?", [
 ("In fact, according to the National Center for Complementary and Alternative Medicine (a part of the National Institutes of Health), many patients develop a condition called Statin-Associated Myalgia (SAM) and cannot comfortably take statins.", "", "", "'according to'"),
 ("While the use of cholesterol-lowering statin drugs has skyrocketed in recent years, as many as 40 percent of patients who receive a prescription for statins take the drug for less than one year.", "", "S", ""),
 ("But there are alternatives.", "", "", "hard call: no instruction to stop or swap"),
 ("A recent study in the American Journal of Cardiology found that dietary supplements of red yeast rice may lower LDL cholesterol levels by 21%, and a reduction in total cholesterol of 15%.", "", "", "named journal (news convention)"),
])
P("https://momofactor.com/2017/05/02/fda-warns-marketers-of-supplements-and-other-products-stop-making-cancer-claims/", "parenting blog reposting news: FDA warns marketers to stop cancer claims", [
 ("The US FDA on Tuesday announced sending 14 warning letters and four online advisory letters to companies selling dozens of products that claim to cure, diagnose, treat or prevent cancer.", "", "", "reported; FDA's own count"),
 ("Several recipients of the warning letters sell nutritional supplements, such as herbs and vitamins.", "", "", ""),
])
P("http://i-vao.com/en/news/science-and-medicine/fda-takes-action-against-14-companies-for-selling-illegal-cancer-treatments", "news aggregator reprinting FDA press release on illegal cancer treatments", [
 ("The FDA encourages health care professionals and consumers to report adverse reactions associated with these or similar products to the agency’s MedWatch program.", "", "", "reporting to FDA, not a consult prompt"),
 ("As part of the FDA’s effort to protect consumers from cancer health fraud, the FDA has issued more than 90 warning letters in the past 10 years to companies marketing hundreds of fraudulent products making cancer claims on websites, social media and in stores.", "", "", "first-party count of FDA"),
])
P("https://peterhoppenfeld.com/fda-action-against-illegal-cancer-treatments/", "physician's site quoting FDA notification on illegal cancer treatments", [
 ("There is no excuse for preying on people who are desperate for help, and stringent action should be taken.", "", "", ""),
 ("Patients should consult a health care professional about proper prevention, diagnosis and treatment of cancer.", "", "P", "third-person prompt (quoted FDA)"),
 ("FDA is constantly working towards keeping consumers safe from health frauds.", "", "", ""),
])
P("https://wreg.com/2017/04/27/fda-warns-about-fraudulent-claims-regarding-cancer-products/", "TV news site: FDA warns about fraudulent cancer product claims", [
 ("Government regulators said all these products made claims online to help prevent, even cure cancer.", "", "", "reported"),
 ("Some red flags to watch out for..phrases like “treats all forms of cancer” and “miraculously kills cancer cells and tumors.”", "", "", "debunking"),
 ("FDA officials say its easy to understand how cancer patients can be lured into bogus claims of cures, especially those touting “natural” ingredients.", "", "", ""),
])
