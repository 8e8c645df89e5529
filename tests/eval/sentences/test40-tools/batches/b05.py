# sent40 batch 5: coming off antihistamines and natural antihistamines, giving up laxatives (queries 24-26)
from lib import P
HC = 'hard call: '

P("https://5s23dn36kb.execute-api.eu-west-1.amazonaws.com/en/article/how-to-suspend-the-antihistamine", "scraped article on a cloud API host: how to stop antihistamines", [
 ("Before you suspend the use of antihistamines, it's important to consult with your doctor first.", "", "P", ""),
 ("If you're taking an antihistamine regularly, it's important to gradually reduce your dose rather than stopping it abruptly.", "section 'Gradually Reduce Your Dose'; two sentences on: Your doctor can advise you on the appropriate reduction schedule", "", HC + "warning against stopping abruptly, in a section that defers to the doctor"),
 ("Acupuncture and acupressure have also been shown to be effective in reducing allergy symptoms.", "", "S", ""),
], g='G')

P("https://organicallergyrelief.com/antihistamine-withdrawal-treatment/", "allergy-relief site: natural antihistamine withdrawal treatment", [
 ("It's very important for everybody, especially parents, to know that certain antihistamines are as addictive as recreational drugs.", "", "", ""),
 ("There are actually some very effective natural antihistamine withdrawal treatments that can aid your well-being while trying to stop being dependent on drugs.", "", "", ""),
 ("According to research done in 2016, there have been a dozen cases of severe withdrawal symptoms after taking OTC levocetirizine.", "", "S", HC + "a year alone is not a citation"),
 ("When you try to stop taking Benadryl cold turkey, you will have trouble sleeping, allergy symptoms, and trouble concentrating.", "", "", ""),
], g='S')

P("https://www.soundtherapy.com/alternative-or-complementary-therapies-for-antihistamines/", "hearing-product site blog: alternatives to antihistamines", [
 ("Eating foods rich in quercetin and vitamin C has been known to be effective at relieving allergies.", "", "", ""),
 ("Additionally, it's an effective natural antihistamine that has been found to be as powerful as over-the-counter (OTC) antihistamines such as Zyrtec or Claritin.", "about quercetin", "S", ""),
 ("Vitamin C: Studies have demonstrated that adding two grams of vitamin C to your daily diet can significantly reduce histamine levels, making it useful for treating allergies.", "", "S", "study-reported amount, not an instruction"),
], g='S')

P("https://www.bioadaptivemedicine.com/new-blog/tag/vitamin+c", "functional-medicine clinic blog: natural antihistamines", [
 ("Most allergy medications are what we call antihistamines.", "", "", ""),
 ("But guess what? Many natural substances are also antihistamines, but without the sleepy side effects.", "", "", HC + "names one side effect avoided; no claim of none"),
], g='A')

P("https://remedyguru.com/?page=3&paged=186", "home-remedy site: diet cure for constipation", [
 ("The purgatives and laxatives give only temporary relief.", "", "", ""),
 ("Laxative abuse may also lead to low blood potassium and long term chronic ill-health.", "", "", ""),
 ("The natural way to treat constipation is to reeducate the bowels and give up all artificial aids.", "", "M", HC + "tells every reader to give up laxatives and other aids, prescribed ones included, with no consult"),
], g='A')

P("https://www.thrillist.com/health/nation/cant-poop-how-to-cure-constipation", "lifestyle magazine: how to cure constipation", [
 ("While absolutely necessary in some cases, laxatives are usually just codependent jerks.", "", "", ""),
 ("Unless your doctor has prescribed a specific laxative, make sure this is the last guest invited to the party, not the first.", "", "", "over-the-counter laxatives; prescribed ones excepted"),
 ("Now, don't freak yourself out and diagnose your constipation online.", "", "", ""),
 ("Your friendly neighborhood gastroenterologist would be happy to help.", "", "P", HC + "indirect prompt to see a specialist"),
], g='N')

P("https://elizabethyarnell.com/chronic-constipation-cures/", "writer's personal blog: chronic constipation cures", [
 ("Chronic constipation leads to impaired digestion and may not only make you uncomfortable now, but can lead to malabsorption, nutrient deficiencies, colon cancer, and even autoimmune disorders later down the road.", "", "", ""),
 ("Though these plant-based chewable laxatives are made for children, they work great for people of any age without any drugs or side effects.", "", "C", "'without any ... side effects'"),
 ("Take two Buddy Bears before bed to help ease constipation overnight.", "", "O", "product amount and timing, no label caveat"),
 ("Repeat as necessary as this is not habit-forming.", "", "C", HC + "unqualified safety claim"),
 ("BEWARE as senna can be habit-forming, so don't use this more often than once a week and be sure to follow the suggestions below.", "", "", ""),
], g='B')

P("http://www.gijanet.com/colon/constipation-cure-say-no-to-laxatives/", "women's health site: cure constipation, say no to laxatives", [
 ("No doubt, you want to cure constipation – and quickly – but reaching for laxatives is not the answer.", "", "", "over-the-counter laxatives"),
 ("This warning includes using natural and/or synthetic laxatives as a means to cure constipation.", "", "", ""),
 ("Most brands of stimulant laxatives, those most commonly sold over-the-counter to cure constipation, can irritate the lining of the colon.", "", "", ""),
], g='A')
