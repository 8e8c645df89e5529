from lib import P
P("http://www.naturalproductsinfo.org/index.php?src=news&srctype=detail&category=Supplements%20In%20The%20News&refno=54", "supplement-industry foundation news item: tea consumption reduces ovarian cancer risk", [
 ("Tea Consumption Reduces Ovarian Cancer Risk", "headline", "", ""),
 ("Compared to women who never or seldom (less than monthly) drank tea, women who drank less than one cup per day reduced their risk by 18 percent; those drinking one cup per day showed a 24 percent reduced risk, while two or more cups a day almost halved the risk.", "paragraph carries a citation: according to a study in the Archives of Internal Medicine (165:2683-6, 2005)", "", "cited in the paragraph"),
 ("To learn more about these dietary supplements and others, including research citations, information on basic use, dosage, and contraindications, written in layman's terms, visit the DSIB Web site at Finding the information is as easy as clicking on the name of a supplement or condition.", "", "", ""),
], g='N')
P("http://andrewwilmot.blogspot.com/2010_05_01_archive.html", "personal blog reposting supplement-company research news (DHA)", [
 ("New research indicates that regular supplementation with DHA may improve memory and learning in older adults with mild age-related memory loss.", "paragraph carries a citation in the post: Source: ... Yurko-Mauro K et al, Alzheimers & Dementia 29 April 2010", "", "citation at the end of the post"),
 ("The subjects were given a daily dosage of 900 milligrams of DHA or a placebo for 6 months.", "", "", "study dose"),
 ("Since it is estimated that up to one-third of the aging population in the U.S. will experience a decline in cognitive function with age, the benefits of a daily DHA supplement can have a significant impact on public health.", "", "S", "hard call: the one-third estimate has no source (the post's citation is for the trial)"),
], g='B')
P("http://m.ifairer.com/articles/study-vitamin-d-supplements-reduce-cancer-risk-1-42703-IFR.html", "news site: study, vitamin D supplements reduce cancer risk", [
 ("Study: Vitamin D supplements reduce cancer risk", "headline", "", ""),
 ("Researchers have found that vitamin D was associated with an overall 17 percent risk reduction for advanced cancer.", "", "S", "hard call: the VITAL trial is named only further down; no journal or year"),
 ("\"The findings suggest that vitamin D may reduce the risk of developing advanced cancers,\" said study author Paulette Chandler from the Brigham and Women's Hospital in the US.", "", "", "quoted, hedged"),
 ("VITAL did not find a statistical difference in overall cancer rates, but researchers did observe a reduction in cancer-related deaths.", "", "", "named trial, no figure"),
], g='N')
P("http://zdanisusanapowerteam.blogspot.com/2012/10/a-daily-multivitamin-mineral-supplement.html", "supplement distributor blog: daily multivitamin may reduce cancer risk (USANA source)", [
 ("A daily multivitamin/ mineral supplement taken long-term may help reduce cancer risk in middle-aged and older men, according to a new study.", "", "", "'according to'"),
 ("When examining outcomes at the study's end, the researchers found an 8 percent reduction in total cancer occurrence among participants assigned to multivitamin use.", "paragraph carries a citation: A new study published in the Journal of the American Medical Association ... (JAMA. 2012 reference below)", "", "cited"),
 ("Although the main reason to take multivitamins is to prevent nutritional deficiency, this study reinforces the value of long-term consistent use of a daily multivitamin as a convenient and affordable insurance policy for good health and possible cancer prevention in middle-aged and older adults.", "", "", ""),
], g='S')
P("https://hms.harvard.edu/magazine/artificial-intelligence/something-extra", "university magazine news note: vitamin D and omega-3 (VITAL)", [
 ("A five-year study of dietary supplement use in nearly 26,000 participants found that omega-3 fatty acids reduced heart attack rates by 28 percent but did not affect risk of stroke or cancer.", "paragraph carries a citation: Manson JE, et al., The New England Journal of Medicine, November 2018", "", "cited"),
 ("The study was conducted by HMS researchers at Brigham and Women’s Hospital.", "", "", ""),
], g='N')
P("https://www.positivechoices.com/positivetip/risks-of-supplements-may-be-underestimated/", "health-tip site: risks of supplements may be underestimated", [
 ("The wide use of supplements (50% of U.S. population), fueled by marketing-oriented claims of many benefits, may actually increase the risks of cancer according to a review of many studies.", "", "", "hard call: 'according to a review' counts as a citation under the guide"),
 ("PositiveTip: Healthy food choices are the best way to support health and reduce the risk of disease.", "", "", ""),
], g='G')
P("https://www.diablofootankle.com/post/ankle-sprains-when-to-seek-professional-treatment-vs-home-care", "podiatry practice blog: ankle sprains, professional treatment vs home care", [
 ("Ankle sprains are among the most common musculoskeletal injuries, affecting approximately 25,000 people each day in the United States alone.", "", "S", ""),
 ("At Diablo Foot & Ankle, we frequently treat patients who are unsure whether their ankle sprain warrants professional care or can be managed at home.", "", "", "narrative"),
 ("This comprehensive guide will help you understand ankle sprains, recognize the signs that indicate professional treatment is necessary, and learn proper home care techniques for minor sprains.", "", "", ""),
], g='H')
P("https://biologyinsights.com/when-to-see-a-doctor-for-an-ankle-sprain", "content site: when to see a doctor for an ankle sprain", [
 ("Applying ice for 15 to 20 minutes several times a day helps reduce swelling and provides pain relief.", "", "", "ice is not a dose"),
 ("If you are unable to take at least four steps without significant pain immediately after the injury or during the initial at-home assessment, you should see a doctor.", "", "P", ""),
 ("This guide outlines the indicators that should prompt a visit to a healthcare professional.", "", "", "hard call: describes the guide"),
], g='G')
P("https://advancestudy.org/do-i-go-to-the-doctor-for-a-sprained-ankle", "content farm: do I go to the doctor for a sprained ankle", [
 ("It depends on the severity.", "title: Do I Go to the Doctor for a Sprained Ankle?", "", ""),
 ("While many sprained ankles can be managed at home, it’s crucial to know when you should go to the doctor for a sprained ankle to rule out fractures and ensure proper healing.", "", "", "hard call: about knowing when, not a prompt to go"),
 ("Severe pain: Uncontrollable pain, even with pain medication, suggests a more serious injury.", "list under: Several red flags warrant a visit to a doctor:", "", ""),
], g='G')
P("https://anvilsattachments.com/when-should-you-see-a-doctor-for-an-ankle-sprain.html", "unrelated-business site article: when to see a doctor for an ankle sprain", [
 ("While many ankle sprains can be treated at home with rest, ice, compression, and elevation (the RICE method), there are instances when it’s crucial to see a doctor.", "", "P", "hard call: affirmative 'crucial to see a doctor' in some instances"),
 ("Understanding when to seek professional medical advice can make a significant difference in your recovery and long-term ankle health.", "", "", ""),
], g='G')
P("https://methodistsouthlake.com/ankle-sprain/", "hospital page: ankle sprain", [
 ("An ankle sprain is the most common sprain injury and it can usually be treated at home.", "", "", "clinical statement"),
 ("An over-the- counter pain reliever such as ibuprofen or acetaminophen may help.", "", "", ""),
 ("Apply the ice to the area for 15 or 20 minutes and repeat every two hours.", "", "", "ice is not a medicine dose"),
 ("If pain persists after a few days, see your podiatrist or orthopedic surgeon.", "", "P", ""),
 ("Follow the RICE procedure and follow up with your doctor if the sprain does not feel better.", "", "P", ""),
], g='H')
P("https://cathe.com/should-you-treat-a-sprain-at-home/", "fitness brand blog: should you treat a sprain at home", [
 ("According to Medscape Family Medicine, sprains account for almost a third of the injuries that doctors in sport medicine clinics see.", "", "", "'according to'"),
 ("Females are at a 25% higher risk of developing an ankle sprain relative to males.", "", "S", ""),
 ("Many people are reluctant to see a physician when they’re injured.", "", "", "reported behaviour"),
 ("With mild sprains, that’s often what happens, although the injury can linger, and the ris", "", "", "cut off in the excerpt"),
], g='S')
P("http://www.acneskintreatments.net/secrets-to-heal-psoriasis/", "skin-remedy content site: secrets to heal psoriasis", [
 ("You would be unhappy to read that psoriasis has infected nearly 2-2.6% population of U.S.", "", "S", ""),
 ("Specific herbs like rubia, neem and acacia work wonderfully in healing this skin disease.", "", "C", "hard call: flat claim that herbs heal psoriasis"),
 ("Massaging the infected area with olive oil after bathing too cures psoriasis symptoms in a great way.", "", "C", ""),
 ("Mix bitter gourd juice with lemon juice and drink it on an empty stomach for 4-6 months for natural psoriasis treatment.", "", "", "hard call: timing and duration but no amount"),
 ("Application of mud packs too aids in eliminating psoriasis disease.", "", "", "hard call: 'aids in', not a cure claim"),
], g='G')
P("https://dailysandesh.com/why-and-how-to-reduce-the-usage-of-inhalers-for-asthma/", "news-portal article: why and how to reduce the usage of inhalers for asthma", [
 ("When you will get through that, you will definitely go for some different ways of handling asthma for sure.", "", "", ""),
 ("Now, asthma is not such a type of ailment that you will be cured within a month or year.", "", "", "negation"),
 ("There are no other ways than to reduce the usage of the inhalers in order to get rid of the side effects.", "", "M", "tells asthma patients to cut their prescribed inhaler, no consult caveat"),
], g='N')
P("https://fun107.com/asthma-is-totally-out-of-control/", "radio station blog: asthma is totally out of control", [
 ("I'm the type of person that tries to avoid medicine when I can, so this is not ideal.", "", "", "own narrative"),
 ("I've also tried some natural remedies too, in hopes to lessen my use of the steroid inhaler, but to no avail.", "", "", ""),
 ("Finally, the only thing that helped me back then was a large dose of steroid in the form of a shot.", "", "", "narrative"),
], g='B')
P("https://www.healthconfidential.com/doctors-warning-on-steroidal-inhalers/", "health newsletter site: doctor's warning on steroidal inhalers", [
 ("Yet a study in The New England Journal of Medicine Reported that these drugs have no long-term impact on the progression of asthma or on lung function in preschoolers.", "", "", "named journal"),
 ("Bad for children. Bad for adults.", "", "", "hard call: fragment about inhaled steroids, no instruction"),
 ("However, he does not recommend these drugs on a long-term basis, and emphasized that his first line of defense is to prevent symptoms naturally.", "", "", "reported speech of a physician"),
 ("Patients with long-term asthma should consider Singulair or a bronchodilator on an \"as needed\" basis, he says.", "", "", "hard call: reported speech of a named physician about switching drugs"),
], g='N')
P("https://www.huffpost.com/entry/five-steps-to-get-off-you_b_5889720", "news site contributor post by functional-medicine doctors: 5 steps to get off your asthma inhaler", [
 ("5 Steps to Get Off Your Asthma Inhaler", "page title", "M", "hard call: title promising to take the reader off a prescribed inhaler"),
 ("We should be amazed every time we are able to wean a patient off of their asthma inhalers, because we were trained in medical school that this is not possible.", "", "", "narrative of the practice"),
 ("Like so many patients, Susan went from doctor to doctor and was given multiple medications that never got to the root cause of her issue.", "", "", "narrative"),
], g='N')
