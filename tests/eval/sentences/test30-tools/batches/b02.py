from lib import P
# b02: H. pylori, macular degeneration, long COVID (q05-q08)
P("https://healthybluezone.com/how-to-defeat-h-pylori-naturally", "content site: How to Defeat H. Pylori Naturally", [
 ("Eradicating H. Pylori Naturally: A Comprehensive Guide to Restoring Gut Health", "heading", "C", "hard call: heading states natural eradication of an infection as fact"),
 ("While conventional medicine often turns to a triple or quadruple therapy involving multiple antibiotics and proton pump inhibitors, this approach, while sometimes effective, can wreak havoc on the delicate balance of the gut microbiome, leading to a cascade of other health issues.", "", "", "hard call: disparages standard therapy without telling the reader to stop or replace it (the swap framing comes in the next sentences)"),
 ("This definitive guide delves deep into the realm of natural H. pylori eradication, offering a comprehensive, actionable roadmap for restoring gut health and reclaiming your digestive well-being.", "", "C", "hard call: promises natural eradication"),
 ("Our focus is on holistic strategies that address the root causes of H. pylori overgrowth and empower your body’s innate healing capabilities, without the harsh side effects of pharmaceutical interventions.", "", "CM", "hard call: safety claim against drugs (C) and swap framing set against antibiotic therapy (M, round 10 convention)"),
], g="G")
P("https://biologyinsights.com/how-to-get-rid-of-h-pylori-without-antibiotics", "science content site: How to Get Rid of H. Pylori Without Antibiotics", [
 ("How to Get Rid of H. Pylori Without Antibiotics", "title", "CM", "hard call: how-to title promising to get rid of an infection without its prescribed treatment (round 16 convention for 'without drugs' titles)"),
 ("Standard medical treatment for H. pylori typically involves antibiotics.", "", "", ""),
 ("Many individuals seek alternative or complementary strategies to manage this infection, either alongside conventional treatments or as standalone approaches.", "", "", "reported behaviour"),
 ("Green tea, a widely consumed beverage, contains catechins that exhibit antibacterial properties against H. pylori and can help reduce peptic ulcers.", "heading: Dietary Modifications", "", "treatment claim without cure wording"),
], g="G")
P("https://water-for-health.co.uk/our-blog/2017/11/7-proven-natural-remedies-for-helicobacter-pylori", "blog on a supplement seller's site: 7 proven natural remedies for Helicobacter pylori", [
 ("The trouble is, antibiotics are not as effective as they used to be.", "", "", ""),
 ("In two recent studies, acid reflux drugs were found to more than double the risk of gastric cancer and liver disease (1)", "", "", "footnote marker (1): cited"),
 ("Such side effects are easily avoided if you can get rid of H. pylori naturally.", "previous sentences: antibiotics less effective; PPIs' risks", "M", "hard call: swap framing on a seller's blog, natural treatment set against antibiotics and PPIs"),
 ("So common, in fact, experts say that 50% of the population of the world might have H Pylori (2)", "", "", "footnote marker (2): cited"),
 ("These risks mean that doctors waste no time in offering antibiotics and PPIs for people with an overgrowth of H. Pylori.", "", "", ""),
], g="S")
P("https://www.naturalmedicinejournal.com/journal/2015-05/successful-eradication-helicobacter-pylori-over-counter-products", "professional natural-medicine journal: observational study of OTC H. pylori remedies", [
 ("Successful Eradication of Helicobacter pylori With Over-the-counter Products", "title", "", "hard call: title of a reported chart review (subtitle: observational study of 39 patients), not a product claim"),
 ("Natural agents such as bismuth, mastic gum, and oil of oregano may achieve the therapeutic goal of eradication without undue risks.", "abstract", "", "hedged ('may')"),
 ("The results indicate this combination is a feasible strategy for many patients who elect not to take antibiotics.", "abstract", "", "first-party study finding, hedged"),
 ("Still, fewer than 20% of those infected develop ulcers, and fewer than 2% develop stomach cancer.3", "", "", "footnote 3: cited"),
], g="N")
P("https://cbnurse.com/how-to-cure-h-pylori-naturally/", "health content site (medical author and reviewer named): How to cure h pylori naturally", [
 ("How to cure h pylori naturally", "title", "C", "hard call: how-to cure title; the body says natural remedies cannot eradicate it"),
 ("H. pylori are responsible for 80% of gastric ulcers and 90% of duodenal ulcers.", "", "S", "no source"),
 ("Natural remedies have been effective in inhibiting the growth of H. pylori; however, they cannot completely eradicate the presence of H. pylori.", "heading: Natural treatments", "", "negation of eradication"),
 ("Before trying out natural remedies, it is better to consult your doctor for their appropriateness.", "heading: Natural treatments", "P", ""),
 ("Natural remedies shouldn’t replace medical therapy and should be tried as alternative therapy only.", "heading: Natural treatments", "", ""),
], g="G")
P("https://samkurnalo.flynero.com/natural-remedies-for-eliminating-helicobacter-pylori-and-protecting-stomach-health", "blog-host article: Natural Remedies for Eliminating Helicobacter Pylori and Protecting Stomach Health", [
 ("Natural Remedies for Eliminating Helicobacter Pylori and Protecting Stomach Health", "title", "C", "hard call: title promises elimination of an infection by natural remedies"),
 ("According to the World Health Organization, over half of the global population may be infected with H. pylori, making it one of the most common bacterial infections worldwide.", "", "", "'according to' WHO: cited"),
 ("While effective in many cases, these treatments can also bring side effects, including diarrhea, nausea, and antibiotic resistance, which is an increasing global concern.", "", "", ""),
 ("Because of these drawbacks, interest in natural medicine and holistic remedies has grown significantly.", "", "", "reported trend"),
], g="B")
P("https://www.maryvancenc.com/how-to-get-rid-of-h-pylori/", "nutrition coach's blog: how to get rid of H pylori", [
 ("It’s estimated that 80-100% of those with duodenal ulcers and 70% of people with gastric ulcers have H pylori.", "", "S", "no source"),
 ("How to Cure H Pylori", "heading", "C", "hard call: how-to cure heading"),
 ("Though you can take a course of strong antibiotics to knock it out, most of my clients opt for a more natural treatment.", "", "", "hard call: reports clients' choice; the instruction comes two sentences later"),
 ("It’s also very important to note that many H pylori strains are resistant to antibiotics, which is why I favor an herbal approach.", "", "M", "hard call: practitioner's swap framing, herbs instead of antibiotics"),
 ("You can get rid of H pylori without antibiotics!", "", "CM", "hard call: elimination promised (C) without the prescribed antibiotics (M, swap framing)"),
 ("Up to 50 percent of the world’s population is infected (more prevalent in developing countries).", "heading: What is H Pylori?", "S", "no source"),
], g="A")
P("https://www.medicalnewstoday.com/articles/reversing-macular-degeneration-naturally", "health news/consumer site: reversing macular degeneration naturally", [
 ("Currently, it is not possible to reverse or cure macular degeneration with natural remedies or prescription medications.", "", "", "negation"),
 ("However, natural supplements may help prevent or slow the condition’s progression.", "", "", "hedged"),
 ("It typically progresses slowly over time and affects about 8 out of 10 people with AMD.", "about dry AMD", "S", "no citation visible in the paragraph"),
 ("Therefore, it is advisable for a person to attend regular eye exams.", "", "P", "hard call: eye exams imply an eye professional"),
 ("If they notice any distortion, they should contact their eye doctor.", "", "P", ""),
], g="H")
P("https://aprendervalor.com/how-to-reverse-macular-degeneration-naturally/amp", "scraped copy of a health article: How to reverse macular degeneration naturally", [
 ("How to reverse macular degeneration naturally", "title", "C", "hard call: how-to title states natural reversal; the first sentence of the body says it is not reversible"),
 ("At present, there is no cure for macular degeneration.", "", "", "negation"),
 ("They cannot reverse macular degeneration, but they can prevent it from worsening.", "", "", "hard call: clinical statement about treatments, negates reversal"),
 ("It is important to meet with an ophthalmologist if a person notices a decline in their vision.", "", "P", ""),
], g="G")
P("https://www.hearthjunction.com/health-conditions/reverse-macular-degeneration-naturally", "content site: Can You Reverse Macular Degeneration Naturally?", [
 ("Can You Reverse Macular Degeneration Naturally? Evidence-Based Insights", "title", "", "question"),
 ("AMD affects an estimated 11 million people in the United States, gradually damaging the macula, a critical area of the retina responsible for central sharp vision.", "", "S", "no source"),
 ("No natural remedy or supplement can “reverse” existing macular damage.", "", "", "negation"),
], g="G")
P("https://www.earthclinic.com/cures/macular_degeneration-editors-choice.html", "alternative-health site: Macular Degeneration - Editor's Choice", [
 ("This article will explore the top-researched natural remedies and supplements for macular degeneration backed by scientific studies.", "", "", ""),
 ("The Age-Related Eye Disease Study (AREDS) was a major clinical trial conducted by the National Eye Institute that found a specific combination of antioxidants and minerals to be effective in reducing the risk of advanced AMD by about 25%.1", "", "", "named study and footnote: cited"),
 ("Vitamin C: 500 mg", "list: original AREDS formulation contains", "", "product contents, not a dose instruction"),
 ("Several studies suggest that increased dietary intake of lutein and zeaxanthin, or supplementation, may help reduce the risk of AMD. 4, 5", "", "", "footnotes 4, 5: cited"),
], g="A")
P("https://covid19.onedaymd.com/2022/09/long-covid-treatment-protocol-september.html", "doctor's blog/clinic site: Long COVID Treatment Protocol (2023)", [
 ("As of May 8, 2023, federal data published by the US CDC found that 15.1% (National Estimate) of adults who previously had a COVID-19 infection are currently experiencing symptoms of long COVID.", "", "", "attributed to CDC data with a date"),
 ("Post-COVID recovery clinics are being launched nationwide to address this still-growing need.", "", "", ""),
 ("Multiple studies have shown that the SARS-CoV-2 spike protein is a highly toxic and inflammatory protein, capable of causing pathologies in its hosts.", "", "S", "'multiple studies have shown' with no citation"),
], g="B")
