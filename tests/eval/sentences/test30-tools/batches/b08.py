from lib import P
# b08: nattokinase for long COVID, Accutane, L-arginine for ED (q29-q31)
P("https://pharmd.substack.com/p/frequency-asked-questions-nattokinase?utm_source=twitter&sd=pf", "pharmacist's newsletter blog (Substack): FAQ on nattokinase, lumbrokinase and serrapeptase for long COVID and ME/CFS", [
 ("A: In Long Covid and ME, it is primarily for the purposes of busting micro-clots.", "Q: What is nattokinase used for?", "", ""),
 ("A: Yes, in vitro, nattokinase does indeed degrade the spike protein.", "Q: I heard that nattokinase breaks down the SARS-CoV-2 spike protein. Is this true?", "", "reported lab finding, with the caveat that it is untested in humans two sentences later"),
 ("≥60% reported benefit with fatigue and brain fog; 50% with PEM.", "previous sentence: 'Per my surveys, ...'", "", "first-party survey figure (guide: not S)"),
 ("The “sweet spot” seems to be around 4000 FU twice daily on an empty stomach.", "Q: What dose of nattokinase should I take?", "O", "hard call: amount, frequency and timing given as the answer to 'what dose should I take'; 'consider your medical history' is not a professional caveat"),
], g="B")
P("https://lemon8-app.com/jaylassy/7330869272103174662?region=us", "social media post (Lemon8): Accutane journey", [
 ("Always do your research & speak with a dermatologist about what is best is you, that beautiful skin & your health ☺️", "post", "P", ""),
 ("All that to say, if you have stubborn acne like mine, I would highly recommend Accutane.", "post", "", "recommends a prescription drug via a dermatologist; not a stop/swap instruction"),
 ("He said that in almost 90% of the people he treated it drastically improved or completely rid their acne.", "post, reporting what her dermatologist said", "", "hard call: hearsay figure attributed to the writer's own doctor; treated as reported speech, not S"),
], g="F")
P("https://doctorherdmanclinic.com/resources/articles/mens-health/erectile-dysfunction-l-arginine", "integrative medical clinic article: erectile dysfunction and L-arginine", [
 ("Research shows that men who take L-arginine for two to six months score significantly higher on the International Index of Erectile Function: This is a set of fifteen questions rating the frequency of attaining and keeping an erection, and the level of satisfaction with penetration and intercourse.", "", "S", "'research shows', no citation"),
 ("Clinical studies show that erectile dysfunction (ED) is a symptom, rather than a condition.", "", "S", "hard call: 'clinical studies show' without citation"),
 ("Plaque buildup in the pelvic and penile arteries is responsible for ED in about 40% of men over 50 years old.", "", "S", "no source"),
 ("Though adult bodies make some arginine, and small amounts are found in nuts, seeds, and legumes, it needs to be consumed through supplementation to reach adequate levels to help male sexual functions.", "", "", ""),
], g="A")
