from lib import P
# b01: queries 1-6 (BPC-157, red light, HBOT autism, fenbendazole, methylene blue, NAD+ drips)
P("https://skool.com/bestreviews/bpc-157-capsules", "review/affiliate post on BPC-157 capsules", [
 ("However, unscientific evidence recommends it is medically practical in detail for individual populations with restricted possibility for side effects.", "", "", "hedged ('restricted possibility'), not a no-side-effects claim; spun text"),
 ("To date, human studies are minimal and the therapy is not FDA-approved.", "", "", ""),
 ("BPC-157 is commonly used to address stomach and intestinal issues such as inflamed intestinal epithelium (leaky gut), eosinophilic esophagitis, and inflammatory bowel disease.", "", "", "reported use, no cure wording"),
 ("Our bodies naturally produce over 7,000 different peptides by linking amino acids together.", "", "S", "figure without source (hard call: textbook-type figure)"),
], g="S")
# bestredlighttherapy.com buyer-guide page dropped before the build: the same domain's hair-loss page (b12) was kept instead (one page per domain)
P("https://youlumi.com/what-is-red-light-therapy/", "red light device seller's blog", [
 ("Red light therapy is non-toxic, non-invasive, and considered safe for all skin types.", "", "", "'considered safe' is hedged; 'non-toxic' descriptive (hard call)"),
 ("It does not require the use of irritating external substances or heat that irritates or burns the skin.", "", "", ""),
 ("Red light therapy may help to treat dementia, toothache, alopecia, arthritis, slow down skin aging, alleviate skin damage, etc.", "", "", "hedged treatment claim"),
], g="S")
P("https://nutriphyfit.com/red-light-therapy-its-benefits-uses-and-side-effects", "fitness/nutrition site article on red light therapy", [
 ("Results of some studies do show some promise, but the full effectiveness of red light therapy has yet to be determined.", "", "", ""),
 ("Minimal to no side effects in most users", "list item under 'Red light therapy benefits'", "", "'in most users' qualifies the safety claim (hard call)"),
 ("Drug-free alternative for chronic pain and skin conditions", "list item under 'Red light therapy benefits'", "", "swap framing without instruction and no named prescription drug (hard call)"),
 ("Potential use in traumatic brain injury and neurodegenerative conditions (e.g., Alzheimer’s, Parkinson’s) under clinical investigation.", "", "", ""),
], g="G")
P("https://theenergyblueprint.com/what-is-red-light-therapy-benefits-side-effects-and-how-to-use-it/", "health coach's blog (energy programme) on red light therapy", [
 ("The popularity and excitement around red light therapy is on the rise as research continues to prove its tremendous amount of health benefits.", "", "S", "'research continues to prove' with no citation in the paragraph"),
 ("The truth is, it has been the subject of thousands of studies going back to the 1990s when NASA used red lights to grow plants.", "paragraph ends with footnote marker 2", "", "paragraph carries a footnote marker"),
 ("Are all of these lofty claims the stuff of science fiction or is it worth the hype?", "", "", "question"),
], g="B")
P("https://lighttherapymachines.com/show-138845.html", "light therapy machine seller's page", [
 ("Since the initial space experiment, hundreds of clinical studies and thousands of laboratory studies have been conducted to determine if RLT has medical benefits.", "", "S", "vague counts without source (hard call)"),
 ("For example, the Centers for Medicare and Medicaid Services (CMS) have determined that there is insufficient evidence to suggest that these devices are better than the current methods of treating wounds, ulcers and pain.", "", "", "sourced to CMS"),
 ("At present, RLT has not been recognized or underwritten by insurance companies due to lack of sufficient evidence.", "", "", ""),
 ("Improve hair growth in androgenetic alopecia patients", "list item: 'there is currently evidence that RLT may have the following benefits'", "", ""),
], g="S")
P("http://eriksuhmd.com/autism-and-hbot/", "physician's hyperbaric clinic page on autism and HBOT", [
 ("Current medical therapies which include counseling, medications, and other procedures have failed at producing positive outcome for many patients with autism and their families.", "", "", "disparages standard care but does not steer the reader away (hard call)"),
 ("However, hyperbaric oxygen therapy (HBOT) has demonstrated in many studies as an emerging treatment that parents and physicians are utilizing to help reduce the effects of ASD by increasing oxygen perfusion to the brain.", "", "S", "'in many studies' without citation"),
 ("The higher level of oxygen to the brain has been shown to decrease inflammation and improve cognitive functions.", "", "S", "'has been shown' without citation"),
], g="A")
P("http://navigatingautism.org/hbot.html", "parent resource site on autism therapies", [
 ("Studies in 2009, 2010 and in 2011 compared HBOT to a placebo treatment in children with autistic disorder.", "", "S", "years alone are not a citation (hard call)"),
 ("No differences were found between the HBOT group and the placebo group on any of the outcome measures.", "", "", "reports the null result of the studies in the previous sentence"),
 ("Despite this, many parents report that their children gained speech and overall ‘clarity’ following HBOT, but also found that the treatments needed to be repeated regularly in order to maintain those gains.", "", "", "reported experience"),
 ("We recommend that once you have a sense of the therapies you’d like to pursue that you seek out recommendations or referrals from your health insurance customer service department, from support groups, or the local Autism Society Chapter website (they often have a service provider directory available online).", "", "", "referral sources are not professionals (insurance, support groups)"),
], g="G")
P("https://atlantahyperbariccenter.blogspot.com/2015/04", "hyperbaric centre's blog", [
 ("Autism affects 1 in 88 children in the U.S.", "", "S", ""),
 ("Vaccines, metal poisoning, wheat and dairy diets plus oxygen insufficiencies have been discounted.", "", "", ""),
 ("Twelve years ago an anxious mother was told her son had autism.", "", "", "narrative"),
], g="A")
P("https://demopmsl.com/is-fenbendazole-safe-for-humans", "content page: 'Is fenbendazole safe for humans'", [
 ("In addition to being able to kill parasites, fenbendazole appears to have powerful anti-tumor effects.", "", "", "hedged ('appears')"),
 ("In one scientific study, researchers found that fenbendazole stopped tumor growth in both unirradiated and irradiated mice by inhibiting the growth of cancerous cells.", "", "S", "unnamed study, no citation"),
 ("However, there are no clinical trials that demonstrate fenbendazole can actually cure cancer in humans.", "", "", "negation"),
 ("In addition, fenbendazole has been shown to activate the genome p53, a gene that prevents cancerous cell development.", "", "S", "'has been shown' without citation"),
], g="G")
P("https://www.mearticles.com/2023/07/the-fascinating-health-benefits-of.html", "personal blog post on methylene blue benefits", [
 ("The dosage typically ranges from 0.5 milligrams to four milligrams per kilogram of body weight.", "heading: The Dosage and Forms", "", "descriptive typical range"),
 ("For instance, an individual weighing 185 pounds would require approximately 42 drops per day, with each drop containing 0.5 milligrams of the compound.", "heading: The Dosage and Forms", "O", "consumer dose (drops per day) for an off-label self-use; no caveat in the section"),
 ("It is crucial to obtain the USP pharmaceutical grade at a one percent solution to ensure accurate dosage.", "heading: The Dosage and Forms", "", "product grade, not a dose"),
 ("Despite being a synthetic compound, it is available over the counter and has gained popularity as a natural remedy.", "", "", ""),
 ("Studies have indicated that Methylene Blue possesses potent antiviral properties, making it a potential treatme", "", "S", "'studies have indicated' without citation"),
], g="B")
P("https://enviroliteracy.org/animals/do-you-need-methylene-blue", "content site Q&A page on methylene blue", [
 ("The straightforward answer to whether you need methylene blue is: almost certainly not without careful consideration and consultation with a qualified physician.", "", "P", "double-negation consult prompt"),
 ("The indiscriminate use of methylene blue carries significant risks and should never be undertaken lightly.", "", "", ""),
 ("Cognitive Enhancement: Some studies suggest it can improve memory and cognitive function by enhancing mitochondrial respiration in brain cells.", "", "S", "'some studies suggest' without citation"),
 ("Think of it as a specialized tool, not an everyday supplement.", "", "", ""),
], g="G")
P("https://pharmaceuticalmethyleneblue.com/methylene-blue-treatment-for-diseases/", "methylene blue seller's site", [
 ("Its antioxidant and anti-inflammatory benefits can treat multiple diseases.", "", "", "treatment claim without cure wording"),
 ("Additionally, the Journal of Clinical Psychiatry conducted a study that showed that this drug can help with major depressive disorder.", "", "", "named journal counts as a source"),
 ("Make sure to swallow the tablets with food or water.", "heading: Oral Administration", "", "no amount"),
 ("Pro Tip: Always consult a healthcare professional before self-administering methylene blue treatment.", "", "P", ""),
 ("It’s essential to ensure correct infusion by a qualified healthcare professional to avoid any com", "heading: Intravenous Injection", "", "about who gives an infusion, not a prompt to consult (hard call)"),
], g="S")
P("https://101healthspan.com/blog/methylene-blue-applications--side-effects", "longevity supplement brand's blog", [
 ("Research suggests that methylene blue may have antioxidant capabilities and can shield the mitochondria from damage and from oxidative stress.", "", "S", ""),
 ("Certainly we think that melatonin is in both these 2 categories far superior.", "", "", "comparative opinion"),
 ("Methylene blue has antibacterial qualities and can be used to heal and clean exterior wounds.", "", "", "no cure of a condition (hard call)"),
], g="S")
P("https://urwellness.co/blog/nad-therapy-benefits-anti-aging", "IV wellness clinic blog on NAD+ therapy", [
 ("It is a coenzyme called NAD+ — nicotinamide adenine dinucleotide — and by the time you reach 40, your levels have dropped by roughly half.", "", "S", ""),
 ("Sobering because NAD+ loss is universal and progressive.", "", "", ""),
 ("Hopeful because it is directly replenishable — and NAD+ IV therapy is the most efficient way to do it.", "", "", "superlative, not cure/safety"),
 ("The research connecting NAD+ depletion to age-related disease has exploded over the past decade, and what it reveals is both sobering and genuinely hopeful.", "", "", ""),
], g="S")
P("https://rejuvenate-az.com/insights/nad-iv-therapy-everything-you-need-to-know-(2025-evidence-based-guide)", "IV therapy clinic's guide to NAD+", [
 ("IV administration delivers NAD+ directly to your bloodstream with near-100% bioavailability, bypassing digestive breakdown that limits oral supplements.", "", "S", "figure without source (hard call)"),
 ("Clinical studies show NAD+ IV therapy may improve energy levels, reduce fatigue, enhance cognitive function, and support cellular repair—though individual responses vary.", "", "S", "'clinical studies show' without citation"),
 ("A study published in Frontiers in Aging Neuroscience found that NAD+ concentrations decrease progressively, particularly after age 40.", "", "", "named journal"),
 ("Aging: NAD+ levels can drop by 50% or more between ages 40 and 60", "list item", "S", ""),
], g="S")
P("https://tidal-wave-wellness.pages.dev/blog/iv-therapy-and-nad/index.html", "IV wellness clinic blog", [
 ("By age 50, tissue NAD+ levels are roughly half what they were at 20.", "", "S", ""),
 ("NAD+ is one of the most popular molecules in longevity right now, and one of the most over-marketed.", "", "", ""),
 ("Whether that translates into clinically meaningful endpoints — energy, cognitive function, mortality — is where the evidence becomes thinner and more population-dependent.", "", "", ""),
], g="S")
