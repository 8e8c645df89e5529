from lib import P
P("https://nutritionfacts.org/2013/03/12/saffron-vs-prozac-for-depression/", "physician-run nutrition site blog: saffron vs. Prozac for depression", [
 ("See my 2-min. video Saffron vs. Prozac for the head-to-head test of the simple spice versus the drug Prozac for the treatment of clinical depression.", "", "", ""),
 ("Studies have found less depression among vegetarians, but maybe people who are happier go on to eat healthier rather than the other way around.", "", "S", "'studies have found', none named in the paragraph"),
 ("Researchers found that by removing all meat, fish, poultry, and eggs from people’s diets they could significantly improve mood scores after just two weeks!", "", "S", "hard call: unnamed study"),
 ("It can take drugs like Prozac a month or more to take effect.", "", "", ""),
 ("And what are the side effects–maybe you’ll get a tomato seed stuck in your teeth or something?", "", "", "rhetorical question"),
], g='H')
P("http://www.webvitamins.com/blog/depression-st-johns-wort-saffron/", "supplement shop blog: depression, St. John's wort and saffron", [
 ("It has proven to be effective in helping people manage depression in a variety of studies.", "", "S", ""),
 ("St. John’s wort can interact with a variety of prescription medications.", "", "", ""),
 ("Saffron has been used medicinally as an antidepressant, with a variety of studies that have shown that saffron can be nearly as effective as many prescription antidepressants.", "", "S", "hedged comparison ('nearly as effective'), not a swap instruction"),
 ("Dosages studied for depression are usually 30 mg per day.", "", "", "study doses"),
 ("There are no known interactions with any other herbs or drugs.", "next sentence: However people may be allergic to saffron", "C", "hard call: safety assurance on a seller's blog (round 10: 'no known potential health hazards' is C)"),
], g='S')
P("https://thewarriorledger.com/1919/news/can-saffron-replace-your-everyday-antidepressant/", "high-school newspaper news story: can saffron replace your everyday antidepressant", [
 ("Can saffron replace your everyday antidepressant?", "headline", "", "question"),
 ("According to Mental Health America, 1 in 5 adults in the United States will develop depression in their lifetime, approximately 40 million people.", "", "", "cited"),
 ("Anti-depressants like Zoloft and Prozac help by increasing serotonin levels in the brain.", "", "", ""),
], g='N')
P("https://www.thenaturalpathnewsletter.com/blog/saffron-the-answer-to-depression.html", "naturopathic newsletter blog: saffron is as powerful for depression as Prozac and Zoloft", [
 ("saffron is as powerful for depression as Prozac and Zoloft", "title", "M", "hard call: swap framing in a title (round 10 convention)"),
 ("Imagine a beautiful purple flower that was as powerful as Prozac but as safe as it is beautiful.", "", "CM", "hard call: safety assurance and swap framing"),
 ("Several meta-analyses have now verified that saffron is at least as good as the drugs with the crucial advantage of being safer ((J Integr Med 2013;11:377-383; Hum Psychopharmacol 2014;29:517-527; Neuropsychiatr Dis Treat 2018;14:1297-1305).", "", "M", "hard call: cited, but framed as a better-than-the-drugs swap"),
 ("For comprehensive help with depression, make an appointment to see Linda Woolven now", "", "", "advertisement for the site's own consultation service"),
], g='A')
P("http://healthylivingmagazine.us/Articles/15356/", "health magazine article: Safe Prozac (St John's wort)", [
 ("Safe Prozac", "headline", "CM", "hard call: headline presents the herb as a safe replacement for Prozac"),
 ("Although SSRIs are the first choice of treatment for mild depression or anxiety, a study finds that the herbal extract St. John’s wort works equally well.", "the article ends with a reference list (J Affect Disord 2017)", "", "hard call: reported study with a reference; a comparison, not an instruction to switch"),
 ("The usual dosage for adults is to take one 300 milligram capsule (standardized for hyperforin content) 3x daily with meals.", "heading: Usual Dosage", "O", "consumer dose, no caveat in the section"),
], g='N')
P("http://kentsresearch.blogspot.com/2014/12/the-best-natural-scientifically-proven.html", "personal blog: the best natural scientifically proven anti-depressant", [
 ("But there has to be an alternative to expensive pharmaceutical drugs, with all the millions of plants out there certainly scientists must have found something by now that has been proven to be as effective as pharmaceutical grade antidepressants.", "", "", ""),
 ("There have been over 4 clinical studies published and no conflicting studies of any kind that show that saffron extract (15-30mg) a day is just as effective as fluoxetine, a commonly prescribed drug used in the treatment of depression.", "paragraph ends with links [1][2][3][4]", "M", "hard call: swap framing for a prescribed antidepressant; cited (not S)"),
 ("We bought 1 gram of saffron and every morning he'd eat about 15 threads, it started working from the first day, he was more cheerful, happier, less moody and a lot less depressive.", "", "", "narrative"),
 ("For those of you who want something a bit more standardized, like the ones used in the studies above, try this saffron extract from Amazon.", "", "", "no amount"),
], g='B')
