from lib import P
P("https://puresmiletips.com/reverse-gum-disease-naturally-the-dentist-backed", "dental tips site: reverse gum disease naturally, 3-phase protocol", [
 ("“Consult your dentist before trying new home remedies.”", "", "P", ""),
 ("Here’s your direct answer: Yes, you can reverse early gum disease at home—without surgery or harsh chemicals—when you follow a targeted, biologically sound protocol.", "", "C", "hard call: promised reversal at home"),
 ("This is not merely dreaming of hope; it is a fact that has been supported by dental science and the principles of guided tissue healing.", "", "S", "hard call: 'supported by dental science', no source"),
], g='G')
P("https://oddmenot.com/6-natural-ways-to-stop-and-heal-receding-gums-before-its-too-late/", "viral content site: 6 natural ways to stop and heal receding gums", [
 ("More than 75% of adults in the USA have some type of gum disease, according to New York Times.", "", "", "'according to' a named outlet"),
 ("In case you want to do more for your teeth rather than just going to the dentist, these are natural remedies you can try to preserve the health of your teeth and gums.", "", "", "in addition to the dentist"),
 ("This miraculous plant can reduce the pain, swelling and bleeding of the gums and can also treat thrush which is a yeast infection.", "", "", "no cure wording"),
], g='G')
P("http://freebies.com/shareables/4-tricks-that-will-reverse-gum-recession.html", "freebies site shareable: 4 tricks that will reverse gum recession", [
 ("Regular brushing and flossing helps to keep teeth white and clean, and helps keeps you out of the dentist's chair.", "", "", "hard call: about prevention"),
 ("If caught early, there are several natural remedies to reverse receding gums.", "", "C", "hard call: reversal claim"),
 ("Green tea has been shown to help teeth and gums in numerous studies.", "", "S", ""),
 ("Introducing toothpaste, mouthwash, or even juice containing aloe vera has been shown to reduce periodontal disease and various other gum diseases.", "", "S", ""),
], g='G')
P("https://www.findhomeremedy.com/natural-cure-for-receding-gums/", "home remedy site: best 9 natural cures to receding gums", [
 ("Best 9 Natural Cures To Receding Gums", "title", "C", ""),
 ("It is considered to be a “miracle plant,” which has an incredible medicinal effect to cure receding gums.", "", "C", ""),
 ("Use of natural oils will not cause any side-effects and it is cost effective.", "", "C", "no-side-effects claim"),
 ("Hence, oil pulling can be a good natural cure for receding gums.", "", "C", ""),
 ("Regular use of propolis is a simple and excellent natural cure for receding gums.", "", "C", ""),
], g='G')
P("https://entarticles.com/tonsillitis/how-to-treat-tonsillitis-naturally-without-antibiotics.php", "ENT article site: how to treat tonsillitis naturally without antibiotics", [
 ("While antibiotics are a common treatment for bacterial tonsillitis, there are many natural remedies that can alleviate symptoms and aid recovery.", "", "", ""),
 ("Here are some effective ways to treat tonsillitis naturally without antibiotics.", "", "M", "hard call: natural alternative to antibiotics framing for bacterial tonsillitis"),
 ("Warm liquids can provide immediate relief by reducing inflammation and discomfort.", "", "", ""),
 ("Mix a tablespoon of honey with the juice of half a lemon in warm water and drink it several times a day.", "", "O", "hard call: remedy amount and frequency"),
], g='G')
P("https://theartisanbistro.com/treat-tonsillitis-without-antibiotics/", "food site: can you treat tonsillitis without antibiotics at home?", [
 ("While antibiotics are used to treat them in some intense cases, this condition usually subsides all on its own.", "", "", ""),
 ("However, you can employ the usage of some natural remedies that prevent you from resorting to antibiotics immediately.", "", "M", "hard call: steers away from antibiotics"),
 ("It is a sure-fire way to reduce the pain resulting from the swelling of your tonsils, and can also help in reducing the level of inflammation in them.", "", "C", "hard call: 'sure-fire'"),
], g='G')
P("http://www.washingtonmd.org/the-best-tonsillitis-treatment/", "health site: the best tonsillitis treatment", [
 ("If the main cause of your condition is streptococcus bacteria then your doctor might prescribe some antibiotics, but in most cases you don’t need any treatment as it goes away on its own.", "", "D", "hard call: tells readers with strep tonsillitis they need no treatment"),
 ("If your doctor prescribes you some antibiotics then make sure you complete your full dose as directed.", "", "", ""),
 ("But when various toxins have not been flushed out of your body by the skin, bowels and the kidney they can cause tonsillitis.", "", "", ""),
], g='G')
P("https://bottomlineinc.com/health/vitamins-minerals/the-awesome-healing-power-of-silver", "consumer health newsletter: the awesome healing power of silver", [
 ("Silver has antimicrobial and antibacterial properties, and it has been used throughout the ages to cure infections and help heal wounds.", "", "", "historical use"),
 ("Now interest in silver is growing in the medical community because new studies have found that it can kill a wide range of bacteria and viruses, including the very dangerous E. coli and Staphylococcus.", "", "S", "'new studies', none named here"),
 ("Holistic physicians, however, never stopped prescribing colloidal silver to prevent many types of viral, bacterial and fungal infections, with generally excellent results.", "", "", "reported practice"),
], g='N')
P("http://www.top1000naturalremedies.com/2013/02/colic/", "natural remedies site: colic", [
 ("The tea is given in very small amounts of ½ tsp. at a time.", "context: gripe-water tea for babies", "O", "hard call: infant amount, repeated doses"),
 ("A mild dill seed tea can help relieve colic in infants.", "", "", ""),
 ("So if you suspect colic (or gas), try dill seed tea or Gripe Water.", "", "", "no amount"),
], g='G')
P("https://healthnwell.com/gripe-water-ingredients", "health content site: gripe water ingredients", [
 ("However, there is a cure called gripe water.", "", "C", ""),
 ("This is an old herbal remedy used in Europe and gaining popularity in the United States.", "", "", ""),
 ("If you make gripe water, you can substitute dill for fennel.", "", "", ""),
], g='G')
P("http://ctytler.blogspot.com/2012/03/colic-how-to-use-gripe-water.html", "personal blog: colic, how to use gripe water", [
 ("An effective remedy for colic, called Gripe Water, was discovered by William Woodward in England in 1851.", "", "", ""),
 ("The recommended dosage is half a teaspoon for infants two weeks to one month, and one teaspoon for those aged one to six months.", "", "O", "infant doses, no caveat"),
 ("Gripe Water may be given up to six times in one day.", "", "", "upper limit"),
], g='B')
P("http://www.natural-homeremedies.com/blog/home-remedies-for-baby-colic/", "home remedies blog: home remedies for baby colic", [
 ("Baby colic can be present in babies who are healthy and physically fit and though this condition is distressing please remember that there is nothing to get worried about as this condition can be treated easily with a few simple home herbal based remedies.", "", "D", "hard call: tells parents there is nothing to worry about and to treat at home"),
 ("The recommended dosage would be about 2 ounces of the water mixed in the formula per feed.", "context: fennel-seed water for the baby's formula", "O", "infant dose per feed"),
 ("You can add a little sugar or sugar syrup to sweeten it however avoid using honey.", "", "", ""),
], g='B')
