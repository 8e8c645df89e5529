# batch o: meningococcal disease (Auckland Regional Public Health Service, NZ), mental health crisis (Sheffield trust news, Aneurin Bevan UHB)
add(id="t10-arphs-meningococcal-disease", group="urgent", url="http://www.arphs.govt.nz/health-information/communicable-disease/meningococcal-disease", source="Auckland Regional Public Health Service (Te Whatu Ora / NZ government), health information page", licence=CCBYNZ + " (presumed, not verified page by page)",
    title="Meningococcal Disease", audience="consumer", genre="patient information", topic="meningococcal disease (meningitis and septicaemia)", topic_kind="condition",
    W=True, reason="@acute", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim (the adults' list heading was lost in extraction); cut at 'go straight back to a doctor or ring Heal'",
    evidence=["If you or someone in your household is sick with one or more of the symptoms listed above:",
              "Ring a doctor or Healthline (0800 611 116) straight away – whatever the time, day or night."],
    notes="symptom lists for babies/children and adults tied to ringing a doctor or Healthline straight away, day or night; no 111 (NZ emergency number) line in the stored part",
    text="""Select the search type
  • Site
  • Web

Meningococcal Disease

Meningococcal disease is a bacterial infection caused by the bacterium Neisseria meningitidis.  It causes two very serious illnesses:

  • Meningitis (inflammation of the brain membranes), and
  • Septicaemia (blood poisoning).
Meningococcal disease can be treated with antibiotics – but early treatment is very important.

Meningococcal Disease Fact Sheet (PDF, 66.28 KB).

Signs and symptoms of meningococcal disease – what you can see and feel

Meningococcal disease can look like influenza (the flu) in its early stages, but it quickly gets much worse.  The symptoms and signs may not all show up at once, and the illness may develop gradually over one or two days, or much more quickly over a few hours. 

People with meningococcal disease may have some or all of the following:

Babies and Children  

  • Fever
  • Crying, unsettled, irritable
  • Refusing drinks or feeds
  • Vomiting
  • Sleepy, floppy, harder to wake,
  • Stiff neck, dislike of bright lights
  • Reluctant to walk
  • Rash - purple or red spots or bruises        


  • Fever
  • Headache
  • Vomiting
  • Sleepy, confused, delirious, unconscious    
  • Joint pains, aching muscles
  • Stiff neck
  • Dislike of bright lights
  • Rash - purple or red spots or bruises

Meningococcal disease is life threatening – don’t wait – take action!

If you or someone in your household is sick with one or more of the symptoms listed above:

  • Ring a doctor or Healthline (0800 611 116) straight away – whatever the time, day or night.
  • Say what the symptoms are.
  • Insist on immediate action – don’t be put off – a life may be at risk.
  • Even if a person with these symptoms has been checked by a doctor, watch them carefully.
  • Do not leave them alone – they may get worse suddenly and need help urgently.
  • If they get worse, go straight back to a doctor or ring Heal""")
add(id="t10-arphs-2017-meningococcal-seasonal-news", group="urgent", url="https://arphs.cwp.govt.nz/news/public-health-managing-seasonal-increase-of-meningococcal-disease", source="Auckland Regional Public Health Service (NZ government), news, 10 Aug 2017", licence=CCBYNZ + " (presumed, not verified page by page)",
    title="Public health managing seasonal increase of meningococcal disease", audience="consumer", genre="news or research report", topic="seasonal rise in meningococcal disease cases (public health news)", topic_kind="condition",
    W=True, reason="public health news that advises the public what to watch for and what to do", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole news item (site chrome 'search', date and menu kept)",
    evidence=["Be alert for symptoms and if you suspect meningococcal disease visit your doctor immediately or call Healthline for advice",
              "Call Healthline on 0800-611-116 or visit your doctor if you suspect meningococcal disease."],
    notes="complete news item; symptom list (fever, stiff neck, rash, floppy baby ...) with 'visit your doctor immediately or call Healthline'",
    text="""search

10.8.2017

Public health typically observes a seasonal increase of meningococcal disease from June to September each year and is currently managing new cases.

“Meningococcal disease is a serious and sometimes fatal disease. It is caused by bacteria spread by very close or many hours of prolonged contact with an infected person. Be alert for symptoms and if you suspect meningococcal disease visit your doctor immediately or call Healthline for advice,” says Medical Officer of Health Shanika Perera from Auckland Regional Public Health Service (ARPHS).

Symptoms to watch out for include some or all of the following: fever, headache, vomiting, feeling sleepy/confused/delirious, loss of consciousness, joint pains, aching muscles, stiff neck, dislike of bright lights, rash - purple or red spots or bruises. Additional symptoms in babies and infants include being unsettled, floppy or irritable, refusing drinks/feeds and becoming harder to wake.

“Since June this year we have managed 12 cases which is to be expected at this time of year. We are investigating these cases and monitoring the situation,” says Dr Perera.

Call Healthline on 0800-611-116 or visit your doctor if you suspect meningococcal disease.

For health advice call Healthline for free anytime on 0800 611 116
MENU menu-arrow
News""")
add(id="t10-shsc-nhs111-mental-health-option-news", group="urgent", url="https://shsc.nhs.uk/news/call-nhs-111-if-you-are-experiencing-mental-health-crisis", source="Sheffield Health and Social Care NHS Foundation Trust, news", licence=OGL,
    title="Call NHS 111 if you are experiencing a mental health crisis", audience="consumer", genre="news or research report", topic="mental health crisis: NHS 111 mental health option (service news)", topic_kind="other",
    W=True, reason="service news that tells the public what to do in a mental health crisis (public health advice)", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in the crisis list at 'Hearing voice'",
    evidence=["If you are experiencing something that makes you feel unsafe, distressed, or worried about your mental health, call NHS 111 and select the mental health option.",
              "If you are experiencing a mental health crisis or are calling on behalf of someone who is. A mental health crisis could include:"],
    notes="hard call on W (service-launch news) - judged warranted because it addresses people in crisis; crisis features (thoughts of life not worth living, feeling out of control) tied to 111 option 2; no 999 line for immediate danger in the stored part",
    text="""Call NHS 111 if you are experiencing a mental health crisis

If you are experiencing something that makes you feel unsafe, distressed, or worried about your mental health, call NHS 111 and select the mental health option.

The phone will be answered by a call handler with mental health training who will be able to listen to your concerns and help you get the support you need. With your permission, they can also access your electronic patient records to better meet your needs and to avoid you repeatedly having to tell us your situation.

They can offer advice over the phone, put you in contact with crisis services or refer you to the urgent and crisis team who will, where appropriate, arrange a crisis assessment and intervention after no more than 72 hours.

This is now live and is for all ages, including children and young people, and those with neurodevelopmental needs. 

As we implement this service you will still be able to use the 0114 2263636 and 0808 1968284 numbers (Single Point of Access (SPA) and out of hours teams) for a period of time.

Who can call 111 (mental health option)?

You can call for yourself, or someone else.

If you’re deaf or have hearing loss, please use the following link to be connected to the service.

If you aren't able to make the call yourself, then anyone can call on your behalf - for example a friend, carer, loved one or even your GP. You can also access NHS 111 online via 111.nhs.uk

When should I call 111 (mental health option)?

If you are experiencing a mental health crisis or are calling on behalf of someone who is. A mental health crisis could include:

  • Significant changes to your mood 
  • Withdrawing from people (close family, friends, or work colleagues)
  • Not taking care of yourself like you usually would
  • Having increased thoughts about your life not being worth living
  • Excessive worry
  • Feeling out of control or unable to cope
  • Feeling anxious about leaving the house
  • Hearing voice""")
add(id="t10-abuhb-mental-health-crisis", group="urgent", url="https://abuhb.nhs.wales/urgent-out-of-hours/mental-health-crisis/", source="Aneurin Bevan University Health Board (NHS Wales), urgent and out-of-hours care page", licence="Open Government Licence v3.0 (NHS Wales; presumed, not verified page by page)",
    title="Mental Health Crisis", audience="consumer", genre="patient information", topic="mental health crisis and suicidal thoughts: where to get urgent help", topic_kind="condition",
    W=True, reason="consumer page about a mental health crisis including suicidal thoughts; readers need to know when and where to get urgent help", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole page (ends with the Samaritans line)",
    evidence=["You can call NHS 111 and select Option 2 if you or someone you know needs urgent care, but it's not life threatening.",
              "someone has self-harmed but it does not appear to be life threatening, or they're talking about wanting to self-harm"],
    notes="hard call on completeness of advice: crisis features and self-harm tied to 111 option 2; the page says 111 is for 'not life threatening' but gives no 999/A&E line for life-threatening situations; present (urgent-care level)",
    text="""Skip to main content

Mental Health Crisis


A mental health crisis often means that you no longer feel able to cope or be in control of your situation.

You may feel great emotional distress or anxiety, cannot cope with day-to-day life or work, think about suicide or self-harm, or experience hallucinations and hearing voices.

A crisis can also be the result of an underlying medical condition, such as confusion or delusions caused by an infection, overdose, illicit drugs or intoxication with alcohol. Confusion may also be associated with dementia.

Whether you experience a sudden deterioration of an existing mental health problem or are experiencing problems for the first time, you'll need immediate expert assessment to identify the best course of action and stop you getting worse.

Where can I get urgent help?

If you have already been given a Crisis Line number from a health professional, call it.

If you're under the care of a mental health team and have a specific care plan that states who to contact when you need urgent care, follow this plan.

Call NHS 111 (Option 2)

You can call NHS 111 and select Option 2 if you or someone you know needs urgent care, but it's not life threatening.

Mental Health 111 (Option 2) is free to call, from a mobile (even when the caller has no credit left) or from a landline.

The 111 Option 2 service can help you if:

  • you have an existing mental health problem and your symptoms get worse
  • you experience a mental health problem for the first time
  • someone has self-harmed but it does not appear to be life threatening, or they're talking about wanting to self-harm
  • a person shows signs of possible dementia
  • a person is experiencing domestic violence or physical, sexual or emotional abuse


Samaritans has a free to call service 24 hours a day, 365 days a year, if you want to talk to someone in confidence. Call them on 116 123.""")
