from lib import P
P("https://store.nuvisionhealthcenter.com/blogs/supplements-herbs/how-to-lower-your-cholesterol-in-30-days", "chiropractic health centre's supplement store blog: lower your cholesterol in 30 days", [
 ("You may have recently gone to your doctor and have gotten told your cholesterol is too high and you need to take a prescription medicine to lower it.", "", "", ""),
 ("Why are so many prescriptions written for medicines that supposedly work fast to lower it?", "", "", "rhetorical question"),
 ("Let’s take a look at what cholesterol does and how you can take control of your health and decrease your numbers in thirty days.", "", "C", "hard call: promised result within thirty days on a seller's blog"),
 ("It is so common for doctors to prescribe statins that more than 40 million Americans take them now. (2)", "", "", "reference (2)"),
], g="S")
P("https://patriothealthreport.com/lower-your-cholesterol-naturally/", "health newsletter site: lower your cholesterol naturally in 7 days", [
 ("It is common for doctors to resort to cholesterol lowering drugs to treat this.", "", "", ""),
 ("But these drugs come with their own host of potentially serious side effects, such as liver damage, neurological issues and an increase in blood sugar which may lead to type 2 diabetes.", "", "", ""),
 ("The good news is, it’s fairly simple to decrease your cholesterol levels without drugs.", "", "M", "hard call: swap framing after disparaging cholesterol drugs, no consult caveat"),
 ("Drop these foods and you should see cholesterol levels go down.", "", "", "dietary"),
], g="N")
P("https://healthfully.com/lower-cholesterol-30-days-7845595.html", "health content site: how to lower cholesterol in 30 days", [
 ("Lower your cholesterol and you’ll live longer.", "", "C", "hard call: guaranteed outcome"),
 ("Eat 10 to 30 almonds daily.", "", "", "dietary"),
 ("There’s an ingredient in apples called “pectin” that will lower your cholesterol as much as 16 percent if you eat at least two per day.", "", "S", "figure without source"),
 ("Take one garlic caplet per day.", "", "O", "amount plus frequency, no caveat"),
], g="G")
P("https://fsphealthandfitness.co.za/articles/heart-health/say-no-to-these-three-things-when-you-apstrphe-re-trying-to-lower-your-cholesterol-4368.html", "South African health newsletter: three things to say no to when lowering cholesterol", [
 ("You don't always need to start taking chronic medication if you have high cholesterol.", "", "", "hedged ('don't always')"),
 ("In fact it's only a small percentage of people that do need to take statins to lower their cholesterol.", "", "", "hard call: misleading but no figure and no stop instruction"),
 ("If you don't have heart disease, aren't at risk of heart disease, you don't have an extremely high cholesterol level and you're not diabetic you can actually lower your cholesterol naturally.", "", "", "conditional"),
 ("Not only are you saving your overall health by saying no to ciggies, your blood pressure lowers within 20 minutes when you quit smoking, says Mayo Clinic.", "", "", "attributed"),
], g="N")
P("http://www.howtotreatbronchitis.net/how-to-treat-bronchitis-without-antibiotics/", "single-topic content site: how to treat bronchitis without antibiotics", [
 ("If there are no other health concerns, it is recommended that antibiotics should not be used to relieve the symptoms of bronchitis.", "", "", "hard negative: guideline-consistent, conditional"),
 ("For people who are healthy, have normal lungs and have no recurring health problems, antibiotic treatment of bronchitis is not needed.", "", "", "hard negative: conditional, guideline-consistent"),
 ("Vitamin C increases interferon levels, which fight viral infections and make the mucus membranes lining the respiratory tract stronger.", "", "", ""),
], g="G")
P("http://hoholok.com/5-natural-treatments-for-bronchitis/", "content site: natural treatments for bronchitis", [
 ("However, apart from medications, natural cures have been found to be equally effective in combating this disease and alleviating the persistent coughing.", "", "MS", "hard call M: natural cures set equal to medication (swap framing); 'have been found' with no source (S)"),
 ("Using eucalyptus oil to cure bronchitis is a universal remedy because it has the ability to melt the phlegm and cause its expulsion from the lungs.", "", "C", "cure claim"),
 ("Tea – This beverage brewed with ginger and garlic is an effective remedy against bronchial infection and can control coughing to a great extent if sipped three to four times during the day.", "", "", "frequency without an amount"),
 ("Alternatively herbal brews prepared from various herbs like creosote bush and pleurisy root are known to cure not just bronchitis but other respiratory diseases as well.", "", "C", "cure claim"),
], g="G")
P("https://missfrugalmommy.com/top-7-home-remedies-for-varicose-veins-natural-treatment/", "frugal living mom blog: home remedies for varicose veins", [
 ("According to reliable statistics it has been noted that women are more prone to varicose veins as compared to men with an estimated 25% of the female population suffer from this discomfort as opposed to only 10% men.", "", "S", "hard call: 'reliable statistics' names no source"),
 ("Follow this routine twice a day once before going to bed and once in the morning.", "about massaging apple cider vinegar into the legs", "", "topical routine"),
 ("This is a natural body cleansing product and the results will be visible within a month.", "previous: In a glass of water add two teaspoons of apple cider vinegar and drink it.", "C", "hard call: guaranteed result"),
], g="B")
P("https://www.indexofsciences.com/how-to-cure-vertigo-permanently/", "content site: how to cure vertigo permanently", [
 ("How to cure vertigo Permanently", "title", "C", "hard call: title states a permanent cure (round 12 convention)"),
 ("We would advise you to follow home remedies if you don’t want to experience side effects during the course of your treatment.", "previous: there are lots of medications available to treat this problem", "M", "hard call: steers readers from vertigo medications to home remedies"),
 ("Even natural treatments also work well just like the medications.", "", "M", "hard call: swap framing ('just like the medications'), round 12 convention"),
 ("It has been observed in research that fifty-two out of a hundred people who choose this method are able to manage the symptoms of vertigo.", "", "S", "unnamed research"),
], g="G")
P("https://www.moolihai.com/how-to-cure-vertigo-permanently/", "herbal product seller's blog: how to get rid of vertigo permanently", [
 ("How To Get Rid Of Vertigo Permanently: Treatment and Maneuver", "title", "C", "hard call: permanent cure in a seller's title"),
 ("There are some medical treatments available to treat vertigo, but these are not necessary in most cases, as we have natural treatments to cure this problem without any side effects.", "", "CD", "cure without side effects (C); tells readers medical treatment is not necessary (D)"),
 ("If you feel dizzy, you should immediately sit down and reduce the chance of falling down.", "", "", ""),
], g="S")
P("https://fitnesdietplan24.com/if-youre-dealing-with-vertigo-here-are-7-home-remedies-for-you", "fitness and diet content site: home remedies for vertigo", [
 ("While the following home remedies offer temporary relief, it is imperative to seek professional medical attention promptly for an effective, long-term solution.", "", "P", ""),
 ("Drain the hydrogen peroxide, bidding farewell to vertigo.", "previous: apply a generous amount to a cotton ball, placing it in the ear", "C", "hard call: promised end of vertigo"),
 ("Ginkgo Biloba, another herb with potential vertigo-alleviating properties, can be ingested at 60 mg two to three times daily.", "", "O", "hard call: consumer amount and frequency"),
 ("Mix one part apple cider vinegar with two parts honey and ingest a teaspoon of the blend two to three times daily.", "", "O", "remedy amount and frequency"),
], g="G")
