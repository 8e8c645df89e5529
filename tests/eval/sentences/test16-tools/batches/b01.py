from lib import P
# b01: lupus/hydroxychloroquine, "nature's Ozempic", fibromyalgia/Lyrica, warts
# (healthunlocked lupus-support thread dropped before the build: the domain is used by the thyroiduk thread in b02)
P("https://simplymindfulwellness.com/2020/05/01/how-i-live-without-hydroxychloroquine/", "personal wellness blog: How I live without hydroxychloroquine (lupus)", [
 ("The answer to any drug being necessary or not is yes… you always have a choice.", "heading: Can I have lupus and not take hydroxychloroquine?; next: your physician is the best person to help you", "", "not an instruction; the next sentence points to the physician"),
 ("HOWEVER, your physician is the best person to help you understand the drugs available and what they feel is the best path for treatment.", "heading: Can I have lupus and not take hydroxychloroquine?", "", "hard call: states the physician is the best source, no prompt to consult (round 12: 'your doctor can answer your questions' is not P)"),
 ("I used some basic diet (at that time it wasn’t targeted) and movement to start to control my symptoms along with a lot of different types of supplements to have the same effect as hydroxychloroquine.", "", "", "narrative of the writer's own choice"),
 ("There are significant side effects with long term use, including permanent damage and retinal toxicity.", "", "", ""),
], g="B")
P("https://upload.democraticunderground.com/1017682427", "forum post: going off hydroxychloroquine prescribed for lupus", [
 ("I didn't want to go to any doctors office in 2020, and so I decided to see how it went to go off the drug.", "", "", "narrative"),
 ("So after watching this video, I now have a better understanding of what all the drug does (and I think I made the right decision to stop taking it).", "", "", "narrative of own decision, not advice to readers"),
 ("I saw that it cost my insurance company over $300/month for this drug which I took twice daily.", "", "", "personal cost, not a statistic"),
], g="F")
P("https://www.newzealandrabbitclub.net/what-happens-if-i-stop-taking-plaquenil-for-lupus/", "scraped content page: What happens if I stop taking Plaquenil for lupus?", [
 ("The most common scenario is that your lupus symptoms may return or worsen, and you may experience a flare.", "", "", ""),
 ("It is important to note that Plaquenil is not a cure for lupus, but rather a treatment that can help manage the condition.", "", "", "negation"),
 ("For instance, lupus patients are at higher risk of developing infections, cardiovascular disease, osteoporosis, and mental health issues.", "", "", "comparative without a figure or study claim"),
], g="G")
P("https://www.rheumondemand.com/lupus-treatment", "rheumatology practice page: lupus treatment", [
 ("Hydroxychloroquine is a safe medication.", "next: A rare yet problematic complication of long-term use ... is an injury the retina", "", "hard call: a rheumatologist's clinical statement, qualified by the next sentence on retinal injury"),
 ("The risk of this occurring is one in 5000 patients, around 5 years after the initiation of therapy, therefore all patients on hydroxychloroquine must see an ophthalmologist at least annually.", "", "PS", "figure without citation; prompt to see an ophthalmologist"),
 ("In order to minimize flares, patients are recommended to avoid sun exposure and/or apply sunscreen with SPF 100 and reapplied every four hours if they remain outdoors.", "", "", "sunscreen, not a medicine dose"),
 ("Maintaining an appropriate vitamin D level has been shown to:", "followed by a list (bone health, may prevent heart disease ...)", "S", "hard call: 'has been shown' with no citation"),
], g="H")
P("https://supportnac.org/article/natures-ozempic-what-the-science-says", "article: Nature's Ozempic? What the science says", [
 ("The product is usually berberine, and the internet has crowned it nature's Ozempic.", "", "", "reported nickname"),
 ("Nothing sold in a supplement aisle works the way a GLP-1 drug works.", "", "", "debunking"),
 ("They hold that lock open far longer and far more forcefully than any plate of food ever could, which is why trials show average losses in the range of 30 to 50 pounds compared with placebo.", "", "S", "trials cited without source"),
 ("These are real medicines for a real disease, and for a great many people they are the correct choice.", "", "", ""),
], g="G")
P("https://faynutrition.com/post/natures-ozempic-does-berberine-really-work", "dietitian-service brand blog: Nature's Ozempic: does berberine really work?", [
 ("Berberine supplements may offer modest weight loss of about 4-5 lbs", "heading: Key Points", "S", "figure without citation in the key points"),
 ("Americans spend over $33 billion on weight loss products and services each year.", "", "S", ""),
 ("Plus, many prefer not to jump into injectable medications, wanting to try potentially simpler options first.", "heading: When Ozempic is not an option", "", "reported preference"),
], g="S")
P("https://makismd.substack.com/p/ozempics-serious-side-effects-have", "doctor's newsletter blog: Ozempic's serious side effects have people looking for 'Nature's Ozempic'", [
 ("Ozempic isn’t approved for weight loss but that's a famous side effect, so some doctors have been prescribing it off-label for that purpose.", "", "", ""),
 ("The most common include nausea, diarrhea, vomiting, stomach pain and constipation, according to Novo Nordisk, the company that makes both Ozempic and Wegovy.", "", "", "attributed"),
 ("People have to keep taking semaglutide for the drug to keep working — otherwise, they’ll regain much of the weight, studies have shown.", "", "S", "'studies have shown' without citation"),
 ("people who received weekly semaglutide injections lost an average of about 15 pounds after three months and about 27 pounds after six months, which translates into about a 5-pound weight loss per month.", "previous line: From a 2022 study by Ghusn et al:", "", "cited (author and year)"),
], g="B")
P("https://digital-stage.newsnationnow.com/health/what-is-natures-ozempic-the-trendy-weight-loss-supplement", "news: What is 'nature's Ozempic'? The trendy weight loss supplement", [
 ("Posts calling it “nature’s Ozempic” have racked up millions of views on TikTok as users claim it can help with weight loss.", "", "", "reported"),
 ("Small studies found berberine can decrease blood glucose and cholesterol, and improve insulin resistance, the Wall Street Journal reported.", "", "", "attributed to a named newspaper"),
 ("While some studies on berberine have suggested the supplement can help with blood glucose and cholesterol, researchers warn that the connection to weight loss is premature and that lifestyle changes like exercise and healthier eating could be responsible for users who reported losing weight.", "heading: Does it work?", "S", "hard call: 'some studies have suggested', no citation in the paragraph"),
], g="N")
P("https://moneyfrontiers.com/the-truth-about-nature-s-ozempic/", "content site: The truth about 'Nature's Ozempic'", [
 ("Some tout a so-called \"generic\" Ozempic available from compounding pharmacies.", "", "", ""),
 ("She said: 'Don’t think you will just drop pounds by taking this.", "", "", "quoted caution"),
 ("In the past 20 years, a growing body of research has shown that berberine may help regulate blood sugar and lower cholesterol.", "heading: What berberine is good for you and what it's not", "S", "research claim without citation"),
], g="G")
P("https://www.fibromyalgia-treatment-options.com/lyrica-for-fibromyalgia.html", "condition content site: Lyrica for fibromyalgia", [
 ("It's a potential habit forming drug so its use should be closely monitored by your doctor.", "", "", "hard call: describes doctor monitoring, no prompt to the reader to consult"),
 ("It's extremely important not to take more than you're prescribed and not to suddenly stop its use.", "", "", "warning against stopping"),
 ("Many people have noticed improvements in just one week.", "", "", "no figure"),
], g="G")
P("https://www.drugs.com/fibromyalgia.html", "drug information site: fibromyalgia treatment options", [
 ("Take twice daily, start low and gradually increase if necessary to a maximum of 225mg twice a day.", "table row: Lyrica (pregabalin) capsules. Prescription only.", "", "hard call: prescription-only drug in a treatment table; the row itself says prescription only"),
 ("In one study 68% of those using 300mg daily and 78% of those using 450mg daily noticed some improvement.", "section carries references: Busch, 2002; Pfizer Lyrica Product Label, June 07", "", "hard call: section cites its references"),
 ("At least as important as medicines are exercise, cognitive behavioral therapy (changing thought patterns) and education.", "", "", ""),
], g="H")
P("https://goldenleafacupuncture.com/blog/tcmpt-vs-medication-for-fibromyalgia/", "acupuncture clinic blog: TCM vs medication for fibromyalgia", [
 ("Studies of patients suffering from Fibromyalgia used brain scans to demonstrate that these individuals’ brains process pain differently than most brains.", "", "S", "study claim without citation"),
 ("If your physician recommends that you try this drug, you may consider receiving acupuncture treatments also, in order to control the illness and limit the amount of the drug you require.", "", "", "hard call: hedged add-on, not an instruction to change the dose"),
 ("For a patient unable to take this medication, a combination of oriental medicine, gentle physical therapy, and appropriate nutritional support may be the preferred means to combat your pain, faitgue, and associated symptoms.", "", "", "hedged, for patients unable to take it"),
], g="A")
P("https://drdavidheadblog.com/201/fibromyalgia-and-the-drug-%E2%80%9Clyrica%E2%80%9D", "chiropractor's blog: Fibromyalgia and the drug Lyrica", [
 ("For many patients, it may be best to try more conservative non-pharmacological and non-invasive treatments first.", "", "", "hard call: hedged ('may be best'), about trying other options first, not stopping a drug"),
 ("In one study, 14% of patients discontinued use because of adverse effects.", "", "S", ""),
 ("Many scientific studies have shown the effectiveness of chiropractic care for patients with low back pain.", "", "S", ""),
 ("It also has a very low risk for side effects or adverse reactions.", "", "", "hedged ('very low risk'), not 'no risk'"),
], g="A")
P("https://knoji.com/article/relief-fibromyalgia-pain-with-lyrica/", "content site: Relieve fibromyalgia pain with Lyrica", [
 ("In regards to treating fibromyalgia, Lyrica has been shown to have about 30 to 50 percentage of effectiveness.", "", "S", ""),
 ("Also, numerous clinical studies have revealed that the use of Lyrica can help relieve widespread, chronic muscle pain in as early as 7 days among certain individuals.", "", "S", ""),
], g="G")
P("https://222health.com/conditions-treatments/warts/6706.html", "content site: The best home treatment for warts", [
 ("Physicians rely largely on freezing, cutting and burning to get rid of warts.", "", "", ""),
 ("Instead of depending on these invasive and often painful removal methods, consider using a home treatment probably already in your kitchen pantry, apple cider vinegar.", "", "D", "hard call: steers readers away from physicians' treatment to vinegar"),
 ("Apple cider vinegar is a highly acclaimed, inexpensive and effective treatment for warts.", "", "", "efficacy without cure wording"),
 ("As the acid destroys the wart root, it usually turns black and then falls off.", "", "", "hedged ('usually')"),
], g="G")
P("http://www.chinamountainwind.com/warts-on-face-cost-effective-and-natural.html", "content farm: home cures for warts on face", [
 ("There are three popular home cures for warts on face which are often mentioned and used by many folks.", "", "", "hard call: reports popular remedies"),
 ("By simply rubbing the blueberry peel on the affected part, the wart will vanish within two weeks.", "", "C", "guaranteed result"),
 ("Warts are contagious and as a result, people are recommended to treat them immediately.", "", "", ""),
], g="G")
P("https://oyunrehberleri.com/?p=1629", "scraped content page: home remedies for wart removal", [
 ("Not all methods are equal, and not every “miracle cure” on the internet will deliver results — but understanding why some work and others don’t can save you both time and frustration.", "", "", "debunking"),
 ("Avoid using it on open wounds or sensitive skin, and never use it on your face or genitals without medical advice.", "heading: Caution: (apple cider vinegar)", "P", "double negation"),
 ("Garlic isn’t just for flavor — it’s a natural antiviral, antifungal, and antibacterial agent.", "", "", ""),
], g="G")
