OGL = "Open Government Licence v3.0 presumed (UK public-sector information; attribute the publisher; not verified on the page)"
add(id="ext-uk-hillingdon-heatwave", url="https://pre.hillingdon.gov.uk/emergency-planning/heatwave/2", source="London Borough of Hillingdon (council)", licence=OGL,
    title="Heatwave: Looking after yourself and others", audience="consumer", genre="screening-prevention", topic="heat-related illness", topic_kind="prevention",
    W=True, reason="consumer heat-health page; readers need to know when heat illness needs help",
    evidence=["Most people should start to recover within 30 minutes; if not, you should seek medical help.", "Call 111 if you feel unusual symptoms, or if symptoms persist."],
    urgency="emergency", notes="prompt-level evidence only; heatstroke signs are not listed and the 999 sentence names the condition, not signs",
    text="""Looking after yourself and others
- Stay hydrated - always carry water with you and drink regularly even if you do not feel thirsty. Try to avoid alcohol, tea and coffee, as they can make dehydration worse.
- Wear protective clothing - where possible, wear loose fitting clothing, a hat and sunglasses.
- Generously apply sunscreen - cover all exposed skin using a sun protection factor of at least 15. Re-apply every 2 hours - even on cloudy days - and after swimming or towelling.
- Seek shade - stay in the shade when appropriate, especially between 11am and 3pm when the sun's UV rays are at their strongest.
- Avoid strenuous activity - avoid taking part in outdoor activities, such as sports, DIY or gardening - do these activities during the cooler parts of the day, such as early morning.
- Stay cool indoors - stay in the coolest rooms of your house, keeping curtains closed. Open windows in different locations throughout your home, leaving doors open (if possible) to create a breeze throughout the house, which will aid the cooling process. Turn off non-essential lights and electrical equipment, as they generate heat. Electric fans may provide some relief, if temperatures are below 35°C.
- Look out for the signs of heat-related harm - if you feel dizzy, weak or have intense thirst and a headache, move to a cool place as soon as possible. Drink some water or diluted fruit juice to rehydrate. Avoid excess alcohol. If you have painful muscular spasms (particularly in the legs, arms, or abdomen), rest immediately in a cool place and drink electrolyte drinks. Most people should start to recover within 30 minutes; if not, you should seek medical help. Call 111 if you feel unusual symptoms, or if symptoms persist. If a person develops any signs of heatstroke, call 999.
Read more advice on how to cope in hot weather
Contact your doctor, pharmacist or NHS direct if you have any concerns about your health, skin or the effects of heat.
""")
add(id="ext-phw-extreme-heat-keeping-cool", url="https://publichealthwales.nhs.wales/services-and-teams/environmental-public-health/weather-and-health1/extreme-hot-weather/extreme-hot-weather-accordion/keeping-cool",
    source="Public Health Wales (NHS Wales)", licence=OGL, title="Extreme hot weather: keeping cool", audience="consumer", genre="screening-prevention", topic="keeping cool in hot weather", topic_kind="prevention",
    W=True, reason="consumer heat-health page; readers need to know when heat illness needs help", evidence=[], urgency="emergency",
    notes="only 'if you are concerned about ... symptoms' (no signs named) before NHS 111 / 999; excerpt cut at 'If you or others feel'",
    text="""Stay out of the heat
- Try to stay indoors or in the shade, especially between 11am and 3pm
- Avoid outdoor activities such as sport, DIY or gardening. If this is not possible, do it early in the morning or later in the evening.
- Use at least sun protection factor (SPF) 30 sunscreen with at least 4-star UVA protection.
- Wear clothes that provide sun protection such as long-sleeved tops or other light-coloured, loose-fitting clothes
- Wear a wide-brimmed hat to protect your face, eyes, head and ears and sunglasses to protect your eyes.
- Drink plenty of water throughout the day. Avoid alcohol, caffeine, hot and sugary drinks because they can dehydrate you.
Keep your home cool
- Close blinds and curtains on windows that are in direct sunlight during the day.
- Move to a cooler part of the house, especially for sleeping.
- Open windows (if it is safe to) when the air feels cooler outside than inside, for example at night, and try to get air flowing through your home.
- Use electric fans if the air temperature is below 35°C (above this temperature, they may not help to cool the space), but do not aim the fan directly at your body as this can lead to dehydration.
- Check that any heating is turned off.
- Turn off lights and electrical equipment that are not in use.
- Go outside if it is cooler in the shade.
Look out for others
- Check on family, friends and neighbours. Keep an eye on children, babies, older people, people who are ill or those who live on their own.
- Make sure that babies, children, older people and pets are not left alone in parked cars or other closed spaces.
- If you are concerned about yours or someone else’s symptoms seek medical advice by contacting NHS 111. In an emergency dial 999.
If you have a health problem
- You should continue taking all of your prescribed medicines unless advised not to by a health professional.
- Some medicines need to be stored below 25°C or in the fridge (check the instructions on the packet)
If you or others feel 
""")
add(id="ext-uk-oldham-heatwaves", url="https://oldham.gov.uk/info/200578/emergencies/888/heatwaves", source="Oldham Council", licence=OGL,
    title="Heatwaves", audience="consumer", genre="screening-prevention", topic="heatwave advice", topic_kind="prevention",
    W=False, reason="council prevention checklist that points to NHS advice; warning signs not expected on the council page", evidence=[], urgency="emergency",
    notes="hard call: heat pages from health bodies are labelled warranted; this council page only lists precautions and links out",
    text="""Heatwave advice
- Try to keep out of the sun between 11am and 3pm.
- If you have to go out in the heat, wear sunscreen, walk in the shade and wear a hat.
- Wear light, loose-fitting cotton clothing.
- Avoid physical exertion.
- Drink lots of cold drinks and avoid excess alcohol, caffeine and hot drinks.
- Eat cold foods, especially salads and fruit with high water content.
- To cool yourself down, take a cool shower or bath, sprinkle water over the skin or clothing, or keep a damp cloth on the back of your neck.
- Never leave anyone in a closed, parked vehicle, especially infants, young children or animals
People at risk:
Look out for others, especially vulnerable groups such as:
- Older people, especially older women and those over 75.
- Babies and young children.
- People with serious mental health problems.
- People on certain medication.
- People with a serious chronic condition, particularly breathing or heart problems.
- People who already have a high temperature from an infection.
- People who misuse alcohol or take illicit drugs.
- People with mobility problems.
- People who are physically active, like manual workers and sportsmen and women.
Further advice
Download advice about caring for yourself and others during a heatwave.
- Heatwave: how to cope in hot weather - NHS website
""")
add(id="ext-uk-hart-hot-weather-alert", url="https://www.hart.gov.uk/the-council/news/met-office-hot-weather-alert-0", source="Hart District Council (news)", licence=OGL,
    title="Met Office: Hot weather alert", audience="consumer", genre="news or research report", topic="hot weather alert", topic_kind="prevention",
    W=False, reason="council news item relaying a weather alert with precautions", evidence=[], urgency="emergency",
    notes="'call a doctor or social services if someone is unwell' names no signs",
    text="""Met Office: Hot weather alert

Hot weather advice

Help to prevent heat-related illnesses by following the advice below:

Stay out of the heat: Keep out of the sun between 11am and 3pm. If you have to go out in the heat, walk in the shade, apply sunscreen and wear a hat and light scarf and avoid extreme physical exertion.

Cool yourself down: Have plenty of cold drinks, but avoid caffeine and alcohol. Eat cold foods, particularly salads and fruit with a high water content. Take a cool shower, bath or body wash by sprinkling water over the skin or clothing, or keep a damp cloth on the back of your neck.

Keep your environment cool: Keep windows that are exposed to the sun closed during the day, and open windows at night when the temperature has dropped. Have your loft and cavity walls insulated – this keeps the heat in when it is cold and out when it is hot.

Look out for others: Keep an eye on isolated, elderly, ill or very young people and make sure they are able to keep cool. Ensure that babies, children or elderly people are not left alone in stationary cars. Check on elderly or sick neighbours, family or friends every day during a heat wave and be alert and call a doctor or social services if someone is unwell or further help is needed.

For further heatwave health advice, which is especially important to groups that might be at more at risk during high temperatures, please see the NHS website.
""")
add(id="ext-uk-centralbeds-beat-the-heat", url="https://centralbedfordshire.gov.uk/info/117/summer_weather/964/beat_the_heat_-_coping_with_heat", source="Central Bedfordshire Council", licence=OGL,
    title="Beat the heat - coping with heat", audience="consumer", genre="screening-prevention", topic="coping with hot weather", topic_kind="prevention",
    W=False, reason="council landing page summarising linked heat pages", evidence=[], urgency="emergency",
    notes="'Be aware of signs of heat-related illness ... Call NHS 111 or in an emergency 999' names no signs; landing page",
    text="""Although most of us welcome the summer sun, high temperatures can be harmful to your health. The heat can affect anyone, but some people run a greater risk of serious harm.
It is therefore important that you know what actions to take to keep yourself and others safe from high temperatures.
These pages will tell you how to stay safe in hot weather, including how to keep your home cool. It tells you who is at greatest risk of ill health from the heat, how to recognise when you or someone’s health may be affected, and what to do if you or someone else becomes unwell as a result of the heat.
Stay cool at home
Some of us will spend more time at home this summer. Know how to keep your home cool.
Stay cool, keep well
Drink plenty of fluids and avoid excess alcohol. Slow down when it is hot. Stay connected, listen to the forecast.
Cooler, safer places
Find somewhere cool to rest, indoors or outdoors. Self-isolate at home if advised to do so. Use cool spaces considerately, keep your distance.
Watch out!
Be aware of signs of heat-related illness. Cool your skin with water, slow down and drink water. Stay safe when swimming. Get help. Call NHS 111 or in an emergency 999.
For more information visit the NHS Heatwave website.
Beat the heat checklist
This helps you to identify if a home may be at risk of overheating and if occupants there may be at risk of ill health from overheating. The second part details how to reduce overheating and where to get help.
Download the beat the heat checklist
""")
add(id="ext-nia-falls-fractures-newspaper", url="https://www.peoplesdefender.com/2022/10/02/falls-and-fractures-causes-and-prevention/", source="The People's Defender (newspaper) reprinting NIH National Institute on Aging text", licence="public domain text (NIA, US government work) as reprinted by a local newspaper",
    title="Falls and fractures: causes and prevention", audience="consumer", genre="screening-prevention", topic="falls and fractures in older adults", topic_kind="prevention",
    W=False, reason="fall-prevention article; compare the existing MedlinePlus 'Falls' label", evidence=[], urgency="emergency",
    notes="hard call: head injury after a fall is a red-flag topic, but the text is prevention only",
    text=""" date 2022-10-02 By Teresa Carr

From the NIH-National Institute on Aging-

A simple accident like tripping on a rug or slipping on a wet floor can change your life. If you fall, youcould break a bone, which thousands of older adults experience each year. For older people, a brokenbone can also be the start of more serious health problems and can lead to long-term disability. The riskof falling — and fall-related problems — rises with age. However, many falls can be prevented. Forexample, exercising, managing your medications, having your vision checked, and making your homesafer are all steps you can take to prevent a fall.

Many older adults fear falling, even if they haven’t fallen before. This fear may lead them to avoidactivities such as walking, shopping, or taking part in social activities. But staying active is important tokeeping your body healthy and actually helps to prevent falls

Steps to take to prevent falls. If you take care of your overall health, you may have a lower chance offalling. Most of the time, falls and accidents don’t just happen for no reason. Here are a few tips to helplessen your risk of falls and broken bones, also known as fractures:

• Stay physically active. Plan an exercise program that is right for you. Regular exercise improvesmuscles and makes you stronger.

• Try balance and strength training exercises. Yoga, Pilates, and tai chi can all improve balance andmuscle strength.

• Have your eyes and hearing tested. Even small changes in sight and hearing are linked to anincreased risk for falls. When you get new eyeglasses or contact lenses, take time to get used to them.

• Find out about the side effects of any medicines you take. If a drug makes you sleepy or dizzy, tell your doctor or pharmacist.

• Get enough sleep. If you are tired, you are more likely to fall.

• Avoid or limit alcohol. Too much alcohol can lead to balan
""")
add(id="ext-healthmil-news-page-11", url="https://health.mil/News/Articles?newsVector=01000100&broadVector=000&refVector=0000000000000000&page=11", source="Military Health System (health.mil)", licence=PD,
    title="Military Health System news articles (page 11)", audience="consumer", genre="news or research report", topic="military health news (listing)", topic_kind="other",
    W=False, reason="news listing page", evidence=[], urgency="none", notes="",
    text="""An official website of the United States government
Official websites use .mil A .mil website belongs to an official U.S. Department of Defense organization.
Secure .mil websites use HTTPSA lock ( Lock Locked padlock icon ) or https:// means you’ve safely connected to the .mil website. Share sensitive information only on official, secure websites.
Jul
10
17
Cancer Survivor, Soldier, Athlete Praises Military Health System Healthcare Team, ‘My Coaches’
U.S. Army Sgt. 1st Class David Hong, a cancer survivor, father, husband, and athlete, looks back on his healthcare journey on his way to the 2025 Department of Defense Warrior Games.
Health.mil has undergone a recent update. For the best user experience we recommend clearing your browser cache.
The Military Health System is an interconnected network of service members whose mission is to support the lives and families of those who support our country. Everyday in the MHS advancements are made in the lab, in the field, and here at home. These are just a few articles highlighting those accomplishments that don't always make it to the front page of local papers.
If you're having trouble finding what you're looking for, consider using fewer words in your search criteria. Results are limited to content that matches all terms in the search field.
We found - potentially matching ""
Advanced Search Options
This study applies the same methods as study of 10 million U.S. women to reveal trends in cervical cancer screening among active component service women in response to 2012 guideline changes and compares Military Health System trends to reported trends in the U.S. population.
The Military Health System Awards recognized excellence in military medicine during a ceremony at the 2025 MHS Conference held in Cleveland, Ohio, on April 30.
U.S. Navy Petty Officer First Class Jonathan Shumaker, Uniformed Services University non-commissioned officer, is recognized for outstanding service to the Department of Defense.
For Mental 
""")
add(id="ext-healthmil-mental-health-is-health", url="https://www.health.mil/News/In-the-Spotlight/Mental-Health-is-Health?type=Articles", source="Military Health System (health.mil)", licence=PD,
    title="Mental Health is Health", audience="consumer", genre="coping-support", topic="mental health resources for military families", topic_kind="other",
    W=True, reason="consumer mental-health resource page; crisis help expected", evidence=[], urgency="emergency",
    notes="hard call: resource/portal page (compare existing 'Mental Health' not warranted vs 'Teen Mental Health' warranted); no crisis line in the stored excerpt",
    text="""Skip to main content

Military Health System

Test of Sitewide Banner

This is a test of the sitewide banner capability. In the case of an emergency, site visitors would be able to visit the news page for addition information.

Mental Health is Health

The Military Health System has many resources available to help service members, families, or veterans who are struggling with mental health challenges.

Military families' lives are generally very different from others. Service members may be subject to frequent relocations, deployments, and stressful experiences due to combat and time away from their families. Families cope with additional stressors when their loved ones are deployed, managing family life on the home front. Traumatic events such as combat, assault, or disasters can have long-lasting negative effects like trouble sleeping, increased anger, nightmares, anxiety, and alcohol and drug abuse.

Everyone reacts to stress and traumatic experiences differently, and while some have reactions that can be seen as normal responses to life events, others may experience signs or symptoms of more serious conditions.

Mental Health is Health

Get the Care You Need

TRICARE covers a wide range of mental health services and you can find services locally at your military hospital or clinic and within the military community.

See What TRICARE CoversGoes to TRICARE.mil Find Your Military Hospital or ClinicGoes to the MTF Locator

You are not alone.

If you're concerned that you or a loved one may be experiencing mental illness, you are not alone. Mental health is an important part of overall health and well-being, yet mental illness affects millions of people worldwide. Mental health disorders include anxiety, depression, seasonal affective disorder, or more serious illnesses as bipolar disorder, major depression, schizophrenia, PTSD, and more. Unfortunately, most people with mental illness do not receive mental health services that they need.

Do what feels right for you
""")
add(id="ext-pdhealth-healthcare-services", url="http://www.pdhealth.mil/topics/accessing-mental-health-care/healthcare-services-service-members-families-and-veterans", source="Deployment Health Clinical Center (pdhealth.mil, DoD)", licence=PD,
    title="Healthcare Services for Service Members, Families, and Veterans", audience="consumer", genre="other", topic="finding military treatment facilities", topic_kind="other",
    W=False, reason="service directory page", evidence=[], urgency="none", notes="",
    text="""Healthcare Services for Service Members, Families, and Veterans

Military Health System

The Military Health System (MHS) supports the military mission by fostering, protecting, sustaining and restoring health for active-duty personnel, retirees, survivors and their dependents. It also provides the direction, resources, health care providers and other means necessary for promoting the health of the beneficiary population. Components of the system include Army, Air Force and Navy medical treatment facilities and the TRICARE program.

Locating a Military Medical Treatment Facility

TRICARE Military Treatment Facilities (MTF) Locator lists MTFs with addresses and phone numbers. The list can be sorted alphabetically, regionally, or by state. The list can also be searched by facility name, region, state/country, specialty, service and type of facility (clinic, hospital, medical center). All of the facilities listed serve active-duty service members and their family members.

  • Air Force Military Treatment Facility Locator provides information on the 63 medical facilities in the continental United States and 12 medical facilities at overseas locations.
  • Army Treatment Facilities has information from the U.S. Army website on major Army Medical Department facilities organized by Regional Medical Command.
    • Army Behavioral Health offers specific information about the Behavioral Health Data Portal, child, adolescent, and family behavioral health services, embedded behavioral health providers, the Family Advocacy Program, marriage and family therapy program, and tele-behavioral health. 
  • Navy Treatment Facilities provides information from the Navy Medicine website on Navy medical and dental centers organized by type.


TRICARE serves active-duty service members, retirees, their families, survivors and certain former spouses worldwide. It offers both managed-care and fee-for-service options. TRICARE managed-care providers include providers at the MTFs and a
""")
add(id="ext-fda-medwatch-alerts-june-2013", url="http://www.fda.gov/ForConsumers/ConsumerUpdates/ucm362871.htm", source="FDA Consumer Update", licence=PD,
    title="FDA's MedWatch Safety Alerts: June 2013", audience="consumer", genre="other", topic="product safety alerts (monthly roundup)", topic_kind="other",
    W=False, reason="monthly roundup of recalls and alerts (listing page); per-item advice rather than document-level red flags", evidence=[], urgency="same-day",
    notes="hard call: the mislabeled-aspirin item describes liver-damage risk; excerpt cut before the recommendation",
    text="""For Consumers

FDA's MedWatch Safety Alerts: June 2013

MedWatch Logo

Red envelope icon for Govdelivery Get Consumer Updates by E-mail

RSS feed orange symbol Consumer Updates RSS Feed

 On This Page:

After products approved by the Food and Drug Administration (FDA) are on the market, the agency continues to monitor them for problems.

FDA encourages health care professionals and consumers to report problems with medical products, including

  • unexpected and undesirable side effects
  • quality problems, such as a drug with an unusual odor or color, or a device with defective parts
  • unclear or confusing instructions
  • failure to deliver the expected benefit.

Report problems to FDA's MedWatch Adverse Event Reporting Program either online, by regular mail, by fax, or by phone.

  • Online
  • Regular Mail: Use postage-paid, pre-addressed FDA form 3500
  • Fax: 800-FDA-0178
  • Phone: 800-332-1088

MedWatch reports can signal a safety problem and may lead to FDA action to protect the public from harm, serious illness or death.

Here are some of the most recent safety alerts and ongoing safety reviews prompted by reports FDA has received through MedWatch.

back to top 

Mislabeled Aspirin Increases Risk of Liver Damage

FDA is alerting consumers, pharmacy and health care professionals to a nationwide recall of one lot of 81 mg Enteric Coated Aspirin Tablets because of the possibility that the tablets in these bottles may actually contain tablets with 500 mg of acetaminophen, the active ingredient in other pain relievers such as Tylenol. The aspirin, intended for the treatment of minor aches and pains, was manufactured and packaged by Advance Pharmaceutical Inc. under the label of Rugby Laboratories.

Risk: Consumers who inadvertently take 500 mg of acetaminophen are at risk of sev
""")
add(id="ext-fda-medwatch-alerts-dec-2013", url="http://www.fda.gov/ForConsumers/ConsumerUpdates/ucm382793.htm", source="FDA Consumer Update", licence=PD,
    title="FDA's MedWatch Safety Alerts: December 2013", audience="consumer", genre="other", topic="product safety alerts (monthly roundup)", topic_kind="other",
    W=False, reason="monthly roundup of recalls and alerts (listing page)", evidence=[], urgency="prompt",
    notes="Hydravax item lists dehydration/electrolyte symptoms without telling readers what to do (cut)",
    text="""For Consumers

FDA's MedWatch Safety Alerts: December 2013

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

Recall: Hydravax May Contain Undeclared Drug Ingredient

IQ Formulations is recalling all lots of its 45-capsule bottles of Hydravax—marketed as a solution to water retention—because a sample tested positive for an unlisted ingredient. FDA tested a sample from one lot of Hydravax and found it contained a diuretic. Diuretics are prescription drugs and increase urination and push water and minerals known as electrolytes from the body.
The recalled Hydravax was distributed nationwide in retail stores and by mail order. Production of the product has been suspended while the company continues its investigation into the source of the unlisted ingredient.

Risk: Possible effects of using a diuretic include an electrolyte imbalance or dehydration due to water loss. Symptoms include: excessive urination, nausea, vomiting, physical and mental weakness, fever, flushed face and hyperactive deep tendon re
""")
add(id="ext-hhs-substance-abuse-factsheet-2006", url="http://www.hhs.gov/news/factsheet/subabuse.html", fetched_from="https://webarchive.library.unt.edu/eot2008/20080916181611/http://www.hhs.gov/news/factsheet/subabuse.html",
    source="US Department of Health and Human Services (archived fact sheet)", licence=PD, title="Substance Abuse -- A National Challenge: Prevention, Treatment and Research at HHS", audience="consumer", genre="statistics",
    topic="substance abuse programmes and statistics", topic_kind="other", W=False, reason="press fact sheet with budget and survey statistics", evidence=[], urgency="none", notes="",
    text="""Skip Navigation

Department of Health and Human Services

Fact Sheet

FOR IMMEDIATE RELEASE
Jan 13, 2006

Contact: HHS Press Office
(202) 690-6343

SUBSTANCE ABUSE -- A NATIONAL CHALLENGE: PREVENTION, TREATMENT AND RESEARCH AT HHS

Overview: In 2004, nearly 19 million Americans ages 12 and older were using illicit drugs -- about 8 percent of the population. Each year, drug and alcohol abuse contributes to the death of more than 120,000 Americans. According to the Office of National Drug Control Policy, drugs and alcohol cost taxpayers more than $328 billion annually in preventable health care costs, extra law enforcement, auto crashes, crime and lost productivity. The Department of Health and Human Services (HHS) plays a key role in the Administration's substance abuse strategy, leading the Federal government's programs in drug abuse research and funding programs, and in campaigns aimed at prevention and treatment, particularly programs for youth. While overall use of drugs in the United States fell by more than 50 percent between 1979 and 1992, drug use among adolescents increased during the early 1990s. Since 1996, drug use by youth has leveled off, but in 2004 there were still nearly 1.4 million youth under age 18 who had tried marijuana for the first time within the past year.

The fiscal year 2006 budget includes $2.4 billion for substance abuse treatment and prevention programs. In addition, the 2006 budget includes $1 billion for substance abuse treatment and prevention research.

RECENT FINDINGS FROM HHS SUBSTANCE ABUSE SURVEYS

HHS tracks the nation's substance abuse patterns through six major surveys: the Drug Abuse Warning Network (DAWN), the Drug and Alcohol Services Information System (DASIS), the National Survey on Drug Use and Health (NSDUH), the Monitoring the Future Survey (MTF), the National Epidemiologic Survey on Alcohol and Related Conditions (NESARC) and the Youth Risk Behavior Survey (YRBS). Information from thes
""")
add(id="ext-cdc-epic-travelers-health-webinar", url="https://emergency.cdc.gov/epic/learn/webinar_20180522_transcript.asp", source="CDC Emergency Partners Information Connection (webinar transcript)", licence=PD,
    title="Travelers' Health webinar transcript (May 22, 2018)", audience="professional", genre="other", topic="travelers' health (partner webinar)", topic_kind="other",
    W=False, reason="partner webinar transcript about CDC programmes", evidence=[], urgency="none", notes="audience: public-health partners",
    text=""">> Good afternoon. Thank you very much for having us. We certainly appreciate the opportunity to talk to you today about travelers’ health. So what we’d like to cover in the course of the next 45 minutes is to increase your awareness of the importance of travel health concerns, to teach travelers some steps they can take before travel and how to stay healthy during travel, and also to learn a little bit more about the resources that CDC offers to both travelers and their clinicians. So the mission of the CDC’s Travelers’ Health Branch is to reduce the illness and injury in US residents traveling internationally or living abroad. The branch is engaged in a number of different activities. We study and monitor illness and injury amongst travelers. We monitor disease outbreaks around the world and other health threats that may affect travelers. And then we provide health advice, including vaccine recommendations and requirements. We deliver health communications and education to a variety of ordinances in different formats, and Kelly will be talking to you about that a little bit later. And we develop and distribute event-specific advice during emergency responses. So this is an interesting slide. The red line indicates the time it took for people to circumnavigate the world. So in 1850 it took about a year to circumnavigate the globe. But over the course of the next 150 years, you can see that time decreased until about the 1950’s when one could get from any place on the globe to another in a matter a day or two. At the same time, the green line indicates the world population. And from 1850’s we were down to less than a 1 billion people, and the steady increase over the next 150 years, we’re now sitting over 6 or 7 billion people. Next slide, please. So this is another indication of the interactivity between places on the globe and how people can move from one place to another in just a matter of days. These are airline routes back in 2012 which indicate 
""")
add(id="ext-samhsa-national-helpline", url="https://www.samhsa.gov/find-help/national-helpline", fetched_from="https://app.altruwe.org/proxy?url=https%3A%2F%2Fwww.samhsa.gov%2F%2Ffind-help%2Fnational-helpline",
    source="SAMHSA", licence=PD, title="SAMHSA’s National Helpline", audience="consumer", genre="coping-support", topic="treatment referral helpline", topic_kind="other",
    W=False, reason="helpline service FAQ; referral information, not an acute topic", evidence=[], urgency="none", notes="trap: helpline numbers present, but no warning signs",
    text="""SAMHSA’s National Helpline
SAMHSA’s National Helpline is a free, confidential, 24/7, 365-day-a-year treatment referral and information service (in English and Spanish) for individuals and families facing mental and/or substance use disorders.
Frequently Asked Questions
SAMHSA’s National Helpline, 1-800-662-HELP (4357) (also known as the Treatment Referral Routing Service), or TTY: 1-800-487-4889 is a confidential, free, 24-hour-a-day, 365-day-a-year, information service, in English and Spanish, for individuals and family members facing mental and/or substance use disorders. This service provides referrals to local treatment facilities, support groups, and community-based organizations.
Also visit the online treatment locator, or send your zip code via text message: 435748 (HELP4U) to find help near you. Read more about the HELP4U text messaging service.
The service is open 24/7, 365 days a year.
In 2020, the Helpline received 833,598 calls. This is a 27 percent increase from 2019, when the Helpline received a total of 656,953 calls for the year.
The referral service is free of charge. If you have no insurance or are underinsured, we will refer you to your state office, which is responsible for state-funded treatment programs. In addition, we can often refer you to facilities that charge on a sliding fee scale or accept Medicare or Medicaid. If you have health insurance, you are encouraged to contact your insurer for a list of participating health care providers and facilities.
The service is confidential. We will not ask you for any personal information. We may ask for your zip code or other pertinent geographic information in order to track calls being routed to other offices or to accurately identify the local resources appropriate to your needs.
No, we do not provide counseling. Trained information specialists answer calls, transfer callers to state services or other appropriate intake centers in their states, and connect them with local assistance and supp
""")
add(id="ext-nih-directors-blog-twins-study", url="https://directorsblog.nih.gov/tag/aging/", source="NIH Director's Blog", licence=PD,
    title="NASA Twins Study Reveals Health Effects of Space Flight (tag page: aging)", audience="consumer", genre="news or research report", topic="space flight and health research", topic_kind="other",
    W=False, reason="@news", evidence=[], urgency="none", notes="",
    text="""Skip to main content

aging

NASA Twins Study Reveals Health Effects of Space Flight

Posted on by

Sending one identical twin into space while the other stays behind on Earth might sound like the plot of a sci-fi thriller. But it’s actually a setup for some truly fascinating scientific research!

As part of NASA’s landmark Twins Study, Scott Kelly became the first U.S. astronaut to spend nearly a year in “weightless” microgravity conditions aboard the International Space Station. Meanwhile, his identical twin, retired astronaut Mark Kelly, remained earthbound. Researchers put both men—who like all identical twins shared the same genetic makeup at birth—through the same battery of biomedical tests to gauge how the human body responds to life in space. The good news for the future of space travel is that the results indicated that health is “mostly sustained” during a prolonged stay in space.

Reporting in the journal Science, the Twins Study team, which included several NIH-funded researchers, detailed many thousands of differences between the Kelly twins at the molecular, cellular, and physiological levels during the 340-day observation period. However, most of Scott’s measures returned to near pre-flight levels within six months of rejoining Mark on Earth.

Over the past nearly 60 years, 559 people have flown in space. While weightless conditions are known to speed various processes associated with aging, few astronauts have remained in space for more than a few months at a time. With up to three year missions to the moon or Mars planned for the future, researchers want to get a better sense of how the human body will hold up under microgravity conditions for longer periods.
""")
add(id="ext-wikipedia-medical-emergency-copy", url="http://www.thefullwiki.org/Medical_emergency", source="Wikipedia article 'Medical emergency' (copy on thefullwiki.org)", licence="CC BY-SA 3.0 (Wikipedia contributors)",
    title="Medical emergency", audience="consumer", genre="other", topic="medical emergencies (encyclopedia)", topic_kind="other",
    W=False, reason="encyclopedia article about emergency care in general; no specific condition", evidence=[], urgency="none",
    notes="hard call: describes calling an emergency number but names no signs; mirror-site header kept",
    text="""The Full Wiki

Medical emergency: Wikis


Note: Many of our articles have direct quotes from sources you can cite, within the Wikipedia article! This article doesn't yet, but we're working on it! See more info or our list of citable articles.


From Wikipedia, the free encyclopedia

A medical emergency is an injury or illness that is acute and poses an immediate risk to a person's life or long term health. These emergencies may require assistance from another person, who should ideally be suitably qualified to do so, although some of these emergencies can be dealt with by the victim themselves. Dependent on the severity of the emergency, and the quality of any treatment given, it may require the involvement of multiple levels of care, from a first aider to an emergency physician through to specialist surgeons.

Any response to an emergency medical situation will depend strongly on the situation, the patient involved and availability of resources to help them. It will also vary depending on whether the emergency occurs whilst in hospital under medical care, or outside of medical care (for instance, in the street or alone at home).



For emergencies starting outside of medical care, a key component of providing proper care is to summon the emergency medical services (usually an ambulance), by calling for help using the appropriate local emergency telephone number, such as 999, 911, 112, 000 or 111. After determining that the incident is a medical emergency (as opposed to, for example, a police call), the emergency dispatchers will generally run through a questioning system such as AMPDS in order to assess the priority level of the call, along with the caller's name and location.

Those trained to perform first aid can act within the bounds of the knowledge they have, whilst awaiting the next level of definitive care. Those who are not able to perform first aid can also assist by remaining calm and staying with the injured or ill person. A common complaint of emergenc
""")
