from lib import P
P("https://nootropicsmarts.com/st-johns-wort-for-depression-advice-dosage/", "nootropics affiliate site: St. John's wort for depression, advice and dosage", [
 ("If you’re like the millions of Americans who can’t take SSRIs due to the side effects they cause, St. John’s Wort may be an excellent alternative.", "", "S", "hard call: vague count ('millions of Americans') with no source; the swap is hedged ('may be'), so not M"),
 ("Within 1-2 weeks, you should start to feel the weight lift off your shoulders and the light breaking through the fog.", "", "C", "hard call: promised result for depression on an affiliate page"),
 ("If you decide on this brand and dosage, you’ll want to take 3 capsules a day for the first week (900mg total), then 1 capsule a day thereafter for maintenance (300mg total).", "", "O", "consumer dose schedule; the page's later 'see a qualified doctor' is about depressive symptoms, not the dose"),
 ("Just a word of caution: don’t take St. John’s Wort with an SSRI or any other medication that may affect Serotonin levels.", "", "", "interaction warning"),
 ("Also, if you are currently experiencing depressive symptoms, please see a qualified doctor.", "", "P", ""),
], g="S")
P("https://www.forcesofnature.ca/tag/get-off-antidepressants/", "naturopathic clinic blog: how to get off antidepressants", [
 ("Regardless of the reason for wanting to come off, there are a number of naturopathic options that can help with discontinuing anti-depressant therapy.", "next: This should only be undertaken under the supervision of your medical doctor and a naturopathic doctor.", "", "consult caveat in the next sentence"),
 ("This should only be undertaken under the supervision of your medical doctor and a naturopathic doctor.", "", "P", ""),
 ("In patients who have been on anti-depressants longer term (more than a year or two), tapering off may take 6-24 months.", "", "", "clinical duration, no instruction"),
 ("This must be done under your medical doctor’s supervision.", "", "P", ""),
 ("Secondly, there are several medications that are NOT safe to use together with herbal antidepressant alternatives like St. John’s Wort.", "", "", ""),
], g="A")
P("https://222health.com/alternative-medicine/naturopathy/149581.html", "health content site: natural alternatives to antidepressants", [
 ("Many people do not want to take prescription medication, however, due to risks or costs.", "", "", ""),
 ("St. John's wort has been shown to be effective for mild-to-moderate depression with fewer side effects than prescription antidepressants.", "", "S", "'has been shown' with no source"),
 ("St. John's wort can interact with other medications, so it is important to seek guidance from a health care professional.", "", "P", ""),
 ("Standard dosage is 300 mg three times a day with meals.", "same section: ... it is important to seek guidance from a health care professional.", "", "descriptive 'standard dosage' with a professional caveat in the section"),
 ("People who do not get enough omega-3 fatty acids have an increased risk of mental illness.", "", "", "no figure or study wording"),
], g="G")
P("https://alsearsmd.com/avoid-surgery-that-doesnt-work/", "anti-aging doctor's supplement site: avoid knee surgery that doesn't work", [
 ("Avoid Surgery that Doesn’t Work", "headline", "D", "hard call: headline steering readers away from knee surgery their doctor recommended"),
 ("Her family doctor recommended surgery.", "", "", "narrative"),
 ("In many cases, knee surgery just doesn’t work.", "", "", "hard call: claim, no instruction"),
 ("But, the reality – as proven by two well-known studies – is very different.", "", "S", "hard call: 'proven by two well-known studies' with no reference"),
], g="S")
P("https://legendarystrength.com/fixing-osteoarthritis/", "strength coach's blog: fixing osteoarthritis", [
 ("As a degenerative condition, it is said to be from wear and tear on joints.", "", "", ""),
 ("(As with any autoimmunity a large part of the cause, and what ultimately will help reverse symptoms, is in the diet.)", "", "", "hard call: 'will help reverse symptoms' is hedged"),
 ("You can’t hold osteoarthritis in your hand.", "", "", ""),
], g="B")
P("http://www.naturalnewsblogs.com/five-natural-ways-avoid-knee-surgery/", "natural health blog network: five natural ways to avoid knee surgery", [
 ("Five Natural Ways to Avoid Knee Surgery", "title", "D", "hard call: title steers away from surgery (round 12 'Avoid Dangerous Knee Replacement Surgery' convention)"),
 ("Weight loss can be exceptionally helpful in reducing pain and eliminating the need for surgery.", "", "", "hard call: benefit claim, no instruction against care"),
 ("This is because the joints of the human body are designed to sustain a specific amount of weight: each pound of body weight puts approximately four pounds of pressure on each knee joint as you walk.", "", "S", "figure without source"),
 ("An Australian study recently concluded that those with thicker quadriceps required less joint replacement surgeries when compared with those whose quadriceps were not well developed.", "", "S", "unnamed study"),
], g="A")
P("https://articles.mercola.com/sites/articles/archive/2008/04/12/surgery-does-little-for-arthritic-knees.aspx", "alternative-health doctor's site: surgery does little for arthritic knees", [
 ("Trimming damaged tissue through arthroscopic knee surgery does not relive pain and swelling in arthritic knees any better than simply flushing loose debris from the joint, according to new research.", "", "S", "hard call: 'according to new research' names no study (round 11 convention)"),
 ("Arthroscopic knee surgery is one of the most unnecessary and useless surgeries out there.", "", "D", "hard call: blanket dismissal of a procedure (round 12 'surgery is unnecessary' convention)"),
 ("It works no better than a placebo surgery, and the proof of this was published in one of the most well-respected medical journals on the planet.", "", "S", "hard call: journal not named"),
 ("Despite this monumental finding, and numerous studies like the one above, 650,000 people in the United States undergo arthroscopic knee surgery every year.", "", "S", "figure without source"),
 ("And with a cost of about $5,000 per procedure, that adds up to over $3 billion every year spent on a needless and non beneficial surgery.", "", "S", "figures without source"),
], g="A")
P("https://myacare.com/blog/benign-prostatic-hyperplasia-is-it-possible-to-shrink-the-prostate-naturally", "medical travel platform blog: shrinking the prostate naturally", [
 ("While it is not possible to shrink your prostate in a matter of seconds using natural remedies, there is now enough evidence to suggest that they are an effective complementary approach to tackle prostate enlargement and Benign Prostatic Hyperplasia (BPH).", "", "S", "hard call: 'enough evidence' with no reference in the paragraph"),
 ("More than 70% of males over 80 have BPH, which becomes more prevalent with advancing age.", "paragraph 'Prevalence.' has no reference marker", "S", ""),
 ("Sub-clinical BPH may affect 30-40% of men in their 40s.", "", "S", ""),
], g="H")
P("http://www.ehow.co.uk/how_5701797_shrink-prostate-naturally.html", "how-to content site (UK): how to shrink the prostate naturally", [
 ("However, regular exams, especially in men over the age of 50, should be made in order to rule out prostate cancer or infection.", "", "P", "passive recommendation of medical exams"),
 ("Sit in a hot bath, or hot tub, several times per day, if possible.", "", "", ""),
 ("Try to avoid taking cold medications, including antihistamines and/or decongestants.", "", "", "OTC"),
 ("Take beneficial supplements, including: zinc (60 mg/day), saw palmetto (160 mg twice/day), Vitamin E (400 mg/day) and flaxseed oil (1-2 tsp/day).", "", "O", "amounts and frequencies, no caveat"),
 ("Ejaculate frequently as this will help to reduce swelling by removing prostate fluids.", "", "", ""),
], g="G")
P("https://mayoclinic-patientportal.com/how-to-shrink-prostate-naturally-mayo-clinic/", "look-alike site using the Mayo Clinic name: shrink prostate naturally", [
 ("While medication and surgical options are available for managing BPH, some individuals may prefer natural approaches to promote prostate shrinkage and alleviate symptoms.", "", "", ""),
 ("Mayo Clinic, a leading authority in healthcare, emphasizes a holistic approach to managing prostate enlargement.", "", "", ""),
 ("Mayo Clinic recommends incorporating foods high in antioxidants, such as tomatoes, berries, and leafy greens, as well as omega-3 fatty acids found in fish like salmon and mackerel.", "", "", "dietary"),
], g="G")
P("https://bestoptions.net/effective-treatments-to-shrink-an-enlarged-prostate-and-reduce-prostate-cancer-risk", "content site: treatments to shrink an enlarged prostate", [
 ("If left untreated, BPH can lead to bladder damage, kidney problems, and urinary tract infections.", "", "", ""),
 ("While these remedies may not be as immediately effective as medical treatments, they can provide relief and are often used in conjunction with other therapies.", "", "", ""),
], g="G")
P("https://healthfieldtips.com/archives/20320", "health tips content site: natural ways to shrink an enlarged prostate", [
 ("While medication and surgery are common treatments for BPH, many men prefer to explore natural methods to manage and reduce prostate enlargement.", "", "", "reported preference"),
 ("Cruciferous vegetables like broccoli, cauliflower, and cabbage have been shown to help shrink the prostate due to their high levels of sulforaphane, a compound known for its anti-inflammatory properties.", "", "S", "'have been shown' with no source"),
 ("Tomatoes are rich in lycopene, an antioxidant that has been shown to reduce the risk of prostate problems.", "", "S", "'has been shown' with no source"),
], g="G")
P("http://www.dailywebdir.com/natural-cure-for-enlarged-prostate/", "web directory content page: natural cure for enlarged prostate", [
 ("Natural Cure for Enlarged Prostate", "title", "C", "hard call: title states a cure as fact (round 12 convention)"),
 ("Enlarged prostate treatment most commonly includes a surgical procedure to remove a part or whole prostate gland.", "", "", ""),
 ("If these two points are kept in mind then you can eliminate much of your problems and symptoms.", "", "", "'much of', not a cure"),
 ("Also, consult a specialist before taking any diuretic medication or antihistamines and decongestants as these will also make the passage of urine harder.", "", "P", ""),
], g="G")
P("http://www.life-enhancement.com/magazine/article/173-enlarged-prostate", "supplement seller's magazine: enlarged prostate", [
 ("First the word, then the plant, lastly the knife.", "epigraph", "", ""),
 ("Suffice it to say that, by the time you retire, you will probably have it to some degree.", "", "", ""),
 ("And if you get BPH and have to take something for it, try to find a remedy that is benign in its effects, i.e., one that does what it's supposed to without sandbagging you with unwanted side effects.", "", "", "hard call: advice on choosing a remedy; the swap is in the next sentence"),
 ("That, of course, is where natural nutritional supplements, compared with prescription drugs, shine: they typically deliver good effects with few or no side effects.", "", "M", "hard call: swap framing against prescription drugs on a seller's page; 'few or no side effects' is hedged, so not C"),
], g="S")
P("https://www.intothewildcompany.com/blogs/about/herbs-for-parasites", "herbal product shop blog: herbs for parasites", [
 ("Wormwood has been used as far back as ancient Egypt for parasitic infections and has been shown to fight tapeworms and other parasites in lab studies", "", "S", "'lab studies' with no source"),
 ("Because it is so potent, wormwood must be used with care and should never be taken during pregnancy or breastfeeding.", "", "", ""),
 ("You can use dried wormwood to make a tea or take it in capsules- no more than one teaspoon a day and for no longer than four weeks.", "", "", "upper limit, not an instruction to take an amount"),
 ("You can take small amounts of powdered black walnut three times daily (no more than 1 teaspoon total) or take black walnut extract.", "", "", "hard call: 'small amounts' with an upper limit"),
 ("Wormwood, black walnut, and cloves are the main trio of herbs for an effective parasite cleanse.", "", "", ""),
], g="S")
P("https://showmeoz.wordpress.com/2018/09/29/parasites-and-your-health-part-i/", "personal blog: parasites and your health", [
 ("As creepy as it may sound, hundreds of millions of Americans are unknowingly infested with parasites that can cause everything from aching joints and fatigue to blindness and even death.", "", "S", "no source"),
 ("In this two-part series, I’ll cover the most common beasties found inside the human body and how you can get rid of intestinal parasites using a simple, safe, and natural remedy.", "", "C", "hard call: unqualified 'safe' remedy that gets rid of parasites"),
 ("Have you ever had a cold or the flu?", "", "", "question"),
 ("But the truth is that at least one-third of Americans are infested with parasitic worms and don’t even know it.", "", "S", "no source"),
], g="B")
P("http://www.richardcawte.com/parasite-cleanse-protocol", "personal site: parasite cleanse protocol", [
 ("This might not be a pleasant topic to discuss over dinner, but the fact is there are over a hundred different types of parasitic worm inside you right now, wriggling away unseen but perhaps not unnoticed.", "", "S", "hard call: figure presented as fact, no source"),
 ("Over 70% of these little blighters are too small to be seen by the naked eye.", "", "S", ""),
 ("Having parasites inside you is a normal state of affairs, until such a time as you become infected with parasites that are harmful.", "", "", ""),
 ("Helminths can’t multiply in the human body, which means that they usually clear up with treatment without re-infecting the body.", "", "", ""),
], g="B")
