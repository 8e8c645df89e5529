from lib import P
P("https://storiesofcreativeecology.wordpress.com/2011/01/10/how-to-have-an-amazingly-adventurous-life-health/", "personal blog: how to have an amazingly adventurous life (health)", [
 ("Healthcare doesn’t need to cost anything.", "", "", ""),
 ("A visit to hospital is more likely to cause illness than to cure it.", "", "D", "hard call: a claim, but it steers readers away from hospital care (the paragraph ends 'steer well away')"),
 ("Around 1 million Americans a year die of iatrogenic conditions, that is illnesses and injuries that are caused by medical treatment.", "", "S", ""),
 ("So if you are concerned about your health, steer well away from western medical practices.", "", "D", ""),
 ("Paying a doctor or drug company to take this responsibility on your behalf will never work.", "", "D", "hard call: tells readers care from a doctor cannot work"),
 ("Has anyone ever had a good time in a hospital or doctor’s surgery?", "", "", "rhetorical question"),
], g='B')
P("https://idealhealthsolutions.blogspot.com/2009/06", "personal/wellness blog: can the body heal itself", [
 ("Yes, the body can certainly heal itself if it's in a natural state or environment, but can it heal itself when it's in an unnatural state?", "", "", ""),
 ("For example: If drugs really cured us of our illnesses, where would be drug companies be besides out of business?", "", "", "rhetorical question"),
 ("Eat raw, fresh foods as much as possible.", "", "", ""),
], g='B')
P("https://www.deeph.io/how-to-heal-the-body/", "wellness company blog: how to heal the body", [
 ("Our bodies are designed in such a way that they seek healing, and every minute they work on self-healing; even without our intervention.", "", "", ""),
 ("Doctors are there to cut the symptoms of disease, reduce suffering, and prescribe drugs,  but doctors are not able to make you healthy and make you feel good.", "", "", "hard call: disparages doctors, no steer away from care"),
 ("Modern medicine can save your life from critical ailments, perform transplantations, successfully perform new types of surgery and make scientific breakthroughs.", "", "", ""),
], g='S')
P("http://bknychiro.com/healthcare.html", "chiropractor page: healthcare and self-healing", [
 ("Specifically, what most people think of as their problem, i.e. fever, congestion, coughing, is actually the body breaking up and eliminating waste.", "", "", ""),
 ("Healthcare should be about assisting the body to perform its normal functions.", "", "", ""),
 ("This creates chronic illness, as the body is constantly trying to cleanse, but never allowed to go through the whole process.", "", "", ""),
], g='A')
P("https://www.miraclesofhealth.com/additional-information-about-pura-site/", "supplement seller: parasite cleanse advice", [
 ("Sleep is highly beneficial to the elimination of parasites.", "", "", ""),
 ("Although there will be individual differences based on things like height and weight, as an average, aim to get 8-10 cups per day.", "heading: water", "", "fluid intake, not a dose"),
 ("Stick to eating meats, fish, nuts (except peanuts and pistachios), eggs, vegetables (green are the best) and limit the amount of sweet fruit (berries, green apples and citrus are the only sources recommended).", "", "", "diet"),
], g='S')
P("https://support.drtobias.com/support/solutions/articles/43000523470-colon-cleanse-instead-of-two-capsules-at-night-can-i-take-one-in-the-morning-and-one-at-bedtime-", "supplement brand support page: colon cleanse capsules timing", [
 ("We recommend taking 1 capsule at bedtime with a large glass of water.", "", "O", "seller's dose instruction, no caveat"),
 ("The reason is because your body goes into a natural state of restoration while you sleep.", "", "", ""),
 ("Be sure to drink 80-100oz of water daily for best results, and if after 3 nights you feel you need to up the cleanse effect, you can certainly go to 2 capsules at bedtime.,", "", "O", "self-adjusted capsule dose and timing"),
], g='S')
P("https://drclarkstore.com/pages/parasite-cleanse-instructions/", "supplement shop: Dr. Clark parasite cleanse instructions", [
 ("If you need help to clarify the cleanse directions, please give us a call, but please note that we cannot give medical advice of any sort.", "", "", "the shop, not a professional"),
 ("Dr. Clark designed the Parasite Cleanse for maximum effectiveness without compromising safety.", "", "C", "hard call: seller's unqualified safety claim"),
 ("To gain even more benefits from your cleanse, stay on the weekly Parasite Cleanse Maintenance Program for a minimum of 4 weeks to a year.", "", "", "hard call: duration without an amount"),
 ("Dr. Clark believed that in order to gain 100% of the benefits of the cleanse, it was best to stay on the Maintenance Program indefinitely.", "", "", "reported belief"),
], g='S')
P("https://www.leaf.tv/4443445/how-to-do-a-parasite-cleanse/", "lifestyle content site: how to do a parasite cleanse", [
 ("There are over-the-counter and prescription medications you can take to eliminate parasites.", "", "", ""),
 ("Take one 500 mg turmeric tablet once daily, and sprinkle turmeric to your food.", "", "O", ""),
 ("Take one 500 mg bearberry capsule once daily.", "", "O", ""),
 ("The recommended dosage for garlic in tablet form is one 500 mg once daily.", "", "O", ""),
], g='G')
P("https://eatsip365.com/non-surgical-treatment-for-a-gallstone", "food/wellness blog: non-surgical treatment for a gallstone", [
 ("Removing an organ just didn’t sit right with me.", "", "", "narrative"),
 ("This simple, preparatory step was the missing link, the key that turned a folk remedy into a reliable, repeatable process.", "", "C", "hard call: promises the gallstone flush works reliably"),
 ("It is essential to consult with a qualified healthcare professional before beginning any new health regimen, especially when dealing with a condition like gallstones.", "", "P", ""),
], g='B')
P("https://www.iwholehealth.com/gallstone-flush-does-it-work/", "doctor's clinic page: gallstone flush, does it work?", [
 ("The regimen usually consists of drinking apple juice during the day with no food and then in the evening consuming 600ml of olive oil and 300ml of lemon juice over several hours.", "", "", "describes the regimen, not an instruction"),
 ("Instead the stones were made up of 75% fatty acids.", "", "S", "analysis not cited"),
 ("However, the treatment may not be entirely worthless as there is one case report in which treatment with this regimen resulted in the passage of numerous gallstones, as demonstrated by ultrasound examination.", "", "S", "hard call: uncited case report"),
], g='H')
