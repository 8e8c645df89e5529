NZ = "CC BY 4.0 (Health New Zealand | Te Whatu Ora)"
add(id="t3-bchealthdept-rmsf", url="https://bchealthdept.org/post/03-08-24-public-health-education-topic-rocky-mountain-spotted-fever-rmsf", source="county health department post quoting CDC text", licence="public domain (CDC text, US government work), reposted by a county health department; the post's own framing is minimal",
    title="Public Health Education Topic: Rocky Mountain Spotted Fever (RMSF)", audience="consumer", genre="patient information", topic="Rocky Mountain spotted fever", topic_kind="condition",
    W=True, reason="consumer page about a tick-borne infection that can be deadly if not treated early",
    evidence=["See your healthcare provider if you become ill after having been bitten by a tick or having been in the woods or in areas with high brush where ticks commonly live."], urgency="same-day",
    notes="exposure trigger plus illness (tie-break 3); the sign list follows it",
    text="""Per the CDC: Rocky Mountain spotted fever (RMSF) is a bacterial disease spread through the bite of an infected tick. Most people who get sick with RMSF will have a fever, headache, and rash. RMSF can be deadly if not treated early with the right antibiotic.
Signs and Symptoms
Early signs and symptoms are not specific to RMSF (including fever and headache). However, the disease can rapidly progress to a serious and life-threatening illness. See your healthcare provider if you become ill after having been bitten by a tick or having been in the woods or in areas with high brush where ticks commonly live.
Signs and symptoms can include:
Fever
Headache
Rash
Nausea
Vomiting
Stomach pain
Muscle pain
Lack of appetite
Rash
Rash is a common sign in people who are sick with RMSF. Rash usually develops 2-4 days after fever begins. The look of the rash can vary widely over the course of illness. Some rashes can look like red splotches and some look like pinpoint dots. While almost all patients with RMSF will develop a rash, it often does not appear early in illness, which can make RMSF difficult to diagnose.
Click the link below to view the CDC's RMSF Infographic pdf:
For more information visit: Rocky Mountain Spotted Fever (RMSF) | CDC""")
add(id="t3-stw-healthiertogether-uti", url="https://www.stw-healthiertogether.nhs.uk/parentscarers/worried-your-child-unwell/urinary-tract-infection-uti", source="Shropshire, Telford and Wrekin Healthier Together (NHS)", licence=OGL,
    title="Urinary Tract Infection (UTI)", audience="consumer", genre="patient information", topic="urinary tract infection in children", topic_kind="condition",
    W=True, reason="@acute", evidence=["Go to the nearest Hospital Emergency (A&E) Department or phone 999"], urgency="emergency",
    notes="red/amber safety-netting layout; the amber lead-out is cut off in the excerpt",
    text="""Urinary Tract Infection (UTI)

A UTI is an infection of the bladder or kidneys. It is caused by bacteria and is treated with antibiotics. Bladder infections are far more common than kidney infections; kidney infections are more serious and may need treatment with antibiotics through a drip in their vein

Your child is more likely to get a UTI if they are under 1 year old, a girl, or have problems with their urinary tract. About 8 in every 100 girls and 2 in every 100 boys will have had a urinary tract infection by the time they are 7 years old.

What are the symptoms?

It can be difficult to tell when a child has a UTI, especially if they are very young. The symptoms can vary depending on your child's age and the severity of the infection. Features suggesting a bladder infection include:

  • Pain or stinging when passing urine
  • Passing urine more often than normal
  • Crying when passing urine
  • Refusing to pass urine

If the following features are also present, your child might have a kidney infection:

  • Fever
  • Vomiting
  • Back or tummy pain

When should you worry?

If your child has any of the following features:

  • Becomes pale, mottled and feels extremely cold to touch
  • Becomes extremely agitated (crying inconsolably despite distraction), confused or very lethargic (difficult to wake)
  • Has blue lips or pauses in their breathing (apnoeas) or has an irregular breathing pattern
  • Develops a rash that does not disappear with pressure (see the 'Glass Test')
  • Is under 1 month of age with a temperature of 38°C / 100.4°F or above

You need urgent help.

Go to the nearest Hospital Emergency (A&E) Department or phone 999

If your child has any of the following features:

  • Is struggling to take their antibiotics or not keeping them down due to vomiting
  • Seems dehydrated (sunken eyes, drowsy or no urine passed for 12 hours)
  • Starts to complain of pain in the back
  • Starts getting uncontrollable shakes (r""")
add(id="t3-kingston-uti-children-leaflet", url="https://kingstonandrichmond.nhs.uk/patients-and-families/patient-leaflets/urinary-tract-infection-uti-children", source="Kingston and Richmond NHS Foundation Trust (patient leaflet)", licence=OGL,
    title="Urinary tract infection (UTI) in children", audience="consumer", genre="patient information", topic="urinary tract infection in children", topic_kind="condition",
    W=True, reason="@acute", evidence=["Make an urgent GP appointment or call 111."], urgency="emergency",
    notes="the action follows the symptom list under 'Action to take if you think your baby or child has a UTI' (condition-level advice with signs listed); no 999-level signs in the excerpt",
    text="""About urinary tract infections (UTIs)

UTIs are common in children, especially girls. They can usually be treated easily with antibiotics.  It is important to diagnose urine infections to prevent any long-term problems. This often involves collecting a urine sample from your baby or child.

Symptoms

Your baby or child may have a UTI if you notice one or more of the following:

  • they appear generally unwell and tired
  • they are not feeding as much as usual, are unusually sleepy or difficult to comfort
  • they have a fever (temperature of 38 degrees C or above)
  • they need to wee suddenly or more often than usual, or deliberately hold in their wee
  • they have a pain or a burning sensation when weeing
  • their urine is smelly or cloudy or contains blood
  • they change their toileting habits, including urine accidents (both day and night time)
  • they have pain in the lower tummy.

Action to take if you think your baby or child has a UTI

Blue arrow icon.png  Make an urgent GP appointment or call 111.

Your GP or healthcare professional will probably ask you to collect a urine sample from your child, using a sterile sample pot. Your GP surgery will give you the sample pot.

How to collect a urine sample

Collecting a urine sample is not always easy. The best samples are ‘clean catch’ where the child wees directly into the sample pot.  Do not use a urine bag or pad to catch the urine first, because this often gives an unreliable test result. 

To ‘clean catch’ a urine sample using a specimen pot:

  • First, wash your hands.
  • If you have a baby, remove their nappy.  Clean your baby’s genitalia using a wipe (always wipe from front to back).
  • Open the specimen pot. Remember not to touch inside the pot (as it is sterile).
  • Wait until your baby or child wees into the pot, then apply the lid securely.  This may take some time and patience. Let your GP know if you are struggling to get a clean sample.

What to do """)
add(id="t3-healthnz-chest-pain", url="https://info.health.nz/conditions-treatments/heart-health/chest-pain", source="Health New Zealand | Te Whatu Ora (Health Info)", licence=NZ,
    title="Te mamae uma Chest pain", audience="consumer", genre="patient information", topic="chest pain", topic_kind="symptom",
    W=True, reason="@sym", evidence=["If you think you or someone near you is having a heart attack do not wait. Call 111 immediately.", "If you have new or unexplained chest pain or think you are having a heart attack, call 111."], urgency="emergency",
    notes="111 is the New Zealand emergency number",
    text="""Te mamae uma Chest pain

Chest pain is common. If you or a member of your whānau has chest pain, it will likely be caused by something minor. But, chest pain can also be caused by a serious problem like a heart attack. It is important to find out the cause.

Symptoms of chest pain

Chest pain can feel different depending on the cause. It is important to visit a healthcare provider to find out what is causing the pain.

Heart disease such as angina or a heart attack can cause chest pain. This can feel like:

  • heaviness, tightness, pressure, or discomfort in the chest
  • pain in the back, neck, jaw, shoulders, or arms
  • pain that lasts more than a few minutes, goes away and comes back
  • pain that gets worse with activity
  • shortness of breath
  • sweating
  • dizziness or weakness
  • fast heartbeat
  • nausea or vomiting.

If you think you or someone near you is having a heart attack do not wait. Call 111 immediately. 

Heart attack (internal link)

Other types of chest pain

If you have these other symptoms your chest pain is likely not caused from a heart issue:

  • an acidic taste in your mouth
  • food coming back up
  • trouble swallowing
  • pain that gets better or worse when you change body position
  • pain that gets worse when you breathe deeply or cough
  • tenderness when you push on your chest pain for many hours.

When to get help

If you have new or unexplained chest pain or think you are having a heart attack, call 111.

If you cannot get an ambulance or emergency vehicle to come to you, have a neighbour or a friend drive you to the nearest hospital. Drive yourself only if you have no other option.

Causes of chest pain

Chest pain has many possible causes, all of which need medical care.

Chest pain can be caused by:

  • heart issues
  • digestion issues
  • sore or injured muscles or bones around the chest
  • lung issues
  • panic attacks or anxiety
  • shingles.

All of these issues need medi""")
add(id="t3-esneft-heatwave", url="https://www.esneft.nhs.uk/stay-safe-during-the-heatwave/", source="East Suffolk and North Essex NHS Foundation Trust", licence=OGL,
    title="Stay safe during the heatwave", audience="consumer", genre="screening-prevention", topic="heat exhaustion and heatwave safety", topic_kind="condition",
    W=True, reason="health-body heat page listing heat-illness signs; readers need to know when to get help",
    evidence=["If you’re concerned about yourself or someone you know who may be experiencing heat exhaustion, call NHS111, visit 111.nhs.uk or in a medical emergency ring 999."], urgency="emergency",
    notes="hard call (weak present): 'concerned ... may be experiencing heat exhaustion' is condition-level, but the signs are listed just above; no heatstroke signs, 999 only for 'a medical emergency'",
    text="""Staying safe in sun is important for everyone whatever your age.
Warm weather is welcome by most, but avoiding a health problem, or even emergency, can be helped through some simple tips during a heatwave for yourself, your family or someone you know in your community.
Babies, older people and those with existing health issues are particularly vulnerable during a heatwave or those who may be bed bound or unable to keep themselves cool. People on multiple medicines may make them more likely to be badly affected by hot weather as well as those working outside in the heat or living in accommodation higher up which is likely to be warmer.
Avoid an unnecessary trip to our emergency department by:
- keeping hydrated by drinking plenty of cool fluids (and avoiding alcohol and caffeine)
- stay out of the sun, especially during 11am and 3pm when it’s hottest
- cool down with a shower or put cool water on your skin or clothes
- close your windows during the day and open them at night
- if you do go outside, wear a hat and sunscreen
Signs of heat-related illness or exhaustion
Someone may have heat exhaustion if they’re displaying some of the following signs:
- tiredness
- dizziness
- headache
- feeling sick or being sick
- excessive sweating and skin becoming pale and clammy or getting a heat rash, but a change in skin colour can be harder to see on brown and black skin
- cramps in the arms, legs and stomach
- fast breathing or heartbeat
- a high temperature
- being very thirsty
- weakness
The symptoms of heat exhaustion are often the same in adults and children, although children may become irritable too.
If someone is showing signs of heat exhaustion they need to be cooled down and given fluids.
If you’re concerned about yourself or someone you know who may be experiencing heat exhaustion, call NHS111, visit 111.nhs.uk or in a medical emergency ring 999.
Back to top""")
