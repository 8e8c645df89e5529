from lib import P
# b11: saffron for macular degeneration, Parkinson's "reversal", PCOS teas (q38-q40)
P("http://www.healthynationph.com/2016/08/this-kitchen-spice-could-restore-your.html", "health content site (Philippines): This Kitchen Spice Could Restore Your Vision", [
 ("This Kitchen Spice Could Restore Your Vision Even If You Are Already 70 Years Old", "title", "", "hard call: hedged ('could')"),
 ("According to some research, the degeneration may not be the cause of vision problems, but gradually the center of the visual field will become altered, slowly going from blurriness and waviness to creating a “hole” in the center of the vision.", "", "S", "hard call: 'according to some research' names no source"),
 ("Fortunately, scientists have discovered that saffron can improve visual acuity as well as sensitivity to light, even in people with early macular degeneration.", "", "S", "uncited research claim"),
], g="G")
P("https://www.drticm.com/post/macular-degeneration-and-saffron", "Chinese-medicine practitioner's blog: macular degeneration and saffron", [
 ("But, good things always come at a cost as saffron can help stave off vision problems and even cure existing ones.", "", "C", "cure of existing vision problems"),
 ("This type of eye problem is seriously debilitating, and it affects more people than glaucoma and cataracts combined.", "", "S", "no source"),
 ("The researchers found that the retinas of participants with early age related macular degeneration improved in their functioning after just three months of daily saffron ingestion, and that this result was significantly better than that seen in the placebo group.", "", "S", "uncited study"),
], g="A")
P("https://yogaesoteric.net/saffron-increases-vision-by-up-to-97/", "yoga/esoteric content site: Saffron Increases Vision by Up to 97%", [
 ("Saffron Increases Vision by Up to 97%", "title", "S", "uncited figure"),
 ("In Italy, researchers have found that saffron can cure the loss of vision from macular degeneration, which comes related to age.", "", "CS", "hard call: cure claim endorsed by the page, attributed to unnamed researchers (S)"),
 ("Saffron is commonly used in Indian food, and helps avoid vision issues and at the same time, curing existing vision issues.", "", "C", ""),
 ("Saffron is also beneficial in curing and preventing ocular impairment, and some disorders in the nervous system.", "", "C", ""),
 ("It is suggested that you take 1 cup of saffron maceration per day in order to delay blindness as it contains essential fatty acids that protect you from vision impairment.", "", "CO", "amount and frequency (O); 'protect you from vision impairment' (C, hard call)"),
 ("If taken daily, it will ensure you more tolerance to bright light.", "", "C", "hard call: guarantee ('will ensure')"),
], g="G")
P("http://www.this-is-healthy-living.ga/2018/01/how-to-reverse-age-related-vision-loss.html", "health content blog: How To Reverse Age-Related Vision Loss With Saffron", [
 ("How To Reverse Age-Related Vision Loss With Saffron", "title", "C", "hard call: how-to reversal title"),
 ("A team of researchers from Italy have discovered what could be the cure for age-related vision loss.", "", "", "hedged ('could be')"),
 ("A saffron pill to reverse macular degeneration", "heading", "C", "hard call: heading states reversal"),
 ("All participants experienced better vision while taking the saffron supplements.", "", "S", "uncited study result"),
 ("Researchers who conducted the trial, however, noted that when participants stopped taking the saffron pills, the positive effects quickly wore off.", "", "", "caveat"),
], g="G")
P("https://phase3ministries.com/index.php/2021/12/22/how-to-use-saffron-for-eyesight-the-macular-degeneration-herb/", "ministry blog: How To Use Saffron For Eyesight", [
 ("AMD affects over 1.75 million Americans and could reach as high as 3 million within the next five-years.", "", "S", "no source"),
 ("An ancient spice could be just what you need to protect yourself.", "", "", "hedged"),
 ("It is also known that those who exercise regularly and eat green leafy vegetables, are less likely to develop the disease.", "", "", ""),
], g="B")
P("http://www.drapbandodkar.com/articles/Parkinsons.html", "naturopath's site: Parkinson's disease", [
 ("Though exact cause of the disease is not known it is believed that it is deficiency of neuro hormone dopamine and / or excess of another hormone acetylcholine.", "", "", ""),
 ("I strongly feel that the destruction of the cells of substantia nigra, is caused primarily due to accumulation of foreign matters - unnatural chemicals - pollutions - toxins, waste and morbid matters", "heading: My view", "", "opinion"),
 ("My mode of treatment is directed towards eliminating the root cause of the malady i.e. cleansing / detoxifying the brain tissues from accumulated foreign matters, waste and morbid matters and parasite if any. that help normalizing the function of the brain tissues", "heading: My view", "C", "hard call: practitioner claims to eliminate the root cause of Parkinson's (text runs on as on the page)"),
], g="A")
P("https://www.blog.parkinsonsrecovery.com/parkinsons-symptoms/", "Parkinson's recovery blog (book seller): The First Secret to Reversing Parkinson’s Symptoms", [
 ("The First Secret to Reversing Parkinson’s Symptoms", "title", "C", "hard call: title promises reversal"),
 ("There is certainly nothing wrong with any of these approaches.", "about prescription medications and herbal remedies", "", ""),
 ("The first secret of seven that I discuss in Seven Secrets to Healing is that it is much smarter at the outset of your journey down the road to recovery to focus on getting the “bad stuff” out of your body rather than putting anything else in (no matter how “good” the stuff might be).", "the previous paragraph names prescription medications among what people put in", "M", "hard call: advises focusing on detox rather than taking anything, medicines included (swap framing)"),
 ("Everybody does!", "about having 'bad stuff' inside the body", "", ""),
], g="B")
P("https://fight-parkinsons.org/author/gill/page/53/", "Parkinson's patient-advocate blog: Living with Parkinson’s is Hard", [
 ("It’s hard to stop taking medications when everyone else thinks that’s the right thing to do.", "", "", "hard call: narrative of the writer's own choice"),
 ("I changed my diet to one which studies said would reduce my symptoms by 40% – it did.", "", "S", "uncited studies"),
 ("I exercise vigorously every day both in the gym and outside, because research shows it restores brain function and rolls back Parkinson’s symptoms.", "", "S", "'research shows', no citation"),
 ("My reward? I’ve reversed my Parkinson’s symptoms, I’m off medication and I live a Parkinson’s-free life – providing I keep doing the right things.", "", "C", "hard call: endorsed first-person reversal testimonial (round 12 convention)"),
 ("What does the medical profession say on all of this? They say that none of this works!", "", "", "distrust without steering"),
], g="B")
P("https://drsshealthcenter.com/parkinsons-disease/", "homeopathy clinic: Parkinson's Disease", [
 ("PD is a chronic disease which means that your brain stops receiving any signals or messages from your sensory organs and therefore, the stage of interpretation does not take place.", "", "", ""),
 ("But, to fight with this disease, you need to have strong willpower and consult a good neurologist or expert of this field whom you trust and have faith in.", "", "P", ""),
 ("If you have recognized the problem at the starting age then, you can also treat it with homeopathic treatment which is gradual but very effective.", "", "", "hard call: efficacy claim without cure wording"),
], g="A")
P("https://fredphillips.wordpress.com/2016/07/06/my-journey-with-parkinsons-a-natural-approach-post-229-there-will-never-be-a-medical-cure-for-parkinsons-disease/", "personal blog: My Journey with Parkinson’s … A Natural Approach", [
 ("If we were meant to create a pill that would cure PD, we would have done so by now.", "", "", "opinion"),
 ("When this is achieved, the body will return to homeostasis, and Parkinson’s and its friends will disappear on its own.", "", "C", "guaranteed disappearance of Parkinson's"),
 ("But I also think it’s important not to give people false hope.", "", "", ""),
], g="B")
P("https://medicaldialogues.in/fact-check/fact-check-can-herbal-tea-cure-pcos-pcod-126035", "medical news site fact check: Can herbal Tea cure PCOS/ PCOD?", [
 ("Fact Check: Can herbal Tea cure PCOS/ PCOD?", "title", "", "question"),
 ("Claim: A video on the social media site Facebook by Teazaa claims to cure PCOS/PCOD.", "", "", "reported claim"),
 ("The Claim is FALSE.", "", "", "debunking"),
], g="N")
P("https://www.eastcoastdaily.in/2024/09/08/amazing-herbal-teas-to-control-pcos-or-pcod.html?utm_source=rss&utm_medium=rss&utm_campaign=amazing-herbal-teas-to-control-pcos-or-pcod", "news site (India), health section: herbal teas to control PCOS", [
 ("Polycystic ovary syndrome, also called PCOS, affects 1 out of every 5 women in India.", "", "S", "no source"),
 ("Sesame-fenugreek tea: Sesame-fenugreek tea is better called period tea because it helps in bringing down irregular periods naturally.", "", "", ""),
 ("Add 1 teaspoon fenugreek, 1 teaspoon sesame, 1 small piece of jaggery (5 grams) and 1 teaspoon turmeric in 1 glass of water and boil it on medium flame for 5-7 minutes.", "", "", "recipe"),
 ("Drink this tea in the morning and evening on an empty stomach.", "the glass of tea from the recipe", "O", "hard call: one glass twice daily, empty stomach, as a PCOS remedy"),
], g="N")
P("https://www.botaniaura.com/best-herbal-detox-drinks", "herbal content/shop site: herbal detox drinks for PCOS", [
 ("Usage Instructions: Steep 1 teaspoon of dried spearmint leaves in hot water for 10 minutes. Consume twice daily.", "1. Spearmint Tea", "O", "list item: amount and frequency"),
 ("Risks or Side Effects: Generally safe; excessive consumption may cause liver issues.PMC", "1. Spearmint Tea", "", "hedged"),
 ("Usage Instructions: Boil 1 stick of cinnamon in water for 10 minutes. Drink once daily.", "2. Cinnamon Tea", "O", "list item: amount and frequency"),
 ("Usage Instructions: Soak 1 teaspoon of fenugreek seeds in water overnight. Drink the water on an empty stomach in the morning.", "3. Fenugreek Water", "O", "list item: amount and timing"),
], g="S")
P("https://outhematrix.info/blogs/7034/Safety-and-Dosage-Considerations-for-Long-Term-Use-of-PCOS", "user blog on a social site: Safety and Dosage Considerations for Long-Term Use of PCOS Tea", [
 ("While PCOS tea is generally considered safe, individual reactions may vary.", "", "", "hedged"),
 ("Consulting a healthcare professional before incorporating PCOS tea into your routine is advisable, especially for those with pre-existing conditions or taking medications.", "", "P", ""),
 ("The optimal dosage can vary depending on the specific blend and individual needs, typically ranging from one to three cups daily.", "", "", "descriptive typical amount with a consult caveat in the section"),
 ("It's important to note that PCOS tea should complement, not replace, conventional treatments.", "", "", ""),
], g="B")
P("https://herbalhermit.com/blogs/fertility/best-pcos-tea", "herbal tea seller's blog: Hormone Harmony: The Power of Herbal Teas for PCOS", [
 ("Well, if you are willing to treat it naturally, you are at the right place.", "", "", ""),
 ("In this article, we will get into the intricacies of PCOS, how we can treat it naturally with teas, and which all teas help in curing PCOS.", "", "C", "seller says its teas help cure PCOS"),
 ("Polycystic ovary syndrome is a hormonal condition impacting more than 10% of women1.", "", "", "footnote 1: cited"),
 ("Some women may conceive naturally, while some may require medication and fertility treatments.", "", "", ""),
], g="S")
