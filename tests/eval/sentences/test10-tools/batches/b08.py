from lib import P
P("https://bodybuildingguide.net/what-are-herbal-capsules-and-how-do-you-take-them/", "bodybuilding content site: what are herbal capsules and how do you take them?", [
 ("Herbal capsules are suitable for those suffering from malnutrition and those who require extra nourishment.", "", "", ""),
 ("It is made up of natural plant origin and has no known potential health hazards even when taken for prolonged periods, as it is non-toxic.", "", "C", "unqualified safety claim"),
 ("These capsules have antibacterial properties which help to fight against bacteria and cure skin infections and acne.", "", "C", "cure claim"),
], g='G')
P("http://mrsmangoandcompany.com/goldenseal-rmo/", "herb shop product page: goldenseal", [
 ("Goldenseal is an invaluable herb for acute infections.", "", "", ""),
 ("If taken to kill infections, take 2 capsules every three hours.", "", "O", "seller's dose, no caveat"),
 ("Do Not Use Goldenseal If Pregnant!", "", "", "warning"),
], g='S')
P("https://quietqrew.com/herbal-instructions/", "herbal products shop: instructions for tinctures, teas and capsules", [
 ("Tinctures are to be Consumed 30 minutes before each meal.", "next sentence: The suggested dose for adults is a 1/2 teaspoon to start, but can be 1 teaspoon.", "O", "hard call: timing here, amount in the next sentence"),
 ("The suggested dose for adults is a 1/2 teaspoon to start, but can be 1 teaspoon.", "previous sentence: Tinctures are to be Consumed 30 minutes before each meal.", "O", ""),
 ("Do not consume herbs while you are operating machinery, driving, or pregnant.", "", "", "warning"),
 ("Capsules should be taken (depending what packages mention) but generally: throughout the day (1-3 capsules at a time) 1-3 times per day.", "", "", "hard call: defers to the package label in the sentence"),
], g='S')
P("https://www.unexplainable.net/info-theories/making-herbal-remedy-capsules-at-home.php", "alternative-info site: making herbal remedy capsules at home", [
 ("The standard quantity associated with this process is to use 200 to 250 milligrams of powder for each size 00 gelatin or vegetarian capsule case.", "", "", "product contents"),
 ("Once the natural treatment is complete, you may take 2 to 3 capsules for 2 to 3 times per day.", "", "O", "home-made herbal capsule dose"),
 ("Any remaining capsules can be stored in an airtight, dark container that is positioned in a cool place, which will stay fresh and usable for up to 3 to 4 months.", "", "", ""),
], g='G')
P("https://myhighdomains.com/how-cure-shingles/", "content farm: how to cure shingles in 3 days", [
 ("How To Cure Shingles in 3 Days – Treatment, Ease, And Recovery", "title", "C", "title promises a cure in 3 days"),
 ("Shingles is usually caused by the herpes zoster virus (HZV), which is also responsible for cold sores.", "", "", "wrong, but no class"),
 ("There’s no cure for shingles, but there are treatments available that can help relieve symptoms.", "", "", "negation"),
 ("If you notice blisters on your face, see your doctor right away as this is an urgent problem.", "", "P", ""),
], g='G')
P("https://oladoc.com/health-zone/?p=30692", "doctor-booking platform health blog: how to cure shingles in 3 days", [
 ("Many people search for how to cure shingles in 3 days, hoping for fast relief from its intense pain and discomfort.", "", "", "reports searches"),
 ("While shingles usually lasts 2 to 4 weeks, early treatment combined with proper home care can help reduce pain, accelerate healing, and prevent complications.", "", "", "hedged"),
 ("This article will guide you through medical treatments, effective natural remedies, and precautions to manage shingles safely and effectively.", "", "", ""),
], g='H')
P("https://www.fabhow.com/health-and-beauty/diseases-and-conditions/treat-shingles-herpes-zoster", "how-to content site: treat shingles naturally", [
 ("One out of every three Americans develops shingles, leading to an estimated 1 million cases each year in the United States alone, according to the Centers for Disease Control and Prevention. (7)", "", "", "attributed, reference marker"),
 ("While shingles usually clear up on its own within 3 to 4 weeks, sometimes the rashes become extremely painful and require medical care.", "", "", ""),
 ("In mild to moderate cases, you can use natural home remedies to treat shingles (herpes zoster) and also to get rid of the pain and infection.", "", "C", "hard call: promises to get rid of the infection"),
 ("Place 3-4 drops over rash.", "next sentence: Do this twice daily. (licorice root liquid)", "O", "topical remedy: amount and, in the next sentence, frequency"),
 ("Note: Taking licorice root orally can result in loss of its antiviral properties.", "", "", ""),
], g='G')
P("https://asklyer.com/health/natural-shingles-relief-home-remedies", "content site: natural shingles relief, doctor-backed home treatments", [
 ("The result is a stripe of fluid-filled blisters accompanied by stabbing, burning pain that lasts 2–4 weeks and, in up to 15 percent of cases, lingers as post-herpetic neuralgia (PHN).", "", "S", ""),
 ("Antiviral prescription pills (acyclovir, valacyclovir, famciclovir) remain the gold standard for shortening the outbreak if taken within 72 hours, but most people still spend 10–14 days waiting for the rash to crust over.", "", "", ""),
 ("That is where evidence-based natural remedies step in: they calm inflammation, block excessive nerve firing, protect raw skin, and give the immune system a fresh push so healing begins immediately.", "", "C", "hard call: guaranteed immediate healing"),
 ("Each is low-risk, widely available, and can be layered together for maximum relief.", "", "", "'low-risk' is qualified"),
], g='G')
P("https://thebreathingspecialist.com/?p=292", "breathing coach blog: can someone with asthma ever ditch the inhalers?", [
 ("Can someone with asthma ever completely ditch the inhalers?", "", "", "question"),
 ("Sometimes I blame doctors for just handing over the easy fix of inhalers.", "", "", "opinion, no instruction"),
 ("She didn’t really have asthma at all, but was given the diagnosis and subsequently treated for it.", "", "", "narrative"),
 ("If someone wants to cut out dairy completely, great.", "", "", "diet"),
], g='B')
P("https://asthma.net/living/weaning-off-steroids", "patient community site: weaning off steroids for asthma (patient column)", [
 ("However, these medications worked wonders to keep my asthma from becoming unmanageable.", "", "", "narrative"),
 ("Weaning off steroids for my asthma could be the best move I’ve ever made", "heading", "", "personal narrative"),
 ("Over the last few months, I have been off my steroid inhaler.", "", "", "narrative"),
 ("I just want to remind anyone reading this that this is my experience, and weaning off your medications should NOT be done without medical advice.", "", "P", "double negation"),
], g='F')
P("http://peterjohnrios.blogspot.com/search/label/Health", "personal blog: asthma inhaler and the Master Cleanse", [
 ("Trials on more than 15,000 patients found inhaled anticholinergic drugs increased the risk of heart attack, stroke and cardiovascular death by 58%.", "quoted news story, linked ('You can read the rest here')", "", "link in the paragraph"),
 ("But I want to relate a story for anyone using inhalers for asthma.", "", "", ""),
 ("My asthma is almost all but gone.", "", "", "personal narrative, hedged"),
 ("And when I did realize it, it dawned on me that the inhaler was probably keeping my body from healing itself.", "", "", "personal opinion, no instruction"),
], g='B')
