# batch c: insurance, NZ heat pages and releases, research overview
add(id="t8-medicare-emergency-department-services", group="no-red-flag", url="https://www.medicare.gov/coverage/emergency-department-services", source="Medicare.gov (CMS), coverage page", licence=PD,
    title="Emergency department services", audience="consumer", genre="other", topic="Medicare coverage of emergency department visits", topic_kind="other",
    W=False, reason="insurance coverage page; not advice to readers with symptoms", urgency="none", partial=False, retrieved="search tool excerpt (pages corpus) stored verbatim; it appears to hold the whole coverage entry",
    evidence=[], notes="trap: 'an injury, a sudden illness, or an illness that quickly gets much worse' defines coverage, not a warning sign with an action",
    text="""Emergency department services

Medicare Part B (Medical Insurance)  usually covers emergency department services when you have an injury, a sudden illness, or an illness that quickly gets much worse.

Your costs in Original Medicare

  • You pay a  copayment for each emergency department visit and a copayment for each hospital service you get.
  • After you meet the Part B deductible , you also pay 20% of the  Medicare-Approved Amount  for your doctor's services.
  • If your doctor admits you to the same hospital for a related condition within 3 days of your emergency department visit, you don't pay the copayment(s) because your visit is considered part of your inpatient stay.  

Find out cost

To find out how much your test, item, or service will cost, talk to your doctor or health care provider. The specific amount you’ll owe may depend on several things, like:

  • Other insurance you may have
  • How much your doctor charges
  • If your doctor accepts assignment
  • The type of facility
  • Where you get your test, item, or service

Things to know

Medicare only covers emergency services outside of the U.S. under rare circumstances.

Is my test, item, or service covered?""")
add(id="t8-toiteora-keep-whanau-cool-2019", group="urgent", url="https://www.toiteora.govt.nz/news_and_events/m/10/yr/2019/id/1554", source="Toi Te Ora Public Health (Bay of Plenty and Lakes DHBs), news", licence=CCBYNZ,
    title="Keep Your Whānau Cool and Healthy as Thermometers Climb", audience="consumer", genre="news or research report", topic="hot weather health advice", topic_kind="prevention",
    W=True, reason="public-health hot-weather warning to residents; readers need the signs of heat illness and when to get help (TEST7 convention: direct public-health warnings are warranted)", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the whole news item with site chrome",
    evidence=[], notes="complete release; prevention tips only, no signs of heat illness and no action; complete-text omission",
    text="""Username Password Forgotten your password?


RSS Feed
RSS Feed
Keep Your Whānau Cool and Healthy as Thermometers Climb
29 January 2019

With temperatures across the Bay of Plenty and Lakes set to sizzle over the coming days, our local Medical Officer of Health has some tips to help you and your whānau beat the heat, stay cool and stay healthy.

“While this hot weather can be really enjoyable for some, it does also present some risks to health especially for the elderly and those with medical conditions,” says Medical Officer of Health, Dr Neil de Wet.  “In this weather it’s important to drink plenty of water and where possible stay out of the sun and find shade if outside.”

Advice for people wishing to avoid the heat, stay cool and stay healthy:

  • Stay out of the sun.  Find shade outside wherever possible and stay indoors when you can.

  • Drink plenty of water.  Add a slice of lemon, lime or mint for extra flavour!

  • Keep your house cool.  Open windows or use air conditioning or fans if you can.

  • Eat frozen fruits as a cool snack.

  • Stay cool.  If exercising or doing outdoor activities choose the early morning or later in the evening when it’s cooler.

  • Check on your neighbours, especially the elderly. 

  • Remember, children, older people or those with health concerns may find it more difficult to cope with the heat.

  • Don’t leave children or animals unattended in parked cars.  This is especially important on hot days.

  • Be sunsmart.  If you have to be outside, remember to Slip, Slop, Slap and Wrap.

  • Keep your kids cool.  As the new school year begins, equip children with a water bottle, appropriate clothing, sunblock and a hat.  Add a chiller pad to their lunch to keep it cooler for longer.

  • Look after your pets.  Keep them safe, hydrated and cool.


Last modified: 26 Mar 2020
Share on Facebook 
< Back""")
add(id="t8-healthpromotion-nz-health-effects-from-heat", group="urgent", url="https://healthpromotion.govt.nz/keeping-healthy/health-effects-from-heat", source="Health New Zealand (Health Promotion), keeping healthy", licence=CCBYNZ,
    title="Health effects from heat", audience="consumer", genre="patient information", topic="health effects of heat", topic_kind="prevention",
    W=True, reason="consumer page on heat and health; readers need the signs of heat illness and when to get help", urgency="emergency",
    evidence=[], notes="hard call: 'If you have any concerns, call Healthline on 0800 611 116' is concern-based, tied to no sign, so not evidence; the excerpt ends inside the downloadable-resources list; mirror copies of the same text (Hawke’s Bay, info.health.nz) show only a short heatwave-preparation list after it, so the text is nearly complete (complete-text omission in substance)",
    text="""Health effects from heat
Extreme heat can cause illness and death. But effective planning and actions can reduce its effects on health.
Keeping cool in heat
Drink plenty of water
Stay hydrated with a regular intake of fluid. Try adding a slice of lemon, lime or mint to a jug of water in the fridge.
Cut down on alcohol
Water is the best form of fluid, alcohol can dehydrate you more in hot weather.
Eat frozen snacks
Try eating frozen banana or other fruit as a cool snack.
Stay out of the sun
Find shade outside wherever possible and stay indoors when you can.
Keep cool while exercising
Exercise or do outdoor activities early in the morning or later in the evening if possible.
Look out for your neighbours
Keep a close eye on neighbours, especially the elderly, to check they’re okay. Remember, children, older people or those with health concerns may find it more difficult to cope with the heat.
Never leave children unattended in parked cars
This is especially important on hot days.
Keep your house cool
Open windows and create a cross breeze or turn on the air conditioning.
Practice being sunsmart
If you have to be outside, remember to Slip, Slop, Slap and Wrap.
- Slip on a top with long sleeves and a collar.
- Slip into the shade.
- Slop on sunscreen that is at least SPF30, broad spectrum and water resistant, and apply 20 minutes before going outside and reapply every 2 hours.
- Slap on a wide brimmed hat.
- Wrap on close-fitting sunglasses.
Keep your children cool
As the new school year begins, it’s important to keep your children safe – equip them with a water bottle, appropriate clothing, sunblock and a hat. Perhaps even add a chiller pad to their lunch to keep it cooler for longer.
Look after your pets
Keep them safe, hydrated and cool.
If you have any concerns, call Healthline on 0800 611 116
Heat resources
Download posters to display.
Looking after yourself in hot weather [PDF, 256 KB]
Look after yourself in the heat [PDF, 417 KB]
Are you dehydrated? [PDF, 36""")
add(id="t8-tewhatuora-stay-cool-summer-release", group="urgent", url="https://www.tewhatuora.govt.nz/corporate-information/news-and-updates/older-news-items/stay-cool-and-go-well-this-summer-by-planning-ahead/", source="Te Whatu Ora – Health New Zealand, news release", licence=CCBYNZ,
    title="Stay cool and go well this summer by planning ahead", audience="consumer", genre="news or research report", topic="summer heat, sun and holiday health services", topic_kind="prevention",
    W=True, reason="public-health release warning of intense heat; readers need the signs of heat illness and when to get help (TEST7 convention: direct public-health warnings are warranted)", urgency="emergency",
    evidence=[], notes="hard call: 'if it’s an emergency, always call 111 or go to ED if you are seriously unwell or if it’s a life-threatening emergency' names no sign (generic service information), so not evidence; no heat-illness signs; excerpt cut",
    text="""Summer has officially arrived and the countdown to Christmas has begun – with Te Whatu Ora – Health New Zealand calling for people to stay cool and look out for whānau with the intense heat predicted these holidays.


“With El Niño set to bring particularly hot, dry days, it’s important that we all think about sun protection and hydration, particularly if out with young and old whānau members enjoying the sunshine,” says Dr Sarah Clarke, National Clinical Director, Primary and Community Care, Te Whatu Ora.


“The age-old advice to slip, slop, slap and wrap should be top of mind, as well as to seek shade, keep hydrated and check first whether it’s safe to swim at your local swimming spot.”


When you’re heading for the water, don’t forget to visit ‘Can I Swim Here?’ section of the Land Water Aotearoa (LAWA) website at to view the latest information.


Dr Clarke says if you’re planning on heading to a popular holiday hotspot, to think about your health needs in advance.


“Pharmacies outside the main centres may not carry some medicines, or have limited stock, so it is best to be prepared and take what you need with you,” she says.


“If you or a whānau member is running low on prescription medication, please contact your local GP or healthcare provider now to book an appointment.”


Most general practices across the motu will be either closed or operating limited hours over the Christmas and New Year period. Visit for up-to-date information on GP and pharmacy opening hours.


Hospital emergency departments and many urgent care clinics will remain open – so if it’s an emergency, always call 111 or go to ED if you are seriously unwell or if it’s a life-threatening emergency. 


People are also encouraged to consider packing a first aid kit, including a supply of paracetamol or ibuprofen, and some over-the-counter medications for cough and cold symptoms.


“With COVID-19 still circulating in our communities, it is al""")
add(id="t8-nhlbi-heart-attack-research", group="no-red-flag", url="https://www.nhlbi.nih.gov/research/heart-attack", source="National Heart, Lung, and Blood Institute (NIH), research page", licence=PD,
    title="Heart Attack Research", audience="consumer", genre="news or research report", topic="NHLBI heart attack research programme", topic_kind="other",
    W=False, reason="@policy", urgency="none", evidence=[], notes="trap: 'heart attack' throughout, but as a research subject; excerpt cut",
    text="""Heart Attack Research

The NHLBI leads and supports basic research, clinical trials, and large long-term studies related to heart attacks. Our research has helped scientists and doctors better understand the causes of heart attacks and has led to improved treatment options for this condition. We continue to fund research to help find ways to prevent and treat heart attacks in all populations.

NHLBI research that really made a difference

NHLBI research that really made a difference

Most heart attacks are caused by coronary heart disease. The NHLBI-funded International Study of Comparative Health Effectiveness with Medical and Invasive Approaches (ISCHEMIA) trial compared various treatment options for coronary heart disease to prevent heart attacks. The trial found that in people who have serious coronary heart disease, medicine and healthy lifestyle changes are as effective as major procedures at reducing the risk of a heart attack. The results of this study will help doctors decide on an appropriate treatment option for people who are at risk of a heart attack.

Learn more about the ISCHEMIA trial: NIH-funded studies show stents and surgery no better than medication, lifestyle changes at reducing cardiac events.

Current research funded by the NHLBI

Current research funded by the NHLBI
A medical professional holding out a heart
Research Feature

Read about how the studies we support are showing the importance of healthy lifestyle changes to lower the risk of a heart attack: Small changes for a healthy heart.

Our Division of Cardiovascular Sciences and its Adult and Pediatric Cardiac Research Program and Atherothrombosis and Coronary Artery Disease Branch oversee much of the research on heart attacks we fund.

Current research on lowering the risk of a heart attack

The NHLBI supports several long-term studies to better understand the risk factors for a heart attack. These studies are exploring how lifestyle habits, heart and blood vessel diseases, stress, and o""")
