from lib import P, S
# batch 5: jaundice home remedies, newborn jaundice at home, cervical spondylosis in Ayurveda, weaning off prednisone (queries 21-24)

P("https://pharmeasy.in/blog/home-remedies-for-jaundice-by-dr-siddharth-gupta/", 'H', "online pharmacy blog: home remedies for jaundice")
S("Jaundice is quite common in newborns since their liver is not completely developed to eliminate the accumulated bilirubin.", '', '')
S("It is recommended to take a professional consultation for proper diagnosis and treatment when jaundice is suspected.", 'P', '', 'passive recommendation to consult')
S("Meanwhile, keep reading to know which home remedies may provide relief in managing symptoms.", '', '', 'hedged')

P("https://www.sbs.com.au/language/hindi/en/podcast-episode/things-new-parents-must-know-about-jaundice-in-babies/bnfqa6nqa", 'N', "public broadcaster podcast page: things new parents must know about jaundice in babies")
S("New research shows jaundice treatment at home is safe and effective", 'S', 'Key Points list; the study (Westmead Hospital, 4,300 children born in 2019) is described further down the page', 'hard call: "new research shows" with no citation in the key point; "safe and effective" is a reported finding on midwife-led home phototherapy, not a cure/safety claim')
S("Parents should immediately report to their GP if their child passes a white stool", 'P', 'Key Points list', 'consult prompt')
S("\"However, if jaundice appears within first 24 hours, it is definitely abnormal and is not suitable for home based therapy at least in the initial phase,\" Dr Maheshwari added.", '', '', 'reported clinical caveat')

P("https://www.thedoctorwillseeyounow.com/content/kids/art4779.html", 'N', "health news site: filtered sunlight to treat newborn jaundice")
S("Babies with jaundice are usually hospitalized for treatment.", '', '')
S("A new study study finds, however, that there's a low cost and low-stress alternative to the current hospital-based treatment.", '', '', 'hard call: reported study (described in the article, UCLA team, Lagos); no advice to skip hospital')
S("Untreated, jaundice is responsible for an estimated 150,000 cases of brain damage or death every year worldwide.", 'S', '', 'figure with no source')

P("https://oxfordhealth.nhs.uk/leaflets/title/jaundice-home-phototherapy", 'H', "NHS trust leaflet: jaundice home phototherapy")
S("Jaundice in newborn babies is common and usually harmless.", '', '')
S("The symptoms of newborn jaundice usually develop 2 days after the birth and tend to get better without treatment by the time the baby is about 2 weeks old.", '', '', 'clinical statement that the condition often needs no treatment')
S("In a small number of cases, jaundice can be the sign of an underlying health condition.", '', 'heading: When should you be concerned?')

P("https://www.usmaclinic.com/cervical-spondolysis", 'H', "Ayurvedic clinic: cervical spondylosis")
S("Cervical Spondylosis is very common and affects more than 85% of men of age older than 60.", 'S', '', 'figure with no source')
S("Book doctor appointment online and get digestive powder worth rupees 999 absolutely free.", '', 'widget', 'advertisement for the clinic\'s own consultations')

P("https://www.superbeing.in/cervical-spondylosis-ayurvedic-treatment/", 'A', "Ayurveda wellness site: cervical spondylosis Ayurvedic treatment")
S("Cervical Spondylosis Ayurvedic Treatment: Natural Treatment without Side-effects", 'C', 'title', '"without side-effects" in the title')
S("Statistics show that more than 90% of people aged over 65 suffer from Spondylosis.", 'S', '', '"statistics show", no source')
S("Genetic Factors: Studies suggest that family history of patients indicate that there are changes that spondylosis symptoms can be inherited.", 'S', '', '"studies suggest", no citation')

P("https://vitalitymagazine.com/article/natural-alternatives-to-cortisone/amp", 'A', "natural health magazine: natural alternatives to cortisone")
S("While often lifesaving in the short term, Prednisone is associated with serious side effects in the long term such as cataracts, high blood pressure, atherosclerosis (hardening of the arteries), fluid retention, osteoporosis, fractures, infections, adrenal disease, and numerous metabolic disorders.", '', '')
S("In my practice I’ve seen some patients develop diabetes, angina, and heart attacks as a result of long-term use.", '', '', 'first-party observation, no figure')
