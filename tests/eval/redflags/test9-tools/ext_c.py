# batch c: council heat notices, Wikipedia mirrors, genetics, statistics
add(id="t9-westminster-keeping-cool-2019", group="urgent", url="https://www.westminster.gov.uk/advice-keeping-cool-temperatures-soar", source="Westminster City Council, news", licence=OGL,
    title="Advice on keeping cool as temperatures soar", audience="consumer", genre="screening-prevention", topic="heatwave advice to residents", topic_kind="prevention",
    W=True, reason="public heatwave warning; readers need the signs of heat illness that need help (heat-alert convention)", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the whole news item (with the site's COVID banner)",
    evidence=[],
    notes="complete notice; tips and 'check on elderly or sick neighbours' only, no heat-illness signs or when to get help (refers to PHE and NHS tips); complete-text omission",
    text="""For the latest advice about COVID-19, how services are affected and how the council is responding, visit our Coronavirus pages.

Advice on keeping cool as temperatures soar

Tue, 23/07/2019

Temperatures are set to soar this week and it is forecast to be at least 30 degrees Celsius for several days, with isolated thunderstorms a possibility later in the week.

To help people stay safe in the heatwave we are advising them to think about staying out of the heat, find ways of keeping themselves and their living spaces cool, and look out for neighbours, friends and relatives who may be less able to look after themselves.

Some top tips include:

  • if possible try and stay out of the sun during the hottest parts of the day
  • if you do have to go out in the sun, walk in the shade, apply sunscreen and wear a hat and light scarf
  • have plenty of cold drinks, and avoid excess alcohol, caffeine and hot drinks
  • ensure that babies, children or elderly people (not forgetting animals) are not left alone in stationary cars
  • check on elderly or sick neighbours, family or friends every day during a heatwave

Both Public Health England and NHS have further tips on how to cope in the hot weather.

Last updated: 23 July 2019""")
add(id="t9-salford-hot-weather-advice", group="urgent", url="https://www.salford.gov.uk/health-and-social-care/hot-weather-advice/", source="Salford City Council, health and social care pages", licence=OGL,
    title="Hot weather advice", audience="consumer", genre="screening-prevention", topic="hot weather and heatwave advice", topic_kind="prevention",
    W=True, reason="public heat-health page; readers need the signs of heatstroke and when to act (heat-alert convention)", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the page text up to its 'last updated' line (the tips list itself was lost in scraping)",
    evidence=["If they can’t cool down within 30 minutes they may have heatstroke which must be treated as an emergency."],
    notes="hard call: one specific sign (cannot cool down within 30 minutes) called an emergency; counted as weak evidence under the 'specific sign called an emergency' rule; the tips list was lost in scraping",
    text="""Hot weather or a heatwave, when temperatures stay abnormally high for a few days can affect anyone but some people are more at risk of health problems.
The main risks are dehydration from not drinking enough non-alcoholic liquid, overheating and heat exhaustion and heatstroke.
If you suspect someone has heat exhaustion they need to be cooled down. If they can’t cool down within 30 minutes they may have heatstroke which must be treated as an emergency. The NHS guide to heat exhaustion and heatstroke can help you take the right action.
If hot weather is forecast please be aware of the risks to protect yourself and others and be a good neighbour by looking out for people in the community who might struggle to cope.
Here are some simple tips to help you keep your cool:
If you are concerned about someone sleeping rough please contact our housing team.
It may be cooler outside in the shade than inside your home or you may be able to find a café or building with air conditioning.
This page was last updated on 17 July 2024""")
add(id="t9-reading-heatwave-level3-alert-2020", group="urgent", url="https://servicesguide.reading.gov.uk/kb5/reading/directory/site.page?id=58rCeJKBSyQ", source="Reading Borough Council, Reading Services Guide (Public Health and Wellbeing Team alert)", licence=OGL,
    title="Weather Alert - Heatwave (Level 3) - 24th - 26th June 2020", audience="consumer", genre="screening-prevention", topic="heatwave level 3 alert", topic_kind="prevention",
    W=True, reason="public heat-health alert (heat-alert convention)", urgency="emergency",
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in the tips list ('Listen to ale')",
    evidence=[],
    notes="alert with coping tips; no heat-illness signs or help action before the cut ('make sure they know what to do' gives no signs); missing, partial",
    text="""Skip to main content


Due to the COVID-19 situation, some of the organisations listed on this site have posted service updates and will continue doing so. Many phone lines and websites are still available, however some contact details may have changed. Try the organisation's own website if you're having difficulty getting through.

If you have any queries, please email us at or

Weather Alert - Heatwave (Level 3) - 24th - 26th June 2020

We've entered into the warmer months and so the Public Health and Wellbeing Team will be sending out alerts ahead of particularly high temperatures to help you stay safe and well.

A Heatwave level 3 warning has been issued from

Wednesday 24th June to Friday 26th June 2020

This means that temperatures are likely to rise to levels that increase the risk of ill health among vulnerable adults, particularly older people and those with long term conditions.
Stay out of the sun. Keep your home as cool as possible – shading windows and shutting them during the day may help. Open them when it is cooler at night. Keep drinking fluids. If there’s anybody you know, for example an older person living on their own, who might be at special risk, make sure they know what to do"

Coping with hot weather Tips

  • Shut windows and pull down the shades when it is hotter outside. You can open the windows for ventilation when it is cooler.
  • Avoid the heat: stay out of the sun and don't go out between 11am and 3pm (the hottest part of the day) if you're vulnerable to the effects of heat.
  • Keep rooms cool by using shades or reflective material outside the windows. If this isn't possible, use light-colored curtains and keep them closed (metallic blinds and dark curtains can make the room hotter).
  • Have cool baths or showers and splash yourself with cool water.
  • Drink cold drinks regularly, such as water and diluted fruit juice. Avoid excess alcohol, caffeine (tea, coffee and cola) or drinks high in sugar.
  • Listen to ale""")
add(id="t9-wikipedia-diabetic-ketoacidosis-wikiplanet", group="no-red-flag", url="https://www.wikiplanet.click/enciclopedia/en/Diabetic_ketoacidosis", source="Wikipedia article 'Diabetic ketoacidosis', mirror on wikiplanet.click", licence=CCBYSA + "; reproduced by a mirror",
    title="Diabetic ketoacidosis", audience="consumer", genre="other", topic="diabetic ketoacidosis (encyclopedia article)", topic_kind="condition",
    W=False, reason="encyclopedia article on an acute condition: reference, not guidance to readers (TEST7/TEST8 convention for Wikipedia)", urgency="emergency",
    retrieved="search tool excerpt (pages corpus) stored verbatim; infobox and lead, cut in the lead ('Antibiotics may be re')",
    evidence=[],
    notes="hard call: lead lists DKA signs (vomiting, abdominal pain, deep gasping breathing, confusion) and hospital treatment, no reader action; not warranted by the encyclopedia convention; excerpt cut",
    text="""Diabetic ketoacidosis

Dehydration may be severe in diabetic ketoacidosis, and intravenous fluids are usually needed as part of its treatment.
SymptomsVomiting, abdominal pain, deep gasping breathing, increased urination, confusion, a specific smell[1]
ComplicationsCerebral edema[2]
Usual onsetRelatively rapid[1]
CausesShortage of insulin[3]
Risk factorsUsually type 1 diabetes, less often other types[1]
Diagnostic methodHigh blood sugar, low blood pH, ketoacids[1]
Differential diagnosisHyperosmolar nonketotic state, alcoholic ketoacidosis, uremia, salicylate toxicity[4]
TreatmentIntravenous fluids, insulin, potassium[1]
Frequency4–25% of people with type 1 diabetes per year[1][5]

Diabetic ketoacidosis (DKA) is a potentially life-threatening complication of diabetes mellitus.[1] Signs and symptoms may include vomiting, abdominal pain, deep gasping breathing, increased urination, weakness, confusion and occasionally loss of consciousness.[1] A person's breath may develop a specific smell.[1] Onset of symptoms is usually rapid.[1] In some cases, people may not realize they previously had diabetes.[1]

DKA happens most often in those with type 1 diabetes but can also occur in those with other types of diabetes under certain circumstances.[1] Triggers may include infection, not taking insulin correctly, stroke and certain medications such as steroids.[1] DKA results from a shortage of insulin; in response, the body switches to burning fatty acids, which produces acidic ketone bodies.[3] DKA is typically diagnosed when testing finds high blood sugar, low blood pH and ketoacids in either the blood or urine.[1]

The primary treatment of DKA is with intravenous fluids and insulin.[1] Depending on the severity, insulin may be given intravenously or by injection under the skin.[3] Usually, potassium is also needed to prevent the development of low blood potassium.[1] Throughout treatment, blood sugar and potassium levels should be regularly checked.[1] Antibiotics may be re""")
add(id="t9-wikipedia-ectopic-pregnancy-spectroom", group="no-red-flag", url="https://www.spectroom.com/102117099-ectopic-pregnancy", source="Wikipedia article 'Ectopic pregnancy' (lead), reproduced on spectroom.com", licence=CCBYSA + "; reproduced by a third-party site",
    title="Ectopic pregnancy", audience="consumer", genre="other", topic="ectopic pregnancy (encyclopedia article)", topic_kind="condition",
    W=False, reason="encyclopedia article on an acute condition: reference, not guidance to readers (TEST7/TEST8 convention for Wikipedia)", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the whole page as served (lead paragraph and the section list; section bodies are not on the page)",
    evidence=[],
    notes="hard call: names pain, vaginal bleeding, shoulder pain, fainting and shock as signs but no reader action; not warranted by the encyclopedia convention",
    text="""Ectopic pregnancy is a complication of pregnancy in which the embryo attaches outside the uterus. Signs and symptoms classically include abdominal pain and vaginal bleeding. Fewer than 50 percent of affected women have both of these symptoms. The pain may be described as sharp, dull, or crampy. Pain may also spread to the shoulder if bleeding into the abdomen has occurred. Severe bleeding may result in a fast heart rate, fainting, or shock. With very rare exceptions the fetus is unable to survive.
  • Signs and symptoms 

  • Causes 

  • Diagnosis 

  • Treatment 

  • Epidemiology 

  • Society and culture 

  • Live birth 

  • Other animals""")
add(id="t9-nhgri-faq-about-genetic-testing", group="no-red-flag", url="http://www.genome.gov/pfv.cfm?pageID=19516567", source="National Human Genome Research Institute (NIH), printer-friendly FAQ", licence=PD,
    title="FAQ About Genetic Testing", audience="consumer", genre="genetics or rare-disease explainer", topic="genetic testing", topic_kind="test",
    W=False, reason="@gen", urgency="none",
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in 'What is a gene test?' ('These probes usually have f')",
    evidence=[], notes="genetics explainer; no acute topic",
    text="""FAQ About Genetic Testing

National Human Genome Research Institute

National Institutes of Health
U.S. Department of Health and Human Services

Frequently Asked Questions About Genetic Testing

Genetic Testing: What It Means For Your Health and Your Family's Health
A brochure on genetic testing that explains the basics.


Genetic research is leading to the development of more genetic tests that can be used for the diagnosis of genetic conditions. Genetic testing is available for infants, children, and adults. Genetic tests can be used to diagnose a disease in an individual with symptoms and to help measure risk of developing a disease. Adults can undergo preconception testing before deciding to become pregnant, and prenatal testing can be performed during a pregnancy. Results of genetic tests can help physicians select appropriate treatments for their patients.

Top of page

What is genetic testing?

Genetic tests look for alterations in a person's genes or changes in the level or structure of key proteins coded for by specific genes. Genetic tests can also be used to look at levels of RNA that play a role in certain conditions. Abnormal results on these tests could mean that someone has a genetic disorder.

Types of genetic tests include:
What is a gene test?

Gene tests look for signs of a disease or disorder in DNA or RNA taken from a person's blood, other body fluids like saliva, or tissues. These tests can look for large changes, such as a gene that has a section missing or added, or small changes, such as a missing, added, or altered chemical base (subunit) within the DNA strand. Gene tests may also detect genes with too many copies, individual genes that are too active, genes that are turned off, or genes that are lost entirely.

Gene tests examine a person's DNA in a variety of ways. Some tests use DNA probes. A probe is a short string of DNA with base sequence complementary to (able to bind with) the sequence of an altered gene. These probes usually have f""")
add(id="t9-cdc-nchs-blog-emergency-department-category", group="no-red-flag", url="https://blogs.cdc.gov/nchs/category/emergency-department/", source="CDC National Center for Health Statistics blog, category listing", licence=PD,
    title="Category: emergency department", audience="consumer", genre="statistics", topic="emergency department visit statistics (incl. suicidal ideation visits)", topic_kind="other",
    W=False, reason="@stat", urgency="none",
    retrieved="search tool excerpt (pages corpus) stored verbatim; listing of post teasers, cut in the podcast teaser",
    evidence=[],
    notes="statistics listing; mentions ED visits with suicidal ideation as a data topic, which is not a reason to expect crisis advice under the statistics convention",
    text="""Category: emergency department

QuickStats: Rate of Emergency Department Visits, by Homeless Status — National Hospital Ambulatory Medical Care Survey, United States, 2010–2021

The rate of visits to hospital emergency departments by persons experiencing homelessness increased from an estimated 141 visits per 100 persons per year during 2010–2011 to 310 during 2020–2021. Rates increased during 2016–2017 compared with 2014–2015, and again during 2020–2021 compared with 2018–2019. Visit rates for persons not experiencing homelessness did not vary significantly across Read More >

Posted on by Tags ,

Q & A from Author of Emergency Department Visits with Suicide Ideation

Picture of sad girl. Text says people ages 14–18 more likely to visit emergency department for suicidal thoughts in 2016–2020

Questions for Alex Strashny, Health Statistician and Lead Author of “Emergency Department Visits with Suicidal Ideation: United States, 2016-2020.” Why did you decide to do a report on emergency department visits with suicidal ideation? That’s a great question. Suicide is a major public health issue. Before to the COVID-19 pandemic, in the United States, suicide Read More >

Posted on by Tags

QuickStats: Emergency Department Visit Rates by Age Group — United States, 2019–2020

The emergency department (ED) visit rate for infants aged <1 year declined by nearly one half from 123 visits per 100 infants during 2019 to 68 during 2020. The ED visit rate for children and adolescents aged 1–17 years also decreased from 43 to 29 visits per 100 persons during the same period. Decreases among Read More >

Posted on by NCHSTags

PODCAST: Alcohol Deaths on the Rise and Suicide Declines

https://www.cdc.gov/nchs/pressroom/podcasts/2022/20220318/20220318.htm HOST:  The month of March is often associated with St. Patrick’s Day, which for some is also an occasion of heavy alcohol use.  NCHS has historically collected data on various health behaviors, i""")
