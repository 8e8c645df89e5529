from lib import P
P("https://www.tlccoaching.org/tlc-waking-up-with-ami-blog/juice-for-health", "life-coach blog: juice for health (breast cancer patient)", [
 ("I clearly heard a message from within that I did not need \"the next step\": radiation therapy, so, I didn't do it.", "", "", "narrative of the writer's own choice"),
 ("I believe that any man that drives you to drink should be left behind so, I fired him.", "", "", "hard call: narrative about firing her surgeon; not an instruction to readers"),
 ("She wrote down the supplements I was taking when I saw Lynn August (of Health Equations in Newfane, VT), told me about the newest findings: that chemotherapy is unnecessary for estrogen-related cancers (such as mine was), and listened with interest when I told her I was going to see \"John of God\" (from Brazil).", "", "", "hard call: reported statement of the oncologist within narrative"),
], g='B')
P("https://www.realfoodcentral.com/26-chemotherapy-works/", "cancer survivor's blog series: #26 chemotherapy works?", [
 ("Because this diet cured not only my cancer but also my autoimmune disease, I started to believe that it would be effective at curing many other diseases and ailments that people suffered from.", "", "C", "hard call: testimonial stated as fact ('this diet cured ... my cancer'); the series title questions chemotherapy"),
 ("In fact, I could find instances of a vegan diet curing multiple sclerosis, type 2 diabetes, arthritis, food allergies, and even migraines.", "", "C", "hard call: the writer endorses diet cures of several diseases"),
 ("When friends would complain to me struggling to lose weight or not feeling good, I would recommend juicing this or that vegetable, or avoiding sugar and meat.", "", "", "narrative"),
 ("Leiomyosarcoma (especially stage 4) rarely has survivors, let alone no recurrences after 2 years.", "", "", "hard call: qualitative, no figure"),
], g='B')
P("https://rectalcancermyass.wordpress.com/2013/07/", "cancer survivor's blog: juicing and cancer", [
 ("The first thing I told her was to juice veggies.", "", "", "narrative"),
 ("I know its the green juice that is helping her body rebuild her immune system.", "", "", "treatment claim without cure wording"),
 ("If it can help a cancer patient, just think what it will do for a healthy person.", "", "", ""),
], g='B')
P("https://vdoc.pub/documents/curing-cancer-with-carrots-6hu2pkr566n0", "e-book copy: Curing Cancer with Carrots (patient memoir)", [
 ("Curing Cancer with Carrots Ann Cameron", "title", "C", "hard call: book title promising a cure"),
 ("This book is not intended as a substitute for the medical advice of physicians.", "", "", "disclaimer"),
 ("The reader should regularly consult a physician in matters relating to his/her health and particularly with respect to any symptoms that may require diagnosis or medical attention.", "", "P", "hard call: inside the disclaimer, but an affirmative prompt to consult"),
], g='B')
P("https://practicalneurology.com/news/warnings-and-advisories-issued-to-17-companies-for-products-illegally-marketed-as-treatment-for-alzheimers-disease", "neurology trade journal news: FDA warnings to 17 companies (Alzheimer's products)", [
 ("Many of the products claim to treat or cure Alzheimer’s disease and other serious diseases and conditions.", "", "", "reported claim"),
 ("This highlights the importance for neurologists to discuss with their patients any herbal or dietary supplements they may be taking, review any evidence for benefit or danges from such treatments, and consider both the health and financial risk-benefit profile of continued use.", "", "", "addressed to neurologists, not to readers as patients"),
], g='R')
P("https://lisabarger.com/2019/02/12/fda-alzheimers-scam-remedies/", "health writer's blog: FDA takes on Alzheimer's scam remedies", [
 ("One seller, for example, allegedly pushed–to use his own words–“high doses of colloidal silver”–to prevent ALS, Alzheimer’s, cancer, arthritis, HIV and more.", "", "", "reported claim"),
 ("Screenshot of a BR Naturals post in which the author apparently confuses hypothyroidism with one of its causes, Hashimoto’s disease, and falsely claims black seed oil treats it.", "", "", "debunking"),
], g='R')
P("https://pixelation.org/treating-strep-throat-at-home-what-actually-works-and-when-to-give-up-2vi", "content site: treating strep throat at home, what works and when to give up", [
 ("Here is the blunt truth. You cannot \"cure\" strep throat with home remedies alone.", "", "", "negation"),
 ("To actually kill the infection, you almost always need antibiotics like penicillin or amoxicillin.", "", "", ""),
 ("There is a lot of dangerous advice floating around the internet about how to treat strep throat at home without a doctor.", "", "", "debunking"),
], g='G')
P("https://khealth.com/learn/strep-throat/home-remedies", "telehealth company article: strep throat home remedies", [
 ("Don’t waste time on unproven remedies.", "", "", ""),
 ("Think you may have strep throat? Chat with a doctor today.", "widget", "", "advert for the site's paid chat service"),
 ("I’ll talk about the types of antibiotics that are prescribed for strep throat, and explain when you should see a doctor or healthcare provider about your sore throat.", "", "", "table of contents, not a prompt"),
], g='H')
P("https://medicalhousecalls.com/how-to-treat-strep-at-home/", "house-call practice: how to treat strep at home", [
 ("While antibiotics prescribed by a healthcare professional are the most effective way to treat strep throat, several home remedies can alleviate symptoms and support healing.", "", "", ""),
 ("It’s essential to note that home treatments should complement, not replace, professional medical advice.", "", "", "hard call: caveat, no affirmative prompt"),
], g='H')
P("https://winenfood.com/is-a-home-remedy-for-strep-throat-safe-to-use", "food blog: is a home remedy for strep throat safe", [
 ("Home remedies are powerful allies for comfort, but they are not a replacement for medicine when dealing with something serious like strep throat.", "", "", ""),
 ("More importantly, I’ll explain with absolute clarity why a doctor’s visit is non-negotiable and which so-called “cures” you must avoid to protect your health.", "", "P", "hard call: 'a doctor's visit is non-negotiable', though framed as a preview"),
], g='B')
P("https://jpabs.org/misc/can-you-treat-strep-throat-without-antibiotics.html", "scraped copy of an urgent-care article: can you treat strep without antibiotics", [
 ("If you test positive for strep, it’s important to take any prescribed medications, including antibiotics, as not doing so can lead to serious health complications such as rheumatic fever or heart murmurs.", "", "", "warning against not taking medicine"),
 ("And while home strep tests are available, they aren’t 100 percent accurate and can produce false-negative results.", "", "", ""),
], g='G')
P("https://knowyourdna.com/treat-strep-throat-at-home/", "affiliate content site: how to treat strep throat at home", [
 ("Like most bacterial infections, you can only treat strep throat with antibiotics.", "", "", ""),
 ("Remember that while they can help ease your discomfort, they don’t actually cure strep throat.", "", "", "negation"),
], g='S')
P("https://jointspecialists.org/category/uncategorised/", "joint supplement site: category page", [
 ("There are approximately 10 million people in the UK alone suffering from some form of arthritis.", "", "S", ""),
 ("80% of them suffer from osteoarthritis, marked by pain in the weight-bearing joints (knees, hips, back) due to excessive wear and tear.", "", "S", ""),
], g='S')
P("https://www.yuuto.co.uk/bone-and-joint-health/", "supplement shop: bone and joint health", [
 ("Half of adults over age 65 – or more than 20 million Americans, endure recurrent or chronic joint pain, stiffness, and sometimes swelling.", "", "S", ""),
], g='S')
P("https://www.healthpinions.com/best-natural-pain-relief/", "content site: best natural pain relief", [
 ("Research conducted has shown that lifestyle being the major cause of all these ailments.", "", "S", "'research has shown' without a source"),
 ("We all know that arthritis and other degenerative joint diseases are increasing in number year after year.", "", "", "hard call: trend without a figure"),
], g='G')
