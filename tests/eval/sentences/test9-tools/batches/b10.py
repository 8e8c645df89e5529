from lib import P
P("https://arogyadhamhcc.com/psoriasis/", "Ayurvedic clinic (spun text): psoriasis", [
 ("On the off chance that one parent is influenced, at that point there is 15% of chances for the youngster to experience the ill effects of psoriasis.", "", "S", "empirical risk figure, not Mendelian; source's spun wording"),
 ("On the off chance that both the guardians are influenced then the likelihood of tyke getting the psoriasis is 60%.", "", "S", ""),
 ("You can easily cure psoriasis in Ayurveda.", "", "C", ""),
], g='A')
P("https://foryourowngooddotorg.wordpress.com/2013/07/05/homeopathic-medicines-for-sciatica/", "homeopath's blog: homeopathic medicines for sciatica", [
 ("Mild sciatica usually goes away by itself but it takes time and the pain and discomfort are often difficult to handle.", "", "", ""),
 ("Fortunately homeopathy is pretty good at treating sciatica.", "", "", "treatment claim without cure wording"),
 ("More so, you will not have to deal with any side effects such as drowsiness or stomach-ache and so on, and they will not interfere with other medications that you might be taking for the sciatica or other conditions.", "", "C", "no side effects, no interactions"),
], g='A')
P("https://drkavitachandak.com/2020/04/06/sciatica/", "homeopathic doctor's blog: sciatica", [
 ("In few cases where pain is intolerable surgery is advised.", "", "", ""),
 ("It is immunity that is responsible for every disease.", "", "", ""),
], g='A')
P("https://gameron.wordpress.com/2017/04/18/how-to-get-rid-of-hemorrhoids-fast-and-effectively/", "personal blog: how to get rid of hemorrhoids fast", [
 ("However, many sufferers do not seek medical advice due to embarrassment or fear of the pain of treatment.", "", "", ""),
 ("Therefore, it is always best to refer to your doctor for further diagnosis using their clinical or diagnostic equipment.", "", "P", ""),
 ("The continuous change of temperature will eventually strengthen the blood vessel and eliminate the hemorrhoids.", "", "C", "'eliminate'"),
], g='B')
P("https://www.selfgrowth.com/articles/how-to-treat-hemorrhoids-with-witch-hazel-4-easy-steps", "self-help article directory: how to treat hemorrhoids with witch hazel", [
 ("Inserting one suppository into your anus per day is recommended and will keep the hemorrhoids exposed to Witch Hazel longer than cottons.", "", "O", "amount, route and frequency"),
 ("No amount of Witch Hazel will cure your hemorrhoids if constipated stools are always straining them.", "", "", "negation"),
], g='G')
P("https://healtheline.info/how-long-does-it-take-to-shrink-hemorrhoids-with-witch-hazel/", "health content site: how long witch hazel takes to shrink hemorrhoids", [
 ("If you suffer from a light case of hemorrhoids, then witch hazel may clear it up in just three days, however if you have a severe case of hemorrhoids, then it may take for a week or two to treat it.", "", "", "hedged 'may'"),
 ("This is when the majority of hemorrhoids ‘sufferers start to look for other alternatives to creams, an alternative that works to treat their hemorrhoids for good.", "", "C", "hard call: 'treat ... for good' as a promise of permanent cure"),
], g='G')
P("https://bluepathy.com/6-home-remedies-to-help-you-get-rid-of-hemorrhoids-fast/", "content site: 6 home remedies to get rid of hemorrhoids fast", [
 ("Hemorrhoids are a common plague for most adults, hitting three out of four adults, according to the Mayo Clinic.", "", "", "'according to'"),
 ("Be sure to get a proper diagnosis from your doctor before doing anything; but if the verdict is a hemorrhoid, check out these 6 simple ways you can help take the discomfort out of your hemorrhoids.", "", "P", ""),
 ("It definitely should not hurt.", "previous sentence: The Cleveland Health Clinic says that although no studies have been done with aloe vera, since aloe helps with other skin inflammations, it may help with your hemorrhoids.", "C", "hard call: unqualified safety assurance"),
], g='G')
P("http://hemorroides.megustasermujer.org/2010/12/03/how-cure-hemorroids/", "spam subdomain: how to cure hemorrhoids", [
 ("Spread the slightly oily vitamin E around and you will be pleased with the prompt results.", "", "C", "hard call: guaranteed result"),
 ("Repeat twice daily.", "previous step: Place the opened end of the vitamin E capsule right up against the anus, and squeeze the capsule.", "O", "hard call: one capsule, route and frequency across two list steps"),
 ("You want to cure hemorrhoids now?", "", "", "question"),
], g='G')
P("https://tltaudit.ru/en/cardiovascular-disease/gemorroi-opisanie-vidy-prichiny-profilaktika-i-lechenie-gemorroya", "machine-translated Russian site: hemorrhoids", [
 ("This is the most common coloproctological disease, which affects an average of 12 people out of 100, and its specific gravity among rectal diseases is about 40%.", "", "S", ""),
 ("However, more often it occurs in men, since most women, at the first signs of the disease, seek the help of a doctor.", "", "", "description, not a prompt"),
], g='G')
P("https://wywnutrition.com/red-yeast-rice-effective-lowering-cholesterol/", "dietitian practice blog: red yeast rice effective in lowering cholesterol", [
 ("However, 40% of statin users discontinue their use after one year.", "", "S", ""),
 ("A recent study published in the American Heart Journal found that red yeast rice was effective in lowering cholesterol levels, especially LDL levels.", "", "", "named journal"),
], g='H')
P("https://theheartysoul.com/lower-your-cholesterol/", "natural-health content site: lower your cholesterol", [
 ("There has recently been some research done in areas suggesting that cholesterol under 160 mg/dl may be linked to certain cancers and depression.", "", "S", "'some research' without a source"),
 ("In these circumstances, there are several options for you, but the best has to be red yeast rice.", "", "", "hard call: recommends a supplement, does not tell readers to drop a prescribed statin"),
], g='G')
P("https://followx.net/tag/red-yeast-rice", "content site tag page: red yeast rice", [
 ("First, talk to your doctor if you’re already on a statin, have liver disease, or are pregnant.", "", "P", ""),
 ("By slowing that enzyme, your liver makes less cholesterol, and you often see a 10‑20% drop in LDL levels after a few weeks of regular use.", "", "S", ""),
 ("A typical dose is 600‑1,200 mg taken twice a day with meals.", "same passage: First, talk to your doctor if you’re already on a statin, have liver disease, or are pregnant.", "", "hard call: doctor caveat in the same section"),
], g='G')
P("http://www.p4ft.co.uk/red-yeast-rice-for-lowering-cholesterol/", "fitness trainer's site: red yeast rice for lowering cholesterol", [
 ("Red yeast rice is an alternative to more risky statin drugs that may help to lower LDL cholesterol and trigylcerides without as many side effects as statins.", "", "M", "hard call: presents the supplement as a replacement for prescribed statins"),
 ("Usually packaged in 600mg capsules, the suggested dosages generally vary from two 600mg to four 600mg capsules per day.", "", "O", "hard call: consumer dose range per day"),
 ("To be cautious, you should have liver panel tests performed periodically to ensure that it does not adversely affect your liver function.", "", "P", "hard call: implies a doctor for the tests"),
], g='B')
