from lib import P
P("https://aloehealth.co.ke/is-mastic-gum-effective-against-h-pylori/", "Kenyan natural health shop blog: is mastic gum effective against H. pylori", [
 ("When I had H pylori, the natural treatment protocol I originally learned in my functional medicine training involved the use of mastic gum for 60-days at a relatively high dose (4-6 capsules per day).", "", "", "narrative of the writer's own regimen"),
 ("This treatment method works very well for many people as long as the dosage guidelines and program duration are followed accurately.", "", "", ""),
 ("Instead, I used Matula Herbal Formula for 30-days and this program resolved all my symptoms very quickly.", "", "C", "hard call: the seller's endorsed first-person testimonial for the product it sells"),
 ("But don’t let that put you off using the gum as H pylori treatment because it DOES work for many people.", "", "", "'many people', not everyone"),
], g="S")
P("https://universum.earth/en/blog/gastritis-h-pylori-natural-treatment", "wellness shop blog: gastritis and H. pylori natural treatment", [
 ("It accounts for approximately 90% of duodenal ulcers and 75% of all stomach cancers worldwide.", "same paragraph names only the WHO carcinogen classification", "S", "hard call: figures without a source for them"),
 ("Global clarithromycin resistance now ranges from 15% to over 40%.", "same paragraph: The Maastricht VI Consensus Report (2022) now recommends ...", "", "paragraph carries a citation"),
 ("Protocol: 500-1000 mg curcumin twice daily with meals.", "heading: 1. Curcumin", "O", "consumer protocol: amount plus frequency"),
 ("Protocol: 400-600 mg standardized propolis extract daily.", "heading: 2. Propolis", "O", "consumer protocol: amount plus frequency"),
], g="S")
P("https://www.ifeelgoodmagazine.com/how-long-to-take-mastic-gum-for-h-pylori", "wellness magazine: how long to take mastic gum for H. pylori", [
 ("Helicobacter pylori infections affect approximately 50% of the global population, with many individuals seeking natural alternatives to conventional antibiotic therapies.", "", "S", "no source"),
 ("This ancient remedy, used medicinally for over 2,500 years, demonstrates remarkable bactericidal activity against H. pylori strains whilst offering a gentler approach to treatment.", "", "", ""),
 ("Pure Chios mastic gum at 1200mg daily, divided into three doses, achieved H. pylori eradication rates of approximately 30% in monotherapy studies.", "", "S", "unnamed studies; a trial dose, not an instruction"),
 ("You should calculate dosages based on the actual mastic content rather than total capsule weight, as many supplements contain additives that reduce the active ingredient concentration.", "", "", ""),
], g="N")
P("https://en.membukakan.com/post/how-can-i-get-rid-of-strep-throat-without-antibiotics", "scraped Q&A page: how can I get rid of strep throat without antibiotics", [
 ("While salt water may not provide you with immediate relief, it is still an effective remedy for killing bacteria while loosening mucus and easing pain.", "page title: How can i get rid of strep throat without antibiotics", "C", "hard call: stated as certain that the remedy kills bacteria, on a page about strep throat (round 10 convention)"),
 ("Mix two tablespoons of honey in with a warm glass of water or tea and stir it well.", "", "", "recipe"),
 ("Mix one teaspoon of lemon juice into a glass of warm water and drink for quick relief.", "", "", "recipe"),
], g="G")
P("https://clique2click.com/strep-throat-without-antibiotics/", "scraped health article: treating strep throat, do you really need that antibiotic", [
 ("Exposure to too many antibiotics can lead to antibiotic resistance, a problem that causes 23,000 deaths each year, according to the Centers for Disease Control and Prevention (CDC).", "", "", "'according to'"),
 ("“People should hope that their doctor does not prescribe an antibiotic,” says Aaron Glatt, MD, the chairman of medicine at South Nassau Communities Hospital in Hewlett, New York, and a spokesperson for the Infectious Disease Society of America.", "", "", "hard negative: quoted physician on antibiotic stewardship"),
 ("“They also shouldn’t expect a prescription every time they visit their doctor.”", "", "", ""),
], g="G")
P("https://treatathomeguide.com/treating-strep-throat-at-home-without-antibiotics/", "home treatment content site: treating strep throat at home without antibiotics", [
 ("Are you suffering from a sore throat?", "", "", "question"),
 ("✅ Antibiotics are not always necessary for treating strep throat, as the majority of cases can be managed through at-home remedies such as rest and hydration – Mayo Clinic", "quick facts list", "D", "hard call: tells readers most strep throat needs no treatment beyond home care (misattributed to a clinic); no safety-net"),
 ("It is highly contagious, and can spread through coughing, sneezing and direct contact with infected individuals.", "", "", ""),
], g="G")
P("http://blog.greathomeremedies.com/2012/01/fatty-liver-detox.html", "home remedies blog: fatty liver detox", [
 ("It is estimated that over 100 million Americans suffer from some degree of fatty liver and most do not even know about it.", "", "S", "no source"),
 ("Thankfully, once you discover that you are affected by steatosis, there is a way safe and natural way to reverse the cycle and quickly reverse the problem.", "", "C", "unqualified 'safe' and reversal"),
 ("You also want to talk to your doctor about the possibility of reducing the amount of prescription drugs you are taking.", "", "P", "consult prompt; the reduction is left to the doctor"),
 ("Certain herbs have also shown promise in helping your liver regenerate.", "", "", "hedged"),
], g="G")
P("http://bradlemley.com/2019/05/the-natural-cure-for-fatty-liver/", "health writer's blog: the natural cure for fatty liver", [
 ("Cure Your Fatty Liver – Naturally!", "headline", "C", "cure stated as fact in a headline"),
 ("This common condition can be reversed in 90 percent of cases", "standfirst", "S", "figure with no source; a rate, not a guarantee"),
 ("The prevalence of NAFLD in the general population of Western countries is 20–30 percent.1", "", "", "footnote 1"),
 ("No, what’s devastating our livers is the same thing that will render as many as one in three Americans Type 2 diabetics by the year 2050: overconsumption of carbohydrates, such as sugars (especially fructose) and grains.", "", "S", "projection without source"),
], g="B")
P("https://besthomecaretips.com/how-to-clean-a-fatty-liver/", "home care tips site: how to clean a fatty liver", [
 ("The good news is that fatty liver can be reversed.", "", "", "hard call: clinically accurate statement, not a product claim"),
 ("It has been proven that people who lose 10% of their body weight also reduce fat levels in the liver.", "", "S", "'proven' with no source"),
 ("Doctors claim that even 3% body weight loss can have a positive effect on our liver.", "", "S", "hard call: unnamed doctors, no source"),
], g="G")
P("http://www.myhealthyadvices.com/reading-will-forget-sciatica-pain-forever-video/", "health advice content site: forget sciatica pain forever", [
 ("There is some conventional treatment to treat sciatica, but usually, it can only relieve the pain for a while.", "", "", ""),
 ("Not to mention that many steroid injections can lead to serious side effects.", "", "", ""),
 ("A better option is to use certain home remedies and natural therapies that can reduce inflammation and pressure on the irritated sciatic nerve effectively.", "", "D", "hard call: steers readers from medical treatment (steroid injections) to home remedies"),
 ("Using this natural treatment, with proper rest you can eliminate the pain in around 6 weeks.", "", "C", "promised elimination of the pain"),
], g="G")
P("https://nirogam.com/treat-sciatica-naturally/", "Ayurvedic product seller's blog: treat sciatica naturally", [
 ("About 4-5 garlic buds should be crushed and added in 500 ml milk and boiled till it remains half.", "", "", "recipe"),
 ("Divide it in two parts; take one in the morning and other in the evening.", "", "O", "hard call: remedy schedule with amount and timing (round 12 convention)"),
 ("It is one of the most effective natural cures for sciatica.", "about pineapple", "C", "hard call: nominal cure claim"),
 ("Drinking one glass of fresh pineapple juice on a daily basis gives you the desired results.", "", "C", "hard call: promised result"),
], g="S")
