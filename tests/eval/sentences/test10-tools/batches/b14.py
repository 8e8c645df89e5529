from lib import P
P("https://www.cancertutor.com/decision/", "alternative cancer treatment site: the decision (orthodox vs alternative)", [
 ("Unfortunately, the vast majority of newly diagnosed cancer patients have no clue that they have viable options for treating their cancer.", "", "", ""),
 ("These viable options are using natural medicine or alternative medicine.", "", "D", "hard call: presents alternative medicine as a viable replacement for cancer treatment"),
 ("Why does orthodox medicine hide the truth that their patients have viable options for treating their cancer?", "", "", "question"),
 ("Lesson number one, if you want to know the truth, don't ask someone whose livelihood depends upon his ignorance.", "context: orthodox doctors", "D", "tells cancer patients not to ask their doctors"),
], g='A')
P("https://cancersecrets.com/are-you-treating-your-cancer-naturally-we-need-to-talk/", "integrative oncologist's site: are you treating your cancer naturally? we need to talk", [
 ("Are you exclusively using natural treatments for your cancer?", "", "", "question"),
 ("You have probably read that surgery spreads cancer, radiation causes cancer, and chemotherapy will kill you.", "", "", "reported claims, debunked next"),
 ("The risk of surgery spreading cancer is essentially non-existent, and far less than your chances of being struck by lightning multiple times.", "", "", "hard call: physician's clinical reassurance in a debunking context"),
 ("The article stated rather confidently that frankincense outperformed chemotherapy, has no side effects, reduces inflammation, and also decreases pain.", "", "", "reported claim, debunked"),
], g='H')
P("https://thebigdiseasey.wordpress.com/category/diabetes/", "cancer patient's blog: seeing a naturopath", [
 ("I told him I would take whatever he prescribed, as long as my oncologist approved.", "", "", "narrative"),
 ("He recommended three supplements… and my oncologist nixed all three.", "", "", "narrative"),
 ("I have been off chemo for nearly three months now, and I decided to use this lengthy break to undergo a three-week course of naturopathic drugs.", "", "", "narrative"),
], g='B')
P("http://hemroidshemorrhoidscure.com/beware-of-fake-hemorrhoids-creams", "hemorrhoid content site: beware of fake hemorrhoids creams", [
 ("Herbal remedies that claim to cure hemorrhoids should also be avoided since they don’t work.", "", "", "debunking"),
 ("If you have hemorrhoids, don’t experiment.", "", "", ""),
 ("Eat lots of fruits and vegetables, don’t ignore nature’s call, drink plenty of water, and seek a doctor’s advice if things get worse.", "", "P", ""),
], g='G')
P("http://utiremedy.info/Hemorrhoid_Miracle__Natural_Treatment_For_Hemorrhoids.aspx", "spun-content site: hemorrhoid miracle, natural treatment", [
 ("Fortunately, most of these underlying causes have natural solutions.", "", "", ""),
 ("In a nutshell, medical and surgical treatments for hemorrhoids give prolonged side effects and complications, and could produce only temporary results.", "", "D", "hard call: disparages medical and surgical care to steer readers to home treatment"),
 ("Thus, a natural treatment for hemorrhoids may be followed.", "", "", ""),
], g='G')
P("http://www.pensivethoughts.com/2010/03/the-truth-about-hemorrhoids.html", "blog: the truth about hemorrhoids", [
 ("You might not know it, but hemorrhoids are present in everyone.", "", "", ""),
 ("Because of fear and embarrassment, people with hemorrhoids delay seeking treatment.", "", "", ""),
 ("What they probably don’t know is that there is a painless, safe, and effective hemorrhoids treatment available for them.", "", "C", "hard call: unqualified 'painless, safe'"),
 ("Seeking professional medical advice can put an end to this nasty and irritating problem.", "", "P", "soft prompt"),
], g='B')
P("https://www.americastrend.com/can-you-stop-taking-blood-pressure-medication/", "content site, first-person: can you stop taking blood pressure medication?", [
 ("I stopped taking them without consulting my doctor.", "", "", "narrative"),
 ("Big mistake.", "", "", ""),
 ("I called my doctor right away.", "", "", "narrative"),
 ("If your blood pressure has been well-controlled (<120/80) for at least a year with lifestyle changes alone, your doctor may approve stopping medication.", "", "", "what a doctor may do"),
], g='G')
P("https://tampacardio.com/the-dangers-of-stopping-high-blood-pressure-medicine-without-supervision/", "cardiology practice blog: the dangers of stopping blood pressure medicine without supervision", [
 ("If this happens what you should do is call your prescribing physician right away and let them know what is going on.", "", "P", ""),
 ("Currently, 100 million adults have high blood pressure, and that number is on the rise.", "", "S", ""),
 ("It found that 23.5% of the patients stopped taking the drugs within the first 9 months.", "paragraph names the journal: published in the journal Hypertension", "", "journal named"),
], g='H')
P("https://healthfully.com/stop-high-blood-pressure-medication-5121080.html", "health content site: how to stop taking high blood pressure medication", [
 ("Talk to your doctor before abruptly stopping any medication used to treat high blood pressure.", "", "P", ""),
 ("Failure to do so could kill you.", "", "", ""),
 ("Be wary of products or claims promoting all-natural, holistic or New Age ways to reduce high blood pressure.", "", "", "warning"),
 ("When considering any form of treatment, always talk to a doctor.", "", "P", ""),
], g='G')
P("http://weightloss-diethelp.com/erectile-dysfunction-and-complementary-medicine/", "health site (addressed to clinicians): erectile dysfunction and complementary medicine", [
 ("We know it is effective in about 70% of the treatment group.", "paragraph carries citations: (Krenzelok, 2000; Webb et al., 2000; Mitka, 2003)", "", "paragraph carries author-year citations"),
 ("Most men, however, use these therapies as a chronic solution rather than seek alternate methods to solve their erectile dysfunction or ED challenges.", "", "", ""),
 ("Given the lack of long-range planning for patients using this and similar prescribed “short-term” agents, it is prudent for us to consider the most likely long-term solution for Erectile Dysfunction patients: complementary medicine.", "", "", "hard call: addressed to prescribers ('for us'), not to patients"),
], g='G')
