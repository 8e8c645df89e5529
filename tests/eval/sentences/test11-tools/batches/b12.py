from lib import P
P("https://powerbusinesssolutions.com/how-to-use-black-seed-oil.html", "unrelated-domain content page: how to use black seed oil", [
 ("Taking one teaspoon daily should suffice for most people, but you can always consult with your doctor for more tailored advice.", "", "", "doctor caveat in the sentence"),
 ("Take one teaspoon of the oil on an empty stomach each morning.", "previous sentence: Taking one teaspoon daily should suffice for most people, but you can always consult with your doctor for more tailored advice.", "", "hard call: doctor caveat in the same paragraph"),
], g='G')
P("http://blackseedkalonji.com/black-seed-kalonji-dosage", "black seed oil seller: black seed (kalonji) dosage", [
 ("It thus eradicates pathogens in great numbers.", "", "C", "hard call: stated as certain, mechanism ending in eradicating pathogens"),
 ("With regards to dosage, startoff with half a teaspoon once a day for two to seven days of the original or mild quality.", "", "O", "consumer dose on a seller page, no caveat in the section"),
 ("You can then slowly build up your intake to three teaspoons per day.", "", "O", ""),
 ("A few drops of oil should suffice for infants of five years and younger.", "next sentence: It is, however, best to avoid use at an early age unless specifically prescribed.", "", "hard call: vague amount with a caveat next"),
], g='S')
P("https://africaimports.com/how-to-use-black-seed-oil/", "African goods shop blog: how to use black seed oil", [
 ("Black seed oil is another natural wonder that helps with many health problems, including diabetes, high blood pressure and asthma.", "", "", "no cure wording"),
 ("Medical tests have shown that black seed oil can help with vitiligo (pigment problems) and arthritis.", "", "S", ""),
 ("Arthritis relief will be quick.", "", "C", "hard call: guaranteed result"),
 ("Don’t take more than 500 mg. a day—about 1 teaspoon.", "list item", "", "upper limit"),
 ("Take a break and ask your doctor when it will be safe to start taking black seed oil again.", "list item", "P", ""),
], g='S')
P("https://theblessedseed.com/dosage/", "black seed oil brand: how to use black seed oil, dosage", [
 ("For 1st day take a 1/4 teaspoon with food", "list item under: The starting dose for adults", "O", ""),
 ("For the next 2 – 7 days, increase the dosage to ½ teaspoon twice daily", "list item", "O", ""),
 ("Children under the age of five should only be given a drop or two, to begin with.", "list item under: For children and infants", "O", "hard call: child dose as a starting amount"),
 ("Nigella sativa has strong detoxifying [ref] and antimicrobial [ref] properties, and has the ability to address and get rid of foreign pathogens.", "", "", "reference markers"),
], g='S')
P("https://blog.turmericvitality.co.uk/black-seed-oil/", "supplement brand blog: black seed oil, how much to take", [
 ("As a supplement, the suggested use is 1 – 2 (5ml) teaspoons per day.", "heading: How much to take", "O", "seller's own dose, no label or doctor caveat in the section"),
 ("Starting with ½ a teaspoon per day for the first 2-3 days will allow your body time to get used to the oil before progressing to a full teaspoon.", "", "O", ""),
 ("Black seed oil is a natural food and can be consumed as part of a healthy diet.", "", "", ""),
 ("If you do experience this it can be prevented by drinking lots of water and stopping the oil for 2-3 days before continuing again on a lower dose.", "", "", ""),
], g='S')
P("http://www.everydayhp.com/everybodys-doing-it/", "homeoprophylaxis parenting blog: my friends are doing it so why don't I", [
 ("Raising healthy, vaccine-free children through the use of Homeoprophylaxis", "site tagline", "D", "hard call: promotes homeopathy in place of vaccination"),
 ("Until homeoprophylaxis becomes a publicly recognized method of infectious disease prevention in the Unites States, and I’m hoping to see it as such in my lifetime, families who choose to educate their children’s immune systems via HP are faced with navigating their state’s vaccine exemption systems.", "", "", ""),
 ("Up until recently we’ve kept it pretty simple for Little Man, if not a bit dramatic: “If anyone comes at you with a shot or says you need a shot, you yell NO! Shots are bad for my body! And run.”", "", "D", "hard call: family narrative, endorsed, teaching refusal of vaccination"),
], g='B')
P("https://docmode.org/vaccinating-children-an-important-decision-to-make/", "medical education site blog: vaccinating children", [
 ("As said by experts vaccines are made from ingredients that works by making the immune system strong enough to recognize and combat pathogens, either viruses or bacteria.", "", "", ""),
 ("Homeopathy attempts to offer two clear alternatives for mothers who have second thoughts about the results of vaccinating children .", "", "", "reported; the source's space before the full stop kept"),
 ("However the affirmation of this is yet to be decided.", "", "", ""),
], g='G')
