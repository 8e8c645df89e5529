# sent34 batch 4 (queries 25-30: colloidal silver testimonials, turmeric 'cures' for arthritis, essential oils for
# babies, detox foot patches, pranic/energy healing for cancer, alkaline water testimonials).
from lib import P

P("http://ww.sonicyouth.com/gossip/showpost.php?p=681681&postcount=11", "music forum post on colloidal silver", [
 ("Concentrations of colloidal silver at 5 parts per million or higher have been found to kill numerous infectious bacteria[1] in a controversial study from BYU [2].", "", "", "footnoted"),
 ("Colloidal silver has been approved by the EPA as a disinfectant for hospitals and medical centers.", "", "", ""),
], g='F')

P("https://curezone.org/forums/fm.asp?i=2410141", "alternative-health forum post on silver", [
 ("Regardless of the presence of salt or the size of the silver particle, metallic silver is inherently self-sterilizing.", "", "", ""),
 ("The vet came across an old medical text that described curing the same kind of infection by inserting a silver dime into the infected area of the horse’s neck.", "", "", "anecdote"),
 ("One week later the infection was gone and the dime was removed.", "", "", "anecdote about a horse"),
], g='F')

P("https://aloehealth.co.ke/turmeric-for-arthritis/", "Kenyan health-product shop blog: turmeric for arthritis", [
 ("How can turmeric cure / prevent arthritis?", "heading", "", "question"),
 ("It is widely recognized as a detergent and has many uses, making this spice a natural panacea for many known ailments.", "", "C", "'natural panacea' stated as fact; hard call"),
 ("According to the Arthritis Foundation, out of 7.2 billion people worldwide, nearly 700 million suffer from arthritis.", "", "", "cited"),
 ("This 2012 study shows that consuming turmeric in a healthy manner is actually more effective than a complete cure for it in preventing arthritis.", "previous sentence: Another study funded by the Arthritis Foundation found ...", "S", "study identified by year and funder only; hard call"),
], g='S')

P("http://fawesome.ifood.tv/health/348791-turmeric-for-arthritis-cure", "food video site article: turmeric for arthritis cure", [
 ("Turmeric For Arthritis Cure", "page title", "C", "nominal cure title"),
 ("You go for different medications but of no immediate relief.", "", "", ""),
 ("Therefore, it is better to avoid the attack of arthritis pain and try for some natural remedy – turmeric, being one of them.", "previous sentence: You go for different medications but of no immediate relief.", "M", "steers readers from their arthritis medicines to turmeric; hard call"),
 ("Using turmeric for arthritis cure sounds surprising but it is true.", "", "C", "cure stated as fact"),
 ("Recent western researches have also proved its anti-inflammatory actions, which is effective in treating the underlying causes of arthritis.", "", "S", "research claim without source"),
], g='G')

P("http://bluesphereobserver.com/how-turmeric-supplements-arthritis-treatment/", "content site: turmeric supplements for arthritis", [
 ("Treatment of Arthritis normally includes costly drugs to prevent wearing down of cartilage, improved immunity, hindering immunity (In case of Rheumatoid Arthritis) and at times surgery of the joints is also done.", "", "", ""),
 ("Various studies and Clinical trials have proved time and again the Turmeric is as good as any drug and sometimes better in treating arthritis.", "", "S", ""),
 ("Studies have shown that it is more effective than popular non-steroidal drugs used in treatment of Arthritis like, Ibuprofen, Diclofenac and Naprosyn.", "", "S", ""),
], g='G')

P("https://mariannelouisehill.wordpress.com/2016/04/23/the-power-of-turmeric/", "personal blog: the power of turmeric", [
 ("I’ve visited a rheumatologist and Was sent for blood tests and ultrasounds which I will take back to the rheumatologist on Monday to find out what is wrong.", "", "", "narrative"),
 ("Ever since the pain started 4 weeks ago I have been taking golden paste (turmeric)  religiously, four times a day.", "", "", "narrative"),
 ("I even went out and bought the drugs that the rheumatologist had prescribed for me because it was getting so bad, although when I read the endless list of possible side effects I decided to just keep them for emergencies.", "", "", "the writer's own choice, told as narrative; hard call"),
], g='B')

P("https://howtocure.com/turmeric-for-arthritis/", "remedy content site: turmeric to get rid of arthritis pain", [
 ("How to Use Turmeric to Get Rid of Arthritis Pain", "page title", "C", "'get rid of' as elimination wording in a title; hard call"),
 ("You can ignore joint pains, and you can be ignorant for long and take pills for temporary relief.", "", "", ""),
 ("Almost 50 million grownups and 300,000 children of America are currently suffering from this illness.", "", "S", ""),
 ("The final remedy is transplantation of joint or complicated surgeries.", "", "", ""),
], g='G')

P("http://babiesdailynews.com/2016/08/23/9-essential-oils-that-are-safe-for-babies-and-children/", "parenting news blog: essential oils safe for babies", [
 ("I’m a huge fan of essential oils – and essential oils for baby are lifesavers!", "", "", ""),
 ("Always buy 100% pure essential oils.", "list item", "", "purchasing advice"),
 ("Never use undiluted oil on your baby’s skin!", "list item", "", ""),
 ("Important: Not all essential oils are proven safe for babies.", "", "", ""),
], g='B')

P("https://www.mother.ly/lifestyle/are-essential-oil-safe-baby", "parenting magazine: are essential oils safe for baby?", [
 ("After all, what’s natural is certainly better than what’s not; but it is critical to make sure your methodologies are correct.", "", "", ""),
 ("After a friend shared a bottle of TerraShield to protect against bugs in the woods, Jennifer was hooked and used essential oils not only to get over illnesses more quickly, but also to prevent them altogether.", "", "", "reported"),
 ("However, while many practitioners will be looking for the least drastic intervention first, others will just throw a prescription at you.", "quoted from a nurse who sells essential oils", "", ""),
], g='N')

P("https://www.momjunction.com/articles/essential-oils-for-babies-safe-unsafe-tips-to-use_00662864/", "parenting content site: safe essential oils for babies", [
 ("Always use them under the guidance of a certified herbalist or aromatherapy professional to know the right dosage and methods for using them.", "", "", "herbalists and aromatherapists are not medical professionals (convention)"),
 ("Therefore, using EOs for babies younger than three months is not advisable.", "", "", ""),
 ("Here is a list of 12 essential oils you can use for your baby after consulting your healthcare provider.", "", "P", ""),
], g='G')

P("https://trendsmask.com/essential-oils-safe-for-babies-review-38649.html", "content site: essential oils safe for babies", [
 ("Lavender, dill, and chamomile are a few safe essential oils usually recommended by pediatricians for babies.", "followed by a precautions list", "", "list framing followed by precautions; hard call"),
 ("Citrus oils like mandarin, lemon, grapefruit, and bergamot are also considered safe for babies and kids.", "", "", "hedged"),
 ("It is also important to consult a pediatrician before using essential oils for babies, irrespective of your chosen mode of application.", "", "P", ""),
], g='G')

P("https://wetheparents.org/baby-safe-essential-oils", "parenting site: baby-safe essential oils", [
 ("The plant-sourced concentrates have had a place in medicine for several thousand years, and their potency and efficacy has been proven.", "", "S", "'has been proven' without a source; hard call"),
 ("However, some essential oils aren’t safe for babies, and inappropriate use of essential oils can be harmful to children and adults alike.", "", "", ""),
], g='G')

P("https://www.kongdycn.com/news/78.html", "detox patch manufacturer's news page", [
 ("Despite dramatic before/after photos, there is no scientific proof detox foot pads pull heavy metals, chemicals or toxins from inside the body.", "", "", ""),
 ("Consult doctor if any medical conditions", "list item under: Considerations", "P", ""),
 ("At moderate cost and risk, they may be worth trying.", "", "", ""),
], g='S')

P("http://cebucamp.com/detox-foot-patches/", "content site: detox foot patches", [
 ("The use of detox foot patches is a comfortable way of getting rid of toxins accumulated in the body.", "", "", "no condition named"),
 ("Consequently, it necessitates one to perform a detoxification to get rid of toxins they may unconsciously have gathered.", "", "", ""),
], g='G')

P("http://kangdimedical.com/news/detox-foot-patches--a-trendy-approach-to-wellness.html", "detox patch manufacturer's news page", [
 ("Advocates of detox foot patches claim a wide range of benefits, including improved sleep, reduced fatigue, enhanced immune function, and relief from joint pain.", "", "", "reported"),
 ("However, it's important to note that the scientific community remains skeptical about the effectiveness of detox foot patches.", "", "", ""),
], g='S')

P("https://pranichealing.gr/en/%CF%84%CE%BF-pranic-healing-%CF%83%CF%84%CE%B7-%CE%B8%CE%B5%CF%81%CE%B1%CF%80%CE%B5%CE%AF%CE%B1-%CF%84%CE%BF%CF%85-%CE%BA%CE%B1%CF%81%CE%BA%CE%AF%CE%BD%CE%BF%CF%85/?refresh_css=1", "Pranic Healing centre page on cancer", [
 ("The recorded efficacy of Pranic Healing has been validated with over 30 years of scientific research, clinical trials and case studies as to its effectiveness for a wide variety of conditions and illnesses.", "", "S", "research claim without a citation"),
 ("It is important to remember that Pranic Healing focusses on a complementary approach meaning that it is a wonderful form of treatment to work alongside and with allopathic medicine.", "", "", ""),
 ("First and foremost is continued proper medical treatment.", "list item", "", "supports continued care, not a consult prompt"),
], g='A')

P("http://cosmicbuhay.blogspot.com/2010/05/pranic-healing-effectiveness.html", "personal blog on pranic healing", [
 ("If one gets minor laceration on the skin, which creates a wound as capillaries in the area get opened up, it would be silly to suggest pranic healing on this simple ailment.", "", "", ""),
 ("However, when the ailment is cancer, or psychological disorder (e.g. depression), pranic healing would be a fitful method of intervention.", "", "", "treatment suggestion without cure wording or steering from care; hard call"),
], g='B')

P("https://www.energiezdrowia.pl/blog/debunking-myths--what-pranic-healing-can-and-cannot-do-for-cancer-patients", "energy-healing practice blog: what pranic healing cannot do for cancer", [
 ("It's important to understand that Pranic Healing is not a substitute for conventional medical treatments.", "", "", ""),
 ("Relying solely on Pranic Healing without medical advice can be harmful.", "", "", ""),
 ("Patients should always consult their healthcare providers before incorporating Pranic Healing into their care strategy to ensure it complements their treatment plan effectively.", "", "P", ""),
], g='A')

P("https://dawnadvertiser.wordpress.com/2012/01/14/pranic-healing/", "newspaper supplement article on pranic healing", [
 ("For example, harbouring negative emotions or energy depletion in the body can weaken the energy centres and cause illnesses from a common cold to even cancer.", "", "", ""),
 ("Minor ailments are usually treated within a few sessions; major conditions require many sessions in conjunction with allopathic medicine.", "", "", ""),
 ("If symptoms persist patients must immediately contact a medical doctor.", "reporting what the Pranic Healing Centre states", "P", ""),
], g='N')

P("https://chansonalkalinewater.com/what-doctors-are-saying-about-ionized-alkaline-water/", "alkaline water ionizer seller quoting a doctor", [
 ("“Hexagonal, alkaline water is especially effective in treating those with chronic disease.”", "quoted doctor on a seller's page", "", "treatment claim without cure wording"),
 ("As a result, many are able to go off of their medications.”", "quoted doctor on a seller's page (arthritis patients)", "", "reported outcome, not an instruction; hard call"),
 ("A week and a half later she was pain free, and her swelling was significantly diminished.", "quoted doctor's case of a girl with juvenile rheumatoid arthritis, on a seller's page", "C", "endorsed testimonial of a complete result for a chronic disease; hard call"),
], g='S')

P("http://www.truewatersolutions.net/cancer/", "water ionizer seller's page on cancer", [
 ("All of these things help inhibit the spread of cancer and aid in killing cancer cells, directly or indirectly.", "", "", "treatment claim without cure wording"),
 ("However, there is not enough evidence to categorize it as a stand-alone treatment plan.", "", "", ""),
 ("Modern medicine in America treats these malignant cells as if they were bacteria or viruses.", "", "", ""),
], g='S')

P("http://www.ghanaforum.com/archive/index.php/t-17541.html?s=dcf20644fe40d90fe8468246699a9519", "Ghanaian forum post on acidity and cancer", [
 ("Dr. Warback won the Nobel prize by proving this theory through his many experiments.", "", "", ""),
 ("Even though cancer cells are eliminated entirely through an operation, they reoccur because the acidic surroundings still remain after the operation.", "", "", "disparages surgery without steering; hard call"),
 ("So, to help prevent this, we should stop the development of acidosis by having a healthy diet, avoiding stress, living in a healthy environment and exercising.", "", "", ""),
], g='F')

P("https://www.extremenaturalhealthnews.com/this-water-can-treat-cancer/2/", "natural-health news site: this water can treat cancer", [
 ("Introducing something more alkaline is said to slow or stop cancer growth by balancing your body’s pH levels.", "", "", "reported ('is said to')"),
 ("In general, alkaline water may have a hydrating effect on your body.", "", "", ""),
], g='G')

P("http://www.waterfyi.com/molecular-hydrogen-h2/an-american-scientific-study-the-benefits-of-alkaline-drinking-water-in-the-treatment-of-acid-reflux/", "water ionizer information site with the owner's story", [
 ("A recent scientific study performed in the USA by Dr. Jamie Kaufman M.D. indicates that alkaline water appears to cure acid reflux and acts as a hydrochloric acid buffer.", "", "", "hedged ('appears') and attributed to a named author"),
 ("The water changed my life in a matter of weeks.", "", "", ""),
 ("My 15 year struggle with acid reflux was cured in a week and the debilitating arthritis disappeared within a month.", "", "C", "endorsed first-person cure testimonial on a water-seller site"),
 ("It is now more than four years later and my acid reflux and arthritis remain a distant memory….without the aid of single pill.", "", "C", "lasting cure claimed without medicine; hard call"),
], g='S')
