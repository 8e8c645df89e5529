from lib import P
P("https://dokumen.tips/health-medicine/diabetes-news-the-big-diabetes-lie-report.html", "document-sharing copy of a report: the big diabetes lie", [
 ("If you are a diabetic, your physician will never tell you that most cases of diabetes are curable.", "", "C", "hard call: asserts diabetes is curable"),
 ("Type 2 diabetes, in its modern epidemic form, is a curable disease and has been for at least 40 years.", "", "C", ""),
 ("In 2001, the most recent year for which US figures are posted, 934,550 Americans needlessly died from out-of-control symptoms of this disease.", "", "S", ""),
 ("If you contract diabetes and depend upon mainstream medical treatment, sooner or later you will experience one or more of its symptoms as the disease rapidly worsens.", "", "D", "hard call: steers diabetics away from mainstream care"),
], g='G')
P("https://healthwyze.org/reports/264-simply-raw-reversing-diabetes-in-30-days", "alternative-health site: review of 'Simply Raw: Reversing Diabetes in 30 days'", [
 ("They gradually find no need for the insulin or the pharmaceuticals, and become independent.", "", "", "hard call: describes the film's participants"),
 ("While we do not usually recommend a completely raw diet, it is ideal for any diabetic who wishes to be cured.", "", "C", "hard call: presents the diet as the cure"),
 ("For many viewers, this movie will be a very enlightening as all the 'incurable' chronic diabetics are cured using only food.", "", "C", ""),
 ("The plan shown in the movie even worked for type 1 diabetes, which is often believed to be genetic.", "", "C", "hard call: endorsed claim that the diet worked for type 1"),
 ("We highly recommend this movie, especially to those who are suffering with pre-diabetes, type 1 or type 2 diabetes.", "", "", ""),
], g='A')
P("https://advancestudy.org/?p=444441", "content farm: how to cure a UTI without going to the doctor", [
 ("How to Cure a UTI Without Going to the Doctor?", "page title", "", "question"),
 ("While a doctor’s visit is always recommended for urinary tract infections (UTIs), some mild UTIs can potentially be managed at home.", "", "P", "hard call: passive recommendation"),
 ("When to See a Doctor Immediately: High fever, chills, severe back pain, nausea, vomiting, blood in the urine (hematuria), or pregnancy.", "", "P", ""),
 ("Recommended Intake: Aim for at least 8-10 glasses of water per day.", "", "", "fluid intake"),
], g='G')
P("https://urologyarticles.com/urinary-tract-infections/can-you-treat-urinary-tract-infections-without-going-to-the-doctor.php", "content site: can you treat UTIs without going to the doctor", [
 ("While seeking medical advice is often the best course of action, many people wonder if they can manage their UTI symptoms at home without a doctor's visit.", "", "", "hard call: 'often the best course' is descriptive"),
 ("For mild cases, some home remedies can help alleviate symptoms and may even assist in clearing the infection.", "", "", ""),
 ("Be sure to follow the instructed dosage on the packaging.", "", "", "OTC label rule"),
], g='G')
P("https://www.beachhealthcenter.com/tag/tract/", "clinic blog: urinary tract infections, what to do", [
 ("Many people put off going to a doctor or healthcare provider when they have a urinary tract infection, hoping it will go away by itself.", "", "", "reported behaviour"),
 ("Do not take the over the counter medications before going in to see your health care provider.", "", "", "hard call: OTC timing rule; the prompt itself follows"),
 ("Urinary tract infections, when not properly treated, can lead to kidney infections, so it is important to get to your doctor promptly.", "", "P", ""),
 ("Urinary tract pain could be something other than a bladder infection, so if you experience pain, burning, frequency of urination, get it checked out.", "", "P", "hard call: 'get it checked out' on a clinic page"),
], g='H')
P("https://www.allthingsvagina.com/utis/", "women's health info site: UTIs", [
 ("Treating a UTI at home is relatively easy, but you’ll usually have to persist and get the hang of it after a couple of times.", "", "", "hard call: safety-netting follows in the page"),
 ("Learning how to do this is invaluable, since frequent UTIs mean frequent visits to the doctor (which costs money) to get antibiotics (which cost you your good bacteria).", "next paragraph: Obviously if things feel like they are going haywire ... please go to your local emergency room or doctor.", "", "hard call: safety-net with danger signs in the next paragraph"),
 ("Obviously if things feel like they are going haywire – severe pain, fever, kidney pain or blood in your urine, please go to your local emergency room or doctor.", "", "P", ""),
], g='G')
P("https://hackertechgageinicio.pages.dev/865572.html", "scraped copy of a magazine article: do you need a doctor for a UTI", [
 ("But do you really need to see a doctor? Well. yeah.", "", "P", "hard call: answer to its own question"),
 ("The only way to cure a UTI is with antibiotics.There's just no way around this one.", "", "", "clinical statement"),
 ("Seeing a doctor for a urine culture is the best way to figure out which bacteria is causing your UTI, and subsequently which antibiotic will work best for treatment.", "", "P", "hard call"),
], g='G')
P("http://www.health.harvard.edu/newsletter_article/excerpts_from_vitamin_c_and_the_common_cold_by_linus_pauling", "university health newsletter: excerpts from Pauling's Vitamin C and the Common Cold", [
 ("I have, however, formulated the hypothesis (which has not yet been tested by experiment) that the effectiveness of ascorbic acid in providing protection against viral diseases results from its function in the synthesis and activity of interferon in preventing the entry of virus particles into the cells.", "", "", ""),
 ("There is evidence that some people remain in very good health, including freedom from the common cold, year after year, through the ingestion of only 250 mg of ascorbic acid per day.", "", "S", "hard call: 'there is evidence' without a source in the excerpt"),
 ("At the first sign that a cold is developing, the first feeling of scratchiness of the throat, or presence of mucus in the nose, or muscle pain or general malaise, begin the treatment by swallowing one or two 500-mg tablets.", "", "O", "hard call: book excerpt reproduced without comment; a consumer dose"),
 ("Continue the treatment for several hours by taking an additional tablet or two tablets per hour.", "", "O", "hard call: as above"),
], g='N')
P("https://www.everythingzoomer.com/health/longevity/2006/01/01/vitamin-c-the-cold-debate/", "magazine: vitamin C, the cold debate", [
 ("Drinking orange juice, or getting your vitamin C in other ways, will lessen the severity of your cold symptoms.", "", "", ""),
 ("Half the men were given 2,000 milligrams of vitamin C a day while the others received placebos.", "", "", "study dose"),
 ("Doses larger than 1,200 milligrams can cause side effects such as diarrhea in some people.", "", "", ""),
 ("Chicken soup, first recommended 800 years ago, makes your nose run.", "", "", ""),
], g='N')
P("http://www.townsendletter.com/June2006/vitaminc0606.htm", "alternative-medicine magazine news release: vitamin C prevents and treats the common cold", [
 ("In the years since Pauling and Klenner, research has reconfirmed that vitamin C is the safest, cheapest, and most effective way to fight the common cold.4", "", "", "reference marker 4; 'safest' is comparative, not 'no side effects'"),
 ("When the test group presented with symptoms, they were treated with hourly doses of 1,000 mg of vitamin C for the first six hours and then three times daily thereafter.", "", "", "study regimen"),
], g='N')
P("https://www.hhhummingbirds.com/ascorbic-acid-2", "M.E. health site: the primal panacea, high dose vitamin C", [
 ("For those who have not been ill with M.E. for very long, this treatment should be seriously considered and may be of great benefit or even curative, and the only risk (when the dose is raised slowly) is temporary mild gastric upset.", "", "C", "hard call: 'only risk' is a safety guarantee"),
 ("It’s hard to find any reason why this treatment should not be strongly recommended, or even mandatory, for anyone in the acute early stages of M.E.or other viral diseases.", "", "", ""),
 ("Some doctors claim vitamin C taken at a very high dose can greatly affect the course of a disease or even be curative if taken in very early stages where the virus infection is still active and there is little long term bodily damage caused yet.", "", "", "reported claim"),
], g='A')
P("http://nowlin.com/cathcart/maint.htm", "copy of a physician's paper: vitamin C maintenance doses (Cathcart)", [
 ("Maintenance doses are established by the patient taking bowel tolerance doses 6 times a day for at least a week.", "", "", "hard call: physician's regimen description"),
 ("Otherwise a dose such as 4 to 10 grams a day divided in 3 to 4 doses is recommended.", "", "", "hard call: professional regimen in a clinical paper"),
 ("Most patients can easily sense their ascorbate needs.", "", "", ""),
], g='A')
P("http://www.arthritisnaturalremedies.com/arthritis-homeopathic-remedies/arthritis-herbal-remedies/", "remedy site: arthritis herbal remedies", [
 ("However, it was found out from recent studies that arthritis drugs like Vioxx, Naproxen and pain relievers have adverse effects and a long term use of these drugs will only result to alterations of other vital body organs.", "", "S", "uncited 'recent studies'"),
 ("It is because these are the safest alternatives to fight arthritis signs and symptoms.", "", "", "hard call: comparative 'safest'"),
 ("All herbal preparations have a high safety margin and even if you unintentionally took in a higher dose, side effects are only minimal.", "", "C", "hard call: blanket safety claim for all herbs"),
 ("Both sick and healthy persons can take them in the same way.", "", "", ""),
], g='A')
P("https://www.fullhealthsecrets.com/diseases/arthritis/", "natural-health site: arthritis", [
 ("In the United States, over 54 million people (23% of all adults) have arthritis and more than 10 million people suffer from the same condition in the UK.", "", "S", ""),
 ("Osteoarthritis, therefore, can be avoided with a healthy lifestyle, good unrefined diet, regular exercise and proper blood circulation.", "", "", ""),
], g='A')
P("https://diyhealth.com/natural-remedies-arthritis.html", "DIY health site: natural remedies for arthritis", [
 ("Most of the Arthritis medications are modestly effective and are very dangerous.", "", "", ""),
 ("Many medications have resulted to deaths of 16,500 people alone in United States.", "", "S", ""),
 ("Numerous studies show that natural remedies are very effective to cure arthritis.", "", "CS", "uncited studies; flat cure claim"),
 ("One should eat only 8-9 raisins a day.", "list item: Gin-soaked raisins", "O", "hard call: remedy amount per day"),
], g='G')
P("https://roziny.com/9-Herbs-to-Fight-Arthritis-Pain__f05483d3-5cd7-4b71-bd3c-bec27114a341", "content site: 9 herbs to fight arthritis pain", [
 ("It is of paramount importance to remember that any form of alternative medicine, especially herbs must not be used randomly since it may lead to serious health complications.", "", "", ""),
 ("Being said that, consulting one’s own doctor or pharmacist is well advised.", "", "P", ""),
], g='G')
P("http://www.tundefabunmihealthyeating.com/why-arthritis-defies-drugs/", "healthy-eating column site (Nigeria): why arthritis defies drugs", [
 ("In other words, tackling arthritis with synthetic drugs is tantamount to chasing shadow, wasting resources and self-destruction.", "", "M", "hard call: tells readers their arthritis drugs are self-destruction, no caveat"),
 ("The key ingredient in all pain relieving drugs is called acetaminophen, which many studies have linked to increasing cases of poisoning and liver damage.", "", "S", "'many studies' uncited"),
 ("A team of researchers led by Dr. Anne Larson at the University of Washington Medical Centre in Seattle tracked the 662 consecutive patients who showed up with acute liver failure at 23 transplant centres across USA from 1998 to 2003, acetaminophen poisoning was to blame in nearly half the patients with the proportion of cases linked to the drug rose to 51% in 2003 from 28% in 1998.", "", "S", "hard call: named researcher, no publication or year of publication"),
], g='N')
