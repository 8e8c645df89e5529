# sent42 batch 2: period pain, breastfeeding supply, dry eye, earwax, scalp psoriasis
from lib import P

P("https://topnaturalremedies.net/natural-treatment/use-natural-remedies-menstrual-cramps/", "natural-remedy site: menstrual cramps", [
 ("Although more research is needed, a study from 2011 concluded that acupressure and acupuncture are efficient in treating menstrual cramps.", "", "S", "'a study from 2011' with no author or journal"),
 ("Specialists from Mayo Clinic say that ibuprofen has side effects such as provoking cramps and abdominal pains that are similar to those caused by menstruation.", "", "", "attributed"),
 ("You can opt for organic painkillers like turmeric or ginger.", "heading: Organic painkillers", "", "swap for an over-the-counter painkiller (ibuprofen), not a prescribed medicine"),
], g="A")

P("https://www.delikaterayne.com/blogs/dr-diary/period-remedy", "blog on a period-product seller's site: period remedy", [
 ("Luckily, there are natural alternatives that can be taken to ease painful cramps.", "", "", "OTC painkillers; hedged"),
 ("Studies have shown that topically applying heat is just as effective as ibuprofen for treating period cramps.", "", "S", ""),
 ("Studies have shown that women who massaged their abdomens with essential oils had their period cramp duration reduced by almost half a day.", "heading: Essential oils", "S", ""),
 ("Add more magnesium to your life through magnesium-rich foods (nuts, seeds, greens, whole grains), taking magnesium glycinate supplements, using magnesium lotions, or taking a bath with magnesium Epsom salts.", "", "", "no amount"),
], g="S")

P("http://www.stethnews.com/1738/no-drug-cures-for-menstrual-problems/", "health news site: no-drug cures for menstrual problems", [
 ("While ibuprofen and other medications are generally safe and effective, you should think of them as a last resort for menstrual cramps.", "", "", "hard call: over-the-counter painkillers named; not a prescribed medicine"),
 ("This yoga style can help relieve not only menstrual pain, but also extremely heavy flow.", "heading: 1. Yoga Nidra", "", "hedged treatment claim"),
 ("Yoga Nidra is a relaxation-based type of yoga where you meditate for 35 to 40 minutes for five days a week.", "heading: 1. Yoga Nidra", "", "exercise, not a dose"),
 ("Don’t remove the pads for eight hours to get the benefit.", "heading: 4. Heat Pads", "", ""),
], g="N")

P("http://reusablemenstrualcup.com/menstrual-cup-faqs/10-natural-ways-get-rid-of-period-cramps/", "menstrual-cup seller FAQ: natural ways to get rid of period cramps", [
 ("84% of women report having menstrual cramps, and 55% say they need medication to help with the pain, but the idea of relying on chemical painkillers isn’t always appealing.", "", "S", ""),
 ("Even traditional over-the-counter drugs like ibuprofen or paracetamol can cause serious problems like liver damage or bleeding disorders with extended use.", "", "", ""),
 ("Cramps are painful, true, but you should never feel trapped into a treatment option that makes you uncomfortable.", "", "", "hard call: about OTC painkillers in context; no prescribed medicine"),
 ("In one study, two times as many women in the high-stress category reported period cramps as compared to those in the low-stress category.", "heading: 3. Chill Out!", "S", ""),
], g="S")

P("https://www.ipl.org/essay/Period-Cramps-Essay-F3A5XQPBUXPV", "student essay site: period cramps", [
 ("Using prescribed drugs on a monthly basis is very unhealthy for any woman 's body.", "next sentence: Fortunately, there are numerous natural remedies for period cramps which may equally help relieve the abdomen and lumbar pain brought on by menstrual cramps.", "M", "hard call: swap framing against prescribed drugs, no consult caveat"),
 ("It is recommended that women start taking the medication on the day the period begins, though taking them a few days before it starts can also be an options.", "", "", "timing of OTC NSAIDs, no amount"),
 ("In case you are unsure of how to take these medications, consult a medical professional about the matter.", "", "P", ""),
 ("However, it is suggested that any woman who is considering medication should at the very least try some natural pain release techniques very first.", "", "", "hard call: non-drug measures first is standard advice; does not tell anyone to stop a medicine"),
], g="G")

P("http://babysnacks.blogspot.com/2011/03/supply-tip-fenugreek.html", "breastfeeding blog: supply tip fenugreek", [
 ("Disclaimer regarding supply: True low milk supply is rare.", "", "", ""),
 ("That means you can feel confident testing them out on your own personal body and seeing if they have an effect on your own personal milk supply.", "", "", ""),
 ("In most instances, milk supply will remain at the new, higher volume level.", "", "", ""),
 ("If not, there are no risks associated with long term use of Fenugreek.", "", "C", "unqualified safety claim"),
], g="B")

P("https://ummeahmad.wordpress.com/2012/10/11/beyond-fenugreek-a-guide-to-herbs-to-increase-your-milk/", "blog: herbs to increase milk supply", [
 ("Mothers facing supply issues should always seek the counsel of a board certified lactation consultant who can help pinpoint and treat the true cause or causes.", "", "P", ""),
 ("It should be noted that herbs alone will not cure or treat poor supply problems caused by ineffective latch or infrequent nursing, though they may play a part in an overall holistic treatment plan.", "", "", "negation"),
 ("The optimal dosage for alfalfa is four capsules three times daily.", "", "O", "consumer dose, no caveat in the section"),
 ("Alfalfa is largely considered to be very safe with very few side effects, though there have been isolated reports of allergic reactions.", "", "", "hedged"),
], g="B")

P("https://www.breastfeedingfaqs.com/discover-vault/the-underfed-baby-and-low-milk-supply/increasing-milk-supply/herbs-to-increase-milk-supply", "breastfeeding information site: herbs to increase milk supply", [
 ("There is not enough evidence to say that herbs and other plants used by mothers to increase milk supply are safe or effective.", "", "", ""),
 ("Fenugreek is often used to increase milk supply, but there are few studies on its effectiveness and some people are allergic to it.", "", "", ""),
 ("Studies of these have included nearly 2,000 plant species and they have shown a range of benefits, including antimicrobial, antioxidant, anti-inflammatory, pain-reducing, and anti-depressant activity (Sibeko 2021).", "", "", "cited"),
], g="H")

P("https://www.earthclinic.com/cures/natural-remedies-for-dry-eyes2.html", "remedy forum: dry eyes natural remedies (reader posts)", [
 ("After 4 visits to the eyes doctors, and they prescribing Zylet, Restasis, Lastacaft, and too many other medications to list here, nothing brought me relief.", "reader post", "", "narrative"),
 ("You could try just putting the castor oil on your eyelids.", "reader reply", "", ""),
 ("Yes, I too find that castor oil burns a bit and blurs the vision because of the oil.", "reader reply", "", ""),
], g="F")

P("http://homesteadinghomemaker.blogspot.com/2016/09/natural-solution-for-dry-eyes.html?showComment=1474330519619", "homemaking blog: natural solution for dry eyes", [
 ("When you stop putting the drops in your eyes, you go right back to where you started, dry eyes.", "", "", ""),
 ("If it at all possible I have no desire to be on a prescription for the rest of my life.", "", "", "first-person narrative"),
 ("What I found was not only inexpensive but effective!", "", "", ""),
 ("I put a couple drops in each eye at night before I go to bed.", "", "", "first-person narrative"),
], g="B")

P("https://www.ondietandhealth.com/resources/natural-help-for-dry-eye/", "clinical nutritionist's site: natural help for dry eye", [
 ("Natural help for dry eye symptoms may reduce dry eye pain, itchy and burning without prescription eye drops or medical intervention.", "", "", "hard call: hedged ('may'); does not tell the reader to skip care"),
 ("Having worked since 1985 as a Clinical Nutritionist in San Antonio, I prefer natural treatment options.", "", "", ""),
 ("The goal is to control Demodex Mites that might be present (not true for everyone so get a proper diagnosis!) and help eyelid Meibomian Glands release their fatty fluid to protect tears.", "", "P", "hard call: 'get a proper diagnosis' prompts professional assessment"),
], g="A")

P("https://www.felipephotons.com/post/castor-oil-drops-great-for-dry-eyes", "personal blog: castor oil drops for dry eyes", [
 ("I automatically discarded mineral oil because it's derived from petroleum and has been shown to have a ton of toxins.", "", "S", "hard call: 'has been shown' with no source"),
 ("It turns out there is actually an illness called \"meibomian gland dysfunction (MGD)\" where those glands are unable to produce the lipid / oil necessary for natural eye moisture.", "", "", ""),
 ("Several scientific studies have shown that castor oil is adequate for treating dry eyes:", "followed by quotes with no reference", "S", ""),
], g="B")

P("https://snippets.com/does-ear-candling-work.htm", "Q&A site: does ear candling work?", [
 ("According to the vast majoritity of medical research, ear candling does not work.", "answer 1", "", ""),
 ("It removes the wax safely with no discomfort.", "answer 2", "C", "unqualified safety claim"),
 ("Ear candling is safe as long as you go to a reputable practitioner.", "answer 3", "C", "hard call: safety claim whose only condition is the practitioner"),
 ("You can give it a try and see if it works for you.", "answer 3", "", ""),
], g="F")

P("https://bluemoonni.co.uk/products/pair-of-ear-candles", "product page: pair of ear candles", [
 ("When used correctly, ear candling can be a secure and effective treatment for the build-up of earwax.", "", "C", "hard call: seller's safety claim ('secure') for a practice with burn reports"),
 ("However, it is recommended you get a friend to do this for you, for safety reasons.", "", "", ""),
 ("When they light the candle, this will create a gentle suction, caused by the combination of warm and cold air moving through the hollow centre, which draws out the wax and any other impurities from the inner ear.", "", "", "mechanism claim, no cure or safety wording"),
], g="S")

P("https://www.crutchfielddermatology.com/blog/does-a-candle-flame-remove-earwax/", "dermatology practice blog: does a candle flame remove earwax?", [
 ("The FDA and the Canadian government disagree, and both have come out against these fraudulent claims.", "", "", "debunking"),
 ("In most cases earwax will come out on its own, and if not, you should see your doctor.", "", "P", "safety-netting"),
 ("Avoid these silly products and save the cones for your ice cream.", "", "", ""),
], g="H")

P("http://www.internetdict.com/answers/what-is-ear-candling.html", "Q&A content site: what is ear candling?", [
 ("One end of the candle is heated, creating a sort of suction, drawing out toxins and ear wax.", "next sentence: This has been proven false, and dangerous however.", "", "debunked in the next sentence"),
 ("This has been proven false, and dangerous however.", "", "", ""),
 ("I wouldn’t recommend this process to anyone, no matter what your friendly neighborhood hippy says.", "", "", ""),
], g="G")

P("http://homeo-pathic.esy.es/cure-psoriasis-of-the-scalp-naturally.html", "content site: cure psoriasis of the scalp naturally", [
 ("Cure Psoriasis Of The Scalp Naturally", "page title", "C", "title states a cure as fact"),
 ("Nearly half of all people who develop psoriasis on other parts of their body will eventually get it on the scalp.", "", "S", ""),
 ("Home remedies can work well as a natural cure for psoriasis.", "", "C", ""),
 ("This can be a very effective cure for psoriasis if you do it regularly.", "heading: 3. Reduce your stress level.", "C", "deep breathing as a cure"),
 ("Stress can cause psoriasis.", "", "", ""),
], g="G")

P("https://dermamantra.com/natural-remedies-to-cure-scalp-psoriasis/", "skin-care content site: natural remedies to cure scalp psoriasis", [
 ("13 Natural Remedies to Cure Scalp Psoriasis", "page title", "C", ""),
 ("Coconut oil is the best remedy for scalp psoriasis as it has always given outstanding results.", "heading: 3. Coconut Oil For Scalp Psoriasis", "C", "hard call: 'always given outstanding results' = works-for-everyone claim"),
 ("Repeat this method at least twice a week.", "", "", ""),
], g="G")

P("http://www.girlscosmo.com/5-effective-home-remedies-for-scalp-psoriasis/", "lifestyle site: home remedies for scalp psoriasis", [
 ("The inflammation and plaque caused by this illness can lead to serious hair loss if left untreated.", "", "", ""),
 ("It has the power to eradicate plaques caused by psoriasis.", "heading: Aloe Vera:", "C", ""),
 ("Add a pinch of turmeric to hot milk and drink the mixture every night.", "", "", "kitchen recipe, not a dose"),
 ("Consume at least 8 glasses of water every day to keep yourself hydrated.", "", "", "fluid intake"),
], g="G")

P("https://www.beautyglimpse.com/15-natural-home-remedies-treat-scalp-psoriasis/", "beauty site: home remedies for scalp psoriasis", [
 ("Even though there are quite a few medications to treat this skin disorder, we have compiled a list of some natural home remedies for its healing.", "", "", ""),
 ("Being a natural emollient, it will get soaked by your scalp and heal the patches.", "heading: 2. Castor Oil", "C", "hard call: guaranteed healing ('will ... heal the patches')"),
 ("Using this onto the scalp at least thrice a day will help you get rid of psoriasis completely.", "heading: 7. Apple Cider Vinegar", "C", ""),
], g="G")

P("https://zevect.com/home-remedies-for-scalp-psoriasis/", "content site: home remedies for scalp psoriasis", [
 ("Who says that every disease or health problem must be treated using medicines?", "", "", "question"),
 ("In long term consumption, those medicines will become poison.", "next sentence: Let’s slowly move to the more natural method.", "M", "hard call: tells readers to move off their medicines, no consult caveat"),
 ("Why do you keep on poisoning yourself if there’s a safer way to cope with your health problem?", "", "M", "hard call: rhetorical push to stop medicines"),
 ("It’s believed that scalp psoriasis has no cure but still, it’s possible to treat it to ease the occurring symptoms.", "", "", ""),
 ("Once again, don’t think about the medicines.", "", "M", "hard call: steers away from medicines for scalp psoriasis"),
], g="G")

P("http://dermaclue.com/scalp-psoriasis-home-remedies-treatment/", "skin content site: scalp psoriasis home remedies", [
 ("Scalp psoriasis home remedies treatment can become a solution to eliminate the symptoms of scalp psoriasis naturally.", "", "", "hedged ('can become')"),
 ("Even though your condition can not be cured, you can eliminate the symptoms.", "", "C", "hard call: promise to eliminate symptoms"),
 ("If the symptoms can be eliminated, you will no longer feel painful or itchy.", "", "", "conditional"),
], g="G")
