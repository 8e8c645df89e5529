from lib import P
P("https://cocoactivenutrition.com/learn/colloidal-silver", "supplement shop learn page: colloidal silver", [
 ("Antimicrobial Properties: Colloidal silver is believed to exhibit antimicrobial effects, effectively fighting off bacteria, viruses, and fungi, making it a popular choice for skin applications.", "", "", "hedged 'believed'"),
 ("Wound Healing: Some studies suggest that colloidal silver can promote faster healing of wounds by supporting tissue repair and reducing inflammation.", "", "S", "'some studies suggest', none named"),
 ("Immune System Support: Colloidal silver is thought to stimulate the immune response, potentially helping the body fight infections more effectively.", "", "", "hedged"),
 ("Recommended Dosage: Dosages can vary widely; typically, adults take 1 to 2 teaspoons of liquid colloidal silver 1-3 times a day, depending on the intended use.", "next line: Timing: It can be taken on an empty stomach for better absorption or as directed by a healthcare provider.", "", "hard call: 'as directed by a healthcare provider' in the same section"),
], g='S')
P("https://boomerwomenspeak.com/forums/ubbthreads.php?Number=4557&page=1&ubb=showflat", "women's forum thread: antidepressants", [
 ("I know I this is controversail, but please be very careful about relying too strongly on anti depressants.", "", "", "caution, no instruction to stop"),
 ("Doctors and pharmaceutical companies market anti depressants for \"Chemical imbalance,\" but there is no scientific evidence that such an imbalance actually exists.", "", "", ""),
 ("In the same way that pain medications such as tylenol that alters the brain's reaction to pain has recently been proven to lower the pain threshold, anti depressants lower the brain's sadness threshold.", "", "", "hard call: forum post (user content, treated like a reader comment)"),
 ("If you change the dose, the type of drug, or stop taking anti depressants without very careful supervision, any type of sadness can easily induce suicidal thoughts.", "", "", "warning against unsupervised changes"),
], g='F')
P("https://www.qualityhealth.com/depression-articles/adjusting-life-without-antidepressants", "health portal: how to adjust to life without antidepressants", [
 ("Antidepressants are the most commonly prescribed medication in the country, so mental health experts are trying to understand if, when, and how patients should cease taking them.", "", "S", "hard call: ranking claim with no source"),
 ("Stopping abruptly is usually the culprit when patients suffer withdrawal symptoms.", "", "", ""),
 ("Reduce your dose of antidepressants gradually and under the care of your physician.", "", "P", "dose change only with the physician: consult prompt, not advice"),
 ("Patients whose original depression was mild and not terribly disruptive often find it easier to discontinue antidepressants than those with more severe depression.", "", "", ""),
], g='H')
P("https://scarysymptoms.com/2023/03/can-a-topical-serum-really-reduce-varicose-veins/", "health blog: can a topical serum really reduce varicose veins?", [
 ("At least one maker of these so-called serums (call them what you will) claims that it will reduce your varicose veins in 10 days.", "", "", "reported claim"),
 ("“All you can do is wear makeup to cover up varicose veins — or ideally get treatment to close varicose veins.”", "", "", "quoted doctor"),
 ("In a nutshell: no cream, lotion, ointment, serum or gel will reduce varicose veins.", "", "", "debunking"),
 ("To truly reduce or eliminate these unsightly, and sometimes painful, veins, you would need surgical treatment by a vein specialist.", "", "P", "hard call: steers to a specialist"),
], g='B')
P("http://www.medcarehealth.com/healthy-skin/varicose-veins-topical-creamsshould-you-use-them/", "health site: varicose veins topical creams, should you use them?", [
 ("If you have them, then you’re suffering along with about 50 per cent of the population.", "", "S", ""),
 ("Here’s some suggestions on its cure and prevention:", "", "", "announces tips; no claim"),
 ("If there is pain in the leg, swelling and heaviness, or the veins are localised around the ankles, then we would recommend an ultrasound to rule out any more serious problems.", "", "P", "hard call: recommends a medical test"),
 ("A simple sclerotherapy treatment can clear about 70 per cent of spider veins.", "", "S", ""),
], g='G')
P("https://www.starveinsandaesthetics.com/blog/why-creams-dont-work-for-varicose-veins", "vein clinic blog: why creams don't work for varicose veins", [
 ("Varicose veins are a common condition among adults, affecting around 23% of adults globally.", "", "S", ""),
 ("In fact, there is currently no topical cream that can remove varicose veins entirely.", "", "", "negation"),
 ("In these cases, medical intervention is required, such as sclerotherapy, endovenous laser treatment, or surgery.", "", "P", "hard call: passive recommendation of medical care"),
], g='H')
P("http://brainz.org/how-do-you-choose-best-varicose-vein-cream/", "general content site: how do you choose the best varicose vein cream?", [
 ("With that in mind, one of the simplest ways to deal with varicose veins is to periodically raise your legs higher that your chest.", "", "", ""),
 ("Another ingredient that you might want to look out for is horse chestnut seed extract.", "", "", ""),
 ("This has been known to alleviate swelling and the pain associated with it.", "", "", "no study claim"),
], g='G')
P("https://www.schwartzreport.net/2019/09/16/mother-and-daughter-duo-have-possibly-developed-the-first-alzheimers-vaccine/", "news-aggregator blog: mother and daughter may have developed the first Alzheimer's vaccine", [
 ("There are currently over 5.8 million people in the U.S. living with it, and it is the sixth-largest life-taker in the country.", "", "S", ""),
 ("The disease devastates many families, and it is estimated that Alzheimer’s and other forms of dementia will cost the U.S. $290 billion dollars this year alone.", "", "S", ""),
 ("Even though there have been over 200 attempts to find a cure for the disease, all of them have been unsuccessful, and the clinical trial termination rate is 98%.", "", "S", ""),
], g='N')
P("https://www.radiolesouvriersdejesuschrist.com/2019/12/24/a-cure-for-alzheimers-disease/", "religious radio site repost: a cure for Alzheimer's disease?", [
 ("Today we have a generation of 78 million aging baby boomers living with the dread fear that someday they'll lose their marbles and ending up locked in an Alzheimer's care facility.", "", "S", ""),
 ("According to one survey the fear of Alzheimer's runs so deep – boomers are twice as afraid of Alzheimer's as they are of death itself!", "", "S", "hard call: 'one survey', unnamed"),
 ("There will never be a cure for Alzheimer's disease!", "", "", "negation"),
 ("No drug is ever going to breathe new life into dead brain cells.", "", "", ""),
 ("Russian doctors reported startling memory improvements in their elderly who used the antihistamine.", "", "", "reported"),
], g='G')
P("http://www.nutrivene.com/blog/2014/10/07/new-study-presents-first-ever-case-of-memory-loss-reversed/", "supplement company blog: new study presents first-ever case of memory loss reversed", [
 ("A new study presents the first-ever case of reversing memory loss in Alzheimer's patients.", "", "", "reports a study (named below)"),
 ("Despite this increase in patients, there still hasn't been any real cure found yet for undoing the damage of dementia and memory loss — until now.", "", "C", "hard call: 'until now' presents the programme as the cure"),
 ("A new study conducted at the University of California, Los Angeles, found that following three to six months of a certain treatment plan, nine out of 10 Alzheimer's patients demonstrated improvement in their ability to recall memories.", "", "", "hard call: institution named, outlet named two sentences later"),
 ("This is a landmark development in Alzheimer's research, as it represents the first-ever case where memory loss has shown to be reversed.", "", "", ""),
], g='S')
P("https://blogs.mercola.com/sites/vitalvotes/archive/2006/07/25/Does-Another-Miracle-Cure-Really-Prevent-Alzheimers.aspx", "alternative-health blog: does another miracle 'cure' really prevent Alzheimer's?", [
 ("Even the epitome of conventional medicine -- the Journal of the American Medical Association -- has had to admit there's no magic pill that can effectively treat Alzheimer's.", "", "", "negation"),
 ("Scientists plan to test the drug PBT2 in two months on patients in Sweden after a 15-month trial on mice showed the pill reduced amyloid protein buildup associated with Alzheimer's by 60 percent within 24 hours.", "", "S", "hard call: the news source (MSNBC July 24, 2006) is given only at the end of the post"),
 ("With the cases of dementia expected to double worldwide every 20 years, it's no wonder conventional medicine is looking under every rock for a drug-based cure.", "", "S", ""),
 ("You don't have to wait for a useless and possibly toxic drug, however, if you follow these simple guidelines:", "", "", "hard call: disparages an experimental drug, not a prescribed one"),
], g='A')
P("https://www.inquisitr.com/3233804/alzheimers-memory-loss-completely-reversed-new-36-point-program-is-making-patients-go-from-abnormal-to-normal/", "news site: Alzheimer's memory loss completely reversed", [
 ("Alzheimer’s Memory Loss Completely Reversed – New 36-Point Program Is Making Patients Go From ‘Abnormal To Normal’", "title", "C", "headline states a complete reversal as fact"),
 ("Researchers have successfully reversed memory loss in patients suffering from early-stage Alzheimer’s disease.", "", "", "hard call: reported research result; journal named in the paragraph after"),
 ("“The magnitude of improvement in these 10 patients is unprecedented, providing additional objective evidence that this programmatic approach to cognitive decline is highly effective.”", "", "", "quoted researcher"),
], g='N')
P("https://helpdementia.com/?p=27407", "dementia content site: the natural Alzheimer's cure Big Pharma doesn't want you to know about", [
 ("The Natural Alzheimer’s Cure Big Pharma Doesn’t Want You to Know About", "title", "C", "title names a cure"),
 ("While there is no cure yet, researchers have been exploring natural compounds that could potentially treat this disease.", "", "", "negation, hedged"),
 ("For centuries, rosemary has been associated with memory improvement.", "", "", ""),
 ("The results were impressive: diAcCA improved memory function, increased the number of synapses in the brain, and reduced harmful inflammation.", "previous sentence names the study: published in the journal Antioxidants", "", "mouse study with the journal named"),
], g='G')
