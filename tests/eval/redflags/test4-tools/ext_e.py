add(id="t4-nhs-api-widget-glandular-fever", url="https://developer.api.nhs.uk/widgets/condition/?condition=/conditions/glandular-fever/", source="NHS website content (NHS API condition widget)", licence="NHS website content, Open Government Licence v3.0 (presumed, not verified page by page)",
    title="Glandular fever", audience="consumer", genre="patient information", topic="glandular fever", topic_kind="condition",
    W=True, reason="consumer page on an infection that can obstruct the airway or, rarely, rupture the spleen",
    evidence=["Urgent advice: Call NHS 111 if you have:", "Immediate action required: Call 999 if you:"], urgency="emergency", notes="",
    text="""Glandular fever

Glandular fever is a viral infection that mostly affects teenagers and young adults. It gets better without treatment, but it can last for weeks and make you feel very ill.

Check if it's glandular fever

Glandular fever is most common in people aged 15 to 24 years old.

Symptoms of glandular fever may include:

Non-urgent advice: See a GP if you have:

  • a very high temperature or you feel hot and shivery
  • a severe sore throat
  • swelling either side of your neck – swollen glands
  • extreme tiredness or exhaustion
  • a sore throat that's not getting better

Urgent advice: Call NHS 111 if you have:

  • difficulty breathing – you may be more short of breath than usual
  • difficulty and pain when swallowing

Immediate action required: Call 999 if you:

  • cannot swallow, including your own spit (saliva)
  • have severe difficulty breathing – you're gasping, choking or not able to get words out
  • have severe stomach pain

How to treat glandular fever yourself

Glandular fever should get better by itself, and you should start to feel better within 2 to 4 weeks.

There are some things you can do to help ease the symptoms.


  • rest

  • drink plenty of fluids to avoid dehydration – drink small sips frequently if it's painful to swallow

  • take painkillers like paracetamol or ibuprofen (do not give aspirin to children under 16 years old)


  • do not do strenuous activities like heavy lifting or playing sports

How to stop glandular fever spreading

Glandular fever is spread through spit, so you can get it through kissing or by sharing cups or cutlery.

You're infectious for up to 7 weeks before you get symptoms, and you may be infectious for several months after being unwell.

You can go back to work or school as soon as you start to feel better.

To prevent glandular fever spreading:


  • wash your hands regularly

  • wash anything that may have your spit on it


  • do not kiss others

  • d""")
add(id="t4-nidirect-glandular-fever", url="https://www.nidirect.gov.uk/conditions/glandular-fever", source="nidirect (Northern Ireland government)", licence=OGL,
    title="Glandular fever", audience="consumer", genre="patient information", topic="glandular fever", topic_kind="condition",
    W=True, reason="consumer page on an infection that can obstruct the airway or, rarely, rupture the spleen",
    evidence=["You should contact your GP if you think you or your child has glandular fever, or has a sore throat that is not settling (see sore throat)."], urgency="emergency",
    notes="hard call (weak present): 'a sore throat that is not settling' is the only sign tied to the GP advice; the emergency sentence ('go to your nearest emergency department or dial 999 ... if you hav') is cut before its signs",
    text="""Glandular fever

Glandular fever is a type of viral infection. It can affect people of all ages, however most cases affect teenagers and young adults between 15-24 years of age.

Symptoms of glandular fever 

Glandular fever is caused by the Epstein-Barr virus (EBV). Symptoms are thought to take about one to two months to develop after infection with the virus.

The most common symptoms of the condition include:

  • a high temperature (fever)
  • a sore throat – this is usually severe, but in an older adult, or very young child, the infection may be present without a sore throat
  • swollen glands (lymph nodes) in your neck and possibly in other parts of your body, such as under your armpits
  • fatigue (extreme tiredness)

Glandular fever can also cause:

  • a general sense of feeling unwell
  • aching muscles
  • chills
  • sweats
  • loss of appetite
  • pain around or behind your eyes
  • swollen tonsils and adenoids (small lumps of tissue at the back of the nose), which may affect your breathing
  • the inside of your throat to become very red and there may be a whitish coating
  • small red or purple spots on the roof of your mouth
  • a rash
  • swelling or ’puffiness’ around your eyes
  • a tender or swollen tummy
  • jaundice (yellowing of the skin and whites of the eyes)

Some of these symptoms may develop a few days before the main symptoms mentioned above.

While the symptoms of glandular fever can be unpleasant, most of them should pass within two to three weeks. Fatigue, however, can occasionally last several months.

When to seek medical advice

You should contact your GP if you think you or your child has glandular fever, or has a sore throat that is not settling (see sore throat).

They can provide advice and support to help you control your symptoms and reduce the risk of passing the infection on to others.

You should go to your nearest emergency department or dial 999 for an ambulance if you hav""")
add(id="t4-brownlow-health-glandular-fever", url="https://www.brownlowhealth.co.uk/students/glandular-fever/", source="Brownlow Health (NHS GP practice, student health page)", licence=OGL,
    title="Glandular Fever", audience="consumer", genre="patient information", topic="glandular fever", topic_kind="condition",
    W=True, reason="consumer page on an infection that can obstruct the airway or, rarely, rupture the spleen",
    evidence=[], urgency="emergency", notes="short student-health summary; self-care only, then a link to NHS Choices",
    text="""Glandular Fever

Also known as the ‘kissing disease’ glandular fever is caused by an infectious virus which is passed on by saliva and from coughs and sneezes. Glandular fever causes a flu like illness with temperature, headache, sore throat and swollen glands and can cause a tiredness lasting for some time after first onset.

Glands may swell in the armpits and groin, and diagnosis is confirmed by a blood test. There is no treatment for glandular fever but it can be helped by drinking plenty of water, eating healthily and keeping a good sleep pattern with plenty of rest.

More information here, from NHS Choices.

""")
add(id="t4-what018-paramedics-croup-sheet", url="https://www.what0-18.nhs.uk/professionals/paramedics/safety-netting-documents-parents/croup", source="Healthier Together (what0-18.nhs.uk), Hampshire, Dorset and Isle of Wight NHS", licence=OGL,
    title="Croup (safety-netting sheet for parents)", audience="consumer", genre="patient information", topic="croup", topic_kind="condition",
    W=True, reason="@acute",
    evidence=[], urgency="emergency",
    notes="hard call: extraction lost the red and amber sign boxes, so 'If your child has any of the following:' and 'Go to the nearest Hospital Emergency (A&E) Department or phone 999' name no sign; 'If you are still concerned' is generic (tie-break 1). The live sheet has full sign lists (compare t4-abb-healthiertogether-croup)",
    text="""Croup is a common childhood illness that can cause a distinctive, bark-like cough. It can also cause difficulty breathing which can be frightening for both you and your child.
Croup (also called laryngotracheobronchitis) can be caused by several viruses which affect the airways including the voice box (larynx), windpipe (trachea) and lungs (the bronchi) causing them to swell and become narrower. It usually affects babies and young children between the ages of one and three years old. Some children have croup two or more times in their childhood.
Your child may have:
This guidance is written by healthcare professionals from across Hampshire, Dorset and the Isle of Wight.
If your child has any of the following:
Go to the nearest Hospital Emergency (A&E) Department or phone 999
Please ring your GP surgery or call NHS 111 - dial 111
If none of the features in the red or amber boxes above are present
Continue providing your child’s care at home. If you are still concerned about your child, call NHS 111 – dial 111""")
add(id="t4-abb-healthiertogether-croup", url="https://abbhealthiertogether.cymru.nhs.uk/professionals/hospital-staff/safety-netting-documents-parents/croup", source="Aneurin Bevan University Health Board, Healthier Together (NHS Wales)", licence=OGL,
    title="Croup (safety-netting sheet for parents)", audience="consumer", genre="patient information", topic="croup", topic_kind="condition",
    W=True, reason="@acute",
    evidence=["You need urgent help.", "Go to the nearest Hospital Emergency (A&E) Department or phone 999", "You need to contact a doctor or nurse today."], urgency="emergency",
    notes="same template as t4-abb-healthiertogether-febrile-convulsion; sign boxes intact",
    text="""Croup is a common childhood illness that can cause a distinctive, bark-like cough. It can also cause difficulty breathing which can be frightening for both you and your child.

If your child has any of the following:

  • Is going blue around the lips
  • A harsh breath noise as they breathe in (stridor) present all of the time (even when they are not upset)
  • Has pauses in their breathing (apnoeas) or has an irregular breathing pattern
  • Is too breathless to talk / eat or drink
  • Becomes pale, mottled and feels abnormally cold to touch
  • Becomes extremely agitated (crying inconsolably despite distraction), confused or very drowsy (difficult to wake)
  • Develops a rash that does not disappear with pressure (the ‘Glass Test’)
  • Is under 1 month of age with a temperature of 38°C /100.4°F or above






You need urgent help.

Go to the nearest Hospital Emergency (A&E) Department or phone 999

If your child has any of the following:

  • Has laboured/rapid breathing or they are working hard to breath – drawing in of the muscles below their lower ribs, at their neck or between their ribs
  • A harsh breath noise when they breathe in (stridor) present only when they are upset
  • Seems dehydrated (sunken eyes, drowsy or no urine passed for 12 hours)
  • Is becoming drowsy (excessively sleepy)
  • Drooling and has difficulty swallowing saliva
  • Is 1-3 months of age with a temperature of 38°C /100.4°F or above or 3-6 months of age with a temperature of 39°C / 102.2°F or above (but fever is common in babies up to 2 days after they receive vaccinations)
  • Seems to be getting worse or if you are worried






You need to contact a doctor or nurse today.

Please ring your GP surgery or contact NHS Wales 111 

If none of the features in the red or amber boxes above are present







Self care

Continue providing your child’s care at home. If you are still concerned about your child, ring your GP surgery or contact NHS """)
add(id="t4-healthinfo-canterbury-heat-exhaustion", url="https://www.healthinfo.org.nz/heat-exhaustion-heat-stroke.htm", source="HealthInfo Canterbury (Health New Zealand | Te Whatu Ora Waitaha)", licence="New Zealand public-sector health information, CC BY 4.0 (presumed under NZGOAL, not verified)",
    title="Heat exhaustion and heat stroke", audience="consumer", genre="patient information", topic="heat exhaustion and heat stroke", topic_kind="condition",
    W=True, reason="@acute",
    evidence=["If you do not feel better, go to your general practice team or after hours clinic."], urgency="emergency",
    notes="hard call (weak present): the trigger is not feeling better after resting and drinking for half an hour (time threshold, tie-break on named time); the excerpt stops in the heat-stroke section before any 111/ambulance advice",
    text="""Heat exhaustion is not usually serious and is caused by losing salt and water from your body after being exposed to heat for a long time. Signs of heat exhaustion include:
feeling dizzy or faint
feeling sick
heavy sweating
a fast pulse rate
having a headache
confusion
having muscle cramps in your arms, legs and stomach.
Treating heat exhaustion
Rest in a cool place – lie down with your legs raised.
Drink plenty of non-alcoholic, cool drinks.
Loosen your clothing – if possible, remove excess clothing.
You should start to feel better within half an hour with no long-term complications. If you do not feel better, go to your general practice team or after hours clinic.
Heat stroke
Heat stroke is less common but more serious than heat exhaustion and occurs when your body's temperature becomes dangerously high. Your body can no longer cool itself and starts to overheat. This can develop quickly with little warning.
People more at risk of developing heat stroke include:""")
