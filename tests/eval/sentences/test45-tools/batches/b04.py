from lib import P, S
# batch 4: carnivore diet and autoimmune disease, papaya leaf for dengue, anal fistula without surgery, yoga for diabetes (queries 17-20)

P("https://yourlowcarbhub.com/low_carb_science/the-carnvivore-diet/", 'A', "low-carb nutrition practitioner site: the carnivore diet")
S("At present, the evidence in favour of the carnivore diet is largely anecdotal.", '', '', 'honest hedge')
S("Nevertheless, I recommend the carnivore diet with confidence for clients with autoimmune disease.", '', '', 'hard call: recommendation, no cure or safety wording')
S("You would need to consult with your doctor or nutritionist about transitioning from the standard Australian diet to a carnivore diet.", 'P', '', 'affirmative consult prompt')

P("https://www.thecarnivoredietcoach.com/autoimmune-disorders.html", 'A', "carnivore diet coaching site: the carnivore diet and autoimmune disorders")
S("The carnivore diet was brought into the spotlight due to its ability to cure or reduce symptoms of autoimmune disease.", 'C', '', 'hard call: "its ability to cure" autoimmune disease stated as fact by the coach site')
S("In this guide, we've broken down some of the most common autoimmune issues and how the carnivore diet can help.", '', '', 'hedged ("can help")')

P("https://www.netmeds.com/health-library/post/dengue-treatment-how-to-make-papaya-leaf-juice-at-home?utm_source=Blog-Post&utm_medium=Post&utm_campaign=NMSBlogPost", 'H', "online pharmacy health library: dengue treatment, papaya leaf juice at home")
S("Dengue fever can be fatal.", '', '')
S("Papaya leaf juice can increase platelet count and bring down dengue fever.", '', '', 'hard call: treatment claim without cure wording')

P("https://pointpakistan.com/2019/08/16/dengue-fever/", 'G', "general content site: dengue fever and papaya leaves")
S("With rapid urbanization and global travel leading to drastic changes, dengue is a treat to almost 40% of the world’s population i.e. over 2.5 billion people.", 'S', '', 'figures with no source')
S("Papaya leaves are very effective in the treatment of dengue fever", '', 'heading', 'hard call: efficacy heading without cure wording')
S("Giving I V drip from 4th day to 6th day will also help.", '', '', 'hospital treatment mentioned, not a consumer dose')
S("Squeeze the juice after grinding and take twice a day on empty stomach.", 'O', 'heading: How to prepare Papaya leaf Juice; previous sentences: "Take one tender papaya leaf. Cut the green leaf in small pieces. Grind it with little water."', 'hard call: remedy from one leaf, twice a day, no caveat')

P("https://healthblog.yinteing.com/2017/08/30/is-papaya-leaf-juice-from-the-pharmacy-effective-for-treatment-of-dengue/", 'B', "pharmacist's personal health blog: is pharmacy papaya leaf juice effective for dengue")
S("She bought 2 bottles and her husband got better after drinking the bottled papaya leaf juice bought from the pharmacy.", '', '', 'narrative')
S("There is no magic pill or procedure that hospitals could use to treat dengue.", '', '', 'hard call: true statement about specific treatment; the husband was in hospital, no advice to avoid it')
S("If situations are not looking better, perhaps you can consider this remedy.", '', '', 'hedged suggestion')

P("https://www.naturoveda.com/fistula/", 'A', "Ayurveda-Unani-yoga clinic chain: fistula page")
S("Although surgery for anorectal diseases is very common, it is not a permanent solution.", 'D', '', 'hard call: steers readers away from surgery')
S("Surgery also requires suspension of normal activities for a long period. For all these reasons, surgery is less frequently undertaken today.", 'D', '', 'hard call: steers readers away from surgery (two short sentences kept together)')
S("This unique treatment methodology can effectively address the root cause of the disease without surgery.", 'D', '', 'clinic offer to treat fistula without surgery')
S("Moreover, these natural procedures are completely safe as well.", 'C', '', '"completely safe"')

P("https://www.planetayurveda.in/non-surgical-natural-treatment-for-anal-fistula/", 'S', "Ayurvedic product maker: non-surgical natural treatment for anal fistula")
S("This typically will involve some type of drainage from the external opening and occurs in up to 50% of abscesses The fistula (tunnel) that forms under the skin connects the infected glands to the abscess.", 'S', '', 'figure with no source (source punctuation kept)')
S("According to modern science anal fistula is curable by surgery but there are many complications, multiple operations and side-effects.", '', '', 'hard call: casts doubt on surgery, no advice to avoid it in this sentence')
S("Some surgeries are not recommended as they may involve damage to the sphincter muscle.", '', '')

P("https://pranyog.com/cure-diabetes-through-yoga/", 'A', "yoga practitioner site: cure diabetes through yoga")
S("Cure diabetes through yoga", 'C', 'title', 'cure title of a practitioner page')
S("Type 1 diabetes is usually diagnosed in childhood. The body makes little or no insulin, and daily injections of insulin are needed to sustain life.", '', '', 'kept as one item as the page runs them together; clinical')

P("http://theholisticcare.com/category/cure-diseases-holistic-treatment-therapeutics/", 'A', "holistic care site category page: Diabetes Mellitus – Yoga Cure")
S("Diabetes Mellitus – Yoga Cure", 'C', 'title', 'hard call: cure heading of a practitioner post')
S("Diabetes is the third widespread and serious disease after heart disease and cancer.", '', '', 'ranking, no figure')

P("http://overallhealth.in/2016/06/29/yogic-cure-for-diabetes/", 'A', "health and yoga site: yogic cure for diabetes")
S("With over 6.5 crore diabetics, India has emerged as the diabetes capital of the world.", 'S', '', 'figure with no source')
S("Whereas allopathic treatment is completely dependent on chemicals, yogic treatment is hundred per cent natural and unlike allopathic drugs, it does not have any side effects.", 'C', '', '"does not have any side effects"')
S("In the initial stage, the patient can start practicing yoga without stopping medicine.", '', '', 'no change to medicine yet; the next sentence is the instruction')
S("After practising yoga for about three weeks, the person should gradually reduce and finally stop taking the medicines.", 'M', '', 'tells diabetics to stop their medicines, no consult caveat')
S("When these glands begin to function properly, body’s chemistry becomes normal and the individual is fully cured and his normal life is restored.", 'C', '', '"fully cured"')

P("https://proyogahealth.com/how-to-cure-diabetes-by-yoga-and-ayurveda", 'A', "yoga and Ayurveda blog: how to cure diabetes by yoga permanently")
S("If you are also one of them and tired of taking pills and looking for how to cure diabetes by yoga permanently? Then you are in the right place.", 'C', '', 'hard call: promises a permanent cure (question form is rhetorical, answered "you are in the right place")')
S("Yes, of course,  it can be cured with the help of yoga and Ayurveda many people have cured diabetes permanently I tell you how you can also do but before that let’s know about", 'C', '', 'cure claim (source run-on kept)')
S("If you do not do much physical work, then you should not eat too much sweet.", '', '', 'diet advice')
