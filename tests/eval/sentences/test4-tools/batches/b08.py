from lib import P
P("https://radicalhealing.info/tag/pcos/", "alternative-health blog tag page: PCOS", [
 ("Berberine as an alternative to Metformin", "post title", "M", "hard call: headline offering a supplement as a substitute for a prescribed drug (test3 convention)"),
 ("However 3 clinical trials from Chinese researchers suggest that Berberine, a substance found in several plants and historically used medicinally, is as good or better than Metformin.", "next sentence: Summaries of the 3 studies and their references are listed below.", "", "references given right below"),
])
P("https://www.pristines.com/blogs/health-aging-tips/berberine-a-natural-over-the-counter-substitute-for-metformin", "supplement brand blog: berberine, a natural over-the-counter substitute for metformin", [
 ("Berberine: A Natural Over-the-Counter Substitute for Metformin", "post title", "M", "hard call: seller's headline presenting a supplement as a substitute for a prescribed drug"),
 ("Berberine's therapeutic efficacy in clinical trials positions it as a potentially valuable over-the-counter drug, presenting a natural and holistic approach to wellness.", "paragraph carries a citation: (Och et al., 2022, Shrivastava et al., 2023)", "", ""),
 ("Over-the-Counter Availability: Unlike metformin, which requires a prescription, berberine is often available as a dietary supplement without the need for a doctor's approval.", "", "", "hard call: availability presented as an advantage, not an instruction to skip the doctor"),
])
P("https://www.tribdem.com/your-blood-thinner-may-have-its-roots-in-a-field-of-cows/article_8ac1d098-fbbf-11ec-a39e-7f72b708ae82.html", "newspaper syndicated doctor column: your blood thinner may have its roots in a field of cows", [
 ("I wonder if I can stop taking it and go on something natural, such as tea or something else.", "reader letter", "", "reader's question"),
 ("Answer: Please don’t.", "", "", "warning against stopping"),
 ("Life-threatening bleeding can occur if doses are even a little too high.", "", "", ""),
 ("Still, the dose needs to be precise and personalized for you by your doctor.", "", "", "statement about who sets the dose, not a prompt"),
])
P("https://www.leanmachine.net.au/healthblog/blood-thinners/", "Australian supplement seller's health blog: blood thinners", [
 ("However, if blood cannot clot properly, a hemorrhagic stroke (brain bleed) can happen, and around 10% of strokes are this type, many of those due to an overdose of warfarin or similar blood-thinning medication.", "", "S", ""),
 ("So one must use caution and common sense for using any prescription and/or natural blood thinner.", "", "", ""),
 ("Prescription blood thinners are normally anticoagulants or antiplatelets, and are commonly prescribed to seniors if doctors presume the patient is at risk for a blood clot, particularly for DVT (Deep Vein Thrombosis).", "", "", ""),
])
P("https://www.droracle.ai/articles/152271/what-are-natural-alternatives-to-anticoagulant-blood-thinner-medications", "clinician-facing AI Q&A: natural alternatives to anticoagulant medications", [
 ("Natural alternatives to anticoagulant medications, such as omega-3 fatty acids, garlic supplements, ginger, turmeric, vitamin E, and nattokinase, can be considered, but should never replace prescribed blood thinners without medical supervision.", "", "P", "double negation"),
 ("- Garlic supplements (600-1200 mg daily of aged garlic extract) containing allicin that may inhibit platelet aggregation", "same section: ... should never replace prescribed blood thinners without medical supervision", "", "hard call: dose list with a supervision caveat in the same section, clinician-facing"),
])
P("https://us.firenews.video/health-news-today/doctor-these-5-foods-thin-the-blood-and-unclog-the-vessels-eat-one-of-them-every-day/", "health news aggregator: doctor, these 5 foods thin the blood", [
 ("You may want to talk to your doctor about the following natural remedies that have been reported to help thin the blood.", "", "P", ""),
 ("Never take these natural remedies instead of or with your prescribed blood thinners without first talking to your doctor.", "", "P", "double negation"),
 ("1. Garlic: Garlic is a natural blood thinner that has been shown to have anti-clotting effects.", "", "S", "'has been shown', no source"),
])
P("https://agogoayonews.com/2020/05/23/suffering-from-blood-clotting-this-is-what-can-help-you/", "Ghanaian news blog: suffering from blood clotting? this is what can help you", [
 ("It is important to speak with a doctor before trying these natural remedies, as they may interfere with some drugs prescription.", "", "P", ""),
 ("Taking a daily dose of turmeric spice may help maintain the anticoagulant status of their blood.", "", "", "no amount"),
 ("It is unclear how much vitamin E thins the blood, although a person needs to take more than 400 International Units (IU) per day.", "", "", "hard call: threshold described, not an instruction to take it"),
])
P("https://herbscientist.com/natural-blood-thinners", "herbal supplement site: natural blood thinners", [
 ("By itself it may be harmless.", "", "", ""),
 ("Estimates are that every year up to 100,000 people die from DVTs and PEs in the U.S.", "", "S", ""),
])
P("https://theepochtimes.com/health/4-powerful-natural-blood-thinners-to-combat-heart-disease-5477764", "newspaper health viewpoint column: 4 powerful natural blood thinners to combat heart disease", [
 ("Heart disease is the leading cause of death worldwide and has been the leading cause of death in the United States for more than a century.", "", "S", "hard call: uncited ranking figure"),
 ("Thankfully, many plants, foods, and other natural compounds can help thin the blood naturally.", "", "", ""),
])
