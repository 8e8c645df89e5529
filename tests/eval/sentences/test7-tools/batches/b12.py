from lib import P
P("https://healthunlocked.com/thyroiduk/posts/147434880/starting-on-t3-with-my-levo", "forum thread: starting on T3 with my levo", [
 ("I've just been prescribed 20mg of T3 and 75 if T4 daily.", "", "", "narrative"),
 ("We usually advise starting on 5 mcg T3 for a couple of weeks, and if that's OK, increasing by 5 mcg, then continuing to increase by 5 every two weeks until you reach 20 mcg.", "the poster's consultant directed 10 mcg twice daily", "MO", "forum titration schedule replacing the consultant's regimen"),
 ("I'm guessing it was a mistake as 6 weeks later, in an appointment lasting less than 30 seconds, he halved it!", "", "", "narrative"),
 ("Step 1: reduce your levo first (always best not to do 2 things at once, so if something isn't \"right\" you know which it is).", "", "M", "change to a prescribed dose, no consult caveat"),
 ("2: after a week, have 1/4 tablet of lio with your levo", "", "MO", "hard call: fraction of a tablet with timing, forum titration"),
], g='F')
P("https://healthunlocked.com/thyroiduk/posts/136273180/t3-dose-increase-how-do-i-know-when-to-increase-and-then-when-to-stop?responses", "forum thread: T3 dose increase, when to increase and when to stop", [
 ("I was on 75mcg Levothryoxine (according to you guys I was being underdosed on this anyway), and as you recommended I am continuing with that and adding T3.", "", "", "narrative"),
 ("I have worked up to 6.25mcg of T3 (1/4 Tiromel) three times daily.", "", "", "narrative"),
 ("And if so, do I (theoretically) just keep adding a quarter Tiromel into my day every few weeks until I find my T3 'sweet spot' (and eventually find the cash for another ream of blood tests)?", "", "", "question"),
], g='F')
P("https://healthunlocked.com/thyroiduk/posts/146969410/took-it-upon-myself-to-increase-my-dosage-what-next?responses", "forum thread: took it upon myself to increase my dosage", [
 ("OK, you don't need to tell me that this is something you shouldn't do with any prescription medication, however the situation needs some context.", "", "", "narrative"),
 ("I'm a 36 year old man diagnosed with subclinical hypothyroidism, but the symptoms have been absolutely crippling.", "", "", ""),
], g='F')
P("https://healthunlocked.com/thyroiduk/posts/132499430/t3-in-one-dose-or-two", "forum thread: T3 in one dose or two", [
 ("I think everyone has to experiment.", "", "", "hard call: general, not an instruction about a dose"),
 ("I now take all my t3 in the morning.", "", "", "narrative"),
 ("I think it's safer to begin with split doses.", "", "M", "hard call: advice on how to take a prescribed hormone, no prescriber mentioned"),
], g='F')
P("https://healthunlocked.com/thyroiduk/posts/150988947/what-are-the-best-intervals-to-increase-t3-doses", "forum thread: best intervals to increase T3 doses", [
 ("I take 2.5mcg at 09.00, 2.5mcg at 13.00 and 2.5mcg at 21.00.", "", "", "narrative"),
 ("It takes 6-8 weeks minimum for blood results to level out after a dose change so bloods run after only a month wont be accurate.", "", "", ""),
 ("From where you are now adjustments either way would be every 6-8 weeks.", "reply by a forum administrator to a poster self-titrating T3", "M", "hard call: schedule for self-adjusting a thyroid hormone dose"),
], g='F')
P("https://healthunlocked.com/thyroiduk/posts/146454808/do-i-have-to-split-a-t3-dose", "forum thread: do I have to split a T3 dose", [
 ("You will need to split the dose initially.", "the endocrinologist prescribed 3 x 5 mcg", "", "agrees with the prescriber"),
 ("The half-life of T3 in the blood is 24 hours, but what gets into the cells stays there for about three days.", "", "", "hard call: pharmacology figure, not a finding"),
], g='F')
P("https://healthunlocked.com/thyroiduk/posts/143566308/fine-tuning-the-dosage-advice-please.?responses", "forum thread: fine-tuning the dosage", [
 ("I insisted on keeping the T3 as is because it is only 5 mcg and I feel good on my present regime, where I did not feel good before adding T3.", "", "", "narrative"),
 ("Just to be safe, I am wondering if I should lower the T3 to half dose two days of the week so that it might keep the TSH in a better range?", "", "", "question"),
 ("No, don't do that.", "reply to the question about lowering T3 on two days a week", "", "warning against a change"),
], g='F')
P("https://healthunlocked.com/thyroiduk/posts/132631234/t3-dose-increase", "forum thread: T3 dose increase?", [
 ("I realise that the knackeredness could be caused by any number of things but I figure that being underdosed on the thyroid meds is the easiest one for me to try to sort out by myself.", "", "", "narrative"),
 ("Would I be better trying to split my 10 mcg into morning and evening 5 mcg doses, sticking with 10 mcg overnight and adding another 5 mcg in the morning, or just upping the single evening dose to 15 mcg?", "", "", "question"),
], g='F')
