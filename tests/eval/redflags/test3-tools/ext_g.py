add(id="t3-cuh-reduced-fetal-movements", url="https://www.cuh.nhs.uk/patient-information/reduced-fetal-movements/", source="Cambridge University Hospitals NHS Foundation Trust", licence=OGL,
    title="Reduced fetal movements", audience="consumer", genre="patient information", topic="reduced fetal movements in pregnancy", topic_kind="symptom",
    W=True, reason="@sym", evidence=["If you think your baby’s movements have slowed or stopped, contact the hospital midwives immediately on 01223 217217."], urgency="emergency",
    notes="", text="""CUH NHS 75th birthday logo

Reduced fetal movements

Patient information A-Z

It is not true that babies move less towards the end of pregnancy.

You should continue to feel your baby move right up to the time you go into labour and whilst you are in labour too.

Urgent advice: What to do if your baby's movements have slowed or stopped

  • If you think your baby’s movements have slowed or stopped, contact the hospital midwives immediately on 01223 217217.
  • Do not put off calling until the end of the day to "see what happens".
  • Do not worry about phoning. It is important for the midwife to know if you baby’s movements have slowed down or stopped.
  • It can be useful to become familiar with the individual pattern of your baby’s movements. If you are concerned about reduced movements please do not wait until the next day – see our guidance below.

What are fetal movements

From approximately 18 to 20 weeks of your pregnancy you may start to notice tiny sensations in your uterus (womb). These sensations can initially feel like ‘flutterings’ and are the result of your baby moving around. Midwives and obstetricians will refer to these sensations as ‘fetal movements’. As your pregnancy progresses and your baby becomes bigger and stronger, his/her movements will become more noticeable. Your baby may also get hiccups which can feel like rhythmic jerking movements.

Due to your baby continually growing throughout the pregnancy there will less room in your uterus. The baby’s movements may feel different but they should still be at frequent intervals throughout the course of the day.

You should become familiar with the pattern of fetal movements for your baby, in order that you can recognise periods of the day when your baby has been quiet and not moved as much or when you are expecting him/her to move.

If you notice a reduction in baby’s movements what should you do?

It may be that you have been busy; for example at work, shopping, or car""")
add(id="t3-what018-crisis-self-harm-suicide", url="https://www.what0-18.nhs.uk/mental-health/your-childs-mental-health/crisis-self-harm-and-suicide", source="What 0-18 (NHS, Hampshire and Isle of Wight)", licence=OGL,
    title="Crisis, Self-Harm and Suicide", audience="consumer", genre="coping-support", topic="self-harm and suicide in young people", topic_kind="other",
    W=True, reason="parent-facing page on self-harm and suicide; crisis action is expected", evidence=[], urgency="emergency",
    notes="excerpt stops inside the list of signs to look out for, before any crisis advice (cut off)",
    text="""Crisis, Self-Harm and Suicide


Experiencing a mental health/ emotional crisis means feeling unable to cope with overwhelming or upsetting thoughts and feelings. Crisis is different for everyone - there is no right or wrong way to think or feel when in crisis.

Not everyone who engages in self-harm behaviour is in crisis and not everyone who engages in self-harm is suicidal.

Situations that might trigger or contribute towards experiencing a mental health or emotional crisis for children and young people:

  • Relationship difficulties or conflict and arguments with friends, family or partners.
  • Bulling/ teasing/ harassment (verbal, physical, emotional, financial, sexual); direct or indirect.
  • Abuse (verbal, physical, emotional, financial, sexual, neglect); direct or indirect
    Being in or worrying about being in trouble.
  • Having multiple demands/ having too many things to process, manage or do
  • Being a carer and or having increased responsibilities.
  • Stressful or traumatic life events which can be sudden, unexpected or expected such as accidents, injury or illness, bereavement, family breakdown or change in living circumstances.
  • Physical health illness or pain (to self or other)
  • Change or transition (e.g., school)
  • Perceived or real failure/ not meeting expectations or hopes
  • Build up of difficulties or long term
  • Extreme fatigue
  • Drug and alcohol misuse


Self-harm involves the act of doing something to cause harm or omitting to do something which in turn may cause harm (such as not taking prescribed medications).

There are many forms of self-harm.

There are many reasons why a young person may engage in self-harm and each individual episode of self-harm may have a different trigger or reason. 

Here are some signs to look out for;

  • Unexplained cuts, bruises or cigarette burns on the body. These marks could be anywhere on someone’s body.
  • Unexplained blood stains on tissues, sheets or clot""")
add(id="t3-merton-directory-self-harm", url="https://directories.merton.gov.uk/kb5/merton/directory/advice.action;jsessionid=60D7707E5A1DBBBAC83E568889B80D61?id=qYnm_pKDCuc&slaction=ADD&itemid=mfkIKhNCTopBpS2Kqdk8-klLAt5DorADGfqVUg$$", source="London Borough of Merton (family services directory)", licence=OGL,
    title="Self-Harm", audience="consumer", genre="coping-support", topic="self-harm", topic_kind="other",
    W=True, reason="consumer page on self-harm; readers need to know when and where to get help",
    evidence=["It is important to seek professional advice as soon as possible."], urgency="emergency",
    notes="hard call (weak present): the behaviour itself (cutting, burning, hitting, described above) is tied to seeking advice, like an exposure trigger; the crisis-line list is headed by a situation ('urgent help but ... not immediately life threatening'), not by signs; no 999/A&E advice for serious injury or overdose in the excerpt",
    text="""Self-Harm

Self-harm is when someone hurts themselves on purpose often as a way of trying to manage distressing or overwhelming feelings and experiences.

This can take different forms that cause damage to the skin and body, including cutting themselves, burning skin, scratching skin with fingernails, hitting themselves or objects etc.

Self-harm can be dangerous and is a sign that everything isn’t right. It is important to seek professional advice as soon as possible.

How do I find out more?

Talk to someone you know and trust.

Talking to someone you trust is often the best way to get help.  This could be a friend, parent, family member, teacher, or anyone else you feel close to. 

The Young Minds website has great tips to help you talk to someone you trust.

Get professional support

You can speak to your GP (or school if a young person is self-harming) and there is a mental health concern – they can then get help with a referral to local Mental Health Services for an assessment and to think together about the different support options that could be most suited.

You can also text the 24/7 shout support number by texting ‘SHOUT’ to 85258, or call Samaritans on 116 123.

There are many other support options including online and professional counselling options:

Parents can get non-urgent professional advice by calling the Young Minds Parent Helpline on 0808 802 5544 (Monday-Friday, 9.30am-4.00pm) or on their website using their webchat:  https://www.youngminds.org.uk/parent/parents-helpline-and-webchat/

 

For urgent help but the situation is not immediately life threatening in Merton:

-For Children, Young People, Parents and Supporting Adults in Merton: we recommend the SLP NHS CAMHS crisis line for support, advice and guidance in a period of crisis or significant distress: 0203 228 5980.

-Call the 24/7 Mental Health Crisis Line 0800 028 8000

-You can call NHS on 111 for urgent information and advice 24/7.

- Get an urgent on-the-day appointm""")
add(id="t3-nyscp-self-harm-response", url="https://www.safeguardingchildren.co.uk/shsip/how-to-respond-to-self-harm-and-suicide-ideation/", source="North Yorkshire Safeguarding Children Partnership", licence="Open Government Licence v3.0 (presumed: local safeguarding partnership of public bodies)",
    title="How to Respond to Self-Harm and Suicide Ideation", audience="professional", genre="other", topic="responding to self-harm and suicidal ideation in young people", topic_kind="other",
    W=True, reason="professional guidance on self-harm and suicidal ideation; serious injury and overdose are do-not-miss emergencies",
    evidence=["If someone has seriously injured themselves or taken an overdose it is important that they get immediate medical treatment from the Emergency Department (also known as accident or emergency or A&E).", "In an emergency call an ambulance on 999."], urgency="emergency",
    notes="audience: professionals working with young people", text="""NYSCP How to Respond to Self-Harm and Suicide Ideation - North Yorkshire

Worried about a child?
Make a Referral

Click here

How to Respond to Self-Harm and Suicide Ideation

How to Respond to Self-Harm and Suicide Ideation

As a professional you are seen as a safe person by young people and by parents and carers. If a young person has come to you, or you think they may be self-harming, then talking about the subject can feel harder than talking about other risk taking behaviours such as unsafe sex or alcohol use.

Refer to North Yorkshire Self-Harm and Suicidal Ideation Pathway.

However, many of the same principles apply. You need to:

  • Listen and explain the limits to confidentiality.
  • Reassure the young person it is OK to talk about it.
  • Stay calm and don’t judge the young person for their actions.

It can be very hard to stay calm if someone has disclosed that they are hurting themselves but remember that they see you as someone they can tell and you don’t need to have all the answers. It is OK to say you need to go and find out more information. The young person’s GP (General Medical Practitioner) can offer confidential and regular support for a wide range of health problems including the psychological distress and physical injuries of self-harm. Quick access to advice and, if necessary, an appointment should usually be available for urgent matters.

If someone has seriously injured themselves or taken an overdose it is important that they get immediate medical treatment from the Emergency Department (also known as accident or emergency or A&E). In an emergency call an ambulance on 999.

“The most important thing is not to tell people to stop, but to listen to them, find out what they need to stop and help them find ways of achieving that”

Questions you could ask include:

  • Are you planning to self-harm?
  • Are you considering taking your own life?
  • What is happening for you?
  • Is this affecting you?
  • What help """)
add(id="t3-belfast-trust-diarrhoea-vomiting-child", url="https://belfasttrust.hscni.net/hospitals/childrens/childrens-symptom-checker/diarrhoea-and-vomiting/", source="Belfast Health and Social Care Trust (children's symptom checker)", licence="Open Government Licence v3.0 (presumed: Northern Ireland public-sector body)",
    title="Diarrhoea and vomiting", audience="consumer", genre="patient information", topic="diarrhoea and vomiting in children", topic_kind="symptom",
    W=True, reason="@sym", evidence=["You should call 999 or take them to your NEAREST Emergency Department where they can be assessed."], urgency="emergency",
    notes="red list tied to 999/ED; the amber list's action is cut off in the excerpt", text="""Skip to Main Content Skip to Site Map Skip to Accessibility Statement

Diarrhoea and vomiting

Red symptoms

Amber symptoms
Green symptoms
How long will your child’s symptoms last?
Where to seek help
Useful links


Feeling sick and then vomiting is usually the first sign that your child has a ‘tummy bug’.

Diarrhoea tends to occur after your child has started vomiting and means passing frequent watery poos that are offensive in nature.

Tummy bugs are extremely common in young children and are almost always caused by a virus. They are easily spread, resulting in outbreaks in nurseries and schools.

Babies under one year of age (and especially under six months of age) are at more risk of becoming dehydrated when they have a tummy bug than older children. This is why it’s important to make sure they are drinking enough.

Watch this Operation Ouch video on diarrhoea and vomiting that you can watch with your child:

Red Symptom image


Check if your child has any red symptoms:
  • Your child becomes pale, mottled and feels abnormally cold to touch.
  • Going blue around the lips or too breathless to talk, eat or drink.
  • Becomes extremely agitated, confused or very lethargic (difficult to wake).
  • Develops a rash that does not disappear with pressure (the ‘Glass Test’).
Actions to take if your child has any red symptoms
  • Your child may require emergency treatment.
  • You should call 999 or take them to your NEAREST Emergency Department where they can be assessed.

Amber Symptoms section


If there are no red symptoms, check if your child has any amber symptoms:
  • Your child seems dehydrated or has not passed any urine for 12 hours.
  • Has blood in the stool (poo).
  • Has constant tummy pain.
  • Has completely stopped drinking or breastfeeding.
  • Is unable to keep down any fluids during this illness.
  • Is becoming drowsy (excessively sleepy) or irritable (unable to settle them with cuddles, toys, TV or snacks) – espe""")
add(id="t3-bsuh-palpitations-ed-leaflet", url="https://docslib.org/doc/9548624/palpitations", source="Brighton and Sussex University Hospitals NHS Trust (Emergency Department leaflet, copy on docslib.org)", licence="NHS patient leaflet, Open Government Licence v3.0 (presumed); copy on a document-sharing site",
    title="Palpitations: Advice for patients seen in the Emergency Department", audience="consumer", genre="patient information", topic="palpitations after an emergency department visit", topic_kind="symptom",
    W=True, reason="@sym", evidence=[], urgency="emergency",
    notes="hard call: PDF columns interleaved; the leaflet says it covers 'when to seek help' but that section is not in the stored excerpt; NHS 111 / GP are offered for general advice and recurrent episodes only (no sign tied to urgent help)",
    text="""<<

Overview General support

• You have been seen in the Emergency • For general medical advice please use Department because of the NHS website, the NHS 111 service, . This leaflet discusses walk-in-centres, or your GP. possible causes, how to avoid a • The NHS website provides online health recurrence and when to seek help. information and guidance www.nhs.uk • Heart palpitations are heartbeats that • NHS 111 phone line offers medical help suddenly become more noticeable. and advice from trained advisers Palpitations may seem alarming and be supported by nurses and paramedics. uncomfortable. Palpitations Available 24 hours a day. Calls are free Advice for patients seen in the • Although palpitations can be caused by from landlines and mobile phones. abnormal rhythms such as • There are walk-in and urgent treatment supraventricular (SVTs) services at Brighton Station, in Crawley and which may require and at Lewes Victoria Hospital. treatment, this is unusual and the vast www.bsuh.nhs.uk/services/ae/ majority do not need any treatment. • Patient Advice and Liaison Service • During your visit, we may have carried (PALS) can be contacted with your out a trace of your heart (an ECG, comments and concerns, and to provide electrocardiogram) and taken some general support. [email protected] observations of your , blood RSCH: 01273 664683. pressure and temperature. We may also PRH: 01444 448678 have taken blood tests or a chest x-ray. PALS, Royal Sussex County Hospital,

• If you are getting recurrent episodes of Eastern Road, Brighton BN2 5BE Emergency Department palpitations it is worth discussing this with your GP who may arrange further © Brighton and Sussex University Hospitals NHS Trust Royal Sussex County Hospital outpatient tests such as a 24 hour ECG Level 5, Thomas Kemp Tower, monitor. Disclaimer: The information in this leaflet is for guidance Eastern Road, Brighton BN2 5BE purposes only and is in no way intended to replace 01273 696955 ex""")
add(id="t3-hedgegrail-pharmacy-nhs-heart-attack", url="https://hedgegrailpharmacy.co.uk/nhs_conditions_heart-attack_symptoms", source="Hedge Grail Pharmacy, reposting NHS website content", licence=OGLNHS,
    title="Heart attack: symptoms", audience="consumer", genre="patient information", topic="heart attack and cardiac arrest", topic_kind="condition",
    W=True, reason="@acute", evidence=["Call 999 immediately if you think someone might be having a heart attack.", "If you think somebody has gone into cardiac arrest, call 999 immediately and start doing cardiopulmonary resuscitation (CPR)."], urgency="emergency",
    notes="pharmacy site syndicating NHS text; the bullet lists were lost in extraction, but chest pain, shortness of breath, being sick and back or jaw pain are named in running text, so the condition-level 999 advice counts. The cardiac-arrest line is condition-level with its sign list lost (weak)",
    text="""Call 999 immediately if you think someone might be having a heart attack. The faster you act, the better their chances.
Symptoms of a heart attack can include:
The chest pain is often severe, but some people may only experience minor pain, similar to indigestion.
While the most common symptom is chest pain, symptoms can vary from person to person. Some people may have other symptoms such as shortness of breath, feeling or being sick and back or jaw pain without any chest pain.
If you have had a heart attack, it's important that you rest while you wait for an ambulance, to avoid unnecessary strain on your heart.
If aspirin is available and you are not allergic to it, slowly chew and then swallow an adult-size tablet (300mg) while you wait for the ambulance.
Aspirin helps to thin your blood and improve blood flow to your heart.
In some cases, a complication called ventricular arrhythmia can cause the heart to stop beating. This is known as sudden cardiac arrest.
Signs and symptoms that suggest a person has gone into cardiac arrest include:
If you think somebody has gone into cardiac arrest, call 999 immediately and start doing cardiopulmonary resuscitation (CPR).
If there is someone with you, ask them to find an automated external defibrillator (AED) and use it as soon as you can.
To do chest compressions on an adult:
Aim to do 100 to 120 compressions a minute. Watch CPR training videos on the British Heart Foundation website.
Find out about how to resuscitate a child.
If you have access to an AED, you should use it. An AED is a safe, portable electrical device that most large organisations keep as part of first aid equipment.
It helps to establish a regular heartbeat during a cardiac arrest by monitoring the person's heartbeat and giving them an electric shock if necessary.
Find out more about automated external defibrillators (AED) on the Arrhythmia Alliance website
Angina is chest pain caused by the supply of oxygen-rich blood to the heart becoming restricted.
Peop""")
