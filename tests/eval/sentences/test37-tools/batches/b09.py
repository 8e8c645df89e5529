from lib import P
# b09: queries 53-55 (cholesterol without medication, inhalers and naturopathy, homeopathy for depression)
P("https://www.drmyattswellnessclub.com/cholesterol/", "naturopath's supplement shop: cholesterol natural treatment", [
 ("Fortunately, since most cases of high cholesterol are caused by diet and lifestyle, they can be reversed by self-care measures.", "", "C", "hard call: unhedged 'can be reversed' claim"),
 ("If cholesterol levels do not improve in 12 weeks of self-care, consult an holistic physician for further guidance.", "", "P", "hard call: 'holistic physician' counted as a physician"),
 ("In fact, half of the people who have a heart attack have a cholesterol level under 200.", "", "S", ""),
 ("Maxi Multi: 3 caps, 3 times per day with meals.", "list item; the seller's own product", "O", ""),
], g="S")
P("https://recipe.jobsclube.com/?p=25093", "content farm: High Cholesterol? Never Again!", [
 ("High Cholesterol? Never Again! Natural Solutions to Restore Your Health", "title", "C", "hard call: 'Never Again' promises a permanent result"),
 ("The good news? High cholesterol is not a life sentence.", "", "", ""),
 ("With the right knowledge, lifestyle changes, and natural strategies, you can lower bad cholesterol, protect your heart, and regain control of your health — without relying solely on medication.", "", "", "'solely'"),
], g="G")
P("https://keepasking.com/is-there-any-evidence-supporting-alternative-cholesterol-treatments/", "Q&A content site: evidence for alternative cholesterol treatments", [
 ("Experts have stated that two to four garlic cloves per day can be effective for lowering cholesterol.", "", "", "descriptive dose"),
 ("However, it is important to consult with a physician before taking any type of cholesterol supplement.", "", "P", ""),
 ("In fact, some studies suggest that red yeast rice can be just as effective for lowering cholesterol as Statins, which are the standard medications prescribe for treating high cholesterol.", "", "S", ""),
 ("It is estimated that 75 percent of the cholesterol in the body is produced by the liver.", "", "S", ""),
], g="G")
P("http://dailynaturalremedy.com/waiting-to-inhale/", "natural remedy Q&A column: Waiting to Inhale", [
 ("Natural medicine has a lot to offer when it comes to managing asthma long term, but don't ditch your corticosteroid inhaler just yet.", "", "", ""),
 ("Natural remedies can reduce the overall severity of asthma, however, and decrease or eventually eliminate your dependence on meds like corticosteroids and bronchodilators.", "", "", "hard call: claim that remedies can replace inhalers, hedged by 'can' and the previous sentence"),
 ("As you try my suggestions, you should start noticing that you're using your inhaler less and less.", "", "C", "hard call: promises a result (less inhaler use)"),
 ("Omega-3 oils in salmon, mackerel, herring, and sardines, as well as fish oil supplements (take 4,000 mg daily), provide the fats you need to form natural anti-inflammatory biochemicals.", "", "O", ""),
], g="G")
P("https://natmedworld.com/asthma-and-naturopathy/", "natural medicine magazine reader Q&A: Asthma and Naturopathy", [
 ("In addition there are about 100 genes linked to asthma – so heredity plays a part too.", "", "S", ""),
 ("There are, however, a number of possibilities that can substantially help you to improve, manage, or in some cases reverse the condition.", "", "", "hedged"),
 ("If any of these resonate with you it would be advisable to consult with a registered health practitioner offering the type of treatment you would like to further explore.", "", "", "a complementary practitioner (round-10 convention)"),
], g="N")
P("https://blackdoctor.org/4231/asthma-treatment-option-herbal-remedies__trashed/", "health portal: Herbal Remedies Can Help with Asthma", [
 ("As many as four in five adults with asthma report having used complementary or alternative medicines, according to a recent study.", "", "S", "hard call: 'a recent study' names no source"),
 ("Many researchers feel that while alternative medicine may be acceptable for some patients with preferences for using these products, it needs to be used in conjunction with prescribed inhalers.", "", "", ""),
 ("Herb users were more likely to be worried about the side effects of their inhalers, and had more trouble following their medication schedule.", "", "", ""),
], g="H")
P("https://magazine.nursing.jhu.edu/2007/04/natural-asthma-remedies-could-pose-risks/", "nursing school magazine: Natural Asthma Remedies Could Pose Risks", [
 ("Study participants gave many reasons for choosing to add or substitute CAM for conventional care.", "", "", "reported"),
 ("Although the participants said they were not substituting CAM for prescription medication, some 63 percent also reported they had not adhered to their conventional therapy in the two weeks prior to the interviews and that during that period they had missed doses—some as many as 10 or more—of their controller medication.", "the article names the study (Journal of General Internal Medicine, December 2006)", "", ""),
 ("“It's important for patients to tell their health care providers if they are using CAM therapies because the CAM therapy could interfere with their adherence to conventional", "quoted study leader; cut off", "P", ""),
], g="N")
P("https://www.drtarapeyman.com/naturalalternativestodepressionmedicatio", "naturopathic doctor: Medication Alternatives (depression)", [
 ("You may just want to take a pill that covers up your symptoms.", "", "", ""),
 ("Rather than suppressing your symptoms like most conventional treatments, homeopathy helps you heal from the inside out, working towards a cure of your illness.", "", "", "'working towards' a cure"),
 ("There are no side effects from homeopathic remedies, so it is the ideal choice for anyone who is looking for alternatives to medications with unwanted adverse effects.", "", "CM", "absolute safety claim; homeopathy offered instead of antidepressants"),
 ("This makes it very valuable for treating children or adolescents with behavioral or mood disorders, especially because of the increased risk of suicide associated with conventional antidepressant medications in adolescents.", "", "", ""),
], g="A")
P("https://www.doctorshealthpress.com/homeopathic-remedies-for-depression/", "health content site: homeopathic remedies for depression", [
 ("As it stands now, approximately one in five people will go through depression at some point in their lifetime.", "", "S", ""),
 ("Every year, about 10% of Americans experience an episode of depression.", "", "S", ""),
 ("According to the National Institute of Mental Health, in a given year there are an estimated 16 million American adults, 18 years of age or older, with at least one major episode of depression.", "", "", "according to"),
], g="G")
P("https://www.drhomeo.com/depression/depression-and-its-homeopathic-medicines/", "homeopathy clinic: Top 5 Homeopathic Remedies for Depression", [
 ("Depression can be effectively treated with homeopathic medicines in a very natural way.", "", "", "efficacy claim without cure wording"),
 ("The best thing about these medicines is that they are free of any side effects and can be used in people of all age groups.", "", "C", ""),
 ("It works wonders in case of acute depression that has just taken off.", "about Ignatia", "", ""),
], g="A")
P("https://www.myupchar.com/en/disease/depression/homeopathy", "Indian health portal: homeopathy for depression", [
 ("According to a study by the World Health Organisation, over 56 million people suffer from depression in India alone, that is equivalent to nearly 5% of the total population.", "", "", "according to"),
 ("Depression is curable, but when ignored, the condition escalates and can result in tragic outcomes, with suicidal tendencies and deaths.", "", "C", "hard call: unqualified 'curable' on a homeopathy page"),
 ("It is especially helpful in case of mild depression, where suicidal thoughts are not so dominant.", "", "", ""),
], g="H")
P("https://medicosage.com/?p=23821", "health content site: antidepressants or homeopathy?", [
 ("Depression is not weakness, laziness, or lack of gratitude.", "", "", ""),
 ("For many people, antidepressants can be life-saving, especially in crisis situations.", "", "", ""),
 ("Rather than framing this as “right vs wrong,” this article explores how each works, where each helps, and what kind of person may benefit most from each approach.", "", "", ""),
], g="G")
