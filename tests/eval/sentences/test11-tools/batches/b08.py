from lib import P
P("https://easyhealthoptions.com/treatment-reversed-type-2-diabetes/", "natural-health newsletter site: the treatment that reversed type 2 diabetes", [
 ("In mainstream medicine, the entire focus of type 2 diabetes is disease management through medication.", "", "", ""),
 ("That all needs to change… because the study in the Lancet reveals that, most diabetics, technically, can reverse diabetes — without medications.", "", "", "hard call: overstated, but attributed to a named journal study; not the writer's own cure claim"),
 ("He proves that diabetes can effectively be reversed in just 30 days by adhering to a strict nutrient-rich raw food diet.", "", "C", "endorsed reversal claim with a time guarantee"),
 ("Although not easy, it can be done reliably and reproducibly, under the direction of raw cuisine chefs and his coaching staff in Patagonia, Arizona.", "", "C", "hard call: guaranteed result ('reliably and reproducibly')"),
], g='A')
P("https://alternativemedicine.visualstories.com/passion-flower-tea", "alternative-medicine web story: passion flower tea", [
 ("This is used to relieve anxiety symptoms and muscle tension, with a dose consisting of ½ or ¼ teaspoon of the mixture, twice a day, after every 2 - 3 hours.", "", "O", "hard call: consumer amount and frequency for an herbal remedy, no caveat"),
 ("The dose should be increased slowly, and not consumed in one go.", "", "", ""),
 ("Depending on its effect and response by the body, you can alternate your dose timings.", "", "", ""),
], g='G')
P("https://222health.com/alternative-medicine/herbs-alternative-medicine/144702.html", "alternative-medicine content site: tincture remedy for nerves and tension", [
 ("Most herbs are generally safe to use in tinctures, so experiment a little to see how they work for you.", "", "", "hedged ('generally')"),
 ("It is very safe to use, although pregnant women should use it with caution and under the care of a doctor, naturopath or midwife.", "about chamomile", "C", "hard call: 'very safe' assurance (round 10: 'safe and effective' is C); the caveat covers pregnancy only"),
 ("St. John's Wort is effective for relieving nervousness and tension.", "", "", "treatment claim without cure wording"),
 ("Take up to 15 drops of your tincture three times a day when you are feeling anxious or tense.", "", "", "hard call: an upper limit ('up to'), round 10 convention"),
 ("Don't use valerian for more than 3 weeks at a time.", "", "", ""),
], g='A')
P("http://thehealthalert.blogspot.com/2012/09/how-antibiotics-work.html", "health blog: how antibiotics work, garlic", [
 ("An antibiotic is a selective poison.", "", "", ""),
 ("Antibiotics do not work on viruses because viruses are not alive.", "", "", ""),
 ("Garlic is a very powerful antibacterial, antiviral, and anti pathogen substance.", "", "", ""),
 ("It is the heavy artillery when it comes to destroying any type of infection.", "", "C", "hard call: garlic presented as destroying any infection"),
 ("For any infection, anywhere in the body, garlic can and should be taken internally.", "", "", "hard call: instruction without cure wording, amount or a swap of a prescribed medicine"),
], g='B')
P("http://www.allsands.com/health/advice/health/advice/lunginfections_tme_gn.htm", "content site: garlic as an alternative to antibiotics for lung infections", [
 ("One very effective alternative to traditional antibiotics is garlic.", "next sentence: Of course, these are both serious illnesses and you should always consult a doctor before beginning any alternative treatment.", "", "hard call: swap framing, but the next sentence tells the reader to consult a doctor"),
 ("Of course, these are both serious illnesses and you should always consult a doctor before beginning any alternative treatment.", "", "P", ""),
 ("I have found that the best garlic to take for infections is in your refrigerator, not on your pharmacy shelf.", "", "", ""),
 ("However, these minor side effects are justified by the effectiveness of the garlic.", "", "", ""),
 ("The best way to use garlic for lung infections is to take one or two cloves, depending on the size of the cloves and the severity of your symptoms, three times a day.", "the consult-a-doctor sentence is in the introduction, two paragraphs earlier", "O", "hard call: consumer amount and frequency; the caveat is not in this section"),
], g='G')
P("http://www.natural-homeremedies.com/blog/garlic-as-a-natural-antibiotic/", "home-remedy site blog: garlic as a natural antibiotic", [
 ("It can alleviate joint pains, lower cholesterol level and cure a variety of bacterial infections.", "", "C", ""),
 ("Compared to commercial antibiotics, garlic has been found to be more potent as a broad spectrum antibiotic.", "", "MS", "hard call: 'more potent than' antibiotics is a swap framing (round 10); 'has been found', no source"),
 ("Modern studies have confirmed it and also shown that not only bacteria, but garlic can be effective against viruses and fungi too.", "", "S", ""),
 ("If you really want to harvest the benefits, try to take it raw.", "", "", ""),
], g='G')
P("http://shikshaadeekshaa.com/health/garlic-for-acne/", "education/health blog: garlic for acne, natural antibiotics", [
 ("Antibiotics sure have side effects that’s why it is the best practice to use natural antibiotics to treat bacterial infections first.", "", "M", "hard call: tells the reader to use garlic and turmeric before antibiotics for bacterial infections"),
 ("Now that you know what are antibiotics , let me tell you about two natural antibiotics Garlic and Turmeric that have no side effects.", "", "C", "'no side effects'"),
 ("Never get tempted to eat more than 1 or 2 cloves per day.", "", "", "upper limit"),
 ("Garlic works like a natural antibiotic against bacteria and unlike antibiotics, no resistance can be built up so it is absolutely safe to use.", "list item under: Health benefits of garlic", "C", "'absolutely safe'"),
], g='G')
P("https://enviroliteracy.org/animals/?p=212757", "content site: harnessing the power of garlic, a natural antibiotic guide", [
 ("The method and dosage depend on the specific infection and individual tolerance.", "", "", ""),
 ("It’s crucial to remember that while garlic offers promising natural benefits, it shouldn’t replace conventional medical treatment for serious infections.", "", "", "warning against replacing"),
 ("Consult a healthcare professional for proper diagnosis and guidance.", "", "P", ""),
 ("Modern science is now confirming what our ancestors intuitively knew: garlic possesses significant antibacterial, antiviral, and antifungal properties.", "", "S", "hard call: research claim without source"),
], g='G')
P("https://myonatural.com/natural-quick-pain-relievers", "natural pain-relief product site: natural quick pain relievers", [
 ("Pain-relieving creams provide you fast and instant relief from severe pain either the pain is in your joints, muscles or bones.", "", "C", "hard call: guaranteed instant relief on a product site"),
 ("Arthritis is a disease most common in people also called joint pain.", "", "", ""),
 ("High dosages are used to treat the chronic form of arthritis called rheumatoid arthritis.", "", "", ""),
], g='S')
