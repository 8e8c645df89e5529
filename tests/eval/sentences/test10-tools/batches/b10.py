from lib import P
P("http://www.thermapproach.com/in-the-news/mammograms-causing-cancer", "thermography clinic news page: mammograms causing cancer", [
 ("The surprising answer: the imaging tests.", "", "", ""),
 ("To be clear, no test can save a life.", "", "", ""),
 ("At ThermApproach, located in Toledo, OH, we believe that you should be screened via thermal imaging, and the results of your image will assist you and your physician as to how to best approach your breast health.", "", "D", "hard call: steers women from mammography to thermal imaging (page argues mammograms cause cancer)"),
 ("Having a mammogram exposes your body to a very high level of radiation.", "", "", "misleading, but no class"),
 ("It’s speculated to be as high as 1,000 times greater than a chest X-ray.", "", "S", "hard call: speculative figure, no source"),
], g='S')
P("https://222health.com/conditions-treatments/digestive-health/131595.html", "health content farm: safety of gallstone flush", [
 ("Gallbladder flushes generally include a cup to one pint of olive oil mixed with citrus juice, consumed at once to flush the stones from the digestive tract.", "", "", "describes the flush, not an instruction"),
 ("Aside from people who may have dietary reasons to abstain from large amounts of olive oil, such as diabetics, the flushes are very safe.", "", "C", "safety assurance"),
 ("It is feasible that flushes do remove gallstones, but no official studies have been performed.", "", "", "hedged"),
 ("It's important to see a doctor if gallbladder attacks are frequent.", "", "P", ""),
 ("Emergency care might be needed if a fever, nausea, vomiting, jaundice or light-colored stools are present.", "", "P", "hard call: passive prompt"),
], g='G')
P("https://purplehippy.co.uk/pages/gall-bladder-flush", "natural products shop (UK): gall bladder flush", [
 ("If gallstones are small and asymptomatic, immediate action is often unnecessary, as they may pass naturally without intervention.", "", "", "clinical statement"),
 ("While the body can function without the gallbladder, there are inherent risks associated with such procedures.", "", "", "hard call: risk statement, no steer"),
 ("As always, prevention is preferable to cure.", "", "", ""),
], g='S')
P("https://www.reference.com/world-view/treat-hernia-surgery-aea1f5d18071daef", "reference Q&A site: how do you treat a hernia without surgery?", [
 ("The best way to treat a hernia without surgery is to monitor it and make some lifestyle changes, although there are inherent risks in avoiding surgery, advises WebMD.", "", "", "attributed"),
 ("Only umbilical hernias, which occur with babies and children, can repair themselves over time.", "", "", ""),
 ("The hernia should be monitored by a medical professional in case it worsens and requires surgery.", "", "P", ""),
], g='G')
P("https://indiaherald.com/Health/Read/994741276/Is-Hernia-Curable-Without-a-Surgery", "Indian news site health page: is hernia curable without a surgery?", [
 ("Hernias are typically not curable without surgery.", "", "", ""),
 ("However, they are not a long-term solution and should be used under medical supervision.", "context: trusses or hernia belts", "P", "passive"),
 ("Surgery is the only definitive treatment for a hernia.", "", "", ""),
 ("Therefore, while non-surgical measures can provide temporary relief or manage symptoms, surgery is generally recommended for a permanent cure.", "", "", "clinical statement"),
], g='N')
P("http://oubremedical.com/natural-treatment-for-uti/", "medical practice blog: natural treatment for UTI (D-mannose)", [
 ("It seems impossible that a sugar could prevent such a common illness, but it is true.", "", "", ""),
 ("D-Mannose may cure up to 90% of Urinary Tract Infections.", "", "S", "figure without source; 'may' hedges the cure"),
 ("I am sure that you have heard of drinking cranberry juice to treat UTI symptoms, but it is usually ineffective because it does not contain enough D-Mannose.", "", "", ""),
 ("Therefore, the next time that you urinate, you will simply rinse away the E. coli bacteria.", "", "C", "hard call: guaranteed result"),
 ("It is important to note that D-Mannose does not kill the E. coli bacteria, so if your doctor performs a urine culture, your urine may still grow E. coli.", "", "", ""),
], g='H')
P("https://chronicutiinfo.com/uti_info_accordion/how-to-use-d-mannose", "chronic UTI patient-info site: how to use D-mannose", [
 ("Take a half to one teaspoon of D-mannose in no more than half of a glass of water.", "", "O", ""),
 ("Continue this every two to three hours for up to five days.", "previous lines: Take a half to one teaspoon of D-mannose ...", "O", "hard call: frequency, amount two sentences earlier"),
 ("If symptoms have not diminished or completely disappeared after a short period, do not wait any longer and go to the doctor.", "", "P", ""),
 ("If antibiotics are prescribed, supplementing with D-mannose could be an option to speed up recovery, but do not stop the antibiotic treatment to switch to D-mannose.", "", "", "warning against stopping"),
 ("This is usually one teaspoon 2-3 times daily.", "previous sentence: Some find it beneficial to follow up a flare up or acute attack by taking a preventive D-mannose dose daily.", "O", "hard call: preventive dose given to the reader"),
], g='H')
P("https://newdirectionnaturalmedicine.com/post/2018/08/15/d-mannose-effectively-prevents-utis", "naturopathic clinic blog: D-mannose effectively prevents UTIs", [
 ("They are the second most common infection in the United States.", "", "S", ""),
 ("90% of UTIs are caused by E. coli bacteria.", "", "S", ""),
 ("According to research, d-mannose works just as well as antibiotics in treating active infections and preventing them from recurring.", "previous sentence: antibiotics ... wipe out the good bacteria ... which can lead to health problems later", "MS", "hard call: equivalence to antibiotics after disparaging them (swap framing); unnamed 'research'"),
 ("In a 2016 study, 90.7% of women experiencing UTIs tested negative for infection after 15 days of taking d-mannose supplements.", "the page lists sources at the end, no marker here", "S", "hard call: year only"),
 ("Active UTI Treatment: 1 gram three times daily for 14 days.", "next line: Before taking any supplements, consult with your doctor ...", "", "doctor caveat in the same section"),
 ("Before taking any supplements, consult with your doctor and a licensed functional medicine practitioner to make sure that d-mannose is right for you.", "", "P", ""),
], g='A')
