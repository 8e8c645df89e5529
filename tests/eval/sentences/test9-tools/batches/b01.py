from lib import P
P("http://ctboom.com/connecticut-researcher-one-step-closer-to-curing-migraines/", "local news blog: Connecticut researcher one step closer to curing migraines", [
 ("Soon we may finally have a cure!", "", "", "hedged 'may'"),
 ("100 percent you say?  I totally classify that as a cure in my book.", "", "", "hard call: writer's opinion on a reported trial subgroup, framed as a question and 'in my book'"),
 ("Better yet, McAllister recorded that the study found no side effects.", "", "", "reported finding of the named investigator"),
 ("Meaning, treatment comes with guaranteed results at a very low risk.", "previous sentence: Basically, McAllister programed them to target a specific area of the brain and only that part.", "C", "writer's own guarantee of results"),
], g='N')
P("https://ebiologyhub.com/?p=1359", "science blog: latest migraine cure? new drug that works in 24 hours", [
 ("Latest Migraine Cure? New Drug that Work in Just 24 Hours", "title", "", "hard call: question headline; '24 hours' is about onset, not a guarantee of cure"),
 ("This breakthrough has the potential to change how migraines are managed, offering faster relief and improved quality of life.", "", "", "hedged 'potential'"),
 ("Migraines affect about 39 million people in the United States alone and nearly 1 billion people worldwide.", "", "S", ""),
 ("Studies show that migraines are the second leading cause of disability worldwide.", "", "S", ""),
 ("In the U.S. alone, lost productivity due to migraines costs businesses over $36 billion annually.", "", "S", ""),
], g='G')
P("http://www.perspecsnews.com/read/health/new-migraine-drug/rkeyo4dFxz/SkeI7U3Axz", "news app repost of a 'behind the headlines' item: new migraine drug?", [
 ("Has there been a breakthrough in migraine treatment?", "", "", "question"),
 ("\"Millions of people are set to benefit from the first new migraine drug in 20 years,\" reports the Mail Online.", "", "", "reported speech"),
 ("New research found the injectable drug erenumab cut the number of days people had migraines from an average of 8 a month to between 4 and 5 a month.", "", "S", "hard call: 'new research' with no study, journal or link in the excerpt"),
], g='N')
P("https://thehealthyhomeeconomist.com/pinkeye-fast-and-easy-home-remedy/comment-page-7", "traditional-diet blog: pinkeye fast and easy home remedy (probiotics)", [
 ("No meds needed!", "previous sentence: Easy method for resolving pinkeye by harnessing the power of probiotics.", "M", "hard call: blanket steering off the prescribed antibiotic drops the page names"),
 ("Most people will quickly run to the doctor’s office at the first sign of redness and irritation.", "", "", "description of what people do"),
 ("A prescription for antibiotic eye drops or ointment is the usual conventional remedy.", "", "", ""),
 ("Wouldn’t it be wonderful to just fix this simple infection at home with none of the intervening steps?", "previous paragraph lists booking a doctor's appointment, waiting and the pharmacy as hassles", "", "hard call: rhetorical question, kept negative as in earlier rounds"),
], g='B')
P("http://carollegrand.com/2015/04/27/3-ways-to-cure-pink-eye-naturally/", "personal site: 3 ways to cure pink eye naturally", [
 ("3 Ways To Cure Pink Eye Naturally", "title", "C", "title promising a cure"),
 ("If the doctor does not have an opening for your child, try these three natural ways to cure pink eye and see if they do the trick.", "", "", "hard call: 'see if they do the trick' hedges; only when the doctor has no opening"),
 ("Then, put one or two drops in each eye that has been infected with pink eye.", "next sentence: Repeat this every two hours until the pink eye has cleared up.", "O", "honey-water drops: amount, route and frequency for a child"),
 ("Rinse out your child's eyes with the salt water solution every two to three hours until the pink eye is gone.", "", "", "frequency without an amount"),
], g='B')
P("https://mrhealthyliving.com/get-rid-of-the-pink-eye/", "wellness content site: get rid of pink eye with homemade remedies", [
 ("Get rid of the Pink Eye with these homemade remedies!", "title", "C", "hard call: title promising to get rid of the condition"),
 ("The antibody immunoglobulin in breast milk prevents the bacteria from attaching to the surface of the eye.", "", "", ""),
 ("Administer 2 drops of breast milk in each eye using a sterile dropper.", "next line: Do this 3 times a day until the symptoms subside.", "O", "amount, route and frequency in the next line"),
 ("Raw, unfiltered apple cider vinegar contains probiotics that treat this particular infection.", "", "", "treatment claim without cure wording"),
], g='G')
P("http://www.blisstree.com/2006/11/30/sex-relationships/breast-milk-cures-pink-eye-conjunctivitis/", "parenting blog network: breast milk cures pink eye", [
 ("Breast Milk Cures Pink Eye (Conjunctivitis)", "title", "C", "title"),
 ("That sounds complicated and looks a bit ridiculous, I admit, but it’s a lot easier and cheaper than going to the doctor for prescription eye drops.", "", "D", "hard call: steers away from the doctor; the safety-net ('seek medical attention if the condition worsens') comes two paragraphs later"),
 ("Continue this treatment three or more times per day until the infection clears up, and seek medical attention if the condition worsens.", "", "P", "frequency without an amount; safety-netting"),
 ("There’s no harm in doing so, and I’d much rather spare each child another infection.", "", "C", "hard call: 'no harm' safety claim for milk in the eyes"),
 ("Consult your doctor, and check out this link which explains the healing powers of breast milk:", "previous sentence: Don’t take my word on treating pink eye with breast milk though!", "P", ""),
], g='B')
P("https://askvity.info/eye-health/does-milk-help-pink-eye", "Q&A content site: does milk help pink eye (debunking)", [
 ("No, milk does not help pink eye; in fact, it could be harmful.", "", "", "debunking"),
 ("Research indicates that breast milk is not effective against the common causes of pink eye.", "", "S", "hard call: 'research indicates' with no study named"),
 ("See a Doctor: Consult a healthcare professional for a proper diagnosis and treatment plan.", "", "P", ""),
 ("It's best to consult a doctor and use treatments that are proven to be effective.", "", "P", ""),
], g='G')
P("https://s3-us-west-1.amazonaws.com/comicplan/treating-viral-pink-eye-with-antibiotics.html", "scraped spam page: treating viral pink eye (home remedies)", [
 ("In majority of the cases, the infection will vanish even before an appointment with the doctor is made, but in severe cases, one might need to reapply the milk after every few hours to get results.", "previous: Effective Home Remedies For Pink Eye Breast Milk", "C", "hard call: breast milk makes the infection 'vanish' in most cases"),
 ("Goat Or Cow Milk In the absence of breast milk, each eye can be applied with a few drops of raw goat or cow milk.", "", "", "amount without frequency ('a few drops'); heading merged"),
 ("Vitamin A For optimal eye health, Vitamin A is one of the most crucial vitamins and pinkeye infections occur due to their deficiency.", "", "", ""),
], g='G')
P("https://coreyecentre.com/quick-home-remedies-for-pink-eye/", "eye clinic: quick home remedies for pink eye", [
 ("Most pink eye will go away on its own in a week or two.", "", "", "clinical statement"),
 ("See your ophthalmologist right away if:", "", "P", ""),
 ("Viral conjunctivitis should go away within a week or two without treatment.", "", "", "clinical statement that the condition may not need treatment"),
 ("Bacterial conjunctivitis can be treated with antibiotics prescribed by a doctor.", "", "", ""),
 ("Stop wearing contact lenses.", "", "", "not a medicine"),
], g='H')
