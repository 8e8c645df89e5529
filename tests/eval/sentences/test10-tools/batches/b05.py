from lib import P
P("https://viralhug.com/category/deadliest/", "viral content site category page: baking soda and maple syrup cancer treatment", [
 ("Since we all know that cancer cells fed on sugar, a treatment with a combination of baking soda and maple syrup or honey seems quite outlandish.", "", "", ""),
 ("Namely, baking soda neutralizes sugars, so cancer cells will fail to use sugar for their further growth.", "", "", "hard call: mechanism claim without cure wording"),
], g='G')
P("http://www.naturalmedicinebox.net/man-cured-stage-4-prostate-cancer-tells-us/", "natural-medicine content site: man cured stage 4 prostate cancer with baking soda", [
 ("Take Vernon Johnston for example – he mixed some baking soda with molasses and managed to defeat his prostate cancer!", "", "C", "endorsed testimonial stated as fact"),
 ("Doctors gave up on him, and he retreated in his home and expected to die.", "", "", "narrative"),
 ("According to experts, cancer cells thrive in an anaerobic environment and feed specifically on sugar, which makes the combination of baking soda and maple syrup a kind of Trojan horse for the disease.", "", "", "'according to experts'; no figure"),
 ("Baking soda enters the cancer cells under the disguise of sugar (molasses) and releases a wave of alkalinity which effectively kills the cancer cells.", "", "C", "hard call: unqualified claim that the remedy kills the cancer"),
 ("In order to improve your chances of recovery, Vernon also suggests avoiding sugary and junk foods and eating a healthy diet ric", "", "", "diet; truncated in the excerpt"),
], g='A')
P("https://budwigcenter.com/does-the-budwig-protocol-approve-the-baking-soda-and-maple-syrup-or-molasses-remedy/", "alternative cancer clinic FAQ: does the Budwig protocol approve the baking soda and maple syrup remedy?", [
 ("Jim claims that he cured at least two people using this method.", "", "", "reported claim"),
 ("Jim also claims that out of 200 people he is treated 185 survived using this remedy.", "", "", "reported claim (figure attributed to the folk healer)"),
 ("Research has shown that It is risky to be consuming high amounts of refined sugar on a daily basis.", "", "S", "'research has shown', no source"),
 ("Also, because there are so many incredibly effective and proven herbal remedies to add to the Budwig protocol, we encourage you to use these and not take any risks.", "", "", "hard call: promotes the clinic's remedies, no cure or safety-guarantee wording"),
 ("So we do not recommend daily doses of baking soda.", "", "", ""),
], g='A')
P("https://vaccinationinformationnetwork.com/baking-soda-maple-syrup-cancer-remedy/", "anti-vaccine site reprinting a newspaper column: baking soda and maple syrup cancer remedy", [
 ("I have talked about diabetes, heart and blood pressure, obesity and other health concerns in previous articles, and would now like to share with you an interesting „folk-remedy‟ for all types of cancers.", "", "", "hard call: 'folk remedy for all types of cancers' without cure wording"),
 ("Cancer cells consume 15 times more glucose than normal healthy cells, so when they take in the sweet syrup, the sugar-loving cancer cells also consume the highly alkaline sodium bicarbonate, shooting up the cells pH – killing it very quickly by allowing trillions more oxygen molecules into the cell.", "", "CS", "hard call: says the remedy kills cancer cells quickly; '15 times' without a source"),
 ("It is well-known that cancerous cells cannot live in a high oxygen level environment.", "", "", "no figure or study claim"),
 ("To make: Mix 1 level teaspoon of aluminium-free baking soda with 3 teaspoons of 100% pure maple syrup (not maple- flavoured or artificial brands).", "", "", "recipe"),
 ("Take several teaspoons daily, followed with a teaspoon of water to rinse mouth.", "previous line: the recipe", "O", "dose of a cancer remedy: amount and frequency"),
], g='N')
P("https://alt-remedy.blogspot.com/2013/02/cured-from-cancer-one-mans-story.html", "alternative-remedy blog: cured from cancer, one man's story", [
 ("Chemotherapy represents a drastic measure that oncologists are all too eager to recommend and an option patients dread with good reasons.", "", "", "hard call: disparages chemotherapy, no instruction"),
 ("When it fails, and it does fail often, chemotherapy severely reduces the chances of success of any subsequent treatment options.", "", "", ""),
 ("Yet 9 out 10 cancer patients turn to chemotherapy first.", "", "S", ""),
 ("Treating cancer with cesium has been shown to have a 50% cure rate.", "", "S", "'has been shown', no source; a rate, not a guarantee"),
 ("Instead of trying his luck with these orthodox cancer protocols, Vernon simply ordered cesium chloride.", "", "", "narrative"),
], g='B')
P("https://mirandacastro.com/homeopathy-for-childhood-illnesses/", "homeopath's site: homeopathy for childhood illnesses", [
 ("Childhood illnesses are not all bad.", "", "", ""),
 ("Homeopaths believe that these illnesses give the immune system an opportunity to develop strength and resistance, especially to inherited weaknesses.", "", "", "reported belief"),
 ("Children who have successfully come through a childhood illness are seen to be stronger afterwards and often have a growth spurt, either physically and/or mentally and emotionally!", "", "", ""),
 ("I explained that 101°F was a fairly low grade fever and that it was perfectly normal for a fever to rise in the evening, and for a feverish child to go off his food.", "", "", "narrative of a consultation"),
], g='A')
