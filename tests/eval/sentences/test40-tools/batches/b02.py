# sent40 batch 2: ringworm, athlete's foot, nail fungus, tooth sensitivity, cavities, gum disease, pink eye (queries 6-12)
from lib import P
HC = 'hard call: '

P("http://cbbankmyanmar.com/2015/10/12/a-simple--natural-guide-to-help-eliminate-ringworm/", "scraped content page: natural guide to eliminate ringworm", [
 ("Your dermatologist will have a few helpful options for you.", "", "", ""),
 ("Be sure to mention this and any other natural method that you consider to your dermatologist.", "", "P", ""),
 ("Studies show that the application of tea tree oil directly over the infection can get rid of it in about 4 weeks.", "", "S", ""),
 ("Leave the cotton ball for at least an hour, and repeat 2 more times daily.", "", "", "topical use without an amount"),
], g='G')

P("https://doctend.com/?p=6549", "health content site: tea tree oil and home remedies for ringworm", [
 ("While over-the-counter antifungal medications are available, many people seek natural remedies to alleviate symptoms and promote healing.", "", "", "reported behaviour"),
 ("Repeat this process two to three times daily until the ringworm clears up.", "", "", "no amount"),
], g='G')

P("https://wonderland-foods.com/3-natural-remedies-for-ringworms/", "food company blog: natural remedies for ringworm", [
 ("So, before having it checked by a doctor, go with some natural remedies for ringworm after checking this list.", "", "D", HC + "tells readers to try home remedies before seeing a doctor"),
 ("Garlic has compounds such as ajoene and allicin which has anti-fungal and antibacterial properties that fight and kills skin infections like ringworm.", "", "", ""),
 ("Aside from being a cure for nail fungus, using tea tree oil is also one way on how to treat ringworm on your skin.", "", "C", "nominal 'a cure for nail fungus'"),
], g='S')

P("https://10faq.com/health/ringworm/9", "FAQ content site: ringworm treatment, home remedies", [
 ("When using home remedies, keep an eye on the affected area to ensure that it improves.", "", "", ""),
 ("If there is no improvement or it worsens, it may be time to try over the counter medication or seek medical attention.", "", "P", "conditional prompt to seek care"),
], g='G')

P("https://www.zliving.com/health/natural-remedies/forget-ringworm-natural-remedies-45634/", "lifestyle magazine: natural remedies for ringworm", [
 ("If not treated on time, ringworm can spread throughout the body and cause complications.", "", "", ""),
 ("One of the best-known remedies for ringworm, tea tree essential oil works particularly well for ringworm affecting the feet.", "", "", ""),
 ("Aloe vera also has anti-inflammatory and antiseptic properties that promote healing and remove any scars that might be left behind by the ringworm.", "", "", ""),
 ("You can use this three to four times a day.", "tea tree oil on a cotton ball", "", "no amount"),
], g='N')

P("https://drfarrahmd.com/2020/06/getting-rid-of-ringworm-natural-way/", "doctor's website blog: getting rid of ringworm naturally", [
 ("This contagious fungal infection can actually be treated with some natural ingredients that possess powerful healing properties.", "", "", ""),
 ("Turmeric is renowned for its antibacterial, antifungal, and anti-inflammatory effects that can help get rid of stubborn ringworm.", "", "", "'can help' is hedged"),
 ("It works great at removing any moisture that the fungus might be thriving on while at the same time treating the infection.", "heading: Epsom Salt", "", ""),
], g='H')

P("https://www.boldsky.com/health/wellness/safe-and-effective-home-remedies-for-ringworm-infection-138435.html?ref_medium=Desktop&ref_source=BS-EN&ref_campaign=Similar-Topic-Slider", "news portal lifestyle section: safe and effective home remedies for ringworm", [
 ("14 Safe And Effective Home Remedies For Ringworm Infection: Garlic, Tea Tree Oil, Salt And More", "headline", "C", HC + "unqualified 'safe' remedies in the headline"),
 ("There are several medications such as antifungal creams, ointments and solutions available to treat the condition, however, home remedies are considered the best due to its minimal side effects.", "", "", HC + "'considered', 'minimal side effects': no instruction and no claim of none"),
 ("Apply undiluted tea tree oil on the affected area with a cotton ball.", "", "", ""),
 ("Coconut oil is considered to be one of the safest and effective remedies to treat ringworm infection.", "", "", "reported ('is considered'), comparative"),
], g='N')

P("https://www.reference.com/health/home-remedies-athlete-s-foot-e30dae61a3545050", "Q&A reference site: home remedies for athlete's foot", [
 ("Nonprescription anti-fungal medicines such as Lamisil, Micatin and Lotrimin may relieve athlete's foot, notes WebMD.", "", "", ""),
 ("Patients should soak their feet in vinegar for about a week.", "", "", ""),
 ("Athlete's foot is common in public places, including swimming pools and public showers, so individuals should wear flip-flops or other footwear when in such places.", "", "", ""),
], g='G')

P("https://www.netmeds.com/health-library/post/athletes-foot-diy-vinegar-based-foot-soaks-to-prevent-fungal-infection", "online pharmacy health library: vinegar foot soaks for athlete's foot", [
 ("Athlete's foot isn't just limited to teenage boys, but women and older adults can get it too.", "", "", ""),
 ("And here comes, DIY Foot Soaks as an ultimate panacea to inhibit this fungal infection right at the initial stage.", "", "C", HC + "'ultimate panacea'"),
], g='H')

P("https://sundulerparents.com/12923391-how-to-use-apple-cider-vinegar-for-athletes-foot", "how-to content site: apple cider vinegar for athlete's foot", [
 ("Fortunately, there is an easy home remedy to get rid of this fungus in a short time: apple cider vinegar.", "", "C", HC + "promise to get rid of the infection quickly"),
 ("However, if you have open wounds, allow them to heal before following this method.", "", "", ""),
 ("Vinegar could cause a very irritating burning and stinging sensation if placed in contact with an open wound.", "", "", ""),
], g='G')

P("https://winenfood.com/a-guide-to-fast-athletes-foot-home-treatment", "food blog: fast athlete's foot home treatment", [
 ("It cleared up my issue in three days, just in time for the race.", "author's story", "", "personal narrative without cure wording"),
 ("This is a clear, actionable plan to get you back on your feet, itch-free and comfortable, in record time.", "", "C", HC + "guarantee of a result"),
 ("Forget the slow-acting creams and confusing advice.", "", "", HC + "over-the-counter creams, not a prescribed medicine; no steer away from a doctor"),
], g='B')

P("https://livingclean.com/athletes-foot-home-remedy/", "cleaning/lifestyle site: athlete's foot home remedy", [
 ("Athlete's foot treatment is simple.", "", "", ""),
 ("Most of the time you don't need to consult a doctor to treat the problem.", "next sentence: But if the symptoms persist then you need to see a doctor.", "", HC + "safety-netted in the next sentence"),
 ("But if the symptoms persist then you need to see a doctor.", "", "P", ""),
 ("Baking soda has known anti-fungal properties that work great against athlete's foot.", "", "", ""),
], g='G')

P("https://zavmart.com/?p=30", "shop site blog: how to cure toenail fungus naturally", [
 ("The good news? Toenail fungus can be cured if you follow the right long-term strategy.", "", "C", ""),
 ("Once a toenail is damaged by fungus, it cannot be repaired.", "", "", ""),
 ("A low-carb or ketogenic diet makes your body hostile to fungus, yeast, bacteria, and viruses.", "", "", ""),
], g='S')

P("https://lifehackad2.pages.dev/posts/the-8-best-natural-and-medical-cures-for-toenail-fungus", "scraped content page: best natural cures for toenail fungus", [
 ("Use this paste twice daily for at least a week and there will be no more fungus to bother you.", "baking soda and borax paste", "C", "guarantee of elimination"),
 ("Apply undiluted oil on the infected area.", "heading: 3. Tea Tree Oil", "", ""),
 ("Test the oil on a spot of healthy skin before applying it on the infected area to make sure that you do not have an allergy to it.", "", "", ""),
], g='G')

P("https://namegenerator.biz/how-to-cure-fungus-on-toenails-naturally-what-the-research-actually-says-11ik", "content site: natural toenail fungus treatment, research reality check", [
 ("If you're staring at your feet wondering how to cure fungus on toenails naturally, you're definitely not alone, but you've probably also realized that the internet is full of \"miracle cures\" that are basically just salad dressing.", "", "", "debunking"),
 ("Natural remedies can work, but they require a level of consistency that most people find exhausting.", "", "", ""),
 ("When you drop a \"natural cure\" on top of a thick, infected nail, about 95% of it just sits on the surface.", "", "S", ""),
], g='G')

P("https://beattoenailfungus.com/fungal-nail-best-treatment-uk.html", "affiliate site: fungal nail best treatment", [
 ("(Another option would be to prescribe the treatment only if the potassium hydroxide test is positive, but it gives a false negative in about 20% of cases of fungal infection.)", "paragraph carries citations: [17] [18]", "", "cited paragraph"),
 ("Last, but not least, the secret to natural and effective toenail fungus treatment — and getting rid of it for good — is using essential oils.", "", "C", "'getting rid of it for good'"),
], g='S')

P("https://www.naturalmedicine.news/2025-11-18-persistent-challenge-and-promising-treatments-toenail-fungus.html", "natural-health news site: toenail fungus treatments", [
 ("For the estimated one in ten Americans living with toenail fungus, the condition is far more than a superficial concern.", "", "S", ""),
 ("Certain groups, including older adults, people with diabetes or compromised immune systems, and athletes who share communal showers, face a heightened risk and are urged to seek medical advice at the earliest signs.", "", "P", "passive recommendation"),
], g='N')

P("http://www.ehow.co.uk/way_5147759_natural-cures-toenail-fungus.html", "how-to content site: natural cures for toenail fungus", [
 ("Your doctor can accurately diagnose your toenail fungus and can even give you prescription medication to treat it.", "", "", ""),
 ("If you would like a faster treatment that is also less toxic to the body, try tea tree oil.", "previous sentence: prescription treatments are often quite expensive and slow", "D", HC + "steers readers from the doctor's prescription to tea tree oil"),
 ("These properties and the fact that tea tree oil is all natural make it an excellent treatment for toenail fungus.", "", "", ""),
 ("Apply the tea tree oil twice a day, morning and night, and you should see improvements within two weeks.", "", "", "no amount; 'should see improvements' is not a cure"),
], g='G')

P("https://homeremedies9.com/reduce-tooth-sensitivity-using-home-remedies/", "home-remedy site: tooth sensitivity", [
 ("It is important to consult the dentist once the problem is identified.", "", "P", ""),
 ("However there are various cheaper options available for fixing the sensitive tooth at home.", "", "", HC + "follows a consult prompt; cost comparison, not a steer away"),
 ("Natural and easily available ingredients work wonders in curing the tooth sensitivity problem.", "", "C", ""),
 ("Using cotton buds, rub two or three drops of clove oil on the aching tooth", "list item, How to Use", "", "topical drops without frequency"),
], g='A')

P("https://www.gleath.com/post/how-to-deal-with-sensitive-teeth-at-home", "dental product brand blog: sensitive teeth at home", [
 ("You can go to your dentist to get it treated or even treat it yourself at home.", "", "", HC + "offers self-treatment as an alternative, neither prompt nor steer"),
 ("Green tea is a herbal wonder that has many health benefits.", "", "", ""),
 ("Warm water and honey is one stop solution to many health problems.", "", "C", HC + "cure-all claim"),
], g='S')

P("https://thetoothfactory.ca/blogs/top-5-home-remedies-for-sensitive-teeth", "dental clinic blog: home remedies for sensitive teeth", [
 ("Nope! We are not going to the dentist with these painful and irritating teeth! Isn't that what we tell ourselves?", "", "", "rhetorical, reported attitude; the next sentence warns against it"),
 ("Well, we might actually be causing further harm by doing that!", "", "", ""),
], g='H')

P("https://dentistring.com/?p=983", "dental blog: home remedies for tooth sensitivity", [
 ("While professional dental treatments can help manage tooth sensitivity, there are also several natural and home remedies that can provide relief.", "", "", ""),
 ("Tooth sensitivity, also known as dentin hypersensitivity, is a common dental condition that affects people of all ages.", "", "", ""),
], g='H')

P("https://grandma-c-cooking.us.kora-show.live/avoid-the-dentist-7-proven-natural-cavity-healing-tricks-dentists-wont-tell-you-about/4", "content farm: avoid the dentist, natural cavity healing tricks", [
 ("Yes—most are safe for children, but avoid essential oils for kids under 6, and consult a pediatric dentist.", "FAQ: Can children use these methods?", "P", HC + "'most are safe' is qualified"),
 ("Chewing xylitol gum can reduce cavity risk by up to 80%.", "Key Statistics to Remember", "S", ""),
 ("Vitamin D supplementation can lower cavity risk by 50%.", "Key Statistics to Remember", "S", ""),
 ("Oil pulling can reduce harmful bacteria in the mouth by up to 60% after just 2 weeks.", "Key Statistics to Remember", "S", ""),
 ("2.3 billion people suffer from dental caries globally (WHO).", "Key Statistics to Remember", "", "source named"),
 ("No—they are preventive and supportive strategies.", "FAQ: Are natural remedies a substitute for dental visits?", "", ""),
], g='G')

P("https://beautyallabout.com/?p=1527", "beauty content site: heal cavities naturally without a dentist", [
 ("As a matter of fact, the NIDCR (National Institute of Dental and Craniofacial Research) has conducted a study which reveals that nearly 26% of all adults from the ages of 20 to 64 have untreated tooth decay that can later get much worse.", "", "", HC + "source named (equivalent to 'according to')"),
 ("Of course, many people's first thought when they notice a cavity forming is that they have to get to the dentist as soon as possible, but that's actually not true.", "", "D", ""),
 ("Here are 3 simple ways to naturally heal cavities without having to make an appointment with a dentist.", "", "CD", "claims cavities heal naturally; steers away from the dentist"),
 ("Drink green and black tea: Teas reduce plaque build-up and help suppress bacteria levels in the mouth.", "", "", ""),
], g='G')

P("https://healthylife.thestarcoffee.com/?p=6765", "content farm: healing cavities naturally without a dentist visit", [
 ("🦷 The Secret to Healing Cavities Naturally: Save Your Smile Without a Dentist Visit", "title", "CD", HC + "healing cavities promised; 'without a dentist visit'"),
 ("This isn't about ignoring professional care but empowering you to take charge of your oral health with safe, effective strategies.", "", "", HC + "disclaims ignoring care; 'safe, effective' is generic"),
 ("By optimizing your diet, hygiene, and lifestyle, you can support this process and potentially reverse early cavities before they worsen.", "", "", "hedged"),
], g='G')

P("https://maggietiggles.wordpress.com/2020/10/page/2/", "personal blog reposting a natural-living page: heal cavities naturally", [
 ("And if you have cavities already, it's important to know how to heal cavities naturally to avoid invasive procedures in the future.", "", "CD", HC + "presumes cavities heal naturally and steers away from dental procedures"),
 ("92 percent who have had at least one cavity in their permanent teeth.", "paragraph attributes the figures: Recent studies from the National Health and Nutrition Examination Survey shows ...", "", "source named"),
], g='B')

P("https://eatsip365.com/how-to-prevent-and-cure-gum-disease-at-home", "food and wellness blog: prevent and cure gum disease at home", [
 ("He handed me a prescription for a harsh mouthwash and a lecture.", "author's story", "", "narrative"),
 ("It's a comprehensive home protocol I've perfected over 20 years to help you prevent and even reverse the early stages of gum disease.", "", "", HC + "'help you' is hedged"),
 ("I promise to share the exact steps, the \"why\" behind them, and the simple lifestyle tweaks that will give you healthier gums and a more confident smile, using ingredients you likely already have in your kitchen.", "", "C", HC + "'will give you healthier gums' guarantees a result"),
], g='B')

P("http://vid.bikereservation.com/home-teeth-whitening-system-reviews/7-home-remedies-for-gum-disease-7-effective-home-remedies-for-gum-disease-that-you-should-know/", "scraped affiliate page: home remedies for gum disease", [
 ("1. Oil Pulling – This method has been raved about not only for curing swollen, red gums, but even reversing gum disease with bone loss.", "", "C", HC + "reported praise the writer endorses"),
 ("It removes plaque build up and has been studied in several triple-blind studies to be very effective.", "", "S", ""),
 ("All you need to do is boil around 50 fresh organic sage leaves in some distilled water and then gargle the decoction several times a day as well as use it like a mouthwash.", "", "", "gargle recipe"),
], g='G')

P("https://donnadnicholasblog.com/35-could-oil-pulling-heal-gums", "personal blog: could oil pulling heal gums?", [
 ("About 75 percent of people have this condition, so it is very common.", "", "S", ""),
 ("The professional way to take care of gingivitis is deep cleaning, which is a very expensive process I would like to avoid; so I have been searching for natural remedies.", "", "", "personal narrative"),
 ("She read positive testimonies about oil pulling, and decided to give it a try. And it worked!", "", "", "reported testimony without cure wording"),
], g='B')

P("http://artoflaplam.com/2016/07/19/2-natural-remedies-to-help-heal-gum-disease-and-increase-your-oral-health/", "content site: natural remedies to heal gum disease", [
 ("Periodontal gum disease affects more than half of Americans age 30 and older.", "", "S", ""),
 ("Swishing around the oil inside your mouth is also believed to allow the oil's healthful nutrients to enter your blood stream through the underside of your tongue and bypassing the damaging gastric juices in your stomach.", "", "", ""),
 ("One study in 2008 researched the effects of sesame oil pulling in children and the effect it had on the oral bacteria Streptococcus mutans, which are primarily responsible for tooth decay.", "", "S", HC + "a year alone is not a citation"),
], g='G')

P("https://www.heandshefitness.com/2023/09/22/how-to-cure-gum-disease-naturally/", "fitness site: how to cure gum disease naturally", [
 ("Keeping this news in tow, a Boston-based dentist stated that nearly half of adults in the US (age group over 30) had some kind of gum disease.", "", "S", "unnamed source"),
 ("But, there's a piece of good news!! This can be reversed.", "", "C", ""),
 ("A 2016 independent study shows that saltwater rinse helps alleviate the symptoms associated with gingivitis in your gum lining.", "", "S", ""),
 ("Most know it as a folk remedy, this is one that not only helps reverse gum disease but in general helps to better dental health.", "", "", "'helps' is hedged"),
], g='G')
# (pink-eye spam page on s3 amazonaws/comicplan removed: URL already used in an earlier set; all other pink-eye results were excluded too)
