from lib import P, S
# b27: queries 72-73 (hammertoe and xanthelasma: careful pages, TIME); a Fordyce-spots page from query 67 labelled now (it had been set aside as TIME)
P("https://www.greathealthyhabits.com/how-to-get-rid-of-fordyce-spots/", 'G', 'health habits blog, how to get rid of Fordyce spots')
S("Furthermore, amazing home remedies will help you on how to get rid of Fordyce spots.", 'C', '', 'hard call: promises home remedies get rid of the spots')
S("Fordyce spots may not need to treat.", '', '', 'clinical statement that no treatment is needed (source grammar)')
S("The doctor can remove the spots on your skin by using micro-punch surgery.", '')
S("Thus, coconut oil is so effective on how to get rid of Fordyce spots.", 'C', 'heading: Coconut oil', 'hard call: presents the remedy as getting rid of the spots')
