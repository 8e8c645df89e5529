from lib import P, S
# batch 18: gout and cherry juice, diabetes medicines, soursop and Essiac (queries 74-77)

P("https://sam-taylor.com/cure-gout-with-black-cherry-juice/", 'B', "personal blog: cure gout with black cherry juice")
S("Cure Gout With Black Cherry Juice", 'C', 'title', 'cure title')
S("People usually take help of medicinal drugs like allopurinol to get rid of the pain but there are numerous natural cures too that you can try.", '', '', 'hard call: offers alternatives but does not tell readers to stop allopurinol')
S("A recent study has also revealed that if you drink 1 cup of black cherry juice daily then it can reduce the level of uric acid by up to 15%.", 'S', '', 'unnamed study with a figure')

P("https://recuperatery.com/article/simple-method-for-removing-gout-4439", 'G', "content site: simple method for removing gout")
S("This is a chronic condition, and many people suffer from this and of course, don’t want to be dependent on aspirin for life.", '', '')
S("A mix of all these ingredients can naturally ease up the gout symptoms more than over the counter medicines.", '', '', 'comparative, no cure wording')

P("https://www.veryfocus.net/articles_03myia.html", 'G', "content site: Essiac tea for cancer")
S("In desperation, Mrs. Hunter searched for possible cures for his terminal condition.", '', '', 'narrative')
S("In fact, a study done by Texas-based M.D. Anderson Cancer Center showed that 4.9% of patients used Essiac tea as a supplement to conventional treatment.", 'S', '', 'an institution alone is not a citation')
S("Another study conducted at Mayo Clinic's Comprehensive Cancer Center revealed that almost 10% of cancer patients surveyed said that they also used the said herbal tea.", 'S', '', 'an institution alone is not a citation')
S("Later, Canadian authorities investigated her practice and establishment and declared there was little proof that Essiac was effective.", '', '')
