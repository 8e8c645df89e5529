from lib import P
P("http://all-oil-of-oregano.blogspot.com/2012/02/", "affiliate blog: most effective oil of oregano dosage", [
 ("* Suggested frequency is 3 - 6 time per day, depending on the severity of the infection.", "previous item: Recommended Adult Oil of Oregano Dosage by Mouth: * 4 - 6 drops", "O", "hard call: the amount is in the preceding list item of the same dosage section"),
 ("I've taken it up to 10 times a day to help fight off a nasty case of bronchitis.", "", "", "narrative"),
 ("* For preventative use, some suggest taking 1 - 4 drops per day, held under the tongue for a few minutes, followed by a glass of water.", "", "O", "hard call: attributed to 'some', but given as the page's dosing item"),
 ("Potentially serious viral illnesses like H1N1 should be treated by a medical doctor.", "", "P", ""),
], g='S')
P("https://www.sehat.com/hydrogen-peroxide-therapy", "health portal: hydrogen peroxide therapy protocol", [
 ("This extra atom of oxygen has no effects on the body, therefore, cannot interfere with other medication or any supplement an individual could be taking.", "", "C", "unqualified safety claim (no effects, no interactions)"),
 ("It’s mostly believed that hydrogen peroxide can cure cancer at some point.", "", "", "reported belief"),
 ("In the beginning, one takes three drops of hydrogen peroxide every three times a day.", "", "O", ""),
 ("The second-day one takes four drops of hydrogen peroxide three times per day.", "", "O", ""),
 ("After the sixteen days, one is supposed to take 25 drops of hydrogen peroxide in one week.", "", "O", ""),
], g='H')
P("https://www.leaf.tv/articles/uses-for-hydrogen-peroxide-35/", "lifestyle content site: uses for 35% hydrogen peroxide", [
 ("Mix food grade hydrogen peroxide with water and take it on an empty stomach to fight off bacterial infections as well as cold and flu viruses.", "", "", "no amount in the sentence"),
 ("Standard daily treatment is 3 drops of H2O2 in an 8 oz. glass of distilled water.", "next sentence: ... always consult with a health care professional to assure you are getting the proper dosage.", "", "hard call: dose with a consult caveat in the next sentence of the section"),
 ("Be aware that too much H2O2 can cause gastronomical and neurological problems, so always consult with a health care professional to assure you are getting the proper dosage.", "", "P", ""),
 ("Regardless of the concentration, it is not harmful to humans or animals immersed in the water.", "", "C", "hard call: blanket safety claim for 35% peroxide in water"),
], g='G')
P("https://littlegreenblog.com/health-and-wellness/home-health-treatments/dilute-hydrogen-peroxide/", "green living blog: how to dilute and use hydrogen peroxide", [
 ("Hydrogen peroxide has been used as a remedy for people with virus and yeast-related diseases for years and respected medical professionals who have benefited from H202 recommend it highly.", "", "", ""),
 ("However, when used according to suggested guidelines, H202 is not only safe, but effective and healing.", "", "C", "hard call: safety claim qualified only by 'according to suggested guidelines'"),
 ("Use a food grade H202 and dilute it down to 3% with spring water or aloe vera juice.", "heading: Internal use", "", "no amount or frequency"),
], g='B')
P("http://ronaldprice.com/phbcback/RPTC/your%20health%20hydrogen_peroxide.htm", "personal health site: hydrogen peroxide, oxygen therapies", [
 ("When lactobacillus in the colon or vaginal tract have been overrun with harmful viruses, yeast, or bacteria, an effective douche or enema solution can be made using 3 tablespoons of 3% H202 in 1 quart of distilled water.", "", "O", "hard call: amount and route for self-treatment"),
 ("On the other hand, most strains of harmful bacteria (and cancer cells) are anaerobic and cannot survive in the presence of oxygen or H202.", "", "", "hard call: mechanism claim, no cure wording"),
 ("The dispute has been going on for decades, and considering the attitude of our medical community, it will continue for many more decades to come.", "", "", ""),
], g='B')
P("https://jacksdailydose.com/2003/09/01/hydrogen-peroxide-therapy/", "newsletter letters page: hydrogen peroxide therapy", [
 ("35-percent H2O2 can be very dangerous if people try to drink or ingest it.", "", "", ""),
 ("This is especially effective when combined with photoluminescence in the treatment of many diseases, including cancer and bacterial/ viral infections.", "", "", "hard call: efficacy claim without cure wording"),
], g='B')
P("https://huggingthecactus.com/tag/diabetes-medication/", "personal diabetes blog: quitting metformin", [
 ("I’d been taking one pill daily for about a month when I decided to quit.", "", "", "narrative"),
 ("After all, it says right on the bottle that I can take up to four pills daily.", "", "", ""),
], g='B')
