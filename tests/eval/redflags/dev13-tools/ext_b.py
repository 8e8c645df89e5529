# batch b: maternity and early pregnancy
add(id="t13-rotherham-maternity-triage", group="urgent", url="https://therotherhamft.nhs.uk/node/1705/printable/print", source="The Rotherham NHS Foundation Trust, maternity triage page (printable version)", licence=OGL,
    title="Maternity triage", audience="consumer", genre="patient information", topic="maternity triage: when and how to call, reasons to contact, baby's movements", topic_kind="other",
    W=True, reason="consumer maternity triage page; its purpose is to tell pregnant and postnatal women which problems need a call or assessment", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in 'Baby's movements' at 'You should '",
    evidence=["Reasons you might contact maternity triage:", "- Vaginal bleeding", "- Problems with vision (blurring, flashing lights or spots, difficulty focusing)"],
    notes="clear: 'Reasons you might contact maternity triage' followed by signs (bleeding, waters breaking, change in baby's movements, vision problems, persistent headache, severe itching) with the 24-hour triage line; 'In an emergency, call 999' is generic; the baby's-movements section is cut; present",
    text="""Maternity triage
The Maternity Triage Unit is located on Labour Ward, which is on B level of the hospital, between junctions 3 and 4.
Triage is open 7 days a week and offers a 24-hour service.
If you are concerned about your own or your baby’s wellbeing, call our maternity triage line on 01709 427700 (available 24 hours a day).
In an emergency, call 999.
Referral
You may be referred to maternity triage by your GP, community midwife or you may contact us yourself if you need help or advice. We see women and birthing people from 20 weeks of pregnancy, up to 6 weeks after the birth of your baby.
When you ring maternity triage, you will speak to a midwife on the phone and they will take a history from you, listen to your concerns and give you appropriate advice on whether you need to come into hospital to be seen in maternity triage, antenatal day unit (between the hours of 9am to 5pm), Urgent and Emergency Care Centre (UECC), stay at home or even be seen by your own GP.
It is helpful if you tell us about anything that might make you high risk in your pregnancy when you ring. This can sometimes affect your care.
Call us
Please call us with any concerns you may have, no matter how big or small. We are here to help.
Reasons you might contact maternity triage:
- Abdominal pain
- Vaginal bleeding
- Abnormal discharge
- Generally feeling unwell
- Suspected infection or high temperature
- Severe itching on the palms of your hands or feet
- Suspected labour including premature labour (if you are having regular, painful contractions)
- Waters breaking at any point
- Raised blood pressure
- A change in the pattern of baby’s movements
- Problems with vision (blurring, flashing lights or spots, difficulty focusing)
- A persistent headache
- Postnatal concerns up to 6 weeks after giving birth
Baby's movements
You should start to feel your baby move around 16 to 24 weeks of pregnancy. If this is your first baby you may not feel them until after 20 weeks of pregnancy. You should """)
add(id="t13-rotherham-postnatal-information", group="urgent", url="https://www.therotherhamft.nhs.uk/patients-and-visitors/patient-information/postnatal-information-for-parents", source="The Rotherham NHS Foundation Trust, postnatal patient information (obstetrics and gynaecology)", licence=OGL,
    title="Postnatal information for patients", audience="consumer", genre="patient information", topic="after the birth: urgent symptoms in the mother, lochia, hygiene", topic_kind="other",
    W=True, reason="consumer postnatal discharge information; postpartum haemorrhage, sepsis, pre-eclampsia and clots are emergencies readers must recognise", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'Avoid the use of tampons ' under 'Additional information'",
    evidence=["See GP or Midwife today if mum has:", "Call 999 if mum has:", "shortness of breath or chest pain"],
    notes="clear: two tiers of signs with actions (GP or midwife today; 999 for breathlessness, chest pain, sudden or extreme blood loss, collapse, severe headache); present. Same trust as t13-rotherham-maternity-triage (different page)",
    text="""Postnatal information for patients

Obstetrics & Gynaecology

Symptoms in mum that need urgent medical attention

See GP or Midwife today if mum has:

  • a fever, shivering, abdominal pain or offensive vaginal loss
  • calf pain (one-sided), any redness or swelling
  • headaches alongside any nausea, vomiting or visual disturbances within the first few days
  • faintness, dizziness or palpitations
  • puerperal psychosis

 Call 999 if mum has:

  • shortness of breath or chest pain
  • sudden or extreme blood loss
  • a sudden collapse
  • severe headache

If you are unable to contact your GP or Midwife for a priority appointment the same day, use your out of hours GP service or attend the Urgent and Emergency Care Centre at Rotherham Hospital.

If you are unable to be seen within the next 4 hours contact Wharncliffe ward for advice.

Lochia (vaginal loss)

This can continue for a number of weeks following childbirth.

  • Expect a bright red, heavy flow for the first few days. This then tapers off and becomes dark red, brown, watery pink, yellow then white/
  • Gently increase activity

Contact your GP or midwife if:

  • you have heavy vaginal bleeding
  • your discharge has a foul odour
  • you have a a temperature over 38 degrees celsius (100.4F)
  • you have shivering or flu like symptoms

It can be normal to pass small clots. Clots should be no bigger than a 50 pence coin. If the clots are larger than this contact your midwife as soon as possible. 

If any clots are passed:

  • check your loss is normal
  • if normal, carry on as usual
  • if heavy blood loss, rest and if bleeding continues contact your GP or midwife

Hygiene care after birth

Hygiene is really important.

  • Wash your hands before and after changing pads
  • Change sanitary pads frequently
  • Bathe or shower daily

Additional information

  • Maternity pads are best for first few days then change to lighter pads
  • Avoid the use of tampons """)
add(id="t13-mkuh-postnatal-important-symptoms", group="urgent", url="https://www.mkuh.nhs.uk/maternity-services/your-pregnancy-journey/postnatal-care/important-symptoms", source="Milton Keynes University Hospital NHS Foundation Trust, maternity services (postnatal care)", licence=OGL,
    title="Important symptoms", audience="consumer", genre="patient information", topic="postnatal warning symptoms: abnormal bleeding, infection, sepsis, headache", topic_kind="symptom",
    W=True, reason="consumer postnatal page about symptoms that can signal an emergency after birth", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in 'Headache' at 'contact your'",
    evidence=["you should contact your midwife or GP immediately for advice", "Seek urgent medical help if you experience signs of sepsis:"],
    notes="clear: bleeding with palpitations/dizziness -> midwife or GP immediately; sepsis signs -> urgent medical help; the headache advice is cut mid-sentence; present. Same domain as t13-mkuh-metastatic-spinal-cord-compression (different page)",
    text="""Important symptoms

Abnormal vaginal bleeding: blood loss during and after the birth affects women in different ways. If you begin to develop symptoms including palpitations (more aware of your own heartbeat), dizziness, a rapid pulse, weakness, sweating and restlessness following or during a heavy blood loss, you should contact your midwife or GP immediately for advice. You may need treatment/medication.

Infection: a high temperature, rapid pulse and increased breathing rate are signs of an infection. This is more likely if you are experiencing other symptoms such as pain on passing urine, diarrhoea and/or vomiting, rash on your body, a painful perineum or abdominal wound, and or abdominal tenderness. It is important that you try to reduce the risk of infection by: good personal hygiene, washing your hands properly before and after preparing food, using the toilet, sneezing/blowing your nose. If you feel unwell, have a sore throat, cough with mucous or respiratory infection contact your GP or midwife immediately for advice. You may need treatment with antibiotics.

Sepsis: (also known as blood poisoning) is an immune system’s overreaction to an infection or injury. This is a rate but serious condition which can initially look like flu, gastroenteritis (sickness and/or diarrhoea) or a chest infection. If not treated immediately, sepsis can result in organ failure and death. With an early diagnosis, it can be treated with antibiotics. Seek urgent medical help if you experience signs of sepsis:

  • slurred speech or confusion
  • extreme shivering or muscle pain
  • passing no urine (in a day)
  • severe breathlessness
  • you feel like you are going to die
  • your skin is mottled or discoloured

Headache: some people suffer from tension headaches and/or migraines after giving birth. These usually resolve with mild pain relief and rest. If, however, you have the onset of a sudden severe headache with neck stiffness and a high temperature, contact your""")
add(id="t13-leedsccg-emergency-care-pregnant-women-parents", group="urgent", url="https://www.leedsccg.nhs.uk/health/campaigns/your-nhs-is-still-here-for-you-when-you-need-us/when-to-seek-emergency-care-information-for-pregnant-women-and-parents/", source="NHS Leeds Clinical Commissioning Group, campaign page ('Your NHS is still here for you')", licence=OGL,
    title="Information for pregnant women and parents/carers", audience="consumer", genre="patient information", topic="when to seek emergency care in pregnancy (baby's movements) and for newborns", topic_kind="other",
    W=True, reason="consumer page whose stated purpose is when to seek emergency care in pregnancy and for babies", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in the newborn section at '  • If yo'",
    evidence=["It’s important to call your midwife or maternity unit straight away if:", "Your baby is moving less than usual"],
    notes="clear: reduced or changed fetal movements tied to calling the midwife or maternity unit straight away, 'even if it’s the middle of the night'; newborn advice (cough, fever -> NHS 111) partly cut; present",
    text="""Information for pregnant women and parents/carers

Information for pregnant women, parents and carers on when to seek emergency care.

Find out how you can get medical help when you need it. Please don’t put it off; this could have life or limb-threatening consequences.

Your baby’s movement

When to call your midwife or maternity unit

You should start to feel your baby move between around 16 and 24 weeks of pregnancy. If this is your first baby, you might not feel movements until after 20 weeks.

If you have not felt your baby move by 24 weeks, tell your midwife. They’ll check your baby’s heartbeat and movements.

It’s important to call your midwife or maternity unit straight away if:

  • Your baby is moving less than usual
  •  You cannot feel your baby moving anymore
  •  There is a change to your baby’s usual pattern of movements

They’ll need to check your baby’s movements and heartbeat. Do not wait until the next day – call straight away, even if it’s the middle of the night.

Advice and guidance when caring for an unwell child

Here’s a short nursery rhyme to say the NHS is here for you:

Traffic light poster

The following traffic light poster contains advice for parents during coronavirus so they know what to do if the child starts to feel unwell (click on image below for a full size).

Download a PDF version of the traffic light poster


Parent information for newborn babies

Although the risks are very low, you may be concerned that your baby could get coronavirus. The information below tells you what to look out for. Do not delay seeking help if you have concerns.

How will I know if my baby has coronavirus?

Many babies with the virus will not show signs of illness and will recover fully. Some can develop an unstable temperature and / or a cough. Babies with infections do not always develop a fever.

  • If your baby has a cough, fever or feels unusually hot or cold, but
    otherwise well, then call NHS 111
  • If yo""")
