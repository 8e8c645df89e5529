from lib import P
# b14: rosacea blogs, autism diet blogs, H. pylori Q&A (q47-q49)
P("http://lupinelydia.blogspot.com/2013/05/how-to-cure-rosacea.html", "personal beauty blog: how to cure rosacea", [
 ("I can't promise that my rosacea will never flare up again.", "", "", "caveat"),
 ("Most people will tell you that you can't do anything about it once it starts.", "", "", ""),
 ("It's curable.", "next sentence: 'Here is how I beat mine.'", "C", "hard call: the writer generalises from her own case that rosacea is curable"),
 ("I use Young Living essential oils, because I know they're the real deal.", "heading: Lavender", "", ""),
], g="B")
P("https://www.oureczemastory.com/rosacea-what-is-it/", "skin blog (eczema family site): Rosacea – What is it and how can I cure it?", [
 ("Rosacea is more common than you might think, More than 14 million in the US alone.", "", "S", "no source"),
 ("In a survey performed by the National Rosacea Society that included over 500 people with rosacea, 42% reported feeling sad or depressed by the appearance of their skin.", "", "", "named source"),
 ("This condition can be very serious and you must contact your Doctor or GP immediately.", "about ocular rosacea", "P", ""),
 ("First and foremost, Please go see your Doctor or GP.", "heading: How do I know I have Rosacea?", "P", ""),
], g="B")
P("https://www.life-enthusiast.com/articles/rosacea/", "supplement seller's article: rosacea", [
 ("Rosacea, is a common disorder of the facial skin, affecting about 14 million Americans.", "", "S", "no source"),
 ("However, according to a survey, 78% of Americans have no knowledge of this disease.", "", "S", "unnamed survey"),
 ("Unless you are dealing with the underlying cause – bowel dysbiosis – you are not doing much better than the proverbial rearranging the chairs on the deck of Titanic.", "previous sentence: 'Many patients use topical creams as a treatment.'", "M", "hard call: seller dismisses prescribed topical treatment (swap framing towards its own approach)"),
 ("More than half the time it responds to the elimination of grains, primarily wheat, and sugars from the diet.", "", "S", "uncited figure"),
], g="S")
P("https://ventography.wordpress.com/2012/02/16/the-autism-recovery-journey-begins-2/", "parent's blog: the autism recovery journey begins", [
 ("Autism – Recovery is Possible.", "words the writer found and endorses ('Those four words gave me the hope')", "C", "hard call: endorsed recovery claim"),
 ("I read about special diets, supplements, chelation, etc. until I thought my eyes would fall out.", "", "", "narrative"),
 ("The Gluten Free Casein Free (GF/CF) diet seemed pretty low risk.", "", "", ""),
 ("After 2 weeks of the GF/CF diet, it was like a fog had been lifted for Annie!", "", "", "narrative of improvement"),
], g="B")
P("https://recoveryrd.com/2016/03/16/the-gluten-free-diet-was-the-cornerstone-of-my-sons-recovery-from-autism/?shared=email&msg=fail", "dietitian parent's blog: The Gluten-Free Diet Was the Cornerstone of my Son’s Recovery from Autism", [
 ("The Gluten-Free Diet Was the Cornerstone of my Son’s Recovery from Autism", "title", "C", "hard call: endorsed recovery testimonial as a title"),
 ("There, that should settle any questions.", "", "", ""),
 ("That book changed everything.", "", "", ""),
 ("He stopped running in circles.", "", "", "narrative"),
], g="B")
P("http://thirning.blogspot.com/2013/07/autism-recovery-with-gluten-and-dairy.html", "parent's blog: Autism Recovery with Gluten and Dairy Free Diet", [
 ("More research is confirming what many parents already know, that wheat (gluten) and dairy can really mess a child (or anybody) up.", "", "S", "uncited research claim"),
 ("And low and behold, that when you remove these foods, many of the signs and symptoms of Autism can get better or even go away entirely.", "", "C", "hard call: autism symptoms 'go away entirely'"),
 ("It really is not rocket science and yet so many physicians out there are missing the boat or worse steering parents away from some of these effective treatment options.", "", "", "distrust without steering away from care"),
 ("The scientific evidence is mounting that these things do not \"do a body good\" and are doing greater harm when it comes to auto-immune disorders (allergies, eczema, asthma, etc.).", "", "S", "uncited"),
], g="B")
P("https://doctorqna.com/en/article/118196", "medical Q&A site: Do You Really Need Antibiotics for Helicobacter Pylori?", [
 ("I would like to know if it is absolutely necessary to take those antibiotics, and if there are other options available.", "reader's question", "", "question"),
 ("Helicobacter pylori is a Gram-negative bacterium, and to eradicate the bacteria, antibiotics are required.", "doctor's reply", "", ""),
 ("Currently, the first-line treatment prescribed by physicians consists of two antibiotics combined with a proton pump inhibitor for 7 to 14 days, with a success rate of approximately 90% in eradicating the bacteria.", "doctor's reply", "S", "hard call: success rate without a source"),
], g="F")
P("https://www.pule.com/en/voice/13641", "doctors' Q&A platform: Do you have to take medication if you test positive for Helicobacter pylori?", [
 ("The infection rate of Helicobacter pylori in China is very high, exceeding 50%, and is closely related to the dietary habits of the Chinese people, as they tend to share dishes, making it easy to transmit Helicobacter pylori.", "", "S", "no source"),
 ("If there are no symptoms and no family history of such diseases, and only a positive Helicobacter pylori test, medication may not be necessary.", "", "", "clinical statement that treatment may not be needed (guide: not D)"),
 ("It is recommended to visit a hospital and consult with a qualified gastroenterologist to adjust the treatment plan.", "second answer", "P", ""),
], g="F")
P("http://www.pylori.org/h-pylori-antibiotic-treatment/", "H. pylori information site: H Pylori Antibiotic Treatments", [
 ("A good way to protect yourself before you start the therapy is to include pre-biotics in your diet.", "", "", ""),
 ("If you eat sensibly and stay away from acidic and spicy foods and most definitely don’t drink any alcohol while taking the antibiotics you should not experience any serious side effects.", "", "C", "hard call: conditional promise of no serious side effects"),
 ("If you do any side effects can be easily treated, so don’t be too worried.", "", "", ""),
], g="G")
