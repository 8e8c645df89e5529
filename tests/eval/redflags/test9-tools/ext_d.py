# batch d: mental health crisis pages, CDC/NHLBI news, council food-safety notice
add(id="t9-tewv-crisis-advice", group="urgent", url="https://tewv.nhs.uk/services/crisis-advice", source="Tees, Esk and Wear Valleys NHS Foundation Trust, service page", licence=OGL,
    title="Crisis advice", audience="consumer", genre="coping-support", topic="mental health crisis (adults)", topic_kind="condition",
    W=True, reason="consumer page about mental health crisis, including suicidal thoughts; readers need to know where to get urgent help", urgency="emergency",
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in 'Dealing with a mental health crisis' ('A crisis can also be the result of an underlying medical')",
    evidence=["In a mental health crisis, call NHS 111 and select the mental health option (2)"],
    notes="hard call: situation-level (mental health crisis -> NHS 111 option 2, 24/7); the crisis is described afterwards (unable to cope, thoughts of suicide or self-harm, hallucinations); no 999/A&E line for immediate danger before the cut",
    text="""Information for adults and older people about what to do in a mental health crisis.
The following information is for adults over the age of 18.
Information about our children's crisis servicesIn a mental health crisis, call NHS 111 and select the mental health option (2)
Available 24/7, you will speak to a mental health professional who can listen to you and help you find the right support.
Please use NHS 111 – SignVideo if you are deaf or have hearing loss
Our existing number (0800 0516 171) will stay active for a while to make sure you always get the support you need.
If you are feeling low, sad or worried but are not experiencing a mental health crisis, there is a range of mental health support you may wish to consider. We are here for you, whenever you feel ready.
Dealing with a mental health crisis
If you experience mental health problems, it can be frightening, and you may feel alone. If this is a new experience, you may not know what is happening.
If a person’s mental or emotional state gets worse quickly, this can be referred to as a mental health crisis or a mental health emergency.
A mental health crisis can mean different things to different people, but often means that you no longer feel able to cope or in control of your situation. It can cause a significant disruption to your life and your ability to function.
A crisis can also be the result of an underlying medical condition, such as confusion or delusions caused by an infection, overdose, illicit drugs or intoxication with alcohol. Confusion may also be associated with dementia.
You may feel many things (although this may be different for individuals) including emotional distress or anxiety, that you can’t cope with day-to-day life or work, you might think about suicide or self–harm, or you might experience hallucinations and hear voices.
It may be an existing problem getting much worse or your first experience of a psychiatric problem.
A crisis can also be the result of an underlying medical""")
add(id="t9-dpt-crisis-services-cards-plans", group="no-red-flag", url="https://www.dpt.nhs.uk/i-need-help-now/what-are-crisis-services-crisis-cards-and-crisis-plans", source="Devon Partnership NHS Trust, 'I need help now' pages", licence=OGL,
    title="What are crisis services, crisis cards and crisis plans?", audience="consumer", genre="coping-support", topic="mental health crisis services, crisis cards and plans", topic_kind="other",
    W=False, reason="explains what crisis services, cards and plans are (a service description); the trust's 'I need help now' page carries the urgent advice", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the whole short page",
    evidence=["If you are in crisis call 111 or visit our 'I need help now' page or contact Samaritans on 116 123 or jo@samaritans.org."],
    notes="hard call: present although judged not warranted (service explainer); situation-level line 'If you are in crisis call 111' counted under the situation-level convention; complete page",
    text="""A crisis service is any service that is available at short notice to help you resolve a mental health crisis, or to support you while it is happening. These services can range from 24/7 telephone helplines to Home Treatment Teams (HTT) and acute inpatient wards.
If you have been in contact with our services before, as part of your care plan you should have a plan in place for what to do if you are having a mental health crisis. This should include warning signs, what to do to stop situations escalating and what to do if you are experiencing a crisis.
Crisis cards are designed to be carried in your pocket or wallet and should contain information about what to do and who to contact if you are experiencing a crisis. They can be very useful if you have difficulties communicating when you are struggling, for example if you suffer from bad anxiety. If you have been in contact with our services before, you might have been supported to complete one of these.
If you are in crisis call 111 or visit our 'I need help now' page or contact Samaritans on 116 123 or jo@samaritans.org.""")
add(id="t9-cdc-2023-covid-phe-end-telebriefing", group="no-red-flag", url="https://www.cdc.gov/media/releases/2023/t0508-covid-phe.html", source="Centers for Disease Control and Prevention, media telebriefing transcript (5 May 2023)", licence=PD,
    title="Transcript: end of the COVID-19 public health emergency (CDC telebriefing)", audience="consumer", genre="news or research report", topic="end of the COVID-19 public health emergency and CDC data", topic_kind="other",
    W=False, reason="@policy", urgency="none",
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in the first speaker's remarks",
    evidence=[],
    notes="press briefing about surveillance data after the public health emergency; no advice to readers with symptoms",
    text="""Friday, May 5, 2023

Please Note: This transcript is not edited and may contain errors.


Thank you, Christy and thank you all for joining us today. We are joined by CDC Principal Deputy Director, Dr. Nirav Shah and Dr. Brendan Jackson, the head of CDC is COVID-19 response, who will talk about how to end the COVID-19 php or sorry on how the end of the COVID-19 php will affect CDC. This information will also be detailed into MWR as we are leasing tomorrow, Dr. Scholl's and Texan will provide remarks and then take your questions. I would also like to note that this briefing is embargoed until Friday, May 5 at 11am. Eastern when the report goes live on the CDC website. I'll now turn the call over to Dr. Shah.



Great. Thank you, Ben. And good afternoon, everyone. Thank you all for joining today. I’m speaking with you from Atlanta, where our CDC family suffered a terrible loss and yesterday’s shooting. Our hearts are with our colleagues, friends, families, and co workers. I will start today by highlighting four aspects of our changing approach to COVID-19. And then turn things over to Dr. Jackson. First. Although next week marks the end of the public health emergency, it is not the end of COVID-19 COVID-19 remains a risk. And CDC remains committed to preventing severe illness and death associated with COVID-19. Particularly for those who are at higher risk. This includes older Americans, people who are immune compromised, and those who are living with disabilities. We have the right data for this phase of COVID-19. Though our data going forward will be different. They will continue to provide timely insights for CDC, for local health officials, as well as for the public to understand COVID-19 dynamics at the community level. There are two important points about these metrics. First, we will continue to keep our eye on the COVID-19 ball. And we will do so through a multitude of metrics. Indeed, our epidemiological understanding of COVID-19 after the end of the publi""")
add(id="t9-cdc-dnpao-newsroom-press-releases", group="no-red-flag", url="https://www.cdc.gov/nccdphp/dnpao/division-information/media-tools/news-media-adv.htm", source="CDC Division of Nutrition, Physical Activity, and Obesity, newsroom listing", licence=PD,
    title="Press Releases, Press Kits, and VitalSigns", audience="consumer", genre="news or research report", topic="nutrition, physical activity and obesity press releases", topic_kind="other",
    W=False, reason="@news", urgency="none",
    retrieved="search tool excerpt (pages corpus) stored verbatim; listing cut in the 2014 entries",
    evidence=[], notes="press-release listing (fruit and vegetables, obesity maps, breastfeeding, sodium); no acute topic",
    text="""Press Releases, Press Kits, and VitalSigns

2017 Newsroom
Date Title
November 24, 2017 – Press Release Only 1 in 10 Adults Get Enough Fruits or Vegetables

Men, younger adults, and people living in poverty get the fewest.

 2016 Newsroom
Date Title
November 17, 2016 – Press Release CDC Reports Improvement in Childhood Obesity among Young Children Enrolled in WIC
34 states report modest decreases
September 20, 2016 – Digital Press Kit Adults Need More Activity
September 20, 2016 – Press Release More than 1 in 4 US adults over 50 do not engage in regular physical activity
Inactivity puts 31 million at risk of heart disease, diabetes, cancer
August 22, 2016 – Press Release Breastfeeding Rates Continue To Rise
Moms need ongoing community support to breastfeed as recommended
2015 Newsroom 
Date Title
October 6, 2015 – Digital Press Kit Hospital Support for Breastfeeding
October 6, 2015 – Press Release Vital Signs: Breastfeeding Support Improves in Many U.S. Hospitals
Hospital support for breastfeeding has improved since 2007
September 21, 2015 – Media Advisory New CDC state obesity maps now available
The latest CDC maps detailing the prevalence of obesity for all U.S. states based on 2014 Behavioral Risk Factor Surveillance System (BRFSS) data is now available.

2014 Newsroom 
Date Title
September 09, 2014 – Press Release CDC report finds sodium consumption high among U.S. children
More than 40 percent of sodium comes from 10 common types of food
September 04, 2014 – Media Advisory New CDC state obesity map now available
The latest CDC map detailing the prevalence of obesity for all U.S. states based on 2013 Behavioral Risk Factor Surveillance System (BRFSS) data is now available.
August 5, 2014 – Press Release Vital Signs: Children eating more fruit, but fruit and vegetable intake still too low
Childcare and schools can help children meet daily recommendations
August 5, 2014 – Digital Press Kit Children Eating More Fruit, but Fruit and Vegetab""")
add(id="t9-nhlbi-top-research-findings-fy2010", group="no-red-flag", url="https://www.nhlbi.nih.gov/news/2012/nhlbi-top-research-findings-fiscal-year-2010", source="National Heart, Lung, and Blood Institute (NIH), news", licence=PD,
    title="NHLBI Top Research Findings in Fiscal Year 2010", audience="consumer", genre="news or research report", topic="heart research findings (lipid genes, ventricular tachycardia imaging, diabetes heart health)", topic_kind="other",
    W=False, reason="@news", urgency="none",
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in the third item",
    evidence=[],
    notes="research summary; mentions life-threatening ventricular tachycardia and heart attacks in diabetes as research topics, no reader advice",
    text="""human heart anatomy green
NHLBI Top Research Findings in Fiscal Year 2010

Gene Scan IDs Heart Disease Risk


High blood cholesterol and triglycerides are known risk factors for heart disease. However, it is unclear how much of the risk for either is inherited. To address this question, scientists analyzed DNA from more than 100,000 people in a search for genetic hotspots of heart disease risk. As reported in August 2010, they found nearly 100 hotspots that together account for between a quarter and a third of the inherited portion of blood cholesterol and triglyceride levels.

Press Release: NIH Genomic Mapping Study Finds Largest Set of Genes Related to Major Risk Factor for Heart Disease

Published Study: Biological, clinical and population relevance of 95 loci for blood lipids

3D Imaging System Tracks Faulty Rhythms


Ventricular tachycardia (VT) is a potentially life-threatening disorder in which the heart beats too fast and more erratically than normal. VT is typically treated with medicine and/or an implanted pacemaker device — each of which has drawbacks. In November 2010, scientists reported a novel 3-D imaging technique that homes in on specific regions of the heart. Developed and successfully tested in animals, the method could improve VT diagnosis and treatment if it is proven effective in people.

Meet Arrhythmia Researcher: John P. Wikswo, Ph.D.

Published Study: Measurements of transmembrane potential and magnetic field at the apex of the heart

Managing Heart Health in People with Diabetes


Adults with type 2 diabetes are prone to heart attacks and strokes. Part of the reason is that they often have other cardiovascular risk factors, such as high blood pressure and unhealthy levels of fat in their blood. However, new results showed that lowering blood pressure or cholesterol beyond what is currently recommended did not provide additional benefit for people with diabetes. The March 2010 study will help health care providers and people with diabete""")
add(id="t9-chichester-stay-food-safe-summer-2018", group="no-red-flag", url="https://www.chichester.gov.uk/article/30350/Stay-food-safe-this-summer", source="Chichester District Council, news release", licence=OGL,
    title="Stay food safe this summer", audience="consumer", genre="screening-prevention", topic="food safety at barbecues and picnics", topic_kind="prevention",
    W=False, reason="food-hygiene prevention tips (chilling, cooking, cross-contamination); about preventing a mostly mild illness, not a warning to people who are ill", urgency="prompt",
    retrieved="search tool excerpt (pages corpus) stored verbatim; the release from the councillor's quote to the release date (the headline/first lines may precede the excerpt)",
    evidence=[],
    notes="hard call: says food poisoning 'can be very serious' for children and elderly people but is a hygiene-prevention release; judged not warranted, unlike outbreak notices and heat alerts; no symptoms or help advice in the text",
    partial=True,
    text="""\"Many people think that food poisoning is just a passing stomach bug but it can be very serious,\" says Councillor Eileen Lintill, Cabinet Member for Community Services at Chichester District Council. \"Anyone in the family could get food poisoning but children and elderly people are especially at risk.

\"We know lots of residents will be hosting barbecues for their family and friends and going on picnics this summer. By following our food safety advice, people can have a great time and stay healthy.\"

In hot weather, it is important to keep food chilled where possible to prevent harmful bacteria growing. It is best to keep food in the fridge until it is needed, but this is not always possible at a barbecue or picnic. For these occasions, using a cool box with ice and frozen gel packs distributed throughout is a good way to keep food chilled.

When food is left out at room temperature for too long, the risk of bacteria increases which makes it unsafe to eat. Leftover food should be stored in the fridge as soon as it has cooled or put back in the cool box. Any food left out for longer than two hours should be thrown away to minimise the risk of food poisoning.

Cooking food kills harmful bacteria so it is important to make sure this is done properly. The FSA is reminding everybody to:

  • Check that meat is fully defrosted before cooking.
  • Keep raw and cooked food separate to avoid cross-contamination and use different utensils for each.
  • Turn the meat regularly during cooking to ensure it cooks evenly.
  • Test that the meat is fully cooked before serving by cutting through the thickest part and making sure there is no pink meat and that any juices run clear.
  • Wash hands thoroughly before and after handling food to prevent the spread of bacteria.

Find out more about the FSA's top tips for barbecues and picnics

Date of release: 9 July 2018

Reference: 3821""")
