from lib import P, S
# batch 14: nephrotic syndrome, muscular dystrophy, lichen planus, gastritis (queries 59-62)

P("https://sriaas.com/service/ayurvedic-treatment-for-nephrotic-syndrome/", 'A', "Ayurvedic clinic chain: nephrotic syndrome")
S("If a person takes steroids for a long time, then it can prove to be very harmful because it also increases the risk of other diseases and affects other parts of the body.", '', '', 'hard call: warns about long steroid use but gives no instruction to stop or change them')
S("90% of the patients of this disease are children in which no definite cause of the Nephrotic disease is found.", 'S', '', 'figure with no source')

P("http://vedantaayurveda.com/muscular-dystrophy.html", 'A', "Ayurvedic centre: muscular dystrophy")
S("In most of the cases the CPK levels come down in normal range in 3-6 months.", '', '', 'hard call: first-party result claim of the centre, no cure wording')
S("The type of pathogenesis in MDs are similar to that of Mamsaghatavata caused by vitiated Kapha & Vata, kaphaavritasamanavayu, kaphaavritavyanavayu & by following the guidelines for treating these conditions MD of various types are treated at our centre effectively.", '', '', 'no cure wording')

P("http://surecare.in/LichenPlanus.html", 'A', "homeopathy clinic: lichen planus")
S("Fortunately, homeopathy, the fast growing alternative medicine has a definite, promising treatment for Lichen Planus.", '', '', 'hard call: promotional, no cure or safety wording')
S("Over 1.9% of the total population is affected by Lichen Planus.", 'S', '', 'figure with no source')

P("https://totalhomeopathy.in/skin-and-nails/lichen-planus", 'A', "homeopathy clinic: lichen planus")
S("Instead or improving the defective immune response (autoimmune) conventional medicines (steroids) suppress it.", '', '')
S("The appearance of new lesion can be completely stopped; however disappearance of hyper-pigmented areas (black spots) may take longer.", 'C', '', 'hard call: guarantees a result ("can be completely stopped")')
S("On completion of the treatment you will have minimized the chance of a reoccurrence.", '', '', 'hedged ("minimized the chance")')

P("https://positivehomeopathy.com/cure-of-lichen-planus-is-possible-with-homeopathy/", 'A', "homeopathy clinic blog: cure of lichen planus is possible with homeopathy")
S("Cure of Lichen planus is possible with Homeopathy", 'C', 'title', 'hard call: cure title of a practitioner page')
S("The reason for the Lichen planus skin disease is not yet clear but the role of either virus or phyrical stress or certain drugs cannot be ruled out.", '', '')

P("https://studyq.ai/t/how-to-cure-gastritis-permanently/25780", 'F', "AI Q&A site answer: how to cure gastritis permanently")
S("Helicobacter pylori infection: If gastritis is caused by an H. pylori infection, antibiotics prescribed by a doctor are necessary to eradicate the bacteria.", '', '')
S("It is important to consult a healthcare provider for a proper diagnosis and personalized treatment plan.", 'P', '')
