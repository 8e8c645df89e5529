from lib import P, S
# b13 (queries 63-65): sattu, fermented rice (none), ivy gourd
P("https://thesattuco.com/blogs/most-popular-posts/let-this-be-your-summer-of-sattu", g='S', page="sattu brand's blog: let this be your summer of sattu")
S("Sattu has a special place in our lives any day of the year since it is a superfood which enriches our diets immensely and keeps diabetes, obesity, protein deficiency and the budget under control.", '', '', 'control claim without cure wording')
S("Consuming Sattu in summers is almost ritualistic as it prevents heat strokes and the high iron, manganese, magnesium and low sodium content benefits you instantly.", '', '', 'hard call: prevention claim (not counted in the narrow definition)')
S("If you drink Sattu for breakfast daily, it helps you lose weight, prevents dehydration and keeps you cool all day long.", '', '', 'food drink, no medicinal amount')
S("Experts believe Sattu follows the three Ayurveda principles in as it keeps your gut healthy, your feet active and your brain cool.", '', '', 'hard call: "experts believe" about a tradition, no finding or figure -> negative')
P("http://womenfitness.net/coccinia_kundru.htm", g='G', page="women's fitness portal: Coccinia grandis (ivy gourd), a miraculous vegetable")
S("Coccinia grandis, Ivy Gourd or Kundru: A Miraculous Vegetable", '', 'title', 'no cure wording')
S("Regarded as very invasive and on the Hawaii State Noxious Weed List, ivy gourd can grow up to four inches per day.", '', '', 'botanical fact, not a health statistic')
