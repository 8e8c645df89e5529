# sent80 batch 5 (queries 78-81): labelled from the stored excerpts only.
from lib import P, S

P("https://de.scribd.com/document/338403890/home-nati-remedy-theraptics-pdf", "G", "document-sharing site: slides 'Common Home Remedies' by an Ayurvedic dispensary medical officer, for community health workers to teach the public")
S("Many conditions can be managed or treated at home", "", "slide heading text")
S("ASHA should have knowledge about the level upto which home remedies can be used and when to refer", "", "", "addressed to health workers; not a prompt to the reader")
S("Common Cold is relatively harmless condition.", "", "slide 'Common Cold'")
S("Juice of ginger (Adrak) and holy basil (Tulsi) one-one tsp mixed with one tsp honey, -two-three times a day.", "O", "remedy list for the common cold", "hard call: home-remedy amounts with a frequency meant for the public; the referral caveat is on another slide, not in this section; source punctuation kept")
S("Powder of black pepper (marich) half tsp mixed with Jaggery (guda) two times a day.", "O", "", "hard call: as above")
S("One teaspoonful of the powder or paste of turmeric with a cup of milk and take fried turmeric powder with 1-2 gm of ghee mixed with hot milk - thrice a day.", "O", "", "hard call: as above")
S("Two to three tsp of fresh juice of Aamla or half to one tsp of powder of the same is ideal to control cold.", "", "", "hard call: amount with no frequency or timing: not counted")
S("Inhale steam to relieve a nasal congestion.", "")

P("http://saradasremedies.com/how-to-take-tinctures.html", "S", "herbal tincture seller: how to take the tinctures")
S("Sarada's Remedies Herbal Tinctures are designed to be used once a day for daily health maintenance or two to four times a day for conditions related to a specific tincture.", "", "introduction", "no amount")
S("For Daily Maintenance: Swallow contents of two droppers, once a day.", "O", "instructions", "hard call: seller's dose with a frequency, no caveat in the section")
S("For Rebalancing - Specific Conditions: Swallow contents of two to four droppers, two to four times a day.", "O", "", "hard call: as above")
S("Unless otherwise noted, all doses are for adults.", "", "Q&A on child doses")
S("Some extracts are not suitable for children.", "")
S("Consult your healthcare professional for advice.", "P", "Q&A on child doses")
