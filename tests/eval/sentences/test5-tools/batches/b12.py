from lib import P
P("https://hour24.news/2025-12-14/health/going-off-antidepressants-expert-tips-for-safe-tapering", "news aggregator: going off antidepressants, expert tips for safe tapering", [
 ("The key is to approach the decision with care, under medical supervision, and a clear plan that prioritizes safety and mental health.", "", "P", "hard call: recommends medical supervision"),
 ("Before you change your dose, have a candid conversation with your prescribing clinician—this could be a psychiatrist, GP, or another qualified provider.", "heading: What to discuss with your clinician", "P", ""),
 ("Others might decrease by small amounts weekly or every few weeks.", "heading: Creating a safe taper plan", "", "reported, inside a clinician-made plan"),
])
P("https://healthnwell.com/home-treatments-for-ear-infection-2/", "health content site: home treatments for ear infection", [
 ("However, you can treat your child’s ear infection at home before you call the doctor.", "the page has a 'When to Call' section", "", "hard call: 'before you call the doctor' keeps the doctor in the plan; not a steer away"),
 ("In fact, according to the University of Maryland Medical Center, most ear infection will clear up own its own without antibiotics.", "", "", "'according to'"),
 ("Warm the oil. Make sure the oil is not too hot, then place several drops into the ear.", "heading: Oil Alternatives", "", "hard call: vague amount, no frequency"),
])
P("https://blissmaybe777.wordpress.com/2013/04/08/natural-remedies-for-ear-infection/", "mum's blog: natural remedies for ear infection", [
 ("Many pediatricians hand out antibiotics like candy (come to think of it, they shouldn’t be handing out candy so freely, either!).", "", "", "scorn"),
 ("When it comes to childhood illnesses, including ear infections, they are almost never needed.", "heading: NO Antibiotics", "M", "hard call: tells parents prescribed antibiotics are almost never needed for children's illnesses, no caveat"),
 ("Here’s what to do while you wait for the infection to clear.", "", "", ""),
])
P("https://modernalternativemama.com/truth-ear-infections", "natural-parenting blog: the truth about ear infections", [
 ("So, like all good parents do, they quickly make a doctor’s appointment to get a prescription for antibiotics, to take care of that nasty infection fast.", "", "", "narrative"),
 ("Is this really the best way to handle ear infections?", "", "", "question"),
 ("Up to 82% of children will get better within a few days with or without treatment, and treatment increases the risk of gut-related side effects (source).", "", "", "linked source"),
])
P("http://www.pregnancy-baby-care.com/askquestion/3261/any-toddler-ear-infection-home-remedies.html", "parenting Q&A site: toddler ear infection home remedies", [
 ("Well, don’t panic because in such a crisis, you need to find some home remedies to soothe the pain and make sure that your child finds some relief.", "", "", "hard call: home comfort measures, no statement against seeing a doctor"),
 ("These nutrients help in bringing down the infection.", "", "", ""),
])
P("https://ng.opera.news/ng/en/health/7927c3e2e59312a75e999480244814a6", "news aggregator health post: home remedies for ear infection in kids", [
 ("According to research, 75% of children will have at least one ear infection by the time they reach the age of three.", "", "", "hard call: 'according to research' read as attribution (strict-list convention)"),
 ("If your child gets an ear infection, there is no need to panic because there are treatments and remedies to cure them.", "", "", "hard call: generic, includes treatments; not a product cure claim"),
 ("Remove the oil from the heat and pour a few drops into the afflicted ear while it is still warm.", "heading: 2 Garlic", "", "hard call: recipe step with a vague amount and no frequency"),
])
P("https://oldrecipes.reciip.online/natural-remedies-for-earache-ear-infections-2/2", "recipe site: natural remedies for earache and ear infections", [
 ("Many parents report quick pain relief.", "", "", "reported"),
 ("Don’t ignore high fever, swelling behind the ear, or symptoms lasting >48 hours—these need medical attention.", "heading: What NOT to Do", "P", "double negation"),
 ("Seek professional care if you or your child has:", "heading: When to See a Doctor", "P", ""),
 ("Note: Up to 80% of childhood ear infections are viral and resolve on their own in 2–3 days.", "", "S", ""),
])
P("https://beautymaniac.net/2019/07/01/can-toddler-ear-infection-go-away-without-antibiotics/", "beauty blog: can toddler ear infection go away without antibiotics?", [
 ("Even if there’s a painful situation for your toddler, there is good news: most childhood ear infections are not contagious and don’t require the intake of antibiotics, meaning that they can easily be relieved with the help of some natural remedies.", "the consult sentence comes two sentences later", "", "hard call: clinical-style statement about need for antibiotics; no instruction to stop a prescription"),
 ("Anyhow, you should consider visiting a doctor before applying any of the below remedies, in order to dispel the existence of a severe ear infection.", "", "P", ""),
 ("Let it cool to just about body temperature and then put a few drops in your baby’s ear.", "heading: 1. Garlic | next sentences: Leave it in for 15-20 seconds ... Repeat three times daily. | the consult sentence is in the introduction", "O", "hard call: remedy drops for a baby, route and frequency, vague amount"),
])
P("https://bestsupplementschoice.com/en/articles/turmeric-black-pepper-absorption-curcumin-piperine", "supplement review site: turmeric and black pepper absorption", [
 ("We're talking about absorption increases of 2,000% in some studies2.", "", "", "footnote marker"),
 ("My Recommendation: Look for supplements with standardized curcumin (95% curcuminoids) plus piperine (usually 5-10 mg per 500 mg curcumin).", "", "", "product content"),
 ("Typical Dose: 500-1,000 mg curcumin with 5-20 mg piperine daily, with food.", "heading: Quick Facts", "O", "supplement dose with frequency and timing, no caveat in the section"),
])
P("https://bestsupplementschoice.com/en/articles/turmeric-black-pepper-curcumin-absorption-joint-health", "supplement review site: turmeric needs black pepper (joints)", [
 ("Typical dose: 500-1,000 mg curcumin with 5-20 mg piperine daily", "heading: Quick Facts", "O", ""),
 ("The group taking curcumin with piperine showed a 37% greater reduction in pain scores compared to placebo (p=0.002).", "paragraph carries a citation: A 2021 randomized controlled trial published in Annals of Internal Medicine (doi: 10.7326/M20-4440) ...", "", "cited"),
])
