# batch d: metastatic spinal cord compression (cancer), council heatwave pages, appendicitis encyclopedia, early-pregnancy leaflets
add(id="t11-rnoh-mscc-patient-information", group="urgent", url="https://www.rnoh.nhs.uk/services/spinal-surgical-unit/metastatic-spinal-cord-compression/mscc-patient-information", source="Royal National Orthopaedic Hospital NHS Trust, spinal surgical unit patient information", licence=OGL,
    title="MSCC patient information", audience="consumer", genre="patient information", topic="metastatic spinal cord compression in people with cancer: symptoms to report", topic_kind="condition",
    W=True, reason="consumer cancer page about a complication that needs urgent care (metastatic spinal cord compression)", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; ends at 'Try to bend your back as little as possible' (may continue)",
    evidence=["Speak with your doctor, nurse or local hospital as soon as is practical (certainly within 24 hours)."],
    notes="symptom list (back/neck pain patterns, band of pain, numbness or weakness, bladder/bowel problems) tied to doctor/nurse/hospital within 24 hours; the leaflet's own level is 24 hours, not 999, although the topic calls for emergency care; present",
    text="""People with cancer are at risk of it spreading to other parts of their body, including the spine (this is known as ‘spinal metastases‘). Spinal metastases can be painful and if not treated can lead to metastatic spinal cord compression (MSCC) – this is when the spinal metastases press on the nerves in the spine. MSCC is rare, but it can cause damage to the spinal cord and can lead to permanent paralysis.

This leaflet is not intended to scare you but to help you recognise the important symptoms of spinal metastases and MSCC. It is important to report your symptoms quickly as the earlier treatments are started the better the result usually is.

Symptoms to watch out for:

  • Pain or tenderness in the middle or top of your back or neck.
  • Severe pain in your lower back that is getting worse or doesn’t go away.
  • Pain in your back that is worse when you cough, sneeze or go to the toilet.
  • Back pain that stops you from sleeping.
  • A narrow band of pain down the arm or leg or around the body.
  • Numbness, weakness or difficulty using your arms or legs.
  • Bladder or bowel control problems.

If you have any of these symptoms:

  • Speak with your doctor, nurse or local hospital as soon as is practical (certainly within 24 hours). They will assess you, determine the relevant treatment and, if deemed appropriate, make a referral to the RNOH.
  • Tell them that you have cancer, are worried about your spine and would like to see a doctor.
  • Show the doctor this fact sheet.
  • Try to bend your back as little as possible""")
add(id="t11-bsuh-mscc-leaflet", group="urgent", url="https://www.bsuh.nhs.uk/documents/metastatic-spinal-cord-compression-mscc/", source="Brighton and Sussex University Hospitals NHS Trust, patient leaflet", licence=OGL,
    title="Metastatic spinal cord compression (MSCC)", audience="consumer", genre="patient information", topic="metastatic spinal cord compression in people with cancer: symptoms to report", topic_kind="condition",
    W=True, reason="consumer cancer page about a complication that needs urgent care (metastatic spinal cord compression)", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in 'How is it diagnosed?' at 'caused by Met'",
    evidence=["Please speak to one of the people above as soon as is practical and certainly within 24 hours."],
    notes="symptom list tied to key worker/GP/consultant team/paramedic within 24 hours; the stored list lacks the bladder/bowel item; present",
    text="""Skip to content

Metastatic spinal cord compression (MSCC)

Download and print as a PDF


People with cancer are at risk of it spreading to other parts of the body.

This includes the spine and is known as Spinal Metastases.

Spinal Metastases can be painful and if not treated can lead to Metastatic Spinal Cord Compression (MSCC).

This is when the spinal metastases press on the spinal cord and nerves in the spine.

Metastatic Spinal Cord Compression (MSCC) is rare, but it can cause damage to the spinal cord and can lead to permanent paralysis.

This leaflet is not intended to scare you but to help you recognise the important symptoms of Spinal Metastases and Metastatic Spinal Cord Compression (MSCC).

It is important to report your symptoms quickly as the earlier treatments are started the better the result usually is.

    What are the symptoms?

    Symptoms can include the following:

    • Pain or tenderness in the middle or top of your back or neck.
    • Severe pain in your lower back that is getting worse or does not go away.
    • Pain in your back that is worse when you cough, sneeze or go to the toilet.
    • Back pain that stops you from sleeping.
    • A narrow band of pain down the arm or leg or around the body.
    • Numbness, pins and needles, weakness or difficulty using your arms or legs.

    If you have any of these symptoms

    If you have any of these symptoms listed please speak to your:

    • Key Worker.
    • GP.
    • Consultant Team.
    • Clinical Nurse Specialist.
    • Treatment Radiographer.
    • Paramedic

    Please speak to one of the people above as soon as is practical and certainly within 24 hours.

    Tell them you have cancer and that you are worried about your spine and would like to see a doctor.

    Please show the doctor this fact sheet.


    • Try to bend your back as little as possible.

    How is it diagnosed?

    Before your doctor can be sure whether these symptoms may be caused by Met""")
add(id="t11-north-yorkshire-lrf-heatwaves", group="urgent", url="https://northyorks.gov.uk/north-yorkshire-local-resilience-forum/our-risks-north-yorkshire/information-and-advice-heatwaves", source="North Yorkshire Council, Local Resilience Forum page", licence=OGL,
    title="Information and advice on heatwaves", audience="consumer", genre="screening-prevention", topic="heatwave preparedness and heat-related illness", topic_kind="prevention",
    W=True, reason="public heat-health warning page; by convention warranted (heat illness can need urgent help)", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole page (links to NHS/Met Office pages not followed). A second stored version (www.) lacked the list items; this fuller one was stored",
    evidence=[],
    notes="hard call: the only help line, 'seek medical attention and/or advice if you experience any symptoms of a heat-related illness', comes under 'After the heatwave' and names no sign (signs are left to the NHS website); judged concern-level, not evidence; warranted and missing (complete text)",
    text="""Information and advice on heatwaves
Extended periods of extreme hot weather can have a detrimental effect on your health and certain infrastructure. They can also lead to water shortages and power cuts.
What to do if there is a heatwave
Before the heatwave:
- check the Met Office website for weather warnings and the weather forecast
- be aware of the signs of heat-related illness – find details on the NHS website
- make sure fridges, freezers, fans and air-conditioners are working properly
- have a supply of drinking water, food and medicine to avoid having to leave the house
During the heatwave:
- follow tips on the Government website
- close curtains on rooms that face the sun and remember it may be cooler outdoors than it is indoors at times
- drink plenty of fluids
- keep out of the sun between 11am and 3pm
- check on vulnerable neighbours and relatives who may be less able to look after themselves
- take care and follow safety advice if you go to open water to cool down
- follow advice on the NHS website on how to cope in hot weather
After the heatwave:
- seek medical attention and/or advice if you experience any symptoms of a heat-related illness
- take time to rest and recover for as long as your GP advises if you have suffered heat exhaustion or heatstroke
- dispose of any food in the fridge or freezer that has become wet or warm if a power cut has affected your appliances""")
add(id="t11-gosport-heatwave-advice", group="urgent", url="https://www.gosport.gov.uk/article/2352/Heatwave-and-Heat-Health-Alerts-advice", source="Gosport Borough Council, advice page", licence=OGL,
    title="Heatwave and Heat Health Alerts advice", audience="consumer", genre="screening-prevention", topic="heatwave and heat-health alert advice for residents", topic_kind="prevention",
    W=True, reason="public heat-health warning page; by convention warranted (heat illness can need urgent help)", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in 'Water safety' at 'To do t'",
    evidence=[],
    notes="hard call: 'If you are worried about what to do ... call them on 111' is concern-based, and 'call a doctor or social services if someone is unwell' names no sign; no heat-illness signs are given; warranted and missing (cut, but the health sections are inside the excerpt)",
    text="""Toggle menu

Heatwave and Heat Health Alerts advice

Advice, guidance and information for residents to help them with either Heatwave conditions or Heat health alerts issued by the Met Office

Heatwave advice

Stay out of the heat, cool yourself down, keep your environment cool or find somewhere else that is cool.

Look out for neighbours, family or friends who may be isolated and unable to care for themselves; make sure they are able to keep cool during a heatwave.

If you are worried about what to do, either for yourself or for someone you know, go to the NHS advice on what to do in a heatwave  or call them on 111.

For more information check: Met Office advice

 

Health advice

There are many things you can do to to help stay safe during this heatwave including:

  • keep out of the sun between 11am and 3pm;
  • if you have to go out in the heat, walk in the shade, apply sunscreen and wear a hat and light scarf;
  • have plenty of cold drinks, and avoid excess alcohol, caffeine and hot drinks;
  • keep windows that are exposed to the sun closed during the day, and open windows at night when the temperature has dropped;
  • turn off non-essential lights and electrical equipment, they generate heat.

 

Look out for others

During this weather please:

  • keep an eye on isolated, elderly, ill or very young people and make sure they are able to keep cool;
  • ensure that babies, children or elderly people are not left alone in stationary cars;
  • check on elderly or sick neighbours, family or friends every day during a heatwave;
  • be alert and call a doctor or social services if someone is unwell or further help is needed.

Age UK have more advice for older adults staying safe in hot weather.

 

Water safety

Staying safe at the coast, rivers and lakes is even more important during warm weather.

The RNLI, with the support of HM Coastguard, is urging everyone to remember to Float to Live if they get into trouble in the water. To do t""")
add(id="t11-north-kesteven-heat-wave-advice", group="urgent", url="https://www.n-kesteven.gov.uk/residents/health-education-and-people/health-and-nhs/health-and-medical-care/heat-wave-advice/", source="North Kesteven District Council, residents' advice page", licence=OGL,
    title="Heat wave advice", audience="consumer", genre="screening-prevention", topic="heatwave advice for residents; heatstroke", topic_kind="prevention",
    W=True, reason="public heat-health warning page; by convention warranted (heat illness can need urgent help)", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole page text (link lists lost)",
    evidence=["Heatstroke can develop very suddenly so, if you suspect that you or someone else has heatstroke, call 999 immediately."],
    notes="hard call: condition-level advice (suspected heatstroke -> 999) with no signs listed; counted because the situation is named next to the action; present",
    text="""We all know how fickle the British weather can be and, whilst most of us enjoy sunny weather, extreme heat can be a hazard to your health. We hope that our advice will help keep North Kesteven residents safe.
Please follow the following links for advice:
Residents are advised to:
-
Check the local weather forecast and, if a heatwave is forecast, try and plan your day in a way that allows you to stay out of the heat.
-
If you can, avoid going out in the hottest part of the day (11am to 3pm).
-
If you must go out, stay in the shade. Wear a hat and light, loose-fitting clothes, preferably cotton. If you will be outside or travelling by car or public transport for some time, take plenty of water with you.
-
Heatstroke can develop very suddenly so, if you suspect that you or someone else has heatstroke, call 999 immediately.
Further information is available from:""")
add(id="t11-eastleigh-stay-safe-in-heat-news", group="urgent", url="https://www.eastleigh.gov.uk/latest-news/stay-safe-and-cool-in-the-heat", source="Eastleigh Borough Council, news item (June 2023)", licence=OGL,
    title="Council reminds local people to stay safe in the heat", audience="consumer", genre="news or research report", topic="heat-health alert: council advice to residents", topic_kind="prevention",
    W=True, reason="news item giving the public heat-health advice; by convention warranted", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in the UKHSA guidance list at 'Keep windows that'",
    evidence=[],
    notes="UKHSA tips list; 'Seek medical advice if you have a chronic long-term condition or are taking multiple medications' is a risk-group prompt, not a warning sign; warranted and missing (cut)",
    text="""Council reminds local people to stay safe in the heat
Met office issues amber level alert
Heat-Health alerts have been issued by the UK Health Security Agency until 9am on Tuesday 13 June. The Council is advising residents to stay safe in the heat as the current heatwave is predicted to last until early next week.
With temperatures, on some days, soaring to around 30 degrees centigrade during the day and staying uncomfortably warm during the night the Council is encouraging local people to take simple precautions to stay safe in the hot weather.
Cabinet Lead for Health Cllr Tonia Craig said: “I encourage all our residents to follow this simple health advice to stay safe in the heat. It’s also important to check on vulnerable people such as the elderly, young children or people with medical conditions as well as your pets.”
Please stay safe with the following guidance from the UK Health Security Agency:
Stay out of the heat:
- Keep out of the sun between 11am and 3pm
- If you have to go out in the heat, walk in the shade, apply sunscreen and wear a hat and sunglasses
- Avoid extreme physical exertion. it is important that outdoor workers stay out of the sun and take measures to keep cool and hydrated
- Wear light, loose-fitting cotton clothes
Cool yourself down:
- Have plenty of cold drinks, and avoid excess alcohol, caffeine and hot drinks.
- Eat cold foods, particularly salads and fruit with a high water content.
- Take a cool shower, bath or body wash.
- Sprinkle water over the skin or clothing, or keep a damp cloth on the back of your neck
- Seek medical advice if you have a chronic long-term condition or are taking multiple medications
- Keep medications that require storing below 25 degrees C in the refrigerator -follow storage instructions on packaging
Keep your environment cool
- Keeping your living space cool is especially important for infants, the elderly or those with chronic health conditions or who can’t look after themselves
- Keep windows that""")
add(id="t11-absoluteastronomy-appendicitis", group="no-red-flag", url="http://image.absoluteastronomy.com/topics/Appendicitis", source="AbsoluteAstronomy.com encyclopedia (Wikipedia text mirror with glossary inserts)", licence=CCBYSA,
    title="Appendicitis", audience="consumer", genre="other", topic="appendicitis (encyclopedia lead)", topic_kind="condition",
    W=False, reason="encyclopedia text on an acute condition (reference, not guidance); by convention red flags not expected", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in the lead at 'and it has been '",
    evidence=[],
    notes="hard call: Wikipedia lead on a mirror (glossary definitions interleaved); 'classified as a medical emergency' is about the condition; not warranted (encyclopedia), not present; urgency by topic",
    text="""Appendicitis is a condition characterized by inflammation
Inflammation is part of the complex biological response of vascular tissues to harmful stimuli, such as pathogens, damaged cells, or irritants. Inflammation is a protective attempt by the organism to remove the injurious stimuli and to initiate the healing process...

 of the appendix
The appendix is a blind-ended tube connected to the cecum , from which it develops embryologically. The cecum is a pouchlike structure of the colon...

. It is classified as a medical emergency
A medical emergency is an injury or illness that is acute and poses an immediate risk to a person's life or long term health. These emergencies may require assistance from another person, who should ideally be suitably qualified to do so, although some of these emergencies can be dealt with by the...

 and many cases require removal of the inflamed appendix, either by laparotomy
A laparotomy is a surgical procedure involving a large incision through the abdominal wall to gain access into the abdominal cavity. It is also known as coeliotomy.- Terminology :...

 or laparoscopy
Laparoscopy is an operation performed in the abdomen or pelvis through small incisions with the aid of a camera...

. Untreated, mortality is high, mainly because of the risk of rupture leading to peritonitis
Peritonitis is an inflammation of the peritoneum, the serous membrane that lines part of the abdominal cavity and viscera. Peritonitis may be localised or generalised, and may result from infection or from a non-infectious process.-Abdominal pain and tenderness:The main manifestations of...

 and shock. Reginald Fitz
Reginald Heber Fitz was an American physician.He graduated in 1864 from Harvard University, where, after studying in Vienna, Berlin, and Paris, he was instructor in pathological anatomy in 1870–1873, assistant professor in 1873–1878, and professor from 1878 to 1908...

 first described acute and chronic appendicitis in 1886, and it has been """)
