from lib import P
P("https://www.orissapost.com/are-you-suffering-from-diabetes-take-these-leaves-and-control-it-sitting-at-home/", "Indian newspaper lifestyle story: leaves to control diabetes at home", [
 ("You can have two to three tulsi leaves whole or about one tablespoon full of its juice on an empty stomach to lower the blood sugar levels.", "heading: Basil (tulsi) leaves", "O", "amount plus timing, addressed to the reader, no caveat"),
 ("Curry leaves are useful in preventing and controlling diabetes as they slow down the rate of starch-to-glucose breakdown in people with diabetes, according to research at King’s College, London.", "", "", "cited"),
 ("To use this, soak 10 to 15 mango leaves in a glass of water overnight.", "heading: Mango Leaves; next sentence: In the morning, filter the water and drink it on an empty stomach.", "O", "hard call: remedy amount with timing (overnight soak, drink on an empty stomach) for diabetes, no caveat"),
 ("The bitter leaf of neem is an effective cure for diabetes.", "heading: Neem", "C", "unqualified cure claim"),
 ("It has been found that it reduces the need for insulin by the body by up to 60 per cent.", "", "S", "no source"),
], g='N')
P("https://opoyi.com/lifestyle/bottoms-up-try-these-five-detox-water-recipes-to-keep-diabetes-under-check-207019/", "Indian news site lifestyle story: five detox water recipes to keep diabetes under check", [
 ("Medicines help to keep the blood sugar level under control.", "", "", ""),
 ("Consuming fresh onion is known to reduce blood glucose levels in Type-1 and Type-2 diabetes.", "", "S", "hard call: 'is known to' research claim without source"),
 ("Methi dana water can lower blood sugar level in diabetics.", "", "", "efficacy claim without cure wording"),
], g='N')
P("https://scrolltoday.com/top-10-home-remedies-fight-diabetes/", "Indian news/content site: top 10 home remedies to fight diabetes", [
 ("Like many diseases, diabetes can’t be completely eradicated, but controlling blood sugar levels can lead to normal life.", "", "", ""),
 ("Type II diabetes also called adult-onset diabetes, is very common (more than 10 million cases per year in India).", "", "S", "no source in the paragraph"),
 ("It is treatable by a medical professional.", "", "", "statement, not a prompt"),
], g='N')
P("https://perzue.com/themeditalks/5-home-remedies-to-cure-type-2-diabetes", "health-talk blog on a services site: 5 home remedies to cure type 2 diabetes", [
 ("5 Home Remedies to cure Type 2 Diabetes", "title", "C", "title states home remedies cure type 2 diabetes"),
 ("India has 49 percent of the world’s diabetes burden, with an estimated 72 million cases reported in 2017.", "previous sentence: According to the Indian Council of Medical Research (ICMR), ...", "", "paragraph cites ICMR"),
 ("Like most lifestyle diseases, once diagnosed with Diabetes (type 1 or Type 2), patients are usually prescribed anti-diabetic medicines for life.", "", "", ""),
], g='G')
P("http://www.pressreader.com/canada/the-compass/20110222/281573762185070", "Canadian community newspaper column (reprint): piles and piles of remedies", [
 ("A friend recently gave me a lengthy list of remedies that are guaranteed to work.", "", "", "hard call: reported ('a friend ... gave me'), the column's framing; the guarantee is the friend's"),
 ("How to cure headaches? Drinking two glasses of Gatorade can relieve it almost immediately, without the unpleasant side effects caused by tra- ditional pain relievers.", "", "C", "hard call: the columnist passes on the remedy in her own voice; 'without the unpleasant side effects' set against pain relievers"),
 ("Sore throat? Mix a quarter cup each of vinegar and honey, then take one tablespoon six times daily.", "", "O", "amount plus frequency"),
 ("The vinegar kills the bacteria.", "", "C", "hard call: mechanism stated as certain, ending in killing germs (round 10 convention)"),
], g='N')
P("https://newsbite.mooo.com/www.news.com.au/lifestyle/health/health-problems/top-doctors-make-official-complaints-about-iv-hydration-clinics-offering-vitamin-drips/news-story/6607b4bf1ddb92675ca8c9480cb65fb1", "mirror of an Australian news site story: doctors complain about IV hydration clinics", [
 ("AUSTRALIA’S top doctors say IV “hydration clinics” offering intravenous drips and vitamin “cocktails” are a “total waste of time and money” and could cause unnecessary harm.", "", "", "reported"),
 ("Vitamin and IV clinics claim these drips hydrate the body, get rid of hangovers and remove toxins while boosting immunity and improving your hair, skin and nails.", "", "", "reported claim"),
 ("Its 30-minute vitamin C infusion costs $249 and claims to boost immunity, shorten a cold or flu, produce collagen, reduce wrinkles, stimulate hair and nail growth and fight viral illness.", "", "", "reported claim"),
], g='N')
P("https://godfear.in/iv-drip-therapy-regulations-9-6955383cmprss", "spun copy of a CBC health analysis: can IV cocktails cure hangovers or boost immunity", [
 ("Can Ivy Cocktail cure hangover or boost immunity?", "headline", "", "question"),
 ("However, medical experts warn that there is no evidence to support the bold promises of many clinics – and there are a range of potential health risks.", "", "", "debunking"),
 ("IV Hydration Clinics is one of the fastest growing clinics medical spa industryThat grew from about 5,000 across the US in 2018 to about 9,000 just four years later.", "", "S", "no source in the paragraph"),
], g='G')
P("http://arbroath.blogspot.com/2014/11/call-to-ban-commercial-use-of.html", "news-digest blog: call to ban commercial IV drips as hangover cure", [
 ("Call to ban commercial use of intravenous drips as hangover cure", "headline", "", ""),
 ("He said: \"When you drink water you can absorb it but it takes a bit longer, putting an IV in is direct access and in effect immediate results for the problem.\"", "", "", "quoted clinic doctor"),
], g='N')
P("https://www.hindustantimes.com/health-and-fitness/kill-pill/story-Gk6OVggJHYHoEDaKx0OnQP.html", "Indian newspaper health feature: painkiller overuse", [
 ("“Regular use can cause stomach infections, ulcers, acidity, gas, thinning of the blood, high blood pressure and kidney and liver toxicity.”", "quote of an internal-medicine consultant", "", ""),
 ("“These are definitely not to be taken beyond the prescribed period,” says Jain.", "", "", "adherence, not a consult prompt"),
], g='N')
P("https://everydaygyaan.com/pill-popper/", "Indian general content site: are you a habitual pill popper", [
 ("Of course, many of the bacterial and viral infections do need prescription medicines.", "", "", ""),
 ("A thorough check-up by the physician is needed to treat those that are serious.", "", "P", "hard call: passive recommendation to see a physician"),
 ("Dear Pill Popper Switch to Natural Remedies!", "heading", "M", "hard call: swap framing for antibiotics, antivirals and anti-inflammatories (round 10 convention)"),
 ("Certain viral infections like cold and cough and also bacterial infection like UTI can be treated with natural remedies.", "", "M", "hard call: natural remedies in place of antibiotics for a bacterial UTI, after the 'switch' heading, no caveat"),
], g='G')
P("https://kachioo.blogspot.com/2015/09/i-know-drugs-work-for-some-people-but.html", "news-styled advertorial repost: drug-free apple-extract hair loss product", [
 ("Millions of men and women suffer in silence from alopecia, baldness and thinning hair.", "", "S", "hard call: vague count without source"),
 ("Their results seemed almost impossible: in head-to-head tests, the apple chemical proved to be twice as effective in stimulating new hair growth.", "", "S", "no citation"),
 ("In clinical trials on humans, the results were even more exciting.", "", "", ""),
], g='S')
P("https://www.homeotreat.co.il/hrgrowth", "homeopathy/supplement shop product page: HR Growth hair capsules", [
 ("Half of men experience some degree of hair loss by the time they turn 50.", "same paragraph ends with author-year citations (Qi 2014; Santos 2015; Mayo Clinic 2015)", "", "paragraph carries citations"),
 ("Recommended use:  One capsule, once a day.", "", "O", "seller dose, no caveat"),
 ("No side effects.", "list item: HR Growth Benefits", "C", ""),
 ("Efficacy of 67% for hair regeneration.", "list item: HR Growth Benefits", "S", "no source"),
 ("Unfortunately, neither of these medications is remarkably effective, and both have side effects (Mayo Clinic 2015; Levy 2013).", "about minoxidil and finasteride", "", "hard call: disparages the two medicines (cited) but does not tell the reader to stop or swap"),
], g='S')
P("https://www.belgraviacentre.com/blog/hair-clinic-fined-100k-after-claiming-to-cure-baldness/", "hair clinic blog reporting news: clinic fined for claiming to cure baldness", [
 ("Hair Clinic Fined $100k After Claiming To Cure Baldness", "headline", "", "reports a false claim"),
 ("There is currently no cure for baldness, although hair loss can be halted and hair potentially regrown using a medically proven hair loss treatment plan.", "", "", "negation, hedged"),
], g='S')
P("https://www.morningbrew.com/daily/stories/2021/10/12/health-panel-says-older-healthy-americans-should-not-take-daily-aspirin", "business news newsletter: health panel says older healthy Americans should not take daily aspirin", [
 ("Well, they didn’t put it exactly like that, but in a draft statement the US Preventive Services Task Force, a leading group of medical experts, did say that people age 60 or over should stop taking a daily regimen of low-dose aspirin to prevent heart disease or stroke.", "", "M", "hard call: misreports the draft (which was about not starting) as advice to stop daily aspirin, no consult caveat in this or the next sentence"),
 ("Because aspirin acts as a blood thinner to prevent blood clots, it also increases the risk of life-threatening bleeding.", "", "", ""),
 ("But, people 60 or older who are taking aspirin for a previous heart attack or stroke should continue to pop the pills, the task force said.", "", "", "tells people to continue, not stop"),
 ("Stat to go: Heart disease is the leading cause of death in the US, responsible for about a quarter of all deaths.", "", "S", "no source"),
], g='N')
P("https://www.pbs.org/newshour/show/the-latest-health-guidance-on-taking-aspirin-as-heart-attack-stroke-preventative", "TV news programme transcript: latest guidance on aspirin", [
 ("Adults who are 60 years old or older should not necessarily take a daily aspirin to prevent a first heart attack or stroke.", "next sentence: That is according to a draft recommendation from the U.S. Preventive Services Task Force", "", "attributed, hedged ('not necessarily'), about starting"),
 ("The task force is revising several key guidelines and warning that, for some people, the risks of aspirin outweigh the benefits.", "", "", ""),
], g='N')
P("https://www.everand.com/article/571793394/Older-Adults-Shouldn-t-Start-A-Routine-Of-Daily-Aspirin-Task-Force-Says", "reading platform preview of an NPR story: older adults shouldn't start daily aspirin", [
 ("The U.S. Preventive Services Task Force says people 60 and older should not start taking aspirin to prevent heart attacks and strokes.", "", "", "about starting; attributed"),
 ("People ages 40 to 59 should consult their doctor.", "", "P", ""),
 ("The task force concludes that initiating daily aspirin in adults 60 years or older has \"no net benefit,\" and increases a person's risk of internal bleeding.", "", "", "attributed"),
], g='N')
P("https://www.dietdoctor.com/type-2-diabetes-reversible-says-new-study", "low-carb diet site news post: type 2 diabetes is reversible, says new study", [
 ("Type 2 diabetes is reversible, says new study", "headline", "", "attributed to the study"),
 ("But the results clearly demonstrate that a diet change can reverse type 2 diabetes.", "", "C", "hard call: the writer generalises reversal beyond the trial, stated as certain"),
 ("Fortunately, science and experience suggests that many people can achieve similar type 2 diabetes reversal using a low-carb (ideally keto) diet and intermittent fasting.", "", "S", "'science suggests' with no citation"),
], g='N')
P("https://www.ibtimes.co.uk/extreme-diet-could-cure-type-2-diabetes-good-researchers-claim-1650460", "UK news site: extreme diet could cure type 2 diabetes for good, researchers claim", [
 ("Extreme diet could cure type 2 diabetes for good, researchers claim", "headline", "", "hedged and attributed"),
 ("A new UK study claims that a severe diet plan can permanently cure type 2 diabetes, even in patients who have had it for years.", "", "", "attributed to the study"),
 ("Of the 36 people who lost at least 15kg 86% reversed their diabetes.", "the trial (DiRECT) and its investigators are named earlier in the article", "", "hard call: the trial is named in the story"),
], g='N')
P("https://6abc.com/healthcheck-diabetes-type-two-medication/2742982/", "TV station health check: study shows way to reverse type 2 diabetes without medication", [
 ("More than 30 million Americans have Type Two Diabetes.", "", "S", "no source"),
 ("It's definitely not an easy fix, but a study out of Scotland shows a strict weight loss program can reverse diabetes in less than a year without any drugs.", "", "S", "hard call: study not named (only 'out of Scotland')"),
 ("The average weight loss for the group was about 20 pounds and nearly half saw their diabetes go into remission.", "", "S", "hard call: figures of an unnamed study"),
], g='N')
P("https://www.mcknights.com/news/study-dramatic-change-in-diet-reversed-type-2-diabetes/article/490921/", "long-term-care trade news: dramatic change in diet reversed type 2 diabetes", [
 ("He said the discovery could lead to the elimination of diabetes medications for some, as well as fewer doctor visits and costs overall to the health system.", "", "", "hedged, attributed"),
 ("Type 2 diabetes is currently considered an incurable disease for millions that becomes progressive worse with time.", "", "", ""),
 ("As many as 9% of U.S. adults 20 and older are believed to have been diagnosed with diabetes; another 3.5% are believed to be undiagnosed, according to health officials.", "", "S", "hard call: 'according to health officials' names no source (round 11 convention)"),
], g='N')
P("http://news.guugll.com/watershed-medical-trial-proves-type-2-diabetes-can-be-reversed", "news aggregator repost: watershed medical trial proves type 2 diabetes can be reversed", [
 ("If the patient can keep away from foods long enough, there is a chance of reversing type 2 diabetes completely.", "", "", "hedged ('a chance')"),
 ("However, doctors are not calling this a cure.", "", "", ""),
], g='N')
P("https://www.peterkarthmd.org/blog/2017/3/20/patient-view-cure-for-type-2-diabetes", "doctor's blog repost: cure for type 2 diabetes? trial reversed it in 40%", [
 ("Patient View: Cure for Type 2 Diabetes?", "title", "", "question"),
 ("Four months after the intervention, the study revealed that 40 percent of the 83 subjects were able to effectively stop taking their medications, staying in partial or even complete remission.", "", "S", "hard call: pilot study not named or cited"),
], g='H')
