# sent41 batch 5: chiropractic for children's ear infections, rosemary oil versus minoxidil, stem cells for MS, GLP-1 supplements (queries 17-20)
from lib import P
P("https://sandstonechiropractic.com/blog/treating-ear-infections-without-antibiotics/", "chiropractic practice blog 'Treating ear infections without antibiotics'", [
 ("Fortunately, there are other options for treating ear infections without resorting to multiple courses of antibiotics.", "", "", ""),
 ("Wait it Out", "heading; the section gives recovery figures and no advice on when to see a doctor", "D", "hard call: a chiropractor's heading telling parents to wait out a child's ear infection, with no safety-net"),
 ("Contrary to popular belief, not all ear infections require antibiotics.", "heading: Wait it Out", "", "clinical statement"),
 ("Even in kids with bacterial ear infections, more than half will feel better within 2 days while 75% of children with ear infections will feel better within a week without treatment.", "heading: Wait it Out", "S", ""),
 ("Multiple studies conducted by members of the International Chiropractic Pediatric Association report success with using chiropractic care to treat acute and chronic ear infections.", "heading: Chiropractic Care", "S", ""),
], g="H")
P("http://drschnowske.blogspot.com/2013/08/get-rid-of-your-childs-ear-infection.html", "chiropractor's blog 'Get Rid of Your Child's Ear Infection Without Antibiotics'", [
 ("Get Rid of Your Child's Ear Infection Without Antibiotics", "title", "C", "hard call: promises to eliminate a child's infection without the usual medicine"),
 ("Then you are one of 10 million parents whose children are affected by ear infections every year.", "", "S", ""),
 ("Middle ear infections also known as otitis media account for more than 35% of all pediatric visits, as a result parents want answers and solutions to cutting down the length of ear infections and the cost of treatment.", "", "S", ""),
 ("Traditional medical treatment focuses on antibiotics which may only be effective if the infection is caused by a bacterial.", "heading: What are my child's treatment options?", "", ""),
], g="B")
P("http://entertogetwell.ca/more-info-on-ear-infections/", "chiropractic clinic page 'More Info On Ear Infections'", [
 ("Ear Infections? Wait, and See Your Chiropractor!", "heading", "D", "hard call: wait instead of the doctor's antibiotics and see a chiropractor"),
 ("According to the UK study, the wait-and-see approach resulted in a 76 percent reduction in the use of antibiotic prescriptions.", "", "", "'according to the UK study' (reported from a news article)"),
 ("You won’t have to worry about any antibiotics or drug resistant bacteria there.", "about the chiropractor's office", "", ""),
 ("For many families that have their children under chiropractic care, it’s the pediatricians who end up waiting.", "next sentence: They wait and wait and wait, and wonder why the parents have not returned for the drugs they were demanding.", "D", "hard call: celebrates parents not going back to the paediatrician"),
], g="H")
P("https://www.botaniaura.com/rosemary-oil-for-hair-growth", "content site guide 'Rosemary Oil for Hair Growth: Miracle Cure or Just a Myth'", [
 ("Rosemary Oil for Hair Growth: Miracle Cure or Just a Myth", "title", "", "question-style title"),
 ("But is it a legit miracle or overhyped myth?", "", "", "question"),
 ("Mix: 5 drops in 10 mL carrier (jojoba, coconut).", "list: Usage Instructions", "", "topical mixture recipe"),
], g="G")
P("https://braes.co/Post/details/41/LEARN-HOW-TO-MAKE-A-HOMEMADE-ROSEMARY-RINSE-FOR-HEALTHY-HAIR-AND-SCALP/?lang=English", "hair-care brand post with a homemade rosemary rinse recipe", [
 ("Some believe that rosemary essential oil is as effective at re-growing thinning hair as minoxidil, better known as Rogaine.", "", "", "reported belief"),
 ("Rosemary has also been used traditionally to encourage a healthy scalp and eliminate dandruff.", "", "", "reported traditional use"),
 ("Do this rinse twice a week after shampooing and conditioning your hair.", "", "", "recipe, not a dose"),
], g="S")
P("https://www.pure24life.com/2026/02/rosemary-oil.html", "lifestyle blog 'Rosemary Oil vs. Minoxidil: What Does the Science Say?'", [
 ("In 2015, a landmark study compared rosemary oil directly against minoxidil 2%, and the results were shocking.", "", "S", "hard call: a year alone is not a citation"),
 ("There was no statistical difference between the two, meaning nature performed just as well as the drug.", "", "S", "hard call: reports the uncited study's result"),
 ("You need a strategy that fits your lifestyle and your tolerance for side effects.", "", "", ""),
], g="B")
P("https://folliclebooster.com/blogs/news/why-rosemary-is-a-good-alternative-to-minoxidil-5-key-points", "hair-growth product brand blog 'Why Rosemary is a Good Alternative to Minoxidil'", [
 ("Natural and Safe", "heading on a seller's blog", "C", "hard call: unqualified 'safe' as a product-benefit heading"),
 ("It has been used for centuries for its medicinal properties and is generally considered safe for topical use with minimal side effects.", "heading: Natural and Safe", "", "qualified"),
 ("The study found that rosemary oil was as effective as minoxidil in increasing hair count after six months of use.", "previous sentence: A study published in the journal \"SKINmed\" compared the efficacy of rosemary oil to minoxidil", "S", "hard call: journal named, no date or link"),
], g="S")
P("https://fetanzena.com/how-to-use-rosemary-for-hair-growth/", "content site 'How to use rosemary for hair growth'", [
 ("There have been reports in recent years that the oil is beneficial to hair growth.", "", "", ""),
 ("More recent research indicates that rosemary directly protects against hair loss.", "", "S", ""),
 ("The results showed that rosemary essential oil worked just as well as minoxidil.", "", "S", ""),
], g="G")
P("https://www.bioeden.com/uk/?news=astounding-ms-stem-cell-treatment-stops-disease-91-patients", "stem-cell banking company news post on an MS stem cell study", [
 ("‘Astounding’ MS Stem Cell Treatment stops disease in 91% of Patients", "title", "S", "hard call: the journal is named below without date or link"),
 ("Additionally, 86% of patients experienced lasting remission with no relapses three years after the treatment.", "first paragraph: 'Medical journal JAMA Neurology has recently published the results of a study'", "S", "hard call: journal named in another paragraph, no date"),
 ("The patients had undergone chemotherapy which had destroyed their immune systems.", "", "", ""),
], g="S")
P("https://mvflaim.wordpress.com/2016/01/18/miraculous-cure-for-ms/", "patient's personal blog post '\"Miraculous\" Cure for MS'", [
 ("“Miraculous” Cure for MS", "title", "", "scare quotes around the newspaper's word"),
 ("In both case, the patients made a full recovery even after being confined to a wheelchair.", "reporting a Telegraph article", "", "reported"),
 ("Hopefully someday I’ll no longer have to have chemo every five months to prevent an attack of NMO.", "", "", ""),
], g="B")
P("https://www.activeliving.physio/post/canadian-doctors-have-reversed-a-case-of-ms-using-stem-cells", "physiotherapy clinic blog on a Canadian MS stem cell study", [
 ("Canadian doctors have reversed a case of MS using stem cells", "title", "", "hard call: news of one reported case, not the clinic's product claim"),
 ("-70% saw the disease progression halted or reversed!!", "list of study highlights; the post links 'the medical version from The Lancet' below", "S", "hard call: journal named without date"),
 ("-it is an extremely risky treatment that only 5% of people with MS would qualify for at this time", "", "S", ""),
], g="H")
P("https://stemcell.taragana.net/archive/stem-cell-therapy-cured-star-footballer-suffering-from-multiple-sclerosis/", "stem cell news blog post on a footballer 'cured' of MS", [
 ("Finally, McClure was successfully cured of the demyleination problem.", "", "C", "the writer states the cure as fact"),
 ("Incurable Multiple sclerosis once again conquered by emerging stem cell therapy.", "", "C", ""),
 ("Jokes apart, it can really make your and your family’s life a hell.", "", "", ""),
], g="G")
P("https://trippingovernothing.com/2018/08/12/are-you-saying-theres-a-chance/", "family blog about a husband's MS and stem cell treatment", [
 ("He sees his neurologist frequently, follows all of the recommendations and takes all the prescribed medications, but still the disease is progressing.", "", "", ""),
 ("So many  things to consider, so much money, no guarantee, not approved in the US, just to name a few.", "", "", ""),
 ("But stem cell treatment gave this man his life back, his next step was a wheelchair.", "second-hand story of a colleague's father", "", "reported testimony"),
], g="B")
P("https://www.advancells.com/patientstories/russel-miller-53-years-multiple-sclerosis/", "stem cell company's patient story of a man with MS", [
 ("I also felt gave it me some nasty side effects, so I decided to stop.", "patient's own account of stopping beta interferon", "", "narrative, reported behaviour"),
 ("I had read much about stem cell therapy and often wondered if it may help me.", "", "", ""),
], g="S")
P("https://newpages.asia/vn/en/product/3694496/weight-loss-pills", "directory product page on weight loss pills", [
 ("Discuss with your doctor about weight loss medication and weight loss injection that has FDA approval", "", "P", ""),
 ("Possible Side Effects: From digestive issues to more serious health risks, safety isn’t guaranteed.", "", "", ""),
 ("Always consult a doctor or dietitian before trying any weight loss pill or supplement.", "heading: Talk to a Professional First", "P", ""),
], g="G")
P("https://weightlossload.blogspot.com/2025/09/a-storm-in-droplet-truth-about-glp-1.html", "weight-loss blog debunking GLP-1 supplement drops", [
 ("The results can be jaw-dropping, with patients losing up to 22.5% of their initial body weight in some studies.", "", "S", ""),
 ("They do not contain these powerful, FDA-approved medications.", "", "", "debunking"),
], g="B")
P("https://simplemd.com/program/medicine/", "telehealth weight-loss programme page on GLP-1 medicines", [
 ("The net effect of GLP-1’s is decreased hunger, prolonged fullness, and ultimately, weight loss.", "", "", ""),
 ("Selecting the best GLP-1 and establishing the right dosage level and frequency is a key reason to work directly with a physician.", "page advertising the programme's own physicians", "", "advertisement for a paid consultation service"),
], g="H")
P("https://womenssecretportal.com/?p=11170", "copy of a magazine article on GLP-1 supplements", [
 ("These GLP-1 supplements are marketed as an alternative to obesity drugs—even though they have little in common with the drugs.", "", "", ""),
 ("Pendulum’s GLP-1 Probiotic gives users “the power to boost this powerful hormone.”", "", "", "quoted marketing"),
], g="G")
