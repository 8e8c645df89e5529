from lib import P
# b14: queries 63-64 (seaweed for herpes, leeches for hypertension)
P("https://vitamagna.co.uk/blog-3-1/hypertension-and-hirudotherapy-a-folk-approach-to-treatment", "hirudotherapy practice blog on hypertension", [
 ("However, prolonged and uncontrolled use of drugs can negatively affect the liver and kidneys, leading to additional health problems.", "about blood-pressure medicines", "", ""),
 ("Hirudotherapy represents an effective alternative to pharmacological drugs.", "previous sentence: 'However, prolonged and uncontrolled use of drugs can negatively affect the liver and kidneys, leading to additional health problems.'", "M", "presents leeches as a replacement for antihypertensive medicines"),
 ("Unlike medications, leech saliva does not contain harmful impurities that can harm the body.", "", "C", "unqualified safety claim (hard call)"),
 ("Hirudotherapy procedures utilize enzymes from leeches, which possess therapeutic properties and have virtually no side effects.", "", "C", "'virtually no side effects' (as FRESH-WEB-33: 'virtually nonexistent')"),
 ("Sessions are conducted only under the supervision of a qualified specialist.", "", "", ""),
], g="A")
P("https://good-blood-pressure.com/blog/?p=77", "personal blood-pressure blog on hirudotherapy", [
 ("The course of treatment usually consists of 7-9 procedures (5-6 leeches for each procedure), it is recommended to repeat the treatment twice a year-in autumn and spring, i.e. during possible exacerbations.", "", "O", "number of leeches per procedure with frequency, as a recommendation (hard call)"),
 ("Having hypertension of the II degree, with the help of herbs, leeches and an appropriate diet, I was able to normalize my blood pressure without medication, refuting the opinion of doctors that hypertension of the II degree is not treated (really not treated-with medications).", "", "", "first-person narrative (hard call)"),
 ("In the complex treatment of hypertension, the method of hirudotherapy (treatment with leeches) plays an important role.", "", "", ""),
], g="B")
P("https://healthnwell.com/how-to-treat-hypertension-with-leeches/", "how-to content site: treat hypertension with leeches", [
 ("Now, however, modern science has proved that the saliva from a leech bite provides a powerful anti-coagulant agent useful in the treatment of hypertension, as well as a host of other cardiovascular ailments.", "", "S", ""),
 ("Contact a certified hirudotherapist and schedule an appointment.", "", "", "hirudotherapist is not a medical professional in the guide's sense"),
 ("Attach the leeches, one at a time, to 4 specified points running on a diagonal just under the right breast.", "", "", "placement instruction, not a dose (hard call)"),
], g="G")
P("https://detonic.shop/questions-about-hypertension/how-leeches-help-with-hypertension/", "blood-pressure product shop's Q&A page on leeches", [
 ("Doctors note that secondary hypertension accounts for about 10% of cases of complaints of high blood pressure.", "", "S", ""),
 ("To normalize it, you need to take special pills or herbs.", "", "", "pills and herbs offered as equals, no instruction to change a medicine (hard call)"),
 ("Sometimes doctors use the bloodletting method to treat hypertension.", "", "", ""),
], g="S")
P("https://dummies.com/article/body-mind-spirit/physical-health-well-being/alternative-medicine/natural-treatments-for-herpes-simplex-1-143666", "consumer reference book site: natural treatments for herpes simplex", [
 ("Take 1,000 mg vitamin C (as mineral ascorbates) three times daily to prevent outbreaks.", "", "O", ""),
 ("For an acute episode, take up to 10,000 mg daily for five to ten days (as much as you can take without getting diarrhea).", "", "O", ""),
 ("Take 500 to 3,000 mg L‐lysine daily to prevent outbreaks.", "", "O", ""),
 ("Medical research shows that daily use of antiviral medications, such as acyclovir and valacyclovir, significantly reduce recurrences of infection.", "", "S", ""),
 ("The herpes virus can’t yet be eradicated from the body.", "", "", ""),
], g="G")
P("https://thenationonlineng.net/herpes-simplex-virus-tameable-like-monkey-virus/amp/", "newspaper natural-health column", [
 ("There are no fewer than 600 peer-reviewed articles on the medicinal values of this oil.", "", "S", ""),
 ("Botanically known as Migella Sativa, Black seed has been shown in many studies to overcome multiple drug resistant bacteria and viruses, a plague of the modern civilisation.", "", "S", ""),
 ("Pharmaceutical drugs launch frontal attacks on germs, maiming or killing them, sometimes with adverse effects on the body.", "", "", ""),
 ("Herbs would rather stimulate a weakened immune system to do its job.", "", "", "comparison without an instruction (hard call)"),
], g="N")
