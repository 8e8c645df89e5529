from lib import P, I
# b11: neurofibromatosis (Ayurveda doctor), ataxia (spun copy) (queries 41-42).
P("https://dramitdutta.com/neurofibromas/", 'H', "Ayurveda doctor's site: page on neurofibromas")
I("NF1 occurs in 1 out of 3000 births whilst NF2 occurs only 1 out of 50000 births.", 'S', '', 'incidence figures with no source')
I("The tumors are usuallu benign –noncancerous, but in some cases these tumors become cancerous- malignant tumors.", '', '', '')
I("According to Sudshrata Samhita – Granthi is the sanskrit word for benign tumor.", '', '', '')
P("https://www.eennieuwavontuur.com/progressive-cerebellar-ataxia-ayurvedic-natural-cure/", 'G', 'spun copy of an Ayurvedic clinic text on progressive cerebellar ataxia')
I("The Ayurvedic cure of progressive cerebellar ataxia is aimed at dealing with the recognized result in of this problem, managing the symptoms and protecting against or delaying the degeneration process in the mind.", '', '', 'hard call: "cure" used for treatment aims (managing symptoms, delaying degeneration); no promise of cure, kept negative')
I("Progressive cerebellar ataxia is a degenerative system of the central anxious technique which benefits in a progressive decline of co-ordination of gait, limb movement, speech, vision, swallowing and cognition.", '', '', 'spun text kept as found')
