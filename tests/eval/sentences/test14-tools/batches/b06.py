from lib import P
P("http://coconutoil.com/can-you-trust-your-doctors-advice-on-coconut-oil/", "coconut oil seller's news article: can you trust your doctor's advice on coconut oil", [
 ("Doctors don't always take time to research topics that are not part of medical research, such as coconut oil and nutrition.", "image caption", "", "distrust without steering"),
 ("We hear story after story of people reading about the health benefits of coconut oil, and even wanting to incorporate it into their diet, but then they consult with their doctor who tells them negative things about coconut oil.", "", "", ""),
 ("Are doctors really educated about coconut oil?", "", "", "question"),
 ("The basis of his claim that coconut oil was dangerous was the fact that 50% of coconut oil is the saturated fat, lauric acid.", "", "", "composition, not a finding"),
], g="S")
P("https://fussybody.com/coconut-oil-health-benefits/", "personal health blog: coconut oil benefits", [
 ("The saturated fats in coconut oil are good for you.", "", "", ""),
 ("If it's toxic and poisonous that triggers heart disease, I would've died long ago.", "", "", ""),
 ("This is because they got misled by the misinformation disseminated via a dirty conspiracy led by the American Soybean Association (ASA).", "", "", ""),
], g="B")
P("http://www.naturallyproven.com/virgin-coconut-oil-for-arthritis-with-an-unexpected-side-effect/", "natural remedies blog: virgin coconut oil for arthritis", [
 ("My nutritionist and our doctor debated with me recently that it is not good for you because it is a saturated fat.", "", "", ""),
 ("He is now 60 years old and has stopped taking any of the medication he has tried for the arthritis.", "", "", "narrative about a relative"),
 ("The only thing that made him feel a little better was when he was on a cycle of antibiotics, but you can’t live on antibiotics.", "", "", ""),
 ("I had him start using virgin coconut oil and his knuckles decreased so much that his wedding ring was actually loose.", "", "", "narrative of improvement, no cure wording"),
 ("He told him he was taking three tablespoons of coconut oil a day.", "", "", "hard negative: amount in a narrative, not an instruction"),
], g="B")
P("https://ladyonaquest.com/my-thoughts-on-coconut-oil/", "personal blog: my thoughts on coconut oil", [
 ("Well I can tell you I use it extensively and haven’t suffered any ill effects.", "", "", "first-person experience"),
 ("Once again it appears big business pulls the strings for the puppets at our federal agencies and even universities to spin things their way.", "", "", ""),
 ("I may not be an Ivy League professor, but I do have common sense.", "", "", ""),
], g="B")
P("https://realjock.com/forums/reply/152248/", "men's community forum reply about doctors", [
 ("Doctors relay on knowledge which in the realm of the mind seems like the right thing to do because it is “ science based” logical etc.", "forum reply", "", ""),
 ("Mind of course blinds them to the statistics that their “ medical knowledge is making everyone sicker than ever before.", "forum reply", "", "hard call: distrust of doctors without steering the reader away from care"),
], g="F")
P("https://www.sandycowen.com/post/always-believe-what-your-doctor-tells-you-or-not", "wellness author's blog: always believe what your doctor tells you, or not", [
 ("After recovering from a host of conditions conventional medicine said were chronic, or in other words, incurable, I still managed to do so.", "next: More amazingly, I did it all naturally, without pharmaceuticals or any conventional medical intervention.", "C", "hard call: endorsed first-person testimonial of curing 'incurable' conditions (the page lists leukemia twice) naturally"),
 ("More amazingly, I did it all naturally, without pharmaceuticals or any conventional medical intervention.", "", "", "hard call: narrative of the writer's own method; the cure claim is labelled on the previous sentence"),
 ("Fact is, we rely on conventional medicine for too much and are too dependent on prescribed drugs.", "", "", "hard call: opinion without a stop instruction"),
 ("First, I always seek them out for the diagnosis.", "", "", "narrative of the writer's rules"),
 ("I even take the prescription they write but don’t always fill it.", "", "", "hard negative: the writer's own practice, told as narrative"),
 ("Then, I see what natural options exist I might try first, with fewer side-effects.", "", "", "narrative"),
], g="B")
P("http://hengliving.com/page195?article_id=20", "holistic living site: doctor's essay on the doctor within", [
 ("It’s supposed to be a secret, but I’ll tell you anyway, we doctors do nothing.", "", "", ""),
 ("Don’t worship your doctor, worship your body.", "next: It’s time for us to stop giving our powers away to doctors blindly. It’s not because modern medicine does not work at all ...", "", "hard call: distrust, moderated in the next sentences; no steering away from care"),
 ("First, it takes about 20 to 40 years for any science finding to work its way into the medical school and the doctor’s office.", "", "S", "figure without source"),
 ("In US, nutrition education is zero to very little part of the medical school curriculum.", "", "", "no figure or study"),
], g="A")
P("https://playcrazygame.com/2022/04/23/discover-5-drinks-that-help-cleanse-the-kidneys-naturally/", "off-topic domain hosting a health article: drinks to cleanse the kidneys", [
 ("This tea helps you urinate more often and plays a vital role in replacing potassium lost in your urine, as well as helping to dissolve kidney stones.", "", "", "'helping', no cure wording"),
 ("But before you start using it, the ideal is to consult a doctor first and then use it for a month.", "", "P", ""),
 ("This kidney cleansing tea is undoubtedly very beneficial for health.", "", "", ""),
 ("By using ginger, free radicals are removed and inflammation associated with kidney disease is reduced.", "", "", ""),
], g="G")
P("https://completewellbeing.com/article/keep-your-kidneys-clean/", "Indian wellness magazine: keep your kidneys clean", [
 ("Flushing helps your kidneys to function better, wash out stones, and prevent repeated infection", "standfirst", "", "'helps', no cure wording"),
 ("Many of us do not know the importance of drinking water, an essential nutrient.", "", "", ""),
 ("Likewise, excessive overuse of antibiotics, non-steroidal anti-inflammatory drugs, among others, cause subtle, undetectable kidney damage, diabetes, and high blood pressure [hypertension].", "", "", ""),
 ("The kidneys process about 200 litres of blood every day and produce about two litres of urine.", "", "", "physiological norm, not a finding"),
], g="N")
P("https://kidneyaid.org/how-to-cleanse-your-kidneys-naturally-and-avoid-dialysis", "kidney content site: cleanse your kidneys naturally and avoid dialysis", [
 ("While severe kidney disease requires medical treatment, early-stage kidney dysfunction may be improved through natural cleansing strategies.", "", "", "hedged"),
 ("In this guide, we’ll explore science-backed ways to detoxify your kidneys, boost their function, and potentially avoid dialysis—while emphasizing that professional medical advice is essential.", "", "P", "hard call: affirms that professional advice is essential; 'potentially avoid dialysis' is hedged, so not D"),
 ("Drink 6-8 glasses of water daily (unless fluid-restricted).", "", "", "fluid intake"),
 ("Best taken as teas or supplements (consult a doctor first).", "", "P", ""),
], g="G")
P("https://www.symptomsandcure.com/foods-and-herbs-that-cleanse-your-kidney", "symptoms content site: foods and herbs that cleanse your kidney", [
 ("The adult human body is composed of almost 60 percent water.", "", "", "physiological fact"),
 ("Therefore, it really helps to conduct a regular cleanse either by way of one’s diet or through the use of a formal herbal cleanse program from your morning glass of water to that extra cup of herbal tea.", "", "", ""),
 ("Kidney disease is dangerous, therefore wouldn’t you wish to try and do everything you’ll be able to seem when your kidneys and keep them clean?", "", "", "question"),
], g="G")
P("https://www.organicwelcome.com/9-best-herbs-to-clean-your-kidneys/", "organic lifestyle site: herbs to clean your kidneys", [
 ("Since cleansing is their prime directive, kidneys don’t necessarily need a specific “detox” protocol.", "", "", ""),
 ("Following are 9 herbs that healthy kidneys love, but note that they are not recommended for people who already have kidney disease.", "", "", ""),
 ("That’s because they may interfere with common kidney medications.", "", "", ""),
], g="G")
P("https://preservawellness.com/blogs/blogs/kidney-health-5-best-herbal-teas-for-kidney-cleanse", "herbal tea seller's blog: teas for kidney cleanse", [
 ("They affect mostly adults but can also be found in children as young as five.", "", "", ""),
 ("Kidney stones are curable if diagnosed early.", "", "", "hard call: clinical statement, not a product claim"),
 ("It may be best to see a urologist if experiencing unceasing pain and discomfort on the sides of the abdomen.", "", "P", "hedged but affirmative prompt"),
], g="S")
P("http://naturalcures.com/glossary/glossary-kidney/", "natural cures site glossary: kidney", [
 ("Kidney cleansing is an essential part of health maintenance.", "", "", ""),
 ("The body is made up of almost 80% water, so the kidneys play an important role in the daily health of our bodies.", "", "", "physiological figure (wrong), not a finding"),
 ("Keeping the kidneys functioning at their best can help retard degenerative diseases such as cancer and may help prevent future specific problems of the kidneys.", "", "", "hedged"),
 ("If you have kidney stones you most likely also have gallstones, so both liver and kidney cleansing may be done when stones are suspected.", "", "", ""),
], g="A")
P("https://bewellbuzz.com/uncategorized/best-herbs-foods-kidney-cleanse/", "wellness content site: best herbs and foods for a kidney cleanse", [
 ("Kidney cleanses have been used in traditional medicine to rid the kidneys of calcium deposits for hundreds of years.", "", "", ""),
 ("You should consume three glasses of nettle tea a day.", "heading: 1. Stinging nettle", "O", "amount plus frequency, no caveat"),
 ("This herb can be used to detoxify the blood and promote blood circulation as well as suppress the production of immune complexes in order to lessen their damage to the kidneys.", "", "", ""),
], g="G")
P("https://www.nooows.com/2022/09/03/fasting-the-best-treatment-for-all-autoimmune-diseases/", "content site: fasting, the best treatment for all autoimmune diseases", [
 ("Fasting: The Best Treatment for ALL Autoimmune Diseases", "title", "C", "hard call: universal claim ('best treatment for ALL')"),
 ("It has virtually no side effects", "list item", "", "hedged ('virtually')"),
 ("It’s scientifically proven to reduce the severity of symptoms", "list item", "S", "'scientifically proven' with no source"),
 ("I believe fasting is one of the best things to do if you have an autoimmune disease.", "", "", "opinion"),
 ("You may want to start with a 48-hour fast every 1 to 2 weeks.", "", "", "fasting schedule, not a dose"),
], g="G")
P("https://heal.me/articles/autoimmune-disease-does-nutrition-play-a-role", "alternative practitioner directory article: autoimmune disease and nutrition", [
 ("The mainstream medical strategy is generally to try to suppress the immune system with drugs.", "", "", ""),
 ("This playing whack-a-mole with symptoms leaves many feeling frustrated.", "", "", ""),
 ("While many see some relief from a myriad of alternative treatments, only 2 method have been shown in the scientific literature to actually reverse autoimmune disease.", "", "S", "'shown in the scientific literature' with no reference; attributed, so not C"),
], g="A")
P("https://fastingescape.com/health-conditions/autoimmune-diseases", "water-fasting retreat site: autoimmune diseases", [
 ("Autoimmune diseases, characterized by the immune system mistakenly attacking the body’s own tissues, are a group of disorders that affect millions of people worldwide.", "", "S", "hard call: vague count with no source"),
 ("Although treatments often include immunosuppressive drugs, what is needed is lifestyle changes, dietary modifications, and water-only fasting.", "", "M", "hard call: sets fasting in place of prescribed immunosuppressive drugs, no consult caveat"),
 ("Water-only fasting can help recalibrate the immune system by promoting a natural healing response known as autophagy.", "", "", ""),
 ("Research has shown that fasting can stimulate autophagy, which may reduce autoimmune reactions and promote the repair of damaged tissues.", "", "S", "'research has shown' with no source"),
], g="S")
P("https://nutritionfacts.org/video/fasting-for-autoimmune-diseases", "physician-run nutrition nonprofit: fasting for autoimmune diseases (video transcript)", [
 ("But we’d really need randomized controlled studies to know for sure.", "", "", ""),
 ("So, does fasting work for mixed connective-tissue disease?", "", "", "question"),
 ("Well, all we can say is that hey, at least it worked at least once.", "", "", ""),
 ("But when a modified fasting regimen was tried on dozens of individuals, the benefits seen at two weeks largely disappeared by week 12.", "video page with sources listed", "", "hard call: reported study from a sourced video page"),
], g="H")
