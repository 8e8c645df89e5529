# sent34 batch 6 (queries 37-42: colon cleanse claims, homeopathy safety claims, frankincense and cancer,
# magnet therapy, 'natural cure' cancer blogs, hydrogen peroxide therapy).
from lib import P

P("https://www.ameriden.com/cleansers/", "supplement shop: cleansers", [
 ("For those who have these types of problems, they suffer greatly and the issues do not go away on their own.", "", "", ""),
 ("This has lead to many people ending up in the hospital waiting rooms usually to finding relief by a colonic procedure.", "", "", ""),
 ("Conversely those who take a good quality natural cleanser can be relieved within hours, feel invigorated and more productive on a daily basis.", "previous sentence: many people end up in hospital waiting rooms", "D", "sets the seller's cleanser against going to hospital; hard call"),
], g='S')

P("https://drlodi.com/colon-cleanse-treatment/", "naturopathic practitioner's page: colon cleanse treatment", [
 ("If restoring health is the goal, then you must do a colon cleanse treatment on a regular basis!", "", "", ""),
 ("The body is able to regenerate a brand-new liver every six months.", "", "S", "unsupported physiological figure; hard call"),
 ("There is nothing more important than getting a colon cleanse treatment on a regular basis.", "", "", ""),
], g='A')

P("https://easyweightloss.guide/health-clinic/gentle-colon-cleansing-is-it-possible", "weight-loss content site: gentle colon cleansing", [
 ("Animals do not die from colon cancer.", "", "", "false claim, but not a figure or study claim"),
 ("This year, 50,000 men and women in the United States will die from colon cancer.", "", "S", ""),
 ("Using an all natural colon cleansing system will detoxify, remove parasites, prevent toxicity, aid in weight loss, prevent illness and diseases, and prevent colon cancer.", "", "C", "guaranteed removal of parasites (the prevention parts alone would not count); hard call"),
], g='G')

P("http://www.leapowell.com/homeopathy_how.html", "homeopath's practice site: how homeopathy works", [
 ("This dilution is often in the millionths of a fraction, so there are no potential ill-effects.", "", "C", "unqualified no-harm claim"),
 ("It works by gently boosting the natural energy of the body, and is completely safe, even for children, pregnant women and sensitive patients.", "", "C", ""),
 ("Homeopathy is extremely effective: when taking the correct remedy, the results can be rapid and permanent.", "", "C", "permanent results claimed; hard call"),
 ("Homeopathy is completely safe: remedies can be taken alongside other medications without producing side effects.", "", "C", ""),
], g='A')

P("https://www.ayurfacts.com/homeopathy-side-effects/", "Ayurveda and homeopathy content site: homeopathy side effects", [
 ("Currently, this mode of therapeutics is the most desired mode of treatment because of its distinctive features such as permanent cure, sweet medicines, risk-free and gentle treatment, absence of side effects, etc.", "", "C", ""),
 ("Yes, it is an accepted and proved fact that Homoeopathy fails to produce any side effects.", "", "C", ""),
 ("Homoeopathy is a harmless and a well-tolerated mode of treatment useful in people of all age groups.", "", "C", ""),
], g='G')

P("https://dranoopsingla.com/Side-Effects-of-Homeopathy.aspx", "homeopathy clinic page: side effects of homeopathy", [
 ("Due to the very nature of preparation of Homeopathic medicines i.e Potentization as explained below, these medicines do not cause any adverse effects.", "", "C", ""),
 ("The more dilute the remedy, the stronger it will become as per 'Law of Infinitesimals'.", "", "", ""),
], g='A')

P("https://delphishomeopathy.com/medicines/", "homeopathy clinic page: medicines", [
 ("Since the medicine contains a minuscule amount of the original substance because of the repetitive dilution in the process of potentiating; homeopathy medicines are safe without any side effects.", "", "C", ""),
 ("Although homeopathic medicines do not have an expiry date, they tend to lose their efficacy when touched or exposed to direct sunlight, strong odours, and extreme temperatures.", "", "", ""),
 ("Hence, there will be no side effects of using these medicines even for the long term.", "", "C", ""),
], g='A')

P("http://catherineayensu-cbt.co.uk/homeopathy-treatment-questions/16-how-does-homeopathy-work", "therapist's practice site: how does homeopathy work?", [
 ("Homeopathy works by stimulating the body's own healing power.", "", "", ""),
 ("All homeopathic remedies are completely safe by virtue of a step-by-step dilution process called potentisation, which takes away the toxicity but dramatically increases the healing power of the original substance.", "", "C", ""),
], g='A')

P("http://kakagiannis-pharmacy.gr/eng/category1/article28", "Greek pharmacy page on homeopathy", [
 ("Rarely, after taking an homeopathic medicine, your symptoms may worsen slightly.", "", "", ""),
 ("This situation will be short-termed and it is a good sign that the natural healing capabilities of the body have begun to treat the disease.", "", "", "reassurance about an aggravation, not a cure or safety absolute; hard call"),
 ("If symptoms do not subside, consult your pharmacist, doctor or qualified homeopathic therapist.", "", "P", ""),
], g='H')

P("https://ahmedhomoeoclinic.com.pk/2021/09/", "homoeopathy clinic blog archive", [
 ("Homoeopathy is a branch of Alternate Medicine which helps in curing both acute and chronic diseases without any side effect of medicine used in potentized form.", "", "C", "no-side-effect claim plus curing chronic disease"),
], g='A')

P("http://younglivinglife.wordpress.com/2010/12/04/the-awesome-power-of-frankincense-oil/", "essential-oil distributor's blog: the power of frankincense", [
 ("Just imagine if cancer could be treated with an essential oil instead of chemo?", "", "", "question"),
 ("The studies show that frankincense basically shuts down cancer cells without doing any harm to healthy cells!", "", "S", "study claim without citation"),
 ("He believes that using frankincense has contributed to the low cancer rate in Oman.", "", "", "reported belief"),
], g='B')

P("https://eorthopod.com/faq/ive-seen-several-people-using-magnets-for-their-back-pain-is-there-anything-to-this-i-would-sure-try-it-if-i-thought-it-would-help", "orthopaedic patient-education FAQ: magnets for back pain", [
 ("Although there is no proof that the magnets work, there is also no evidence that they don’t work.", "", "", ""),
 ("There is no apparent downside to wearing them all the time.", "", "", "hedged ('apparent'); hard call"),
 ("For many patients, magnets offer a simple solution to using narcotics and other addictive drugs.", "", "M", "magnets offered as the alternative to prescribed painkillers; hard call"),
 ("Magnets should not be used by anyone with a pacemaker, metal implants, or drug infusion pump without a physician’s approval first.", "", "P", "double negation"),
], g='H')

P("http://naturehealthcarecenter.com/magnet-therapy/", "natural health care centre: magnet therapy", [
 ("Magnet therapy is a form of alternative medical treatment in which magnets are used on body to cure health problems.", "", "", "definition of the practice; hard call"),
 ("The cure to such conditions is to place a magnetic field on some special points on the body and things will be alright.", "", "C", "nominal cure and guaranteed result"),
 ("It is mostly safe to use for everyone but those who use a pacemaker or have an insulin pump as well as pregnant women should not undergo this therapy.", "", "", "qualified safety"),
], g='A')

P("http://www.alternativehealthnews.co.uk/what-is-magnetic-therapy-336.html", "alternative health news site: what is magnetic therapy?", [
 ("It is apparently safe, as it only involves the application of specialist magnets to various parts of the body.", "", "", "hedged ('apparently')"),
 ("How effective this treatment is varies from patient to patient, and you should never use it in the place of approved medical practice, if you have a pacemaker or other device, or if you are pregnant.", "", "", "warning against substitution"),
], g='N')

P("http://americanfreethinkers.weebly.com/blog/the-great-cancer-hoax-by-dr-mercola", "personal blog relaying a 'great cancer hoax' article", [
 ("There is no money to be made by the cancer industry for solutions that they can't patent, so they ignore these with the help of our FDA.", "", "", "distrust without steering"),
 ("Over and over I have seen how natural treatments (many different kinds) have worked for different people to rid there bodies of cancer.", "", "C", "endorsed claim that natural treatments rid bodies of cancer; hard call"),
 ("Sharing this sort of information is just one of those steps in the right direction so that at least people can be aware that there are other treatments to try besides chemo, drugs, and radiation.", "", "D", "steers cancer patients toward alternatives to chemotherapy and radiation; hard call"),
], g='B')

P("https://alternativemedicinemiami.com/hydrogen-peroxide/need-to-know-hydrogen-peroxide/", "alternative medicine clinic page on hydrogen peroxide therapy", [
 ("Being comprised of only two natural elements, hydrogen peroxide easily, safely and effectively addresses health issues.", "", "C", "unqualified 'safely'"),
 ("Appropriate dosages of up to 4 drops per 8-ounce glass of distilled water have been recommended by advocates of hydrogen peroxide therapy.", "", "", "reported dose"),
 ("Extreme care must be taken when using hydrogen peroxide as a therapy.", "", "", ""),
], g='A')
