from lib import P, I
# b08: jamu, lagundi (queries 29, 31).
P("https://www.emotion-master-studentproject.eu/post/jamu-a-herbal-wonder-drink", 'B', 'student project blog post: jamu, a herbal wonder drink')
I("Nevertheless, to put it generally, it is an herbal therapeutic preparation, original from Indonesia, used for health and beauty promotion and for curative purposes.", '', '', 'descriptive')
I("· Jamu pahitan relieves diabetes mellitus and itching by allergies", '', 'list of common jamu types', 'relief claim without cure wording')
I("A single “dose” of jamu can contain 10-20 different plants!", '', '', 'composition, not a health statistic')
P("https://drfarrahmd.com/2019/09/homemade-lagundi-syrup-powerful-natural/", 'H', "doctor's health blog: homemade lagundi syrup for cough")
I("Lagundi, also known as five-leaved chaste tree, is an herbal medicine with proven therapeutic value.", '', '', 'efficacy claim without cure or safety wording')
I("According to studies, lagundi contains Chrysoplenol D, a substance with anti-histamine and muscle relaxant properties.", 'S', '', 'hard call: "according to studies" names no source (as in s71-s75)')
I("For this purpose, we simply need to boil half a cup of lagundi leaves in two cups of water.", '', '', 'preparation')
I("Drink half a cup of the decoction 3 times a day.", 'O', 'previous sentence: boil half a cup of lagundi leaves in two cups of water', 'hard call: remedy amount and frequency for the reader, no caveat in the section')
