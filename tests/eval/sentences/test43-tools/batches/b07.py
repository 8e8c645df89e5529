# sent43 batch 7: heart supplements (hawthorn, CoQ10), sleep supplements versus prescriptions, local honey for allergies
from lib import P
P("https://www.completelyessentialnutrition.com/post/go-natural", "nutrition shop blog: go natural for sleep", [
 ("Before calling the doctor for a sleep aid prescription, try a natural supplement instead.", "", "D", "steers readers away from seeing the doctor"),
 ("When taken responsibility, natural remedies pose less health risk than prescribed alternatives.", "", "", "comparative"),
 ("Before taking any supplement, it’s always recommended to speak with your doctor to ensure safe use.", "", "P", ""),
 ("Valerian is an ancient supplement that has been used for combating insomnia and nervousness.", "", "", ""),
], g="S")
P("https://helpleft.com/en/miscellaneous/what-are-heart-supplements.html", "content site: what are heart supplements", [
 ("Research notes that red yeast rice reduces bad cholesterol LDL, cleans any plaques in the arteries, helps blood flow in the body and preventsinfarcts.", "", "CS", "claims plaque removal; uncited research"),
 ("Cardiac accessories may not work for all, so it's best to find a doctor's consultation before you take them every day.", "", "P", ""),
 ("To gain the benefits of niacin, since 2011 doctors recommend taking 500 mg (0.5 g) to 2,000 mg (2 g), but the dosing levels may vary depending on the patient's tolerance to the supplement.", "", "", "attributed to doctors, no frequency"),
], g="G")
P("https://www.karelsavry.us/natural_healing/strengthening_the_heart_muscle.html", "scraped natural-healing page: strengthening the heart muscle", [
 ("For those with congestive heart failure, the dose begins at 300 mg a day and goes up to 600 mg a day in three divided doses, that is take 200 mg three times a day.", "about CoQ10", "O", ""),
 ("Take 120-240 mg a day.", "heading: Ginkgo Biloba Extract", "O", ""),
 ("Cholesterol-lowering drugs all deplete CoQIO.", "", "", ""),
 ("It should not be taken with anticoagulants, aspirin, or non-steroidal anti-inflammatory medications.", "", "", ""),
], g="G")
P("http://andreabeaman.com/local-raw-honey-for-seasonal-allergies/", "personal blog: local raw honey for allergies", [
 ("Before you turn to expensive over the counter or prescription drugs, the answer could be as close as your neighborhood farmer’s market.", "", "", "hard call: suggests honey first, but no prescribed medicine is being stopped"),
 ("Local raw honey is a safe, effective cure for seasonal allergies and hay fever.", "", "C", ""),
 ("It is a good source of antioxidants and helps in the prevention of cancer and heart disease.", "", "", "prevention: not counted under the narrow definition"),
 ("Recommendations are to take two to three teaspoons daily starting two months before the onset of the Spring allergy season.", "", "O", "hard call: remedy amount with frequency for a condition"),
], g="B")
P("https://www.articletrunk.com/howtocureseasonalallergieswithlocalhoney/", "article directory: cure seasonal allergies with local honey", [
 ("How To Cure Seasonal Allergies With Local Honey", "title", "C", ""),
 ("Local honey is believed to prevent the symptoms of seasonal allergies, also known as hay fever.", "", "", ""),
 ("However, babies under the age of one should never consume raw honey due to the risk of botulism.", "", "", ""),
 ("It has been proven that raw honey has many antibiotic properties.", "", "S", ""),
], g="G")
P("http://mambosprouts.com/news/just-spoonful-honey-makes-allergies-go-down", "natural products news site: honey and allergies", [
 ("This is, of course, just a theory that has not been backed by much scientific proof, and in some cases it does not always do the trick (sorry, Ms. Poppins).", "", "", ""),
 ("Another option, however, is to see an allergy specialist about a little something called Allergy Injections.", "", "P", ""),
 ("These injections tend to see a much higher success rate than raw honey because the pollen amounts can be monitored and increased as need be.", "", "", ""),
], g="N")
P("https://nl.lavozdeecuador.com/articles/food-and-drink/dosage-for-hawthorn-berries.html", "scraped content page: dosage for hawthorn berries", [
 ("Heart failure and heart disease are serious and potentially life-threatening conditions that should not be self-treated with hawthorn berry or any other supplement unless under the care of a doctor.", "", "P", "double negation"),
 ("Before using any form of a supplement containing hawthorn berry, consult with a doctor who can advise you on how to use it safely.", "", "P", ""),
 ("For these patients, the safe recommended dose ranges from 160 milligrams to 900 milligrams daily of a supplement containing 18 percent to 20 percent oligomeric procyanidins or 2 percent to 3 percent flavonoids, the University of Maryland Medical Center reports.", "", "", "attributed, under consult caveats"),
], g="G")
P("http://www.dailydoseguide.com/hawthorn-berry-dosage/", "dosage guide site: hawthorn berry", [
 ("Daily Dose of Hawthorn Berry: 160-900mg", "heading; the page later says 'talk to your doctor first'", "", "hard call: no frequency beyond 'daily' and a consult prompt on the page"),
 ("Studies have proven that hawthorn may improve CHF symptoms like fatigue and shortness of breath.", "", "S", ""),
 ("Hawthorn can get rid of the plaque that forms along the arterial walls, making the blood vessels narrow.", "", "C", ""),
 ("If you are considering using hawthorn berry as an herbal supplement, talk to your doctor first.", "", "P", ""),
], g="G")
P("https://www.lahey.org/health-library/?chunkid=21742&lang=English&db=hlt", "hospital health library (EBSCO): hawthorn", [
 ("500 milligrams 2 to 3 times daily", "section 'Dosages'; the consult prompts are in the separate 'Interactions' section", "O", "hard call: consumer dose line without a caveat in its own section"),
 ("It may be safe for most adults to take hawthorn orally for a short time, but lightheadedness, nausea, and stomach upset can happen.", "", "", ""),
 ("Talk to your doctor about any supplements or therapy you would like to use.", "", "P", ""),
 ("People taking blood thinners should talk to their doctor before taking hawthorn.", "", "P", ""),
], g="H")
P("https://illness.com/drug/hawthorn/", "health content site reusing MedlinePlus text: hawthorn", [
 ("One of the studies suggested possible harm in people taking it, as it appears to increase the early risk of heart failure progression.", "", "", ""),
 ("If you’re taking medication and you’re considering using hawthorn, consult your health care provider.", "", "P", ""),
 ("Take charge of your health—talk with your health care providers about any complementary health approaches you use.", "", "P", ""),
], g="G")
P("https://traitorschart.com/most-powerful-natural-sleep-aid/", "scraped copy of a sleep doctor's post: natural sleep aids", [
 ("Always consult your doctor before you begin taking a supplement or make any changes to your existing medication and supplement routine.", "", "P", ""),
 ("It’s also a natural sleep booster.", "about CBD", "", ""),
], g="G")
P("http://sleepgreatforlife.com/category/sleep-supplements", "sleep blog: sleep supplements", [
 ("Before taking any supplement, please be sure to check with your doctor.", "", "P", ""),
 ("Kava is an excellent example of why we want to weed ourselves off of all types of unnecessary, unregulated supplements.", "", "", "supplements, not prescribed medicines"),
], g="B")
P("http://manganzi.jp/bsk/vitamins-that-remove-plaque-from-arteries", "spam page: vitamins that remove plaque from arteries", [
 ("Doctors cannot remove plaque completely from your arteries, but treatments can reduce the size of a blockage.", "", "", ""),
 ("While more research is needed to confirm the role of magnesium regarding arterial plaque, there is evidence that magnesium can reduce and even dissolve calcified plaque.", "", "S", "uncited evidence claim, hedged"),
 ("Talk with a doctor about the next steps that are most important for your situation.", "", "P", ""),
], g="G")
P("https://999thepoint.com/heres-how-you-can-alleviate-your-spring-allergies/", "radio station blog: local honey for spring allergies", [
 ("Thankfully, someone told me about a good way to alleviate your allergies without taking over the counter medication.", "", "", ""),
 ("When you take local honey daily, your body is building up immunity slowly to the various pollen that are affecting your allergies.", "", "", ""),
 ("Take a tablespoon or two a day and see if it helps you out.", "", "O", "hard call: remedy amount with frequency"),
], g="N")
