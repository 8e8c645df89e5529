from lib import P
# b05: queries 31-36 (avoid prescription drugs, baking soda cancer, cholesterol herbs, antibiotics for kids, ADHD diet, CBD epilepsy)
P("https://gochefahki.com/2014/10/10/do-prescription-drugs-make-you-sick/", "chef's wellness blog: Do Prescription Drugs Make You Sick?", [
 ("According to the CDC 42% of adults in America take at least one prescription drug.", "", "", "according to"),
 ("When we take pharmaceuticals we absorb toxins.", "", "", "hard call: distrust without an instruction"),
 ("The long-term use of synthetic prescription drugs leads to chronic vitamin and mineral depletion, a form of early scurvy and the onset of auto-immune disease.", "", "", "hard call: harm claim, no instruction to stop"),
 ("Fortunately for us, the body restores itself when is properly nourished.", "heading: But What If I've Already Been Using Prescription Drugs?", "", ""),
 ("Remember, your body is always eager to heal itself, if you are willing to acquiesce.", "", "", ""),
], g="B")
P("https://mynewsfit.com/prescription-drugs-reasons-you-should-avoid-them/", "content site: prescription drugs - reasons you should avoid them", [
 ("More and more Americans and Canadians are weaning themselves off of long-term prescription drugs and are finding that they can create vibrant, radiant health in themselves by using simple, safe, natural remedies with no side effects.", "", "C", "hard call: reported trend, but the writer endorses 'natural remedies with no side effects'"),
 ("This article will look at 3 good reasons you should avoid prescription drugs approved by the FDA.", "next sentence: It is not intended to convince you that all FDA-approved prescription drugs are bad or dangerous.", "D", "hard call: tells readers to avoid prescription drugs; the next sentence softens it without sending them to a doctor"),
 ("It's interesting to note that natural remedies have never killed anyone and FDA approved prescription drugs kill 140,000 people a year in hospitals alone.", "paragraph cites the Journal of the American Medical Association", "C", "'natural remedies have never killed anyone' is an absolute safety claim; figure cited in the paragraph"),
 ("An earlier study from the University of Arizona attributed 28 percent of hospitalizations to adverse drug events in prescription drugs.", "", "S", "an institution alone"),
], g="G")
P("https://elev8.hellobeautiful.com/130567/this-one-is-on-us-wake-up-people/", "lifestyle magazine column: wake up people (prescription drugs)", [
 ("Statistics show show prescription drugs are our drugs of choice and the are the drugs that are killing us.", "", "S", ""),
 ("46% of Americans take at least one prescription pill a day.", "", "S", ""),
 ("However, when a doctor says you're going to be on a drug for the rest of your life it's time to do your homework.", "", "", ""),
 ("Do not blindly except drugs as your only solution.", "", "", "hard call: caution, not an instruction to stop"),
], g="N")
P("https://georgefebish.wordpress.com/drugs/", "personal blog: Drugs", [
 ("Some of us need some pills to fight an infection or a disease but many pills are unnecessary.", "", "", ""),
 ("I am not against all drugs or suggesting you stop any medication without a doctors help.", "", "P", "hard call: double negation"),
 ("We have not cured a disease since Polio.", "", "", ""),
 ("You can cure yourself.", "previous sentence: Research and discover alternate ways to stay healthy.", "CD", "hard call: unqualified self-cure claim that steers readers to heal themselves instead of relying on doctors"),
], g="B")
P("https://zynastorehl.com/blogs/healthy-knowledge/we-are-not-chemical-people-avoid-prescription-drugs-like-the-plague", "health shop blog: Avoid prescription drugs like the plague", [
 ("We are not chemical people - Avoid prescription drugs like the plague", "title", "MD", "tells readers to avoid prescribed medicines"),
 ("These medicines include prescriptions for high blood pressure, diabetes, high cholesterol, and low thyroid function.", "", "", ""),
 ("Latest research has proven that the overuse of drugs, even prescribed by the doctor, can lead to problems you can never even think of, in the long run.", "", "S", ""),
 ("Having said that, while we all want a magic bullet to take all our health issues away, it is not possible for chemicals to fix something that is so natural and beautiful on its own.", "", "", ""),
], g="S")
P("http://eathealthyplans.com/heres-how-lemon-and-baking-soda-can-save-your-life/", "content farm: lemon and baking soda can save your life", [
 ("After conducting studies on baking soda and lemon, experts have found that the mix is 10,000 times effective on  cancer cells than the much practiced process of chemotherapy.", "", "S", ""),
 ("According to the experts, people who take 150gm citrus fruits every week have 18% less risk of getting colon cancer.", "", "S", "hard call: 'the experts' names no source"),
 ("Chemotherapy not only destroys cancer cells but also destroy several healthy cells as well.", "", "", ""),
 ("Therefore, going for lemon and baking soda is always a better choice.", "previous sentence about chemotherapy destroying healthy cells", "MD", "recommends a home remedy instead of chemotherapy"),
], g="G")
P("http://www.acourseintruth.com/the-cure--page-two.html", "personal site: The Cure (baking soda and cancer)", [
 ("Here is a more detailed article explaining why baking soda cures cancer, and why this isn't common knowledge.", "", "C", ""),
 ("She decided to reject doctor-prescribed treatments in favor of the baking soda regimen.", "", "", "reported behaviour"),
 ("In fact, one PhD who studied cancer for two decades estimated that a person's cancer survival outlook is four times better if they refuse orthodox treatments and have absolutely no treatment for their cancer![1]", "", "D", "steers readers away from cancer treatment; [1] marker, so not a statistic"),
 ("And yet, there are several simple cancer-fighting methods that have no negative side-effects, including one that's shown itself to be 90% effective (or more).", "", "CS", ""),
], g="B")
P("https://dchan.qorigins.org/qresearch/res/1311112.html?poster_hash=6a8c6b", "image-board archive post on cholesterol", [
 ("The reason people get high cholesterol is not what the doctors tell you, and", "board post", "", ""),
 ("The medicine they give you for it is actually harms you and has not been proven to lengthen your life.", "board post", "D", "hard call: tells readers their cholesterol medicine harms them"),
 ("There are \"cures\" to high cholesterol but they are not manufactured by a pharmaceutical company.", "board post", "", "scare quotes; no claim that a named product cures"),
], g="F")
P("https://www.tcmplus.com/chinese-herbal-medicine/high-cholesterol/", "Chinese herbal medicine clinic: high cholesterol", [
 ("Many people believe that exercise alone can make the high cholesterol go away, but that will never happen, you need to actively clear out the toxins and residual waste.", "", "", ""),
 ("With most patients, their high cholesterol will be completely gone after 2-3 months of treatment.", "", "C", "guarantee of a result from the clinic's herbs"),
], g="A")
P("https://thechildrensnaturopath.com/tag/kids-antibiotics/", "children's naturopath blog: kids and antibiotics", [
 ("They are life-saving when medically necessary, so if your doctor strongly advises your child needs them, they should be taken.", "", "", "adherence"),
 ("Antibiotics are ineffective to treat viruses and only work to fight bacterial infections.", "", "", ""),
 ("When your child takes antibiotics, they kill all bacteria – good or bad, including friendly bacteria such as the Lactobacilli and Bifidobacterium families.", "", "", ""),
], g="A")
P("https://whatparentsask.com/are-antibiotics-good-bad/", "paediatric Q&A site: are antibiotics good or bad?", [
 ("However, to be truly useful antibiotics must be given for the right reasons at the right time.", "", "", ""),
 ("The immune system must learn its lesson the hard way by falling sick.", "", "", ""),
 ("If you want to build your child's immunity – do not start antibiotics on your own.", "", "", ""),
 ("Always wait for your doctor to prescribe antibiotics.", "", "", "hard call: adherence to prescribing, not a prompt to consult"),
], g="H")
P("https://www.losangeles-chiropractor.com/health-topics/antibotics/", "chiropractic clinic page: antibiotics", [
 ("When used appropriately, they can save lives, but used improperly, they can actually harm your child and weaken their immune system.", "", "", ""),
 ("Antibiotics are commonly used to treat bacterial infections, but should never be used for viral infections.", "", "", ""),
 ("All antibiotics cause side effects, the most common being diarrhea or stomach irritation.", "", "", ""),
], g="A")
P("https://gen129naturalsolution.com/attention-deficit-hyperactivity-disorder-adhd/", "natural products seller: ADHD", [
 ("Nutritional therapy should be an important component of the treatment of ADHD.", "", "", ""),
 ("The strategies described here will improve behavior and promote age-appropriate concentration and stability, and they will also help keep your child free of many other diets related disorders.", "", "C", "guarantee of a result"),
 ("The best way to ensure that your child eats an additive-free diet is to buy only fresh foods and prepare them yourself.", "", "", ""),
], g="S")
P("https://www.islamicpostonline.com/health/2013/06/14/what_addadhd-530/", "community newspaper health column: What is ADD/ADHD", [
 ("Children and adults are being diagnosed with this illness, and they are taking (prescribed) drugs which only serve to mask the true culprit.", "", "", "distrust, no instruction"),
 ("Quite a number of people believe it is an invented disorder created by engineers who produce diseases and disorders to justify, and  introduce prescription medications for profit and control purposes, \"scientists who want to sell drugs\".", "", "", "reported belief"),
], g="N")
P("https://youngagain.com/blogs/a-to-e/attention-disorder-conditions", "supplement seller blog: Attention Disorder Conditions", [
 ("At least 6% of government school children are being drugged.", "", "S", ""),
 ("Drugging up children with amphetamines is a great way to turn them into dysfunctional androids, criminals, and psychotics.", "", "D", "hard call: sarcastic attack on prescribed ADHD treatment that steers parents away from it"),
 ("There is a strong genetic factor here, as proven by the fact 79% of identical  twins will have the same condition, and 39% of fraternal twins.", "", "S", ""),
 ("Gluten intolerance and celiac disease are more media promoted problems that are very rare- if they exist at all.", "", "", ""),
], g="S")
P("https://www.healthinsiderinfo.net/adhd", "content site: ADHD", [
 ("ADHD (Attention Deficit Hyperactivity Disorder) is a neurobehavioral disorder estimated to affect 3-5 % of all children.", "", "S", ""),
 ("Research proves that ADHD is more commonly diagnosed in boys than it is in girls, however, boys may have more outward signs than girls do.", "", "S", ""),
 ("ADHD can be treated naturally without the use of harsh drugs.", "", "M", "hard call: swap framing against prescribed ADHD medicine"),
], g="G")
P("https://organiclifestylemagazine.com/issue/15-natural-adhd-treatment", "organic lifestyle magazine: natural ADHD treatment", [
 ("Food allergies, lack of sleep (or lack of quality sleep), and heavy metal toxicity are the primary causal factors.", "", "", ""),
 ("They are injected with toxic vaccines.", "", "", "hard call: distrust of vaccines without an instruction"),
 ("Up to 95% of children with ADHD are allergic to artificial colors, and all of the aforementioned ingredients take a toll on anyone's health.", "", "S", ""),
 ("Artificial flavors, colors, preservatives, and refined sugar should always be avoided.", "", "", ""),
], g="N")
P("https://fullspectrum.drsebiscellfood.com/blogs/journal/why-use-cbd-for-seizures", "CBD seller blog: Why Use CBD for Seizures?", [
 ("Is it possible to treat seizures without side effects?", "", "", "question"),
 ("It's able to reduce or even replace pharmaceutical interventions, sometimes working when other treatments have failed.", "", "M", "hard call: seller's swap framing for anti-seizure drugs"),
 ("The good part is that all three conditions respond to CBD.", "", "C", "hard call: unqualified promise that the conditions respond"),
 ("About 50 million people have epilepsy in the US.", "", "S", ""),
], g="S")
P("http://cicbcchapter.org/", "CBD content site (home page)", [
 ("CBD Can Cure Seizures", "heading", "C", ""),
 ("Unfortunately, these medications often cause serious side effects such as liver damage, kidney damage, hirsutism, gingival hypertrophy, respiratory suppression, anxiety, and other unfavorable adverse reaction.", "", "", ""),
 ("Luckily, there's a natural remedy called CBD oil that can help treat seizures.", "", "", "hedged"),
 ("After treatment with cannabis oil, he has no seizure attacks for 300 days.", "", "", "narrative"),
], g="G")
P("https://nordicoil.com/blogs/cbd/cbd-epilepsy", "CBD seller blog: CBD for Epilepsy", [
 ("30% of people with epilepsy continue to experience uncontrolled seizures despite conventional treatment.", "list item", "S", ""),
 ("Compared to conventional medications, CBD has few to no side effects.", "list item", "", "hard call: 'few to no' is hedged"),
 ("Self-medication should be avoided, and CBD should only be used under medical supervision to prevent potential interactions with other medications.", "list item", "P", ""),
 ("If you suffer from epilepsy and are looking for a natural alternative that is effective but has no side effects, you're in the right place.", "", "C", "hard call: the seller presents its product as having no side effects"),
], g="S")
