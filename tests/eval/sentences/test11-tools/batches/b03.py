from lib import P
P("https://www.breastcancer.org/treatment/chemotherapy/process", "breast cancer charity patient page: chemotherapy, what to expect", [
 ("Your doctor and oncology nurse can answer your questions.", "", "", "statement of who can help, not a prompt"),
 ("With either form of chemotherapy, you should contact your doctor or nurse by phone if you're experiencing severe side effects such as mouth sores, nausea that doesn't go away after you take the medicine, diarrhea, or fever.", "", "P", ""),
 ("Make sure you know how to contact someone outside of regular office hours in case you have questions or concerns.", "", "P", "hard call: soft prompt to be able to reach the care team"),
 ("It's important to remember that each person responds differently to chemotherapy.", "", "", ""),
], g='H')
P("http://bondbaldandboobs.blogspot.com/p/chemo-chat.html", "breast cancer patient's personal blog: chemo chat", [
 ("My Hubby and I had a lovely chat with a super nurse who went through everything with us and we were very relieved to know that for any side effect that occurred, it could be countered with another drug.", "", "", "narrative"),
 ("I would rather take the drugs and be side-affect free.", "", "", "personal preference"),
], g='B')
P("https://www.chemotherapy.com/new_to_chemo/doctor_and_care_team/", "drug-company patient education site: your doctor and care team during chemo", [
 ("Speak openly and tell your doctors and nurses if something feels wrong.", "list item", "P", ""),
 ("You can request a second opinion.", "list item under: You have rights as a patient", "", "statement of a right, not a prompt"),
 ("Your doctor and care team want to give you answers.", "", "", ""),
 ("Simply answer a few questions, and then print your results to share with your doctor.", "widget: discussion-guide tool", "", "tool text"),
], g='H')
P("https://www.holisticcancercentre.org.uk/7-things-you-didnt-know-about-starting-chemotherapy/", "holistic cancer support charity: things to know about starting chemotherapy", [
 ("Common side effects may include fatigue, hair loss, nausea, vomiting, changes in appetite, changes in taste, and a weakened immune system.", "", "", ""),
 ("Seek support from loved ones, support groups, or counseling services to help cope with these feelings.", "", "P", "hard call: counselling services are professionals"),
 ("Remember that the specifics of your chemotherapy experience will depend on your individual diagnosis and treatment plan.", "", "", ""),
], g='H')
P("http://www.webmd.com/cancer/chemotherapy-what-to-expect", "health portal cancer page: chemotherapy, what to expect", [
 ("Keep a list of questions, and bring it when you visit your doctor.", "", "", "preparation for a visit already planned, not a prompt to consult"),
 ("Bring a list of all the medications and supplements you take, as they may alter the effects of chemo.", "", "", ""),
 ("Your doctor can tell you if you should stop taking any of those drugs before your chemotherapy begins.", "", "", "what a doctor may do"),
 ("And tell your doctor about any health concerns you have before you undergo treatment.", "", "P", ""),
], g='H')
P("http://www.cancereffects.com/Apricot-Kernels-(Laetrile,-Amygdalin,-Vitamin-B17)-as-an-Alternative-Cancer-treatment.html", "alternative cancer information site: apricot kernels (laetrile, B17)", [
 ("Laetrile, also known as amygdalin or Vitamin B17, has been actively promoted as an alternative cancer treatment.", "", "", ""),
 ("Doing more research, they found out the existence of the kingdom of Hunza, in the Himalayan Mountains to the north of Pakistan, where those people never have cancer.", "", "", "hard call: folklore claim, no figure or study wording"),
 ("The Hunzakuts consume between 100-200 times more B17 in their diet than the average American, mainly because eating apricot seeds, and also a lot of millet.", "", "S", "figure without source"),
], g='A')
P("https://venushealingarts.com/laetriles-proponents-consider-it-to-be-a-natural-cancer-cure-what-does-research-say/", "healing-arts practice blog: laetrile, what does research say", [
 ("Its proponents claim that it can kill cancer cells while leaving healthy cells unharmed.", "", "", "reported claim"),
 ("In fact, laetrile has been found to be ineffective at treating cancer in numerous studies.", "", "S", "'numerous studies', none named"),
 ("In fact, there have been several reported cases of people being poisoned by laetrile.", "", "S", "hard call: 'reported cases', no source (round 10: 'there are reports' is S)"),
 ("It is important to remember that there is no magic cure for cancer.", "", "", "negation"),
], g='A')
P("https://www.cancer.org.au/iheard/can-eating-apricot-kernels-cure-cancer", "national cancer charity myth-busting page: can apricot kernels cure cancer", [
 ("Some people claim that a chemical found in apricot kernels, known as amygdalin, can cure cancer.", "", "", "reported claim"),
 ("Despite decades of research, dating back to the 1950s, there is no evidence that Laetrile can treat tumours in animals.", "", "", ""),
 ("Unfortunately, taking Laetrile, or eating apricot kernels in large amounts, is not only ineffective at treating cancer but could also be very dangerous.", "", "", ""),
 ("The sale of raw apricot kernels was prohibited in Australia and New Zealand from December 2015.", "", "", ""),
], g='H')
P("https://www.lovelivingvegan.net/single-post/2018/03/12/apricot-kernels-for-cancer-the-real-story-of-laetrile", "vegan lifestyle blog: apricot kernels for cancer, the real story of laetrile", [
 ("You may have heard about “laetrile” and how it can potentially help heal cancer, including breast cancer.", "", "", "hedged"),
 ("Unfortunately, “vitamin B17” is yet another natural substance that has fallen victim to misinformation and bad press.", "", "", "hard call: dismisses warnings but makes no cure or safety claim itself"),
 ("The truth is, apricot kernels have been consumed for their nutritional and healing properties for hundreds, perhaps thousands, of years, especially in the cool, arid areas where apricot trees naturally grow.", "", "", ""),
 ("Some lived to be over 135 years old and no one in their clan had any of the conditions so common in the modern world, such as diabetes, obesity, heart attack, and cancer.", "paragraph begins: According McCarrison’s written observations, the Hunzas seemed to enjoyed near-perfect health.", "", "attributed in the paragraph"),
], g='B')
P("http://anticancerinfo.co.uk/everyone.html", "alternative cancer site: why doesn't everyone know about apricot kernels and B17", [
 ("The most common argument against laetrile (the concentrated form of vitamin B17) is that it is toxic - but it has been proved time and again, in the laboratory and in court, that laetrile/B17 is non-toxic (except when it comes into contact with cancer cells.)", "", "C", "safety claim"),
 ("Vitamin B17 is toxic to cancer cells, but non-toxic and in fact nourishes ordinary cells.", "", "C", "safety claim with a cancer-killing mechanism"),
 ("Aspirin tablets are twenty times more toxic than the equivalent amount of laetrile.", "paragraph carries footnote digits (…No one has ever died from B17.3)", "C", "hard call: relative-safety claim for laetrile; the paragraph's footnote marker counts as a citation, so not S"),
 ("No one has ever died from B17.3", "the final 3 is a footnote marker", "C", "safety claim; footnote marker is a citation (not S)"),
], g='A')
P("https://www.buzzfeednews.com/article/stephaniemlee/apricot-seeds-cancer", "news investigation: bogus apricot-seed cancer cure finds new life online", [
 ("This Bogus Cancer Cure From The 1970s Is Finding New Life Online", "headline", "", "headline naming a scam"),
 ("Apricot seeds can cure cancer — or so thousands of cancer patients believed in the 1970s, despite lotss of evidence to the contrary.", "", "", "debunking; reported belief"),
 ("It can also convert into potentially poisonous amounts of cyanide when eaten.", "", "", ""),
 ("“Yes, the evidence that Vitamin B17 is nature’s control for cancer is quite overwhelming,” he wrote in his book.", "", "", "reported speech in a debunking story"),
], g='N')
P("https://iammrfoster.com/for/10277-how-to-eat-apricot-seeds-for-curing-cancer-441-216.php", "scraped spam page: how to eat apricot seeds for curing cancer", [
 ("The apricot kernel is a small but powerful seed that has been linked to possible cancer treatment.", "", "", "hedged"),
 ("However, the treatment was found too toxic for general use.", "", "", ""),
 ("His son later found a safer and nontoxic formula in the s.", "", "", "hard call: historical narrative of the Krebs story (dates lost by the scraper), not the writer's safety claim"),
], g='G')
P("https://www.stylecraze.com/articles/ways-to-get-rid-of-a-cold-sore-overnight/?ref=menu", "beauty content site: how to get rid of cold sores overnight", [
 ("Most cold sores go away on their own in two to four weeks.", "", "", ""),
 ("But, if you want to shorten this duration, relieve the symptoms, and reduce the chances of recurrence, we’ve got you covered.", "", "", ""),
 ("Cold sores are contagious, irrespective of whether they are visible or not.", "", "", ""),
], g='G')
P("https://oralhealthcomplete.com/8-remedies-to-get-rid-of-cold-sore-overnight-forever/", "oral-health content site: 8 remedies to get rid of cold sore overnight forever", [
 ("As of now, there’s no cure to get rid of herpes simplex virus(HSV).", "", "", "negation"),
 ("Below is a list of the most effective and proven home remedies that can help to get rid of a cold sore.", "", "", "hedged ('can help')"),
 ("Most of these remedies can clear out cold sores overnight, forever.", "", "C", "guaranteed permanent result"),
 ("The moisture and the protective seal provided by these jelly over the sores will speed up the healing.", "", "", ""),
], g='G')
P("https://www.hearthjunction.com/diy-ingredients-and-uses/fast-home-remedies-cold-sores-overnight", "DIY content site: 20 fast remedies to get rid of cold sores overnight", [
 ("If you want to get rid of a cold sore overnight or speed up healing naturally, consider these expert-backed home remedies.", "", "", ""),
 ("Consult a healthcare provider for severe or frequent outbreaks.", "", "P", ""),
 ("Dilute a drop or two of tea tree oil with a carrier oil.", "list item under: Tea Tree Oil", "", "topical preparation"),
], g='G')
P("https://www.beautyandtips.com/health-tips-2/how-to-get-rid-of-a-cold-sore-overnight/", "beauty tips site: how to get rid of a cold sore overnight", [
 ("In fact, it’s reckoned that 90% of us will have at least one cold sore at some point in our life.", "", "S", ""),
 ("Sometimes, it can be up to 20 days before the symptoms start to manifest themselves on your body.", "", "", "incubation fact, not a statistic"),
], g='G')
P("http://madonmyhealth.com/lip-sores/", "health content blog: cold sores and how to get rid of them overnight", [
 ("Well, there are always simple and easy ways to get rid of it.", "", "", ""),
 ("It will cause the sword to dry up and disappear.", "after: Repeat this a couple of times in the day and also before you go to sleep. (tea tree oil)", "C", "hard call: guaranteed result; the source's typo 'sword' (sore) kept"),
 ("This essential oil possesses strong antiviral property that will successfully kill the virus and fasten the healing process too.", "", "C", "hard call: mechanism that ends in killing the virus, stated as certain"),
], g='G')
P("https://homeremediesadvice.com/get-rid-cold-sores-inside-mouth-fast", "home-remedy site: get rid of cold sores fast", [
 ("Cold sores usually heal on their own in a few weeks and do not pose serious health.", "", "", ""),
 ("There can certainly be treated using antiviral drugs or other types of medicines.", "", "", ""),
 ("These quick, simple and very effective tips will help you get rid of cold sores overnight.", "", "C", "guaranteed result"),
], g='G')
P("https://kligar.com/53/15-easy-methods-to-get-rid-of-a-cold-sore-overnight/", "content site: 15 easy methods to get rid of a cold sore overnight", [
 ("In such a case, consult a dermatologist immediately and start consuming antiviral medicines like Valtrex an oral medication.", "", "P", "consult prompt; starting a drug via the dermatologist is not medication advice"),
 ("Tea tree oil is known for its anti-inflammatory and anti-fungal properties, hence the influx of the oil on the affected skin every 15 mins will allow the skin to heal faster.", "", "", ""),
 ("These three natural antibiotics stimulate healing faster and cure the sores overnight.", "", "C", ""),
 ("Do it every one hour and watch the magic of nature’s bounty to making your skin supple and healthy again.", "", "", "topical dab; no cure wording"),
], g='G')
P("http://www.removecoldsore.com/how-to-get-rid-of-a-cold-sore-overnight/", "cold-sore remedy site: how to get rid of a cold sore overnight", [
 ("Although you cannot actually get rid of it overnight, you can opt for a cold sore medicine or remedy to manage the symptoms of the condition.", "", "", "debunks the title's promise"),
 ("All these have shown efficiency in reducing cold sore outbreaks.", "", "S", "hard call: research-style claim ('have shown'), no source"),
 ("Placing a used tea bag to the sores for at least 15 minutes can help relieve the pain and swelling of the cold sores.", "", "", ""),
], g='G')
P("https://www.healthcentral.com/article/fda_approves_new_weight_loss_drug", "health portal news brief: FDA approves Saxenda (sourced from Yahoo! News)", [
 ("A new injectable weight loss drug has been approved by the Food and Drug Administration (FDA).", "", "", ""),
 ("It is most effective, according to experts, when it is accompanied by a diet and exercise program.", "", "", ""),
 ("More serious health risks include pancreatitis, gall bladder disease, hypoglycemia and changes in mood and behavior.", "", "", ""),
], g='N')
P("https://healthvaio.com/new-miracle-fda-approved-weight-loss-drug", "health content site: what is the new miracle FDA-approved weight loss drug", [
 ("Among the latest breakthroughs is a new FDA-approved weight loss drug that has generated significant excitement in the medical community.", "", "", ""),
 ("This drug, hailed as a “miracle” by many, offers hope to millions struggling with obesity and its associated health risks.", "", "", "'miracle' attributed, no cure or safety claim"),
], g='G')
P("https://quadscentral.com/health-news/fda-approves-new-weight-loss-drug-first-since-2014/", "local news site health section (Fox News repost): FDA approves Wegovy", [
 ("The dosage is meant to be increased gradually over 16 to 20 weeks to 2.4 mg once weekly to reduce gastrointestinal side effects.", "", "", "prescribing regimen reported in news, not an instruction to the reader"),
 ("The participants saw a 6.2% decrease in their initial body weight compared to an additional 1,500 patients who received a placebo.", "", "S", "trial figure with no source in the paragraph"),
], g='N')
P("https://www.fox13now.com/fda-approves-new-weight-loss-drug-from-the-makers-of-mounjaro", "TV station news: FDA approves Zepbound", [
 ("In clinical trials, Zepbound was found to reduce body weight by 18% over 72 weeks of treatment in adults without diabetes when combined with a reduced-calorie diet and exercise, the FDA said.", "", "", "attributed to the FDA"),
 ("The medication is designed to increase dosage over a period of time with a maximum dosage of 15 milligrams, according to the FDA.", "", "", ""),
 ("Like other drugs in its class, Zepbound has the possibility of side effects like stomach discomfort, constipation, hair loss and other gastrointestinal issues.", "", "", ""),
], g='N')
