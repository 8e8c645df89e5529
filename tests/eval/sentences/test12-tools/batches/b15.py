from lib import P
P("https://mummyweeblog.com/doctor-nah/", "mother's personal blog: 'Doctor?' Nah.. (baby with fever and spots)", [
 ("“Doctor?” Nah..", "post title", "D", "hard call: the post's title presents skipping the doctor for a feverish baby with a rash as the message"),
 ("I explained to her that I do not take my kids to the doctor unless absolutely necessary.", "", "", "narrative"),
 ("I continued to observe her and as she didn’t look too listless or lethargic and was still moving around, I decided that a visit to the doctor was not necessary.", "", "", "narrative (the writer's own decision)"),
 ("Besides, there are so many viruses out there nowadays with H1N1, HFMD, etc, it’ll be worse if she caught something contagious at the clinic.", "", "D", "hard call: argues that the clinic itself is the danger, a general reason to stay away"),
 ("I try not to give my children any medication because I believe that the body is then able to build up its own defences and its immunity will be strengthen.", "", "", "narrative belief"),
], g='B')
P("https://www.sunrisenaturalmedicine.com/i-dont-want-antibiotics/", "naturopathic clinic blog: 'I don't want antibiotics' (sick children)", [
 ("Parents–and increasingly, medical professionals–know that not every little cough, cold or flu requires medication.", "", "", ""),
 ("When you know your child is getting sick,  here are some things you can do to help ensure the sickness will fortify them rather than lead them to the doctor after days of misery.", "", "", "hard call: home measures framed as preventing a doctor visit, but the post safety-nets (temps over 103F: call the doctor)"),
 ("If the fever is already strong–103 is the lower end of a good fever–then do your best to make your child comfortable without reducing the fever.", "", "", "hard call: advice against fever reducers (OTC), not a prescribed medicine"),
 ("(Temps persisting over 103F with no other symptoms warrant a call to the doctor.)", "", "P", ""),
], g='A')
P("https://www.botanicaldelights.com/single-post/2015/11/23/fever-101-what-s-really-going-on", "herbalist's site blog: fever 101", [
 ("If you’re like 96% of the people in our country, you’d probably rush off to the drug store to get some acetaminophen (Tylenol) or ibuprofen (Advil, Motrin), take the proper dose and watch closely until the fever came down.", "", "S", ""),
 ("Unfortunately, lowering a fever with drugs is probably the worst possible thing you can do!", "", "", "hard call: against OTC fever reducers; not a prescribed medicine (not M)"),
 ("It’s actually an indication that your immune system is kicking in and working to make you better and it shouldn’t be interfered with!", "", "", ""),
], g='A')
P("http://crunchykatiesrantsandraves.blogspot.com/2011/09/sickness.html", "mother's personal blog: sickness (fevers, no fever reducers)", [
 ("This is why I never use fever reducing meds on my kids.", "", "", "narrative"),
 ("You should read the article, it's just eye opening!!", "about an article by Dr. Sherri Tenpenny on not fearing fevers", "", ""),
 ("The children who are given fever reducing meds seem to be sick for twice as long.", "", "", "hard call: the writer's impression, not a statistic ('seem')"),
], g='B')
P("https://woman2womansite.wordpress.com/tag/fever-in-children/", "women's blog guest post: treating my son's fever without medicine", [
 ("I don’t want him to have it, since I do not see the point of having him injected with virus to fight a virus that his body was built to combat.", "about the flu vaccine", "", "hard call: the writer's own choice, no instruction to readers"),
 ("There is unlimited information on liver damages that can be caused due to regular use of medications.", "", "", ""),
 ("Reducing your child’s fever doesn’t help to cure the underlying illness or problem.", "", "", ""),
], g='B')
P("https://madammiely.com/blog/how-tos/5-home-treatment-for-childrens-fever-cough-and-common-colds/", "Filipino mom blog: home treatment for children's fever, cough and colds", [
 ("Medications and antibiotics are one of the reasons why these defenses are being weak.", "", "", ""),
 ("I’m pretty bad in citations but you can search it on Google.", "", "", ""),
 ("Having limitations only means that you have to seek doctor’s prescription already.", "", "P", "hard call: safety-netting prompt (seek the doctor past the limits)"),
], g='B')
P("http://moleremovalinfo.com/", "home mole-removal product comparison site: mole removal", [
 ("Since mole removal is generally only performed by dermatologists or cosmetic surgeons, the costs can be prohibitive for people who do not have insurance or whose insurance will cover only part or none of the cost.", "", "", ""),
 ("Before using any type of home remedy to remove a mole, it is best to see a dermatologist to evaluate the mole.", "", "P", ""),
 ("Generally, home remedies should only be used on flat moles; moles that are raised up from the skin tend to be the moles that may be precancerous or cancerous.", "", "", "hard call: steers which moles to treat at home, after a dermatologist prompt"),
], g='S')
P("https://www.teaglad.com/blogs/tea-blog/13679849-best-way-to-detox", "tea shop blog: best way to detox", [
 ("While it is true that our liver and kidneys naturally detoxes our bodies for us, doing cleanses allows our organs to work at their max capacity to flush our system of the toxins.", "", "", ""),
 ("The benefits of tea for detoxing, weight loss and overall health has been well documented.", "", "S", "hard call: 'well documented' with no citation"),
], g='S')
P("https://fitnessxperts.net/body-detoxification-using-detox-tea", "fitness content site: body detoxification using detox tea", [
 ("In order to maintain the body in prime condition it is imperative that we flush out toxins through detox programs at least twice a year.", "", "", ""),
 ("Detox tea helps to rid the liver of toxins and impurities so that it may regain its normal functioning.", "", "", "hard call: mechanism claim, hedged outcome ('may')"),
], g='G')
