from lib import P
P("http://www.myositissupportgroup.org/PM/posts/2375.html", "myositis support group forum reply: stopping 5 mg prednisone", [
 ("NO NO NO, don't do that!", "", "", ""),
 ("Wean down... at most go down 1mg. a week.", "next sentence: But, I really think you should consult with your doctor.", "", "hard call: a taper instruction for prednisone, but the next sentence tells the reader to consult the doctor, so not M"),
 ("But, I really think you should consult with your doctor.", "", "P", ""),
 ("If you run out of prednisone, don't assume you're to stop taking it; contact your doctor to be sure.", "", "P", "warning against stopping"),
 ("[Do NOT stop prednisone without discussing this with your doctor.", "bracketed note quoted in the post", "P", "double negation"),
], g='F')
P("https://connect.mayoclinic.org/discussion/how-to-wean-off-prednisone-5mg-without-side-effects", "hospital patient community forum: how to wean off prednisone 5 mg", [
 ("I desperately want off of this drug but this time I was out on an alternate day taper 5mg one day next day 2.5 mg for one month then 2.5 mg for one month then off.", "question post", "", "narrative of a prescribed taper"),
 ("I am a big fan, personally, of long tapers and if you already had issues with the previous taper, maybe this one will help.", "reply", "", ""),
 ("I also use time, meaning when I reach a low dose I widen the time between doses gradually...", "reply", "", "hard call: personal practice, not an instruction to the reader"),
], g='F')
P("https://mur-mur.com.ua/is-d3-5000-healthy.html", "scraped copy of a wellness-doctor site: is D3 5000 healthy", [
 ("While vitamin D supplements are among the most popular dietary supplements, many people don’t take high enough vitamin D3 doses to prevent deficiency and maintain healthy levels.", "", "", ""),
 ("Discover the health benefits of taking 5,000 IU of vitamin D3 daily and find out why you should always combine vitamin D3 with vitamin K2.", "", "O", "hard call: promotes a daily consumer dose with no professional caveat"),
 ("“The body stores vitamin D3 in the liver and fat cells, which serve as a reservoir that the body can draw upon to compensate for short periods without sunlight exposure,” explains Dr. Berg.", "", "", ""),
], g='G')
P("https://ntro.it.com/how-much-vitamin-d-should-i-take-daily-5000-iu-and-is-it-safe-for-me", "content site: how much vitamin D should I take daily, 5000 IU", [
 ("For most healthy adults, the recommended daily dietary allowance for vitamin D is 600-800 IU, a figure that is significantly lower than many high-potency supplements on the market.", "", "", "intake guideline"),
 ("This high dosage is generally reserved for treating a diagnosed deficiency and should not be taken without medical guidance.", "", "P", "double negation"),
 ("Always consult a healthcare provider before taking high doses like 5000 IU, as they can properly diagnose a deficiency and recommend a safe regimen.", "list item under: Key Points", "P", ""),
], g='G')
P("http://www.iran-daily.com/News/177110.html", "English-language newspaper health page: natural remedies for pediatric ear infections", [
 ("Studies show overexposure to antibiotics can alter the microbiome and the healthy gut flora that ward off infections — sometimes even permanently.", "", "S", ""),
 ("In fact, kids treated with low-doses of antibiotics were more likely to develop a biofilm within the ear itself and more likely to have chronic ear infections in the future.", "", "S", ""),
 ("Although your child might have frequent ear infections, antibiotics may not have to be the first line of defense.", "", "", "hedged"),
 ("Wait and watch: The American Academy of Pediatrics recommends that in low-risk kids, a wait-and-watch approach is a better choice than prescribing antibiotics right away.", "", "", "cited guideline"),
], g='N')
P("http://bigcitymoms.com/blog/archive/2015/07/natural-remedies-for-ear-infections-think-twice-about-antibiotics.html", "parenting blog: natural remedies for ear infections, think twice about antibiotics", [
 ("More than 40% of children will experience 6 or more ear infections by age 7.", "", "S", ""),
 ("Research shows that as many as 80% of these ear infections will simply clear up on their own.", "", "S", ""),
 ("Unfortunately, doctors are still prescribing antibiotics without investigating further, and parents are still asking for them by the droves.", "", "", ""),
 ("Here’s a staggering statistic that might give you pause before you run to the pharmacist: research indicates that infants who take antibiotics during their first year of life are about 50% more likely to be diagnosed with asthma than babies who never receive this medication.", "", "S", ""),
 ("A healthy person should have only a few rounds of antibiotics in the course of a lifetime so asking for an antibiotic or filling the one the doctor provided you, is something you really need to think about.", "", "M", "hard call: steers parents against filling a prescribed antibiotic, with no caveat"),
 ("Perhaps it is a much wiser idea to wait 3 to 4 days and see whether the discomfort subsides.", "", "", "hard call: hedged ('perhaps'); watchful waiting is also a guideline option"),
], g='B')
P("http://healthydefinition.com/this-recipe-will-kill-every-form-of-tumor/", "health content site: this recipe will kill every form of tumor (cannabis oil)", [
 ("Cannabis oil was banned in the second half of the 20th century, even though for many years it has healed many people from cancer.", "", "C", ""),
 ("Now, he is an activist for the legalization of this oil and he cured more than 5,000 people with this alternative remedy.", "", "C", "cure claim stated as fact"),
 ("On a debate on this subject, he claimed that cannabis oil can cure the deadliest forms of cancer, diabetes, psoriasis, arteriosclerosis, asthma, epilepsy and multiple sclerosis.", "", "", "reported speech"),
 ("Rick recommended cannabis oil treatment and the man’s doctors immediately refused the treatment.", "", "", "narrative"),
 ("Since then, Rick has healed thousands of people suffering from cancer.", "", "C", ""),
], g='G')
P("https://www.scribd.com/document/177021971/Comprehensive-Report-on-the-Cannabis-Extract-Movement-and-the-Use-of-Cannabis-Extracts-to-Treat-Diseases", "document-sharing site: activist report on cannabis extracts to treat diseases", [
 ("In aggregate, the movement has demonstrated beyond reasonable doubt that cannabis extracts can eliminate various types of cancers in humans, and can control diseases that traditional pharmaceuticals are ineffective against.", "", "C", ""),
 ("Patients in such centers have terminal diagnoses and nothing to lose by attempting a treatment which has a very real chance of curing them.", "", "", "hard call: 'a very real chance' is hedged; not a guarantee"),
 ("Moreover, cannabis extracts are completely non-toxic and carry no physiological risks.", "", "C", "safety claim"),
], g='A')
P("https://certifiedcbdoils.com/who-is-rick-simpson-and-why-did-he-create-rso/", "CBD seller's blog: who is Rick Simpson and why did he create RSO", [
 ("According to Simpson’s account, he whipped up a homemade extract and applied it directly to the cancerous mole, covering it with a bandage.", "", "", "reported"),
 ("Four days later he removed the bandages and claimed the tumor was gone.", "", "", "reported claim"),
 ("He has drawn outrage from doctors and medical experts for the lack of scientific research or clinical trials to support his claims.", "", "", ""),
], g='S')
P("https://muscleandhealth.com/the-rick-simpson-revolution-the-potent-thc-infused-oil-that-might-cure-for-cancer/", "men's health magazine: the Rick Simpson revolution, oil that might cure cancer", [
 ("This cannabis variant might just weed out cancer.", "", "", "hedged"),
 ("He alleges its usage cured him completely of the disease and has remained a devout advocate ever since.", "", "", "reported"),
 ("“Thousands of people have successfully used RSO to help treat their cancer.", "quote from an interviewed advocate", "", "reported speech, no cure wording"),
 ("It can literally signal to a cancer cell that it’s time to die.", "inside the advocate's quote", "", "hard call: reported speech in an interview"),
], g='N')
