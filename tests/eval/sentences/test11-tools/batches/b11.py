from lib import P
P("http://youcurehemorrhoids.com/hemorrhoid-removal/", "hemorrhoid remedy site: hemorrhoid removal", [
 ("Hemorrhoids can be cured permanently but you do not have to resort to surgery to do so.", "", "CD", "hard call: permanent-cure claim that also steers away from surgery"),
 ("The external hemorrhoids and the prolapsed hemorrhoids cannot be helped at all because of the large size of the hemorrhoids.", "", "", ""),
 ("You can either opt for surgery or use the effective home remedies.", "", "", "hard call: presents a choice, no instruction against surgery"),
 ("This procedure at the most takes only 30 minutes to perform but as usual there are post-operative risks and these include infection, bleeding, torn anal canal lining as well as the narrowing of the canal due to scarring and trauma to the rectal wall.", "", "", ""),
], g='G')
P("https://bright-healthcare.com/get-rid-of-hemorrhoids-once-and-for-all/", "health products company blog: how to get rid of a hemorrhoid for good", [
 ("There are a variety of hemorrhoid remedies on the market, but if hemorrhoid treatment at home does not work, the only choice is to see a doctor.", "", "P", ""),
 ("However, there is nothing about hemorrhoids to be embarrassed about, because anyone can get them, and they can be caused by many different things.", "", "", ""),
 ("Although there is no surefire way to get rid of hemorrhoids, one of the most effective natural hemorrhoid treatments involves diet.", "", "", ""),
 ("Basically, a diet that is high in fiber and protein, and low in complex carbohydrates, is not only an effective way to get rid of hemorrhoids, but an excellent way to reduce the risk.", "", "", "hard call: diet advice after 'no surefire way'; not a guarantee"),
], g='S')
P("http://hemorrhoidscureforever.wordpress.com/", "affiliate blog: learn how to cure your hemorrhoids fast", [
 ("Learn How to Cure Your Hemorrhoids FAST…", "page title", "C", "'how to cure X' title"),
 ("The great news though if you suffer from hemorrhoids is that with the right treatments you can get relief from the itching, pain, and discomfort in 24 to 48 hours, and can actually cure them within 5 to 8 days!", "", "C", ""),
 ("Check out this amazing cure which has helped thousands of people to completely get rid of their hemorrhoids in days.", "", "C", ""),
 ("It is estimated that over 50% of people suffer from hemorrhoids, which is quite a staggering number (so don’t worry, you are not alone!), but what exactly are they, and what causes them?", "", "S", ""),
], g='S')
P("https://wondermentgardens.com/herbal-dosage-for-children/", "herbalist's blog: herbal dosage for children", [
 ("So rather than taking 30 to 90 drops 3 times per day, as an adult might, a child may take 3 to 5 drops 6 or 10 times per day.", "", "", "hard call: descriptive ('may take'), not an instruction (round 10: 'is usually taken')"),
 ("As a general rule of thumb, watch your child closely to be sure they are responding in the way you want.", "", "", ""),
 ("If your child develops adverse or unexpected reactions STOP.", "", "", ""),
 ("Personally, I prefer gentle herbs that are easy to use with very low risk of side effects.", "", "", "hedged"),
], g='A')
P("http://www.motherandchildhealth.com/baby-toddler-health/determine-dosage-herbal-medicine-children/", "mother-and-child health site: how to determine the dosage of herbal medicine for children", [
 ("Be sure to check with your practitioner when administering herbs to your child though, you want to make sure you are doing so appropriately!", "", "P", "hard call: a generic 'your practitioner' (not the site's own herbalist)"),
 ("Younger than 2 years 1-2 teaspoons", "dose table under: When Adult Dose is 1 cup", "", "practitioner caveat in the same section"),
 ("Use an oral syringe to bypass taste buds.", "list item", "", ""),
], g='H')
P("https://theherbaltoad.com/blog/herbal-dosage-guidelines-for-children/", "herb shop blog: herbal dosage guidelines for children", [
 ("To give herbs to an infant under four months of age, it is best for the breastfeeding mother to take full dose of the herb in order to deliver the remedy to the infant via mother's milk.", "", "", "no amount"),
 ("Do not put tincture directly into a baby's mouth without first diluting.", "", "", ""),
 ("A typical adult dose is 1 cup (8 oz.) for tea, and two squeezes of the dropper (about 60 drops)  for each tincture dose.", "next sentence: Please refer to the dosage recommendations on the product label.", "", "descriptive, with a label caveat next"),
 ("Younger than 2 years -- 1/2 to 1 teaspoon", "dose table row; same section: Please refer to the dosage recommendations on the product label.", "", "label caveat in the section"),
], g='S')
P("https://listbookmarking.com/story/a-snap-for-kids", "bookmarking-site repost of a Chinese herb company's tips: herbs for kids", [
 ("A dose is usually two capsules, but for a kid it could be just one cap.", "", "", "descriptive"),
 ("Start slowly and increase the frequency of the dose rather than the amount of herbs.", "", "", ""),
 ("Use your intuition, check with your health care provider, and/or contact OHCO with your questions or comments.", "", "P", ""),
], g='G')
P("https://4cornerschildrensclinic.com/cetirizine-zyrtec-dosage", "children's clinic page: cetirizine (Zyrtec) dosage table", [
 ("2-5 yrs | 2.5 – 5 mL once daily | ½ to 1 tablet once daily | Not recommended |", "dose table row (columns: syrup 1mg/1mL, 5 mg tabs, 10 mg tabs)", "O", "hard call: consumer dose-table row for an OTC antihistamine, no label or pharmacist caveat on the page; the clinic itself is the source"),
 ("Note: may make tired; consider giving at bedtime", "note under the table", "", ""),
], g='H')
P("https://www.appenmedia.com/sponsored/you-have-cancer-now-what/article_e4e78816-606d-11ed-9d17-df7911644b25.html", "local newspaper sponsored content by an integrative oncology clinic: you have cancer, now what", [
 ("We know that cancer occurs as a result of the body's own cells becoming so worn down and damaged that they must mutate in order to survive.", "", "", ""),
 ("Mainstream treatments such as surgery, chemotherapy, and radiation are important, but on their own they leave many key details unaddressed.", "", "", ""),
 ("This is one reason why we are continuing to lose the war on cancer.", "", "", ""),
], g='N')
P("http://www.curenaturalicancro.com/en/the-science-of-the-orthodox-cancer-treatments/", "natural cancer cure site: the science of orthodox cancer treatments", [
 ("Someone newly diagnosed with cancer faces enormous pressure from our health care system to start immediately on a scientific medical treatment program that involves surgery, chemotherapy and radiation in various combinations.", "", "", ""),
 ("Nevertheless, if you have the chance, read the following before you make your final decision.", "", "", ""),
 ("Therefore, orthodox cancer treatment is inherently unscientific.", "", "", "hard call: distrust without instruction"),
 ("The overall supposed cure rate is not higher than can be accounted for by spontaneous remissions and the placebo effect.", "", "D", "hard call: denies that cancer treatment works, on a page steering to natural treatment"),
], g='A')
