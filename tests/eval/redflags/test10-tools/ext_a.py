# batch a: head injury discharge leaflets, fever in babies, maternity research notice
add(id="t10-uhmb-child-head-injury-discharge", group="urgent", url="https://www.uhmb.nhs.uk/our-services/patient-information-leaflets/emergency-department-carers-children-under-16-who-have-sustained-head-injury", source="University Hospitals of Morecambe Bay NHS Foundation Trust, patient information leaflet (Emergency Department)", licence=OGL,
    title="Emergency Department: For carers of children under 16 who have sustained a head injury", audience="consumer", genre="patient information", topic="head injury in children, discharge advice", topic_kind="condition",
    W=True, reason="@acute", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'symptoms they hav' (the danger-signs section is inside the excerpt)",
    evidence=["if any of the following symptoms do return, we suggest you bring them back to their nearest hospital emergency department as soon as possible"],
    notes="discharge leaflet; danger signs (drowsiness, vomiting, seizures, clear fluid from ear/nose ...) tied to return to the emergency department; cut later, after the help section",
    text="""Text Size:

Contrast:

Hospital contact numbers

Emergency Department: For carers of children under 16 who have sustained a head injury

For carers of children under 16 who have sustained a head injury 

Discharge advice 


We think that it is alright for your child to leave hospital now. We have checked their symptoms and they seem well on the road to recovery. When you get them home it is very unlikely that they will have any further problems. But, if any of the following symptoms do return, we suggest you bring them back to their nearest hospital emergency department as soon as possible: 

Unconsciousness, or lack of full consciousness (for example, problems keeping eyes open) 

  • Drowsiness (feeling sleepy) that goes on for longer than one hour when they would normally be wide awake 
  • Difficulty waking the patient up 
  • Problems understanding or speaking 
  • Loss of balance or problems walking 
  • Weakness in one or more arms or legs 
  • Problems with their eyesight 
  • Painful headache that won’t go away 
  • Vomiting (being sick) 
  • Seizures (also known as convulsions or fits) 
  • Clear fluid coming out of their ear or nose 
  • Bleeding from one or both ears 

 

Things you shouldn’t worry about

They may feel some other symptoms over the next few days which should disappear in the next two weeks. These include a mild headache, feeling sick (without vomiting), dizziness, irritability or bad temper, problems concentrating or problems with their memory, tiredness, lack of appetite or problems sleeping. If you feel very concerned about any of these symptoms in the first few days after discharge, you should bring the patient to their doctor. If these problems do not go away after two weeks, you should bring the patient to see their doctor. 

 

Things that will help the patient get better 

If the patient follows this advice it should help them get better more quickly and it may help any symptoms they hav""")
add(id="t10-nca-adult-head-injury-advice", group="urgent", url="https://northerncarealliance.nhs.uk/patient-information/patient-leaflets/emergency-and-urgent-care-head-injury-advice-adult", source="Northern Care Alliance NHS Foundation Trust, patient leaflet (Emergency and Urgent Care)", licence=OGL,
    title="Emergency and Urgent Care: Head injury advice (adult)", audience="consumer", genre="patient information", topic="minor head injury in adults, discharge advice", topic_kind="condition",
    W=True, reason="@acute", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut after 'Common symptoms' (the return-to-A&E list is inside the excerpt)",
    evidence=["If any of the following symptoms occur, please contact/return to the A&E Department/UTC you attended:"],
    notes="discharge leaflet; danger-sign list tied to return to A&E/UTC; cut in the common-symptoms section",
    text="""This leaflet contains discharge advice following your attendance to the Accident & Emergency Department (A&E) or Urgent Treatment Centre (UTC).
You have suffered a mild head injury and the chances of anything serious developing are very small. However, we recommend that you should be watched at home for 48 hours.
If any of the following symptoms occur, please contact/return to the A&E Department/UTC you attended:
- Unconsciousness or lack of full consciousness (for example, problems keeping eyes open)
- Any confusion, such as not knowing where you are
- Any drowsiness (feeling sleepy) that goes on longer than 1 hour when you would normally be wide awake
- Any problems understanding or speaking
- Any loss of balance or problems walking
- Any weakness in one or more arms or legs
- Any problems with your eyesight
- Very painful headache that won’t go away
- Any vomiting – getting sick
- Any fits or collapsing or passing out suddenly
- Clear fluid coming out of your ear or nose
- Bleeding from one or both ears
- New deafness in one or both ears
General advice
- Take plenty of rest and avoid stressful situations
- Avoid taking alcohol or drugs, including sleeping pills or tranquilizers, unless a doctor has prescribed them, until your symptoms have settled
- Simple pain-killers, such as paracetamol, should be taken for a headache
- Make sure that you are not at home alone during the first 48 hours after leaving hospital, and that you are within easy reach of a telephone in case you need to ring for medical assistance
- Do not return to your usual school/college/work activity until you feel you have fully recovered
- Avoid driving a car, motorbike or bicycle, or operating machinery
- You should also avoid playing any contact sports for at least 3 weeks without talking to a doctor first
Common symptoms
Patients often complain of the following symptoms after an injury of this sort. They are unpleasant, but are not usually associated with long-term or serious problems:
- """)
add(id="t10-barnsley-altered-fetal-movement-study", group="no-red-flag", url="https://www.barnsleyhospital.nhs.uk/news/research-project-aims-find-causes-behind-differences-care-mums/", source="Barnsley Hospital NHS Foundation Trust, news", licence=OGL,
    title="Research project aims to find causes behind differences in care for mums", audience="consumer", genre="clinical-trial or research listing", topic="observational study of care for altered fetal movement", topic_kind="other",
    W=False, reason="@trial", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole short news item (ends with the researcher's contact details)",
    evidence=[],
    notes="hard call: study notice about care for reduced/altered fetal movements (an acute topic) addressed to maternity patients, but it informs about observation and consent, not symptoms; not warranted (research listing); urgency set by topic",
    text="""Our maternity unit is taking part in a study about how mothers are cared for when they report changes in their baby’s movement, known as ‘altered fetal movement’. It aims to find out more about the causes of differences in care.

As part of this study, a midwife researcher will be visiting the maternity unit at different times of the day and night to observe care episodes relating to altered fetal movement.

Following observations, the researcher will be reviewing some sections of the mother’s maternity notes, to learn about how care plans relating to altered fetal movement are documented and passed between staff. The researcher will also be interviewing maternity staff to learn about the thoughts and beliefs that underpin their practice.

How could this affect you?

With your permission, the researcher will be present whilst you are being seen by maternity staff and would like to review sections of your maternity notes. The researcher is only there to observe, and will not change anything staff are doing.

You can request that she leaves at any time and this will not affect your ongoing care.  If you would prefer not to be observed or have your maternity notes reviewed as part of this study, please tell a member of staff.

If you would like to know more about the study, please contact

Julia Clark
PhD Researcher and Midwife

Department of Health Sciences, University of Leicester
Tel: 07832 970727 Email: jac85@le.ac.uk""")
add(id="t10-hny-healthiertogether-fever-under-3-months", group="urgent", url="https://hnyhealthiertogether.nhs.uk/health-for-young-people/demo/fever-high-temperature", source="Humber and North Yorkshire Healthier Together (NHS), child health page", licence=OGL,
    title="Fever / high temperature (babies under 3 months)", audience="consumer", genre="patient information", topic="fever in babies under 3 months", topic_kind="symptom",
    W=True, reason="@sym", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the red/amber/green sign lists were lost in extraction (only the action lines remain); cut at 'may cause hypoth'",
    evidence=["all children under 3 months of age with a temperature above 38°C / 100.4°F should be urgently reviewed by a healthcare professional"],
    notes="hard call: the traffic-light sign lists were lost, so the 999/111 action lines stand without signs and are not evidence; the fever threshold (>38°C under 3 months) tied to urgent review counts",
    text="""Fever in babies less than 3 months of age is much more likely to be due to a serious infection requiring urgent treatment compared to fever in an older child. For this reason, all children under 3 months of age with a temperature above 38°C / 100.4°F should be urgently reviewed by a healthcare professional. The only exception is if they have a fever in the 48 hours following their first set of vaccines (given at 8 weeks of age) – in this situation, it is OK to give them paracetamol without seeking medical advice if your baby is otherwise well.
How to take your baby’s temperature:
You should measure your baby’s temperature under their armpit. Hold their arm against their body to keep the thermometer in place for however long it says in the manufacturer's instructions – usually about 15 seconds; some digital thermometers beep when they're ready. You should not measure their temperature on the forehead or in their ear – it will not be accurate in young children.
Go to the nearest Hospital Emergency (A&E) Department or phone 999
Please ring your GP surgery or call NHS 111 - dial 111
Additional advice is also available for families to help cope with crying in otherwise well babies.
Continue providing your child’s care at home. If you are still concerned about your child, call NHS 111 – dial 111
To make your baby more comfortable, you may want to lower their temperature using liquid paracetamol (e.g. calpol/other brands). This should be given only on the advice of a health professional as most babies under 3 months of age with fever will need medical attention.
Do not give more than the maximum recommended daily dose of medicine. However, remember that fever is a normal response that may help the body to fight infection and paracetamol will not get rid of it entirely. Medicines are helpful in reducing the discomfort associated with fever.
Avoid sponging your baby with tepid water – it doesn’t actually reduce your baby's temperature and may cause hypoth""")
