# batch b: cyanobacteria alert (NZ), carbon monoxide (council, fire service), HRSA asthma news, febrile seizures landing page
add(id="t10-lawa-hamilton-lake-cyanobacteria-alert", group="urgent", url="https://www.lawa.org.nz/explore-data/waikato-region/warnings-and-alerts/lake-rotoroa-hamilton-lake-cyanobacteria-alert/", source="LAWA (Land, Air, Water Aotearoa; NZ regional councils and government), water-quality alert", licence=CCBYNZ + " (presumed, not verified page by page)",
    title="Lake Rotoroa (Hamilton Lake) cyanobacteria alert", audience="consumer", genre="screening-prevention", topic="cyanobacteria (toxic algae) in a recreational lake", topic_kind="prevention",
    W=True, reason="public water-quality warning about a toxic exposure; readers (and dog owners) need to know what symptoms mean and when to get help", urgency="same-day", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the whole short alert (site chrome 'learn' kept)",
    evidence=[],
    notes="hard call: complete short alert that gives avoidance advice (no swimming, keep dogs out) but no symptoms and no where-to-get-help line; warranted as a public-health warning by the TEST9 convention, so warranted & missing on a complete text",
    text="""learn

Cyanobacteria Alert

Cyanobacteria have been detected at levels that exceed recreational guidelines. Swimming is not recommended. As cyanobacteria can be harmful to dogs, dog owners are encouraged to keep their dogs out of the water and not let them drink the water from the lake. The Council and the District Health Board are monitoring this site.""")
add(id="t10-east-cambs-carbon-monoxide", group="urgent", url="https://eastcambs.gov.uk/environmental-health/safety-home/fire/carbon-monoxide", source="East Cambridgeshire District Council, environmental health page", licence=OGL,
    title="Carbon monoxide", audience="consumer", genre="screening-prevention", topic="carbon monoxide poisoning at home", topic_kind="prevention",
    W=True, reason="public safety page about a poisoning that can kill; readers need to know which symptoms mean getting out and getting medical help", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in the alarms section at 'log-bur'",
    evidence=[],
    notes="symptoms listed without any medical action; the only call line is the National Gas Helpline for a leaking appliance (a gas-safety action, not medical help) - not evidence; cut before any later section (partial)",
    text="""If you think a gas appliance is leaking carbon monoxide, call the free National Gas Helpline immediately on 0800 111 999. The service is open 24 hours a day, 7 days a week.
Carbon monoxide is a colourless, tasteless, odourless, non-irritating gas which can make you seriously ill if you breathe it in. Carbon monoxide can be made by fires and appliances that burn gas, wood, oil or coal.
Symptoms of carbon monoxide poisoning include:
- headache
- dizziness
- feeling sick or being sick
- feeling weak
- confusion
- chest and muscle pain
- shortness of breath
Causes of carbon monoxide poisoning
Common household appliances used for heating and cooking can produce carbon monoxide if they are not installed properly, are faulty, or are poorly maintained. Appliances that can cause carbon monoxide include:
- gas boilers
- gas cookers and clay ovens
- gas or paraffin heaters
- wood, gas and coal fires
- portable generators
Using barbecues or camping stoves inside, and turning on vehicle or lawn mower engines in your garage, can also cause a build-up of carbon monoxide.
How to prevent carbon monoxide poisoning
Do:
- get a carbon monoxide alarm for each room of your home that contains appliances that burn gas, oil, coal or wood
- get heating and cooking appliances properly installed and keep them well maintained
- make sure your boiler is serviced regularly by a qualified engineer
- keep chimneys and flues clean and well maintained
Do not:
- do not use a barbecue or camping stove indoors, or inside a tent. See our barbecue safety page for more information.
- do not leave vehicles or other engines on inside garages
The government website contains general information about carbon monoxide.
Carbon monoxide alarms must be installed in any room containing any fixed combustion appliance, except gas cookers.
This means a fixed apparatus where fuel of any type is burned to generate heat. These appliances are typically powered by gas, oil, coal, wood, such as gas or oil boilers, or log-bur""")
add(id="t10-shropshire-fire-carbon-monoxide", group="urgent", url="http://www.shropshirefire.gov.uk/promoting-safer-communities/community-fire-safety/fire-safety-advice/carbon-monoxide", source="Shropshire Fire and Rescue Service, community fire safety advice", licence=OGL,
    title="Carbon monoxide safety", audience="consumer", genre="screening-prevention", topic="carbon monoxide poisoning", topic_kind="prevention",
    W=True, reason="public safety page about a poisoning that can kill; readers need to know which symptoms mean getting medical help", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the whole short page (ends with the team's telephone number)",
    evidence=["If you experience any of these symptoms, seek immediate medical advice from your GP, call NHS Direct on 0845 46 47 (NHS 24 in Scotland on 08454 242424) or if it is urgent, call 999 for an ambulance."],
    notes="complete short page; the six symptoms tied to immediate medical advice / 999 (outdated NHS Direct number kept)",
    text="""Carbon monoxide safety

Printer-friendly versionSend by email

What is Carbon Monoxide?

Carbon Monoxide (CO) is a highly poisonous gas, which has no colour, taste or smell.

Potential sources of carbon monoxide include area and water heating appliances such as boilers, and solid or gas fueled cookers, including barbeques.

What are the symptoms of carbon monoxide posioning?

The six main symptoms of carbon monoxide poisoning are:

  • Headaches
  • Dizziness
  • Nausea
  • Breathlessness
  • Collapse
  • Loss of consciousness

If you experience any of these symptoms, seek immediate medical advice from your GP, call NHS Direct on 0845 46 47 (NHS 24 in Scotland on 08454 242424) or if it is urgent, call 999 for an ambulance.

How can I stay safe?

  • Fit an audible alarm
  • Service your appliances
  • Don't block ventilation
  • Know the signs

For more advice and information please visit the following websites:

Further information

Community Fire Safety

Telephone: 01743 260 200""")
add(id="t10-hrsa-2001-pediatric-asthma-outcomes-news", group="no-red-flag", url="https://webarchive.library.unt.edu/eot2008/20090114023924/http:/newsroom.hrsa.gov/NewsBriefs/2001/pediatrics.htm", source="HRSA (US Health Resources and Services Administration) News Brief, 2001, archived copy (UNT End of Term web archive)", licence=PD,
    title="Many Children Receiving Emergency Asthma Treatment Have Poor Short-term Outcomes, Says Study in Pediatrics", audience="consumer", genre="news or research report", topic="outcomes after emergency treatment for childhood asthma (study)", topic_kind="other",
    W=False, reason="@news", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in the results paragraph at 'for at le'",
    evidence=[],
    notes="research news brief about an acute topic; no advice to readers in the stored part; urgency set by topic (asthma attack)",
    text="""skip header and navigation
H R S A News Brief U.S. Department of Health & Human Services
Health Resources and Services Administration

HRSA NEWS ROOM
http://newsroom.hrsa.gov


June 20, 2001 Contact: HRSA Press Office
301-443-3376

Many Children Receiving Emergency Asthma Treatment
Have Poor Short-term Outcomes, Says Study in Pediatrics

A considerable proportion of pediatric patients discharged from an inner-city hospital emergency room after standard treatment for acute asthma had poor short-term outcomes, according to HRSA-supported research published in the June edition of Pediatrics.

The one-year study, titled “Short-term Outcomes After Acute Treatment of Pediatric Asthma,” looked at outcomes among 367 2- to 18-year-olds over a two-week period following ER treatment for acute asthma at the Children’s Hospital of Philadelphia. 

Asthma was defined as a prior doctor’s diagnosis or at least two prior wheezing episodes that required treatment.  The children’s ER treatment followed standard care for acute asthma – frequent use of beta-agonists, a type of bronchial dilator; early use of steroids; and a recommendation for follow-up with a primary asthma care provider within a week.  All children were released from the hospital after treatment.

According to information gathered from caretakers within two weeks after the patient’s ER visit, between 23 percent and 49 percent of the patients had poor outcomes, as defined in one of two ways by the study.

Eighty-five of the 367 patients, or 23 percent, had poor outcomes, defined as at least one of the following:

  • a relapse resulting in hospital admission;
  • a week or more of wheezing and two weeks or more of coughing; and
  • decreased activity persisting at two weeks or missing five or more days of school or daycare.

As many as 180 patients, or 49 percent, showed poor outcome when the definition was broadened to include two weeks or more of coughing or wheezing, decreased activity for at le""")
add(id="t10-hull-ccg-febrile-seizures-landing", group="no-red-flag", url="http://www.hullccg.nhs.uk/conditions/febrile-seizures", source="NHS Hull Clinical Commissioning Group, conditions A-Z (NHS content)", licence=OGL,
    title="Febrile seizures", audience="consumer", genre="other", topic="febrile seizures in children (landing page)", topic_kind="condition",
    W=False, reason="landing page made only of section teasers; the advice lives on the linked sub-pages", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the whole landing page (section teasers only)",
    evidence=[],
    notes="hard call: teaser landing page (as Hull CCG burns in TEST9) - not warranted although the topic is acute (first fit, fit over 5 minutes -> 999); urgency set by topic",
    text="""Febrile seizures

A febrile seizure is a fit that occurs when a child has a fever. It's a relatively common childhood condition and not serious in most cases.
Symptoms of febrile seizures
The main symptom of a febrile seizure is a fit that occurs while a child has a fever. Febrile seizures often occur during the first day of a fever
Causes of febrile seizures
Febrile seizures are linked to fevers, although the exact cause is unknown. Some researchers speculate that the biological processes associated with a high temperature may be responsible.
Diagnosing febrile seizures
Febrile seizures can often be diagnosed from a description of what happened, although further tests may be needed.
Treating febrile seizures
In many cases, febrile seizures do not need to be treated, although care can be taken to deal with a seizure as it happens.
""")
