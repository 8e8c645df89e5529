from lib import P, S
# batch 7: schizophrenia without medicines, OCD and homeopathy, weight gain in Ayurveda, stomach ulcers (queries 29-32)

P("https://qammunity.org/3321486", 'F', "Q&A site answer: how to help schizophrenia")
S("Well. There is no real way to help schizophrenia without medicine.", '', '', 'answer supporting medicines')
S("So ways to improve schiz: Medication and Therapy.", '', '')

P("https://piousvision.com/blog/blog_detail/ocd", 'A', "homeopathy clinic blog: OCD and homeopathy")
S("Homeopathy is a natural and holistic approach to treating OCD.", '', '', 'no cure or safety wording')
S("They are highly diluted and potentized, making them safe and effective for treating various health conditions, including OCD.", 'C', '', 'hard call: unqualified "safe and effective" for homeopathic remedies')
S("The remedies are then customized to the individual's unique needs, making them highly effective and safe.", 'C', '', 'hard call: unqualified "highly effective and safe"')

P("https://ic.steadyhealth.com/homeopathic-remedy-for-obsessive-compulsive-disorder", 'G', "health content site: homeopathic remedy for obsessive-compulsive disorder")
S("OCD can be treated with psychotherapy and medication.", '', '')
S("Cognitive-behavioral therapy has proved to be the most effective talk therapy to overcome this problem.", '', '', 'no figure')
S("In addition to officially recognized methods of treatment, there are also a lot of homeopathic remedies that help in the removal of obsession and compulsion.", '', '', 'hard call: "in addition to" recognised treatment; no cure wording')

P("https://www.theayurveda.org/ayurveda/top-5-recipes-weight-gain", 'A', "Ayurveda clinic site: top 5 recipes for weight gain")
S("So, if a person is underweight, there is a need of medical guidance for an evaluation.", 'P', '', 'passive prompt to seek medical evaluation')
S("After adopting lifestyle as well as nutrition as prescribed by Ayurvedic physicians for weight gain, a person will feel energetic, improvement in muscle bulk and body size and disappearance of emaciation.", 'C', '', 'hard call: guarantees the result ("will ... disappearance of emaciation")')

P("https://theindianspot.com/ayurvedic-tips-counter-weight-gain/", 'G', "lifestyle site: Ayurvedic tips for weight gain")
S("Ayurveda has solutions for everything and anything and you can follow Ayurveda to gain healthy weight naturally!", 'C', '', 'hard call: cure-all claim ("solutions for everything and anything")')
S("Add 2 tbsp ashwagandha powder, commonly available in ayurvedic herb stores.", 'O', 'heading: ASHWAGANDHA SHAKE; next sentences: "Add 1 tsp clarified butter and mix well. Drink twice every day. Do this for 1 month."', 'hard call: herbal powder amount with a frequency and duration in the same section, no caveat')
S("Unfortunately, most such people fall prey to unnecessary supplements and unhealthy junk food to put on weight.", '', '')

P("https://gh.opera.news/gh/en/health/75f68c7e190e6bb8428eb15bc89b67e8", 'N', "news aggregator (user post): how to cure stomach ulcer")
S("One in ten people every year suffer from stomach ulcer.", 'S', '', 'figure with no source')
S("Although the treatments are available to provide relief from the painful stomach disorder, you can always opt for these home remedies to avoid adverse effects on antibiotics on your health and get rid of ulcers quickly.", 'MC', '', 'hard call: offers home remedies in place of the prescribed antibiotics, no caveat; promises to "get rid of ulcers quickly"')
S("It has been researched that the presence of healing compounds in Licorice inhibit Helicobacter growth in the stomach.", 'S', '', 'hard call: research claim with no citation')
S("However, it is essential to consult your doctor on the right amount of Licorice to consume for its beneficial effects.", 'P', '')

P("https://shegadaily.com/simple-treatments-for-stomach-ulcers/", 'N', "online magazine: simple treatments for stomach ulcers")
S("Stomach ulcers are treated with antibiotics as well as medications that reduce and block stomach acid.", '', '')
S("In addition to this tried-and-true therapeutic approach, research has shown that there are a number of natural home remedies that may help in treating a stomach ulcer.", 'S', '', '"research has shown", no citation; "in addition to" standard care')
S("If you use aspirin, warfarin (Coumadin), or any other prescription blood thinners, find out from your doctor whether you should avoid eating garlic.", 'P', '')

P("https://reportersatlarge.com/2024/05/19/effective-methods-natural-remedies-to-cure-stomach-ulcers/", 'N', "news blog: effective methods and natural remedies to cure stomach ulcers")
S("Fortunately, there are several effective methods and remedies to cure stomach ulcers.", '', '', 'hard call: the article covers antibiotics and PPIs first; cure of ulcers by treatment is clinical')
S("Honey: Honey has antibacterial properties and can help combat H. pylori. Consuming a tablespoon of honey daily may promote healing.", 'O', 'heading: Natural Remedies', 'hard call: remedy amount with a frequency for a condition, no caveat (list item kept whole)')

P("https://naturalhealingguides.com/stomach-ulcers-natural-cure-treatment-home-remedies/", 'A', "natural healing site: stomach ulcers natural cure and home remedies")
S("How To Cure Stomach Ulcers Permanently With Home Remedies", 'C', 'title', 'permanent cure heading')
S("Research shows that about 10% of humans will experience a form of stomach ulcer during the course of their lives.", 'S', '', '"research shows", no citation')
S("Stomach ulcer can be treated using conventional medical methods like using antibiotics and other medications to control stomach acid.", '', '')

P("https://rupahealth.com/post/fastest-way-to-fix-a-stomach-ulcer", 'H', "functional medicine lab-testing company blog (naturopath author): fastest way to fix a stomach ulcer")
S("According to the American Academy of Family Physicians (AAFP), healing stomach ulcers can take 4 to 12 weeks.", '', '', '"according to" a named body')
S("How Antibiotics Can Cure Stomach Ulcers", '', 'heading', 'clinical heading (antibiotic eradication), not a claim under the narrow definition')
S("All patients with stomach ulcers should be tested for H. pylori, and those infected should undergo antibiotic eradication therapy.", '', '', 'hard call: clinical recommendation, not a prompt to consult addressed to the reader')
