from lib import P
P("https://onsitewv.com/can-a-dog-dewormer-cure-cancer-in-humans/", "unrelated-business site article: can a dog dewormer cure cancer in humans", [
 ("A flurry of viral posts have emerged on social media claiming that a dog dewormer cures cancer in humans.", "", "", "reported claim"),
 ("While a few preclinical studies are investigating this class of benzimidazole anthelmintic drugs for their anticancer potential, these drugs have not been proven effective in humans and should not be used as cancer treatments.", "", "", "debunking"),
 ("According to the Joe Tippens Protocol, patients should take 222 mg of FZ per day in the form of granules or liquid suspension seven days a week.", "", "", "hard call: reported protocol ('according to'), not the writer's instruction"),
], g='G')
P("https://blackmagicpuja.com/fenbendazole-cancer/", "unrelated site article: fenbendazole and cancer", [
 ("However, reports of fenbendazole curing cancer have been spread through social media, leading to patients self-administering fenbendazole for treatment of their cancers.", "", "", "reported"),
 ("Despite this claim, scientific research has found that fenbendazole does not prevent or cure cancer.", "", "", "negation"),
], g='G')
P("https://theomnibuzz.com/fenbendazole-for-humans-cancer-may-increase-the-risk-of-serious-side-effects", "content platform: fenbendazole for humans may increase risk of side effects", [
 ("However, no scientific research supports this claim.", "", "", ""),
 ("In fact, some studies have found that fenbendazole is ineffective against cancer and may actually increase the risk of serious side effects.", "", "S", "uncited 'some studies'"),
], g='G')
P("https://enviroliteracy.org/animals/how-do-you-use-methylene-blue-orally", "content farm: how do you use methylene blue orally", [
 ("Methylene blue, a fascinating compound with a surprisingly wide array of potential benefits, is gaining traction as a supplement.", "", "", ""),
 ("Be sure to calculate the dosage based on lean body weight, to ensure you are staying under 2 mg/kg, to avoid side effects.", "same section: A healthcare professional can assist you in determining this accurately.", "", "hard call: ceiling without frequency; professional caveat in the section"),
 ("A healthcare professional can assist you in determining this accurately.", "", "P", "hard call: soft prompt"),
], g='G')
P("https://www.goldilockswellness.com/post/all-about-methylene-blue-benefits-side-effects-and-safe-usage-guide", "wellness blog: all about methylene blue", [
 ("We're talking about methylene blue, a synthetic dye that is non-toxic at the right dose and a strong antioxidant and mitochondrial enhancer that helps improve cellular energy production and reduce oxidative stress.", "", "", "qualified safety ('at the right dose')"),
 ("Yes, but it must be used with extreme caution because it is powerful stuff and dosage has a very narrow safe window.", "", "", ""),
], g='B')
P("https://sarmguide.swisschems.com/articles/methylene-blue-full-guide-benefits-dosage-and-side-effects/", "research-chemical seller guide: methylene blue", [
 ("Methylene Blue is simply a Nootropic supplement specifically designed to improve brain function, vitality, and mood.", "", "", ""),
 ("As we age, it’s quite common for us to forget a thing or two, but with Methylene Blue, it just makes that youthful difference.", "", "", "hard call: puffery without cure or safety wording"),
], g='S')
P("http://boswelliaclub.com/from-nature/natural-oils/black-cumin-seed-oil/", "natural remedies site: Nigella sativa, the magic plant that heals everything except death", [
 ("Nigella Sativa – The Magic Plant That Heals Everything Except Death", "page title", "C", ""),
 ("Black seed oil as it is popularly called is known for its natural healing power.", "", "", ""),
 ("In recent days, the black seed oil still finds great relevance in the treatment of several ailments like haemorrhoids, colic, digestive tract infections, congestion asthma, allergies,", "", "", "cut off in the excerpt"),
], g='A')
P("https://wildoats.com/2015/11/page/2", "natural grocer blog: black seed oil", [
 ("It’s hard to even know where to begin with Black Seed Oil (nigella sativa), since it is said to “cure everything but death.”", "", "", "reported saying"),
 ("While that sounds just a tad extraordinary for something most people have never even heard of, the research is compelling.", "", "S", "hard call: 'the research is compelling' with no source in the sentence or paragraph"),
 ("The list of benefits read more like a miracle than a blessing.", "", "", ""),
], g='S')
P("http://undergroundhealthreporter.com/the-myriad-health-benefits-of-black-seed-oil/", "alternative-health newsletter: the myriad health benefits of black seed oil", [
 ("While this first written reference to black seed oil may not be entirely factual, it’s not as far from the truth as you might imagine.", "", "", ""),
 ("Research has shown that black seed, also known as black cumin, kalonji, and habbat al-barakah, possesses a wide array of impressive powers, from regenerating pancreatic beta cells killed by diabetes… to fighting off treatment-resistant strains of MRSA… to healing damage inflicted by chemical weapons.", "", "S", ""),
 ("Interestingly, biomedical researchers have confirmed that black seed oil is so powerful at protecting the immune system that it can be used to ward off harmful radiation.", "", "S", ""),
 ("Capable of Curing War Victims from Chemical Fallout", "heading", "C", "hard call: cure heading"),
], g='A')
P("https://blackdotresearch.sg/can-black-seed-oil-heal-everything-but-death/", "fact-check site: can black seed oil heal everything but death", [
 ("These posts claim that black seed oil, derived from the seeds of the black cumin plant (Nigella sativa), is a cure-all for every ailment – including Covid and Cancer.", "", "", "reported claim"),
 ("A search of PubMed (an online database of biomedical literature), for instance, yielded over 2000 results.", "", "", "first-party finding"),
 ("While animal tests and some human trials have demonstrated anti-cancer effects and observed potential for future positive development, black seed oil has not been shown to completely cure or heal cancer.", "", "", "negation"),
], g='N')
P("https://excelmale.com/threads/low-libido-subclinical-hypothyroidism-iodine-deficiency.26583/post-240737", "men's health forum post: iodine and thyroid", [
 ("I'm using between 3 and 5 drops in a glass of orange juice about 2 to 3 times per week...mostly when I wake up feeling sluggish (lack of energy).", "", "", "own use"),
 ("Talked my doc into started all over again.", "", "", "narrative"),
 ("Getting thyroid medications adjusted is a time consuming process.", "", "", ""),
], g='F')
P("http://systemiccandida.blogspot.com/2013/07/", "personal blog: iodine protocol", [
 ("So here's an alternative and natural treatment to help keep more thyroid problems at bay.", "", "", ""),
 ("Mix four (4) drops of castor oil and one (1) drop of non-tinctured iodine in the palm of your hand and apply to thyroid (mid-line of the neck) each night for ten (10) days then retest on upper arm.", "", "O", ""),
 ("If gone in 24 hours or still slightly visible, in addition to the application to the thyroid, start drinking one (1) drop of iodine in 4-8-oz of water three (3) times a day.", "", "O", ""),
 ("It needs to be said that some people have very acute reactions to iodine.", "", "", ""),
], g='B')
