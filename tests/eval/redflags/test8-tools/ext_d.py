# batch d: head injury (NHS Scotland), heatstroke encyclopedia copies, statistics
add(id="t8-nhshighland-head-injury-advice", group="urgent", url="https://nhshighland.scot.nhs.uk/your-services/all-services-a-z/major-trauma/head-injury-advice", source="NHS Highland, major trauma service", licence=OGL + " (NHS Scotland)",
    title="Head injury advice", audience="consumer", genre="patient information", topic="head injury discharge advice (adults)", topic_kind="condition",
    W=True, reason="@acute", urgency="emergency",
    evidence=["Go to your nearest hospital emergency department as soon as possible, if you develop any of these symptoms:\n- unconsciousness or lack of full consciousness"],
    notes="discharge advice; excerpt cut in the 'symptoms not usually of concern' list",
    text="""Head injury advice
On this page
Information for adult patients who have already had their head injury assessed at an emergency department.
See all Accident and Emergency (A&E) departments in the NHS Highland area.
View or download this information as a pdf document (December 2023).
If your head injury has been assessed and you have been discharged, it’s very unlikely to cause worrying symptoms in the coming days.
- It is safe for you to leave hospital but it's best not to stay at home alone for the first 24 hours after leaving hospital.
- Also, stay near a telephone for the first 24 to 48 hours, in case you need to access emergency medical help.
- Do not drive, cycle or operate machinery until you feel completely better. You can ask your doctor for advice about this.
When to go back to hospital?
Go to your nearest hospital emergency department as soon as possible, if you develop any of these symptoms:
- unconsciousness or lack of full consciousness - for example, a problem keeping your eyes open
- drowsiness (feeling sleepy) that lasts longer than 1 hour when you would normally be wide awake
- problems understanding or speaking
- loss of orientation - not knowing where you are, what time it is, who you’re with and what’s going on around you
- loss of balance or problems walking
- weakness in 1 or more arms or legs
- problems with your eyesight
- a painful headache that will not go away or ease
- vomiting (being sick)
- seizures (also called convulsions or fits)
- clear fluid coming out of your ears or nose
- bleeding from one or both ears.
If you’re unwell, get someone to take you to the emergency department or call 111 or 999.
Symptoms not usually of concern
You may notice other symptoms over the next few days that should disappear in the next 2 weeks without the need for further treatment in hospital. These include:
- a mild headache
- feeling sick (without being sick)
- dizziness
- irritability or bad temper
- problems concentrating
- problems with memory""")
add(id="t8-wikipedia-heatstroke-fact-archive", group="no-red-flag", url="http://www.fact-archive.com/encyclopedia/Heatstroke", source="Wikipedia article 'Heatstroke' (early revision), copy on fact-archive.com", licence="GNU Free Documentation License (early Wikipedia text; now CC BY-SA, Wikipedia contributors); reproduced by a mirror",
    title="Heatstroke", audience="consumer", genre="other", topic="heatstroke (encyclopedia article)", topic_kind="condition",
    W=False, reason="encyclopedia article on an acute condition: reference, not guidance to readers (TEST7 convention for Wikipedia leads)", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; apparently the whole short early article",
    evidence=[], notes="hard call: 'This is a serious medical emergency that requires immediate hospitalization' is condition-level (not evidence); 'The temperature must be lowered immediately, the victim must be hydrated' is first aid without seeking help, so not evidence",
    text="""Hyperthermia, also known as heat stroke or sunstroke is an acute condition resulting from excessive exposure to heat. The homeothermal regulatory mechanisms become overwhelmed and unable to effectively deal with the heat, and body temperature climbs uncontrollably. This is a serious medical emergency that requires immediate hospitalization. Body temperatures above 40°C (104°F) are considered life-threatening. At 41 °C (106 °F), brain death begins, and at 45°C (113 °F) death is nearly certain. Internal temperatures above 50 °C (122 °F) will cause rigidity in the muscles and, therefore, certain immediate death.

Signs include increasing body temperature (hyperpyrexia), dehydration and lack of sweating, seizures, collapse and decreased consciousness which proceeds rapidly to multi-organ failure and death as the brain 'cooks'.

Heat stroke comes on suddenly. Vigilance is required in order to prevent and treat this rapidly dangerous condition. The first and foremost symptom of a serious heat stroke is that the patient has stopped sweating. Because the evaporation of water is endothermic, body heat is taken away by the evaporation of sweat. When the body is no longer capable of sweating, core temperature will begin to rise immediately and swiftly. The victim will become confused, often hostile, and may seem drunk. The temperature must be lowered immediately, the victim must be hydrated by drinking water. Other substances may be used in place of water if absolutely necessary, however alcohol and caffeine should be avoided at all costs, due to their diuretic properties.

A preceding condition is known as heat prostration or heat exhaustion.

""")
add(id="t8-wikipedia-hyperthermia-sciencedaily-terms", group="no-red-flag", url="https://www.sciencedaily.com/terms/hyperthermia.htm", source="Wikipedia article 'Hyperthermia' (excerpt), ScienceDaily reference terms", licence="GNU Free Documentation License (Wikipedia text, as stated on the page); reproduced by ScienceDaily",
    title="Hyperthermia", audience="consumer", genre="dictionary-glossary", topic="hyperthermia / heat stroke (encyclopedia excerpt)", topic_kind="condition",
    W=False, reason="encyclopedia/glossary excerpt on an acute condition: reference, not guidance to readers", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the whole reference-term page with site chrome",
    evidence=[], notes="hard call: 'This is a serious medical emergency that requires immediate medical attention' is about the condition, tied to no sign the reader could notice, so not evidence (README convention)",
    text="""Reference Terms
from Wikipedia, the free encyclopedia


Hyperthermia (hyperpyrexia), in its advanced state referred to as heat stroke or sunstroke, is an acute condition which occurs when the body produces or absorbs more heat than it can dissipate.

It is usually due to excessive exposure to heat.

The heat-regulating mechanisms of the body eventually become overwhelmed and unable to effectively deal with the heat, and body temperature climbs uncontrollably.

This is a serious medical emergency that requires immediate medical attention.

Note:   The above text is excerpted from the Wikipedia article "Hyperthermia", which has been released under the GNU Free Documentation License.
Related Stories

Health & Medicine News
May 25, 2017

Latest Headlines
updated 12:56 pm ET""")
add(id="t8-hcup-statbrief-266-injury-ed-visits", group="no-red-flag", url="https://hcup-us.ahrq.gov/reports/statbriefs/sb266-Injuries-Causes-ED-Visits-2017.jsp", source="Agency for Healthcare Research and Quality (AHRQ), HCUP Statistical Brief #266", licence=PD,
    title="Injuries and Causes of Emergency Department Visits, 2017 (Statistical Brief #266)", audience="professional", genre="statistics", topic="emergency department visits for injuries (statistics)", topic_kind="other",
    W=False, reason="@stat", urgency="none", evidence=[], notes="trap: falls, bites, poisoning, death; title is descriptive (the excerpt has no heading)",
    text="""STATISTICAL BRIEF #266
November 2020
Audrey J. Weiss, Ph.D., Lawrence D. Reid, Ph.D., M.P.H., and Marguerite L. Barrett, M.S. Introduction Injuries are common and can have many causes, such as falls, cuts, motor vehicle accidents, bites, poisoning, and hot objects. In 2017, the Centers for Disease Control and Prevention estimated unintentional falls were the leading cause of injuries treated in the emergency department (ED) for all age groups except ages 10-24 years, for which being struck by or against something was the leading cause of ED visits related to injuries.1 If severe or untreated, injuries can result in death. In 2018, unintentional injuries were the leading cause of death among people aged 1-44 years.2 However, the majority of injuries are nonfatal, and many are treated in EDs. In 2014, the rate of ED visits related to injuries was approximately 82 per 1,000 population, with less than 10 percent of these visits resulting in the patient being admitted to the hospital.3 This Healthcare Cost and Utilization Project (HCUP) Statistical Brief presents statistics on ED visits related to injuries using the 2017 Nationwide Emergency Department Sample (NEDS). The number of ED visits related to each cause of injury is presented, along with the percentage of those visits that resulted in the patient being admitted to the same hospital or transferred to another hospital. The population rate of ED visits related to injuries is presented by select population characteristics for all injury causes and for the five most common specific causes of injury. Finally, the distribution of primary expected payer for ED visits related to injuries is provided for all injury causes and for the five most common specific causes of injury. Because of the large sample size of the NEDS data, small differences can be statistically significant. Thus, only differences greater than or equal to 10 percent are noted in the text. Findings Overall emergency department (ED) visits related to inj""")
add(id="t8-cdc-nchs-blog-mmwr-quickstats-p3", group="no-red-flag", url="https://blogs.cdc.gov/nchs/category/mmwr/page/3", source="CDC National Center for Health Statistics blog, MMWR QuickStats category", licence=PD,
    title="Category: MMWR (page 3)", audience="consumer", genre="statistics", topic="NCHS QuickStats listing (deaths, suicide rates, records)", topic_kind="other",
    W=False, reason="@stat", urgency="none", evidence=[], notes="trap: suicide rates and deaths as statistics only; excerpt cut",
    text="""Category: MMWR

QuickStats: Percentage of Residential Care Communities that Use Electronic Health Records, by Community Bed Size — United States, 2016 and 2020

From 2016 to 2020, the percentage of residential care communities using electronic health records increased from 26% to 41%. The percentage using electronic health records increased from 28% to 41% for 11–25 bed communities, 35% to 54% for 26–50 bed communities, 43% to 71% for 51–100 bed communities, and 50% to 74% for more than Read More >

Posted on by NCHS

QuickStats: Percentage of Total Deaths, by Age and Hispanic Origin and Race — United States, 2020

Significant differences in the age distribution of deaths by race and ethnicity were observed in the United States during 2020. Decedents aged <65 years accounted for 26% of all U.S. deaths, but they accounted for approximately 50% of deaths among American Indian or Alaska Native (AI/AN) and Native Hawaiian or other Pacific Islander (NH/OPI) persons, Read More >

Posted on by NCHS

QuickStats: Age-Adjusted Suicide Rates, by Urbanization Level and Sex — National Vital Statistics System, 2020

In 2020, age-adjusted suicide rates among females increased as the level of urbanization declined, from 4.6 per 100,000 population in large central metropolitan areas to 7.1 in small metropolitan areas, but were similar for small metropolitan, micropolitan, and noncore areas. Rates among males were lowest in large central areas (16.9) and increased as the level Read More >

Posted on by NCHSTags , ,

QuickStats: Percentage of Children and Adolescents Aged 6–17 Years Who Have Roads, Sidewalks, Paths, or Trails Where They Can Walk or Ride a Bicycle, by Urban-Rural Status and Family Income 

During 2020, 88.7% of children and adolescents aged 6–17 years had roads, sidewalks, paths, or trails in their neighborhood or near their home where they could walk or ride a bicycle. Availability of these spaces was less common among children and adolescen""")
