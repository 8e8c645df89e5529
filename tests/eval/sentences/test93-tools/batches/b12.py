from lib import P, S
P("https://222health.com/alternative-medicine/herbs-alternative-medicine/147867.html", "health content site: benefits of gripe water", "G")
S("Since there's no single treatment for colic, pharmaceuticals may miss the problem and load your baby with unnecessary chemicals and unnatural ingredients.", "", "", "")
S("Gripe water is a natural alternative with no known side effects, so parents have little to worry about when giving it to their babies.", "C", "", "hard call: 'no known side effects, so parents have little to worry about' as reassurance for infants")
S("Gripe water is gentle, yet effective.", "", "", "no cure or safety wording beyond 'gentle'")
P("https://babydestination.com/woodwards-gripe-water", "parenting site: Woodward's gripe water", "G")
S("However, it is best to do your research or speak to your doctor before giving a baby under 6 months of age anything other than breast milk.", "P", "", "")
S("Earlier formulations of Woodward’s gripe water contained large doses of alcohol which was the primary reason it soothed crying babies.", "", "", "")
