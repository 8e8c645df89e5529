# sent34 batch 5 (queries 31-36: oregano oil dosage, colloidal silver dosage, natural alternatives to antibiotics,
# chaga tea dosage, moringa for blood pressure, black seed oil versus asthma medicines).
from lib import P

P("http://oreganooil.biz/forms-and-dosages-of-oregano-oil/", "oregano oil affiliate site: forms and dosages", [
 ("Because of its high concentration, essential oregano oil requires dilution in another carrier oil or liquid to make it safe, acceptable and suitable for use.", "", "", ""),
 ("There is also a capsulated form of oregano oil with a maximum dosage recommendation of 500 mg to 600 mg per day.", "", "", "upper limit, not an instruction"),
 ("While oil of oregano is easily available through drugstores, to ensure the proper treatment and correct dosage, consulting a physician about the purposes and applications of oregano oil, before beginning treatment, is advisable.", "", "P", "passive recommendation"),
], g='S')

P("http://oreganolreviews.com/oil-of-oregano-dosage/", "oregano oil review and affiliate site: dosage requirements", [
 ("In fact for children up to six years old you only need to use a single drop per day, which can be mixed with fluids such as milk or juice to dilute the strong taste and make it more palatable.", "", "O", "child dose per day, no caveat"),
 ("Children from six to ten years old can usually take two or three drops per day, and people older than ten can stick with about three drops per dose but increase the frequency to twice per day or sometimes three times per day for heavier adults.", "", "O", "dose table in prose"),
 ("There are reports from various forums online from people who have taken as much as six or seven drops per dose of the liquid form of oreganol mixed into a glass of water, but this seems to be a bit too much because these people often report having a burning sensation on their lips or mouth and sometimes feeling queasy, nauseous, or otherwise “off” after finishing their drink.", "", "", "reported"),
], g='S')

P("https://safebabyhealthychild.com/the-amazing-benefits-of-colloidal-silver/", "natural parenting site promoting a colloidal silver formula for children", [
 ("Colloidal silver is one of the primary ingredients in this unique formula praised by parents time and again for how effective it is at helping stave off and prevent colds and flus.", "", "", "prevention claim only"),
 ("Holistic pediatrician and Safe Baby Healthy Child Expert, Dr. Murray Clarke developed this formula so that parents could have their children benefit from colloidal silver’s incredible curative properties, safely.", "", "C", "'curative' and 'safely' asserted for children; hard call"),
 ("This classification prevents manufacturers of colloidal silver from making any health claims; they are only allowed to make a “structure/function” claim.", "", "", ""),
], g='B')

P("https://envynature.org/dont-play-with-antibiotics-try-these-natural-remedies-instead", "natural-living content site: natural remedies instead of antibiotics", [
 ("Don’t Play with Antibiotics: Try These Natural Remedies Instead", "page title", "M", "title telling readers to use remedies instead of antibiotics; hard call"),
 ("But here’s the thing: while antibiotics can be a lifesaver for bacterial infections, they’re not a cure-all.", "", "", ""),
 ("According to the World Health Organization (WHO), antibiotic resistance is one of the biggest threats to global health today.", "", "", "cited"),
], g='G')

P("https://familyherbalco.com/natural-antibiotics-support-healthy-immune-system/", "herbal shop blog: natural antibiotics", [
 ("There are so many fabulous natural antibiotic treatments and ways to treat infections, and so many reasons why we should defer to them as a first resort as opposed to popping a pharmaceutical pill.", "", "M", "tells readers to use herbal 'antibiotics' first instead of prescribed antibiotics; hard call"),
 ("Since their accidental discovery in 1928 by Alexander Fleming, antibiotics have undoubtedly saved countless lives…", "", "", ""),
 ("Pharmaceutical antibiotics are like a swat team…", "list item", "", ""),
], g='S')

P("https://www.katokamassagetherapy.com/post/natural-alternatives-antibiotics", "massage therapy practice blog: natural alternatives to antibiotics", [
 ("However, antibiotics are not always the answer.", "", "", ""),
 ("So before putting your body at risk by using antibiotics, why not try searching for natural alternatives to antibiotics first within the comfort of your home...", "", "MD", "steers readers to home alternatives before antibiotics and care; hard call"),
], g='A')

P("https://momentum-chiro.com/natures-first-aid-kit/", "chiropractic clinic blog: nature's first aid kit", [
 ("Antibiotics irritate the digestive system in about one out of 10 people.", "", "S", ""),
 ("Around one in 15 people are allergic to antibiotics.", "", "S", ""),
 ("The Centers for Disease Control and Prevention (CDC) says that one in three antibiotics prescriptions are not necessary.", "", "", "cited"),
], g='A')

P("https://bazaarbay.org/tag/bacterial-infection-alternatives", "content site tag page: bacterial infection alternatives", [
 ("A spoonful of raw honey on a sore throat can coat the area and pull out bacteria.", "", "", ""),
 ("Dilute a few drops in a carrier oil (like coconut oil) and dab it on the affected spot twice daily.", "subject: tea tree oil for skin infections", "O", "topical remedy amount and frequency; hard call"),
 ("Home tricks work for mild infections, but they’re not a replacement for a doctor when you have fever over 101°F, spreading redness, severe pain, or difficulty breathing.", "", "P", "safety-netting"),
], g='G')

P("https://family24rx.su/tag/antibiotic-alternatives", "online pharmacy tag page: antibiotic alternatives", [
 ("Many common infections—like most colds, many sore throats, and acute bronchitis—are viral, so antibiotics won’t help and can cause harm.", "", "", ""),
 ("But if you have high fever, severe pain, shortness of breath, rapid worsening, or risk factors like a weakened immune system, see a doctor—antibiotics may be needed.", "", "P", ""),
 ("They don’t replace antibiotics for serious bacterial infections like bacterial pneumonia, severe ear infections in infants, or certain skin infections.", "", "", ""),
], g='S')

P("https://sayanchaga.com/chaga-tea-how-much-should-you-drink/", "chaga seller: how much chaga tea to drink", [
 ("Our Recommendation: Begin by trying one cup of chaga tea as a morning beverage.", "same section: if you have medical conditions or take medications, consult your doctor", "", "amount with a doctor caveat in the section; hard call"),
 ("If you have pre-existing medical conditions or are taking any medications, please consult with your doctor before beginning a regular regime of chaga tea.", "", "P", ""),
 ("A recent study found that mice taking chaga in varying amounts over a 14-day period saw an improvement in their fatigue levels with no toxic effects.", "", "S", "study without citation"),
], g='S')

P("https://chaganatural.com/chaga-tea-dosage-and-recipe/", "chaga seller: tea dosage and recipe", [
 ("In general, for the most health benefits, at least 1 cup of tea should be drank daily.", "", "O", "amount per day for health benefits"),
 ("If side effects are experienced, tea drinking can be reduced or discontinued until the discomfort subsides.", "", "", ""),
 ("Traditional chaga tea is good for strengthening the immune system, promoting relaxation and more.*", "", "", ""),
], g='S')

P("http://www.alaska-chaga.com/chaga-tea/", "Alaska chaga seller: making chaga tea", [
 ("This makes enough tea for a few days, drinking 4-6 cups a day.", "", "O", "consumption amount per day after a recipe; hard call"),
 ("Mix Chaga tea half and half with beer or coffee for a refreshing drink!", "", "", "recipe"),
], g='S')

P("https://alaskachaga.com/blogs/news/how-much-chaga-tea-or-tincture-to-take-daily", "chaga seller's blog: how much tea or tincture daily", [
 ("Chaga has been shown to do everything from combating cancer to reducing aging through the elimination of free radicals to improving immune system health and more.", "", "S", "'has been shown' without source; hard call"),
 ("As a general rule, consuming too much chaga will not harm you in a significant way, at least not in the short term.", "", "", "qualified safety claim; hard call"),
 ("The recommended initial daily dose of chaga tea is two six-ounce cups.", "", "O", ""),
 ("For chaga tinctures, since they are super-concentrated, you need a much smaller amount: two to three milliliters administered three to five times a day.", "", "O", ""),
], g='S')

P("https://www.annandachaga.com/blogs/news/chaga-wisdom", "chaga seller's blog: usage and dosage", [
 ("Chaga should be taken every day, indefinitely, to help keep the immune system strong and the body in balance.", "", "", "frequency without an amount"),
 ("One to two cups of well extracted Chaga Tea for general health and maintenance is the recommended daily intake.", "", "O", ""),
 ("For a more therapeutic dosage, three to five cups of extracted Chaga Tea can be consumed as a protocol to help speed healing and assist with more serious health conditions.", "", "O", "therapeutic amount for serious conditions"),
 ("Chaga is a very powerful detoxifier, free radical scavenger and a diuretic.", "", "", ""),
], g='S')

P("https://www.moringaharvest.co.uk/pages/high-blood-pressure", "moringa seller: moringa and high blood pressure", [
 ("Moringa leaf powder has high concentrations of Calcium, Potassium, Zinc, and Vitamin E which will lower your blood pressure!", "", "C", "guarantee of a result; hard call"),
 ("It is a known fact that as we age our blood pressure tends to rise and leading a healthy lifestyle can delay or prevent this rise in blood pressure.", "", "", ""),
 ("Studies have found that compared with artificial supplements, dietary calcium has twice the benefits for keeping blood pressure low and thus using Moringa leaf powder as one of your daily sources of calcium can be very beneficial for your body.", "", "S", ""),
], g='S')

P("http://healthjourno.com/2016/07/15/can-fresh-moringa-leaves-help-to-lower/", "health journalist's blog: moringa leaves for blood pressure", [
 ("According to him, you puck a bunch of leaves (only), wash and boil and then sip 2 teaspoons of  the concentrated juice, twice daily.", "", "", "reported remedy of a police officer; hard call"),
 ("I have also tried Moringa powder but the officers said that the fresh one is very good for blood pressure, even though Moringa is said to be able to cure so many diseases.", "", "", "reported"),
 ("Recent scientific studies have provided solid evidence that Moringa supplements can indeed reduce high blood pressure in patients and provide benefits to overall cardiovascular health as well.", "", "S", ""),
], g='B')

P("https://www.nutrileafnaturals.com/moringa/for-blood-pressure", "moringa seller: moringa for blood pressure", [
 ("Begin with ½ tsp (2.5g) daily for 1-2 weeks before increasing to 1-2 tsp", "same section: inform your doctor; do not replace medications without doctor approval", "", "dose with doctor caveats in the same section"),
 ("Moringa supports BP management but should not replace prescribed medications without doctor approval", "", "P", "double negation"),
 ("Do not stop BP medications without doctor approval", "list item under: Important Warnings", "P", "double negation"),
], g='S')

P("https://agric4profits.com/question/can-moringa-cure-high-blood-pressure/", "agriculture Q&A site: can moringa cure high blood pressure?", [
 ("Can Moringa Cure High Blood Pressure?", "question title", "", "question"),
 ("Lifestyle changes such as diet, exercise, and medications are typically used to manage high blood pressure.", "", "", ""),
 ("One study published in the International Journal of Food Science and Nutrition showed that consuming moringa leaves for 12 weeks significantly lowered systolic and diastolic blood pressure in hypertensive patients.", "", "S", "journal named but no date or author; hard call"),
], g='G')

P("https://remedies.news/2019-03-17-will-black-seed-oil-make-asthma-medication-obsolete.html", "natural-remedy news site: black seed oil and asthma medication", [
 ("Time and again, natural remedies outperform dangerous pharmaceutical drugs from many angles, including effectiveness, safety and cost.", "", "", "distrust of drugs without an instruction; hard call"),
 ("Many patients use medications such as inhalers and pills, but those treatments are more expensive than natural remedies, and are often not nearly as safe.", "", "", "hard call"),
 ("These results are consistent with the long standing belief that black seed oil is considered a remedy that seems to cure just about everything, dating back as far as ancient Egypt.", "", "", "hedged"),
], g='N')

P("https://wakeup-world.com/2017/02/02/black-seed-oil-puts-deadly-asthma-medications-to-shame/", "alternative news site: black seed oil versus asthma medications", [
 ("Black Seed Oil Puts Deadly Asthma Medications to Shame", "page title", "M", "swap framing against prescribed asthma medicines; hard call"),
 ("According to latest research, the black cumin seed, nigella sativa (known simply as ‘black seed’) is a powerful alternative to dangerous pharmaceutical asthma medications.", "", "M", "offers black seed as the alternative to prescribed asthma medicines; hard call"),
], g='N')

P("http://www.recognizing-allergies.com/black-seed-oil-for-asthma.html", "allergy information site: black seed oil for asthma", [
 ("But asthma is neither curative nor does it have a preventive treatment.", "", "", ""),
 ("It was rediscovered by a German doctor in 1995, when his horse, suffering from acute asthma , was cured by black seed oil.", "", "", "anecdote"),
 ("Inspired, the doctor administered the oil to one of his patients who was also cured.", "", "C", "cure of asthma asserted as fact by the page; hard call"),
 ("Black seed is now found in every pharmacy in Germany and Austria, and is often prescribed for asthma.", "", "", ""),
], g='G')
