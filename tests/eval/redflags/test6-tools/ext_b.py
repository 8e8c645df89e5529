# batch b: NZ DHB pages (skin sores, cellulitis pathway news, where to go when sick), HRSA carbon monoxide, CDC heat illness text on a hospital site,
# early-pregnancy bleeding (NHS Forth Valley, Dudley, North Bristol, Chelsea & Westminster), NHS beta pneumonia
add(id="t6-baynav-skin-sores-when-to-see-doctor", group="urgent", url="https://baynav.bopdhb.govt.nz/child-health/skinsepsispathway_skinsores-when-to-see-doctor/", source="Bay Navigator (Bay of Plenty District Health Board, New Zealand), child health", licence=CCBYNZ,
    title="Child Health | When to see a Doctor (skin sores)", audience="consumer", genre="patient information", topic="skin sores and redness in children (skin infection, cellulitis risk)", topic_kind="symptom",
    W=True, reason="@sym", evidence=["If a sore or redness has any one of the following:-", "Any sore or redness near the eye needs to be seen by a doctor urgently"], urgency="prompt",
    notes="bilingual (English/te reo Māori) card; the heading 'When to see a Doctor' ties the sign list to a doctor",
    text="""Child Health  |  When to see a Doctor
Child Health

When to see a Doctor

If a sore or redness has any one of the following:-

 • Is the size of a 10 cent coin or bigger
 • Has pus
 • Is getting bigger
 • Has red streaks coming from it
 • Is not getting better within two days
 • Any sore or redness near the eye needs to be seen by a doctor urgently

 

HAERE KI TE TĀKUTA

MĒNĀ TE HAREHARE, TĒTAHI WĀHI WHERO RĀNEI
E RITE ANA KI NGĀ ĀHUATANA E WHAI AKE NEI:

 • KUA RITE TE NUNUI KI TE 10 HENETI,
 • HE NUI AKE RĀNEI
 • KUA PIRAU
 • KUA NUNUI HAERE KĒ ATU
 • KUA PUTA HE ROPIROPI WHERO
 • KĀORE ANŌ KIA PAI AKE I TE RĀ 2
 • HE TATA KI TE KARU ME TERE TONU TE HAERE KI TE TAKUTA


Last updated : Thursday, May 18, 2017
Next review date : Friday, May 18,2018


Disclaimer: This site is intended to be flexible and frequently updated. While every effort has been made to ensure accuracy, all information should be verified.""")
add(id="t6-baynavigator-news-cellulitis-pathway-changes", group="no-red-flag", url="https://baynavigator.health.nz/clinical-matters/2021/may/3/changes-to-cellulitis-pathway-on-bay-navigator/", source="Bay Navigator (Bay of Plenty DHB, New Zealand), clinical matters news", licence=CCBYNZ,
    title="Changes to Cellulitis Pathway on Bay Navigator", audience="professional", genre="news or research report", topic="update of a local clinical pathway for cellulitis (antibiotic choices, funding)", topic_kind="treatment",
    W=False, reason="@policy", evidence=[], urgency="none",
    notes="trap: names cellulitis and follow-up visits; a notice to clinicians about a pathway and funding",
    text="""Bay Navigator

Changes to Cellulitis Pathway on Bay Navigator

In order to line up with best practice and other DHBs, the Cellulitis pathway on the Bay Navigator site has been updated.

In order to line up with best practice and other DHBs, the Cellulitis pathway on the Bay Navigator site has been updated.

Important changes include the removal of all IV options, i.e. a move to all-oral regimes, updates to antibiotic choices, as well as some new information resources. Note that the Acute Demand funding will not change, so 48-hour follow-up visits for grades 2 and 3 are still funded.

Click here to check out the updated pathway. You can also view a recording of Dr Kate Grimwade's presentation here.

Please let us know if you have any feedback baynav@bopdhb.govt.nz.

Back to latest""")
add(id="t6-wcdhb-where-do-i-go-when-sick", group="urgent", url="https://www.wcdhb.health.nz/your-health/where-do-i-go-when-i-am-sick/", source="West Coast District Health Board (New Zealand), your health", licence=CCBYNZ,
    title="Where do I go when I am sick?", audience="consumer", genre="patient information", topic="respiratory illness (COVID-19, influenza): when to call for help; local services", topic_kind="symptom",
    W=True, reason="service-navigation page that advises people unwell with respiratory illness to stay home; readers need the signs that need help", evidence=["Call Healthline 24/7 on 0800 358 5453 or your own family doctor if:"], urgency="emergency",
    notes="hard call: the first list ('Signs that you need to call for help or advice', severe trouble breathing, chest pain, confusion, fainting) names no number or place, so it is not quoted; the Healthline list is the evidence; no 111 advice in the stored text",
    text="""If you have COVID-19, influenza or other respiratory illnesses
Please stay home until you are symptom-free. For help treating your symptoms pharmacies have a range of products including lozenges, cough mixture, nasal sprays, and rehydration products.
Signs that you need to call for help or advice when unwell with a respiratory illness
- Have severe trouble breathing or chest pain
- Feel very confused or not thinking clearly
- Feel faint or pass out (lose consciousness)
Call Healthline 24/7 on 0800 358 5453 or your own family doctor if:
- You have more trouble breathing than usual – can you finish a sentence when speaking? Can you get up and to the bathroom or make a drink without running out of breath?
- Your symptoms are getting worse
- You start getting better, then get worse
- You have symptoms of severe dehydration such as having a very dry mouth and passing on a little urine (pee/mimi)
- Feeling very light-headed
- Persistent fever and/or chills that you can’t manage at home
- Persistent vomiting or diarrhoea which goes on for more than 24 hours
Acute dental problems during COVID-19 Alert Level 4
There are significant restrictions on the types of dental treatment that are able to be provided while the Covid-19 virus poses a threat.
Anyone with an acute dental problem in Canterbury or the West Coast can phone 0800 846 983 or email commdental@cdhb.health.nz (8am-4:30pm, Mon-Fri) for assistance.
After your call, a dentist or dental therapist will make contact to determine what treatment is needed and make appropriate arrangements.
The Canterbury DHB’s dental department provides specialist dental care to people in the Canterbury region. Please note: It is also a tertiary referral centre for the West Coast and Nelson and Marlborough regions.
Depending on your illness, there are different places you and your whānau can go for health care on the West Coast.
Remember registering with a general practice team is really important for you and your family. A GP team """)
add(id="t6-hrsa-poisonhelp-carbon-monoxide-faq", group="urgent", url="https://poisonhelp.hrsa.gov/faq/carbon-monoxide", source="HRSA Poison Help (US Health Resources and Services Administration), FAQ", licence=PD,
    title="Carbon Monoxide (CO)", audience="consumer", genre="patient information", topic="carbon monoxide poisoning", topic_kind="condition",
    W=True, reason="@acute", evidence=["Immediately go outside to get fresh air, and right away call Poison Help (1-800-222-1222), which connects you to your local poison center.", "If you feel better when you are out of your home and worse when you return, CO may be present. If you notice this, call 911."], urgency="emergency",
    notes="signs (flu-like symptoms) named in the previous bullet; the first quote's trigger is implicit (suspected CO poisoning)",
    text="""  3. Carbon Monoxide (CO)

  • Carbon monoxide (CO) is a gas that is poisonous. It has no color or smell. Cars, appliances, furnaces, and gas dryers can give off CO.

  • CO takes the place of oxygen in the blood. Without oxygen, the heart, lungs, brain, and other body parts cannot work properly. Signs of CO poisoning are similar to flu symptoms. They include upset stomach, tiredness, and headaches. If CO poisoning is not treated, it can cause seizures and even death.

  • Immediately go outside to get fresh air, and right away call Poison Help (1-800-222-1222), which connects you to your local poison center. If you feel better when you are out of your home and worse when you return, CO may be present. If you notice this, call 911. Have the fire department check for CO in your house. If CO is present, the source must be repaired before it is safe to return home.""")
add(id="t6-cheshiremed-cdc-heat-related-illness", group="urgent", url="https://www.cheshiremed.org/health-wellness/article/heat-related-illness-what-look-and-what-do", source="Cheshire Medical Center (Dartmouth Health), health and wellness article reproducing CDC recommendations", licence=PDREPOST,
    title="Heat-Related Illness: What to Look for and What to Do", audience="consumer", genre="patient information", topic="heat stroke, heat exhaustion and heat cramps", topic_kind="condition",
    W=True, reason="@acute", evidence=["Call 911 right away-heat stroke is a medical emergency!", "Get medical help right away if:\n- Person is vomiting\n - Symptoms are worsening or last longer than an hour", "Get medical help right away if:\n- Cramps last longer than 1 hour"], urgency="emergency",
    notes="CDC 'look for / what to do' card; the heat-stroke sign list is the lead 'Look for' block before the 911 line",
    text="""Heat-related illnesses are preventable. Learn the symptoms and what to do if you or a loved one shows signs of having a heat-related illness. The Centers for Disease Control and Prevention (CDC) make the following recommendations.
Heat stroke
Look for
- High body temperature (103˚F or higher)
 - Hot, red, dry, or damp skin
 - Fast, strong pulse
 - Headache
 - Dizziness
 - Confusion
 - Nausea
 - Losing consciousness (passing out)
 
What to do
- Call 911 right away-heat stroke is a medical emergency!
 - Move to a cooler place.
 - Help lower the person’s temperature with cool cloths or a cool bath.
 - Do not give the person anything to drink.
 
Heat exhaustion
Look for
- Heavy sweating
 - Cold, pale, and clammy skin
 - Fast, weak pulse
 - Nausea or vomiting
 - Tiredness or weakness
 - Headache
 - Dizziness
 - Fainting (passing out)
 
What to do
- Move to a cool place.
 - Loosen clothing.
 - Put cool, wet cloths on body or take a cool bath.
 - Sip water.
 
Get medical help right away if:
- Person is vomiting
 - Symptoms are worsening or last longer than an hour
 
Heat Cramps
Look for
- Heavy sweating during intense exercise
 - Muscle pain or spasms
 
What to do
- Stop physical activity and move to a cool place.
 - Drink water or sports drink.
 - Wait for cramps to go away before resuming physical activity.
 
Get medical help right away if:
- Cramps last longer than 1 hour
 - Person is on a low-sodium diet
 - Person has heart problems""")
add(id="t6-nhsforthvalley-bleeding-early-pregnancy", group="urgent", url="https://nhsforthvalley.com/?p=3805083", source="NHS Forth Valley (NHS Scotland health board), patient information", licence=OGL,
    title="Bleeding in Early Pregnancy", audience="consumer", genre="patient information", topic="bleeding in early pregnancy", topic_kind="symptom",
    W=True, reason="@sym", evidence=["What Should I Do If I Notice Bleeding?\nUnder 14 Weeks\nPhone the Early Pregnancy Assessment Service (EPAS) on 01324 567119."], urgency="same-day",
    notes="hard call: the sign (bleeding, or abdominal pain) is tied to a phone line; no emergency advice for heavy bleeding or collapse in the stored text (only that EPAS refers such patients to the ward)",
    text="""Bleeding in early pregnancy can cause significant worry. This page provides advice and information about what to do if you experience bleeding early in your pregnancy, answering common questions you may have.
Bleeding is fairly common and can sometimes indicate a miscarriage, but pregnancies may also continue unharmed.
Causes of Bleeding in Early Pregnancy
- Normal pregnancy: Bleeding may occur when the pregnancy implants in the womb.
- Threatened miscarriage: You may be at risk of miscarrying.
- Ectopic pregnancy: The pregnancy may be outside the womb.
- Cervical bleeding: Bleeding may come from the neck of the womb (cervix).
- Unknown cause: Sometimes, the cause is never found. In many cases, bleeding stops spontaneously and the pregnancy continues as normal.
What Should I Do If I Notice Bleeding?
Under 14 Weeks
Phone the Early Pregnancy Assessment Service (EPAS) on 01324 567119. EPAS is available for pregnant women between 6 & 14 weeks who have bleeding or abdominal pain.
Under 6 Weeks
Phone EPAS for telephone advice on 01324 567119. Appointments are not routinely arranged if you are under 6 weeks, as light bleeding is common and it is usually too early for a scan.
Over 14 Weeks
Phone Maternity Triage on 01324 567098.
Early Pregnancy Assessment Service (EPAS)
- You will be seen at the next available appointment, usually within 72 hours.
- If bleeding is very heavy or abdominal pain is severe, you will be referred directly to Gynaecology inpatient ward (Ward 6).
Attending Your Appointment
- You may bring someone with you, but only one person is permitted in the scan room.
- Be mindful if bringing small children, as there may be a wait.
Who Will See Me?
- You will be seen by a nurse, with access to medical staff if necessary.
Consultation and Examination
- You will be asked about your symptoms, last period, and medical history.
- A vaginal examination may be carried out to see where the bleeding is coming from. This will not cause miscarriage.
Tests
- Urine sample """)
add(id="t6-dgft-leaflet-bleeding-early-pregnancy", group="urgent", url="https://www.dgft.nhs.uk/pil/bleeding-in-early-pregnancy", source="The Dudley Group NHS Foundation Trust, patient information leaflet", licence=OGL,
    title="Bleeding in early pregnancy (Emergency Assessment Unit leaflet)", audience="consumer", genre="patient information", topic="bleeding in early pregnancy", topic_kind="symptom",
    W=True, reason="@sym", evidence=["you should contact your midwife or GP immediately if it happens to you.", "If you get heavy bleeding, bad pains in your abdomen or start to pass blood clots, you should visit your GP or call the Early Pregnancy Assessment Clinic (EPAC) on 01384 244584."], urgency="same-day",
    notes="'Do not go to the Emergency Department unless you are seriously ill' steers away from ED without naming the serious signs",
    text="""The way we use patient data is changing: We aim to provide the highest quality care. To do this, we routinely collect information about you and the care you receive from us. Like other hospitals across England, we are changing how we share and use this data… Find out more

The Dudley Group NHS Foundation Trust Logo

Emergency Assessment Unit

Bleeding in early pregnancy

Patient Information Leaflet

 

Introduction

This leaflet is for women who are having bleeding in early pregnancy. It gives information about what causes this, what will happen next and what you need to do when you get home.

What should I do if I bleed during pregnancy?

Bleeding during pregnancy is quite common, but it can be a dangerous sign, so you should contact your midwife or GP immediately if it happens to you.

In early pregnancy some women get light bleeding, called spotting, which is harmless. This occurs when the developing embryo plants itself in the wall of your womb.

It can also happen about the time your first period would have been due. This is called hormonal bleeding and you do not usually get this after the first 12 weeks. However, some women do have hormonal bleeding each month throughout their pregnancy.

If you get heavy bleeding, bad pains in your abdomen or start to pass blood clots, you should visit your GP or call the Early Pregnancy Assessment Clinic (EPAC) on 01384 244584. Do not go to the Emergency Department unless you are seriously ill.

If your bleeding lasts more than two weeks or you have a new occurrence of heavy bleeding, you should contact your GP or EPAC on 01384 244584.

 

Why am I bleeding?

During the first 12 weeks of pregnancy, vaginal bleeding can be a sign of miscarriage or ectopic pregnancy. However, many women who bleed at this stage of pregnancy go on to have normal and successful pregnancies.

 

Miscarriage

If a pregnancy ends before the 24th week, it is known as a miscarriage. Miscarriages are quite common in the first three months of preg""")
add(id="t6-nbt-ed-leaflet-early-pregnancy-bleeding", group="urgent", url="https://nbt.nhs.uk/our-services/a-z-services/emergency-zone/ed-miu-patient-information/early-pregnancy-bleeding/printable/print", source="North Bristol NHS Trust, Emergency Department patient information", licence=OGL,
    title="Bleeding in early pregnancy", audience="consumer", genre="patient information", topic="bleeding in early pregnancy (what happens in the Emergency Department)", topic_kind="symptom",
    W=True, reason="consumer leaflet for women with early-pregnancy bleeding; readers need the signs (heavy bleeding, severe pain, fainting) that need emergency care", evidence=[], urgency="emergency",
    notes="hard call: the stored excerpt describes bleeding and the ED streaming/triage process and stops before any advice on when to return or seek help; stored text only",
    text="""Bleeding in early pregnancy

This information is for women experiencing bleeding or spotting in early pregnancy.

Bleeding in early pregnancy can be very worrying. This leaflet aims to provide some information and guidance, and answer some commonly asked questions, which we hope will provide some reassurance for you at this uneasy time.

What is bleeding and spotting in early pregnancy?

Bleeding or spotting in early pregnancy is a common occurrence, with up to 25% of women experiencing spotting or bleeding in the first 12 weeks of pregnancy. Unfortunately it is sometimes an indication that you are having a miscarriage, but around half of women who experience bleeding or spotting in early pregnancy carry on to have a normal pregnancy.

Spotting in pregnancy is often identified when a woman notices spots of blood on her underwear or on tissue after wiping.

You may also notice some pink, brown, red or dark red blood. Sometimes women may pass fresh red blood, or clots. Some women also notice some string like tissue coming from their vagina.

Bleeding is sometimes associated with pain, but not all the time.

What can cause bleeding in early pregnancy?

Bleeding is not caused by anything you have done - even if you have had a miscarriage. Most miscarriages occur because there is something wrong which cannot be prevented.

What can I expect whilst in the Emergency Department?

Streaming

After you arrive in the Emergency Department you will be asked some brief questions by one of our experienced nurses. 
If you do not need emergency treatment, the streaming nurse may be able to refer you directly to a specialist service who will assess you within 72 hours. This avoids the need for you to wait in the Emergency Department.

Triage

If there is any uncertainty as to whether you need emergency treatment, a second experienced nurse will triage you. They will need to know the date of your last period, any symptoms you have, and any medical history. You will be asked for a uri""")
add(id="t6-chelwest-pain-bleeding-early-pregnancy", group="urgent", url="https://chelwest.nhs.uk/your-visit/patient-leaflets/womens-services/pain-and-bleeding-in-early-pregnancy", source="Chelsea and Westminster Hospital NHS Foundation Trust, patient leaflet", licence=OGL,
    title="Pain and Bleeding in early pregnancy", audience="consumer", genre="patient information", topic="pain and bleeding in early pregnancy", topic_kind="symptom",
    W=True, reason="@sym", evidence=["If you have mild to moderate bleeding or pain, contact your GP or other healthcare professional looking after you", "Please make your way to the closest emergency department"], urgency="emergency",
    notes="the emergency list (heavy bleeding, severe pain, dizzy or unwell) sits between the two quotes",
    text="""Pain and Bleeding in early pregnancy

The Elizabeth Suite

In the Elizabeth Suite—our Early Pregnancy and Acute Gynaecology Unit (EPAG)—we see and look after women who are referred to us in the early stages of pregnancy (under 20 weeks gestation) and those with gynaecology emergencies.

All women seen for the first time in the unit require a referral from their GP or healthcare professional. We are not able to accept self-referrals or walk-ins. Once we have received your early pregnancy referral we aim to see you within 24 hours.  We see many patients on the same day that they are referred.

Bleeding and Pain in Early Pregnancy

Bleeding and pain in early pregnancy can be distressing but doesn’t always mean that there is a problem.  However sometimes it can be an indication of a miscarriage or other early complications in pregnancy.

Bleeding in early pregnancy may be:

  • Normal (implantation bleed)
  • A sign of a miscarriage
  • Subchorionic haematoma
  • An ectopic pregnancy
  • A pregnancy of unknown location
  • Molar pregnancy
  • Of unknown cause

 What to do if you have bleeding

If you have mild to moderate bleeding or pain, contact your GP or other healthcare professional looking after you (eg midwife, Assisted Conception Unit nurse) who will refer you to our unit. However, if you have:

  • Heavy bleeding
  • Severe pain
  • Feel dizzy or unwell

Please make your way to the closest emergency department (see section below ‘When to attend the Emergency Department’).

We advise that you use a sanitary pad and avoid using tampons. You can take paracetamol for pain relief if required.

Your appointment

At your appointment you will be seen by one of our specialist nurses, sonographers or doctors.

You may wish to bring along your partner, a relative or friend to the appointment. We ask that only one adult attends the consultation with you.

Within The Elizabeth Suite we try to maintain a calm atmosphere for patients. For thi""")
add(id="t6-nhs-beta-pneumonia", group="urgent", url="https://beta.nhs.uk/conditions/pneumonia/?WT.mc_id=organic_split", source="NHS website (beta.nhs.uk, 2017 beta)", licence=OGL,
    title="Pneumonia", audience="consumer", genre="patient information", topic="pneumonia", topic_kind="condition",
    W=True, reason="@acute", evidence=["Get an urgent GP appointment if you have a very bad cough and:", "Get another urgent appointment if you didn’t get diagnosed with pneumonia but your symptoms get worse over the next 3 days.", "Get another appointment if you don’t feel better within 3 days of starting your antibiotics."], urgency="emergency",
    notes="hard call on urgency: the stored beta page gives urgent-GP signs only, no 999 advice for severe breathlessness or blue lips; present at GP level",
    text="""Pneumonia is swelling of the lungs. It’s usually treated with antibiotics prescribed by a GP.

Get an urgent GP appointment if you have a very bad cough and:

  • the cough doesn’t go away - it can be dry or with mucus (phlegm)
  • can't breathe properly
  • severe chest pain
  • a very high temperature or feel hot and shivery
  • feel like you have severe flu
  • sweating and shivering
  • no appetite

You can get symptoms quickly over 1 or 2 days or over a longer time like 2 to 3 weeks.

Difference between pneumonia and chest infection
Pneumonia Chest infection (bronchitis)
Fever No fever
Sweating and shivering No sweating and shivering
Very difficult to breathe Some wheezing and breathlessness but usually no severe problems
Chest pain No chest pain or only mild pain
No sore throat Sore throat

How pneumonia is diagnosed

Pneumonia can be difficult to diagnose because the symptoms are very similar to bronchitis, a bad cold or asthma. You might have to see your GP more than once.

Your GP will:

  • ask about your symptoms
  • listen to your chest
  • possibly refer you for an X-ray

Get another urgent appointment if you didn’t get diagnosed with pneumonia but your symptoms get worse over the next 3 days.

How pneumonia is treated

Your GP will prescribe antibiotics. It’s important to finish the course your doctor prescribes, even when you start feeling better.

Get another appointment if you don’t feel better within 3 days of starting your antibiotics.

You'll have a follow-up appointment with the GP after about 6 weeks to check that the treatment has worked.

If your symptoms are very severe or you have complications, the GP will refer you to hospital. You'll get antibiotics through a drip and might need oxygen to help you breathe.

How you can help your recovery


  • get plenty of rest
  • drink lots of fluids to avoid dehydration
  • drink hot lemon with honey


  • go back to work until you feel better
  • take cough me""")
