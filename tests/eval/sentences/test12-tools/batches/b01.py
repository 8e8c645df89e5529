from lib import P
P("https://mindwellnessforum.com/33539/has-anyone-stopped-taking-adhd-meds-yes-then-manage-without", "mental-health forum answer: has anyone stopped taking ADHD meds and managed without", [
 ("I can tell you that many people with ADHD have chosen to stop taking ADHD medications for various reasons.", "forum answer", "", "reported behaviour, not advice"),
 ("These side effects can be challenging to manage and may lead some individuals to stop taking the medication.", "heading: Side Effects", "", "reported behaviour"),
 ("Managing ADHD without medication can be challenging but is possible with appropriate support and strategies.", "", "", "hard call: says managing without medication is possible, but does not tell the reader to stop"),
 ("Regular exercise, maintaining a balanced diet, getting sufficient sleep, and reducing stress can positively impact ADHD symptoms.", "list item: Lifestyle Changes", "", ""),
], g='F')
P("https://www.additudemag.com/forums/reply/91984/", "ADHD magazine forum reply: tapering vs quitting, nutrition first", [
 ("Remember that “tapering off” and “quitting” are different concepts.", "forum reply", "", ""),
 ("Whether or not to medicate is between you and your healthcare practitioner.", "", "", "hard call: states where the decision lies rather than prompting the reader to consult (not P)"),
 ("Medication controls symptoms, but it doesn’t address causes.", "", "", "hard call: distrust of medication without telling the reader to stop or skip care"),
 ("I always say nutrition first.", "", "", "hard call: personal preference, no instruction to stop or replace the medicine"),
 ("Adding essential fatty acids into my life over 20 years ago changed my life, and I’ve seen done a lot of research on nutrition and diets with regard to ADHD.", "", "", "personal testimony"),
], g='F')
P("https://www.psychbytes.com/best-way-to-stop-taking-melatonin-or-sleep-aids-psych-in-60/", "psychologist's short Q&A post: best way to stop melatonin or sleep aids", [
 ("First is a small dose, about 90 minutes prior to desired sleep onset, only about 0.5 mg – 1 mg to reinforce our circadian rhythm.", "previous sentence: People can use melatonin in one of two ways.", "", "hard call: descriptive ('people can use'), not an instruction to the reader"),
 ("It’s a supplement, which means the actual amount of melatonin may not match what’s in the bottle.", "", "", ""),
 ("About one out of three people actually respond to melatonin, therefore it’s not the most effective tool.", "", "S", "no source"),
 ("There have been studies that have questioned its safety in the use of children.", "", "S", "'studies' with no citation"),
 ("The best way to work off melatonin or sleep aids is to gradually take smaller doses every three nights until you are completely done.", "", "M", "hard call: a taper instruction for 'sleep aids' (which may be prescribed) with no consult caveat in the same or next sentence; written by a psychologist to the general reader"),
], g='H')
P("https://www.curechronicinsomnia.com/over-the-counter-sleeping-pills/", "insomnia coaching site: over-the-counter sleeping pills and melatonin", [
 ("However, it is important to note that melatonin is NOT a natural sleeping pill or some miracle pill.", "", "", "debunking"),
 ("However, there is no evidence to suggest melatonin helps chronic insomnia1.", "", "", "footnote marker '1' is a citation"),
 ("Melatonin can interact with many different medications, including diabetes medication, contraceptive drugs, immunosuppressants and more3", "", "", "footnote 3"),
 ("You can find it in grocery and drugs stores, normally in a dose of 3mg though I HIGHLY RECOMMEND speaking with a pharmacist or doctor if you are taking any medications to confirm there will not be any harmful interactions with melatonin.", "", "P", ""),
 ("Everyone who reached for over the counter (OTC) sleeping pills when they first couldn’t sleep, say “I”!", "heading: Over the Counter Sleeping Pills", "", ""),
], g='A')
P("https://bettersleepnaturally.wordpress.com/2017/04/26/how-do-i-get-off-melatonin/", "sleep blog Q&A: how do I get off melatonin", [
 ("Good call for trying to get off this.", "answer to a reader who wants to stop melatonin", "", "melatonin is a non-prescription supplement here; not medication advice"),
 ("Over-the-counter sleep aids like melatonin are not recommended by the official clinical guidelines from the American Academy of Sleep Medicine because they have not been proven effective or safe for treating chronic insomnia.", "", "", "attributed"),
 ("Your best advice on this will come from a doctor who examines you and knows your medical history, contraindications, and any other issues.", "", "P", "hard call: steers the reader to a doctor"),
 ("In your case, a tapering strategy under the supervision of a healthcare professional is a good idea.", "", "P", ""),
 ("Be confident you’ll get all the melatonin you need from just living a healthy sleep supportive lifestyle.", "", "", "hard call: reassurance about a supplement, not a cure or safety claim"),
], g='B')
P("https://www.beautyintensified.com/uncategorized/how-to-stop-sleeping-pills/", "sleep-aid affiliate blog: how to stop taking sleeping pills", [
('This is a bigger problem than we give it credit for, and it’s something that needs to be stopped sooner rather than later.', 'about dependence on sleeping pills or habit-forming supplements', 'M', "hard call: tells readers the pills 'need to be stopped', no consult caveat"),
 ("Unfortunately, there are millions of people in America alone who are only able to sleep with the use of such aids or supplements.", "", "S", "no source"),
 ("With patience and discipline, anyone can permanently stop using those pills quite easily.", "", "C", "hard call: guarantee for everyone ('anyone ... permanently ... quite easily') about stopping sleeping pills"),
 ("If you don’t have any lead on what could be the cause of your anxiety, it may be wise to consult with a professional.", "heading: 1. Understand The Problem", "P", ""),
 ("With something like this, cold turkey isn’t recommended.", "heading: 2. Slowly Take The Necessary Steps To Stop", "", "warning against stopping abruptly"),
 ("Instead, you should strive to lower the dosage more and more each night, until you are taking only a very small fraction of what you were once taking.", "heading: 2. Slowly Take The Necessary Steps To Stop; the consult sentence is in step 1", "M", "hard call: tells the reader to cut the dose of sleeping pills (often prescribed) with no consult caveat in the same or next sentence"),
], g='S')
P("https://freedomhealthnews.com/featured/stopping-this-drug-cold-turkey-can-burn-you/", "health newsletter site: stopping PPI heartburn drugs cold turkey", [
('But you still might consider getting off the PPI because of the four main dangers of the drug:', '', 'M', 'hard call: urges readers to come off a PPI, no consult caveat (the tapering steps above have none either)'),
('Dementia – people who take PPIs are 1.5 times more likely to develop severe memory problems.', 'list item', 'S', ''),
 ("Don’t just quit taking it, because your stomach has to adjust to all the new acid.", "standfirst", "", "warning against stopping abruptly"),
 ("But new research has come out linking PPIs to liver cancer and brittle bones as well as absorption issues with various nutrients.", "", "S", "'new research', no citation"),
 ("Tapering down may be the best strategy to get off PPIs.", "", "", "hard call: hedged framing ('may be'); the instruction follows"),
 ("A good tapering strategy is to reduce your dosage 50% per week.", "", "M", "tells the reader how to cut a PPI dose, no doctor caveat in the same or next sentence"),
 ("Once you get to the lowest dose per week, then try quitting.", "", "M", "instruction to stop the drug, no caveat"),
 ("Taking a PPI nearly doubles your chance of developing pneumonia.", "list under: the four main dangers of the drug", "S", ""),
], g='N')
P("https://healthy-food-near-me.com/5-natural-solutions-for-hot-flashes", "content site: 5 natural solutions for hot flashes", [
 ("Other clinical studies4-5 have shown the usefulness of black cohosh in treating menopausal symptoms such as hot flashes, excessive sweating and insomnia.", "", "", "footnote markers 4-5"),
 ("In terms of dosage, standardized extracts of black cohosh are most often found in 20 mg tablets containing 1 mg of 27-deoxyactein: it is recommended to take up to 2 capsules twice a day.", "next paragraph ends: However, it is recommended to seek advice from a healthcare professional.", "", "hard call: 'up to' upper limit, and a professional caveat closes the section"),
 ("By making up the drop in estrogen caused by menopause, other plants such as soybeans, hops or officinal sage would be effective against hot flashes.", "", "", "hedged ('would be')"),
 ("However, it is recommended to seek advice from a healthcare professional.", "", "P", "passive recommendation"),
], g='G')
P("https://www.ivl.com/articles/health-blog/healthy-living-health-blog/black-cohosh-provides-safe-natural-relief-for-hot-flashes/", "supplement seller's blog: black cohosh provides safe, natural relief for hot flashes", [
 ("Black Cohosh Provides Safe, Natural Relief for Hot Flashes", "title", "C", "safety claim in a seller's title"),
 ("Several recent studies have confirmed that black cohosh provides safe, natural relief for menopausal symptoms including hot flashes and night sweats.", "", "CS", "'safe' stated as confirmed fact; 'several recent studies' with no citation"),
 ("Approximately 75% of menopausal women suffer hot flashes and for many the symptoms are so severe that they significantly impact quality of life.", "", "S", ""),
 ("Studies at the University of Maryland Medical Center showed that black cohosh might provide the same benefits as HRT without the negative side effects.", "", "", "hard call: hedged ('might') and attributed to a named institution; a swap framing but no instruction"),
 ("If you are suffering from hot flashes and night sweats talk to your holistic practitioner about the benefits of black cohosh.", "", "", "hard call: holistic practitioner, to discuss the product's benefits (not P, round 10 convention)"),
], g='S')
P("https://vinapk.com/archives/la-xpm-2002-nov-25-he-supp25-story.html", "repost of a newspaper supplement column: black cohosh for menopausal symptoms", [
 ("With warnings that hormone replacement therapy may be unsafe for long-term use, women are turning to natural remedies for relief from menopausal symptoms.", "", "", "reported behaviour"),
 ("Dose: Typically, 40 milligrams a day.", "", "", "descriptive 'typically'; the section ends: Seek a health-care provider’s advice on selecting a brand."),
 ("Precautions: The herb appears to be safe for up to six months and doesn’t appear to interact with drugs, but little is known about long-term use.", "", "", "hedged safety"),
 ("Dietary supplement makers are not required by the U.S. government to demonstrate that their products are safe or effective.", "", "", ""),
 ("Seek a health-care provider’s advice on selecting a brand.", "", "P", ""),
], g='N')
P("http://www.webmd.com/menopause/news/20061218/black-cohosh-bust-hot-flashes?page=2", "health news: black cohosh a bust for hot flashes (study)", [
 ("Millions of women have taken black cohosh to reduce hot flashes and other menopause-related symptoms, but the most rigorous study of the herbal supplement ever conducted shows no evidence that it works.", "", "", "the study is described with its authors (Newton and colleagues, Group Health Cooperative) in the article"),
 ("The researchers found no significant difference in the number of daily hot flashes experienced by women on any of the treatments, with the exception of hormone therapy.", "", "", "reported study finding with named researchers"),
 ("So what can women who don't want to take hormone therapy do to avoid hot flashes?", "heading: What Can You Do?", "", "question"),
 ("There is some evidence that certain antidepressants help some.", "", "S", "hard call: an evidence claim with no source in the sentence or paragraph"),
], g='N')
P("https://oorainbowoo.net/how-i-transitioned-off-melatonin-sleep-better-than-ever/", "personal essay (reposted): how I transitioned off melatonin", [
 ("At first, melatonin delivered what I’d been looking for.", "", "", "narrative"),
 ("When I learned that melatonin is a hormone available only via prescription in most other countries and that many experts warn against taking it long-term, I decided it was time to try something else.", "", "", "narrative"),
], g='B')
P("https://cnalifestyle.channelnewsasia.com/wellness/insomnia-sleep-problems-melatonin-addiction-327576", "news lifestyle article: people struggle to quit melatonin", [
 ("On TikTok, the hashtag #melatoninaddict has racked up more than a million views, with people swapping stories about craving the supplement, or being unable to sleep without it.", "", "", "social-media view count, not a health statistic"),
 ("He eventually went to a sleep therapist, who encouraged him to stop taking the supplement entirely.", "", "", "narrative"),
 ("“I just cut cold turkey,” he said.", "", "", "reported speech, narrative"),
], g='N')
