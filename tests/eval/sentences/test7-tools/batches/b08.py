from lib import P
P("https://www.jthwellness.com/post/5-tips-to-safely-wean-off-acid-medication", "holistic nutrition practice blog: wean off acid medication", [
 ("Conventional medicine only treats symptoms which is why you never truly feel better.", "", "", ""),
 ("The first step to getting off any medication is to consult with your doctor or specialist.", "", "P", ""),
 ("While your doctor plays an important part in your health, no one knows your body better than YOU.", "", "", ""),
], g='A')
P("https://aimcdfw.com/faq-items/side-effects-using-chinese-herbal-medicine/", "acupuncture/herbal clinic FAQ: side effects of Chinese herbal medicine", [
 ("However, an herbal formula carefully designed by a well-trained practitioner rarely has side effects because its various influences on different body systems have been balanced by the other herbs and thus each body part receives a particular and desired effect.", "", "", "hedged 'rarely'"),
 ("The most common side effect from using herbal therapy is an upset stomach, which is easily remedied by taking the herbal formula with meals.", "", "", ""),
 ("Please contact your physician and herbalist as soon as possible and immediately stop taking the medicine until cleared from your doctor.", "previous sentence lists rash, nausea, vomiting, diarrhea, shortness of breath", "P", "stopping the herbal formula on an adverse reaction, with a consult"),
], g='A')
P("https://livingstrong.co.za/herbal-safety", "herbal product site: herbal safety", [
 ("Herbs have far fewer, far less severe side effects and are a safer alternative, however safety precautions should still be followed.", "", "", "comparative, with a caveat"),
 ("Pregnancy and breastfeeding is always a concern when taking herbal medication, a health care provider, doctor or pharmacist should always be consulted beforehand especially if on any pharmaceutical.", "", "P", ""),
 ("St John’s Wort for this reason should not be taken if on oral contraception.", "", "", ""),
], g='S')
P("https://www.natureshealth.co.za/page/20140127_145127", "herbal product seller: read before you use the herbal products", [
 ("If you are planning to fall pregnant, or if you are pregnant or breast feeding, you should not take any herbal supplements.", "", "", ""),
 ("If you have a medical condition e.g. diabetes, high or low blood pressure, or heart problems, liver problems etc. and if you are taking other prescribed medication or herbs or supplements, you should first talk to a qualified healthcare provider or doctor before starting new or additional therapy.", "", "P", ""),
 ("First time users may experience some side effects.", "", "", ""),
], g='S')
P("https://planetc1.com/ear-infections-antibiotics-and-chiropractic-for-kids/", "chiropractic site: ear infections, antibiotics and chiropractic for kids", [
 ("These methods are gentle, safe and are well explained before any treatment is given.", "quoted with approval from another chiropractic article about adjusting children", "C", "hard call: unqualified safety claim for adjusting children, endorsed by the writer"),
 ("According to the article, the study found that most kids with ear infections do not need antibiotics, but they get them anyway.", "", "", "attributed (JAMA study)"),
 ("Chiropractors that take care of kids undoubtedly get frustrated when hearing stories of parents that took their kids for countless needless tube surgeries, doses of antibiotics, and other ineffective medicinal approaches.", "", "", "hard call: disparages medical treatment, no instruction"),
], g='A')
P("https://www.spineintegrativewellness.com/preventing-ear-infections/", "chiropractic clinic blog: preventing ear infections", [
 ("Ear infections are the second most common disease of childhood and account for roughly 16 million visits to the doctor every year.", "", "S", ""),
 ("We’ve been taught that when we get an ear infection, we need to go to the doctor to get antibiotics.", "", "", ""),
 ("A Cochrane review in 2015 revealed that only 1 of every 20 children treated with antibiotics for ear infections might be helped.", "", "", "cited (Cochrane 2015)"),
 ("Additionally, chronic use of antibiotics has created antibiotic-resistance bacteria, which kills 22,000 Americans every year.", "", "S", ""),
], g='A')
P("http://drhoskins.com/Ear%20Infections.html", "chiropractor site: ear infections", [
 ("Now does this mean that chiropractic can get rid of all ear infections?", "", "", "question"),
 ("No, there are no absolutes when it comes to healing, however in my office I have had an extremely high success rate.", "", "", "first-party"),
 ("Studies have shown that antibiotics at best stop an ear infection 14 percent faster than doing nothing, no better if it's a virus.", "", "S", ""),
], g='A')
P("http://spinalguy.com/ear-infections/", "chiropractic wellness centre: ear infections", [
 ("After just three chiropractic treatments Johnny’s infection and runny nose completely cleared up and his parents took him off the antibiotics.", "", "C", "hard call: clinic's own case story presented as proof; stopping antibiotics is reported, not instructed"),
 ("This scenario is all too common in chiropractic clinics that most chiropractors completely take it for granted that chiropractic treatments can have a profound beneficial effect on these types of conditions.", "", "", ""),
 ("In 1990- Ear infections- known as Otitis Media-were the second most common diagnosis among all age groups.", "", "S", ""),
], g='A')
