from lib import P
P("https://medputnik.com/news/berberine-vs-metformin/en", "medical news site: berberine instead of metformin", [
 ("The most commonly used dosage was 500 mg × 2–3 times a day (a total of 1000–1500 mg/day).", "heading: Dosages from clinical studies", "", "study doses"),
 ("In Chinese RCTs, these doses reduced HbA1c by ~0.9–1.2% over 3 months and decreased fasting and postprandial glucose levels.", "short page with a Sources list (Zhang et al. 2011; Yin et al. 2008, Metabolism) just below", "", "hard call: citation list on the same short page, not in the paragraph"),
 ("It is best to use it under the supervision of a doctor, especially if you are already undergoing treatment.", "", "P", ""),
], g='N')
P("https://www.zenhealthcare.com.np/2018/01/25/what-is-a-typical-medical-history-of-type-2-diabetic-patient/", "diabetes clinic/programme blog: typical medical history of a type 2 diabetic", [
 ("Ironically, your physician will never tell you that type 2 diabetes is curable.", "", "C", "hard call: asserts as fact that type 2 diabetes is curable"),
 ("In fact, if you even mention the cure word around him, he will likely become upset and irrational.", "", "", "disparages doctors, no steer"),
 ("Unfortunately, many of us choose drugs as our first option, because the drugs are easy to use, and we mistakenly believe that drugs give us freedom, and continue to live on as before.", "", "", "hard call: disparages drugs, no instruction"),
 ("Therefore, you start out taking one diabetic drug, usually metformin (Glucophage) — usually 500mg or 1000mg twice a day.", "", "", "describes a typical prescription, not an instruction"),
], g='H')
P("https://www.besthealthnutritionals.com/blog/2011/02/17/on-the-ropes/", "supplement seller's newsletter blog: statins on the ropes", [
 ("It's the one drug practically everyone's taking--but nobody needs.", "", "", "hard call: claim about statins, not an instruction"),
 ("All kidding aside, statins do almost nothing for most people--and a new study proves again that low-risk patients who take them hoping to prevent heart disease have been badly misled.", "next paragraph: Researchers from the Cochrane Collaboration examined 14 trials ...", "", "hard call: the study is named (Cochrane) in the next paragraph"),
 ("After crunching the real numbers, the Cochrane crew found that 1,000 low-risk patients would have to be treated with statins for an entire year to reduce the number of heart deaths from 9... all the way down to 8.", "", "", "attributed to Cochrane"),
 ("And those aren't the only reasons to skip these meds, because another new study even finds that these drugs won't always prevent strokes, as commonly touted--and might even cause them.", "", "MS", "hard call: 'reasons to skip these meds' steers readers off prescribed statins; unnamed 'another new study'"),
 ("I call it the \"statin reflex\" because every time a doctor sees a high cholesterol level, his arm reflexively goes into his pocket and pulls out a prescription pad.", "", "", ""),
], g='S')
P("https://en.paperblog.com/new-study-tens-of-millions-of-people-may-be-taking-statins-needlessly-1383869", "blog aggregator: tens of millions may be taking statins needlessly", [
 ("According to a new study, tens of millions of people worldwide may needlessly be on cholesterol-lowering statin drugs.", "", "", "hard call: 'according to a new study' is a (vague) attribution"),
 ("Around 45% of people recommended statin drugs under today's guidelines show no signs of cardiovascular disease in the study.", "", "S", "hard call: the study is never named"),
 ("Except, that is, to increase profits in the pharmaceutical industry.", "", "", ""),
], g='B')
P("https://naowell.com/garlic-oil-to-the-ear-infection-remedies/?amp=1", "wellness site: garlic oil ear infection remedies", [
 ("While antibiotics are sometimes necessary, there are natural ways to soothe earaches and combat infection without medication in milder cases.", "", "", ""),
 ("Seek medical attention for severe cases.", "", "P", ""),
 ("However, doctors may take a “watchful waiting” approach for mild infections before prescribing medication.", "", "", ""),
], g='G')
P("https://yage-health.pages.dev/articles/sleep/best-natural-remedy-for-ear-infection-dr-berg", "video summary site: Dr. Berg garlic oil for ear infections", [
 ("Dr. Berg recommends garlic oil as a simple, inexpensive natural remedy for ear infections.", "", "", "reported recommendation"),
 ("A single drop placed in the affected ear before sleep can provide relief, with a three-day protocol suggested for best results.", "", "O", "hard call: amount, timing and duration for self-treatment"),
 ("Apply one drop directly into the infected ear", "list item under: Key Takeaways", "O", "hard call: amount and route; timing in the neighbouring list items"),
 ("Considered safe with no reported side effects", "list item under: Key Takeaways", "C", "'no reported side effects' as a safety claim"),
 ("Garlic targets harmful organisms while leaving beneficial ones unharmed", "list item under: Key Takeaways", "", ""),
], g='G')
P("https://ic.steadyhealth.com/garlic-oil-ear-drops", "health content site: garlic oil ear drops", [
 ("And, while the suggestion is a bit unconventional, garlic oil ear drops are actually able to treat almost any kind of ear issue.", "", "", "hard call: 'almost any' is hedged, treatment wording"),
 ("This has also been verified by some scientific research, and garlic oil has been proclaimed as the best kind of cure for ear infections.", "", "CS", "hard call: the writer endorses 'the best kind of cure'; 'some scientific research' unsourced"),
 ("Anyway, the first step of the process is mixing together a clove of garlic and half a cup of oil in a bowl.", "", "", "recipe"),
 ("Also, it’s pretty much enough to apply these drops to the ear for two weeks maximum.", "", "", "no amount"),
], g='G')
P("https://terrawhisper.com/herbalism/tea/nervous-system/ear-infection.html", "herbalism site: herbal teas for ear infection", [
 ("These herbal teas, when consumed in conjunction with medical treatment, provide a holistic approach to healing and relief from ear infection symptoms.", "", "", ""),
 ("As a natural remedy, chamomile tea serves as a gentle and accessible alternative to over-the-counter medications.", "", "", "over-the-counter, not prescribed"),
 ("Peppermint tea cools and soothes the ear, reducing discomfort and itching.", "", "", ""),
], g='A')
