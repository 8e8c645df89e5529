# sent42 batch 8: adenoids (homeopathy vs surgery), hydrocele, phimosis, gynecomastia
from lib import P

P("https://homoeocarehomeopathy.com/2019/01/25/adenoids-homeopathy-treatment/", "homeopathy clinic blog: adenoids homeopathy treatment", [
 ("Enlarged adenoids and tonsils are a concern in young children as they can be a major source of recurrent infections like a sore throat, middle ear infections, and sinusitis.", "", "", ""),
 ("Homoeopathy offers a very safe and effective way to cure enlarged adenoids and tonsils and can save the little ones from the surgeon’s knife.", "", "CD", "cure and safety claim; steers parents away from surgery"),
 ("Homeopathic philosophy has always stood by the view that whenever possible the tonsils and adenoids should be saved as they are an important defense tissue of our body and provide the children with the much-required Immunity", "", "", "hedged ('whenever possible')"),
], g="A")

P("https://www.drhomeo.com/adenoids/enlarged-adenoids-and-homeopathy/comment-page-15/", "homeopathy clinic chain: enlarged adenoids and homeopathy", [
 ("Save your Kid from Adenoid Surgery – Homeopathic Medicines are the Best Bet", "page title", "D", "steers parents away from surgery"),
 ("Adenoid enlargement is a problem affecting children, those in the 3-10 years age group are the most vulnerable.", "", "", ""),
 ("Homeopathic medicines are a natural and safe alternative to surgery in children with enlarged adenoids.", "", "CD", "safety claim; offered in place of surgery"),
 ("Adenoids, when surgically removed, have the tendency to regrow, it has been noted.", "", "", ""),
], g="A")

P("https://positivehomeopathy.com/adenoids/", "homeopathy clinic chain: adenoids", [
 ("As the allopathic system of medicine does not have any other medical treatment to offer, they advise to get the swollen or enlarged adenoids permanently removed.", "", "", ""),
 ("This may seem like a reasonable treatment option for the enlarged adenoids in the short term but is not advisable in the long run.", "", "D", "advises against the surgery doctors recommend"),
 ("The swelling and the enlargement of the adenoids can be cured completely with positive Homoeopathy.", "", "C", ""),
 ("Positive Homeopathic Constitutional medicines used in the treatment of adenoids cure the infections completely and the size of the adenoids comes down to its normal self.", "", "C", ""),
], g="A")

P("https://mediv.dp.ua/treat-enlarged-adenoids-with-homeopathy-2.html", "scraped copy of a homeopathy article: treat enlarged adenoids with homeopathy", [
 ("Many patients come to us saying their child has adenoids or so they are told by surgeon who wants to operate the child and remove his adenoids.", "", "", ""),
 ("Therefore, removing adenoids is never the primary option when there is some problem with them.", "", "D", "hard call: rules out the surgical option as a first choice on a homeopathy page"),
 ("Apparently the only indication to remove adenoids is sleep apnoea, in which the airway is completely obstructed in a child due to excessively enlarged adenoids when the child gets breathless and blue in face at night, which makes him sleepless.", "", "", ""),
], g="G")

P("https://www.drkhuranahomeo.com/adenoid-enlargement/", "homeopathy clinic: adenoid enlargement", [
 ("But in cases where the child has poor immunity, the glands do not shrink.", "", "", ""),
 ("The doctor may prescribe antibiotics when a bacterial infection is responsible for the enlargement.", "heading: Treatment in other sciences.", "", "what a doctor may do"),
 ("But in cases where enlargement of adenoids is moderate to severe, surgical removal of adenoids is recommended.", "", "", ""),
], g="A")

P("https://charismaticplanet.com/hydrocele-symptoms-causes-and-treatment/", "content site: hydrocele symptoms, causes and treatment (nature cure)", [
 ("In most cases, hydrocele is caused by toxic conditions in the body.", "", "", ""),
 ("Dietary errors, improper living habits, and suppressive medical treatment are all responsible for systemic toxicity.", "", "", ""),
 ("Infants with hydrocele usually disappear on their own.", "", "", ""),
 ("Constitutional treatment is the most effective way to treat the condition.", "preceding: tapping does not address the cause of the problem, only its symptoms", "D", "hard call: steers readers from the medical procedure to nature-cure 'constitutional treatment'"),
], g="G")

P("https://www.symptomsandcure.com/hydrocele", "symptoms-and-cures site: hydrocele", [
 ("Nearly 10 percent of males are born with a hydrocele.", "", "S", ""),
 ("If newly born infants have this problem, it disappears by itself gradually.", "", "", ""),
 ("Signs and symptoms associated with a hydrocele include a non-painful swelling found on one or both sides of the scrotum.", "", "", ""),
], g="G")

P("http://www.prokerala.com/health/diseases/hydrocele-treatment.htm", "portal health page: hydrocele treatment", [
 ("In most cases, the condition corrects itself.", "", "", ""),
 ("One in ten male infants has hydrocele at the time of their birth.", "", "S", ""),
 ("You should of course consult your doctor as soon as you think you can detect hydrocele.", "", "P", ""),
 ("Alternatively, you can try ayurveda or other traditional medicine to take care of your hydrocele.", "", "", "hard call: offered as one option among surgery and aspiration"),
], g="G")

P("http://iomfats.org/resources/health/penis/phimosis.html", "boys' fiction site resource page: phimosis", [
 ("For 99.9% of uncircumcised men and boys Phimosis is irrelevant.", "", "S", ""),
 ("Of course the medics' usual reaction is to say \"Circumcision\".", "", "", ""),
 ("Not the mother, not the father, and certainly no doctors!", "preceding: the only person who should ever touch a boy's foreskin is the boy himself.", "D", "hard call: tells parents to keep doctors away"),
 ("If simple withdrawal is impossible, visit your doctor, tell him that you do NOT wish to be circumcised, and ask for help and advice in gentle stretching and easing the opening.", "", "P", ""),
], g="G")

P("https://ndnr.com/botanical-medicine/naturopathic-approach-to-phimosis", "naturopathic doctors' journal: naturopathic approach to phimosis", [
 ("Pathological phimosis can be treated naturopathically, with surgical intervention as a last resort.", "", "", ""),
 ("If the foreskin does not move easily on its own, leave it alone.", "", "", "clinical advice on physiological phimosis"),
 ("In allopathic medicine, physiological phimosis is sometimes used as an excuse for routine circumcision.", "", "", ""),
 ("At least half of intact boys have physiological phimosis at age 10 years, and 10% at age 15 years.1", "", "", "footnote marker"),
], g="A")

P("https://www.tandurust.com/health-faq-2/phimosis.html", "health FAQ site: phimosis", [
 ("Phimosis Causes: Home Treatment, Remedies To Cure Phimosis Naturally", "page title", "C", ""),
 ("In the early age, circumcision is not advisable, as this will be traumatic, very painful and uncomfortable for younger boys.", "", "", ""),
 ("This is an effective way on how to cure phimosis at home.", "heading: Stretching", "C", "hard call: home cure stated as fact"),
], g="G")

P("https://familynewmagazine.com/natural-remedies-for-phimosis-safe-and-effective-treatment-choices/", "magazine-style content site: natural remedies for phimosis", [
 ("While medical treatments such as steroid creams and surgery are commonly used, many individuals seek natural remedies as a safer, less invasive option to manage phimosis.", "", "", "reported"),
 ("For those with mild to moderate phimosis, natural remedies can be an effective and safe alternative to pharmaceutical treatments or surgery.", "", "C", "hard call: safety claim ('can be ... safe')"),
 ("This should be done two to three times a day.", "heading: 1. Coconut Oil", "", "coconut oil, not a medicine"),
], g="G")

P("https://gynecomastiapro.com/gynecomastia-treatment/", "gynecomastia clinic information: treatment", [
 ("In these cases, the change in hormone balance is natural and will usually settle down on its own without further treatment.", "", "", ""),
 ("If a man thinks either prescribed medication or recreational drugs may be causing their man boobs, then it is worth talking to a doctor.", "", "P", ""),
 ("A simple change of medication may be all that is needed to treat the condition.", "", "", "in context of talking to a doctor"),
 ("With recreational drugs, the first advice is always to stop the drug, and this will hopefully make the swelling settle down.", "", "", "recreational drugs, not prescribed"),
], g="H")

P("https://health-life-news.com/can-gynecomastia-go-away-naturally/", "health news blog: can gynecomastia go away naturally?", [
 ("The chances of getting gynecomastia vary depending on the individual, but it’s estimated that up to 70% of adolescent boys experience some breast development during puberty.", "", "S", ""),
 ("This article explores whether gynecomastia can go away naturally and provides information on when to seek medical attention.", "", "", ""),
], g="G")
