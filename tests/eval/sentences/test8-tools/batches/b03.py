from lib import P
P("https://healthyanatomy.me/2019/02/13/should-i-choose-chemotherapy-or-alternative-medicine-to-cure-my-cancer/", "patient blog: should I choose chemotherapy or alternative medicine to cure my cancer", [
 ("Should I choose Chemotherapy or Alternative Medicine to Cure my Cancer?", "page title", "", "question"),
 ("First of all, do your own research.", "", "", "hard call: self-research, does not steer away from doctors by itself"),
 ("Take advantage of the Internet, especially of the medical literature available to you, and serious articles from reliable sources (not just from personal blogs); get to know your Cancer, and Cancer in general.", "", "", ""),
 ("He passed away only 10 months after his diagnosis.", "", "", "narrative"),
], g='B')
P("https://www.watercures.org/chemo-or-natural-cures-for-cancer.html", "alternative-health site: chemo or natural cures for cancer", [
 ("Both treatments have survivors and even those who have been, in their opinion, cured of cancer.", "", "", "reported opinion"),
 ("Spoiler Alert: There is evidence that combining both chemo and natural cures may improve outcomes dramatically.", "next sentence: ... this comes from clinical trials, and although the research just began (our reference is 2019), it looks very promising.", "S", "hard call: 'our reference is 2019' names no study"),
 ("Note: Common wisdom says that we should not stop any medical treatment with out first finding a health care professional that can manage those changes.", "", "P", "double negation: do not stop without a professional"),
 ("If you desire to switch to holistic health care, you should seek out a doctor experienced in treating what ever health challenge you face and is willing to work with treatments you find acceptable.", "", "P", ""),
 ("Although newer and different acting chemo therapies are being created, they still cause damage to our healthy cells.", "", "", ""),
], g='A')
P("https://chrisbeatcancer.wordpress.com/2010/08/20/why-i-didnt-do-chemo/", "cancer survivor blog: why I didn't do chemo", [
 ("Like I’ve said before, I am not a doctor or a scientist.", "", "", ""),
 ("Chemotherapy is poison and it does not discriminate.", "", "", "hard call: anti-chemo statement, no instruction"),
 ("This process makes you very sick and can cause permanent damage to various parts of your body including your brain, liver, hearing, and reproductive organs.", "", "", ""),
 ("Note: Your immune system is what keeps you alive.", "", "", ""),
], g='B')
P("http://provideyourown.com/2012/die-from-cancer-get-chemo/", "self-reliance blog: die from cancer, get chemo", [
 ("A new study (NOTE: link is invalid, see update at end of article) from mainstream sources has not only confirmed that chemotherapy does more harm than good, but discovers the mechanism by which chemotherapy almost ensures death by cancer.", "", "S", "hard call: 'study confirmed' with a dead link and no named source"),
 ("Become scared and sign up for whatever treatment the doctor recommends – usually chemotherapy", "list item 2 of the 'typical process' of cancer patients", "", "hard call: sarcastic narrative list, no instruction"),
 ("I don’t have exact statistics, but I would venture that this scenario is played out with some variation about 90% of the time or more.", "", "S", "hard call: an invented figure is still an unsupported statistic"),
 ("Natural practitioners have long suspected that chemotherapy causes irreparable damage to the immune system leaving patients completely helpless to combat any recurrence of the cancer.", "", "", ""),
], g='B')
P("https://www.healthiguide.com/health/avoid-drinking-apple-cider-vinegar-like-this-and-get-all-its-benefits/", "content site: avoid drinking apple cider vinegar like this", [
 ("It is known to help with stomach issues, hiccups, and sore throat, and even works to clear dandruff, acne, and bruises.", "", "", "treatment claim without cure wording"),
 ("The recommended way is to mix one to two tablespoons of apple cider vinegar into eight ounces of water.", "", "", "hard call: dilution recipe without frequency"),
 ("Drinking apple cider vinegar is a great way to keep healthy, but just be sure to mix in the appropriate amount of water to avoid causing long-term damage.", "", "", ""),
], g='G')
P("https://allisonchiro.com/2017/07/12/just-a-spoonful-of-apple-cider-vinegar/", "chiropractor blog: just a spoonful of apple cider vinegar", [
 ("There are various ways you can take ACV—take a small dose of around 1 to 2 teaspoons a day, dilute a spoonful in a glass of water, add it to an organic juice (preferably made in your juicer) or even mix it into your salad.", "", "O", "hard call: daily amount given as a dose; the caveat later ('not meant to be used in place' of care) is not in this section"),
 ("Those with type 2 saw a 25 percent improvement in their blood glucose levels.", "paragraph carries a citation: A study done in 2004 and cited in Diabetes Care", "", "cited"),
 ("Some research has also indicated ACV use may lower cholesterol and blood pressure.", "", "S", "'some research' uncited"),
 ("It may help relieve heartburn.", "", "", ""),
], g='A')
P("https://edehati.com/product/29461269/Natural-Apple-Cider-Vinegar-with-Mother", "online shop product page: natural apple cider vinegar with mother", [
 ("Improved digestion: ACV helps to break down food and promote digestion.", "", "", ""),
 ("A common recommendation is to mix 1-2 tablespoons of ACV with 8 ounces of water and drink it before meals.", "next sentence: However, it is important to talk to your doctor before consuming ACV, especially if you have any underlying health conditions.", "", "doctor caveat in the next sentence"),
 ("However, it is important to talk to your doctor before consuming ACV, especially if you have any underlying health conditions.", "", "P", ""),
], g='S')
P("https://easyhealthoptions.com/apple-cider-vinegar-medicine-chest/", "natural-health newsletter site: apple cider vinegar in your medicine chest", [
 ("And you should take a dose daily “to keep the doctor away.”", "", "D", "hard call: remedy framed as keeping the doctor away"),
 ("It’s certainly a much better preventative than all the chemical drugs Big Pharma can cook up to poison you with.", "", "", "hard call: disparages drugs but gives no instruction to stop one"),
 ("Digestive aid: Take 2 tablespoons in water with 1 teaspoon of honey before meals.", "", "O", ""),
 ("Or, if you can handle the taste, take 1 tablespoon of apple cider vinegar three times a day.", "list item: Treat sinus infections", "O", "remedy dose for an infection"),
 ("Helps lower blood sugar: This is essential for diabetics.", "", "", ""),
], g='A')
P("https://www.healthyandsmartliving.com/are-you-consumeing-properly/", "content site: are you consuming apple cider vinegar properly", [
 ("Never take apple cider vinegar directly in a raw form.", "", "", ""),
 ("Apple cider vinegar is a frequently used natural remedy that can eliminate toxins from the body, heal heartburn, bring your pH level in balance and stabilize blood pressure.", "", "C", "hard call: 'heal heartburn' stated flatly"),
 ("While it’s true that this vinegar is only 5% acidic, it is also true that this content can be very acidic for the human body.", "", "", "product property"),
], g='G')
P("https://www.neridamoorhouse.com/blog/2017/9/10/apple-cider-vinegar", "naturopath blog: apple cider vinegar gargle for sore throats", [
 ("It is one of the best home based remedies that is effective and easy to make.", "", "", ""),
 ("I have been recommending this gargle to my clients for many years, and when they gargle at first sign of any throat tickles, they do not become unwell.", "", "C", "hard call: guaranteed result"),
 ("At the first sign of a different or sore throat sensation make 2 teaspoons of organic apple cider vinegar (10mL) mixed in a 250mL glass of water. Gargle a mouthful for a few seconds and spit out, repeat 4-5 times throughout the day where possible, 1-4 days as needed, to hold the bugs at bay.", "heading: How to use Apple Cider Vinegar:", "O", "hard call: remedy amount and schedule"),
 ("Along with the vinegar gargle, I would also recommend going to bed earlier in the evening, and don’t drink any alcohol for a day or three, and we will have you feeling 100% in no time.", "", "C", "hard call: promised full recovery"),
], g='A')
P("https://www.nutritionfact.in/faqs/how-to-take-cider-vinegar-its-health-benefits", "nutrition FAQ site: how to take cider vinegar", [
 ("Apple cider vinegar (ACV) is believed to have several health benefits when consumed in moderation.", "", "", ""),
 ("Start with small amounts: If you’re new to consuming ACV, start with 1 teaspoon or 1 tablespoon per day and gradually increase the amount over time.", "", "", "hard call: consult caveat in the same list section ('consult with a healthcare professional if you ... are taking medications')"),
 ("It’s also important to consult with a healthcare professional if you have any pre-existing health conditions or are taking medications.", "", "P", ""),
], g='G')
P("http://womanthismonth.com/a-side-of-cider/", "women's magazine site: a side of cider", [
 ("The wonder drug of yesteryears and the remedy to just about any ailment you can think of, apple cider vinegar deserves a home in your kitchen cupboard.", "", "", "hard call: puffery, no cure wording"),
 ("Add two teaspoons to 16 ounces of water and sip the concoction throughout the day, preferable before meals.", "", "O", "hard call: amount and timing for weight loss"),
 ("It has been proven that adding a little apple cider vinegar to the diet has helped lower the glucose levels of Type Two diabetics.", "", "S", "'has been proven' uncited"),
 ("It is a natural cure for acne.", "", "C", ""),
 ("Apply a solution of two tablespoons of the vinegar to eight ounces of water with a cotton ball several times a day.", "", "O", "hard call: topical remedy amount and frequency"),
], g='N')
P("https://www.natural-herbal-remedies.net/how-to-cure-tinnitus/", "herbal remedy site: how to cure tinnitus", [
 ("A Complete Guide on How to Cure Tinnitus", "page title", "C", "hard call: title promising a cure"),
 ("Since the condition isn’t going to go away on its own, you need to learn how to cure tinnitus.", "", "", ""),
 ("Most supplements for tinnitus treat both conditions so it shouldn’t be a concern though.", "", "", ""),
 ("That being said, you should consult a doctor if:", "list follows: ringing with high blood pressure ...", "P", ""),
], g='A')
P("http://theinnozablog.blogspot.com/2008/03/tinnitus-isnt-disease.html", "personal blog: tinnitus isn't a disease (water cure)", [
 ("Every 1 kilogram of body weight , you need to drink at least 31.42 ml of plain water, per day.", "", "", "fluid intake"),
 ("Use 1/4 teaspoon of sea-salt for every 1250 ml water used.", "", "", "dietary"),
 ("Solve the \"cause\" (body dehydration), you solve many symptoms naturally.", "", "", ""),
 ("Blood test cannot show your body is undergoing dehydration, so save your money from the \"quack\"-doctors.", "", "D", ""),
], g='B')
P("https://restaurant-octopus.com/natural-tinnitus-cures-hoax-or-hope/", "unrelated-business site article: natural tinnitus cures, hoax or hope", [
 ("It is because of this that most doctors can do little beyond telling you to protect your ears when you go to them for help.", "", "", ""),
 ("Note that unless stated, the effectiveness of these cures have not been studied.", "", "", ""),
 ("Brewed in water, this is an Ayurvedic remedy to alleviate Tinnitus. Consume two to three times daily.", "list item: Chamomile + cinnamon + comfrey", "", "hard call: frequency but no amount"),
 ("Hailed as a panacea by some, garlic may be effective in controlling Tinnitus.", "", "", "hedged"),
], g='G')
P("https://theabox.org/uncategorized/tinnitus-getting-worse-help-is-at-hand-if-you-ever-read-this/", "spun content site: tinnitus getting worse, help is at hand", [
 ("Lots of tinnitus sufferers who may have also been failed by the medical establishment point out exactly identical things, it’s perfectly normal.", "", "", ""),
 ("In this post, I am going to open your eyes by totally explaining why you’ve tinnitus and then let you know just how you can cure it yourself, hundred % naturally.", "", "C", ""),
 ("You can certainly not remove the hearing damage that is already done.", "", "", "negation"),
], g='G')
P("http://www.selfgrowth.com/articles/cures-for-tinnitus-7-natural-ways", "article site: cures for tinnitus, 7 natural ways", [
 ("Over 35 million Americans are being affected by Tinnitus, a hearing condition where infuriating noises are experienced.", "", "S", ""),
 ("However, natural or holistic remedies have been considered more effective since traditional cures for tinnitus can be costly, dangerous, and filled with side effects.", "", "", "hard call: passive 'considered'"),
 ("By using the natural approach, affected persons will get the proper relief from its negative effects.", "", "C", "hard call: guaranteed relief"),
 ("Chinese herbalists have been using sesame seeds to cure tinnitus, dizziness, and even blurred vision.", "", "", "historical use"),
], g='G')
