# batch e: croup aftercare (Barnsley Hospital ED), Newcastle hospitals heart-surgery news
add(id="t10b-barnsley-hospital-ed-croup", group="urgent", url="https://barnsleyhospital.nhs.uk/services/a-and-e/croup", source="Barnsley Hospital NHS Foundation Trust, Emergency Department information page", licence=OGL,
    title="Croup", audience="consumer", genre="patient information", topic="croup in children: discharge advice from the emergency department", topic_kind="condition",
    W=True, reason="@acute", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the whole short page (from the ED busy banner to the review date); the page heading before the symptom list was not returned",
    evidence=["If they get worse or get any of the following symptoms, bring them back to the Emergency Department. Call 999 if necessary:\n- blue lips"],
    notes="complete ED aftercare page; danger signs (blue lips, sleepiness, drooling, severe difficulty breathing, increasing stridor) tied to returning to ED / 999; present",
    text="""Our Emergency Department is very busy right now and some people are experiencing long waits. If you do not require emergency care, please use an alternative such as 111 online.
- barking cough
- hoarse voice
- stridor (noise heard as your child breathes in)
- breathing faster or difficulty breathing
- restless or irritable
- symptoms usually get worse at night
Do I need to bring my child into hospital?
Sometimes children with severe croup need to be admitted. Most can safely be managed at home. Your child has been examined by the doctor and has found that they are well enough to go home.
If they get worse or get any of the following symptoms, bring them back to the Emergency Department. Call 999 if necessary:
- blue lips
- increased irritability or inappropriate sleepiness
- drooling
- severe difficulty breathing
- increasing stridor
What is the treatment?
Your child may have been given a medicine called dexamethasone which helps to reduce the narrowing in their upper airways to help them breathe more easily.
What can I do at home?
Encourage your child to drink more than normal. Small frequent sips are best.
Give them paracetamol or ibuprofen if they have a fever (high temperature). Coughing spasms may be relieved by exposure to outside cold air, or warm steam in the bathroom.
If you have any questions or concerns please ring the Emergency Department on: 01226 432066
Reviewed by Dr T Shaw in October 2023, next review in October 2026.""")
add(id="t10b-newcastle-hospitals-news-pioneering-heart-surgery", group="no-red-flag", url="https://newcastle-hospitals.nhs.uk/news/newcastle-hospital-first-as-patient-undergoes-pioneering-heart-surgery", source="The Newcastle upon Tyne Hospitals NHS Foundation Trust, news release", licence=OGL,
    title="Newcastle hospital first as patient undergoes pioneering heart surgery", audience="consumer", genre="news or research report", topic="new procedure (transcatheter ventricular enhancement) for heart failure after heart attack", topic_kind="treatment",
    W=False, reason="hospital news about a new procedure; not advice to readers with symptoms; red flags not expected", urgency="none", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut mid-sentence at 'pulls it like a pu' (the rest of the release was not returned)",
    evidence=[],
    notes="treatment news release (first UK procedure); mentions heart attack and heart failure only as background; not warranted",
    text="""Surgeons at the city’s Freeman Hospital have used a pioneering technique to repair damage to a patient’s heart sustained during a heart attack.
The procedure known as ‘transcatheter ventricular enhancement’ is not yet standard clinical practice, and the Regional Cardiothoracic Centre at the Newcastle hospital is the first, nationally, to carry it out.
It is hoped the operation, which repairs the heart without having to stop it beating, will help save thousands of patients across the country.
The first operation was performed on Ian Whitehead by heart specialists led by Professor Azfar Zaman and Professor Stephan Schueler – both based at the Freeman Hospital.
Professor Zaman said: “Following a major heart attack, the heart muscle heals by forming a scar. Over time this scar can stretch, which in turn stretches the normal heart muscle. After several years, this stretching of the heart by the scar tissue can lead to heart failure, which in turn can become life-threatening.
“Until now, the only way of removing the scar tissue has been through open heart surgery which many patients with heart failure are simply not well enough to tolerate. If we cannot treat them, the prognosis is not very good.”
Minimally invasive approach
The transcatheter approach is a minimally-invasive procedure which means it does not require the chest to be opened and is carried out by keyhole surgery involving a small cut in the chest wall.
Professor Zaman added: “This new procedure seeks to reduce the size of the scar tissue by literally ‘tying it off’.
“The surgeon makes a small cut in the chest to access the heart and puts in some stitches to pull healthy tissue over the scarring. At the same time, the interventional cardiologist enters the main vein in the neck using a special catheter – an extremely thin tube – to reach the heart. They meet in the middle.
“The cardiologist then picks up the stitching using a special device in the catheter, and pulls it like a pu""")
