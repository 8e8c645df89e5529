from lib import P
P("http://ayurvednews.com/blog/2010/11/19/recycle-urine-consume-it-to-stay-healthy/", "Ayurveda news blog: recycle urine, consume it to stay healthy", [
 ("Some of the serious diseases like tuberculosis, asthama, cancer, osteoporosis, gout, impotence, diabetes, gangrene, hyperacidity, heart disease, stomach related problems, intestinal problems, psoriasis, piles, etc are seen to be cured with urine therapy.", "", "C", "hard call: passive 'are seen to be cured' presented as fact"),
 ("This is sterile and is free of almost all bacteria.", "", "", ""),
 ("But urine in its natural form is best for consumption since it has no side effects.", "", "C", "'no side effects'"),
 ("Urine therapy is now rediscovered and is widely used and accepted in curing various diseases.", "", "C", "hard call"),
], g='A')
P("https://nirogam.com/urotherapya-boon/", "Ayurvedic product site blog: urotherapy, a boon", [
 ("The secret is that he used to drink a glass of his own urine every day.", "", "", "narrative about a leader"),
 ("Urine is in fact a sterile product which is most safe for human consumption.", "", "C", "hard call: unqualified safety claim"),
 ("This principle is used to treat many illnesses like flus, common cold, arthritis, diabetes, psoriasis, hepatitis, herpes, allergies, adrenal failure and even cancers.", "", "", "treatment claim without cure wording"),
], g='S')
P("https://thetaoofanarchy.substack.com/p/dmso-101-benefits-uses-dosage-and", "newsletter repost: DMSO 101, benefits, uses, dosage", [
 ("Modern medicine often sidelines \"miracle\" drugs that work too well.", "", "", ""),
 ("Safety profile — DMSO is extremely safe,1 and in almost all cases, its only side effects are temporary skin irritation or creating a garlic-like odor.", "", "C", "hard call: 'extremely safe' (the reference marker does not change the claim)"),
 ("In contrast, the standard of care (NSAIDs) kill tens of thousands of Americans each year and are the leading cause of drug induced hospital admissions.", "", "S", ""),
], g='B')
P("https://www.fitnessdada.com/Nutrition-supplement-Detail/Dmso", "fitness site supplement page: DMSO", [
 ("DMSO is widely used in the treatment of cancer", "list under: Benefits of DMSO", "", "false but no cure wording"),
 ("It is always advisable to consult the doctor before taking any natural supplements.", "", "P", ""),
], g='G')
