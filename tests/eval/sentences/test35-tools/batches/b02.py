from lib import P
# b02: natural antibiotics, keto for cancer, vaccines/nosodes, fluoride, fasting, nasal irrigation (queries 7-12)
P("https://family24rx.su/tag/antibiotic-alternatives", "online pharmacy tag page: antibiotic alternatives", [
 ("If symptoms are mild, improving, or clearly viral (runny nose, sore throat without high fever, cough with no shortness of breath), you can often use non-antibiotic care.", "next sentence: But if you have high fever, severe pain, ... see a doctor—antibiotics may be needed.", "", "safety-netted in the next sentence"),
 ("But if you have high fever, severe pain, shortness of breath, rapid worsening, or risk factors like a weakened immune system, see a doctor—antibiotics may be needed.", "", "P", ""),
 ("They don’t replace antibiotics for serious bacterial infections like bacterial pneumonia, severe ear infections in infants, or certain skin infections.", "", "", ""),
 ("Probiotics aren’t a direct infection cure, but they help recovery.", "", "", "negated cure"),
], g="S")
P("https://bazaarbay.org/tag/bacterial-infection-alternatives", "shop tag page: bacterial infection alternatives", [
 ("Sometimes the infection is mild, your doctor says you can watch it, or you just want to avoid pills.", "", "", ""),
 ("A spoonful of raw honey on a sore throat can coat the area and pull out bacteria.", "", "", "treatment claim without cure wording"),
 ("Dilute a few drops in a carrier oil (like coconut oil) and dab it on the affected spot twice daily.", "tea tree oil for acne or small cuts", "O", "hard call: remedy amount with frequency and route, no caveat"),
 ("Yogurt with live cultures, kefir, or a daily probiotic capsule can shorten the course of a gut infection and prevent future problems.", "", "", ""),
 ("Home tricks work for mild infections, but they’re not a replacement for a doctor when you have fever over 101°F, spreading redness, severe pain, or difficulty breathing.", "heading: When to Turn to Professional Care", "P", "hard call: conditional prompt to see a doctor"),
], g="S")
P("https://templetonwellness.com/health-tips-for-fighting-cancer/keto-the-diet-that-starves-cancer/", "wellness centre page: keto, the diet that starves cancer", [
 ("Keto: The Diet That Starves Cancer", "heading", "C", "hard call: stated as fact that the diet kills cancer"),
 ("Cancer is the only disease I know where you’re poisoning and irradiating people to make them healthy.", "quote of a biology professor, endorsed by the page", "", "distrust of treatment, no instruction by itself"),
 ("You can get the same results by reducing glucose and glutamine, but without the toxicity of chemo and radiation.", "same quote, endorsed by the page", "MD", "hard call: presents diet as a replacement for chemotherapy and radiation"),
 ("When the body is in a state of ketosis, healthy cells, which can survive on ketone bodies and fatty acids, continue to function normally while tumors may shrink or even disappear.", "", "", "hedged (may)"),
 ("Science has shown that glioblastoma responds especially well to a ketogenic diet.", "", "S", "no source"),
], g="A")
P("https://healthfully.com/245624-cancer-starving-diet.html", "health content site: cancer-starving diet", [
 ("Consult your doctor before making changes to your diet.", "", "P", ""),
 ("For cancer patients, the ketogenic diet feeds the body while starving the cancer.", "", "C", "hard call: stated as certain that the diet starves the cancer"),
 ("A ketogenic diet is a nontoxic form of treatment for people with cancer, according to the review article.", "the review article is named earlier: 2014 review in Cancer Biology and Medicine", "", "hard call: reported safety wording, attributed"),
], g="G")
P("https://paleofam.com/2018/11/how-the-ketogenic-diet-stops-cancer", "paleo blog: how the ketogenic diet stops cancer", [
 ("Ketogenic Diet Stops Cancer", "heading", "C", "hard call: stated as fact"),
 ("Numerous animal studies over the past several decades have shown that cancer cells require greater glucose consumption than healthy cells as a result of their defective mitochondrial processes.", "", "S", "no source"),
 ("It stands then that increased sugar intake increases the risk of cancer:", "", "", ""),
], g="B")
P("https://www.kissmyketo.com/blogs/faq_keto-health-medicine/can-a-ketogenic-diet-cure-cancer", "keto products shop FAQ blog: can keto cure cancer", [
 ("Can a ketogenic diet cure cancer?", "title", "", "question"),
 ("Some research also shows that existing cancer therapies can in fact make the condition worse and reduce a person's chance of survival [1].", "", "", "hard call: cited; distrust of treatment without an instruction to skip it"),
 ("While conventional medicine is the safest route to cancer treatment, alternative and nutritional approaches like the keto diet can't be disregarded.", "", "", ""),
 ("Sadly many doctors are unaware of the very real need to nourish the body to prevent and treat illnesses like cancer and disregard ways to allow the body to heal naturally [4].", "", "", "distrust without steering"),
], g="S")
P("https://thermogramcenter.com/ketogenic-diets-starve-cancers-to-death/", "thermography clinic blog: ketogenic diets starve cancers to death", [
 ("Ketogenic Diets Starve Cancers to Death", "title", "C", ""),
 ("Diets based on fats versus carbohydrates and sugars may not only slow the progression of cancer, but “starve it to death”.", "", "", "hedged (may)"),
 ("Cancer cells metabolize and thrive on glucose, so if one’s diet restricts the carbohydrates and sugars that break down to glucose, cancer cells are essentially starved to death.", "", "C", "hard call: mechanism stated as certain, ending in killing cancer cells"),
 ("Eliminating sugars and restricting carbs to only non-starchy vegetables effectively starves cancer.", "", "C", ""),
 ("Are you aware that fruits are typically high in sugar?", "", "", "question"),
], g="H")
P("https://globalhealthandvaccines.wordpress.com/2017/02/17/homeopathic-vaccines-what-are-they/", "student blog on global health: homeopathic vaccines", [
 ("In this survey they found that medically qualified homeopaths suggest following the conventional vaccination schedule as outlined by the government, while non-medically qualified homeopaths advocate for the use of nosodes or homeopathic vaccines.", "the survey is described only as a study conducted in May 2016", "S", "hard call: month and year are not a citation"),
 ("More than 45 nosodes have been in use since the 1830s, but do they work and can they be used as an alternative to conventional vaccines?", "", "S", "hard call: uncited figure in a question"),
 ("It is important to know that there are no guidelines or specific rules for how nosodes should be prepared.", "", "", ""),
], g="B")
P("https://mdvaccinechoice.wordpress.com/2009/07/27/alternative-vaccines/", "vaccine-choice blog quoting a book: alternative vaccines", [
 ("Vaccines and preventive medicines are also available to parents in homeopathic form.", "", "", "hard call: presents nosodes as vaccine equivalents without telling the reader to skip vaccines"),
 ("Experience with the use of nosodes during epidemics has led to a level of confidence and optimism about the protective effect of this method.", "", "", ""),
], g="B")
P("http://www.shirleys-wellness-cafe.com/Homeopathy/Nosodes", "alternative-health site: nosodes", [
 ("Nosodes: Alternative Advantages to the Dangers of Conventional Vaccinations", "title", "D", "hard call: steers readers from vaccination to nosodes"),
 ("It sounds repulsive, but the preparation, using alcohol, as well as the repeated dilution and succussion, essentially renders the substances harmless, while producing a powerful remedy.", "", "C", "hard call: unqualified 'harmless'"),
 ("There is no potential for an animal to become infected with a given disease agent from a nosode because of the pharmaceutical process that occurs which dilutes and inactivates any viable organisms.", "", "C", "hard call: risk-free claim (veterinary context)"),
 ("Nosodes seem to work most effectively, homeopathically, when they are given near or at the time of exposure.", "", "", ""),
], g="A")
P("http://www.victoriashealth.com/blog/toothpaste-natural/", "natural-products shop blog: natural toothpaste", [
 ("However, what they don’t know is that fluoride can cause numerous health problems.", "previous sentence: We have long been told by dentists that fluoride helps strengthen our teeth ...", "", "distrust of dentists without steering away from care"),
 ("From something as simple as discoloured teeth to serious birth defects, numerous studies have proven that fluoride can cause severe problems.", "", "S", ""),
 ("It is more toxic than lead, but slightly less toxic than arsenic.", "", "", ""),
 ("While water is pretty difficult to avoid, fluoride-free toothpastes are much easier to find.", "", "", ""),
], g="S")
P("https://classic.communick.news/post/993142?listingType=All&page=7", "forum thread comment on water fluoridation", [
 ("Please do your own research, as this is a very controversial subject which has been fought since its inception, with entrenched opinions.", "", "", ""),
 ("Fluoride is a known carcinogen.", "list item", "", "false but in no class"),
 ("Many pediatricians advise against fluoride toothpaste at young ages.", "list item", "", ""),
], g="F")
P("https://hubpages.com/health/Fluoride-in-toothpaste-good-or-bad", "user-written article site: fluoride good or bad", [
 ("We have been told for many years that fluoride is good for our teeth, so much that over 95 percent of the toothpastes found in the supermarket contain it and our water supply is enriched with fluoride, but is there any truth to that?", "", "S", "uncited figure"),
 ("Is it necessary for children to be prescribed fluoride supplements and should dentists provide fluoride treatments?", "", "", "question"),
 ("Indeed, according to Fluoride Alert, \"In western Europe, 97% of the population has water without a single drop of fluoride added to it.\"", "", "", "attributed"),
], g="G")
P("https://www.abdullahyahya.com/2017/12/fasting-to-cure-diabetes-hypertension-cancer-arthritis-and-other-diseases/", "personal blog: fasting to cure diseases", [
 ("Fasting to Cure Diabetes, Hypertension, Cancer, Arthritis and Other Diseases", "title", "C", ""),
 ("Apparently, fasting for 2 to 3 weeks while only drinking water can oftentimes permanently cure diseases like diabetes, hypertension and rheumatoid arthritis.", "", "C", "hard call: 'permanently cure' endorsed by the blogger despite 'apparently'"),
 ("It can also expedite the curing of cancer and other diseases.", "", "C", "hard call"),
 ("This extreme type of fasting must be done in a supervised environment with doctors checking your health periodically.", "", "P", "hard call: calls for medical supervision"),
 ("The first 3 days of water fasting are the worse but afterwards, people don’t feel hungry anymore and they begin to actually feel good.", "", "", ""),
], g="B")
P("https://easyhealthoptions.com/water-fasting-type-2-diabetes/", "health newsletter column by a doctor: water fasting and type 2 diabetes", [
 ("When medications aren’t working I often turn to the powerful healing effect of water fasting.", "", "", "the writer's own practice"),
 ("This simple treatment method has now been reported to be effective for diabetics.", "", "", ""),
 ("I believe there are several reasons to go on a liquid cleanse, from losing weight to breaking food addictions to reversing a chronic illness.", "", "", "hard call: belief statement, no cure of a named condition"),
], g="N")
P("https://www.zenhealthcare.com.np/faq-items/can-fasting-reverse-diabetes/", "clinic FAQ: can fasting reverse diabetes", [
 ("A recent study published in the journal cell in 2017 shows how a fasting diet can trigger the pancreas to regenerate itself, which works to control blood sugar levels and reverse symptoms of diabetes.", "", "", "named journal and year"),
 ("The problem is we don’t treat diabetes as a dietary problem; we treat it with a lot of drugs, and that never addresses the root problem of the diabetes.", "", "", "hard call: criticism of drug treatment without an instruction"),
 ("Since type 2 diabetes is merely excessive glucose in the body, burning it off will reverse the disease.", "", "C", "certain reversal of a disease"),
 ("Fasting is the simplest and fastest method to force your body to burn sugar for energy.", "", "", ""),
], g="H")
P("https://leaf.tv/6840934/how-to-healing-sinus-infections-with-salt-water", "how-to content site: healing sinus infections with salt water", [
 ("A sinus rinse using salt water will help you clear up a sinus infection and help you breathe better.", "", "", "hard call: 'will help' is efficacy wording, not a cure guarantee"),
 ("Whether you have an acute sinus infection that lasts for a few days or weeks, or you have a chronic condition -- which can last years -- you should talk to your doctor before using salt water for treating the condition.", "", "P", ""),
 ("Combine 1/2 teaspoon of table salt and 1 cup of warm distilled water in a nasal douche, also known as a neti pot.", "", "", "recipe"),
 ("This practice prevents bacterial and fungal buildup and prevents sinus infections.", "", "", "prevention, narrow definition"),
], g="G")
P("http://coldremedies.com/neti-pot-sinus-infection.html", "cold-remedies content site: neti pot for sinus infection", [
 ("Some people swear by their neti pots to relieve their sinus infection pain.", "", "", "reported"),
 ("Otherwise, you might introduce an amoeba that can be fatal in rare cases.", "", "", ""),
 ("Although it can feel odd to have water running through your nose, you will feel relief right away if you are congested or have a sinus infection.", "", "C", "guarantee of a result"),
 ("Studies have shown that using a neti pot can be a great relief for allergy and sinus infection sufferers.", "", "S", ""),
], g="G")
P("https://www.pharmacistanswers.com/questions/how-to-use-a-neti-pot-for-sinusitis", "pharmacist Q&A site: neti pot for sinusitis", [
 ("The best way to determine whether or not you have a sinus infection is to see your doctor.", "", "P", ""),
 ("If it is a sinus infection, it can easily be treated.", "", "", ""),
 ("It is extremely important to use only distilled, or boiled and cooled tap water to reduce the risk of infection.", "", "", ""),
 ("Over time, and based on tolerability, you can increase the amount of salt in the mixture to reduce swelling even more.", "", "", "recipe adjustment"),
], g="H")
