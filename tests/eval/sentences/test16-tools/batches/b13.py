from lib import P
# b13: Ayurveda clinics on COPD/emphysema, restless-legs sellers
P("https://www.mundewadiayurvedicclinic.com/post/ayurvedic-herbal-treatment-for-chronic-obstructive-pulmonary-disease", "Ayurvedic clinic blog: herbal treatment for COPD", [
 ("Ayurvedic herbal medicines which reduce infection and inflammation in the lungs, soothe the mucosa lining the airways and gradually reduce the amount of abnormal mucous production, are used in high doses.", "", "", ""),
 ("This treatment brings about a significant reduction in the symptoms related to this condition.", "", "", "no cure wording"),
 ("Ayurvedic medicines help to reverse the damage done in COPD and bring about an improved functioning of the lungs, thereby improving oxygenation of the body and reducing associated symptoms of COPD.", "", "C", "reversal of irreversible lung damage stated as fact"),
], g="A")
P("https://www.jiva.com/diseases-ayurveda/respiratory/copd", "Ayurveda clinic chain page: COPD", [
 ("Cure for COPD in Ayurveda includes:", "", "C", "nominal 'cure for COPD'"),
 ("With this all natural and holistic approach, Ayurveda aims to improve not only your COPD symptoms but also your complete lung health and energy levels.", "", "", "'aims to improve'"),
 ("Here, the lung damage is minor and your FEV1 score is still 80% or more of normal.", "stage 1 description", "", "staging criterion, not a statistic"),
], g="A")
P("https://www.iafaforallergy.com/blog/get-rid-of-emphysema-naturally/", "Ayurveda clinic blog: How to get rid of emphysema naturally?", [
 ("How to Get Rid of Emphysema Naturally?", "title", "", "question"),
 ("Ayurvedic treatment helps patients to get rid of emphysema naturally.", "standfirst", "C", ""),
 ("It is the 4th leading cause of death all over the world.", "", "S", ""),
 ("In 85% of cases, the cause of emphysema is cigarette smoking.", "", "S", ""),
], g="A")
P("https://healthyayurvedtherapy.in/copd.html", "Ayurveda therapy site: COPD", [
 ("A person is at greater risk of developing heart disease, lung cancer and other respiratory tract condition; if he/she has COPD.", "", "", ""),
 ("Rasayana chikitsa also plays a very important role in rejuvenation of damaged cells and tissues; and provides health benefits to an individual.", "", "", ""),
 ("This line of treatment helps in complete reversal of the condition in a natural way.", "", "C", ""),
], g="A")
P("https://healthcaretoolkit.info/other-body-areas/restless-legs/", "herbal product seller: restless legs", [
 ("The National Institutes of Health estimate that as much as 10% of the US population suffers from Restless Leg Syndrome.", "", "", "attributed"),
 ("There are some common drugs that are prescribed to treat the condition but they have limited effectiveness and the side effects can be worse than the condition.", "next: There are several natural and effective treatments that can be used.", "M", "hard call: swap framing against prescribed drugs on a seller's page"),
 ("Don’t eat them in capsules.", "", "", "about herbs, not medicines"),
 ("It is easy to apply and your legs will calm down in minutes so you can get back to sleep.", "product: Leg Relaxer", "C", "guaranteed result"),
], g="S")
P("https://doczz.net/doc/2687817/calmlegs.com", "document-sharing copy of a seller's e-book: Eliminating restless leg syndrome", [
 ("Eliminating Restless Leg Syndrome", "title", "C", "hard call: elimination claim as a product e-book title"),
 ("Natural, herbal remedies do work, and have been studied just as thoroughly as proprietary prescription formulas.", "", "S", "hard call: research claim without citation"),
 ("They would rather keep selling you proprietary medications with serious side effects, even worsening your RLS symptoms.", "", "M", "hard call: steers readers off prescribed RLS medicines"),
 ("It is just not in your physicians’ best interest to tell you about natural safe, alternative approaches to help with your Restless Legs.", "", "D", "hard call: tells readers their physicians cannot be trusted"),
], g="S")
P("https://thenhscenter.com/health-protocols/restless-legs-syndrome.html", "magnetic mattress and supplement seller: restless legs protocol", [
 ("Research indicates that a magnetic field improves circulation, allowing for improved recovery from discomforts, and better overall body               functioning.", "", "S", "research claim without citation"),
 ("Studies and our experience have shown that people sleep more soundly with this system, and ultimately require less time in bed (usually about ½ hour less).", "", "S", ""),
 ("We offer an exceptional line of nutrition supplements that were developed through collaboration with a gifted herbalist, and are made here in the United States to pharmaceutical standards.", "", "", ""),
], g="S")
P("https://naturaltucson.com/2014/03/28/229725/calm-restless-legs-naturally", "local natural-living magazine (advertorial): Calm restless legs naturally", [
 ("A 2011 study by the Interdisciplinary Pain Centre at University Medical Centre, in Freiburg, Germany, reported that untreated RSL patients exhibited depression, anxiety, compulsivity and other impaired behaviors.", "", "", "named institution and year"),
 ("Place tablespoon of each herb in a cup of in hot (not boiling) water to produce a decoction that can be spread or rolled on the legs.", "", "", "topical recipe"),
 ("The liquid will be absorbed into the skin within a few minutes and leg restlessness will subside and motion will cease.", "", "C", "guaranteed result"),
], g="N")
P("https://fooduciary.com/natural-remedy-for-restless-leg-syndrome/", "food blog: natural remedy for restless leg syndrome", [
 ("The drug most commonly prescribed for RLS can cause a number of intense side effects.", "", "", ""),
 ("Their lives returned to normal when they discovered the prescription to be the issue and were able to slowly wean her off of it.", "", "", "narrative"),
 ("Fortunately there are several natural remedies that have been shown to be very effective, without dangerous side effects.", "", "CS", "hard call: unqualified 'without dangerous side effects'; 'have been shown' without citation"),
 ("The calming properties of the mixture will be absorbed quickly, calming the nerves and allowing you to rest peacefully.", "", "C", "hard call: guaranteed result"),
], g="B")
