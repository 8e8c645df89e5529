add(id="t4-gstt-dvt-plaster-cast", url="https://www.guysandstthomas.nhs.uk/blood-clots-and-deep-vein-thrombosis/overview", source="Guy's and St Thomas' NHS Foundation Trust", licence=OGL,
    title="Blood clots and deep vein thrombosis (DVT)", audience="consumer", genre="patient information", topic="deep vein thrombosis after a lower-limb cast", topic_kind="condition",
    W=True, reason="@acute",
    evidence=["Ask for an urgent GP appointment or call 111 if:", "Call 999 or go to A&E if:"], urgency="emergency", notes="",
    text="""Overview

Blood clots and deep vein thrombosis (DVT)

If you have left the emergency department (A&E) or urgent care centre with a lower limb plaster cast, splint or walker boot, it's important to know about blood clots and deep vein thrombosis (DVT).

DVT is a blood clot that forms in one of the deep blood vessels. It usually happens in your leg or pelvis (the area between the hip bones, in the lower part of the tummy). 

A blood clot is not life-threatening by itself. Sometimes, however, it can move out of position and travel to your lungs. This is called a pulmonary embolism (PE) and can be very serious.

Ask for an urgent GP appointment or call 111 if:

  • you have new pain in your leg
  • you have new swelling in your leg
  • you have warm or discoloured skin on your leg

Call 999 or go to A&E if:

You have any symptoms of DVT and:

  • you are breathless
  • you have pain in your chest, back or ribs that is worse when you breathe in
  • you are coughing up blood

These can be signs that the blood clot has travelled to your lungs. This is called a pulmonary embolism. It can be life-threatening and needs treatment straight away.


Who is at risk of DVT

You may be at risk of getting DVT if your mobility (movement) is reduced for a while. Some people are more likely to get DVT than others.

DVT is more likely to happen if you:

  • are over 60
  • smoke
  • are dehydrated
  • take the oral contraceptive pill or hormone replacement therapy (HRT)
  • are overweight or obese
  • have cancer or cancer treatment
  • have underlying ‘sticky blood’ (a condition that makes your blood more likely to clot)
  • have inflamed varicose veins (phlebitis)
  • previously had blood clots or have a family history of blood clots
  • are pregnant or have recently given birth
  • have a long-term (chronic) medical condition, such as heart or lung disease, or diabetes

How to lower your risk of DVT

Your doctor or nurse assesses your individu""")
add(id="t4-nth-dvt-leaflet", url="https://www.nth.nhs.uk/resources/deep-vein-thrombosis/", source="North Tees and Hartlepool NHS Foundation Trust", licence=OGL,
    title="Deep vein thrombosis", audience="consumer", genre="patient information", topic="deep vein thrombosis", topic_kind="condition",
    W=True, reason="patient leaflet on DVT; readers need the signs of pulmonary embolism and when to get help",
    evidence=[], urgency="emergency",
    notes="symptom list only ('The common symptoms of DVT can include'); 'please ask your Doctor or Nurse about anything you are unsure of' is generic; excerpt cut at the tests section, before any advice on pulmonary embolism",
    text="""Information for patients
This leaflet can be made available in other formats including large print, CD and Braille and in languages other than English, upon request.
This leaflet has been written to help you understand what a deep vein thrombosis (DVT) is, how it is diagnosed and how it is treated. The information should answer your questions, but please ask your Doctor or Nurse about anything you are unsure of.
What is Deep Vein Thrombosis (DVT)?
A deep vein thrombosis is a blood clot, which has formed in the veins of your leg, arm or your pelvis.
What risk factors will make me more likely to have a DVT?
There are many different reasons and risk factors for having a DVT. You are more likely to develop a DVT if:
- You are over the age of 65.
- Are a smoker.
- Are overweight.
- Have had a DVT or a Pulmonary embolus (PE – blood clot on the lung) before
- You are less mobile than normal.
- Have cancer or are going through chemotherapy. (Chemotherapy is given to some non-cancer conditions as well).
- Have a blood condition which makes your blood more prone to clotting.
- Are taking medications such as the oral contraceptive pill or hormone replacement therapy (HRT).
- Are pregnant or have given birth within 6 weeks .
- Have a history of family members suffering from DVTs or PEs even if you have not yet had one yourself.
- Have travelled on a long journey by train or by car of more than three hours.
- Are in hospital or have recently been discharged.
- You have suffered heart failure.
- You have varicose veins.
What are the symptoms of DVT?
The common symptoms of DVT can include:
- Pain in your calf which can be like cramp or throbbing.
- Redness or congestion of the skin of your lower leg.
- The skin over the red or tender area may feel very warm to touch.
- Swelling of the calf of one leg, sometimes the whole of one leg can be swollen.
- Swollen veins of the calf, thigh or arms, which can be hard or tender to touch.
What tests will I have when I come to the hospital?""")
add(id="t4-hey-ectopic-pregnancy-leaflet", url="https://www.hey.nhs.uk/patient-leaflet/ectopic-pregnancy/", source="Hull University Teaching Hospitals NHS Trust", licence=OGL,
    title="Ectopic Pregnancy", audience="consumer", genre="patient information", topic="ectopic pregnancy", topic_kind="condition",
    W=True, reason="consumer leaflet on a condition whose rupture causes life-threatening internal bleeding; readers need the warning signs",
    evidence=[], urgency="emergency",
    notes="names rupture and internal bleeding without signs or action; 'If after reading it you have any concerns ... discuss this with a member of the healthcare team' is generic; excerpt cut at risk factors",
    text="""Ectopic Pregnancy

Patient Experience

  • Reference Number: HEY-578/2022
  • Departments: Gynaecology
  • Last Updated: 1 May 2022

Introduction

This leaflet has been produced to give you general information about an ectopic pregnancy.  Most of your questions should be answered by this leaflet.   It is not intended to replace the discussion between you and your doctor but may act as a starting point for discussion. If after reading it you have any concerns or require further explanation, please discuss this with a member of the healthcare team.

What is an ectopic pregnancy?

An ectopic pregnancy is a pregnancy outside the uterus (womb). Normally, after the sperm and egg meet in the fallopian tube, the fertilised embryo travels into the uterus to allow pregnancy growth and development. If the travel is interrupted for whatever reason, a pregnancy will start to grow within the fallopian tube. In this situation a pregnancy cannot survive as it will quickly run out of space to grow and at the same time will pose a serious risk to you should the rupture (burst) of fallopian tube happen, as this can lead to internal bleeding.

Rarely an ectopic pregnancy can occur in places other than a fallopian tube, such as ovary, cervix, abdomen.

In the UK, one in 90 (just over 1%) of pregnancies is an ectopic pregnancy.

What is pregnancy of unknown location?

A pregnancy of unknown location (PUL) is a type of ectopic pregnancy which means that you have a positive pregnancy test but there is no pregnancy inside or outside of the womb, identified on an ultrasound scan or by a laparoscopy.

We will monitor you by taking blood samples to measure your pregnancy hormone levels. Depending on the result and your symptoms we may suggest repeating the blood tests or plan treatment.

Why does an ectopic pregnancy happen?

The cause is not always known but may follow damage to the fallopian tube after an infection or previous surgery or may be associated with the use of some forms of contraception (intrauterine coil).

What are the risk factors for """)
add(id="t4-ashford-stpeters-epu-leaflets", url="https://ashfordstpeters.org/epu-home/epu-leaflets", source="Ashford and St Peter's Hospitals NHS Foundation Trust", licence=OGL,
    title="EPU leaflets", audience="consumer", genre="other", topic="early pregnancy unit leaflet index", topic_kind="other",
    W=False, reason="listing page of leaflet teasers; listing pages are not expected to carry red flags", evidence=[], urgency="emergency",
    notes="teaser trap: 'it may be a warning sign of a miscarriage or other early pregnancy problems' and the emergency-service description are teasers for linked leaflets",
    text="""Enable Recite me Accessibility Tools:
Accessibility Options
To find out more, please see here.

Follow the Maternity team: Facebook   X   Instagram

Home  About Us  Contact Us  Getting Here   Maternity Voices  CQC Report  Careers

In this section, we have leaflets for the Early Pregnancy Unit. Please only read the materials on the advice of your clinician.

The Recite Me accessibility tools can be used if you need assistance.



Bleeding and abdominal pain in early pregnancy

Vaginal bleeding and or pain in early pregnancy are common and don’t always mean there is a problem. However, it may be a warning sign of a miscarriage or other early pregnancy problems.


Conservative Management of Miscarriage

We are very sorry that your pregnancy is no longer progressing. We understand this may be a very distressing time for you. Sadly, miscarriages are known to occur in 1 in 4 pregnancies. In early pregnancy, the most common reason for a miscarriage is a genetic abnormality within the baby and so is out of your control.

We hope that this leaflet will help you in your decision for treatment. It is intended to give you additional information to that received from the doctors and nurses in the hospital.


Early Pregnancy Unit

Your doctor has requested that you attend this Assessment Unit because a problem has arisen during the early stages (first 12 weeks) of your pregnancy.

This is an emergency service for women referred by their GP, midwife, A& E or healthcare professionals with pain and /or vaginal bleeding in early pregnancy.

The aims of the unit are to offer help and assistance with the pregnancy related problem you are experiencing.


Ectopic Pregnancy

An ectopic pregnancy is a pregnancy that develops outside the lining (endometrium) of the womb (uterus). Most ectopic pregnancies occur in the fallopian tube.


How to recover quickly from a laparoscopy

A laparoscopy (also known as keyhole surgery) is performed under a general anaesthetic. 3-4 sm""")
add(id="t4-nhs-ectopic-pregnancy-video-transcript", url="https://www.nhs.uk/flashcont/altflash/8142_NHS-Ectopicpregnancy-0101-EN-16x9_NHS834.htm", source="NHS Choices (NHS website video transcript)", licence="NHS website content, Open Government Licence v3.0 (presumed, not verified page by page)",
    title="Ectopic pregnancy (video transcript)", audience="consumer", genre="patient information", topic="ectopic pregnancy", topic_kind="condition",
    W=True, reason="consumer video on ectopic pregnancy that describes rupture and collapse; readers need to know when to get help",
    evidence=[], urgency="emergency",
    notes="hard call: describes pain, bleeding and a ruptured ectopic (collapse, severe pain, shoulder pain, difficulty breathing) through a clinician and a patient story; 'The majority of women will come to the early pregnancy clinic' describes a care pathway, not advice; transcript excerpt ends mid-sentence",
    text="""An ectopic pregnancy is any pregnancy

An ectopic pregnancy is any pregnancy
that implants outside the uterus or womb

which is where a normal pregnancy
implants and grows.

The majority of ectopic pregnancies
develop in the fallopian tube

which links the ovary to the womb.

My husband and I were trying for a baby.

We tried for about six months
without any real success.

I had what I thought was a period
after two weeks,

although it was light
and it was a strange colour as well.

The symptoms are pain and bleeding.

Often it's just spotting, so very light
bleeding when the woman goes to the loo,

or it could be heavier bleeding
like a period, sometimes with clots.

In terms of the pain
she might experience,

classically, it's on the side
of the ectopic pregnancy.

It's a sharp, stitch-like pain.

Actually, the pain in real life
is often more non-specific than that.

The vast majority of time, we never
establish what the cause has been.

In terms of risk factors,
anything that scars the fallopian tubes

can result in an increased chance
of developing an ectopic pregnancy.

The main one being either having
had a previous ectopic pregnancy

or having had a pelvic infection

such as chlamydia or gonorrhoea
that could scar the tubes.

The majority of women
will come to the early pregnancy clinic.

They've done
a positive pregnancy test at home

and developed pain or bleeding.
She will have an ultrasound scan.

Once the diagnosis is established,
she'll be offered a range of treatments.

The opposite extreme is if a woman
has a ruptured ectopic pregnancy.

The tube has burst
and is causing internal bleeding.

in which case she might present

with having collapsed at home
in severe pain and be very unwell.

I was just suddenly doubled over
with excruciating abdominal pain.

I think I may have passed out.

I ended up in hospital. I was finding it
very difficult to breathe.

I had a lot of pain near my neck
and by my shoulder

and could not breathe deeply
without it really""")
add(id="t4-lambeth-ccg-burns-child", url="https://www.lambethccg.nhs.uk/your-health/keeping-well/everyday-illnesses/common-childhood-illnesses/Guide/Pages/burns/std.html", source="NHS Lambeth Clinical Commissioning Group", licence=OGL,
    title="Burns and scalds", audience="consumer", genre="patient information", topic="burns and scalds in children", topic_kind="condition",
    W=True, reason="@acute",
    evidence=["For large or facial burns you should go to A&E."], urgency="emergency",
    notes="'For small burns take your child to the Practice Nurse or Urgent Care Centre' is also a sign-action pair; 'If you are still worried' is generic (tie-break 1)",
    text="""Burns and scalds

Knowing what to do



Treat the burn or scald straight after the accident by running under cold water for 20 minutes.


2Do not use creams, lotions or ointments on the burn or scald.


3For small burns take your child to the Practice Nurse or Urgent Care Centre. For large or facial burns you should go to A&E.

If you are still worried, contact your GP out-of-hours service. If you cannot get help straight away go to the Accident and Emergency Department.""")
add(id="t4-enherts-ccg-burns-scalds", url="https://www.enhertsccg.nhs.uk/burns-and-scalds", source="NHS East and North Hertfordshire Clinical Commissioning Group", licence=OGL,
    title="Burns and scalds", audience="consumer", genre="patient information", topic="burns and scalds", topic_kind="condition",
    W=True, reason="@acute",
    evidence=["If the burn or scald covers a large area or the damage is deep into the skin, cover the area with a sterile dressing or non-fluffy material like cling film or a clean plastic bag and seek urgent medical attention."],
    urgency="emergency", notes="no chemical/electrical, facial or smoke-inhalation signs; size and depth are the only triggers",
    text="""Burns and scalds


Burns are caused by dry heat, such as hot objects or the sun. Scalds are caused by hot liquid and steam. The skin may be painful and look pink, red or mottled and there may be blisters.

The burn or scald should be cooled as quickly as possible. Run it under cold water for at least ten minutes. 

If the burn or scald covers a large area or the damage is deep into the skin, cover the area with a sterile dressing or non-fluffy material like cling film or a clean plastic bag and seek urgent medical attention. This could be from your GP, local minor injuries unit, urgent care centre or A&E.

""")
add(id="t4-leics-fire-emergency-first-aid-burns", url="https://leics-fire.gov.uk/in-an-emergency/emergency-first-aid/", source="Leicestershire Fire and Rescue Service", licence=OGL,
    title="Emergency first aid", audience="consumer", genre="patient information", topic="burns and scalds first aid", topic_kind="condition",
    W=True, reason="first-aid page on burns; readers need to know which burns need emergency help",
    evidence=["If it is serious, call 999 or 111 for emergency medical help and:", "If you are unsure if the burn is serious then tell the person to see a doctor."],
    urgency="emergency", notes="seriousness criteria (larger than the hand, face/hands/feet, deep) listed just above the 999 line; fire-service page, not a health body",
    text="""You need to be extra careful when treating burns. The longer the burning goes on, the more severe the injury will be and the longer it may take to heal.

Due to this, you need to cool the burn as soon as possible. If someone has a severe burn or scald they are likely to suffer from shock because of the fluid loss so, they will need urgent hospital treatment.

Five key things to look for if you think someone has a burn or scald:

  • Red skin
  • Swelling
  • Blisters may form on the skin later on
  • The skin may peel
  • The skin may be white or scorched

What you need to do:

  • Stop the burning getting any worse by moving the casualty away from the source of heat.
  • Start cooling the burn as quickly as possible. Run it under cool water for at least ten minutes or until the pain feels better. (Don’t use ice, creams or gels – they can damage tissues and increase risk of infection).

Assess how bad the burn is. It is serious if it is:

  • Larger than the size of the casualty’s hand
  • On the face, hands or feet
  • A deep burn

If it is serious, call 999 or 111 for emergency medical help and:

  • Remove any jewellery or clothing near the burn (unless it is stuck to it).
  • Cover the burned area with kitchen cling film or another clean, non-fluffy material, like a clean plastic bag. This will protect from infection.
  • If necessary, treat for shock (shock is a life-threatening condition, not to be confused with emotional shock).
  • If you are unsure if the burn is serious then tell the person to see a doctor.""")
add(id="t4-nbt-first-aid-burns", url="https://www.nbt.nhs.uk/our-services/a-z-services/burns/first-aid-burns", source="North Bristol NHS Trust", licence=OGL,
    title="First aid for burns", audience="consumer", genre="patient information", topic="burns first aid", topic_kind="condition",
    W=True, reason="first-aid page on burns; readers need to know which burns need emergency help",
    evidence=[], urgency="emergency",
    notes="hard call: 'Seek medical help, if an emergency call 999, if a minor burn call 111' names no sign that makes a burn an emergency (tie-break 1/2: generic); the tetanus line is a vaccination reminder; excerpt ends at a link list",
    text="""First Aid should ideally be performed within twenty minutes of burning yourself
✔ Stop the burning as soon as possible, for example by dousing the flames or removing the person from the area
✘ Do not put yourself at risk
✔ Remove any clothing that surrounds the burn.
✘ Do not attempt to remove clothing if it is stuck to the skin. You should leave this for medical staff to remove.
✘ Do not pull or tug at clothing which is stuck to the skin as can cause further complications.
✔ Remove any jewellery which is near the burn site. But only do this if you can safely remove it without causing any damage to the burn.
✔ Cool the burn down immediately. You should place the affected area in cool water or under a gently running cold tap for at 10 to 30 minutes.
✘ Never place a child in a bath full of cold water. This can cause them to go into shock and other complications.
✘ You should not use any ointment or cream on the burn. And never use butter, oil, spray or any other household medicine.
✘ Do not use ice
✔ Keep the person warm by using a blanket or layers of clothing.
✘ Avoid putting these directly on the burn
✔ Cover the burn with cling film as a layer over the burn
✘ Avoid wrapping it around the limb
✘ Do not apply to the face
✔ Seek medical help, if an emergency call 999, if a minor burn call 111.
✘ Never burst or pop any blisters on a burn, as this can lead to an infection.
Most small burns will heal themselves. Burns can be left uncovered unless they are in a place where it is difficult to keep clean. Use a non-adhesive (non-sticky) dressing for temporary coverage if you need to cover a burn or scald.
If you have not had a full course of tetanus immunisation or if your boosters are not up to date contact your GP.
For further information, visit:""")
add(id="t4-healthforteens-manchester-burns", url="https://healthforteens.co.uk/manchester/burns-and-scalds-health-for-teens-manchester", source="Health for Teens (Manchester University NHS Foundation Trust)", licence=OGL,
    title="Burns and scalds", audience="consumer", genre="patient information", topic="burns and scalds", topic_kind="condition",
    W=True, reason="consumer page on burns for teenagers; readers need to know which burns need help",
    evidence=[], urgency="emergency",
    notes="hard call: the site banner ('Should you need urgent health advice ... In an emergency please visit A&E or call 999') names no sign (tie-break 1); the 'Look for:' and action lists were lost in extraction",
    text="""Should you need urgent health advice please contact your GP or call NHS 111. In an emergency please visit A&E or call 999
Manchester University NHS Foundation Trust is responsible for the writing, publishing and updating of the content on this page.
If someone receives a burn or scald, your priority is to cool the burn as quickly as possible. Find out what to look for and what to do.
A burn can be caused by dry heat such as contact with fire, or a hot iron, or exposure to the sun. A scald can be caused by contact with wet heat, like steam or a hot cup of tea. The longer the burning goes on the more severe the injury.
Burns and scalds are treated in the same way as they are both damage to the skin caused by heat. They can be very painful but the amount of pain that you feel may not always relate to how serious the burn is. For example, a very serious burn may be relatively painless because there is damage to the nerve endings. So minor burns can be very painful whilst a serious burn not hurt at all.
Look for:
correct first aid will:
Remember:
Never:""")
