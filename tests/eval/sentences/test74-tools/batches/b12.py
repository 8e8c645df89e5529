from lib import P, S
# b12: LATE items (notes say "late"): labelled after trial builds showed the rare-class share below 40 %, from the stored
# excerpts of pages already labelled in b03-b10; chosen because they carry rare positives (selection bias, disclosed).
P("https://advaitclinic.com/?page_id=179", "Ayurveda clinic page: nasya", g='A')
S("Mouth becomes fresh and free from foul smell.", 'C', 'list "Benefits of Nasya"', 'late; hard call: guaranteed removal of foul smell')
S("All the sense organs become clear and strengthy.", 'C', 'list "Benefits of Nasya"', 'late; hard call: guaranteed result')
S("Hair doesn’ t become gray, if takes nasal administration regularly.", 'C', 'list "Benefits of Nasya"', 'late; guaranteed result; source spacing "doesn’ t" kept')
P("https://afimag.com/reasons-you-should-spice-your-meals-with-scent-leaves", "Nigerian police-affairs magazine lifestyle piece: scent leaves", g='N')
S("A good chew of it will kill bacteria found in the mouth, and thus stamp out bad breath.", 'C', 'about the stem of the plant', 'late; hard call: promised removal ("stamp out bad breath")')
P("https://newshama.in/eye-diseases/", "Unani product catalogue page: eye diseases", g='S')
S("Itrifal-e-Kishneezi: Useful in chronic cold and diseases caused by catarrhal secretions. Removes constipation and acts as a brain tonic. Directions: Take 5 to 10g with lukewarm water at bedtime.", 'O', '', 'late; hard call: consumer dose for an oral Unani product, no caveat; product line and directions run together as found')
P("https://teivumsei.lu/en/plant-portraits/plant-portraits-details/avoine", "Luxembourg herbal association plant portrait: oats", g='A')
S("Drink 3–4 cups daily, including before bedtime.", 'O', 'heading "Tea Preparation:"; previous: "Internal: Steep 1 tablespoon of the herb in 250 ml boiling water for 20 minutes, strain."', 'late; hard call: herbal tea amount and frequency for nervous exhaustion and sleep disorders, no caveat')
P("https://jemmedspa.com/procedures/thread-lift/", "med spa page: thread lift", g='H')
S("The regenerative effects result in 1-2 months where you will notice better skin texture, and firmer & smoother skin.", 'C', 'heading "What Results Can I Expect After the Treatment? How Long Do They Last?"', 'late; hard call: promise of results')
P("http://vetom.biz/human/SedyNET/", "maker's product page: cosmetic hair lotion", g='S')
S("- 60% - hair-covering restoration in alopecia;", 'S', 'list "As a result of these functional activities:"', 'late; hard call: outcome share without a source')
P("https://www.healthiswealth.ng/site/3-wonders-of-bitter-leaf-juice-for-the-treatment-of-diabetes/", "Nigerian health site: bitter leaf juice for diabetes", g='G')
S("The good news is that researchers have identified some medicinal plants such as guava, bitter melon and bitter leaf that will not only help reduce blood glucose levels but will also improve the effectiveness of the insulin; and in addition protect the body against complications associated with diabetes such as cardiac attack and kidney failure.", 'S', '', 'late; "researchers have identified" without a source')
