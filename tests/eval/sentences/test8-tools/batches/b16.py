from lib import P
P("http://sunriserounds.com/why-not-a-colonoscopy/", "physician's blog: why not a colonoscopy (satire)", [
 ("For 25 years of medical practice I have urged, begged and prodded all to get colonoscopies.", "", "", "narrative"),
 ("More then 130,200 Americans will be diagnosed with colon cancer this year and most of them will have never had a colonoscopy.", "", "S", ""),
 ("You believe in giving cancer a fair break.", "list item 4 of the satirical '26 Reasons why not to get a colonoscopy'", "", "satire urging screening"),
 ("You failed math and believe the lifetime risk of getting colon cancer (5.1%) is less then the risk of a perforation from lower endoscopy (0.09%).", "list item 8, satire", "S", "hard call: figures given without source"),
], g='H')
P("https://qa.philstar.com/cebu-lifestyle/2009/01/12/430746/er-know-when-go-and-when-its-fine-treat-three-most-common-injuries-home/amp", "newspaper lifestyle page: ER, know when to go", [
 ("Skip the trip if you feel pain and your skin is red (a first-degree burn).", "heading: Burns; next paragraph: Go to the ER if the burn doesn't hurt ...", "", "safety-netted in the same section"),
 ("Apply a cool cloth for as long as you find it soothing, and take ibuprofen.", "", "", "no amount"),
 ("Go to the ER if you’re still bleeding after 10 minutes of applying firm pressure or if", "", "P", "cut off in the excerpt"),
 ("Instead, elevate your foot and apply ice for 15-20 minutes, twice a day.", "", "", "ice is not a medicine dose"),
], g='N')
P("https://health.howstuffworks.com/medicine/10-reasons-not-to-go-to-er9.htm", "reference site: 10 reasons not to go to the ER, minor cuts", [
 ("Minor skin injuries such as cuts or tears (lacerations) or minor scrapes and abrasions don't require a trip to the emergency department.", "", "", "hard call: clinical statement, safety-netted below"),
 ("In fact, they probably don't even rate a call to your doctor.", "", "", "hard call: safety-net follows in the page"),
 ("Of course, any lacerations that are large or deep, that can't be cleaned or that don't appear to be healing after a few days should be evaluated by a doctor.", "", "P", ""),
], g='G')
P("https://recipe4u.xyz/if-your-doctor-orders-you-to-have-a-colonoscopy-simply-tell-him-the-following", "recipe-site repost: if your doctor orders a colonoscopy, tell him the following", [
 ("That kind of headline is risky.", "", "", ""),
 ("Telling people to “simply say” something to a doctor can discourage needed medical care, and colonoscopies are often ordered for important, evidence-based reasons (screening, symptoms, family history).", "", "", "debunking"),
 ("Declining a recommended test without understanding why it was ordered can be dangerous.", "", "", ""),
], g='G')
P("https://www.thinkingineducating.com/why-some-parents-skip-pediatrician-visits-and-what-you-should-know", "parenting site: why some parents skip pediatrician visits", [
 ("In the U.S., the majority of children—approximately 90%—see a pediatrician or family doctor at least once a year, according to data from the Centers for Disease Control and Prevention (CDC).", "", "", "'according to'"),
 ("Studies suggest that 5-10% of families either delay, reduce, or avoid pediatric visits entirely.", "", "S", ""),
 ("A 2022 survey by the American Academy of Pediatrics (AAP) found that 7% of parents reported skipping well-child visits in the past year, often citing time constraints or distrust in the healthcare system.", "", "", "named source and year"),
], g='G')
P("https://mana.md/skipping-well-child-visits/", "pediatric practice blog: skipping well child visits", [
 ("This is a good decision.", "context: I'm keeping my kids home during the pandemic", "", ""),
 ("However, it doesn’t take away the need for regular checkups.", "", "", ""),
 ("Kids who keep up with regular visits to their pediatricians get sick less frequently and don’t have to take antibiotics as frequently.", "", "", "hard call: no figure"),
], g='H')
