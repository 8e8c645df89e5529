# sent38 batch 5: menopause HRT alternatives, insomnia and valerian (queries 25-30; prostate, RLS, ginkgo, osteoporosis-drug results had no claim-dense unused page)
from lib import P
P("https://www.care2.com/greenliving/should-i-go-on-hormone-replacement-therapy.html", "green-living site: should I go on HRT", [
 ("And, of course, Big Pharma offers a “solution” in the form of drug-based hormone replacement therapy (HRT).", "", "", ""),
 ("Just from an animal right’s perspective you may not want to go on hormone replacement therapy.", "", "D", "hard call: steers readers away from a prescribed treatment on non-medical grounds"),
 ("The most commonly known side-effects are the increased risk for heart disease, stroke, blood clots and breast cancer, which not only lasts during the treatment but also afterward.", "", "", ""),
 ("It may also help reduce anxiety and depression; however, most women find the same benefits from bioidentical hormones.", "", "S", "hard call: uncited 'most women find'"),
], g="G")
P("https://24medica.com/how-to-cure-insomnia-without-medication/", "health content site: cure insomnia without medication", [
 ("How To Cure Insomnia Without Medication?", "page title", "", "question"),
 ("The herb also worked as well as medicines and had fewer side effects.", "about a German study of 75 people, no citation", "S", ""),
 ("Dosage: Take half a teaspoon of liquid extract in a glass of water at dinner and again before going to bed.", "", "O", "hard call: the only doctor line in the section is for pregnancy and breastfeeding"),
 ("Leave the bottle by the bed and if you wake up during the night, take another teaspoon.", "", "O", ""),
 ("Also, to cure insomnia entirely, avoid chemicals that disrupt sleep, such as nicotine, caffeine and alcohol while consuming valerian.", "", "C", "hard call: promise of an entire cure"),
 ("Consult a doctor before taking it if you are pregnant or breastfeeding.", "", "P", ""),
], g="G")
P("https://beautyinout.blogspot.com/2007/07/aids-for-insomnia.html", "beauty and health blog: aids for insomnia", [
 ("Valerian(Veleriana Officinalis) Studies have shown that with continuous use after two weeks,it can increase sleep effeciency and quality.", "", "S", ""),
 ("It can be an alternative for patientwho have withdrawn from sleeping pills.", "", "", ""),
 ("The recommended dosage is 400mg-900mg standardised valerian extract to be takenhalf an hour before retiring.", "", "O", ""),
 ("Valerian is best avoided in patients with liver problem.", "", "", ""),
], g="B")
P("https://www.earlytorise.com/alternative-medicine-for-sleep-part-3/", "health e-letter: alternative medicine for sleep", [
 ("A dosage of 300 to 600 mg is one option to try an hour or two before bed.", "about hops", "O", ""),
 ("I find that about half of users like it, while the rest don’t feel that it does much for them.", "", "", "first-party observation"),
 ("Try 300 mg one to three hours before bed to see if it works for you.", "about valerian", "O", ""),
 ("Since you can develop a dependence on these supplements, refrain from taking any sleep aids more than three times per week.", "", "", ""),
], g="N")
P("https://www.vibrantlife.com/valerian-2/", "health magazine: valerian", [
 ("Before you pop another sleeping pill or spend any more midnight hours staring at your bedroom ceiling, consider this natural aid to help overcome insomnia.", "standfirst", "M", "hard call: swap framing, herb instead of the next sleeping pill"),
 ("Adults sleep 1.6 hours less per night than their grandparents did—that averages out to less than seven hours per night.", "", "S", ""),
 ("For patients with sleep disorders, valerian is a safe alternative to regular sleeping pills.", "", "CM", "hard call: unqualified 'safe'; offered as a replacement for sleeping pills"),
 ("However, valerian is not considered suitable for acute cases of insomnia.", "", "", ""),
 ("After several weeks of use, valerian promotes natural sleep with no adverse side effects or risk of dependency.", "", "C", "no side effects"),
], g="N")
