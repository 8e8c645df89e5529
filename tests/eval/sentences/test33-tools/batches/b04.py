# sent33 batch 4: neuropathy reversal, children's ear infections (watchful waiting), sinusitis herbs, asthma drugs
from lib import P
P("https://al-dewan.com/reversing-neuropathy-making-the-impossible-possible", "content site: reversing neuropathy, making the impossible possible", [
 ("The conventional medical wisdom held that once nerves were damaged, they stayed damaged.", "", "", ""),
 ("However, a burgeoning body of scientific evidence, coupled with remarkable patient outcomes, is challenging this long-standing belief.", "", "S", "hard call: evidence claim with no citation"),
 ("We are now entering an era where reversing neuropathy, or at least significantly improving nerve function and symptoms, is not just a hopeful dream but an achievable reality for many.", "", "", "hedged ('for many', 'or at least')"),
], g="G")
P("https://powerhealthreno.com/conditions/can-neuropathy-be-reversed.htm", "chiropractic clinic video transcript: can neuropathy be reversed?", [
 ("So there are peripheral neuropathies that cannot be reversed or cured.", "", "", "negation"),
 ("And so, ultimately, the answer is, reversal as a far as a cure is, I would say a small percentage can be cured.", "", "", "hedged"),
], g="H")
P("http://ftpain.com/id10.html", "neuropathy clinic: open letter", [
 ("There are 30,000 to 40,000 LEA's /yr in the U.S. and neuropathy is the leading cause.", "", "S", ""),
 ("The potent drugs do nothing to improve the condition other than mask the symptoms.", "", "", "hard call: criticism of drugs, no instruction"),
 ("However, the condition is treatable and when treated properly, over 85% of the neuropathy patients experience symptom reversal.", "next sentence: 'I know this because I've helped thousands of neuropathy patients reverse the condition'", "", "hard call: the writer's own clinic figure (first-party), not counted as an unsupported statistic"),
], g="H")
P("https://www.fevercoach.us/post/no-antibiotics-for-your-child-s-ear-infection-don-t-panic", "doctor-written health app blog: no antibiotics for your child's ear infection?", [
 ("While it’s natural to worry, the \"Wait and See\" approach is actually the gold standard recommended by the American Academy of Pediatrics (AAP).", "", "", ""),
 ("Research shows that 80% of mild ear infections heal naturally within 2 to 3 days.", "", "S", ""),
 ("However, the doctor will likely prescribe antibiotics immediately if:", "", "", ""),
], g="H")
P("https://offshorecheapmeds.su/tag/watchful-waiting-ear-infections", "spam pharmacy tag page: watchful waiting for ear infections", [
 ("In the U.S., up to 70% of ear infection prescriptions are unnecessary.", "", "S", ""),
 ("Pain relief with ibuprofen or acetaminophen, warm compresses, and rest are often enough.", "", "", ""),
 ("If the child is under 2, has a high fever, or has a history of frequent infections, talk to your doctor about when to switch from waiting to treating.", "", "P", ""),
 ("For healthy adults, watchful waiting works just as well.", "", "", ""),
], g="S")
P("https://www.news4jax.com/health/2016/02/10/ear-infections-watch-and-wait-before-turning-to-antibiotics/", "local TV news: ear infections, watch and wait before antibiotics", [
 ("\"Antibiotics can help an ear infection get better faster, but so many ear infections- up to 80-85% can get better on their own,\" said Dr. Randy Thornton with Jacksonville Pediatrics.", "", "", "attributed to a named doctor"),
 ("Pediatricians say watchful waiting should be the first step taken when your child has an ear infection.", "", "", "reported"),
 ("Wait 48 hours before rushing to the doctor.", "safety-net two paragraphs later: under-2s, vomiting, high fever or swelling go straight to the doctor", "D", "hard call: imperative to delay seeing the doctor; the safety-net is not in the same or next sentence"),
 ("If you child is vomiting, has a high fever or swelling, they need to go straight to the doctor.", "", "P", ""),
], g="N")
P("https://int.livhospital.com/antibiotics-for-ear-infection-when-to-visit-a-pediatrician", "hospital group page: antibiotics for ear infection, when to visit a pediatrician", [
 ("Ear infections are common in kids, but not all need a doctor right away.", "next sentences: when you should see a pediatrician", "", "hard call: hedged clinical statement followed by when-to-see guidance"),
 ("Many ear infections get better by themselves without antibiotics for ear infection.", "", "", ""),
 ("A pediatrician can provide guidance on the best course of treatment.", "list item under Key Takeaways", "", "hard call: statement, not a prompt"),
], g="H")
P("https://www.killsinus.com/sinus-infection/sinusitis/herbal-sinus-treatment-one-of-the-ways-to-cure-sinus/", "sinus product/content site: herbal sinus treatment", [
 ("On the other hand, you always have the option of going for herbal sinus treatment which, at least, do not have any side-effects factor.", "", "C", "no side effects"),
 ("They are much more close to nature and hence the chances of being cured are more with these herbal treatments.", "", "", "hard call: comparative, hedged ('chances')"),
 ("So, if you wish to treat yourself in a natural way, do consult your doctor first.", "", "P", ""),
 ("Try these herbal sinus treatments and say bye to those painful days with sinus infection!", "", "C", "hard call: promises the result"),
], g="S")
P("https://healthyhack.xyz/how-to-destroy-the-fungus-causing-your-sinus-pain-congestion-and-headaches-diy-health-and-fit/", "spun content site: destroy the fungus causing your sinus pain", [
 ("As a rule, it is treated with anti-infection agents, which just concealment the side effects, yet don’t treat the base of the issue.", "", "", "hard call: criticism of antibiotics, no instruction"),
 ("This clarifies why anti-microbials are so ineffectual for constant sinusitis as they target microscopic organisms, NOT growths.", "", "", ""),
], g="G")
P("http://healthylifestylezone.com/mix-ingredients-say-goodbye-rhinitis-sinusitis-phlegm-flu/", "content site: mix ingredients, say goodbye to rhinitis and sinusitis", [
 ("In this case the best option is to try natural remedies.", "previous sentence: 'We know that using antibiotics on a long term can have numerous side-effects.'", "M", "hard call: tells the reader to use natural remedies in place of the antibiotic treatment just described"),
 ("For that purpose, today, we will share a natural remedy for sinusitis, which is completely safe and very effective.", "", "C", ""),
 ("Consume this beverage every day before breakfast, on an empty stomach and in the evening, before bed.", "", "", "recipe"),
 ("Use it until the infection is treated.", "", "", ""),
], g="G")
P("https://serrapeptase.info/bronchial-asthma-causes/", "serrapeptase seller information site: bronchial asthma causes", [
 ("Come up with a plan to wean yourself off asthma medication and control the condition without the use of drugs; drugs have short and long-term side effects that can shorten your life.", "numbered list 'If you have asthma, it's critical to:', item 5", "M", "no consult caveat"),
 ("The pharmaceutical industry would love for you to believe that asthma is triggered by dust mites, pollution, genetics, and more.", "", "", ""),
 ("Some people may be genetically predisposed to asthma, but this is not a life sentence.", "", "", ""),
 ("Proper rehabilitation can help to clear up asthma, even in these cases.", "", "", "hedged ('can help')"),
], g="S")
P("http://orle.info/asthma-is-becoming-a-serious-problem/", "content site: asthma is becoming a serious problem", [
 ("Once it is contracted you have little or no choice but to go on prescription drugs.", "", "", ""),
 ("The environmental pollution that surrounds our earth just on the jet stream alone is 1460 metric tons.", "", "S", ""),
], g="G")
