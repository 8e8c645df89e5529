from lib import P
P("http://fatsicktired.com/how-to-stop-migraines-natural-cures", "personal health blog: how to stop migraines with magnesium and vitamin B2", [
 ("How to Stop Migraines: The Magnesium and Vitamin B2 Method That Actually Works", "title", "", "hard call: efficacy claim without cure or guarantee wording"),
 ("These two game-changers have transformed my partner’s life, reducing her migraines from a crippling 2-3 times a week—something she suffered from for over 20 years—to just once every 4-6 weeks.", "", "", "narrative testimony, not a cure claim"),
 ("Here’s how you can do the same.", "", "C", "hard call: promises the reader the same result"),
], g='B')
P("https://renuerx.com/general-health/vitamins-and-supplements-to-try-for-preventing-migraine-headaches-naturally/", "pharmacy blog: vitamins and supplements for preventing migraines", [
 ("Do I Have To Take Medication For Migraines?", "heading", "", "question"),
 ("Experts recommend aiming for 400mg of the vitamin daily.", "heading: Try taking riboflavin", "", "hard call: reported expert recommendation; the article closes sections with doctor caveats"),
 ("One study found that 50,000IU weekly of vitamin D reduced the frequency of migraine attacks.", "", "S", "unnamed study"),
 ("Speak with a healthcare provider to check current vitamin D levels before starting a supplement.", "", "P", ""),
 ("Always check with a doctor before starting a CoQ10 supplement.", "", "P", ""),
], g='H')
P("https://miamihpc.com/post/understanding-the-limits-of-magnesium-and-riboflavin-in-migraine-management", "headache specialist practice blog: limits of magnesium and riboflavin for migraine", [
 ("This approach frequently relies on nutritional supplements as a conservative starting point, under the misconception that natural remedies should precede pharmacological interventions.", "", "", ""),
 ("Similarly, magnesium’s benefits have been contested, with one major study indicating a modest reduction of one migraine day after 12 weeks compared to a placebo, while another study found no benefits at all.", "", "S", "hard call: studies described but not cited"),
 ("The takeaway here is that magnesium and riboflavin may offer minimal relief for some individuals with chronic migraine.", "", "", ""),
], g='H')
P("https://www.licencetogrow.ca/the-girl-who-inspired-a-giant-cbd-movement-has-died-at-the-age-of-13/", "Canadian cannabis-growing business blog: the girl who inspired the CBD movement has died", [
 ("It is a rare condition that affects one in 20,000 to 40,000 people worldwide.", "", "S", ""),
 ("CBD was effective for Charlotte, and has done wonders for many others.", "", "", "no cure or safety wording"),
 ("What CNN may not disclose here particularly is that CBD has helped countless amounts of children manage their epilepsy, effectively, with no danger.", "", "C", "'with no danger' is a safety claim for children"),
], g='S')
P("https://www.naturesrangecbd.com/uncategorized/can-cbd-oil-have-an-effect-on-seizures-in-children/", "CBD seller's blog: can CBD oil have an effect on seizures in children", [
 ("Research has shown that seizure conditions can benefit greatly from CBD oil usage, including in children.", "", "S", ""),
 ("More and more parents are now turning to this alternative method in order to see their children live normal lives.", "", "", "reported behaviour"),
 ("However, such drugs prove to be ineffective in many patients and can make the seizures worse.", "about anti-epileptic drugs", "", "hard call: disparages prescribed drugs on a seller's page, no instruction to stop"),
 ("Research is ongoing but there is evidence that shows the oil can help to reduce seizures in children and adults with few side effects.", "", "", "hedged"),
], g='S')
P("http://www.kneepaintreatment.com/blog/arthritis-knee-pain/knee-arthritis-overview-and-the-best-non-surgical-treatments.html", "knee-pain treatment site selling a programme: knee arthritis and non-surgical treatments", [
 ("3 Step Arthritis Treatment Helps You Avoid Dangerous Knee Replacement Surgery", "title", "D", "hard call: title steers readers away from surgery as 'dangerous'"),
 ("Although you can’t cure your arthritis yet, you can cure your arthritis pain despite what doctors say.", "", "CD", "'you can cure your arthritis pain' (C); 'despite what doctors say' sets the reader against doctors' advice (D, hard call)"),
 ("The Inflammation Pain Cycle is extremely difficult to stop.", "", "", ""),
], g='S')
P("https://www.confidentialcures.com/p/don-t-fall-for-this-hearing-aid-scam", "doctor's newsletter (Substack-style): don't fall for this hearing-aid scam", [
 ("So-called “hearing specialists” are making the rounds of 55-plus senior communities in Florida and luring customers to their “practices” by promising them free gifts.", "", "", ""),
 ("What most hearing loss specialists won’t tell you is that hearing loss can be prevented, improved and even reversed by diet", "", "C", "hard call: reversal by diet presented as suppressed fact (heading-like line)"),
 ("But sadly, the hearing aid scam is far bigger than the schemes of unethical vendors.", "", "", ""),
 ("Hearing aids are also one of the biggest rip-offs in the health care system.", "", "", "hard call: distrust of hearing aids without telling the reader to avoid care"),
], g='N')
P("https://modernhealthnews.com/2018/09/20/the-best-ways-to-naturally-reverse-your-hearing-loss/", "health news-style site: best ways to naturally reverse your hearing loss", [
 ("Hearing loss affects 14% of the United States.", "", "S", ""),
 ("Many people think that the only way to deal with hearing loss is to invest in expensive hearing aids or submit to expensive surgery.", "", "", ""),
 ("However, there are more natural ways to restore your hearing that aren’t invasive.", "", "C", "hard call: restoring hearing presented as available fact"),
], g='G')
P("https://tips.today/health/hearing-loss/3-surprising-ways-to-reverse-your-hearing-loss/", "tips content site: 3 surprising ways to reverse your hearing loss", [
 ("An important caveat, however, is that it does depend on what caused the hearing problem in the first place.", "", "", ""),
 ("An important piece of research has indicated that menopausal women who underwent HRT (hormone replacement therapy), have between 10% and 30% worse hearing loss than women who did not.", "", "S", ""),
], g='G')
P("https://www.askdoctork.com/can-i-relieve-my-knee-pain-without-drugs-or-surgery-201304244726", "doctor's syndicated Q&A column: relieving knee pain without drugs or surgery", [
 ("I’ve been pain-free ever since.", "after: Finally, I needed a hip replacement.", "", "narrative"),
 ("The standard treatment for osteoarthritis usually consists of anti-inflammatory and pain medications, along with weight loss and physical therapy.", "", "", ""),
 ("If you’re overweight, make weight loss a priority.", "", "", ""),
], g='N')
P("https://philnigromd.com/faqs-i-have-knee-arthritis-what-things-can-i-do-to-help-my-pain-that-do-not-involve-surgery", "orthopaedic surgeon's FAQ: knee arthritis pain without surgery", [
 ("One thing I believe very strongly is that specific exercises for the knee can help substantially in people with arthritis.", "", "", ""),
 ("This can help delay pain from arthritis in the knee in up to 75% of people.", "", "S", "hard call: the surgeon's own clinical claim, no source"),
 ("In some cases I will send patients to a physical therapist for a tailored program that can be done at home.", "", "", "narrative of the doctor's practice"),
], g='H')
