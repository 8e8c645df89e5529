add(id="t4-bridgewater-surgeries-adrenaline-auto-injectors", url="https://www.bridgewatersurgeries.nhs.uk/2023/07/17/adrenaline-auto-injectors/", source="Bridgewater Surgeries (NHS GP practice), relaying MHRA guidance", licence=OGL,
    title="Adrenaline auto-injectors", audience="consumer", genre="news or research report", topic="anaphylaxis and adrenaline auto-injector use", topic_kind="treatment",
    W=True, reason="practice news item relaying a public safety campaign on anaphylaxis; its purpose is that readers recognise signs and act",
    evidence=["adrenaline auto-injectors (AAIs) should be used without delay if anaphylaxis is suspected", "immediately dial 999 to summon emergency medical help after administering adrenaline"],
    urgency="emergency", notes="signs listed ('swelling in the throat or tongue, wheezing ...') next to the AAI-and-999 actions; condition-level with signs next to it (tie-break 2)",
    text="""A new safety campaign has been launched to raise awareness of anaphylaxis, below is the new guidance and a link to a video about the correct use of adrenaline auto injectors:-
adrenaline auto-injectors (AAIs) should be used without delay if anaphylaxis is suspected, even if in doubt about the severity of the event
signs may include swelling in the throat or tongue, wheezing or breathing difficulty, dizziness, tiredness and confusion
immediately dial 999 to summon emergency medical help after administering adrenaline; say anaphylaxis (“ana-fill-axis”)
if you are not already lying down, lie down flat and raise your legs (if you’re pregnant, lie on your left side); this will assist blood flow to the heart and vital organs
stay lying down even if you feel better
if you struggle to breathe, you can gently sit up – don’t change position suddenly; you should then lie down again as soon as you can
do not stand up even if someone encourages you to
use your second AAI if you haven’t improved after 5 minutes
you should always carry 2 AAIs at all times; check the expiry dates and see a pharmacist if you need a replacement
report any suspected defective AAIs to the Yellow Card scheme. Keep defective AAIs for investigation. Your report improves the safety of medicines and medical devices""")
add(id="t4-1stchoice-pharmacy-nhs-anaphylaxis", url="https://1stchoicepharmacy.co.uk/nhs_conditions_anaphylaxis", source="1st Choice Pharmacy, syndicating NHS website content", licence=OGLNHS,
    title="Anaphylaxis", audience="consumer", genre="patient information", topic="anaphylaxis", topic_kind="condition",
    W=True, reason="consumer page about a life-threatening allergic reaction",
    evidence=["Call 999 if you think you or someone else is having an anaphylactic reaction.", "These can be signs of a serious allergic reaction and may need immediate treatment in hospital."],
    urgency="emergency", notes="hard call (weak present): the syndicated copy lost the symptom list after 'Symptoms include:' and the step list; what remains is condition-level 999 advice plus a swollen, raised or itchy rash and 'These can be signs of a serious allergic reaction and may need immediate treatment in hospital' (compare t3-hedgegrail-pharmacy-nhs-heart-attack, present)",
    text="""Anaphylaxis is a life-threatening allergic reaction that happens very quickly. It can be caused by food, medicine or insect stings. Call 999 if you think you or someone else is having an anaphylactic reaction.
Symptoms of anaphylaxis happen very quickly.
They usually start within minutes of coming into contact with something you're allergic to, such as a food, medicine or insect sting.
Symptoms include:
You may also have a rash that's swollen, raised or itchy.
You or the person who's unwell may also have a rash that's swollen, raised or itchy.
These can be signs of a serious allergic reaction and may need immediate treatment in hospital.
Follow these steps if you think you or someone you're with is having an anaphylactic reaction:
Do not stand or walk at any time, even if you feel better.
There are different types of adrenaline auto-injectors and each one is given differently.
Anaphylaxis needs to be treated in hospital immediately.
Treatments can include:
You'll usually stay in hospital for around 2 to 12 hours, but you may need to stay longer.
Before you leave hospital, you'll be given 2 adrenaline auto-injectors to keep in case you have another anaphylactic reaction.
An adrenaline auto-injector is a special device for injecting adrenaline yourself. You'll be told how and when to use it.
You may also be referred to an allergy specialist for tests.
There are some things you can do to help prevent anaphylaxis or prepare for if it happens.
avoid the food, medicine or thing that you're allergic to – for example, if you have a food allergy, check food labels carefully and tell staff at restaurants and cafes about your allergy
carry 2 adrenaline auto-injectors with you at all times
check your adrenaline auto-injector expiry dates regularly and get new ones before they expire
practice how to use your adrenaline auto-injector by using a trainer injector (an injector that has no needle or medicine in it) – you can order one online from the company that makes your injec""")
add(id="t4-abb-healthiertogether-febrile-convulsion", url="https://abbhealthiertogether.cymru.nhs.uk/professionals/gp-primary-care-staff/safety-netting-documents-parents/febrile-convulsion", source="Aneurin Bevan University Health Board, Healthier Together (NHS Wales)", licence=OGL,
    title="Febrile Convulsion", audience="consumer", genre="patient information", topic="febrile convulsion in children", topic_kind="condition",
    W=True, reason="safety-netting sheet for parents after a febrile convulsion; its purpose is when to get help",
    evidence=["You need urgent help.", "Please phone 999 or go to the nearest Hospital Emergency (A&E) Department", "You need to contact a doctor or nurse today"],
    urgency="emergency", notes="traffic-light sheet: sign lists precede each action line (quoted by the action)",
    text="""Febrile Convulsion

Advice intended for parents/ carers taking their child home after seeing a doctor

If your child has any of the following:

  • Has another seizure in the current illness lasting more than 5 minutes and/or does not recover rapidly afterwards
  • Becomes extremely agitated, confused or very lethargic (difficult to wake)
  • Becomes pale, mottled and feels abnormally cold to touch
  • Is going blue around the lips
  • Develops a rash that does not disappear with pressure (the ‘Glass Test’)






You need urgent help.

Please phone 999 or go to the nearest Hospital Emergency (A&E) Department

If your child has any of the following:

  • Has another febrile convulsion (less than 5 minutes) in the current illness
  • Remains drowsy or lethargic more than an hour after their seizure
  • Has weakness of the arms or legs, visual difficulties (double vision) or difficulty speaking after the seizure has stopped
  • Seems dehydrated (sunken eyes, drowsy or no urine passed for 12 hours)
  • Is becoming drowsy (excessively sleepy) or irritable (unable to settle them with toys, TV, food or picking up) – especially if they remain drowsy or irritable despite their fever coming down
  • Continues to have a fever of 38.0°C or above for more than 5 days
  • Seems to be getting worse or if you are worried






You need to contact a doctor or nurse today

Please ring your GP surgery or contact NHS Wales 111 

  • If none of the above features are present






Self care

Using the advice below and overleaf you can provide the care your child needs at home

  • For practical advice refer to ‘Fever advice sheet’ - download via Healthier Together website:
    www.what0-18.nhs.uk
  • If your child has a fever and is distressed, you can give them paracetamol (calpol) or ibuprofen. However, remember this might not stop them having a further febrile convulsion and fever is a natural response to infection. Always follow instructions""")
add(id="t4-bridgeview-medical-chickenpox", url="https://bridgeviewmedical.nhs.uk/self-help/chicken-pox", source="Bridgeview Medical (NHS GP practice)", licence=OGL,
    title="Chicken Pox", audience="consumer", genre="patient information", topic="chickenpox", topic_kind="condition",
    W=True, reason="consumer self-help page on a common childhood infection with complications (skin infection, dehydration, breathing problems) that need a doctor",
    evidence=[], urgency="emergency", notes="says there is no need to see a GP and points to the pharmacy; no sign of complications tied to any action",
    text="""Chicken Pox

Chickenpox causes spots (a rash) all over the body. 

Some children feel generally unwell for a few days and others will only be mildly ill.

Most children are much better within a week. The blisters dry up and scab. They gradually fade but may take up to two weeks to go completely. 

There is no need to see a GP for this condition, however your local pharmacy will be able to advise on over the counter products that may relieve some of the symptoms suffered.""")
add(id="t4-greenway-practice-chickenpox-reminder", url="http://www.greenwaycommunitypractice.nhs.uk/chickenpox-reminder-for-parents/", source="Greenway Community Practice (NHS GP practice)", licence=OGL,
    title="Chickenpox - Reminder for Parents", audience="consumer", genre="other", topic="chickenpox", topic_kind="condition",
    W=True, reason="practice notice to parents about chickenpox; readers need to know which signs need a doctor",
    evidence=[], urgency="emergency", notes="hard call: practice news-style reminder; the ibuprofen warning is a safety instruction, not a red flag; symptoms listed without any action; excerpt ends at a link",
    text="""Chickenpox - Reminder for Parents

If you suspect your child has chickenpox it can be a very stressful. Chickenpox is common and mostly affects children. It usually gets better by itself within a week without needing to see a GP.

Symptoms can include:

  • A high temperature above 38C
  • Aches and pains, and generally feeling unwell
  • Loss of Appetite

DO NOT USE IBUPROFEN unless advised to do so by your doctor, as it may cause serious skin infections.

For more information on DO’s and DON’T’s please visit –""")
add(id="t4-swlondon-healthiertogether-chickenpox", url="https://swlondon-healthiertogether.nhs.uk/children-and-young-people/concerned-your-child-is-unwell/chickenpox", source="South West London Healthier Together (NHS)", licence=OGL,
    title="Chickenpox", audience="consumer", genre="patient information", topic="chickenpox in children", topic_kind="condition",
    W=True, reason="consumer page on a childhood infection; parents need to know when to get help",
    evidence=[], urgency="emergency",
    notes="hard call: 'If your newborn baby or child with a weak immune system ... catches chickenpox then you should contact a doctor' names risk groups, not signs (as t3-coch-measles-advice); the stored excerpt ends before the page's red/amber sign lists",
    text="""Chickenpox

Chickenpox is very common. It is caused by a virus called varicella. If your child has been in contact with someone who has chickenpox it can take 2 to 3 weeks for them to develop the rash. Children can pass the virus to others from the day before the rash appears until the last spot has scabbed over. Your child may also have a temperature, a cough and a runny nose.

Chickenpox_thumbnail.png

Chickenpox starts with red bumps that become small, yellowish blisters. The spots can affect the whole body including the mouth and genitals (which can be very painful). They then open before scabbing over.

Visit the NHS website for more pictures of how the rash develops.

Most children with chickenpox can be looked after at home and do not need to see a doctor. If your newborn baby or child with a weak immune system (for example due to cancer treatment, immunosuppressive treatment or genetic immunodeficiency) catches chickenpox then you should contact a doctor.

It can be upsetting to see your child unwell with chickenpox. While treatment of the virus itself is not usually needed, there are simple things you can do to make your child more comfortable:

  • Paracetamol for a high temperature or pain
  • Antihistamines (for example piriton) can help with itching and sleep
  • Plenty to drink
  • Try ice lollies or jelly if your child is not drinking much
  • Try an oat bath. Put a handful of porridge oats in a small cloth bag or a sock. Tie it at the top and place this in their bath
  • Pat dry after bath rather than rubbing
  • Dress in loose clothes
  • Avoid scratching. Keep nails short or apply hand mittens at night to reduce damage to the skin
  • Don’t give ibuprofen unless advised to by a doctor
  • Speak to your local community pharmacist for advice on what can help with itching

  • Usually the last spot has crusted over by 5-7 days after the rash first appears
  • It is easily passed to other people until spots have dried and """)
add(id="t4-111-wales-concussion", url="https://111.wales.nhs.uk/Encyclopaedia/c/article/concussion/", source="NHS 111 Wales", licence=OGL,
    title="Concussion", audience="consumer", genre="patient information", topic="concussion and head injury", topic_kind="condition",
    W=True, reason="@acute",
    evidence=["Go to A & E after a head injury if you or your child have:", "Call 999 if someone has hit their head and has:"], urgency="emergency", notes="",
    text="""Concussion is a temporary injury to the brain caused by a bump, blow or jolt to the head.

Go to A & E after a head injury if you or your child have:

  • been knocked out but have now woken up
  • been vomiting since the injury
  • a headache that does not go away with painkillers
  • a change in behaviour, like being more irritable
  • problems with memory
  • been drinking alcohol or taking drugs just before the injury
  • a blood clotting disorder (like haemophilia) or take blood-thinners (like warfarin)
  • had brain surgery in the past

You or your child could have concussion.

Symptoms usually start within 24 hours, but sometimes may not appear for up to 3 weeks.

Find your nearest A & E

Call 999 if someone has hit their head and has:

  • been knocked out and has not woken up
  • difficulty staying awake or keeping their eyes open
  • a fit (seizure)
  • problems with their vision
  • clear fluid coming from their ears and nose
  • bleeding from their ears or bruising behind their ears
  • numbness or weaknessin part of their body
  • problems with walking, balance, understanding, speaking or writing
  • hit their head in a serious accident, such as a car crash

Also call 999 if you cannot get someone to A & E safely.

How to treat a minor head injury

If you do not need to go to hospital, you can usually look after yourself or your child at home.

It's normal to have symptoms such as a slight headache, or feeling sick or dazed, for up to 2 weeks.

To help recovery:


  • hold an ice pack (or a bag of frozen peas in a tea towel) to the injury regularly for short periods in the first few days to bring down the swelling
  • rest and avoid stress - you or your child do not need to stay awake if you're tired
  • take paracetamol or ibuprofen to relieve pain or a headache - do not use aspirin as it could cause the injury to bleed
  • make sure an adult stays with you or your child for at least the first 24 hours


  •""")
add(id="t4-chadsmoor-practice-nhs-head-injury", url="https://www.chadsmoormedicalpractice.nhs.uk/index.php?id=nhs-health-az&category=M&condition=minor-head-injury", source="Chadsmoor Medical Practice (NHS GP practice), NHS Health A-Z content", licence=OGLNHS,
    title="Head injury and concussion", audience="consumer", genre="patient information", topic="head injury and concussion", topic_kind="condition",
    W=True, reason="@acute",
    evidence=["Go to A&E after a head injury if you or your child have:", "Call 999 if someone has hit their head and has:"], urgency="emergency", notes="near-duplicate wording of t4-111-wales-concussion (same NHS source text) on a different site",
    text="""Head injury and concussion

    Most head injuries are not serious. You do not usually need to go to hospital and should make a full recovery within 2 weeks.

    When to go to A&E

    Go to A&E after a head injury if you or your child have:

    • been knocked out but have now woken up
    • been vomiting since the injury
    • a headache that does not go away with painkillers
    • a change in behaviour, like being more irritable
    • problems with memory
    • been drinking alcohol or taking drugs just before the injury
    • a blood clotting disorder (like haemophilia) or take blood-thinners (like warfarin)
    • had brain surgery in the past

    You or your child could have concussion.

    Symptoms usually start within 24 hours, but sometimes may not appear for up to 3 weeks.

    Find your nearest A&E

    Top of Page

    When to call 999

    Call 999 if someone has hit their head and has:

    • been knocked out and has not woken up
    • difficulty staying awake or keeping their eyes open
    • a fit (seizure)
    • problems with their vision
    • clear fluid coming from their ears or nose
    • bleeding from their ears or bruising behind their ears
    • numbness or weakness in part of their body
    • problems with walking, balance, understanding, speaking or writing
    • hit their head in a serious accident, such as a car crash

    Also call 999 if you cannot get someone to A&E safely.

    Top of Page

    How to treat a minor head injury

    If you do not need to go to hospital, you can usually look after yourself or your child at home.

    It's normal to have symptoms such as a slight headache, or feeling sick or dazed, for up to 2 weeks.

    To help recovery:


    • hold an ice pack (or a bag of frozen peas in a tea towel) to the injury regularly for short periods in the first few days to bring down any swelling

    • rest and avoid stress – you or your child do not need to stay awake if you're tir""")
add(id="t4-nicswell-nhs-concussion", url="https://nicswell.co.uk/conditions-and-treatments/concussion", source="NICSwell (Northern Ireland Civil Service wellbeing site), syndicating NHS website content", licence=OGLNHS,
    title="Concussion", audience="consumer", genre="patient information", topic="concussion", topic_kind="condition",
    W=True, reason="@acute",
    evidence=["Speak to your GP if you still have symptoms after 2 weeks"], urgency="emergency",
    notes="hard call (weak present): syndication lost every bullet list, so 'Go to your nearest A&E ... if you've injured your head and have:' and 'Call 999 ... and has:' name no sign (the exposure alone is not the trigger, the lost signs are); only the 2-week threshold for a GP visit survives (prompt level). A reader of the live page would see the lists",
    text="""Concussion is a temporary injury to the brain caused by a bump, blow or jolt to the head.
It usually only lasts up to a few days or weeks, although it sometimes needs emergency treatment and some people can have longer-lasting problems.
Signs of a concussion usually appear within a few minutes or hours of a head injury.
But occasionally they may not be obvious for a few days, so it's important to look out for any problems in the days following a head injury.
Symptoms include:
Concussion can be harder to spot in babies and young children.
One of the main things to look for is a change in their normal behaviour after a head injury, such as crying a lot, a change in their feeding or sleeping habits, or a loss of interest in people or objects.
You don't usually need to get immediate medical advice if you only have mild symptoms that don't last long after a head injury, such as:
You probably don't have concussion, and can follow the advice about treating a minor head injury at home.
Call NHS 111 for advice if you're not sure if you need medical help.
Go to your nearest accident and emergency (A&E) department if you've injured your head and have:
In these cases, you should be checked by a health professional trained in assessing head injuries. They'll decide if you need a brain scan to rule out a serious brain injury.
Call 999 for an ambulance if someone has injured their head and has:
Also call for an ambulance if someone needs to go to hospital but you can't get them there safely.
If you're diagnosed with concussion in hospital, you'll be able to go home when any serious brain injury has been ruled out and you're starting to feel better.
Most people feel back to normal within a few days or weeks of going home. But some people, especially children, can take longer to recover.
Things you can do to help your recovery include:
Speak to your GP if you still have symptoms after 2 weeks or you're unsure about returning to activities such as work or sports.
Get medical help str""")
add(id="t4-balitangmarino-cdc-dengue-symptoms", url="https://balitangmarino.com/post/symptoms-of-dengue-and-testing", source="Balitang Marino (news site), reposting CDC text ('Source: www.cdc.gov')", licence=PDREPOST,
    title="Symptoms of Dengue and Testing", audience="consumer", genre="other", topic="dengue", topic_kind="condition",
    W=True, reason="consumer page on an infection that can turn severe within hours; readers need the warning signs",
    evidence=["Immediately go to a local clinic or emergency room if you or a family member has any of the following symptoms:"], urgency="emergency",
    notes="CDC consumer text reposted on a news/blog site; labelled like the original (genre follows the host)",
    text="""Key points
1 in 4: About one in four people infected with dengue will get sick.
For people who get sick with dengue, symptoms can be mild or severe.
Severe dengue can be life-threatening within a few hours and often requires care at a hospital.
Symptoms
The most common symptom of dengue is fever with any of the following:
Aches and pains (eye pain, typically behind the eyes, muscle, joint, or bone pain)
Nausea, vomiting
Rash
Any warning sign
Common symptoms of dengue.
Mild symptoms of dengue can be confused with other illnesses that cause fever.
Symptoms of dengue typically last 2–7 days.
Most people will recover after about a week.
When to seek emergency help
Symptoms of dengue can become severe within a few hours. Severe dengue is a medical emergency.
About 1 in 20 people who get sick with dengue will develop severe dengue. Severe dengue can result in shock, internal bleeding, and death.
Immediately go to a local clinic or emergency room if you or a family member has any of the following symptoms:
Belly pain or tenderness
Vomiting (at least 3 times in 24 hours)
Bleeding from the nose or gums
Vomiting blood, or blood in the stool
Feeling extremely tired or restless
Warning Signs
Watch for warning of severe dengue. Warning signs usually begin in the 24–48 hours after fever has gone away.
Testing
See your healthcare provider if you have symptoms of dengue and live in or have recently traveled to an area with risk of dengue.
A blood test is the only way to confirm the diagnosis.
Laboratory confirmation is not required to manage illness from dengue, and your healthcare provider might provide care based on your signs and symptoms.
Your healthcare provider may order blood tests to look for dengue or other similar viruses like Zika or chikungunya.
Source: www.cdc.gov
Comments""")
add(id="t4-pestcontrol-cdc-avoid-dengue", url="https://pestcontrolonline.co.in/with-april-showers-comes-may-bugs/", source="Pest Control Online (commercial pest-control site), reposting a CDC travel feature", licence=PDREPOST,
    title="Traveling? Avoid Dengue", audience="consumer", genre="other", topic="dengue (travel prevention)", topic_kind="prevention",
    W=True, reason="consumer feature on dengue that describes the illness; severe dengue warning signs are expected",
    evidence=["If you or a family member develops any of these warning signs, go to a local clinic or emergency room immediately:"], urgency="emergency",
    notes="CDC text on a commercial pest-control page (product/service host); labelled like the original",
    text="""Traveling? Avoid Dengue
Avoid Dengue by Preventing Mosquito Bites

Use insect repellent, wear long-sleeved shirts and long pants, and control mosquitoes inside and outside your home.

Each year, an estimated 400 million people are infected with dengue virus. About 100 million get sick. Outbreaks have occurred in Southeast Asia, the Western Pacific, the Eastern Mediterranean, the Americas, the Caribbean, and Africa.

Signs and Symptoms of Dengue

Most people infected have mild or no symptoms. About 1 in 4 people infected with dengue will get sick. Mild symptoms of dengue may be confused with other illnesses that cause fever and flu-like illness. Most people will recover after about one week.

The most common symptoms are fever and one or more of the following:

  • Headache
  • Eye pain (typically behind the eyes)
  • Muscle, joint, or bone pain
  • Rash
  • Nausea and vomiting
  • Unusual bleeding (nose or gum bleed, small red spots under the skin, or unusual bruising)

Severe dengue is an emergency. Recognize the warning signs.

  • Warning signs: Watch for signs and symptoms of severe dengue to develop 24-48 hours after fever goes away.
  • If you or a family member develops any of these warning signs, go to a local clinic or emergency room immediately:
    • Severe stomach pain or vomiting (at least 3 vomiting episodes within 24 hours)
    • Bleeding from the nose or gums
    • Vomiting blood or blood in the stool
    • Drowsiness or irritability
    • Pale, cold, or clammy skin
    • Difficulty breathing

If you think you may have dengue

  • See your healthcare provider.
  • Your healthcare provider may order tests to look for dengue or similar viruses, like chikungunya or Zika.

If you are sick with dengue

  • Take acetaminophen or paracetamol to control fever and relieve pain. Do not take aspirin or ibuprofen.
  • Get plenty of rest and drink fluids to prevent dehydration.
  • During the first week of infection, den""")
add(id="t4-cdc-coca-dengue-clinical-2022", url="https://emergency.cdc.gov/newsletters/coca/083022.htm", source="CDC Clinician Outreach and Communication Activity (COCA)", licence=PD,
    title="Clinical Considerations for Dengue Virus Infection", audience="professional", genre="news or research report", topic="dengue: clinical considerations for clinicians", topic_kind="condition",
    W=True, reason="professional bulletin on dengue; severe dengue is the do-not-miss condition and its warning signs belong in scope",
    evidence=["Clinicians should monitor closely for warning signs that can indicate progression to severe dengue. These patients should be evaluated for observation or inpatient management."],
    urgency="emergency", notes="hard call: clinician audience; the sign list follows on the next bullet ('Warning signs include persistent vomiting, severe abdominal pain ...') and is tied to evaluation for inpatient management; excerpt cut mid-list",
    text="""August 30, 2022


Clinical Considerations for
Dengue Virus Infection

Dengue is endemic in many popular travel destinations for U.S. travelers, such as the Caribbean. The Centers for Disease Control and Prevention (CDC) is monitoring ongoing dengue outbreaks occurring in several regions around the world. Because most dengue cases reported in the continental United States occur in travelers, CDC is advising clinicians to consider dengue in patients with a febrile illness who have traveled to dengue-endemic areas in the 2 weeks before symptom onset. 


Clinical Overview:

  • To prevent dengue infection, travelers to dengue-endemic areas should protect themselves against mosquito bites by using EPA-registered insect repellent, wearing long-sleeved shirts and long pants, and taking other protective measures while traveling.
  • Dengue is usually a mild illness. However, in about 5% of cases, it can progress to severe disease with associated shock, severe bleeding, or organ impairment.
  • Mortality for dengue can be as high as 13% in untreated patients. Common causes of death include unrecognized or prolonged shock, unrecognized hemorrhage, and secondary infections.
  • Common dengue symptoms include fever, aches and pains (headache, retroorbital pain, myalgias, and arthralgias), nausea and vomiting, and rash or petechiae. Symptoms begin abruptly after an incubation period of 5 to 7 days. Fever can last between 2 to 7 days. 

Severe Dengue:

  • Defervescence (the abatement of fever to body temperature below 38.0°C or 100.4°F) marks the beginning of the critical phase, which is when progression to severe dengue can occur and lasts 1 to 2 days.
  • Clinicians should monitor closely for warning signs that can indicate progression to severe dengue. These patients should be evaluated for observation or inpatient management. 
  • Warning signs include persistent vomiting, severe abdominal pain, extravascular fluid accumulation (e.g., pleural effusion, a""")
add(id="t4-iomcworld-nhs-hypoglycaemia-copy", url="https://iomcworld.org/medical-journals/hypoglycaemia-1640.html", source="iomcworld.org (journal publisher topic page), copying NHS website text", licence=OGLNHS,
    title="Hypoglycaemia", audience="consumer", genre="other", topic="hypoglycaemia", topic_kind="condition",
    W=True, reason="consumer explainer on low blood sugar, which can lead to fits and collapse; readers need to know when to get help",
    evidence=[], urgency="emergency",
    notes="NHS text copied onto a journal-publisher topic page followed by a list of article links; 'can be dangerous if it's not treated promptly' and the reading threshold 'should be treated' are not tied to getting help; excerpt ends before the NHS page's treatment and 999 advice",
    text="""A low blood sugar, also called hypoglycaemia or a "hypo", is where the level of sugar (glucose) in your blood drops too low.
It mainly affects people with diabetes, especially if you take insulin.
A low blood sugar can be dangerous if it's not treated promptly, but you can usually treat it easily yourself.
A low blood sugar causes different symptoms for everybody. You'll learn how it makes you feel if you keep getting it, although your symptoms may change over time.
Early signs of a low blood sugar include:
feeling hungry sweating tingling lips feeling shaky or trembling dizziness feeling tired a fast or pounding heartbeat (palpitations) becoming easily irritated, tearful, stroppy or moody turning pale
If not treated, you may then get other symptoms, such as:
weakness blurred vision difficulty concentrating confusion unusual behaviour, slurred speech or clumsiness (like being drunk) feeling sleepy fits (seizures) collapsing or passing out
Hypos can also occur while sleeping, which may wake you up during the night or cause headaches, tiredness or damp sheets (from sweat) in the morning.
If you have a device to check your blood sugar level, a reading of less than 4mmol/L is too low and should be treated.
Research Article: Journal of Glycomics & Lipidomics
Research Article: Journal of Glycomics & Lipidomics
Editorial: Journal of Glycomics & Lipidomics
Research Article: Journal of Glycomics & Lipidomics
Editorial: Journal of Glycomics & Lipidomics
Posters-Accepted Abstracts: Journal of Glycomics & Lipidomics
Posters-Accepted Abstracts: Journal of Glycomics & Lipidomics
Posters-Accepted Abstracts: Journal of Glycomics & Lipidomics
Keynote: Journal of Glycomics & Lipidomics
Keynote: Journal of Glycomics & Lipidomics""")
