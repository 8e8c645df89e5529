from lib import P
# b06: queries 29-33 (Dr Sebi / sea moss, NAD+ for addiction, HBOT autism testimonials, bee venom for Lyme, turpentine)
P("https://www.barbadostoday.bb/2014/08/30/food-for-life/", "newspaper report on a Dr Sebi lecture", [
 ("Speaking to hundreds of Barbadians who packed the Lloyd Erskine Sandiford Centre last night, the man who gained worldwide fame for curing AIDS, diabetes, sickle cell anaemia, leukemia and other ailments, says ill health is the result of moving away from this precept.", "", "C", "the newspaper states the cures as fact (hard call)"),
 ("“Hippocrates, the father of medicine, did he use herbs or chemicals? There were no chemicals around, but nevertheless Hippocrates cured every disease.”", "", "", "quoted speech"),
 ("Dr Sebi contends that these diseases can be eliminated if people return to nature to eat more foods that are alkaline-based, rather than highly processed foods or those made in laboratories.", "", "", "reported claim"),
], g="N")
P("https://www.detoxandcure.com/how-does-the-doctor-sebi-diet-work/", "detox product site on the Dr Sebi diet", [
 ("Once the body has been purged of as much of the toxic and metabolic waste that has built up in it over time, it is them able to be given what it needs to take the healing process to the next level.", "", "", ""),
 ("Dr. Sebi taught that damaged cell tissue that had been impacted by acidity could recover and rejuvenate through the consumption of specific cell foods.", "", "", "reported teaching"),
], g="S")
P("https://wayneenterprise.business.blog/2021/12/03/your-medicine-is-in-your-food", "small business blog on the Dr Sebi diet", [
 ("Drink 1 gallon of natural spring water daily.", "list of the diet's rules", "", "fluid intake, not a dose"),
 ("He argues that diseases cannot exist in an alkaline environment and begin to occur when your body becomes too acidic.", "", "", "reported"),
 ("Doctors usually recommend that people who do not consume animal products take B-12 supplements.", "", "", ""),
], g="B")
P("https://marinaharbordetox.com/2021/11/19/nad-therapy-explained/", "addiction detox centre blog on NAD therapy", [
 ("Flushes any remaining drugs from your body by increasing cell energy", "list item after 'For addiction, NAD therapy:'", "C", "elimination stated as fact (hard call)"),
 ("Curbs cravings and reduces the pain of withdrawal", "list item after 'For addiction, NAD therapy:'", "", ""),
 ("The less NAD you have in your body, the more likely you are to become addicted to drugs or alcohol.", "", "", ""),
 ("Using an IV means the NAD goes directly to your brain, giving you an immediate boost of energy.", "", "", ""),
], g="S")
P("https://addictionresource.com/treatment/therapies/nad/", "addiction treatment directory site on NAD therapy", [
 ("Different treatment methods have been suggested, but utilizing pharmaceutical drugs is often frowned upon.", "", "", "reported attitude"),
 ("The NAD supplement is now a preferred method for the treatment of addiction.", "previous sentence: 'Different treatment methods have been suggested, but utilizing pharmaceutical drugs is often frowned upon.'", "M", "steers away from medication treatment of addiction towards a supplement (hard call)"),
 ("NAD therapy is a relatively new treatment option, but have been shown to hold the potential to assist in detoxification and recovery period.", "", "", "hedged"),
], g="G")
P("https://purformhealth.com/treatments/nad/", "IV wellness clinic's NAD treatment page", [
 ("Unsurprisingly, it is also speculated that people who naturally produce lessNAD+ are more likely to develop addictions or co-occurring disorders (anxiety, depression, neurodegenerative diseases, etc.).", "", "", ""),
 ("Substances can be flushed out of the user’s system more efficiently.", "numbered list of possible effects", "", "'can'"),
 ("While much more research needs to be done, studies show that raising intracellular NAD+ levels may be a potential solution for managing and treating addictive behavior, as well as reducing cravings, and withdrawal symptoms.", "the section ends with a reference: Braidy N et al., Antioxidants (Basel) 2020", "", "the section carries a citation (hard call)"),
], g="S")
P("https://www.detoxplusuk.com/nad-therapy/", "private detox clinic's NAD therapy page", [
 ("Put simply, this means NAD in medical terms is a treatment that improves patients’ health, gives them more energy and reduces and takes away cravings when they detox.", "", "C", "'takes away cravings' as a guaranteed result (hard call)"),
 ("NAD is undoubtedly an up-and-coming therapy in this field, and there is hope among the experts that it may offer a quick and effective alternative to current medical detox.", "", "", "hedged"),
 ("Results of trials for specific medical problems have been varied.", "", "", ""),
], g="S")
P("https://www.springfieldwellnesscenter.com/br-nad-treatment-studies/cravings-study/", "NAD clinic's page reporting its own craving study", [
 ("NAD+ is an effective detox treatment for alcohol as well as opiate addicts as evidenced by a significant reduction in craving ratings.", "heading: Conclusion", "", "first-party finding"),
 ("However, Nicotinamide Adenine Dinucleotide (NAD+) has demonstrated anti-craving properties, and previous data from this clinic support the use of NAD+ as a valid treatment for drug cravings.", "", "", "first-party"),
], g="H")
P("https://balancedhealthtoday.com/Autism-and-Hyperbaric-Chamber-Testimonials.html", "hyperbaric chamber seller's testimonial page", [
 ("Hyperbaric oxygen therapy has improved Jack’s cognitive function including his speech and his ability to express himself.", "", "", "endorsed testimonial of improvement, no cure wording"),
 ("Jack was treated with mild hyperbaric oxygen therapy for 60 minutes a day, three times a week, in a portable hyperbaric chamber utilizing 95% oxygen.", "", "", "narrative"),
 ("Just when she considered halting the therapy, Jack began to show behavioral changes, which she attributes to the hyperbaric therapy.", "", "", ""),
], g="S")
P("http://www.autismtoday.com/hyperbaric-therapy-in-the-real-world/", "autism community site blog post on HBOT", [
 ("It is medical fact that HBOT enhances blood flow to the brain, reduces inflammation and oxidative stress, and mobilizes stem cells from the bone marrow.", "", "S", "uncited 'medical fact' (hard call)"),
 ("I tend to disagree with the doctors, and wish we had tried it on him.", "", "", "personal narrative"),
 ("This type of therapy has been known to show promising results in the treatment of autism.", "", "", ""),
], g="B")
P("https://www.infodeets.com/2018/12/five-instances-where-hyperbaric-therapy-countered-autism-successfully/", "content site article on hyperbaric therapy and autism", [
 ("Five Instances where Hyperbaric Therapy Countered Autism Successfully", "title", "C", "headline presents autism as successfully countered (hard call)"),
 ("The Centers for Disease Control and Prevention (CDC) reports that 1 out of every 59 children was diagnosed with Autism Spectrum Disorder (ASD) in the United States in 2014.", "", "", "attributed"),
 ("Physicians are increasingly recommending hyperbaric therapy in Wisconsin and other parts of the country to autistic patients as an adjunctive treatment solution alongside the standard conventional treatment.", "", "", ""),
], g="G")
P("https://www.ageofautism.com/2009/03/pssst-nyt-yes-abc-wanna-write-about-hbot-sure.html", "autism advocacy blog post with reader comments", [
 ("In an odd coincidence, both ABC and The New York Times covered hyperbaric oxygen therapy last week and related the therapy to autism.", "", "", ""),
 ("After the dives, our son potty trained himself.", "reader comment", "", "comment, narrative"),
 ("We credit it all to HBOT and our son emerging with an amazing connection to his body and how it works.", "reader comment", "", "comment, narrative"),
], g="B")
P("https://alivenhealthy.com/2022/07/17/bee-venom-therapy-for-lyme-disease-how-apitherapy-can-cure-chronic-borrelia-burgdorferi-infection/", "wellness blog on bee venom therapy for Lyme disease", [
 ("Bee venom therapy is a somewhat controversial therapy as far as conventional medicine is concerned, but to a whole group of people who have recovered from Lyme disease, this is the medicine that ultimately heals them.", "", "C", ""),
 ("In the community of individuals with Lyme disease, bee venom therapy (which is sometimes abbreviated at BVT and sometimes referred to as “apitherapy”) is more well known as a potential cure.", "", "", "'potential'"),
 ("Adolapin, another peptide present in bee venom, reduces inflammation and prevents pain by blocking cyclooxygenase, an enzyme that is also blocked by pharmaceutical painkillers like NSAIDs (ibuprofen, aspirin, diclofenac, etc).", "", "", ""),
], g="B")
P("https://happyhourtopbar.blogspot.com/2015/03/bee-stings-vs-lyme-disease.html", "beekeeper's personal blog", [
 ("This article also contains a wonderful story about a woman suffering extreme debilitation from Lyme disease was cured by the stings of Africanized honey bees.", "", "C", "endorsed cure story (hard call)"),
 ("All jokes aside, I really am convinced (or deluded) that bee venom has curative properties.", "", "", "self-hedged opinion"),
], g="B")
P("https://thewei.com/kimi/bee-venom-therapy-a-new-cure-for-lyme-disease/", "personal blog post: 'Bee venom therapy: a new cure for Lyme disease'", [
 ("Since a scientist with the disease stumbled upon Bee Venom Therapy and successfully cured herself of Lyme, others have sought treatment and also been cured.", "", "C", ""),
 ("But a new treatment involving honeybee stings promises hope.", "", "", ""),
 ("More deer and more ticks mean more people falling victim to Lyme disease.", "", "", ""),
], g="B")
P("https://wilddingo.com/2015/04/bee-healthy/", "personal blog of a writer with Lyme disease", [
 ("Ellie Lobel, who had been fighting chronic Lyme disease for nearly 20 years, was cured of Lyme disease when she was attacked by Africanized honey bees.", "later: 'there is enough medical reference and history to validate it'", "C", "endorsed cure story (hard call)"),
 ("As a person diagnosed with and treating Lyme disease, a disease with no known cure and life-debilitating symptoms, I find myself coming across \"sure-cures\" every day.", "", "", ""),
 ("As she was allergic to bees, she expected to die from anaphylaxis, and refused further medical treatment since she was certain she was dying from Lyme anyway.", "", "", "narrative"),
], g="B")
P("https://www.farmforum.net/story/lifestyle/2016/05/16/a-stinging-therapy-for-lyme-disease/49220453/", "regional newspaper feature on bee venom for Lyme disease", [
 ("“In modern medicine, they have no relief for me except pain medication,” Jenny Menzel of Aberdeen said recently.", "", "", "quote"),
 ("Menzel continues to see her own physician, Samuel Nyamu, who specializes in internal medicine at Sa", "", "", "narrative"),
 ("The therapy uses honey bee stings as a way to jump start the immune system so it attacks Lyme disease.", "", "", ""),
], g="N")
P("https://ddk-live.com/tag/turpentine-health-benefits", "content site tag page on turpentine health benefits", [
 ("A common method is a short, twice‑daily ear‑drop regimen where a few drops are placed in the ear canal to address fungal infections.", "", "", "describes common use (hard call)"),
 ("A good rule of thumb is one part turpentine to 10‑20 parts carrier oil.", "", "", "dilution recipe"),
 ("If you feel dizziness, headaches, or any unusual symptoms, wash the area thoroughly and seek medical advice.", "", "P", ""),
 ("Never swallow undiluted turpentine and always keep it out of reach of children.", "", "", ""),
], g="G")
P("https://optimal-health-solutions.blogspot.com/2021/11/unlock-secret-healing-power-of.html", "health coach blog on turpentine oil", [
 ("Both are effective to eliminate candida.", "about alpha- and beta-pinenes in natural turpentine", "C", ""),
 ("Mineral turpentine is a hazardous substance.", "", "", ""),
 ("In ancient Greece, Hippocrates, people used turpentine oil to treat lung diseases and gallstones.", "", "", "reported historical use"),
], g="B")
P("http://secretlifeofshoes.blogspot.com/2004/04/turpentine-new-wonder-drug-turpentine.html", "personal blog post 'Turpentine: The New Wonder Drug'", [
 ("Kills athletes foot!", "", "C", "elimination claim (hard call)"),
 ("Turpentine was also used in folk medicine for the treatment of intestinal worms or mixed with animal fat as a primitve chest rub for nasal and throat complaints.", "", "", "reported use"),
], g="B")
P("https://www.dailymail.co.uk/health/article-6211641/Why-turpentine-new-health-craze-Doctors-warn-result-pneumonia-death.html?ns_mchannel=rss&ito=1490&ns_campaign=1490", "newspaper article on the turpentine health craze", [
 ("Consuming as much as one tablepoon of turpentine has been found to cause death in children", "standfirst bullet", "S", "'has been found' without a source in the bullet (hard call)"),
 ("In a recent bizarre interview, actress Tiffany Haddish revealed she drinks a teaspoon of turpentine every day.", "", "", "reported behaviour"),
 ("The comedienne claimed that the paint thinner can help cure colds, provide mental clarity and give you 'the best doo-doo of your f*****g life'.", "", "", "reported claim"),
], g="N")
P("https://khou.com/article/news/verify-can-consuming-turpentine-oil-hurt-your-health/285-602555656", "TV news verify segment on turpentine", [
 ("“The government doesn't want you to know that if you have a cold, just take some turpentine with some sugar or castor oil or honey and it'll go away the next day,” Haddish said in a GQ magazine interview.", "", "", "reported claim, debunked in the article"),
 ("Yes, experts warn consuming turpentine can jeopardize your health.", "", "", ""),
 ("Yet, it's natural source doesn't guarantee it's safe.", "", "", ""),
], g="N")
P("https://blog.iartsupplies.co.uk/turpentine-alternative-medicine", "art supply shop blog on turpentine as medicine", [
 ("Taken internally, it was used as a treatment for intestinal parasites and candida because of it’s antiseptic and diuretic properties.", "", "", "reported historical use"),
 ("It is surprising that in the 21st century, when modern medicine is freely available in the UK, that there are still people who happily pay for alternative medicines, such as homeopathic remedies, which have no proven efficacy.", "", "", ""),
], g="S")
P("https://logicallyfacts.com/en/fact-check/false-false-claims-about-dr-sebi-bowman-s-sea-moss-cure-for-diabetes-resurfaces-on-social-media", "fact-check article: sea moss cannot cure diabetes", [
 ("There is no known cure for diabetes, even though recent studies have indicated the possibility of new treatments.", "", "", ""),
 ("The viral video suggests that Dr. Sebi was killed, noting he had proved that diabetes could be cured using sea moss, also known as Irish moss, a type of seaweed.", "", "", "reported claim"),
 ("There is no scientific evidence that says sea moss can cure diabetes.", "", "", "debunking"),
], g="N")
