from lib import P
# b01: statins, antidepressant swaps, raw milk, grounding, hangover, sunscreen (queries 1-6)
P("https://www.buzzrx.com/blog/can-you-stop-taking-statin-if-your-cholesterol-is-normal", "pharmacy discount blog: can you stop taking statins", [
 ("If your total cholesterol is in a healthy range, talk to your doctor about stopping statins.", "heading: Key Takeaways", "P", ""),
 ("Never stop your statin drug without talking to your healthcare provider.", "heading: Key Takeaways", "P", "double negation: counts as a consult prompt"),
 ("Statin therapy usually needs to be continued lifelong to control high cholesterol.", "", "", ""),
 ("But if you make major lifestyle changes through diet and exercise, you may be able to get off statins.", "previous sentence: Most people will need to take statins for life.", "", "hedged; the page says to talk to the doctor in the same section"),
], g="H")
P("https://meds2australia.com/tag/herbal-antidepressant", "online pharmacy tag page on herbal antidepressants", [
 ("St. John’s Wort may seem like a safe natural alternative to SSRIs, but combining them can trigger serotonin syndrome-a life-threatening condition.", "", "", "debunking a safety belief"),
 ("Learn why experts warn against mixing them and what to do instead.", "", "", ""),
], g="S")
P("https://canadian-medshop-247.su/tag/st.-john-s-wort-and-antidepressants", "online pharmacy tag page: St John's wort and antidepressants", [
 ("People think herbal means safe, but that’s not true.", "", "", "debunking"),
 ("One study found some St. John’s Wort products had inconsistent amounts of the active ingredient, making dosing unpredictable and risky.", "", "S", "one study, no source"),
 ("You might be tempted to swap your antidepressant for St. John’s Wort because it’s cheaper or you think it’s \"natural.\"", "", "", "describes the temptation; the page warns against it"),
 ("Don’t switch to St. John’s Wort as a replacement.", "previous sentence: And if you’re trying to quit your antidepressant?", "", "warning against swapping: not medication advice"),
], g="S")
P("https://www.realmilk.com/good-news-for-allergies/page/2/", "raw-milk campaign page: raw milk and allergies", [
 ("If you suffer from allergies, reach for the raw milk!", "", "", "hard call: treatment push without cure or safety wording"),
 ("Studies have found that raw milk drinkers had 60 percent lower levels of IgE antibodies (allergic reactive antibody causing histamine response) and half the histamine in the blood.2,3", "", "", "footnote markers: cited"),
 ("Asthma kills nine people per day in the United States, many of them children... so raw milk’s ability to protect against asthma makes it truly a healing food!", "paragraph carries footnote citations (1, 2, 6, 9)", "", "hard call: figure in a cited paragraph; protection is prevention, not a cure claim"),
], g="A")
P("https://bestfolkmedicine.com/2018/07/european-study-raw-milk-boosts-immunity-colds-infections/", "folk-remedy content site: raw milk boosts immunity", [
 ("In fact, it was discovered that this drink is not toxic and it actually has some pretty amazing health advantages!", "previous sentence: According to a study published in The Journal of Allergy and Clinical Immunology, raw milk consumption is not as “deadly” as advertised.", "C", "hard call: unqualified safety claim for raw milk"),
 ("Raw milk was found to avert colds, viruses, and respiratory infections in children, which was not the case with conventional and processed milk.", "", "", "prevention claim, narrow definition: not a cure claim"),
 ("Is this drink really a worse variant than the GMOs and pesticide-full foods that are being sold on the shelves throughout supermarkets nowadays?", "", "", "question"),
 ("Moreover, the study also showed that raw milk intake was able to decrease the chance of respiratory infections and fever for 30 percent and may also be a great ally for children so that they can easily combat these diseases.", "the study is the one named earlier: The Journal of Allergy and Clinical Immunology", "", "hard call: figure from the named journal study"),
], g="G")
P("https://www.doctorshealthpress.com/a-refreshing-way-to-prevent-allergies-and-asthma/", "health newsletter article: raw milk, allergies and asthma", [
 ("Disclaimer: Results are not guaranteed*** and may vary from person to person***.", "", "", ""),
 ("For this reason, raw milk is not considered safe.", "", "", ""),
 ("The researchers found that children who had drank farm- fresh milk were 26% less likely to suffer from asthma, 33% less likely to experience hay fever, and a startling 58% less likely to have a food allergy.", "the study is described only as by a team of researchers from Europe and the U.S.", "S", "no journal, author or link"),
], g="N")
P("http://www.achooallergy.com/blog/raw-milk-allergies-asthma/", "allergy-products shop blog: raw milk study", [
 ("According to a recent large European study, children who drink raw milk are less likely to develop allergies and asthma, reports FoxNews.com.", "", "", "attributed"),
 ("Indeed, raw milk is one of the riskiest foods of all when it comes to the dangers of contracting dangerous foodborne illnesses.", "", "", ""),
 ("While the study's results are impressive, it would be a mistake to recommend the consumption of raw milk.", "", "", ""),
], g="S")
P("https://www.livewithdementia.com/science-blog/grounding-reduce-inflammation-and-stress", "dementia-care site science blog: grounding", [
 ("Some research suggests that grounding can have a number of benefits, including:", "", "S", "research suggests, no source"),
 ("However, there is little research behind grounding, and you should check with your doctor before starting, especially if you have certain health conditions.", "", "P", ""),
], g="G")
P("https://nutrasmarts.com/blog/supplements-for-hangovers", "supplement site blog: supplements for hangovers", [
 ("No pill reliably prevents or cures a hangover.", "heading: The short version", "", "negation"),
 ("Hydration and time do the real work; a few supplements might ease specific symptoms a little, but the evidence is thin and the marketing is not.", "", "", ""),
 ("Do not mix acetaminophen (Tylenol) with alcohol, and know the signs of alcohol poisoning.", "heading: The short version", "", "OTC warning, not medication advice"),
 ("See a doctor if you show signs of alcohol poisoning or feel you rely on alcohol.", "", "P", ""),
], g="S")
P("https://impress1600.com/blogs/news/2017-review-of-hangover-remedies-hangover-cures-that-work", "hangover-product shop blog: review of hangover remedies", [
 ("2017 REVIEW OF HANGOVER Remedies: Hangover Cures That Work", "title", "C", "hard call: seller's title stating cures that work"),
 ("Bottom line- There is a lot of Alcohol flowing, so it’s no wonder “Hangover cures that work” is a term tens of thousands of people enter into their trusty internet search engines every month.", "", "S", "hard call: search-volume figure without source"),
 ("This said it’s crucial your search for effective hangover relief takes into consideration the fact different hangover remedies target different symptoms, so you first need to define exactly what type of issues you experience when that alcohol wears off so you can select a remedy that specifically aligns with your needs.", "", "", ""),
], g="S")
P("https://www.advancedliving.com/hangovers/?amp=1", "supplement review site: top 10 hangover cures", [
 ("Top 10 Best Hangover Cures of 2020: Liver Health Supplements", "title", "C", "hard call: product-ranking title naming supplements as cures"),
 ("Despite the millions of consumers each year that suffer greatly from hangovers, there is a startling lack of functional products that can effectively get rid of the worst symptoms of a hangover.", "", "S", "hard call: vague count without source"),
 ("The good news is that hangovers are typically not a cause for serious health concern; they function mainly as painful and irritating symptoms.", "", "", ""),
 ("There's no need to go to the doctor for a hangover, unless it lasts an unusual amount of time.", "", "", "hard call: safety-netted in the same sentence, so not discouraging care"),
], g="G")
P("https://btwellness.co/blogs/hangover-relief-liver-support/best-hangover-pill-guide-detox-support", "hangover-pill brand blog", [
 ("In this upbeat, science-backed guide, we’ll dive into exactly why hangovers feel so awful and how a hangover pill – packed with detoxifying, energy-replenishing ingredients – can be your secret weapon to wake up refreshed.", "", "", "product promise without cure or safety wording"),
 ("Alcohol makes you pee a lot – far more than the fluids you’re taking in.", "", "", ""),
], g="S")
P("https://stop-drinking-expert.mykajabi.com/blog/hangover-cure", "stop-drinking coach's blog: miracle hangover cures are a scam", [
 ("Here's the brutal truth: you've been sold a lie.", "", "", ""),
 ("Scientific evidence shows these products don't work.", "", "S", "hard call: evidence claim; the journal is named two paragraphs later"),
 ("In 2020, the FDA sent warning letters to seven companies illegally marketing these bogus products.", "", "S", "hard call: figure without link or source"),
 ("The study appeared in the journal Addiction and assessed remedies ranging from clove extract to various herbal supplements.", "", "", "named journal"),
], g="B")
P("https://collegecandy.com/2012/07/08/5-of-our-favorite-hangover-cures-and-why-they-work/", "college lifestyle magazine: favourite hangover cures", [
 ("Our 5 Favorite Hangover Cures and Why They Work", "title", "C", "hard call: nominal cure heading stated as working"),
 ("To guarantee that you’re not banging your head on your desk at work tomorrow, we’re bringing the best hangover cures out there to you, and we’re going to let you know why they actually work.", "", "C", "guarantee of a result"),
], g="N")
P("https://republicmonews.com/web-stories/natural-homemade-sunscreen-recipe/", "news site web story: natural homemade sunscreen", [
 ("Skin cancer rates have climbed since sunscreen use began.", "", "S", "hard call: trend claim without source"),
 ("Most sunscreens increase skin cancer risk, according to reports.", "", "S", "hard call: 'according to reports' names no source"),
 ("Researchers estimate that swimmers lose 5,000 metric tonnes of sunscreen annually.", "", "S", ""),
 ("In most situations, I aim for moderate daily sun exposure without burning.", "", "", ""),
], g="N")
P("https://whatgreatgrandmaate.com/dont-wear-sunscreen-prevent-sunburn-naturally/", "personal food blog: why I don't wear sunscreen", [
 ("Why I Don’t Wear Sunscreen & How to to Prevent a Sunburn Naturally", "title", "", ""),
 ("This is such a common misconception of most people that we should wear sunscreen everyday, even in the winter.", "", "", ""),
 ("Research has shown that three-quarters of US teens and adults are deficient in vitamin D, and Cancer Prevention Research has suggested that adequate level of vitamin D in the blood offers protection against sunburn and skin cancer.", "", "S", "the first figure has no source (the journal name covers the second claim only)"),
 ("That means getting more sunlight prevents us from sunburn and skin cancer, and not having enough vitamin D in our blood makes us more susceptible to these problems!", "", "", "hard call: prevention promise, narrow definition"),
 ("Furthermore, the link between melanoma and sun exposure is not proven, and no conclusive evidence supports that sunburns lead to cancer.", "", "", "false but in no class"),
], g="B")
P("http://toxicbeautyblog.com/why-use-sunscreen/why-use-sunscreen-or-why-not-to/", "personal beauty blog: why use sunscreen or why not", [
 ("I do not and have not ever used a daily sunscreen (or sun block) on my face.", "", "", "narrative"),
 ("Of course, I’m not saying you shouldn’t wear any sunscreen ever, but there are times when your body needs to stay sunscreen-free.", "", "", ""),
 ("Just twenty minutes of sun exposure can damage fair skin.", "list item; the list is credited to the article “The Importance of Wearing Sunscreen”", "", "cited source"),
], g="B")
P("https://www.treehugger.com/why-i-dont-wear-sunscreen-4868731", "green lifestyle magazine column: why I don't wear sunscreen", [
 ("First of all, let me just say that what I write here is not advice to you or to anyone else.", "", "", ""),
 ("I am not a dermatologist, and the choices I make are for my own body, so I respect what other people do with theirs.", "", "", ""),
], g="N")
P("https://patriothealthreport.com/four-reasons-to-not-wear-sunscreen/", "health newsletter article: 4 reasons to not wear sunscreen", [
 ("Consider these 4 reasons why you should consider skipping your sunscreen.", "", "", "sunscreen is not medical care"),
 ("Vitamin D deficiency is a rising concern in the US especially with increased use of sunscreen in recent years.", "", "", ""),
 ("However supplements are not as effective and may not be properly absorbed.", "", "", ""),
], g="N")
