from lib import P
# b15: queries 65, 67-69 (NMN and nattokinase dosing, leech therapy overviews, castor oil for tumours and warts)
P("https://www.rjss.me/hypothesis/testing/treatment/personal/2022/09/14/microclots-testing-and-treatment.html", "personal blog: testing microclot treatment for post-viral fatigue", [
 ("enteric Nattokinase, 2,000 FU, daily–first thing in the morning, empty stomach, plenty of water", "list under '1 month of:' in the writer's own self-experiment plan", "", "the writer's own regimen, not an instruction to readers (hard call)"),
 ("This survey has shown that the treatment is effective for PEM and other symptoms in a large proportion of respondents (around half, 50%).", "about a Twitter survey", "S", "informal survey without a citation (hard call)"),
 ("Clinically, when clotting pathology is suspected, a blood test for the level of D-dimer is carried out.", "", "", ""),
], g="B")
P("https://longevitystack.club/nmn-dosage/nmn-dosage-guide", "NMN shop's dosage guide", [
 ("However, NAD+ levels decline significantly as we age—by as much as 50% between the ages of 40 and 60.", "", "S", ""),
 ("While the potential benefits of boosting NAD+ levels are compelling—ranging from improved energy metabolism to DNA repair—determining the correct dosage is not a one-size-fits-all equation.", "", "", ""),
], g="S")
P("https://knigalit.ru/avtori/william-a-mcgarey-md/book1615977/chitat/?page=23", "online book reader copy of a physician's castor oil book", [
 ("A woman from Boulder, Colorado, wrote me about her experience: “I had a skin cancer on my nose, near my right eye, which has disappeared after three days of applying castor oil first, then sprinkling baking soda over the spot!", "chapter: SKIN CANCER/KERATOSIS", "C", "cure testimonial the author endorses (hard call)"),
 ("I instructed him to rub castor oil thoroughly on the earlobe twice daily, and clean it off with a soft cloth.", "", "", "the doctor's own patient instruction, told as a narrative"),
 ("After he returned a year and a half later, the ear was completely normal—no keratosis.", "", "C", "endorsed case presented as cured (hard call)"),
 ("Non-physicians often make the diagnoses themselves.", "", "", ""),
], g="G")
P("http://www.hummingbirdhovercraft.com/castor-oil-the-history/", "unrelated-domain content page on castor oil", [
 ("Scientists have still not gathered sufficient evidence to ensure how far this vegetable oil can cure a disease.", "", "", ""),
 ("It is said to dissolve cysts as well as warts and other tumors.", "", "", "reported ('is said')"),
 ("If you apply this oil to the skin, it can help fight problems like wrinkles, moles and even acne.", "", "", ""),
], g="G")
P("https://vindyarchives.com/news/2015/apr/07/q-castor-oil-completely-eliminated-a-war", "newspaper archive: syndicated remedies Q&A column", [
 ("Q. Castor oil completely eliminated a wart that I had tried to get rid of for 20 years.", "reader letter printed with a supportive answer", "C", "reader testimonial the column endorses (hard call)"),
 ("I felt better as soon as I stopped taking levothyroxine and switched to Armour.", "reader letter", "", "reader's narrative"),
 ("A. Many readers, like you, report that they do better on desiccated thyroid than on synthetic levothyroxine (T4) alone.", "", "", "reported experience (hard call)"),
 ("We caution that some people may react badly to castor oil on the skin, developing a rash.", "", "", ""),
], g="N")
P("https://medicinka.com/a/i/girudoterapiya-22346", "health content site on hirudotherapy", [
 ("In conclusion, hirudotherapy is an effective treatment for many diseases and conditions.", "", "", "no cure wording"),
 ("Therefore, before starting treatment, it is necessary to consult a doctor and test for an allergic reaction.", "", "P", ""),
 ("If you are interested in using hirudotherapy to treat your medical conditions, be sure to consult with your doctor to ensure it is appropriate for your case.", "", "P", ""),
 ("They secrete more than 100 biologically active substances into their saliva, which have a positive effect on the human body.", "", "S", "figure without source (hard call)"),
], g="G")
P("http://www.greenselfcare.com/tag/common-ailments/", "natural self-care blog tag page on castor oil", [
 ("Castor Oil Alternative Treatment For Breast Tumors And Dry Eyes", "post title", "D", "offers castor oil as an alternative treatment for breast tumours (hard call)"),
 ("Likewise, I don’t recommend taking Castor Oil internally unless recommended by a physician.", "", "P", "double negation"),
 ("Used externally – as a natural remedy – Castor Oil has been praised for its safety and effectiveness for hundreds and even thousands of years and is mentioned as a remedy in ancient Indian, Chinese and Egyptian writings.", "", "", "reported praise"),
], g="B")
