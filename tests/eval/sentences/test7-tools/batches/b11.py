from lib import P
P("http://naturalbirth.tripod.com/pregarticle2.html", "personal site: why I didn't have prenatal care", [
 ("I decided early in my pregnancy against having prenatal care for a number of reasons.", "", "", "narrative"),
 ("I didn't want any ultrasounds since they have been proven by many studies to be dangerous to the baby as it is exposing the child to radiation.", "", "S", "'proven by many studies', none cited"),
 ("I thought midwives were supposed to be alternative and were supposed to believe that birth is a natural event not needing assistance but I was wrong.", "", "", ""),
], g='B')
P("https://www.unhindered-living.com/unassisted-childbirth/", "unassisted birth advocacy site: unassisted childbirth", [
 ("You are free to choose a doctor, certified nurse-midwife or direct entry midwife, or no birth attendant at all.", "", "", "autonomy statement"),
 ("The human race would not have survived this long if birth was not inherently safe.", "", "C", "hard call: unqualified safety claim used to argue for birth without attendants"),
 ("But in the majority of births it is unnecessary.", "previous sentence: Yes, the hospital has it’s place.", "D", "hard call: steers readers from hospital birth care"),
 ("With just a little education, the birthing woman can be prepared to know when things are going well, and when it’s time to go to the hospital.", "", "", "hard call: a weak safety net, not a steer away"),
], g='A')
P("https://theunassistedbaby.com/article/unassisted-childbirth/why-unassisted-childbirth/", "unassisted birth site: why women choose unassisted childbirth", [
 ("Childbirth is natural and doesn’t require a medical degree", "list of reasons for unassisted birth", "D", "hard call: list item telling readers birth needs no professional"),
 ("Giving birth at home is the best way to avoid unnecessary interventions", "list of reasons for unassisted birth", "", ""),
 ("Many studies have shown and proven that homebirths are safe.", "", "CS", "hard call: blanket safety claim, uncited studies"),
], g='A')
P("https://hubpages.com/health/freebirthing", "user-written article site: freebirthing", [
 ("Women are built to birth.", "", "", ""),
 ("I am healthy, confident, understand the process of birth, and know that the more interference the more dangerous, painful, and long birth is.", "", "", "own view"),
 ("It is key that both parents, or just one if it is only you, feel comfortable and confident in the ability to birth a child to this earth when you are planning a free birth.", "", "", "hard call: assumes the choice, no direct steer"),
], g='B')
P("https://thecompounder.com/2019/01/15/annual-physicals/", "newsletter/blog: annual physicals", [
 ("But, do we really need a doctor to explain a healthy lifestyle and warn us about risk factors?", "", "", "rhetorical question"),
 ("Who doesn’t know that obesity, too much alcohol, excess sugar, illegal drugs, smoking, and reckless activities can be harmful and potentially fatal?", "", "", "question"),
], g='B')
P("http://roflhome.com/entertainment/2015/04/23/this-is-something-americans-do-every-year-but/", "entertainment site: skip the annual physical", [
 ("Going to the doctor is something that most people do every year…but should they?", "", "", "question"),
 ("Whíle Dr. Mehrotra realízes hís opíníon ísn't the popular one, he thínks that adults should only really go see a doctor íf somethíng ís wrong.", "", "", "reported view"),
 ("“I mostly tell my famíly, íf you're feelíng well, stay away from doctors.", "quote from Dr. Michael Rothberg about annual physicals for healthy adults", "", "hard call: quoted physician, about routine checkups of people who feel well"),
], g='G')
P("https://wildrosecollege.com/encyclopaedia_section/conditions/f/fractures/", "herbal college encyclopaedia: fractures", [
 ("Follow the usual first aid procedures: make sure breathing is unobstructed, guard against shock, control bleeding by the application of direct pressure when necessary, and prevent unnecessary movement of the fractured part.", "", "", ""),
 ("Knitting and healing will take place more readily if the following herbal aids are used after the bone has been set.", "", "", ""),
 ("Nutritional Supplements: Vitamin A (20,000 IU), B complex (two, twice daily), Vitamin C (500 mg, six times daily), Vitamin D (800 IU, twice daily), Calcium (1000 mg daily), Magnesium (500 mg, daily), Multiminerals (two, twice daily), trace minerals (two tablets, twice daily).", "heading: Recommended Action", "O", "consumer supplement regimen with amounts and frequencies"),
], g='A')
P("https://juswingit.wordpress.com/2011/04/", "personal blog: comfrey as a plaster cast", [
 ("Toward the end of this post I show pics of using the root for a “plaster” cast on a broken bone, so scroll down if you want to skip the details following.", "", "", "hard call: implies replacing a cast, but no direct steer"),
 ("Alcohol tinctures are the only way to take the herb into the liver to utilize the benefits of the herb being taken.", "", "", ""),
 ("I keep a pump bottle of comfrey near my bed & if I get a sore throat, I will pump a few into my mouth and swish around which usually gives me some relief.", "", "", "narrative"),
], g='B')
P("https://theepochtimes.com/health/could-comfrey-be-the-key-to-healing-sprains-and-broken-bones-5637623?cmt=1", "newspaper health section: comfrey for sprains and broken bones", [
 ("“My toe completely healed in under four weeks,” she told The Epoch Times.", "", "", "reported"),
 ("Typically, it takes 4-6 weeks for a baby toe to heal.", "", "", "hard call: general healing time"),
 ("The results demonstrated a substantial reduction in pain for the comfrey group—about 95 percent, versus 38 percent in the placebo group.", "", "S", "hard call: trial not named in the paragraph"),
], g='N')
P("https://cosmicowlblog.wordpress.com/2015/01/25/hibernation-update-the-great-comfrey-plant/", "personal blog: the great comfrey plant", [
 ("Comfrey contains allantoin, a substance known to aid granulation and cell formation .", "", "", ""),
 ("It contains liver toxic PAs.", "", "", ""),
 ("Pregnant women should avoid using it as well as those with liver issues.", "", "", ""),
], g='B')
P("https://vittaswellness.com/blog-posts/rethinking-depression", "functional medicine clinic blog: rethinking depression", [
 ("You can get better through nutritional and lifestyle interventions as opposed to getting a life sentence of taking prescription medication to mask symptoms (which, for the record, the scientific literature shows hardly works).", "", "MS", "hard call: steers readers away from antidepressants; 'the scientific literature shows' uncited"),
 ("If you or anyone you know is suffering from depression, work with a healthcare practitioner trained in functional medicine to get better because we truly can help.", "", "P", "hard call: practitioner prompt, partly self-promotion"),
 ("I urge you to try dietary and lifestyle modifications before trying prescription medications.", "", "M", "hard call: tells readers to hold off prescribed medication"),
 ("If you're already on medication, don't worry!", "", "", ""),
], g='A')
P("https://harmoniaphilosophica.com/2012/12/07/psychologists-psychiatry-lies-deception-talk-talk-talk/", "philosophy blog: psychology lies and deception", [
 ("Psychologists are cunning and have their own way of distorting the truth.", "", "", ""),
 ("In simpler words: Talking cuts depression.", "", "", ""),
 ("Talk with your friends.", "previous sentences: And really: Who needs a study to know that? Go out.", "", "hard call: dismisses psychology but no explicit steer away from care"),
], g='B')
P("http://backyardhealth.blogspot.com/2010/02/depression-is-not-prozac-deficiency-but.html", "health blog: depression is not a Prozac deficiency", [
 ("When you do this, most depression can be effectively treated naturally — without the side effects of prescription antidepressants.", "", "C", "hard call: efficacy hedged by 'most' but the natural route is presented as free of side effects"),
 ("Going for a walk (especially outside in the sunshine) 30-60 minutes a day can be more effective than Prozac.", "", "", "hard call: comparative claim, 'can be'"),
 ("If the answer is \"yes,\" but you are frustrated that you have no energy to do your interests, you’re NOT depressed, but have an illness your physician is missing.", "", "", ""),
 ("Give these treatments 6 weeks to work.", "", "", ""),
], g='B')
P("http://www.dailypaul.com/comment/3019958", "forum comment: some of depression is chemical", [
 ("Take additional niacin (nicotinic acid -- the kind that gives you a flush).", "", "", "no amount"),
 ("Take iodine supplements like Iodoral and take selenium, magnesium, and tyrosine with it.", "", "", "no amount"),
 ("I know, it all sounds unconventional, but conventional is what gives you chemical imbalance depression.", "", "", ""),
], g='F')
P("https://www.vapresspass.com/2016/01/12/depression-the-truth-and-a-cure/", "local news site event post: depression, the truth and a cure", [
 ("In 2011, one-fourth of the U.S. population was on anti-depressants.", "", "S", ""),
 ("Most psychiatrists won’t even treat people with anything but a prescription.", "", "", ""),
 ("To sentence someone to a life of anti-depressants, keeps them in the illusion that they are happy.", "", "", "hard call: disparages antidepressants, no instruction"),
], g='N')
