from lib import P, S
# batch 15: gallbladder polyps, retinitis pigmentosa, vocal nodules, thalassaemia (queries 63-66)

P("https://primehealers.com/symptoms-causes-and-ayurveda-treatment-for-retinitis-pigmentosa/", 'A', "Ayurvedic eye clinic blog: Ayurveda treatment for retinitis pigmentosa")
S("However, it is a rare condition that happens to one in every four thousand individuals across the world.", 'S', '', 'figure with no source')
S("Retinitis Pigmentosa treatment in Ayurveda cures this disease with the help of herbs and following risk-free and natural practices.", 'C', '', 'cure claim for a genetic eye disease, "risk-free"')

P("http://www.retinitispigmentosa.co.in/", 'A', "Ayurvedic clinic site: retinitis pigmentosa")
S("Ayurvedic treatment of retinitis pigmentosa is to maintain a healthy environment in whole body and specially in the eyes so that the expression of genes can be either stopped or slowed down so that the present vision status can be maintained.", '', '', 'hard call: modest aim, no cure promise')
S("Progressive loss of vision may lead to blindness if not treated timely.", '', '')

P("https://www.naturalherbsclinic.com/vocal-cord-nodules/vocal-nodules-treatment-natural", 'S', "herbal product seller: vocal nodules natural treatment")
S("Eliminating the causes of vocal nodule formation is the best cure for vocal nodule.", '', '', 'hard call: advice to remove causes, no product cure claim')
S("On the other hand, it is best to discuss with first your doctor before taking any treatment to avoid any adverse effect.", 'P', '')

P("https://www.yourhealthytribe.com/spirituality/vocal-cord-nodules-causes-and-natural-remedies/", 'G', "wellness content site: vocal cord nodules, causes and natural remedies")
S("Known as a singer’s disease, nodules on vocal cords can be a very unpleasant experience and, in fact, it’s straightforward to cure without going under the knife.", 'CD', '', 'hard call: "straightforward to cure" and steers readers away from surgery')
S("Although polyps are manifested as visible gaps in vocal cords, doctors rarely decide for surgical removal.", '', '')

P("https://wantacook.com/how-to-cure-thalassemia-major-naturally/", 'G', "content site: how to cure thalassemia major naturally")
S("How to cure thalassemia major naturally", 'C', 'title', 'cure title for an inherited blood disorder')
S("It is a genetic disease that requires at least one of your parents to be a carrier.", '', '', 'definition')

P("https://nirogam.com/blogs/news/world-thalassemia-day-how-to-manage-thalassemia-with-ayurveda", 'S', "Ayurvedic product brand blog: how to manage thalassemia with Ayurveda")
S("Since Thalassemia is a genetic disease there is no permanent cure.", '', '', 'negation')
S("If you are suffering from mild thalassemia, you need not undergo treatment.", '', '', 'hard call: clinical statement that a mild condition may not need treatment')
S("Drinking tea as it will prevent iron buildup in your body.", '', '', 'prevention claim, not a cure or safety claim')
