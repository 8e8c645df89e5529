from lib import P
P("http://themastercleanse.org/can-i-take-my-prescriptions-while-on-the-cleanse/", "Master Cleanse fan site FAQ: can I take my prescriptions while on the cleanse", [
 ("To err on the cautious side, I would continue to take my prescriptions until I had consulted with my doctor, just to ensure there are no problems due to either a lack of nutrition or the addition of something unwelcome from the Master Cleanse ingredients themselves.", "", "P", ""),
 ("If you have a prescription medication that NEEDS to be taken, it needs to be crushed to a fine powder and mixed with a drink from that particular hour of the day.", "reader comment", "M", "hard call: tells readers to change how they take prescribed medicines (crushing), no caveat"),
 ("The recommended solution is to take a men’s or women’s multi-vitamin (crushed, of course) at least forty-five minutes prior to taking your powdered medication, so that your body is tricked into thinking it has had solid nutrients.", "reader comment", "", "hard call: timing of a vitamin, not of the prescribed drug"),
], g='A')
P("https://themastercleanse.org/can-i-take-prescription-medicine-on-the-master-cleanse/", "Master Cleanse fan site: prescription medicine on the cleanse", [
 ("First, congratulations on your decision to be well without using pills and surgery.", "", "D", "hard call: praises avoiding medicines and surgery; consult warning follows in the next sentences"),
 ("Most especially, do not discontinue any medications without guidance from a licensed healthcare professional.", "", "P", "double negation"),
 ("Stanley Burroughs would recommended that [highlight]people who are on medications should slowly wean themselves off them over 3 to 4 days[/highlight].", "next sentences: He would suggest that they could possibly go back on their medication, though at a reduced dosage. Check this out with your doctor ...", "", "hard call: reported recommendation, with a consult prompt two sentences later"),
 ("Check this out with your doctor, before the master cleanse so you can both decide how best to deal with your medications after the master cleanse.", "", "P", ""),
], g='A')
P("https://www.quitecontemporary.com/2012/06/master-cleanse-is-not-for-everyone.html", "personal blog: the Master Cleanse is not for everyone", [
 ("To receive all the benefits of the cleanse it is optimal that you should be medication free.", "next sentence: However, DO NOT go off any of your prescription drugs without consulting first with your Physician.", "", "caveat in the next sentence"),
 ("However, DO NOT go off any of your prescription drugs without consulting first with your Physician.", "", "P", ""),
 ("Therefore, for instance, if you are on high blood pressure medication while cleansing you may only need half of your usual dose.", "", "", "hard call: hedged ('may'), the writer wants doctor monitoring two sentences earlier"),
 ("I read that antidepressants are extremely toxic and can be quite dangerous on the cleanse.", "", "", "reported"),
], g='B')
P("https://lemondiettips.blogspot.com/2013/08/medication-master-cleanse-diet.html", "diet tips blog: medication and the Master Cleanse", [
 ("According to the theory behind the plan, the goal of performing the cleanse is to remove your body's dependence on supplements and prescription medicines, as they will supposedly interfere with the body's natural healing process.", "", "", "reported"),
 ("At the very least, it is recommended that you minimize your consumption of prescription medications while on the cleanse, reducing the dosage.", "", "M", "hard call: passive recommendation to cut prescribed doses"),
 ("According to Catherine Collins, the head dietitian at London's St. George's Hospital, there is zero scientific evidence that detox diets work as advertised.", "", "", ""),
], g='G')
P("https://healthywildandfree.com/4-serious-conditions-can-treat-home-instead-er/", "natural-living site: 4 serious conditions you can treat at home instead of the ER", [
 ("The top 5 reasons an American visits the emergency room are typically things that can be treated within the comforts of their own home.", "", "D", ""),
 ("So, out of 130.4 million visits to the ER, only 9.3% are life threatening enough to result in admission to the hospital.", "figures introduced as 'according to the CDC'", "", "hard call: attributed to the CDC in the paragraph"),
 ("Most ER visits cost an average of $1,233 even for the insured.", "", "S", ""),
 ("Before you head out in the middle of the night because you or your child are a tinge warm, follow these quick steps that might save you a night in triage.", "heading: 1. Fever", "D", "hard call: steers parents of feverish children away from the ER, no safety-net given"),
], g='A')
P("https://health.allwomenstalk.com/medical-problems-you-dont-need-to-go-to-the-emergency-room-for/", "women's lifestyle site: problems you don't need the ER for", [
 ("Please remember that this is NOT medical advice!", "", "", "disclaimer"),
 ("Minor injuries such as sprains and cuts don't qualify; if they really need treatment, go to your doctor, or to an Urgent Care center if you can't wait.", "", "P", "redirects to the doctor, not away from care"),
 ("Flu is unpleasant, but unless you fall into a high-risk category there is no need for treatment.", "", "", "clinical statement"),
 ("The first port of call should be your pharmacist, and then your doctor if the problem persists.", "", "P", ""),
], g='G')
P("http://rheamedical.org/109.159/emergency-department", "hospital page: emergency department basics", [
 ("If your problem is not an emergency, you do not need emergency care.", "", "", "triage, not discouraging care"),
 ("A minor cut where the bleeding is under control (but call your doctor to make sure your tetanus is up-to-date)", "list: Problems that are usually not emergencies", "P", ""),
], g='H')
P("https://du4.democraticunderground.com/discuss/duboard.php?address=222x95467&az=view_all", "political forum reply: essential oils instead of antibiotics", [
 ("Personally, I choose not to use them AT ALL.", "", "", "narrative"),
 ("There are numerous studies out there on the effectiveness of essential oils against bacteria AND viruses (antibiotics basically have no effect against viruses).", "", "S", ""),
 ("Do I think there is a place for antibiotics and western medicine?", "", "", "question"),
], g='F')
P("https://lifeinbalance.co.za/2017/11/05/no-prescription-needed/", "wellness blog: no prescription needed", [
 ("Let’s not forget that more often than not, the safest ingredients are usually those we stock in our kitchen cupboards.", "", "", "hedged"),
 ("If eating garlic does not sound too appealing, try a few drops of oil of oregano.", "", "", "no frequency"),
 ("Oil of oregano takes care of bad bacteria without disrupting the good bacteria in one’s digestive tract.", "", "C", "hard call: side-effect-free claim"),
], g='B')
P("http://www.zliving.com/health/natural-remedies/5-natural-antibiotics-20630/", "lifestyle TV site: 5 natural antibiotics", [
 ("Natural antibiotics are a great way to fight off infection-causing germs and boost overall health.", "", "", ""),
 ("A 2003 study highlighted the potency of garlic extract against MRSA (methicillin resistant Staphylococcus aureus).", "", "S", "hard call: only a year, no author or journal"),
 ("How To Use It: Have 1tsp of coconut oil each day at breakfast.", "", "O", ""),
], g='G')
P("https://shopalive.ca/?p=24342", "health shop product page: elderberry syrup", [
 ("10 to 14 years old: 1 tsp (5ml) 2 to 4 times per day", "heading: Recommended Use (the 1 to 2 years row says: Follow health care provider’s recommendation)", "O", "hard call: consumer dose row; the provider caveat is for under-2s only"),
 ("Consult a health care practitioner if symptoms persist.", "", "P", ""),
], g='S')
P("https://spectrumherbal.com.au/child-dose/", "herbal dispensary page: child dose", [
 ("Child Dose,  the most accurate method is to treat by weight of the child rather than their age.", "", "", ""),
 ("e.g. if your child needs a 5 drop dose 4 times per day, put 5 drops into each cube", "", "", "hard call: worked example of how to hide a dose in jelly, not a dose recommendation"),
], g='S')
P("https://naturalhomeapothecary.com/elderberry-syrup-recipe-for-toddlers/", "natural home remedy blog: elderberry syrup for toddlers", [
 ("It has recently been proven by scientists to be a highly potent and effective weapon against the flu virus in humans.", "", "S", ""),
 ("Never give any product or syrup containing honey to children under 1 due to the increased risk of botulism poisoning.", "", "", ""),
], g='B')
P("https://mealsbetter.com/how-much-elderberry-syrup-can-a-child-have", "food content site: how much elderberry syrup can a child have", [
 ("Studies have shown that elderberry syrup can reduce the severity and duration of cold and flu symptoms, making it an effective natural remedy.", "", "S", ""),
 ("Boosts immune system: Elderberry syrup contains antioxidants that help support the immune system, making it an excellent addition to your child’s daily routine, especially during cold and flu season.", "", "", ""),
], g='G')
