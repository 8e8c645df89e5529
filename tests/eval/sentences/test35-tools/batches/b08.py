from lib import P
# b08: fasting and cancer, raw milk safety, 5-HTP products (queries 41-43)
P("http://www.xtremecuztoms.net/tag/home-workout/", "scraped tag page: fasting and cancer stories", [
 ("In addition to its weight loss benefits, research has found that fasting also plays a role in cancer prevention and treatment.", "", "S", ""),
 ("In the two inspiring stories below a stage IV cancer patient achieved remarkable success in fighting and eliminating cancer through fasting, and a Japanese physician who…", "", "C", "hard call: endorsed story of eliminating cancer by fasting"),
], g="G")
P("https://books.brightlearn.ai/The-Natural-Cure-for-Cancer-A-Holistic-Path-4209c7da2-en/page12.html", "online book page: The Natural Cure for Cancer", [
 ("Today, we’re rediscovering what ancient cultures and wise healers already knew: fasting doesn’t just cleanse the body; it can starve cancer cells while strengthening the immune system.", "", "", "hard call: 'can' claim without cure wording"),
 ("Unlike the failed, profit-driven ‘war on cancer’ that has left millions suffering under chemotherapy’s brutal side effects, fasting offers a natural, self-directed path to healing.", "", "D", "hard call: steers readers from chemotherapy to self-directed fasting"),
 ("When you fast, your cells shift into cleanup mode, breaking down and removing damaged components -- including precancerous and malignant cells.", "", "C", "hard call: certain removal of malignant cells"),
 ("Research confirms that autophagy not only slows tumor growth but can also enhance the body’s ability to recognize and destroy cancer cells.", "", "S", ""),
 ("The cancer industry, of course, won’t tell you this -- because there’s no profit in teaching people how to heal themselves.", "", "", "distrust without an instruction"),
], g="G")
P("https://www.secondopinionnewsletter.com/Health-Alert-Archive/View-Archive/1551/If-you-must-have-chemotherapy-use-this-free-treatment-to-stop-the-side-effects.htm", "doctor's health newsletter: fasting before chemotherapy", [
 ("You may know that I'm not a big fan of chemotherapy in cancer treatment.", "", "", ""),
 ("Unfortunately, there are times when cancer patients must take chemotherapy.", "", "", ""),
 ("It's a secret that doesn't cost a dime, you don't have to see a doctor, and you don't have to take anything.", "the secret is fasting before chemotherapy", "D", "hard call: tells cancer patients they need not see a doctor about it"),
 ("According to a new study, fasting for two days before you have chemo will protect your health cells from the poison.", "previous sentence: That's right!", "S", "hard call: 'a new study' names no source"),
 ("The high dose killed 43% of the mice except one that didn't fast.", "", "S", ""),
], g="N")
P("https://marnieclark.com/category/breast-cancer-and-nutrition/fasting/", "breast-cancer coach's blog: fasting with chemotherapy", [
 ("Let me preface this by stating that if you are undergoing chemotherapy for breast cancer, you most definitely should consult with your doctor regarding your fitness to undertake this kind of fasting prior to doing so.", "", "P", ""),
 ("Now, I have to remind you that human studies are ongoing and the results won’t be known for a year or two.", "", "", ""),
 ("The short duration of this kind of fast eliminates the risk of nutrient depletion.", "", "C", "hard call: risk-free wording"),
 ("Fasting is known, however, to be beneficial for many disease processes, many natural therapists highly recommend fasting for detoxification and improvement of health.", "", "", ""),
], g="B")
P("http://webisa.webdatacommons.org/62346034", "web data snippet: raw milk from small dairies", [
 ("Small dairies that are raising happy cows\" that are allowed to roam on pasture, feed on grass, and are raised without the use of antibiotics and hormones, produce raw milk that is loaded with nutrition and free of pathogenic bacteria and other contaminants, the way milk was produced decades and centuries ago.", "list item", "C", "hard call: unqualified safety claim for raw milk"),
], g="G")
P("https://onecowrevolution.wordpress.com/2019/12/01/raw-milk-and-legislated-slavery/", "homesteading blog: raw milk", [
 ("Dear Heavens, if clean raw milk is bad for you, then fresh bread, motherhood and apple pie must be truly toxic.", "", "", ""),
 ("Milk is the complete super-food, and it comes with its own lifetime guarantee.", "", "", "hard call: figurative"),
 ("And you can forget the idea that making milk ferments is difficult, complicated, or requires purchased ingredients;  clean raw milk is good to eat or drink at whatever stage, in whatever form — fresh, clabber, buttermilk, whey, skim milk, yogurt, paneer, cottage cheese, hard cheese — so home dairy management is just a matter of knowing which of the farm’s species can make the best use of each product.", "", "C", "hard call: unqualified safety of raw milk at any stage"),
], g="B")
P("https://www.ehow.co.uk/how_8179248_5htp-properly.html", "how-to content site: how to take 5-HTP", [
 ("It is highly recommended that you contact your doctor to determine your appropriate dosage and to avoid any possible interactions with medications or health conditions that you may have.", "", "P", ""),
 ("The safe dietary supplement intake can range from 50 to 400 milligrams per day.", "", "", "range"),
 ("Ingest orally one to two capsules of 50-milligram 5-HTP pills one to four times daily depending on your needs.", "same how-to; an earlier step says to contact your doctor to determine your dosage", "", "hard call: doctor caveat in the same section"),
], g="G")
P("https://dradrianmd.com/store/pc/5htp-100mg", "doctor's online supplement store: 5-HTP product page", [
 ("Take 1 capsule 1 to 3 times daily, preferably on an empty stomach before bedtime, or as directed by your healthcare practitioner.", "", "", "caveat in the same sentence"),
 ("If you are taking any of these medications or if you are planning any surgical procedures, consult your healthcare\npractitioner prior to using this product.", "", "P", ""),
 ("Individuals with a history of cardiac conditions, use only under the direction of your healthcare practitioner.", "", "P", ""),
], g="S")
