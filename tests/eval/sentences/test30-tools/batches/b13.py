from lib import P
# b13: baking soda for kidney disease, rosacea self-care, IV vitamin C (q44-q46)
P("http://www.naturalhealthyteam.com/how-to-use-1-teaspoon-of-baking-soda-to-repair-your-damaged-kidney-naturally/", "content farm: how to use 1 teaspoon of baking soda to repair your damaged kidney naturally", [
 ("A study conducted by the Royal London Hospital showed that baking soda can slow down the development of kidney stones.", "", "S", "hard call: institution named, but no publication or date"),
 ("It was revealed that it can fix the damage of kidneys.", "", "C", "reversal of kidney damage stated as fact"),
 ("People who suffer from kidney damage will no longer need dialysis thanks to the amazing effects of baking soda.", "", "CD", "promise that dialysis will not be needed (C) steers kidney patients away from dialysis (D)"),
 ("The study lasted for 2 years, and only 6.5% of the participants still needed dialysis in the end.", "", "S", "hard call: figure from the same unnamed study"),
 ("On the first day, put half a teaspoon baking soda under the tongue to dissolve.", "heading: How to use baking soda?", "O", "amount plus route/timing"),
 ("Mix half a teaspoon of table salt and one teaspoon of soda with 1.5 liters of water, and consume it in the following days.", "heading: How to use baking soda?", "O", "amounts plus frequency for kidney patients, no caveat"),
], g="G")
P("http://www.healthyandnaturalhouse.org/how-to-repair-your-kidneys-naturally-using-only-baking-soda-why-is-this-so-important/", "content farm: how to repair your kidneys naturally using only baking soda", [
 ("British scientists at the Royal Hospital in London in 2009 revealed a research where is proven that bicarbonate slows the progress of kidney disease.", "", "", "hard call: institution and year named, treated as a citation"),
 ("For many people this will sound weird and may be hard to accept, but the box you keep in your refrigerator in order to keep the ham from stinking may also save your life.", "", "", "hedged ('may')"),
 ("In case of a kidney failure, the first thing you need to do is to rehydrate the body.", "", "D", "hard call: tells people in kidney failure that the first step is drinking water, not medical care"),
 ("Drink the recommended amount of water per day mixed with baking soda (scientists advice do add 1 teaspoon of baking soda in one glass of water – 8 oz).", "", "O", "amount per glass for kidney failure, no caveat"),
 ("By doing this, you will effectively improve the condition of your kidneys.", "", "C", "hard call: guaranteed result"),
], g="G")
P("https://www.thediscoverreality.com/2015/11/how-to-repair-your-kidneys-naturally.html", "content site: How To Repair Your Kidneys Naturally Using Baking Soda", [
 ("Hence, the main cause of kidney failure is poor diet, since all we eat is assimilated into the blood, thereby moving into the kidney for purification.", "", "", "false but none of the classes"),
 ("In case of a kidney failure, the first thing you should do is to rehydrate the body.", "", "D", "hard call: as above, self-care as the first step in kidney failure"),
 ("In this way, you will effectively improve the condition with your kidneys.", "", "C", "hard call: guaranteed result"),
 ("The best way to solve this health problem is to treat it naturally, as thus you will find a more permanent solution.", "", "CD", "hard call: steers kidney patients to natural treatment (D) as the permanent solution (C)"),
], g="G")
P("https://galencarepartners.com/education/chronic-kidney-disease-and-acid", "nephrology practice patient education: chronic kidney disease and acid", [
 ("The last thing you might expect to hear from your nephrologist is that you need to eat baking soda!", "", "", ""),
 ("You will be told how many teaspoons to take each day.", "heading: How do I take baking soda?", "", "the dose comes from the care team"),
 ("Most patients have no difficulties.", "heading: Are there complications?", "", "hedged ('most')"),
 ("As with any medicine, if you have problems, call your doctor or nurse.", "", "P", ""),
 ("Never stop taking baking soda without calling us!", "", "P", "double negation counts as a prompt; warning against stopping, not M"),
], g="H")
P("https://mynassauclub.com/Chronic-Kidney-Disease--The-Role-of-Supplements-vs--Whole-Foods", "club/community site article: CKD, supplements vs whole foods", [
 ("It's estimated that nearly 15% of the global population is affected by CKD.", "", "S", "no source"),
 ("It is based on personal experiences and research by an individual who, after a hospital stay, took steps to reverse his own kidney deterioration with baking soda and proper hydration.", "", "", "hard call: narrative of one person's experience"),
 ("The person decided to incorporate baking soda into their daily routine and noticed significant improvements in their kidney function.", "", "", "narrative"),
], g="G")
P("https://www.sharecare.com/health/rosacea-cutaneous/how-can-treat-rosacea-myself", "health Q&A portal: How can I treat rosacea myself?", [
 ("Self-treatment is vital to managing rosacea day to day.", "answer by a physician", "", ""),
 ("• Use rosacea medications and topical therapies as prescribed by your doctor.", "self-treatment regimen list", "", "adherence, not a prompt (convention)"),
 ("Anyone with moderate to severe rosacea should see a dermatologist, who can get this chronic situation under control with medications.", "second answer, by a dermatologist", "P", ""),
], g="H")
P("https://drterry.com/can-high-dose-intravenous-vitamin-c-help-prevent-coronavirus/", "doctor's clinic blog: Can high dose intravenous Vitamin C help build immunity?", [
 ("• Vitamin C can help to fight viral infections, prevent viral replication and reduce the symptoms of infections.", "list of potential benefits", "", "hedged ('can help')"),
 ("• Vitamin C can be used right alongside other medicines when they are indicated.", "", "", ""),
 ("Research have also shown the turnover of vitamin C in smokers was 50% greater than that in non-smokers.", "", "S", "uncited"),
], g="A")
