from lib import P, I
# b10: lectins (query 37).
P("https://floridaantiagingcenter.com/lectins/", 'H', "anti-aging clinic's page on lectins")
I("These lectins cause inflammation and can be neurotoxic (kill nerve cells) and cells (cytotoxic).", '', '', '')
I("Lectins can damage your intestinal barrier.", '', '', '')
I("Lectins have been implicated in arthritis, diabetes, heart disease, irritable bowel syndrome, obesity, dementia, and thyroid dysfunction.", '', '', 'association claim, no figure')
I("If you do eat beans, be sure to soak for 12 hours before cooking then rinse the beans and cook for at 15 minutes on high", '', '', 'food preparation, not a dose')
P("https://www.daily-stories.net/avoid-gluten-and-lentils-if-you-have-inflammatory-diseases", 'G', "content site copy of a functional-medicine author's article: avoid gluten and legumes")
I("I’ve already explained how having a leaky gut puts you firmly on the autoimmune spectrum.", '', '', '')
I("Avoiding grains and legumes is important in the process of reversing inflammatory diseases.", 'C', '', 'hard call: presents inflammatory diseases as reversible by the diet, unhedged')
I("Gluten has been linked to more than 55 diseases, and it is estimated that 99% of people who are celiac or non-celiac with gluten sensitivity are never diagnosed.", 'S', 'heading: What is gluten?', 'figures with no source in the paragraph')
I("That is why healing your gut is the first pillar of my protocol.", '', '', '')
