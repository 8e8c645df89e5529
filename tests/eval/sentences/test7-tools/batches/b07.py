from lib import P
P("http://drnor.com/2012/12/", "doctor's blog: thermography vs mammography", [
 ("If you are a women, surely you are constantly being reminded how important it is to get regular mammograms.", "", "", ""),
 ("But are mammograms doing more harm than good?", "", "", "question"),
 ("The practice of annual mammograms, which involves taking four films of each breast, delivers about one rad (radiation absorbed dose) exposure.", "", "S", "hard call: dose figure without source"),
], g='B')
P("http://familychiropractic.life/why-thermography-is-a-good-choice", "chiropractic clinic: why thermography is a good choice", [
 ("Should thermography be used instead of mammography?", "", "", "question"),
 ("A 25 YEAR LONG STUDY on 90,000 Canadian women found that annual mammography in women aged 40 to 59 does not reduce mortality from breast cancer beyond that of a physical examination.", "", "S", "hard call: study described but not cited"),
 ("The low energy x-rays used in mammography are four to six times more damaging to cells that higher x-rays and can cause DNA damage.", "", "S", ""),
 ("Thermography is a safe, non-invasive and can detect physiological changes in sensitive mammary tissue many years before they showed up on a mammography x-ray.", "", "C", "hard call: unqualified safety claim for the service sold"),
 ("Call us for a thermography exam appointment!", "", "", "advertisement for a paid service"),
], g='A')
P("http://robiningersoll.com/2009/12/mammography-may-increase-breast-cancer-risk-in-some-high-risk-women", "personal/practitioner blog: mammography may increase breast cancer risk", [
 ("This study showed that the younger a woman is when exposed to the radiation from mammograms, the more it increases the risk of actually getting breast cancer.", "previous sentence: This is about a very recent study showing that annual mammograms increases breast cancer in high-risk women.", "S", "hard call: the study is never named"),
 ("So ladies, if you have a family history of breast cancer, the safest screening tool is thermography.", "", "D", "hard call: steers high-risk women from mammography to an unproven test"),
 ("If no history, and no symptoms (which unfortunately there may not be any), then skip the annual mammograms at least until age 50.", "", "D", "hard call: 'skip the annual mammograms' (matches the 2009 US task force advice for 40-49, but given as a blanket instruction)"),
 ("There is a blood test being studied which will hopefully be available in the next few years.", "", "", ""),
], g='B')
P("https://www.memphisthermography.com/blog/are-you-looking-for-a-safe-way-to-monitor-your-breast-health", "thermography clinic blog: a safe way to monitor breast health", [
 ("If you think about it, exposing healthy breasts to radiation, year after year, as a form of early detection and prevention makes no sense--especially since radiation has been shown to cause cancer!", "", "D", "hard call: argues against screening mammograms, from a seller of an alternative"),
 ("According to the American Cancer Society (cancer.org), one of the cancers included in the list of those most strongly linked to radiation exposure is breast cancer.", "", "", "attributed"),
 ("With mammography, tumors aren't dense enough to be seen until around the 8th year.", "", "S", "hard call: figure without source"),
], g='S')
P("http://www.internetdict.com/answers/what-happens-when-you-stop-taking-the-pill.html", "Q&A site: what happens when you stop taking the pill", [
 ("When you stop taking a certain type of pill, depending on how long you’ve been taking it, you might go through withdrawl your first couple of weeks.", "", "", ""),
 ("Pills can become addictive just like any other drug, and half of the time your don't even need them.", "", "", "hard call: dismisses medicines, no instruction"),
], g='F')
P("https://mothernaturesdiet.me/2013/12/", "personal diet blog: too many pills", [
 ("I don’t take pills for anything.", "", "", "narrative"),
 ("They don’t need to go to the doctor, they need to go to the GYM!!", "about people with recurrent indigestion", "D", ""),
 ("I see people taking pills (and potions) when they have a cough or cold, they take things to ‘dry up’ and that’s wrong!", "", "", "over-the-counter"),
], g='B')
P("http://www.metzelf.info/information/reduce.html", "personal site: ten tips for fewer pills", [
 ("Avoid pills which have the purpose of reducing risks.", "", "M", "tells readers to avoid preventive prescribed medicines"),
 ("There is no concrete proof that pills can prevent heart attack, stroke, osteoporosis, and such.", "", "", ""),
 ("Avoid pills that influence test results such as blood pressure or cholesterol.", "", "M", ""),
 ("Don't voluntarily start taking psychiatric drugs.", "", "M", "hard call: refusing a prescribed medicine; no consult caveat"),
 ("If you have already started and want to stop, choose a safe program of reduction.", "", "M", "hard call: self-directed tapering of psychiatric drugs, no prescriber mentioned"),
 ("If pills do not bring relief within 48 hours, ask yourself whether there is a point in continuing.", "", "M", "hard call: invites stopping any medicine after 48 hours"),
 ("Don't allow yourself to be intimidated into accepting treatments you don't want.", "", "", "hard call: autonomy statement, not a steer away from care"),
 ("Before deciding to take antiretroviral drugs, investigate the various positions, and make your own decision.", "previous item: AIDS is a controversial illness.", "M", "hard call: casts doubt on prescribed antiretrovirals and tells readers to decide alone"),
], g='B')
P("https://www.ellistonpediatrics.com/blog/should-you-let-your-childs-fever-run-its-course/", "paediatric practice blog: should you let your child's fever run its course", [
 ("Unless your child is younger than 2 months old, has an underlying condition, or you’ve been advised otherwise by your pediatrician, your best course of action is to “let it ride.”", "", "", "safety-netted clinical advice"),
 ("For infants younger than 2 months, you should seek immediate support or emergency medical care for a fever of 100.4°F (38°C).", "", "P", ""),
 ("If your child is older than 6 months, you may choose to contact your pediatrician if they have a temperature higher than 100.4°F (38°C) for more than a day.", "", "P", "hard call: soft wording, but a prompt with a threshold"),
 ("That said, fevers last for an average of 3-5 days and often don’t require a trip to the ER or urgent attention.", "", "", "hard call: paediatric practice's clinical statement with safety-netting around it"),
], g='H')
P("https://www.treehugger.com/should-you-let-your-childs-fever-ride-4868194", "magazine: should you let a fever run its course", [
 ("\"Fevers in and of themselves are typically not dangerous to your child,\" Jarret Patton, M.D., a pediatrician in Reading, Pennsylvania, tells MNN.", "", "", ""),
 ("The study found that 15 percent of parents give kids larger doses of ibuprofen than they need, even for mild fevers as low as 100 degrees.", "previous sentence: According to a study published in the journal Pediatrics, ...", "", "attributed"),
 ("Take away the fever and you can take away the body's natural defense against illness.", "", "", ""),
], g='N')
P("http://www.skinnylimits.com/raw-food-for-diabetes", "diet site blog: raw food for diabetes", [
 ("During an interview on NaturalNews.com, Kirt admitted that he took his last dose of insulin the night before he left to participate in Dr. Cousens program.", "", "", "narrative"),
 ("Only 5% of people with diabetes have this form of the disease.", "", "S", ""),
], g='G')
P("https://forum.tudiabetes.org/t/raw-food/4019", "diabetes forum thread: raw food", [
 ("I just thought I’d share my experience with Raw Food because I truly believe it is THE way to be your healthiest as a diabetic.", "", "", ""),
 ("I stopped taking insulin.", "previous sentence: My sugars went to NORMAL.", "", "narrative of own type 1 diabetes"),
 ("And every person I have met or talked to or read about who has been a type 1 able to get off of insulin, has done so with raw foods and an active lifestyle, while working to reduce stress and be happier.", "", "", "reported"),
 ("This, however, does not mean that you will be able to get off of insulin necessarily.", "", "", "caveat"),
], g='F')
P("http://www.raw-food-health.net/Reversing-Diabetes.html", "raw food site: reversing diabetes, no drugs, no insulin", [
 ("Reversing Diabetes: No Drugs, No Insulin, Just Common Sense", "title", "M", "hard call: headline steering diabetics off drugs and insulin"),
 ("Reversing Diabetes with a low-fat diet is a surprisingly straightforward process that anyone can follow.", "", "", "hard call: 'anyone can follow' is about the process, not a guaranteed result"),
 ("Although the medical community has been slow to embrace it, study after study has shown that people can cure themselves of type two diabetes by changing what they put in their mouth.", "", "CS", ""),
 ("Type 1 diabetics, while they will benefit from a low-fat raw vegan diet, cannot reverse their disease.", "", "", ""),
 ("The primary reason to ditch insulin and drugs is because they don't work.", "", "M", ""),
], g='A')
P("https://www.healthyandnaturalworld.com/people-reversed-diabetes-in-30-days/", "natural health site: people reversed diabetes in 30 days", [
 ("The results were breathtaking and confirmed what Dr. Gabriel Cousens, a physician and raw food advocate, suggested earlier: diabetes can be cured in some cases.", "", "", "hedged 'in some cases'"),
 ("There are 246 million people in the world with diabetes, and one person dies from this disease every ten seconds.", "", "S", ""),
 ("Dr. Cousens who claims that his approach helps 53% of people with type 2 diabetes get off all medication, and cures them.", "", "", "hard call: figure attributed to its claimant"),
], g='G')
P("http://healthycosmos.com/?p=382", "personal health blog: diabetes is reversible", [
 ("It saddens me to read this, and to hear constantly about new cases and the general soaring rates of the disease because diabetes is preventable and, for those who already have it, is curable.", "", "C", ""),
 ("By adopting a raw, vegan diet, I have seen with my own eyes people come off all medications and achieve completely normal blood sugar levels in 3-7  days.", "", "", "hard call: anecdote, no instruction or cure word"),
 ("By changing your diet and your lifestyle, you can be cured of diabetes.", "", "C", ""),
 ("Not all people require a raw, vegan diet to be cured, but it is the fastest means to heal (and not only from diabetes, but also from all other disease).", "", "C", ""),
], g='B')
