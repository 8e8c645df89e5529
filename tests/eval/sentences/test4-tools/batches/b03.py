from lib import P
P("https://naturemed.org/natural-desiccated-thyroid-an-alternative-to-synthroid/", "naturopathic clinic blog: natural desiccated thyroid, an alternative to Synthroid", [
 ("Both conditions come with distinct symptoms and risks but can be controlled through a combination of natural and conventional treatments.", "", "", ""),
 ("Effectively managing hypothyroidism starts with an accurate diagnosis and safe, patient-tailored therapy.", "", "", ""),
 ("Not all healthcare professionals are well-versed in natural alternatives to standard treatments.", "", "", "hard call: doubts some professionals but does not steer the reader away from care"),
])
P("https://www.livehopelupus.org/hypothyroidism-natural-treatment/what-is-a-good-thyroid-diet-thyroid-diet-chart-for-weight-gain.html", "content-farm page: thyroid diet chart", [
 ("Supplements may also mess with your treatment and can be harmful.", "", "", ""),
 ("Just taking prescription medication for low thyroid function will simply just mask the symptoms.", "", "", "hard call: disparages thyroid medicine alone, no instruction to stop or swap it"),
 ("These options may have fewer side effects than taking thyroid medicine.", "", "", ""),
 ("Once your thyroid hormone levels stabilize, you won’t need another thyroid check for six months. (5)", "", "", "clinical schedule, not discouraging care"),
])
P("https://scienceinsights.org/is-there-a-natural-substitute-for-levothyroxine", "science explainer site: is there a natural substitute for levothyroxine", [
 ("The standard treatment is Levothyroxine, a synthetic version of the thyroid hormone thyroxine (T4).", "", "", ""),
 ("The standard DTE formulation contains approximately 38 micrograms of T4 and 9 micrograms of T3 per 65-milligram grain.", "", "", "product contents"),
 ("It is generally not recommended as a first-line therapy by major medical organizations.", "", "", ""),
])
P("http://www.hindustanlink.com/health-care-blog/2013/01/01/remedies-for-hypothyroidism/", "Indian health-care blog: remedies for hypothyroidism", [
 ("In alternative medicine, there is very little difference in curing hypothyroidism and hyperthyroidism.", "", "", "hard call: cure presupposed but attributed to 'alternative medicine'; the claim is made in the next sentence"),
 ("This is because the treatment involves allowing the thyroid to heal, which will correct either condition.", "", "C", "unqualified 'will correct'"),
 ("Please note that curing thyroid disease requires a long-term religious commitment for a period of at least a year.", "", "C", "hard call: promises a cure given commitment"),
 ("Those who have been taking hypothyroidism medications for years must slowly wean themselves from the drugs.", "next sentence: Abruptly stopping these medications will result in extreme fatigue, and thyroid problems.", "M", "tells readers to come off thyroid medicine; no consult caveat in the same or next sentence"),
 ("Abruptly stopping these medications will result in extreme fatigue, and thyroid problems.", "", "", ""),
])
P("https://www.healthcentral.com/article/treat-hypothyroidism-without-drugs", "consumer health site, patient expert: can you treat hypothyroidism without prescription drugs?", [
 ("Or, if you search on “natural treatments for hypothyroidism,” you will find thousands of websites, promoting videos, books, e-books, supplements, “drug-free” chiropractic programs, and specialized diets that promise to treat or even cure your thyroid condition without any prescription drugs.", "", "", "reports others' cure promises"),
 ("If you are hypothyroid because you have had thyroid surgery to remove your thyroid gland, or radioactive iodine (RAI) to ablate your thyroid, you will require a prescription thyroid hormone replacement for life.", "heading: Why are you hypothyroid?", "", ""),
 ("Thyroid hormone is essential to survival, and there is no over-the-counter supplement or diet that can provide the thyroid hormone you need to function.", "", "", ""),
])
P("https://vitadosage.blogspot.com/2013/04/flush-gallstones.html", "personal blog: flush gallstones", [
 ("Most gallstones are considered harmless unless they cause gallbladder duct blockage.", "", "", ""),
 ("2. Mix 4 tbsp. Epsom salt and 1/2 cup of virgin olive oil in 12 oz. of water.", "heading: Instructions", "", "recipe step, amounts without a frequency"),
 ("3. Shake well and consume the mixture three to four times daily for five days.", "heading: Instructions; previous step gives the amounts", "O", "hard call: remedy dose, frequency here and amounts in the previous step, no caveat"),
 ("Gallstones are best dissolved and expelled through the large intestine when the body is lying horizontally.", "", "", ""),
])
P("http://elysiantouch.com/wp/gallstone-removal/", "massage/wellness practitioner blog: gallstone removal", [
 ("Anyone with a pulse has them, EVEN IF YOU HAVE ALREADY HAD YOUR GALL BLADDER REMOVED.", "", "", ""),
 ("It is for exactly this reason that we should adopt a pro-active attitude and condition and cleanse our liver and gall bladder every six months or so.", "", "", "no amount"),
 ("If you have acute pain in the area of your liver and or gall bladder you should consult a qualified physician before attempting this treatment plan.", "", "P", ""),
 ("The oil will not cause weight gain or harm to the blood vessels, heart etc., rather it will have a cleansing and conditioning effect on the liver and the gall bladder will flush much of it’s accumulated debris when the proper steps are taken in the order given here.", "", "C", "safety claim ('will not cause ... harm') and promised result"),
])
P("https://massh.in/blogs/can-olive-oil-and-lemon-juice-really-help-dissolve-gallstones", "hospital blog (India): can olive oil and lemon juice really help dissolve gallstones?", [
 ("Videos and blogs claim that this simple home remedy can dissolve stones naturally, avoiding surgery and medication altogether.", "", "", "reported claim"),
 ("But is there any truth to this trending detox cure, or is it just another internet myth?", "", "", "question"),
 ("Despite its popularity, there is no credible scientific evidence that olive oil and lemon juice can dissolve gallstones or flush them from the body.", "", "", ""),
])
P("https://www.drberg.com/blog/stop-doing-gallbladder-flushes-with-olive-oil", "chiropractor/keto influencer blog: stop doing gallbladder flushes with olive oil", [
 ("STOP Doing Gallbladder Flushes with Olive Oil", "page title", "", ""),
 ("However, these flushes may not be as beneficial as you think and can increase your risk of developing gallstones by depleting essential bile salts needed for proper digestion.", "", "", ""),
 ("Contrary to popular belief, a high-fat diet does not necessarily cause gallstones.", "", "", ""),
])
P("https://eatsip365.com/the-truth-about-a-natural-gallstone-remedy", "food blog: the truth about a natural gallstone remedy", [
 ("The doctors recommended surgery, but Frank, ever the skeptic of modern medicine, started asking me about “natural” options.", "", "", "narrative"),
 ("Without this step, you’re just making yourself sick.", "", "", ""),
 ("• 4 tbsp Epsom salts (magnesium sulfate), MUST be food-grade", "heading: What You’ll Need", "", "recipe ingredient"),
])
P("https://www.healthyandnaturalworld.com/get-rid-of-gallstones/", "natural-health site: how to get rid of gallstones (including gallbladder cleanse and flush)", [
 ("Getting rid of gallstones naturally can help prevent intense upper right abdominal pain and avoid the need for surgery.", "", "", "hard call: hedged benefit claim ('can help'), not a direct steer away from care"),
 ("Flushing your gallbladder can help to quickly alleviate the pain from a gallbladder attack and may prevent the need for a cholecystectomy (gallbladder removal).", "", "", "hard call: hedged ('may prevent the need'), not counted as discouraging care"),
 ("PubMed Health states that the gallbladder is a small sac in the shape of a pear that is about 7 – 10 cm in length.", "", "", "attributed"),
])
P("https://www.healthyhealing.com/dr-lindas-blog/do-you-need-a-gallstone-cleanse", "naturopath author's blog: do you need a gallstone cleanse?", [
 ("A stone may grow for 6 to 8 years before symptoms occur.", "", "S", ""),
 ("I recommend it only under the supervision of a qualified health professional.", "previous sentence: Although I have personally seen several gallstone sufferers use the 9 day program.", "P", ""),
 ("On rising: take 2 tbsp. olive oil and juice of 1 lemon in water.", "heading: 3 Day Olive Oil And Juice Flush (supervision note is in the section above the plan)", "O", "hard call: remedy dose with timing; the supervision caveat is in an earlier section, read literally"),
])
P("http://plaza.ufl.edu/aluh/gallbladdercleanse.html", "student personal page on a university server: gallbladder cleanse", [
 ("Millions of people are unaware that they have gallstones.", "", "", "vague 'millions'"),
 ("If you want to avoid an invasive and expensive surgery, you might want to try out the gallbladder cleanse.", "", "D", "hard call: steers the reader from surgery to a cleanse"),
 ("The gallbladder cleansing will cause you to have a little bit of discomfort but it is much better than doing a surgery.", "", "D", "steers away from surgery"),
 ("For the first 6 days you should drink a cup of apple cider 3 times a day.", "", "O", "remedy amount and frequency"),
])
P("https://www.nirogbhumi.com/how-to-cure-asthma", "naturopathy clinic site: how to cure asthma", [
 ("Before we go any further, please be assured that unlike general perception, asthma can be very easily and very quickly cured using methods and practices that rely on nature.", "", "C", ""),
 ("One of my patients who had been on drugs for asthma for more than 20 years was cured within 6 months.", "", "C", "endorsed testimonial"),
 ("Avoid taking anything cold.", "", "", ""),
])
P("https://masterilo.ru/a-156115.html", "scraped article directory: natural cure for asthma", [
 ("Though asthma attack can be scary, there is no need to panic.", "", "", ""),
 ("This technique has been proven to be very effective.", "heading: Go for yoga", "S", "'has been proven', no source"),
 ("The effect of this breathing is similar to that obtained by the use of a corticosteroid inhaler.", "", "", "no instruction to drop the inhaler"),
 ("If you are on this medication and are experiencing stomach reflux problem, consult your doctor to reduce the dosage.", "", "P", "dose change via the doctor"),
])
P("http://orle.info/natural-asthma-relief-buteyko-breathing-method/", "blog: natural asthma relief, Buteyko breathing method", [
 ("It is not an asthma cure, and neither is designed to replace medical drugs in your asthma treatment.", "", "", ""),
 ("Please do not stop your asthma medication without consultation with a qualified medical doctor.", "", "P", "double negation"),
 ("This technique is a natural method that you can use to heal your asthmatic symptoms, and reduce the dependency on drugs.", "", "", ""),
])
P("http://www.everydaydevotional.com/asthma-treatment-natural-home-remedies/", "devotional/lifestyle site reprint: asthma treatment natural home remedies", [
 ("If that’s what you use, and it works, don’t give it up.", "", "", "warning against stopping"),
 ("And always have your doctor’s telephone number near at hand in case of severe attacks.", "", "P", "hard call: implied prompt to call the doctor in severe attacks"),
 ("• In a pinch, have a strong cup of coffee or two 355-mL cans of caffeinated cola.", "heading: Breathe easier right now", "O", "hard call: remedy amount with timing (during an attack)"),
 ("If you want to try it, take 60 to 250 milligrams of standardized ginkgo extract once a day.", "", "O", ""),
 ("One recent study suggests that this herb interferes with a protein in the blood that contributes to airway spasms.", "", "S", ""),
])
P("https://keepzom.com/breathing-freely-natural-techniques-for-asthma-control/", "lifestyle blog: breathing freely, natural techniques for asthma control", [
 ("Asthma, affecting over 17 million people in the United States, poses a significant challenge to optimal health.", "", "S", ""),
 ("Having personally battled asthma for years, I discovered a transformative approach through yoga and breathing exercises, leading to a life free from frequent attacks.", "", "", "first-person"),
 ("Avoid mucus-forming foods such as animal products, most grains, junk, and processed foods.", "", "", ""),
])
P("http://www.sanomag.com.au/columns/2013/04/24/Control-Asthma-Naturally.php", "Australian lifestyle magazine column by a breathing-course teacher: control asthma naturally", [
 ("Asthma is a massive problem with 300,000 million sufferers worldwide, 2 million in Australia.", "", "S", ""),
 ("How can you treat asthma naturally just by breathing?", "", "", "question"),
 ("We breathe, on average, 720 times every hour.", "", "S", "hard call: uncited average"),
])
