from lib import P
P("http://abodyinmotion.ca/knee-surgery-not-necessarily-necessary/", "physiotherapy clinic blog: knee surgery not necessarily necessary", [
 ("The New England Journal of Medicine has concluded that the surgical outcome for mild meniscal tears and moderate knee arthritis was not superior to the outcome that physiotherapy treatment alone provided.", "", "S", "hard call: journal named, no date or link"),
 ("No need for the knife you say?", "", "", "question"),
], g='H')
P("https://drkevinsdailydose.com/2014/02/21/knee-surgery/", "doctor-branded newsletter: scheduled for knee surgery? cancel it", [
 ("Scheduled for knee surgery? Cancel it!", "title", "D", ""),
 ("Well, it’s time to turn this boom into a bust, because new research proves meniscus surgery is nothing more than an expensive swindle.", "", "S", "study not named"),
 ("Heck, some of them were happier: A full 96 percent of those who had the sham surgery were so tickled with the outcome they said they’d do it all over again——compared to 93 percent of those who had the real surgery.", "", "S", "hard call: trial described but not cited"),
 ("So don’t listen to them.", "about orthopedists", "D", ""),
 ("You don’t need to sign up for a phony operation to heal your own aching knees.", "", "D", ""),
], g='S')
P("http://just-say-no-to-chemo.blogspot.com/2011/07/i-believe-in-chemo-and-easter-bunny-too.html?showComment=1346412405365", "personal blog: just say no to chemo (Easter Bunny post)", [
 ("Most people accept the concept of chemotherapy unquestioningly, afraid to depart from conventional thinking.", "", "", ""),
 ("A survey of oncologists at McGill University Cancer Center found that 75% would refuse any type of chemotherapy, citing the “ineffectiveness of chemotherapy and its unacceptable degree of toxicity.”", "", "S", "hard call: institution named, no citation"),
 ("A study conducted by Harvard researcher John Cairns showed that chemotherapy is “somewhat effective in only 2–3% of cancer patients, primarily those with the rarest kinds of cancer.”", "", "S", "hard call: author named, no year or source"),
], g='B')
P("http://just-say-no-to-chemo.blogspot.com/2010/01/boycott-chemo.html", "personal blog: just say no to chemo (boycott chemo)", [
 ("Chemotherapy is some bad s%^# man, stay away from it!", "", "MD", "steers cancer patients away from chemotherapy"),
 ("There are safer, non-toxic solutions.", "", "C", "hard call: 'non-toxic' alternatives to chemotherapy"),
 ("Just say no to chemo.", "", "MD", ""),
], g='B')
P("http://just-say-no-to-chemo.blogspot.com/2010/01/we-cant-bring-back-those-we-lost-to.html", "personal blog: just say no to chemo (those we lost)", [
 ("I THOUGHT that they died from cancer; now I know that the actual cause of death was chemotherapy.", "", "", ""),
 ("Be prepared to \"just say no to chemo\".", "", "MD", ""),
 ("The body has a tremendous ability to heal.", "", "", ""),
 ("You will heal.", "previous sentences: You cannot heal with poison. Give the body what it needs to heal. Trust.", "C", "guaranteed result"),
], g='B')
P("https://bknicholson.medium.com/ive-seen-too-many-of-my-friends-die-after-receiving-massive-doses-of-chemo-to-become-a-critic-of-6763635473fa", "blog platform comment/post: friends who died after chemo", [
 ("I’ve seen too many of my friends die after receiving massive doses of chemo to become a critic of anyone who decides not to undergo chemo in favor of more experimental or holistic treatments.", "", "", ""),
 ("As far as comparing chemo truthers to anti-vaxxers, people refusing chemo are making a personal decision about their health that affects no one else.", "", "", ""),
], g='B')
P("http://www.getwell.space/blog/chemo", "wellness blog: chemotherapy, no thanks", [
 ("This drug - cisplatin - is a fantastic cure for testicular cancer and likewise there are other good cures for blood cancers,  but these are outliers in the world of 'chemotherapy'.", "", "", "clinical statement about real cures"),
 ("The disturbing truth is that over 5 years, with 'adult solid cancers' the toxic cocktail is likely to save just 1 in 50 patients!", "", "S", ""),
 ("No-one can pretend it's anything but poison.", "", "", ""),
], g='B')
P("https://keysteps.info/health/diseases/diabetes/cure-diabetes-naturally/", "content site: cure diabetes naturally", [
 ("After the discovery of insulin in 1921, no new or worthwhile treatment has been introduced in nearly a hundred years.", "", "", ""),
 ("In the last three decades it has multiplied by ten.", "", "S", ""),
 ("To add to the medical problems, there are over 10 million people living with diabetes today … and they don’t even know it!", "", "S", ""),
], g='G')
P("https://mediv.dp.ua/is-diabetes-curable.html", "scraped/content site: is diabetes curable", [
 ("Most doctors will tell you that diabetes is an incurable disease.", "", "", ""),
 ("I had heard of other people who had become diabetes free, so I knew it had to be possible.", "", "", ""),
 ("After much research, I found studies that resulted in Type II diabetes sufferers being disease free and even Type I diabetes patients being cured.", "", "CS", "hard call: presents cure of type 1 diabetes as established, uncited studies"),
], g='G')
