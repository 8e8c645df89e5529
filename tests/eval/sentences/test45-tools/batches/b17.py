from lib import P, S
# batch 17: Nigerian herbal remedies, Unani, acupressure (queries 71-73)

P("https://21stcenturychronicle.com/special-report-agbo-business-thrives-in-abuja-despite-deadly-side-effects", 'N', "Nigerian news special report: agbo herbal business thrives despite deadly side effects")
S("There have been concerns raised about its safety and efficacy for the treatment of diseases.", '', '')
S("“My wife just contacted an Agbo lady who promised to cure me of my hypertension permanently. I am tried of constantly taking drugs and my wife said she said N2000 will be enough to buy it.”", '', 'quoted user in a news report', 'hard call: reported promise and reported wish to stop drugs; the writer does not endorse it')
S("It is curative in nature unlike orthodox drugs that are mere suppressants of illnesses.", '', 'quoted user in a news report', 'reported claim')

P("http://www.westafricanfoods.com.au/news/30/", 'S', "African food shop news page: ethnobotanical potentials of African vegetables")
S("Most of the dried vegetables from Africa are highly medicinal because they are used both to sustain health and to cure illness (Osunwole, 1999).", '', '', 'cited; reported use')
S("For example, to cure Diabetes, extract from Bitter leaf (vermonia amyygdalina) is mixed with pure honey and taken with two table spoonful twice daily before taking food.", 'CO', '', 'cure claim for diabetes with a remedy dose, no caveat (the citation at the end of the paragraph does not qualify the claim)')
S("To cure hypertension, water leaf (Talinum triangulare) is crushed in 2 litres of water, filtered and stored. Half a glass is taken before food twice daily.", 'CO', '', 'cure claim for hypertension with a dose (two short sentences kept together)')

P("http://www.natural-homeremedies.com/blog/acupressure-a-natural-way-to-cure-diseases/", 'A', "natural home remedies blog: acupressure, a natural way to cure diseases")
S("Acupressure is a free treatment which is quick and effective in providing relief from many disorders.", '', '', 'no cure wording')
S("It heals the body injuries, increases blood circulation and reduces back pain. It also cures diseases like diabetes, epilepsy, bronchitis, heart proble", 'C', '', 'cure claim (excerpt ends mid-word; two sentences kept together)')
S("If suffering from chronic problem, treatment can be repeated many times a day.", '', '', 'pressure-point routine, not a medicine dose')

P("http://www.scribd.com/doc/45987889/Acupressure-Be-Your-Own-Doctor", 'G', "document-sharing copy of the book 'Acupressure: Be Your Own Doctor' (course advertisement pages)")
S("Naturopathy is an excellent therapeutic science in which diseases are treated using forces of Nature like food, water, exercises/ Yogasanas, clay, sun-energy, etc. Since no chemical medicines are used, side-effects are ruled out.", 'C', 'heading: Doctorate in Naturopathy (N. D.)', '"side-effects are ruled out"')
S("Extremely diluted medicines are used in micro-doses to enhance the body's immunity, Homoeopathic medicines do not cause any adverse side-effects.", 'C', 'heading: Certificate in Homoeopathic Medicine (C. H. M.)', '"do not cause any adverse side-effects"')
