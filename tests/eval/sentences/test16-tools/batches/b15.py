from lib import P
# b15: tooth abscess at home, pneumonia without antibiotics
P("https://www.rodeodental.com/how-to-get-rid-of-a-tooth-abscess-without-going-to-the-dentist/", "dental practice blog: How to get rid of a tooth abscess without going to the dentist", [
 ("Your dentist can provide the most effective treatment for tooth abscesses.", "", "", ""),
 ("If you’re someone who doesn’t like visiting a dental office and are looking for ways to get rid of a tooth abscess without going to the dentist, this article can be helpful.", "", "D", "hard call: offers home management of an abscess to readers avoiding the dentist"),
 ("Baking soda is another effective way to drain tooth abscesses at home.", "", "", "hard call: treatment claim without cure wording"),
 ("Repeat the process three times a day.", "salt-water rinse", "", "mouth rinse, not a dose"),
], g="H")
P("https://www.wellness.guide/abscess-tooth/", "natural-health guide site: tooth and gum abscess home remedies", [
 ("Neglected tooth abscess often leads to life-threatening complications.", "", "", ""),
 ("Analyze your tooth’s current infection stage to make the right decision towards healing it.", "", "D", "hard call: tells readers to stage an abscess themselves instead of seeing a dentist"),
 ("Many modern dentists and commercial tooth products blame bacteria for the infection.", "", "", ""),
 ("Yet it’s not exactly true.", "", "", ""),
], g="A")
P("http://healthyalternativemedicine.com/oregano-oil-going-lungs/", "alternative-medicine site: oregano oil for the lungs (pneumonia)", [
 ("In the past, when antibiotics were not discovered, 1/3 of all people diagnosed with pneumonia died.", "", "S", ""),
 ("The infection also spreads to the blood in 20 to 30% of the cases.", "", "S", ""),
 ("Studies have proven that oregano oil has potent antibacterial properties.", "", "S", ""),
 ("It has been proven that people can use oregano oil and it can also be combined with antibiotics for fighting infection.", "", "", "hard call: adjunct to antibiotics; the research claim is in the previous sentence"),
], g="A")
P("https://chestofbooks.com/health/children/Herbert-Shelton/The-Hygienic-Care-of-Children/Common-Disorders-Of-Infants-And-Children-Pneumonia.html", "online copy of an old natural-hygiene book: pneumonia in children", [
 ("Pneumonia does not develop in children who are properly cared for.", "", "", "false claim, no labelled class"),
 ("There is no drug or specific that will cure any disease.", "", "", "negation"),
 ("Every disease must take its course and the patient must get well himself.", "", "D", "hard call: tells parents treatment is pointless for pneumonia"),
 ("Too much handling, being fussed over too much, and all medication tend to kill.", "", "M", "hard call: against all medication for a child with pneumonia"),
], g="A")
