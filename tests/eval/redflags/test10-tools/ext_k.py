# batch k: kidney infection discharge leaflet, US Army water-safety article
add(id="t10-gateshead-pyelonephritis-discharge", group="urgent", url="https://www.gatesheadhealth.nhs.uk/resources/kidney-infection-pyelonephritis/", source="Gateshead Health NHS Foundation Trust, patient information (same day emergency care)", licence=OGL,
    title="Kidney infection (pyelonephritis)", audience="consumer", genre="patient information", topic="kidney infection (pyelonephritis), discharge instructions", topic_kind="condition",
    W=True, reason="@acute", urgency="same-day", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in the symptom list at '- Bloo'",
    evidence=[],
    notes="discharge instructions whose stored part ends inside the symptom list, before any when-to-return advice; missing because of the cut (partial). Urgency same-day (sepsis signs would be emergency)",
    text="""Discharge instructions for pyelonephritis
You have been seen in the same day emergency care (SDEC) / emergency department today and told that you have a kidney infection. This is called pyelonephritis.
What is a kidney Infection
A kidney infection is a painful bacterial infection of one or both of your kidneys. It is caused by bacteria travelling from your bladder into one or both of your kidneys and causing an infection there.
If it is treated early, there should be no serious harm. If it is left untreated, it can become worse and cause kidney damage.
Most kidney infections are one off and come on quite quickly. This is called an acute kidney infection.
Causes of kidney infections
Most kidney infections develop from a bladder infection. Bacteria travel up the tubes between the bladder and kidney to infect a kidney. These bacteria are those normally living in the bowel such as E.Coli. Most people with a bladder infection don’t get a kidney infection.
Some kidney infections can develop without a bladder infection. This is sometimes due to a problem in the kidney. For example, some people are more likely to get kidney infections if they have a kidney stone or an abnormality of the kidney.
It is usually only one kidney that develops an infection. It can occur at any age and is more common in women. This is because women are more at risk of getting a bladder infection. This is because the tube you pass urine through is closer to anus and shorter in length compared to men making it easier for bacteria to enter the bladder.
Kidney infections are also more common in children, during pregnancy and in older people. They are uncommon in healthy men.
Symptoms of kidney infections
Symptoms usually develop quickly, over a few hours or so, and may include:
- Pain in a loin or flank. (This is the area at the side of your back where the kidney is located).
- High temperature (fever) which may cause shivers.
- Feeling sick (nausea) and/or being sick (vomiting).
- Diarrhoea.
- Bloo""")
add(id="t10-army-mil-water-wise-drowning", group="urgent", url="https://www.army.mil/article/58672/Water_Wise/", source="U.S. Army (army.mil), article", licence=PD,
    title="Water Wise", audience="consumer", genre="screening-prevention", topic="drowning prevention for families", topic_kind="prevention",
    W=True, reason="public water-safety advice (as TEST9's water-safety notice): readers need to know what to do after a near-drowning", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in the tips list at 'Bad weather can make swim'",
    evidence=[],
    notes="hard call: prevention tips article; mentions non-fatal submersion injuries but gives no signs or help-seeking action in the stored part; warranted by the TEST9 water-safety convention, missing (cut, so a later section may exist)",
    text="""Did you know that, on average, it takes only 20 seconds for a child and 60 seconds for an adult to drown? Drowning is often a silent event, especially for children because those 5 years old and under don’t understand the danger of falling into water and usually don’t splash, cry or call out for help. According to the Centers for Disease Control and Prevention, in 2007, there were nearly 3,500 drownings in the United States, averaging about 10 deaths per day.
More than one in five of drowning victims are 14 and younger, and for every child who dies from drowning, another four receive emergency care for non-fatal submersion injuries. Unfortunately, for those that only “nearly drown,” the result is also often tragic. Near-drowning may result in memory problems, learning disabilities or severe brain damage.
Before taking your Family out for a relaxing dip this summer, keep the following tips in mind:
• Designate a responsible adult “water watcher” to supervise all children swimming or playing in or around water. This adult should not be distracted by anything else " that means no chatting with other people, reading books, talking or texting on a cell phone or grilling.
• Avoid drinking alcohol before and during swimming, boating or water skiing. Be especially careful to abstain from alcohol while supervising children.
• For home pools, install a four-sided, isolation pool fence that completely separates the house from the pool area. The fence should be non-climbable and at least 4 feet tall. Use self-closing, self-latching gates that open outward and have latches above the reach of children. Place items that can be used for climbing, such as tables and chairs, away from fences.
• Remove all floats and other toys from the pool immediately after use. These toys can tempt children to enter the pool area or lean over the pool and accidentally fall in.
• Know the local weather conditions and forecast before swimming or boating. Bad weather can make swim""")
