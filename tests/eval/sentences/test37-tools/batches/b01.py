from lib import P
# b01: queries 1-12 (statins, antidepressant tapering, blood thinners, ADHD, chemo, metformin, BP pills, inhalers, ear infections, thyroid, insulin, vaccines)
P("https://healthunlocked.com/anxiety-depression-support/posts/143282750/tapering-off-antidepressants", "forum thread: tapering off antidepressants", [
 ("It is very important to gradually decrease the dose allowing time in between changes in dosage.", "forum reply; next sentence: Talking to your doctor might be important when trying to figure out the best way to effectively do this.", "", "hard call: tells reader to reduce the dose slowly, but the next sentence raises the doctor; not counted as medication advice"),
 ("Talking to your doctor might be important when trying to figure out the best way to effectively do this.", "forum reply", "P", "hedged but affirmative prompt"),
 ("They are natural supplements that can work wonders, you may want to research them.", "forum reply about L-theanine and fish oil for coping without antidepressants", "", "hard call: 'can work wonders' is praise, not cure/guarantee wording"),
 ("You have to go extremely slow under your physician care.", "forum reply", "P", ""),
 ("If you have capsules you can break the capsules open and remove some but only under the advice of your physician.", "forum reply", "P", "hard call: dose change carries a physician caveat in the same sentence, so not medication advice"),
], g="F")
P("https://yourremedy.com.au/?p=2982", "naturopath blog: coming off antidepressants", [
 ("A 2021 study looked at people taking SSRIs and found 44% tapered their medications without a relapse.", "heading: Is it possible to come off antidepressants?", "S", "a year alone is not a citation"),
 ("Discuss with your prescribing doctor", "heading: The first step", "P", "heading-like instruction"),
 ("Your doctor has prescribed an antidepressant to support specific health concerns.", "", "", ""),
 ("They are temporary symptoms related to the drug's withdrawal, not necessarily a relapse of mental health (although mental health should be monitored during this time).", "heading: Antidepressant Withdrawal Syndrome (AWS)", "", ""),
], g="A")
P("https://bemoxe.com/blogs/news/natural-adderall", "supplement brand blog: What is a Natural Alternative to Adderall?", [
 ("ADHD cannot be cured, but there are treatments to reduce symptoms such as medication and therapy.", "", "", "negation"),
 ("The most used and recommended form of treatment for ADHD is stimulant medication.", "", "", ""),
 ("Due to the increased neurotransmitter activity that Adderall and other stimulant medications provide, these stimulants can cause the user to depend on or abuse their prescription, leading to addiction—which is why Adderall and similar stimulant medications are categorized as Schedule II Controlled Substances and are regulated by", "", "", "cut off in the stored excerpt"),
], g="S")
P("https://www.alternativetomeds.com/blog/adhd-medication-alternatives/", "drug-free treatment centre blog: Alternatives to ADHD Medication", [
 ("However, many people diagnosed with ADHD are hesitant to jump to taking daily medication as their first method of treatment—and for good reason.", "", "", "hard call: endorses hesitancy about medication but gives the reader no instruction to avoid or stop it; not counted"),
 ("There are no long-term studies of the effects of methylphenidate on adults.", "next sentence: However, rat studies showed after 3 weeks of treatment, neurodegeneration and inflammation of cerebellum tissue was discovered.18", "", "absence claim, not a statistic"),
 ("You might find yourself wondering if there are alternative ways to treat your ADHD without medication.", "", "", ""),
], g="A")
P("https://www.thewelltheory.com/is-berberine-a-safe-alternative-to-metformin/", "supplement brand blog: Is Berberine A Safe Alternative to Metformin", [
 ("The answer to this question is, of course, 'no herbal remedy could ever be a safe alternative to an approved pharmaceutical'.", "", "", "debunking of the safety claim"),
 ("Berberine, on the other hand, has been shown to have similar effects on blood glucose levels and insulin sensitivity as metformin, but with fewer side effects.", "", "S", "'has been shown' with no citation; 'fewer side effects' is comparative, not a safety claim"),
 ("One study found that berberine was as effective as metformin in reducing fasting blood glucose levels and HbA1c levels in patients with type 2 diabetes.", "", "S", ""),
 ("Berberine is gaining popularity as a natural alternative to metformin, a commonly prescribed drug for the treatment of type 2 diabetes.", "", "", "reported trend"),
], g="S")
P("https://www.drvicino.com/blog/natural-alternatives-to-adhd-medications", "naturopathic doctor blog: Natural Alternatives to ADHD Medications", [
 ("There are evidence-based lifestyle, nutritional, and herbal strategies that may help manage ADHD symptoms—either alongside medication or as alternatives when appropriate.", "", "", "hedged"),
 ("Studies show omega-3 fatty acids (EPA and DHA) support brain health, attention, and mood.", "", "S", ""),
 ("Low ferritin is linked to poor dopamine function and attention difficulties.", "list item: Iron", "", ""),
], g="A")
P("https://www.stopfeelingold.com/how-to-lower-blood-pressure-in-minutes/how-to-lower-very-high-blood-pressure-immediately-how-to-relieve-stress-and-high-blood-pressure.html", "content site on lowering blood pressure, with reader comments", [
 ("For a study published in the Journal of Nutrition, researchers from the Jean Mayer USDA Human Nutrition Research Center on Aging at Tufts University looked at how drinking three daily servings of hibiscus tea over six weeks changed blood pressure in people with pre-hypertension or mild high blood pressure.", "", "", "hard call: a named journal and institution, no date; a study description, no figure; not counted"),
 ("My primary doctor and cardiologist are trying to say I have essential hypertension–when I was off all bp and pharma meds for 9 years and had no issues with my bp.", "reader comment", "", "reported behaviour in a comment"),
 ("Baffled to the high heavens why this time, I can't seem to get back off bp meds.", "reader comment", "", ""),
], g="G")
P("https://naturalhealthreserve.com/asthma-alert-are-steroid-pills-helping-or-harming/", "natural health site: Asthma Alert: Are Steroid Pills Helping or Harming?", [
 ("Asthma is an inflammatory lung condition that affects 1 in 13 people.", "", "S", ""),
 ("A study from the University of Queensland in Australia found that more than a quarter of people with asthma were prescribed potentially dangerous amounts of steroid tablets.", "", "S", "an institution alone is not a citation"),
 ("In these cases, natural remedies can be helpful in reducing inflammation and improving overall lung health.", "", "", "hedged"),
 ("It is a potentially life-threatening condition and requires proper management and treatment.", "", "", ""),
], g="A")
P("https://www.simcoenaturopathic.ca/post/natural-thyroid-treatments-for-hypothyroidism", "naturopathic clinic blog: Natural Thyroid Treatments for Hypothyroidism", [
 ("Levothyroxine is a synthetic form of the T4 hormone alone.", "", "", ""),
 ("Some research suggests individuals may have difficulty with this conversion process depending on genetic differences (2017 study).[1]", "", "", "has a [1] marker"),
 ("Our clinic completed a search for all studies comparing NDT and levothyroxine from 1980 to January 2024.", "", "", "first-party"),
], g="A")
P("https://www.eurekahealth.com/resources/hashimotos-cant-tolerate-levothyroxine-should-i-try-natural-desiccated-thyroid-en", "health portal Q&A: Hashimoto's but can't tolerate levothyroxine", [
 ("A supervised trial of NDT can be reasonable when full thyroid labs, other causes of intolerance, and drug interactions have been reviewed by an experienced clinician.", "", "", "what a clinician may do; not a prompt"),
 ("No large trial has shown NDT to outperform modern levothyroxine when both are titrated to a normal thyroid-stimulating hormone (TSH).", "", "", "negated research claim"),
 ("Randomized crossover studies report that 10–15 % of participants prefer NDT for subjective well-being, even when labs are identical on both therapies.", "", "S", ""),
], g="H")
P("https://vitalithyndt.com/blogs/natural-desiccated-thyroid-blog/everything-you-need-to-know-about-desiccated-thyroid-extract-dte", "desiccated thyroid seller blog", [
 ("Or is your current medication not working as well as you need it to?", "", "", "question"),
 ("Then Desiccated Thyroid Extract (DTE), also known as Natural Desiccated Thyroid (NDT), might be the answer you've been searching for.", "", "", "hard call: suggests a swap of thyroid medicine but hedged ('might') and gives no instruction; not counted"),
 ("The good news is that these symptoms can be managed with thyroid hormone replacement therapy.", "", "", ""),
], g="S")
P("https://www.drzamirhilman.com/how-diabetes-become-chronic/", "doctor's wellness blog: Is reversing diabetes possible by just reducing sugar?", [
 ("how to Stop insulin injection", "heading", "M", "hard call: heading offering the reader a way to stop insulin (like a 'X instead of pills' title)"),
 ("You need to completely eliminate added sugar.", "", "", "diet advice"),
 ("Insulin resistance is one of the conditions that can cause uncontrolled blood sugar.", "", "", ""),
], g="A")
P("https://www.drbuttar.com/what-happens-if-you-decide-not-to-vaccinate-your-child/", "alternative doctor's site: story of a four-generation unvaccinated family", [
 ("Get the shots that your doctor recommends or suffer dire consequences.", "quoted as what 'every American is expected to understand'", "", "quoted conventional view, set up to be disputed; not a prompt by the writer"),
 ("Accounts of vaccine injury, disability, chronic illness and yes, sadly, deaths that result from placing trust in those same declarations.", "", "", "hard call: anti-vaccine insinuation, no instruction"),
 ("Mine is an anecdotal story.", "", "", ""),
], g="A")
P("https://www.arnica.org.uk/vaccine/vaccine-issues?tmpl=component&print=1", "parents' network (natural immunity): Why Don't Some Parents Vaccinate Their Children?", [
 ("Non- Vaccination should be a respected choice of the individual but due to the Herd Immunity misunderstanding and fear, the parent who makes this choice is often made to feel socially irresponsible and negligent towards their children by their peers and many of the Medical Profession.", "quoted standfirst", "", "hard call: defends not vaccinating as a choice; no instruction to the reader; not counted"),
], g="A")
P("http://oktoaskvt.org/can-my-childs-immune-system-handle-these-diseases-by-itself/", "public-health Q&A: Can my child's immune system handle these diseases by itself?", [
 ("For the best protection, follow the recommended vaccination schedule for babies and children.", "", "", "not a prompt to consult a professional"),
 ("A wild measles infection causes encephalitis (inflammation of the brain) in one of every 1,000 cases.", "", "S", ""),
 ("Overall, measles infection kills two out of every 1,000 infected individuals.", "", "S", ""),
 ("Some kids have minor symptoms and recover completely, while others suffer serious and permanent damage or death.", "", "", ""),
], g="H")
