PD = "public domain (US government work)"
add(id="ext-nws-heat-safety-rules", url="http://www.weather.gov/mlb/heat_rules", source="National Weather Service (Melbourne, FL office)", licence=PD,
    title="Excessive Heat Safety Rules", audience="consumer", genre="screening-prevention", topic="heat illness first aid", topic_kind="condition",
    W=True, reason="consumer heat-safety page; readers need to know when heat illness is an emergency",
    evidence=["If vomiting occurs, seek immediate medical attention.", "Call 9-1-1 or get the victim to a hospital immediately."], urgency="emergency", notes="",
    text="""National Weather Service United States Department of Commerce
News Headlines
Hazard Map Threat Levels Safety & Impact
Graphical Hazardous Weather Outlook
Excessive Heat Threat
Excessive Heat Safety Rules

Redness and pain. In severe cases swelling of skin blisters, fever,  headaches.

First Aid

Take a shower, using soap, to remove oils that may block pores preventing the body from cooling naturally. If blisters occur, apply dry, sterile dressings and get medical attention.

Heat Cramps

Painful spasms usually in muscles of legs and abdomen possible heavy sweating.
First Aid

Firm pressure on cramping muscles or gentle massage to relieve spasms. Give sips of water. If nausea occurs, discontinue.
Heat Exhaustion

Heavy sweating weakness skin cold pale and clammy, normal body temperature possible fainting and
First Aid

Lie victim down in a cool place and loosen clothing.  Apply cool, wet cloths. Fan or move victim to air-conditioned place. Give sips of water. If nausea occurs, discontinue. If vomiting occurs, seek immediate medical attention.
Heat Stroke

High body temperature (106 F or higher) Hot dry skin. Rapid and strong pulse. Possible unconsciousness.
First Aid

Heat stroke is a severe medical emergency. Use extreme caution. Call 9-1-1 or get the victim to a hospital immediately. Delay can be fatal. Remove clothing and move victim to a cooler environment.  Use fans and/or air conditioners.  Try a cool bath or sponging to reduce body temperature.  DO NOT GIVE FLUIDS.
""")
add(id="ext-va-er-911-or-urgent-care", url="https://www.va.gov/initiatives/emergency-room-911-or-urgent-care/", source="US Department of Veterans Affairs", licence=PD,
    title="Emergency room, 911, or urgent care?", audience="consumer", genre="other", topic="choosing emergency vs urgent care", topic_kind="other",
    W=True, reason="care-navigation page; telling readers which symptoms need 911 is its purpose",
    evidence=["Go to the emergency room or call 911 for injuries and symptoms like head injury, severe chest pain, seizures or loss of awareness, heavy uncontrollable bleeding, or moderate to severe burns."],
    urgency="emergency", notes="",
    text="""Skip to Content

Emergency room, 911, or urgent care?


You have options outside of the emergency room during a health scare.

Know where to go!

Why this matters to you

A sudden health scare needs the right kind of care. Life-threatening problems need emergency care. For situations like broken bones, scrapes, and minor ailments, you can usually go to urgent care. The key is knowing where to go when you need care quickly. The right type of care will result in a better experience.

Get help now if you're in crisis

This page is for


  • Family members and caregivers
  • All Veterans

What you can do

Emergency room, 911, or urgent care?

Emergency and urgent care are different types of care, not just different levels of the same care. For life-threatening injuries or symptoms, call 911 or go to the emergency room. Less than life-threatening injuries or symptoms can be treated at a VA facility or by in-network urgent care providers.

Spotlight

When to go to the ER or call 911

Emergency care is needed to prevent death, disability or permanent health effects. Go to the emergency room or call 911 for injuries and symptoms like head injury, severe chest pain, seizures or loss of awareness, heavy uncontrollable bleeding, or moderate to severe burns.

If your problem does not threaten your life or risk disabling you, but you cannot see your provider quickly enough, go to an urgent care clinic. VA or community urgent care providers can deal with less-than-life-threatening needs in less time than most emergency rooms.

VA or community emergency treatment is your first choice for injuries or ailments that threaten your life, limbs, or organs. If you have any question about how serious your condition is, or if you cannot wait, call 911.

Downloadable resources

Download community urgent care resour
""")
add(id="ext-va-community-care-urgent-care", url="https://www.va.gov/COMMUNITYCARE/programs/veterans/Urgent_Care.asp", source="US Department of Veterans Affairs (Community Care)", licence=PD,
    title="Urgent Care - Community Care", audience="consumer", genre="other", topic="VA urgent care benefit", topic_kind="other",
    W=False, reason="benefit/eligibility page about a service; no clinical topic", evidence=[], urgency="none", notes="trap: mentions urgent care and 'not life-threatening' but is about billing and eligibility",
    text="""Urgent Care - Community Care

Community Care

Urgent Care

VA offers an urgent care benefit that provides eligible Veterans with greater choice and access to timely, high-quality care. Urgent care providers treat injuries and illnesses that require immediate attention, but are not life-threatening. The benefit supplements care Veterans may also have access to at a VA medical facility.

When using the urgent care benefit, Veterans must go to an urgent care provider in VA’s network. Upon arriving, Veterans must state they are using their VA urgent care benefit.

The urgent care provider will verify the Veteran’s eligibility before providing care. If a Veteran arrives at an urgent care network location and has any difficulty receiving care, they can call 866‑620‑2071 to receive assistance.

To find an urgent care location in VA’s contracted network, Veterans can use the VA Urgent Care Locator.

Veterans may be billed by VA separately for a copayment when using the urgent care benefit, depending on their assigned priority group and the number of times they use the urgent care benefit in a calendar year.
Important: VA can only pay for urgent care if the provider is part of VA’s contracted network. Veterans who go to an out-of-network urgent care provider, may be required to pay the full cost of care.

Process Overview

1. Find Provider  

Eligible Veteran finds and travels to in-network urgent care provider.

2. Confirm Eligibility 

Veteran states he or she is using VA benefit and urgent care pr
""")
add(id="ext-fda-finding-side-effects", url="http://www.fda.gov/Drugs/ResourcesForYou/Consumers/ucm196029.htm", source="US Food and Drug Administration", licence=PD,
    title="Finding and Learning about Side Effects (adverse reactions)", audience="consumer", genre="other", topic="drug side effects (general)", topic_kind="treatment",
    W=False, reason="general explainer on how to learn about side effects; no specific medicine or symptom", evidence=[], urgency="prompt",
    notes="hard call: mentions life-threatening side effects such as heart attack or liver damage but is an information-finding guide; excerpt ends mid-list",
    text="""U.S. flag An official website of the United States government
  1. Home
  2. Drugs
  3. Resources | Drugs
  4. Information for Consumers and Patients | Drugs
  5. Finding and Learning about Side Effects (adverse reactions)
  1. Information for Consumers and Patients | Drugs

Finding and Learning about Side Effects (adverse reactions)

From Minor to Life Threatening

Unwanted or Unexpected Drug Reactions

Drugs approved by the U.S. Food and Drug Administration (FDA) for sale in the United States must be safe and effective - which means that the benefits of the drug must be greater than the known risks. However, both prescription and over-the-counter (OTC) drugs have side effects. Side effects, also known as adverse reactions, are unwanted undesirable effects that are possibly related to a drug. Side effects can vary from minor problems like a runny nose to life-threatening events, such as a heart attack or liver damage.

Several things can affect who does and does not have a side effect when taking a drug – age; use of other drugs, vitamins, or dietary supplements; or other underlying diseases or conditions (for example, diseases that weaken the immune system or effect the function of the kidneys or liver).

Common side effects include upset stomach, dry mouth, and drowsiness. A side effect is considered serious if the result is: death; life-threatening; hospitalization; disability or permanent damage; or exposure prior to conception or during pregnancy caused birth defect.

Side effects can happen when you:

  • start taking a new drug or dietary supplement (for example, vitamins)
  • stop taking a drug that you’ve been on for a while, or
  • increase or decrease the dose (amount) of a drug that you take.

Reducing Your Risk

There are several ways to learn about side effects for your prescription drugs and to reduce your risk of experiencing a side effect.

  • Ask your health care professional about any possible side effects and what, i
""")
add(id="ext-nihseniorhealth-foodborne-illness-faq", url="http://nihseniorhealth.gov/eatingsafely/faq/faq19.html", source="NIHSeniorHealth (NIA/NLM)", licence=PD,
    title="Eating Safely: What should I do if I think I have a foodborne illness?", audience="consumer", genre="patient information", topic="foodborne illness in older adults", topic_kind="condition",
    W=True, reason="consumer page on an acute illness in a high-risk group; readers need to know when to get care",
    evidence=["Contact your physician immediately if you develop symptoms or think you may be at risk.", "If you develop signs of infection as discussed with your physician, seek out medical advice and/or treatment immediately."],
    urgency="same-day", notes="weak: 'symptoms' and 'signs of infection' are not named in the excerpt",
    text="""Eating Safely

Frequently Asked Questions

19. What should I do if I think I have a foodborne illness?

If you think you have a foodborne illness, you should take these steps.

  1. Contact your doctor or health care provider. As an older adult, you are at increased risk for severe infection. Contact your physician immediately if you develop symptoms or think you may be at risk. If you develop signs of infection as discussed with your physician, seek out medical advice and/or treatment immediately.
  2. Preserve the food in question. Wrap it securely, label it "Danger," and then freeze it. The food may be used to diagnose your illness and prevent others from getting sick.
  3. Save all packaging materials, such as cans or cartons. Write down the food, the date and time consumed, and save any identical unopened products. Write down as many foods and beverages you can recall consuming in the past week (or longer), since the onset time for various foodborne illnesses differ.
  4. Report the contaminated food. If the suspect food is a USDA-inspected meat, poultry, or egg product, call the USDA Meat and Poultry Hotline, 1-888-MPHotline (1-888-674-6854). For all other foods, call the FDA Office of Emergency Operations at 1-866-300-4374 or 301-796-8240.
  5. Call your local county or city health department if you think you became ill from food you ate at a local restaurant or other eating establishment so they can investigate.

The Centers for Disease Control and Prevention (CDC) recommends that if consumers have questions about foodborne illnesses, they should contact CDC’s hotline at 1-800-232-4636 (24-hour recorded information).
""")
add(id="ext-fda-tainted-weight-loss-alert-2009", url="http://www.fda.gov/ForConsumers/ConsumerUpdates/ucm103184.htm", fetched_from="https://cybercemetery.unt.edu/archive/oilspill/20130220140300/http://www.fda.gov/ForConsumers/ConsumerUpdates/ucm103184.htm",
    source="FDA Consumer Update (archived)", licence=PD, title="More Weight Loss Products Added to Consumer Alert", audience="consumer", genre="other",
    topic="tainted weight-loss products", topic_kind="treatment", W=True, reason="product-safety alert naming serious adverse effects; readers who used the products need to know when to get care",
    evidence=[], urgency="emergency", notes="hard call: product alert; the excerpt lists heart attack and stroke risks but is cut before any advice to stop and see a doctor",
    text="""U.S. Department of Health and Human Services

For Consumers

More Weight Loss Products Added to Consumer Alert

On March 20, 2009, the Food and Drug Administration (FDA) further expanded its nationwide alert about tainted weight loss products containing undeclared, active pharmaceutical ingredients. The alert now lists more than 70 weight loss products that may be harmful.

FDA initially alerted consumers against using certain tainted weight loss products on Dec. 22, 2008. The agency expanded that alert on Jan. 8, 2009. The alert issued on March 20, 2009, identifies three additional weight loss products (Herbal Xenicol, Slimbionic, and Xsvelten) and four new undeclared active pharmaceutical ingredients (fenproporex, fluoxetine, furosemide, and cetilistat).

What weight loss products have been cited?

For the latest list of tainted weight loss products, visit Contaminated Weight Loss Products.

Why did FDA act against these products?

These tainted weight loss products pose a great risk to public health because they contain undeclared ingredients and, in some cases, prescription drugs in amounts that greatly exceed maximum recommended dosages.

Some of the products claim to be "natural" or to contain only "herbal" ingredients, but actually contain potentially harmful ingredients not listed on the product labels or in promotional advertisements. These products have not been approved by FDA, are illegal, and may be potentially harmful to unsuspecting consumers.

What health risks are associated with these products?

The risks posed by these products can be very serious and include high blood pressure, seizures, rapid heartbeat, palpitations, heart attack, and stroke.
""")
add(id="ext-ods-faq-2013", url="http://ods.od.nih.gov/Health_Information/ODS_Frequently_Asked_Questions.aspx", fetched_from="https://cybercemetery.unt.edu/archive/oilspill/20130214174725/http://ods.od.nih.gov/Health_Information/ODS_Frequently_Asked_Questions.aspx",
    source="NIH Office of Dietary Supplements (archived)", licence=PD, title="Frequently Asked Questions (FAQ)", audience="consumer", genre="other",
    topic="dietary supplement use and safety", topic_kind="treatment", W=False, reason="general supplement FAQ; no acute topic", evidence=[], urgency="none", notes="",
    text="""Frequently Asked Questions (FAQ)

Table of Contents

Use and Safety of Dietary Supplements

Q. How do I know if I need a dietary supplement?

A. Because many products are marketed as dietary supplements, it is important to remember that supplements include vitamins and minerals, as well as herbs, botanicals and other substances.

Some supplements may help ensure that you get adequate amounts of essential nutrients or help promote optimal health and performance if you do not consume a variety of foods, as recommended in the MyPlate and Dietary Guidelines for Americans.

However, dietary supplements are not intended to treat, diagnose, mitigate, prevent, or cure disease. In some cases, dietary supplements may have unwanted effects, especially if taken before surgery or with other dietary supplements or medicines, or if you have certain health conditions.

Do not self diagnose any health condition. Work with your health care provider to determine how best to achieve optimal health and always check with your health care provider before taking a supplement, especially when combining or substituting them with other foods or medicine.

Q. How can I get more information about a particular dietary supplement such as whether it is safe and effective?

A. Scientific evidence supporting the benefits of some dietary supplements (e.g., vitamins and minerals) is well established for certain health conditions, but others need further study. This is partly due to the way dietary supplements are regulated by the U.S. Food and Drug Administration (FDA).

Research studies in people to prove that a dietary supplement is safe are not required before the supplement is marketed, unlike for drugs. It is the responsibility of dietary supplement manufacturers/distributors to ensure that their products are safe and that their label claims are accurate and truthful. If the FDA finds a supplement to be unsafe once it is on the market, only t
""")
add(id="ext-nccam-supplements-wisely-2009", url="http://www.nccam.nih.gov/health/bottle", fetched_from="https://webarchive.library.unt.edu/eot2008/20090511182032/http://www.nccam.nih.gov/health/bottle",
    source="NIH National Center for Complementary and Alternative Medicine (archived)", licence=PD, title="Using Dietary Supplements Wisely", audience="consumer", genre="other",
    topic="dietary supplement use", topic_kind="treatment", W=False, reason="general supplement fact sheet; no acute topic", evidence=[], urgency="none", notes="page chrome (survey pop-up text) included as stored",
    text="""N C C A M: The National Center for Complementary and Alternative Medicine. Expanding horizons of health care

NCCAM Web Site User Satisfaction Survey

Thank you for visiting the NCCAM Web site.

Please help us improve our site by answering a few questions. This survey will take less than 5 minutes of your time. Your responses will be kept confidential and anonymous.

Would you like to take the online survey now?

To prevent this popup window from opening again during your current visit, your response will be stored in a temporary cookie. Review our privacy policy.

Using Dietary Supplements Wisely

On this page:

Many people take dietary supplements in an effort to be well and stay healthy. With so many dietary supplements available and so many claims made about their health benefits, how can a consumer decide what's safe and effective? This fact sheet provides a general overview of dietary supplements, discusses safety considerations, and suggests sources for additional information.

Key Points

About Dietary Supplements

Dietary supplements were defined in a law passed by Congress in 1994 called the Dietary Supplement Health and Education Act (DSHEA). According to DSHEA, a dietary supplement is a product that:

Herbal supplements are one type of dietary supplement. An herb is a plant or plant part (such as leaves, flowers, or seeds) that is used for its flavor, scent, and/or therapeutic properties. "Botanical" is often used as a synonym for "herb." An herbal supplement may contain a single herb or mixtures of herbs.

Research has shown that some uses of dietary supplements are effective in preventing or treating diseases. For example, scientists have found that folic acid (a vitamin) prevents certain birth defects, and a regimen of vitamins and zinc can slow the progression of the age- related eye disease macular degeneration. Also, calcium and vitamin D supplements can be helpful in preventing and treating bo
""")
add(id="ext-fda-using-supplements-landing-2016", url="http://www.fda.gov/Food/DietarySupplements/UsingDietarySupplements/default.htm", fetched_from="https://web-archive.nli.org.il/National_Library/20160521004321mp_/http://www.fda.gov/Food/DietarySupplements/UsingDietarySupplements/default.htm",
    source="US Food and Drug Administration (archived)", licence=PD, title="Information for Consumers on Using Dietary Supplements", audience="consumer", genre="other",
    topic="dietary supplements (landing page)", topic_kind="other", W=False, reason="landing page of links", evidence=[], urgency="none", notes="",
    text="""Information for Consumers on Using Dietary Supplements
Dietary Supplements can be beneficial to your health — but taking supplements can also involve health risks.
Because dietary supplements are under the "umbrella" of foods, FDA's Center for Food Safety and Applied Nutrition (CFSAN) is responsible for the agency's oversight of these products. The Dietary Supplement Health and Education Act (DSHEA) of 1994, which amended the Federal Food, Drug, and Cosmetic Act, created a new regulatory framework for the safety and labeling of dietary supplements. FDA is not authorized to review dietary supplement products for safety and effectiveness before they are marketed.
The following are resources and important information for you and your family about dietary supplements.
Stay Connected! Follow FDA on Twitter
and Facebook
.
Consumer Fact Sheets from FDA
- Reporting a Problem
- Dietary Supplements: What You Need to Know
- Tips for Dietary Supplement Users
- Tips for Older Dietary Supplement Users
WATCH a video on Thinking About Taking a Dietary Supplement
Consumer Updates
Timely and easy-to-read articles on product approvals, safety warnings, and other health information.
- Some Imported Dietary Supplements and Nonprescription Drug Products May Harm You
- Mixing Medications and Dietary Supplements Can Endanger Your Health
- FDA to Investigate Added Caffeine
- More Consumer Updates related to Dietary Supplements...
Additional Information Other Agencies
- Dietary Supplement Fact Sheets (NIH-ODS)
- Botanical Dietary Supplements (NIH-ODS)
- Vitamin and Mineral Supplement Fact Sheets (NIH-ODS)
- Dietary and Herbal Supplements (NIH-NCCIH)
- Dietary Supplements (USDA-FNIC)
- Herbs at a Glance (NIH-NCCIH)
- Dietary Supplements (MedlinePlus)
Thinking About Taking a Dietary Supplement
""")
add(id="ext-nci-cancer-currents-page-17", url="https://cancer.gov/news-events/cancer-currents-blog?page=17", source="National Cancer Institute (Cancer Currents blog)", licence=PD,
    title="Cancer Currents: An NCI Cancer Research Blog (page 17)", audience="consumer", genre="news or research report", topic="cancer research news (blog index)", topic_kind="other",
    W=False, reason="@news", evidence=[], urgency="none", notes="teaser trap: a 'heart attack' headline is research news, not advice",
    text="""Cancer Currents: An NCI Cancer Research Blog
A blog featuring news and research updates from the National Cancer Institute. Learn more about Cancer Currents.
-
Are Cancer Patients Getting the Opioids They Need to Control Pain?
Efforts to contain the opioid epidemic may be preventing people with cancer from receiving appropriate prescriptions for opioids to manage their cancer pain, according to a new study of oncologists’ opioid prescribing patterns.
-
Pazopanib Shows Promise for Children, Adults with Soft Tissue Sarcomas
For children and adults with advanced soft tissue sarcoma, adding pazopanib (Votrient) to chemotherapy and radiation before surgery may be a promising treatment option, early results from a clinical trial suggest.
-
New on NCI’s Websites for September 2020
See selected content that has been added to NCI’s websites as of September 2020, in this Cancer Currents post.
-
Many Older Adults Screened Unnecessarily for Common Cancers
Many older adults are being screened for cancer who no longer need to be, a new study shows. Based on a nationwide survey, the study found that at least half of older US adults had received at least one unnecessary cancer screening test in the previous few years.
-
CAR T-Cell Therapy Approved by FDA for Mantle Cell Lymphoma
A CAR T-cell therapy called brexucabtagene autoleucel (Tecartus) has been approved by the Food and Drug Administration (FDA) for some patients with mantle cell lymphoma. This is the third CAR T-cell therapy approved by FDA for patients with cancer.
-
Regular Aspirin Use May Increase Older People’s Risk of Dying from Cancer
Regular use of low-dose aspirin may increase an older person’s risk of being diagnosed with advanced cancer and of dying from cancer, results from the ASPREE clinical trial suggest. Learn more about what this 19,000-participant study found.
-
Having a Heart Attack May Make Breast Cancer Grow Faster
A heart-related event, like a heart attack, may make breast cancer grow faster, a
""")
add(id="ext-nps-bibe-hike-smart", url="https://home.nps.gov/bibe/planyourvisit/hike-smart.htm", source="National Park Service (Big Bend National Park)", licence=PD,
    title="Hike Smart", audience="consumer", genre="screening-prevention", topic="heat illness and hyponatremia on desert hikes", topic_kind="prevention",
    W=True, reason="consumer safety page about heat illness and a life-threatening electrolyte disorder; readers need to know when to get help",
    evidence=[], urgency="emergency", notes="excerpt covers prevention only; the 'Hazardous H's' section that may hold warning signs is not in the stored text",
    text="""The National Park Service urges SPECIAL CAUTION for all hikers during the summer months. Drink When You Are Thirsty & Rest and Eat OftenAmbient temperature, elevation, and exercise intensity and duration increase the physiological strain, calorie and water demands on our bodies. Fluid/electrolyte loss can exceed 2 quarts per hour if you hike uphill in direct sunlight and during the hottest time of the day. Because Big Bend's air is so dry and hot, sweat evaporates instantly, making its loss almost imperceptible. Keep an eye out for salt rings on your clothes. Even a mild level of dehydration can make hiking a lot less fun. The more dehydrated you become, the less efficient your body is at self-cooling. This puts you at greater risk for heat related illness. Over-hydration and lack of salty foods can be equally as dangerous, as this may lead to a life-threatening electrolyte disorder called hyponatremia. The sensations of thirst and hunger are influenced by many factors, and should not be used as the only guide to replenishment. Eat and drink enough throughout your hike to replace the calories and fluid your body is using. Make sure that you balance your food and fluid intake, to avoid the risk of becoming exhausted, debilitated, or severely ill. The Hazardous H's
|
Last updated: August 19, 2024
""")
add(id="ext-au-homeaffairs-covid-health", url="https://covid19inlanguage.homeaffairs.gov.au/health", source="Australian Government, Department of Home Affairs", licence="Commonwealth of Australia; Creative Commons Attribution 4.0 (CC BY 4.0) per the department's copyright notice",
    title="Health information (COVID-19 in language)", audience="consumer", genre="patient information", topic="COVID-19 symptoms and testing", topic_kind="condition",
    W=True, reason="consumer page on an acute infection; readers need to know when to call for help",
    evidence=["If you have serious symptoms such as difficulty breathing, please call 000 for urgent medical help."], urgency="emergency", notes="",
    text="""Health information

If you have serious symptoms such as difficulty breathing, please call 000 for urgent medical help.

Symptoms of coronavirus include:

  • fever
  • coughing
  • sore throat
  • shortness of breath

Other symptoms can include: runny nose, headache, muscle or joint pains, nausea, diarrhoea, vomiting, loss of sense of smell, altered sense of taste, loss of appetite and fatigue.

If you are sick and think you might have coronavirus, seek medical help.

You can call the National Coronavirus Helpline on 1800 020 080 for more information. If you require the assistance of an interpreter in your language, please call 131 450.

The Department of Health’s website has a range of information available in languages other than English to help people stay safe and minimise risks to the community.

Further in language resources can be found at   

COVID-19 testing and treatment

Even if you don't have a visa, or are unsure about your visa status, you must follow public health directions. If you are feeling unwell and have the symptoms, no matter how mild, you should seek medical attention and get tested for COVID-19.

Find the COVID-19 respiratory clinic nearest to you.

Stay safe

  • Always practise good hygiene, wash your hands for 20 seconds with soap and water, cover your coughs, avoid touching your eyes, nose and mouth.
  • Maintain social distance of at least 1.5 metres when outside your home.
  • Avoid physical greetings such as handshaking, hugs and kisses.
  • Practise extra care if you are using public transport.
  • Avoid crowds and large public gatherings.
  • Be well informed – only use trusted official information. Download the Coronavirus Australia mobile phone app, subscribe to the Coronavirus Australia WhatsApp service, and visit for the latest information.

Older Persons COVID-19 Support Line

The Older Persons COVID-19 Support Line informs, supports and connects older Australians.

Some older people are vulnerab
""")
add(id="ext-owh-heart-attack-what-to-do", url="https://www.womenshealth.gov/heart-attack/what-do", source="HHS Office on Women's Health (womenshealth.gov)", licence=PD,
    title="Heart attack: What to do", audience="consumer", genre="patient information", topic="heart attack in women", topic_kind="condition",
    W=True, reason="@acute", evidence=["If the pain has not gone away, or if it gets worse, call 911 right away."],
    urgency="emergency", notes="the symptom list is on a sibling page, so 'If you have any of the symptoms of heart attack ... call 911' is condition-level and not counted; the nitroglycerin rule (chest pain not gone after one dose, or worse) is a concrete sign tied to 911",
    text="""Skip to main content
U.S. flag

An official website of the United States government

What to do

What to do

Now that you know the symptoms of heart attack in women, the next step is to act fast and get help. When given quickly, medicines and other treatments can stop a heart attack and limit damage to your heart muscle. If you have any of the symptoms of heart attack, or if you think you might be having one, call 911 right away.


Be prepared for an emergency

No one wants to think about having a heart attack, but knowing what to do if one strikes can save your life. Writing down your own heart attack action plan will help you care for yourself, or loved ones who might have a heart attack.

How-to: Heart attack action plan

Work with your doctor to make your heart attack action plan (PDF) so you know what to do if you have heart attack symptoms.  

Have aspirin in your home, or carry it with you. Ask your doctor if it’s safe for you to take aspirin in case of a heart attack. A 911 operator may tell you to chew and swallow an uncoated aspirin if you think you are having a heart attack and you are not allergic to aspirin or should not take it. Aspirin can help dissolve blood clots that can cause a heart attack. Some people should not take aspirin during a heart attack, so talk to your doctor now.

Ask your doctor about having nitroglycerin (nitro) available in case of emergency. Nitroglycerin widens the arteries, sending extra blood to the heart and buying you extra time to get the hospital during a heart attack. If your doctor has prescribed nitro and you have chest pain or discomfort, take one dose and wait five minutes. If the pain has not gone away, or if it gets worse, call 911 right away. You can take up to two more doses (one every five minutes) while waiting for the ambulance.

Share your action plan with loved ones and caregivers. A clear plan of action during a medical emergency can help everyone stay calm and focused.

Talk with your family and friends 
""")
add(id="ext-fda-health-scams-women", url="https://www.fda.gov/consumers/free-publications-women/health-scams-dont-take-risk", source="US Food and Drug Administration (Office of Women's Health)", licence=PD,
    title="Health Scams! Don't take the risk.", audience="consumer", genre="other", topic="health fraud products", topic_kind="other",
    W=False, reason="consumer-protection leaflet about fraudulent product claims; no condition or symptom", evidence=[], urgency="none", notes="trap: 'Miracle Cure!' and 'death' appear as scam warnings",
    text="""Health Scams! Don't take the risk.
How to Spot a Scam… It’s Called Health Fraud
- Lots of people are fooled into buying health products that sound great, but are really fakes.
- Some products may cause serious problems like pain, suffering, or even death.
- Some products may not mix well with your other medicines.
- You may also lose your money on scam products that don’t work.
Watch out for these claims. It might be a scam.
It’s Natural
Just because a product is called “natural” does not mean it is safe. It’s So Easy! Don’t believe promises like “lose weight while you sleep.” If it sounds too easy, it might be a scam.
Miracle Cure!
Generally, one pill will not treat or cure many different illnesses like cancer, diabetes, AIDS, or arthritis. It Worked For Me Personal success stories by “real people” or doctors are easy to make up.
Pay Now and Save
Don’t feel pressured to buy. Take time to get the facts about the product first.
They Don’t Want You To Know
Always feel free to ask your doctor, nurse, or pharmacist what is best for your health. Health Fraud… Don’t take the risk with your health or your money. You might see ads on TV or the Internet that make a lot of promises about a new health product. However, you don’t know if it can really help you. It may even hurt you.
Protect yourself and your family
- Talk to a doctor, nurse, or pharmacist or call the Food and Drug Administration (FDA) at 1-888-463-6332 before you use any health product
- Get the facts about health fraud at: www.fda.gov/healthfraud
- Report a problem with a product to the Food and Drug Administration (FDA)
www.fda.gov/medwatch or 1-800-332-1088 - Report false advertising to the Federal Trade Commission (FTC) www.ftc.gov or 1-877-382-4357
This information was produced in collaboration between FDA’s Office of Women’s Health and Office of Enforcement. The Food and Drug Administration (FDA) defines health fraud as the deceptive promotion, advertising, distributi
""")
add(id="ext-osha-heat-training", url="https://www.osha.gov/heat-exposure/training", source="Occupational Safety and Health Administration", licence=PD,
    title="Heat: Training", audience="professional", genre="screening-prevention", topic="heat-illness training for workplaces", topic_kind="prevention",
    W=False, reason="employer training checklist; lists topics, not advice to an ill reader", evidence=[], urgency="emergency", notes="audience: employers/supervisors",
    text="""Supervisors and workers should be trained about heat hazards. They should also learn about prevention and first aid. Topics should include:

  • Types of heat-related illness, including how to recognize common signs and symptoms.
  • Importance of immediately providing first aid to affected workers.
  • Procedures for contacting emergency medical services.
  • Importance of protecting new “unacclimatized” workers. This includes work practices to help workers develop acclimatization.
  • Job-related and personal risk factors for heat-related illness.
  • Fluid replacement guidelines.
  • Appropriate work/rest cycles (i.e., mandatory rest breaks) when heat stress is high.
  • Importance of taking rest breaks in areas that are cooler than the worksite—for example, shade or air conditioned rooms.
""")
add(id="ext-va-vantage-blog-page-3", url="http://www.blogs.va.gov/VAntage/page/3/", source="VA VAntage Point blog", licence=PD,
    title="VAntage Point (blog index, page 3)", audience="consumer", genre="news or research report", topic="VA agency news (blog index)", topic_kind="other",
    W=False, reason="agency blog about policy and events; no clinical topic", evidence=[], urgency="none", notes="",
    text="""VA’s Blueprint for Excellence: Strategies for more Veteran-centric care

VA's Blueprint for Excellence

“….To care for him who shall have borne the battle, and for his widow and his orphan.”

These words from President Abraham Lincoln’s second inaugural address guide the mission of today’s VA.

Over the last two months, VA’s secretary, Bob McDonald, has been traveling throughout the U.S. listening to Veterans and discussing with them the issues that VA is facing.

“The problems we face are serious,” Sec. McDonald acknowledges. “The President, Congress, Veterans service organizations, taxpayers, and VA’s rank and file all understand the need for immediate reforms to achieve three non-negotiable goals—goals we set for ourselves more than two months ago on our ‘Road to Veterans Day.’”

VA's Blueprint for ExcellenceWith Veterans Day just one week away, VA continues to work towards those goals and to better serve and care for those who have “borne the battle.”

Earlier this fall, the Veterans Health Administration released its Blueprint for Excellence, an important step in VA’s transformation.

“This blueprint is critical to achieving part three of our Road to Veterans Day initiative—setting a course for long-term excellence and reform,” Sec. McDonald told the annual meeting of the Institute of Medicine. “It is VA’s template to re-establish the department’s preeminence and leadership in American healthcare.”

Read the Blueprint for Excellence and the Secretary’s remarks to the Institute of Medicine for more on what VA is doing to set its course for the future.



American Legion Auxiliary presented Outstanding Contribution to the Arts Award

ALA group at Arts festival

American Legion Auxiliary members at the 2014 National Veterans Creative Arts Festival in Milwaukee, Wisconsin.

Each year, VA hosts the National Veterans Creative Arts Festival and each year, the Festival co-presenter, American Legion Auxiliary (ALA), pr
""")
add(id="ext-ftc-miracle-health-claims", url="http://www.lawpublish.com/ftchealt.html", source="Federal Trade Commission with FDA (reproduced on lawpublish.com)", licence="public domain (US government work; FTC publication reproduced in full by a third-party site)",
    title="'Miracle' Health Claims: Add a Dose of Skepticism", audience="consumer", genre="other", topic="health fraud marketing", topic_kind="other",
    W=False, reason="consumer-protection guide about fraudulent claims; no condition or symptom", evidence=[], urgency="none", notes="host page's own header line kept",
    text="""Advertising lawyers, including in-house counsel and outside counsel, need to comply with laws involving false, unfair and deceptive acts

This page contains the full-text reproduction of FTC's "'Miracle' Health Claims: Add a Dose of Skepticism"

 
'Miracle' Health Claims:

Add a Dose of Skepticism

Produced in cooperation with the Food and Drug Administration [FDA]

Whether they're looking for a short cut to losing weight or a cure for a serious ailment, consumers may be spending billions of dollars a year on unproven, fraudulently marketed, often useless health-related products, devices and treatments. Why? Because health fraud trades on  false hope. It promises quick cures and easy solutions to a variety of problems, from obesity to  cancer and AIDS. But consumers who fall for fraudulent "cure-all" products don't find help or  better health. Instead, they find themselves cheated out of their money, their time, and maybe  even their health. Fraudulently marketed health products can keep people from seeking and  getting treatment from their own healthcare professional. Some products can cause serious  harm, and many are expensive because health insurance rarely covers unapproved treatments.

To avoid becoming victims of health fraud, it's important for consumers to learn how to assess health claims and seek the advice of a health professional.

Common Health Fraud Targets

Officials at the Federal Trade Commission (FTC) and the Food and Drug Administration (FDA) say health fraud promoters often target people who are overweight or have serious conditions for which there are no cures, including multiple sclerosis, diabetes, Alzheimer's disease, cancer, HIV and AIDS, and arthritis.

Cancer
A diagnosis of cancer can bring feelings of fear and hopelessness. Many people may be tempted to turn to unproven remedies promoted as cancer cures. But they and their loved ones should be skeptical of "miracle" claims because no single device, remedy or treatment can treat al
""")
