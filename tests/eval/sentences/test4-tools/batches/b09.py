from lib import P
P("http://themedihealth.com/healthconditions/when-to-call-a-doctor-Chickenpox", "consumer health site: chickenpox, when to call a doctor", [
 ("It is necessary to call your doctor immediately if your child having chickenpox is over 12 months of age and has not been vaccinated for chickenpox.", "", "P", ""),
 ("• Fever is high and lasts longer than 4 days", "heading: Call your doctor immediately if they develop any of the following:", "P", "list item under a call-your-doctor heading"),
])
P("https://vmoblog.com/?p=142", "blog: chickenpox in children", [
 ("A vaccine for chickenpox is available and recommended.", "", "", ""),
 ("Ask your healthcare provider about the vaccine", "", "P", ""),
 ("For most children, chickenpox is a mild illness that gets better on its own.", "heading: When to see the doctor?", "", ""),
 ("Contact your doctor straight away if your child develops any abnormal symptoms, for example: if the blisters on their skin become infected.", "", "P", ""),
])
P("http://www.webmd.com/vaccines/tc/chickenpox-varicella-when-to-call-a-doctor", "commercial consumer health site: chickenpox, when to call a doctor", [
 ("Call your doctor right away if you or your child with chickenpox has:", "followed by a list of warning signs", "P", ""),
 ("Chickenpox is usually mild and runs its course in five to 10 days, but it can cause more serious problems when teens and adults get it.", "related-article box", "", ""),
])
P("https://mamigeek.com/threads/when-should-i-be-worried-about-chicken-pox.179288", "parenting forum thread: when should I be worried about chicken pox?", [
 ("Most cases of chickenpox do not require medical attention, but it is important to be aware of some signs that may indicate a more serious infection.", "", "", "safety-netting"),
 ("If you or your child experience any of the following signs or symptoms, it is important to seek medical attention right away:", "", "P", ""),
])
P("http://www.huntsvilleblack.com/chickenpox/", "local community site: chickenpox home treatment", [
 ("Chickenpox (varicella) is a relatively minor illness.", "", "", ""),
 ("There is no useful prevention.", "", "", "hard call: outdated (pre-vaccine) text; a factual error, not a steer away from care"),
 ("Do not give aspirin to children and teens under age 20 who may have chickenpox because aspirin use is related to Reye’s Syndrome.", "heading: Home Treatment:", "", ""),
])
P("https://www.stlouischildrens.org/health-resources/symptom-checker/chickenpox", "children's hospital symptom-checker page: chickenpox care advice", [
 ("• It's now uncommon because of the chickenpox vaccine.", "heading: Care Advice for Chickenpox", "", ""),
 ("• For itching, give cool or lukewarm baths for 10 minutes as often as needed.", "heading: Cool Baths for Itching", "", "bath, not a medicine dose"),
 ("• Can add baking soda 2 ounces (60 mL) per tub.", "heading: Cool Baths for Itching", "", "bath additive, not a dose"),
])
P("https://beautytipsinurdu.pk/coughbronchitiscomplete-information-and-treatment", "beauty-tips site carrying copied NHS text: bronchitis", [
 ("Most cases of bronchitis can be treated easily at home with rest, non-steroidal anti-inflammatory drugs (NSAIDs) and plenty of fluids.", "heading: When to see your GP", "", ""),
 ("You only need to see your GP if your symptoms are severe or unusual – for example, if:", "heading: When to see your GP", "P", "safety-netting prompt"),
])
P("https://pharmasites.co.uk/nhs_conditions_Bronchitis", "pharmacy website carrying NHS condition text: bronchitis", [
 ("Bronchitis usually clears up without treatment in around 3 weeks.", "", "", ""),
 ("See a GP if your symptoms last longer than 3 weeks.", "", "P", ""),
 ("You may need antibiotics if your bronchitis is caused by a bacterial infection.", "", "", ""),
])
P("http://www.warringtonguardian.co.uk/news/15662228.Droplets_from_coughing_can_spread_three_feet___advice_from_Dr_Dan/?ref=arc", "local newspaper GP column: droplets from coughing can spread three feet", [
 ("These droplets typically spread about one metre (three feet).", "", "S", "hard call: uncited figure in a doctor's column"),
 ("Your local pharmacist will be able to advise further on self-care medicines", "", "P", ""),
 ("You only need to see your GP if your symptoms are severe or unusual.", "", "P", "safety-netting prompt"),
])
P("https://www.health24.com/Lifestyle/Winter-Wellness/That-lingering-cough-could-be-bronchitis-20150522", "South African consumer health site: that lingering cough could be bronchitis", [
 ("If you have a cold that lasts a long time or a persistent cough, you could have bronchitis and should see a doctor.", "", "P", ""),
 ("Many people assume when they are diagnosed with bronchitis that they need an antibiotic.", "", "", ""),
 ("If breathing problems are severe, it's best for the person to be evaluated in an emergency room.", "", "P", ""),
])
P("http://www.medguidance.com/thread/how-long-does-bronchitis-last.html", "consumer health Q&A site: how long does bronchitis last?", [
 ("Acute bronchitis gets over in around 2-3 weeks in majority of the patients; however, the cough may sometimes remain for 4 weeks or more.", "", "", "clinical course"),
 ("Chronic bronchitis is a serious medical illness in which the lungs become a breeding ground for infections with bacteria and may need continuous medical treatment.", "", "", ""),
])
P("https://afcurgentcare.com/chapman-highway-tn/blog/how-long-does-bronchitis-last", "urgent-care chain blog: how long does bronchitis last?", [
 ("Second-hand smoke can also cause chronic bronchitis and in the United States, cigarette smoke is the primary cause.", "", "", ""),
 ("Getting plenty of rest can help you recover more quickly.", "", "", ""),
])
