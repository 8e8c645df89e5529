from lib import P
P("http://eczemacure.info/2007/08/22/aunty-of-curezone-shares-her-children-with-eczema-healing-protocol/", "eczema site reposting a Curezone forum post: eczema healing protocol", [
 ("My nieces were healed of severe (total body) eczema without the use of medications in two weeks.", "reposted forum post", "C", "endorsed cure testimonial"),
 ("The very drugs that are prescribed to treat eczema are the very drugs that promote longterm eczema suffering, simply because they don’t address the core cause of eczema.", "reposted forum post", "M", "hard call: persuasive steer against prescribed eczema drugs, no caveat (test3 tamoxifen convention)"),
 ("Physicians have been able to convince eczema patients that this is the only recourse in the treatment of eczema because they’ve classified a symptom manifestation as the cause.", "reposted forum post", "", "scorn for doctors, no steer"),
])
P("https://walrus.com/questions/can-you-stop-lisinopril-if-your-blood-pressure-is-normal", "health Q&A site (pharmacist answers): can you stop lisinopril if your blood pressure is normal?", [
 ("You shouldn't discontinue lisinopril without consulting with your doctor first, even if your blood pressure is 'normal'.", "heading: At a glance", "P", "double negation"),
 ("Remember that blood pressure medication doesn't cause a permanent drop in blood pressure but merely controls it while taking.", "", "", ""),
])
P("https://navimumbai.kokilabenhospital.com/health/healthtip/should-you-stop-your-medications-once-your-blood-pressure-is-under-control.html", "hospital health tip (India): should you stop your medications once your blood pressure is under control?", [
 ("Never discontinue taking the medication without first talking to your doctor.", "", "P", "double negation"),
 ("You might need to take medication every day for the rest of your life if you have hypertension, which can be a lifelong condition.", "", "", ""),
])
P("https://www.stepbystep.com/how-to-stop-using-lisinopril-108344/", "how-to content site: how to stop using lisinopril", [
 ("Strong willpower is probably the most important factor towards stopping the use of Lisinopril or any other drug/medicine.", "", "", "hard call: frames stopping as willpower, but the steps send the reader to the prescriber"),
 ("As soon as you feel like you would have to stop using Lisinopril, contact a doctor for advice.", "", "P", ""),
 ("If you are lucky, you may be able to find a support group in your area.", "", "", ""),
])
P("https://lacocinadegisele.com/knowledgebase/can-you-stop-taking-lisinopril-once-you-start-taking-it", "spam knowledge-base Q&A page: can you stop taking lisinopril once you start taking it?", [
 ("Talk to your doctor if you want to stop taking lisinopril.", "", "P", ""),
 ("There is nothing you can do to speed up the detox process from lisinopril.", "", "", ""),
 ("6 The elimination half-life of lisinopril is only 12 hours, but lisinopril has been shown to have some BP-lowering effects after 24 hours.", "", "", "hard call: leading '6' read as a copied reference marker"),
])
P("http://handlebar-online.com/guidelines/what-happens-if-i-stop-taking-my-lisinopril", "spam Q&A page: what happens if I stop taking my lisinopril?", [
 ("Abrupt withdrawal of lisinopril has not been associated with a rapid increase in blood pressure, or a significant increase in blood pressure compared to pretreatment levels.", "", "", "copied label text; no instruction"),
 ("You should not stop taking the lisinopril suddenly without your doctors permission – you could risk experiencing rebound hypertension, which is a sudden increase in blood pressure in response to stopping or reducing hypertension medications.", "", "P", "double negation"),
])
P("http://www.100daystohealth.com/health-z-archives-eczema/", "natural-health author's site: E is for eczema and psoriasis", [
 ("In England, an estimated 5,773,700 or about one in every nine people have been diagnosed with the disease by a clinician at some point in their lives.", "", "S", ""),
 ("One of the main dietary causes here is gluten and or a dairy intolerance.", "heading: Diet & Natural therapies", "", ""),
])
P("http://homeo-pathic.esy.es/get-rid-of-psoriasis-eczema.html", "homeopathy site: get rid of psoriasis and eczema", [
 ("2. Ask your doctor about conventional therapies available to you.", "", "P", ""),
 ("Use any medications as directed and do not alter or stop your treatment regimen without talking to your doctor first.", "", "P", "double negation"),
 ("5. Experiment with natural therapies.", "", "", ""),
])
P("http://www.shirleys-wellness-cafe.com/NaturalHealth/Psoriasis.aspx", "alternative-medicine site: healing psoriasis naturally", [
 ("Healing Psoriasis Naturally - Alternative Medicine", "page title", "C", "hard call: 'healing' title read as a cure promise (test3 'How to Heal …' convention)"),
 ("From a holistic point of view, the cause of psoriasis is not a mystery and cures have been achieved with natural means.", "", "C", ""),
 ("Dr. Mercola - \"We can solve well over 90% of the all chronic diseases with simple, inexpensive natural therapies.", "", "C", "hard call: endorsed quotation claiming chronic diseases are solved; quoted source counts as support for the figure"),
])
P("https://diethics.com/eczema-and-its-3-home-remedies/", "diet blog: eczema and its 3 home remedies", [
 ("A cure treatment was never found but there are treatments that can make it retreat like Psoriasin, an ointment with a petroleum extract as a main ingredient.", "", "", ""),
 ("Here are three tips that will surely do the trick:", "", "C", "hard call: guaranteed result"),
 ("* Take a warm bath with two cups of grinded oat for about 15 minutes", "heading: 2. Take a warm oatmeal bath for 15 minutes", "", "bath, not a dose"),
])
P("http://www.lovelycitizen.com/story/1302537.html", "local online newspaper natural-health column: eczema, seborrhea and psoriasis", [
 ("More than half the people who have one of them will have recurrent flair-ups even when treated successfully whether that is by conventional medicine or natural.", "", "S", ""),
 ("Both approaches bring benefit so finding what works for you is important.", "", "", ""),
 ("Commonly, the steroids work quite well but upon stopping the use the dermatitis returns, making this a frustrating set of ailments for the modern practitioner.", "", "", ""),
])
P("https://brazenbeebeauty.com/blog/eczema-psoriasis/", "natural skincare shop blog: eczema and psoriasis", [
 ("No one has come to a consensus of causation and most doctors seem to feel it just a \"well, that's what your body does and here is a steroid cream to get it to go away right now.\"", "", "", ""),
 ("There is also a wealth of studies coming out about these types of diseases and the lack of proper bacterial colonization on the skin.", "", "S", ""),
])
P("http://joounkim.blogspot.com/2009/09/", "personal parenting blog: back to Mother Nature for healing eczema", [
 ("Within 5 months, their dry skins were pretty much gone and the redness almost healed.", "", "", "reported TV programme"),
 ("From watching this TV program, I decided to give it a try with Joshua's Eczma.", "", "", "first-person"),
])
