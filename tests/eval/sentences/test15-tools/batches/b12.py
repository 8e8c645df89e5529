from lib import P
P("https://www.shortlist.com/news/hangover-cure-pill-alcohol", "UK men's magazine news: there's now a pill that'll cure your hangover", [
 ("There's now a pill that'll cure your hangover", "headline", "C", "hard call: headline states the cure as fact; the body attributes it to the inventor and doubts it"),
 ("That’s because a dude called Eddie Huai has invented what he claims is a pill that’ll almost entirely cure your hangover.", "", "", "attributed ('what he claims')"),
 ("“Your liver can process about one drink an hour and this helps boost liver enzymes and replenishes nutrients that alcohol gets rid of.”", "quote of the inventor", "", ""),
 ("Is it fake?", "", "", "question"),
], g='N')
P("https://dailytrend.ng/natures-healing-gift-to-humans-capable-of-curing-multiple-diseases", "Nigerian news site: nature's healing gift capable of curing multiple diseases (miracle leaf)", [
 ("Nature’s Healing Gift To Humans Capable Of Curing Multiple Diseases", "headline", "C", "headline states the plant cures multiple diseases"),
 ("Conventional medicine, it is always said, is the best method to treat human beings.", "", "", ""),
 ("However, it also serves a more important function: it works as a medicinal plant against various ailments and diseases.", "", "", "efficacy claim without cure wording"),
], g='N')
P("http://www.digitaljournal.com/article/315551", "citizen news site: hangover pill approved by FDA just in time for the holidays", [
 ("No longer do we have to suffer needlessly after a night of heavy drinking, a company claims.", "", "", "attributed"),
 ("This newest, and highly touted hangover cure is called Blowfish and is expected to be in drug stores shortly.", "", "", "hard call: 'highly touted' marks the cure label as others' hype"),
 ("Once you dissolve the two pills in water, the remedy promises to knock out multiple hangover symptoms in just 15 to 30 minutes.", "", "", "attributed ('promises'); OTC product label use"),
], g='N')
P("http://articles.herald-mail.com/2004-12-27/news/25017489_1_pill-holiday-hangover-drinkers", "US local newspaper archive: skip the hangover, companies tout remedies", [
 ("Whether before, after or while ringing in the new year with a few drinks, there are remedies available to make the next day a little more bearable.", "", "", ""),
 ("Dynamarketing released the formula, which works by taking two pills with every two drinks, in August, and will next month release a liquid version.", "", "", "hard call: describes how the product is used, reported, not an instruction to the reader"),
 ("\"You don't have to be a big drinker or a party animal to get a hangover,\" Cochrane said, citing studies that suggest that as few as three drinks could lead to a hangover.", "", "", "hard call: attributed to the company head; 'studies' unnamed but in reported speech"),
], g='N')
P("https://www.mensjournal.com/food-drink/fda-approves-hangover-pill/", "men's lifestyle magazine: FDA approves hangover pill", [
 ("FDA Approves Hangover Pill", "headline", "", "misleading regulatory claim, not one of the six classes"),
 ("Blowfish is a new over-the-counter remedy that claims to cure hangover symptoms in just 15 to 30 minutes.", "", "", "attributed ('claims')"),
], g='N')
