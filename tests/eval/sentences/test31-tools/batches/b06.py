from lib import P
# b06: tooth "remineralisation", hair regrowth, wrinkles and anti-ageing
P("https://livingwellwithdrmichelle.com/blogs/articles/how-to-heal-cavities-naturally-a-guide-to-tooth-remineralization",
  "dentist's product-shop blog: how to heal cavities naturally", [
  ("How to Heal Cavities Naturally: A Guide To Tooth Remineralization", "page title", "C", "hard call: healing cavities stated as achievable in a how-to title (round 16 receding-gum titles); the body limits it to early-stage cavities"),
  ("Many people don’t realize that it’s possible to reverse early-stage cavities through a natural process called remineralization.", "", "", "clinically accurate for early lesions (round 16 convention)"),
  ("In this blog, I’ll explain exactly how remineralization works and provide actionable tips to naturally heal your teeth and prevent future cavities.", "", "C", "hard call: promises to heal teeth and prevent cavities, with no early-stage limit in the sentence"),
  ("Tooth decay, also known as dental caries or cavities, is a common oral health issue that occurs when the enamel, the hard outer layer of your teeth, is damaged.", "", "", ""),
], g='S')
P("https://www.healthencyclo.com/en/article/naturally-curing-cavities-a-guide-to-remineralizing-your-teeth",
  "health encyclopaedia-style content site: naturally curing cavities", [
  ("Naturally Curing Cavities: A Guide to Remineralizing Your Teeth", "page title", "C", "hard call: cure stated in the title; the body then limits it"),
  ("But is it truly possible to heal a decayed tooth with diet and home remedies alone?", "", "", "question"),
  ("While you can't regrow a tooth that has a hole in it, you can reverse the earliest stage of decay.", "", "", "accurate and limited"),
  ("Fluoride, from toothpaste or water, also plays a huge role in this process.", "", "", ""),
], g='G')
P("https://inminutes.com/natural-home-remedies-heal-tooth-cavities/",
  "content site: 5 natural home remedies to heal tooth cavities", [
  ("The most familiar solution to tooth decay that results in cavities is to have a dentist put fillings in these cavities.", "", "", ""),
  ("However, there is a chance for tooth cavities to heal with home remedies without the need of fillings.", "", "", "hard call: hedged ('there is a chance'); not a statement that the dentist is unnecessary"),
  ("With a change of diet and a bit of oral care, you can get your pearly whites as good as new.", "", "C", "promised full repair of cavities"),
  ("Hence, avoid eating grains and don’t eat unfermented soy products at all.", "", "", "diet"),
  ("Make a tooth paste with 2 tablespoons of baking soda, 4 tablespoons of coconut oil, 20 drops of peppermint oil and some calcium and magnesium powder to mineralize your teeth.", "", "", "recipe"),
], g='G')
P("https://www.ommjam.com/blogs/news/7-proven-natural-home-remedies-for-hair-growth-for-women-and-men",
  "hair-product shop blog: 7 proven natural home remedies for hair growth", [
  ("Your hair will grow about half an inch a month during this phase.", "", "S", "hard call: figure with no source"),
  ("This lasts for about three months, and about 15% of hair is in this stage at a given time.", "", "S", ""),
  ("According to the American Academy of Dermatology, people usually lose between 50-100 hairs daily.", "", "", "cited"),
  ("This Hair Growth Starter Kit is made from natural medicinal plants and is the ultimate nourishment your hair needs to get thick, shiny, lustrous hair.", "product box: recommended for you", "", "praise without cure or safety wording"),
], g='S')
P("https://sandstonewellness.com/blog/5-crazy-hair-regrowth-treatments-that-dont-work/",
  "medical wellness clinic blog: 5 hair regrowth treatments that don't work", [
  ("That is why millions of people spend hundreds of millions of dollars each year on hair regrowth treatments that range from the possible to the ridiculous.", "", "S", ""),
  ("At $800-$2000, they will set you back a pretty penny while producing mixed results, at best.", "about laser hats", "", "price"),
  ("While minoxidil and its cousin drug finasteride (prescribed exclusively for men experiencing baldness) show some positive reversal of hair loss, they only work as long as you are taking them.", "", "", ""),
  ("Stop the drug and the hair loss resumes.", "", "", "hard call: a statement of what happens, not advice to stop"),
], g='H')
P("https://www.superhealthytips.com/is-it-possible-to-regrow-hair-on-bald-spot-naturally/",
  "health tips site: is it possible to regrow hair on a bald spot naturally?", [
  ("While evidence is limited, some natural remedies might help stimulate hair growth:", "heading: Potential Natural Remedies", "", ""),
  ("Essential oils: Rosemary, peppermint, and lavender oils have shown some promise in promoting hair growth.", "list item", "S", "hard call: research claim ('have shown some promise') with no citation"),
  ("If hair loss is severe or rapid, consulting a dermatologist is crucial.", "heading: When to Seek Professional Help", "P", ""),
  ("It’s essential to manage expectations and consult with a healthcare professional for personalized guidance.", "", "P", ""),
], g='G')
P("https://www.unilad.com/news/health/scientists-cure-for-hair-loss-575933-20251102",
  "viral news site: scientists' new 'cure' for hair loss", [
  ("Scientists have made a breakthrough with a new 'cure' for hair loss, which is said to take effect in just 20 days.", "", "", "hard call: reported, with scare quotes"),
  ("Hair loss affects well over 80 million people across the US, with androgenetic alopecia being the most common cause.", "", "S", ""),
  ("Data shows the problem is particularly prevalent among men, with an estimated two-thirds anticipated to have suffered a noticeable loss by the time they reach 35.", "", "S", ""),
  ("Researchers at National Taiwan University have seemingly created a serum that can be applied to the skin, which has been shown to restore hair growth in mice, as per their study published in Cell Metabolism.", "", "", "cited (named journal and study)"),
], g='N')
P("https://fryface.com/node/533",
  "dermatologist's consumer site: myths about anti-ageing creams", [
  ("Over-the-counter anti-aging creams (anti-wrinkle creams) can reverse the signs of aging.", "stated as a myth; the next sentence is: NO, they cannot.", "", "myth set up to be debunked"),
  ("NO, they cannot.", "", "", ""),
  ("If you are looking for “the fountain of youth” in a bottle, you will not find it in over-the-counter skincare products.", "", "", ""),
], g='H')
P("http://vivianfoate.com/anti-wrinkle-cream-does-it-work/",
  "personal site article: anti-wrinkle cream, does it work?", [
  ("Most commercial anti wrinkle cream formulations may have little actual benefit.", "", "", ""),
  ("Yet a specific ingredient or combination of emollients, active ingredients, and application habits can render a premium anti wrinkle cream of fantastic benefit.", "", "", ""),
  ("A certain amount of preservation of the appearance is possible with anti-wrinkle cream.", "", "", ""),
], g='B')
P("http://cosmeticsbysia.com.au/anti-wrinkle-creams",
  "Australian skin-care seller's page: anti wrinkle creams", [
  ("If we are to believe the advertising, then these ‘miracle’ creams will provide us with the fountain of youth and we will never look our age again!", "", "", "debunking advertising claims"),
  ("Meanwhile, our dermis—the supportive layer of the skin—is lucky to receive even 2% of any nutrients these anti wrinkle creams may contain.", "", "S", ""),
  ("Anti wrinkle creams sold over the counter cannot, by law, penetrate your skin to the dermis, because if they could, they would be classified as medical grade and not be able to be sold at supermarkets, department stores and pharmacies.", "", "", ""),
], g='S')
P("https://longdom.org/peer-reviewed-journals/antiaging-360.html",
  "open-access publisher's topic page: anti-aging", [
  ("Despite great demand, many anti-aging products and treatments have not been proven to give lasting or major positive effects.", "", "", ""),
  ("One study found that the best performing creams reduced wrinkles by less than 10% over 12 weeks, which is not noticeable to the human eye.", "", "S", "'one study' with no citation"),
  ("Another study found that cheap moisturisers were as effective as high-priced anti-wrinkle creams.", "", "S", ""),
  ("A 2009 study at Manchester University, funded by the manufacturer of the cream, showed that a proprietary blend of ingredients had a positive effect after six months of daily application when extrapolated to a twelve month basis of comparison.", "", "", "cited (institution and year)"),
], g='G')
P("https://www.vice.com/en/article/a3ddqg/wrinkle-creams-dont-prevent-wrinkles",
  "online magazine article: wrinkle creams don't prevent wrinkles", [
  ("“In 25 years, I’ve never seen a real wrinkle or fold repaired with a cream.”", "", "", ""),
  ("The truth is, rigorous application of those sweet-smelling moisturizers does anything from zilch to very modest improvement, depending on the concentration of active ingredients in the jar.", "", "", ""),
  ("If they claim to actually affect the structure or function of the skin—as in, actually repair a wrinkle—the FDA can come knocking.", "", "", ""),
], g='N')
