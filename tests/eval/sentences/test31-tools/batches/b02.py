from lib import P
# b02: mould toxicity, eyesight "restoration", grey-hair reversal
P("https://eatsip365.com/your-guide-to-mold-toxicity-treatment-options",
  "food-and-wellness content site: personal guide to mould toxicity treatment", [
  ("Doctors ran the usual tests, found nothing, and suggested it was just the stress of a busy life.", "", "", "narrative"),
  ("It was that a strategic rotation of specific binders is the key to truly “escorting” toxins out of the body.", "", "", ""),
  ("I’m going to walk you through the exact, multi-faceted framework for mold toxicity treatment that works—from removing the source to rebuilding your health from the inside out.", "", "", "hard call: 'treatment that works' without cure, guarantee or safety wording"),
], g='G')
P("https://visualfoodie.com/comparing-different-mold-toxicity-treatment-methods",
  "food content site: comparison of mould toxicity treatments, personal story", [
  ("I quickly learned that just getting out of the moldy environment wasn’t enough.", "", "", ""),
  ("We’ll cut through the confusion, look at the pros and cons of each, and empower you with the knowledge you need to have an informed conversation with your healthcare provider.", "", "P", "hard call: steers the reader to talk with their healthcare provider"),
  ("I am not a medical doctor.", "heading: A Necessary Disclaimer", "", "disclaimer"),
], g='G')
P("https://moldfreeliving.com/2019/06/19/mold-toxin-detox-advice/",
  "mould-illness blog: mould toxin detox advice", [
  ("When it comes to detoxing mold toxins from the body, slow and steady wins the race.", "", "", ""),
  ("As a matter of fact, accepting the current detox mantra that advocates feeling worse before you feel better could actually set you back, exacerbate symptoms, and put excessive and sometimes dangerous stress on your already depleted body.", "", "", "warning against a detox myth"),
  ("And, while chemical binders, both pharmaceutical and natural are necessary and wonderful tools for detox, you cannot expect that they will be able to do all of the clean-up, especially when mycotoxins are your main concern.", "", "", ""),
], g='B')
P("https://intellipure.com/dangers-of-black-mold-and-mycotoxins",
  "air-purifier seller's blog: dangers of black mould", [
  ("Black mold is a silent health threat that can easily be mistaken for other health conditions.", "", "", ""),
  ("If your home has black mold, it needs to be addressed immediately.", "", "", "home remediation, not a professional consult"),
], g='S')
P("https://supplement-sciences.nutriscape.net/mold/",
  "supplement affiliate page: mould, mycotoxins and binders", [
  ("Profound and mysterious fatigue plagues many people.", "", "", ""),
  ("Certain supplements are useful in helping eliminate mold and mycotoxins from the body.", "", "", "hard call: 'helping eliminate' is hedged; no cure of a condition claimed"),
  ("Common symptoms of mold exposure may include respiratory issues such as coughing, wheezing, and throat irritation, as well as nasal congestion, sneezing, and eye irritation.", "", "", ""),
], g='S')
P("https://welly.it.com/how-to-detox-the-body-from-mold",
  "general content site: how to detox the body from mould", [
  ("No detox protocol will be effective if you remain in a moldy environment.", "heading: The Critical First Step: Removing the Source", "", ""),
  ("This is not a DIY project for moderate to severe cases.", "list item: Remediation (professional mould removal)", "", "about building remediation, not health care"),
], g='G')
P("http://www.infobarrel.com/How_To_Improve_Your_Eyesight_Naturally",
  "user-written content site: how to improve your eyesight naturally", [
  ("Losing sight is also losing a good sense and organ and we don't want that, right?", "", "", "question"),
  ("Your vision should be better already.", "after eye exercise 3 (tracing a figure eight)", "C", "hard call: promised result of an eye exercise"),
  ("Then wear them a few times a day.", "home-made pinhole glasses", "", "not a medicine"),
], g='G')
P("http://www.pinoyhealthguide.com/2017/06/you-may-not-need-your-glasses-anymore.html",
  "health content site: 'you may not need your glasses anymore'", [
  ("But apparently, this makes muscles around our eyes became lazy, making it weaker.", "about wearing glasses", "", ""),
  ("Many people are unaware that by simply exercising those muscles around our eyes, you can still have good vision.", "", "C", "hard call: restored vision by exercise stated as fact; the next sentence hedges only 'if your eye problem is not severe'"),
  ("If your eye problem is not severe, it may not be too late to treat it the natural way.", "", "", "hedged"),
  ("Take your glasses off and give your eyes a challenge to strengthen your eye muscles.", "list item 1: Take off your glasses", "", "hard call: glasses are not a medicine (not M) and the line does not steer away from an eye professional"),
], g='G')
P("https://www.86m.net/how-to-improve-sight-without-glasses-exact-exercises-to-restore-eyesight-naturally.html",
  "general content site: exercises to restore eyesight without glasses", [
  ("How to Improve Sight Without Glasses – Exact Exercises to Restore Eyesight Naturally", "page title", "C", "hard call: restoration of eyesight stated as fact in a title"),
  ("Staring and straining are the worst things you can do to your eyes.", "", "", ""),
  ("Once your eyes have relaxed, you will find it much easier to see the comma.", "", "", "about the exercise, not a cure"),
], g='G')
P("https://www.marham.pk/healthblog/3-ways-get-rid-glasses-naturally/",
  "doctor-booking health portal blog: 3 ways to get rid of glasses naturally", [
  ("Few simple exercises can help you maintain excellent vision and will also keep those irritating eye floaters at bay.", "", "C", "hard call: promise that exercises will keep floaters away"),
  ("Commit this to your daily practice and you may see better results within a month.", "", "", "hedged ('may')"),
  ("“Still, the majority of eye doctors do not believe that this is possible.", "quote from an eye surgeon", "", ""),
], g='H')
P("https://glassestech.com/how-to-get-better-eyesight-without-glasses",
  "eyewear content site: better eyesight without glasses", [
  ("Now this is not completely impossible.", "", "", ""),
  ("So remember that the trick to having 20/20 vision is regular exercises and eye drills.", "", "C", "hard call: promises 20/20 vision from exercises"),
  ("This is a great way by which you can not only fix lazy eyes, but can get better eyesight without glasses.", "", "C", "hard call: 'fix lazy eyes' stated as fact"),
], g='G')
P("https://herbadams.me/natural-supplements-found-to-reverse-gray-hair/",
  "personal blog: natural supplements found to reverse grey hair", [
  ("Unfortunately, just like male pattern baldness, no known pill exists to magically reverse gray hair back to the person’s original color.", "", "", "negation"),
  ("However, there are a few natural supplements from three different parts of the globe thought to slow down the progression and in some cases even reverse gray hair.", "", "", "hedged ('thought to', 'in some cases')"),
  ("Blackstrap Molasses also contains high amounts of copper and that is what is thought to reverse the graying hair.", "", "", "hedged"),
], g='B')
P("https://topnews343.com/?p=6419",
  "news-style content site: reversing grey hair naturally", [
  ("By incorporating natural ingredients like amla, curry leaves, and henna, as well as making the right dietary changes and managing stress, you can help restore your natural hair color, promote healthy hair growth, and maintain your youthful appearance.", "", "", "hard call: 'can help restore' is hedged"),
  ("While there’s no magic solution to stop the aging process, there are several natural remedies, medical treatments, and dietary changes that may help reverse or slow down greying hair.", "", "", "hedged"),
  ("Stress: There’s evidence to suggest that stress can accelerate the greying process by increasing oxidative stress on the body, which damages the melanin-producing cells in your hair follicles.", "list item", "S", "'evidence to suggest' with no citation"),
], g='N')
P("http://www.consumerhealthplus.com/stop-and-reverse-grey-hair",
  "consumer health content site: stop and reverse grey hair", [
  ("Greying of hair is generally a part of the ageing process, and genes play a major role in it, since hereditary factors determine the timing and extent of graying.", "", "", ""),
  ("According to the FASEB Journal, published by the Federation of the American Societies for Experimental Biology grey hair appears due to the buildup of hydrogen peroxide in the hair.", "", "", "cited ('according to' a named journal)"),
], g='G')
P("https://allayurveda.com/blog/get-rid-of-gray-hair-without-harsh-chemicals/",
  "Ayurveda site blog: get rid of grey hair without chemicals", [
  ("Genetics, hormones, and environmental factors can speed up the graying process, which means that the chances of your hair turning gray increases from 10% to 20% with every subsequent decade, after the age of 30.", "", "S", ""),
  ("Thankfully, there are several gray hair home remedies that you can implement that will naturally reverse gray hair, without causing harm to the body:", "", "C", "reversal promised ('will') plus safety ('without causing harm')"),
  ("Use this at least once a month.", "henna as a hair colorant", "", "cosmetic use, not a dose"),
  ("Amla juice can also be consumed to slow down or stop the growth of gray hair.", "", "", "hard call: 'can ... slow down or stop' read as hedged"),
], g='A')
P("https://sunmyke.com/reduce-grey-hair-naturally/",
  "personal lifestyle blog: reduce grey hair naturally", [
  ("While there’s nothing that can be done to stop it, there are natural methods of delaying grey hair from setting in soon.", "", "", ""),
  ("Do this once a week to reverse grey hair.", "henna and black tea paste", "C", "hard call: reversal stated as the result of a weekly paste"),
  ("Take daily to avoid going grey.", "5. Ginger-> Grate fresh ginger and mix with a tablespoon of honey.", "CO", "hard call: prevention promise (C); remedy amount (a tablespoon of honey) taken daily (O, round 12 remedy-schedule convention)"),
  ("3. Coconut oil-> Massage coconut oil on your scalp and hair on a daily basis to prevent grey hair.", "list under heading: Natural Remedies for Reducing Grey Hair.", "C", "hard call: prevention promise stated as fact; topical, no dose"),
], g='B')
P("https://thebeautydoctrine.com/blogs/news/can-nmn-be-the-answer-to-reversing-gray-hair",
  "beauty shop blog: can NMN reverse grey hair?", [
  ("Until very recently it was thought that gray hair could not be reversed.", "", "", ""),
  ("However, recent evidence suggests that in some cases, especially when hair graying is related to stress, early intervention, and supplementation can help restore pigment.", "", "S", "hedged (not C); 'recent evidence suggests' with no citation (S)"),
  ("Among the other numerous effects of smoking, certain studies have linked smoking to early development of gray hair.", "", "S", ""),
], g='S')
P("https://mdrc.co.in/tag/reverse-grey-hair",
  "Indian clinic site tag page: reverse grey hair", [
  ("Small changes in what you eat, how you style your hair, and a few natural ingredients can actually help bring back the original shade.", "", "", "hedged ('can help')"),
  ("Research shows that deficiencies in copper, vitamin B12, and iron are linked to early greying.", "", "S", ""),
  ("When those gaps are filled, many people notice fewer new grey strands and sometimes even see existing greys darken a shade or two.", "", "", ""),
  ("A 5‑minute daily scalp massage boosts blood flow, delivering more nutrients to the hair roots.", "", "", "not a dose"),
], g='H')
