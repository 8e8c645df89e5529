from lib import P
P("https://health.onehowto.com/article/how-to-take-turmeric-for-arthritis-9544.html", "how-to site: how to take turmeric for arthritis", [
 ("This anti-inflammatory effect was studied in Italy, showing that the pain and stiffness in patients with osteoarthritis decreased by 58% when they began taking turmeric.", "", "S", ""),
 ("Ideally, the daily amount that should be taken is indicated by a doctor or another medical professional.", "", "P", "passive recommendation"),
 ("It is recommended that you do not exceed 1500 mg daily, so many experts recommend taking 500 mg tablets three times a day: morning, noon and night.", "previous sentence: Ideally, the daily amount that should be taken is indicated by a doctor or another medical professional.", "", "hard call: dose with a doctor caveat in the same section"),
], g='G')
P("http://arthritishubs.com/arthritis-hubs/turmeric-for-arthritis/", "content site: turmeric for arthritis", [
 ("Boil the liter of water, when it reaches the boiling point, add the ginger, cinnamon and turmeric and let it cook for 30 minutes.", "", "", "recipe"),
 ("Ideally, take 3 cups of this drink a day; the first should be taken on an empty stomach and the following, 20 minutes after each meal.", "", "O", "hard call: a treatment schedule for the remedy drink, not a serving suggestion"),
 ("This anti-inflammatory effect was studied in Italy, demonstrating that the pain and stiffness of patients with osteoarthritis decreased 58% when taking turmeric.", "", "S", ""),
], g='G')
P("https://www.yellowspice.co.uk/c/inflammation", "turmeric seller: inflammation", [
 ("Moreover, it does not cause any major side effects.", "", "C", "hard call: seller's safety claim, 'major' is a weak qualifier"),
 ("To ensure deriving digestive relief, take proper supplement dosage.", "", "", "no amount"),
 ("But no permanent cure is still available or considered predictably effective.", "", "", ""),
], g='S')
P("http://www.cancerfortherestofus.com/INTRO.html", "book site: cancer for the rest of us (alternative treatments)", [
 ("One interviewee had rejected chemo and had healed his cancer with a particular therapeutic diet, and another had third-hand knowledge of a cancer patient who had used an alternative treatment and he thought that person had not survived.", "", "", "reported"),
 ("Our lack of familiarity with such an important subject as life-saving, non-toxic alternative treatments, here in the middle of a deadly epidemic, with conventional medicine's lousy track record on cancer hardly a secret, says more about the social science of persuasion than it does about the viability of alternatives.", "", "C", "hard call: 'life-saving, non-toxic' asserted of alternative cancer treatments"),
], g='B')
P("https://www.onlineindiannews.com/patanjali-claims-ayurvedic-cure-for-coronavirus/", "news site: Patanjali claims ayurvedic cure for coronavirus", [
 ("The company, which manufactures an array of herbal and ayurvedic medicines has claimed to discover yurvedic medicine to treat COVID-19 which is 100 percent successful.", "", "", "reported claim"),
 ("Acharya Balkrishna further added that after taking our medicine, COVID patients recovered in 5-14 days and then tested negative.", "", "", "reported claim"),
], g='N')
P("https://www.dailyexcelsior.com/patanjali-has-made-thousands-of-people-free-from-several-diseases/", "newspaper: Patanjali has made thousands free from diseases", [
 ("Yog Guru Baba Ramdev along with his disciple Acharaya Balkrishan have stated that Patanjali Ayurved Limited has made thousands of people free from several diseases like blood pressure, diabetes, thyroid, asthma, arthritis, obesity, liver and kidney failure and cancer.", "", "", "reported claim"),
 ("He further said that Patanjali has always respected good doctors in medical sciences and those who provide life-saving drugs, emergency treatment and necessary surgeries.", "", "", ""),
], g='N')
P("https://www.ayurtimes.com/ayurvedic-medicines/", "ayurveda site: ayurvedic medicines", [
 ("Though most of the Ayurvedic medicines are safe and do not cause any serious side effects, some of them may be harmful, especially if used improperly or for wrong indications.", "", "", "qualified"),
 ("However, in most cases, they are safe and highly effective in treating and preventing diseases.", "", "", "hedged 'in most cases'"),
], g='A')
P("https://healthfully.com/gradually-reduce-dose-hydrochlorothiazide-5649647.html", "health content site: gradually reduce dose of hydrochlorothiazide", [
 ("Work closely with your doctor to gradually reduce your dose of hydrochlorothiazide.", "", "P", ""),
 ("Consider taking an herbal diuretic, such as dandelion.", "next sentences: This can help your body eliminate excess fluid without taking hydrochlorothiazide. Consult a naturopath if you have any questions about herbal diuretics, and inform your pharmacist ...", "", "hard call: swap suggestion, but doctor-supervised tapering in the same list and a consult/pharmacist caveat right after"),
 ("Consult a naturopath if you have any questions about herbal diuretics, and inform your pharmacist that you are taking them when you order any addition prescription medication.", "", "P", ""),
], g='G')
P("http://wholehealthchicago.com/2015/01/05/getting-off-or-avoiding-blood-pressure-meds/", "integrative clinic health tip: getting off blood pressure meds", [
 ("She simply may not be aware that she’s starting you on what could be decades of inappropriate medication for a condition you don’t really have…and one that isn’t even dangerous to your health.", "", "", "hard call: casts doubt on prescribing, no instruction"),
 ("Importantly, your doctor, who we can safely assume intends the best for your health, may be basing her recommendations and prescribing your medication on what she may not know is actually some very controversial information.", "", "", ""),
], g='A')
