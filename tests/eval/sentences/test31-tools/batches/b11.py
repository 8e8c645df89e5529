from lib import P
# b11: infant reflux medicines (chiropractors, parents, news), cancer-diet testimonials, Lyme herbs versus antibiotics (forums)
P("http://www.bsim.org.in/colic--reflux--gerd.html",
  "Indian breastfeeding-support organisation FAQ: colic, reflux, GERD", [
  ("Over the counter reflux/ colic/ GERD medications are very often used by new parents with the hope that it’ll help their babies.", "", "", ""),
  ("Recent evidence suggests that these medications could have adverse effects on the baby.", "", "S", "'recent evidence suggests' with no citation in the paragraph"),
  ("Use some of our strategies from our colic infographic to calm your baby instead.", "instead of over-the-counter reflux medicines", "", "hard call: over-the-counter products, not a prescribed medicine (not M)"),
], g='H')
P("https://www.evergreenhealthclinics.com/blog/infants-and-acid-reflux",
  "chiropractic clinic blog: infants and acid reflux", [
  ("If you reduce it, to cover up a symptom, you lower the baby’s ability to receive their nutrition.", "about stomach acid and prescribed Prilosec", "", ""),
  ("A Medical Doctor might argue that it is the lesser of the two evils.", "", "", ""),
  ("I would argue, why accept the lesser of two evils with your children.", "about doctors prescribing Prilosec for infant reflux", "M", "hard call: argues parents should not accept the prescribed acid suppressant, in favour of the chiropractor's approach; no consult caveat"),
  ("After the second visit, the baby no longer had problems with reflux and was never required to take the medication.", "case told by the chiropractor after one adjustment", "C", "hard call: endorsed cure testimonial for the writer's own treatment"),
], g='A')
P("https://lifecarechiropractic.com/heartburn-in-infants/",
  "chiropractic clinic blog: heartburn in infants", [
  ("To use this class of drugs in an adult is bad enough–to push them on scared and concerned parents should be malpractice.", "", "", "hard call: attacks prescribing but gives no instruction to stop or refuse"),
  ("We have seen several studies finding that this class of drugs given to children is massively abused and completely ineffective at fixing the problem.", "", "S", "hard call: the post says 'this study confirms this' but no citation is given in the excerpt"),
  ("So what do we do with an infant who may be having heartburn?", "", "", "question"),
  ("If formula fed, switch to a hydrolyzed formula like Nutramagen or Alimentum.", "", "", "formula, not a medicine"),
], g='A')
P("https://www.peoplespharmacy.com/2011/10/20/helping-parents-cope-with-colic/",
  "consumer drug-information site news item: helping parents cope with colic (PPIs in infants)", [
  ("For one thing, acid reflux is actually uncommon in babies.", "paragraph reports a commentary in the Journal of Pediatrics (cited at the end: [Journal of Pediatrics, Oct. 29, 2011])", "", ""),
  ("Instead of PPIs, pediatricians are urged to try non-drug approaches to help parents handle old-fashioned colic.", "", "", "reported recommendation to doctors"),
  ("The culprit was dairy!", "reader comment", "", "reader comment"),
], g='N')
P("https://www.onemomsworld.com/tag/infant-reflux/",
  "mum blog tag page: infant reflux", [
  ("According to a recent study that was published in the Pediatrics Journal, physicians often label common symptoms in infants, such as crying and spitting up, as disease.", "", "", "cited"),
  ("Parents do your research before agreeing too medication.", "", "", "hard call: urges scepticism before accepting medication, not a statement that care is unnecessary"),
  ("We only ended up giving L the medication for two weeks, because we found other remedies that worked better for us.", "", "", "narrative"),
], g='B')
P("https://www.infant-acid-reflux-solutions.com/i-dont-want-to-medicate-my-baby.html",
  "parent-run infant reflux site: 'I don't want to medicate my baby!'", [
  ("But the truth is your baby may be in a lot of pain and not treating baby reflux can cause long term problems in addition to the pain they're in.", "", "", ""),
  ("The use of medications that are considered very safe and using them for a very limited time (normally discontinuing treatment at or before one year of age) rather than sticking it out, letting your baby continue to suffer and potentially acquiring both short-term and long-term symptoms, is a reasonable option.", "", "", "'considered very safe' is attributed, not an unqualified claim"),
], g='B')
P("http://abcnews.go.com/Health/babies-receive-acid-reflux-meds-doc/story?id=14926271&page=2",
  "news article: too many babies receive acid reflux meds, says paediatrician", [
  ("Mothers who are breastfeeding should try tweaking their diets, like taking out caffeine, chocolate and garlic, which are known to promote acid reflux.", "", "", ""),
  ("\"I think there are very limited reasons, if any, to use these drugs,\" said Dr. Ian Holzman, chief of newborn medicine at Mount Sinai School of Medicine.", "", "", "reported expert opinion"),
], g='N')
P("https://makemeamiracle.wordpress.com/2012/04/04/april-2012-update-6/",
  "family blog about a wife's illness: April 2012 update", [
  ("You can read the rest of his testimony from his website, but to make the long story short, his cancer has been eradicated by the diet which is similar to the Gerson therapy diet.", "", "C", "endorsed cure testimonial ('eradicated by the diet')"),
  ("He has not gotten sick in the last 40 or so odd years and does not even carry medical insurance.", "", "", ""),
  ("The diet is mainly based on vegetable juices and Barleymax (a barley grass juice that is dehydrated and turned to powder).", "", "", ""),
], g='B')
P("https://body-lucky.blogspot.com/2008/07/dedicated-to-juliana.html",
  "personal nutrition blog: dedicated to a friend with breast cancer", [
  ("We absolutely believe that miracles are possible.", "", "", ""),
  ("As I was devouring them at any free moment, I found more and more staggering evidence that diseases, such as breast cancer, are not only preventable, but can also be reversed.", "", "C", "prevention and reversal of breast cancer stated as found fact"),
  ("Yes, you read it right: REVERSED!!!", "previous sentence: ... diseases, such as breast cancer, are not only preventable, but can also be reversed.", "C", "hard call: emphatic restatement of the reversal claim"),
], g='B')
P("https://kicking-cancer.org/blog/scariest-day-of-my-life/",
  "cancer survivor's blog promoting a fruit-and-vegetable capsule brand", [
  ("I was very fortunate at the time to meet a wonderful doctor that had been doing his own research and had found overwhelming evidence that a diet rich in fruits and vegetables could help the body!", "", "", ""),
  ("He was then introduced to Juice Plus which is 30 fruits, vegetables and berries.", "", "", ""),
  ("That alone wasn’t enough for him to recommend it until he saw the published studies that had been done by several credible Universities and Research centers around the world.", "", "S", "hard call: 'published studies' invoked with no citation"),
], g='S')
P("http://www.vitamincfoundation.com/forum/viewtopic.php?p=38728&sid=afea2feb685150fac36e1eaa2f767ade",
  "vitamin C forum thread: a member's Lyme disease experience", [
  ("Two of the times I had lyme the tick/rash was identified immediately, and a few weeks of Doxycycline (antibiotic) took care of it.", "", "", "narrative"),
  ("Instead of waiting I immediately took up herbalist Stephen Buhner's recommendations for treating lyme as indicated in his book, Healing Lyme.", "", "", "narrative"),
  ("The herbs and nutrients were helping so much that I did not bother going back for the 30-day test.", "", "", "hard call: narrative of skipping follow-up, not advice to the reader"),
], g='F')
P("https://253676.bcfotw47.asia/community/default.aspx?f=30&m=2553515",
  "copied community forum post: aggressive Lyme treatment", [
  ("Taking doxy isn't aggressive.", "", "", ""),
  ("So by taking only doxy you are creating a population of armored spirochetes that won't be available to treatment.", "", "", "hard call: warns against doxycycline alone, but the post tells the reader to talk to the doctor"),
  ("Please check into this for yourself and talk to you doctor about what drugs you will be given next, and how soon.", "", "P", ""),
], g='F')
P("https://rydocs.com/doxycycline-for-lyme-why-antibiotics-alone-arent-enough/",
  "clinic-directory blog: doxycycline for Lyme, why antibiotics alone aren't enough", [
  ("There are approximately 427,000 new cases of Lyme a year, but there are still no proper and effective protocols on how to best treat the disease.", "", "S", ""),
  ("While doxycycline is often used to help combat the early stages of Lyme, it isn’t enough.", "", "", "hard call: disparages standard treatment but gives no instruction"),
  ("Common misdiagnoses are fibromyalgia, multiple sclerosis, and chronic fatigue syndrome.", "", "", ""),
], g='S')
P("http://accordacupuncture.com/tag/antibiotics/",
  "acupuncture clinic blog: Lyme disease treatment, on the use of antibiotics", [
  ("From the perspective of natural medicine, there is often a better way to treat bacterial infections than taking antibiotics.", "", "M", "hard call: swap framing, herbs in place of prescribed antibiotics, no consult caveat"),
  ("Typically this involves taking a formulation of herbs that has antibiotic medicinals combined with those that promote the body’s response to the infection (for example, they promote sweating), as well as herbs to strengthen the immune system, engender fluids, and clear heat so that the fever does not damage body tissues (all of this hastens and ensures a complete recovery).", "", "C", "'ensures a complete recovery'"),
  ("This way, you avoid the problems of latency, bacterial resistance and re-growth that are associated with pharmaceutical antibiotic treatment.", "", "", "hard call: contrast with antibiotics; the guarantee is in the previous sentence"),
], g='A')
P("https://itsnotjustlyme.com/",
  "Lyme patient's blog: why natural antibiotics for Lyme disease?", [
  ("Whether or not you take prescription or herbal antibiotics, I still think the goal is to be strong enough to come off of them (and stay off them) one day.", "", "", "hard call: personal goal, no instruction to stop"),
  ("I’ve heard too many stories about people who have been on antibiotics for YEARS and are worse off then they’ve ever been.", "", "", ""),
  ("Stephen Buhner, a popular herbalist in the Lyme world, believes herbs are a better option than antibiotics.", "", "", "reported"),
], g='B')
P("https://www.lymenation.org/treatment-2/",
  "Lyme patient-advocacy site: treatment", [
  ("The CDC has estimated that 10-20% of patients remain ill after antibiotic therapy.", "", "", "attributed to the CDC"),
  ("A recent patient survey by a Lyme organization showed that roughly 35% of patients remained ill after antibiotics, even when diagnosed and treated early in the illness.", "", "S", "hard call: unnamed survey"),
  ("A separate study by Dr. John Aucott of Johns Hopkins University, found that up to 50% of patients remained ill after antibiotic therapy.", "", "", "attributed (author and institution)"),
], g='H')
