from lib import P, S
FC = 'hard call (POLICY-46 s3): fire cider (apple cider vinegar infused with garlic, horseradish, ginger, cayenne) drunk for colds in a measured amount with a frequency counts as a dose; no caveat on the page'
P("https://purpleherbal.wordpress.com/2012/10/24/fire-cider-for-cold-and-flu-season/", 'B')
S("This promotes sweating, which releases toxins.", '', 'post: Fire Cider for Cold and Flu Season')
S("Needless to say, it is a very useful remedy to have at home for colds and the flu.", '', 'post: Fire Cider for Cold and Flu Season')
S("Proper dosage is to drink one teaspoon per hour at first onset of symptoms until symptoms subside.", 'O', 'closing lines after the recipe', FC)
S("Or drink 1 tsp. daily to prevent illness.", 'O', 'closing lines after the recipe', FC)
P("http://www.structuredsilversolution.com/colds/", 'S')
S("Colds are a virus.", '', 'seller page: Colds (excerpt from a book by the seller)')
S("Taking one tablespoon of structured silver three times a day, and spraying intranasally four or five times a day, will help reduce congestion and inflammation.", 'O', "seller page: Colds (quoted from the seller's own book)", 'silver solution sold as a supplement, taken by mouth in a measured amount with a frequency (and sprayed in the nose); no caveat')
S("Mouth rinse, ear drops, eye drops, nose drops, and throat spray can all be used as well.", '', 'seller page: Colds', 'routes without amounts')
