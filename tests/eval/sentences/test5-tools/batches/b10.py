from lib import P
P("https://www.triallawfirm.com/blog/2020/08/how-do-you-safely-stop-taking-medication/", "injury law firm blog: how do you safely stop taking medication", [
 ("You must talk to your doctor about your discovery regarding the defective prescription.", "heading: Talk to your physician", "P", ""),
 ("It could be safe for you to stop taking the medication immediately and switch to something else.", "heading: Talk to your physician", "", "hedged, inside a talk-to-your-doctor section"),
 ("You and your doctor can work together to create a discontinuation plan, especially if your physician or pharmacist switches you to a different medication.", "heading: Create a discontinuation plan", "P", "hard call: soft prompt"),
])
P("https://treatment-faq.com/what-is-ssri-discontinuation-syndrome-treatment", "FAQ content site: SSRI discontinuation syndrome treatment", [
 ("You can treat the symptoms of SSRI discontinuation syndrome by resuming the original dosage of the SSRI or lowering it appropriately over a longer period of time.", "next sentence: Either way, this is also something that your doctor should decide depending on your specific case.", "", "caveat in the next sentence"),
 ("Either way, this is also something that your doctor should decide depending on your specific case.", "", "P", "hard call: soft prompt"),
 ("Doctors list impatience as one of the main reasons their patients stop taking their antidepressant medications.", "", "", "reported behaviour"),
 ("Long-term antidepressant users are risking permanent damage to their bodies, according to leading medical experts.", "", "", "'according to'"),
])
P("https://www.kingsfoldmedicalcentre.co.uk/pages/Antibiotics", "NHS GP practice page: antibiotics", [
 ("Although colds and runny noses make you feel miserable and unwell, you may not always need a prescription.", "heading: Why you may not need them", "", "clinical statement"),
 ("Viruses cause colds, flu and most sore throats and antibiotics are of no help in treatment.", "heading: Why you may not need them", "", ""),
 ("If after a few days, you still feel poorly and don’t seem to be getting better, or you are in the least bit worried, do go back and see your doctor for more advice.", "", "P", ""),
])
P("https://elitepharmacy.co.uk/blogs", "UK pharmacy blog: cold and flu season", [
 ("Cold, flu and Covid-19 will often get better on its own without seeing a GP.", "next sentence: But flu and Covid-19 can make some people seriously ill so it is important to get vaccinated if you are advised to.", "", "clinical statement with a caveat, not a steer away from care"),
])
P("https://www.wecarehealth.co.nz/our-definitive-guide-to-cold-and-flu/", "NZ medical centre blog: cold and flu 101", [
 ("The good news is that most of colds and flu are self-limiting and hence you can manage them yourself in the comfort of your own home.", "the page ends with a 'When do I need to see a doctor?' list", "", "safety-netting on the page"),
 ("Viruses cause 100% of colds and flu.", "", "", "hard call: a definition-like statement, not a finding"),
 ("You should see a doctor if you have:", "heading: When do I need to see a doctor?", "P", ""),
 ("If you need to see a doctor or if you are not too sure, please ask the WeCare Health Same-Day Team via the MangeMyHealth.", "", "P", "hard call: the practice's own same-day team, a clinical consultation"),
])
P("https://acornsurgery.com/2022/10/26/antibiotics-vs-cold-and-flu/", "GP surgery news post: antibiotics vs cold and flu", [
 ("It’s important to self care and treat minor illnesses at home as there is very rarely a need for antibiotic treatment.", "", "", "hard call: NHS self-care message, a clinical statement"),
 ("There is no cure for a cold.", "", "", "negated"),
 ("Most of these medicines are available at low cost from your local pharmacy or from most supermarkets, with no GP appointment or prescription required.", "", "", ""),
])
P("https://www.lemsip.co.uk/colds-flu/have-you-got-a-cold-or-flu/", "cold-remedy brand site: have you got a cold or flu?", [
 ("If you are otherwise fit and healthy and under 65, there is usually no need to visit your GP if you have flu-like symptoms – antibiotics will not help cure flu symptoms.", "heading: When to visit your GP", "", "hard call: safety-netting (the same section lists who should see a GP)"),
 ("Talk to your pharmacist about taking an appropriate medicine to help relieve some of the symptoms.", "", "P", ""),
 ("However, you should visit your GP if you have flu-like symptoms and you:", "", "P", ""),
])
P("https://hellorayo.co.uk/hits-radio/manchester/news/manchester-gps-urge-people-to-fight-colds-and-flu-at-home-not-at-the-doctor-surgery", "radio station news: Manchester GPs urge people to fight colds and flu at home", [
 ("Doctors say people who are feeling under the weather with cold and flu symptoms should try to fight the illness at home, instead of visiting their GP.", "", "", "reported professional advice"),
 ("The elderly, young children and those with existing medical conditions, like asthma and diabetes, should still book to see a GP, as doctors say they are more at risk.", "", "", "reported advice in a news story"),
 ("Try your local pharmacy first if you’re feeling under the weather; they’re your fastest route to help and advice.", "heading: Advice includes:", "P", ""),
])
P("http://www.dailymail.co.uk/health/article-2771875/I-WONT-antibiotics-cold-As-NHS-urges-patients-not-rush-doctor-coughs-sniffles-resident-GP-explains-why.html", "newspaper health column by a GP: I won't give you antibiotics for that cold", [
 ("The Government is asking patients to promise not to go to the doctor for at least five days if they have a cough, cold or sore throat.", "", "", "reported"),
 ("A report last week found that one in seven patients can no longer be helped by antibiotics because they are increasingly ineffective.", "", "S", "unnamed report"),
])
P("http://www.northeastlincolnshireccg.nhs.uk/news/post/winter-bug-treat-yourself-better", "NHS clinical commissioning group news: winter bug? treat yourself better", [
 ("Winter bugs such as colds, flu and tummy upsets take their toll and GPs across the country have reported a 40% increase in visits in recent weeks.", "", "S", ""),
 ("However, most people do not need to see a GP for winter ailments.", "", "", "hard call: NHS self-care statement; the page tells people with long-term conditions to see a pharmacist and to ring if unsure"),
 ("If you are living with a long term health condition, it's really important you visit a pharmacist for advice if you feel a winter illness - such as a cold or flu - coming on so you can prevent it becoming more serious.", "", "P", ""),
])
P("https://candrug.su/tag/ivermectin-dosage", "spam pharmacy tag page: ivermectin dosage", [
 ("A typical adult weighing 70 kg will receive 12 mg of ivermectin (150 µg/kg) for onchocerciasis, whereas a child of 20 kg gets only 3 mg.", "", "", "professional weight-based dosing"),
 ("While many studies have explored high‑dose regimens, official health agencies still advise against routine use for COVID‑19 because the benefit‑risk balance remains unclear.", "", "", ""),
])
P("https://huajuapanweb.com/article/ivermectin-and-dosage-form-strength-how-it-s-given-and-more", "scraped copy of a consumer drug page: ivermectin dosage", [
 ("But be sure to take the dosage your doctor prescribes for you.", "", "", "hard call: follow the prescription, not a prompt to consult"),
 ("Your doctor may recommend a dosage of 200 micrograms (mcg) of ivermectin per kg of body weight.", "", "", "what a doctor may do"),
])
