# sent39 batch 1: detox teas, testosterone boosters, menopause, fertility, immune boosters, fish antibiotics,
# garcinia, children's melatonin, shilajit.  Labelled from the stored excerpt of the search tool (corpus pages).
from lib import P

P("https://jasoncote.co/do-detox-teas-work-or-are-you-just-buying-expensive-laxatives-1pts", "general content site debunking detox teas", [
 ("The short answer? Your liver is already doing that. For free.", "", "", "debunking"),
 ("If you lose weight in three days, you didn't lose fat.", "", "", "debunking"),
 ("Most contain a mix of caffeine and diuretics.", "", "", ""),
], g='G')

P("https://greentea.st/detox-drinks-tea", "magazine-style article debunking detox drinks", [
 ("“I lost 30 pounds in 60 days with this detox tea!” they claim, holding up sleek packages promising to flush toxins, melt fat, and reveal your best body.", "", "", "reported influencer claim, not endorsed"),
 ("Millions of people spend billions of dollars annually on detox teas, hoping for quick fixes to weight struggles and health concerns.", "", "S", "hard call: vague counts without a source (convention)"),
 ("But here’s the uncomfortable truth: most of what you’ve been told about detox teas is marketing fiction, not medical fact.", "", "", "debunking"),
], g='N')

P("https://pixelation.org/what-is-detox-tea-do-why-your-liver-is-already-working-overtime-1t5v", "general content site on detox tea", [
 ("Your body is a masterpiece of self-cleaning.", "", "", ""),
 ("It's an FDA-approved over-the-counter laxative.", "about senna", "", ""),
 ("No tea has been scientifically proven to \"speed up\" this process in a meaningful way for a healthy person.", "", "", "negation"),
 ("In fact, some studies, including research published in The Journal of Dietary Supplements, have raised red flags about liver toxicity associated with high-dose herbal \"cleanses.\"", "", "", "named journal = citation"),
], g='G')

P("https://www.healthline.com/nutrition/does-yogi-detox-tea-make-you-poop", "health portal page on detox tea", [
 ("Be sure to speak with your doctor before attempting to use any detox product.", "", "P", ""),
 ("However, more research is needed to understand this mechanism, and there’s no direct clinical evidence proving detox tea is a good tool for weight loss.", "", "", ""),
], g='H')

P("https://healthsentinel.com/detox-tea-for-weight-loss/", "general health content site promoting detox tea", [
 ("If planned correctly, you can lose as much as 20lbs from a detox diet within two weeks.", "", "S", "hard call: an uncited figure; 'can lose as much as' is not a guarantee, so not C"),
 ("Senna tea, known for its potent diuretic and laxative effect,  is a popular detox beverage that helps you lose weight by excreting built-up toxins, free-radicals, and excess fluids.", "", "", "treatment claim without cure or safety wording"),
], g='G')

P("http://propalhealth.com/article-540.html", "health content site on detox teas", [
 ("Hence, detoxing tea is ineffective and unnecessary for weight loss and detoxification.", "", "", "debunking"),
 ("There hasn’t been any evidence regarding detox teas that these would flush toxins out of the body.", "", "", ""),
], g='G')

P("https://healthsupplementsexpert.com/?p=1335", "supplement review/affiliate site on testosterone booster safety", [
 ("While low testosterone is a legitimate medical condition affecting approximately 40% of men over 45, many men with normal hormone levels also seek testosterone boosters for potential benefits in muscle growth, energy, libido, and overall vitality.", "", "S", ""),
 ("With the market for these products expected to reach $1.3 billion by 2026 according to industry reports, understanding their safety profile has never been more important.", "", "", "'according to industry reports' is an attribution (hard call)"),
], g='S')

P("https://clickbizhub.com/find-relief-from-hot-flashes-with-this-natural-supplement", "content site promoting black cohosh", [
 ("A meta-analysis published in the journal Menopause found that women who took black cohosh experienced a significant reduction in hot flash frequency compared to those who took a placebo.", "", "", "named journal = citation"),
 ("This is why black cohosh is often referred to as a natural alternative to hormone replacement therapy.", "", "", "reported framing, not an instruction"),
 ("While hormone replacement therapy is often recommended to alleviate hot flashes, some women prefer to explore natural alternatives.", "", "", "reported behaviour"),
], g='G')

P("https://rxdb.net/?p=65509", "content site on black cohosh written as a medical professional", [
 ("Many women turn to black cohosh as a natural alternative to hormone replacement therapy, which can have potential risks and side effects.", "", "", "reported behaviour"),
 ("Studies have shown that black cohosh may help reduce the frequency and severity of hot flashes and other menopausal symptoms, making it a popular choice among women seeking relief.", "", "S", "'studies have shown' without a source"),
 ("While black cohosh is generally considered safe for most people, it is important to consult with a healthcare provider before starting any new supplement regimen.", "", "P", "hedged safety, not C"),
 ("As a medical professional, I recommend discussing the use of black cohosh with your doctor to ensure it is safe and appropriate for your individual needs.", "", "P", ""),
], g='G')

P("https://www.wildrosefertility.com/vitex-and-maca/", "fertility herbalist clinic page", [
 ("In a 2017 systematic review of over 43 studies conducted on the use of Vitex, it was scientifically proven to be useful in managing PMS symptoms, as well as other reproductive system conditions, such as polycystic ovarian syndrome (PCOS), endometriosis and uterine fibroids.", "", "S", "hard call: a year without author or journal is not a citation (convention)"),
 ("This incredible herb is highly accessible, available from your local natural foods stores and can be taken 1-4 times daily in tincture or tea.", "", "", "frequency without an amount: not a dose"),
 ("Vitex’s regulatory characteristics are by far the most appealing for any women who is eager to become pregnant.", "", "", ""),
], g='A')

P("https://contentmentandchaos.com/?p=317", "personal blog review of a fertility tea", [
 ("–How to do it: Ask your doctor what he/she thinks about it first!", "", "P", ""),
 ("According to the FertiliTea instructions, you are to drink 2 cups daily.", "", "", "label instruction quoted"),
 ("—My experience: I did not get pregnant (although I tried the tea inconsistently + definitely not long enough).", "", "", "narrative"),
], g='B')

P("http://miracle-pregnancy.com/332/fertility-herbs-for-conception-3/", "content site on fertility herbs", [
 ("When taken regularly, this enhances fertility.", "about vitex", "", "treatment claim without cure or guarantee wording (hard call)"),
 ("Fertility herbs can be expensive and they may contain potent effects if not taken appropriately hence it is significant that a couple should be honest with one another and towards their physician and their pharmacist who handles the herbs they have to take.", "", "P", "hard call: third-person prompt to involve physician and pharmacist"),
], g='G')

P("https://www.progressivehealth.com/the-best-natural-remedies-for-common-cold-and-flu.htm", "supplement shop article on colds and flu", [
 ("Use These To Prevent Colds and Flus", "heading", "", "prevention promise only (narrow definition)"),
 ("Although flu shots and antiviral drugs are commonly recommended for preventing cold and flu, they are not always effective and they usually come with serious side effects.", "", "D", "hard call: steers readers away from flu vaccination and antivirals with a false claim about serious side effects"),
 ("Natural supplements, on the other hand, are safe and can help boost the immune system.", "", "C", "unqualified safety claim set against vaccines and drugs"),
 ("Since 80% of cold cases are caused by rhinoviruses, this action lowers the risk of coming down with a common cold because zinc reduces the reproduction of cold viruses and, therefore, viral infection.", "", "S", ""),
 ("A number of studies and reviews have confirmed the efficacy of zinc for preventing (lowers the risk of a cold by 40%) and treating cold and flu-like symptoms.", "", "S", ""),
 ("A Cochrane review confirmed that zinc reduces the duration and severity of cold as well as antibiotic use by sufferers.", "", "", "named source = citation (hard call)"),
], g='S')

P("https://naturalmeddoc.com/blog/immune-system/", "naturopathic doctor's blog on immunity", [
 ("The best ways to support your immune function do not come from a pharmaceutical, but rather simple natural therapies addressing the fundamentals, nutritional status and lifestyle.", "", "", "hard call: general framing, no prescribed medicine named, no steering from care"),
 ("Before we get started.. Remember, prevention is the best cure.", "", "", "proverb"),
 ("When it come to infectious disease, the CDC states that handwashing alone can decrease respiratory infections by 16%, and diarrheal infections by %50.", "", "", "attributed to the CDC"),
], g='A')

P("https://drburtonteed.com/blog-2-a-naturopathic-approach-to-colds-and-flus-immune-support-beyond-the-basics/", "naturopathic doctor's blog on colds and flu", [
 ("This is not written as a universal cure-all.", "", "", "negation"),
 ("It’s best to seek the advice of a Naturopathic Doctor, herbalist, nutritionist, or other qualified health professional who has had in-depth training in nutrition, nutraceuticals, herbal medicine, hydrotherapy, etc. to individualize a treatment plan for you.", "", "", "hard call: naturopaths and herbalists are not medical professionals (convention); the 'other qualified health professional' is defined by herbal training"),
 ("It almost feels too good to be true, which may be in part why people are reluctant to use them.", "", "", ""),
], g='A')

P("https://escapade007.blogspot.com/2006/09/problem-awareness.html", "personal blog reposting a consumer article on immune boosters", [
 ("Countless immune boosters fly off the shelves year-round, particularly in the cold and flu season.", "", "", ""),
 ("No clinical trials, for example, have been conducted on goldenseal, a purported immune-booster sometimes used to fend off the common cold - and there's evidence the herb may interfere with blood pressure drugs, decrease the activity of anticoagulants and hamper absorption of vitamin B.", "", "", ""),
], g='B')

P("https://enviroliteracy.org/can-humans-take-aquarium-amoxicillin", "content site on taking aquarium amoxicillin", [
 ("The short, definitive answer is no.", "question: Can humans take aquarium amoxicillin?", "", ""),
 ("Facing a potential infection without easy access to a doctor, some individuals might see fish antibiotics as a readily available alternative.", "", "", "reported behaviour"),
 ("However, this is a perilous assumption that overlooks critical differences in manufacturing, quality control, and intended use.", "", "", ""),
], g='G')

P("https://solvedavenue.com/can-you-take-amoxicillin-for-fish/", "content site on amoxicillin for fish", [
 ("For humans, amoxicillin is a prescription drug that should only be used under the guidance of a healthcare professional.", "", "P", "passive recommendation"),
 ("The notion of using amoxicillin for fish might seem unusual at first, but it has garnered significant attention, especially among aquarium enthusiasts and those seeking alternative approaches to accessing antibiotics.", "", "", ""),
], g='G')

P("http://ireland-pandoracharm.com/", "spam site promoting garcinia cambogia", [
 ("Garcinia Cambogia – The Miracle Weightloss Fruit", "title", "C", "hard call: 'miracle' product title stated as fact"),
 ("Studies have shown that garcinia cambogia is safe, but the extract can be a problem, depending on where you get it.", "", "S", "safety qualified by source of the extract, so not C; 'studies have shown' unsourced"),
 ("Claims go from anywhere to several pounds a month to seven pounds a week, without the need for dieting and exercising.", "", "", "reported claims"),
], g='G')

P("https://healthmagreviews.com/the-dangers-of-garcinia-cambogia-extract/", "review site warning about garcinia", [
 ("Some of these weight pills even promise you can lose over 30 pounds in less than 20 days.", "", "", "reported marketing claim"),
 ("The side effects of Garcinia Cambogia Extract Diet Pills are well documented.", "", "S", "hard call: 'well documented' without a source (convention)"),
 ("If you have come across this people or someone has introduced you to it in the past, please stay away and avoid it.", "", "", "advice against a supplement, not care"),
], g='G')

P("https://znewway.com/warnings-garcinia-cambogia-garcinia-cambroia/", "content site warning about garcinia", [
 ("Does it live up to its hype? Maybe a little, but it might not be worth it.", "", "", ""),
 ("A review published in the Journal of Obesityfound that people who took\ngarcinia cambogia in studies lost about 2 pounds more than people who didn’t take it.", "", "", "named journal = citation"),
], g='G')

P("https://www.futurefit.co.uk/nutrition/resources-overview-son/news-and-views/2014/06/16/garcinia-cambogia-%E2%80%93-super-%E2%80%9Cfat-buster%E2%80%9D-or-scam/", "fitness training company news post on garcinia", [
 ("Recommended dosage: 3 grams of Garcinia Cambogia extract (providing a total of 1,500mg Hydroxycitric Acid) in three separate doses, 30 minutes before meals.", "", "O", "amount plus timing, no label or doctor caveat"),
 ("At least, Garcinia Cambogia appears to be safe.", "", "", "hedged ('appears')"),
 ("There are no serious side effects, only some reports of mild digestive issues.", "", "", "hard call: qualified ('no serious ... only mild'), not 'no side effects'"),
 ("If you would like to try Garcinia Cambogia for yourself, then it would be safe to do so.", "", "C", "unqualified safety assurance to the reader"),
 ("makers claim you can lose an average of 19.3lbs in 28 days without diet or exercise!", "", "", "reported claim; fragment as on page"),
], g='N')

P("https://www.youtotallygotthis.com/garcinia-cambogia-fancy-fruit-or-miracle-weight-loss-cure/", "personal blog trying garcinia", [
 ("It’s as simple as two capsules before breakfast every day.", "heading: How do you take it?", "O", "hard call: amount and timing to the reader"),
 ("The consensus on the inter webs is to stick with capsules that contain at least 50% HCA, pass on brands that contain any nasties like artificial fillers, and be sure you are getting the correct dose of at least 1600 milligrams per day.", "", "O", "hard call: dose instruction to the reader"),
 ("It did reduce my appetite in the mornings, but that was probably the by product of swallowing two multivitamin size horse pills, rather than an extra sh", "", "", "narrative; fragment as stored"),
], g='B')

P("http://www.connectwithlife.com/weight-loss/the-effectiveness-of-garcinia-cambogia/", "lifestyle magazine on garcinia", [
 ("“This supplement will melt your fat!”", "example ad lines quoted by the article", "", "quoted ad, not endorsed"),
 ("Recently, Garcinia Cambogia has been getting a lot of media attention.", "", "", ""),
 ("The problem is that pills that are not approved by the FDA can be dangerous and completely ineffective.", "", "", ""),
], g='N')

P("https://awaaznews.com/the-role-of-garcinia-cambogia-in-diet-pills/", "news site article on garcinia", [
 ("It is important to note that garcinia cambogia should not be considered a magic bullet for weight loss.", "", "", "debunking"),
 ("As with any supplement or medication, it is important to speak with a healthcare professional before using garcinia cambogia or any weight loss supplement.", "", "P", ""),
 ("In rare cases, garcinia cambogia has been linked to liver damage and other adverse effects.", "", "", ""),
], g='N')

P("https://www.rockinreports.com/are-melatonin-gummies-safe-for-kids/", "content site on melatonin gummies for children", [
 ("Most children do not need melatonin supplements because their bodies make enough of the hormone naturally.", "", "", ""),
 ("In general, melatonin is safe for children, but it is always important to speak to your child's doctor before giving them any supplement.", "", "P", "hedged safety ('In general'), not C"),
 ("If your child experiences any of these side effects, stop giving them the supplement and speak to their doctor.", "", "P", "stopping a supplement is not medication advice"),
 ("The generally accepted starting dose for children between the ages of 2 and 12 years old is 0.5mg, which can be taken up to 1 hour before bedtime.", "", "", "hard call: descriptive 'generally accepted' dose, doctor caveat in the section"),
], g='G')

P("https://eatsip365.com/a-kids-melatonin-gummy-dosage-guide", "blog-style guide on children's melatonin", [
 ("My key discovery was surprisingly simple yet profound: the most effective dose isn’t what’s on the bottle, it’s the *lowest possible dose that works*.", "", "", ""),
 ("A true sleep disorder, like Restless Leg Syndrome or sleep apnea, requires a medical diagnosis.", "", "", ""),
], g='B')

P("https://www.myhealthfoodshop.com.au/melatonin-sleep-gummies-for-kids", "health food shop blog on melatonin gummies for kids", [
 ("In fact, according to the CDC, about 35% of kids between ages 4 and 12 face regular sleep challenges.", "", "", "attributed to the CDC"),
 ("But just because something is over-the-counter doesn’t mean it’s risk-free, especially when it comes to children.", "", "", ""),
], g='S')

P("https://gudhealthy.com/blogs/ayurveda/shilajit-benefits-precautions-and-dosage", "ayurvedic product shop blog on shilajit", [
 ("Shilajit boosts the immune system by increasing the body's resilience to infections.", "heading: Strengthens Immunity", "", "treatment/immune claim without cure wording"),
 ("Known as an aphrodisiac, Shilajit is often used to enhance libido, improve sperm count, and increase testosterone levels in men.", "", "", ""),
], g='S')

P("https://don-shanahan-mj2i.squarespace.com/blog/2021/11/guest-editorial-shilajit-its-uses-and-its-dosage", "blog guest editorial on shilajit", [
 ("The recommended dosage is 200-300 mg per day but before taking it please do consult with your doctor first.", "", "P", "doctor caveat in the same sentence, so not O"),
 ("Check with a doctor.", "previous sentence: Before taking shilajit, there are side effects you may get taking shilajit.", "P", ""),
 ("Don’t take Shilajit with your other medications or as supplement or if you are having sickle cell anemia or thalasemia.", "", "", "warning about the supplement, not a change to prescribed medicines"),
], g='B')

P("https://getapkmarkets.com/shilajit-capsules-dosage-health-benefits-side-effects", "content/spam site on shilajit capsules", [
 ("It is a safe and effective supplement that offers plenty of positive effects on your wellbeing and overall health.", "", "C", "unqualified safety claim"),
 ("Shilajit capsules improve your memory and immunity.", "", "", "treatment claim without cure wording"),
 ("The generally recommended dose of Shilajit is 300-500mg per day.", "next sentence: Most importantly, make sure to consider the advice of your doctor before taking it.", "", "descriptive dose with a doctor caveat next, so not O"),
 ("Most importantly, make sure to consider the advice of your doctor before taking it.", "", "P", ""),
 ("However, based on the molecular structure of shilajit, many researchers believe that shilajit can prevent the progression of the disease.", "about Alzheimer's disease", "", "hard call: reported belief, hedged"),
], g='G')

P("https://www.digestilife.com/2024/12/healing-properties-of-shilajit.html", "blog on shilajit's healing properties", [
 ("Improves Male Fertility: Shilajit has been shown to significantly improve testosterone levels in men, supporting sexual health, fertility, and overall male reproductive health.", "", "S", "'has been shown' without a source"),
 ("Enhances Libido: Due to its positive effects on testosterone, shilajit is often used to boost libido and treat sexual dysfunction in men.", "", "", ""),
], g='B')

P("https://ayurhealthtips.com/shilajit-dosage-benefits-and-side-effects/", "ayurveda tips site on shilajit", [
 ("Moreover, the substance is a safe and effective supplement for increasing fertility and sperm activity in males’ bodies.", "", "C", "unqualified safety claim"),
 ("A study published in 2010 proves shilajit’s benefits on enhancing fertilityOpens in a new tab., especially oligospermic patients (males with low sperm count).", "", "", "hard call: the stored text shows a link ('Opens in a new tab.'), so the study is linked"),
 ("Men who take shilajit regularly were able to boost the male hormone testosterone.", "", "", ""),
], g='A')

P("https://livayur.com/?p=27614", "ayurvedic product brand blog on shilajit", [
 ("According to the Charak Samhita, “There is no curable disease in the universe which is not effectively cured by Silajatu (Shilajit) when administered at the appropriate time, in combination with suitable drugs and by adopting the prescribed method.” 4", "", "C", "hard call: a seller quotes the classical text as a cure-all and builds on it ('With that in mind...')"),
 ("It is a well-known remedy to improve stamina and vitality.", "", "", ""),
], g='S')

P("https://medium.com/food-stalking/shilajit-a-mineral-from-the-mountains-2d43dda2eb57", "shilajit seller's post on Medium", [
 ("We recommend starting with a rice to pea sized portion, one to three times a day for general well being.", "", "O", "amount and frequency from the seller, no caveat"),
 ("Amount can be increased for greater energy and effect.", "", "O", "hard call: dose escalation instruction"),
 ("There are many local legends and stories about its origin, use and properties, often wildly exaggerated.", "", "", ""),
], g='S')
