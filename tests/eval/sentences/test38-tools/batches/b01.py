# sent38 batch 1: dandruff, vertigo, restless legs, frozen shoulder, head lice, fatty liver (queries 1-6)
from lib import P
P("https://www.beautybeep.com/how-to-cure-dandruff-permanently/", "beauty site: how to cure dandruff permanently", [
 ("How to Cure Dandruff Permanently?", "heading", "", "question heading: not a claim"),
 ("It is not contagious and can be controlled by simple remedies at home.", "", "", "control, no cure wording"),
 ("If you are suffering from dandruff, usually you don’t need a doctor.", "next sentence: But if your scalp is more red and swollen then you should consult with a doctor.", "", "hard call: safety-netted in the next sentence, so not discouraging care"),
 ("But if your scalp is more red and swollen then you should consult with a doctor.", "", "P", ""),
 ("9 Ways to Cure Dandruff Permanently", "heading", "C", "hard call: nominal permanent-cure heading"),
 ("Stress: It is not proven yet that stress is the cause of dandruff.", "", "", ""),
], g="G")
P("https://healthtipsexpress.com/cure-dandruff-permanently/", "content site: how to cure dandruff permanently", [
 ("How To Cure Dandruff Permanently", "page title", "C", "hard call: permanent-cure title"),
 ("Dandruff is most often caused by seborrheic dermatitis, according to Jeanette Jacknin in her book “Smart Medicine for Your Skin: A Comprehensive Guide to Understanding.”", "", "", "'according to' a named source"),
 ("Use both a zinc pyrithione shampoo and anti-dandruff shampoo containing selenium sulfide, alternating each one daily.", "", "", "OTC shampoo use, no amount"),
 ("Take supplements of biotin, vitamin A and vitamin B12 daily.", "next sentence: Follow the directions on each label to take the recommended dosage.", "", "no amount; label caveat next"),
 ("Add 2 tsp. of tea tree oil to 1 quart of water.", "", "", "topical recipe, not a dose"),
], g="G")
P("https://beauty.visualstories.com/dandruff-home-remedy", "web story: dandruff home remedy", [
 ("Chemicals in anti-dandruff shampoos have been found to be very harsh on the hair, to the extent of causing excessive dryness, making the hair weak and brittle, and even resulting in premature graying.", "", "S", "hard call: 'have been found' research claim, no citation"),
 ("Natural remedies are therefore suggested, as they are not only good to the hair in that they help the hair gain back its lustrous sheen, but actually help in controlling the condition.", "", "", ""),
], g="G")
P("http://jefersoncunha.com/how-to-cure-dandruff-permanently-naturally/", "personal blog: cure dandruff permanently naturally", [
 ("How to Cure Dandruff Permanently Naturally", "page title", "C", "hard call: permanent-cure title"),
 ("It isn’t a serious problem but having dandruff problems can destroy people’s performance and appearance.", "", "", ""),
 ("Therefore, learn how to cure dandruff permanently so it doesn’t occur again in the future.", "", "C", "promise of a permanent cure"),
 ("This type of oil is believed to have a property that can fight against the fungus that occurs in humans’ hair.", "", "", "hedged"),
 ("Research has shown coconut oil can help reduce up to 68% of the problem.", "", "S", ""),
], g="B")
P("http://allcaretips.blogspot.com/2010/03/natural-ways-to-cure-dandruff.html", "personal blog: natural ways to cure dandruff", [
 ("10) Do not use antidandruff shampoos daily after the dandruff clears, as these are too harsh.", "list item", "", "OTC shampoo, not a prescribed medicine"),
 ("11) Do not consume alcohol, fried, spicy, fast food.", "list item", "", ""),
 ("14) For more severe dandruff, you should use shampoos containing anti-yeast medications like selenium sulfide, ketoconazole, climbazole etc.", "list item", "", ""),
 ("These should be used on alternate days", "list item, after the anti-yeast shampoo item", "", "OTC shampoo frequency, no amount"),
], g="B")
P("https://www.thestatesman.com/lifestyle/beauty/feeling-embarrassed-dandruff-check-remedies-1503043266.html", "newspaper lifestyle: dandruff remedies", [
 ("Dandruff affects almost 70% of people at least once in their lifetime.", "", "S", ""),
 ("If you too are fed up with these white flakes on your scalp, it’s time to switch to natural ways to get rid of dandruff.", "", "", "switch from shampoo, not a prescribed medicine"),
 ("Shampooing your hair takes off these flakes and therefore, appears to be effective in reducing dandruff; however, this is only a temporary solution.", "", "", ""),
 ("For lasting results, you can try a few of the remedies mentioned here that have been traditionally used in Indian homes for healthy, dandruff-free hair.", "", "", "hedged 'can try'"),
], g="N")
P("https://yogibuz.com/effective-home-remedies-for-vertigo", "yoga site: home remedies for vertigo", [
 ("Ginger root can decrease the effects of vertigo better than manual repositioning.", "", "", "treatment claim, no cure/safety wording"),
 ("Drink ginger tea twice a day may help in dizziness, nausea, and other vertigo symptoms.", "", "", "tea, no amount"),
 ("Eating daily handful of almonds can help with vertigo symptoms.", "", "", ""),
 ("Two teaspoon of honey and one teaspoon of apple cider vinegar can prevent and treat vertigo.", "", "", "hard call: treatment claim without cure wording; food mixture, not a dose"),
 ("Dehydration can cause vertigo.", "", "", ""),
], g="G")
P("https://www.pickaremedy.com/vertigo/", "remedy site: vertigo", [
 ("Sometimes, anxiety and stressful factors trigger vertigo but for the most part, it goes away on its own.There are a number of home remedies however, that speed up the recovery process and reduce the intensity of the symptoms.", "", "", "source joins two sentences"),
 ("In severe cases however, it becomes important to seek professional medical help to establish whether there are any underlying conditions.", "", "P", ""),
 ("The Epley Maneuver is a set of exercises that help get rid of vertigo by targeting the inner ear and helping improve its function.", "", "", ""),
 ("This remedy is easy to use and has minimal associated risk factors that make it an ideal remedy.", "", "", "'minimal' risk, not risk-free"),
], g="A")
P("https://pixelatedplanet.net/2018/11/8-natural-and-home-remedies-for-vertigo-treatment/", "content site: natural remedies for vertigo", [
 ("If symptoms such as headaches, slurred speech, double vision or weakness in an arm or leg are also present, then your vertigo could be more serious.", "", "", "no prompt to see anyone"),
 ("However, barring any serious neurological problems, and if your vertigo has hung around longer than that nasty cold, then maybe it’s time to try some home remedies to relieve your vertigo naturally.", "", "", "hard call: steers persistent vertigo to home remedies but does not say to skip the doctor"),
 ("Ginkgo biloba is a Chinese herb known for resolving the symptoms of vertigo.", "", "", ""),
 ("Ginkgo biloba is just as effective as the medication betahistine in managing vertigo.", "", "", "comparative efficacy claim; no instruction to swap"),
], g="G")
P("https://www.vertigotreatment.org/post/home-remedies-for-vertigo", "vertigo site: home remedies", [
 ("Of two varieties, geocentric (the feeling that the room is spinning) and egocentric (the feeling that the individual is him/herself spinning), vertigo is known to affect 20—30% of the population at one time or another to varying degrees, and can manifest in individuals of any age and for a variety of reasons.", "", "S", ""),
 ("However, except with more serious cases, there are a number of natural remedies for vertigo that can be quite effective in lessening the severity, restoring balance, and reducing recovery time.", "", "", ""),
], g="A")
P("https://www.dailymail.co.uk/femail/article-114808/Is-natural-cure-restless-legs-syndrome.html", "newspaper column (nutritional doctor): natural cure for restless legs", [
 ("Is there a natural cure for restless legs syndrome?", "headline", "", "question"),
 ("The condition is quite common, and is thought to affect as many as 15 per cent of the population.", "", "S", ""),
 ("While conventional treatment options for restless legs are limited, natural approaches usually work very well to control or eliminate symptoms.", "", "", "hard call: 'usually ... control or eliminate symptoms' is hedged, not a cure claim"),
 ("I generally advise 350 - 500 mg of magnesium each day in the first instance, though this dose can usually be reduced as symptoms improve.", "", "O", ""),
 ("I recommend that you take 400 - 800 IU of vitamin E each day.", "", "O", ""),
 ("However, iron supplements should only really be used in individuals with proven iron deficiency.", "", "", ""),
 ("If the measures described above do not work for you, it might be worthwhile you asking your doctor for this test.", "", "P", ""),
], g="N")
P("https://healthfoods.pages.dev/posts/restless-legs-and-magnesium-whats-the-link", "scraped health article: restless legs and magnesium", [
 ("However, research hasn’t been able to confirm those claims.", "", "", "debunking"),
 ("After a month, people receiving magnesium or B6 reported better sleep quality and less-severe RLS.", "", "S", "hard call: study result, no citation on the page excerpt"),
 ("Most people’s bodies ensure magnesium levels are adequate, and they do not need supplements.", "", "", ""),
 ("RLS symptoms go away slowly over time with iron supplements.", "", "", ""),
 ("Most people can take an iron pill in the form of ferrous sulfate.", "", "", ""),
], g="G")
P("http://www.alternative-medicine-digest.com/restless-legs-syndrome.html", "alternative-medicine site: restless legs syndrome", [
 ("The annoying restless legs disorder is the fourth leading cause of insomnia, because the most significant restless legs syndrome symptom is the irresistible urge to move the legs, especially at night.", "", "S", "ranking figure, no citation"),
 ("Magnesium deficiency is a common cause of RLS, so magnesium would be a restless legs syndrome natural home remedy (after you check with your doctor, as always).", "", "P", ""),
 ("A lack of enough magnesium in the diet is widespread, and blood tests are inaccurate.", "", "", ""),
 ("She says just taking magnesium often solves the problem.", "", "", "reported, 'often'"),
 ("Magnesium is a wonder supplement.", "", "", "praise without cure/safety wording"),
], g="A")
P("http://restedlife.com/7-best-natural-treatments-for-restless-leg-syndrome", "sleep site: natural treatments for restless legs", [
 ("Restless leg syndrome affects an estimated 10% of all adults in the U.S.", "", "S", ""),
 ("That being said, RLS (also called Willis-Ekbom Disease) can be controlled and treated effectively.", "", "", ""),
 ("In most cases, effective treatment does not require the use of medications.", "", "", "hard call: about medicines in general, not an instruction to stop one or skip a doctor"),
 ("However, it is suspected that genes play a key role in its emergence; about 50% of people with the disorder also have a family member that’s affected by it.", "", "S", ""),
], g="G")
P("https://preventrestlesslegs.blogspot.com", "personal blog: prevent restless legs", [
 ("Stay away from anti-psychotics, anti-vomiting, anti- depression and anti allergy formulations.", "", "M", "hard call: tells readers to avoid prescribed drug classes; the consult line comes later, not next"),
 ("It is thought that there are no restless leg syndrome remedies for this condition and doctors will treat it on an individual basis depending on what they think is causing it in the first place.", "", "", ""),
 ("Calcium and magnesium can also help this condition and should be taken together to make them more absorbable.", "", "", ""),
 ("If you are on prescription drugs, and are thinking of taking any supplements, remember to first speak to your doctor.", "", "P", ""),
], g="B")
P("https://naturalcalm.ca/restless-legs-syndrome-why-magnesium-could-be-the-answer-2/", "magnesium drink seller blog: restless legs", [
 ("Restless Legs Syndrome — Why Magnesium Could be the Answer", "page title", "", "hedged"),
 ("Restless legs syndrome (RLS), or Willis-Ekbom Disease, affects between 5% and 10% of the Canadian population.", "", "S", ""),
 ("In some cases, magnesium deficiency is thought to cause RLS, but whether or not deficiency is the root cause, magnesium can help treat restless legs syndrome through its calcium blocking abilities.", "", "", "treatment claim, no cure wording"),
], g="S")
P("https://www.allaboutdpt.site/2025/08/how-to-cure-frozen-shoulder.html", "physiotherapy student blog: how to cure frozen shoulder", [
 ("How to Cure Frozen Shoulder Naturally and Medically", "heading", "C", "hard call: cure heading"),
 ("The good news is that with early treatment, exercises, and medical care, frozen shoulder can be cured effectively.", "", "", "hard call: clinical-style statement with medical care, treated like 'can usually be cured'"),
 ("If symptoms don’t improve after months of treatment, surgery may be required:", "", "", ""),
], g="B")
P("https://www.naturalcuresworld.com/natural-treatment-for-frozen-shoulder-and-be-healed-within-days/", "natural-cures site: frozen shoulder", [
 ("Natural Treatment for Frozen Shoulder and Be Healed Within Days!", "page title", "C", "healed within a set time"),
 ("It usually affects people after 40, and 3% of the world’s population suffers from it.", "", "S", ""),
 ("It can be a serious health issue that should be medically treated in order to prevent additional complications.", "", "P", "passive recommendation of medical treatment"),
], g="A")
P("https://www.almremedial.com.au/four-ways-to-help-frozen-shoulder", "remedial massage clinic: frozen shoulder", [
 ("Here are four ways to help frozen shoulder without surgery or drugs.", "", "", ""),
 ("Patients often don’t seek medical advice until the symptoms are advanced.", "", "", "reported behaviour"),
 ("Your GP will prescribe anti-inflammatory or cortisone medications.", "", "", ""),
 ("However, there is little evidence to support their effectiveness.", "previous sentence: Your GP will prescribe anti-inflammatory or cortisone medications.", "", "evidence statement"),
 ("They can cause further pain and damage throughout the joint and supporting structures.", "about joint injections a GP prescribes; page offers massage instead", "D", "hard call: steers readers away from medical injections"),
], g="A")
P("https://dhanvantary.com/diseases-details.php?name=84", "Ayurveda shop: frozen shoulder", [
 ("How To Treat Frozen Shoulder Naturally?", "heading", "", "question"),
 ("The signs and symptoms begin gradually, that gets worse with time and resolve within one to three years.", "", "", ""),
 ("The exact cause is unknown.", "", "", ""),
], g="S")
P("http://www.naturalhealthmag.com/expert-advice/are-there-natural-remedies-head-lice", "magazine expert Q&A: natural remedies for head lice", [
 ("YES. You can use essential oils to treat lice, but they should be used with caution.", "", "", ""),
 ("My research shows that a combination of cinnamon leaf oil and peppermint oil is effective against lice.", "", "", "first-party finding of the writer"),
 ("To use, mix ⅛ teaspoon of cinnamon leaf oil and ⅛ teaspoon of peppermint oil with four ounces of a basic shampoo.", "", "", "topical recipe"),
 ("Don’t leave on overnight: Essential oils are too concentrated to be used for that long.", "", "", ""),
 ("Essential oils are natural, not benign, so use them judiciously.", "", "", ""),
 ("Don’t use oils at all on kids who have allergies, asthma, or are under 4 years old.", "", "", ""),
], g="N")
P("http://www.myhealthyfeeling.com/lice-treatment-at-home/", "content site: lice treatment at home", [
 ("Fortunately, many treatments for lice infestation are available over the counter, but if you don’t want harmful chemicals on your children’s heads there are methods for lice treatment at home as well.", "", "", ""),
 ("Mix at least 4 to 5 drops of tea tree oil in your daily shampoo and use it like usual.", "", "", "topical recipe"),
 ("The oil in the mayonnaise eliminates the ability of the eggs to hold onto the hair shafts, while the shower cap hinders the flow of air that keeps the eggs alive.", "", "", ""),
], g="G")
P("https://naturallivingfamily.com/easyrecipe-print/10797-0/", "natural-living blog: natural lice treatment protocol", [
 ("Repeat this process every night (or every other night) until the lice are gone.", "", "", ""),
 ("This recipe is for ages 3 and up only due to the peppermint.", "", "", ""),
 ("Because lice can hold their breath for up to 11 hours underwater, oil is the only thing that will suffocate them when using natural lice treatments.", "", "S", "hard call: uncited figure"),
], g="B")
P("https://omnibiotics.com/blogs/news/reverse-fatty-liver-disease", "probiotic seller blog: reverse fatty liver", [
 ("Clinical studies have found that you can sometimes reverse fatty liver with supplements alone, and sometimes can be cured with diet alone, but it is a combination of diet and supplements that works best.", "", "S", "'sometimes' hedges the cure wording; uncited studies"),
 ("Up to 30 percent of the populations of some Asian and African countries could be diagnosed with fatty liver disease.", "the [1] marker is on the next paragraph", "S", "hard call: citation marker sits in the next paragraph"),
 ("Additionally, up to 46 percent of the populations of some Middle Eastern countries and the United States are in some stage of the condition. [1]", "", "", "cited"),
 ("If you struggle with your weight, or if there is liver disease in your family, it is important to treat fatty liver disease before it causes serious or even life-threatening complications.", "", "", ""),
 ("Jaundice (yellowing of the skin and eyes) is present in about 15 percent of patients admitted to the hospital.", "", "S", ""),
], g="S")
P("https://innateheal.com/p-13-liver-detox/h-31-fatty-liver/d-1043-milk-thistle-to-reverse-fatty-liver-damage", "natural-healing site: milk thistle for fatty liver", [
 ("Milk Thistle to Reverse Fatty Liver Damage", "page title", "C", "hard call: nominal reversal claim for a herb"),
 ("The encouraging truth is that the liver has a remarkable ability to heal and regenerate when given the right support.", "", "", ""),
 ("Among natural remedies, milk thistle stands out as one of the most extensively studied herbs for liver protection and repair.", "", "", ""),
], g="A")
P("https://www.homeremediesforall.com/herbs-spices/milk-thistle-for-fatty-liver.html", "home-remedy site: milk thistle for fatty liver", [
 ("A liver is called fatty liver when its fat accumulation exceeds 5 %.", "", "", "definition"),
 ("It is a reversible condition in early stages but if not treated then fatty liver can lead to hepatitis, cirrhosis, cardiovascular diseases and cancer.", "", "", ""),
 ("Home remedies like milk thistle tea and others can reverse and stop fatty liver particularly when supported with a proper diet.", "", "C", "unqualified reversal claim for home remedies"),
], g="G")
P("https://www.littlegardenfoodie.com/post/got-fatty-liver", "nutrition blog: fatty liver", [
 ("In fact, millions of people are affected by liver disease.", "", "S", "hard call: vague uncited figure"),
 ("When the liver is not functioning properly, the body is not able to complete those processes listed above efficiently leading to major inflammation (Mahan & Raymond, 2017).", "", "", "cited"),
 ("Do NOT panic, many can reverse the damage done to the liver.", "", "", "hedged 'many can'"),
], g="B")
