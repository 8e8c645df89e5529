from lib import P
# b07: elderberry and St John's wort doses, blood pressure drug scepticism, NAC for hangovers (queries 37-40)
P("https://tdkr07202012.com/elderberry-dosage-recommended-amount-for-adults-with-flu", "content site: elderberry dosage for adults with flu", [
 ("For adults, a common guideline suggests taking 300 mg of elderberry extract standardized to contain 15% anthocyanins, two to four times daily.", "heading: Standard dosage guidelines; the section also says to check the product label", "", "descriptive 'common guideline' with a label caveat"),
 ("Always check the product label for specific dosage instructions, as formulations can vary.", "", "", "label caveat, not a professional"),
 ("It is advisable to consult with a healthcare provider before starting any new supplement, especially if you have underlying health conditions or are taking other medications.", "", "P", ""),
 ("While generally safe for most adults, some may experience side effects such as gastrointestinal discomfort.", "", "", "hedged safety"),
], g="G")
P("http://www.2014wycc.co.za/ega2je/d914c8-st-john%27s-wort-tincture-dosage", "scraped spam page: St John's wort tincture dosage", [
 ("The standard dose for St. John’s wort is 300 milligrams, three times daily.", "", "", "descriptive 'standard' dose"),
 ("Meta-analyses of quality clinical trials support a place for St. John's wort in the treatment of depression as mono- or adjunctive therapy.", "", "S", "hard call: no reference marker on this sentence"),
 ("Dosage: 2-5g dried herb, or 2-3 tablets (1.5g standardised), or 2-3ml of 1:2 LE or 7.5-15ml of 1:5 tincture, per day (8)", "", "O", "hard call: consumer-facing daily amounts; the (8) is a source for the figures, not a professional caveat"),
], g="G")
P("https://healthlinewithpari.wordpress.com/category/hyperforin/", "personal health blog: St John's wort", [
 ("Typical dose is 900 g, taken in 300 mg doses three times a day.", "", "", "descriptive 'typical' dose; consult prompt in the next sentence"),
 ("Many potential drug interactions, so talk to your health-care provided before taking it.", "", "P", ""),
], g="B")
P("https://www.ubezwlasnowolnienie.pl/strawberry-ice-hkmw/st-john%27s-wort-tincture-dosage-c429c2", "scraped spam page: St John's wort tincture dosage", [
 ("Recommended adult dosage: 10-30 drops OR 1/8 -1/4 tsp 3 times per day in juice or water.", "", "O", ""),
 ("It is the safest option and has fewer or negligible side effects.", "", "C", "hard call: 'safest' and 'negligible side effects'"),
 ("Those who deal with depression must take 1 teaspoon of St. John’s Wort tincture and mix it with half glass of water.", "", "O", "amount and route; the frequency follows"),
 ("The solution must be consumed before every meal, 3 or 4 times per day.", "", "O", ""),
 ("It shows similar results as standard antidepressants but has fewer side effects.", "", "M", "hard call: swap framing against antidepressants"),
 ("Disclaimer: Information provided on this website is not intended to diagnose, prevent, treat, or cure any disease.", "", "", "disclaimer"),
], g="G")
P("https://festivalbike.pt/ethylene-oxide-wdmkc/8e8fe1-st-john%27s-wort-tincture-dosage", "scraped spam page: St John's wort tincture dosage", [
 ("I just started taking 1800MG of St John's Wort (That's the recommended dose on the bottle) for my severe OCD and anxiety.", "", "", "narrative"),
 ("St John's wort is usually available in 300 mg capsules.", "", "", "product contents"),
 ("In the third and fourth week, take 300 mg morning and 600 mg evening.", "", "O", ""),
 ("If you are about to undergo surgery, stop taking St. John's wort two weeks before surgery because it may prolong the effect of general anesthesia.", "", "", "supplement, not a prescribed medicine"),
], g="G")
P("http://www.highcholesterolfoods.net/highbloodpressure/", "content site: high blood pressure and drugs", [
 ("Roughly 6 out of every 10 people who get heart attacks have NORMAL blood pressure readings and a very large percentage of them were taking high blood pressure drugs.", "", "S", ""),
 ("Normal blood pressure brought about by taking medications is no guarantee that you will not suffer a heart attack.", "", "", ""),
 ("In fact a study in Europe suggested that people who had high blood pressure readings lived longer with fewer complications, if they did NOTHING at all about it, compared to people using hypertension medications.", "", "S", "hard call: reported study without source; no instruction"),
 ("Call me cynical if you like, but wherever there’s a fortune to be made by prescribing drugs, I question whether those drugs are really totally necessary in the first place.", "", "", "distrust without an instruction"),
 ("High blood pressure is not really a disease, it’s more a symptom of something underlying.", "", "", ""),
], g="G")
P("https://nutriplus.com.ph/blogs/news/what-is-nac-and-how-does-it-prevent-hangovers", "supplement shop blog: NAC and hangovers", [
 ("It is best recommended to take NAC as a “pre-tox” about thirty minutes before your first alcohol intake.", "", "", "timing without an amount"),
 ("Although a majority of people find NAC effective, it is still best to consider visiting your medical practitioner.", "", "P", "hard call: soft prompt"),
 ("However, to relieve the symptoms of a hangover, it is recommended to take NAC at 600 mg for every three drinks consumed.", "heading: Mind Your Doses", "O", "seller's dose"),
 ("Note: The intake should be prior to drinking and not after alcohol consumption because it is dangerous.", "", "", ""),
], g="S")
P("http://www.bruisesandcalluses.com/2015/08/n-acetyl-cysteine-anti-hangover-miracle.html", "personal sports blog: NAC, the anti-hangover miracle", [
 ("N-Acetyl Cysteine: The Anti-Hangover Miracle", "title", "C", "hard call: 'miracle' remedy title"),
 ("Acetaldehyde is basically a poison, closely related to formaldehyde.", "", "", ""),
], g="B")
P("https://ntro.it.com/how-to-take-nac-when-drinking-a-guide", "content site: how to take NAC when drinking", [
 ("According to research from 2021, taking NAC (N-acetylcysteine) before drinking was associated with fewer self-reported hangover symptoms in female participants.", "", "S", "hard call: a year alone is not a citation"),
 ("Timing is critical: Take NAC approximately 30-60 minutes before your first drink to be most effective.", "heading: Key Points", "", "timing without an amount"),
 ("Consult a doctor: Discuss NAC with a healthcare professional, especially if you take other medications or have pre-existing health conditions.", "heading: Key Points", "P", ""),
 ("Use with moderation and hydration: NAC is not a replacement for responsible drinking.", "heading: Key Points", "", ""),
], g="G")
P("https://capsulyte.com/blogs/hangover-prevention/nac-and-alcohol-a-science-backed-combo-for-hangover-prevention", "hydration-supplement brand blog: NAC and alcohol", [
 ("It’s not a cure-all (there’s no such thing as a perfect hangover cure!), but adding it to your pre-drinking routine could help you feel better the next morning.", "", "", "negated cure"),
 ("In addition to neutralizing free radicals, which are implicated in many chronic diseases, research shows that NAC supplementation can reduce damage to liver cells in those with non-alcoholic fatty liver disease, which can also make it easier for the body to break down toxins in the long run.", "", "S", ""),
 ("However, research has not yet proven that NAC can actually prevent or “cure” hangovers.", "", "", ""),
], g="S")
