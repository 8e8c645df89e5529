# sent42 batch 10: homeopathy for infant colic
from lib import P

P("https://karenleadbeater.co.uk/effective-help-for-baby-colic-with-homeopathy/", "homeopath's site: help for baby colic with homeopathy", [
 ("However, if parents are concerned it is advisable to seek medical help to rule out other possible causes.", "", "P", ""),
 ("However, there are homeopathic remedies which are safe and effective.", "", "C", "unqualified safety claim for infants"),
 ("Choose the remedy that most closely matches your baby’s symptoms, and give in either a 12c or 30c potency.", "", "", "potency only; the timing follows in the next sentences"),
 ("Give a dose every 30 minutes until relief is obtained, then stop.", "preceding: give in either a 12c or 30c potency ... dissolved in a little plain water or expressed breastmilk, and dosed via syringe or teaspoon", "O", "hard call: potency, route and frequency for an infant; the page's later caveat is conditional on failure and points to homeopathic care"),
], g="A")

P("https://vancouverhomeopath.com/colicky-baby-homeopathy-to-the-rescue-2", "homeopath's site: colicky baby, homeopathy to the rescue", [
 ("If in doubt, always double check with a doctor to rule out a more serious illness.", "", "P", ""),
 ("Homeopathic remedies are exceptionally safe for young children and babies, as they are non-toxic.", "", "C", ""),
 ("Even Dr. Weil, recommends homeopathy for colic.", "", "", ""),
 ("I’ve found one of these top three usually do the trick!", "", "", ""),
], g="A")

P("https://ic.steadyhealth.com/homeopathic-medicine-for-infant-colic", "health content site: homeopathic medicine for infant colic", [
 ("Homeopathy is very popular today, since homeopathic remedies do not treat only the symptoms of the diseases but also the underlying causes.", "", "", ""),
 ("However, a good Homeopath should always be consulted since every person responds differently to the same homeopathic remedy.", "", "", "homeopath (convention: non-medical practitioners are not P)"),
 ("Infant colic should be treated with homeopathic remedies in order to prevent the development of many gastrointestinal problems later in the childhood.", "", "", "prevention claim (narrow definition)"),
], g="G")

P("https://babycare21.com/colic-medicine-for-baby/", "baby-care content site: colic medicine for baby", [
 ("Estimates indicate that colic affects 5%-40% of infants worldwide and accounts for 10%-20% of health care provider visits during the early weeks of an infant’s life.", "", "S", ""),
 ("It is important for a doctor to evaluate a baby with new abdominal pain and crying in order to exclude other more serious conditions.", "", "P", ""),
 ("Don’t give medications or other treatments to an infant unless they’ve been approved by the child’s medical practitioner.", "", "P", "double negation"),
], g="G")

P("https://surbhiprapanna.com/2021/04/01/blogchattera2z-b-baby-colic-causes-symptoms-homeopathic-treatment/", "homeopath's personal blog: baby colic", [
 ("As per NCBI, colic affects 20% of infants and it is one of the most common cause of doctor visit in first year of infant’s life.", "", "", "attributed ('as per NCBI')"),
 ("Colic is not a disease or diagnosed condition, it is more a kind of cranky behavior that involves continuous crying for long hours (at least 3 hours per days).", "", "", ""),
 ("Usually, colic symptoms resolve up to age of 4-6 weeks in most of the babies.", "", "", ""),
], g="B")
