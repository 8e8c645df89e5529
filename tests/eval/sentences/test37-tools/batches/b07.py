from lib import P
# b07: queries 43-48 (Ayurveda asthma, thyroid cures, BP herbs, alternative cancer clinics, ear infection remedies, stopping BP pills)
P("https://www.vardhanayurveda.com/ayurvedic-treatment-for-asthma.html", "Ayurveda clinic page: Ayurvedic treatment for asthma", [
 ("Asthma is a condition where a person can die instantaneously.", "", "", ""),
 ("Taking regular medication and staying away from allergies is the best way.", "", "", ""),
 ("In Ayurveda, we provide the best cure for Asthma.", "", "C", "seller's cure claim for a chronic disease"),
], g="A")
P("https://truhabit.in/ayurvedic-miracles-a-quick-asthma-prevention-cure-guide-2020", "Ayurveda shop blog: Ayurvedic miracles - asthma prevention and cure guide", [
 ("In fact, a 2019 Lancet study found that 350,000 Indian children were battling asthma caused by traffic-led pollution in 2015.", "", "", "named journal and year"),
 ("Ever wondered: Can Ayurveda cure asthma?", "", "", "question"),
 ("The answer is: YES, YES, YES! A thousand times over.", "answer to: Can Ayurveda cure asthma?", "C", ""),
 ("Allopathic doctors automatically prescribe corticosteroid-infused inhalers and bronchodilators that not only cause significant side-effects but also only treat the symptoms not the source.", "", "", "hard call: disparages inhalers without an instruction"),
], g="S")
P("https://jyovis.com/how-to-cure-hypothyroidism-naturally", "Ayurveda practitioner blog: How to Cure Hypothyroidism Naturally?", [
 ("How to Cure Hypothyroidism Naturally?", "title", "", "question"),
 ("Ayurveda helps in curing such metabolic disorders/ conditions right from the root cause.", "", "", "'helps in curing' is hedged"),
 ("There are beautiful treatments, procedures, remedies, tips, diet, yoga, explained for fighting this problem from its root cause without any external source, without any external drug the thyroid gland starts working properly.", "", "CM", "hard call: promises the thyroid works properly without any drug, i.e. without thyroid hormone"),
 ("Hypothyroidism is very common, fortunately Ayurveda recognizes this condition and has beautiful results for it.", "", "", ""),
], g="A")
P("http://homeopathictreatment4u.com/hypothyroidism.aspx", "homeopath's site: Hypothyroidism homeopathic treatment", [
 ("But with Hormonal Replacement Therapy (HRT) in the form of thyroxin products like Eltroxin and Thyronorm or levothyroxine sodium what happens is that the thyroid gland becomes more sluggish because its work is being done from outside, and eventually it stops producing hormones at all, and the patient becomes dependent on HRT for life time with increasing doses.", "", "", "hard call: disparages thyroxine without an instruction"),
 ("This does not happen with homeopathic treatment in which we do not give HRT but natural homeopathy remedies are given which actually stimulate the thyroid gland to produce normal amount of hormones, thus curing the problem of hypothyroidism from the root.", "", "CM", "cure claim, set up as a replacement for thyroxine"),
 ("Scientific studies have suggested the relation between HRT and cancer and several warnings have been issued by government health departments.", "", "S", ""),
], g="A")
P("https://trickstotreat.blogspot.com/2014/02/how-to-get-rid-of-hypothyroidism.html", "remedies blog: How to get rid of Hypothyroidism", [
 ("The thyroid glands function can be restored to normal or somewhere near normal through alternative therapies and remedies.", "", "", "hard call: 'or somewhere near normal' hedges"),
 ("But for patients who have lost their glands due to surgery may have to suffer with this condition throughout their lifetime but the associated symptoms with this disease can be kept in a check by following natural treatment protocols.", "", "", ""),
 ("Drink plenty of water upto eight glasses as this will help in flushing the toxins accumulated in our body.", "", "", "fluid intake"),
], g="B")
P("https://www.blog.drvikram.com/category/endocrine-health/hypothyroidism/page/2/", "Ayurveda doctor's blog: Permanent Cure of Hypothyroidism With Ayurvedic medicine", [
 ("Permanent Cure of Hypothyroidism With Ayurvedic medicine", "title", "C", ""),
 ("Hypothyroidism is often caused due iodine deficiency.", "", "", ""),
 ("Stress is another factor known to trigger hypothyroidism as physical and emotional stress inhibits the thyroid gland secretion due to reduction of thyrotrophin output.", "", "", ""),
], g="A")
P("https://www.ayushakti.com/symptoms-and-illness/category/h/hypothyroidism", "Ayurveda clinic chain: hypothyroidism", [
 ("Reverse Hypothyroidism and avoid the risk of Obesity, infertility, or heart problems", "heading", "C", "hard call: heading promises reversal of a chronic disease"),
 ("Successfully treated 50000 plus cases over the past 33 years.", "", "", "first-party"),
 ("Statistics say that more than 20 million Americans live with a  thyroid disorder – many of them are unaware of it as it does not show any symptoms in the early stage.", "", "S", ""),
], g="A")
P("https://www.rasyog.com/hypothyroid-cure-and-medicine.php", "Ayurveda medicine seller: Hypothyroid Cure and Medicine", [
 ("Also coconut oil when taken with milk has been suggested to be effective for hypothyroid cure.", "", "", "reported, hedged"),
 ("People with hypothyroidism or other thyroid disease should preferably get a medical advice for a better prognosis.", "", "P", ""),
 ("Kanchnar guggul vati to be taken as 1 tablet twice a day after meals.", "list item", "O", ""),
 ("Swarna malinivasant ras has best result on thyroid.", "list item", "", ""),
], g="S")
P("https://www.submit-articles.net/7-effective-herbal-remedies-for-high-blood-pressure/", "article directory: 7 effective herbal remedies for high blood pressure", [
 ("But as synthetic remedies may have lots of side effects so natural remedies are best for usage.", "", "M", "hard call: swap framing against prescribed blood-pressure drugs"),
 ("So the most important herbs known to cure high BP are -", "", "C", ""),
 ("It not only lowers high blood pressure but it also increases low BP or we can say it is a BP balancer as it brings BP to normal level.", "about garlic", "C", "hard call: guaranteed normalisation"),
 ("The dosage should be 3-5 cloves per day.", "about garlic", "O", ""),
], g="G")
P("https://www.orissapost.com/use-these-natural-ingredients-to-cure-blood-pressure-bp/", "Indian newspaper: use these natural ingredients to cure blood pressure", [
 ("About 75 to 80% of the world population use herbal medicines, mainly in developing countries, for primary health care because of their better acceptability with human body and lesser side effects.", "", "S", ""),
 ("Here are the herbs that can be use to cure high blood pressure:", "", "C", ""),
 ("The health effects of cardamom found that participants with high blood pressure saw significant reductions in their blood pressure readings after taking 1.5 grams of cardamom powder twice a day for 12 weeks.", "", "S", "study amount, not an instruction"),
], g="N")
P("http://www.femininecollective.com/chasing-false-hope-snake-oil-practitioners-offer-miracle-cures-cancer/", "online magazine essay: Chasing False Hope and the Miracle Cures for Cancer", [
 ("I do know that the alternative practitioner described in this piece caused confusion, delays, and emotional trauma, not to mention costing money.", "", "", ""),
 ("Without total surgical removal, survival rates are low.", "", "", ""),
 ("But my father, on those painkillers, decided that he would wait and not start the chemo.", "", "", "narrative"),
], g="N")
P("https://www.chrisbeatcancer.com/study-attacking-alternative-medicine-proves-conventional-cancer-treatment-is-failing/", "alternative cancer blog: Study attacking alternative medicine proves little more than industry bias", [
 ("On the surface, these headlines may be concerning if you are in the natural/alternative health world, but rest assured, I read the entire study and the results are not at all what they claim.", "", "", ""),
 ("The overall death rate for cancer has only improved 5% in the last 60 years.", "", "S", ""),
 ("\"There are none. If you don't do chemotherapy, you're INSANE.\"", "quoted doctor, set up as fear-mongering", "", ""),
], g="B")
P("https://modernalternativemama.com/how-to-stop-an-ear-infection-in-its-tracks/", "natural parenting blog: How to Stop an Ear Infection in its Tracks", [
 ("Five out of every six children experience an ear infection by the time they are 3 years old.", "", "S", ""),
 ("Antibiotics may or may not work on the acute infection and also raises the risk of repeat infections.", "", "", ""),
 ("It is possible for an ear infection to clear on it's own but there are some natural remedies that are safe, gentle, and effective at relieving pain and assisting the body to heal on it's own.", "", "", "generic 'safe, gentle and effective' (round-12 convention: not C)"),
], g="B")
P("https://www.guidelineshealth.com/natural-remedy-ear-infection/", "content site: natural remedy for ear infection", [
 ("Although, the symptoms for this affliction usually resolve themselves rather quickly and there is no need to visit a doctor, nature provides us with natural remedies to ease the pain.", "", "D", "tells readers with a child's ear infection there is no need to see a doctor"),
 ("A natural remedy for ear infection is usually the safest treatment.", "", "", "hedged"),
 ("People who have tried this remedy recommend removing the clove after a period of eight to twelve hours.", "", "", ""),
], g="G")
P("https://www.nacdd1305.org/uncategorized/ear-infections-natural-remedies.html", "scraped magazine article: Ear Infections Natural Remedies", [
 ("Antibiotics are often the treatment of choice by doctors, but if the infection is caused by a virus or allergy, antibiotics will be of little use.", "", "", ""),
 ("For pain, Dr. Wiancek recommends garlic oil and mullein drops, five drops in each ear twice a day.", "a naturopathic doctor quoted", "O", "hard call: a quoted practitioner's remedy dose passed on to readers"),
 ("So one of the first steps she takes is having patients eliminate dairy to eliminate the mucus buildup.", "", "", ""),
], g="G")
P("https://www.generationnourished.com/post/natural-ear-infection-remedies", "nutrition blog: Natural Ear Infection Remedies", [
 ("Seek immediate medical care if:", "list follows (baby pulling ears, earache in a child under seven, discharge, hearing loss)", "P", ""),
 ("The problem with this approach is that it doesn't get to the root cause of these infections.", "", "", ""),
 ("After confirming with your medical practitioner that it's safe to do so, there a few natural remedies you can try, to improve the discomfort and symptoms of ear infections.", "", "P", ""),
], g="B")
P("https://greenheal.net/natural-remedies-for-ear-infections", "natural health site: Natural Remedies for Ear Infections", [
 ("Antibiotics work, but they're not always needed.", "", "", ""),
 ("Most ear infections clear up on their own, especially in healthy kids and adults.", "", "", ""),
 ("If you see pus, blood, or your child is under six months, skip the home cures and call your doctor.", "", "P", ""),
], g="G")
P("http://www.lowerpressure.com/the-effect-of-stress-and-anxiety-on-blood-pressure-2/", "blood-pressure Q&A site: stress and blood pressure", [
 ("Stress and anxiety certainly contribute to high blood pressure.", "answer to a reader on lisinopril", "", ""),
 ("Plenty of people are able to control their blood pressure with life style changes and do not take medication.", "answer to a reader asking whether he can come off lisinopril", "", "hard call: reported possibility, no instruction to stop"),
 ("I encourage you to take the steps necessary to decrease the stress in your life.", "", "", ""),
], g="G")
P("https://parkinsonsand5htp.blogspot.com/2015/01/back-on-blood-pressure-pills-feeling.html", "patient blog: Back on Blood Pressure Pills", [
 ("I had exacerbated the problem by discontinuing my blood pressure pills.", "list item 2", "", "own behaviour"),
 ("I was intrigued by his chapter on the widespread use of statins to control cholesterol, and by Neel's warning that people over 60 should \"stay away from statins at all costs.\"", "", "", "reported advice from a book"),
 ("After lots of research, I decided to stop taking the statin Lipitor: http://bit.ly/Px35TH.", "", "", "own behaviour"),
], g="B")
