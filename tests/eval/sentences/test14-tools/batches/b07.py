from lib import P
P("http://www.docstoc.com/docs/57311758/Ayurveda-Epilepsy-Treatments", "document-sharing site: Ayurveda epilepsy treatments", [
 ("Epilepsy treatment methods are aimed at controlling the disease.", "", "", ""),
 ("Most cases of juvenile epilepsy don't pass over to adulthood.", "", "", ""),
 ("Thorough examination of the patient by an Ayurvedic physician is essential to identify the right treatment for a person.", "", "", "hard call: Ayurvedic physician (round 10: non-medical practitioners are not P)"),
], g="G")
P("https://www.ayurprakash.com/ayurvedpedia/epilepsy/natural-treatment-of-epilepsy-with-ayurveda-2/", "Ayurveda clinic: natural treatment of epilepsy", [
 ("Epilepsy is a neurological disorder that can render a person handicap and helpless at any moment.", "", "", ""),
 ("However, there is a cure for this problem and it is way more effective than conventional medicine.", "", "CM", "cure claim (C); hard call M: sets the clinic's treatment above conventional epilepsy medicine (swap framing, round 10 convention)"),
 ("Ayurveda offers a natural and side effect free treatment for epilepsy.", "", "C", "unqualified 'side effect free'"),
 ("Social awkwardness and superstitions are some of the major problems that epilepsy patients face in India.", "", "", ""),
 ("Ayurveda offers a guaranteed way out of this problem.", "", "C", "guarantee"),
], g="A")
P("https://myupchar.com/en/disease/epilepsy/ayurveda", "Indian health portal: Ayurvedic treatment for epilepsy", [
 ("The underlying cause of epilepsy is vitiation of the tridoshas, in which vata is the predominant factor.", "", "", ""),
 ("Compound formulations of these herbs are highly effective in controlling the condition.", "", "", "efficacy without cure wording"),
 ("For effective treatment, it is best to have a prompt diagnosis, regular treatment and follow-up with an Ayurvedic practitioner.", "", "", "Ayurvedic practitioner (round 10 convention)"),
 ("Most ayurvedic treatment modalities for epilepsy are clinically proven to be safe and efficacious.", "", "S", "hard call: 'clinically proven' with no source; 'most' qualifies the safety claim, so not C"),
], g="H")
P("https://www.ayurvedicindia.info/different-types-of-seizures/", "Ayurveda site: types of seizures", [
 ("During this sudden attack of illness, neurons may fire up to 500 times per second, which is much faster than normal person.", "", "", "physiological figure, not a finding"),
 ("In some people this attack of illness are occasionally; for others, it may happen up to hundreds of times a day.", "", "", ""),
 ("The causes of epilepsy is unknown most of the time experts believe that epilepsy generally may be related to a brain injury or a family tendency.", "", "", ""),
], g="A")
P("https://ayurveddoctor.com/ayurveda-and-home-remedies-for-epilepsy.html", "Ayurveda doctor's site: home remedies for epilepsy", [
 ("It can happen multiple times in a day or may not occur even in years.", "", "", ""),
 ("Tuberculosis and parasites in the brain can also lead to sudden fits or seizures.", "", "", ""),
 ("Ayurveda is one of the trusted forms of managing the symptoms of epilepsy.", "", "", ""),
], g="A")
P("http://www.skinsheen.com/skin-ayurvedic-cure-for-epilepsy-960.aspx", "beauty content site: Ayurvedic cure for epilepsy", [
 ("Ayurvedic Cure For Epilepsy", "title", "C", "hard call: title states a cure as fact (round 12 convention)"),
 ("Though it can affect both children and adults infants and teenagers are mostly affected.", "", "", ""),
 ("Ayurveda the oldest medical science attributes the disorder to the imbalance in the life energies called doshas in the body.", "", "", ""),
], g="G")
P("https://www.onedaymd.com/2021/05/COVID19-long-haul-symptoms-treatment.html", "doctor's health news site: long haul COVID symptoms and treatment", [
 ("The omicron variant is less likely to cause long COVID than the delta variant, new research published in The Lancet (June 2022) has found.", "", "", "named journal and date"),
 ("Researchers found the odds of experiencing long COVID were between 20-50% less during the omicron period versus the delta period, depending on age and time since vaccination.", "the study is cited in the preceding one-sentence paragraph: new research published in The Lancet (June 2022)", "", "hard call: figure whose citation is in the preceding one-sentence news paragraph (round 12 convention)"),
 ("The UK Office of National Statistics estimated the numbers of people with long COVID actually increased from 1.3 million in January 2022 to 2 million as of May 1, 2022.", "", "", "named source"),
 ("How long does long hauler Covid last?", "", "", "question"),
], g="N")
P("https://covid19criticalcare.com/treatment-protocols/i-recover-long-covid-treatment/", "advocacy group's long COVID treatment protocol for healthcare providers", [
 ("Up to 80% of patients experience prolonged illness after COVID-19, characterized by prolonged malaise, headaches, generalized fatigue, sleep difficulties, hair loss, smell disorder, decreased appetite, painful joints, dyspnea, chest pain and cognitive dysfunction.", "", "S", "figure without source in the paragraph"),
 ("Patients should always consult with their provider before starting any medical treatment.", "", "P", ""),
 ("Prednisone: 10–15mg daily for 3 weeks.", "protocol 'provided as guidance to healthcare providers'", "", "hard call: regimen addressed to professionals, with a consult prompt for patients on the page"),
 ("Ivermectin: 0.2–0.3 mg/kg daily for 2-3 weeks.", "protocol 'provided as guidance to healthcare providers'", "", "hard call: professional regimen (weight-based), not a consumer dose"),
 ("It is likely that promoting autophagy will aid in the removal of the spike protein.", "", "", "hedged"),
], g="A")
P("https://docslib.org/doc/11593905/fenugreek-for-low-milk-supply", "document site copy of a health-plan patient handout: fenugreek for low milk supply", [
 ("It is important to contact a lactation consultant if your milk supply lessens in the early weeks of your baby’s life.", "", "P", "lactation consultant is a health professional"),
 ("Although there is no scientific research conducted on these herbs to prove their effectiveness or safety, thousands of women have had positive results with them.", "", "", "hard call: vague anecdotal count, hedged by the admission of no research"),
 ("More recently, some hospitals and lactation centers in the United States have shown that herbs can aid in increasing breast milk supply.", "", "S", "hard call: 'have shown' with no source"),
 ("Increases milk volume within 2-3 days.", "list: benefits for mother and infant", "", "result claim without cure or safety wording"),
], g="H")
P("https://www.healthline.com/health/parenting/fenugreek-breast-feeding", "health portal: fenugreek and breast-feeding", [
 ("If supply is low, there are prescription drugs that can help, but they may cause negative side effects for you and your baby.", "", "", ""),
 ("Fenugreek is a natural alternative, but is it safe?", "", "", "question"),
 ("According to the National Center for Complementary and Integrative Health (NCCIH), there’s not enough scientific information showing that fenugreek is effective in treating any condition except for possibly lowering blood sugar.", "", "", "'according to'"),
 ("The following dosages are suggestions, but have not been proven by any scientific studies.", "", "", ""),
], g="H")
P("https://biologyinsights.com/how-much-fenugreek-per-day-for-milk-production", "science content site: how much fenugreek per day for milk production", [
 ("Practitioners recommend starting conservatively and gradually increasing the dose until a noticeable effect is achieved.", "", "", ""),
 ("Fenugreek capsules typically contain 580 to 610 milligrams of powdered seed; a common starting point is one to two capsules taken three times daily with meals.", "", "", "hard call: descriptive 'common starting point' (round 12: typical/often-advised doses stay negative)"),
 ("The effective total daily intake often ranges from 3,500 milligrams to 7,300 milligrams.", "", "", "descriptive range"),
 ("A practical method for determining sufficient absorption is the “dosing to effect” principle, indicated by a faint maple syrup odor in the user’s sweat and urine.", "", "", ""),
], g="G")
P("https://www.drugs.com/breastfeeding/fenugreek.html", "drug information site reprinting a lactation database entry: fenugreek", [
 ("Evidence for a galactogogue effect is mostly anecdotal.", "", "", ""),
 ("Allergic reactions, exacerbation of asthma, and a 14% decrease in serum potassium have been reported.", "paragraph carries citations: ...as galactagogues.[18] ... breast congestion.[19]", "", "paragraph carries citations"),
 ("Galactogogues should never replace evaluation and counseling on modifiable factors that affect milk production.[17]", "", "", "hard call: professional database text, not a prompt addressed to readers"),
], g="H")
