# sent42 batch 3: baby eczema steroids, bedwetting, PMDD, prostatitis, endometriosis, coconut oil for Alzheimer's
from lib import P

P("https://theeczemama.com/topical-steroids-infant-eczema/", "parent blog: topical steroids for infant eczema, pros and cons", [
 ("Reluctantly, I used them, but I wanted to stop using them when he didn’t show immediate signs of improvement.", "", "", "first-person narrative"),
 ("The choice is ultimately yours, but some information about what you are getting into can help.", "", "", ""),
 ("Remember you are not wrong when you are doing the best for your kids.", "", "", ""),
], g="B")

P("http://iks.stoynev.us/steroid-cream-for-eczema-in-babies.html", "scraped content page: steroid cream for eczema in babies", [
 ("Lots of unsubstantiated alternative eczema therapies are promoted in the press.", "", "", ""),
 ("Miraculous natural cures for eczema often contain crushed cortisone tablets.", "", "", "debunking"),
 ("Evening Primrose oil (or gamolenic acid), flaxseed & omega 3 oils offer no real additional benefit to eczema.", "", "", ""),
], g="G")

P("https://simonettel.com/2025/01/16/caring-for-kids-with-eczema-a-parents-journey", "parent blog: caring for kids with eczema", [
 ("When we applied it to her skin, by the afternoon it seemed like her eczema was cured.", "", "", "narrative, hedged ('seemed')"),
 ("No. 1 Do not apply it on the face or genital area.", "next sentence: The doctor prescribed it to apply to her face for the eczema.", "M", "hard call: tells parents not to use a prescribed steroid cream where the doctor prescribed it, no consult caveat"),
 ("No. 2 Do not use it for more than 2 weeks.", "next sentence: Unless otherwise prescribed by a physician.", "", "caveat in the next sentence"),
 ("This practice shows that there is no concern from the doctors in the amount of cortisol we could use.", "", "", ""),
], g="B")

P("http://controlbedwetting.ca/treatment-options/medications/", "bedwetting information site: medications", [
 ("Side effects with desmopressin may include headache, nausea, and mild abdominal cramps.", "", "", ""),
 ("Several naturally based herbal and homeopathic treatments are approved in Canada for the relief or temporary relief of bedwetting or its symptoms.", "heading: Naturally based treatments", "", ""),
 ("Be sure to talk to your child’s doctor before starting any naturally based therapy to ensure it is appropriate for your child and won’t interact with other medications your child may be taking.", "heading: Naturally based treatments", "P", ""),
 ("If bedwetting is a concern, don’t hesitate: talk to your doctor.", "", "P", ""),
], g="H")

P("http://brooksxkwp071.hatenablog.com/entry/2017/07/20/100505", "spun blog post on bedwetting therapies", [
 ("Authorities say that just about 15% of kids encounter such a incontinence in the evening.", "", "S", "'authorities say' is not a source"),
 ("Among the children whose one of the dad and mom has also had this problem, about 45% are prone to practical experience the exact same.", "", "S", "empirical familial risk, not a Mendelian probability"),
 ("So far as the treatment method is worried, It is far from required as most Young children typically outgrow the condition on their own.", "", "", "clinical statement that treatment may not be needed"),
], g="G")

P("http://allaboutbedwetting.com/Solutions.aspx", "bedwetting information site: solutions", [
 ("If you talk to your doctor, he is likely to suggest that you wait and see, as bed-wetting is often not very serious.", "", "", ""),
 ("Ask your doctor whether or not therapy may be appropriate and if so, to refer you to an appropriate health professional.", "", "P", ""),
 ("This is considered relatively effective and has less chance of relapse or side effects than medications.", "heading: Moisture Alarms", "", ""),
 ("Talk to your doctor about whether this is the right solution for your child, but usually medications are considered a last resort after other lifestyle changes and potential problems have been addressed.", "heading: Medications", "P", ""),
], g="G")

P("https://www.mindstick.com/blog/12953/how-to-get-relief-from-premenstrual-dysphoric-disorder", "blog platform post: relief from PMDD", [
 ("Many women affected by PMDD take pills to alleviate irritability and mood swings; missing pills is not an option; missing pills may have mental as well as physical repercussions.", "", "", "warning against missing doses"),
 ("It is the result of excessive secretion of estrogen in the female body.", "", "", ""),
 ("PMC and PMDD both can be treated by self-care, at home with natural remedies to cure them.", "heading: Natural ways to treat PMS", "C", "natural remedies 'to cure' PMDD"),
], g="G")

P("https://hormone-wellness.co.uk/how-can-i-help-my-pmdd-and-pms-naturally/", "hormone practitioner's site: PMDD and PMS naturally", [
 ("It is common for the medical model has normalised PMS, heavy or irregular periods.", "", "", ""),
 ("This needs to be addressed because any irregularities in menstrual bleeding must be seen as a red flag and dealt with accordingly.", "", "", ""),
 ("17% of subjects reported having lost a job due to PMDD.", "list under: Another study found that:", "S", "no source"),
 ("It can take decades to get a diagnosis of PMDD or severe PMS, and sometimes only after misdiagnosis for illnesses like anxiety, depression, or bipolar disorder:", "", "", ""),
], g="A")

P("https://entirelyhealth.com/conditions/womens-health/premenstrual-dysphoric-disorder/7/", "health content site: PMDD medications", [
 ("This mostly comes as a last resort when other approaches do not work.", "heading: Medications", "", ""),
 ("If the symptoms are persistent, then it is advisable to visit the doctor for proper drug recommendations and to know the proper dosage to follow depending on the severity of PMDD.", "heading: Medications", "P", ""),
 ("These drugs will prevent the period from coming and it may not be the safest form of medication, especially for someone that smokes or is above the age of 25.", "", "", ""),
 ("Before taking this medication, you need to make sure to your doctor first for proper advice and dosage, an example of this hormone agonist is leuprolide.", "", "P", ""),
], g="G")

P("http://www.goodtherapy.org/blog/natural-remedies-pms-pmdd-0419124/", "therapist directory blog: natural remedies for PMS and PMDD", [
 ("By some estimates, up to 80% of women experience at least one symptom with some regularity.", "", "S", ""),
 ("For approximately 5% of women, however, symptoms are severe enough to meet criteria for premenstrual dysphoric disorder, or PMDD.", "", "S", ""),
 ("Women with either premenstrual syndrome (PMS) or PMDD frequently seek relief in one or a combination of over-the-counter medications, a prescription, or natural remedies, but too often relief is elusive.", "", "", ""),
], g="G")

P("http://prostatitisfacts.org/", "advocacy site: chronic prostatitis is mostly bacterial", [
 ("Prevailing medical opinion holds that only 5-10% of chronic prostatitis is due to bacteria.", "", "S", ""),
 ("When prostatitis is treated promptly at the onset of symptoms, a large majority of prostatitis patients are cured.", "", "", "clinical statement"),
 ("Prompt antibiotic treatment upon emergence of symptoms is the key to preventing chronic prostatitis.", "", "", ""),
 ("Studies that utilize prostate biopsy find that over 70% of prostatitis patients have bacteria in their prostates.", "", "S", ""),
], g="A")

P("https://www.drleetcmclinic.com/Blog/484.html", "TCM clinic blog: is chronic nonbacterial prostatitis curable", [
 ("Chronic nonbacterial prostatitis is the most common form of the disease, accounting for 90% of the cases.", "", "S", ""),
 ("Chronic prostatitis is a treatable disease while a difficult one to treat, which requires a long term period of treatment with strict standards.", "", "", ""),
 ("But instead of antibiotics, natural medicine is much better.", "preceding: 1. Medication is necessary.", "M", "replace prescribed antibiotics with the clinic's herbal pill, no caveat"),
 ("Unlike side effect and drug resistance caused by antibiotics, natural medicine like Diuretic and Anti-inflammatory Pill can cure the disease  without hurting the body, instead, it can enhancing the body by improving blood circulation.", "", "CM", "cure plus harmlessness claim; hard call on M (swap framing against antibiotics)"),
], g="A")

P("https://prostate.net/health-centers/prostatitis/prostatitis-treatment-overview/", "prostate health site: prostatitis treatment overview", [
 ("Antibiotics are not effective for 90% to 95% of prostatitis cases.", "list: Article at a Glance", "S", ""),
 ("A multi-treatment approach that combines conventional, alternative, and natural treatments is usually the most successful.", "list: Article at a Glance", "", ""),
 ("Bacterial cases of prostatitis will involve antibiotics, but treatment should also involve some natural supplements and other therapies, especially if the patient has chronic bacterial prostatitis.", "", "", "adds, does not replace"),
], g="G")

P("https://prostatitisradicalcure.com/a/Prostatitis/2023/1115/1865.html", "herbal-pill seller's article: do you have to take antibiotics for prostatitis?", [
 ("Do You Have to Take Antibiotics for Prostatitis? What Are Some Non-Antibiotic Methods?", "page title", "", "question"),
 ("Not only patients but many doctors also have misconceptions about this disease.", "", "", ""),
 ("More than 95% of clinically diagnosed chronic prostatitis falls into this category.", "", "S", ""),
 ("That's why most prostatitis treatments don't require antibiotics and are usually symptomatic.", "", "", "clinical statement"),
], g="S")

P("https://malefly.com/chronic-prostatitis-non-pharmaceutical-management", "men's health site: chronic prostatitis without antibiotics", [
 ("Prostatitis is diagnosed in roughly 8% of men at some point in their lives [^nickel2008], making it one of the most common urological diagnoses in men under 50.", "", "", "cited"),
 ("Antibiotics, in these cases, work no better than placebo in well-designed trials.", "paragraph carries a citation: [^krieger1999]", "", "cited in paragraph"),
 ("If you've been diagnosed with \"chronic prostatitis\" and given antibiotics for more than one course without resolution, you almost certainly have Category III.", "", "", ""),
], g="G")

P("https://articles.mercola.com/endometriosis/treatment.aspx", "alternative-health site: endometriosis treatment", [
 ("If you have mild symptoms of endometriosis, you don’t need to bother with either hormone therapy or surgery at all.", "", "MD", "tells readers they need neither prescribed hormone therapy nor surgery; no consult caveat"),
 ("Fortunately, endometriosis is a treatable condition.", "", "", ""),
 ("However, do not be fooled about the \"benefits\" of synthetic hormone therapies, as these can take a toll on your health by raising your risk for stroke, heart attack, dementia and breast cancer.", "", "M", "hard call: steers readers off prescribed hormone therapy"),
 ("Two trials of hormone therapy conducted by the Women's Health Initiative proved this, with the study being stopped at one point because many women were already dying.4,5", "", "", "footnote markers"),
], g="A")

P("https://basejamaica.com/endometriosis-101/treatment-options/", "patient organisation: endometriosis treatment options", [
 ("Unfortunately, there is no known cure for endometriosis.", "", "", ""),
 ("Remember, the choice of medical treatment has to be a decision between you and your doctor.", "", "P", "hard call: shared decision with the doctor"),
 ("It is widely known that estrogen worsens endometriosis, so hormonal treatments are designed to attempt to minimize estrogen production in a woman’s body.", "", "", ""),
 ("If a treatment is not working for you, let your doctor know immediately.", "", "P", ""),
], g="H")

P("https://www.drwalt.com/will-coconut-oil-axona-or-bacopa-prevent-alzheimers/", "family doctor's blog: coconut oil, Axona, bacopa for Alzheimer's", [
 ("Coconut oil is being promoted to help “lift the fog” and reverse Alzheimer’s symptoms.", "", "", "reported promotion"),
 ("However, the experts at Prescriber’s Letter tell doctors, “But don’t recommend coconut oil … it’s too preliminary.”", "", "", ""),
 ("Prescriber’s Letter says, “explain (to patients that) there’s not enough evidence to say if it’s helpful for Alzheimer’s.”", "", "", ""),
], g="H")

P("http://jpvitale.com/2012/03/coconut-oil-poor-memory-dementia-and-alzheimers-disease/", "physician's blog: coconut oil for memory and Alzheimer's", [
 ("The Doctor’s husband almost immediately showed remarkable signs of improvement in his cognitive processes and memory.", "", "", "narrative"),
 ("The reason for this is that there is probably not a lot of money to be made in the treatment of Alzheimer’s with Coconut oil.", "", "", ""),
 ("Bottom line is that coconut oil is relatively safe and non-harmful to most people.", "", "", "hedged"),
 ("Regular coconut oil is perfectly safe, and has been shown to increase your HDL cholesterol (the “good” cholesterol).", "", "CS", "unqualified safety claim; 'has been shown' with no source"),
 ("A couple of teaspoons per day of coconut oil is therefore a “reasonable thing to try” if you are worried about your memory or the memory/cognitive processes of a loved one.", "", "O", "hard call: amount and frequency for a memory remedy, no caveat"),
], g="H")

P("https://isagenix427.rssing.com/chan-19137424/article4.html", "RSS repost of a seller's blog: coconut oil and Alzheimer's", [
 ("The peculiar type of memory loss associated with Alzheimer’s has confounded scientist for decades, and with over 26 million people diagnosed globally with this disease, there is a need for treatment on a grand scale.", "", "S", ""),
 ("How, then, does coconut oil reverse Alzheimer’s, especially if the cause could be linked to insulin levels?", "", "", "question"),
 ("While the jury is still out on the long term use of this treatment to reverse Alzheimer’s, few can argue that the very small incidence of side effects from the coconut treatment vastly outweigh the potential benefits of relief from a debilitating illness like Alzheimer’s.", "", "", "hedged"),
 ("There are many FDA approved forms of coconut oil specifically for this type of treatment and many can be found over the counter.", "", "", "false approval claim, but no cure or safety wording"),
], g="G")

P("https://hha-online-application-new.truecareny.com/blog/the-search-for-an-alzheimers-cure-in-an-age-of-misinformation?hs_amp=true", "home-care agency blog: the search for an Alzheimer's cure in an age of misinformation", [
 ("The FDA suggests that you bear in mind, \"If it seems too good to be true, it probably is\".", "", "", ""),
 ("I know at least one family member requested that the doctor add coconut oil to their spouse's medication regimen.", "", "", "narrative"),
 ("If you want to try one of these types of treatments, it's important to weigh the benefits and risks to your loved one's quality of life.", "", "", ""),
], g="H")
