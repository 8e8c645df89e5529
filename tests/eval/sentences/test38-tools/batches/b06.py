# sent38 batch 6: homeopathy for Meniere's, hemorrhoid medicines, thuja for warts (queries 31-34)
from lib import P
P("https://homeobook.com/?p=58399", "homeopathy journal site: Meniere's disease", [
 ("As there is no permanent cure for Meniere’s disease in conventional system of medicine , Homeopathic system of medicine aids as a best alternative mode of treatment as it treats the severity of disease symptoms and also helps in the control of recurrence and progression of Meniere’s disease.", "abstract", "D", "hard call: homeopathy as the best alternative to conventional treatment"),
 ("The annual incidence of Meniere’s disease is 0.5 to 7.5 per 1000, onset is most frequently seen in the fifth decade of life and occurs more often in older, female patients2.", "", "", "footnote marker"),
], g="A")
P("https://photoshoponline.tv/tag/hemorrhoid-medicine/", "scraped content site: hemorrhoid medicine", [
 ("Topical ointments, which are often prescribed by a licensed doctor, are chemical-based medicines or antibiotics.", "", "", ""),
 ("It doesn't cure your hemorrhoids completely.", "about topical ointments", "", "negation"),
 ("Because it is made from natural ingredients, it doesn't have side effects.", "about natural or herbal medicine", "C", "no side effects"),
 ("Because it is gentler and milder, it is better for your body.", "", "", ""),
 ("This will not only cure hemorrhoids but also provide minerals and supplements to your body.", "", "C", ""),
], g="G")
P("http://www.superfoods-scientific-research.com/health-guide/thuja-homeopathic-remedy.html", "supplement content site: thuja for warts", [
 ("Homeopathy is a non-toxic system of medical science originated in Germany by Dr. Friedrich Samuel Hahnemann.", "", "C", "hard call: unqualified safety claim ('non-toxic')"),
 ("Thuja occidentalis, the most widespread remedy for various kinds of warts.", "", "", ""),
 ("Most warts go away after 1 year or 2, but some last for years or come back after going away.", "", "", ""),
], g="G")
P("https://secrets-of-self-sufficiency.com/childrens-problems-warts-and-verrucas", "self-sufficiency site: children's warts and verrucas", [
 ("At the onset or arrival of a wart, increase your vitamin A and zinc intake via orange and green vegetables or through supplements (twice the recommended dosage).", "children's problems section", "O", "hard call: supplement amount (double the recommended dose) for children, no caveat"),
 ("Apply Thuja tincture, garlic or caster oil for several days underneath a bandage.", "", "", ""),
 ("Ask a complementary medical practitioner if the wart is internal.", "", "P", "hard call: prompt to consult a (complementary) practitioner"),
 ("Liquid nitrogen may be applied by a doctor to freeze off the warts and preparations may be available over the counter at a pharmacy but should only be used if other treatments have failed because the chemical treatments damage the surrounding skin and lead to a higher incidence of recurrence.", "", "D", "hard call: steers readers away from doctor and pharmacy treatment until home remedies fail"),
], g="A")
