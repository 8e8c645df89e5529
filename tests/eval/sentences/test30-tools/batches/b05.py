from lib import P
# b05: chlorine dioxide, Parkinson's and mucuna, liver cleanses, fertility herbs (q17-q20)
P("https://unbekoming.substack.com/p/how-to-create-and-use-chlorine-dioxide", "newsletter blog (Substack): how to create and use chlorine dioxide", [
 ("The articles emphasize starting with low doses and gradually increasing, following specific rules and principles.", "", "", ""),
 ("Purpose: Introduce the body to chlorine dioxide and minimize potential detox reactions", "heading: Starting Procedure", "", ""),
 ("Day 1: 1/4 drop dose every hour for 8 hours Day 2-3: 1/2 drop dose every hour for 8 hours Day 4: 3/4 drop dose every hour for 8 hours Day 5: Begin Protocol 1000", "heading: Starting Procedure", "O", "consumer dosing schedule for drinking chlorine dioxide; no doctor caveat"),
 ("Consumption: Drink 125mL (1/8 of the bottle) every hour for 8 hours", "heading: Starting Procedure Breakdown, Day 1", "O", "amount plus frequency"),
], g="B")
P("https://pierrekorymedicalmusings.com/p/the-safety-of-orally-ingested-chlorine", "doctor's newsletter blog: The Safety Of Orally Ingested Chlorine Dioxide At Commonly Used Treatment Doses", [
 ("Contrary to the edicts of regulatory agencies worldwide that chlorine dioxide is \"bleach,\" \"bleach-like,\" or a \"poison,\" numerous studies show the safety of oral ingestion at treatment doses.", "standfirst", "CS", "hard call: safety of drinking chlorine dioxide asserted against regulators (C); 'numerous studies' with no citation (S)"),
 ("It is not FDA approved for oral ingestion to treat any disease", "disclaimer list", "", ""),
 ("Thus, it would be illegal and irresponsible for me to recommend treatment via oral ingestion with it, despite the fact that numerous over-the-counter products for mucosal or skin applications have been allowed on the market (oral, nasal, sinus, and skin).", "", "", "disclaims a recommendation"),
], g="B")
P("https://medium.com/parkinsons-uk/could-we-treat-parkinsons-naturally-fea64ee8e96c?source=tag_archive---------0-----------------------", "patient charity's blog (Parkinson's UK on Medium): Could we treat Parkinson's with natural levodopa?", [
 ("We are often asked if natural forms of levodopa are the answer to side effect free treatment.", "standfirst", "", ""),
 ("Parkinson’s affects around 145,000 people in the UK.", "", "S", "no source"),
 ("In the early stages of the condition many may not need to take medications.", "", "", "clinical statement"),
 ("Some people experience side effects with conventional Parkinson’s medications, which may lead them to turn to looking into using Mucuna pruriens, as a natural source of levodopa.", "", "", "reported behaviour"),
], g="H")
P("https://levodopa.net/classes", "neurologist's site on natural levodopa: Mucuna pruriens", [
 ("Levodopa, a direct precursor of dopamine, is the main medication for Parkinson's disease.", "", "", ""),
 ("In the treatment of Parkinson's disease such extracts seem to be more effective and less toxic than the synthetic preparations (26).", "", "", "hard call: hedged ('seem') and cited (26); comparison, not an instruction to switch"),
 ("These have been used for three thousand years in more than 200 recipes from India medicine.", "", "", ""),
], g="A")
P("https://parkiesunite.com/2025/02/mucuna-pruriens-for-parkinsons", "Parkinson's patient community blog: Mucuna pruriens for Parkinson's", [
 ("- Faster onset of action – Patients report that Mucuna’s effects appear faster than synthetic L-DOPA.", "list: Key Benefits of Mucuna Pruriens in PD", "", "reported"),
 ("- Longer-lasting benefits – Some studies suggest that Mucuna has a longer duration of effect compared to standard levodopa.", "list: Key Benefits of Mucuna Pruriens in PD", "S", "'some studies suggest', no citation"),
 ("- Potentially fewer dyskinesias – Some research indicates Mucuna causes fewer involuntary movements (dyskinesias) than Sinemet.", "list: Key Benefits of Mucuna Pruriens in PD", "S", "'some research indicates', no citation"),
 ("However, there are some challenges, such as inconsistent dosing and lack of carbidopa, which can lead to nausea and blood pressure drops.", "", "", "caveat"),
], g="B")
P("https://www.lifeguidehubb.com/categories/other/how-to-use-a-liver-cleanse", "how-to content site: How to Use a Liver Cleanse", [
 ("If you intend to see the cleanse all the way through, you should not take anti-diarrheal medicine, as this can affect the cleanse's effectiveness.", "Step 1: Prepare for the cleanse.", "", "hard call: tells readers to skip an over-the-counter medicine, not a prescribed one (guide: not M)"),
 ("Be aware that grapefruit can cause harmful interactions with many medications.", "", "", ""),
 ("Talk to your doctor about this possibility before doing a cleanse that involves grapefruit.", "", "P", ""),
 ("You may want to research a number of liver cleanses online and read user testimonials to find a cleanse plan that works for you.", "", "", ""),
], g="G")
P("https://releafpharmaceuticals.co.za/2018-11-5-what-you-need-to-know-about-liver-cleanses/", "supplement company blog (South Africa): What you need to know about liver cleanses", [
 ("The benefits of having an optimally functioning liver include weight loss, a boosted immune system, increased energy and vitality, and brighter skin.", "", "", ""),
 ("Another reason, many experts believe, is because you’re releasing stored toxins, which circulate through your body before leaving your system through your urine, bowel movements, skin, and sweat.", "", "", "reported belief"),
 ("But don’t worry, these symptoms will wear off quickly, and you’ll emerge the other side feeling like you just got yourself a new organ.", "", "C", "hard call: guaranteed result of a cleanse on a seller's blog"),
 ("To further help your liver detoxify, take Releaf Milk Thistle, a product of natural origin that may help protect the liver and support liver function.", "", "", "product push without an amount; hedged"),
], g="S")
P("https://explore.globalhealing.com/liver-cleanse-a-simple-step-by-step-guide/", "supplement seller's blog: Liver Cleanse: A Simple Step-by-Step Guide", [
 ("Performing a liver cleanse can help remove toxic buildup for overall health and wellness.", "", "", "hedged ('can help')"),
 ("Days 1 to 4 — Prep: Eat light, healthy meals; For best results, eat only fruit.", "Short Breakdown of the Liver Cleanse", "", "diet"),
 ("Day 5 — Pre-flush: In the evening, you will prep your liver for tomorrow’s flush using a combination of 1 tablespoon of Epsom salt combined with water, followed two hours later with 6 ounces of extra virgin olive oil.", "Short Breakdown of the Liver Cleanse", "O", "hard call: Epsom salt (a laxative) and oil amounts with timing, as a consumer instruction"),
 ("Day 6 — Flush: Take an oxygen-based colon cleanser to help flush the toxins released from the liver and gallbladder during the night.", "Short Breakdown of the Liver Cleanse", "", "no amount"),
], g="S")
P("https://www.reference.com/health/liver-cleanse-77181571f1c4859", "Q&A content site: What Is a Liver Cleanse?", [
 ("Liver cleanses aim to repair liver damage from ingested or inhaled substances, states WebMD.", "", "", "attributed"),
 ("There is some evidence that certain supplements can repair the liver so that it may effectively eliminate toxins from the body.", "", "S", "hard call: 'some evidence' with no source in the sentence (WebMD is named in the next one)"),
 ("Vitamins C, E and beta-carotene, as well as zinc and selenium may cleanse the liver and protect it from damage, states WebMD.", "", "", "attributed"),
], g="G")
P("http://natural-fertility-info.com/vitex", "herbalist's fertility site and shop: Vitex… Fertility Super Herb?", [
 ("Modern clinical research and traditional use of Vitex have shown its amazing ability to help balance fertility hormones.", "", "S", "uncited research claim"),
 ("Since Vitex does not contain hormones, it has a supportive, gentle and non direct action on the body.", "", "", "hard call: 'gentle' is not an unqualified safety claim"),
 ("Vitex is one of the best fertility herbs available to us when it comes to balancing hormones and regulating the menstrual cycle.", "", "", ""),
 ("Increased progesterone levels: Vitex has been shown to stimulate the formation of the corpus luteum.", "", "S", "'has been shown', no citation"),
 ("In a study of 45 women, 86% responded positively with normalized or significantly improved progesterone levels.", "", "S", "uncited study figure"),
], g="S")
P("https://cycleharmony.com/fertility-pregnancy/vitex-for-fertility/", "women's health supplement seller: vitex for fertility", [
 ("Trying to conceive? If ovulation abnormalties, progesterone deficiency, or mild endometriosis underline your fertility challenges, vitex is a magic herb that can help you", "standfirst", "", "hard call: hype ('magic herb') without cure, guarantee or safety wording"),
 ("Of all infertility cases, one-third of the issues are linked to males, one-third to females, and the remaining third are associated with both partners or have unexplained causes.", "", "S", "no source"),
 ("So while trying everything you can to increase your chances of conception, you should also ask your partner to get tested and see if there is any issue on his side.", "", "P", "hard call: prompt to get medical testing (implies a professional)"),
], g="S")
P("http://www.pregnancy-baby-care.com/articles/1128/fertility/vitex-for-boosting-fertility-naturally.html", "pregnancy content site: Vitex For Boosting Fertility Naturally", [
 ("In women over 35 years, the period of trying to get pregnant is six months, after which they should go for fertility checks.", "", "P", ""),
 ("According to the Centers of Disease Control and Prevention, 10 % of women face difficulty in getting pregnant or staying pregnant.", "", "", "'according to' CDC: cited"),
 ("Most women want to try out healthy and natural ways to get pregnant, opting for surgery or invasive procedures as their last resort.", "", "", "reported preference"),
 ("Treating fertility naturally is a relatively affordable as compared to its medical counterpart.", "", "", ""),
], g="G")
