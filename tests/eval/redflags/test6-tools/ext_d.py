# batch d: bronchiolitis (Healthier Together staging, Blackpool leaflet), scarlet fever / Strep A (3 GP practices), measles (CDC text on a hospital site; CDC clinician infographic), DKA (GP practice NHS A-Z; NHS text on a pharmacy site)
add(id="t6-healthiertogether-staging-bronchiolitis-rsv", group="urgent", url="https://staging.healthiertogether.nhs.uk/child-under-12-years/bronchiolitis-and-rsv", source="Healthier Together (NHS), staging site", licence=OGL,
    title="Bronchiolitis and RSV", audience="consumer", genre="patient information", topic="bronchiolitis in babies and young children", topic_kind="condition",
    W=True, reason="@acute", evidence=[], urgency="emergency",
    notes="hard call: the red/amber/green tables were lost in extraction; 'Go to the nearest Hospital Emergency (A&E) Department or call 999' and 'contact your GP surgery or call NHS 111' stand without the signs they belong to; the 4-hour recheck line refers to 'red features' not named (stored text only)",
    text="""Bronchiolitis is an infection that causes the small airways in your child’s lungs to become swollen. This can make it more difficult for your child to breathe.
Some children, especially those under 6 weeks of age or young children with heart or lung problems, can develop worse breathing difficulty and may need to go to hospital for help supporting their breathing and feeding.
Please see Red-Amber-Green tables for advice on when and where to seek care for your child.
Many thanks to ASKSNIFF for providing the clips of abnormal signs.
Go to the nearest Hospital Emergency (A&E) Department or call 999 - dial 999.
Please contact your GP surgery or call NHS 111 - dial 111.
If symptoms persist for 4 hours or more and you have not been able to speak to either a member of staff from your GP practice or to NHS 111 staff, recheck that your child has not developed any red features.
Continue providing your child’s care at home. If you are still concerned about your baby, speak to your health visitor, local pharmacist or call NHS 111– dial 111
For parents from ethnic minority groups, you can contact the Barnado's Boloh advisors who can provide practical advice and support in many different languages. Call 0800 151 2605 or visit our web chat function.
Babies are usually unwell for 5 to 10 days. Most will get better within two weeks. Babies may still have a cough for up to 4 weeks afterwards and this is completely normal.
Your child can go back to nursery as soon as you feel they are well enough. Bronchiolitis does not normally cause long term problems for your child.""")
add(id="t6-blackpool-leaflet-bronchiolitis", group="urgent", url="https://blackpoolteachinghospitals.nhs.uk/patients/patient-leaflets/PL946-1", source="Blackpool Teaching Hospitals NHS Foundation Trust, patient leaflet PL946", licence=OGL,
    title="Bronchiolitis (patient leaflet)", audience="consumer", genre="patient information", topic="bronchiolitis in babies", topic_kind="condition",
    W=True, reason="@acute", evidence=["Please phone 999 or go to the nearest Hospital Emergency (A&E) Department if you Child has any of the following:"], urgency="emergency",
    notes="excerpt cut inside the 999 list; the 'What is bronchiolitis' headings and symptom list lost their headings",
    text="""What is Bronchiolitis?
• Bronchiolitis is a viral infection which causes the small airways in the baby’s lungs to become swollen. This can make it difficult for the baby to breathe.
• It is more common in the winter months and usually only causes mild cold-like symptoms.
• Most babies get better on their own.
• Some, especially young babies can struggle with their breathing or feeding and may need to go to hospital.

• Mild fever
• Runny nose
• Cough (after a few days your baby’s cough may become worse).
• Breathing may be faster than normal and may become noisy.
• Pauses in breathing may be observed.
• As breathing becomes faster, the baby may not be able
to take the usual amount of milk by breast or bottle.
• You may notice fewer wet nappies than previously.
• Your baby may vomit after feeding and become unsettled.

• Most symptoms seem to worsen between days 3 to 5 of the illness.
• The cough may be present for a few weeks.
• Antibiotics are not required as the illness is caused by a virus.

• If your baby is not feeding as normal, offer smaller feeds more often.
• You may wish to give your baby either Paracetamol (from 2 months of age) or Ibuprofen (from 3 months of age) to provide them some relief of symptoms. Please speak to your GP or pharmacist if you have any questions about this.
• Make sure your child is not exposed to tobacco smoke. Passive smoking and smoke on parents’/carers’ clothing will make your baby’s breathing worse.

Please phone 999 or go to the nearest Hospital Emergency (A&E) Department if you Child has any of the following:

  • Has Blue lips
  • Has pauses in breathing (apnoeas), has an irregular breathing pattern or starts grunting 
  • Severe difficulity in breathing - too breathless to feed
  • Becomes pale, mottled and feels abnormally cold to touch
  • Becomes extremely agitated, confused or very lethargic (difficult to wake)
  • is under 3 months of age with a temperature of 3""")
add(id="t6-wellstreetsurgery-scarlet-fever-group-a-strep", group="urgent", url="https://wellstreetsurgery.co.uk/news/scarlet-fever-and-group-a-strep", source="Well Street Surgery (NHS GP practice), news", licence=OGL,
    title="Scarlet Fever and Group A Strep", audience="consumer", genre="news or research report", topic="scarlet fever and invasive group A strep in children (Dec 2022 alert)", topic_kind="condition",
    W=True, reason="awareness item during a Strep A surge; its purpose is that parents recognise serious illness", evidence=["Contact your GP or NHS 111 if you think your child has scarlet fever.", "Speak to your GP or call NHS 111 if:", "Call 999 or go to A&E if:\n- Your child is having difficulty breathing"], urgency="emergency",
    notes="cookie banner kept; the first quote is condition-level advice with the symptom list directly above it (tie-break 2)",
    text="""We use cookies to help provide you with the best possible online experience.
By using this site, you agree that we may store and access cookies on your device. Cookie policy.
Cookie settings.
Functional Cookies
Functional Cookies are enabled by default at all times so that we can save your preferences for cookie settings and ensure site works and delivers best experience.
3rd Party Cookies
This website uses Google Analytics to collect anonymous information such as the number of visitors to the site, and the most popular pages.
Keeping this cookie enabled helps us to improve our website.
Scarlet Fever and Group A Strep
What is Scarlet Fever?
Scarlet fever is usually a mild illness and is easily treated.
Symptoms include:
- A sore throat
- Headache
- Swollen neck glands
- Fever
- A fine, pinkish or red body rash with a sandpapery feel
The rash may be harder to see on darker skin but you should be able to feel it.
Contact your GP or NHS 111 if you think your child has scarlet fever.
What is invasive Group A strep?
On very rare occasions the bacteria that causes scarlet fever can get into the bloodstream and cause an illness called invasive Group A strep.
Speak to your GP or call NHS 111 if:
- Your child is feeding or eating much less than normal
- Your child feels hotter than usual (for a baby under 3 months a temperature of 38oC, for older than 3 months a temperature of 39oC or higher)
- Your child is very tired or irritable
Call 999 or go to A&E if:
- Your child is having difficulty breathing
- There are pauses when your child breathes
- Your child's skin, tongue or lips are blue
- Your child is floppy and will not wake up or stay awake
Published: Dec 8, 2022""")
add(id="t6-ferryroad-scarlet-fever-strep-a-parents", group="urgent", url="https://www.ferryroadhealthcentre.net/scarlet-fever-strep-a-advice-for-parents-and-carers/", source="Ferry Road Health Centre (NHS GP practice), news", licence=OGL,
    title="Scarlet fever / Strep A: advice for parents and carers", audience="consumer", genre="news or research report", topic="scarlet fever (Strep A) in children", topic_kind="condition",
    W=True, reason="awareness item during a Strep A surge; parents need to know which signs need help", evidence=["Contact NHS 111 or your GP practice if you suspect your child has scarlet fever"], urgency="emergency",
    notes="hard call: condition-level advice with the symptoms (sore throat, headache, fever, sandpapery rash) in the sentences just before it (tie-break 2), so present; the invasive-disease emergency signs are absent",
    text="""Scarlet fever, or ‘Strep A’, is caused by bacteria called group A streptococci (strep).
Scarlet fever is usually a mild illness, but it is highly infectious. Therefore, look out for symptoms in your child, which include a sore throat, headache, and fever, along with a fine, pinkish or red body rash with a sandpapery feel.
On darker skin, the rash can be more difficult to detect visually, but will have a sandpapery feel.
Contact NHS 111 or your GP practice if you suspect your child has scarlet fever, because early treatment of scarlet fever with antibiotics is important to reduce the risk of complications such as pneumonia.
Follow this link for more information about Strep A on the NHS website.""")
add(id="t6-castleplace-appointments-scarlet-fever-update", group="urgent", url="https://www.castleplacepractice.nhs.uk/clinics-and-services/appointments-tests-referrals/appointments-with-the-doctors/", source="Castle Place Practice (NHS GP practice), appointments page", licence=OGL,
    title="Appointments with the doctors (with update on scarlet fever and invasive Group A streptococci)", audience="consumer", genre="other", topic="GP appointments page carrying a scarlet fever / invasive Strep A update", topic_kind="other",
    W=True, reason="the page carries a Strep A update telling parents to look out for symptoms; readers need to know which signs need help and where to go", evidence=[], urgency="same-day",
    notes="hard call: mixed page; the update lists scarlet-fever symptoms and says 'look out for' them, but ties them to no action; the rest is appointment routing",
    text="""Update on Scarlet Fever and invasive Group A Streptococci

Scarlet fever is usually a mild illness, but it is highly infectious. Therefore, look out for symptoms in your child, which include a sore throat, headache, and fever, along with a fine, pinkish or red body rash with a sandpapery feel.

Need help with a non-urgent medical or admin request? Contact us online.


There are many ways to seek advice from a Healthcare Professional – please select the most appropriate option:

If you are immunocompromised or at high risk, please wear a face covering and let the member of staff attending to you know so that they can also wear a mask to protect you.

If you think you have an infectious illness, please consider wearing a mask/covering to protect other patients and our staff.

Accurx Banner""")
add(id="t6-threerivers-cdc-message-measles", group="urgent", url="https://www.threerivershealth.org/a-message-from-the-cdc-regarding-measles/?utm_source=rss&utm_medium=rss&utm_campaign=a-message-from-the-cdc-regarding-measles", source="Three Rivers Health (US hospital), news post reproducing CDC text", licence=PDREPOST,
    title="A Message from the CDC Regarding Measles", audience="consumer", genre="news or research report", topic="measles outbreaks; symptoms and what to do", topic_kind="condition",
    W=True, reason="outbreak message whose purpose is that readers recognise measles and call ahead", evidence=["I think I have measles. What should I do?\nImmediately call your doctor and let him or her know about your symptoms you are having."], urgency="same-day",
    notes="symptoms listed above the Q&A; the question names the trigger",
    text="""A Message from the CDC Regarding Measles

From The Centers for Disease Control and Prevention (CDC)

There have been multiple outbreaks of measles in the U.S. So far this year there have been 555 cases recorded in 20 states.

Measles is highly contagious and spreads through the air when an infected person coughs or sneezes.

Measles is so contagious that if one person has it, up to 9 of 10 people around them will also become infected if they are not protected.

The virus can cause serious health complications, such as pneumonia or encephalitis, and even death.

CDC continues to encourage parents to get their children vaccinated on schedule with the MMR vaccine.

Signs and symptoms

The symptoms of measles generally appear about seven to 14 days after a person is infected.

Measles typically begins with high fever, cough, runny nose, and red, watery eyes

Two or three days after symptoms begin, tiny white spots may appear inside the mouth.

Three to five days after symptoms begin, a rash breaks out. It usually begins as flat red spots that appear on the face at the hairline

and spread downward to the neck, trunk, arms, legs, and feet. Small raised bumps may also appear on top of the flat red spots.

The spots may become joined together as they spread from the head to the rest of the body.

When the rash appears, a person’s fever may spike to more than 104° Fahrenheit.

I think I have measles. What should I do?
Immediately call your doctor and let him or her know about your symptoms you are having. Your doctor can

  • determine if you are immune to measles based on your vaccination record or if you had measles in the past, and
  • make special arrangements to evaluate you, if needed, without putting other patients and medical office staff at risk.

My doctor or someone from the health department told me that I have measles. What should I do?
If you have measles, you should stay home for four days after you develop the rash. Staying home is an important way to""")
add(id="t6-cdc-consider-measles-infographic", group="no-red-flag", url="https://www.cdc.gov/measles/consider-measles-infographic.html", source="CDC, measles resources for healthcare providers", licence=PD,
    title="Consider Measles Infographic", audience="professional", genre="other", topic="measles: prompt for clinicians to consider the diagnosis", topic_kind="condition",
    W=False, reason="clinician reminder to consider a diagnosis; advice to patients about when to seek care is outside its scope", evidence=[], urgency="none",
    notes="trap: measles, febrile rash and travel named for clinicians",
    text="""Consider Measles Infographic

Read Text Equivalent (for Section 508 access).

Side profile of a child with measles rash.

Consider Measles

Consider measles in patients presenting with febrile rash illness and clinically compatible measles symptoms (cough, coryza, and conjunctivitis).

Ask patients about recent travel internationally or to domestic venues frequented by international travelers, as well as a history of measles in the community.

[Side profile photo of a young child with measles rash]

HHS/CDC logo""")
add(id="t6-corfecastle-nhs-az-diabetic-ketoacidosis", group="urgent", url="https://corfecastlesurgery.co.uk/health-a-z/?condition=diabetic-ketoacidosis%2F", source="Corfe Castle Surgery (NHS GP practice), health A-Z (NHS website content)", licence=OGLNHS,
    title="Diabetic ketoacidosis", audience="consumer", genre="patient information", topic="diabetic ketoacidosis (DKA)", topic_kind="condition",
    W=True, reason="@acute", evidence=["1.6 to 3mmol/L means you're at risk of DKA and should speak to your diabetes care team for advice", "over 3mmol/L is high and means you may have DKA and should call 999 or go to A&E", "Call 999 or go to A&E if:"], urgency="emergency",
    notes="thresholds tied to actions",
    text="""Diabetic ketoacidosis

Diabetic ketoacidosis (DKA) is a serious condition that can happen in people with diabetes. It's where a lack of insulin causes harmful substances called ketones to build up in the blood. It can be life threatening and needs urgent treatment in hospital.

Symptoms of diabetic ketoacidosis (DKA) include:

  • feeling thirsty
  • needing to pee more often
  • stomach pain, feeling sick or being sick
  • diarrhoea
  • breathing more deeply than usual
  • breath that smells fruity (like pear drop sweets or nail polish remover)
  • feeling tired, sleepy or confused
  • blurred vision

The symptoms usually develop over 24 hours, but it can be faster.

DKA usually affects people with type 1 diabetes, but it can also happen in people with type 2 diabetes who need insulin.

It can happen when people first develop type 1 diabetes and have not yet been diagnosed, particularly children.

Checking your blood glucose and ketones

If you have diabetes and have any of the symptoms of DKA, check your blood glucose. If it's high, test for ketones if you can.

If you use a meter to test for ketones in your blood:

  • under 0.6mmol/L is normal
  • 0.6 to 1.5mmol/L is slightly high – test again in 2 hours
  • 1.6 to 3mmol/L means you're at risk of DKA and should speak to your diabetes care team for advice
  • over 3mmol/L is high and means you may have DKA and should call 999 or go to A&E

If you use strips to test for ketones in your pee, over 2+ is high. This means you may have DKA and should call 999 or go to A&E.

Important

These ketone levels are a guide. Normal blood ketone levels can be different for different people. Your diabetes care team will advise you on what levels to look for.

Call 999 or go to A&E if:

  • you have a high level of ketones – over 3mmol/L in your blood, or over 2+ in your pee
  • you do not know your ketone levels but have symptoms of diabetic ketoacidosis, such as feeling thirsty and needing to pee""")
add(id="t6-clearchemist-nhs-dka-symptoms", group="urgent", url="https://clearchemist.co.uk/az-health/diabetic-ketoacidosis/symptoms-of-diabetic-ketoacidosis", source="Clear Chemist (UK pharmacy site), A-Z health reposting NHS Choices text (Crown Copyright 2009)", licence=OGLNHS,
    title="Diabetic ketoacidosis - Symptoms of diabetic ketoacidosis", audience="consumer", genre="patient information", topic="diabetic ketoacidosis symptoms", topic_kind="symptom",
    W=True, reason="@acute", evidence=["If you think you're experiencing the initial symptoms of diabetic ketoacidosis, and self-testing shows high levels of ketones in your blood or urine, you should immediately contact your GP or diabetes nurse for advice.", "If you, or someone in your care, appears to be experiencing more advanced symptoms of diabetic ketoacidosis, go immediately to your nearest accident and emergency (A&E) department."], urgency="emergency",
    notes="",
    text="""Diabetic ketoacidosis - Symptoms of diabetic ketoacidosis
- Introduction
- Symptoms of diabetic ketoacidosis
- Causes of diabetic ketoacidosis
- Treating diabetic ketoacidosis
- Complications of diabetic ketoacidosis
- Preventing diabetic ketoacidosis
- Diagnosis
The initial symptoms of diabetic ketoacidosis (DKA) develop when the body detects that ketones are being produced.
High blood glucose and ketone levels make you pass large amounts of urine. This will make you very thirsty and can lead to dehydration.
Ketones are acidic so as more are produced, the level of acid in your blood will rise. The combination of dehydration and high blood acid levels can trigger a range of additional symptoms such as:
- feeling sick (nausea)
- abdominal pain
- loss of appetite
- shortness of breath
Left untreated, more advanced symptoms will develop such as:
- rapid heartbeat (tachycardia)
- rapid breathing, where you breathe in more oxygen than your body actually needs (hyperventilation)
- being sick, which can make dehydration even worse
- low blood pressure (hypotension), which can make you feel dizzy and lightheaded
- a noticeable smell of ketones on your breath, which is often described as smelling like pear drops or nail varnish remover (not everyone is able to smell ketones)
- mental confusion
- unconsciousness (coma)
When to seek medical advice
If you think you're experiencing the initial symptoms of diabetic ketoacidosis, and self-testing shows high levels of ketones in your blood or urine, you should immediately contact your GP or diabetes nurse for advice.
If this is not possible, call your local out-of-hours service or NHS 111 for advice.
If you, or someone in your care, appears to be experiencing more advanced symptoms of diabetic ketoacidosis, go immediately to your nearest accident and emergency (A&E) department.
© Crown Copyright 2009""")
