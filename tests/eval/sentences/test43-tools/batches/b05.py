# sent43 batch 5: SAAOL and 'no bypass' heart pages, hepatitis B research, TB herbal pages, allergy homeopathy, dental implants, LASIK guarantees, glucose smartwatches, full-body MRI
from lib import P
P("https://nhrc.gov.np/projects/evaluation-of-ayurvedic-treatment-on-hepatitis-b/", "national health research council project page", [
 ("Use of herbs for the treatment of Hepatitis B could be less expensive with minimal side effect and may be useful to cure the disease.", "", "", "hedged"),
 ("Further, Ayurvedic is known to work to the immunological level and has proven its efficacy in the treatment of a wide range of viral infection in other countries such as China and India.", "", "S", "hard call: uncited claim of proven efficacy"),
], g="H")
P("https://astroayurved.com/angiography-and-angioplasty/", "Ayurveda doctor's page: angiography and angioplasty", [
 ("Therefore the strategy to get rid of heart disease PERMANENTLY is by reducing the supply of blood thickening factors from the food, and digesting the thickening factors from the blood stream so that the plaque is eliminated and tendency to plaque formation is reversed.", "", "C", "permanent riddance of heart disease, plaque eliminated"),
 ("Plaque is a precipitation of doshas in the bloodstream.", "", "", ""),
 ("No single food item can be branded as a cause.", "", "", ""),
], g="A")
P("https://pulsexpertech.com/health/heart-treatment-alternative-to-stents/", "health news site: SAAOL column on alternatives to stents", [
 ("More than 6 lacs stents have been implanted in the year 2021 netting a Rs. 6000 crore extra/ill gotten money to the cardiologists and heart Hospitals.", "", "S", ""),
 ("Then only the heart patients reach the hospitals and cardiologists make the kill and put expensive stents.", "", "", "hostile to cardiologists, no instruction"),
 ("If they are in advanced stage they need optimum medical management also.", "", "", ""),
], g="N")
P("https://saaol.com/2020/07/23/why-say-no-to-bypass-surgery/?utm_source=rss&utm_medium=rss&utm_campaign=why-say-no-to-bypass-surgery", "heart lifestyle clinic chain blog: why say no to bypass surgery", [
 ("Heart disease or Scientifically Coronary Heart Disease (CHD) is the cause of maximum deaths in India – about 30% of deaths on a daily basis are due to CHD.", "", "S", ""),
 ("But the second method of treatment, namely the Bypass Surgery and Angioplasties, which were developed during these decades, were found to lack reasoning, proved to be failing and counterproductive.", "page title: 'Why say no to bypass surgery'", "D", "hard call: a clinic steering readers away from bypass and angioplasty"),
 ("The medicines could reduce the blood level of fats, control Blood Pressure and blood sugar, reduce the symptoms of angina (the main symptom of heart disease) and thin the blood.", "", "", ""),
], g="S")
P("https://kashmirreader.com/2020/06/10/avoid-bypass-and-angioplasty-for-heart-disease-with-saaol/", "newspaper: column by a heart clinic founder", [
 ("Avoid Bypass and Angioplasty for Heart Disease with SAAOL", "headline", "D", "steers readers away from procedures toward the writer's clinic"),
 ("Hospitals in India perform more than 2 lakh open heart surgeries annually and this rate is increasing annually by 25%.", "", "S", ""),
 ("The surgeries done are only palliative.", "", "", ""),
], g="N")
P("https://healthcare.siliconindia.com/viewpoint/cxoinsights/yoga-diet-based-lifestyle-management-with-medical-therapy-is-the-best-treatment-for-heart-disease-nwid-22245.html", "business magazine viewpoint: lifestyle management for heart disease", [
 ("A recent US study, claims that in over 85 percent of stable cases of heart ailments, medical intervention like angioplasty or bypass surgeries can be avoided and medical therapy along with lifestyle changes works better.", "the next sentence names the ISCHEMIA trial and its presentation at the AHA meeting", "", "reported, named trial"),
 ("The results showed that Bypass surgeries can be avoided through medical therapies and lifestyle modifications in mild to severe heart ailments(Except emergency).", "", "", "reported trial result"),
], g="N")
P("https://naturalcures.com/tuberculosis/", "natural cures site: tuberculosis", [
 ("The very first thing you must do is see a licensed health professional.", "", "P", ""),
 ("TB causes 1,800 deaths per year and 20,000 new cases are reported annually.", "", "S", ""),
 ("Caution: Drugs that act as immune suppressants, such as corticosteroids, can retrigger tuberculosis.", "", "", ""),
], g="A")
P("http://herballegacy.com/Tuberculosis.html", "herbal reference site: tuberculosis", [
 ("Echinacea: Fine results have been obtained by using echinacea alone or in combination with elecampane root.", "", "", ""),
 ("Garlic Syrup; Give 2 teaspoons to 1 tablespoonful of the syrup 3-4 times daily between meals.", "cites a herbal book page", "O", "remedy dose for TB; a book reference is not a pharmacist or doctor caveat"),
 ("This is the best remedy ever discovered for this problem, according to Dr. Shook.", "comfrey with garlic for tuberculosis", "", "hard call: attributed superlative, no cure wording"),
 ("1 wine glassful - 1 teacupful, every 4 hours.", "dose of the comfrey-garlic remedy for tuberculosis", "O", ""),
], g="A")
P("http://expoviva.es/home-remedies-for-tuberculosis--id-18503/", "home-remedy site: tuberculosis", [
 ("The chief therapeutic agent needed for the treatment of tuberculosis is calcium.", "", "", ""),
 ("Nearly eight to six weeks of a full milk diet is necessary for the success of the treatment.", "", "", "diet"),
 ("Custard apple is regarded as one of the most valuable remedies for tuberculosis.", "", "", ""),
], g="G")
P("https://www.drbatras.ae/articles/overcome-allergies-with-homeopathy", "homeopathy clinic chain article: allergies", [
 ("Put simply, it treats not just the symptoms on the surface, but the entire person at three levels skin, respiratory and gastro-intestinal effectively and without side effects.", "", "C", "'without side effects'"),
 ("Nearly 30% test positive for one or more allergens, or allergy-causing substances.", "", "S", ""),
 ("Nasal allergy, for example, among all age groups, is reported by 45-50 people for every 1,000.", "", "S", ""),
], g="A")
P("http://www.drupadhyayashomoeopathy.com/blog/homoeopathy-and-allergy.html", "homeopath's blog: allergy", [
 ("Allergies are very common, affecting around one in three people at some time in their lives.", "", "S", ""),
 ("This is the only way through which a state of complete health can be regained by removing all the sign and symptoms from which the patient is suffering.", "about homeopathy", "C", "complete health, all symptoms removed"),
 ("These miniscule doses serve somewhat like a vaccination, stimulating your immune system to an effective rather than extreme response.", "", "", ""),
], g="A")
P("https://drkavitachandak.com/2020/04/06/what-is-allergy/", "homeopath's blog: what is allergy", [
 ("ALL chronic disease in the world is originated from allergy.", "", "", ""),
 ("Homoeopathy has a lot of contribution in controlling allergy.", "", "", ""),
 ("“I had great results of recovery, when all other pathies failed Homeopathy was a knight in shinning armour”", "patient testimonial", "", "testimonial without cure wording"),
], g="A")
P("https://dentalux.hu/what-are-implants", "dental clinic page: what are implants", [
 ("The surgical procedure involved presents no more strain and comes with no more post-surgery pain than the extraction of teeth.", "", "", "comparative"),
 ("Nothing could illustrate this better than the 99% success rate* of the implants we use as reported in surveys covering more than a decade of relevant treatment!", "footnote cites a journal article (Knöfler et al.)", "", "footnoted"),
], g="H")
P("https://towngatedentall.ca/dr-ds-blog-dental-implants/", "dental practice blog: dental implants", [
 ("With proper care they will last you a lifetime, they are biocompatible and durable; they are the next best thing to a natural tooth.", "", "", "conditional"),
 ("Various studies show that dental implants have a 95% or higher success rate.", "", "S", ""),
 ("Because smoking has been linked to an increased risk of surgical complications and implant failure, we recommend that you quit smoking if you are considering dental implants.", "", "", ""),
], g="H")
P("https://www.nelsonavedental.com/single-post/2015/11/09/are-dental-implants-permanent-and-painless", "dentist's blog: are implants permanent and painless", [
 ("\"We specialize in making dental implants a painless & stress-free experience.....\"", "quoted from local dental advertisements the writer criticises", "", "quoted to criticise"),
 ("Or asking if I can guarantee that their dental implant will be permanent and painless.", "", "", "reported question"),
], g="B")
P("https://saddlebackeye.com/truth-behind-lasik-lifetime-guarantee-2/", "eye practice blog: the truth behind LASIK lifetime guarantees", [
 ("While a “lifetime guarantee” for LASIK certainly sounds attractive, the truth behind LASIK is LASIK is a surgical procedure and NO surgical procedure can be guaranteed.", "", "", "debunking"),
 ("It should be a RED FLAG for any doctor offering a “lifetime guarantee”.", "", "", ""),
], g="H")
P("http://usaeyes.org/lasik/lasik-guarantee.htm", "refractive surgery patient advocacy site: LASIK guarantees", [
 ("All Lasik warranty plans offer a financial response or additional care if certain goals and needs are not met, but Lasik is surgery and no surgery has a guaranteed outcome.", "", "", ""),
 ("A financial commitment from a doctor is not a promise of a perfect outcome.", "", "", ""),
], g="H")
P("https://journals.uvic.ca/index.php/peninsula/user/viewPublicProfile/15267", "spam user profile on a journal site: LASIK text", [
 ("Many Lasik treatments go very efficiently, and more than 90% of the patients are happy with their improved vision and have no irreversible side effects.", "", "S", "hard call: 'no irreversible side effects' is qualified by the figure"),
], g="G")
P("https://scienceinsights.org/are-glucose-monitoring-watches-accurate", "science explainer site: glucose watches", [
 ("The technology to measure blood sugar through the skin using light or radio waves remains an aspiration rather than a proven reality in the mass market.", "", "", ""),
 ("Relying on inaccurate readings from these unproven devices can lead to serious errors in diabetes management, such as incorrect insulin dosing, resulting in severe health complications.", "", "", ""),
], g="G")
P("https://777ccc.com/summary/noninvasive-smartwatches-are-they-accurate-for-blood-sugar-measurement", "video summary site: non-invasive smartwatches", [
 ("No, non-invasive smartwatches are not a legitimate replacement for traditional methods such as finger pricks or FDA-approved continuous glucose monitors (CGMs).", "", "", ""),
 ("During steady blood sugar levels, the accuracy of the non-invasive watches was comparable to a glucometer.", "", "", "first-party test"),
], g="G")
P("https://www.wenxuecity.com/blog/202506/62933/15872.html", "personal blog: is whole-body MRI harmful", [
 ("Whole-body MRI for cancer screening is generally not harmful to humans in a physical sense — it’s considered safe and non-invasive.", "", "", "qualified; the post then lists risks"),
 ("MRIs can miss small or early-stage cancers, especially in the lungs, colon, or pancreas — leading to a false sense of reassurance.", "", "", ""),
], g="B")
