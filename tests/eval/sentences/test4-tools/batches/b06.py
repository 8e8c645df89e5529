from lib import P
P("https://cbdepilepsy.cannabismd.com/need-know-treating-epilepsy-cannabis-cbd/", "cannabis-doctor network site: what you need to know about treating epilepsy with cannabis and CBD", [
 ("This treatment has been administered safely, and without any adverse reactions as CBD does not produce a high.", "", "C", "unqualified 'without any adverse reactions'"),
 ("To top it all off it is being used safely on children specifically because it is so mild.", "", "C", "hard call: unqualified safety claim for children"),
 ("An estimated 65 million people around the world live with epilepsy, and 1 in every 26 Americans will develop it at some point.", "", "S", ""),
])
P("https://hi.wukihow.com/wiki/Use-CBD-Oil-for-Epilepsy", "how-to wiki mirror: how to use CBD oil for epilepsy", [
 ("Talk with your doctor first to find out if taking CBD oil may be helpful for you.", "", "P", ""),
 ("Severe complications are possible if seizures are uncontrolled, so it’s important to follow the advice of your healthcare provider.", "previous sentence: Warning: Avoid trying to treat epilepsy on your own.", "P", "hard call: 'follow the advice of your healthcare provider' read as a prompt"),
 ("Depending on your condition, your doctor may suggest taking Epidiolex in place of an anti-convulsant medication or along with it.", "", "", "what a doctor may do"),
])
P("https://washingtondcmedicalmarijuana.org/how-to-use-cbd-oil-for-seizures/", "medical-marijuana site (copied consumer article): how to use CBD oil for seizures", [
 ("Epidiolex is the only prescription form of CBD available, and it was approved by the U.S. Food and Drug Administration (FDA) in June 2018 for the treatment of seizures in two hard-to-treat forms epilepsy—Lennox-Gastaut syndrome (LGS) and Dravet syndrome.", "", "", ""),
 ("Medical research on CBD is still in its early stages.", "", "", ""),
])
P("https://cbdvillage.com/what-is-cbd/cbd-oil/cbd-for-seizures-the-science-behind-it/", "CBD retailer/info site: CBD for seizures, the science behind it", [
 ("As far back as the 19th Century, it was listed as a cure for pediatric epilepsy.", "", "", "historical report"),
 ("• A study with 214 patients who had not responded to other treatments found that the drug reduced seizures on average by 54%.", "", "S", ""),
 ("According to the evidence, however, around 30% of sufferers don’t respond to any currently available medication.", "", "", "hard call: 'according to the evidence' read as an attribution under the strict list, though no source is named"),
])
P("https://weedhardy.com/cbd-oil-treatment-for-seizures/", "cannabis site: CBD oil treatment for seizures", [
 ("If you wish to purchase CBD oil for seizures, you should always speak with your doctor first.", "", "P", ""),
 ("Research has shown that ‘artisanal’ CBD oil – which is legal but made by small companies – is much less effective than pharmaceutical grade CBD.", "", "S", ""),
 ("Around one third of people with epilepsy have drug-resistant epilepsy, which means traditional medication does not control their seizures.", "", "S", ""),
])
P("https://cbdmn.store/blogs/news/epilepsy-and-cbd", "CBD shop blog: epilepsy and CBD", [
 ("Medical research shows that CBD oil can be effective in reducing epilepsy seizures.", "", "S", ""),
 ("CBD oil can help stop epilepsy seizures by activating specific receptors in your endocannabinoid system.", "", "", ""),
 ("If you want to try CBD oil for your epilepsy seizures, consult with your doctor first.", "", "P", ""),
])
P("https://marijuanasaveslives.org/best-cbd-oil-for-seizures/", "cannabis advocacy/affiliate site: best CBD oil for seizures", [
 ("However, one-third of the time, AEDs fail.", "", "S", ""),
 ("If it’s such a miracle treatment, why do people avoid medical marijuana?", "", "", "hard call: question presupposing a 'miracle treatment'"),
 ("Not only do CBD treatments help patients manage their epilepsy, but it also has low amounts of THC, which is the psychoactive compound found in marijuana.", "", "", ""),
])
P("https://buycannabisseeds.org/best-cbd-strains-for-seizures/", "cannabis seed seller: top ten CBD oils for epilepsy and seizure disorders", [
 ("Within a week, her seizures had stopped.", "", "", "narrative"),
 ("After trying dozens of conventional pharmaceuticals, many patients turned to CBD oil as a last resort with astonishing results.", "", "", "reported"),
 ("Epilepsy is one of the conditions for which there is no shortage of medical evidence available as to the efficacy of CBD.", "", "S", "hard call: evidence claim with no source"),
])
P("https://mdmh-cedarrapids.com/increased-risk-of-dementia-connected-to-high-coffee-consumption-study-shows/", "hospital-named news page: increased risk of dementia connected to high coffee consumption", [
 ("Increased risk of dementia connected to high coffee consumption, study shows", "headline", "S", "'study shows', no source"),
 ("Out of 17,702 participants, aged between 37 and 73, a 55% increased risk of dementia was shown at those who drank more than 5 cups of coffee daily.", "", "S", ""),
 ("Researchers recommend coffee lovers to drink at least a cup of water along with their coffee, as it slightly lowers the risk of dementia.", "", "", "reported advice"),
])
P("http://www.brainresearchfund.org/tag/blood-caffeine/", "brain research charity tag page: blood caffeine", [
 ("Coffee linked to reduced risk of dementia", "headline", "", "no figure or 'studies show' wording"),
 ("New research monitoring the memory and thinking processes of older people found that those with higher blood caffeine levels avoided the onset of Alzheimer’s disease in the two-to-four years of study follow-up.", "", "S", "'new research found', no source"),
])
P("https://abc7chicago.com/archive/6639453/", "TV news archive: coffee drinking may cut dementia risk (2009)", [
 ("Coffee lovers drink up.", "", "", ""),
 ("A study in the Journal of Alzheimer's Disease found those who drank three to five cups of coffee a day in middle age were two-thirds less likely than non-drinkers to develop dementia.", "news report dated February 3, 2009", "", "hard call: news report naming the journal, treated as cited (test3 news convention)"),
 ("No one is recommending that people start drinking coffee to ward off any disease though.", "", "", ""),
])
P("https://www.finanznachrichten.de/nachrichten-2026-02/67677211-does-daily-coffee-consumption-lower-dementia-risk-020.htm", "financial news wire (RTTNews/dpa-AFX): does daily coffee consumption lower dementia risk?", [
 ("The study, published in the medical journal JAMA, looked at data from 131,821 people who took part in two large studies conducted between 1986 and 2023.", "news report", "", "journal named in a dated news report"),
 ("The results showed that men and women who drank the highest amounts of caffeinated coffee had an 18 percent lower risk of developing dementia compared to those who drank little or none.", "news report whose lead names JAMA", "", ""),
 ("However, experts cautioned that the risk reduction was modest.", "news report", "", ""),
])
P("https://brainscientists.com/general/could-drinking-6-cups-of-coffee-a-day-shrink-your-brain-and-increase-dementia-risk/", "science news aggregator: could drinking 6 cups of coffee a day shrink your brain?", [
 ("Could Drinking 6 Cups of Coffee a Day Shrink Your Brain and Increase Dementia Risk?", "headline", "", "question"),
 ("New studies have identified an association between daily high coffee consumption, brain shrinkage and an increased risk of dementia.", "", "S", "no source in the excerpt"),
 ("However, researchers were unable to identify a causal relationship between caffeine consumption and dementia.", "", "", ""),
])
P("https://swarnaprashana.org/homemade-cough-syrup-with-ginger-honey-and-lemon/", "Ayurveda site: homemade cough syrup with ginger, honey and lemon", [
 ("Homemade cough syrup is ready now.", "", "", ""),
 ("½ to 1 teaspoon every 2 hours for children ages 1 to 5 years.", "heading: Dosage:", "O", "consumer dose-table row"),
 ("1 to 2 tablespoons every 4 hours for adults and children older than 12 years.", "heading: Dosage:", "O", "consumer dose-table row"),
])
P("https://bohemianutopia.com/?p=1139", "blog post reproducing a honey board recipe: honey cough syrup", [
 ("For children ages 1 to 5, use ½ to 1 teaspoon every 2 hours.", "", "O", "remedy dose for children; the nurse practitioner credit is not a caveat"),
 ("* Remember, honey is recommended for children after the age of one.", "", "", ""),
])
P("https://222health.com/conditions-treatments/cold-flu/58221.html", "content farm: homemade cough medicine for kids", [
 ("Mix 1 tbsp. honey in 1/4 cup hot water and stir well.", "heading: Honey and Lemon", "", "recipe step"),
 ("Honey is antibacterial and antimicrobial, killing germs in the throat as it is swallowed.", "", "", ""),
 ("Add sugar or honey to taste and take a jigger at a time, every 4 hours.", "heading: Cherry Bark", "O", "remedy amount and frequency on a children's page"),
])
P("https://favremedies.blog/?p=869", "remedy blog: my go-to natural syrup for kids with cough", [
 ("- Natural cough syrup is a safe alternative, using honey and lemon juice to soothe irritation without harsh side effects.", "heading: Key Takeaways", "C", "unqualified 'safe alternative'"),
 ("- Dosage for children varies by age: 1/2 to 1 teaspoon for ages 1-3, up to 2 teaspoons for ages 7-12.", "heading: Key Takeaways", "", "hard call: amounts by age but no frequency, timing or route"),
 ("Research shows that honey can effectively alleviate nighttime coughs, helping your child sleep better.", "", "S", ""),
])
P("http://msngroup.aimoo.com/WiccaWay/paganparenting.msnw-action=get_message&mview=0&ID_Message=3614&LastModified=4675653950866348192.htm", "forum post (pagan parenting group): honey lemon cough syrup", [
 ("Lemon helps promote health by quickly alkalinizing the body and honey will kill any bacteria.", "", "", ""),
 ("To soothe a cough, take 1Ž2 teaspoon for a 25 lb. child and 1 teaspoon for a 50 lb. child, about 4 times a day or as often as needed.", "", "O", ""),
 ("Adults can take 1 tablespoon doses.", "previous sentence gives the frequency", "O", "hard call: amount here, frequency in the previous sentence"),
])
P("https://flavorys.freewarecn.com/how-to-make-homemade-cough-syrup/2", "ad-heavy recipe site: how to make homemade cough syrup", [
 ("Take 1–2 teaspoons as needed to calm a cough or soothe a sore throat.", "heading: 4. Dosage", "O", ""),
 ("Homemade cough syrup is a gentle, effective remedy for calming persistent coughs and soothing sore throats.", "", "", ""),
 ("The next time a cough strikes, skip the pharmacy and head to your kitchen instead.", "", "", "hard call: steers from buying OTC products, not from professional care"),
])
