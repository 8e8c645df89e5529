from lib import P
# b12: Benadryl for babies, when to see a doctor
P("http://www.thebump.com/a/benadryl-for-baby", "parenting site Q&A by a paediatrician: When can baby have Benadryl?", [
 ("But before you give baby any meds, always check in with your pediatrician — especially if baby’s six months old or younger, since it’s easier for him to get sick and you’ll want to make sure it’s really just an allergic reaction, and not anything systemic or life-threatening.", "", "P", ""),
 ("Remember that the proper dosage for baby is based on weight, not age, so to be safe, you’ll want to start off with half a dose: For every 20 pounds he weighs, give baby half a teaspoon of liquid Benadryl (if baby’s under 20 pounds, try one-quarter teaspoon).", "same section opens with: before you give baby any meds, always check in with your pediatrician", "", "hard call: consumer dose, but the section carries a paediatrician caveat (guide); current labels advise against under-2 use"),
 ("Benadryl has a sedative effect (which is why it’s so important to stick to the proper dosage!), but it should be used only to treat allergies and never to help baby fall asleep.", "", "", ""),
], g="G")
P("http://coolmom.info/en/pages/605821", "parenting content site: Is Benadryl safe for infants?", [
 ("But if your baby is younger than six months, you should talk to your pediatrician before giving her any medication.", "", "P", ""),
 ("If your baby or toddler (over the age of 1) has an allergic reaction, you can use baby Benadryl to help soothe the symptoms.", "", "", "no amount or frequency"),
 ("If your baby is below six months of age and shows allergy symptoms, go to your pediatrician or the ER.", "", "P", ""),
 ("Many mothers use it to make traveling a bit easier.", "heading: Using Benadryl To Make Your Baby Sleep", "", "reported"),
], g="G")
P("http://sportsdoctor.com/chg/common.html", "physician's health-guide site: common medical problems", [
 ("Many common medical problems don't seem serious enough for you to consult a physician.", "", "", ""),
 ("Some conditions-mild acne, insomnia, warts, itching, dandruff, constipation, headaches, allergies-you can deal with effectively by using the information in this chapter.", "", "", "self-care for minor conditions, not steering away from care"),
 ("Acne is the most common skin problem, affecting 70 to 90 percent of the population.", "", "S", ""),
], g="H")
P("https://doctoramybrenner.blogspot.com", "doctor's blog: when you need answers, see your doctor", [
 ("However, when you need answers, there is only one real option: see your doctor.", "", "P", ""),
 ("Many people are now assuming the role of physician by doing their own research on the Internet, attempting to self diagnose, and potentially causing themselves harm.", "", "", ""),
 ("If you are experiencing a strange symptom, call your doctor.", "", "P", ""),
], g="B")
