from lib import P, S
# batch 12: urticaria, scabies, excessive sweating (queries 53-55)

P("https://247homeopathy.com/urticaria/", 'A', "homeopathy clinic: urticaria")
S("In most cases, hives are caused by an allergic reaction to medication or food reaction to an irritant in an irritant in the environment.", '', '')
S("Homeopathic medicine enhancing one’s immune system to fight foreign bodies or induced diseases and restricting the future development of disease.", '', '', 'no cure or safety wording')
S("Homeopathic medicines are not only side-effect-free but also redu", 'C', '', '"side-effect-free"; excerpt ends mid-word')

P("https://www.nutroo.me/did-you-know-these-11-natural-cures-for-chronic-idiopathic-urticaria/", 'G', "content site: 11 natural cures for chronic idiopathic urticaria")
S("Drink nettle tea that’s made by mixing 2 tsp of powdered nettles into hot water.", '', 'heading: Home Remedy Tips', 'hard call: amount without a frequency; a tea recipe')
S("Applying aloe Vera gel or vitamin E oil into the affected area at least twice per day may provide some relief.", '', 'heading: Home Remedy Tips', 'frequency without an amount; hedged')

P("https://pestbugcontrol.com/qa/view/how-to-get-rid-of-scabies-mites-at-home", 'G', "pest-control Q&A site: how to get rid of scabies mites at home")
S("Apply a 5 % «permethrin» cream to the entire body, then wash all clothing, bedding, and towels in water at least 60 °C and dry on high heat.", '', '', 'hard call: strength and route of a standard scabicide, no amount or frequency')
S("Oral ivermectin, when indicated, should follow the dosing schedule provided by a healthcare professional.", '', '', 'defers dosing to a professional; not an affirmative consult prompt')

P("https://visualfoodie.com/can-home-remedies-work-as-scabies-medication", 'G', "food and lifestyle blog: can home remedies work as scabies medication")
S("We’ll separate plausible aids for symptom relief from ineffective or risky treatments, so you can make an informed decision and understand why a doctor’s visit is almost always the fastest and safest path back to comfort.", 'P', '', 'hard call: recommends a doctor\'s visit')
S("Scabies isn’t an infection or a sign of poor hygiene.", '', '')

P("http://stophyperhidrosis.soup.io/post/300269739/Hyperhidrosis-Cure-Guide", 'B', "personal blog post: hyperhidrosis cure guide")
S("Hyperhidrosis or excessive sweating is a very common condition that is experienced by almost 3% of the entire Earth's population.", 'S', '', 'figure with no source')
S("The best out there are the natural methods where you make use of herbal medicines and you treat the cause", '', '', 'hard call: preference for herbal methods, no cure wording or advice against doctors')

P("http://tipstosweatless.over-blog.com/2014/09/how-to-keep-your-body-from-sweating.html", 'B', "personal blog post: hyperhidrosis treatments")
S("More than 3% of the world's population suffers from excessive sweating, which is also sometimes called hyperhidrosis.", 'S', '', 'figure with no source')
S("Most of the time a natural treatment method like the ones found here will help to reduce the amount of sweat is produced.", '', '', 'no cure wording')

P("http://www.stopsweat.com/stop-excessive-sweating.htm", 'S', "antiperspirant seller: stop excessive sweating")
S("Although various medical treatments exist to cure the disease, most people tend to remain shy from the doctors feeling either uncomfortable approaching the doctor or feeling that this situation does not need that kind of attention.", '', '', 'reported behaviour')
S("In case, the natural means are not effective, a person can opt for the medications and injections or surgeries which are available with the doctors.", '', '', 'hard call: natural means first, doctors as a fallback; not an affirmative prompt, not discouraging')
