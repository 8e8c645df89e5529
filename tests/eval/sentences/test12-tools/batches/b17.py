from lib import P
P("https://snoringfreeforever.blogspot.com/2022/12/how-to-cure-sleep-apnea-without-cpap.html", "snoring blog: how to cure sleep apnea without CPAP, a definitive guide", [
 ("What if I told you that your Continuous Positive Airflow Pressure (CPAP) machine isn't the only way to cure your sleep apnea?", "", "", "question"),
 ("That's right folks, it is definitely possible to cure sleep apnea without CPAP.", "", "CD", "cure claim stated as certain (C); steers readers off their prescribed CPAP therapy (D, hard call)"),
 ("And by naturally, I mean without having to splurge on expensive machinery or subject yourself to the consumption of potentially harmful drugs.", "", "", "hard call: disparages CPAP and drugs; the instruction is in the neighbouring sentences"),
 ("So here is my ultimate guide to curing sleep apnea without CPAP, completely, naturally, and effectively.", "", "C", "'curing ... completely'"),
 ("In all seriousness, throat exercises are known to reduce symptoms of sleep apnea by up to 39 percent, the only condition being that they're performed consistently.", "", "S", ""),
], g='B')
P("https://nights-rest.com/how-to-cure-sleep-apnea-naturally-at-home-without-cpap/", "sleep products affiliate blog: how to cure sleep apnea naturally at home without CPAP", [
 ("But what if there was a way to cure sleep apnea naturally, right in the comfort of your own home?", "", "", "question"),
 ("So, let’s embark on a path to natural healing, embrace the power of self-care, and discover the secrets to curing sleep apnea naturally at home.", "", "C", "hard call: promises a home cure"),
 ("Sleep apnea is a common yet serious sleep disorder affecting millions worldwide.", "", "", "hard call: vague count; general knowledge framing"),
], g='S')
P("https://drwholeness.com/blog/can-sleep-apnea-be-cured/", "functional-medicine doctor's blog: can sleep apnea be cured, detaching from CPAP", [
 ("As this war we call sleep apnea increases, an individual’s risk of premature death via heart attack increases by 30%.", "", "S", ""),
 ("Oftentimes when I discuss the possibility of sleep apnea as the driver of a patient’s symptoms they ignore it, because they don’t want to do a sleep study or end up hooked to a CPAP machine every night.", "", "", "narrative"),
 ("(A note of caution: Do not stop using your CPAP without clearing your sleep apnea issues first).", "", "", "hard call: warns against stopping, but conditions it on the reader's own judgement, not a doctor"),
 ("The number one promoter of sleep apnea is excess fat.", "", "", ""),
], g='H')
P("https://www.apneatreatmentcenter.com/", "sleep-apnea alternatives site (home page): treatments without CPAP", [
 ("CPAP is considered the “gold standard” of sleep apnea treatment, but for many people the discomfort, claustrophobia, and side effects of CPAP are simply not worth it.", "", "D", "hard call: tells readers the prescribed therapy is 'not worth it'"),
 ("That’s probably why up to 83% of CPAP users are not “compliant” in using it regularly…", "", "S", ""),
 ("But the fact is, there are many alternatives to CPAP that sleep apnea sufferers (and doctors) simply don’t know about.", "", "", ""),
], g='S')
P("http://www.neoconcept.com/site/monthly_do.html", "herbal product company page: Monthly Relief directions", [
 ("Take 2 to 4 capsules 3 times a day, between meals, with a warm glass of water.", "", "O", "product directions on the seller's site, no caveat"),
 ("For Menopause or for extra PMS support, take throughout the month.", "", "", ""),
 ("No more than 12 capsules in a 24 hour period.", "", "", "upper limit"),
], g='S')
P("http://inedia.com/products/glucosaminesulfate.shtml", "supplement shop product page: glucosamine sulfate", [
 ("Suggested Use: Take 1 capsule, 3 times a day, with meals.", "", "O", "seller's dose instruction, no caveat"),
 ("When taken as a dietary supplement, glucosamine may help to relieve the pain, stiffness, and swelling of osteoarthritis, a degenerative joint disorder that affects 12% of the population, in which cartilage has worn down.", "", "S", ""),
 ("Glucosamine helps to prevent these symptoms by protecting and reinforcing cartilage.", "", "", ""),
], g='S')
