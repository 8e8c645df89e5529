from lib import P
P("https://sjwinfo.org/stopped.php", "personal St John's wort site: why did my SJW stop working", [
 ("When SJW stops working, most people try to take more of it.", "", "", "reported behaviour"),
 ("If you're taking three capsules/day, reduce it to 2/day and leave it that way for several weeks.", "", "O", "hard call: OTC herb dose schedule for the reader, no caveat"),
 ("And don't forget, the goal of taking any antidepressant is always to get off it one day!", "", "M", "hard call: pushes readers to get off any antidepressant, prescribed ones included, no caveat"),
 ("There is some evidence that SJW builds up in your body.", "", "S", "uncited 'some evidence'"),
 ("Let my experience and those of others on this website be your guide for long term success... if it's been 6+ months, up to several years and SJW has \"pooped out,\" it's time to slowly get off it altogether.", "", "", "about the herb, not a prescribed medicine"),
], g='B')
P("http://www.naturalhealthmag.com/expert-advice/can-i-use-st-johns-wort-treat-depression", "magazine expert advice: can I use St John's wort to treat depression", [
 ("Known for mitigating mild-to-moderate depression, St. John’s Wort is considered safe.", "", "", "hard call: 'considered safe', then interactions listed"),
 ("You can gradually lower your antidepressant dose by one half and then use 50 percent of the usual St. John’s Wort dosage (see label guidelines), so you maintain a 50-50 balance.", "previous sentence: To use in combination with antidepressants, work with your doctor to control the dosage of both.", "", "hard call: consult caveat in the previous sentence"),
 ("Do not make any changes to your medical prescription without first seeing your doctor.", "", "P", "double negation"),
 ("Studies have found that 900 to 1,200 mg of St. John’s Wort a day can be just as effective in treating mild to moderate depression as tricyclic antidepressants and SSRIs, but without side effects like weight gain, decreased sex drive, fatigue, and insomnia.", "", "S", "uncited studies; 'without side effects like ...' is a list, not 'no side effects'"),
], g='N')
P("https://1dental-blog.azurewebsites.net/what-to-do-when-your-child-has-a-fever/", "health-insurer blog copy: what to do when your child has a fever", [
 ("It’s tempting to immediately pick up the phone and call your doctor when your child has a fever, but it’s usually not necessary.", "next sentences: There are times when you should be concerned ... Know When You Need to Call the Doctor", "", "hard call: safety-netted in the same passage"),
 ("If your child is less than 3 months old and has a temperature of 100.4°F or higher, visit or call his pediatrician", "list under: Here's when you should seek medical attention for your child:", "P", ""),
 ("A fever signals to you that your child is sick.", "", "", ""),
], g='G')
P("https://www.remedyworks.net/single-post/2017/04/09/fever-in-children-when-to-call-the-doc", "natural-remedy practitioner blog: fever in children, when to call the doc", [
 ("Our German Pediatrician, Frau Doktor Dörffer, instructed me to let the fever ride unless lethargy started to set in.", "", "", "narrative of a doctor's advice"),
 ("Sure enough, they did return to robust health afterwards.", "", "", "anecdote"),
 ("Call you doctor right away if you child has a fever and", "heading: American Academy of Pediatrics Guidelines for Fever; list follows", "P", ""),
], g='A')
P("https://ihavequestions.blog/2018/08/03/what-is-homeopathy/", "personal blog: what is homeopathy (sceptical)", [
 ("They also believe that the lower the dose, the more powerful the medicine.", "", "", "reported belief"),
 ("Many remedies contain no molecules of the original substance.", "", "", ""),
 ("People have died by not taking real medicine that they need.", "", "", "debunking"),
], g='B')
P("http://iml.jou.ufl.edu/projects/Spring02/pounder/quizanswers.htm", "student web project: alternative medicine quiz answers", [
 ("It can be useful to research alternative medicine since synthetic drugs can have so many horrible side effects.", "", "", ""),
 ("They can be more useful then synthetic drugs because they cost less, fight diseases not just symptoms and have no side effects.", "", "C", "'no side effects'"),
 ("A conventional doctor that will listen to your concerns and understand that it is your body to decide what to do with is important.", "", "", "hard call: about choosing a doctor, not a prompt to consult"),
], g='G')
P("http://www.klinik-st-georg.de/en/klinik-st-georg/st-george-hospital/therapies/homeopathy/", "private hospital page: homeopathy", [
 ("Although most conventional physicians view homeopathy with reservation, many patients are convinced.", "", "", ""),
 ("Homeopathic doctors know that homeopathic products not only increase the vitality but with them, when used professionally, a recovery from many illnesses is possible.", "", "", "hard call: 'is possible', hedged"),
 ("Homeopathy also has, usually, little risk for the patients.", "", "", "hedged safety"),
], g='H')
P("https://thrivingaudios.com/being-able-to-heal-yourself/", "self-help audio seller blog: being able to heal yourself", [
 ("In this day and age when everywhere you look there are drugs being forced down your throat by “Healing Professionals” who insist this will make you feel better knowing full well that there may be side effects that could result in a further visit thus boosting the coffers of their medical centre.", "", "", "hard call: disparages professionals, no instruction"),
 ("Incidentally, I kept my son home that day.", "context: the flu shot day at school", "", "narrative"),
 ("The Ophthalmologist said there was not any antibiotic on the earth that would heal my problem.", "", "", "reported speech"),
], g='S')
P("https://alanfreestone.com/the-age-of-safe-medicine-is-ending/", "homeopath's blog: the age of safe medicine is ending", [
 ("For example 80% of anti-biotics sold in the US is destined for this market.", "", "S", ""),
 ("Homeopathy was dealing with infections very satisfactorily BEFORE anti-biotics came along, & it will deal with them AFTER anti-biotics.", "", "", "hard call: treatment claim without cure wording"),
 ("We have the ‘weapons’ ready & waiting.", "", "", ""),
 ("But natural medicine recognises it as THE most potent method of self-healing that our bodies possess.", "", "", ""),
], g='A')
