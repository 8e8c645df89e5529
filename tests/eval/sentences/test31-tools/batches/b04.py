from lib import P
# b04: baby reflux medicines, croup, threadworms/pinworms
P("https://www.thebabyrefluxlady.co.uk/reflux-medications",
  "infant-reflux coach's site: the truth about infant reflux medications", [
  ("This page is here to give you clarity.", "", "", ""),
  ("Use them as your checklist, your starting point, and your permission to ask more.", "about questions to ask the doctor before accepting reflux medication", "P", "hard call: encourages the parent to ask the doctor more questions"),
  ("Are these medications truly safe for my baby?", "list of questions to ask the doctor", "", "question"),
  ("What else can I do instead of medication?", "list of questions to ask the doctor", "", "question"),
], g='A')
P("https://bradandchyla.com/what-causes-acid-reflux-in-babies/",
  "scraped-text site: what causes acid reflux in babies", [
  ("As you might suspect, PPI use has been associated with an increased risk of infections of all types, but particularly gut infections and something like Clostridium difficile, which is a potentially fatal gut infection.", "", "S", "hard call: 'has been associated' research claim with no citation"),
  ("These should be prescribed by a paediatrician.", "about reflux medicines for babies", "P", "hard call: passive recommendation that a paediatrician decides"),
  ("Almost all babies spit up to some degree.", "", "", ""),
  ("Multiple studies have failed to show that these medications improve symptoms any better than no medication at all in many infants.", "", "S", "'multiple studies' with no citation"),
], g='G')
P("https://www.babycues.com/what-i-treat/reflux-medication/",
  "infant-digestion practitioner's site (sells a book): reflux medication", [
  ("These highly potent medications either heavily reduce or stop acid being produced in the stomach.", "", "", ""),
  ("Without acid much of a child’s early developing digestion is compromised, as is their immune system.", "", "", ""),
  ("I have encountered far too many babies that were unnecessarily prescribed these acid inhibitors, exhibiting the side effects listed below.", "", "", "hard call: disparages the prescriptions; no instruction to stop them"),
  ("Some might say, this is totally unacceptable for our newborns well-being.", "", "", ""),
], g='A')
P("https://en.drink-drink.ru/lechenie-kislotnogo-reflyuksa-u-mladencev/",
  "scraped translated copy of a consumer health article: acid reflux in infants", [
  ("In April 2020, Food and Drug Administration (FDA) demanded that all prescription and over-the-counter forms of ranitidine (Zantac) be removed from the US market.", "", "", ""),
  ("If you have been prescribed ranitidine, talk to your doctor about safe alternatives before stopping the drug.", "", "P", "warning against stopping without the doctor, not medication advice"),
  ("If you are taking over-the-counter ranitidine, stop taking the drug and talk to your healthcare provider about alternative options.", "", "P", "over-the-counter product under a recall, with a consult caveat (not M)"),
  ("If you have a child, you know that spitting up is very common and usually nothing to worry about.", "", "", ""),
], g='G')
P("https://legomumdiaries.wordpress.com/2017/02/07/baby-reflux/",
  "mum's personal blog: baby reflux", [
  ("All babies suffer in some shape or form and it’s linked with the stomach maturity.", "", "", ""),
  ("I get cross when people tell me reflux is normal.", "heading: Reflux is NOT colic", "", ""),
  ("Most of the times parents don’t even know the baby has reflux (especially if it comes as silent reflux) because GP’s just say it’s colic and that it will get better.", "", "", ""),
  ("In some cases it requires medication and further support from a gastro paediatrician.", "", "", "clinical statement, not a prompt to the reader"),
], g='B')
P("https://julieclarknutrition.co.uk/many-babies-gaviscon-ranitidine-omeprazole/",
  "nutritional therapist's blog: why are so many babies on Gaviscon, ranitidine and omeprazole?", [
  ("Reflux medications act to reduce stomach acid production.", "", "", ""),
  ("This is fundamentally flawed as this very important bodily function is essential for immunity, food digestion and nutrient absorption.", "", "", "hard call: disparages prescribed reflux medicines but gives no instruction"),
  ("How many Doctor’s would do this first?", "", "", "question"),
  ("One of the best ways to help a baby with reflux is also to give probiotics.", "", "", "no amount"),
  ("If you have a baby with reflux I would urge you to get the right help.", "next sentence: Find someone with experience so they can take a full medical history, test for intolerances and advise the best brand and dosage of p[robiotics]", "P", "hard call: urges the parent to get experienced professional help (a practitioner who takes a medical history); not explicitly away from the doctor"),
], g='A')
P("https://colicsos.com/what-you-need-to-know-about-reflux-medications/",
  "infant colic consultant's blog: what you need to know about reflux medications", [
  ("During my acid flare up, I headed straight to the medicine box and took out the Omeprazole and Gaviscon.", "", "", "narrative"),
  ("Although we trust health care professionals that these medications are appropriate, we are not given much information about them.", "", "", ""),
  ("You dissolve it in the milk if your baby is formula fed or given to baby before a feed if your baby is breast fed.", "about Gaviscon for infants", "", "how it is given, no amount"),
  ("Although many parents feel that it helps reduce the amount of milk being regurgitated, it has been widely reported that it causes constipation.", "", "S", "hard call: 'widely reported' finding with no source"),
], g='A')
P("https://biologyinsights.com/how-to-treat-croup-at-home-and-when-to-see-a-doctor",
  "science content site: how to treat croup at home and when to see a doctor", [
  ("Most cases of croup are mild, often beginning with cold-like symptoms and resolving within three to seven days with supportive care at home.", "", "", ""),
  ("If using a humidifier, clean it regularly to prevent the growth of mold or bacteria.", "", "", ""),
  ("If outdoor air is not cold, achieve a similar effect by holding the child near the open door of a freezer for a few minutes to let them breathe the cold air.", "", "", ""),
], g='G')
P("https://health.clevelandclinic.org/care-childs-croupy-cough/",
  "hospital health blog: how to care for your child's croupy cough", [
  ("These home remedies can provide relief within minutes", "standfirst", "", "hedged ('can')"),
  ("It affects children younger than age 5.", "", "", ""),
  ("Croup can lead to other complications, such as ear infection, respiratory distress or pneumonia.", "", "", ""),
  ("If your child has wheezing, labored breathing or stridor, an abnormal, high-pitched, musical breathing sound, Dr. Giuliano recommends trying a couple of things at home.", "heading: Home remedies", "", "hard call: home measures first, but not a statement that no doctor is needed"),
], g='H')
P("https://www.mountnittany.org/articles/healthsheets/1205",
  "hospital health sheet: croup", [
  ("Croup mainly affects children between 6 months and 3 years of age, especially children younger than 2 years, but it can occur up to age 6.", "", "", ""),
  ("Call your health care provider right away if you suspect croup.", "heading: When to go the emergency department (ED)", "P", ""),
  ("And seek emergency care if you're worried, or if your child:", "", "P", ""),
  ("Sit with your child in the steam for 15 or 20 minutes.", "heading: Home care for croup", "", "not a medicine dose"),
], g='H')
P("http://www.natural-homeremedies.com/blog/infestation-due-to-threadworms/",
  "home-remedies site blog: infestation due to threadworms", [
  ("Since the infestation is easily transmitted, all members of the family should be treated at the same time.", "", "", ""),
  ("In order to eliminate infestation you should make half a liter of herbal tea using one part of fennel seed, one part of peppermint and one part of aniseed.", "", "C", "hard call: herbal tea presented as eliminating the infestation"),
  ("Drink a cup of this mixture before breakfast, then another cup two or three times during the day.", "", "O", "remedy amount with timing and frequency"),
  ("Eat raw onions, apples and coconut, or add cayenne pepper and fresh or dried thyme to your meals to help kill worms.", "", "", "foods, 'help'"),
  ("In case these treatments are of no use, you are advised to go to a doctor for diagnosis.", "", "P", ""),
], g='G')
P("https://www.healthguidance.org/entry/15625/1/home-remedies-for-pinworms.html",
  "health content site: home remedies for pinworms", [
  ("These worms are very contagious and you can contract it by accidentally ingesting or inhaling the eggs.", "", "", ""),
  ("It is advisable to see a doctor to confirm whether your child has pinworms infestation.", "heading: Pinworm Diagnosis", "P", ""),
  ("1) Garlic is very effective in treating pinworms.", "", "", "efficacy claim without cure wording"),
], g='G')
P("https://simpleremedies.net/home-remedies/get-rid-of-threadworms-naturally/",
  "home-remedies content site: get rid of threadworms naturally", [
  ("In all cases you will want to visit your doctor, but they can be treated naturally.", "", "P", ""),
  ("The key to eliminating them is hygiene and re-treatment about two weeks after the infestation is cleared up.", "", "", ""),
  ("Make a tea of quasi, tansy, mugwort, thyme or wormwood, sweeten with a little honey and drink three times a day to help paralyze and kill worms.", "", "", "hard call: frequency but no amount (not O); 'help'"),
], g='G')
P("https://lifestyle.iloveindia.com/lounge/natural-cures-for-pinworms-2242.html",
  "Indian lifestyle portal: natural cures for pinworms", [
  ("Through these natural cures, know how to get rid of pinworms.", "standfirst", "C", "hard call: remedies called cures, as fact"),
  ("Natural Cures For Pinworms", "heading", "C", "names the remedies as cures"),
  ("Foods that are rich in fiber have been found to be very good for getting rid of pinworms.", "", "S", "'have been found' with no citation"),
  ("So, it is advisable to include probiotic supplements in the diet.", "", "", ""),
], g='G')
P("http://healthandfitnessweb.com/natural-cure-for-pinworms/",
  "health content site: natural cure for pinworms", [
  ("Natural Cure for Pinworms", "page title", "C", ""),
  ("Pinworm infections are generally harmless.", "", "", ""),
  ("Eating a high fiber diet boosts immunity and helps to cure pinworm infection", "heading", "", "hard call: 'helps to cure' read as hedged"),
  ("Parents need to encourage children to drink plain water instead of fruit cordials and fizzy drinks.", "", "", ""),
], g='G')
