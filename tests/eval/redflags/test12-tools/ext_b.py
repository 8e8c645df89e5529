# batch b: cold-weather notices (council, town council, GP practice), mental-health crisis team, reduced fetal movements news
add(id="t12-northumberland-cold-weather-advice", group="urgent", url="https://www.northumberland.gov.uk/News/2022/Dec/Council-offers-cold-weather-advice.aspx", source="Northumberland County Council, news December 2022", licence=OGL,
    title="Council offers cold weather advice", audience="consumer", genre="screening-prevention", topic="cold weather alert: keeping older people warm, Warm Spaces", topic_kind="prevention",
    W=True, reason="public cold-weather health warning; readers (older people, carers) may need to recognise when someone needs help", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'continued colde' (in the UKHSA alert paragraph)",
    evidence=[],
    notes="cut excerpt: the stored text is about checking on neighbours, heating costs and Warm Spaces; no sign of cold-related illness tied to any action; warranted and missing (cut, so a later advice section may exist)",
    text="""A plan with frost. The council is offering cold weather advice

Council offers cold weather advice

With the first real cold snap of the winter taking hold, the council is encouraging residents to take some steps to stay safe and warm, especially older people. 
Many older people may be particularly affected by colder conditions, with the chilly weather making it less appealing to get out and about, leading to them feeling isolated. 
Northumberland County Council’s Director of Public Health, Liz Morgan said: “Please help by checking regularly on friends, family and neighbours – even a phone call to make sure they’re ok and have a chat or check if they need any shopping or other errands. 
Keeping the house warm is very important for older people, who can be more susceptible to illness if they’re cold, and increased fuel costs can be a real worry.” 
For those who are concerned about heating costs at home, the council is also reminding people about the network of Warm Spaces in the county. 
Northumberland County Councillor Wendy Pattison, cabinet member for Adult Wellbeing, said: “Warm Spaces are places where people can come together in a warm, safe, welcoming place and maybe enjoy a hot drink, a sit down and have a chat with others. 
This includes, but is not limited to, community centres, church halls, libraries and community hubs. They are free to visit, and we promise a warm welcome when you arrive. 
Some places may offer a hot drink, activities and other things like free access computers and Wi-Fi.  You can come and spend time quietly or meet other people in your community for a chat.  Each warm space is different and may not be open every day.  
“But we're working together with all our community partners to try and offer as many warm spaces as we can.” 
The UK Health Security Agency (UKHSA) has issued a cold weather alert which will run until 9am on 12 December, but could be extended further if forecasts predict continued colde""")
add(id="t12-holsworthy-town-council-cold-weather", group="urgent", url="http://www.holsworthytowncouncil.gov.uk/look-in-on-vulnerable-neighbours-and-relatives/", source="Holsworthy Town Council (Devon), news/advice page", licence=OGL,
    title="Look in on vulnerable neighbours and relatives", audience="consumer", genre="screening-prevention", topic="cold weather and health: who is at risk, checking on neighbours", topic_kind="prevention",
    W=True, reason="public cold-weather health advice naming heart attack and other risks; readers may need to know when to get help", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole page text (some list items of the risk list were lost in extraction: 'heart attack' is followed directly by 'falls and injuries'; plugin message at the end kept)",
    evidence=[],
    notes="hard call: 'If you start to feel unwell, even if it's a cough or cold, don't wait until it gets more serious. Seek advice from your pharmacist.' is an early-help prompt for any illness, not a warning sign of cold-related harm (no hypothermia, chest pain or 111/999 advice); not counted; warranted and missing",
    text="""01409 253312

Look in on vulnerable neighbours and relatives


Cold weather can affect your health. Find out how to keep yourself well and your home warm during winter.

Why is cold weather a problem?
Who is most at risk?
Be prepared
How to keep your home warm
Protect your health in the cold
Look in on vulnerable neighbours and relatives
Why is cold weather a problem?
When the temperature drops to below 8C, some people are at increased risk of:
heart attack
falls and injuries
Cold weather can also affect people with mental health conditions, such as depression and dementia.
Who is most at risk?
Very cold weather can affect anyone, but you are most vulnerable if:
you’re 65 or older
you’re on a low income (so can’t afford heating)
you have a long-term health condition, such as heart, lung or kidney disease
you’re disabled
you’re pregnant
you have young children (newborn to school age)
you have a mental health condition
Be prepared
The Met Office provides weather forecasts on radio and TV, so listen in to these bulletins regularly to keep up to date with the weather.
Severe weather warnings are also issued on the Met Office website, through the Met Office Twitter feed, or you can call the Weather Desk on 0370 900 0100 or 01392 885 680.
The Met office also has advice on getting ready for winter. This includes suggestions for practical things you can do to prepare for winter weather, including cold, ice and snow, high winds and flooding.

If you start to feel unwell, even if it’s a cough or cold, don’t wait until it gets more serious. Seek advice from your pharmacist.


Look in on vulnerable neighbours and relatives

Check up on older neighbours and relatives, and those with heart or respiratory (breathing) problems, to make sure:

  • they’re safe and well
  • are warm enough, especially at night
  • have stocks of food and medicines so they don’t need to go out during very cold weather

Please install Instagram Feed plugin!""")
add(id="t12-school-lane-surgery-cold-weather", group="urgent", url="https://schoollanesurgery.co.uk/news/cold-weather-guidance-and-how-to-keep-safe", source="School Lane Surgery (NHS GP practice), news", licence=OGL,
    title="Cold weather guidance and how to keep safe", audience="consumer", genre="screening-prevention", topic="cold spell: keeping warm, checking on vulnerable people", topic_kind="prevention",
    W=True, reason="public cold-weather health warning naming heart attacks, strokes and breathing problems; readers may need to act", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'especially if' (in 'Look after yourself'); title supplied from the URL",
    evidence=[],
    notes="'If you are unsure where to get help ... NHS 111' is concern-based, tied to no sign; cut before any symptom advice; warranted and missing",
    text="""Cold conditions can have a serious effect on the health of older people, especially those living with long term heart or lung conditions. They can also create difficulties for others in vulnerable situations.
This week we are expecting to see a cold spell, the first of the winter season. This is the perfect time to highlight some useful information so you can be prepared as much as possible to whatever winter has in store.
It is important to check on family members, friends and neighbours who may be more affected by low temperatures. Stay connected with them and see whether they need any practical support such as extra food or medicines.
If you are unsure where to get help for yourself or someone else, NHS 111 online or by phone will guide you to the most suitable service.
Below you can find guidance on keeping your home warm and safe, caring for yourself, supporting others, reducing heat loss in your home and finding financial support.
Keeping your home warm, efficient and safe
- Try to heat the rooms you use to at least eighteen degrees if possible. This reduces health risks, especially for people with limited mobility, those over sixty-five and anyone with heart or lung problems.
- If you cannot heat all the rooms you use, focus on warming your living area during the day and your bedroom before you go to bed.
- Make sure your heating system and cooking appliances are checked regularly and keep your home ventilated.
- Use electric blankets according to the instructions and have them tested every three years. Do not use a hot water bottle at the same time as an electric blanket.
- Never use a gas cooker or oven to warm your home because it is unsafe and can produce carbon monoxide which can be fatal.
- If you rely on heating oil, LPG, or solid fuel, make sure you have enough supply for the winter months.
Look after yourself
- Staying well helps you maintain independence. Cold conditions raise the risk of heart attacks, strokes, and breathing problems, especially if""")
add(id="t12-humber-adult-mental-health-crisis", group="urgent", url="https://www.humber.nhs.uk/services/support-for-adults-experiencing-a-mental-health-crisis-or-urgent-care-need.htm", source="Humber Teaching NHS Foundation Trust, service page", licence=OGL,
    title="Support for adults experiencing a mental health crisis or urgent care need", audience="consumer", genre="patient information", topic="adult mental health crisis: crisis intervention team", topic_kind="condition",
    W=True, reason="consumer page about a mental-health crisis (suicide, self-harm) where readers may need to act", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in the emotional-support list after the SANEline item ('including their'); the team's phone number is not in the stored text",
    evidence=["The Mental Health Crisis Intervention Team is able to support people who are experiencing a crisis with their mental health, and who think they are at risk of harming themselves or others but who do not need immediate medical assistance."],
    notes="hard call: the situation (risk of harming self or others) is tied to the crisis team, which is 'available 24 hours a day ... to ring for advice', and an examples list of crisis signs follows; no 999/A&E line for immediate danger and the number is not stored; present (weak)",
    text="""Support for adults experiencing a mental health crisis or urgent care need

The Mental Health Crisis Intervention Team is able to support people who are experiencing a crisis with their mental health, and who think they are at risk of harming themselves or others but who do not need immediate medical assistance.

You can also call the team if you are considering attending Accident and Emergency for help with your mental health. The team is available 24 hours a day, seven days a week for patients, carers and healthcare professionals to ring for advice.

Examples of urgent/crisis mental health problems:

  • Experiencing suicidal feelings and thoughts with a plan to harm yourself.
  • Engaging in self-harm behaviours that may be escalating and becoming more severe.
  • Significant mental health concerns which require immediate attention, such as delusions, paranoia, hallucinations or hearing voices.
  • Other behaviours that make you feel out of control and are likely to endanger you or others.

You may have already been diagnosed with a mental health problem, such as schizophrenia, bipolar disorder or depression, or you might be going through your first episode of a diagnosable mental health problem.

Even if what you're going through isn't related to a specific diagnosis, experiencing emotions or behaviours that are painful or hard to manage can still make you feel like you're in crisis. When you're feeling like this, you may need to access crisis services to help you resolve the situation or to support you until it has passed.

If you are in need of emotional support and wish to talk to someone, you can contact:

  • A friend or family member who you feel able to speak to.
  • A professional that may be providing you with care, such as a member of a Community Mental Health Team.
  • SANEline – SANE is a charity that runs a national, out-of-hours, mental health helpline offering emotional support to anyone affected by mental illness, including their""")
add(id="t12-lancs-teaching-baby-movements-news", group="urgent", url="https://lancsteachinghospitals.nhs.uk/news/article/155", source="Lancashire Teaching Hospitals NHS Foundation Trust, news", licence=OGL,
    title="Maternity teams urge mums-to-be to call about their baby's movements", audience="consumer", genre="news or research report", topic="reduced fetal movements in pregnancy: awareness news", topic_kind="symptom",
    W=True, reason="public-advice news item telling pregnant readers when to call (reduced fetal movements)", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut inside the Tommy's link at the end; title supplied from the content",
    evidence=["if you are worried about your baby’s movements, you should contact your midwife or maternity unit immediately. We want to appeal to mums-to-be to make contact as quickly as possible if you think your baby’s movements have slowed down, stopped or changed."],
    notes="sign (movements slowed, stopped or changed) tied to contacting the midwife or maternity unit immediately, not waiting until the next day; present",
    text="""The maternity teams at Royal Preston Hospital are urging mums-to-be to call their midwife or maternity unit if they have any concerns about their baby’s movements.
According to Tommy’s, the charity that funds medical research into the causes of premature birth, stillbirth and miscarriage, and provides an information service about health in pregnancy, ‘fetal movements can be anything from a flutter, kick, swish or roll’.
Feeling your baby move is a sign that they are well, and you may feel your baby move as early as 16 weeks of pregnancy, but most women usually feel something between 18 and 24 weeks. If this is your first pregnancy, you may not notice your baby’s movements until you are more than 20 weeks pregnant.
While fewer movements could indicate that your baby is unwell, these checks usually reveal that everything is okay. Most women who have experienced one episode of fewer movements go on to have a straightforward pregnancy and healthy baby. However, maternity staff at Lancashire Teaching Hospitals want pregnant women to know how important it is to contact them anyway just to be on the safe side.
Janet Cotton, Head of Midwifery at Lancashire Teaching Hospitals, said:
“Accessing maternity care is essential during the pandemic, and if you are worried about your baby’s movements, you should contact your midwife or maternity unit immediately. We want to appeal to mums-to-be to make contact as quickly as possible if you think your baby’s movements have slowed down, stopped or changed. There are staff on our maternity unit and units across the country 24 hours a day, 7 days a week, and they are here to help you. Please do not put off calling us until the next day in case things change – our services are still running and we are on-hand to provide support.”
To find out more about your baby’s movements and to get expert advice and support for all aspects of your pregnancy, visit:
https://www.tommys.org/pregnancy/symptom-checker/baby-fetal-moveme""")
