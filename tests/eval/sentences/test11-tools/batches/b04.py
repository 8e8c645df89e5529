from lib import P
P("https://www.steadyhealth.com/topics/natural-way-to-lower-blood-pressure", "health forum thread opening post: natural way to lower blood pressure", [
 ("I am sure that there are many people who need to lower their blood pressure and decide that they do not want to go on hypertension pills, which they will then remain on for the rest of their days.", "", "", "reported behaviour"),
 ("This is my situation, and I have decided a natural way to lower blood pressure suits me better.", "", "", "personal decision, not advice to the reader"),
], g='F')
P("https://www.dailyworldtips.com/2018/12/getting-rid-of-high-blood-pressure.html", "tips content site: getting rid of high blood pressure without medication", [
 ("Getting rid of high blood pressure without medication", "page title", "CM", "hard call: 'getting rid of' a chronic condition is a cure framing, and 'without medication' a swap framing (round 10 conventions for titles)"),
 ("In alleviating high blood pressure, it isn’t all about swallowing pills to bring your numbers down.", "", "", ""),
 ("Here are some lifestyle changes proven by cardiologists to be quite effective in the treatment of hypertensive patients.", "", "S", "hard call: 'proven by cardiologists', no study or source"),
 ("Indulging yourself in physical activity and consistent body exercise will also bring down your blood pressure without you sniffing a pill.", "", "M", "hard call: lifestyle offered as a replacement for blood-pressure pills"),
], g='G')
P("http://beautyhealthdestiny.com/6-natural-ways-to-treat-high-blood-pressure/", "beauty and health blog: 6 natural ways to treat high blood pressure", [
 ("Approximately 29 percent of American adults have high blood pressure, which can have serious consequences.", "", "S", ""),
 ("Research shows that about half of the patients whose blood pressure is not getting under control is because the patients aren’t continuing to take their medication.", "", "S", ""),
 ("So, if you have high blood pressure, are you stuck taking medication for the rest of your life?", "", "", "question"),
 ("There are natural ways to help lower your blood pressure and potentially avoid medication.", "", "", "hedged ('potentially'); round 10: hedged alternatives stay negative"),
], g='G')
P("http://www.natural-remedies-review.com/turmeric-dosage.html", "natural-remedy review site: recommended turmeric dose", [
 ("It is easy to decide the appropriate dose for arthritis, since you can feel how effective it is for reducing pain.", "", "", ""),
 ("Increase the dose until you get pain relief.", "", "", "hard call: supplement titration without an amount; not a dose instruction"),
 ("In general, most clinical trials used dosages between 250 mg to 500 mg of standardized turmeric (95% curcumin content) taken up to three times daily.", "", "", "doses reported from studies; a description of trial designs, not a finding (hard call for S)"),
], g='A')
P("https://nl.lavozdeecuador.com/articles/food-and-drink/how-should-i-take-curcumin-turmeric-supplements.html", "scraped copy of a health how-to: how should I take curcumin and turmeric supplements", [
 ("However, you should never use turmeric and curcumin to improve your health without first consulting with a trusted medical professional.", "", "P", "double negation"),
 ("Schedule an appointment with your medical professional to discuss using turmeric and curcumin supplements to improve your health.", "heading: Step 1", "P", ""),
 ("For example, the dose for standardized extract is 400 milligrams to 600 milligrams three times daily, whereas the dose for a tincture is 15 to 30 drops four times daily, according to the University of Maryland Medical Center.", "previous sentence: Take the supplement as directed by your health practitioner and in accordance with the label directions.", "", "health-practitioner caveat in the same step; cited"),
 ("Turmeric is generally safe when taken as directed, but possible side effects include diarrhea and nausea, MedlinePlus reports.", "", "", "hedged, cited"),
], g='G')
P("https://www.propharmagroup.com/thought-leadership/fda-warning-illegal-sale-fake-cancer-drugs", "regulatory consultancy blog quoting an FDA press release on fake cancer drugs", [
 ("These warning letters were issued with regards to the illegal sale of products that claim to “prevent, diagnose, treat, or cure” cancer.", "", "", "reported claims"),
 ("The products in question include a variety of product types, such as pills, topical creams, ointments, oils, drops, syrups, teas, and diagnostics.", "", "", ""),
], g='R')
P("https://nc.bustle.com/life/what-doctors-want-you-to-know-before-you-treat-a-uti-infection-by-yourself-18816388", "women's magazine health story: what doctors want you to know before you treat a UTI yourself", [
 ("Cut to you at the drugstore reading the backs of supplement bottles, or scanning the internet for at-home remedies.", "", "", ""),
 ("It's often necessary to take a course of antibiotics, so if these symptoms aren't going away, you'll want to make an appointment with your doctor.", "", "P", ""),
 ("\"It does not need to be treated just for smelly or dark urine.\"", "a urologist quoted", "", "clinical statement that a sign does not need treatment, not discouraging care"),
 ("That said, there are a few things that may help clear the infection if it's in its early stages, as well as things you can do to prevent a UTI from forming in the first place.", "", "", "hedged"),
], g='N')
P("https://goforward.com/blog/physical-health/when-should-you-see-your-doctor-about-a-urinary-tract-infection", "primary-care company blog: when should you see your doctor about a UTI", [
 ("A urinary tract infection (UTI) is the most frequently diagnosed infection that only requires treatment on an outpatient basis.", "", "", ""),
 ("For most people, UTIs aren’t serious, and as a result, you may wonder if you really need to see your doctor when you develop symptoms.", "", "", ""),
 ("Normally, an OAB requires medical care, so see your primary care provider for a diagnosis and treatment plan.", "list item", "P", ""),
 ("This symptom may be the indication of a vaginal yeast infection, skin irritation, a bacterial vaginal infection or a sexually transmitted infection (STI), so it’s wise to see your primary care provider as soon as possible.", "list item", "P", ""),
], g='H')
P("https://telemedmx.com/can-you-treat-a-uti-without-seeing-a-doctor/", "telemedicine company blog: can you treat a UTI without seeing a doctor", [
 ("Do you want to know if it’s possible to treat it without seeing a doctor?", "", "", "question"),
 ("The answer is yes, you can!", "next sentence: However, it’s important to note that if your symptoms persist or get worse, it’s best to seek medical attention.", "", "hard call: says a UTI can be treated without a doctor, but the next sentence safety-nets"),
 ("However, it’s important to note that if your symptoms persist or get worse, it’s best to seek medical attention.", "", "P", ""),
 ("While UTIs can be treated with antibiotics prescribed by a doctor, there are also several home remedies and over-the-counter medications that can provide relief and help clear up the infection.", "", "", "no cure or guarantee wording"),
], g='H')
P("https://telemedmx.com/do-i-need-to-see-a-doctor-for-a-uti/", "telemedicine company blog: do I need to see a doctor for a UTI", [
 ("While UTIs can be uncomfortable and even painful, not all cases require a visit to the doctor.", "", "", "hard call: a clinical statement that some cases need no visit, followed by safety-netting; not D"),
 ("If you experience any of these symptoms, it’s important to act quickly and seek medical attention.", "", "P", ""),
 ("A doctor can perform a urine test to confirm a UTI and prescribe the appropriate treatment, which may include antibiotics or pain relievers.", "", "", ""),
], g='H')
P("https://telemedmx.com/can-i-get-uti-medication-without-seeing-a-doctor/", "telemedicine company blog: can I get UTI medication without seeing a doctor", [
 ("You can easily relieve UTI symptoms by picking up some over-the-counter meds at your local pharmacy.", "", "", "OTC relief, not a prescribed medicine"),
 ("However, it’s important to note that over-the-counter medications cannot cure a UTI, and it’s always best to consult with a healthcare provider for proper diagnosis and treatment.", "", "P", ""),
 ("If you experience any of these symptoms, it’s important to seek medical attention as untreated UTIs can lead to serious complications.", "", "P", ""),
], g='H')
