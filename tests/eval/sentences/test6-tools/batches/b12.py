from lib import P
P("https://downtherope.com/cause-of-all-diseases-is-same/", "lifestyle blog: the cause of all diseases is the same", [
 ("Similarly, when you get any disease in your body like stones, you try to throw them out forcefully by operating them.", "", "", ""),
 ("So, the best way to treat stones is not to feed them for some days.", "next: It means FASTING.", "D", "hard call: fasting presented as the best treatment instead of surgery for kidney stones"),
 ("By fasting, they will automatically leave your body and will never come back.", "", "C", "guarantee of a cure"),
 ("Natural curing methods of mother nature do not suppress any disease inside your body rather throw them out permanently.", "", "C", ""),
], g='B')
P("https://www.practo.com/healthfeed/treatments-for-kidney-stones-28176/post", "doctor-booking portal health feed (ayurveda practitioner): kidney stones", [
 ("“One size fits all” rule seldom works in Ayurveda.", "", "", ""),
 ("Hence, Ayurvedic medicines are ultraprecise, custom made and natural and hence have no side effects.)", "", "C", "'no side effects'"),
], g='H')
P("https://www.astrogle.com/ayurveda/kidney-stones-their-curing-methods-in-ayurveda.html", "astrology/lifestyle portal: kidney stones, curing methods in ayurveda", [
 ("Drinking dirty water, floride mixed water, consuming vegetables and grains cultivated using chemicals, excess intake of medicines, stopping body excretions with pressure and also thyroid dysfunction forms kidney stones.", "", "", ""),
 ("If its clean without excess foam, foul smell and without any traces of black/brown material then your kidneys are safe.", "heading: How to test kidney stone formation (a home urine check)", "D", "hard call: a home look at urine replaces medical testing"),
 ("You need to continue this treatment for atleast 15 days and test your urine in above method again on 16th day to find it clean.", "", "C", "hard call: promises the urine will be clean after 15 days"),
 ("** Repeating this method for 15 days per year throughout lifetime will always keep our kidneys clean, no matter you have stones in it or not.", "", "C", "guarantee"),
], g='G')
P("https://personalhealthcare.in/ayurvedic-remedies-for-kidney-stones/", "health content site: ayurvedic remedies for kidney stones", [
 ("Allopathy depends on surgery for removal of kidney stones.", "", "", ""),
 ("But Ayurveda has a professional plan of treatment which can bring about a certain cure of if rigorously followed.", "", "C", "'a certain cure'"),
 ("The use of Ajinod (Apium graveolems) in any form regularly is an excellent preventive and curative for kidney stones.", "", "C", "hard call: 'curative' without qualification"),
 ("A quantity of 1 to 1-1/2 gram of this `wheat-alkaloid’ taken every morning and evening with water cures kidney stones.", "", "CO", ""),
], g='G')
P("http://www.balajiayurved.com/ayurveda-remedies-for-piles-cure/", "ayurveda clinic/shop: remedies for piles cure", [
 ("Western countries have too adopted this healing method due to its non surgical treatment or non-side effect healing.", "", "C", "hard call: 'non-side effect healing'"),
 ("In order to eradicate this disease Ayurveda is a best healing method to embrace, as Ayurveda uproot the disease digging the root cause.", "", "C", "hard call: eradicates the disease"),
 ("Take the suggestion of a proper ayurveda expert before consuming this.", "", "P", "hard call: ayurveda expert counted as a practitioner"),
], g='A')
P("http://www.ayurvedretreat.com/piles.aspx", "ayurveda retreat page: piles", [
 ("Although hemorrhoids are thought of as unpleasant inflammations, we all have them.", "", "", ""),
 ("Ayurvedic diet, Panchakarma like Virechana - Basti and Arshoghna mixtures help the patients to recover from pain and discomfort without disturbing the architecture of rectum and to avoid surgery.", "", "", "hard call: 'help ... to avoid surgery' is a treatment claim, not an instruction to refuse surgery"),
], g='A')
P("https://shelbur10.wordpress.com/2012/02/12/the-story-of-a-stubborn-woman-and-modern-medicine/", "personal blog: a stubborn woman and modern medicine", [
 ("I don’t go to the doctor.", "", "", "narrative, first person"),
 ("And that’s when I realized that doctors don’t have all the answers.", "", "", ""),
 ("I’ve been back to my primary care doctor for a checkup one time since then, and the only reason I did that was to prove that I could get my blood pressure down without meds.", "", "", "narrative"),
], g='B')
P("http://sextech.com/uncategorized/confessions-of-an-impatient-patient", "humour column: confessions of an impatient patient", [
 ("Just don’t go anywhere near a doctor, and you will live longer.", "", "D", "hard call: humorous column, but an explicit instruction to avoid doctors"),
 ("Face it – you’ve got to die some day, so why not eat, drink, live merry, and raise a finger to the medical profession and their gleeful attempts to create paranoia.", "", "D", "hard call: humour"),
 ("Those people are sadists, I swear.", "", "", ""),
], g='B')
P("https://pullyourplantsup.org/blog/a-doctor-a-day", "plant-based blog: a doctor a day", [
 ("So here goes…unless your situation is an actual emergency at the expense of a major injury or due to an autoimmune disease there is NO REASON you should be seeing a doctor on a regular basis.", "", "D", ""),
 ("Broken bones, appendicitis, a hernia, disc issues etc., things of this sort can’t wait and won’t be alleviated through any mode of holistic healing or alternative medicine.", "", "", "caveat"),
 ("To clarify I’m not suggesting you rub coconut oil on a flesh wound, express gratitude towards the moon and hope for the best.", "", "", ""),
], g='B')
P("http://www.theawl.com/2012/10/medicine-is-for-sucker", "culture magazine blog: skip the check-up (quoting a Cochrane review report)", [
 ("Skip The Check-Up", "title", "D", "hard call: headline instruction; the body quotes a Cochrane review on general health checks"),
 ("—Oh, I feel so much better about not going to the doctor now.", "", "", "sarcasm"),
 ("Why waste time sitting in your underwear under fluorescent lights waiting for someone to berate you about your drinking and smoking habits?", "", "", "hard call: rhetorical question"),
], g='N')
P("https://prachodayat.in/date-diagnosis-treat-early", "personal blog: annual body check-up", [
 ("This research shows that annual body check up does not help in preventing diseases.", "the post ends with a link to the New York Times op-ed", "", "hard call: linked source on the page"),
 ("It is psychological fear trap.", "", "", ""),
 ("Any problem with body is well presented by body by symptoms.", "", "D", "hard call: tells readers symptoms will show any problem, so check-ups are not needed"),
], g='B')
P("https://community.agriculture.com/t5/Ag-Forum/New-health-care-recommendation/td-p/570807", "farm forum post quoting a newspaper op-ed on annual physicals", [
 ("Skip the check up, wait for symptoms.", "forum post mocking the op-ed: Have to get the peasants in the right frame of mind.", "", "hard call: sarcastic summary of the op-ed, not the writer's advice"),
 ("There is only one problem: From a health perspective, the annual physical exam is basically worthless.", "quoted newspaper op-ed", "", "quoted opinion"),
], g='F')
P("https://www.uncoached.com/i-dont-understand-people-who-dont-go-to-the-doctor/", "personal blog: I don't understand people who don't go to the doctor", [
 ("It’s not as if I was avoiding see my doctor.", "", "", ""),
 ("Seeing a doctor once every six months to a year isn’t such a sacrifice is it?", "", "", "question"),
 ("Just visit your doctor.", "", "P", ""),
], g='B')
