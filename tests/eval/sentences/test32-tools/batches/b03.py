from lib import P
# b03: lupus, psoriatic arthritis, asthma in children, epilepsy diets (queries 9-12)
P('https://homecuresthatwork.com/slideshow/repair-your-immune-system-to-heal-lupus', 'alternative-health doctor site: repair your immune system to heal lupus', [
 ('Repair Your Immune System to Heal Lupus', 'page title', 'C', 'hard call: healing lupus stated as the outcome in a title'),
 ('It is nine times more common in women than in men, and especially affects women in child-bearing years between the ages 15 to 35.', '', 'S', ''),
 ('These tests, along with the characteristic rash on the face will detect about 92% of cases.', '', 'S', ''),
], g='A')
P('http://saveyourmoneysaveyourfamily.blogspot.com/2010/04/lupus-is-autoimmune-disease.html', 'personal blog reposting a diet doctor: lupus', [
 ('More serious forms are difficult to manage medically - immunosuppressive drugs such as prednisone can control severe symptoms, but should be used with caution, as they can reduce the chance that the disease will go into remission naturally.', '', '', 'hard call: casts doubt on prednisone but gives no instruction to stop'),
 ('If you have lupus, take a daily multivitamin/multimineral supplement and modify your diet:', '', '', 'no amount'),
 ('Increase your intake of omega-3 fatty acids by eating wild Alaskan salmon or other cold-water, oily fish three times a week.', '', '', 'food'),
], g='B')
P('https://whatslupus.com/lupus-symptoms/steps-for-reversing-lupus/', 'lupus content site: steps for reversing lupus', [
 ('Curing lupus includes restoring the function of the immune system.', '', 'C', 'hard call: presents curing lupus as achievable by these steps'),
 ('This will help you to eliminate lupus symptoms and thereby restoring the optimal functions of your body.', '', 'C', 'elimination stated as fact'),
 ('Hence, for helping you to reverse your autoimmune conditions we include some important steps you can do.', '', 'C', 'hard call: reversal promised'),
 ('Repair: Provide enough nutrients to your gut for helping it to repair itself. This will aid you to reduce some of the lupus symptoms.', '', '', ''),
], g='G')
P('https://naturalmentalhealthcare.net/fasting-and-systemic-lupus-erythematosus', 'alternative-health site: fasting and lupus', [
 ('Many SLE sufferers claim that the traditional treatment for SLE is as harmful as the disease itself.', '', '', 'reported'),
 ('According to Joel Fuhrman, SLE can sometimes be completely reversed using fasting.', '', '', 'attributed and hedged ("sometimes")'),
 ('In many cases, lupus patients have come to Fuhrman on drugs such as prednisone, which he weans them off slowly.', '', '', 'what a doctor does'),
 ('In discussing the effectiveness of using fasting to treat lupus, Fuhrman said, “If a patient is treated early enough with this nondrug approach, drug-based treatment of lupus can usually be eliminated.”', '', '', 'hard call: quoted, hedged ("usually"), no instruction to the reader'),
], g='A')
P('http://www.lupusinternational.com/Living-With-Lupus/Managing-your-illness-.aspx', 'lupus site: managing your illness (reversal strategies)', [
 ('Although deemed as medically incurable, lupus can potentially be reversed by following certain methods', 'standfirst', '', 'hedged ("potentially")'),
 ('This incapacitating and once-in-a-while hazardous condition influences an expected four to five million individuals around the world.', '', 'S', ''),
 ('There is currently no specific treatment or health plan that cures lupus.', '', '', 'negation'),
 ('However, one could utilize the following strategies to reverse lupus or reduce the extent to which it affects the body.', '', 'C', 'hard call: the strategies are presented as reversing lupus, right after the no-cure sentence'),
], g='G')
P('https://drfuhrman.com/health-concerns/8/lupus-sle', 'diet doctor and supplement seller: lupus', [
 ('It is unclear what the actual prevalence of lupus is, but it has been estimated that in the U.S. it is approximately 161,000 to 322,000, or 0.1% of the population.1', '', '', 'footnote marker 1'),
 ('Optional: Consider adding a mixed mushroom immune supplement, such as Immune Biotect, because of the potential immune system benefits throughout life from assorted mushroom phytochemicals not normally consumed in the diet. Consult your physician if you are on medication.', '', 'P', ''),
 ('Additional studies have found that fasting (followed by a vegetarian diet) reduces pain in rheumatoid arthritis patients.', 'paragraph carries a citation: "...in a published series of case reports.29"', '', 'paragraph cites'),
], g='S')
P('https://blog.psoriasislog.com/tags/chemo-brain/', 'patient blog: psoriatic arthritis self-experiments', [
 ('I was recently diagnosed with psoriatic arthritis and was perscribed a drug called Methotrexate, which I am supposed to take for the rest of my life.', '', '', 'narrative'),
 ('It’s a chemotherapy drug with horrible side effects, including some that scared me away:', '', '', 'hard call: the writer\'s own reason, no advice to readers'),
], g='B')
P('http://www.raysahelian.com/psoriatic.html', 'doctor and supplement seller site: psoriatic arthritis natural treatment', [
 ('Approximately 10 to 20% of patients who have psoriasis also develop an associated inflammation of their joints.', '', 'S', ''),
 ('Heavy alcohol consumption is associated with an increased risk for psoriatic arthritis.', '', '', 'no figure'),
 ('I could only find one study. Vitamin D may be of benefit.', '', '', 'honest caveat'),
], g='S')
P('https://discussion.livingwithpsoriaticarthritis.org/t/has-mtx-helped-anyone/1472', 'patient forum thread: has MTX helped anyone', [
 ('Methotrexate (MTX) is the drug that has helped me the most.', 'forum reply', '', ''),
 ('A number of well-designed studies show that when both methotrexate and a biologic are used together, PsA people get better "scores" on a wide range of ratings, including their own reports of how they feel, their doctors\' evaluations of their joints, blood markers of inflammation, x-rays and/or MRI images that show what\'s happening, and so on.', 'forum reply', '', 'hard call: a "studies show" claim, but in a reader post (reader comments are excluded)'),
 ('As several people have mentioned, folic acid, and/or a medication called leuflunomide can eliminate these side effects.', 'forum reply', '', 'side effects, not a condition'),
 ("Starting with a smaller dose of MTX and working your way up to a clinical dose gives the body a chance to adapt to whatever will be the therapeutic dose - the dose that's as much, but not more, than what you need.", 'forum reply', '', 'hard call: describes usual titration, not an instruction to change one\'s prescription'),
], g='F')
P('http://besthealingremedies.com/160/immune-health/best-natural-treatment-psoriatic-arthritis/', 'natural-remedy site: best natural treatment for psoriatic arthritis', [
 ('Usually, your health care provider can tell the difference by simply looking at the patch of affected skin.', '', '', ''),
 ('Roughly 30 percent of people who suffer from psoriasis will also develop psoriatic arthritis.', '', 'S', ''),
 ('Early diagnosis can help prevent or limit the extensive joint damage that occurs in later stages of the disease.', '', '', ''),
], g='A')
P('https://plus.google.com/+PsoriasisclubOrg/posts/Sd72dMcmgvE', 'social media post: methotrexate a simple guide', [
 ("however you shouldn't let it worry you to much as long as it has been prescribed by your dermatologist or arthritis consultant, and you are getting and will continue to receive regular check ups.", 'social media post', '', 'conditional reassurance'),
], g='F')
P('https://earthclinic.com/cures/psoriatic-arthritis.html', 'natural-remedy site: psoriatic arthritis', [
 ('While medical treatments are essential, natural remedies for psoriatic arthritis can also help manage symptoms.', '', '', ''),
 ('These remedies might not cure the condition but can significantly improve your quality of life and overall health.', '', '', 'hedged'),
 ("Though there isn't a cure for psoriatic arthritis, various natural remedies can help manage symptoms and improve overall wellness.", '', '', 'negation'),
], g='A')
P('https://www.motherearthliving.com/health-and-wellness/qa-the-best-way-to-end-up-healthy-is-to-stay-healthy-38', 'magazine Q&A column: natural asthma treatment for children', [
 ('How about having your son inhale a steam of lavender (Lavandula angustifolia) essential oil?', 'reply to a parent who dislikes keeping her son on asthma medicines', '', 'question; suggests an addition, not stopping'),
 ('Lavender often works like magic if you use it at the first signs of an attack, but no one wants to hover over a pan of steam while they’re trying to catch their breath.', '', '', 'hedged ("often")'),
 ('Sometimes this will completely stop the attack; at the very least it can lessen the severity of an attack.', '', '', 'hedged ("sometimes")'),
], g='N')
P('https://www.theargus.co.uk/news/5090376.treatments-for-asthma/', 'newspaper health column (Ayurvedic practitioner): treatments for asthma', [
 ('For many years, inhalers containing bronchodilator medicines such as salbutamol have saved many lives.', '', '', ''),
 ('When used judiciously, in low doses and for short periods, these do not cause any problems.', '', '', 'conditional safety (round 12 convention)'),
 ('On this solid principle, he and other ayurvedic physicians formulated safe and effective herbal and mineral treatments for various diseases.', '', '', 'hard call: generic "safe and effective", historical'),
], g='N')
P('http://www.wis2health.co.uk/dir/directory/body/lung_asthmac_sugc.html', 'natural-health directory: asthma', [
 ('This increasingly common respiratory condition can respond well to natural remedies and complementary therapies, but they should never be seen as alternatives to conventional treatment recommended by your GP.', '', '', 'warning against replacing treatment'),
 ('Oral thrush is a common side-effect of using steroid inhalers – and patients are seldom warned about this.', '', '', ''),
 ('Unless otherwise stated on the package, most supplements and herbal remedies aren’t suitable for children under 12.', '', '', ''),
], g='A')
P('https://okkii.com/how_can_i_treat_my_childs_asthma_at_home/article.htm', 'consumer health portal: treating a child\'s asthma at home', [
 ('Treatment of a child’s asthma involves following an action plan developed in consultation with your child’s pediatrician.', '', 'P', 'hard call: descriptive but directs parents to the pediatrician'),
 ('Severe asthmatic attacks require immediate medical attention and treatment at the hospital.', '', 'P', 'passive recommendation'),
 ('There is no permanent cure for asthma, but some things can help you minimize asthma triggers.', '', '', 'negation'),
 ('Ask your child’s doctor if you can use an air-dryer at home.', '', 'P', ''),
], g='H')
P('https://betahealthy.com/epilepsy-definition-symptoms-causes-types-diagnosis-medications-treatment-and-management/37/', 'health content site: epilepsy treatment (ketogenic diet)', [
 ('The diet is to be managed strictly by a dietician to work properly.', '', 'P', 'hard call: passive recommendation of a professional'),
 ('About 50% of children undergoing this treatment report at least reduction of seizures by half.', 'reference list at the foot of the page, no marker in the paragraph', 'S', ''),
 ('In some case, it may be as effective as eliminating seizures.', '', '', 'hedged'),
], g='G')
P('http://www.healthawareness.co.uk/neurology/ketogenic-diet/ketogenic-diet-eating-your-way-to-better-control-of-seizures', 'newspaper supplement: ketogenic diet for seizures', [
 ('In some forms of epilepsy, this ‘fuel switch’ has the potential to improve seizure control.', '', '', 'hedged'),
 ('Just like with any other medical treatment, people on the diet need the close supervision of a team of dietitians and doctors.', '', 'P', 'third-person prompt'),
 ('Some of them report additional benefits, such as reduction in anticonvulsant medications, improved energy levels, mood and overall quality of life.', '', '', 'reported'),
], g='N')
P('https://lowcarbmag.com/five-year-od-cured-of-epilepsy-after-just-two-days-on-keto-diet/', 'low-carb magazine site: child "cured of epilepsy" on keto', [
 ('Worried about the side effects of anti-epilepsy drugs, they started her on the ketogenic diet.', '', '', 'narrative'),
 ('It is believed to burn ten times the amount of fat that a standard diet does, even in the absence of exercise.', '', 'S', ''),
 ('It might be challenging to adopt the diet in the beginning, but it’s far better than the side effects that come with seizure medications.', '', 'M', 'hard call: swap framing (diet in place of seizure medicines) with no consult caveat'),
], g='N')
