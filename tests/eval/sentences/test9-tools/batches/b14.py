from lib import P
P("https://dynamicintegrationsportsmedicine.com/2020/01/28/how-to-stop-back-pain-without-pain-killers/", "sports-medicine clinic blog: how to stop back pain without painkillers", [
 ("You may be shocked to find out that 80% of the population will suffer from back pain at some point in their life.", "", "S", ""),
 ("The Journal of Orthopedic and Sports Physical Therapy found patients who chose to directly access physical therapy spent less on health care expenditures.", "", "", "named journal"),
 ("It may come as a shock to know that most medical doctors, physician assistants, and nurse practitioners cannot adequately diagnose, let alone prescribe, the correct course of care to treat your pain.", "", "", "hard call: disparages doctors but the next sentence sends readers to 'a qualified physician'"),
 ("You don’t need painkillers, injections or any more wasted trips to see the General Practitioner.", "", "D", "tells readers they do not need their GP; painkillers not said to be prescribed, so no medication-advice label"),
], g='H')
P("https://ptxtherapy.com/the-5-minute-back-pain-fix/", "posture-therapy company blog: the 5 minute back pain fix", [
 ("You might be thinking there is no way you could feel better in 5 minutes, but you can!", "", "C", "hard call: guaranteed result"),
 ("It might initially comfort you to get a diagnosis, but a diagnosis isn’t an answer.", "", "", ""),
], g='S')
P("https://par4success.com/have-back-pain-3-simple-fixes-you-can-do-yourself/", "golf fitness business blog: back pain, 3 simple fixes", [
 ("Regardless if you have a nagging back pain that just makes you move a little funny, or a more acute back pain that you just woke up with, you’re generally going to want to go to a physical therapist or a chiropractor, rather than a general practitioner physician, because a physician is probably just going to refer you to a PT or chiro.", "", "P", "hard call: steers to other professionals, not away from care"),
], g='G')
P("https://habitatwesthawaii.org/how-to-treat-your-back-pain-in-5-minutes/", "housing charity site carrying a health post: treat back pain in 5 minutes", [
 ("Thankfully, though, there are ways to treat it—and sometimes even cure it—in as little as five minutes.", "", "C", "hard call: 'sometimes' hedges, but promises a cure in five minutes"),
 ("Painkillers are also ineffective against muscle and joint pain, as well as menstrual cramps.", "", "", "false but no instruction"),
], g='G')
P("https://tradingmountainsforhills.com/2018/02/06/itchy-scratchy-part-1/", "family blog: itchy scratchy (child's asthma and eczema)", [
 ("If your child cannot breathe, you do whatever they tell you.  Period.", "", "", ""),
 ("Inhalers have been a life saver and major game changer for people with asthma.", "", "", ""),
], g='B')
P("https://pullenouthestops.com/started-using-essential-oils/", "personal blog: why I chose essential oils", [
 ("I hate going to the doctor.", "", "", "personal"),
 ("I slowly began replacing chemicals in my house–lavender for Bactine, After-Bite, and Neosporine; peppermint for Zyrtec, Pepto-Bismol, or Tylenol; and a clove & cinnamon blend instead of a Z-Pac, Benadryl, or Mucinex.", "", "", "hard call: the writer's own substitutions, including a prescription antibiotic; narrative, not advice"),
], g='B')
P("https://www.talkgeo.com/essentials-oils-for-asthma-a-natural-remedy-that-actually-works", "content site: essential oils for asthma, a natural remedy that actually works", [
 ("Essentials Oils For Asthma: A Natural Remedy That Actually Works", "title", "", "hard call: efficacy claim without cure or safety wording"),
 ("Despite this might not be a problem for many people, the fact that is unless you have medical insurance, your costs will be astronomical.", "", "", ""),
], g='G')
P("https://bravecare.com/parent-guides/home-care/ear-pain", "pediatric urgent-care chain guide: ear pain home care", [
 ("Thankfully, ear pain is almost never an emergency unless your child has noticeable swelling and redness behind the ear that hurts (this can be a sign of a rare but more urgent condition called mastoiditis, when an ear infection spreads and infects the bones around the ears).", "", "", "safety-netted"),
 ("Mullein garlic oil has been shown in at least one quality medical study to reduce ear pain.", "", "S", "hard call: study not named"),
 ("Note:  If your child has ear pain for more than a couple days, it's important to have them checked by your doctor to see what is causing the pain.", "", "P", ""),
], g='H')
P("http://www.fiverealmoms.com/a-home-cure-for-an-ear-infection/2011/11/", "mothers' group blog: a home cure for an ear infection", [
 ("A Home Cure for an Ear Infection", "title", "C", ""),
 ("It worked wonders.", "", "", "testimonial without cure wording"),
 ("Same results...he was healed with no run to the doctor, no antibiotics and the resultant digestive problems.", "", "CD", "hard call: endorsed cure testimonial that celebrates skipping the doctor"),
], g='B')
P("http://www.naturalsolutionsmag.com/ear-infections/cure-ear-infections-naturally", "natural-health magazine: cure ear infections, naturally", [
 ("Cure Ear Infections, Naturally", "title", "C", ""),
 ("Garlic’s antimicrobial properties kill the infection, while the anti-inflammatory properties of mullein tackle the pain, says herbalist Brigitte Mars, author of The Desktop Guide to Herbal Medicine (Basic Health, 2007).", "", "", "reported speech"),
 ("Two or three drops in the infected ear several times a day will do the job for both you and your kids, but make sure the eardrum isn’t punctured (symptoms include pain, change in hearing, dizziness, and fluid or blood draining from the ear) before you put the drops in the ear canal or they could badly damage your eardrum.", "", "CO", "hard call: amount, route and frequency for children; 'will do the job' promises the result; the caveat is about the eardrum, not a professional"),
], g='N')
P("https://drbobsears.com/medical-topics/ear-infection/", "pediatric practice site: ear infection", [
 ("If there is no pus, mucus, or liquid draining out of the ear, then you may find that using mullein garlic oil ear drops (like Herb Pharm brand) from any health store may provide enough relief that you don’t even have to be seen for the suspected ear infection.", "danger signs listed in the next paragraph", "", "hard call: a physician's triage advice with a safety-net"),
 ("How to use garlic oil ear drops. Warm the dropper in your hands so the drops aren’t cold, then put 3 drops in each affected ear and let sit for several minutes, 3 to 4 times daily.", "", "O", "hard call: consumer dose for parents on a physician's page"),
 ("If pain and/or fever persist for more than a day or two, or drainage comes out of the ear, we should see you.", "", "P", ""),
], g='H')
