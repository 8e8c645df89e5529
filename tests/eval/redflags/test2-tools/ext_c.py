NZ = "New Zealand Government (Health New Zealand | Te Whatu Ora); Crown copyright, licensed CC BY 4.0 under NZGOAL (verify on site)"
add(id="ext-vcl-what-to-expect", url="https://www.veteranscrisisline.net/mobile/GetHelp/WhatToExpect.aspx", source="Veterans Crisis Line (US Department of Veterans Affairs)", licence=PD,
    title="What to Expect", audience="consumer", genre="coping-support", topic="what happens when you contact a crisis line", topic_kind="other",
    W=False, reason="service explainer for a crisis line; contact details rather than warning signs expected", evidence=[], urgency="emergency",
    notes="trap: crisis-line numbers and 'immediate danger' wording without warning signs; hard call whether a crisis-line page must list signs",
    text="""What to Expect

What happens when I call the Veterans Crisis Line?

  • When you call this free, anonymous, confidential resource, a trained responder will answer. The responder will ask you a few questions, such as if you — or a Veteran or Servicemember you know — are in immediate danger of self-harm or suicide. You will decide what to share about yourself and what you want to talk about.
  • If you — or the Veteran or Servicemember that you’re concerned about — are in immediate danger, then the responder will work with you to reduce the immediate risk, help you get through the crisis, make sure you are safe, and help you to connect with the right services, which may include your local VA Medical Center. If you decide to share your contact information, the Suicide Prevention Coordinator from the nearest VA Medical Center will contact you by the next business day.
  • If you — or the Veteran or Servicemember you are concerned about — are in crisis but not at imminent risk for suicide, then the responder will listen to what you have to say, offer support, and help you make a plan to stay safe.
  • For text and online chat conversations, the responder may ask if you’re interested in transferring the conversation to a phone call.
  • You may end the conversation at any time.

How do I contact the Veterans Crisis Line?

  • Dial 1-800-273-8255. You will hear this recording:
    “You have reached the National Suicide Prevention Lifeline, also servicing the Veterans Crisis Line. If you are in emotional distress or suicidal crisis, or are concerned about someone who might be, we’re here to help. If you are a U.S. military Veteran or current Servicemember or are calling about one, please press 1 now.”
  • Press 1. There will be a brief pause while the call is routed to the Veterans Crisis Line. A responder will answer your call and provide support as outlined above.

How do I text the Veterans Crisis Line?

  • Text to 838255. You can s
""")
add(id="ext-vcl-about-veteran-suicide", url="http://veteranscrisisline.net/About/VeteranSuicide.aspx", source="Veterans Crisis Line (US Department of Veterans Affairs)", licence=PD,
    title="About the Veterans Crisis Line", audience="consumer", genre="coping-support", topic="veterans crisis line", topic_kind="other",
    W=False, reason="service/about page for a crisis line", evidence=[], urgency="emergency",
    notes="'If you’re a Veteran in crisis ... contact the Veterans Crisis Line' names no signs",
    text="""If you’re a Veteran in crisis or concerned about one, contact the Veterans Crisis Line to receive 24/7, confidential support. You don’t have to be enrolled in VA benefits or health care to connect. To reach responders, Dial 988 then Press 1, chat online at VeteransCrisisLine.net/Chat, or text 838255.
No Veteran should go through a crisis alone. The Veterans Crisis Line links Veterans to real people specially trained to help you through any challenge.
Care doesn’t have to end when the call, chat, or text is over. Our responders can connect you with resources, including your local suicide prevention coordinator (SPC). Available in each VA medical center across the country, SPCs ensure Veterans can access the counseling, services, and programs you need.
No matter when, where, or how you served. No matter your discharge status. No matter what you’re experiencing. The Veterans Crisis Line is for all Veterans.
Launched in 2007, the Veterans Crisis Line started with 14 trained responders working out of a call center in Canandaigua, N.Y. It’s grown to include an online chat and text service with 1,100 responders in 3 call center locations.
Responders are also available 24/7 to help active-duty service members and their families and friends through a crisis. Service members, including members of the National Guard and Reserves, along with their loved ones, can Dial 988 then Press 1, chat online at VeteransCrisisLine.net, or text to 838255 to receive free, confidential support.
Though immediate crisis support is its primary goal, the Veterans Crisis Line offers a range of programs. Our most recent initiatives build on the idea that support should be available after a Veteran’s initial contact with the Veterans Crisis Line:
""")
add(id="ext-va-news-beyond-the-call", url="https://publicnow.com/view/6A05EC267E7BA4D70D27484673BB99D9347997AB", source="US Department of Veterans Affairs news release (redistributed by Public/publicnow)", licence="public domain (US government work; VA news release as redistributed)",
    title="Beyond the call: Understanding the Veterans Crisis Line", audience="consumer", genre="news or research report", topic="veterans crisis line (news release)", topic_kind="other",
    W=False, reason="agency news release explaining a service", evidence=[], urgency="emergency", notes="",
    text="""U.S. Department of Veterans Affairs

09/30/2024 | News release | Distributed by Public on 09/30/2024 08:45

Beyond the call: Understanding the Veterans Crisis Line

Veterans frequently share that they see the Veterans Crisis Line number, Dial 988 then Press 1, everywhere, on every VA website, billboard and social media post. They know that 24/7 crisis support is available, but many remain uncertain about what happens when they make the call or what to expect afterward.

Here, I want to clarify what to expect when reaching out to the Veterans Crisis Line so Veterans and their friends, family members and caregivers know exactly what will happen when they call, chat or text with responders.

Many Veterans might not yet know that they can easily text or chat with responders. Conversations are confidential, ensuring privacy and peace of mind. The line is open to all Veterans, regardless of whether they receive VA benefits or health care. Plus, there's an option to have someone to follow up to make sure they receive the support and resources they need.

You've contacted the Veterans Crisis Line. Now what?

Once you've made the call (Dial 988 then Press 1), chat (VeteransCrisisLine.net/Chat) or text (838255) to the Veterans Crisis Line, you'll reach a qualified responder who is ready to listen and help. The responder will ask a few questions, such as whether you or the Veteran or service member you're concerned about may be in immediate danger or at risk for suicide.

Your call, chat or text is free and confidential and you decide how much information to share. No matter what you're experiencing, responders can help. They can also connect you with the resources you need, including your local suicide prevention coordinator (SPC) who will contact you the next business day for continued support.

Support doesn't end with your conversation

As I mentioned, if the Veterans Crisis Line responder thinks you may benefit from follow-up care, an SPC, located at VA medical centers ac
""")
add(id="ext-epa-airnow-awareness-wildfires", url="https://www3.epa.gov/airnow/airaware/wildfires.html", source="US EPA (AirNow, Air Quality Awareness Week)", licence=PD,
    title="Air Quality Awareness Week: Wildfires", audience="consumer", genre="screening-prevention", topic="wildfire smoke exposure", topic_kind="prevention",
    W=False, reason="awareness-week post with precautions; links to the health page", evidence=[], urgency="emergency",
    notes="hard call: lists heart attack and stroke as PM2.5 effects but is a prevention/awareness post",
    text="""Home | Wildfires | Asthma & Air Quality | Air Quality Trends | Air Quality Around the World | Citizen Science | State & Local Events
2016 Air Quality Awareness Week


May 1, 2017

Today the focus is on wildfires and smoke. Fine particulate matter (PM2.5), also known as fine particle pollution, is the main pollutant of concern in smoke. Smoke can travel long distances, affecting areas far away from the fire.

PM2.5 Causes

• Premature death

• Cardiovascular effects, including heart attacks and stroke

• Respiratory effects, including asthma attacks and acute bronchitis
People with heart or lung disease, older adults, and children are most at risk; pregnant women, newborns and people with obesity or diabetes also may be more susceptible.

When there’s smoke in the air, take steps to protect yourself and your family

• Know your air quality. Smoke levels can change throughout the day, so be active outdoors when air quality is better. Check your air quality agency’s website or airnow.gov for current air quality conditions and forecasts.

• Stay inside with the doors and windows closed when advised to do so. Run your air conditioner in recirculate mode.

• Have enough food and medication on hand to last several days to minimize going out for supplies. If you must go out, avoid the smokiest times of day.

To learn more about protecting your health during fires, see How Smoke from Fires Can Affect your Health
""")
add(id="ext-epa-wildfire-smoke-heat-factsheet", url="https://nepis.epa.gov/Exe/ZyPURL.cgi?Dockey=P101DBLQ.TXT", source="US EPA (Wildfire Smoke Fact Sheet)", licence=PD,
    title="Wildfire Smoke Fact Sheet: Protect Yourself from Smoke and Extreme Heat", audience="consumer", genre="patient information", topic="wildfire smoke and extreme heat", topic_kind="condition",
    W=True, reason="consumer health fact sheet naming heat stroke and heart attack risks; readers need to know when to get help", evidence=[], urgency="emergency",
    notes="excerpt ends at the risk groups; any 'when to get help' section is not in the stored text",
    text="""WILDFIRE SMOKE FACT SHEET

Protect Yourself from Smoke
and Extreme Heat

Although many wildfires are caused by people and their activities, wildfire smoke and heat events are becoming more
frequent and are lasting longer because of the changing climate. Extreme heat and smoke can both be dangerous.
Recent scientific evidence suggests that exposure to both smoke and extreme heat at the same time may be much
worse for your health than exposure to either of them alone. This fact sheet includes information about actions you
can take to protect yourself and your family.

What can happen?

Wildfire smoke: The fine particles (also called PM2.5 or fine particle pollution), volatile organic compounds, and gases
in smoke can affect the lungs, heart, and other organs, and can lead to asthma attacks and make chronic obstructive
pulmonary disease (COPD) or other lung conditions worse. It can also worsen heart failure and can increase the risk
of heart attacks and death.

Extreme heat: If temperatures are much hotter than usual, your body may not be able to cool itself fast enough. This
can lead to heat-related symptoms and illnesses, such as heat rash, muscle cramps, heat exhaustion, heat stroke, and
death. High humidity and high nighttime temperatures, alcohol use, prescription drug use, and sunburn might
increase your risk of developing a heat-related illness. See CDC's website. About Extreme Heat, for more information.

Who is at risk?

If you are at increased risk from the health effects of wildfire smoke, you are also likely at increased risk from
extreme heat. This includes people with heart or lung disease, older adults, children and teenagers, and pregnant
people. People who spend more time exposed to wildfire smoke and heat (such as outdoor workers and people
experiencing homelessness), people who can't reduce their exposure to smoke or heat indoors, and people
exercising outdoors are also at increased risk.
""")
add(id="ext-fsis-listeriosis-pregnancy-2012", url="http://www.fsis.usda.gov/Fact_Sheets/Protect_Your_Baby/index.asp", fetched_from="https://cybercemetery.unt.edu/archive/oilspill/20121016212943/http://www.fsis.usda.gov/Fact_Sheets/Protect_Your_Baby/index.asp",
    source="USDA Food Safety and Inspection Service (archived fact sheet)", licence=PD, title="Protect Your Baby and Yourself From Listeriosis", audience="consumer", genre="patient information",
    topic="listeriosis in pregnancy", topic_kind="condition", W=True, reason="consumer pregnancy infection page; signs and when to call a provider expected", evidence=[], urgency="same-day",
    notes="excerpt lists early signs but is cut before the 'what should I do' advice (the reprinted version of this sheet says to call the doctor)",
    text="""United States Department of Agriculture Food Safety and Inspection Service
Fact Sheets
Protect Your Baby and Yourself From Listeriosis
Pregnant women are at high risk for getting sick from Listeria, harmful bacteria found in many foods. Listeria can cause a disease called listeriosis. Listeriosis can result in miscarriage, premature delivery, serious sickness, or the death of a newborn baby. If you are pregnant, you need to know what foods are safe to eat.


How do I know If I have listeriosis?

Because the illness could take weeks to show up, you may not know you have it.
What can I do to keep my baby and myself safe from listeriosis?

Do not eat hot dogs, luncheon meats, bologna, or other deli meats unless they are reheated until steaming hot.

Do not eat refrigerated paté, meat spreads from a meat counter, or smoked seafood found in the refrigerated section of the store. Foods that don't need refrigeration, like canned tuna and canned salmon, are okay to eat. Refrigerate after opening.

Do not drink raw (unpasteurized) milk and do not eat foods that have unpasteurized milk in them.

Do not eat salads made in the store such as ham salad, chicken salad, egg salad, tuna salad, or seafood salad.

Do not eat soft cheese such as Feta, queso blanco, queso fresco, Brie, Camembert cheeses, blue-veined cheeses, and Panela unless it is labeled as made with pasteurized milk. Make sure the label says, "MADE WITH PASTEURIZED MILK."
Early signs may include fever, chills, muscle aches, diarrhea, and upset stomach.

At first, you may feel like you
""")
add(id="ext-fda-listeria-moms-to-be", url="http://www.fda.gov/food/resourcesforyou/healtheducators/ucm083320.htm", source="US Food and Drug Administration", licence=PD,
    title="Listeria - Food Safety for Moms to Be", audience="consumer", genre="patient information", topic="listeriosis in pregnancy", topic_kind="condition",
    W=True, reason="consumer pregnancy infection page; signs and when to call a provider expected", evidence=[], urgency="same-day",
    notes="the action sentence is cut mid-way ('if you experience any of the above symptom'), so no complete warning-plus-action is stored",
    text="""U.S. flag An official website of the United States government
  1. Home
  2. Food
  3. Resources for You (Food)
  4. Health Educators
  5. Listeria - Food Safety for Moms to Be
  1. Health Educators

Listeria - Food Safety for Moms to Be

Food Safety for Moms to Be Logo

While You're Pregnant Main Page

What Is Foodborne Illness? | Listeria | Toxoplasma

Spanish (Español)


Listeria: Frequently Asked Questions


"What is Listeria monocytogenes?"

It's a harmful bacterium that can be found in refrigerated, ready-to-eat foods (meat, poultry, seafood, and dairy - unpasteurized milk and milk products or foods made with unpasteurized milk), and produce harvested from soil contaminated with L. monocytogenes. Many animals can carry this bacterium without appearing ill, and thus, it can be found in foods made from animals. L. monocytogenes is unusual because it can grow at refrigerator temperatures where most other foodborne bacteria do not. When eaten, it may cause listeriosis, an illness to which pregnant women and their unborn children are very susceptible.

"How could I get listeriosis?"

By eating ready-to-eat meats, poultry, seafood, and dairy products that are contaminated with L. monocytogenes. You can also get listeriosis by eating contaminated foods processed or packaged in unsanitary conditions or by eating fruits and vegetables that are contaminated from the soil or from manure used as fertilizer.

"How could listeriosis affect me?"

The symptoms can take a few days or even weeks to appear and may include fever, chills, muscle aches, diarrhea or upset stomach, headache, stiff neck, confusion, and loss of balance. In more serious cases, listeriosis could also lead to the mother's death.

Most of the time, pregnant women who are infected with listeriosis don't feel sick. However, they can pass the infection to their unborn babies without even knowing it. That's why prevention of listeriosis is very important. In any case, if you experience any of the above symptom
""")
add(id="ext-dea-what-to-do-during-overdose", url="https://getsmartaboutdrugs.gov/consequences/what-should-you-do-during-drug-overdose", source="Drug Enforcement Administration (Get Smart About Drugs)", licence=PD,
    title="What Should You Do During a Drug Overdose?", audience="consumer", genre="patient information", topic="drug overdose in teens (for parents)", topic_kind="condition",
    W=True, reason="consumer page on an emergency; overdose signs tied to calling 911 expected", evidence=[], urgency="emergency",
    notes="hard call: 'If you suspect your teen has overdosed ... Call 911' names the condition, not signs (same rule as 'X is an emergency')",
    text="""Intentional or accidental overdoses can occur when someone you know takes too much of a drug — even if it's the first time taking the drug, and whether the drug is illicit, prescription, or over the counter.
What Should You Do During a Drug Overdose?
If you suspect your teen has overdosed, getting medical attention can save his or her life! Call 911, give accurate details about what happened, and make sure you provide first responders or emergency medical personnel with as much information as possible.
- What drug(s) did he or she take? (Get fast facts about drugs here in English or Spanish)
- How long ago were they taken?
- How much was taken?
- Who else should be contacted immediately?
Be upfront with the medical professionals who ask questions about your young loved one. The medical staff must know as much as they can to treat him or her properly.
To find out if your state has a Good Samaritan Law, you can check on your state government’s legislative website. CHECK NOW.
Still feel a little iffy about calling 911? Many states have a "Good Samaritan" law, which provides limited immunity from arrest or prosecution for minor drug law violations for people who get help at the scene of an overdose.
Good Samaritan laws do not protect people from arrest for other offenses, such as selling or trafficking drugs. But they do protect the caller and overdose victim from arrest and/or prosecution for simple possession, possession of paraphernalia, and/or being under the influence.
If your teen is overdosing on an opioid (heroin, fentanyl, prescription-based opioids) you can use the opioid overdose reversal drug naloxone, which is available without a prescription at pharmacies across the country. Learn more about it.
""")
add(id="ext-cdc-preventing-infections-chemo", url="https://cdc.gov/cancer/features/preventing-infections.html", source="Centers for Disease Control and Prevention", licence=PD,
    title="Preventing Infections in Cancer Patients", audience="consumer", genre="patient information", topic="infection and neutropenia during chemotherapy", topic_kind="condition",
    W=True, reason="side-effect page about fever and neutropenia, which needs prompt care", evidence=["Call your doctor right away if you have a temperature of 100.4ºF (38ºC) or higher.", "Call your doctor right away if you notice any symptoms of an infection, such as a fever, cough, sore throat, stuffy nose, redness or swelling in any area, diarrhea, or vomiting."],
    urgency="emergency", notes="",
    text="""What to know
Call your doctor right away if you get a fever or feel sick during your chemotherapy treatment.
Overview
People with cancer who are treated with chemotherapy are more likely to get infections. Your immune system helps your body protect itself from getting an infection. Cancer and chemotherapy can damage this system by reducing the number of infection-fighting white blood cells. This condition is called neutropenia.
An infection can lead to sepsis, the body’s extreme response to an infection. It is a life-threatening medical emergency.
Find out from your doctor when your white blood cell count is likely to be lowest, since this is when you’re most at risk for infection. This usually occurs between 7 and 12 days after you finish each chemotherapy dose, and may last as long as one week.
Mask Up, Lather Up, and Sleeve Up
This video lists steps you can take to protect yourself and others from respiratory illnesses like flu and COVID-19.
How to prevent infections during your cancer treatment
Watch out for fever
If you get a fever during your chemotherapy treatment, it's a medical emergency. Take your temperature any time you feel warm, flushed, chilled, or not well. Call your doctor right away if you have a temperature of 100.4ºF (38ºC) or higher.
Wash your hands often
Clean hands help prevent infections. You and anyone who comes around you, including family members, doctors, and nurses, also should wash their hands often. Don't be afraid to ask people to wash their hands.
Know the symptoms of infection
Call your doctor right away if you notice any symptoms of an infection, such as a fever, cough, sore throat, stuffy nose, redness or swelling in any area, diarrhea, or vomiting.
Featured resources
- Learn your risk for getting a low white blood cell count and infections during chemotherapy.
- "I had to wave off their hugs and handshakes," says Ronda, a breast cancer survivor.
""")
add(id="ext-cdc-sepsis-get-ahead", url="https://www.cdc.gov/sepsis/prevention/index.html", source="Centers for Disease Control and Prevention", licence=PD,
    title="How Can I Get Ahead of Sepsis?", audience="consumer", genre="patient information", topic="sepsis", topic_kind="condition",
    W=True, reason="@acute", evidence=["People who might have sepsis should be urgently evaluated and treated by a healthcare professional.", "If you or your loved one has an infection that’s not getting better or is getting worse, ACT FAST. Get medical care IMMEDIATELY."],
    urgency="emergency", notes="",
    text="""How Can I Get Ahead of Sepsis?

You can take specific steps to reduce your risk of sepsis, including sepsis caused by COVID-19, such as:

1 Prevent infections

Talk to your healthcare professional about steps you can take to prevent infections that can lead to sepsis, including:

Icon: Chronic

Take good care of chronic conditions, such as diabetes, lung disease, cancer, and kidney disease.

Icon: Vaccination

Get recommended vaccines, since vaccinations prevent some infections, but do not cure sepsis.

2 Practice good hygiene


Wash your hands.


Keep cuts clean and covered until healed.

3 Know the signs and symptoms of sepsis

A patient with sepsis might have one or more of the following signs or symptoms:

Icon: Heart Rate

High heart rate or weak pulse

Icon: Fever

Fever, shivering, or feeling very cold

Icon: Confusion

Confusion or disorientation

Icon: Short Breath

Shortness of breath

Icon: Pain

Extreme pain or discomfort

CDC Sepsis Sweat Droplets

Clammy or sweaty skin

People who might have sepsis should be urgently evaluated and treated by a healthcare professional.


Sepsis is a medical emergency. If you or your loved one has an infection that’s not getting better or is getting worse, ACT FAST. Get medical care IMMEDIATELY. Ask your healthcare professional, “Could this infection be leading to sepsis?” and if you should go to the emergency room.
""")
add(id="ext-nz-health-measles-video", url="https://info.health.nz/conditions-treatments/infectious-diseases/measles", source="Health New Zealand | Te Whatu Ora (Health Information and Services)", licence=NZ,
    title="Measles (video transcript)", audience="consumer", genre="patient information", topic="measles", topic_kind="condition",
    W=True, reason="@acute", evidence=["Please remember, if you have symptoms stay home and immediately contact your doctor or call Healthline for free on 0800 611 116."],
    urgency="same-day", notes="the action refers back to the listed measles symptoms (fever, cough, runny nose, sore red eyes, rash)",
    text="""Kia ora, hello,
I’m Ramil Adhikari, Principal Advisor, Equity, Outbreak Response Directorate, Te Whatu Ora, National Public Health Service.
We are starting to see more measles in New Zealand.
Measles is a very dangerous illness for anyone non immunised, especially babies, children under five, pregnant people and those with weak immune systems.
It spreads very easily through coughing, sneezing, and breathing near others.
You can even get measles if you visit a room where an infected person has been an hour before.
Measles can make people really sick, and many people will have to go to hospital due to complications, like pneumonia. Sometimes people die as a result of measles.
Measles symptoms usually begin with a high fever, cough, runny nose, and sore, red watery eyes. These are followed by a blotchy rash.
Getting immunised is the best protection against measles, for yourself and others. Two doses of MMR vaccine provide lifelong protection against measles in 99 out of 100 vaccinated people.
If you or anyone in your family or house has not had an MMR vaccine or aren't sure, ask a doctor or a local health provider.
The MMR vaccine is available from your doctor and is free for anyone 18 years or under, and those who are eligible for free healthcare in New Zealand.
You can also get the MMR vaccine at many pharmacies.
Please remember, if you have symptoms stay home and immediately contact your doctor or call Healthline for free on 0800 611 116.
Kia ora
""")
add(id="ext-nz-countiesmanukau-measles", url="https://countiesmanukau.health.nz/news/what-does-measles-look-like", source="Counties Manukau (Health New Zealand) news", licence=NZ,
    title="What does measles look like?", audience="consumer", genre="news or research report", topic="measles", topic_kind="condition",
    W=True, reason="consumer outbreak notice about an acute infection; readers need to know when to call", evidence=[], urgency="same-day",
    notes="'If you have these symptoms ... call your GP' refers to symptoms shown only in an image; no signs in the text, so not present",
    text="""Measles is more than just a rash – it’s a dangerous virus that can spread quickly and leave you or your whaanau quite unwell.
Measles cases have been reported in our rohe so it is important to make sure you and your whaanau are protected by:
- Finding out if you have had the MMR vaccine.
Your Well Child book, Plunket, or GP will know if you have and if you haven’t you can still get the MMR vaccine for you and your whaanau.
- Staying alert for symptoms.
If you have these symptoms, stay home and call your GP, and if you are unsure you can always call Healthline on 0800 611 116.
Find out more about measles here.
Kia noho te haumaru (stay safe).
""")
add(id="ext-va-about-vha-2013", url="http://www.va.gov/health/aboutVHA.asp", fetched_from="https://cybercemetery.unt.edu/archive/oilspill/20130216104547/http://www.va.gov/health/aboutVHA.asp", source="US Department of Veterans Affairs (archived)", licence=PD,
    title="About VHA: Useful Terms", audience="consumer", genre="dictionary-glossary", topic="VA health-care facility types", topic_kind="other",
    W=False, reason="glossary of facility types", evidence=[], urgency="none", notes="",
    text="""United States Department of Veterans Affairs
Health Care

About VHA

Useful Terms

Healthcare System: In many areas of the country, several medical centers and clinics may work together to offer services to area Veterans as a Healthcare System (HCS) in an effort to provide more efficient care. By sharing services between medical centers, Healthcare Systems allow VHA to provide Veterans easier access to advanced medical care closer to their homes.

Examples of Healthcare Systems include the VA Pittsburgh Healthcare System which serves the Pittsburgh area of Pennsylvania, and the VA Puget Sound Healthcare System which serves the Seattle and Tacoma areas of Washington state.

Community-Based Outpatient Clinic: To make access to health care easier, VHA utilizes more than 800 Community-Based Outpatient Clinics (CBOC) across the country. These clinics provide the most common outpatient services, including health and wellness visits, without the hassle of visiting a larger medical center. VHA continues to expand the network of CBOCs to include more rural locations, putting access to care closer to home.

Community Living Center: Community Living Centers (CLC) are skilled nursing facilities, often referred to as nursing homes. Veterans with chronic stable conditions such as dementia, those requiring rehabilitation or those who need comfort and care at the end of life are served within one of our 135 Community Living Centers*.

Domiciliary: Forty-eight VHA Domiciliaries* provide a variety of care to Veterans who suffer from a wide range of medical, psychiatric, vocational, educational, or social problems and illnesses in a safe, secure homelike environment.
""")
add(id="ext-fda-press-announcements-2016", url="http://www.fda.gov/NewsEvents/Newsroom/PressAnnouncements/default.htm", source="US Food and Drug Administration (Press Announcements index)", licence=PD,
    title="Press Announcements (September 2016)", audience="consumer", genre="news or research report", topic="FDA press releases (listing)", topic_kind="other",
    W=False, reason="news listing page", evidence=[], urgency="none", notes="teaser trap: headlines mention opioid overdose, stroke and head injury",
    text="""Press Announcements
Note: Press announcements from 2004 to 2012 are available through the FDA Archive. Some links in press announcements may no longer be active. For more information, contact FDA’s Office of Media Affairs at 301-796-4540.
September 2016
- September 23, 2016 - FDA approves expanded indications for Ilaris for three rare diseases
- September 23, 2016 - FDA approves Amjevita, a biosimilar to Humira
- September 19, 2016 - FDA launches competition to spur innovative technologies to help reduce opioid overdose deaths
- September 19, 2016 - FDA grants accelerated approval to first drug for Duchenne muscular dystrophy
- September 16, 2016 - FDA permits marketing of balloon device to treat persistent Eustachian tube dysfunction
- September 15, 2016 - FDA protects kids from illegal sales of e-cigarettes, e-liquids and cigars
- September 13, 2016 - FDA approves VisuMax Femtosecond Laser to surgically treat nearsightedness
- September 09, 2016 - FDA provides $21.8 million to states for FSMA produce safety rule implementation
- September 02, 2016 - FDA allows marketing of clot retrieval devices to reduce disability in stroke patients
- September 02, 2016 - FDA issues final rule on safety and effectiveness of antibacterial soaps
August 2016
- August 31, 2016 - FDA requires strong warnings for opioid analgesics, prescription opioid cough products, and benzodiazepine labeling related to serious risks and death from combined use
- August 30, 2016 - FDA approves Erelzi, a biosimilar to Enbrel
- August 26, 2016 - FDA advises testing for Zika virus in all donated blood and blood components in the US
- August 22, 2016 - FDA Statement on Medical Device User Fee Agreement (MDUFA)
- August 22, 2016 - FDA allows marketing of first-of-kind computerized cognitive tests to help assess cognitive skills after a head injury
""")
add(id="ext-fda-kids-cough-cold-email-blog", url="https://arcieve.blogspot.com/2021/10/should-you-give-kids-medicine-for.html", source="FDA Drug Information Update e-mail (GovDelivery), archived on a personal blog", licence="public domain text (FDA, US government work) as archived on a third-party blog",
    title="Should You Give Kids Medicine for Coughs and Colds? – Drug Information Update", audience="consumer", genre="other", topic="cough and cold medicines for children", topic_kind="treatment",
    W=False, reason="medicine-safety teaser e-mail; links to the full article", evidence=[], urgency="prompt",
    notes="hard call: children's illness topic; mentions life-threatening slowed breathing from medicines; 'If you are concerned about COVID-19, talk to your child's health care provider' names no signs",
    text="""Friday, October 29, 2021

Should You Give Kids Medicine for Coughs and Colds? – Drug Information Update

Tips from FDA to safely treat your child's cough and cold

If your email program has trouble displaying this email, view it as a web page.

FDA Center for Drug Evaluation and Research Division of Drug Information

Should You Give Kids Medicine for Coughs and Colds?

Although most colds in children don't cause serious complications, they can cause stress and worry in parents and caregivers. It's understandable that you might want to give your child medicine to treat a cold. But most children will get better on their own, and cough or cold medicine will not change the natural course of a cold or make it go away faster.
 
In addition, some cough and cold medicines can have serious side effects, such as slowed breathing, which can be life-threatening, especially in infants and young children. For those reasons, it's important to know when your child needs medication, which treatments are recommended, and when to do without medicine.

These days, cold and cough symptoms can be especially worrisome, because they could be symptoms of COVID-19, the flu, or other potentially serious illness. If you are concerned about COVID-19, talk to your child's health care provider.

Learn More
""")
add(id="ext-nimh-depression-booklet-copy", url="https://www.scribd.com/document/386415432/depression-Explain-pdf", source="NIMH booklet 'Depression: What You Need to Know' (copy uploaded to Scribd)", licence="public domain (NIMH, US government work) as uploaded by a third party",
    title="Depression: What You Need to Know", audience="consumer", genre="patient information", topic="depression", topic_kind="condition",
    W=True, reason="consumer depression booklet; suicide warning signs and crisis help expected", evidence=[], urgency="emergency",
    notes="the crisis-line sentence is cut mid-way ('... 1-800-273-TALK (8255) or go'); no sign tied to it in the stored text",
    text="""National Institute

of Mental Health


What You
Need to Know
in this booklet About this booklet 2
1. Depression is a real illness. 3
Signs and Symptoms 3
Factors That Play a Role in Depression 4
Types of Depression 5
2. Depression affects people in different ways. 6
Women 6
Men 6
Children 7
Teens 7
Older People 9
3. Depression is treatable. 10
Talking to Your Doctor 11
Tests and Diagnosis 11
Treatment 12
Medications 13
Talk Therapy (“Psychotherapy”) 19
Computer and/or Internet-Based Therapies 20
Depression: Is There an App for That? 22
Electroconvulsive Therapy and
Other Brain Stimulation Therapies 24
Beyond Treatment: Things You Can Do 25
4. You are not alone. 27
If You Think a Loved One May Have Depression 28
Helpful resources 30
About this booklet
This booklet, prepared by the National Institute of Mental Health
(NIMH), provides an overview on depression. NIMH is part of the
National Institutes of Health (NIH), the primary Federal agency for
conducting and supporting medical research.

This booklet will help you learn the following four things that everyone
should know about depression:
• Depression is a real illness.
• Depression affects people in different ways.
• Depression is treatable.
• If you have depression, you are not alone.

This booklet contains information on the signs and symptoms of

depression, treatment and support options, and a listing of additional
resources. It is intended for informational purposes only and should not
be considered a guide for making medical decisions. Please review this
information and discuss it with your doctor or health care provider. For
more information on depression, please visit the NIMH website at


Call the 24-hour, toll-free confidential National Suicide

Prevention Lifeline at 1-800-273-TALK (8255) or go
""")
add(id="ext-clinic-depression-real-illness", url="https://cascadehealthclinic.org/depression-is-a-real-illness", source="Cascade Health Clinic (clinic web page reproducing NIMH text)", licence="public domain text (NIMH, US government work) as reproduced on a clinic website",
    title="Depression is a Real Illness", audience="consumer", genre="patient information", topic="depression", topic_kind="condition",
    W=True, reason="consumer depression page listing suicidal thoughts among symptoms; crisis help expected", evidence=[], urgency="emergency",
    notes="clinic page; 'thoughts of death or suicide' listed as a symptom with no action",
    text="""Depression is a Real Illness

Sadness is something we all experience. It is a normal reaction to difficult times in life and usually passes with a little time.

When a person has depression, it interferes with daily life and normal functioning. It can cause pain for both the person with depression and those who care about him or her. Doctors call this condition “depressive disorder,” or “clinical depression.” It is a real illness. It is not a sign of a person’s weakness or a character flaw. You can’t “snap out of” clinical depression. Most people who experience depression need treatment to get better.

Signs and Symptoms

Sadness is only a small part of depression. Some people with depression may not feel sadness at all. Depression has many other symptoms, including physical ones. If you have been experiencing any of the following signs and symptoms for at least 2 weeks, you may be suffering from depression:

  • Persistent sad, anxious, or “empty” mood
  • Feelings of hopelessness, pessimism
  • Feelings of guilt, worthlessness, helplessness
  • Loss of interest or pleasure in hobbies and activities
  • Decreased energy, fatigue, being “slowed down”
  • Difficulty concentrating, remembering, making decisions
  • Difficulty sleeping, early-morning awakening, or oversleeping
  • Appetite and/or weight changes
  • Thoughts of death or suicide, suicide attempts
  • Restlessness, irritability
  • Persistent physical symptoms

Factors That Play a Role in Depression

Many factors may play a role in depression, including genetics, brain biology and chemistry, and life events such as trauma, loss of a loved one, a difficult relationship, an early childhood experience, or any stressful situation.
""")
add(id="ext-nhs24-when-to-phone-111", url="https://www.nhs24.scot/111/", source="NHS 24 (Scotland)", licence=OGL,
    title="When to phone 111", audience="consumer", genre="other", topic="choosing 999, A&E or 111", topic_kind="other",
    W=True, reason="care-navigation page; telling readers which symptoms need 999 is its purpose", evidence=["Phone 999 or go to A&E if:"],
    urgency="emergency", notes="the quoted lead-in is followed by the sign list (heart attack or stroke signs, difficulty breathing, severe bleeding, seizures, ...)",
    text="""When to phone 111

Phone 999 or go to A&E if:

You have:

  • a life or limb threatening emergency
  • signs of a heart attack or stroke
  • difficulty breathing
  • severe bleeding
  • severe injury
  • seizures
  • a severe allergic reaction
  • tried to end your life

Phone 111 if:

  • you think you need A&E but its not life or limb threatening
  • you need support with mental health distress
  • you need urgent care and your GP, pharmacy or dental practice is closed

Check your symptoms

Use our symptom-checkers to assess your symptoms and find out what you should do next.

What happens when I phone 111?

The first person you’ll speak to when you phone 111 will be a call handler. They’ll ask you: 

  • who you are 
  • where you’re phoning from 
  • why you’re phoning 

We need to know as much about you and your health as possible to offer you the best help and advice.  

If you’re phoning on behalf of someone else, make sure you’re with them at the time of the call.  

You’ll be assessed by our triage team and they’ll make you an appointment if needed. This may involve a phone or video consultation with a clinician from your local health board or an appointment to attend A&E or Minor Injuries Unit. 
""")
add(id="ext-sas-when-to-call-999", url="https://www.scottishambulance.com/our-services/emergency-care/when-should-you-call-999/", source="Scottish Ambulance Service", licence=OGL,
    title="When Should You Call 999?", audience="consumer", genre="other", topic="when to call an ambulance", topic_kind="other",
    W=True, reason="care-navigation page; emergency signs and the number are its purpose", evidence=["You should call 999 in a medical emergency, when someone is seriously ill or injured and their life is at risk."],
    urgency="emergency", notes="the quoted sentence is followed by a list of emergencies (loss of consciousness, chest pains, breathing difficulties, severe bleeding, ...)",
    text="""When Should You Call 999?

999 Call Takers in a Control room

Life-threatening emergencies 

You should call 999 in a medical emergency, when someone is seriously ill or injured and their life is at risk.  These can include: 

  • Loss of consciousness
  • Cardiac arrest
  • Heart attack
  • Stroke 
  • An acute confused state 
  • Chest pains
  • Breathing difficulties
  • Severe bleeding that cannot be stopped
  • Severe allergic reactions 
  • Severe burns or scalds 
  • Major trauma, such a s a road traffic accident or fall from a height 

Non-life threatening emergencies 

If it is not a life-threatening emergency, please consider other options before calling 999.  These include: 


  • Coughs and colds
  • Sore throat
  • Indigestion
  • Diarrhoea or constipation
  • Aches and pains
  • Help if you run out of a repeat prescription 

NHS Inform  

NHS inform has self-help guides for a range of conditions 

Phone 111 

When your local GP and local pharmacy are closed, and you are too ill to wait
""")
add(id="ext-nhs24-festive-111-notice", url="https://www.nhs24.scot/important-information-about-the-111-service", source="NHS 24 (Scotland)", licence=OGL,
    title="Important information about the 111 service", audience="consumer", genre="other", topic="111 service notice", topic_kind="other",
    W=False, reason="service notice about call volumes", evidence=[], urgency="none", notes="",
    text="""Important information about the 111 service

The 111 service is very busy over the festive public holiday weekends (25th – 29th December and 1st – 5th January) this means your call may take longer to be answered.

The following information will help you to get the right care, in the right place and you may not need to call 111:

  • If you’re unsure what to do about a health condition or need information on how to deal with common winter ailments, please use our symptom checkers These have been created by NHS 24 clinicians to provide advice on what to do next.
  • If your call is related to medicines, prescribed or non-prescribed, our guide to accessing medicationcan help. Your local pharmacist may also be able to help and, in some circumstances, can issue a small supply until your GP practice reopens. Find your nearest pharmacy open over the festive weekends.
  • For help with dental emergencies, NHS inform has more advice on what to do regardless if you are registered with a dentist or not.

Some mobile providers disconnect calls due to network capacity demand. If you’re using a mobile phone to phone 111, and your mobile has Wi-Fi Calling functionality, please switch it on. You can make and receive calls and text messages even if there isn’t mobile network coverage. All you need is a phone that supports Wi-Fi Calling and a Wi-Fi connection in Scotland. This will help to prevent your call being disconnected. NHS 24 does not cut off calls.

If you have telephoned NHS 24 and at the end of your call you were advised you will get a call back, please note that the call back will come from your local health board, not NHS 24. While waiting for your local service to contact you, you should only call NHS 24 again if your symptoms worsen.
""")
add(id="ext-scotgov-right-care-press-release", url="https://www.wired-gov.net/wg/news.nsf/print/Get+the+Right+Care+at+the+Right+Place+23122025151000", source="Scottish Government press release (via WiredGov)", licence=OGL,
    title="Get the Right Care at the Right Place", audience="consumer", genre="news or research report", topic="winter NHS service guidance", topic_kind="other",
    W=False, reason="government press release about using services", evidence=[], urgency="none", notes="'call 999 immediately for life-threatening emergencies' names no signs",
    text="""Get the Right Care at the Right Place
23 Dec 2025 12:13 PM
People should follow NHS inform guidance before calling 111 or 999.
First Minister John Swinney has urged people to ensure they get the Right Care at the Right Place by checking the NHS inform website in the first instance if they become unwell.
During a visit to NHS 24 and the Scottish Ambulance Service (SAS), the First Minister thanked staff for their commitment to keeping the public as safe and informed as possible ahead of the busy festive period.
The guidance in the NHS Winter Preparedness plan sets out that anyone feeling unwell should:
- check the NHS inform website for guidance and advice on symptoms. Around a quarter of 111 calls result in self-care advice, checking the website instead of calling ensures people can safely treat their symptoms without calling for help
- call 111 if anyone thinks they need A&E but it is not a life-threatening emergency, support for mental health distress, or advice when the GP, pharmacy, or dental practice is closed
- only attend A&E for genuine emergencies that cannot wait
- call 999 immediately for life-threatening emergencies
First Minister John Swinney said:
"We know that demand for the NHS increases quite substantially over the festive period and there are a number of steps you can take to help yourself if you become unwell. In the first instance, check the symptom checkers on the NHS inform website - it can help you decide what to do next. If you still require medical help, NHS 24’s 111 service is there for you and dedicated professionals can provide advice.
""")
add(id="ext-cdc-hfmd-feature-blog-copy", url="https://elbiruniblogspot.blogspot.com/2019/07/hand-foot-and-mouth-disease-features-cdc.html", source="CDC Features article reposted on a personal blog", licence="public domain text (CDC, US government work) as reposted on a third-party blog",
    title="Hand, Foot, and Mouth Disease | Features | CDC", audience="consumer", genre="patient information", topic="hand, foot, and mouth disease", topic_kind="condition",
    W=True, reason="consumer page on a common childhood infection; dehydration and meningitis signs with when to call expected", evidence=[], urgency="same-day",
    notes="hard call: usually mild illness, but the page names meningitis and encephalitis; no action given",
    text="""Hand, Foot, and Mouth Disease | Features | CDC

Hand, Foot, and Mouth Disease

This disease is common in young children. It causes fever, mouth sores, and a skin rash. Wash your hands often to lessen your chances of getting sick.

Hand, Foot, and Mouth Disease is Common

Hand, foot, and mouth disease, or HFMD, is a contagious illness caused by different viruses. It is common in infants and children younger than 5 years old. However, older children and adults can also get HFMD. In the United States it is more common for people to get HFMD during summer and fall.
HFMD is usually not serious, and nearly all people recover in 7 to 10 days without medical treatment. Rarely, an infected person can develop viral meningitis and may need to be hospitalized for a few days. Other even more rare complications can include paralysis, or encephalitis (brain inflammation) which can be fatal.
""")
add(id="ext-fda-sample-warning-letter-2005", url="http://vm.cfsan.fda.gov/~dms/warnltr.html", fetched_from="https://webarchive.library.unt.edu/eot2008/20080916021639/http:/vm.cfsan.fda.gov/~dms/warnltr.html",
    source="FDA CFSAN Office of Compliance (archived)", licence=PD, title="Sample Warning Letter for Products Making Unsubstantiated Drug Claims", audience="professional", genre="other",
    topic="regulatory warning letter template", topic_kind="other", W=False, reason="regulatory template addressed to firms", evidence=[], urgency="none", notes="",
    text="""FDA Logo U.S. Food and Drug AdministrationCenter for Food Safety and Applied Nutrition
U.S. Department of Health and Human Services

CFSAN/Office of Compliance
October 17, 2005


Sample Warning Letter for Products Making Unsubstantiated Drug Claims

CERTIFIED MAIL
RETURN RECEIPT REQUESTED

[firm]
[address]

WARNING LETTER

Dear [addressee]:

The Food and Drug Administration (FDA) has reviewed the labeling of your [name of product] on your web site at [URL]. This review shows serious violations of the Federal Food, Drug, and Cosmetic Act (the Act) in the labeling of this product. You can find the Act and implementing regulations through links on FDA's Internet home page at www.fda.gov.

Under the Act, articles intended for use in the diagnosis, cure, mitigation, treatment or prevention of disease in man are drugs [Section 201(g)(1)(B) of the Act]. The labeling for your product [name of product] bears the following claims:

[cite specific claims]

This list of claims is not intended to be all-inclusive, but represents the types of claims found in your product labeling.

These claims cause your product to be a drug, as defined in section 201(g)(1)(B) of the Act. Because this product is not generally recognized as safe and effective when used as labeled, it is also a new drug as defined in section 201(p) of the Act. Under section 505 of the Act, a new drug may not be legally marketed in the United States without an approved New Drug Application (NDA). FDA approves a new drug on the basis of scientific data submitted by a drug sponsor to demonstrate that the drug is safe and effective.
""")
add(id="ext-fda-ftc-warning-letter-crossroads", url="https://vdocument.in/warning-letter-via-overnight-delivery-return-receipt-.html", source="FDA/FTC joint warning letter to Up-Inya Beverages, LLC (copy on vdocument.in)", licence="public domain (US government work) as uploaded by a third party",
    title="Warning letter: 'Crossroads Wellness Beverage'", audience="professional", genre="other", topic="unapproved opioid-withdrawal product claims", topic_kind="treatment",
    W=False, reason="regulatory letter to a company quoting product marketing claims", evidence=[], urgency="none", notes="product-claim trap: quotes the seller's withdrawal-relief marketing",
    text="""warning letter via overnight delivery return receipt

WARNING LETTER VIA OVERNIGHT DELIVERY RETURN RECEIPT REQUESTED June 7, 2018 William Houck Up-Inya Beverages, LLC 22 Centennial St. Fairfield, PA 173201 [email protected] RE: 553138 Dear Mr. Houck: This is to advise you that in January 2018, and again in February 2018, the U.S. Food and Drug Administration (FDA) reviewed your websites at the Internet addresses www.crossroads2freeedom.com and www.upinyabeverages.com and has determined that you take orders there for the "Crossroads Wellness Beverage" product. FDA also reviewed the product label for your "Crossroads Wellness Beverage" product. The claims on your websites and product label establish that this product is a drug under section 201(g)(l)(B) of the Federal Food, Drug, and Cosmetic Act (the FD&C Act) [21 U.S.C. 321(g)(l)(B)] because it is intended for use in the cure, mitigation, treatment, or prevention of disease. As explained further below, introducing or delivering this product for introduction into interstate commerce for such uses violates the FD&C Act. You may find the FD&C Act and FDA regulations through links on FDA' s home page at www.fda.gov. In addition, the Federal Trade Commission has reviewed your marketing claims for "Crossroads Wellness Beverage" for potential violations of Sections 5 and 12 of the FTC Act [15 U.S.C. §§ 45(a) and 52). Examples of some of the claims found on your product label and websites that provide evidence that your product is intended for use as a drug include: On the label for your "Crossroads Wellness Beverage" product: "CROSSROADS was created specifically to pick you up. We' ve all been down before ... life kicks everyone. Whether it's withdrawals, a big night out, or just feeling burned out in general. lf you 're at a crossroads in life and want a change - not just to survive, but to live again - try CROSSROADS. On the "What is Crossroads?" page of www.crossroads2freeedom.com:
""")
add(id="ext-cdc-snakebite-newspaper-sidebar", url="https://www.yoursun.com/northport/news/woman-still-in-icu-after-snakebite/article_1b3b4582-fa43-11ed-9615-3f530d99ea35.html", source="Sun newspapers (North Port) sidebar reprinting CDC guidance", licence="public domain text (CDC, US government work) as reprinted in a newspaper sidebar; quoted excerpt for evaluation",
    title="What to do if a poisonous snake bites (sidebar to 'Woman still in ICU after snakebite')", audience="consumer", genre="news or research report", topic="venomous snakebite first aid", topic_kind="condition",
    W=True, reason="@acute", evidence=["Seek medical attention as soon as possible (dial 911 or call local Emergency Medical Services [EMS]).", "Do not wait for symptoms to appear if bitten, get medical help right away."],
    urgency="emergency", notes="the trigger is the bite itself (exposure), counted as in the rabies label",
    text=""" date 2023-05-24 What to do if a poisonous snake bites

People should take these steps if a snake bites them:

• Seek medical attention as soon as possible (dial 911 or call local Emergency Medical Services [EMS]).

• Antivenom is the treatment for serious snake envenomation. The sooner antivenom can be started, the sooner irreversible damage from venom can be stopped.

• Driving oneself to the hospital is not advised because people with snakebites can become dizzy or pass out.

• Try to take a photograph of the snake from a safe distance if possible. Identifying the snake can help with treatment of the snakebite.

• Keep calm.

• Apply first aid while waiting for EMS staff to get you to the hospital.

• Lay or sit down with the bite in a neutral position of comfort.

• Remove rings and watches before swelling starts.

• Wash the bite with soap and water.

• Cover the bite with a clean, dry dressing.

• Mark the leading edge of tenderness/swelling on the skin and write the time alongside it.

DO NOT DO THE FOLLOWING:

• Do not pick up the snake or try to trap it. NEVER handle a venomous snake, not even a dead one or its decapitated head.

• Do not wait for symptoms to appear if bitten, get medical help right away.

• Do not apply a tourniquet.

• Do not slash the wound with a knife or cut it in any way.

• Do not try to suck out the venom.

• Do not apply ice or immerse the wound in water.

• Do not drink alcohol as a painkiller.

• Do not take pain relievers (such as aspirin, ibuprofen, naproxen).

• Do not apply electric shock or folk therapies.

Source: Centers for Disease Control and Prevention, CDC.org.
""")
add(id="ext-nichd-preterm-labor-symptoms", url="http://www.nichd.nih.gov/health/topics/preterm/conditioninfo/Pages/symptoms.aspx", source="NIH Eunice Kennedy Shriver National Institute of Child Health and Human Development", licence=PD,
    title="What are the symptoms of preterm labor?", audience="consumer", genre="patient information", topic="preterm labor", topic_kind="condition",
    W=True, reason="@acute", evidence=["If a woman thinks that she might be having preterm labor, she should call her doctor or go to the hospital to be evaluated."],
    urgency="same-day", notes="symptom list precedes the action sentence (same reading as the MedlinePlus preterm-labor label); government-shutdown banner kept",
    text="""Because of a lapse in government funding, the information on this website may not be up to date, transactions submitted via the website may not be processed, and the agency may not be able to respond to inquiries until appropriations are enacted.

The NIH Clinical Center (the research hospital of NIH) is open. For more details about its operating status, please visit cc.nih.gov.

Updates regarding government operating status and resumption of normal operations can be found at OPM.gov.

What are the symptoms of preterm labor?

Preterm labor is any labor that occurs from 20 weeks through 36 weeks of pregnancy. Here are the symptoms1:

  • Contractions (tightening of stomach muscles, or birth pains) every 10 minutes or more often
  • Change in vaginal discharge (leaking fluid or bleeding from the vagina)
  • Feeling of pressure in the pelvis (hip) area
  • Low, dull backache
  • Cramps that feel like menstrual cramps
  • Abdominal cramps with or without diarrhea

It is normal for pregnant women to have some uterine contractions throughout the day. It is not normal to have frequent uterine contractions, such as six or more in one hour. Frequent uterine contractions, or tightenings, may cause the cervix to begin to open.

If a woman thinks that she might be having preterm labor, she should call her doctor or go to the hospital to be evaluated.

Citations

  1. March of Dimes. (2008, 2010). Preterm labor. Retrieved April 18, 2012, from http://www.marchofdimes.com/pregnancy/preterm_indepth.html external link
""")
add(id="ext-nichd-safe-to-sleep-about", url="https://safetosleep.nichd.nih.gov/about", source="NIH NICHD Safe to Sleep campaign", licence=PD,
    title="About the Safe to Sleep campaign", audience="consumer", genre="screening-prevention", topic="SIDS risk reduction campaign", topic_kind="prevention",
    W=False, reason="prevention campaign landing page", evidence=[], urgency="none", notes="",
    text="""The Safe to Sleep® campaign, led by the Eunice Kennedy Shriver National Institute of Child Health and Human Development (NICHD) in collaboration with other agencies and organizations, educates parents and caregivers about ways to protect babies during sleep by reducing the risk of Sudden Infant Death Syndrome (SIDS) and other sleep-related deaths. It began in 1994 as the Back to Sleep® campaign.
Learn about Sudden Infant Death Syndrome (SIDS) and how to reduce SIDS risk.
Other sleep-related infant deaths are those linked to how or where a baby sleeps or slept. These deaths are different from SIDS. Learn more.
Learn more about what scientist think the causes and contributes to SIDS and what factors may increase SIDS risk.
Check out the scientific evidence about risk factors for sleep-related deaths, including SIDS, and some ways to reduce them.
People often use these words and phrases to talk about the death of a baby during sleep.
Get data and statistics about infant deaths, including SIDS and other sleep-related infant deaths.
""")
add(id="ext-wikipedia-safe-to-sleep-copy", url="https://review.clateway.com/wiki/view_html.php?q=Safe_to_Sleep&sq=Qlik", source="Wikipedia article 'Safe to Sleep' (copy on a mirror site)", licence="CC BY-SA (Wikipedia contributors)",
    title="Safe to Sleep", audience="consumer", genre="other", topic="SIDS prevention campaign (encyclopedia)", topic_kind="prevention",
    W=False, reason="encyclopedia stub about a campaign", evidence=[], urgency="none", notes="",
    text="""Safe to Sleep

A plot of SIDS rate from 1988 to 2006

The Safe to Sleep campaign, formerly known as the Back to Sleep campaign,[1] is an initiative backed by the US National Institute of Child Health and Human Development (NICHD) at the US National Institutes of Health to encourage parents to have their infants sleep on their backs (supine position) to reduce the risk of sudden infant death syndrome, or SIDS. The target age group of the campaign is 0–1 years of age, because this is when babies are at the greatest risk of experiencing SIDS.[2] Since "Safe to Sleep" was launched in 1994, the incidence of SIDS has declined by more than 50%.[2] However, there has been a rise in infant sleep-related suffocation events. Consequently, the campaign has broadened its goal to focus on safe sleep conditions and further preventative measures.

  1. ^ Safe to Sleep Public Education Campaign
  2. ^ a b "Safe to Sleep".
""")
add(id="ext-fda-medwatch-alerts-mar-2014", url="http://www.fda.gov/ForConsumers/ConsumerUpdates/ucm392902.htm", source="FDA Consumer Update", licence=PD,
    title="FDA's MedWatch Safety Alerts: March 2014", audience="consumer", genre="other", topic="product safety alerts (monthly roundup)", topic_kind="other",
    W=False, reason="monthly roundup of recalls and alerts (listing page)", evidence=[], urgency="emergency",
    notes="penicillin-in-homeopathic-product item is an allergy (anaphylaxis) risk; excerpt cut before the recommendation",
    text="""For Consumers

FDA's MedWatch Safety Alerts: March 2014

MedWatch Logo

Red envelope icon for Govdelivery Get Consumer Updates by E-mail

RSS feed orange symbol Consumer Updates RSS Feed

 On This Page:

After products approved by the Food and Drug Administration (FDA) are on the market, the agency continues to monitor them for problems.

FDA encourages health care professionals and consumers to report problems with regulated products including

  • unexpected and undesirable side effects
  • quality problems, such as a drug with an unusual odor or color, or a device with defective parts
  • unclear or confusing instructions
  • failure to deliver the expected benefit.

Report problems to FDA's MedWatch Adverse Event Reporting Program either online, by regular mail, by fax, or by phone.

MedWatch reports can signal a safety problem and may lead to FDA action to protect the public from harm, serious illness or death.

Here are some of the most recent safety alerts and ongoing safety reviews prompted by reports FDA has received through MedWatch.

back to top 

Recall: Homeopathic Drug Contains Penicillin

Terra-Medica, Inc. has recalled 56 lots of Pleo-FORT, Pleo-QUENT, Pleo-NOT, Pleo-STOLO, Pleo-NOTA-QUENT, and Pleo-EX homeopathic drug products in liquid, tablet, capsule, ointment and suppository forms. (The practice of homeopathy is based on the belief that disease symptoms can be cured by small doses of substances that produce similar symptoms in healthy people.) FDA has determined that these Terra-Medica products—marketed for a variety of purposes—could potentially contain penicillin or derivatives of penicillin, which may be produced during a fermentation process.

Pleo homeopathic drugs have a label stating “Distributed by SANUM USA Corp.” The affected products were distributed nationwide. Click here for a complete listing of products affected by this recall.

Risk: For consumers who are allergic to antibiotics, even at low levels, the exposure
""")
