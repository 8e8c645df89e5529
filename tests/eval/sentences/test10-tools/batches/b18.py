from lib import P
P("https://webben.net/how-to-cure-gastritis-permanently", "content site: how to cure gastritis permanently", [
 ("How to Cure Gastritis Permanently: Natural Remedies, Lifestyle Changes, Medications, and Medical Procedures", "title", "C", "title promises a permanent cure"),
 ("Herbal teas, aloe vera, apple cider vinegar, and garlic are natural remedies that have been found to be effective in treating gastritis.", "", "S", "'have been found', no source"),
 ("Mix 2 tablespoons of aloe vera gel with water and drink it on an empty stomach in the morning and at night.", "end of the same section: ... If you experience any discomfort, stop using the remedy immediately. Consult with a healthcare ...", "", "hard call: healthcare caveat closes the same section"),
 ("As with any natural remedy, it’s important to use them with caution and in moderation.", "", "", ""),
], g='G')
P("https://dailywalter.com/7-effective-home-remedies-to-cure-gastritis-permanently", "content site: 7 effective home remedies to cure gastritis permanently", [
 ("Seven Effective Home Remedies to Cure Gastritis Permanently", "title", "C", ""),
 ("This article explores seven effective home remedies to cure gastritis permanently and provides in-depth information to help manage and alleviate its symptoms.", "", "C", ""),
 ("If symptoms persist or worsen, consult a healthcare professional.", "", "P", ""),
 ("The good news is that you can cure gastritis permanently by making changes to your lifestyle and incorporating specific home remedies.", "", "C", ""),
], g='G')
P("http://archives.chennaionline.com/article/home-remedies-are-functional-curing-gastritis-permanently", "Indian news portal archive: home remedies functional in curing gastritis permanently", [
 ("Home remedies that are functional in curing Gastritis permanently", "title", "C", "headline states a permanent cure, no attribution"),
 ("Gastritis affects many people and it is caused due to stress, infection, poor diet, certain medicines, caffeine, even drugs like cocaine, and also consumption of alcohol.", "", "", ""),
 ("If gastritis is not cured timely it could become very threatening, it could lead to autoimmune diseases, piles, anemia, ulcer or even death.", "", "", ""),
], g='N')
P("https://www.sunnewsonline.com/why-stroke-cases-are-on-the-rise-by-traditional-medicine-practitioner/", "Nigerian newspaper: why stroke cases are on the rise, by traditional medicine practitioner", [
 ("She specialises in using natural medicine to treat and heal stroke patients, among others.", "", "", "reported"),
 ("“In a month, at least 20 stroke patients are treated here,” she noted.", "", "", "quoted first-party figure"),
 ("It will revive the nerves within 16 weeks,” she explained.", "", "", "reported speech (electric fish)"),
 ("She said many things considered by Nigerians as spiritual attacks are nothing but normal health conditions, which roots and herbs can cure.", "", "", "reported speech"),
], g='N')
P("https://www.adomonline.com/kill-me-if-i-cant-cure-covid-19-herbalist-throws-challenge-to-ghs/", "Ghanaian news site: 'kill me if I can't cure COVID-19', herbalist challenges GHS", [
 ("A Sefwi Essam-based herbalist in the Western North region, Mallam Musah Nipahiamoa, has thrown a challenge to the Ministry of Health and Ghana Health Service (GHS) to kill him if his herbal medicine doesn’t cure coronavirus", "", "", "reported claim"),
 ("“There is no predicament without a cure; I am very confident because God himself has revealed it to me my medicine can cure this virus.", "", "", "quoted claim"),
 ("Though, the medicine is yet to be vetted and approved by the Food and Drugs Authority, Districts Chief Executive, John Koah, has pledged his support to ensure the medicine goes through every necessary process.", "", "", ""),
 ("Meanwhile, three other herbalists have also come out to declare they have prepared some herbal concoctions which can cure the virus.", "", "", "reported"),
], g='N')
P("https://www.naij.com/2705.html", "Nigerian news aggregator repost: 80-year-old herbalist curing madness", [
 ("80-Year-Old Herbalist Curing Madness", "title", "C", "hard call: headline presents the cure as fact, no quotation marks"),
 ("It was purely herbal remedies, nobody applied cane on me.", "quoted former patient", "", "quoted testimonial"),
 ("It is a cure and not a temporary relief.", "quoted herbalist", "", "reported speech"),
 ("Here, no patient has ever spent more than one month before regaining his full and normal health status.", "quoted herbalist", "", "reported speech"),
], g='N')
P("https://peacefmonline.com/v12/tools/printnews/news.php?contentid=262397", "Ghanaian radio news site: Kumasi herbalist finds medicine for glaucoma", [
 ("Kumasi Herbalist Finds Medicine For Glaucoma", "title", "C", "hard call: headline presents the find as fact"),
 ("A HERBALIST based at Kwadaso, a suburb of Kumasi in the Ashanti Region, Richard Boakye has claimed to have discovered a cure for glaucoma and cataract diseases.", "", "", "reported claim"),
 ("it is estimated that  over 46,000 Ghanaians  annually  suffer  from  eye cases  out of which  16,00 are treated  with the rest  completely  going blind.", "", "S", "'it is estimated', no source"),
 ("Per this figure if the claim by Mr. Boakye is authentic then more persons with glaucoma would begin to have their sights restored.", "", "", "conditional"),
], g='N')
P("https://allafrica.com/stories/202501220411.html", "African news aggregator (fact-check repost): ignore Facebook posts advertising a cure for stroke", [
 ("Africa: Ignore Facebook Posts Advertising a Cure for Stroke, Arthritis, Hypertension and Other Illnesses", "title", "", "debunking"),
 ("\"Reclaim your wellness with our 100% Natural Herbal Remedy, designed to help you overcome: Stroke (Full or Partial), High Blood Pressure, High Cholesterol, Arthritis, Migraine and Hypertension,\" reads part of a post on Facebook.", "", "", "quoted ad under review"),
 ("However, a medical practitioner advises patients to use only trusted and tested drugs.", "", "", "reported advice"),
 ("But can this product be trusted?", "", "", "question"),
], g='N')
