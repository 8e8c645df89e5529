from lib import P
P("https://diabetics-weekly.com/one-diabetes-trick-can-regulate-blood-sugar/", "diabetes content site: one diabetes trick can regulate blood sugar", [
 ("Through medical research, apple cider vinegar has been proven to regulate your blood sugar and improve your body’s response to your insulin.", "", "S", "'has been proven' through unnamed research"),
 ("Before you’re about to consume your meal, consume 1-2 tablespoons (some people do a “cap full,” although this isn’t the same,) of apple cider vinegar and wait 5-10 minutes before indulging in your meal.", "heading: How To Apply This Method", "O", "remedy amount plus timing, no caveat"),
 ("If you drink 1-2 tablespoons of apple cider vinegar directly before bedtime, you will see a drastic change in your fasting blood sugar come morning.", "heading: How To Apply This Method", "CO", "amount plus timing; guaranteed result ('you will see a drastic change')"),
])
P("https://ultimateadvise.com/articles/tips-to-control-diabetes-with-apple-cider-vinegar?wid=8&wn=al", "advice content site: tips to control diabetes with apple cider vinegar", [
 ("Thus, it is acknowledged that apple cider vinegar is one of the best solutions to control diabetes and manage other chronic health conditions.", "", "", ""),
 ("Two tablespoons of apple cider vinegar are sufficient for controlling diabetes.", "heading: How much to take? | same section: It is best to consult your doctor before taking apple cider vinegar for diabetes control.", "", "hard call: amount without frequency, and a doctor caveat in the same section"),
 ("It is important to know that ACV is not a substitute for diabetes medications.", "", "", ""),
 ("It is best to consult your doctor before taking apple cider vinegar for diabetes control.", "", "P", ""),
])
P("https://www.breakinglatest.news/health/the-potential-benefits-of-apple-cider-vinegar-in-controlling-blood-sugar-levels/", "news aggregator: apple cider vinegar, a natural remedy to regulate blood sugar", [
 ("The findings indicate that acetic acid can enhance insulin sensitivity and increase glucose uptake by cells, thereby reducing blood sugar spikes after meals.", "previous sentence: Extensive scientific research has focused on studying apple cider vinegar’s impact on blood sugar regulation.", "S", "research findings with no source"),
 ("To incorporate apple cider vinegar into one’s diet for blood sugar control, it is advisable to consult with a doctor or healthcare professional, particularly if one already receives treatment for diabetes or other medical conditions.", "", "P", ""),
 ("1. Dilute with Water: Drink a glass of water with one or two spoonfuls of apple cider vinegar before meals to help lower blood sugar levels after eating.", "same section, previous sentence: ... it is advisable to consult with a doctor or healthcare professional ...", "", "hard call: remedy dose, but the consult caveat opens the same section"),
])
P("https://homeremedy5.blogspot.com/2017/04/how-to-use-apple-cider-vinegar-to-lower.html", "home-remedy blog: how to use apple cider vinegar to lower your blood sugar", [
 ("Recent studies show that apple cider vinegar reduces the risk of diabetes, and regulates blood sugar levels.", "", "S", ""),
 ("Scientist show that the lack of good bacteria increases the risk of diabetes type 2.", "", "S", "hard call: unsourced research claim"),
 ("A few tablespoons of apple cider vinegar a day will help you regulate your blood sugar, and improve your insulin sensitivity after meals.", "", "O", "hard call: vague amount ('a few tablespoons') with a frequency, no caveat"),
])
P("https://beingwell.in/?p=1759", "wellness site: vinegar can control blood sugar", [
 ("‘Apple cider vinegar’s anti-glycemic effect is very well documented,’ Johnston says.", "", "", "quoted expert"),
 ("‘Dilute 1 to 2 tablespoons in a big glass of water, and sip it along with your meals one or two times a day,’ Johnston says.", "next sentence: Do not stop other medicines that you are taking for diabetes and let you doctor know that you are taking vinegar regularly.", "O", "hard call: a quoted expert's dose instruction to readers; 'let your doctor know' afterwards is not a caveat on the dose (test4 convention)"),
 ("Do not stop other medicines that you are taking for diabetes and let you doctor know that you are taking vinegar regularly.", "", "P", "hard call: warning against stopping plus telling the doctor, read as a prompt"),
])
P("https://www.diyhealthremedy.com/3-easy-ways-to-use-apple-cider-vinegar-for-diabetes-management/", "DIY remedy site: apple cider vinegar for diabetes management", [
 ("With millions of people suffering from diabetes worldwide, researchers are studying the role of natural ingredients as affordable alternatives to the expensive anti-diabetes drugs for diabetes management.", "", "", ""),
 ("Studies suggest that vinegar helps in increasing sensitivity to insulin.", "", "S", ""),
 ("Mix the ingredients and take the apple cider vinegar mixture daily before each meal and before going to bed.", "previous sentence: To prepare an apple cider vinegar drink, you will need one tablespoon of apple cider vinegar ...", "O", "remedy dose (amount in the previous step) with timing"),
])
P("https://www.bensmithlive.com/post/apple-cider-vinegar", "personal trainer's blog: apple cider vinegar", [
 ("There is one (or two) in particular, however, that is supported by scientific evidence, that I would like to bring to your attention.", "", "S", "hard call: 'supported by scientific evidence' with no source"),
 ("If anyone has ever told you to take shots of it, they have mislead you.", "", "", ""),
 ("Dilute 2 tablespoons with a few 100ml of water and sip it before the given meal.", "heading: How to consume it:", "O", ""),
])
P("https://herbladyisintoday.blogspot.com/2012/11/from-prescription-drugs-to-herbs-steps.html", "herbalist's blog: from prescription drugs to herbs, the steps", [
 ("#1: Do not stop your medication cold turkey under any circumstances.", "", "", "warning against stopping"),
 ("Ask your personal doctor to help you first.", "", "P", ""),
 ("Tell him you are going to do this with his help, or without, so you would prefer his help.", "", "M", "hard call: tells readers to come off prescribed drugs with or without the doctor's help"),
 ("If he will not help you, seek a holistic doctor in the area to supervise your goal of stopping your medications.", "", "P", "hard call: prompt to be supervised by a (holistic) doctor"),
])
P("http://nutritionmythbusters.blogspot.com/2010/05/myth-herbal-supplements-are-safe-and.html", "dietitian's myth-busting blog: herbal supplements as alternatives to prescriptions", [
 ("Myth: Herbal supplements are a safe and inexpensive alternative for some prescription medications.", "title | debunked myth", "", "the myth is named to be debunked"),
 ("Only after you consult with your doctor.", "previous sentence: Answer: It depends...", "P", ""),
 ("While some herbal supplements have been around for thousands of years, that does not mean they should be used in place of prescription drugs.", "", "", ""),
 ("Before taking any herbal supplement, consult with your doctor.", "", "P", ""),
])
P("http://cnmhc.org/dont_treat_yourself_with_natural_herbal_medicine_yet.htm", "mental-health site: don't treat yourself with natural herbal medicine yet", [
 ("Don’t Treat Yourself With Natural Herbal Medicine, Yet", "page title", "", ""),
 ("Nobody has studied the effects of slowly reducing the dose to back off the medication yet, but statistics suggest a higher risk of relapse in patients that do it that way.", "", "S", "'statistics suggest' without a source"),
 ("Don’t self medicate with herbs, it’s dangerous.", "", "", ""),
])
P("https://www.kangpe.com/questions/tagged/183-Herbs", "health Q&A site tag page: herbs", [
 ("Whenever you consult doctors about your health concern, tell them about any herbs or alternative medicine you are thinking of taking.", "", "", "hard call: tells readers what to say at a consultation, not a prompt to consult"),
 ("First consult your doctor if you intend to stop taking your prescribed medication in favour of herbs.", "", "P", ""),
])
P("https://livingwithelevation.com/2023/05/17/stop-the-medication-cycle/", "wellness coach blog: stop the medication cycle", [
 ("Some natural products offer similar benefits to medication but with fewer side effects.", "heading: Reduced side effects", "", ""),
 ("If you are interested in incorporating natural products into your healthcare routine, it’s important to talk to a holistic healthcare provider first.", "", "P", ""),
])
P("https://medium.com/@BateMe/no-more-drugs-7512621eb870", "blogging platform post: no more drugs", [
 ("I haven’t taken prescription medications in more than six years for everything that wasn’t life threatening.", "", "", "first-person"),
 ("How can a simple tea cure something huge corporations have spent millions of dollars creating a cure for and if their products don’t work why would this.", "", "", "question in narrative"),
])
P("https://cohenhealthcarelaw.com/2020/05/fda-warning-letters-sent-to-companies-that-claim-products-are-effective-against-covid-19/", "health-law firm blog: FDA warning letters on COVID-19 product claims", [
 ("FDA is keenly aware that as of April 2020, there are no known treatments, preventive products, cures, or vaccines for the novel coronavirus.", "", "", "negated"),
 ("Genesis II Church of Health and Healing was warned that it is selling fraudulent and dangerous chlorine dioxide products known as ‘Miracle Mineral Solution’ for prevention and treatment of COVID-19.", "", "", "reported"),
])
