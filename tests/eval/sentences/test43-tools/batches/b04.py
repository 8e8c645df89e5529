# sent43 batch 4: sleep aids vs sleeping pills, arjuna and heart failure, peanut oral immunotherapy, hepatitis C and herbs
from lib import P
P("https://blogging.org/?p=4923", "affiliate review: best non-habit-forming sleep aids", [
 ("Take 3 non-habit forming capsules daily at bedtime to ensure a restful night's sleep + wake up refreshed!", "product description in a review list", "CO", "hard call: supplement dose to the reader, and 'to ensure' guarantees the result"),
 ("If you’re concerned about dependency or need a sleep solution you can use safely long-term, non-habit forming options provide effective support without the risks of pharmaceutical alternatives.", "", "", "hard call: avoids the risks of drugs, not 'risk-free'"),
 ("Unlike prescription sleep medications that can lead to tolerance and addiction, these supplements work with your body’s natural sleep mechanisms rather than overriding them.", "", "", ""),
 ("Magnesium is an essential mineral that your body can't produce on its own, and over 80% of women are actually deficient in it.", "", "S", ""),
], g="S")
P("https://www.thesleepjudge.com/roundup/best-sleep-aid-non-habit-forming-reviews/", "sleep product review site", [
 ("They just ignore it and hope it will go away or rush to get some prescription sleep aids that often do more harm than good.", "", "", "disparages prescriptions, no instruction"),
 ("Everything that’s consumed in excess can lead to addiction: from sugar to alcohol, from pain medication to sleeping pills.", "", "", ""),
 ("According to Carl W. Bazil, director of the Epilepsy and Sleep Division at Columbia University’s Department of Neurology, sleep aids that contain substances such as diphenhydramine don’t really create physical dependence, but rather a psychological one.", "", "", ""),
], g="S")
P("https://promeed.com/blogs/secret-behind-silk/5-best-natural-sleep-aids-which-ones-really-work-for-insomnia-4", "bedding brand blog: natural sleep aids", [
 ("About 1 in 3 adults struggles with insomnia at some point in their lives.", "", "S", ""),
 ("Natural sleep aids are usually gentler on your body and safer for longer-term use.", "", "", "comparative"),
 ("And some people struggle to stop taking them once they start.", "about prescription sleeping pills", "", ""),
], g="S")
P("https://formulareviews.com/what-is-the-best-natural-sleep-aid-all-natural-sleep-aid/", "review site: best natural sleep aid", [
 ("According to the research, one out of 3 Americans are not getting enough sleep.", "", "S", "'the research' names no source"),
 ("Many people avoid using pills for having a sound sleep because the person’s body may become dependable on pills.", "", "", ""),
], g="G")
P("https://cenario.com/blog/insomnia/natural-non-habit-forming-sleep-aid-for-better-rest", "blog: natural non-habit-forming sleep aids", [
 ("Unlike traditional prescription sleep medications such as benzodiazepines or “Z-drugs” that can lead to long-term dependency, non-habit-forming options support natural sleep and are safer for both short term and long term use.", "", "", "comparative"),
 ("If you’re looking for ways to fall asleep faster or stay asleep longer without relying on habit-forming drugs, there are safe and effective sleep remedies available.", "", "", ""),
], g="G")
P("https://www.sleepfoundation.org/how-sleep-works/are-natural-sleep-aids-safe", "sleep health portal: are natural sleep aids safe", [
 ("Around one-third of American adults sleep less than seven hours per night, and many of them use medications and sleep aids to try to get the sleep they need.", "", "S", ""),
 ("In recent years, more people have turned their attention to natural sleep aids with an estimated 20% of adults having tried a natural sleep remedy in the last year.", "", "S", ""),
 ("In general, there’s a lack of high-quality research about the effectiveness and safety of most natural sleep aids.", "", "", ""),
], g="H")
P("https://clinicalroots.ai/blogs/research/non-habit-forming-sleep-aid", "supplement brand blog: non-habit-forming sleep aid", [
 ("Many people find these options safer and more comfortable for long-term use.", "", "", ""),
 ("Because they do not contain strong drugs or sedatives, these sleep aids are often easier on your body.", "", "", ""),
], g="S")
P("https://completeherbalguide.com/2019/08/the-best-natural-sleep-aids-which-people-should-know-about/", "herbal guide site: best natural sleep aids", [
 ("Therefore, sleeping pills for the already suffering individual is very harmful.", "", "", ""),
 ("It is easy, simply rely on the best natural sleep aid.", "previous sentence: 'Then what is the option for them?' (people for whom sleeping pills are harmful)", "M", "hard call: tells readers to rely on a natural aid instead of sleeping pills"),
 ("Although, the young people don’t have enough time to spare in the hubbub world, yet they are suggested to implement natural courses in their routine before consulting a doctor and choosing to rely upon some heavy dosage of medications.", "", "D", "hard call: puts natural remedies before seeing a doctor"),
], g="A")
P("https://snuggymom.com/?p=465525", "content site: can arjuna remove heart blockage", [
 ("Arjuna has potent cardioprotective properties but cannot directly remove heart blockages; it supports heart health and improves circulation.", "", "", "negated"),
 ("However, despite these benefits, it’s important to understand that Arjuna does not physically dissolve or remove arterial plaques or blockages.", "", "", ""),
], g="G")
P("https://ruved.com/blogs/rooted-in-health/baby-your-heart-with-arjuna-terminalia-arjuna", "Ayurveda shop blog: arjuna", [
 ("About 12.6 million Americans suffer from coronary artery disease, which results in heart attacks and about 1.1 million Americans suffer heart attacks every year, half of which are considered fatal.", "", "S", ""),
 ("Ayurvedic medicine provides a magnificent solution; time tested and researched for centuries.", "", "", ""),
 ("Dr. Dean Ornish published many studies showing an actual reversal of coronary artery disease using Ayurvedic concepts.", "", "", "named author"),
], g="S")
P("http://www.sandhuherbals.com/ayurvedic-herbs/arjuna-for-the-heart-and-the-liver/", "herbal shop page: arjuna", [
 ("Terminalia arjuna improves cardio muscle function and can be effective for angina, coronary, and artery diseases if used over a period of time.", "", "", ""),
 ("Ingestion Arjuna over a period of time ensures significant cardiac protection in myocardial infarction commonly known as heart attack.", "", "C", "'ensures': guarantee"),
 ("The herb is also proven to be helpful in the vasodilatation of blood vessels in chronic smokers and is also known to dissolve plaque clogging the arteries.", "", "C", "claims to remove arterial plaque"),
], g="S")
P("https://healthy-ojas.com/pressure/hypertension-herb-arjuna.html", "Ayurveda site: arjuna for hypertension", [
 ("It acts similar to the beta-blocker.", "", "", ""),
 ("You can take 3 to 6 grams of Arjuna powder dissolved in water once daily.", "", "O", ""),
 ("Alternatively, 250 to 500 mg extract capsules twice daily.", "", "O", ""),
 ("Maximum allowable dosage is 24 grams per day (in divided doses).", "", "", "a ceiling, not an instruction"),
], g="A")
P("https://www.biharibazar.ru/products/ayurveda/powders/churna/arjun-chaal-powder-jain", "online shop product page: arjun chaal powder", [
 ("Even the modern science has also accepted the ability of this herb as a cure for various types of heart diseases", "", "C", ""),
 ("Acts as a cardiac stimulant strengthening the heart muscles and maintaining the normal heart functioning.", "", "", ""),
], g="S")
P("https://www.motherearthliving.com/health-and-wellness/The-heart-of-the-hematter/", "natural-living magazine: herbalist on arjuna", [
 ("No patient should self-treat such conditions; if Mary hadn’t also been seeing a cardiologist, I would have refused to advise her on using Ayurvedic herbs for her condition.", "", "P", "double negation: prompts professional care"),
 ("Mary hasn’t made a trip to the emergency room since, and is working with her cardiologist to gradually reduce her heart medication.", "", "", "narrative, with the cardiologist"),
 ("Countless times, I’ve seen it help people with just about any type of cardiovascular disease.", "", "", ""),
], g="N")
P("https://nutrixer.in/arjun-extract-capsules", "supplement shop product page: arjun capsules", [
 ("Arjuna may be called as the heart’s herbal hero.", "", "", ""),
], g="S")
P("https://natrovital.com/blogs/herbal-library/arjuna-natures-ancient-heart-healer", "herbal shop blog: arjuna", [
 ("Today, modern science is catching up with ancient wisdom, proving that this powerful tree bark can strengthen the heart, regulate blood pressure, support circulation, and protect against cardiovascular disease.", "", "S", "uncited 'modern science is proving'"),
 ("Arjuna has long been used to support cardiac function, reduce heart palpitations, and aid recovery from angina, heart attacks, and heart failure.", "", "", ""),
], g="S")
P("https://oawhealth.com/2022/02/07/congestive-heart-failure-natural-approaches/", "natural health practitioner blog: congestive heart failure", [
 ("Twenty percent of all hospital patients over 65 have CHF as a primary or secondary diagnosis.", "", "S", ""),
 ("Once you have a CHF diagnosis, it is too late to prevent damage to the heart, but intervention can be valuable to keep things from getting worse and lessen the symptoms.", "", "", ""),
 ("The African-American community has a 1.5 times greater chance of developing CHF than the general population.", "", "S", ""),
], g="A")
P("http://www.optimal-heart-health.com/congestiveheartfailuretreatments.html", "natural heart health site: CHF treatments", [
 ("However, it is very exciting that there are also many natural congestive heart failure treatments that are effective in prevention and treatment of CHF and can facilitate other more conventional treatments.", "", "", ""),
 ("In line with proper diet there are a number of naturally occurring compounds and nutrients that have been particularly useful as congestive heart failure treatments both in prevention and even reversing congestive heart failure.", "", "C", "hard call: reversal claim"),
 ("Concerning exercise; do it.", "", "", ""),
], g="A")
P("https://pixelation.org/congestive-heart-failure-natural-treatment-what-actually-works-and-what-is-just-hype-1h04", "content site: CHF natural treatment, what works and what is hype", [
 ("You’ve probably seen the Pinterest pins claiming hibiscus tea is a \"cure\" or that some secret Amazonian root will fix a leaky valve.", "", "", "debunking"),
 ("But here’s the good news: there is a huge, scientifically backed middle ground between \"do nothing but take meds\" and \"ignore your doctor and drink essential oils.\"", "", "", ""),
 ("Most people with heart issues are severely deficient in magnesium.", "", "S", "hard call: sweeping uncited prevalence claim"),
 ("Research published in the American Journal of Clinical Nutrition has shown that low serum magnesium is a predictor of heart failure mortality.", "", "", "named journal"),
], g="G")
P("https://www.thewellnessway.com/improving-the-outcome-of-heart-failure-the-wellness-way/", "wellness clinic blog: heart failure", [
 ("There are ways to slow or even reverse congestive heart failure if you’re willing to put in some effort!", "", "C", ""),
 ("CHF doesn’t have to be a life-long illness or struggle.", "", "C", "hard call: implies heart failure can be got rid of"),
 ("That means 1 in every 33 people will have heart failure in 2030.", "derived from the projection cited [2] just before", "", ""),
], g="A")
P("https://easyhealthoptions.com/natural-treatment-for-congestive-heart-failure/", "health newsletter site: natural treatment for CHF", [
 ("Here are some sobering statistics: Once a diagnosis of CHF is made, one out of every five CHF patients has only a year more to live; 50 percent of newly diagnosed CHF patients have only five more years.", "", "S", ""),
 ("CHF is almost as bad as a cancer diagnosis.", "", "", ""),
], g="A")
P("http://www.uofmhealth.org/health-library/hn-1193009", "university hospital health library: CHF (holistic)", [
 ("Take 300 mg of an herbal extract three times a day to reduce symptoms and improve exercise capacity", "hawthorn; the section opens 'CHF is a serious condition that requires support from health professionals'", "", "hard call: dose row under a professional-care caveat in the same section"),
 ("Find a health expert you can trust to help you manage this medical condition", "list item 'See a specialist'", "P", ""),
 ("Caution: Congestive heart failure is a serious medical condition that requires expert management rather than self-treatment.", "", "P", "passive recommendation"),
 ("Nonetheless, too much exercise can be life-threatening for those with CHF.", "", "", ""),
], g="H")
P("https://www.healthydirections.com/articles/heart-health/natural-treatments-for-congestive-heart-failure", "supplement brand article (cardiologist): CHF", [
 ("Prescription medication, in particular, can dramatically alleviate symptoms.", "", "", ""),
 ("In some cases, natural therapies, which have few or no side effects, can reduce the need for conventional medicines.", "", "", "hard call: 'few or no', 'in some cases'"),
], g="S")
P("http://pedianews.emedinews.in/?p=703", "medical news digest: peanut oral immunotherapy", [
 ("In a pilot study, oral immunotherapy was found to protect some peanut–allergic patients even after therapy is discontinued.", "", "", ""),
 ("Twelve of 24 patients showed ongoing desensitization to peanuts four weeks after stopping immunotherapy, and none reported allergic reactions when contacted at a median of 40 months afterward.", "the paragraph ends with the journal name", "", ""),
], g="N")
P("https://www.australiandoctor.com.au/news/peanut-allergy-cured-long-term-australian-trial?t=636386559430697838", "medical news: peanut allergy trial", [
 ("Peanut allergy cured in long-term Australian trial", "headline", "", "hard call: news headline reporting a trial result"),
 ("If confirmed in larger studies, the findings from the pilot trial would allow allergic children to consume peanuts as part of their regular diet, according to allergists at the Murdoch Childrens Research Institute in Melbourne.", "", "", ""),
], g="N")
P("https://www.allergyfoundation.co.za/oral-immunotherapy-to-peanut-shown-to-be-generally-safe-in-young-children/", "allergy foundation news post", [
 ("Specific oral tolerance induction (oral immunotherapy) to peanut has received varied opinions, with some studies showing the risk of severe reactions being greater in those undergoing oral immunotherapy than those practising avoidance.", "the post gives its source link", "", ""),
 ("New data published in the Journal of Allergy and Clinical Immunology: In Practice suggests that oral immunotherapy is safe for preschool-aged children with peanut allergies.", "", "", "reported finding, named journal"),
], g="N")
P("http://blog.thedailybeast.com/study-immunotherapy-ends-peanut-allergy-in-babies", "news blog: immunotherapy and peanut allergy", [
 ("Study: Immunotherapy Ends Peanut Allergy in Babies", "headline", "", "reported study"),
 ("At least 80 percent of babies with a peanut allergy were able to consume nuts after receiving a new immunotherapy treatment, researchers said.", "next sentence names the journal", "", ""),
 ("Most of the study’s participants reportedly experienced some mild side effects, but none required medical treatment.", "", "", ""),
], g="N")
P("https://www.health24.com/Newsletters/Daily/DailyDose/Health-in-Motion/an-allergy-to-peanuts-can-be-a-life-threatening-problem-20160908", "health news newsletter", [
 ("An allergy to peanuts can be a life-threatening problem, but there may be an effective and save way of treating the condition.", "", "", ""),
 ("A clinical trial recently conducted in the USA shows that almost 80 percent of peanut-allergic kids of pre-school age were able to safely include foods containing peanuts in their diets after undergoing peanut oral immunotherapy (OIT), which involves eating small, but gradually increasing quantities of peanut protein on a daily basis.", "", "S", "no trial or journal named"),
], g="N")
P("https://elynct.blogspot.com/2014/01/cure-for-peanut-allergy.html", "personal blog reposting New Scientist", [
 ("A potentially life-threatening peanut allergy has been essentially cured in nine out of 10 recipients of a new treatment which gradually escalates the amount of peanut protein the body can tolerate.", "the post ends with the New Scientist headline and date", "", "reported trial, cited"),
 ("Other treatments such as vaccines and antibodies are also under development, but the new oral immunotherapy is claimed to be the first to successfully allow people to tolerate such a food allergy.", "", "", ""),
], g="B")
P("https://www.medindia.net/news/peanut-allergy-cured-with-peanuts-73709-1.htm", "health news: peanut allergy research", [
 ("Although people with peanut allergy shy away from even trace amounts, new research at Duke University Medical Center is working on the premise that the cure may be in the peanut itself.", "", "", ""),
 ("In one study, 75 percent of children with peanut allergies who ate increasing amounts of peanut protein daily for 3 to 5 years can now eat unlimited amounts of peanuts.", "", "S", "hard call: 'one study' unnamed"),
 ("\"We don't know long term if it really will make it go away.", "quoted researcher", "", ""),
], g="N")
P("https://i-base.info/guides/hepc/herbal-medicine", "treatment activist guide: hepatitis C and herbal medicine", [
 ("Given the high cure rate with DAAs, herbal remedies now have no role for managing HCV.", "", "", ""),
 ("Some may actually be harmful to the liver, and others may interact with HIV drugs and other medications.", "", "", ""),
 ("It is important to discuss the use of any herbs or supplements with your doctor.", "", "P", ""),
], g="H")
P("https://swansonhealthcenter.com/health-issues/hepatitis-c/", "supplement shop health library: hepatitis C", [
 ("85 percent of the individuals initially infected with the virus will become chronically infected, which might take decades.", "", "S", ""),
 ("Only about 30 percent show symptoms at the time of infection, which include:", "", "S", ""),
 ("Even though there can be very severe problems many people experience only mild symptoms and are able to live a relatively normal life.", "", "", ""),
], g="S")
P("https://lifeextension.com/protocols/infections/hepatitis-c", "supplement company protocol: hepatitis C", [
 ("Approximately 75%-85% of people infected with HCV develop a chronic infection and face the risk of advanced liver fibrosis, cirrhosis, cancer and other complications.", "", "S", ""),
 ("Natural, integrative interventions may support liver and general health but are not replacements for highly effective modern DAA drugs.", "", "", ""),
 ("Due to medical advances, HCV infections are often curable.", "", "", ""),
], g="S")
P("https://christopherhobbs.com/library/featured-articles/hepatitis-c/", "herbalist's article library: hepatitis C", [
 ("Hepatitis is an extremely common inflammatory disease of the liver.", "", "", ""),
 ("I remember feeling shocked by this symptom after contracting hepatitis many years ago.", "", "", "narrative"),
], g="A")
P("http://www.zliving.com/health/diseases-conditions/hepatitis-c-99962/", "lifestyle media: hepatitis C natural remedies", [
 ("If caught early, the disease can be treated with antivirals.", "", "", ""),
 ("An estimated 4.1 million Americans are currently infected with hepatitis C.", "", "S", ""),
 ("About 75% of people have no symptoms when they first become infected.", "", "S", ""),
], g="N")
P("https://www.liverdoctor.com/liver-problems/hepatitis-c/", "doctor's natural liver site: hepatitis C", [
 ("Liver disease is serious and requires treatment and regular monitoring by a liver specialist.", "", "P", "passive recommendation"),
 ("However my recommendations do not replace the care of your own doctor and you should remain under the care of your own doctor whilst using nutritional therapies.", "", "P", ""),
 ("I have presented my ideas on how to help those with liver diseases using nutritional medicine, which I have been using for many years with good success rates.", "", "", "first-party"),
], g="A")
P("http://hepatitiscresearchandnewsupdates.blogspot.com/2014/02/complementary-and-alternative.html", "hepatitis C news blog (reposted review)", [
 ("Chronic hepatitis C (CHC) infection affects almost 3% of the global population and can lead to cirrhosis, liver failure, and hepatocellular carcinoma in a significant number of those infected.", "", "S", ""),
 ("At this time, there is no firm evidence supporting complementary and alternative medications for hepatitis C virus infection.", "", "", ""),
], g="B")
