from lib import P, S
# batch 1: kratom versus opioids, lithium orotate, halotherapy salt rooms, height pills for children (queries 1-4)

P("https://quick.md/blog/drugs-information-prices/does-kratom-work-for-opioid-withdrawal/", 'H', "telehealth clinic blog: does kratom work for opioid withdrawal")
S("There is a mistaken belief that kratom is harmless because it comes from a plant.", '', 'heading: Is kratom safe?', 'debunking a safety belief')
S("Kratom has no FDA-approved use, and using it to treat addiction to other drugs without medical supervision is not safe.", '', 'heading: Is kratom safe?', 'warning; "without medical supervision" is not an affirmative consult prompt')
S("Kratom is best avoided for opioid withdrawal as well as for any other use.", '', 'heading: The bottom line')

P("https://uskratom.us.com/kratom-vs/opioids", 'S', "kratom seller: kratom vs opioids safety and efficacy comparison")
S("Overdose Risk: Fatal kratom overdoses are extremely rare; opioid overdoses killed 80,000+ Americans in 2023", 'S', 'heading: Quick Summary: Key Differences', 'death figure with no source in the list; "extremely rare" is not an absolute safety claim')
S("Addiction Potential: Both are addictive, but kratom appears less severe with milder withdrawal", '', 'heading: Quick Summary: Key Differences')
S("Pain Relief: Opioids more potent for severe pain; kratom effective for mild-moderate chronic pain", '', 'heading: Quick Summary: Key Differences', 'hard call: treatment claim without cure or safety wording')

P("https://www.narconon.org/blog/kratom-alternative-pain-reliever-or-dangerous-addictive-drug.html", 'H', "addiction rehabilitation network blog: kratom, alternative pain reliever or addictive drug")
S("There’s a false narrative floating around about kratom that suggests it is a legitimate alternative to opioid painkillers.", '', 'heading: Kratom addiction', 'debunking')
S("Though kratom is not illegal, it is not safe by any means and should not be consumed.", '', 'heading: Kratom Defined')
S("Kratom is said to have a pain-relieving effect, hence why some claim that it is a safe alternative to opioid pain relievers.", '', '', 'reported claim ("some claim")')

P("https://www.saltcavehalotherapy.co.uk/asthma", 'S', "salt cave halotherapy business: asthma page")
S("Asthma is a chronic respiratory condition that currently has no cure.", '', 'title: Asthma', 'negation')
S("Halotherapy can help attenuate asthma by virtue of inhaling natural salt dust.", '', '', 'hedged ("can help")')
S("In this way, halotherapy eases the congestion of airways, helping to improve breathing and relieve asthmatic symptoms.", '', '', 'hard call: treatment claim without cure wording')

P("http://www.spanapoli.com/dogana-del-sale/romeo-wellness/en/Haloterapia.html", 'S', "hotel spa page: halotherapy salt room")
S("Halotherapy ( from the greek halos) means to cure with salt.", '', '', 'etymology, not a claim')
S("A natural therapy that takes advantage of the benefits of pure sodium chloride under a  micronized form, an authentic cure - all for the respiratory tract, a precious ally for the skin and immune  system.", 'C', '', '"an authentic cure-all" on the seller\'s own page')
S("This process, has been scientifically proven in treating respiratory and skin problems.", 'S', '', 'hard call: "scientifically proven" research claim with no citation')
S("In the Salt Room respiratory and dermatological problems can be treated because salt is a natural antibacterial agent.", '', '', 'treatment claim without cure wording')

P("https://rosewoodhandicrafts.com/salt-room-therpay.php", 'S', "salt tile and block seller: salt room therapy page")
S("The resulting environment has been proven in various clinical studies to alleviate respiratory and skin ailments ranging from asthma to allergies to eczema.", 'S', '', '"proven in various clinical studies", no citation')
S("A study recently published in the New England Journal of Medicine found that long-term treatment in a Salt room had a positive impact on lung function and reduced pulmonary exacerbations.", '', '', 'hard call: named journal counted as a citation (no date)')
S("However, doctors are urging patients not to seek alternative therapies ahead of proven approaches.", '', '', 'reported advice of doctors, not a prompt to consult')
S("By strictly controlling the temperature and humidity it is possible to create a hypo-bacterial and allergen-free air environment.", '', '', 'about the room air, not a cure or safety claim')

P("http://www.thesaltuary.com/in-the-media.html", 'S', "salt therapy business: in the media page quoting press coverage")
S("“It’s been really great. I’ve just had my ninth treatment just before we were talking and I’ve got my asthma inhaler down to one puff a day with no coughing, no symptoms,” she tells CTV News.", '', 'quoted news report', 'hard call: reported behaviour of a client (inhaler cut down), not an instruction to the reader')
S("But an increasing number of Americans are discovering what Europeans have known for centuries: Salt therapy is good for the entire body.", '', 'quoted news report')
S("“Research and studies have demonstrated the beneficial value of the micro climate of salt caves in shielding our bodies against viral infections, in balancing our immune system, in the enhancement of sport performance & in the following disorders…”", 'S', 'quoted press item; followed by "Read more"', 'research claim with no citation')

P("https://medfreebipolar.wordpress.com/tag/mental-health-nursing-pathologies-depression-preface/", 'B', "personal blog on medication-free bipolar: lithium orotate vs prescription lithium")
S("Natural forms of lithium are less concentrated and are compounded differently than the prescription forms, so side effects are not as great an issue.", '', '', 'comparative, not "no side effects"')
S("The doctors can let you know about all of the prescription options available to you, but they may not know about a safe, natural form of lithium.", 'C', '', 'hard call: unqualified "a safe, natural form of lithium"')
S("Although this lithium, called lithium orotate, has not been clinically studied side by side with lithium in actual clinical trials that I am aware of, it has been tested by several of my peers with bipolar who did pretty well for years on lithium carbonate (by prescription), and then transitioned over to lithium orotate (found in health food stores).", '', '', 'hard call: reported switching by peers, not an instruction')
S("They found even greater health and stability without the side effects, prescription refills, blood tests, and fear of kidney failure.", 'C', '', 'hard call: endorsed testimonial, "without the side effects"')
S("If there were a safer, more effective form of lithium that you could get without a prescription, wouldn’t you want to know about it?", '', '', 'question')

P("https://observatorial.com/news/health/902983/the-danger-of-miracle-drugs-that-help-increase-height-quickly", 'N', "news: the danger of miracle height drugs for children")
S("The seller recommends a daily regimen of three pills, taken at night, a box of 270 pills, priced at nearly 700,000 VND.", '', '', 'reported dose of a seller')
S("The drug is advertised as “supplementing active ingredients that stimulate natural growth hormones, helping bones grow 3-9 cm longer in a year.”", '', '', 'reported advertising claim')
S("“Self-supplementing height-increasing foods is not only unscientific, very expensive, can pose health risks, and can easily miss the golden treatment period if the child has a medical condition,” said Dr. Linh, adding that Ms. Hoa’s case is typical of self-supplementing with drugs, leading to “losing money and getting sick.”", '', '', 'reported warning')

P("https://vietnamnews.vn/society/346709/the-lowdown-on-height-boosting-pills.html", 'N', "news: the lowdown on height-boosting pills")
S("HÀ NỘI - There is no indication that children who are given so-called height-boosting pills grow taller than those who are not.", '', '', 'negation')
S("\"But they can only act as a dietary supplement. So far, there are no studies showing that they boost height,\" she said.", '', '', 'reported, negation')
S("Another danger is an overdose of calcium from the pills, leading to its accumulation in the kidneys, causing kidney stones and other kidney disease, he said.", '', '')

P("https://blog.nubest.com/master-these-3-keys-and-your-children-will-grow-taller-optimally-135784/", 'S', "height-supplement brand blog: 3 keys for children to grow taller")
S("Don’t worry when you cannot change genetic factors that cause short stature in your children.", '', '', 'reassurance about genetics, not steering away from care')
S("This partly explains why children at the age of 10 - 15 see a growth spurt with an average rise up to 4 inches per year.", '', 'paragraph carries a citation: "The HGH level goes up substantially during puberty in both girls and boys [2]."', 'figure in a cited paragraph')
S("Since a diet rich in protein and amino acids has been proved to boost the amount of natural HGH, what your children need to do is concentrate on consuming protein adequately every day [3].", '', '', 'cited [3]; diet advice, not a dose')

P("http://www.parents.com/toddlers-preschoolers/development/physical/how-kids-grow/?page=3", 'N', "parenting magazine: can I make my short child taller")
S("If your child is below the 5th percentile in height, he could be deficient in growth hormone (GH).", '', 'heading: Can I Make My Short Child Taller?', 'criterion, not a finding')
S("Most doctors won't prescribe GH to kids who are not hormone deficient, but new research suggests it could add up to two inches to a healthy child's final height.", 'S', '', '"new research suggests" with a figure, no citation')
S("Side effects in healthy kids are still unknown.", '', '')
