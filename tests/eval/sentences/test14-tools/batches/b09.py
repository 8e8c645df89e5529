from lib import P
P("https://www.painnewsnetwork.org/stories/2016/5/5/pain-patients-turning-to-kratom", "pain patient news site: chronic pain patients turning to kratom", [
 ("The Food and Drug Administration calls it a “narcotic” that can cause aggression, hallucinations, delusions, and tremors.", "", "", ""),
 ("In the United States, kratom is increasingly being used as a pain reliever – a “safer” option than opioid pain medication.", "", "", "reported, 'safer' in scare quotes"),
 ("For people with chronic pain who want complementary therapy or want to avoid the organ damage mainstream medications can cause, it's a great option,” said Suze Blood, a 43-year old Maine woman who suffers from rheumatoid arthritis, degenerative disc disease and fibromyalgia.", "", "", "hard negative: quoted patient, reported speech"),
 ("On the advice of a friend, Blood started using kratom three years ago as an alternative to opioid pain medication, which not only didn’t help her pain, but made her tired and depressed.", "", "", "narrative"),
], g="N")
P("https://teletype.in/@xcannabis/kratom", "cannabis/kratom seller's blog post: kratom, a natural alternative for pain pills", [
 ("Kratom A Natural Alternative For Pain Pills", "title", "M", "hard call: swap framing against prescribed opioid painkillers in a seller's title (round 10 convention)"),
 ("Kratom helps people who are addicted to painkillers because it cheats the brain into believing that opiates have been absorbed.", "", "", ""),
 ("Prescription drug abuse is at an all-time high in the United States.", "", "", "trend claim without a figure"),
 ("The herb kratom is one alternative that is showing promise in treating pain pill addiction.", "", "", "hedged"),
], g="S")
P("https://www.blogarama.com/health-and-fitness-blogs/1438435-alternative-pain-treatment-directory-blog/54341828-kratom-opioid", "blog directory repost: kratom as an opioid alternative (testimonials)", [
 ("I cannot begin to tell you of the immense relief immediately felt from the first dose of this amazing plant.", "testimonial", "", ""),
 ("I have no adverse effects, no withdrawal if not used, nor noticeable side effects.", "testimonial", "", "hard call: first-person report, not a general safety claim"),
 ("Millions of Americans now use Kratom as an alternative to opioids.", "", "S", "hard call: vague count with no source"),
 ("He uses kratom for pain management,  anxiety, and depression.", "", "", "narrative"),
], g="B")
P("https://anrclinic.com/blog/is-kratom-the-answer-to-opioid-addiction/", "addiction treatment clinic blog: is kratom the answer to opioid addiction", [
 ("So, the question is “Is kratom the answer to opioid addiction?” and the answer is simple it isn’t.", "", "", "debunking"),
 ("People also ask, is Kratom addictive?", "", "", "question"),
 ("With all of those side effects people should be aware of this type of treatment for opioid use as it doesn’t show many positives to outweigh the negatives.", "", "", ""),
], g="H")
P("https://tennesseeharmreduction.com/chronic-pain/kratoms-utility-in-addressing-opioid-use", "harm reduction blog: kratom's utility in addressing opioid use", [
 ("The United States is currently the world’s number-one national consumer of the drug.", "", "", "ranking without a figure"),
 ("Rather, I will simply address the utility of kratom in replacing traditional opioids among people who suffer from opioid use disorder, as well as how kratom can be used to dampen the effects of opioid withdrawal syndrome among people who are physically dependent on opioids.", "", "", "hard call: topic statement about opioid use disorder, no instruction"),
 ("It stops opioid withdrawal for most people suffering from opioid use disorder.", "", "", "efficacy claim qualified by 'most'"),
], g="B")
P("https://www.debate.org/opinions/should-ssris-be-marketed", "debate website: should SSRIs be marketed (user arguments)", [
 ("The science on these drugs is backwards.", "user argument", "", ""),
 ("Many psychiatric medication side effects such as shaking/tremors can last a lifetime after the patient stops taking the drug.", "user argument", "", ""),
 ("SSRI's can cause long term sexual side effects and cause birth defects and brain damage.", "user argument", "", ""),
 ("Drugs should not be created nor administered by uninformed individuals.", "user argument", "", ""),
], g="F")
P("https://www.thewestmorlandgazette.co.uk/news/18732858.letter-informed-effects-psychiatric-drugs/", "local newspaper letter from an anti-psychiatry group spokesman", [
 ("Psychiatric treatment has the potential of making people into life-long patients and can even result in death.", "reader letter", "", ""),
 ("Unlike medical drugs, which commonly may prevent or cure disease or improve health, psychiatric drugs are only designed to suppress symptoms that return once the drug wears off.", "reader letter", "", "hard call: disparages psychiatric drugs without telling readers to stop"),
 ("Competent medical doctors can conduct thorough medical examinations to rule out if an untreated medical condition may be causing depression.", "reader letter", "", "describes, does not prompt"),
], g="N")
P("https://foxpsychology.com.au/2018/06/16/antidepressants-are-drugs/", "psychology practice blog: antidepressants are drugs", [
 ("Disclaimer: Do not abruptly stop most psychiatric drugs!", "", "", "warning against stopping"),
 ("Most psychiatric drugs are far more dangerous to take than people realize, but they also can become dangerous when discontinued too abruptly.", "", "", ""),
 ("Stopping psychiatric drugs should usually be done gradually, and only with professional guidance.", "", "P", "passive recommendation of professional guidance"),
 ("There are NO medicinal properties whatsoever in these drugs.", "previous: As Dr. Peter Breggin says…", "", "hard call: quoted view; disparaging, no instruction"),
 ("And YET hundreds and thousands are being placed onto them EVERYDAY.", "", "S", "hard call: vague count with no source"),
], g="H")
P("https://www.northwichguardian.co.uk/yoursay/letters/17854507.letter-concern-antidepressant/", "local newspaper letter: concern over antidepressants", [
 ("The number of deaths connected to antidepressants is extraordinary.", "reader letter", "", ""),
 ("In 2018, there were 518 deaths, more than one a day.", "reader letter", "S", "no source"),
 ("In a 26-year period, 1993-2018, the number of deaths was 11,687.", "reader letter", "S", "no source"),
 ("Don’t be a statistic.", "reader letter", "", ""),
], g="N")
P("https://www.alonelylife.com/threads/galileo.44213/", "loneliness support forum thread: a member on psychiatric drugs", [
 ("The psychiatrist put me on series of antidepressants.", "forum post", "", "narrative"),
 ("Besides some horrible side effects, they were useless.", "forum post", "", "narrative"),
 ("Among many disturbing facts was this: the pills are literally poisonous.", "forum post", "", ""),
 ("Anyone unwilling to admit they might be mistaken, anyone violently conformist, may not be someone worthy of your trust.", "forum post", "", "hard call: distrust of the writer's psychiatrist, no instruction to the reader"),
], g="F")
P("https://ariespedia.democraticunderground.org/?com=view_post&forum=1147&pid=3921", "discussion forum reply to a type 2 diabetic put on insulin", [
 ("Personal advice, start taking melationin and trace minerals.", "forum reply", "", "supplements without amounts"),
 ("I know several folks who got of the meds eventually, just with melatonin, diet, exercise, and keeping track of their blood sugar along with frequent doctor visits.", "forum reply", "", "narrative, with doctor visits"),
 ("Metformin should be your first try for meds, as it is an anti cancer med that was re-purposed to this use, and has shown to be associated with slightly lower cancer rates in people who take it.", "forum reply", "MS", "hard call M: tells an insulin-treated reader which prescription drug to use instead; 'has shown to be associated' with no source (S)"),
 ("If you want to come off insulin, you will have to track your blood sugar, to be able to diagnose when your running low, and slowly adjust your dose down making sure you stay under 160 post meal and between 75 & 120 before meals.", "forum reply", "M", "self-taper instructions for prescribed insulin, no consult caveat"),
], g="F")
P("https://qanda.typicalstudent.org/will-a-patient-with-type-ii-diabetes-require-daily-insulin-injections-on-a-regular-basis", "Q&A site answer: will a type 2 patient need daily insulin", [
 ("Some Type 2s don't require insulin; some have success with oral meds; still others remain medication free and keep your blood glucose levels under control with lifestyle changes (read: diet and exercise).", "answer", "", ""),
 ("Always remember: ALL carbohydrates (even good ones) turn into sugar and raise glucose levels in the blood.", "answer", "", ""),
 ("And for what it's worth, the ADA dietary guidelines (45%-65% of calories from carbohydrates) are way too high for me.", "answer", "", "guideline figure, personal view"),
], g="F")
P("https://www.health.com/condition/type-2-diabetes/why-insulin-use-isnt-always-permanent-for-type-2-diabetes", "health magazine: naturally reducing the need for insulin in type 2 diabetes", [
 ("Lifestyle changes can help some people get off insulin.", "standfirst", "", "hedged"),
 ("However, with type 2 diabetes, insulin may not necessarily be a permanent treatment.", "", "", ""),
 ("However, if you cannot manage your blood sugar levels with those methods, you will need to add insulin to your treatment plan.", "", "", ""),
], g="N")
P("https://www.clearlyhealth.com/videos/diabetes/insulin/insulin_really_needed", "patient video site: do I really need to be on insulin", [
 ("Do I really need to be on insulin?", "title", "", "question"),
 ("But if your doctor has put you on insulin, you do need it.", "", "", "hard negative: tells readers to stay on prescribed insulin"),
 ("Some people with Type 2 diabetes can keep blood glucose at a safe level with diet and exercise, but most people require medication.", "", "", ""),
], g="H")
P("https://tabachoyacademy.com/type-2-diabetic-dont-need-insulin/", "low-carb coaching site: why type 2 diabetics don't need to rely on insulin", [
 ("Why Type 2 Diabetic Patients Don’t Need To Rely On Insulin", "title", "M", "hard call: title telling insulin-treated readers they do not need it, no caveat"),
 ("Next option your doctor recommends – “SORRY, BUT IT’S TIME FOR YOU TO INJECT & MAINTAIN ON INSULIN.”", "", "", ""),
 ("Before grabbing that pen or syringe, read this first…", "", "", "hard call: a hook, no instruction yet"),
 ("Although adding more insulin helps temporarily, it DOES NOT totally solve the problem.", "", "", ""),
], g="A")
P("https://www.bestdiabetologistindelhi.com/post/insulin-free-living-with-type-2-diabetes", "diabetologist's clinic blog: insulin-free living with type 2 diabetes", [
 ("Insulin injections are not beneficial in type 2 diabetes patients with high insulin resistance", "image caption", "", "hard call: a clinic's clinical claim, no instruction to the reader"),
 ("The case of Mrs. Shobha (name changed), a 55-year-old female, is a prime example of how type 2 diabetes can be managed without the need for insulin injections.", "", "", "case narrative under a doctor's care"),
 ("She visited several renowned hospitals but nothing seemed to work.", "", "", "narrative"),
], g="H")
P("http://www.philandmama.com/adventures/2017/1/11/why-this-mama-never-gives-her-toddler-son-antibiotics-and-why-you-should-follow-her-example", "parent blog by a physical therapist: never giving a toddler antibiotics", [
 ("Why this mama never gives her toddler son antibiotics (and why you should follow her example)", "title", "M", "hard call: tells parents to follow a never-antibiotics rule, no caveat in the title"),
 ("This is not fake news.", "", "", ""),
 ("A doctor should also not prescribe antibiotics for your child, especially not for a common cold.", "", "", "guideline-consistent about colds"),
 ("Unfortunately, when a child sneezes, coughs, and shows up with greenish sputum/phlegm, the doctor will quickly prescribe antibiotics.", "", "", ""),
 ("When your child has a cold and his/her lungs sound clear, your best strategy is to let the cold run its course.", "", "", ""),
], g="B")
P("https://360yourlife.com/tag/children/", "chiropractic wellness centre blog: children's ear infections", [
 ("Your child isn’t supposed to get ear infections, but for many of you parents out there they do.", "", "", ""),
 ("According to the most prestigious medical journals in the world and even hospitals like Mayo clinic, ear infections over 90% of the time are viral in nature.", "", "S", "hard call: 'the most prestigious journals' names no source"),
 ("The top journals, hospitals, and anyone who knows what they are talking about will tell you to never give a child an antibiotic for an ear infection.", "", "MD", "tells parents never to give a child an antibiotic (a prescribed medicine) for an ear infection, which also steers them from the doctor's treatment (round 12 convention)"),
 ("So giving a child and antibiotic or medicine every time they are sick is actually robbing their immune system the chance to grow stronger.", "", "", "hard call: argument against medicines, no direct instruction"),
 ("Next keep them warm and the fever high, viruses and bacteria cannot live above 103 degrees.", "", "", "hard call: dangerous home advice but not one of the six classes"),
], g="A")
P("http://mail.encognitive.com/node/6890", "alternative news site reprint: my healthy child, the antibiotic trap", [
 ("When a child is sick, many parents feel that a prescription for antibiotics is the cure-all.", "", "", ""),
 ("Antibiotics are not effective against viruses, yet they are often prescribed when a virus is the culprit.", "", "", ""),
 ("Levi was still offered a dose -- which we declined.", "", "", "narrative"),
 ("It is important to contact your naturopath or homeopath each time your child has an illness.", "", "D", "hard call: routes every childhood illness to a naturopath or homeopath instead of medical care"),
], g="A")
P("http://everydayatthehopkinshouse.blogspot.com/2012/01/ear-infections-antibiotics.html?showComment=1327442028503", "mother's blog: ear infections and antibiotics", [
 ("Today, my concern is that my son is in the 60- 80% of kids who take antibiotics for viruses.", "", "S", "no source"),
 ("Antibiotics only work on bacterial infections, not viruses and Dr's don't usually concern themselves over the distinction when they are prescribing.", "", "", ""),
 ("The problem is that most ear infections are caused by other viruses (the common cold) that will eventually run their course and go away.", "", "", ""),
], g="B")
P("https://doctormattintampa.com/category/childrens-health/", "chiropractor's blog: kicking the antibiotic habit", [
 ("In conventional medicine, the traditional thinking is deeply entrenched — the go-to treatment for any suspected infection is an antibiotic.", "", "", ""),
 ("Rarely do doctors test to determine the nature of the infection before prescribing an antibiotic.", "", "", ""),
 ("The antibiotics your child is prescribed may do more harm than good in the long run.", "", "", "hard call: hedged ('may'), no stop instruction"),
], g="A")
