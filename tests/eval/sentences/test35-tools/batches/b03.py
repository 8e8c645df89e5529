from lib import P
# b03: hibiscus for blood pressure, cold plunges, antidepressant alternatives, red yeast rice, keto for epilepsy (queries 13-18)
P("https://regisdietitian.wordpress.com/2019/06/12/fb-article-hibiscus/", "dietitian's health-food shop blog: hibiscus for blood pressure", [
 ("Persons drinking hibiscus tea have lower blood pressure levels.", "", "", ""),
 ("The best blood pressure lowering results are seen in individuals drinking three cups of hibiscus tea daily over a period of three months.", "", "S", "hard call: research finding without source; descriptive, not a dose instruction"),
 ("We encourage all persons looking to NATURALLY lower blood pressure to follow their medical treatments as they introduce lifestyle changes.", "heading: What about my medication?", "", "adherence, not a consult prompt"),
 ("It is possible for persons to go off the daily anti-hypertension drugs but its very irresponsible for one with uncontrolled high blood pressure to not seek guidance before stopping medication.", "heading: What about my medication?", "P", "hard call: double negation prompting guidance before stopping"),
], g="S")
P("http://blueheronhealthnews.com/site/2014/12/08/delicious-tea-normalizes-blood-pressure-and-its-not-green-tea", "health newsletter article: hibiscus tea normalizes blood pressure", [
 ("In fact, two studies proved it as effective as blood pressure medications, without any side effects.", "", "CMS", "no side effects; swap framing against prescribed drugs (hard call for M); uncited studies"),
 ("A new study has proven that a cup of hibiscus tea three times a day keeps blood pressure medications away.", "", "MS", "hard call: tea presented as replacing blood pressure medicines; uncited study"),
 ("After four weeks, the blood pressure readings of all the patients were measured.", "", "", ""),
 ("Be aware, however, that just like medications, hibiscus is not a permanent cure.", "", "", "negated cure"),
 ("So you can reap the benefits from hibiscus by either drinking the tea or taking capsules.", "", "", ""),
], g="N")
P("https://spybriefing.com/blood-pressure-breakthrough-grows-garden", "newsletter repost: blood pressure breakthrough grows in your garden", [
 ("Turns out there’s an all-natural way to lower your blood pressure and reclaim your heart health.", "", "", ""),
 ("And new science shows it runs circles around a top blood pressure medication, hydrochlorothiazide, or HCTZ.", "", "MS", "hard call: swap framing against a prescribed drug; no source"),
 ("To prove this, researchers randomly assigned 75 participants with mild to moderate high blood pressure to three different groups.", "", "S", "hard call: study figures without source"),
 ("A simple flower can control your blood pressure better than one of Big Pharma’s leading blood pressure drugs.", "previous sentence: That’s right.", "M", "hard call: swap framing against prescribed blood pressure drugs"),
], g="N")
P("https://www.biteanddiet.in/readmore?id=63", "diet-plan service article: hibiscus and blood pressure", [
 ("It has been already proven that a positive change in diet and lifestyle can lower blood pressure as much as pills can, and sometimes even more.", "", "S", "proven, no source"),
 ("But this doesn't means that you should start taking medicine as soon as you discover that you are in this 130/80 range of high BP.", "", "", "hard call: matches lifestyle-first guidance for stage 1; not steering away from care"),
 ("Hibiscus tea is considered safe and well tolerated, and can be consumed regularly if you have fatty liver or chronically elevated high blood pressure or high cholesterol.", "", "", "hedged safety (considered)"),
 ("In one study, anthocyanins (which is an antioxidant) has been found to reduce blood pressure by a similar magnitude as captopril, a medicine which is used to treat high blood pressure.", "followed by a PubMed link", "", "cited"),
], g="G")
P("https://www.peoplespharmacy.com/2017/11/06/how-to-lower-blood-pressure-by-sipping-hibiscus-tea/", "syndicated health column: hibiscus tea and blood pressure", [
 ("Prompt action might help you avoid prescribed antihypertensive medicine.", "", "", "hedged"),
 ("He has been drinking three cups of Tazo Passion tea with hibiscus every day since then and his blood pressure has gone back to the normal range!", "reader's letter", "", "narrative"),
 ("It’s great to be able to avoid a medication.", "reader's letter", "", ""),
 ("In fact, a small study found that it has comparable effectiveness.", "paragraph carries citations (Nwachukwu et al, Indian Journal of Pharmacology, 2015)", "", "cited paragraph"),
], g="N")
P("https://www.guiltfreemind.com/stress-anxiety-depression/cold-plunge", "mental-health blog: cold plunge", [
 ("As someone who’s seen readers transform their routines with simple tools like this, I can tell you a cold plunge might be the reset you’ve been seeking.", "", "", ""),
 ("In this post, we’ll explore how cold plunge can support your mental health without any pressure or judgment.", "", "", ""),
], g="B")
P("https://www.charmcityintegrative.com/cold-plunge", "integrative clinic service page: cold plunge", [
 ("Cold water can help reduce inflammation in the body, which may be helpful for people with conditions such as arthritis or sore muscles.", "", "", ""),
 ("Cold water immersion therapy is not suitable for everyone, and it is important to be treated by a trained and experienced practitioner.", "", "", "hard call: the clinic's own service; practitioner not a medical professional as such"),
], g="H")
P("https://waltonfamilymoving.com/tag/antidepressant-alternatives", "scraped tag page: antidepressant alternatives", [
 ("Below you’ll find clear, real‑world options that don’t require a doctor’s pad, plus tips on how to use them safely.", "", "D", "hard call: offers options for depression that avoid a prescriber"),
 ("If any of that sounds familiar, trying a different route first can save you from unnecessary hassle.", "previous sentences: side effects, interactions and refills of prescription antidepressants", "D", "hard call: steers away from prescribed treatment"),
 ("Aim for 1,000 mg a day, split between EPA and DHA.", "list item: Omega‑3 Fatty Acids", "O", "no caveat in this item"),
 ("The usual dose is 300 mg three times daily.", "list item: St. John’s Wort; next sentence says to check with a pharmacist", "", "descriptive dose with a pharmacist caveat next"),
 ("Be careful: it can interfere with many prescription meds, so check with a pharmacist before you start.", "list item: St. John’s Wort", "P", ""),
 ("Roughly 2,000 IU daily is a common recommendation, but your doctor can fine‑tune it.", "list item: Vitamin D", "", "doctor caveat in the same sentence"),
], g="G")
P("https://brainsupplement.com/shop-by-effect/5-best-natural-antidepressants/", "brain-supplement shop page: 5 best natural antidepressants", [
 ("According to the World Health Organization, one in four people around the globe will experience some form of mental or neurological disorder at some point in their life.", "", "", "attributed"),
 ("The problem with these substances is that they take weeks to be effective while they can be addictive, and ridden with side effects.", "", "", "criticism of antidepressants without an instruction"),
 ("While treating depression and other mental illnesses always requires consultation with qualified healthcare professionals, and natural antidepressants are not as potent as the prescriptions ones, we believe it's important for everyone to have a full picture of all the available remedies out there.", "", "P", ""),
], g="S")
P("https://moodriselabs.com/blogs/blog/are-natural-mood-supplements-a-safe-alternative-to-medications", "mood-supplement brand blog", [
 ("Can natural mood supplements safely replace medications — or do they simply complement them?", "", "", "question"),
 ("Psychiatric medications can be life-saving, especially for severe depression, bipolar disorder, or panic disorder.", "", "", ""),
 ("Medications act directly on these chemicals.", "", "", ""),
], g="S")
P("https://bebrainfit.com/natural-antidepressants/", "brain-health blog with supplement affiliate links: natural antidepressants", [
 ("They often work faster, better, and with far fewer side effects than Rx drugs.", "previous sentence: These supplements and activities are very effective natural antidepressants.", "M", "hard call: swap framing against prescribed antidepressants"),
 ("It’s estimated that 1 in 8 adults now takes a prescription antidepressant.", "", "S", ""),
 ("The 14 natural antidepressants we’ll discuss have been shown to work as well as or even better than the usual drugs prescribed for depression — with far fewer side effects.", "", "MS", "hard call: swap framing; evidence claim without source"),
 ("But these drugs work for only about half of those who take them.", "", "S", ""),
 ("A team of researchers found SSRIs to be as hard to quit as highly addictive benzodiazepines.", "", "S", ""),
], g="S")
P("https://www.theyesdrink.com/pages/natural-mood-supplements-that-work", "drink brand page: natural mood supplements", [
 ("The primary mechanism researchers point to is saffron's influence on serotonin reuptake inhibition — similar in principle to how SSRIs work, but through a gentler, plant-derived pathway.", "", "", ""),
], g="S")
P("https://africanmangosupreme.com/425/mood-modification-7-effective-and-natural-antidepressants", "supplement shop blog: natural antidepressants", [
 ("300 million people suffer from depression today.", "", "S", ""),
 ("U.S. doctors overprescribe antidepressants, especially when there are better alternatives available.", "", "M", "hard call: swap framing against prescribed antidepressants"),
 ("Antidepressants come with side effects and users have a huge risk of developing an addiction.", "", "", ""),
 ("If you have depression but want to improve your mood in a natural way, consider going the holistic route.", "", "", "hard call: hedged suggestion ('consider')"),
 ("However, this has not yet been proven.", "about omega-3 treating depression", "", ""),
], g="S")
P("https://vitaminsage.com/red-yeast-rice", "supplement information site: red yeast rice", [
 ("Red Yeast Rice is a traditional Chinese medicine produced by fermenting rice with Monascus purpureus yeast that contains naturally-occurring monacolin K (identical to lovastatin) and other bioactive compounds which effectively lower LDL cholesterol by 15-25% through HMG-CoA reductase inhibition, with clinical evidence showing it reduces cardiovascular events and mortality while having fewer side effects than prescription statins.", "", "MS", "hard call: swap framing against statins; figures and evidence claim without source"),
 ("Red Yeast Rice (RYR) exerts its primary cholesterol-lowering effects through multiple bioactive compounds, with monacolin K being the most significant.", "", "", ""),
], g="G")
P("http://www.epilepsyresource.org/what-is-epilepsy/treatments/ketogenic-diet/", "epilepsy charity page: ketogenic diet", [
 ("The ketogenic diet can benefit some children with difficult to control seizures, or for whom the side effects of medication and/or surgery are considered unacceptable.", "", "", ""),
 ("This is a very special diet and requires the supervision of medical professionals and a dietitian.", "", "P", ""),
 ("Studies show that approximately one-third of children strictly adhering to the diet are seizure free or close to it, one-third experience a reduction in seizures, and one-third are unresponsive.", "", "S", ""),
], g="H")
P("https://www.webmd.com/epilepsy/news/20171205/diet-may-help-fight-epilepsy-when-meds-fail?src=RSS_PUBLIC", "health news (HealthDay): diet may help fight epilepsy when meds fail", [
 ("It found that about two-thirds of kids successfully controlled their seizures with a ketogenic diet.", "the study is described only as one of a pair of new studies", "S", "hard call: no journal or author named"),
 ("Most children with epilepsy can get control of their seizures with the first anti-seizure medication they try, according to the American Epilepsy Society.", "", "", "attributed"),
 ("\"Although medical therapy is our mainstay for treatment, ketogenic dietary therapy can be a very effective option,\" said Dr. James Wheless, a spokesman for the American Epilepsy Society.", "", "", ""),
], g="N")
