from lib import P, S
# b14 (queries 66-68): African star apple (none), corn silk tea, avocado leaf tea
P("https://thechronicle.com.gh/avocado-leaf-tea-health-benefits/", g='N', page="Ghanaian newspaper: avocado leaf tea health benefits")
S("Research is being conducted on what potential health benefits avocado tea could have as a treatment for health issues such as cold, flu, stomachache, arthritis, and high blood pressure.", '', '', '')
S("Avocados are known to be high in antioxidants, but it turns out avocado leaves have even higher concentrations.", '', '', '')
S("Research indicates that drinking 2 cups of avocado tea daily can reduce or even eliminate kidney stones.", 'S', 'heading: Treat Kidney Stones', '"research indicates" without a source; "can reduce or even eliminate" is hedged (the promise comes in the next sentence); kidney stones appear here in passing on an avocado-leaf page')
S("Most people see results within 10 days.", 'C', 'heading: Treat Kidney Stones | previous sentence: "Research indicates that drinking 2 cups of avocado tea daily can reduce or even eliminate kidney stones."', 'hard call: promise of a result and of its speed for kidney stones')
S("It’s recommended that to see results, the tea should be enjoyed 3 times or more per week.", '', 'heading: Lower Blood Pressure', 'frequency without an amount -> not a dose')
S("Researchers have noted that avocado leaf extract works to improve the transmission of GABA, a calming neurotransmitter.", 'S', 'heading: Reduce Convulsions From Seizures', 'hard call: unnamed researchers, no source in the paragraph')
P("https://thefrugalchef.com/2024/09/how-to-make-corn-silk-tea-natural-diuretic", g='B', page="frugal-cooking blog: how to make corn silk tea, natural diuretic")
S("Corn silk, the fine threads found under the husk of corn, is a powerful natural diuretic with various health benefits, especially for the urinary system.", '', '', '')
S("Supports Kidney Health: By promoting urination, corn silk can help prevent kidney stones and assist in maintaining healthy kidney function.", '', '', 'hedged prevention claim')
S("Interaction with Medications: Corn silk may interact with diuretic medications or blood pressure medications. Consult a doctor before using corn silk if you are on medication.", 'P', 'heading: Side Effects of Corn Silk', 'two sentences as one list item')
S("Pregnancy and Breastfeeding: The safety of corn silk during pregnancy and breastfeeding is not well-established. It’s best to consult a healthcare provider before use.", 'P', 'heading: Precautions', 'two sentences as one list item')
