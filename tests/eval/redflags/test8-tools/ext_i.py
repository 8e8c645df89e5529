# batch i: council heat alerts, fever in children (NHS), MedlinePlus Magazine genetic testing
HEATR = "council heat-health alert to residents; a careful editor expects the signs of heat illness and when to get help (TEST7 convention: direct public-health warnings are warranted)"
add(id="t8-chichester-amber-heat-health-alert", group="urgent", url="https://www.chichester.gov.uk/article/38045/Amber-heat-health-alert-in-place", source="Chichester District Council, news", licence=OGL,
    title="Amber heat health alert in place", audience="consumer", genre="news or research report", topic="heat-health alert", topic_kind="prevention",
    W=True, reason=HEATR, urgency="emergency", partial=False, retrieved="search tool excerpt (pages corpus) stored verbatim; the whole notice",
    evidence=["Seek medical help if symptoms such as breathlessness, chest pain, confusion, weakness, dizziness or cramps get worse or don't go away."],
    notes="complete notice; signs tied to 'seek medical help' (no 999/heatstroke emergency advice)",
    text="""Toggle menu

Amber heat health alert in place

Heatwave warning

Please be advised that an Amber Heat-Health Alert is in place in our area until 10 September. Please look out for yourselves and check up on friends, family and neighbours who may be less able to look after themselves.

Please follow this advice to keep cool and comfortable and reduce health risks:

  • Stay cool indoors by closing curtains on rooms that face the sun - and remember that it may be cooler outdoors than indoors
  • Shut windows when it is hotter outside. If it's safe, open them for ventilation when it is cooler. 
  • Avoid the heat: stay out of the sun and don't go out between 11am and 3pm (the hottest part of the day) if you're vulnerable to the effects of heat.
  • Keep rooms cool by using shades or reflective material outside the windows. If this isn't possible, use light-coloured curtains and keep them closed (metallic blinds and dark curtains can make the room hotter).
  • Have cool baths or showers, and splash yourself with cool water.
  • Drink plenty of fluids, especially cold drinks, regularly. Avoid tea, coffee and alcohol.
  • Stay tuned to the weather forecast on the radio or TV, or on the Met Office website.
  • Plan ahead to make sure you have enough supplies, such as food, water and any medications you need.
  • Avoid physical exertion in the hottest parts of the day.
  • Walk in the shade, apply sunscreen and wear loose cool clothing and a wide-brimmed hat if you have to go out

If someone feels unwell, find them somewhere cool to rest. Give them plenty of fluids to drink. Seek medical help if symptoms such as breathlessness, chest pain, confusion, weakness, dizziness or cramps get worse or don't go away.

You can find more information and advice through the NHS to cope in hot weather (opens new window).""")
add(id="t8-manningtree-town-council-heatwave-2019", group="urgent", url="http://www.manningtreetowncouncil.org.uk/noticeboard?aid=19600", source="Manningtree Town Council, noticeboard", licence=OGL,
    title="Heat Health Watch Level 3 - Heatwave", audience="consumer", genre="news or research report", topic="heatwave alert", topic_kind="prevention",
    W=True, reason=HEATR, urgency="emergency", partial=False, retrieved="search tool excerpt (pages corpus) stored verbatim; the whole notice (the PHE poster it mentions is an attachment)",
    evidence=[], notes="complete notice; the advice is deferred to an attached poster; no signs and no action in the text; complete-text omission",
    text="""Heat Health Watch Level 3 - Heatwave

Heat Health Watch Level 3 - Heatwave

Wednesday 24th July 2019

The Met Office have issued a Level 3 Hot Weather alert for our area, with a 90% probability of our area reaching heatwave conditions between 0900 Monday 22nd until 0900 Friday 26th July.

The Met Office expect temperatures to rise to and possibly reach over 30 degrees during the day and over 15 degrees during the night.

Please take extra care if you are working outdoors during this time ensuring appropriate safety measures are in place.

Please also check on your older neighbours, especially those who are living on their own to make sure they are comfortable.

Please see the attached poster from Public Health England, which gives advice on what to do and look out for in heatwave conditions.""")
add(id="t8-north-herts-red-extreme-heat-warning", group="urgent", url="https://www.north-herts.gov.uk/red-extreme-heat-warning-issued", source="North Hertfordshire District Council, news", licence=OGL,
    title="Red Extreme Heat warning issued", audience="consumer", genre="news or research report", topic="red extreme heat warning", topic_kind="prevention",
    W=True, reason=HEATR, urgency="emergency", partial=False, retrieved="search tool excerpt (pages corpus) stored verbatim; the whole news item with site chrome",
    evidence=[], notes="hard call: complete notice; 'Look out for signs of heat exhaustion and heatstroke' names no sign and gives no action; the NHS link is a reference, not advice; complete-text omission",
    text="""Skip to main content

News

Red Extreme Heat warning issued

The sun

A Red Extreme Heat warning has been issued by the Met Office for Monday and Tuesday next week (18-19 July). This means there will be exceptionally high temperatures - perhaps reaching 40C - with adverse health effects likely to be felt by many people, not just those who are more vulnerable to heat. Transport and power in the area could also be affected.

Due to the high temperatures being forecast, our waste crews will start their bin collection rounds at 6am on Monday and Tuesday before it gets too hot.

If you're visiting one of our parks or nature reserves, please take care and make sure you go prepared - apply sunscreen, wear a hat, stay in the shade and take water with you.

Please keep in touch with older family, friends and other vulnerable people to make sure they are coping in the heat.

Here are some tips on how to stay safe in the hot weather: 

  • Stay cool indoors - close curtains on rooms that face the sun to keep indoor spaces cooler and remember it may be cooler outdoors than indoors
  • Drink plenty of fluids and avoid excess alcohol
  • Make sure you take water with you if you're travelling
  • Never leave anyone in a closed, parked vehicle, especially infants, young children or animals
  • Try to keep out of the sun between 11am to 3pm
  • Walk in the shade, apply sunscreen and wear a wide-brimmed hat, if you have to go out in the heat
  • Avoid physical exertion in the hottest parts of the day
  • Turn off non-essential lights and electrical equipment, as they generate heat
  • Look out for signs of heat exhaustion and heatstroke.

The NHS has more advice on how to cope in hot weather.

Get the latest news by email

You can subscribe to get news and service updates by email. It's free, you can choose which topics you’re interested in and you can unsubscribe at any time.""")
add(id="t8-southtees-fever-in-children-ed-leaflet", group="urgent", url="https://www.southtees.nhs.uk/resources/fever-in-children/", source="South Tees Hospitals NHS Foundation Trust, Children and Young People's Emergency Department leaflet", licence=OGL,
    title="Fever in children", audience="consumer", genre="patient information", topic="fever in children (ED discharge leaflet)", topic_kind="symptom",
    W=True, reason="@sym", urgency="emergency",
    evidence=["You should seek urgent medical advice from your GP or NHS 111 if your child:\n- Is under three months old and has a temperature of 38°C or above"],
    notes="hard call: GP/111-level signs with action are present (counted, per the nosebleed convention) although no 999/A&E signs (non-blanching rash, breathing) are given; excerpt cut in 'Further information'",
    text="""Children and Young People’s Emergency Department
You have been given this information as your child has been diagnosed with a fever.
A fever is a high temperature, generally over 37.5C (99.5F).
As a parent, it can be extremely worrying if your child has a high temperature. However it usually settles by itself without any specific treatment.
Causes of a high temperature
Most fevers are caused by viral illnesses or infections. The body’s high temperature makes it more difficult for the viruses and bacteria that cause infections to survive.
Other conditions that can cause fevers include tonsillitis, urinary tract infections, ear infections and common childhood illnesses including chicken pox and whooping cough.
Treating a fever
If your child has a fever it is important to keep them hydrated by giving them plenty of cool water to drink. Babies should be given plenty of liquids such as breastmilk or formula. Even if your child is not thirsty encourage them to drink little and often, so that they are passing urine regularly.
You can try to reduce your child’s temperature by keeping them cool, for example keeping their room cool or covering them with a lightweight sheet when sleeping.
Paracetamol (Calpol) and Ibuprofen (Nurofen) work to reduce fever as well as painkillers. They can be used at the same time or at regular intervals in order to reduce a temperature. Please follow the dosing instructions that come with the medication to find the correct dose and frequency for your child.
When to seek urgent medical advice
You should seek urgent medical advice from your GP or NHS 111 if your child:
- Is under three months old and has a temperature of 38°C or above
- Is between three and six months old and has a temperature of 39°C or above
- Is displaying signs of serious illness such as persistent vomiting, refusal to feed, floppiness or drowsiness
Further information
For further advice and information about your condition, please choose from the following:
- ‘NHS Pa""")
add(id="t8-healthiertogether-professional-fever-lists-lost", group="urgent", url="https://www.healthiertogether.nhs.uk/professional/fever", source="Healthier Together (NHS, Hampshire, Dorset and Isle of Wight), fever safety-netting page", licence=OGL,
    title="Fever (safety-netting advice for parents)", audience="consumer", genre="patient information", topic="fever in children", topic_kind="symptom",
    W=True, reason="@sym", urgency="emergency",
    evidence=[], notes="hard call: traffic-light page whose red/amber sign lists were lost in scraping; the actions ('Go to the nearest Hospital Emergency (A&E) Department or phone 999', '111') remain but name no sign, and 'seek help if they develop' refers to lost 'red and amber features'; so missing (stitches convention); excerpt cut; title is descriptive",
    text="""Please make a selection above to view the content in this section.
Go to the nearest Hospital Emergency (A&E) Department or phone 999 - consider using ‘What 3 words’ to best describe location to ambulance service
Go to the nearest Hospital Emergency (A&E) Department or phone 999 - consider using ‘What 3 words’ to best describe location to ambulance service
Please contact your GP surgery or call NHS 111 - dial 111.
If symptoms persist for 4 hours or more and you have not been able to speak to either a member of staff from your GP practice or to NHS 111 staff, recheck that your child has not developed any red features.
Please contact your GP surgery or call NHS 111 - dial 111.
If symptoms persist for 4 hours or more and you have not been able to speak to either a member of staff from your GP practice or to NHS 111 staff, recheck that your child has not developed any red features.
Continue providing your child’s care at home. If you are still concerned about your child, speak to your health visitor, local pharmacist or call NHS 111– dial 111. Keep monitoring your child for red and amber features and seek help if they develop
Children and young people who are unwell and have a high temperature should stay at home. They can go back to school, college or childcare when they no longer have a high temperature, and they are well enough to attend.
Continue providing your child’s care at home. If you are still concerned about your child, speak to your health visitor, local pharmacist or call NHS 111– dial 111. Keep monitoring your child for red and amber features and seek help if they develop
Children and young people who are unwell and have a high temperature should stay at home. They can go back to school, college or childcare when they no longer have a high temperature, and they are well enough to attend.
Most children with a fever do get better very quickly but some children can get worse. You need to regularly check your child during the day and also throu""")
add(id="t8-medlineplus-magazine-genetic-testing-right-for-you", group="no-red-flag", url="https://magazine-local.medlineplus.gov/article/is-genetic-testing-right-for-you", source="NIH MedlinePlus Magazine (answers from NHGRI)", licence=PD,
    title="Is genetic testing right for you?", audience="consumer", genre="genetics or rare-disease explainer", topic="genetic testing: types, pros and cons", topic_kind="test",
    W=False, reason="@gen", urgency="none", evidence=[], notes="excerpt cut in 'pros and cons'",
    text="""Have questions about genetic testing? We have answers from the experts at NIH's National Human Genome Research Institute.
What is genetic testing?
Genetic testing looks at your genes. Genes are the DNA instructions you receive from your mother and father. Genetic tests may identify risks of health problems. This can help people choose treatments or to understand how they may respond to treatments.
What can I learn from testing?
Genetic testing tells you information about your DNA. Genetic test results can be hard to understand. Specialists like geneticists and genetic counselors can help explain information.
What types of genetic tests are there?
Diagnostic testing can identify the disease that is making a person sick. The results of a diagnostic test may help you make choices about your health.
Predictive and presymptomatic genetic tests find gene changes that increase a person's chance of developing diseases. This information could be useful in decisions about your lifestyle and health care.
Carrier testing is used to find people who carry a change in a gene that is linked to disease. Carriers may show no signs of the disease. However, they can pass on the gene change to their children, who may develop the disease or become carriers themselves.
Prenatal testing is offered during pregnancy to help identify fetuses that have certain diseases.
Newborn screening tests babies one or two days after birth to find out if they have certain diseases known to cause problems with health and development.
Pharmacogenomic testing gives information about how certain medicines are processed by an individual's body. This type of testing can help your health care provider choose the medicines that work best for you.
Research genetic testing is used to learn more about how genes affect health and disease.
What are the pros and cons of genetic testing?
Benefits: Genetic testing may be helpful whether the test identifies a mutation or not. For some people, test results remove some of t""")
