# sent43 batch 6: NAET allergy elimination, diabetes 'reversal' pages, arjuna decoction, sleep supplement dose table
from lib import P
P("http://allergieslist.com/natural-elimination-allergy-therapy/", "allergy site: practitioner's 'NEAT' allergy elimination therapy", [
 ("Allergy reversal can be achieved by changing the energy dynamics of the nervous system using acupuncture, detoxification, and nutrient support.", "", "C", "unqualified reversal claim"),
 ("Eighty-seven percent of my allergy patients get good to excellent results in an average of ten NEAT sessions.", "", "", "first-party figure"),
 ("Once your body recognizes a food, chemical, or plant pollen as dangerous, it stages an inflammatory response as an immune system defense.", "", "", ""),
], g="A")
P("http://naetcarolinas.com/NAET-natural-allergist-north-carolina", "NAET practitioner page: why does it work", [
 ("The main cause of allergies is a software error in ones' brain-computer or let's say one's brain-computer software has a 'virus'.", "", "", ""),
 ("Hence, diseases can be prevented and cured by maintaining homeostasis.", "about NAET acupressure", "C", ""),
 ("According to Oriental medical principles, \"when the body is in perfect balances, no disease is possible\".", "", "", ""),
], g="A")
P("https://draungst.com/allergy-relief--elimination", "chiropractor's page: allergy relief and elimination", [
 ("Over-The-Counter Remedies – these can provide temporary relief of symptoms for mild conditions.", "list of options", "", ""),
 ("Prescription Medications – these may include weekly shots at the doctor’s office along with daily self-administered shots.", "list of options", "", ""),
 ("Elimination – this gets rid of the reaction so you are done with it.", "list of options; the page sells NAET", "C", "promise to end the allergy for good"),
], g="A")
P("https://www.biolighttechnologies.com/nambudripads-allergy-elimination-techniques-naet/", "wellness device and therapy seller: NAET", [
 ("NAET is drug free and non invasive technique designed specifically to eliminate allergies of all types and intensities as well as allergy related disorders.", "", "C", "eliminates all allergies"),
 ("This technique was discovered in 1983 by Dr. Devi Nambudripad.", "", "", ""),
], g="S")
P("http://allergychiropractor.com/how-does-naet-work", "chiropractor's page: how NAET works", [
 ("This treatment method desensitizes our bodies to the allergen, so that we may come into contact with them in the future without an allergic reaction.", "", "C", "hard call: unqualified promise of no further reactions"),
 ("Testing can be done on most everyone including the babies, children, pregnant woman, the elderly, or debilitated.", "", "", ""),
], g="A")
P("https://www.darcynat.com/naet-and-net/", "naturopath's page describing NAET", [
 ("Conventional, effective treatments for allergies include pharmacotherapy and immunotherapy, or alternatively the patient can attempt to avoid the allergen.", "", "", ""),
 ("In stark contrast to the conventional understanding of allergies, Nambudripad characterizes an allergy as a condition caused by these “repulsive electromagnetic fields between an individual and the object (allergen)”.", "", "", "reported"),
], g="A")
P("https://nuvisionexcel.com/how-to-reverse-diabetes-naturally/", "chiropractic and wellness clinic blog: reverse diabetes naturally", [
 ("I’ve helped many people reverse diabetes naturally, and in this article, I will share with you how you too can reverse diabetes naturally and the science behind this process.", "", "C", ""),
 ("In America it is estimated that 23.6 million Americans suffer from diabetes every day.", "", "S", ""),
 ("These equates to 1 out of every 4 people over the age of 60.", "", "S", ""),
 ("There is a way to reversing diabetes without medication, but before we get to that, let’s learn about diabetes.", "", "C", ""),
], g="A")
P("https://diabetessupplement.us/how-to-cure-diabetes/", "supplement seller article: how to cure diabetes", [
 ("While there is no permanent cure yet, many people have successfully managed, reversed, or even eliminated symptoms through natural methods, medical interventions, and lifestyle changes.", "", "", "negated, then reported"),
 ("Early diagnosis and management are crucial to preventing complications.", "", "", ""),
], g="S")
P("http://myhealthguide.website/sarah-hallberg-on-diabetes-describing-how-to-cure-diabetes/", "content site: how to cure diabetes", [
 ("The best and permanent cure for diabetes is a good prevention; also certain measures can definitely help in reversing the disease once it has occurred.", "", "C", "hard call: 'definitely' reversing"),
 ("Supplements are the best options to help your body in healing from diabetes much quicker.", "", "", ""),
 ("You should keep an eye on your blood sugar level and consult the doctor/physician at regular intervals.", "", "P", ""),
], g="G")
P("http://ayurvedanextdoor.com/arjuna-milk-decoction-heart-tonic/", "Ayurveda blog: arjuna milk decoction", [
 ("Today, various research has proven that Arjuna bark is one of the most effective remedies for all kinds of heart disease including myocardial infarction, muscular weakness or ventricular dysfunction.", "", "S", "uncited 'research has proven'"),
 ("Researchers have claimed that Arjuna has capabilities to even reverse heart failure conditions.", "", "", "reported claim"),
 ("He has suggested the milk decoction of Arjuna for all kinds of heart diseases.", "about a 7th-century Ayurveda author", "", ""),
], g="A")
P("http://deliciousliving.com/conditions/sleep-well?page=4", "natural-living magazine: sleep supplements table", [
 ("300-400 mg of extract or capsules, one hour before bedtime.", "valerian row of a supplement table whose section ends 'Consult your health care practitioner for advice before taking any sleep supplement.'", "", "hard call: dose row under a consult caveat in the same section"),
 ("Consult your health care practitioner for advice before taking any sleep supplement.", "", "P", ""),
 ("Note: Prolonged use may interfere with natural melatonin production.", "", "", ""),
], g="N")
