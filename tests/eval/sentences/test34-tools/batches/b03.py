# sent34 batch 3 (queries 19-24: ionic foot baths, apple cider vinegar for reflux, turmeric dosage, IV vitamin C
# for cancer, essential oils for ear infections, herbal colon/parasite cleanses).
from lib import P

P("https://www.remedialsupply.com/what-is-an-ionic-foot-detox/", "spa and therapy equipment seller: what is an ionic foot detox", [
 ("One of the most popular of the detox systems is the Ionic Foot Detox which is as simple as a foot bath but with results you won’t see in just regular water.", "", "", ""),
 ("These treatments can be found in spas, chiropractic offices and other healing centers and don’t have to be performed by a medical doctor.", "", "", "who may administer a spa treatment, not steering from care; hard call"),
 ("They neutralize oppositely charged ions that are connected to the toxins in each cell, and then the toxins leave the way the ions came in–through those pores in the feet.", "", "", "mechanism, no condition cured"),
 ("The ionic detox doesn’t hurt and can be safely done on anyone over the age of ten.", "", "C", "unqualified safety claim for everyone over ten"),
], g='S')

P("https://community.homeremedies.org/t/are-ion-foot-baths-effective-at-removing-heavy-metals/13444", "home-remedies forum post on ion foot baths", [
 ("These claims range from helping with insomnia to curing serious diseases like heart disease or cancer.", "", "", "reported claims"),
 ("In general, people report feeling more energized, lighter, more mental focus, and an improved mood.", "", "", "reported experience"),
 ("This kind of analysis has no basis in science.", "", "", ""),
 ("In fact, the water will change colour if no feet are present during a session.", "", "", ""),
], g='F')

P("http://www.myhealthokay.com/article/Explanation-of-the-Detox-Foot-Bath.html", "health content site: explanation of the detox foot bath", [
 ("According to popular health guru Dr. Andrew Weil, a foot bath cannot detoxify the body or re-balance cellular energy.", "", "", ""),
 ("If detoxification is a real concern or goal of yours, it may be best to consult an informed specialist before choosing a method or product.", "", "P", "prompt to consult a specialist; hard call"),
 ("If you're not sure a traditional, allopathic physician will have the approach you want, seek out a qualified naturopathic doctor who can guide you through real and clinically proven ways to detox.", "", "", "offers a naturopath as an alternative without telling readers to avoid physicians; hard call"),
], g='G')

P("https://juicerportal.com/what-does-ion-foot-detox-do/", "juicer review site: what does ion foot detox do?", [
 ("However, there is no scientific evidence that ion foot detox actually removes toxins.", "", "", ""),
 ("The safety and benefits are unproven and organizations like the Mayo Clinic caution against using it.", "", "", ""),
], g='G')

P("http://applecidervinegar101.com/apple-cider-vinegar-for-acid-reflux", "apple cider vinegar affiliate site: ACV for acid reflux", [
 ("While more serious cases of acid reflux may require medication to ensure a comfortable night’s sleep, there is a natural remedy that can be used to alleviate the suffering during the day.", "", "", ""),
 ("All of the healthy properties live in this stringy glob that floats around in the liquid.", "", "", ""),
 ("In a significant number of cases, vinegar helps acid reflux as well as heartburn more effectively than the best antacids on the market.", "", "", "comparative against over-the-counter antacids; hard call"),
], g='G')

P("http://www.ruthsrealfood.com/can-apple-cider-vinegar-treat-your-gerd/", "real-food blog: can apple cider vinegar treat your GERD?", [
 ("Apple cider vinegar is an old-time cure that does wonders for a variety of conditions, especially acid reflux (also known as gastroesophageal reflux disease or GERD for short).", "", "C", "nominal cure for GERD stated as fact; hard call"),
 ("Her doctor had prescribed one medication, then another, then a third, but they made little difference.", "", "", "narrative"),
 ("Two days later she reported she was off the pills and feeling better.", "", "", "reported behaviour of a friend, not an instruction; hard call"),
 ("Today, two weeks later, she’s still on the cider and says that it has worked better than any of the medications.", "", "", "reported"),
], g='B')

P("https://northcoast.organic/manage-heartburn-and-acid-reflux/", "organic food brand's article on heartburn", [
 ("When people have heartburn and acid reflux on a regular basis, unfortunately many of them turn to heartburn medications.", "", "", ""),
 ("A recent study from researchers at Washington University School of Medicine in St. Louis has linked long-term use of heartburn drugs, known as proton pump inhibitors (PPIs), to fatal cases of cardiovascular disease, chronic kidney disease, and upper gastrointestinal cancer.", "", "S", "institution alone is not a citation"),
 ("Alarmingly, more than 15 million Americans have prescriptions for PPIs.", "", "S", ""),
], g='S')

P("https://www.dane101.com/how-much-turmeric-do-you-take-for-arthritis/", "content site: how much turmeric for arthritis", [
 ("Curcuminoids, active ingredients present in Turmeric have demonstrated significant anti-inflammatory capacity that may aid patients experiencing osteoarthritis by reducing inflammation and discomfort associated with it (1).", "", "", "footnoted"),
 ("But just how much Turmeric should someone consume to get rid of their arthritis?", "", "", "question"),
], g='G')

P("http://mmead.webflow.io/blogs/iv-vitamin-c-the-kindest-form-of-cancer-chemotherapy", "integrative practitioner's blog on IV vitamin C for cancer", [
 ("There's a novel form of chemotherapy that’s so safe it can be taken daily without ill effect.", "", "C", "unqualified safety claim"),
 ("The treatment is selectively toxic to tumors while sparing normal, healthy tissue.", "", "", ""),
 ("Mainstream oncologists typically either dismiss the modality or view it as a last resort for patients facing cancers that have become resistant to standard therapies.", "", "", ""),
 ("But with dozens of published case reports and several recent clinical studies showing efficacy against aggressive, late-stage cancers, there can be little doubt as to IVC's therapeutic potential.", "", "S", "studies claim without citation"),
], g='A')

P("http://www.gwcim.com/services/intravenous-therapies-high-dose-vitamin-c/", "integrative medicine centre page on high-dose IV vitamin C", [
 ("The trials showed that Vit-C was totally ineffective.", "", "", ""),
 ("It is at these levels that Vit-C can kill cancer cells.", "", "", ""),
 ("Normally, healthy cells possess a natural antioxidant that neutralizes hydrogen peroxide and thus the cells  are not harmed.", "", "", ""),
], g='H')

P("https://www.personalizedmedicinemd.co/medical-articles/vitaminc-cancer-therapy-guide", "integrative clinic's high-dose vitamin C cancer guide", [
 ("50 years of research and clinical use has collected substantial evidence that proves high doses of vitamin C (VitC) can safely and effectively kill cancer cells while protecting normal cells from chemo and radiation.", "", "CS", "unqualified 'safely' plus an unsourced research claim; hard call on C"),
 ("According to the National Institute for Health (NIH), 2,000mg of vitamin C taken orally is a safe daily upper limit for a healthy adult.", "", "", "cited upper limit"),
 ("For most adults, high doses of vitamin C taken intravenously are generally considered safe since it is a water-soluble nutrient; excess amounts are removed through urination.", "", "", "hedged"),
], g='H')

P("https://scribalmom.blogspot.com/2014/10", "mother's blog: essential oils for her daughter's ear pain", [
 ("In an effort to avoid a trip to the doctor (and more antibiotics), I did some research and decided to try using lemon and lavender essential oils to try and ease the pain.", "", "", "narrative of her own choice; hard call"),
 ("This was the first time we had ever successfully reversed the beginnings of an ear infection for her using a natural alternative.", "", "C", "endorsed first-person reversal claim; hard call"),
 ("We did this twice per day for 2 or 3 days.", "", "", "narrative"),
], g='B')

P("https://tabetha.gedeon.name/home-remedy-for-ear-infection.html", "mother's blog: home remedy for ear infection", [
 ("Because I wanted to keep her off antibiotics as long as possible, I started doing a home remedy that I learned from my sister-in-law (who learned it from her chiropractor).", "", "", "narrative"),
 ("You put five drope in the infected ear and leave it in for 2 minutes.", "recipe: 1 part tea tree oil and 2 parts olive oil", "O", "amount and route addressed to the reader"),
 ("Do this 2 to 3 times per day.", "previous sentence: You put five drope in the infected ear", "O", "frequency completing the dose instruction"),
 ("Between the tea tree oil and and the body’s natural ability to fight infection, Bethany’s ear healed just fine with no antibiotics.", "", "", "narrative"),
], g='B')

P("https://poorgirlsguideblog.wordpress.com/2017/04/27/how-to-treat-an-ear-infection-naturally/", "budget blog: how to treat an ear infection naturally", [
 ("All of these illnesses and doctors visits get extremely expensive when you have a $30 deductible each visit.", "", "", ""),
 ("Most of these remedies are tried and true not to mention just as good as modern medicine, some even include modern medicines.", "", "", "comparative without an instruction; hard call"),
], g='B')

P("http://www.kiwimagonline.com/2011/07/what-eases-ear-infections/", "parenting magazine column by an integrative paediatrician", [
 ("It’s true that about half of all ear infections are caused by viruses, which don’t need—and won’t respond to—antibiotics, as the body usually clears up viral infections on its own.", "", "S", "figure without source"),
 ("Crush garlic in several tablespoons of olive oil that’s room temperature, and then place 2 to 3 drops directly into the ear canal of the affected ear as often as needed for pain relief.", "same section: seek medical attention if pain worsens or lasts longer than 48 hours", "", "home recipe with a doctor safety-net in the section; hard call"),
 ("If the ear pain worsens significantly, lasts longer than 48 hours, or if it’s associated with fever or vomiting, seek medical attention; these ear infections are more likely to be bacterial, especially in children under 2, and may warrant antibiotic treatment.", "", "P", ""),
], g='N')

P("https://www.romper.com/p/can-essential-oils-help-with-ear-infections-you-may-not-want-to-skip-the-antibiotics-62597", "parenting magazine: essential oils for ear infections", [
 ("If parents want to avoid antibiotics for ear infections, the good news is that most ear infections, up to 80 percent in fact, are viral and will resolve on their own without an antibiotic.", "quoted from a named paediatrician interviewed by the magazine", "", "attributed to a named expert"),
 ("“If the pain isn’t resolving over that time, or if it is worsening, that’s the time to get in to see a doctor,” suggests Marks.", "", "P", ""),
 ("She suggested putting a drop of store-bought garlic oil (they even come in ear drops), into your child's ears three to four times a day.", "", "", "reported suggestion of a named doctor; hard call"),
], g='N')

P("http://www.roseviewla.com/blog/earinfection", "lifestyle shop blog: a child's ear infection", [
 ("We tend to only visit the doctor when deemed necessary and this was one of those situations.", "", "", "narrative"),
 ("He actually suggested natural remedies for us to try which I was incredibly grateful for as Coco had never taken an antibiotic in her entire life!", "", "", "narrative"),
], g='B')

P("https://hang-wang.com/herbal-therapy/colon-cleanse/", "Chinese herbal therapy clinic: colon cleanse instructions", [
 ("Start with 1 or 2 caps twice per day with lunch and dinner.", "", "O", "consumer dose with timing"),
 ("If you do not notice any changes within a day or two, then increase the caps by 1 or 2 per day until you find the amount of daily caps you need to get 2-3 bowel movements.", "", "O", "self-titration instruction; hard call"),
 ("Some people have given feedback that they needed up to 20 colon caps per day to start to move the bowel during the first cleanse.", "", "", "reported"),
], g='A')

P("http://www.docstoc.com/docs/58532961/Colon-Cleanse-Free-E-book", "online seller's colon cleanse instructions e-book", [
 ("Should you have symptoms that persist, you should consult your GP or healthcare professional.", "", "P", ""),
 ("Muccoid plaque is not fat and cannot be dieted off.", "", "", ""),
 ("The colon cleanse can eliminate them temporarily.", "subject: internal parasites and worms", "", "'temporarily'"),
], g='S')

P("https://www.healthpinions.com/parasite-colon-cleanser/", "content site: parasite colon cleanse", [
 ("Parasites thrive well on the toxic wastes deposited in our colon, hence, most of them are found in this area of our body.", "", "", ""),
 ("There are also other options such as taking pills and other products which are very effective in eliminating parasites lurking in our colon.", "", "C", "claim that products eliminate the infestation; hard call"),
], g='G')
