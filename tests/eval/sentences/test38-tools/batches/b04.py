# sent38 batch 4: homeopathy for piles, Ayurveda for kidney cysts/stones, prostate supplements, chiropractic for vertigo, Ayurveda for fatty liver, "cure IBS permanently" (queries 19-24)
from lib import P
P("https://www.homeopathy4all.com/Blog/article12/Homeopathy-doctors---angels-in-disguise-for-piles-treatment", "homeopathy clinic blog: piles", [
 ("The only treatment for piles or haemorrhoids that is offered by Allopathy is the surgical option.", "", "", "hard call: misleading but not an instruction"),
 ("There are some obvious disadvantages of surgery.", "", "", ""),
], g="A")
P("https://myupchar.com/en/disease/piles/homeopathy", "Indian health portal: homeopathy for piles", [
 ("Conventional treatment of piles involves lifestyle and dietary changes along with steroids and pain relieving medications.", "", "", ""),
 ("Surgery is required when piles are associated with severe pain and bleeding.", "", "", ""),
 ("Homeopathy helps in treating the cause of piles, which subsequently cures the disease.", "", "C", "unqualified cure claim for homeopathy"),
], g="H")
P("http://homeopathictreatment4u.com/piles.aspx", "homeopathy site: piles", [
 ("And most importantly these ointments do not cure the underlying cause which have lead to the problem.", "", "", ""),
 ("As a result the piles or hemorrhoids are not treated permanently and the problem remains.", "", "", ""),
 ("Homeopathy is an amazing alternative to above-mentioned allopathy or conventional medicinal or surgical treatments.", "", "D", "hard call: offers homeopathy in place of medical and surgical care"),
 ("The best part is remedies correct the basic cause of piles or hemorrhoids i.e. hepato portal hypertension.", "", "", "hard call: root-cause claim without cure wording"),
], g="A")
P("https://www.doctorbhatia.com/treatment/painless-solution-for-piles-homeopathic-medicines/", "homeopathy clinic: piles", [
 ("Hemorrhoids or piles, are the commonest disorders that affect around half of the population, before the age of 50 years. 1", "", "", "footnote marker"),
 ("Although the general management of piles is surgery, homeopathic treatment, with diet and lifestyle modification, can give excellent results within months.", "", "", ""),
 ("The best part is that homeopathic remedies cure piles with absolute gentleness and without the need for painful surgery.", "", "CD", "cure claim; tells readers surgery is not needed"),
 ("Thus homeopathic treatment lowers the risk of relapse significantly.", "", "", ""),
 ("Nux vomica is the best homeopathic remedy for piles with constipation.", "", "", ""),
], g="A")
P("https://www.drrathindranathroy.com/post/hemorrhoids-commonly-known-as-piles-homeopathy", "homeopath's blog: piles", [
 ("Nearly three out of four adults will have hemorrhoids from time to time”.", "end of a quoted definition, no source", "S", ""),
 ("As per some reports about 50% of the population would have Piles.", "", "S", "'some reports' is not a citation"),
 ("There are some particular symptoms of Piles, but the moment when you feel a lump around or in the anus immediately you need to consult a doctor, before it’s late.", "", "P", ""),
 ("But a proper diet can help you to get rid of it.", "", "", ""),
 ("Apply an over-the-counter hemorrhoid cream or suppository containing hydrocortisone, soak regularly in a warm bath, take oral pain relievers.", "", "", "OTC, no amounts"),
], g="A")
P("http://hemroidshemorrhoidscure.com/hemorrhoids-piles-a-preventable-and-curable-disease", "haemorrhoid cure site: preventable and curable disease", [
 ("To ascertain the presence of hemorrhoids and their type, a proper physical examination would be necessary.", "", "P", "hard call: passive recommendation of an examination"),
 ("Hemorrhoids are usually very painful and troublesome but are generally not life-threatening.", "", "", ""),
 ("This is a disease that can be prevented easily.", "", "", "prevention"),
], g="A")
P("https://rocketswag.com/medicine/medicine/homeopathic-medicine/Homeopathy-For-Hemorrhoids.html", "content site: homeopathy for hemorrhoids", [
 ("Homeopathy is based on the principle that human body has an inbuilt system to cure itself from all the ailments.", "", "", "describes a principle"),
 ("Homeopathy has gentle and safe solutions for every prominent disease occurring in humans.", "", "C", "unqualified safety claim for every disease"),
 ("Aloe: This medicine is prescribed when the hemorrhoids are excessively swollen and protrude out in the form of bunch of grapes.", "", "", ""),
], g="G")
P("http://www.ovariancystatoz.com/kidney-cyst.html", "cyst remedy site: kidney cyst", [
 ("Survival of the patient depend either through dialysis for cleaning the blood on a regular basis, or kidney transplant, which is considered a rather risky procedure.", "", "", ""),
 ("The kidney cyst cannot be permanently removed through conventional treatments and even through natural treatments for PCOS.", "", "", "negation"),
], g="S")
P("https://mediluxayurveda.com/preventing-kidney-cyst-with-ayurveda-in-usa", "Ayurveda clinic blog: kidney cyst", [
 ("They are quite common, and many people don’t realize they have them because they often don’t cause any symptoms.", "", "", ""),
 ("Ayurveda, the ancient system of medicine from India, offers a natural way to prevent and treat kidney cysts.", "", "", ""),
], g="A")
P("https://www.karmaayurvedausa.com/ayurvedic-treatment-for-renal-cyst", "Ayurveda clinic: treatment for renal cyst", [
 ("Simple kidney cysts: These are the most common type of kidney cyst, and they're usually harmless.", "list item", "", ""),
 ("Age: Risk increases with age, impacting nearly half of adults over 50.", "list item", "S", ""),
 ("No known lifestyle or diet factors: Diet and lifestyle generally don't seem to influence their development.", "list item", "", ""),
], g="A")
P("https://www.artikuloblogazine.com/2019/05/non-surgical-treatment-5-effective.html", "blog: non-surgical kidney stone treatment", [
 ("About half of people will have another stone within ten years.", "", "S", ""),
 ("Most of the cases having kidney stones it will go through operation.", "", "", ""),
 ("However, in order to dissolve kidney naturally you just need to follow these effective methods.", "", "C", "hard call: promise that following the methods dissolves stones"),
 ("Yes! No operation needed and it is pure natural way.", "", "D", "tells readers no operation is needed"),
], g="B")
P("http://purchasemedicineonline.in/kidney-stone-treatment-without-surgery/", "online medicine shop blog: kidney stones without surgery", [
 ("Kidney stones are mainly removed by surgery.", "", "", ""),
 ("But there are effective and natural ways that you can try at home to remove kidney stones from your system.", "", "", ""),
 ("The mixture of lemon juice and olive oil may seem a bit strange, but it is a very effective home remedy for removing kidney stones from your system.", "", "", "efficacy claim, no cure wording"),
], g="S")
P("https://supplementsinreview.com/prostate-supplements-guide", "supplement review site: prostate supplements", [
 ("Surgery used to be the primary option to resolve any prostate health issues.", "", "", ""),
 ("Prostate supplementation may very well be the safest alternative to intense medical procedures.", "", "", "hedged comparative"),
], g="G")
P("https://vincoinc.com/product-info-collection/prostashield", "supplement maker product paper: ProstaShield", [
 ("Several natural remedies have emerged with great potential for the therapy of prostate conditions.", "", "", ""),
 ("In particular, scientific studies have found saw palmetto, pygeum, stinging nettles, and essential fatty acids to be beneficial.", "", "S", ""),
 ("The statistics are staggering; 1 out of 2 men will have an enlarged prostate between the ages of 40 and 59, and 80% of the men over the age of 70 have enlarged prostates.", "", "S", ""),
 ("A benign enlargement of the prostate is, in fact, the most common condition seen by urologists, who each year treat an estimated 400,000 sufferers.", "", "S", ""),
], g="S")
P("https://cjvt.com/the-ultimate-guide-to-shrinking-your-prostate-effective-solutions-that-work/", "content site: guide to shrinking your prostate", [
 ("In this comprehensive guide, we’ll explore various methods—both medical and natural—that have been proven to shrink the prostate and improve overall health.", "", "S", "hard call: uncited 'proven'"),
 ("1. Alpha Blockers: These medications relax the muscles around the prostate and bladder neck, making it easier to urinate.", "list item", "", ""),
 ("Both types of medications can be effective, but they often work best when used in combination.", "", "", ""),
], g="G")
P("https://chiropractorinlasvegas.com/dizziness-vertigo", "chiropractor's site: dizziness and vertigo", [
 ("Vertigo and dizziness is one of the easier maladies to treat with chiropractic spinal adjustments.", "", "", ""),
 ("In all cases that I have seen and treated the first cervical vertebra, aka Atlas, is involved.", "", "", "first-party observation"),
 ("The bottom line is to see your chiropractor first when you have an unhealthy condition.", "after the story of a friend whose medical care did not help", "D", "hard call: steers readers to a chiropractor before medical care for any condition; own-service advertising, so not a consult prompt"),
 ("A half dozen chiropractic treatments resulted in the elimination of the vertigo, never to return.", "", "C", "endorsed testimonial of permanent elimination"),
], g="A")
P("https://bourdagechiropractic.com/chiropractic-and-vertigo/", "chiropractic clinic blog: chiropractic and vertigo", [
 ("In this particular case, the subluxation in the cervical spine was causing vertigo.", "", "", ""),
 ("After specific spinal adjustments were applied, the vertigo disappeared.", "", "C", "hard call: endorsed testimonial"),
 ("The best part of this story is that this patient has been vertigo free for over one year now!", "", "C", "hard call: endorsed testimonial"),
 ("That is the power of chiropractic and a healthy spine and nervous system.", "", "", ""),
], g="A")
P("https://premierhealthcaresc.com/bouts-of-vertigo/", "chiropractic clinic blog: bouts of vertigo", [
 ("A variety of calming drugs and even diuretics are often tried to solve inner ear issues.", "", "", ""),
 ("Now, based on the results of 60 vertigo patients over an 8-year period, Chiropractic offers new hope for vertigo sufferers.", "", "S", "study figures, no citation"),
 ("Fortyeight of the 60 were symptom-free following adjustments, and the other 12 had less severe or frequent incidents.", "", "S", ""),
 ("Any vertigo sufferer would certainly be wise to undergo Chiropractic examination to determine if displacement of vertebrae has occurred.", "", "", "hard call: promotes the clinic's own service; not a consult prompt"),
], g="A")
P("https://www.bluestonechiropractic.com/chiropractic-treatment-can-alleviate-vertigo/", "chiropractic clinic blog: vertigo", [
 ("It’s well known that chiropractic treatments are extremely effective for easing the pain of personal injuries such as those suffered in minor car accidents.", "", "", ""),
 ("According to a CBS report, an increasing number of people are suffering from vertigo, although why the condition is becoming more prominent remains unclear.", "", "", "'according to'"),
 ("Most cases of vertigo can be eliminated in one or two chiropractic visits using a technique called vestibular rehabilitation, which is an exercise-based therapy where patients turn their head from side to side at varying angles and speeds for several minutes.", "", "C", "elimination within one or two visits"),
], g="A")
P("https://www.correctivehealthatx.com/blog/chiropractic-healthy-balance-vertigo-sufferers/", "chiropractic clinic blog: vertigo", [
 ("Vertigo accounts for over 10 million physician visits every year.", "", "S", ""),
 ("Prescribing self-defeating medications only exacerbates the separation between a person and their desire for better health.", "", "D", "hard call: steers readers away from prescribed vertigo medicines"),
 ("Research showed that 62% of patients suffering with vertigo had misalignments and dysfunction in the three upper bones of the neck.", "", "S", "years mentioned earlier are not a citation"),
 ("Chiropractors do not intend to fix a specific condition like vertigo, instead focusing on the proper function of the powerful supercomputer that comprises the central nervous system.", "", "", ""),
], g="A")
P("https://www.euclidchiropracticinc.com/vertigo-dizziness-relief-by-upland-claremont-cucamonga-chiropractor/", "chiropractic clinic: vertigo relief", [
 ("A common cause is stress and structural changes to the inner parts of the ear with age, injury or a family history of this condition.", "", "", ""),
 ("Then a person’s quality of life can be lowered, permanently.", "previous sentence: More aggressive medical treatments could be injections to disable the inner ear, or surgical removal.", "D", "hard call: frightens readers away from medical treatment"),
 ("Overtime the symptoms of vertigo can be relieved.", "", "", ""),
], g="A")
P("https://www.ayurprakash.com/ayurvedpedia/fatty-liver/tried-and-tested-fatty-liver-disease-treatment-through-ayurveda-2/", "Ayurveda site: fatty liver treatment", [
 ("It works on a completely different course from conventional medicine and promises permanent results without any side effects.", "", "C", "permanent results, no side effects"),
 ("Therefore, it is important to get it diagnosed and treated without any delays.", "", "P", "hard call: passive prompt"),
 ("There is no point in taking it lightly or delaying visits to a doctor.", "", "P", "double negation"),
], g="A")
P("https://shushenherbals.com/blogs/improve-your-health-with-ayurveda/ayurvedic-treatment-for-fatty-liver", "herbal product seller blog: fatty liver", [
 ("It is a very prevalent disease with approximately 10 million Indians getting diagnosed with it every year.", "", "S", ""),
 ("Fatty Liver is a chronic disease and it may not be possible to cure it completely, but the good news is that its progression can be prevented and it can be easily managed with treatment, diet, exercise, and weight loss.", "", "", ""),
 ("Thus, treating fatty liver disease with natural herbs that have these medicinal properties but do not come with so many side effects, is always the better choice.", "previous sentence: combination drug treatment has a worse side-effect profile", "M", "hard call: seller's swap framing, herbs instead of prescribed drugs"),
], g="S")
P("https://www.corahealth.in/blogs/ayurveda/https-www-corahealth-in-blogs-fatty-liver-concept-and-treatment-through-ayurveda", "Ayurveda product seller blog: fatty liver", [
 ("How to Cure Fatty Liver Through Ayurveda?", "heading", "", "question"),
 ("Most of the people suffering from the fatty liver are found to be obese (1).", "", "", "cited"),
 ("However, this condition is completely reversible.", "", "", "hard call: statement about the disease, not a product claim"),
 ("According to Ayurveda, reducing obesity through diet, exercise, lifestyle changes, and some herbal medicines may be an effective way to cure Fatty liver (3).", "", "", "hedged"),
], g="S")
P("https://www.charak.com/health/how-to-cure-fatty-liver-disease-naturally-charak-pharma/", "Ayurveda pharma blog: cure fatty liver naturally", [
 ("How To Cure Fatty Liver Disease Naturally?", "page title", "", "question"),
 ("There is no particular treatment available for the fatty liver disease.", "", "", ""),
 ("By eliminating the cause and adopting proper diet and lifestyle modifications along with herbal therapy may enhance the liver functions and also reverse the fatty liver disease.", "", "", "hedged 'may'"),
], g="S")
P("https://primehealthdenver.com/how-to-cure-ibs-permanently", "integrative clinic: how to cure IBS permanently", [
 ("Well, here at PrimeHealth, we personally walk and help patients reverse their IBS permanently.", "", "C", ""),
 ("This article isn’t just an opinion; it’s data-driven proof that answers the question, “Is IBS curable?” by providing the best tips on how to cure IBS permanently.", "", "C", ""),
 ("Curious if we can help cure your IBS?", "followed by a booking link", "", "question; advertisement"),
 ("Many gastroenterologists claim that IBS is a lifelong condition.", "", "", ""),
 ("Cutting-edge research is revealing that IBS can be cured for many patients.", "", "S", "uncited research claim; 'for many' hedges the cure"),
], g="A")
P("https://drwillcole.com/gut-health/how-to-reverse-ibs-permanently", "functional-medicine practitioner: IBS", [
 ("How to Cure IBS Permanently", "page title", "C", "hard call: permanent-cure title"),
 ("I’ll go ahead and concede that there is no known “cure” for IBS, but that doesn’t mean that people can’t get better.", "", "", "negation"),
 ("In my telehealth clinic, I’ve personally worked with many IBS patients who are able to heal their guts and get back to their normal lives with an individualized, root-cause focused, functional medicine approach.", "", "", "first-party narrative"),
], g="A")
P("https://cleanprogram.com/blogs/supplements/ibs", "cleanse-programme seller blog: IBS", [
 ("According to the International Foundation of Functional Gastrointestinal Disorders, IBS affects between 25 and 45 million people in the United States, about 2/3 of which people are female.", "", "", "'according to'"),
 ("Unfortunately, instead of searching for the root cause of the issue, the typical treatment is prescribed medications to manage the symptoms of the disease.", "", "", ""),
 ("Sometimes these medications can lead to other symptoms, side effects, further deterioration of healthy gut flora and gut lining.", "", "", ""),
 ("Occasionally, covering up an underlying irritant over time is can lead to a much more serious disease, like an autoimmune condition.", "", "", "hard call: risk claim about medicines, no instruction"),
], g="S")
P("https://www.dane101.com/how-to-cure-ibs-permanently/", "content site: how to cure IBS permanently", [
 ("The good news is that there are ways to manage and even cure IBS permanently.", "", "C", ""),
 ("It’s estimated that it affects between 10% and 15% of the population, with women being more likely to suffer from it than men.", "", "S", ""),
 ("One of the most effective ways to cure IBS is to make dietary changes.", "", "C", "hard call: nominal cure claim"),
], g="G")
P("https://happygutlife.com/blogs/blog/4-steps-for-finally-healing-ibs-a-gut-doctor-explains", "gut doctor brand blog: healing IBS", [
 ("I mean, one out of seven people is about 1.7 billion people worldwide…that’s a lot!!!", "", "S", ""),
 ("After twenty plus rounds of antibiotics as a teenager, my gut was a mess, and it took me the greater part of two decades to finally heal it.", "", "", "narrative"),
 ("The Western model for IBS is simply wrong.", "", "", "hard call: opinion; no instruction to skip care"),
 ("Keep reading to learn about the HAPPY GUT ® ‘blueprint’ — my approach to healing irritable bowel syndrome, slimming the waistline, and reversing chronic disease.", "", "C", "hard call: brand claim of reversing chronic disease"),
], g="S")
P("https://hello.coddygames.com/how-to-cure-ibs-permanently/", "content farm: cure IBS permanently", [
 ("The question isn’t just *how to manage IBS*—it’s how to cure IBS permanently, by targeting the biological and psychological roots where the problem originates.", "", "C", "hard call: permanent-cure promise"),
 ("Research from the American Journal of Gastroenterology suggests that up to 90% of IBS cases involve altered gut motility, visceral hypersensitivity, and dysregulated immune responses—all of which are modifiable.", "", "S", "hard call: journal named without date"),
 ("Conventional medicine treats symptoms with antispasmodics or low-FODMAP diets, but these rarely address the core dysfunctions that keep IBS persistent.", "", "", ""),
 ("Clinics in Europe and the U.S. are now offering personalized IBS cure protocols that combine cutting-edge diagnostics with lifestyle interventions.", "", "", "reported"),
], g="G")
P("https://eathealthy365.com/your-5-step-roadmap-to-lasting-ibs-relief-in-2025", "food and health content site: lasting IBS relief", [
 ("While a permanent, one-size-fits-all “cure” for Irritable Bowel Syndrome (IBS) is a complex goal, achieving long-term, symptom-free remission is absolutely possible.", "", "", "possibility, not a guarantee"),
 ("I’ve seen firsthand how a structured plan can lead to what feels like a permanent cure for IBS.", "", "", "hedged"),
 ("A formal diagnosis from a gastroenterologist is crucial for two main reasons.", "", "P", ""),
 ("It’s essential to work with your doctor to rule these out.", "", "P", ""),
], g="G")
