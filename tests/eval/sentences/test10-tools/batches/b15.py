from lib import P
P("http://ezoclub.org/skin-care/news_2008-04-23-07-30-02-441.html", "article-directory site: cure your eczema today", [
 ("Cure Your Eczema Today", "title", "C", ""),
 ("You can begin taking steps to cure your eczema today; this article will provide you with much needed information that will help you get started in the right path.", "", "C", ""),
 ("Wheat grass: This has proven to provide immediate relief for this skin condition.", "", "S", "'has proven', no source"),
 ("It has been proven to improve the damaged skin by replacing the normal red blood cells in your body.", "", "S", ""),
], g='G')
P("http://eczema.curemycondition.com/how-to-treat-eczema/how-to-cure-eczema-fast-effective-herbal-treatment-methods-for-treating-eczema", "condition content site: how to cure eczema fast, herbal treatment", [
 ("How To Cure Eczema Fast : Effective Herbal Treatment Methods For Treating Eczema", "title", "C", ""),
 ("Cure eczema fast with these natural interventions that are proven safe and effective.", "", "C", "cure and safety claim"),
 ("Even doctors would recommend these natural reliefs because they are not only inexpensive, but they also pose no side effects.", "", "C", "no-side-effects claim"),
 ("That is why, the best alternative to these is to go natural.", "previous sentence: topical creams and gels ... promise side effects", "M", "hard call: steers off prescribed eczema creams"),
 ("For a faster relief, try these natural wonders that are proven to instantly eradicate the condition.", "", "C", ""),
], g='G')
P("http://www.wellnessconnection.org/tag/health/page/2", "wellness blog tag page: eczema natural treatment", [
 ("Once the person is affected by the disease, the disease can persist for a few years and then disappear.", "", "", ""),
 ("Though there are some medical treatments that are available for a person who is suffering from this health problem, it is important that the person uses various natural methods of treatment.", "", "", "hard call: recommends natural methods, the replacement claim follows"),
 ("This is because of the fact that natural treatments will help much more than the medical management.", "", "M", "hard call: ranks natural treatment above medical management"),
 ("The main treatment using natural methods is to use a paste that is made of papaya seeds.", "", "", ""),
], g='B')
P("https://www.treatathomes.com/sciatica/", "home-visit health service blog: sciatica", [
 ("Sciatica is one of the commonest sufferings and 90% of people with sciatica will get better without surgery.", "", "S", ""),
 ("When you diagnose yourself that you are having sciatica, don’t worry.", "", "", "hard call: reassurance; the prompt follows"),
 ("There is nearly 90% chance to attain cure by simple tricks.", "", "S", "a rate, not a guarantee"),
 ("If you are not sure about it, don’t hesitate or postpone seeking professional help.", "", "P", ""),
 ("You can get Doctor Home Visit and other professional assistance like Nursing, Caretaking at home through Treat at Home.", "", "", "advertisement for the service"),
], g='H')
P("https://orthopaedics.win/Article/diseasesandsymptoms/localpain/backpain/201609/21897.html", "scraped orthopaedics article site: sciatica pain treatment at home", [
 ("Sciatica pain treatment is very easy for you to undergo at home by yourself.", "", "D", "hard call: self-treatment framed as easy; see next items"),
 ("If you have the means to get up and perform some level of low-intensity activity, then it may make more sense to apply the principles of sciatica pain treatment by yourself, using natural, holistic remedies, rather than to spend money on costly medical procedures.", "", "D", "steers away from medical care"),
 ("The notion that the best way to heal from sciatica is to get bed rest is not entirely true.", "", "", ""),
 ("Believe it or not, certain foods are known to be conducive to healing sciatica.", "", "", ""),
], g='G')
P("https://www.newsbreak.com/news/2422010139389/duration-of-treatment-for-melanoma", "news aggregator item: natural treatments for sciatica", [
 ("Affecting four out of 10 people at some point in their life, sciatica happens when the big nerve from either side of the lower back/spine travels through the pelvis and buttocks and passes the back of each leg.", "", "S", ""),
 ("Even with extreme pain, about 90 percent of people will get better without surgery or the need for heavy medication.", "", "S", ""),
 ("In fact, natural treatments for sciatica have been proven to be effective and are worth a shot.", "", "S", "'have been proven', no source"),
], g='N')
P("https://www.avihomeopathy.com/diseases/pneumonia/", "homeopathy clinic page: pneumonia", [
 ("Anyone can develop pneumonia, but children below 2 years and people above 65 years are more at risk of developing it.", "", "", ""),
 ("Best homeopathy doctor can give quick symptomatic relief in the patients of pneumonia.", "", "", "hard call: promotes the clinic; no explicit steer away from medical care"),
 ("Homeopathic medicines can cure the underlying cause of pneumonia and give permanent relief from the problem.", "", "C", "cure and permanent relief"),
], g='A')
P("https://beta.myupchar.com/en/disease/pneumonia/first-aid", "health portal (India): what to do in pneumonia, first aid", [
 ("Although pneumonia is a common disease that can be treated, in many cases it also causes death of the patient.", "", "", ""),
 ("If you have mild or less severe pneumonia, you do not need to go to the doctor, but in many serious cases it is right to take treatment for it.", "next sentence: That is why you should go to the doctor if you experience symptoms of pneumonia ...", "", "hard call: safety-netting in the next sentence"),
 ("That is why you should go to the doctor if you experience symptoms of pneumonia, so that you can know the severity of the problem.", "", "P", ""),
], g='H')
P("https://www.bpharmacy.com.au/pneumonia", "pharmacy site (Australia): pneumonia", [
 ("Pneumonia can be mild and treatable at home or you may need to be hospitalised, therefore it is vital that a doctor diagnose the condition.", "", "P", ""),
 ("If you have a mild case of viral pneumonia, you can probably recover at home after getting a diagnosis from your doctor.", "", "", ""),
 ("If you are diagnosed as having pneumonia, various alternative therapies may help ease your symptoms and hasten your recovery.", "", "", "hedged"),
], g='H')
P("https://rollingout.com/2021/03/25/sea-moss-the-miracle-weed-from-the-sea-that-increases-libido-and-more/", "news/entertainment site: sea moss, the miracle weed from the sea", [
 ("According to WebMD, you only need two tablespoons a day because it is high in iodine, which can lead to an enlarged thyroid.", "", "O", "hard call: consumer amount and frequency (attributed)"),
 ("However, the benefits outweigh any risks, as sea moss is packed with magnesium, calcium, vitamins B12 and B2, vitamin C, zinc, iron, iodine and fiber.", "", "C", "hard call: dismisses risks"),
 ("If you are having thyroid issues, sea moss should be your “go-to,” as it produces thyroid hormones made with iodine to help any thyroid issues and your overall mood and energy levels.", "", "M", "hard call: sea moss as the go-to for thyroid disease, in place of treatment"),
 ("He went from being impotent to fathering 17 children after his transition.", "", "", "reported"),
], g='N')
P("https://www.sea-moss.net/how-much-sea-moss-should-i-take-daily", "sea moss site: how much sea moss should I take daily?", [
 ("The general recommendation is to take one teaspoon of powdered sea moss or two capsules a day.", "next sentences: ... Before taking sea moss, it's important to consult with a healthcare provider ...", "", "caveat in the same section"),
 ("Before taking sea moss, it's important to consult with a healthcare provider to ensure it is safe for you.", "", "P", ""),
 ("Early research suggests that sea moss may slow the progression of Parkinson's disease.", "", "S", ""),
], g='S')
P("https://afrikanlibrary.net/how-much-sea-moss-to-take-daily-dr-sebi-recommendations/", "Afrocentric library blog: how much sea moss to take daily (Dr. Sebi)", [
 ("Sea moss is considered a superfood because it contains about 92 of the vital 102 minerals that your body needs to remain healthy.", "", "S", ""),
 ("In addition, it is the only known naturally growing source of thyroid hormones because of its high iodine content.", "", "", ""),
], g='B')
P("https://greenlivingzone.com/how-much-sea-moss-to-take-daily", "green living site: how much sea moss to take daily", [
 ("The recommended daily dosage of sea moss is approximately 1 to 2 tablespoons or 4 to 8 grams.", "same section: ... you should consult with your doctor or dietician to suggest the right dosage", "", "caveat in the same section"),
 ("I love sea moss because it helps to boost my immunity.", "", "", ""),
 ("Additionally, you should consult with your doctor or dietician to suggest the right dosage, length of use, and frequency.", "", "P", ""),
], g='G')
