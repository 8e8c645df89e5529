from lib import P
P("https://www.doomandbloom.net/how-to-use-fish-mox-to-treat-your-sick-fish-of-course/", "survival-medicine doctor's blog: how to use Fish-Mox (aquarium amoxicillin) in times of trouble", [
 ("Today, we have access to antibiotics through our healthcare providers that nip problems in the bud.", "", "", ""),
 ("Therefore, it’s important to accumulate antibiotics.", "heading: Stockpiling Aquatic Antibiotics", "", "hard call: stockpiling advice for a survival situation, not an instruction to skip care now"),
 ("Amoxicillin (veterinary equivalent: FISH-MOX, FISH-MOX FORTE, AQUA-MOX):  comes in 250mg and 500mg doses, usually taken 3 times a day.", "", "", "hard call: descriptive ('usually taken'), a drug-profile line"),
 ("Amoxicillin is the most popular antibiotic prescribed to children, usually in liquid form.", "", "", ""),
], g='B')
P("http://www.ehow.co.uk/about_5804817_fish-mox-sinus-infection.html", "how-to content site: fish mox and sinus infection", [
 ("It seems reasonable to save a trip to the doctor's office and treat a sinus infection inexpensively, but experts say it may not be the best idea.", "", "", "debunking a temptation"),
 ("Thomas Laboratories specifically states that Fish Mox is for aquarium use only and not for use with other animals or by humans.", "", "", ""),
 ("As with any medication, patients should follow doctor's instructions exactly, keep taking the medicine for the full period prescribed even if symptoms disappear, and not take the medicine for any other condition, no matter how similar the symptoms may be.", "", "", "hard call: adherence to prescribed treatment, not a prompt to consult"),
], g='G')
P("https://medx.it.com/can-i-take-fish-mox-for-humans-unpacking-the-dangerous-risks", "AI-style health content site: can I take fish mox for humans", [
 ("For the millions of Americans without health insurance, this appears to be an accessible way to treat a suspected bacterial infection [1.8.1].", "", "", "bracketed reference marker"),
 ("Some studies have even found that the active ingredients and dosages in certain fish antibiotics are pharmacologically indistinguishable from their human-grade counterparts [1.3.6].", "", "", "reference marker"),
 ("However, this surface-level similarity hides a world of risk.", "", "", ""),
], g='G')
P("https://eatsip365.com/the-dangers-of-using-a-human-fish-antibiotic", "food/lifestyle blog: the dangers of using a fish antibiotic", [
 ("I immediately called him and told him, under no circumstances, to take a pill meant for a goldfish.", "", "", "narrative"),
 ("A medical professional’s diagnosis is the most critical ingredient for any cure, and it’s the one thing a bottle of Fish Mox or Fin Flex can never provide.", "", "", ""),
 ("Self-diagnosing and self-prescribing with unregulated animal drugs is a gamble with your health you can’t afford to take.", "", "", ""),
], g='B')
P("https://www.ruipunutrients.com/07/24/post-1845", "nutrient supplier's blog: benefits of taking 400 mg magnesium glycinate before bed", [
 ("Research has shown that magnesium plays a vital role in the regulation of neurotransmitters that promote sleep.", "", "S", "no citation"),
 ("Taking 400 mg of magnesium glycinate before bed can optimize its sleep-enhancing effects.", "heading: Why 400 mg Before Bed?", "O", "hard call: amount and timing presented as the way to take it, on a seller's blog, no caveat in the section"),
 ("By taking it before bed, you can help relax your muscles and mind, making it easier to unwind after a long day.", "", "", ""),
 ("Studies suggest that magnesium supplementation can lead to better sleep quality, increased sleep time, and reduced insomnia symptoms.", "", "S", ""),
], g='S')
P("https://www.dietaccent.com/tag/magnesium/", "diet blog tag page: the benefits of magnesium for sleep", [
 ("Insomnia and poor sleep quality afflict millions of people worldwide.", "", "S", "hard call: a vague prevalence figure with no source"),
 ("Many turn to prescription sleep medications, which can be expensive and come with side effects.", "", "", ""),
 ("However, there are natural alternatives that may help induce sleep, such as magnesium supplementation.", "", "", "hard call: hedged ('may'); an alternative framing without telling the reader to stop a medicine"),
], g='B')
P("https://magnesium-l-threonate.net/why-is-it-better-to-take-magnesium-at-night", "single-supplement content site: why take magnesium at night", [
 ("Recent research has shown that taking magnesium at night can help improve sleep quality and reduce insomnia symptoms.", "", "S", ""),
 ("It is generally considered safe to take magnesium for sleep as long as you don't take more than the recommended daily dose.", "", "", "hedged safety"),
 ("To do this, you can follow the dosage recommendations of the supplement manufacturer or talk to your doctor for specific instructions.", "", "P", "hard call: offers the doctor as one option"),
 ("Putting more magnesium in the body than you need can lead to magnesium toxicity, with possible symptoms including low blood pressure, muscle weakness, and vomiting.", "", "", ""),
], g='G')
P("https://nutrientingredients.com/?p=36276", "ingredient supplier's blog: magnesium glycinate 400 mg for sleep", [
 ("In this article, we will explore the benefits of magnesium glycinate 400 mg for sleep, how it works, and why it might be the solution you’ve been looking for.", "", "", "hedged"),
 ("By taking magnesium glycinate 400 mg before bedtime, you may find it easier to unwind and let go of the day’s stressors, paving the way for a more restful night.", "", "", "hard call: a hedged benefit statement ('you may find'), not an instruction"),
 ("A study published in the journal Nutrients found that magnesium supplementation significantly improved sleep quality in older adults.", "", "", "named journal"),
], g='S')
P("https://juliascoffeeshopny.com/web-stories/does-magnesium-help-you-sleep-better/", "web story on an unrelated (coffee shop) domain: does magnesium help you sleep better", [
 ("Not having enough magnesium in your system can cause troubled sleep and even insomnia.", "", "", ""),
 ("The Institute of Medicine suggests a daily dietary intake of 310–360 mg of magnesium for adult women and 400–420 mg for adult men.", "", "", "dietary intake, attributed"),
 ("If you have difficulties sleeping, try lifestyle changes including cutting back on caffeine, setting a bedtime, and avoiding electronics.", "", "", ""),
], g='G')
P("https://www.styleandhealthyliving.com/the-benefit-of-apple-cidar-vinegar/", "lifestyle site: the benefit of apple cider vinegar", [
 ("A number of dieters are adding apple cider vinegar to their plans after hearing of its weight loss benefits.", "", "", ""),
 ("One study found that two tablespoons of apple cider vinegar in warm water a day helped adults to lose 3.7lbs over three months without changing up any other aspect of their diet.", "", "S", "unnamed study"),
 ("Drinking the acid before protein-heavy meals can help the body breakdown protein more easily.", "", "", ""),
], g='G')
P("https://dailystarpost.com/weight-loss-apple-cider-vinegar-diet-to-lose-belly-fat-in-just-1-week/", "news-style content site: apple cider vinegar diet to lose belly fat in 1 week", [
 ("Four teaspoons which is around 20ml has shown to significantly reduce blood sugar levels and help with weight loss.", "", "S", "no source"),
 ("Experts advise not to consume apple cider vinegar in its concentrated form as it is very acidic and can damage the tooth enamel.", "", "", ""),
 ("The people who had two tablespoons a day dropped around four pounds.", "previous sentences: In one study, 144 overweight adults were monitored over a 12 week period. ...", "S", "unnamed study"),
 ("It should also not be consumed in large quantities and a small amount a day will be just enough to lose weight.", "", "C", "hard call: a guaranteed result ('will be just enough to lose weight')"),
 ("Adding apple cider vinegar into your diet will have weight loss effects quickly and some even suggest it can reduce belly fat within one week.", "", "C", "hard call: guarantee ('will have weight loss effects quickly')"),
], g='G')
P("https://secretsfrommyapron.com/health-diet/apple-cider-vinegar-weight-loss-how-to-take-the-drink-to-help-beat-belly-fat/", "cooking site reposting a tabloid diet story: apple cider vinegar to beat belly fat", [
 ("Apple cider vinegar (ACV) is an acidic fermented tonic that can help burn belly fat.", "", "", ""),
 ("A study published on US National Library of Medicine National Institutes of Health reviewed 144 obese adults who were given ACV every day.", "", "", "named source"),
 ("Participants who had two tablespoons each day lost 3.7 pounds and their waist slimed by 0.5 inches.", "the study is named in the sentence before (US National Library of Medicine)", "", "hard call: one-sentence news paragraphs; the citation is in the preceding sentence of the same passage"),
 ("Dieters don’t need to drink huge amounts of ACV to notice the benefits.", "heading: How much should you have?", "", ""),
 ("“I recommend taking one tablespoon of apple cider vinegar mixed into a full glass of water,” She continued.", "", "", "reported speech of a named nutritionist; no frequency"),
], g='G')
P("https://acceleratetv.com/belly-fat-here-are-ways-apple-cider-can-help/", "Nigerian entertainment/news site: ways apple cider vinegar can help belly fat", [
('This can be done two to three times a day.', 'follows: Add one tablespoon of organic apple cider vinegar to a glass of warm water and drink this 10-15 minutes before meals.', 'O', 'hard call: the frequency of the preceding amount, no caveat'),
 ("If you have apple cider vinegar in your kitchen shelf it is time to bring it out because it can actually help you deal with stubborn belly fat.", "", "", ""),
 ("Start by having one teaspoon and increase it to two teaspoons after a week.", "heading: Drink apple cider vinegar on an empty stomach", "O", "hard call: a remedy schedule with amounts, no caveat"),
 ("Add one tablespoon of organic apple cider vinegar to a glass of warm water and drink this 10-15 minutes before meals.", "heading: Mix apple cider vinegar with water; next sentence: This can be done two to three times a day.", "O", "hard call: amount and timing of a remedy, no caveat"),
 ("However, this is not advisable if you are diabetic or insulin resistant since both honey and maple syrup can spike sugar levels.", "", "", ""),
], g='N')
P("https://news.laodong.vn/suc-khoe/uong-giam-tao-khi-nao-giup-giam-can-hieu-qua-nhat-1592110.ldo", "Vietnamese newspaper (English text): when to drink apple cider vinegar for weight loss", [
 ("According to a study published in the Journal of Functional Foods, people who drank apple cider vinegar before meals lost weight 1.5-2 times faster than those who did not consume it.", "", "", "named journal"),
 ("Only take 1-2 teaspoons (5-10ml) of apple cider vinegar mixed with 200-300ml of water.", "heading: 3. Appropriate dosage; the article ends: You should talk directly to your doctor for accurate advice that is suitable for your health condition.", "", "hard call: no frequency in the sentence, and the article carries a doctor caveat"),
 ("Absolutely do not drink pure apple cider vinegar, as it can cause throat burns or damage tooth enamel.", "", "", ""),
 ("According to Medical News Today, using apple cider vinegar properly combined with a low-starch diet and regular exercise can help lose 2-3kg in 4 weeks, while improving digestion and controlling blood sugar.", "", "", "attributed ('according to')"),
], g='N')
P("https://www.glutenfreek.com.au/blogs/my-story/49409411-you-could-try-but-i-doubt-itd-make-much-difference", "gluten-free food shop's blog: the owner's Crohn's story", [
 ("I had asked him if I should consider changing my diet to help with my Crohn's Disease.", "", "", "narrative"),
 ("All I had to do was pop a pill or two every single day for the rest of my life and eat whatever I liked.", "", "", "narrative"),
 ("I can't help but wonder what would have happened if he had been the first to inform me that i could heal myself through my food.", "", "", "hard call: wondering in a narrative, not a claim to the reader"),
 ("All I kept hearing from doctors was that Crohn's Disease is incurable, and that I'd have to be on immunosuppressive drugs for the rest of my life.", "", "", "narrative"),
], g='S')
P("https://gutsense.org/gutsense/frequently-asked-questions-about-irritable-bowel-syndrome.html", "author's gut-health site (sells books): IBS FAQ", [
 ("Q. Why can't doctors find anything wrong with IBS patients?", "", "", "question"),
 ("Doctors, particularly in the United States, are trained to look for physical manifestations, such as inflammation, obstruction, or bleeding.", "", "", ""),
 ("Despite this common knowledge, the diagnosis of IBS allows for a ton of billable services to seek out “the clues:”", "", "", "hard call: distrust of testing without telling the reader to avoid it"),
], g='A')
P("https://endingibs.com/2020/01/03/4-reasons-to-reject-your-ibs-diagnosis/", "IBS coaching blog: 4 reasons to reject your IBS diagnosis", [
 ("4 Reasons To Reject Your IBS Diagnosis", "heading in the post", "D", "hard call: tells readers to reject a doctor's diagnosis"),
 ("If you’re skeptical, good.", "", "", ""),
 ("You shouldn’t just throw away a medical diagnosis without good reason.", "", "", "caution"),
 ("If you visit the doctor with a stomach ache, you’re bound to join the millions of Americans diagnosed each year with irritable bowel syndrome.", "", "S", "hard call: 'millions diagnosed each year' with no source"),
 ("Here’s the thing. Big Pharma doesn’t want to end your IBS.", "", "", "distrust without instruction"),
 ("$8,750 per patient per year, according to a review in PharmacoEconomics[*].", "", "", "cited"),
], g='B')
P("https://mynotsonormalhealth.wordpress.com/2015/09/10/the-irritable-bowel-syndrome-ibs/", "personal health blog: irritable bowel syndrome", [
 ("One doctor called it a “psychosomatic” disease which means “it’s all in your head”.", "", "", "narrative"),
 ("Today, Dr. Hyman and other researchers shows that 60 million people have been diagnosed with IBS.", "", "S", "hard call: a named doctor without institution or publication"),
 ("Most doctors who haven’t known what to do with these symptoms tend to tell patients to take more Metamucil and fiber or prescribe sedatives, anti-spasm drugs or antidepressants which have done nothing for the problems!", "", "", "hard call: distrust of prescribed drugs without telling the reader to stop"),
 ("There is good news and that is that Functional doctors have been researching and finding ways to cure IBS.", "", "", "hard call: reported research, no assertion that IBS is cured"),
 ("You don’t have to just “live” with it!", "", "", ""),
], g='B')
P("https://alivenhealthy.com/2014/05/14/irritable-bowel-syndrome-ibs/", "natural-health blog: irritable bowel syndrome", [
 ("But don’t succumb to the IBS diagnosis.", "", "", "hard call: rejects the label, not care as such; alternatives follow"),
 ("But before you start cutting things out of your diet or trying prescription medication, consider doing a parasite cleanse using herbs like wormwood, cloves, and black walnut.", "", "D", "hard call: steers the reader to an herbal parasite cleanse before prescribed treatment"),
 ("Intestinal parasites can cause many of the same symptoms as IBS.", "", "", ""),
 ("Most doctors won’t mention diet as a possible cause of IBS because doctors are usually uneducated about nutrition.", "", "", "distrust without steering"),
], g='A')
P("http://passionforflavor.blogspot.com/2016/04/playing-doctor.html", "food blog post: playing doctor (digestive trouble)", [
 ("Doctors are not required to take any nutrition classes throughout their entire medical education.", "", "", ""),
 ("The medical community unfortunately developed a drug-based bias and tossed the conventional wisdom that people knew all along because there was no money in it.", "", "", "distrust without steering"),
 ("People never question doctors.", "", "", ""),
], g='B')
