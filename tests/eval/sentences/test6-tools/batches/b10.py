from lib import P
P("https://freebohemia.com/thyroid.html", "personal site: thyroid medications and hormones", [
 ("However, my research has shown that at least 80% of people feel best on a natural desiccated thyroid product (such as Armour or Westhroid) than on the incomplete synthetic products (synthroid, levoxyl, unithroid, cytomel, thyrolar etc).", "", "S", "hard call: 'my research' is reading, not a first-party study; no source"),
 ("That’s probably because 95% of people today are given synthetic hormone which does not contain calcitonin.", "", "S", ""),
 ("This is just one more reason to take Armour or Westhroid or some other natural thyroid product.", "", "M", "hard call: urges readers on synthetic thyroid hormone to take desiccated thyroid instead, no doctor"),
 ("A doctor who leaves you hypothyroid in order to \"protect your bones\" is a doctor to fire.", "", "", "hard call: change doctors, not avoid care"),
], g='B')
P("https://ghostbutterflymemoirs.com/2016/12/15/blog-post-title-2/", "personal blog: Synthroid and Armour after thyroidectomy", [
 ("He told me if I wasn’t feeling satisfied with my Synthroid I should seek another medication, Armour Thyroid.", "", "", "reported advice"),
 ("If Synthroid is working for you, I think that is awesome and you should continue it.", "", "", ""),
 ("BUT if you are not satisfied with it, I strongly recommend you become an advocate for your health, ask questions, do your research and ask your doctor to let you try other options (aka Armour).", "", "P", ""),
], g='B')
P("http://www.medsnets.com/rxlib/why-should-i-finish-my-prescription-antibiotics-part-2.htm", "medication information site: why finish your antibiotics", [
 ("It is possible to be so sick with a virus that you can’t fight off your normal resident bacteria and develop a secondary bacterial infection and for that you need antibiotics, but 99% of the time, you have to get over a virus all by yourself.", "", "S", "hard call: '99% of the time', no source"),
 ("Here you are, taking your antibiotics and you start to feel better and you quit taking the pills.", "next: Bad decision.", "", "narrative example, rejected next"),
 ("Bad decision.", "", "", ""),
], g='H')
P("https://blog.colloidsforlife.com/colloidal-minerals/colloidal-silver/antibiotic-prescriptions/", "colloidal silver seller blog: 1 in 3 antibiotic prescriptions unnecessary", [
 ("About 30% of antibiotic prescriptions in the US are unnecessary and unhelpful.", "", "S", ""),
 ("Don’t ask for antibiotics.", "previous: What can you do? | next: Common viral illnesses like colds, flu, bronchitis, and sinus infections won’t be improved by taking an antibiotic", "", "hard call: antibiotic-stewardship message about viral illness, not steering away from care"),
], g='S')
P("http://www.kiowacountysignal.com/article/20120402/NEWS/304029940/1007/OPINION", "local newspaper opinion by a provider: antibiotics for colds", [
 ("100%of colds are caused by viruses and more than 99% of sinus infections and bronchitis are also caused by viruses.", "", "S", ""),
 ("So please next time when you leave your doctor’s office without antibiotics, keep in mind that he may actually be doing you a favor.", "", "", ""),
], g='N')
P("http://drcherylkam.com/blog/2016/10/12/antibiotic-resistance-is-a-real-problem", "GP's blog: antibiotic resistance is a real problem", [
 ("Up to 97% of coughs, colds and \"flu\" are caused by viruses and do not respond to antibiotics.", "", "S", ""),
 ("Be sure that you only accept and use antibiotics from your doctor if they are sure you are having a bacterial infection.", "", "", "hard call: not an instruction to stop a prescribed course"),
], g='H')
P("https://lynette-dufton.medium.com/the-eight-second-curemedical-scans-found-arthritis-alongside-my-herniated-spinal-disc-and-pinched-e53c3b16bab9?source=user_profile---------5----------------------------", "personal essay mocking a miracle-cure ad", [
 ("“Dr Phil recommends this natural method to instantly reduce arthritis and chronic pain!", "quoted pop-up ad, mocked by the writer", "", "hard call: quoted ad in a satirical debunk"),
 ("Surely, this miracle cure is on the up-and-up.", "", "", "sarcasm"),
], g='B')
P("https://askvity.info/yeast-infection-treatment/can-i-treat-a-yeast-infection-myself", "Q&A content site: can I treat a yeast infection myself", [
 ("No, you should not self-treat a yeast infection.", "", "", ""),
 ("You should consult a doctor if:", "heading: When to See a Doctor", "P", ""),
 ("Most yeast infections are treatable with a short course of antifungal creams or oral medications prescribed by a doctor.", "", "", ""),
], g='G')
