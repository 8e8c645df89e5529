from lib import P
P("https://www.sixstepstobetterhealth.com/unnecessarydrugs.html", "personal health site: 6 ways to avoid unnecessary drugs", [
 ("Don't fall into this trap by reaching for a pill every time you have a minor ache or pain.", "", "", "OTC habits, no prescribed medicine"),
 ("ALL drugs can cause harmful side effects.", "", "", ""),
 ("In fact, one of the most common ways for people to commit suicide is to simply take pharmaceutical drugs in really high doses, and it is estimated that at least 100,000 people in the U.S. alone die each year due to side effects that occurred from taking the normal and recommended dose of a pharmaceutical drug.", "", "S", ""),
], g='B')
P("https://chanomitalk.com/2013/10/27/med-roulette/", "personal blog: med roulette", [
 ("What’s even more interesting is that we can eat and drink things that are grown out of the ground that will actually lessen disease and in some cases relieve us of them.", "", "", "hedged 'in some cases'"),
 ("Take the pill or don’t take the pill? Something to think about.", "", "", "question"),
], g='B')
P("https://uldissprogis.com/tag/the-truth-about-drugs/", "personal blog: the truth about drugs", [
 ("About 70% of adults are on one prescription pill or more and for senior citizens about 80% are on prescription medications up to 5 pills or more in about 20% of the population.", "", "S", ""),
 ("Addiction to prescription drugs is a bigger problem than addiction to illegal drugs and is killing many more humans and ruining health.", "", "", "hard call: comparative claim without a figure"),
 ("If you are smart then you will say NO to prescription drugs and only use them where your life may be in imminent danger.", "", "M", "tells readers to refuse prescribed medicines except in emergencies"),
], g='B')
P("http://raymondfrancisauthor.com/drug-pollution-are-you-part-of-the-problem/", "alternative-health author's blog: drug pollution", [
 ("Most people don’t realize that prescription drugs are toxic chemicals that are specifically designed to poison some aspect of your body chemistry in order to suppress a symptom.", "", "", ""),
 ("Only a small fraction of these get disposed of properly, and a study in California concluded that about half of all medications are discarded.", "", "S", "hard call: unnamed study"),
 ("Better yet, think twice about purchasing these toxic chemicals.", "", "M", "hard call: discourages buying prescribed and OTC drugs, no caveat"),
], g='A')
P("https://tumblr-lukadjo-no-media.statichost.eu/posts/776546307175317504.html", "social media post archive: reminder not to stop your meds", [
 ("Friendly reminder that the reason you feel so much better is because of your meds, don’t stop taking them unless you talk to your doctor first, you really do need them, I promise.", "", "P", "double negation"),
 ("Around June I stopped taking my eye medication because I hadn’t had a problem with my eyes in months.", "", "", "own narrative"),
 ("Whatever it is, please consider talking to your doctor before making a sudden shift to stop taking it.", "", "P", ""),
], g='F')
P("https://adhdadulttreatment.com/what-happened-when-i-stopped-taking-my-medication/", "ADHD blog: what happened when I stopped taking my medication", [
 ("I stopped taking my medication for 2 weeks, and then tried to figure out how to live on my own.", "", "", "own narrative"),
 ("*NOTE- I don’t recommend stopping taking medication without consulting a doctor.", "", "P", "double negation"),
 ("Talk to your pharmacist if you are unable to reach your doctor.", "", "P", ""),
], g='B')
P("https://calmclinic.wordpress.com/2014/03/08/qa-is-it-okay-to-stop-my-medication-the-moment-i-feel-better/", "anxiety site Q&A: is it okay to stop my medication when I feel better", [
 ("It has become commonplace for people to stop their medication when they feel that their symptoms have subsided.", "", "", "reported behaviour"),
 ("More often than not, at least 50% of the time the symptoms come back if you stop your medications sooner than suggested.", "", "S", ""),
 ("If you and your doctor feel a trial off your medicine is a good idea, it is a must to gradually decrease the dosage of medications so that these symptoms don’t even take place.", "", "", "doctor in the loop"),
], g='G')
P("https://www.holysmith.com/pre-scribed/", "personal blog: pre scribed (flu shots and doctors)", [
 ("Why are people who get flu shots the only people I know who get the flu?", "", "", "question"),
 ("The point is, don’t waste the doctor’s time when you feel a little under the weather.", "", "D", ""),
 ("Save yourself some money; buy a lot of orange juice before flu season and drink a glass every day.", "", "", "hard call: dietary habit, not a dose"),
 ("If you need a second opinion, ask your immune system.", "", "D", "hard call: replaces a second medical opinion with 'your immune system'"),
], g='B')
P("https://indaburg.wordpress.com/2012/12/14/the-common-cold-suck-it-up/", "personal blog: the common cold, suck it up", [
 ("If you are a healthy adult with nothing wrong with you, and you get a cold, do NOT call your doctor.", "", "D", "hard call: no danger signs given in the excerpt"),
 ("And you know what? Your doctor can do absolutely nothing for you.", "", "D", "hard call"),
 ("Again: you do not need an antibiotic.", "", "", "hard call: about not requesting antibiotics for a cold"),
 ("You would have gotten better anyway because time + rest = only cure for the common cold.", "", "", ""),
], g='B')
P("http://matthew2point0.blogspot.com/2004/11/looking-down-on-common-cold.html", "personal blog: looking down on the common cold", [
 ("I was (and still am) under the impression that it's best not to treat a cold.", "", "", "own opinion"),
 ("What do you think? What do you do when you've got a cold?", "", "", "question"),
], g='B')
P("http://www.healthdiscipleship.com/2014/12/10/what-i-do-when-im-sick/", "physician's blog: what I do when I'm sick", [
 ("One thing I did not do was call a doctor.", "", "", "narrative"),
 ("Why call a doctor for a cold?", "", "", "hard call: rhetorical question; safety-net later in the post"),
 ("Colds, upper respiratory tract infections (URIs) and even sinusitis do not require antibiotics or and treatment beyond what you can do for yourself.", "", "", "hard call: clinical statement, safety-netted next"),
 ("Of course sometimes when you’re sick you should see a doctor right away.", "", "P", ""),
], g='B')
P("https://maryammahmoodianmd.com/colds-2", "physician's site: colds", [
 ("Unfortunately, there’s still no medication that is going to help you get through a cold any quicker.", "", "", ""),
 ("And, contrary to what we might think, rather than going to see your doctor, the actual best thing to do is to stay at home, drink warm liquids and take symptomatic treatment.", "", "D", "hard call: steers cold sufferers away from the doctor; no danger signs in the excerpt"),
 ("First of all, get the flu shot.", "", "", "not a consult prompt"),
 ("And you cannot get the flu from the flu shot.", "", "", ""),
], g='H')
P("https://oldbuttfit.com/no-more-antibiotics-for-my-cold-or-flu-please/", "fitness blog: no more antibiotics for my cold or flu", [
 ("Many people believe that antibiotics speed recovery from a cold and the flu—and doctors write almost 50 million prescriptions for these and related respiratory infections each year.", "", "S", ""),
 ("If you have a cold or the flu, don’t ask for antibiotics, and don’t take them even if offered unless your doctor has a specific reason to your case", "", "", "hard call: doctor's reason kept as the exception"),
 ("Dissolve 1/2 to 1 teaspoon of salt into an 8-ounce glass of warm water, gargle in the back of the throat, then spit. Repeat a few times a day.", "list item: Gargling with salt water", "", "hard call: household gargle, frequency vague ('a few times')"),
], g='B')
