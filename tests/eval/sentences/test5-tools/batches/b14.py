from lib import P
P("http://thyroidrt3.com/starting1.htm", "patient self-treatment site: starting T3", [
 ("What has been found best is to calculate the amount of T3 in the meds that you are already taking and to take that amount of pure T3 in place of it.", "", "M", "tells readers to swap their prescribed thyroid medicine for T3 themselves, no consult caveat"),
 ("After 5 to 7 days you will start too feel hypo with sinking temperature and pulse and then be ready for your first T3 increase.", "", "M", "hard call: self-directed dose increase of a prescription hormone"),
 ("You will need to spread this out through the day and will need to increase after a week or so.", "", "M", "hard call: self-directed dose change"),
])
P("http://thyroidrt3.com/swapping.htm", "patient self-treatment site: swapping to natural desiccated thyroid", [
 ("Most of us try this at least once.", "", "", ""),
 ("Day 1, drop 10 (or 12.5) or T3 and replace it with 1 grain of Natural.", "", "MO", "hard call: swap of a prescription hormone with amount and timing, no consult caveat"),
 ("Taking your resting pulse and waking temperature each day while swapping over is strongly recommended.", "", "", ""),
 ("If it does not work then give up, swap back to T3 only, and stay on it long term.", "", "M", "hard call: self-directed switch between prescription thyroid drugs"),
])
P("https://healthunlocked.com/thyroiduk/posts/133397613/starting-thyroid-s", "patient forum thread: starting Thyroid-S", [
 ("Am I right to think that each 60mg tablet is a grain and that if I wanted to start on half a grain I would need to cut the tablet?", "forum post", "", "question"),
 ("I would halve Levothyroxine dose to 62.5mcg Levothyroxine and introduce 1 grain Thyroid-S split into 2 daily doses for 2 weeks.", "forum reply | the reply ends with: Please check with your personal physician before applying any of these suggestions.", "MO", "the disclaimer comes four sentences later, not in the same or next sentence"),
 ("Stop Levothyroxine and increase Thyroid-S by 1/4 grain (15mg) for two weeks, and if necessary increase to 2 grains 2 weeks later.", "forum reply", "MO", ""),
 ("Please check with your personal physician before applying any of these suggestions.", "forum reply, disclaimer", "P", "affirmative prompt inside a disclaimer"),
])
P("https://healthunlocked.com/thyroiduk/posts/135423267/ndt", "patient forum thread: switching from levothyroxine to Nature-Throid", [
 ("Self treating, I have hashis which GP is ignoring despite high TgAB and positive TPOab - he is stopping my Levo.", "forum post", "", "first-person"),
 ("I would hold at 2 grains for 6-8 weeks and check thyroid levels before raising further.", "forum reply to a self-treating poster", "MO", "hard call: dosing advice for self-medication with a prescription hormone"),
 ("There is no cure for Hashimoto's which causes 90% of hypothyroidism.", "forum reply", "", "hard call: reader reply; figure in a forum reply, not counted (reader-comment convention)"),
])
P("https://www.medhelp.org/posts/Thyroid-Disorders/Best-way-to-switch-from-Synthroid-to-Armour/show/2827684", "health forum thread: best way to switch from Synthroid to Armour", [
 ("Should I stop the Synthroid completely?", "forum post", "", "question"),
 ("You might want to stop the levo completely and ease into the Armour.", "forum reply", "M", "hard call: the doctor prescribed Armour but gave no switching plan; the reply tells the reader how to stop levothyroxine"),
 ("However, if you don't usually have any problems with meds, you could just make the switch and keep an eye open for any hyper symptoms and cut back for a few days if necessary.", "forum reply", "M", ""),
])
P("https://healthunlocked.com/thyroiduk/posts/130358616/changing-from-levo-to-armour", "patient forum thread: changing from levo to Armour (self-medicating)", [
 ("My daughter is taking 175mcg levo but is thinking of self medicating with Armour, can anyone please tell me how she goes about doing it.", "forum post", "", "question"),
 ("Start slowly, leave off the levo for at least 3 days then begin with 25mcg of Armour and build up by taking 25mcg more after the first fortnight and so on until optimum dose is reached.", "forum reply", "MO", ""),
 ("If you are still feeling hypo then take a little more Armour, if you feel you are hyper than drop your dosage back a little.", "forum reply", "M", ""),
])
P("https://healthunlocked.com/thyroiduk/posts/133642017/thiroyd-arrived-today-eek", "patient forum thread: Thiroyd arrived today (self-medicating)", [
 ("Having read about NDT I've decided to self medicate without GP input (totally unsupportive).", "forum post", "", "first-person"),
 ("1 grain of NDT is said to be more or less the equivalent of 100 mcg of T4, so I agree with those who recommend you start on 1 grain and add 1/2 grain every fortnight or so.", "forum reply", "MO", "dose advice for self-medication replacing levothyroxine"),
 ("You can raise by 1/2 every couple of weeks but it depends how you tolerate it really..I did it in 1/4 grain raises every 7-10 days but experiment and see what feels best.", "forum reply", "M", ""),
])
P("https://curtnutrition.com/?p=222", "nutrition blog: Epsom salt gallbladder cleanse", [
 ("While traditional treatments like medication and surgery can address gallstones, many people prefer natural remedies such as gallbladder cleanses.", "", "", "reported preference"),
 ("Many people safely perform gallbladder flushes on their own without a doctor’s supervision.", "", "CD", "safety claim plus a steer away from medical supervision"),
 ("In the last two days, drink 8 oz of apple juice every 2-3 hours to aid the gallbladder cleanse.", "", "", "hard call: a food/juice intake, not a remedy dose"),
])
P("https://healthyhuemans.com/gallbladder-cleanse-epsom-salt/", "natural-health blog: gallbladder cleanse with Epsom salt guide", [
 ("While medication and surgery are often used to resolve gallstone complaints, many people turn to natural remedies instead.", "", "", "reported behaviour"),
 ("Every year, thousands of people complete gallbladder flushes safely on their own without a doctor’s help.", "", "CD", "safety claim and a steer away from medical help; vague 'thousands' not counted as a statistic"),
])
P("https://healthwages.com/how-to-cleanse-the-liver-with-epsom-salts/", "health content site: how to cleanse the liver with Epsom salts", [
 ("If you have doubts about whether your discomfort is due to liver problems or other aspects, we recommend that you go to your doctor to check you well, diagnose you and offer you the best treatment for you.", "", "P", ""),
 ("These salts dilate the bile ducts and are slightly laxative, ideal for promoting the expulsion of accumulated waste, grit and even stones.", "", "", ""),
])
P("https://patithomascn.com/support-materials/self-help/liver-and-gall-bladder-flush/", "nutritionist's self-help handout: liver and gall bladder flush", [
 ("This overnight flush improves the immune system by detoxifying the liver and gall bladder, and acts as a powerful rejuvenator.", "", "", ""),
 ("Caution: This flush is not recommended for diagnosed conditions of large stones.", "", "", ""),
 ("Three hours later: Take one tablespoon of Epsom salts dissolved in 1⁄4 cup warm water.", "", "O", "remedy amount with timing, no caveat"),
 ("Next morning: One hour before breakfast, take one Tbsp of Epsom Salt dissolved in ¼ cup of warm water.", "", "O", ""),
])
P("https://www.askshelley.com/the-liver-flush-recipe-without-epsom-salts/", "natural-health blog: the liver flush recipe without Epsom salts", [
 ("If you still want to relax the bile ducts but not get diarrhea, take 500 mg of any kind of magnesium you like about 1 hour prior to taking the oil.", "", "O", ""),
 ("Be sure to take stone dissolving agents for about 3-7 days.", "", "", "no amount"),
 ("Don’t take any medications that you can do without.", "", "M", "hard call: tells readers to drop medicines they judge unnecessary, no consult caveat"),
])
P("https://nutryweb.com/liver-and-gallbladder-cleanse/", "content site: liver and gallbladder cleanse with Epsom salt", [
 ("You can look forward to the vanishing of your allergies, with each rinse.", "", "C", "promised result"),
 ("Amazingly, it also eradicates the pain in your shoulders, upper arm, as well as the upper back; consequently, you have extra power along with improved good sense of health.", "", "C", ""),
])
P("https://nutritionspeak.com/handout/liver-gallbladder-cleanse-one-day", "nutritionist handout: one-day liver/gallbladder cleanse", [
 ("Don’t use this cleanse if you have any liver disease other than mild-to-moderate fatty liver.", "", "", ""),
 ("1) Stir 1 Tbsp. Epsom salt into a cup or more of water and drink it.", "heading: Two Ways to Take the Epsom Salt | same instructions: Taking it first thing in the morning works best.", "O", "amount plus timing (morning, empty stomach)"),
 ("Don’t eat or drink anything or take any meds or supplements for two hours.", "", "", "hard call: a short delay in taking medicines, not a change to them"),
])
P("https://www.organiclifestylemagazine.com/how-i-replaced-medications-with-essential-oils?print=print", "organic lifestyle magazine: how I replaced medications with essential oils", [
 ("How I Replaced Medications With Essential Oils", "headline", "M", "hard call: headline steering readers from medicines to oils, although told in the first person"),
 ("But while getting well, and every now and then once wellness has been achieved, it’s nice to have access to an all natural, side-efect free type, chemical free treatment.", "", "C", "'side-effect free'"),
 ("I take 5 slow, deep breaths and every symptom of asthma immediately goes away", "heading", "C", "hard call: the writer's endorsed guarantee-like claim about asthma"),
 ("It’s important to note here that every person is different and the source of his or her symptoms will vary.", "", "", ""),
])
P("https://bitesizedbiggie.com/stopped-taking-medicine/", "mum's blog: why I stopped taking (most) medicines", [
 ("I want it to be clear – I am NOT AGAINST MODERN MEDICINE.", "", "", ""),
 ("A drop of each in 4 oz of water daily.", "previous sentence: I first tackled seasonal allergies with a Lemon, Lavender and Peppermint regimen I’d seen repeatedly in my search results.", "", "hard call: the writer's own regimen, narrative"),
 ("A crazy thing happened. It actually worked.", "", "", "testimonial of relief"),
])
P("http://www.chadhayesmd.com/essential-oils-are-a-poor-choice-for-asthma-and-a-few-other-things/", "pediatrician's blog: essential oils, a poor choice for asthma", [
 ("Essential Oils: A Poor Choice for Asthma (and a few other things)", "post title", "", "debunking"),
 ("The article he linked to is called Essential Oils Alternative for Pediatrician’s Top 10 Prescribed Drugs.", "", "", "names the article being criticised"),
])
P("http://doterraessentialoilmama.blogspot.com/2014/01/essential-oils-changed-my-life.html", "essential-oil distributor's blog: essential oils changed my life", [
 ("I hadn't ever questioned my son's pediatrician when he had prescribed us four different medications for my son's respiratory problems.", "", "", "narrative"),
 ("I did discover that all asthma is allergy-related.", "", "", ""),
])
