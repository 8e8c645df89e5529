from lib import P
# b12: "natural Ozempic" and weight-loss drugs, Ayurvedic hair regrowth, homeopathy and remedies for baby reflux
P("https://www.onmanorama.com/food/features/2025/03/13/lose-weight-without-ozempic-meal-control.html",
  "Indian news portal food feature: lose weight without Ozempic", [
  ("You don’t need Ozempic for weight loss—let your meals do the work", "headline", "M", "hard call: tells readers the prescription drug is unnecessary and to replace it with diet; no consult caveat"),
  ("With simple, sustainable food practices, you can achieve your weight goals naturally—without relying on Ozempic or similar medications.", "", "M", "hard call: swap framing, diet in place of a prescribed medicine (round 10 convention)"),
  ("While the drug may seem like an easy fix, it carries risks like muscle deterioration, dependence, and rebound weight gain once stopped.", "", "", ""),
], g='N')
P("https://www.opticflux.com/ozempic-the-risks-of-injecting-this-viral-diabetes-drug-to-lose-weight-and-natural-alternatives/34213/",
  "affiliate content site: Ozempic risks and 'natural alternatives' (diet pills)", [
  ("The efficiency of this treatment is undeniable but when it comes to the question of safety, the situation is a lot murkier.", "", "", ""),
  ("PhenQ is a natural appetite suppressant, fat blocker and burner and is probably the best oral diet drug on the market.", "", "", "product praise without cure or safety wording"),
  ("This herbal appetite suppressant contains three clinically proven ingredients that deal with calories consumption and food cravings you may experience daily.", "", "S", "hard call: 'clinically proven' with no citation"),
], g='S')
P("https://www.chopeglobal.com/natural-ozempic/",
  "diet content site: is there really a 'natural' Ozempic?", [
  ("After all, if your insurance doesn’t cover Ozempic, the medication can cost an average of $892.06 per month.", "", "S", "hard call: price average with no source"),
  ("There are ways to reduce the expense, but the point is, maybe there are ways to lose weight without taking a prescription medicine.", "", "", "hedged ('maybe')"),
  ("The FDA ordered it and a similar medicine removed from the market in 1997, after discovering they damaged heart valves.", "", "", ""),
], g='G')
P("https://honeycolony.com/article/the-truth-about-ozempic-weight-loss-and-side-effects-revealed/",
  "natural-products shop magazine: the truth about Ozempic", [
  ("According to recently released data, between 2021 and 2023, Ozempic was prescribed more than 9 million times off-label – meaning for treatment other than diabetes.", "", "", "hard call: vague 'according to' attribution counts under the guide"),
  ("In 2024, the market is projected to be approximately $23.8 billion, with an anticipated growth rate of 11.4% annually, potentially reaching around $52.6 billion by 2032.", "", "S", ""),
], g='S')
P("https://www.astrogle.com/ayurveda/kesha-ghrita-to-regrow-hair-on-bald-head.html",
  "astrology-and-Ayurveda content site: Kesha Ghrita to regrow hair on a bald head", [
  ("Kesha Ghrita to regrow hair on bald head", "page title", "C", "hard call: regrowth on a bald head stated as the remedy's result"),
  ("For advanced stages of baldness, only surgical methods like hair transplant may work.", "", "", ""),
  ("So, try this method if you are below 40, experiencing frequent hairfall and it will help regrow hair on bald head.", "", "C", "hard call: 'it will help regrow hair on bald head', a promised result"),
], g='G')
P("https://doctor.ndtv.com/living-healthy/7-natural-therapies-to-make-you-regrow-your-hair-1794826",
  "Indian news network's health section: natural therapies to regrow your hair", [
  ("Use these natural therapies, as recommended by Ayurveda, to prevent hair loss and have healthier and stronger hair", "standfirst", "C", "hard call: prevention promise in the standfirst"),
  ("Pitta can be controlled by curbing smoking, intake of alcohol, coffee, tea and acidic foods.", "", "", ""),
  ("You can take ashwagandha supplements to reduce hair fall caused by pitta dosh.", "", "", "no amount"),
], g='N')
P("https://thenewsbuzz.org/ayurvedic-remedies-for-hair-loss-and-regrowth/",
  "news-style content site: Ayurvedic remedies for hair loss and regrowth", [
  ("Ayurvedic hair oil is known for its restorative effect on the hair follicles as they are strengthened and nourished from within and are able to grow new hair and balance out hair fall.", "", "C", "hard call: regrowth stated as fact"),
  ("Hair fall can be corrected easily with the inclusion of healthy fats and proteins in the diet, maintaining good hair hygiene, and using chemical-free products that are mild on the scalp and hair.", "", "C", "hard call: 'corrected easily', a promised result"),
  ("Hair fall and hair loss are two different things and must not be confused with each other.", "", "", ""),
], g='G')
P("https://nirogchakra.com/baldness-hair-care/index.html",
  "Ayurvedic remedy site: baldness and hair care", [
  ("Needless to mention that these products are of little or no help at all, rather these shampoos/hairoils being chemical based; deteriorate the problem further.", "", "", ""),
  ("In ninety percent of the cases of hairfall the Lack of proper nourishment is the root cause of all such problems.", "", "S", ""),
  ("Only a strong LIVER can cure hairfall & baldness.", "", "C", "hard call: cure of baldness stated as fact"),
], g='A')
P("https://www.rajeevclinic.com/disease/other-disease-110/reflux-in-babies-21506.html",
  "homeopathy clinic page: reflux in babies", [
  ("Aethusa Cynapium, Chamomilla, and Natrum Phos are the top homeopathic remedies for reflux in babies.", "", "", ""),
  ("As long as your baby is healthy, content and growing well, reflux is not a cause for concern.", "", "", "clinical reassurance"),
  ("It's unusual for infant reflux to continue after age 18 months.", "", "", ""),
], g='A')
P("https://www.myradicalremedy.com/blog/resolving-infant-acid-reflux-naturally",
  "homeopath's blog: resolving infant acid reflux naturally", [
  ("According to NICE (UK) nearly half (at least 4 out of 10) of all babies younger than 1 year have GOR.", "", "", "cited"),
  ("Usual onset is around 8 weeks, reflux generally subsides when a baby is roughly four months old, with around 90% of cases resolving before 1 year.", "paragraph carries a citation: According to NICE (UK) ...", "", "figure in a cited paragraph"),
  ("If you suspect lactose intolerance and are breastfeeding remove all dairy products from your diet for 3 weeks and see if your baby improves.", "", "", "diet"),
], g='A')
P("https://cherylpeavoy.com/blog/reflux-in-babies-symptoms-and-treatment",
  "homeopath's blog: reflux in babies, her son's story", [
  ("The medications from the Doctors were not resolving the issues.", "", "", ""),
  ("I read that Homeopathy is a natural gentle medicine that works to correct the body and can help with reflux, so I consulted a Homeopath for the first time with a desperate plea for our baby to be helped.", "", "", "narrative"),
  ("His crying calmed down, sickness reduced then stopped, sleep improved, and during this process we then weaned him off the medications and started work on repairing the gut.", "after the homeopath's remedy", "C", "hard call: endorsed testimonial on a homeopath's page that the remedy stopped the illness; the weaning is narrative, not advice (not M)"),
], g='A')
P("http://www.gaelanelson.com/homeopathy-for-infant-reflux/",
  "homeopath's site: homeopathy for infant reflux", [
  ("Gastro Esophageal Reflux Disorder or GERD, is a more serious form of reflux, and only occurs in about 5% of babies with reflux.", "", "S", ""),
  ("If your baby is vomiting forcibly or having diarrhea after every feed it can lead to dehydration, and you should always seek help as soon as you can, from your family physician, midwife, or a Lactation Consultant.", "", "P", ""),
  ("According to a recent study published in the Journal of Pediatrics, Prevacid for infant reflux is no more effective than placebo and carries a significant risk of adverse side effects.", "", "", "cited"),
], g='A')
P("https://holisticfamilypracticeva.com/childrens-health-acid-reflux-in-infants/",
  "holistic family practice page: acid reflux in infants", [
  ("The best bet is to consult a healthcare professional for advice.", "", "P", ""),
  ("In our practice, we consult on the diet/nutrition of baby and mother as well as use homeopaths.", "", "", "service description"),
], g='H')
P("https://222health.com/family-health/babies-health/112156.html",
  "health content site: alternative acid reflux medicine for babies", [
  ("Ask your pediatrician or pharmacist what the correct dosage is for your infant.", "about antacids", "P", ""),
  ("It is not recommended that you use slippery elm at the same time as other medications.", "", "", ""),
  ("Aloe vera can be used for infants because it is natural and safe.", "", "C", "unqualified safety claim for infants"),
  ("Ask your doctor what dosage your baby should be on for his weight.", "", "P", ""),
], g='G')
P("http://pillhunt.com/2015/homeopathic-medicine-for-babies/",
  "pill-information content site: is homeopathic medicine for babies safe?", [
  ("The efficiency and safety of homeopathic medicine has been proven beyond doubt over the years but if you are considering giving your baby a dose, you might want to think about it before making a decision.", "", "C", "'proven beyond doubt' safety and efficacy"),
  ("There have been cases in the recent past where homeopathic medicine for babies caused health problems and the case was brought to the attention of legal authorities.", "", "", ""),
  ("The one thing going in favor of homeopathic medicine for babies is that when administered in low doses, they don’t cause any health issues or side effects whatsoever.", "", "C", "hard call: 'no side effects whatsoever', conditioned only on low doses"),
], g='G')
