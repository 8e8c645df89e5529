from lib import P
P("https://www.thyroiddietcoach.com/thyroidfaqs/will-i-ever-be-able-to-get-off-medication-or-heal-completely/", "diet-programme seller FAQ: will I ever get off thyroid medication", [
 ("Will I ever be able to get off medication or heal completely?", "page title", "", "question"),
 ("Not surprisingly; many of you hate the idea of popping the pill first thing in the morning and everyone wants to be free of these debilitating symptoms.", "", "", ""),
 ("In any case, you will feel significantly better when you adopt the Thyroid Diet", "", "C", "hard call: unconditional promised result of the seller's diet"),
])
P("https://erinboyea.blogspot.com/2012/10/hypothyroidism.html", "personal blog: curing hypothyroidism naturally", [
 ("Update Feb 2014: I am officially off my Synthroid and going to try a second time to cure my hypothyroidism naturally.", "", "", "first-person account"),
 ("Please like and share your testimonial if you have cured your hypothyroidism naturally.", "", "", ""),
 ("I have taken Synthroid (a high dose of 125 mcg / .125 mg) daily for 5 years.", "", "", "narrative dose"),
 ("So research the cleanest supplements before purchasing anything.", "", "", ""),
])
P("https://wellnessrepair.com/how-to-reverse-hypothyroidism-and-hashimotos/", "wellness blog: how to reverse hypothyroidism and Hashimoto's", [
 ("How to Reverse Hypothyroidism and Hashimotos", "page title", "C", "how-to title promising reversal"),
 ("It is estimated that more than one in four people in the U.S. have thyroid dysfunction.", "", "S", ""),
 ("The old protocol leads many doctors to prescribe an antidepressant or put patients on a statin drug to mask symptoms.", "", "", "disparagement without an instruction"),
 ("I’d like to introduce you to some doctors that are calling out the inadequacies of the old protocol and going after the root cause instead; with remarkable success.", "", "", ""),
])
P("https://naturalendocrinesolutions.com/2012/07/26/once-on-thyroid-hormone-always-onthyroid-hormone/comment-page-1", "natural endocrine practitioner's blog: once on thyroid hormone always on thyroid hormone?", [
 ("Without question, there are some people who do need to be on thyroid hormone for the rest of their life.", "", "", ""),
 ("However, many people who develop hypothyroidism or Hashimoto’s Thyroiditis don’t need to take thyroid hormone forever.", "", "", "hard call: a general statement, no instruction to stop"),
 ("In any case, my mother began taking the thyroid hormone, but eventually felt she didn’t need to take it, and so she abruptly stopped.", "", "", "narrative"),
 ("I don’t recommend for people with hypothyroidism to take this approach, as many people would experience severe symptoms if they were to just stop taking their medication", "", "", "warning against stopping"),
])
P("https://rootcausenaturopathy.co.uk/blog/can-diabetes-be-reversed-naturally", "naturopath's blog: can diabetes be reversed naturally", [
 ("Diabetes has been called a progressive disease, often requiring multiple medications to lower blood sugar levels and sometimes eventually leading to daily insulin injections.", "", "", ""),
 ("Pioglitazone was placed under suspension in 2013 and has a black box warning for its potential to increase the risk of bladder cancer(1).", "", "", "reference marker"),
 ("Having to go against the advice from his diabetic team at the NHS, he decided to try alternative methods rather than resorting to insulin.", "", "", "narrative about the writer's father"),
 ("That is a 23% reduction in 2 months, without insulin.", "", "", "the writer's own anecdote, computed"),
])
P("http://curingmydiabetes.com/diabetes-cure-30-days-cure-diabetes-quickly.html", "content site: diabetes cure in 30 days", [
 ("It is usually taken two times a day.", "previous sentence: Metformin also helps to lower blood glucose levels ...", "", "describes how metformin is taken, not an instruction"),
 ("Take about 200 gms. of Curds (dahi)(Yogurt) blend it in a mixer.", "", "", "recipe"),
 ("Reduce your intake of food to 75%.", "", "", "dietary instruction"),
 ("Your sugar levels however high will drop to normal within 3-4 weeks.", "", "C", "guaranteed result"),
 ("This is the best natural remedy which has given me relief from diabetes.", "", "", "testimonial of relief, no cure wording"),
])
P("https://healthconnectdaily.com/reverse-diabetes-naturally", "content site: can you reverse diabetes without medication", [
 ("Can You Reverse Diabetes Without Medication?", "page title", "", "question"),
 ("The good news is that for many individuals—especially those newly diagnosed—reversing or significantly improving diabetes is possible with sustained lifestyle changes.", "", "", "hedged"),
 ("Reversal doesn’t mean your pancreas is cured or that diabetes is permanently gone.", "", "", "negated"),
 ("Yes—diet is one of the most powerful levers for reversing diabetes naturally.", "previous sentence: Can Food Choices Really Lower Blood Sugar Long-Term?", "", ""),
])
P("https://www.contrahealthscam.com/reverse-type-2-diabetes-without-drugs/", "scam-review blog by a doctor: reverse type 2 diabetes without drugs", [
 ("Unfortunately, this has led to the proliferation of many scams claiming to have found the ‘natural cure’ for the disease (see my Diabetes Freedom review as an example) – despite the disease having no cure at the moment.", "", "", "debunking"),
 ("That’s why in this article, I’m going to tell you for free what you need to do to reverse your type 2 diabetes without the use of diabetes medication.", "", "C", "hard call: promise of reversal (how-to convention); the next sentence hedges with 'possibly'"),
 ("Follow this guide and you can possibly remain diabetes free for years!", "", "", "hedged 'possibly'"),
 ("As a medical doctor myself, I believe that the best way of treating any disease is to begin management from natural means.", "", "", "opinion, no instruction"),
])
P("https://psoriatic-arthritis.com/living/why-i-resisted-natural-treatments", "patient community site post: why I resisted natural treatments", [
 ("I currently treat almost all of my conditions, which includes psoriatic arthritis, as naturally and pharmaceutical drug-free as possible.", "", "", "first-person"),
 ("It’s not that I am anti-medicine, because I do believe there are medications that actually help other people.", "", "", ""),
 ("I assumed that if something natural could have helped, my doctors would have suggested it.", "", "", "narrative"),
])
P("http://doctoryourself.com/subcontractor.html", "alternative-health site: your doctor is a subcontractor", [
 ("Just substituting one doctor for another does not make you self-reliant.", "", "", ""),
 ("If you believe that someone has to tell you how much of a nutrient to take, you are making yourself powerless.", "", "D", "hard call: steers readers away from professional guidance on dosing"),
 ("Take charge of your own healthcare.", "", "", ""),
 ("You run the case; your doctor is a subcontractor.", "", "", "no instruction to avoid care"),
 ("I am not saying that you should jettison every doctor that does not knuckle under 100% of the time.", "", "", "negated"),
])
P("http://www.canadiancontent.net/commtr/natural-alternatives-does-doctor-best-_822.html", "online magazine opinion column: natural alternatives, does your doctor know best?", [
 ("Have you ever tried asking a doctor about alternative cures – not just traditional drugs, but natural solutions?", "", "", "question"),
 ("How many people with cancer have benefited from radiation therapy?", "", "", "rhetorical question"),
 ("You go to the doctor and get a prescription for the miracle drug that you have now become dependent on.", "", "", ""),
])
P("https://debtokarz.com/treating-the-symptom-rather-than-the-cause/", "personal blog: treating the symptom rather than the cause", [
 ("I can relate to this cartoon after spending eight unnecessary years on antidepressants.", "", "", "first-person"),
 ("A national survey in 2012 revealed that more than 30% of adults and 12% of children use non-conventional health care approaches.", "next sentence: This is according to the National Center for Complementary and Integrative Health.", "", "attributed in the next sentence"),
 ("In some cases, one-size-fits-all drugs cause more harm than good to those with intolerances for the drugs.", "", "", ""),
])
P("http://www.stumblerz.com/prescriptions-or-natural-remedies/", "content site: prescriptions or natural remedies?", [
 ("If you have a cold or the flu, trying natural remedies is fine and probably better than taking prescribed medications such as antibiotics because your body will become resistant to antibiotics which is not a good thing when you really need them.", "", "M", "hard call: steers readers from prescribed medicines (antibiotics) to natural remedies, no consult caveat"),
 ("If you have a lower respiratory infection, you can try natural remedies but since it can turn into pneumonia, you want to be careful and seek a doctor’s attention if needed.", "", "P", ""),
 ("If you have depression, try natural remedies first, like walking or talking with someone.", "", "", "hard call: no instruction to stop a medicine or avoid a doctor"),
 ("Depression has been proven to be a chemical disorder of the brain, so you may get to a point where a prescription is needed.", "", "S", "hard call: 'has been proven' without a source"),
 ("If you have cancer, prescriptions are the way to go.", "", "", ""),
])
P("https://thirdstonehealth.com/tag/medications/", "naturopathic practice blog tag page: medications", [
 ("Many people come to me wanting to discontinue their pharmaceutical medications either because they are experiencing unpleasant side effects or because they “just don’t like the idea of taking medications.”", "", "", "reported"),
 ("I often support people in getting off of medications but sometimes I talk people into staying on those medications because they may be the very best treatment.", "", "", ""),
 ("Restore Balance to Eliminate Need for Medications", "heading", "M", "hard call: heading promising to remove the need for prescribed medicines (test4 'How To Get Off Antidepressants' convention)"),
 ("I generally do not prescribe something to directly substitute a medication.", "", "", ""),
])
P("https://dailywisdomwords.com/wisdomology/natural-medicine-vs-chemicals-part-1/", "personal blog: natural medicine vs chemicals", [
 ("Firstly, I believe that if natural medication does indeed help you, it should be your first choice.", "", "", ""),
 ("I certainly agree that you should keep your body free of chemically dependent drugs for as long as possible.", "", "", "hard call: general preference, no instruction to stop or swap a prescribed medicine"),
 ("Because once a chemical enters your body, you do become dependent on it at some point.", "", "", ""),
])
P("https://ramelrones.com/blog/2015/1/9/new-years-health-resolution-getting-off-medication", "personal health blog: getting off medication", [
 ("There is nothing wrong with prescription medication.", "", "", ""),
 ("You need to listen to your body, and make small adjustments, one at a time, as you and your doctor feel comfortable with them.", "", "P", "hard call: medication changes made together with the doctor, read as a prompt"),
 ("If it's an emergency, take the pill.", "", "", ""),
 ("I believe exercise and meditation can improve or fix almost any ailment, but you can't exercise your way out of an infection.", "", "", "hard call: 'I believe ... almost any', hedged and qualified"),
 ("Ask your medical professional about alternative treatment options, and alternative treatment specialists you can talk to.", "", "P", ""),
])
