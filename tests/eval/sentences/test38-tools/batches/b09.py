# sent38 batch 9: milk thistle dosage, magnesium for restless legs, vertigo home remedies (queries 42-44)
from lib import P
P("https://www.liversupport.com/milk-thistle-dosage", "liver supplement seller: milk thistle dosage", [
 ("No standardization of dosages currently exists, and dosages are based on anecdotal evidence, clinical studies, and professional opinions.", "", "", ""),
 ("A general, reoccurring dosage for milk thistle is 140 mg three times per day for adults.", "", "O", "hard call: consumer dose with frequency on a seller's page, no caveat"),
 ("A review of the literature shows dosages for children are similar to that of adults.", "", "S", "uncited 'review of the literature shows'"),
 ("Diabetes and Insulin Resistance: Clinical data has shown that 140 mg 3x daily for 45 days statistically reduced fasting glucose by 11% and HBA1C (Hemoglobin A1C) by 14% and improved insulin resistance as compared to baseline.", "list item", "S", "study figures, no citation in the excerpt"),
], g="S")
P("https://hubpages.com/health/Rest-for-the-Restless-Restless-Legs-Syndrome-RLS", "personal article on a blogging platform: restless legs syndrome", [
 ("While most insomnia cases are from protein deficiency (and can be helped by eating a small amount of protein before bed), restless legs syndrome is a little different.", "", "", ""),
 ("If you and your doctor have ruled out the diseases above, please consider iron deficiency, magnesium deficiency, and vitamin therapy so you can get some rest!", "", "", "assumes a doctor has been seen; not a prompt"),
 ("Try 200 mg of iron three times a day for a few months.", "list item", "O", ""),
 ("Consider Vitamin E (300-800 iu / day) and folic acid (5 mg 3 x / day)", "list item", "O", ""),
 ("Consider Tryptophan or 5-HTP (50-100 mg at bedtime)", "list item", "O", ""),
 ("Ask your doctor about Xyrem (GHB) – a prescription for narcolepsy that has helped many people with insomnia and restless leg syndrome", "list item", "P", ""),
], g="B")
P("https://stylesatlife.com/articles/home-remedies-for-vertigo/", "lifestyle site: home remedies for vertigo", [
 ("There are several options and vertigo home remedies available to alleviate the symptoms of vertigo.", "", "", ""),
 ("Vertigo can be dangerous when it is caused by the brain rather than inner ear issues and may end up with symptoms like double vision, weakness, slurred speech, numbness of the face, falls, or clumsiness.", "", "", ""),
 ("Today there are several home medicine for vertigo that you can take safely for relief and treatment.", "", "C", "hard call: unqualified 'take safely'"),
], g="G")
