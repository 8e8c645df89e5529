from lib import P
P("https://www.antiessays.com/free-essays/Can-Herb-Cure-Cancer-114536.html", "essay site: can herbs cure cancer", [
 ("The women recovered completely and lived another 21 years.", "", "", "narrative of the Essiac legend"),
 ("Many people began using holistic cancer remedies in the ‘80s when it became apparent that Western medicine was not curing cancer.", "", "", ""),
 ("So many terminal people did indeed live, curing their cancer, or living for years past the doctors’ predictions, that herbs became more popular.", "", "C", "hard call: endorses that herbs cured terminal cancer"),
], g='G')
P("https://www.relevantmagazine.com/culture/27427-a-medical-breakthrough/", "magazine news brief: a medical breakthrough? (cancer-killing virus)", [
 ("Researchers at the Hershey Medical Center lab may have discovered a virus that could kill cancer.", "", "", "hedged"),
 ("The virus is totally safe for humans, but liquefies cancer cells upon contact with them.", "", "C", "'totally safe'"),
 ("Hundreds of tests later, however, the reports are all coming back positive…", "", "", ""),
], g='N')
P("http://bestoftips.com/how-to-treat-a-toothache-with-clove-oil/", "tips site: how to treat a toothache with clove oil", [
 ("Toothache pain ranges from throbbing to excruciating, but a good dentist can alleviate the pain quickly.", "", "", ""),
 ("Mix a few drops of clove essential oil with ½ teaspoon of olive oil.", "", "", "recipe, no frequency"),
 ("Note: These methods are not the final treatments but can be used for temporary relief until you find a dentist.", "", "P", "hard call: implies seeing a dentist"),
], g='G')
P("https://healthypeople365.com/index.php/2018/03/13/tooth-pain-disappears-in-a-flash-this-is-the-best-natural-remedy-for-a-toothache/", "health content site: tooth pain disappears in a flash, clove oil", [
 ("The usual treatment for the pain includes a trip to your dentist, but you should know that some natural remedies can (temporarily) help you alleviate the pain.", "", "", ""),
 ("According to a 2006 study, the oil is just as effective as benzocaine.", "", "", "'according to'"),
 ("To prepare this oil for use, mix 2 drops of it with half a teaspoon of coconut oil and soak a cotton ball in the mixture.", "next sentences: put it against the painful tooth ... Repeat the process as many times a day as you need", "O", "hard call: amount with open-ended repeats"),
 ("Clove is also a powerful antioxidant that will strenghten your immune system and help your body fight against free radicals.", "", "", ""),
], g='G')
P("https://swapsouls.com/essential-oils-sort-by-conditions/toothache/", "essential-oil distributor site: toothache", [
 ("Dentists, as well as those familiar with home remedies, know that the simple Clove spice can be used for pain relief associated with the teeth and gums.", "", "", ""),
 ("Use the Oil Pulling technique of swishing the mixture for 5-10 minutes in the mouth. Do not swallow the mixture when finished. . Add Lemon or Peppermint to improve taste. Continue regular oral hygiene, see dentist.", "", "P", "ends with 'see dentist'"),
 ("Adults: the Clove can also be rubbed directly on the painful tooth and gum area for immediate relief.", "", "", "no amount"),
], g='S')
P("https://daysisland.com/blogs/blog/12458873-clove-bud-oil-using-clove-bud-oil-for-toothaches", "essential-oil shop blog: clove bud oil for toothaches", [
 ("While a toothache almost always necessitates a trip to the dentist, clove bud oil is a natural disinfectant and has both antibacterial and antiviral properties that can help hold you over until you are able to get to the dentist.", "", "", "hard call: says a dentist is needed but does not prompt directly"),
 ("Add one drop of clove oil to toothpaste. Use this mixture 1-2 times daily.", "heading: How to use clove oil for toothaches", "O", "hard call: the dentist remark is in the previous section"),
 ("Mix 3-5 drops of clove oil with approximately 2 ounces of water. Swish around in your mouth for 30 seconds up to 5 times a day to disinfect the mouth.", "", "O", "hard call: as above"),
 ("In large quantities, clove oil may be toxic, so use caution when incorporating it into a home remedy.", "", "", ""),
], g='S')
P("https://www.autoimmunee.com/tapering-prednisone", "autoimmune patient blog: tapering prednisone", [
 ("Remember when thinking of these things you have to talk to your doctor to help make a plan together.", "", "P", ""),
 ("It’s a slow process and it will take time, but it is achievable to taper to a lower dosage.", "", "", ""),
 ("Do not, under any circumstances, go off prednisone suddenly on your own", "", "", "warning against stopping"),
], g='B')
P("https://discussion.livingwithpsoriaticarthritis.org/t/prednisone-step-down/266", "patient forum thread: prednisone step down", [
 ("Can anyone talk about their experience stepping down off prednisone?", "", "", "question"),
 ("45mgs for 3 days, 40 mgs for 3 days 35mgs for 3 days, and slowly down till I stopped completely.", "context: the poster's rheumatologist's step-down", "", "own regimen narrative"),
 ("When I was released I got myself back down to about 120mg.", "", "", "narrative"),
], g='F')
