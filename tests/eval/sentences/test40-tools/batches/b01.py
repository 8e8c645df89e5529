# sent40 batch 1: anxiety, constipation, varicocele, TMJ, hay fever (queries 1-5 in queries.txt)
from lib import P
HC = 'hard call: '

P("https://clinicaromero.com/health_and_wellness/find-calm-without-medication-natural-relief-for-anxiety", "clinic wellness article: natural relief for anxiety", [
 ("While clinical treatment such as psychotherapy or medication is essential in many cases, a growing body of research supports the role of natural strategies in managing anxiety symptoms.", "", "S", HC + "'a growing body of research supports' with no citation in the paragraph"),
 ("Physical activity is one of the most effective natural remedies for anxiety.", "heading: Move Your Body", "", ""),
 ("A 2020 meta-analysis published in Psychological Medicine found that yoga significantly reduced anxiety symptoms across multiple clinical populations.", "", "", "named journal and year: cited"),
 ("Pro tip: Stretch daily.", "", "", ""),
], g='H')

P("https://sites.google.com/view/natures-pain-anxiety-solutions/anxiety-depression", "natural-remedy site page on anxiety and depression", [
 ("However, many people find significant relief through natural approaches without relying on pharmaceutical anxiety medications.", "", "", "reported behaviour, no instruction to stop medicines"),
 ("Herbal supplements like ashwagandha, passionflower, or magnesium have also shown promise in calming the mind.", "", "S", HC + "'have shown promise' is a research claim without citation"),
 ("While each person's journey is different, natural methods offer a powerful, side-effect-free path toward healing and greater peace of mind.", "", "C", "unqualified 'side-effect-free'"),
], g='A')

P("https://www.cnet.com/health/mental/9-natural-remedies-for-soothing-anxiety-without-medication/", "tech/lifestyle magazine article, medically reviewed: natural remedies for anxiety", [
 ("At some point, we all experience anxiety.", "", "", ""),
 ("But when it starts to interfere with your daily functioning, it can become anxiety disorder.", "", "", ""),
 ("According to the American Psychiatric Association, roughly 30% of people experience anxiety disorders.", "", "", "'according to' a named body: cited"),
], g='N')

P("https://healnspires.blogspot.com/2025/07/how-to-deal-with-anxiety-naturally.html", "personal blog: how to deal with anxiety naturally without medication", [
 ("Introduction: Anxiety Doesn't Always Need a Pill", "heading", "", HC + "says medicine is not always needed; no instruction to stop a medicine and no steer away from a doctor"),
 ("Many people are now searching for natural remedies for anxiety—methods that support mental wellness without the side effects of drugs.", "", "", HC + "reported searching; comparison with drugs, not a claim of no side effects"),
 ("Breathing deeply improves oxygen flow to the brain, lowers heart rate, and promotes mental wellness quickly and naturally.", "", "", ""),
 ("Switch coffee with herbal teas like chamomile or lemon balm", "list item under 'Limit Caffeine and Sugar Intake'", "", "drinks, not medicines"),
], g='B')

P("https://peacefulpanic.wordpress.com/", "personal anxiety blog: list of non-prescription natural remedies", [
 ("I have preached (almost to exhaustion!) about how I do not believe that prescription medication is necessary to overcome anxiety.", "", "D", HC + "steers readers away from prescribed treatment for anxiety"),
 ("In one study at the University of Pennsylvania Medical Center, in Philadelphia, patients with generalized anxiety disorder (GAD) who took chamomile supplements for eight weeks had a significant decrease in anxiety symptoms compared to patients taking placebo.", "heading: 1. Chamomile", "S", HC + "an institution alone is not a citation"),
 ("In one study, anxiety-prone subjects were calmer and more focused during a test if they took 200 milligrams of L-theanine beforehand.", "heading: 2. Green Tea", "S", "study dose reported, not an instruction; uncited study claim"),
 ("If you want to try it, take it in the evening—not before you go to work!", "heading: 4. Valerian", "", "timing without an amount"),
 ("Exercise is safe, good for the brain, and a powerful antidote to depression and anxiety, both immediately and in the long term.", "heading: 5. Exercise", "C", HC + "unqualified 'is safe' for a listed remedy"),
], g='B')

P("https://bestoptions.net/how-to-deal-with-anxiety-without-medication-using-natural-treatments-that-work", "content site: dealing with anxiety without medication", [
 ("While medication is often a go-to solution, many people are exploring natural treatments to manage anxiety effectively without relying on pharmaceuticals.", "", "", "reported behaviour"),
 ("Natural treatments aim to address the root cause of anxiety, providing long-term relief without the potential side effects associated with medication.", "", "C", HC + "promises long-term relief and implies no side effects"),
 ("Apps like Calm or Headspace can guide you through meditation practices designed specifically for anxiety.", "", "", ""),
], g='G')

P("http://www.rocketswag.com/health/disease/c/constipation/Quick-Home-Remedy-For-Constipation.html", "content site: quick home remedy for constipation", [
 ("Usually, constipation occurs due to dehydration, leading a sedentary life, taking certain types of medications and having a poor diet, as per the National Digestive Diseases Information Clearinghouse.", "", "", ""),
 ("There are several home remedies that work every effectively and help to relieve constipation quickly.", "", "", "treatment claim without cure wording"),
 ("You should be looking to drink between six and eight glass of water daily.", "", "", "fluid intake, not a dose"),
 ("Both these bulk laxatives are available in health stores and pharmacies, and do not require prescriptions.", "", "", ""),
], g='G')

P("https://22ticks.com/how-to-cure-constipation-naturally-how-to-get-rid-of-constipation-fast/", "content site: how to cure constipation naturally", [
 ("How to Cure Constipation Naturally – How to Get Rid of Constipation Fast", "title", "C", HC + "title promising a natural cure"),
 ("Just add a teaspoon of lemon juice in a glass of warm water with a pinch of salt, and drink on an empty stomach after waking in the morning.", "", "", "recipe"),
 ("Add a tablespoon of castor oil in a glass of warm milk.", "next sentence: Drink before going to bed at night.", "O", "laxative amount with route; timing in the next sentence"),
 ("Consume two teaspoons of honey three times a day.", "heading: honey as a mild laxative", "O", HC + "remedy amount and frequency"),
 ("Therefore, having a cup of coffee every day gives relief of chronic constipation.", "", "", "treatment claim without cure wording"),
], g='G')

P("https://selfgrowth.com/articles/quick-remedies-for-constipation", "self-help article site: quick remedies for constipation", [
 ("But there is nothing to worry as natural and quick remedies for constipation can help cure this discomforting and painful condition.", "", "", HC + "'can help cure' is hedged"),
 ("Mix 2 tablespoon sea salt or any non-iodized salt with 1 quart lukewarm water.", "next sentence: Sip this in the morning on an empty stomach.", "O", HC + "salt-water flush: purgative amount with timing in the next sentence"),
 ("Drinking a glass of lukewarm water mixed with 2 teaspoons honey before going to bed also works wonders.", "", "", HC + "drink recipe"),
 ("Eating papaya helps to unclog the pipes completely.", "", "", "food claim"),
], g='G')

P("https://eyogaguru.com/best-way-to-relieve-constipation-fast-top-10-home-remedies/", "yoga and Ayurveda site: relieve constipation fast", [
 ("Let's check effective home remedies for constipation which gives you instant relief.", "", "C", HC + "guarantee of instant relief"),
 ("Castor oil is the best way to relieve constipation fast.", "heading: 1. Castor Oil", "", ""),
 ("Within 2-6 hours you will see the results.", "heading: 1. Castor Oil", "C", HC + "guarantee of a result"),
 ("You can add one teaspoon of castor oil in one glass of warm water or juice.", "next sentences: But should not consume more than that. Taking on an empty stomach in the morning is recommended.", "O", "laxative amount, route and timing"),
 ("Mix 2-3 teaspoons of cow ghee in one cup of warm milk and drink it before going to bed.", "heading: 2. Cow Ghee", "", "food recipe"),
], g='A')

P("https://lifestyle.iloveindia.com/lounge/natural-constipation-remedies-10458.html", "lifestyle portal: natural constipation remedies", [
 ("No need to worry, however, since a lot of natural products can easily be used to get rid of constipation – be it a chronic one or an acute bout.", "", "C", HC + "promise to get rid of chronic constipation"),
 ("Another common remedy for treating constipation at home is to mix two teaspoonfuls of castor oils with warm milk twice a day.", "", "O", ""),
 ("Two spoonfuls of aloe gel taken twice a day is also extremely helpful in curing constipation instantaneously.", "", "CO", "cure claim and dose"),
 ("Make a solution of corn syrup and about 250ml of water and drink it twice a day to relieve constipation.", "", "", HC + "no amount of the active ingredient; recipe"),
], g='G')

P("http://flexiblewriter.com/cure_constipation_4_home_remedies_to_cure_constipation_fast/", "content site: 4 home remedies to cure constipation fast", [
 ("However, there are many home remedies you can use in order to cure constipation:", "", "C", HC + "unqualified cure claim"),
 ("Apple pectin helps in curing constipation as well.", "", "", "'helps in' is hedged"),
 ("Mega Fiber also helps in fat absorption; hence you can also take it if you want to lose weight.", "", "", ""),
 ("However, diseases such as thyroid problems, circulatory disorder, diverticulitis, colon malfunction (fistulas, polyps, tumors) and obstruction can also cause constipation.", "", "", ""),
], g='G')

P("https://www.prokerala.com/health/diseases/varicocele-treatment.htm", "portal health page: varicocele treatment", [
 ("Lifestyle changes, herbal and ayurvedic medicines also show positive results in varicocele treatment.", "", "", "treatment claim without cure wording"),
 ("According to studies, it is a condition found in 4% to 30% of the male population.", "", "S", "'according to studies' names no source"),
 ("In most cases, varicocele goes undetected.", "", "", ""),
], g='G')

P("https://www.bookmarkwiki.com/varicocele-natural-remedies-effective-varicocele-treatment-without-surgery/", "content site: varicocele natural remedies without surgery", [
 ("Understanding the causes and symptoms, as well as the types and preventive measures, is crucial to detect early and have a variety of varicocele natural remedies options, which include the ability to cure varicocele without surgery.", "", "C", "claims natural remedies cure varicocele"),
 ("The condition is pretty widespread and affects about 15% of men, typically in the adolescent years.", "", "S", ""),
 ("These grades assist doctors to assess the severity of the problem and suggest the best treatment whether it is surgery or natural treatment for varicocele.", "", "", ""),
], g='G')

P("https://biologyinsights.com/how-to-manage-and-cure-a-varicocele-naturally", "science-explainer site: managing varicocele naturally (honest)", [
 ("While natural methods can significantly reduce symptoms, improve circulation, and support vascular integrity, they cannot correct the underlying structural failure.", "", "", "negated cure"),
 ("Physical elimination of the enlarged veins usually requires procedures like embolization or surgical ligation.", "", "", ""),
 ("Reducing gravitational strain on the affected veins is one of the most immediate and effective ways to find relief from varicocele discomfort.", "", "", ""),
], g='G')

P("https://alternativemedicine.com/blog/non-surgical-way-to-treat-varicocele-and-its-benefits", "alternative-medicine site blog: non-surgical varicocele treatment (embolization)", [
 ("While many cases don't require treatment, non-surgical options like embolization can relieve discomfort and restore healthy blood flow.", "", "", "clinical statement"),
 ("10-15% of men in the general population", "list under 'They affect about:'", "S", ""),
 ("Up to 35-40% of those evaluated for infertility", "list under 'They affect about:'", "S", ""),
 ("It's important to see your healthcare provider if you notice:", "", "P", ""),
], g='A')

P("https://infertilitycurehub.com/archives/12646", "infertility remedies site: varicocele without surgery", [
 ("While surgery has long been considered a standard treatment option, there are indeed alternative approaches that may effectively manage varicocele without the need for invasive procedures.", "", "", HC + "hedged 'may'; no steer away from a doctor"),
 ("Drinking plenty of water helps in thinning the blood, making it easier to circulate.", "", "", ""),
 ("Men should aim to drink at least 8-10 glasses of water per day.", "", "", "fluid intake, not a dose"),
], g='A')

P("http://mydreamchild.com/Varicocele.aspx", "fertility clinic page: what is a varicocele", [
 ("Approximately 10 percent of all men have varicoceles.", "", "S", ""),
 ("Among infertile couples, 30 percent of men have varicoceles.", "", "S", ""),
 ("There are no established risk factors for developing a varicocele, and the exact cause is unclear.", "", "", ""),
], g='H')

P("https://trueremedies.com/home-remedies-for-tmj/", "remedy site: natural home remedies for TMJ", [
 ("10 Natural Home Remedies For TMJ Pain Relief That Work", "title", "", "efficacy title without cure wording"),
 ("In most cases, the pain and discomfort associated with temporomandibular joint (TMJ) can be mitigated with self-management or medical care.", "", "", ""),
 ("These remedies are very simple and effective.", "", "", ""),
], g='A')

P("https://euronewstop.co.uk/effective-ways-to-permanently-cure-tmj.html", "news-style content site: ways to permanently cure TMJ", [
 ("While there is no known cure for TMJ, there are several treatment options available that can help manage the symptoms and provide relief.", "", "", "negation"),
 ("In this article, we will explore some of the ways to effectively cure TMJ permanently.", "", "C", "promise of a permanent cure, despite the sentence before"),
 ("Over-the-counter pain relievers, such as ibuprofen or acetaminophen, can help reduce pain and inflammation associated with TMJ.", "", "", ""),
 ("It's important to consult with a healthcare professional if you suspect you have TMJ.", "", "P", ""),
], g='G')

P("https://jaysonlinereviews.com/natural-home-remedies-for-tmj-pain/", "affiliate review site: natural home remedies for TMJ pain", [
 ("Find out the 10 Best Natural Home Remedies For TMJ Pain inside this article so you can find a home remedy that suits you the best to help alleviate your TMJ pain once and for all.", "", "C", HC + "'once and for all' promises a permanent result"),
 ("Surprisingly, around 10 million people experience TMJ symptoms regularly.", "", "S", ""),
 ("We are happy to announce that a few home remedies and exercises can effectively manage the soreness and discomfort caused by TMJ pain.", "", "", ""),
], g='S')

P("https://www.homenaturalcures.com/tmj-disorders-20-home-remedies-to-relieve-pain/", "natural-cures site: 20 home remedies for TMJ", [
 ("This condition is frequently worse with stress where more clenching or grinding of the jaw can happen.", "", "", ""),
 ("Talk with your doctor if you suffer from TMJ before you start using some of the below mentioned home remedies for this condition.", "", "P", ""),
 ("When you exercise, it will help you to sleep better, balance your blood sugar levels and it can lower the inflammation.", "", "", ""),
], g='A')

P("https://www.symptomsandcure.com/home-remedies-for-jaw-pain", "remedy site: home remedies for jaw pain", [
 ("When caused by common jaw related problems, the condition can be cured using a number of home remedies for Jaw Pain natural treatment.", "", "C", ""),
 ("Acupuncture is a form of alternative medicine that is quite commonly used to relieve pain.", "", "", ""),
 ("If the mouth guard helps but does not cure the symptoms, a person might need a custom mouth guard from a dentist.", "", "", HC + "'might need' a dentist's guard: information, not a prompt"),
], g='A')

P("https://www.medicinalplantsanduses.com/how-to-cure-hay-fever-permanently", "herbal site: how to cure hay fever permanently", [
 ("In this article, we will talk about how to cure hay fever permanently.", "", "C", HC + "promise of a permanent cure"),
 ("Hay fever is a very common condition that has been estimated to have affected more than 35 million people worldwide.", "", "S", ""),
 ("If these symptoms are not treated, they may become long-term.", "", "", ""),
], g='A')

P("https://222health.com/conditions-treatments/allergies/51374.html", "health content site: how to cure hay fever", [
 ("People cure hay fever symptoms in as little as a week after cutting these items out of their diets.", "", "C", ""),
 ("Eat foods rich in vitamin C and calcium to cure hay fever.", "", "C", ""),
 ("Either take 1 tsp. of honey daily before hay fever season or add honey to a drink made of boiled grapefruit and lemon.", "", "O", HC + "remedy amount and frequency"),
 ("A report in The Times of London states that honey cures hay fever because the bee pollen in honey desensitizes the body to other pollens.", "", "C", HC + "reported, but the writer adopts the claim ('because ...')"),
 ("A licensed practitioner knows where to place needles in order to cure hay fever and relieve nasal pressure.", "", "C", ""),
 ("The Times of London report says that the chemical quercetin found in onions cures hay fever by enhancing the body's defenses.", "", "C", HC + "reported, but the writer adopts the claim"),
 ("Purchase a neti pot to cleanse the nasal passage as a natural cure for hay fever.", "", "C", "nominal 'natural cure'"),
], g='G')

P("https://www.womenspodium.com/hay-fever.html", "women's lifestyle site: natural treatments for hay fever", [
 ("People usually try natural treatments for hay fever as home remedies are very useful quite often if health conditions aren't severe.", "", "", ""),
 ("Pour 1 tbsp honey into the mixture and take 1 tbsp each time of it, three times a day.", "", "O", HC + "remedy amount and frequency"),
 ("Pour 1-2 tbsp apple cider vinegar into a glass of water.", "next sentence: Consume the mixture twice daily.", "O", HC + "vinegar amount; frequency in the next sentence"),
 ("Garlic has also been recommended as a good reliever for hay fever.", "", "", ""),
], g='G')

P("http://blog.lawofcure.com/how-to-cure-your-hay-fever/", "homeopathy/natural-cure brand blog: how to cure your hay fever", [
 ("As summertime begins many people fear going outside, then suffering from itchy eyes, runny nose, sneezing and sore itchy throat…but you can cure your hay fever also known as allergic rhinitis.", "", "C", ""),
 ("About 15 to 20 percent of the population in the United States and around a fifth of the population in the U.K suffer from hay fever- a figure that rises to 37 percent in teenagers.", "", "S", ""),
 ("It is usually triggered by a low immune system.", "", "", ""),
 ("Directions- Mix one tablespoon of organic apple cider vinegar in a glass of water.", "next sentences: Add ... lemon juice and ... raw honey to it. Drink it three times daily until your condition improves.", "O", HC + "remedy amount; frequency two sentences on, same section"),
 ("Consume one or more teaspoons of raw, unprocessed local honey three or four times a day to help relieve symptoms.", "", "O", ""),
], g='A')

P("http://www.natural-homeremedies.com/natural-hay-fever-cures/", "home-remedy site: natural hay fever cures", [
 ("There are many cures available.", "", "C", HC + "nominal 'cures' for hay fever"),
 ("It will be up to you to decide what works best for you.", "", "", ""),
 ("Ginger strengthens the immune system.", "", "", ""),
 ("Drink a cup of this mixture three times a day.", "grapefruit, lemon and honey drink", "", "drink recipe"),
], g='A')

P("https://www.healthtap.com/user_questions/20327-are-there-any-effective-home-cures-for-hay-fever", "Q&A site, doctors' answers: home cures for hay fever", [
 ("There is an over the counter supplement called butterbur, which woks similarly to prescription singulair (montelukast).", "doctor's answer", "", ""),
 ("It has to be taken daily for about three to four weeks before seing improvement.", "doctor's answer", "", ""),
 ("For dosing, follow the specific instructions on the supplement bottle.", "doctor's answer", "", "label rule"),
], g='F')

P("http://www.wb-health.com/hay-fever-remedy", "health content site: best hay fever remedies", [
 ("Looking for the best way to cure hay fever, simply uses hay fever remedy, it has been use by many people around the world, and it works for me and my friend, so it may work for you too.", "", "", HC + "hedged 'may work for you'"),
 ("In the United States, it is about 40% found in children and approximately 30% found in adults.", "", "S", ""),
], g='G')
