# batch e: fever in babies, bleeding in early pregnancy, cold-weather notices
add(id="t9-rhcg-fever-babies-under-3-months", group="urgent", url="https://rightdecisions.scot.nhs.uk/rhcg/royal-hospital-for-children-for-patients-carers-visitors/about-your-childs-health-information-resources/newborns-and-infants/concerned-your-baby-is-unwell-newborns-and-babies-less-than-3-months/fever-high-temperature-babies-aged-under-3-months", source="NHS Greater Glasgow and Clyde, Royal Hospital for Children Glasgow (Right Decisions platform, NHS Scotland)", licence=OGL,
    title="Fever / High Temperature (Babies aged under 3 months)", audience="consumer", genre="patient information", topic="fever in babies under 3 months", topic_kind="symptom",
    W=True, reason="@sym", urgency="emergency",
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in the amber list ('especially if they are still drows'); the same text is also served on rhc.nhsggc.org.uk (its excerpt lost the lists)",
    evidence=["All children under 3 months of age with a temperature above 38°C (100.4°F) should be seen by a healthcare professional.",
              "You need help now\nGo to the nearest Hospital Emergency Department or phone 999"],
    notes="traffic-light page; red list (mottled, blue lips, fit, hard to wake, non-blanching rash, fever) with 999/ED is inside the excerpt; cut in the amber list",
    text="""Fever in babies less than 3 months of age is much more likely to be due to a serious infection that needs urgent treatment than a fever in an older child. All children under 3 months of age with a temperature above 38°C (100.4°F) should be seen by a healthcare professional. The only time your baby doesn't need to see a doctor with their fever is if they have had their vaccines in the last 48 hours (given from 8 weeks of age) .
If your baby has had their vaccinations in the last 48 hours follow the advice given by your community nurse at their vaccination appointment.
How to take your baby’s temperature: You should measure your baby’s temperature under their armpit. Hold their arm against their body to keep the thermometer in place for however long it says in the manufacturer's instructions – usually about 15 seconds; some digital thermometers beep when they're ready. You should not measure their temperature on the forehead or in their ear – it will not be accurate in young children. How to take a temperature
When should I get help?
If your child has any of the following:
Is pale, mottled (blotchy rash) and feels abnormally cold to touch
Has blue lips lips
Has a fit/ seizure
Is very agitated (crying inconsolably despite distraction), confused or very difficult to wake
Has a rash that does not go away when you press on it (the ‘Glass Test’)
Has a hot chest, face or back and is sweaty or clammy (a temperature of 38°C / 100.4°F or higher) unless this is within two days of vaccinations and there are no other signs from this box or the AMBER box below
Is getting worse or if you are worried
You need help now
Go to the nearest Hospital Emergency Department or phone 999
If your child has any of the following:
Is finding it hard to breathe
Seems dehydrated (dry mouth, sunken eyes, no tears, drowsy or less wet nappies)
Is becoming very sleepy or irritable (you are unable to settle them with toys, TV, food or by picking up) – especially if they are still drows""")
add(id="t9-gateshead-pain-bleeding-early-pregnancy", group="urgent", url="https://www.gatesheadhealth.nhs.uk/resources/pain-and-or-bleeding-in-early-pregnancy/", source="Gateshead Health NHS Foundation Trust, patient leaflet", licence=OGL,
    title="Pain and/or Bleeding in Early Pregnancy", audience="consumer", genre="patient information", topic="pain and bleeding in early pregnancy", topic_kind="symptom",
    W=True, reason="@sym", urgency="emergency",
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'Ultrasound scans are carr'",
    evidence=[],
    notes="leaflet names ectopic pregnancy and describes A&E tests, but gives no when-to-return signs (heavy bleeding, severe pain, shoulder-tip pain, fainting) before the cut; missing, partial",
    text="""Pain and/or Bleeding in Early Pregnancy

What does vaginal bleeding and pain mean for me?

  • We are aware that this is a very worrying time and that you and your partner may feel both frightened and frustrated.
  • Vaginal bleeding and/or cramping pain in the early stages of pregnancy are common and do not always mean that there is a problem. However, bleeding and/or pain can be a warning sign of a miscarriage or, less commonly, of other complications of early pregnancy.
  • 1 in 10 women may experience some bleeding.
  • Bleeding in pregnancy is often called a “threatened miscarriage”. It does not necessarily mean that you will go on to miscarry.

Why does pain and/or bleeding happen?

  • Implantation bleed – occurs in the very early stages of pregnancy around the time of the first missed period. It happens when the fertilised egg implants in the womb.
  • Cervical ectropian – harmless changes in the neck in the womb (cervix) can cause bleeding- particularly after sexual intercourse. This is not harmful to the baby.
  • Infection- can also cause abnormal bleeding.
  • Miscarriage occurs in 1 in 4 pregnancies before 12 weeks gestation.
  • Ectopic Pregnancy- occurs in 1 in 90 pregnancies in the UK when a pregnancy starts to develop outside of the womb.
  • Molar Pregnancy- an uncommon condition affecting 1 in 700 pregnancies where the placenta is abnormal, and the pregnancy does not develop properly. Sometimes a cause for the bleeding is not found.

What tests will be done?

In A&E:

  • You will be asked about your symptoms, the date of your last period and your medical history.
  • A urine test will be carried out in order to confirm the pregnancy
  • A speculum and/ or vaginal examination may be done to look at the cervix to see where the bleeding is coming from.
  • Blood tests are sometimes done to check your blood group and/or the level of your pregnancy hormone (βHCG)

Will I get a Scan?

  • Ultrasound scans are carr""")
add(id="t9-uclh-pain-and-bleeding-early-pregnancy", group="urgent", url="https://www.uclh.nhs.uk/patients-and-visitors/patient-information-pages/pain-and-bleeding-early-pregnancy", source="University College London Hospitals NHS Foundation Trust, patient information page", licence=OGL,
    title="Pain and bleeding in early pregnancy", audience="consumer", genre="patient information", topic="pain and bleeding in early pregnancy", topic_kind="symptom",
    W=True, reason="@sym", urgency="emergency",
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'There are two types of ultr'",
    evidence=["You may need to be seen in A&E if you are bleeding very heavily or in severe pain."],
    notes="hard call: 'may need to be seen in A&E if bleeding very heavily or in severe pain' is hedged but ties signs to a place; EPU walk-in service for other cases; no shoulder-tip pain or fainting signs before the cut",
    text="""Information alert

If you need a large print, audio, braille, easy-read, age-friendly or translated copy of this page, email the patient information team at uclh.patientinformation@nhs.net. We will do our best to meet your needs.

Introduction

Who this leaflet is for?

Women who have experienced abdominal pain and/or bleeding from the vagina with:

  • a pregnancy confirmed on a urine or blood test
  • last menstrual period within the last 14 weeks.

What could the problem be?

Many women experience some pain and/or vaginal bleeding during early pregnancy. In many cases they will continue to have a healthy pregnancy. However, sometimes these symptoms can be a sign that something is wrong. The two main concerning causes for pain and bleeding in early pregnancy are:

  • miscarriage 
  • ectopic pregnancy.

Miscarriage is the loss of a pregnancy that is up to 24 weeks old. It is, unfortunately, very common; roughly one in five pregnancies will end in miscarriage. 

Ectopic pregnancy is when a pregnancy settles and begins to grow outside of the uterus (womb). The most common site for this is along the fallopian tube (between the ovary and uterus). This is less common (one in 100 pregnancies). It can be dangerous if not recognised. 

Non-pregnancy related causes of abdominal pain are still common during pregnancy. These include: urine infections, constipation, diarrhoea and muscular aches and pains.

What treatments are available to me?

You may need to be seen in A&E if you are bleeding very heavily or in severe pain. Otherwise, you can attend the Early Pregnancy Unit (EPU) on weekdays from 09:00 -12:30 and 14:00-15:00 for an ultrasound scan. This is an emergency service and no appointment is necessary. The wait you experience will depend on how many patients attend that day, but can be up to six hours. 

We have a limited service on the weekend between 09:00 - 12:30, for women who have attended A&E for initial review first. 

There are two types of ultr""")
add(id="t9-ventnor-cold-snap-amber-alert", group="urgent", url="https://www.ventnortowncouncil.gov.uk/cold-snap-raised-to-amber-alert/", source="Ventnor Town Council (Isle of Wight), news", licence=OGL,
    title="Cold snap raised to Amber alert", audience="consumer", genre="screening-prevention", topic="cold weather amber health alert", topic_kind="prevention",
    W=True, reason="public cold-health alert; readers need the signs of hypothermia/cold-related illness and when to get help (alert convention)", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the whole news item (tips list and dates)",
    evidence=[],
    notes="complete notice; keep-warm tips, food, vaccination and financial help, no warning signs or when to get help; complete-text omission",
    text="""Home News Cold snap raised to Amber alert

Cold snap raised to Amber alert

  • Keep warm. A cold home can increase the risk of health impacts, particularly for more vulnerable people.
  • Try to heat rooms you spend a lot of time in, such as the bedroom or living room, to at least 18°C (65°F), day and night – and keep bedroom windows closed. You may prefer your main living room to be slightly warmer.
  • Wear several layers of thinner clothing rather than one thick layer – this will help keep you warmer.
  • Draw curtains at dusk and block out draughts.
  • Try not to sit still for too long, ideally not more than an hour or so. Anyone who has trouble getting up and moving around can also stretch their arms and legs to help them stay warm.
  • If you need to go out, remember to wrap up warm, and wear shoes with good grips to avoid slipping on icy surfaces.
  • If you’re worried about the cost of heating your home, seek financial support. Our Cost of Living page includes links to welcome spaces, heating support, health advice and much more. 
  • Eat well. Try to have at least one hot meal a day. Warm drinks are a good way to keep warm as well.
  • Stock up on food in the house in case you can’t get out during a cold spell.
  • Keeping paths and pavements free of ice can help prevent falls. Older and vulnerable people are most at risk from slips and may need help to keep their pathways clear.
  • Boost your immunity – get vaccinated. People who are eligible for a COVID-19 seasonal booster or flu jab are encouraged to take up the offer as soon as they can.
9 January 2024
Last Updated
9 January 2024
Published in""")
add(id="t9-cambridgeshire-amber-cold-health-alert-2024", group="urgent", url="https://www.cambridgeshire.gov.uk/news/cold-weather-health-alert-advice-for-staying-warm-and-well", source="Cambridgeshire County Council, news", licence=OGL,
    title="Cold weather health alert: Advice for staying warm and well", audience="consumer", genre="screening-prevention", topic="amber cold-health alert", topic_kind="prevention",
    W=True, reason="public cold-health alert (alert convention)", urgency="emergency",
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in the tips list ('heat the living room durin')",
    evidence=[],
    notes="names heart attack, stroke, chest infections and breathing problems as risks of cold but gives no signs or help action before the cut; missing, partial",
    text="""Skip to main content

Cold weather health alert: Advice for staying warm and well

15 January 2024

An amber cold-health alert for the East of England, including Cambridgeshire, has been issued by the UKHSA and the Met Office.

The alert is in effect until 12pm on Friday, 19 January.

This weather could be a risk to your health, especially if you're over 65, under 5 or have a long-term health condition.

Val Thomas, Deputy Director of Public Health for Cambridgeshire County Council said: “Being cold isn’t just uncomfortable it can be bad for your health. Sitting or sleeping in a cold room is not good for you and increases the risk of heart attack, stroke, chest infections and breathing problems.

“Try to keep indoor temperatures to at least 18c if you can, we have included information about help available with heating costs in the tips below. Have regular hot food and drinks and try not to sit for more than an hour. Avoid going out in cold weather but if you must, wear warm clothes, shoes with a good grip and avoid icy walking areas which can lead to falls.

“If you have family and friends who are vulnerable, check in on them, especially those living alone or who have serious illnesses to make sure they are safe, warm and have food and any prescriptions they need so that they do not have to leave their homes.

“Be Winter Wise and follow our tips to look after yourself, family and friends.”

Keeping your home warm, efficient and safe:

  • Try and heat the rooms you use to at least 18°C if you can, particularly if you have reduced mobility, are 65 and over, or have a health condition such as heart or lung disease.
  • Overnight, people who are 65 and over or who have pre-existing health conditions, may find bedroom temperatures of at least 18°C are good for their health; this may be less important if you are a healthy adult under 65 and have appropriate clothing and bedding.
  • If you can’t heat all the rooms you use, heat the living room durin""")
