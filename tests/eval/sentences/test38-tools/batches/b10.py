# sent38 batch 10: reversing gum disease, sciatica without surgery (queries 45-46)
from lib import P
P("https://www.homeremedyhacks.com/home-remedies-periodontitis/", "home-remedy site: periodontitis", [
 ("Gum pockets can be treated at home as the gum will reform around the tooth.", "", "C", "hard call: promised reversal"),
 ("Our home remedies for periodontitis will cure your gum disease in no time.", "", "C", ""),
 ("It is important for you to know that periodontitis is treatable.", "", "", ""),
 ("All you need to do is to follow these home remedies for periodontitis mentioned below.", "", "D", "hard call: home remedies presented as all that periodontitis needs"),
 ("It can kill all the bacteria that cause periodontitis and receding gums.", "about a salt water rinse", "C", "hard call: claim to eliminate all the bacteria"),
], g="G")
P("https://toothcareusa.com/home-remedies-for-periodontal-disease", "dental specialist's site: home remedies for periodontal disease", [
 ("While you cannot “regrow” lost bone height caused by advanced periodontitis, you can absolutely halt the infection, reduce inflammation, and tighten gum pockets using rigorous home care and natural adjuvants.", "", "C", "hard call: guarantee ('absolutely halt') for home care"),
 ("According to recent CDC data (2024-2025), nearly 4 in 10 U.S. adults over 30 suffer from some form of periodontitis.", "", "", "'according to'"),
 ("In my practice, I tell patients that 90% of the battle is fought in your bathroom sink, not in my dental chair.", "", "", "figure of speech"),
 ("Studies have shown that water flossers can reduce gingival bleeding by up to 93% compared to string floss alone.", "", "S", ""),
], g="H")
P("https://www.medopie.com/2024/01/how-to-reverse-periodontal-disease.html", "health blog: reverse periodontal disease naturally", [
 ("If the disease is not treated, the disease transforms into periodontal disease and takes a more serious form.", "", "", ""),
 ("It is also possible to reverse this disease with some natural remedies.", "", "", "possibility"),
 ("Here are some guidelines to control and cure the disease naturally:", "", "C", "hard call: promise to cure naturally"),
], g="B")
P("https://walnutcreekdental.net/blog/how-to-reverse-periodontal-disease-naturally", "dental practice blog: reverse periodontal disease naturally", [
 ("Having a periodontal disease might seem scary; however, you can reverse periodontal disease with some home remedies.", "", "C", "hard call: unqualified reversal with home remedies"),
 ("Nearly half of the American adult population is being affected by it.", "", "S", ""),
 ("You can quickly reverse this stage with the dentist's help and by applying a few home remedies.", "", "", "with a dentist"),
 ("Instead, it would be better to visit your dentist at your earliest.", "", "P", ""),
], g="H")
P("https://my.klarity.health/how-to-reverse-periodontal-disease-naturally/", "telehealth platform blog: reverse periodontal disease naturally", [
 ("Poor oral hygiene is the cause of most periodontal diseases and these can be reversed naturally in early stage.", "", "", "qualified (early stage)"),
 ("Eucalyptus oil, baking soda, using salt water to rinse the mouth, aloe vera juice, teatree oil, products with omega-3-fatty oil, peppermint essential oil are all natural remedies to reverse receding gum.", "", "C", "hard call: reversal claim for remedies"),
 ("According to Centers for Disease Control and Prevention (CDC), 47.2% of adults aged 30 years and older have some form of periodontal disease.", "", "", "'according to'"),
], g="H")
P("https://www.101dentist.com/dentist_articles/how-to-reverse-periodontal-disease-naturally-311.shtml", "dentist directory article: reverse periodontal disease naturally", [
 ("Three Natural Ways to Eliminate Periodontal Disease", "heading", "C", "elimination heading"),
 ("Just add a teaspoon of salt to some lukewarm water and rinse it for a few minutes, three times a day.", "", "", "mouth rinse, not a dose"),
 ("Lemongrass oil has proven to be effective against periodontal disease.", "", "S", "hard call: uncited 'has proven'"),
], g="G")
P("https://fitforthesoul.com/5-ways-to-cure-sciatica-without-surgery/", "fitness site: cure sciatica without surgery", [
 ("5 Ways To Cure Sciatica Without Surgery", "page title", "C", "hard call: cure title"),
 ("Sometimes, even with treatment, it can take up to three months to completely go away.", "", "", ""),
 ("If there’s no change in your pain status within five days of following the initial self-care methods, it might be time to see your doctor.", "", "P", ""),
], g="G")
P("https://www.healthydirections.com/articles/dr-whitaker-articles/say-goodbye-to-sciatica", "supplement brand column (Dr Whitaker): sciatica", [
 ("But my advice is to just wait.", "about getting an X-ray, CT scan or MRI for sciatica", "", "hard call: advice against early imaging matches usual guidance; not discouraging care"),
 ("There is a growing consensus that most imaging scans for low back pain are an unnecessary waste of resources with a serious potential to harm.", "", "", ""),
 ("Nevertheless, abnormal MRI findings all too often lead to surgery, which is just not all that effective when it comes to treatments for sciatica.", "", "D", "hard call: steers readers away from surgery"),
 ("Research shows that 15–20 percent of patients have recurring or enduring sciatica whether they have surgery or not—and that 80–85 percent recover regardless of treatment.", "", "S", ""),
], g="S")
