from lib import P
P("https://www1.cbn.com/content/what-you-should-know-saying-yes-cholesterol-lowering-statin-drugs", "Christian news site: what to know before saying yes to statins", [
 ("What You Should Know Before Saying 'Yes' to Cholesterol-Lowering Statin Drugs", "headline", "", "hard negative: cautionary headline, no stop or swap instruction"),
 ("Statins are the most widely prescribed drugs in history.", "", "", "hard call: ranking claim without a figure; not counted as a statistic (same call for the other 'most widely prescribed/abused' lines this round)"),
 ("But these enormously popular drugs are controversial, with a growing number of doctors saying many people who currently take them should not be on them.", "", "", "reported view of doctors, not an instruction to the reader"),
], g="N")
P("http://thediabetesrepair.com/how-diabetes-causes-ed-which-diabetes-is-inherited.html", "diabetes content site: can diabetes be reversed, cinnamon", [
 ("If you learn to live a healthier lifestyle and stay with it for your remaining years, then yes it can be reversed.", "next: This assumes you realized your diagnosis early and you are able to get your A1c below 6%.", "", "hard call: conditional and hedged in the next sentences, not a guarantee"),
 ("As a popular food additive, cinnamon seems safe when consumed at doses of a few grams per day.", "", "", "hedged safety; descriptive amount, not an instruction"),
 ("There are no published long-term studies with cinnamon that inform us whether chronic consumption of high doses is safe.", "", "", ""),
 ("Histological studies of the pancreas in type 2 diabetes consistently show an ∼50% reduction in number of β-cells compared with normal subjects (66).", "", "", "citation marker (66)"),
], g="G")
P("https://www.droracle.ai/articles/790655/can-a-liquid-solution-made-from-natural-ingredients-reverse", "AI medical answer site: natural liquid solutions cannot reverse type 2 diabetes", [
 ("Natural Ingredient Solutions Cannot Reverse Type 2 Diabetes", "heading", "", "negation"),
 ("Weight loss of ≥5% through calorie reduction and lifestyle modification provides significant benefit for overweight or obese adults with type 2 diabetes 2, 1", "", "", "reference markers 2, 1"),
 ("Dietary supplements like berberine and other herbal products lack FDA oversight for standardization in active ingredient content and quality control 1", "", "", ""),
], g="G")
P("https://www.preventivemedicinedaily.com/?p=26539", "health content site: can you reverse type 2 diabetes without metformin", [
 ("Type 2 diabetes can potentially be reversed through lifestyle changes like low-carb diets, regular exercise, and weight loss without medications.", "summary box", "", "hedged ('can potentially')"),
 ("Even a 10% weight loss can help reverse type 2 diabetes and improve how the body responds to insulin.", "summary box; no citation in the box", "S", "hard call: quantitative finding with no source in its paragraph"),
 ("Research shows that people with type 2 diabetes can potentially reverse their condition through diet changes, exercise, and weight loss without using metformin or other medications.", "paragraph carries a citation: Studies have found that diabetes reversal is possible[1] ...", "", "hard negative: 'research shows' but the paragraph cites [1]; reported finding, not an instruction to drop metformin"),
 ("While type 2 diabetes cannot be cured completely, many individuals have successfully reached normal blood sugar levels through dedicated lifestyle changes.", "", "", ""),
 ("Many people can achieve diabetes reversal through lifestyle changes alone, without relying on medications like metformin.", "heading: Can You Reverse Type 2 Diabetes Without Metformin?", "", "hard call: descriptive possibility, not a swap instruction; next sentence says success depends on several factors"),
], g="G")
P("https://dibesity.com/reverse-type-2-diabetes-naturally/", "diabetes and obesity content site: tips to reverse type 2 diabetes naturally", [
 ("While there isn’t a magical “cure” button to treat type-2 diabetes, there is still a lot that can be handled.", "", "", "negation"),
 ("You can have a diabetes-free life by following some simple healthy habits.", "", "C", "hard call: unqualified promise of a diabetes-free life"),
 ("According to one study published in the journal Diabetes Care, 46% of participants with T2DM achieved remission by following a weight management program for a year. [Ref]", "", "", "named journal, 'according to', [Ref]"),
 ("Even a minimal weight loss of 5-7% is enough to improve insulin sensitivity.", "heading: 1. Lose extra weight", "S", "no source in the paragraph"),
], g="G")
P("https://theanswerbank.co.uk/Body-and-Soul/Question1570406-1.html", "UK Q&A forum: answer about coming off metformin by weight loss", [
 ("As a result i lost over 6 stone in about 3 years and the Metformin came down from 4 to 3, then 2, 1 and now i don't take any at all.", "forum answer", "", "narrative of the writer's own reduction"),
 ("I actually had a blood test a couple of weeks back and saw the nurse this week where i was informed that my blood-sugar level has crept up slightly but still no need for the reintroduction of the Metformin.", "forum answer", "", "narrative"),
 ("Once your stomach is educated into taking less sugar in, managing Diabetes Type 2 is, imho, quite easy.", "forum answer", "", "opinion, no instruction"),
], g="F")
P("http://hinomedicalcenter.com/chelation-therapy/", "medical center page offering chelation therapy", [
 ("It effectively clears arteries, removes plaque, treats heavy-metal poisoning such as lead poisoning or iron overload, increases blood flow and reduces the risk of cardiovascular disease.", "", "C", "hard call: unqualified claim that chelation removes arterial plaque (reversal of atherosclerosis) on a clinic page"),
 ("Chelation Therapy is a chemical procedure that involves the administration of chelating agents into the bloodstream in order to bind the molecules of heavy metals and/or minerals, hold them tightly and remove them from the body.", "", "", "definition"),
], g="A")
P("http://health.learninginfo.org/chelation-therapy.htm", "health content site: what is chelation therapy", [
 ("What is Chelation Therapy?", "heading", "", "question"),
 ("Chelation therapy can also be used to reduce or remove calcium-based plaque from the linings of the blood vessels, easing the flow of blood to vital organs and tissues.", "", "C", "hard call: unqualified claim that chelation removes arterial plaque (reversal), same call as the clinic pages"),
], g="G")
P("https://northamptonintegrativemedicine.com/services-we-offer/services-for-illness/chelation-therapy-for-heart-and-vascular-diseases/", "integrative medicine clinic: chelation therapy for heart and vascular diseases", [
 ("Chelation Therapy for Heart and Vascular Diseases is a therapy that can open up blocked arteries in people with heart disease, or blockage in the blood vessels which feed the brain (causing strokes) or legs (claudication).", "", "C", "hard call: clinic claims the therapy reverses arterial blockage, no hedge in the sentence"),
 ("It is considered “experimental” by some, but is supported by a significant body of medical literature.", "next: It has been supported by many studies in the medical literature, including a recent multi-center trial by the National Institutes of Health.", "S", "hard call: 'significant body of medical literature' with no reference; the NIH trial is named without date or publication"),
 ("It has been supported by many studies in the medical literature, including a recent multi-center trial by the National Institutes of Health.", "", "S", "hard call: 'many studies' with an institution but no date, journal or link"),
], g="A")
P("https://exploreholistic.com/modality/edta-chelation/", "holistic practitioner directory: EDTA chelation", [
 ("Considered anecdotal, some doctors and complementary health practitioners have successfully used chelation therapy to treat heart disease and stroke by reopening arteries clogged with plaque.", "", "", "hard call: reported use, flagged as anecdotal"),
 ("Once the EDTA binds to the calcium, the plaques are swept away as the medicine moves through your bloodstream and excreted through your urine.", "", "C", "hard call: mechanism stated as certain that ends in eliminating plaque (round 10 convention)"),
 ("This less expensive alternative to coronary artery bypass surgery, angioplasty, and other conventional medical treatments remains controversial and is usually not covered by health insurance.", "", "", "hard call: names it an alternative to surgery but calls it controversial; no steering"),
], g="A")
P("http://disc.yourwebapps.com/discussion.cgi?disc=149495;article=141666;", "discussion board post quoting a report on chelation for heart disease", [
 ("Chelation therapy — long a treatment for mercury and lead poisoning — isn't a proven treatment for heart disease, and it can be dangerous when used as a heart disease treatment.", "forum post", "", "debunking"),
 ("Once the medicine binds to the calcium, the plaques are swept away as the medicine moves through your bloodstream.", "forum post | previous: The theory behind using chelation therapy for heart disease is that ... | next: However, no studies have shown this happens", "", "hard negative: reported theory, debunked in the next sentence"),
 ("The American Heart Association doesn't recommend chelation therapy as a treatment for heart disease, and the Food and Drug Administration hasn't approved chelation therapy for use as a heart disease treatment", "forum post", "", ""),
], g="F")
