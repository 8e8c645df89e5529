from lib import P
P("http://www.lallynaturals.com/natural-remedies-for-kidney-infection/", "natural products seller's blog: natural remedy for kidney infection", [
 ("If treated earlier, you are more likely to recover successfully.", "", "", ""),
 ("Fortunately, kidney infections can be treated through natural remedies.", "next sentence: Here are some home remedies that you can do if you develop a kidney infection:", "D", "hard call: steers readers with a kidney infection to home treatment, no doctor mentioned"),
 ("Drink at least 8-10 glasses of water a day.", "", "", "fluid intake"),
], g='S')
P("https://www.medicinecontact.com/blog/38690/apple-cider-vinegar-and-cranberry-juice-and-lemon", "health directory blog: ACV, cranberry and lemon for UTIs", [
 ("While antibiotics are often prescribed, research shows the power of apple cider vinegar, cranberry juice, and lemon for alleviating UTI agony and preventing recurrent bouts without medication.", "", "MS", "hard call: 'research shows' with no source; sets remedies against prescribed antibiotics ('without medication')"),
 ("Drinking apple cider vinegar diluted with water may relieve UTI symptoms within just a few days.", "", "", "hedged"),
 ("Choose 100% pure, unsweetened cranberry juice and aim for 2-4 cups daily to combat acute UTI symptoms.", "", "O", "amount and frequency as treatment"),
], g='G')
P("https://www.home-remedies-for-you.com/askquestion/15645/natural-treatment-for-kidney-infection-home-remedy.html", "home-remedy Q&A site: natural treatment for kidney infection", [
 ("As such a kidney infection requires immediate medical attention.", "", "P", ""),
 ("A very effective and well known natural remedy for treating kidney infection is cranberry juice.", "", "", "treatment claim without cure wording"),
 ("It is also highly recommended that you drink plenty of water, about 3-4 quarts a day, as it the best way to flush out the infection.", "", "", "fluid intake"),
], g='G')
P("https://www.livestrong.com/article/407706-does-cranberry-juice-cure-kidney-infection/", "health portal: does cranberry juice treat kidney infection", [
 ("However, contact your doctor immediately if you're having abdominal or back pain, fever, frequent urination or the feeling of constantly needing to urinate, pain while urinating, blood in your urine or urine that smells bad to receive the appropriate care and medical treatment.", "", "P", ""),
 ("If left untreated a kidney infection can be life-threatening.", "", "", ""),
], g='H')
P("https://naturallydaily.com/apple-cider-vinegar-for-uti-treatment/", "natural-health content site: apple cider vinegar for UTI", [
 ("This infection can be controlled with the help of natural remedies such as apple cider vinegar.", "", "", ""),
 ("It is estimated that up to 40 percent of women and 12 percent of men will get this infection at least once in their lives [1].", "", "", "[1] marker"),
], g='G')
P("https://www.leaf.tv/articles/apple-cider-vinegar-as-a-uti-cure/", "lifestyle content site: apple cider vinegar as a UTI cure", [
 ("Apple cider vinegar is a common at-home remedy for UTIs and is a natural alternative to prescription antibiotics.", "", "M", "hard call: presents the vinegar as a replacement for prescribed antibiotics"),
 ("Doctors treat UTIs with a round of antibiotics.", "", "", ""),
 ("Many people treat UTIs at home with apple cider vinegar as an alternative to prescription medication.", "", "", "reported behaviour"),
 ("Drink this mixture up to three times a day, along with lots of water to flush out your system.", "previous sentences: Mix 1 tbsp. of apple cider vinegar with 8 oz. of water. You can also mix in 1 tsp. of honey to make it more drinkable.", "O", ""),
], g='G')
P("http://solutions4health.com.au/oregano-oil-for-sinus-infections/", "natural health clinic blog: oregano oil for sinus infections", [
 ("In contrast, oil of oregano is a safe, natural home remedy that effectively treats sinus infection without altering the body’s natural balance.", "", "C", "'safe'"),
 ("In fact, on a gram per gram comparison, oregano has 42 times more antioxidant abilities than apples.", "", "S", ""),
 ("When oil of oregano is used as an alternative sinus infection treatment, it eliminates the underlying cause of the condition.", "", "C", "'eliminates'"),
 ("The regular use of antibiotics and other mainstream medications leads to immunity within the body, which makes important treatment options less effective.", "", "", ""),
], g='A')
P("https://alternativemedicine.visualstories.com/how-to-use-oil-of-oregano-for-sinus-infections", "web-story site: how to use oil of oregano for sinus infections", [
 ("These natural medicines are more useful than the costly allopathic medications.", "", "", "hard call: comparison, no instruction to stop a medicine"),
 ("So, use of medicinal herbs like tulsi, oregano and others can give higher health benefits without a high price.", "", "", ""),
], g='G')
P("https://222health.com/alternative-medicine/herbs-alternative-medicine/143997.html", "health content site: oreganol oil for sinus infections", [
 ("While some have had luck with this, there is no recorded proof that this home remedy will cure any ailment.", "", "", "negation"),
 ("It can be added to a glass of juice or water and drunk once a day.", "heading: Normal Dosage; previous sentence: The normal dosage of oil of oregano when being consumed is two or three drops.", "O", ""),
 ("This amount is said to help relieve symptoms of sore throats, sinus infections and respiratory illnesses within five days.", "", "", "reported ('is said')"),
], g='G')
P("http://sinus-solutions.com/How_to_Use_Oregano_Oil_for_Sinus_Infections_-_Why_you_should_NOT.html", "sinus product site: why you should not use oregano oil", [
 ("I would never encourage anyone to put anything foreign up their nose or into their sinus cavities.", "", "", ""),
 ("You can make your own and irrigate and flush and achieve better results that using any sinus medicine or drug up your nose.", "", "M", "hard call: saline in place of 'any sinus medicine or drug', prescribed nasal sprays included"),
], g='S')
P("http://essentialoilstherapy.org/essential-oils-over-antibiotics-for-sinusitis/", "essential-oil site: essential oils over antibiotics for sinusitis", [
 ("Forget antibiotics.", "title/standfirst; next sentence: Try oregano oil and lavender for sinusitis relief.", "M", "tells readers to drop antibiotics"),
 ("About 37 million Americans suffer from sinusitis and when the infection does occur, antibiotics are the first line of defense that most doctors prescribe.", "", "S", ""),
 ("If all essential oils did for sinusitis was cause no harm they’d be more effective than antibiotics anyway.", "", "", "hypothetical"),
 ("Avoid the unnecessary use of antibiotics and try out this sinus rinse recipe for your sinusitis.", "", "M", "hard call: 'unnecessary' hedges, but the page argues against antibiotics for sinusitis as such"),
 ("Mix 15 drops of 5% oregano oil, in 4 ounces of distilled water.", "", "", "recipe"),
], g='A')
P("https://drfarrahmd.com/2021/02/the-natural-ways-of-finding-relief-from/", "physician-branded wellness blog: natural relief from vertigo", [
 ("Drink the tea twice a day to help with dizziness, nausea, and other vertigo symptoms.", "previous sentence: Simply steep ginger root in a cup of boiling water for 5 minutes.", "O", "hard call: a cup of ginger tea twice a day as treatment"),
 ("Researchers found that taking 240 milligrams of ginkgo biloba each day lessens vertigo symptoms and makes a person feel more on-balance (3).", "", "", "reference marker; study dose"),
 ("Our body needs 8-12 cups of liquid per day.", "", "", "fluid intake"),
], g='H')
P("https://topnaturalremedies.net/home-remedies/cure-vertigo-5-home-remedies/", "home-remedy site: cure vertigo with 5 home remedies", [
 ("Cure Vertigo with 5 Home Remedies", "title", "C", ""),
 ("Use the ginkgo biloba extract and take up to 160 milligrams of it daily.", "", "O", ""),
 ("This plant will also cure anxiety and insomnia.", "heading: 3. Valerian", "C", ""),
 ("Vertigo can also be caused by migraines, head injuries, vestibular neuronitis, Meniere’s disease or labyrinthitis.", "", "", ""),
], g='G')
P("https://asklyer.com/health/natural-vertigo-relief-home-remedies-dizzy-spells", "Q&A content site: natural vertigo relief", [
 ("According to the American Academy of Otolaryngology, roughly 40 % of people experience some form of dizziness severe enough to seek help at least once in their lifetime (source).", "", "", "'according to'"),
 ("Call 911 or go to the ER if dizziness comes with any of these:", "", "P", ""),
 ("If the spinning is milder, limited to head movements, and you have already been cleared by a clinician, the home methods below offer real relief.", "", "", ""),
], g='G')
P("https://howrid.com/health/castor-oil-to-induce-labor/", "how-to content site: castor oil to induce labor", [
 ("Castor oil may help to induce labor, but it is not medically recommended.", "", "", ""),
 ("The research says that castor oil does not harm either to the mums who use it or to the babies.", "", "CS", "safety claim resting on unnamed research"),
 ("You can take it twice in a day.", "previous sentence: The usual dose is 114 ml you can mix it with orange juice.", "O", ""),
], g='G')
P("https://stepbysteppregnancyguide.com/castor-oil-to-induce-labor/", "pregnancy guide site: castor oil to induce labor", [
 ("The recommended dosage can vary anywhere from 2 T to several ounces and then sometimes repeated.", "next sentence: It is very important that you get the appropriate dosage amount from your midwife or obstetrician before trying any castor oil induction.", "", "caveat in the next sentence"),
 ("It is very important that you get the appropriate dosage amount from your midwife or obstetrician before trying any castor oil induction.", "", "P", ""),
 ("Be sure you check with your provider and prepare for the downside of this type of induction.", "", "P", ""),
], g='G')
P("https://prodromallaborguide.com/how-much-castor-oil-to-take-to-induce-labor/", "pregnancy content site: how much castor oil to take to induce labor", [
 ("However, studies found that the average result is that women will go into labor within 24 hours after taking the castor oil.", "", "S", "'studies found' without a source"),
 ("However, for healthy moms, side effects will not appear.", "", "C", "no side effects"),
 ("And if taken with the right dosage and procedure, castor oil is helpful and not dangerous.", "", "C", "hard call: conditional, but an unqualified 'not dangerous'"),
 ("Take several small doses rather than one big dose, never take more than 1-2 tablespoons in a 24-hour period (from midnight till midnight).", "", "", "hard call: upper limit"),
], g='G')
P("http://amazingpregnancy.com/pregnancy-articles/93-html.html", "pregnancy site: castor oil to start labor", [
 ("Castor Oil is often used to help start labor. It’s recommended that you take 2-4 oz.", "", "O", "hard call: amount to swallow, once, to start labor"),
 ("It doesn’t start labor in all pregnancies, and it those it does, the reasons why aren’t really clear.", "", "", ""),
], g='G')
P("https://www.castoroilhome.com/castor-oil-induction-labor", "castor oil seller's site: castor oil induction of labor", [
 ("It can be between 2 to 4 ounces.", "previous sentence: The recommended dosage of castor oil varies. Next: Repeated doses may also be needed. Your midwife or doctor can help you determine the dosage that’s appropriate for you.", "", "caveat in the same passage"),
 ("Your midwife or doctor can help you determine the dosage that’s appropriate for you.", "", "P", "soft prompt"),
], g='S')
P("https://theficusandthedoula.wordpress.com/2016/04/21/warm-labor-inducing-turmeric-latte/", "doula's blog: warm labor-inducing turmeric latte", [
 ("I am not a medical practitioner so I cannot prescribe what a small dose could be for your body– I would recommend talking with your health care provider about what could be right for you.", "", "P", ""),
 ("If you are interested in trying castor oil internally, I recommend trying it in small amounts—say 1 teaspoon to 1 tablespoon to see how your body reacts (make sure you write down when you’ve taken it along with any other natural induction product).", "", "", "hard call: amount without frequency; the provider caveat is in the same passage"),
], g='B')
