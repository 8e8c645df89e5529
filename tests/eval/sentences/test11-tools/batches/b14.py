from lib import P
P("https://thelonerider.com/2014/jul/cancer/essiac.html", "personal site health section: Essiac tea recipe and use for cancer", [
 ("The dosage depends on the condition.", "", "", ""),
 ("For immune tonic use or very mild ailments, 2 ounces once daily.", "", "O", "consumer dose, no caveat"),
 ("Increase the frequency up to 3 times daily with up to 3 ounces each time according to the severity of the ailment, which is usually cancer.", "", "", "hard call: an upper limit ('up to'), round 10 convention"),
 ("Cancer patients undergoing other treatments, even with allopathic drugs, have used the tea as well.", "", "", ""),
 ("However, cancer or AIDS should be treated holistically by abstaining as much as possible from toxic medicines, toxic foods, toxic household and cosmetic items, and toxic thinking.", "", "MD", "tells cancer and AIDS patients to avoid 'toxic medicines'"),
], g='B')
P("https://just-t.com/pages/how-to-take-essiac-tea", "Essiac tea seller: how to take Essiac tea", [
 ("If you have cancer or any chronic illness, the recommended dosage is:", "", "", "lead-in without an amount"),
 ("2oz of the decoction twice a day with 3-7 day breaks every 4-6 weeks.", "list item after: If you have cancer or any chronic illness, the recommended dosage is:", "O", "consumer dose for cancer on a seller page"),
 ("Take 1oz mixed with 2oz of clean (not tap) boiled water, taken once a day, preferably at bedtime, for about 7 - 10 days (optional)", "list item", "O", ""),
 ("For example, if you weigh 120lbs. try to drink 60 oz of water daily to flush the toxins and dead cancer cells from your body.", "", "C", "hard call: presupposes the tea kills cancer cells; water intake itself is not O"),
], g='S')
P("https://222health.com/cancer/cancer-treatments/27759.html", "alternative-medicine content site: Essiac cancer cure", [
 ("Essiac has been reported to be an effective treatment for asthma, arthritis, depression and numerous other chronic illnesses.", "", "S", "'has been reported', no source"),
 ("Despite its lack of researched efficacy, it does not prevent thousands of people from using it daily.", "", "", ""),
 ("Despite numerous testimonials from individuals claiming to be helped by the herbal mixture, the Canadian medical authorities found there was little evidence of its effectiveness.", "", "", ""),
 ("An average dose is 1 ounce taken 1-3 times per day.", "", "", "hard call: descriptive ('an average dose is')"),
], g='G')
P("https://serenehealingreikistudio.com/product/original-essiac-tea/", "reiki studio shop product page: original Essiac tea", [
 ("Essiac Tea is not just for cancer.", "", "", ""),
 ("Many people take it for general health purposes to detoxify their bodies, for healing of various ailments, or to protect themselves from disease.", "", "", ""),
 ("It can also be given to pets safely.", "", "C", "hard call: safety assurance on a product page"),
 ("-Halts diarrhea, checks internal hemorrhaging and overcomes constipation", "list item under: Therapeutic Benefits", "", "treatment claims without cure wording"),
], g='S')
P("http://www.phend.co.za/essiac/dosage.htm", "Essiac tea seller: dosage page", [
 ("Basic single daily dose: 30ml", "", "O", ""),
 ("Allow at least 3 hours to elapse between using Essiac and any prescription medicines", "", "", "hard call: timing of the herbal tea, not a change to the prescribed medicine"),
 ("Not recommended if you are pregnant.", "", "", ""),
 ("For the first week start on a 30ml tea mixture and depending on your condition you may increase to a twice daily dose of 30ml (morning and evening) however you will need to dramatically increase your intake of water (not fluids).", "", "O", ""),
 ("Higher doses of Essiac do not necessarily work better or faster.", "", "", ""),
], g='S')
P("https://www.oldnaturalcures.com/general/powerful-cancer-treatment-herbal-tea-makes-tumors-shrink-cancer-cells-die/", "natural-cures content site: the cancer-treatment herbal tea that makes tumors shrink", [
 ("The Powerful Cancer-Treatment Herbal Tea That Makes Tumors Shrink And Cancer Cells Die", "page title", "C", "hard call: title states the effect as fact (round 10 headline convention), although the body hedges"),
 ("Although its effectiveness is not scientifically confirmed, Essiac tea is one of the most popular alternative treatments for cancer patients.", "", "", ""),
 ("Rene Caisse claimed that tea with Essiac had cured hundreds of patients.", "", "", "reported claim"),
 ("Cancer Research also emphasizes that there is no scientific evidence that Essiac can help treat cancer or control symptoms, and also warn that Essiac may interact with some of the treatment methods, so it’s important that patients who opt for this alternative therapy are consulted your doctor.", "", "P", "hard call: attributed warning that ends in a third-person prompt to consult the doctor"),
], g='G')
P("https://shesightmag.com/soursop-fruit-10000-times-stronger-than-chemotherapy", "women's magazine: soursop fruit 10,000 times stronger than chemotherapy", [
 ("Soursop Fruit: 10,000 Times Stronger Than Chemotherapy", "headline", "C", "hard call: headline states the claim as fact without quotation marks; the body debunks it"),
 ("The fruit called soursop, or guanabana, is claimed to be 10,000 times more effective than chemotherapy at reversing cancer effects.", "", "", "reported claim"),
 ("However, no large-scale clinical trials on humans have confirmed Graviola’s efficacy as a cancer treatment.", "", "", ""),
 ("The FDA and FTC have warned against selling Graviola extract with cancer-curing claims, describing these products as “bogus.”", "", "", ""),
], g='N')
P("https://alkalinevalleyfoods.com/?p=2461", "alkaline food shop blog: soursop and cancer", [
 ("Some traditional claims are that soursop has the ability heal several diseases, including cancer.", "", "", "reported"),
 ("Another study published in the Journal of Natural Products concluded that one element found in the soursop was 10,000 times more effective than a chemotherapy drug called Adriamycin.", "", "", "hard call: attributed to a named journal; a reported comparison, not an instruction"),
 ("The Catholic University of South Korea found that not only did soupsop rid cancer cells effectively, but also didn’t effect healthy cells.", "", "", "hard call: attributed to a named institution"),
 ("This is opposite of chemotherapy, where all the cells are destroyed, both the good and the bad cells.", "", "", "hard call: disparages chemotherapy without instruction"),
], g='S')
P("http://cancereffects.com/soursop-cancer-treatment-hoax-or-real/", "alternative cancer information site: soursop cancer treatment, hoax or real", [
 ("It is a powerful fruit that fights different types of cancer and helps regulate many body functions.", "", "", "treatment claim without cure wording"),
 ("In the Caribbean, soursop leaves are considered as great remedy to eliminate mumps, nervousness, and insomnia.", "", "", "reported belief"),
 ("In alternative medicine, certain practitioners make a decoction with a few soursop leaves and a cup of water for their patients to drink it on an empty stomach for a week or so in order to reduce side effects of chemotherapy drugs.", "", "", "reported practice"),
], g='A')
P("https://www.dietoflife.com/graviola-fruit-10000-times-stronger-chemo/", "diet content site: graviola 10,000 times stronger than chemo, is it true", [
 ("While the FDA does not agree with anti-cancer studies that show the graviola’s potential for selectively targeting and killing cancer cells within the body, many people continue to take it particularly for this purpose.", "", "", ""),
 ("Indeed, there is a significant corpus of independent research out there on graviola’s anti-cancer effects that go in favor of the graviola’s mass consumption.", "", "S", "research claim without source"),
], g='G')
P("https://ca.news.yahoo.com/fact-check-truth-behind-claims-110000203.html", "news portal fact check (repost): soursop 10,000 times more effective than chemotherapy", [
 ("Chemicals within the fruit have shown potential anticancer properties in the lab, but no evidence supports its use as a \"cure\" for cancer.", "", "", ""),
 ("This fruit is called soursop or guanabana and has been proven to be 10,000 times more effective than chemotherapy at reversing the affects of cancer.", "quoted social-media post in a fact check rated False", "", "debunking: quoted claim"),
 ("Claims of their potential to \"cure\" cancer, similarly, have long been a fixture in certain regions of the internet — fringe health websites and supplement hucksters, primarily.", "", "", ""),
], g='N')
P("https://health--tip.blogspot.com/2013/02/perfect-cancer-curing-fruit.html", "health tips blog: perfect cancer curing fruit (debunks the soursop message)", [
 ("Perfect Cancer Curing Fruit", "post title", "C", "hard call: title states a cure; the body calls the claim a hoax"),
 ("The message claims that Graviola, also called Soursop is a miraculous, natural cancer cell killer which is 10,000 times stronger than Chemotherapy.", "", "", "reported claim"),
 ("But these tests were only confined to test tubes, no large scale clinical trials were conducted on humans to determine the safety and efficacy of Graviola for treating cancer.", "", "", ""),
], g='B')
