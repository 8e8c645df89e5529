from lib import P
P("https://rastafari.tv/cancer-forbidden-cures-herbs-baking-soda-coconut-oil/", "video/community site repost: cancer forbidden cures, baking soda", [
 ("Even the most aggressive cancers which have metastasized have been reversed with baking soda cancer treatments.", "", "C", ""),
 ("In fact, 9 out of 10 cancer patients agree to chemotherapy first without investigating other less invasive options.", "", "S", "figure without source; disparages chemotherapy but gives no instruction (not D)"),
 ("Doctors and pharmaceutical companies make money from it.", "", "", "distrust without instruction"),
 ("Chemotherapy boosts cancer growth and long-term mortality rates and oncologists know it.", "", "D", "hard call: claims the standard treatment makes cancer worse, steering readers away from it"),
 ("Obviously there are people in the know who have understood that sodium bicarbonate, that same stuff that can save a person’s life in the emergency room in a heartbeat, is a primary cancer treatment option of the safest and most effective kind.", "", "C", "safety and efficacy claim for a cancer treatment"),
 ("The Whitaker protocol uses 12 g (2 rounded teaspoons) of baking soda mixed in 2 cups water, along with a low-cal sweetener of your choice.", "next: (It’s quite salty tasting.) Sip this mixture over the course of ...", "O", "hard call: a home cancer protocol dose presented for the reader to follow"),
], g='A')
P("https://mommingschool.com/how-baking-soda-became-cancer-treatment/", "parenting blog video post: how baking soda became a cancer treatment", [
 ("Dr. Tullio Simoncini discusses how he discovered sodium bicarbonate, or baking soda, could be a successful treatment for cancers.", "", "", "reported"),
 ("He also gives an example of how well and quickly it worked in one of his patients!", "", "", "reported anecdote"),
], g='B')
P("https://www.ibuzzle.com/articles/toothache-home-remedies.html", "content site: toothache home remedies", [
 ("Toothache home remedies salvage one from the pits of excruciating pain, enslaving the person with a toothache.", "", "", ""),
 ("The juices will destroy the germs in the cavity, thereby providing relief from the agonizing pain.", "about onion juice", "C", "hard call: mechanism ending in destroying germs, stated as certain"),
 ("One of the best sinus toothache home remedies is garlic, which being a natural bacteria combatant treats the cause of a sinus toothache.", "", "", ""),
 ("For long-term effect, take 600 milligram capsules thrice a day until the toothache subsides.", "about garlic capsules", "O", "consumer dose, no caveat"),
], g='G')
P("http://teethwhiteningreview.co.uk/articles/cure-toothache/", "dental products review site: how to cure toothache", [
 ("But an aching tooth, should you suffer from one, is a signal that the tooth in question needs further investigative work by a qualified dentist, even if the pain disappears on its own accord.", "", "P", ""),
 ("There exists several possibilities to cure a throbbing tooth, but it must be remembered that it is not considered permanent, and that a consultation must be followed up from a qualified dentist.", "", "P", ""),
 ("Oil of clove is a tried and tested way of escaping toothache, and in fact has excellent properties for doing so.", "list item", "", ""),
], g='H')
P("http://pointtreatment.blogspot.com/2012/01/cures-for-toothache.html", "health blog: cures for toothache", [
 ("Although nothing short of pulling or otherwise fixing the tooth can cure the problem, there are a number of things that can be done until the problem can be solved.", "", "", ""),
 ("Taking a painkiller such as aspirin may be all that is needed until a dentist can be seen.", "", "", ""),
 ("Toothaches do not go away on their own or even with the use of a store-bought or homemade remedy.", "heading: Misconceptions", "", ""),
 ("Cloves, salt water washes, mouthwashes and gels only postpone the needed visit to a dentist.", "", "P", "hard call: states the dentist visit is needed"),
], g='B')
P("http://aches.in/toothacheremedies.html", "home-remedy site: toothache remedies", [
 ("Most home remedies for toothaches due to a dental problem only provide temporary relief, it is advisable to visit the dentist at the earliest for a permanent cure.", "", "P", ""),
 ("The pain will subside for some time.", "", "", ""),
 ("People with diabetes and children should not use large quantities of  clove oil, as it could be harmful for their health.", "", "", ""),
], g='G')
P("https://remedydaily.com/2017/11/14/toothaches-are-the-worst-try-one-of-these-7-home-remedies-before-you-call-the-dentist/?src=sidexpromo&et=mxp&eid=74029&pid=59591", "remedy content site: try one of these 7 home remedies before calling the dentist", [
 ("For some reason, dentists are considered torturous, and going to see them for a toothache is the last thing most people want to do.", "", "", ""),
 ("If the pain persists for more than a day or two, please contact the dentist.", "", "P", "safety-netting"),
 ("Clove oil doesn't treat the cause of the problem, though, so if the pain persists, see your dentist.", "", "P", ""),
 ("You may be able to take care of the issue completely with this, as the onion can help treat a bacterial problem.", "", "", "hard call: hedged ('may be able'); safety-netting earlier on the page"),
], g='G')
