# sent42 batch 7: homeopathy for bedwetting, amber teething necklaces, period pain (homeopathy/Ayurveda), knee pain in elders, dry eye (Ayurveda/homeopathy)
from lib import P

P("https://swasthyahealing.com/2022/02/21/homoeopathy-for-bed-wetting-nocturnal-enuresis/", "homeopathy clinic blog written as a dialogue: bedwetting", [
 ("AUNTY: So what? It’s not a big thing or it is nothing to be ashamed of.", "dialogue", "", ""),
 ("DOCTOR: I understood your problem I can definitely help Rinkoo.", "dialogue; the homeopath speaking to the mother", "C", "hard call: the clinic's homeopath guarantees a result"),
 ("MOM: It’s a bad habit and what if others come to know about it?", "dialogue", "", ""),
], g="A")

P("https://rajeevclinic.com/disease/urinary-trouble-12/bed-wetting-enuresis-20.html", "homeopathy clinic: bed wetting", [
 ("You can help by being loving and supportive.", "", "", ""),
 ("About 5-7 million children in the United States wet the bed.", "", "S", ""),
 ("Most children simply outgrow bedwetting with a rate of resolution of the issue of about 15% per year.", "", "S", ""),
], g="A")

P("https://www.homeopathy360.com/nocturnal-enuresis-an-overview-with-emphasis-on-homoeopathic-management", "homeopathy portal article: nocturnal enuresis and homoeopathic management", [
 ("Homoeopathy provides a safe, effective, and individualized approach to nocturnal enuresis, addressing not only the physical symptom of bedwetting but also the child’s emotional and constitutional state.", "abstract, Conclusion; next sentence: More structured research with larger sample sizes is needed to strengthen the evidence base.", "C", "hard call: unqualified safety claim for children; the next sentence hedges the evidence, not the safety"),
 ("Results: Homoeopathy, through individualized prescriptions, has shown encouraging outcomes in several observational studies, with more than 70% of children achieving improvement.", "abstract", "S", "hard call: no study cited in the abstract"),
 ("It is one of the most frequent developmental disorders encountered in pediatric practice, with an estimated prevalence of 15–20% among 5- year-olds, decreasing spontaneously with age (Robson, 2009).", "", "", "cited"),
], g="A")

P("https://totalhomeopathy.in/child-health/bedwetting-overview", "homeopathy site: bedwetting overview", [
 ("After age 5, about 15% of children continue to wet the bed, and by age 10, 95% of children are dry at night.", "", "S", ""),
 ("Ninety percent of kids think they're the only ones who wet the bed, which makes them feel even worse.", "", "S", ""),
 ("Parents must realize that enuresis is involuntary.", "", "", ""),
], g="A")

P("https://www.schwabeindia.com/product-category/diseases/children/enuresis/", "homeopathic medicine maker's product category page: enuresis", [
 ("According to reports 7% of male children and 3 % of female children have enuresis till the age of 5 years.", "", "S", "hard call: 'reports' names no source"),
 ("Enuresis alarms are effective therapy for nocturnal enuresis.", "", "", ""),
 ("Homoeopaths frequently prescribe Causticum, Gelsemium, Kreosotum, Sepia, Benzoic acid, Calcarea carbonica, Cantharis, Natrum muriaticum, Nitric acid, Thuja, Sulphur, etc.", "", "", ""),
], g="S")

P("https://shine.yahoo.com/healthy-living/amber-teething-necklaces-safe-182500714.html?.tsrc=yahoo", "news portal lifestyle post: are amber teething necklaces safe?", [
 ("However, this hasn't stopped the necklaces from becoming popular as an alternative teething remedy across Europe, Australia, New Zealand and, now, the United States.", "", "", ""),
 ("I know this is going to sound crazy to some people, but within one day, his teething pain was pretty much gone.", "quoted parent", "", "reported testimonial"),
 ("I got a few \"tried it, didn't work at all\" responses.", "", "", ""),
], g="N")

P("http://chillaxme.com.au/articles/are-your-periods-painful-homeopathy-can-help-treat-dysmenorrhoea/", "wellness clinic article: homeopathy for painful periods", [
 ("While dysmenorrhoea is not a dangerous condition, coping with the pain and discomfort can be extremely difficult.", "", "", ""),
 ("Dysmenorrhoea can be treated with over the counter medication and painkillers.", "", "", ""),
 ("Natural treatments including homeopathy and Ayurvedic treatments are effective for lasting relief from painful periods.", "", "", "efficacy claim without cure or safety wording"),
], g="A")

P("https://siddhaspirituality.com/?p=13269", "spiritual-healing site: dysmenorrhea", [
 ("Estimates of the percentage of women of reproductive age affected vary from 20% to 90%.", "", "S", ""),
 ("Although there are home remedies, Ayurveda treatments for dysmenorrhea, Siddha remedies of Swami Hardas Life System are the best remedies, which contain no medicines and need no money.", "", "", "hard call: promotes its own system; no instruction to stop a medicine or avoid a doctor"),
 ("Both can be treated.", "", "", ""),
], g="A")

P("https://fridaymagazine.ae/life-culture/ask-the-experts/extreme-pain-during-menstruation-ayurveda-treatment-1.2304250", "magazine ask-the-experts column: Ayurveda for period pain", [
 ("Vata balancing approaches such as heating pad, sesame oil applications and certain internal medicines work very well in primary dysmenorrhea.", "", "", ""),
 ("Intake of a teaspoon of castor oil (5ml) with warm milk gives quick relief.", "next sentence: But take up home remedies only after consulting a physician.", "", "caveat in the next sentence"),
 ("But take up home remedies only after consulting a physician.", "", "P", ""),
 ("Consult an ayurveda doctor, who may suggest you undergo an ultrasound or MRI scan before prescribing medication.", "", "", "hard call: Ayurveda practitioner (convention: non-medical practitioners are not P)"),
], g="N")

P("https://delphishomeopathy.com/deal-your-menstrual-cramps-with-homeopathy/", "homeopathy clinic: menstrual cramps", [
 ("This condition is one of the most common gynaecological conditions regardless of age and geographical location, affecting their daily routine and leading to absenteeism from school and work.", "", "", ""),
 ("Girls and women need not suffer from this condition if they take appropriate timely treatment from the best Homeo clinics in Hyderabad.", "", "C", "hard call: guaranteed result from the clinic's treatment"),
], g="A")

P("https://vedacareayurveda.com/ayurvedic-treatment-for-knee-pain/", "Ayurveda clinic: knee pain in old age", [
 ("Common after the age of 50 years, Common cause is wear & tear of bony tissue, ligaments & reduction of synovial fluid (lubricating Kapha substance) in the joints.", "", "", ""),
 ("It should be made clear that if the disease is caused by deviations in one or two doshas, it is treated, but if on “all three” doshas, the disease is considered incurable, and if there is a combined inflammation of the joints of the limbs, waist, and head.", "", "", ""),
], g="A")

P("https://www.healthpost.in/news/Ayurveda-offers-an-alternate-treatment-for-knee-replacement-surgery-770", "health news site: Ayurveda as an alternative to knee replacement", [
 ("Most people pop painkillers at the onset of pain, which offer respite for a few hours.", "", "", ""),
 ("For such people knee replacement surgery is the only option.", "", "", ""),
 ("According to US surgeon Dr. Bernard Stulberg, over 80,000 knee replacement surgeries were performed in India in 2012, a 60 percent rise in the last four years.", "", "", "attributed"),
 ("However, ancient Ayurveda has a natural, risk-free and painless alternative to knee replacement surgery.", "", "CD", "risk-free claim; offered in place of the surgery"),
], g="N")

P("https://kaisrani.com/eye-dryness/", "homeopathy clinic: eye dryness", [
 ("In World, around 18 to 54% of people have dry eyes.", "", "S", ""),
 ("Dry eyes are a side effect of a lot of allopathic medications.", "", "", ""),
 ("Get in touch with your doctor and if he says it is just simple dry eyes, end of the story, do not worry about it.", "", "P", ""),
 ("These eye drops are nothing but teardrops, they are just lubricants and not medication.", "", "", ""),
], g="A")

P("https://drbasueyehospital.com/how-to-cure-dry-eyes-permanently/", "Ayurvedic eye hospital: how to cure dry eyes permanently", [
 ("Welcome to Dr Basu Eye Hospital Centre to Cure Cataract and Retina Without Operation", "site banner", "CD", "hard call: cure without surgery promised in the banner"),
 ("How to cure dry eyes permanently", "page title", "C", "title states a permanent cure"),
 ("Dry eye is a common and chronic issue, especially among older adults.", "", "", ""),
 ("Dry eyes are a natural part of the aging process, and most people over 65 experience some symptoms.", "", "S", "hard call: population claim without source"),
], g="A")

P("https://dryeye.in/permanent-cure", "Ayurvedic dry-eye clinic: permanent dry eyes cure", [
 ("Permanent Dry Eyes Cure", "page title", "C", ""),
 ("Dry eye syndrome is an ongoing condition that treatments may be unable to cure.", "", "", ""),
 ("It is totally dependent on the cause and severity of dry eye syndrome that it may not be completely curable.", "", "", ""),
 ("There is an emerging need to focus on the symptoms of dry eyes in order to prescribe the dry eyes cure which is on a permanent basis.", "", "C", "hard call: the page's own permanent cure, against its hedges"),
], g="A")

P("http://www.healthofus.com/eye-and-vision-disorders/homoeopathic-treatment-of-dry-eye-basil-wellness/", "homeopathy clinic article: homoeopathic treatment of dry eye", [
 ("In treatment for dry eye, homoeopathy has both curative and preventive effects without any side effects.", "", "C", ""),
 ("Homoeopathy offers long lasting permanent cure, treating the disease from its roots, for most of the ailments.", "", "C", ""),
 ("There is no single medicine to cure dry eye in homoeopathy & different medicines are not given to relieve every different symptom.", "", "", ""),
 ("Homoeopathic medicines work effectively on children as well as adult patients and can be taken safely during pregnancy by women.", "", "C", "safety claim in pregnancy"),
 ("Homoeopathic medicines are safe, gentle and effective to give relief in harmless way.", "", "C", ""),
], g="A")

P("https://www.ayurprakash.com/diseases/eye-diseases/dry-eyes/", "Ayurvedic eye hospital: dry eye treatment", [
 ("how to cure dry eyes permanently?", "subtitle", "", "question"),
 ("With dry eye treatment in ayurveda it is possible to cure this disease permanently.", "", "C", ""),
 ("This ayurvedic medicine for dry eyes is given for about 4-6 months and gradually the normal tear secretion starts.", "", "", "clinic regimen"),
 ("The duration of treatment for dry eyes is 3 weeks at an Ayurvedic eye hospital.", "", "", ""),
], g="A")
