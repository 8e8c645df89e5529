# sent41 batch 9: hair-growth guarantees, GLP-1 supplement guides, laser devices for arthritis (queries 37-39)
from lib import P
P("https://hairbornproducts.nl/en/pages/geld-terug-garantie", "hair serum seller's money-back guarantee page", [
 ("We believe in our formula, but we don't promise miracles.", "", "", ""),
 ("Our serum works for many users, but not for everyone.", "", "", "hard negative: explicitly not for everyone"),
 ("A shorter period is not a realistic test for hair growth.", "", "", ""),
], g="S")
P("https://stopandregrow.com/guaranteed-hair-regrowth", "hair-loss programme page 'Guaranteed Hair Regrowth'", [
 ("Stop and Regrow is a holistic program that stops hair loss and regrows thinning hair by treating the underlying biochemical cause of hair loss rather than the visible symptom.", "", "C", "unqualified claim to stop and reverse hair loss"),
 ("Stop and Regrow is the only non-surgical solution on the market with guaranteed hair regrowth (for eligible candidates).", "", "C", "guarantee of a result (the refund terms follow)"),
 ("Dr. Nettles is confident that if this solution doesn’t work for you, no other treatment on the market will.", "", "", ""),
], g="S")
P("https://www.thewellnesslondon.com/articles/stop-wasting-money-on-serums-the-treatments-that-actually-regrow-hair", "London aesthetics clinic article on hair regrowth treatments", [
 ("By the age of 50, around 40% of women and over half of men will experience noticeable hair thinning.", "", "S", ""),
 ("The reality is no topical product can match the results of Platelet-Rich Plasma (PRP) therapy.", "", "", ""),
 ("Multiple randomised controlled trials have confirmed its efficacy, making it the most effective non-surgical treatment available today.", "", "S", ""),
], g="H")
P("https://firstfruitshealthandwellness.com/fruitful-living/glp-1-supplements-guide", "wellness practice guide to GLP-1 supplements", [
 ("FDA-approved GLP-1 medications, like Ozempic and Wegovy, can reduce daily calorie intake by 20-30%.", "", "S", ""),
 ("Mixing unregulated supplements with prescription GLP-1 medications might create serious health risks, especially for diabetes patients.", "", "", ""),
], g="H")
P("https://voicemodel.io/u/raji/glp-1-supplements", "user page on a general site about GLP-1 supplements", [
 ("For individuals with serious metabolic conditions, relying on unproven supplements can delay effective, evidence-based care.", "", "", ""),
 ("Consumers should approach GLP-1 supplements with caution, prioritize transparent labeling, third-party testing, and always consult a healthcare professional, especially if they have existing medical conditions or are on other medications.", "", "P", ""),
], g="G")
P("https://energevox.com/5-most-popular-weight-loss-methods-and-what-you-need-to-know-about-them", "content site on popular weight-loss methods", [
 ("To be safe, always obtain your GLP-1 products through a qualified health care provider and state-licensed pharmacy.", "", "P", ""),
 ("Although weight loss is virtually certain at that calorie level, it’s from the restriction of calories, not from the HCG hormone.", "about the HCG diet", "", ""),
], g="G")
P("https://blueheronhealthnews.com/site/2018/01/06/new-method-to-heal-arthritis-without-side-effects", "health newsletter article 'New method to heal arthritis without side effects'", [
 ("This method is inexpensive and causes no side effects.", "about low-level laser therapy for arthritis", "C", ""),
 ("While 9 of the conventional therapy patients needed a knee replacement after 6 years, only 1 patient in the combined therapy group did, showing that low-level laser therapy is extremely effective and should be incorporated in arthritis treatments.", "previous sentence names the journal Lasers in Medical Science and places the study 'just before' a 2016 one", "", "hard call: journal and approximate date given"),
 ("They’re very safe and you can even get similar home-use devices.", "", "C", ""),
], g="N")
P("https://coldlasertherapyreviews.com/blog/using-cold-laser-therapy-to-treat-arthritis/", "cold-laser device review (affiliate) site on arthritis", [
 ("Expensive medical treatments and countless prescriptions often don’t take care of the issues, so they continue to search for way to lessen the pain and go on to life a happy, productive life.", "", "", ""),
 ("In a study conducted regarding people with osteoarthritis and rheumatoid arthritis, low level laser therapy reduced pain by 70 percent relative to placebo and reduced morning stiffness by as much as 27.5 percent.", "", "S", ""),
], g="S")
P("https://purutkersensalal.web.app/gallery/laser-light-therapy-for-arthritis.html", "scraped gallery page on laser light therapy for arthritis", [
 ("Lllt should be considered for short term relief of pain and morning stiffness particularly since it has no known side effects.", "", "C", "hard call: 'no known side effects' stated without source on a scraped page"),
 ("Supporters of laser therapy suggest it could treat ailments as diverse as arthritis chronic pain joint disorders and even addictions such as smoking.", "", "", "reported"),
], g="G")
P("https://arthritis-advisor.com/?p=7614", "arthritis newsletter article on low-energy lasers", [
 ("A few small studies have shown some effectiveness in decreasing the pain of knee arthritis, and some studies have shown that it can relieve morning stiffness and pain in the hands of patients with rheumatoid arthritis for up to four weeks.", "", "S", "uncited research claims"),
 ("However, more recent well-designed, controlled studies, have found no benefit from low-energy lasers in relieving pain in rheumatoid arthritis or other musculoskeletal conditions.", "", "S", "hard call: debunking, but still an uncited research claim"),
], g="N")
P("http://cooperativemedicine.com/laser-articles/painarthritistendinitis/", "integrative medicine centre page on laser therapy for pain", [
 ("Chronic pain affects as many as 100 million people (30% of the U.S. population) with a financial burden estimated roughly at $100 billion.", "", "S", ""),
 ("If you have been told that you just have to live with pain, think again.", "", "", ""),
 ("He was seen for seven visits and cancelled surgery.", "case study of a patient scheduled for back surgery", "", "narrative case report"),
], g="H")
P("https://www.lasermdpainrelief.com/Arthritis-pain-treatment.html", "laser pain clinic page on arthritis", [
 ("Osteoarthritis is the most common type, with an estimated 27 million people affected at any time.", "", "S", ""),
 ("Prior studies with weaker Class III lasers, so called \"low level laser therapy\" or \"cold lasers\", has been shown by numerous scientific studies to be worthless at treating arthritis.", "", "S", ""),
 ("Osteoarthritis can be well treated with high power laser therapy.", "", "", "treatment claim without cure wording"),
], g="H")
P("http://fibromodem.com/laser-focussed/", "personal blog on fibromyalgia, post about a home laser device", [
 ("Low energy lasers are widely used to treat a variety of musculoskeletal conditions including fibromyalgia, despite the lack of scientific evidence to support its efficacy.", "", "", ""),
 ("It seems that we have a family friend with polymyalgia in Israel who swears by this machine, so Mommy bought it (not just for me to try, but also for her back pain).", "", "", "narrative"),
], g="B")
