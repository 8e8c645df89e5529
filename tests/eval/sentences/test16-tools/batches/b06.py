from lib import P
# b06: fibroids, diabetic neuropathy, scabies, gallstones
P("http://www.travel-ins.net/how-to-shrink-fibroids/", "repurposed-domain content page: How to shrink fibroids", [
 ("As many as 70% of women will experience Fibroid Symptoms at certain times of their lives.", "", "S", ""),
 ("When fibroids cause pain or some other symptoms, consult your doctor before you try to shrink fibroids naturally.", "", "P", ""),
 ("Better to wait for several years than to have surgery or take any medication that can cause bad side effects.", "heading: Method 'monitor and wait'", "D", "hard call: general steer away from surgery and medicine, beyond the watchful-waiting advice for small symptomless fibroids"),
 ("Women who consumed green tea extract experienced milder fibroid symptoms, and the size of fibroids shrank an average of 32.6%.", "paragraph: In clinical experiments ... (no study named); next: this is only a small study", "S", ""),
], g="G")
P("https://healthfully.com/can-exercise-reduce-uterine-fibroids-6784357.html", "content site: natural ways to shrink fibroids", [
 ("According to PubMed.gov, Vitex Agnus castus is helpful in dissolving uterine fibroids by normalizing hormonal imbalances 1.", "", "C", "hard call: dissolving fibroids stated as fact; 'PubMed.gov' and a marker are given as the source"),
 ("Used regularly, motherwort can not only reduce fibroids, but can also help strengthen the uterine wall tissues and minimize bleeding caused by fibroids.", "", "", "reduce, no cure wording"),
 ("These remedies may not only shrink fibroids, but can prevent them from growing bigger.", "", "", "hedged"),
 ("If symptoms become worse, individuals should consult a physician.", "", "P", ""),
], g="G")
P("http://drsaranorris.com/health-services/uterine-fibroids/", "naturopathic doctor's site: natural treatment for uterine fibroids", [
 ("There are natural solutions to treat your uterine fibroids.", "", "", "no cure wording"),
 ("In fact, 30-50% of women will have a fibroid at some point in their life.", "", "S", ""),
 ("80% of African American women will have uterine fibroids by age 50, 70% in Caucasian women >50 and 40% >35 yo.", "", "S", ""),
 ("The key to treating fibroids naturally is the metabolism and modification of estrogen and progesterone.", "", "", ""),
], g="A")
P("https://tskkc.com/more/110581/how-to-shrink-fibroids-naturally-proven-diet-supplements-lifestyle-guide-2023", "content site: How to shrink fibroids naturally", [
 ("But here's what most doctors don't tell you upfront: there are proven natural strategies to shrink these stubborn growths.", "", "", "hard call: efficacy claim ('shrink'), no cure or guarantee wording"),
 ("These non-cancerous growths affect up to 80% of women by age 50 according to Johns Hopkins research.", "", "", "attributed"),
 ("Obesity: Fat cells produce estrogen - studies show overweight women have 2-3x higher fibroid risk", "list item", "S", ""),
 ("When my neighbor Sarah committed to dietary changes, her 6cm fibroid shrank by 40% in 9 months.", "", "", "anecdote"),
], g="G")
P("https://homeremediesforall.com/how/how-to-shrink-fibroids-naturally.html", "home-remedy site: How to shrink fibroids naturally", [
 ("Almost 70% of women develop fibroids in the uterus during their lifetime.", "", "S", ""),
 ("If there is a pain or heavy bleeding then you should consult a doctor.", "", "P", ""),
 ("Taking any medicines to shrink fibroids is also not recommended by doctors as the medicines have side effects.", "", "", "hard call: misreports doctors' view, but is not an instruction to stop a prescribed medicine"),
 ("The biggest advantage of these natural products is that they do not usually cause any side effects.", "", "", "hedged ('usually')"),
], g="G")
P("https://neurowellness.co/full-of-it", "neuropathy program seller's blog: Full of it", [
 ("As a matter of fact, the people who are getting off diabetes drugs, and reversing type 2 diabetes are the ones who ignore the guidelines.", "", "CM", "hard call: endorses getting off diabetes drugs against guidelines and states reversal as fact"),
 ("The standard advice is to take your metformin and gabapentin, and everything will be fine.", "", "", "sarcasm about standard advice, no instruction"),
 ("Except science indicates it’s the wrong advice.", "", "", ""),
], g="S")
P("https://www.innovative-diabetic-diet.com/diabetic-neuropathy.html", "diabetic-diet site with supplement links: natural solutions for diabetic neuropathy", [
 ("Millions of people suffer needlessly from diabetic neuropathy because conventional medicine has nothing to offer but toxic medications that don't work.", "", "M", "hard call: dismisses prescribed medicines in favour of the site's nutrients (swap framing)"),
 ("Fortunately, natural solutions are available for preventing and reversing nerve damage caused by high blood sugar.", "", "C", ""),
 ("You can stop the pain and improve your quality of life by supplementing with specific nutrients proven to support healthy nerves.", "", "C", "hard call: guaranteed result"),
 ("Unfortunately, there is no single good treatment for most of the neuropathies.", "", "", ""),
], g="S")
P("https://www.masteringdiabetes.org/can-diabetic-nerve-damage-be-reversed/", "diabetes coaching program's site: Reverse diabetic neuropathy naturally", [
 ("Reverse Diabetic Neuropathy Naturally", "title", "C", "hard call: title states reversal as an instruction/fact on a seller's page"),
 ("In this article, we’ll discuss the types, causes, and symptoms of diabetic nerve damage, and explore how changing your diet to treat, in tandem with medication, can significantly lower your blood glucose and help combat this condition.", "", "", "adjunct to medication"),
], g="S")
P("https://thetruthaboutcancer.com/diabetic-peripheral-neuropathy", "alternative-health site: diabetic peripheral neuropathy", [
 ("According to the National Institute of Diabetes and Digestive and Kidney Disease, up to 70% of diabetics suffer some kind of nerve damage.", "", "", "attributed"),
 ("What’s even more tragic is that many of the people who are suffering from DPN are not even aware that these conditions are preventable and largely reversible.", "", "C", "hard call: reversibility stated as fact ('largely')"),
 ("There are many natural things you can do to prevent and even reverse diabetic peripheral neuropathy, despite conventional medicine’s contention that such nerve damage is permanent and cannot be reversed.", "", "C", ""),
 ("As is most often the case, when allopathic medicine says something cannot be cured or reversed they should add the qualifying phrase… “with mainstream medicine.”", "", "", "hard call: disparages medicine, no instruction"),
], g="A")
P("https://clique2click.com/getting-rid-of-scabies/", "content site: getting rid of scabies", [
 ("Anyone trying a home remedy for scabies should consult a doctor if the infestation does not clear up or show signs of improving.", "", "P", ""),
 ("One small study has shown that aloe vera is effective in treating scabies.", "", "S", "unnamed study"),
 ("Most of the dogs were cured of scabies within 2 weeks of consistently using shampoo that contained neem.", "", "", "reported study (dogs)"),
], g="G")
P("https://homeremedycentral.com/en/home-remedies/natural-cure/scabies.html", "home-remedy site: home remedies and OTC solutions for scabies", [
 ("While professional medical treatment is essential to eradicate scabies effectively, several home remedies, lifestyle adjustments, and over-the-counter (OTC) treatments can complement the treatment process.", "", "", ""),
 ("If you suspect scabies, consult a healthcare provider for diagnosis and treatment.", "heading: When to Seek Medical Attention", "P", ""),
 ("Bleach: Can cause severe skin irritation and is not effective against mites.", "heading: Ineffective or Unsafe Remedies to Avoid", "", ""),
], g="G")
P("https://how-what-do.com/13157568-how-to-treat-scabies-can-home-remedies-help", "scraped how-to page: How to treat scabies: can home remedies help?", [
 ("Before trying them, go to your doctor to confirm scabies, and then review the possible home methods you will use.", "", "P", ""),
 ("Doctors recommend creams with benzyl benzoate to perform the most effective therapy and attack mites; still, studies show that there are natural remedies that can work well.", "", "S", "'studies show' without citation"),
 ("Try applying the aloe vera in its pure state, directly on the skin irritation, and see if there are results.", "", "", ""),
], g="G")
P("https://pestbugcontrol.com/qa/view/how-can-you-treat-scabies-mites-at-home", "pest-control site Q&A: How can you treat scabies mites at home?", [
 ("Apply a 5 % permethrin cream to the whole body, leave it on for 8–14 hours, then wash all clothing, bedding and towels in hot water; for children or pregnant individuals, a sulfur ointment applied similarly is an effective alternative.", "short answer", "O", "hard call: strength, route and duration of a scabicide passed to readers, no caveat"),
 ("Treating a scabies infestation without medical supervision requires a systematic approach that targets the mite, relieves symptoms, and prevents re‑contamination.", "", "", "hard call: assumes self-treatment but does not tell readers to avoid a doctor"),
 ("Oral antihistamines (e.g., cetirizine 10 mg) taken every 12 hours can reduce pruritus.", "", "O", "amount and frequency (twice the usual label frequency), no caveat"),
], g="G")
P("http://www.home-remedies-for-you.com/askquestion/275/home-remedy-for-scabies-in-children.html", "home-remedy Q&A site: home remedy for scabies in children", [
 ("You are right to be afraid because permethrin is used in pesticides as well and is also a known carcinogen.", "", "", "hard call: alarming claim about a prescribed cream, but no instruction to stop it"),
 ("On the other hand you can also try some home remedies which work as cures for scabies.", "", "C", ""),
 ("There are other herbs which can provide relief but there is little scientific proof that herbs can actually cure scabies.", "", "", ""),
], g="G")
P("https://www.northeasttoday.in/how-to-treat-gallstones-without-surgery/", "regional news site: How to treat gallstones without surgery", [
 ("One such problem which is increasing manifold and found in every third person nowadays is the problem of having gallbladder stones.", "", "S", ""),
 ("Generally, people get too panicked when they come to know that there are more than one stones in their gallbladder, and their immediate reaction is resorting to a gall bladder removal surgery.", "", "", ""),
 ("If given due attention and care at a proper time, it can be very well treated without surgery.", "", "D", "hard call: steers readers away from gallbladder surgery"),
], g="N")
P("https://homeremedies.rocks/gallstones-natural-home-remedies-for-gallstone/", "home-remedy site: natural home remedies for gallstones", [
 ("According to the American Medical Association, 80 percent of gallstones are made of hardened cholesterol that develops when there is too much cholesterol in the gallbladder.", "", "", "attributed"),
 ("Lemon juice stops your liver from making cholesterol, which helps in faster recovery.", "", "", "no cure wording"),
 ("Plus, it has a compound called terpene that can effectively dissolve gallstones .", "", "C", ""),
 ("Beetroot, Cucumber and Carrot Juice are also very effective to dissolve gallstone.", "", "C", ""),
], g="G")
P("https://www.newhealthadvisor.org/How-to-dissolve-gallstones.html", "content site: How to dissolve gallstones", [
 ("Your doctor may have recommendations on how to dissolve gallstones with home remedies.", "", "", ""),
 ("Unless you need emergency surgery, you should give these remedies a chance.", "", "D", "hard call: steers readers to remedies before surgery"),
 ("Squeeze four lemons and drink the juice every day for a week.", "heading: 2. Lemon Juice", "O", "remedy amount and frequency"),
 ("Drink on an empty stomach every day for a few weeks or until your body eliminates the gallstones.", "heading: 2. Lemon Juice; previous: add four tablespoons of lemon juice to an 8-ounce glass of warm water", "CO", "hard call: promises elimination; timing and frequency"),
], g="G")
P("https://www.voxnature.com/how-remove-gallstones-naturally/", "natural-health site: How to remove gallstones naturally", [
 ("However, if you experience symptoms like tension around your intestines, stomach and other organs, intense pain in the upper right side of your abdomen, nausea, and pain in the abdomen, you should seek your doctor’s advice.", "", "P", ""),
 ("When it comes to gallstone treatment, surgery should not be the first option.", "", "D", "hard call: steers away from surgery"),
 ("You’ll be delighted to learn that gallstones can be dissolved using natural remedies.", "", "C", ""),
 ("This protocol is not scientifically proven to work and for some people, it may result in unpleasant side effects like nausea and vomiting.", "heading: Gallbladder Cleanse", "", ""),
], g="A")
P("https://positivearticles.com/popular-home-remedies-for-gallstones-try-it-once/", "article directory: popular home remedies for gallstones", [
 ("Fortunately, treatment for gallstones is usually straightforward, and newer techniques often allow faster recovery time.", "", "", ""),
 ("Don’t Remove Your Organ- (Gallbladder)", "heading", "D", ""),
 ("And your doctor’s recommendation of gallbladder surgery could severely damage your body or even kill you.", "", "D", ""),
 ("Finally, did you know that removing your gallbladder can leave you more susceptible to bowel cancer?", "", "", "question"),
], g="G")
P("https://www.litlisted.com/2019/10/7-ways-on-how-to-dissolve-gallstones-naturally.html", "content site: 7 ways to dissolve gallstones naturally", [
 ("Around 20% of gallstones are pigment stones which are made of calcium and bilirubin.", "", "S", ""),
 ("The best treatment for gallstones is laparoscopic surgery which helps to remove the gallbladder which is the common treatment for gallstones but there are also non surgical options which will help to dissolve gallstones naturally.", "", "", ""),
 ("Fast for 12 hours, then starting at 7 pm, take 4 tablespoons of olive oil which is followed by lemon juice.", "heading: Go for a gallbladder flush; previous: There is no scientific evidence exists that these remedies are helpful", "O", "flush dose and timing, no doctor caveat"),
 ("Repeat this every 15 minutes for a total of 8 treatment cycles.", "heading: Go for a gallbladder flush", "O", ""),
], g="G")
