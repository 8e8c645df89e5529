from lib import P
P("https://mineralbalance.co.uk/cloves-black-walnut-hull-wormwood-natural-anti-parasitic-herbs/", "supplement shop blog (UK): cloves, black walnut hull, wormwood, natural anti-parasitic herbs", [
 ("We all have parasites to some extent it’s simply unavoidable and shouldn’t be something to normally worry about.", "", "", ""),
 ("You do not require a doctors prescription to access them, you can find them very conveniently, and they do not contain toxic or synthetic additives that could potentially put extra strain on your organs.", "", "D", "hard call: sells self-treatment as a benefit because no doctor is needed"),
 ("For this reason alone herbs should be the first choice for many people suffering with parasites, especially if you want to treat parasites yourself at home.", "", "D", "steers people with parasites to self-treatment at home"),
 ("For example many anti-parasite herbs have been shown to improve the immune systen, restore the good bacteria in your gut, and act as Adaptogens.", "", "S", "'have been shown', no source"),
], g='S')
P("http://mrsmangoandcompany.com/black-walnut/", "herb shop product page: black walnut (parasite cleanse)", [
 ("According to numerous studies, nearly 85% of all Americans have parasites of one form or another in their bodies.", "", "S", "hard call: 'numerous studies', none named"),
 ("If you are having difficulty with any of these symptoms, a parasite cleanse is an excellent idea.", "list before: diarrhea, abdominal cramps, nausea, ... sudden weight loss ..., slight fever", "D", "hard call: steers people with these symptoms to a self-administered cleanse"),
 ("New research even points to parasites having a contributing factor in Chrones, Ulcerative colitis, arthritis, anemia and some forms of cancer.", "", "S", "'new research', none named"),
 ("Not safe to use while pregnant because it can stimulate uterine contractions.", "", "", "warning"),
], g='S')
P("https://222health.com/alternative-medicine/other-alternative-medicine/49097.html", "health content farm: Lugol's iodine cures", [
 ("Lugol's Iodine Cures", "title", "C", "title names the product as a cure"),
 ("Low iodine levels must be addressed by supplementing with iodine.", "", "", ""),
 ("If you are not experiencing symptoms, but feel that iodine supplementation is for you, take one drop daily in a glass of apple juice or filtered (non-chlorinated) water with apple cider vinegar.", "", "O", ""),
 ("If you have two or more of the symptoms mentioned above, increase the dose to three or four drops per day.", "", "O", ""),
 ("In the case of salmonella or other food poisoning, you can use up to six drops, but don’t exceed this.", "", "", "hard call: upper limit"),
], g='G')
P("https://www.earthclinic.com/remedies/lugols-iodine-treatment-bill-thompson.html", "folk-remedy site: Lugol's iodine treatment (Bill Thompson)", [
 ("We can suffer from a wide range of illnesses simply because our bodies are deficient in this miraculous iodine.", "", "", ""),
 ("Efficient anti-pathogen-kills most forms of bacteria, viruses, and fungi quickly.", "list: benefits of Lugol's Iodine", "", "no cure wording"),
 ("Effectively works to reverse hypo- and hyperthyroid conditions.", "list: benefits of Lugol's Iodine", "C", "reversal claim"),
 ("Decreases insulin needs/helps diabetes.", "list: benefits of Lugol's Iodine", "", "hard call: claim, not an instruction to change insulin"),
], g='A')
P("https://healthspanlife.wordpress.com/2015/09/28/lugols-iodine-the-quintessential-supplement-against-all-diseases-including-cancer-infections-from-fungi-protozoa-to-tb-hiv/", "personal health blog: Lugol's iodine the quintessential supplement against all diseases", [
 ("LUGOL’S IODINE THE QUINTESSENTIAL SUPPLEMENT: against all diseases including cancer; & infections from fungi & protozoa to TB & HIV:", "title", "C", "hard call: cure-all title"),
 ("give no more than ~12mg/d ie 2 drops 15% in pregnancy, it stimulates the baby!", "notes from a doctor's video", "", "upper limit"),
], g='B')
P("http://www.gainwellness.co.za/2023/11/lugols-iodine.html", "wellness blog (South Africa): Lugol's iodine", [
 ("Besides helping to prevent and treat hypo- and hyperthyroidism, here are some of the the benefits of Lugol's iodine 5% solution:", "", "", ""),
 ("it has antibiotic, anti-viral, anti-fungal, anti-mold and anti-microbial effects that far surpass antibiotics, because it's effective against viruses, fungi and yeasts, and it doesn't create antibiotic resistant bacteria", "list item", "M", "hard call: presented as better than antibiotics (swap framing)"),
 ("it has importance in prevention and treatment of cancer, most notably cancers of the hormone-related organs like thyroid, breast, ovaries and prostate, but also skin and liver cancer", "list item", "", "no cure wording"),
], g='B')
P("http://supahealth.co.nz/afawcs0156406/CATID=18/ID=18/SID=786029102/Lugols-Iodine-Solution-100cc.html", "supplement shop product page (NZ): Lugol's iodine solution", [
 ("The recommended adult daily dose is 8 drops per day.", "", "O", ""),
 ("If it has sufficient iodine it is able to kill germs and virus contained in the blood and release clean blood, which is essential for good heath.", "", "", ""),
 ("An irritable, impatient and restless person can be calmed within 2 hours by taking a drink containing one drop of Lugol’s solution.", "", "C", "hard call: guaranteed result within 2 hours"),
 ("It is good protection against cancer, especially breast, endometrical and ovarium cancers.", "", "", "no cure wording"),
], g='S')
