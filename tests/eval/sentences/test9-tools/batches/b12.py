from lib import P
P("https://www.deeppsyc.com/blog/how-to-get-off-antidepressants", "psychotherapist's blog: how to get off antidepressants", [
 ("Around 20% of adults in the UK are said to be experiencing depression.", "", "S", "'are said to be' without a source"),
 ("Let’s clarify that psychotherapy is not the only way to come off of antidepressants but it is a guided way if your mental health is unstable.", "", "", ""),
 ("If you decide to reduce your antidepressant dosage you’ll need to make sure your life includes the right amount of positive activity.", "", "", "hard call: conditional on the reader's own decision; does not itself tell the reader to reduce"),
], g='H')
P("https://findingthin.wordpress.com/tag/depression/", "weight-loss blog: depression and SSRIs", [
 ("Due to reversing my progress, I wanted to get off of them.", "", "", "narrative"),
 ("I can stay on the medication; I’ll just need to keep walking, one step at a time.", "", "", ""),
], g='B')
P("https://www.theodysseyonline.com/i-stopped-taking-anti-depressants", "student writing platform: I stopped taking my antidepressant", [
 ("*in no way am I saying that randomly stopping a medication prescribed to you is healthy.*", "", "", "disclaimer"),
 ("I am not suggesting that you should stop taking your medications abruptly, or at all.", "", "", "negated advice"),
 ("I've learned that being on an antidepressant can do more harm than good.", "", "", "hard call: personal lesson framed by disclaimers, not an instruction"),
], g='N')
P("https://iambetony.com/2020/03/25/my-experience-stopping-my-anti-depressants/", "lifestyle blog: my experience stopping my antidepressants", [
 ("It is time for me to come off the anti-depressants because I know that my body can find its own balance.", "", "", "personal decision"),
 ("I think I will look into other ways, which does not involve any medication.", "", "", "personal plan"),
], g='B')
P("https://peoplespharmacy.com/articles/beet-juice-reduced-need-for-blood-pressure-pills", "syndicated newspaper Q&A column: beet juice reduced need for blood pressure pills", [
 ("I have reduced the need for my blood pressure medicine, lisinopril, by 50 percent.", "reader's letter", "", "reader's own experience"),
 ("For me, just one-eighth teaspoon of the powder in a small amount of water works within two hours.", "reader's letter", "", "personal dose, not an instruction"),
 ("We don’t think this is a substitute for medication, and you should discuss this approach with your physician to see if your medication needs adjusting.", "", "P", ""),
], g='N')
P("http://michellemasonrocks.blogspot.com/2016/09/how-i-quit-high-blood-pressure-meds.html", "personal blog: how I quit high blood pressure meds forever", [
 ("How I Quit High Blood Pressure Meds Forever", "title", "M", "hard call: how-to title about quitting a prescribed beta blocker"),
 ("At that time, I gave in to the doctor's pressure to take high blood pressure medication (\"don't you want to be there for your daughter?\").", "", "", "narrative"),
 ("I learned about sodium, and that traditional white table salt is as stripped of nutrients as white flour, and about as healthy as cocaine.", "", "", ""),
], g='B')
