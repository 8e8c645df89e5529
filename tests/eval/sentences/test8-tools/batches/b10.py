from lib import P
P("https://www.forumsportsbar.com/the-herpes-cure-options-in-2016/", "unrelated-business site article: the herpes cure options in 2016", [
 ("Herpes is a sexually transmitted disease which has no cure to date.", "", "", "negation"),
 ("One of the herpes cure 2016 is the Echinacea plants which boost the immune system of the body such that the body can fight against the different types of infections.", "", "C", "hard call: names a plant as a herpes cure, contradicting its own first sentence"),
 ("There has also been undocumented evidence that there are some ointments that have propolis also help in the cure of herpes.", "", "", "hedged, 'help in'"),
 ("It has no cure like the common cold; it is something that is dealt with over a lifetime.", "", "", "negation"),
], g='G')
P("https://reversekidneydiseasenaturally.com/can-dialysis-be-avoided-with-natural-remedies", "natural kidney site: can dialysis be avoided with natural remedies", [
 ("Natural remedies and lifestyle changes can slow kidney decline, but they cannot fully replace dialysis in advanced CKD.", "", "", ""),
 ("Drink 1.5-2 liters of water daily (unless on fluid restriction).", "", "", "fluid intake"),
 ("How to use: Take Punarnava tea or supplements under medical guidance.", "", "", "hard call: 'under medical guidance' is a caveat, not a prompt by itself"),
 ("How to use: Drink 1-2 cups of nettle tea daily.", "list item: Nettle Leaf Tea, 'Reduces creatinine and urea levels'", "O", "hard call: remedy amount and frequency for kidney disease, no caveat in this item"),
 ("How to use: Add ½ tsp turmeric to food or warm water daily.", "list item: Turmeric, 'May slow CKD progression'", "O", "hard call: remedy amount and frequency"),
], g='A')
P("https://kidneyfailuretreatment.in/how-to-stop-kidney-dialysis-naturally-karma-ayurveda/", "Ayurvedic kidney clinic: how to stop kidney dialysis naturally", [
 ("“How To Stop Kidney Dialysis Naturally”.", "repeated keyword phrase used as the page title", "D", "hard call: promises stopping dialysis"),
 ("Dialysis has been treating kidney patients since 1940.", "", "", ""),
 ("But everyone has to understand that dialysis is not the ultimate treatment for kidney disease.", "", "D", "hard call: steers dialysis patients toward the clinic's alternative"),
 ("Kidney disease or kidney failure can be treated naturally with the help of Ayurvedic treatment.", "", "", "hard call: treatment claim without cure wording"),
], g='H')
P("http://eathealthyplans.com/repair-kidneys-naturally-and-with-1-ingredient/", "content site: repair kidneys naturally with 1 ingredient", [
 ("Poor diet is therefore the main cause of kidney failure.", "", "", ""),
 ("The way to go about this is by taking your body weight and dividing it with a constant 20 and you will get the number of litres of water you ought to drink per day.", "", "", "fluid intake"),
 ("Treating the above mentioned disease will also reverse kidney failure.", "", "C", ""),
 ("There are natural products that will cure the lifestyle diseases above.", "", "C", ""),
], g='G')
P("https://www.advanceayurveda.in/what-is-dialysis/", "Ayurvedic clinic and kit seller: what is dialysis", [
 ("Allopathic Treatment starts with Dialysis and ends with Transplant.", "", "", ""),
 ("Dialysis is not the treatment.", "", "D", "hard call: tells dialysis patients dialysis is not treatment"),
 ("An alternative to dialysis is Ayurveda 24 renal care kit.", "", "D", "offers a kit as an alternative to dialysis"),
 ("With Ayurvedic Medicine, kidney damage can be either partly or fully reversed.", "", "C", "hard call: 'fully reversed' claim"),
], g='S')
P("http://www.healthadel.com/treatments-home-remedies-to-cure-hemorrhoids-without-a-surgery/", "health content site: home remedies to cure hemorrhoids without surgery", [
 ("Treatments & Home Remedies To Cure Hemorrhoids Without A Surgery", "page title", "C", "hard call: cure title"),
 ("In a recent survey, it was found that about a million people develop hemorrhoids, every year.", "", "S", ""),
 ("And the other shocking factor is that almost 75% of all people are very prone to develop this health issue, all over the world.", "", "S", ""),
], g='G')
P("https://www.njmmanews.com/natural-way-to-cure-piles-or-hemorrhoids-permanently/", "news-style site: natural way to cure piles permanently", [
 ("The steps below will help you naturally treat Hemorrhoids (piles); however, if you don’t experience relief from piles within four to seven days, you should consult your doctor.", "", "P", ""),
 ("You can find several non-surgical options to get rid of this ailment permanently.", "", "", "hard call: 'options', not a promise"),
 ("Make sure you repeat this practice too often, while try applying the witch hazel not less than 4-5 times a day.", "", "", "hard call: frequency without an amount"),
], g='N')
