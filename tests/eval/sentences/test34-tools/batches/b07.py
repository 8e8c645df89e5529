# sent34 batch 7 (queries 43-44: essential oils instead of a doctor visit; colloidal silver instead of the doctor).
from lib import P

P("https://www.candidlyc.com/post/skin-woes-oil-you-need", "personal blog: essential oils for skin problems", [
 ("What I have found to work well on the skin are essential oils.", "", "", ""),
 ("Many of them contain both antibacterial and anti-fungal properties, so before handing over another co-pay to your doctor’s office, try some of these that combat different skin ailments.", "", "D", "steers readers to oils before returning to their doctor"),
 ("Lavender oil has been one of my favorites in treating the skin.", "", "", ""),
 ("It can be used to treat acne, eczema, psoriasis, and wrinkles.", "", "", "treatment claim without cure wording"),
], g='B')

P("https://architectsforthesoul.com/2015/02/25/essential-oils-etiquette-at-the-doctors-office/", "essential-oil enthusiast's blog: etiquette at the doctor's office", [
 ("It’s time to start having a different conversation with your doctor.", "", "", "about how to talk to a doctor, not a prompt to consult; hard call"),
 ("Essential Oils are awesome and amazing, but to tell a doctor they can’t help you feel better because they don’t understand essential oils makes only one person in that medical office a close minded person, and that person is you – the essential oil enthusiast not the doctor.", "", "", "defends doctors"),
], g='B')
