# sent39 batch 4: tongkat ali and maca dosing pages, ayurvedic male-fertility pages, collagen powders, children's
# gummy vitamins.  Labelled from the stored excerpt (search tool, corpus pages).
from lib import P

P("https://tongkatfitness.com/en-GB/pages/tongkat-ali-dosage", "tongkat ali seller's dosage guide", [
 ("To increase your testosterone level with TKA 1:200 Tongkat Ali extract, we advise taking the full recommended dosage of three capsules per day as follows:", "list follows: one 400mg capsule morning, midday and night", "O", "seller dose instruction, no caveat"),
 ("Tongkat Ali should be taken in this dosage until you feel your testosterone has reached the desired level.", "", "O", "hard call: duration tied to the dose above"),
 ("When using Tongkat ali for low testosterone, it is best to start with the increasing cycle until you feel your symptoms subsiding, keep using the increasing cycle for another four days and then move to one of the Maintenance Cycles listed below.", "", "O", "hard call: self-treatment schedule for low testosterone"),
 ("Method 1: Take one capsule first thing in the morning and a second capsule at night.", "heading: Maintenance Cycle (400mg capsules)", "O", ""),
 ("Method 2: Use one capsule per day, taken last thing at night, with one day off every four days.", "", "O", ""),
 ("The Maintenance Cycles shown above can be used indefinitely.", "", "C", "hard call: unqualified assurance that indefinite use is safe"),
 ("We have formulated this guide from our first-hand experience using Tongkat Ali extract over many years.", "", "", ""),
], g='S')

P("https://akarali.com/how-to-cycle-tongkat-ali/", "tongkat ali seller's blog on cycling", [
 ("The most common Tongkat Ali cycle is to take four weeks ON and one week OFF.", "", "", "descriptive cycle, no amount"),
 ("There has been increasing positive feedback from cycling Tongkat Ali on forums such as Reddit.", "", "", ""),
 ("As a result, many users reported better gains from cycling Tongkat Ali compared to continuous long-term consumption without breaks.", "", "", "reported user feedback"),
], g='S')

P("https://blogili.com/should-you-cycle-tongkat-ali-or-take-breaks-a-simple-routine-guide/", "blog platform post by a herbal brand on tongkat ali cycling", [
 ("Tongkat ali supplements are not intended to diagnose, treat, cure, or prevent any disease.", "", "", "disclaimer"),
 ("If you are under 18, take medication, have liver concerns, have a hormone-sensitive condition, are pregnant or breastfeeding, or manage any diagnosed health issue, speak with a qualified healthcare professional before using tongkat ali.", "", "P", ""),
 ("The safest beginner rule is simple: follow the label first.", "", "", ""),
], g='S')

P("https://wise-geek.com/how-do-i-determine-the-appropriate-maca-dosage.htm", "general reference site on maca dosage", [
 ("The regular maca dosage recommended by nutritionists for most people is 500 mg to 600 mg a day; however, the appropriate dosage for any individual is determined by hormone levels, diet, and health benefits wanted.", "", "", "descriptive dose"),
 ("Foods generally can be taken in copious amounts without harmful side effects, and since maca is considered a food, many claim that there is no possibility of overdose.", "", "", "reported claim"),
 ("Some people find keeping a written record of their body’s daily response while increasing or decreasing in 300-mg increments a day is an ideal way to hit to right dosage level.", "", "", "hard call: reported practice, not an instruction"),
], g='G')

P("https://livenaturallymagazine.com/supplements/maca", "natural products retail magazine on maca", [
 ("Maca is considered safe, although Peruvian natives believe the root may have adverse health effects when eaten fresh and therefore recommend boiling and drying it.", "", "", "hedged ('is considered')"),
 ("Be sure to follow relevant directions on product labels, and consult your pharmacist, physician or other healthcare professional before using.", "", "P", ""),
], g='N')

P("https://prokg.org/tag/maca-supplement", "content site on maca supplements", [
 ("A common beginner dose is 1 gram (about a half‑teaspoon) per day.", "previous sentence: Start low.", "O", "hard call: the section tells the reader to start at this dose"),
 ("If you feel good after a week, you can increase to 2–3 grams.", "", "O", "escalation instruction; the thyroid doctor caveat is in a later paragraph and only for thyroid issues"),
 ("If you have thyroid issues, talk to a doctor before you begin, because maca contains goitrogens that can affect thyroid hormone production.", "", "P", ""),
 ("Users often report steadier energy, better mood, and fewer hot flashes during menopause.", "", "", "reported"),
], g='G')

P("https://zhenla.top/2021/09/27/the-correct-maca-dosage-for-adults/", "copied personal blog post on maca dosage", [
 ("I typically take about 1 tablespoon of my maca per day, but with some of the others I had to take 2 or 3 to get a similar effect.", "", "", "narrative"),
 ("There are no known contraindications for using maca and I’m pretty sure it would be difficult to over do it, but as it is a powerful herb culturally unknown to most of us, it’s better to start small.", "", "", "hard call: 'no known contraindications' is hedged in the same sentence ('start small')"),
 ("This is even more important if you are using maca therapeutically to build muscle, have a baby, boost your energy or increase your hormones.", "", "", ""),
], g='B')

P("https://summerstirs.com/how-much-maca-powder-should-i-put-in-my-smoothie", "recipe/content site on maca in smoothies", [
 ("A serving size of about one teaspoon, or approximately 3 grams, is a great entry point.", "", "", "hard call: serving size in a recipe context"),
 ("For instance, if you’re primarily interested in maca’s potential to influence hormonal regulation, sticking with about one tablespoon daily can help maintain consistent levels in your system for optimal results.", "", "O", "hard call: amount and frequency advised for a hormonal aim"),
], g='G')

P("https://www.icgi.org/how-much-maca-powder-should-i-take-for-hormone-balance", "content site on maca for hormone balance", [
 ("Start Low: Begin with a low dose, such as 1 gram (approximately 1/2 teaspoon) per day.", "", "O", ""),
 ("Studies suggest maca may improve sperm quality and motility in men and potentially support ovulation in women.", "", "S", "'studies suggest' without a source"),
], g='G')

P("https://stablejoys.com/benefits-of-ashwagandha-for-male-fertility/", "content site on ashwagandha for male fertility", [
 ("And this is where some of the Ayurveda takes up on some of the normal prescribed doctor medications that work on symptom level but not on the level of root.", "", "M", "hard call: swap framing against prescribed medicines (round 10 convention)"),
 ("Ashwagandha in one of the highest recommended dosage for this problems and has proven solutions for the male fertility.", "", "C", "hard call: 'proven solutions' stated as fact"),
 ("It is an aphrodisiac which studies have proved that can increase the sperm count and can add to sperm quality, improving biological composition of semen and adds to sperm motility as well.", "", "S", ""),
], g='G')

P("https://www.selfgrowth.com/articles/causes-and-herbal-remedies-for-low-sperm-count-mobility", "self-help article site on herbal remedies for low sperm count", [
 ("Researchers find that men who spent more than four hours a day on their cell phones had lower sperm counts, less motile sperms and more irregularly shaped sperms than men who did not use cell phones.", "", "S", ""),
 ("A study done at Michael Busk Sorensen and published in MHR Basic science of Reproductive Medicine in 1999 showed that Zinc concentrations are crucial for adequate sperm mobility.", "", "", "author, journal and year"),
], g='G')

P("https://ayurvedamagazine.org/ayurveda/articledetail/1383/Here-s-the-Ayurvedic-way-to-combat-male-infertility-by-increasing-sperm-count-and-motility-", "ayurveda magazine article on male infertility", [
 ("Infertility is estimated to affect 8%–12% of reproductive-age group couples (60–80 million couples) worldwide, with around 15–20 million (25%) in India alone.", "", "S", ""),
 ("The drawbacks of the current treatments include their side effects, ambiguous clinical effectiveness, increased cost, fear of loss of hope during a lengthy medical procedure that takes time, and the necessity for additional therapy in case of failure.", "", "", "hard call: criticism without steering"),
 ("According to a report by the World Health Organization, one in every six couples in developing countries is affected by infertility.", "", "", "attributed"),
], g='N')

P("https://store.rajanimd.com/blogs/news/best-way-to-start-collagen-powder-collagen-powder-2023-update", "doctor's online store blog on collagen powder", [
 ("For example, some studies have shown that collagen supplements can improve skin health by reducing the appearance of wrinkles and increasing skin hydration.", "", "S", ""),
 ("Collagen supplements may also be effective for reducing inflammation and improving joint health in individuals with conditions such as osteoarthritis.", "", "", "hedged"),
], g='S')

P("https://sportyjones.com/news/is-gelatin-a-cheap-alternative-to-collagen-supplements/", "lifestyle news site on gelatin and collagen", [
 ("Research has found that by the time we hit 25, our body’s ability to produce collagen slows and the pace at which it is lost speeds up.", "", "S", ""),
 ("If you want to improve your skin plus potentially keep osteoarthritis and joint pain at bay, topicals aren’t the solution.", "", "", ""),
], g='N')

P("https://bagsnob.com/stop-wasting-your-money-on-collagen-powder/", "fashion/lifestyle blog on collagen powder", [
 ("“People think if they eat collagen it’s going to lead to more collagen in their skin but that’s absolutely not true; I wish it was that simple!” exclaims celebrity dermatologist Dr. Dennis Gross.", "", "", "quoted debunking"),
 ("As soon as I took a closer look at my maca powder jar and saw that it can cause birth defects, I was turned off from adding any and all powders and various other supplements to my juices and smoothies.", "", "", "narrative"),
], g='B')

P("https://gummies.icu/what-age-can-babies-have-gummy-vitamins", "gummy-vitamin content site on children's vitamins", [
 ("When it comes to giving vitamins to children, it is important to wait until they are at least 4 years old, unless their doctor recommends otherwise.", "", "", "hard call: the doctor is mentioned as an exception, not a prompt to consult"),
 ("It is generally safe for children to start taking vitamin gummies once they can chew solid foods, usually around 2 or 3 years old.", "", "", "hedged ('generally')"),
], g='G')

P("https://uhealthies.com/can-children-take-elderberry-or-vitamin-c-gummies-daily/", "content site on children's elderberry and vitamin C gummies", [
 ("According to a report by the CDC, over one-third of children in the united States use dietary supplements, with vitamins being the most common type.", "", "", "attributed"),
 ("Dietary supplements must be distinguished from medications; they are not intended to treat or cure diseases but to supplement dietary gaps.", "", "", "negation"),
], g='G')
