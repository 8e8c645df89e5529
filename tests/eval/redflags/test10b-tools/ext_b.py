# batch b: paracetamol overdose (NHS GGC mental-health medicines companion), suicide (Highland Council)
add(id="t10b-nhsggc-mypsych-paracetamol-overdose", group="urgent", url="https://mypsych.nhsggc.org.uk/medicines-companion/emergencies-2222/paracetamol-overdose/", source="NHS Greater Glasgow and Clyde, MyPsych medicines companion (for mental health services)", licence=OGL,
    title="Paracetamol overdose", audience="professional", genre="patient information", topic="paracetamol overdose: referral to hospital", topic_kind="condition",
    W=True, reason="professional guidance about a do-not-miss emergency (paracetamol overdose, delayed liver damage); it should say when to refer to hospital", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut mid-list at 'the time of ingestion is ' in the MHRA advice",
    evidence=["All actual or suspected paracetamol overdoses should be referred to hospital (Accident & Emergency) for assessment, including blood tests.",
              "Therefore, even if there are no significant early symptoms, patients who report taking a paracetamol overdose should be transferred to an acute hospital urgently.",
              "All patients who are symptomatic should be referred to hospital for medical assessment, including blood tests."],
    notes="hard call on genre: professional page for mental-health staff (genre chosen as guidance/patient information for lack of a better label); situation (reported or suspected overdose, symptoms, staggered overdose) tied to A&E/urgent transfer; present; a CMS placeholder line is kept",
    text="""Paracetamol overdose

exp date isn't null, but text field is

Key message

The key message for mental health services is treat all reported paracetamol overdoses as a potential emergency. All actual or suspected paracetamol overdoses should be referred to hospital (Accident & Emergency) for assessment, including blood tests.

Due to the ease of access paracetamol is frequently used in overdose in self-harm attempts. Paracetamol is both acutely and accumulatively toxic. Toxic doses of paracetamol may cause severe hepatocellular necrosis which may ultimately be fatal. Liver damage is maximal 3 – 4 days after paracetamol overdose. Therefore, even if there are no significant early symptoms, patients who report taking a paracetamol overdose should be transferred to an acute hospital urgently.

For CPNs

When a CPN takes someone with a suspected overdose of paracetamol to the emergency department they should have a handover discussion with the receiving service, indicating what the follow up management should be if the person is deemed medically fit, including psychiatric hospital admission.


The following advice is taken from the Toxbase entry for paracetamol:

‘All patients ingesting paracetamol in the context of self-harm should be referred to hospital for assessment, including blood tests (irrespective of reported dose).

All patients who are symptomatic should be referred to hospital for medical assessment, including blood tests.

A single acute overdose of less than 1 hour: Patients ingesting 75 mg/kg or more should be referred directly to hospital for medical assessment, including blood tests.

MHRA advice is that ALL patients require medical assessment, including blood tests, if:

  • they have taken a staggered paracetamol overdose (doses taken over more than one hour);
  • they have taken therapeutic excess (defined as more than a licensed dose for that individual AND more than or equal to 75 mg/kg in any 24-hour period);
  • the time of ingestion is """)
add(id="t10b-highland-council-suicide-mental-health-info", group="urgent", url="https://highland.gov.uk/info/1454/mental_health/1029/mental_health_and_wellbeing_information/15", source="The Highland Council (Scotland), mental health and wellbeing information page", licence=OGL,
    title="Mental Health and Wellbeing Information: Suicide", audience="consumer", genre="coping-support", topic="suicidal thoughts and self-harm: urgent help", topic_kind="condition",
    W=True, reason="consumer page about suicide addressed to people with suicidal thoughts; readers need to know where to get urgent help", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut mid-sentence at 'having suicidal thoughts, t' (the urgent-help section is at the top and held in full)",
    evidence=["If you have taken an overdose or have a life threatening self harm injury contact Emergency Services, telephone 999.",
              "If you are experiencing mental health problems and the feeling is overwhelming. You feel distressed and have thoughts of harming yourself or you feel you are at risk of harming others and need to talk to someone urgently:\n- Telephone or visit your GP Surgery or telephone Samaritans"],
    notes="overdose or life-threatening self-harm -> 999; overwhelming distress and thoughts of self-harm -> GP/Samaritans; present (the Samaritans number shown is an old one, kept as stored)",
    text="""Mental Health and Wellbeing Information
Suicide
Do you need urgent help right now?
If you have taken an overdose or have a life threatening self harm injury contact Emergency Services, telephone 999.
If you are experiencing mental health problems and the feeling is overwhelming. You feel distressed and have thoughts of harming yourself or you feel you are at risk of harming others and need to talk to someone urgently:
- Telephone or visit your GP Surgery or telephone Samaritans 08457 90 90 90 (24 hours a day, 7 days per week)
- You can also telephone Breathing Space 0800 83 85 87 or Mind Infoline telephone 0300 123 3393 or text 8646
If you need urgent medical help:
- Contact NHS 24 telephone 111
Suicide prevention is everyone's business
Suicide is the act of intentionally ending life. Most people who choose to end their lives do so for complex reasons.
In the UK, research has shown many people who die by suicide have a mental health illness, most commonly depression or an alcohol problem.
- On average, every day more than two people complete suicide in scotland
- In 2014 the number of people that committed suicide in the UK was 6,122
- Suicide is a leading cause of death for people under the age of 35, but it is not confined to this age group
- Scotland's suicide rate is higher than any other part of the UK
Why do I feel suicidal?
- Life history: having a traumatic experience during childhood, a history of sexual or physical abuse, or parental neglect.
- Mental health: a diagnosis of mental health conditions such as schizophrenia, bipolar, depression, personality and eating disorders.
- Physical Health: long term physical pain or illness
- Lifestyle: misuse of drugs or alcohol
- Employment: poor job security, low levels of job satisfaction or being unemployed
- Relationships: feeling socially isolated, being a victim of bullying or having few close relationships
Suicide. Don't hide it, talk about it
If you are reading this because you are having suicidal thoughts, t""")
