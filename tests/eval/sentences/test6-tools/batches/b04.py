from lib import P
P("https://oralcancersupport.org/forums/ubbthreads.php/posts/128249", "oral cancer support forum: thyroid medication at bedtime", [
 ("Bottom line, after three months of taking my thyroid medication before bedtime, my TSH level got even better as proven by my blood tests, than when I was taking the same dose in the morning.", "", "", "narrative"),
 ("I discussed this very issue with my endocrinologist.", "", "", "narrative"),
 ("It has really been nice to just wake up and eat breakfast (plus have coffee)", "", "", ""),
], g='F')
P("https://healthunlocked.com/thyroiduk/posts/133207282/levothroxine-at-night", "patient forum (Thyroid UK): levothyroxine at night?", [
 ("Hi, I just wondered if anyone took levo at night as opposed to the morning as instructed?", "question post", "", "question"),
 ("Yes, loads of us do.", "reply", "", "reported behaviour"),
 ("There is one research study showing it is better absorbed that way.", "reply; a later reply links a paper", "S", "hard call: research claim; the link is in another reply"),
 ("Give it a try and see how you feel.", "reply to: I take it at night ... Don't feel any different but it's easier", "M", "tells the poster to switch the timing of prescribed levothyroxine, no caveat"),
 ("You might need to re-check TSH, T4 levels 6-8 weeks after - taking at night can apparently give better uptake so you may find you need a slightly lower dose.", "reply", "", "hard call: hedged; no instruction to change the dose"),
], g='F')
P("https://aipctshop.su/tag/levothyroxine-timing", "spam pharmacy tag page: levothyroxine timing", [
 ("But taking it at the wrong time can cut its effectiveness by half.", "", "S", ""),
 ("Studies show levothyroxine absorbs best when taken on an empty stomach, at least 30 to 60 minutes before breakfast.", "", "S", "'studies show', no source"),
 ("Your doctor doesn’t need to adjust your dose—you might just need to adjust your schedule.", "", "MD", "hard call: the reader is told to adjust a prescribed drug's schedule and that the doctor need not be involved"),
 ("If you forget and eat first, wait until your next meal is done before taking it.", "", "", "hard call: missed-dose rule, like a label"),
 ("Don’t double up.", "", "", ""),
], g='S')
P("https://healthunlocked.com/thyroiduk/posts/138176316/taking-levo-at-bedtime", "patient forum (Thyroid UK): taking levo at bedtime?", [
 ("My question is please is it ok to take Levo at night before I go to sleep??", "question post", "", "question"),
 ("Taking levothyroxine at bedtime is very good.", "reply to the question", "M", "hard call: endorses the switch in timing of a prescribed drug, no caveat"),
 ("Any slight reduction in absorption will be compensated when your dose is titrated and I think most people will achieve more stable hormone levels with bedtime doses.", "reply", "", ""),
 ("If on Levothyroxine, don't take in the 24 hours prior to test, delay and take straight after.", "reply", "M", "tells the reader to delay a prescribed dose before a blood test, no caveat"),
], g='F')
P("https://healthunlocked.com/thyroiduk/posts/137134939/when-am-i-supposed-to-take-my-levothyroxine", "patient forum (Thyroid UK): when am I supposed to take my levothyroxine?", [
 ("I take mine every night before bed?", "question post", "", "question"),
 ("Experiment and take it when it suits you best, as long as it's on an empty stomach, one hour before or two hours after food and away from other medication and supplements.", "reply", "M", "tells the poster to change the timing of a prescribed drug at will"),
 ("You should have blood retest 6-8 weeks after each dose increase and dose increased in 25mcg steps until TSH is around one or less, and FT4 towards top of range and FT3 at least half way in range", "reply", "", "hard call: how the prescriber should titrate; no instruction to change the dose oneself"),
 ("Many people find Levothyroxine brands are not interchangeable.", "reply", "", ""),
], g='F')
P("https://www.independent.ie/regionals/herald/lifestyle/health-beauty/dear-doctor-can-you-tell-me-about-gerson-therapy-i-have-seen-it-on-the-internet-described-as-a-cure-for-cancer-27960091.html", "newspaper doctor column: Gerson therapy", [
 ("Overall, there is no evidence that Gerson therapy works as a cure for cancer.", "", "", "negated cure"),
 ("But some Gerson therapists do not support chemotherapy as they believe it damages immunity.", "", "", "reported"),
 ("I can understand that you may want to try something if you think it might help treat or cure your cancer, but your cancer specialist can help relieve and control your symptoms.", "", "P", "hard call: points the reader back to the cancer specialist"),
 ("With the Gerson diet, each day you need to drink about 9kg of crushed fruit and vegetables, take potassium and other supplements, including vitamin B12, pancreatic enzymes and thyroid supplements, and have three to four coffee or castor oil enemas.", "", "", "describes the regimen in a critical answer"),
 ("Coffee enemas remove a lot of potassium from your body and can cause infections, dehydration, fits and salt and mineral imbalances.", "", "", ""),
], g='N')
P("http://raleightime.com/gerson-library/patient-john-h-bklt-brain-kidney.html", "Gerson library archive: patient story, success then failure", [
 ("In only a very few days, the pain had disappeared and, to his great satisfaction, he was able to discontinue the pain medication.", "", "", "narrative"),
 ("Interrupting the Therapy is a dangerous action.", "", "", ""),
 ("This time he was discouraged, left the hospital and returned home - took chemotherapy and presumably died.", "", "", "hard call: narrative"),
], g='A')
P("http://fromdusktildawn.org.uk/Keith%27s%20view/my_gerson_journey_part_one.html", "personal blog: my Gerson journey", [
 ("Nevertheless, as far as I am concerned this is not a problem and nor is it incurable.", "", "", "personal view of own case"),
 ("And, most important of all, chemotherapy does not cure cancer.", "", "", ""),
 ("One could treat cancer, or more to the point a sign of cancer, as is a tumour, with paint stripper or melted chocolate and would probably achieve a similar long-term success rate to chemotherapy.", "", "D", "hard call: dismisses chemotherapy as no better than nothing"),
 ("Doing nothing is often a better choice!", "previous: ... would probably achieve a similar long-term success rate to chemotherapy.", "D", "steers cancer patients away from treatment"),
], g='B')
P("http://www.encognitive.com/node/2962", "alternative site repost: chemotherapy and the Gerson patient", [
 ("In spite of over 30 years of use of chemotherapy in the treatment of cancer patients, and in spite of its status as a `proven' cancer treatment, these drugs have never been officially accepted nor do they have the full approval of FDA.", "", "", "false, but no class"),
 ("Chemotherapy is still an \"experimental\" treatment, largely because it has never undergone `double blind' studies.", "", "", ""),
], g='A')
P("https://innovixlabs.com/blogs/insights/taking-vitamin-d-youd-better-be-taking-magnesium-too", "supplement brand blog: taking vitamin D, take magnesium too", [
 ("In the last 10 years, millions of us started taking Vitamin D supplements.", "", "", "vague"),
 ("Age (a 75 year old may only make a third of the Vitamin as their grandkid)", "list item", "S", "hard call: a figure with no source"),
 ("If you're severely deficient, taking 10,000 IU daily for a month or so can get you up to optimal levels.", "", "O", ""),
 ("After that, you should back off to 3000 to 4000 IU daily to maintain that level.", "", "O", ""),
 ("The most popular dosage is 5000 IU and that has little to do with science.", "", "", ""),
], g='S')
P("https://restonyc.com/how-much-magnesium-should-i-take-with-vitamin-d", "content site: how much magnesium with vitamin D", [
 ("Many people supplement with vitamin D but don’t realize that taking vitamin D supplements can deplete magnesium levels.", "", "", ""),
 ("Some studies suggest that taking vitamin D supplements without sufficient magnesium can lead to a magnesium deficiency.", "", "S", ""),
 ("However, many experts believe the RDA is too low and recommend consuming 420-480 mg per day for adult men and 320-360 mg per day for adult women.", "", "", "dietary intake"),
 ("The recommended daily intake for vitamin D is 600 IU (15 mcg) per day for adults up to age 70.", "", "", "official intake"),
], g='G')
P("https://uqora.com/blogs/news/38838401-the-problem-with-antibiotics", "UTI supplement brand blog: the problem with antibiotics", [
 ("UTI’s are common, and a cycle of antibiotics is the only available treatment.", "", "", ""),
 ("The good news is that antibiotics are effective, and they can completely eliminate the symptoms of infection relatively quickly, sometimes in less than a day.", "", "", "hard call: clinical statement about antibiotics, hedged by 'can'"),
 ("90% of the time the bacteria is E. coli, but 10% of the time it isn’t, and the antibiotic they give you may have no effect as antibiotics are specific to their target.", "", "S", ""),
 ("It is not uncommon to experience BV or a Yeast Infection following a UTI treated with antibiotics.", "", "", ""),
], g='S')
P("https://www.drugs.com/medical-answers/uti-always-treated-antibiotic-3121654/", "drug information site answer: does a UTI always need an antibiotic", [
 ("A UTI (urinary tract infection) should usually be treated with an antibiotic.", "", "", ""),
 ("Bacteria do not normally live in the urinary tract, and even mild infections can lead to complications, so it is important to seek the advice of your health care provider.", "", "P", ""),
 ("An untreated bladder infection (cystitis) may progress to a kidney infection (pyelonephritis).", "", "", ""),
], g='H')
P("https://supplysidesj.com/legal-compliance/fda-warns-consumers-to-avoid-bogus-health-products", "trade news quoting FDA consumer update on health fraud", [
 ("In a consumer update Monday, FDA advises us to ignore these bogus claims on health products because they are a potential hazard to our health.", "", "", ""),
 ("\"Using unproven treatments can delay getting a potentially life-saving diagnosis and medication that actually works,\" Gary Coody, FDA's national health fraud coordinator, said in a statement.", "", "", ""),
 ("FDA has found, for instance, that more than 100 weight-loss products contain sibutramine, an active ingredient that has been linked to increased risk of heart attack and stroke.", "", "", "attributed to FDA"),
], g='R')
P("http://www.rightinginjustice.com/news/2016/07/26/fda-offers-tips-to-help-to-identify-fraudulent-dietary-supplements/", "law-firm news blog quoting FDA tips on fraudulent supplements", [
 ("Success stories such as “It cured my diabetes,” or “My tumors are gone,” are easy to make up and are not a substitution for scientific evidence.", "", "", "debunking quoted claims"),
 ("Beware of language such as “lose 30 pounds in 30 days,” or “eliminates skin cancer in days.”", "", "", "debunking"),
 ("Be suspicious of products that claim to cure a wide range of diseases.", "", "", "debunking"),
 ("Just because a product is labeled as natural doesn’t necessarily mean it is safe.", "", "", ""),
], g='R')
P("https://betterhealthforaging.blogspot.com/2013/03/fda-beware-of-fraudulent-weight-loss.html", "blog reproducing FDA consumer update: fraudulent weight-loss products", [
 ("Diet and exercise not required!", "listed under: Messages like these on weight-loss products taunt consumers ... (FDA text)", "", "quoted scam claim in a warning"),
 ("Just because you see a supplement product on a store shelf does NOT mean it is safe or effective.", "", "", ""),
 ("FDA has found weight-loss products tainted with the prescription drug ingredient sibutramine in 2010.", "", "", ""),
], g='R')
P("https://www.raps.org/regulatory-focus%E2%84%A2/news-articles/2013/3/fda-all-natural-claims-usually-code-for-fraudulent-product", "regulatory trade news: FDA on 'all natural' claims", [
 ("Evidence is rarely black and white; treatments, even when amazing, rarely outright cure a patient; claims are nuanced; safety risks are myriad and are often poorly understood for years after being introduced to the public.", "", "", ""),
 ("Among the health claims you're almost certain never to see approved by FDA: \"Miracle Cure, \"Revolutionary Scientific Breakthrough\" or \"Alternative to Drugs or Surgery.\"", "", "", "quoted claims as warning signs"),
], g='R')
P("http://www.fda.gov/ForConsumers/ConsumerUpdates/ucm466588.htm", "FDA consumer update: imported supplements may harm you", [
 ("Health scammers often target advertising to people who prefer to shop at nontraditional places, especially those who have limited English proficiency and limited access to health care services and information.", "", "", ""),
 ("But just because a product claims to be natural doesn’t necessarily mean it’s safe.", "", "", ""),
 ("Sibutramine was in Meridia, a formerly FDA-approved drug that was removed from the market in October 2010 because clinical data indicated it posed an increased risk of heart problems and strokes.", "", "", ""),
], g='R')
