from lib import P
P("https://thefullest.com/2019/02/could-you-should-you-would-you-free-birth/", "wellness magazine: could you, should you, would you free birth", [
 ("Women choose this path because it is the only way to ensure the chance of having an undisturbed, normal, physiological birth — which is inarguably optimal for the vast majority of mothers and babies.”", "quoting the founders of a free-birth group", "", "hard negative: reported speech of a free-birth group"),
 ("Laura Shanley, author of Unassisted Childbirth is a birth consultant, author, and speaker who states: “Drugs, machinery, and medical personnel are not only unnecessary in most cases, they are also no match for a woman’s own intellect and intuition.", "", "", "hard negative: attributed quotation, not the magazine's own instruction"),
 ("Free birth is essentially welcoming your baby earthside with (or without) whomever you choose, wherever you wish, and however you’d like.", "", "", "description, no steering"),
 ("Whether you agree with this practice or not, the growing trend of unassisted child-birthing is on the rise not only in the US, but also in the UK, Finland, Sweden, and Australia.", "", "", ""),
], g="N")
P("https://www.babygaga.com/15-astonishing-reasons-unassisted-births-are-becoming-more-trendy/", "parenting content site: reasons unassisted births are becoming trendy", [
 ("These days as birth becomes more and more technologically minded and less about the mother and baby, more women are running for the hills (and their homes) to deliver their children completely on their own.", "", "", "reported trend"),
 ("While this practice is highly frowned upon and in some states even (basically) illegal, more and more women continue to pursue unassisted births.", "", "", ""),
 ("“Child birth is not a medical emergency.", "quoted mother", "", "hard negative: quoted opinion"),
 ("Many women end up birthing their children in a hospital because they believe their choices are limited to which doctor or which hospital.", "", "", ""),
], g="G")
P("https://nootriment.com/ashwagandha-dosage/", "nootropic supplement content site: ashwagandha dosage", [
 ("For centuries, an Ashwagandha dosage has been one of Ayurveda medicine’s cure-alls.", "", "", "historical description"),
 ("Ashwagandha is a potent stress-reliever and anxiolytic which is similar in effect to natural GABA.", "", "", ""),
 ("It exhibits strong anti-microbial properties, which allow it to root out harmful foreign bacteria.", "", "C", "hard call: mechanism stated as certain that ends in eliminating bacteria (round 10 convention)"),
], g="S")
P("https://calendar-australia.com/faq/how-much-magnesium-should-i-take-daily-for-migraines", "off-topic domain hosting scraped Q&A: how much magnesium for migraines", [
 ("The American Migraine Foundation suggest taking a 400–500 milligram (mg) supplement of magnesium oxide daily to prevent migraines.", "", "", "dose attributed to a named organisation"),
 ("When taken in very large amounts (greater than 350 mg daily), magnesium is POSSIBLY UNSAFE.", "", "", ""),
 ("Talk to your doctor before taking magnesium supplements.", "", "P", ""),
 ("Don't take more than 1,200 milligrams a day.", "", "", "upper limit"),
], g="G")
P("https://dawn.md/magnesium-supplementation/", "doctor's practice blog: magnesium supplementation", [
 ("Simply looking for dietary sources of magnesium is best for most of us.", "", "", ""),
 ("Some foods that are rich in magnesium include nuts (1oz of almonds contains 20% of your RDA of magnesium) seeds, whole grains, beans, leafy vegetables, milk, yogurt, dark chocolate and fortified foods are great dietary sources.", "", "", "nutrient content"),
 ("Magnesium oxide is inexpensive and easily encapsulated, but it acts as a laxative at higher doses so you should avoid it if you are already prone to stomach upset or diarrhea.", "", "", ""),
], g="H")
