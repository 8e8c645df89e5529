add(id="t3-enherts-acute-oncology", url="https://www.enherts-tr.nhs.uk/patients-visitors/our-services/chemotherapy-lister-macmillan-cancer-centre/what-is-acute-oncology/", source="East and North Hertfordshire NHS Trust", licence=OGL,
    title="What is acute oncology?", audience="consumer", genre="patient information", topic="neutropenic sepsis during cancer treatment", topic_kind="condition",
    W=True, reason="cancer side-effect page about a life-threatening complication; acting on the signs is its purpose",
    evidence=["Should you have any of the above signs and/or symptoms, you should contact the chemotherapy side effects advice line service immediately:", "in the event you become critically unwell at any time of the day or night, please call an ambulance."], urgency="emergency",
    notes="sign list partly in clinical terms (tachycardia, hypotension)",
    text="""What is acute oncology?

You will have been issued with an ALERT CARD as you are at risk of neutropenic sepsis, which is a whole-body reaction triggered by an infection.  Neutropenic sepsis, which is also called febrile neutropenia, is a potentially fatal complication of anti-cancer treatment (particularly chemotherapy).

Signs and symptoms to consider:

  • You have received chemotherapy/radiotherapy in the last six weeks and/or have bone marrow disease.
  • A temperature greater than 37.5°C or less than 36.0°C
  • History of fever or hypothermia
  • Other sepsis signs, for example tachycardia, hypotension or severe fatigue
  • Rigors/shaking/chills
  • An indwelling vascular access device
  • Feeling unwell

Should you have any of the above signs and/or symptoms, you should contact the chemotherapy side effects advice line service immediately:

  • 07785 716793 – Monday to Friday, 9.00am to 5.45pm
  • Out-of-hours, weekends and bank holidays – please attend the emergency department and in the event you become critically unwell at any time of the day or night, please call an ambulance.

It is critical that where neutropenic sepsis is diagnosed, intravenous antibiotics are administered in a timely fashion.


Back to Our Services

Patients & Visitors""")
add(id="t3-uhb-acute-oncology-service", url="https://www.uhb.nhs.uk/services/cancer/patients-and-visitors/acute-oncology-service-aos", source="University Hospitals Birmingham NHS Foundation Trust", licence=OGL,
    title="Acute Oncology Service (AOS)", audience="consumer", genre="other", topic="acute oncology helpline for treatment side effects", topic_kind="other",
    W=True, reason="hospital helpline page whose purpose is telling patients on cancer treatment when to call",
    evidence=["If you develop a temperature of 37.5C or above, have flu-like symptoms, experience shivers/chills or feel unwell, immediately contact the 24-hour emergency help line.", "please contact the emergency helpline."], urgency="emergency",
    notes="service page, but unlike a crisis-line 'about' page it lists the signs that should trigger a call",
    text="""Acute Oncology Services (AOS) provide urgent advice and specialist care for patients undergoing systemic anti-cancer treatment who experience side effects, become suddenly unwell because of their treatment, or due to their cancer.
The service operates a 24 hour emergency helpline which provides urgent advice and support to patients that are unwell or worried about their symptoms.
When you should call
Complications of anti-cancer treatment are potentially life threatening. This includes neutropenic sepsis, which is a medical emergency and should be treated urgently.
If you develop a temperature of 37.5C or above, have flu-like symptoms, experience shivers/chills or feel unwell, immediately contact the 24-hour emergency help line.
If you are experiencing any other symptoms which include:
- sore throat
- sore/ulcerated mouth
- rashes
- uncontrolled nausea
- vomiting
- diarrhoea
- constipation
- pain
- reduced oral intake
- excessive bruising or bleeding
- fatigue
please contact the emergency helpline. If you feel unwell, always seek advice, even if the symptoms are not mentioned on this page.
What will happen when you call
A trained nurse will ask you about your symptoms and previous medical history.
To help us, please have the following available:
- your hospital identification/NHS number
- a working adult thermometer as you will be asked your temperature during the assessment
You will be advised on the immediate steps (e.g. advice regarding medications, organise prescriptions, contacting your oncology team, community services or calling 999)
If needed, they will organise urgent assessment in hospital. This may be via HOT clinic, a designated assessment area, same day emergency care units, medical assessment units or emergency departments.
In busy periods, your call may be forwarded to a voicemail service. Please leave a clear voicemail providing the following information:
- your full name
- hospital number/NHS number or date of birth
- your contact number
We aim to c""")
add(id="t3-christie-infection-fever-advice", url="https://www.christie.nhs.uk/patients-and-visitors/services/acute-oncology/infection-and-fever-advice", source="The Christie NHS Foundation Trust", licence=OGL,
    title="Infection and fever advice", audience="consumer", genre="patient information", topic="infection and fever during chemotherapy", topic_kind="condition",
    W=True, reason="cancer side-effect page about infection during chemotherapy; acting on the signs is its purpose",
    evidence=["If you are experiencing chest pain, difficulty in breathing or severe bleeding, please call 999 immediately.", "If you feel unwell, do not delay - call The Christie Hotline immediately on 0161 446 3658."], urgency="emergency",
    notes="mixed audience: the second half is antibiotic guidance for clinicians; labelled consumer because the page opens with patient advice. 'If you feel unwell' follows the infection-sign list",
    text="""Chemotherapy temporarily reduces your ability to fight infection.

Infections develop rapidly. If you think you have an infection you will need prompt treatment in hospital. You will not get better on your own. Early infections can be treated easily. Delay could be dangerous.

Some signs that you may be starting an infection:

  • temperature is 37.5ºC or above
  • feeling unwell and temperature is below 36ºC
  • shivery or hot and cold sweats
  • a burning feeling when you pass urine
  • cough, sputum
  • feeling breathless or rapid breathing
  • confusion or disorientation
  • redness or swelling (especially around lines or drains)
  • sore throat
  • diarrhoea

Remember to report any new or worsening conditions. If you are experiencing chest pain, difficulty in breathing or severe bleeding, please call 999 immediately.

If you feel unwell, do not delay - call The Christie Hotline immediately on 0161 446 3658.

Urgent advice for clinicians

The treatment is potentially myelosuppressive.

Antibiotic guidance

  • If patient is unwell and/or pyrexial with a temp of 38ºC or above, give IV antibiotic.
  • Do not wait for blood results; adhere to one hour to antibiotic target.

For all patients give:

Antibiotic as per local policy

Please note, many chemotherapy regimens contain platinum agents, if received in the last 7 days, avoid aminoglycosides and give Meropenem 1g TDS instead.

  • Piperacillin/Tazobactam (Tazocin) 4.5g TDS. Gentamicin 5mg per kilogram OD (maximum dose 500mg)
  • If penicillin allergic (non analphylaxis) or renal failure give Meropenem 1g TDS
  • If there is no improvement within 24 - 48 hours, contact the relevant oncologist or haematologist on 0161-446-3000

Guidelines for treatment of neutropenic sepsis are available here""")
add(id="t3-christie-testicular-cancer", url="https://www.christie.nhs.uk/patients-and-visitors/your-treatment-and-care/types-of-cancer/testicular-cancer", source="The Christie NHS Foundation Trust", licence=OGL,
    title="Testicular cancer", audience="consumer", genre="patient information", topic="testicular cancer", topic_kind="condition",
    W=True, reason="@canc", evidence=[], urgency="prompt",
    notes="lists symptoms and starts a self-examination section but the excerpt is cut before any see-a-GP advice; strike-action banner kept",
    text="""Strike action from Thursday 27 June to Tuesday 2 July 2024

Junior doctors at The Christie will strike from 7am on Thursday 27 June until 7am on Tuesday 2 July 2024.

We are proactively contacting patients with appointments that may be affected. If you have an appointment on any of these dates, please continue to come to The Christie and our other centres as planned, unless we contact you to tell you otherwise. Please do not call to check if your appointment is still going ahead.

Skip to Content

Help us improve our website

Testicular cancer

Every year in the UK, around 2,100 men are diagnosed with testicular cancer.

Key facts:

  • Incidence rates of testicular cancer are increasing worldwide in white men.
  • It usually affects young or middle-aged men.
  • Treatment for testicular cancer is very effective and nearly all men are cured.
  • Like other cancers, it isn't infectious - it can't be passed on to other people.

Symptoms of testicular cancer

The most common symptom is a lump in a testicle. But there may also be other symptoms, depending on whether the cancer has spread outside the testicle.

Symptoms can include:
  • swelling or a lump in a testicle, which is usually painless - occasionally the swelling may suddenly increase in size and become painful
  • a dull ache or pain, or heaviness in the scrotum.

If the cancer has spread to the lymph nodes or other parts of the body, there may be some of the following symptoms:

  • Pain in the back, groin, or lower abdomen - this can be caused by the spread of the cancer to lymph nodes in the back of the abdomen.
  • A cough, breathlessness or difficulty swallowing if lymph nodes in the chest area are affected. Rarely, if the cancer has spread to the lungs, coughing and breathlessness may be the main symptoms.
  • Nipple/breast tenderness or breast swelling (gynaecomastia) - this isn't common but can be caused by hormones produced by the cancer.

Testicular self-examination

Testicular can""")
add(id="t3-healthwell-eani-testicular-cancer", url="https://healthwell.eani.org.uk/healthtopic/mens-health/symptoms-diagnosis?type_1=3", source="HealthWell (Education Authority Northern Ireland), reposting NHS website content", licence="NHS website content, Open Government Licence v3.0 (presumed), reposted by a UK public body",
    title="Symptoms & Diagnosis (testicular cancer)", audience="consumer", genre="patient information", topic="testicular cancer symptoms and diagnosis", topic_kind="condition",
    W=True, reason="@canc", evidence=["See a GP as soon as possible if you notice a swelling, lump or any other change in 1 of your testicles."], urgency="prompt", notes="",
    text="""Symptoms & Diagnosis

NHS

Typical symptoms are a painless swelling or lump in 1 of the testicles, or any change in shape or texture of the testicles.

The swelling or lump can be about the size of a pea, but may be larger. Most lumps or swellings in the scrotum are not in the testicle and are not a sign of cancer, but they should never be ignored.

Other symptoms

Testicular cancer can also cause other symptoms, including:

  • an increase in the firmness of a testicle
  • a difference in apperance between 1 testicle and the other
  • a dull ache or sharp pain in your testicles or scrotum, which may come and go
  • a feeling of heaviness in your scrotum

See a GP as soon as possible if you notice a swelling, lump or any other change in 1 of your testicles.

Most lumps within the scrotum are not cancerous, but it's important to get checked as soon as possible.

Treatment for testicular cancer is much more effective when started early.

Physical examination

As well as asking you about your symptoms and looking at your medical history, a GP will usually need to examine your testicles.

They may hold a small light or torch against your scrotum to see whether light passes through it.

Testicular lumps tend to be solid, which means light is unable to pass through them. A collection of fluid in the scrotum will allow light to pass through it.

Tests for testicular cancer

If you have a non-painful swelling or lump, or a change in the shape or texture of 1 of your testicles, and a GP thinks it may be cancerous, you'll be referred for further testing within 2 weeks.

Some of the tests you may have are described below.

Scrotal ultrasound

A scrotal ultrasound scan is a painless procedure that uses high-frequency sound waves to produce an image of the inside of your testicle.

It's 1 of the main ways of finding out whether or not a lump is cancerous (malignant) or non-cancerous (benign).

During a scrotal ultrasound, your specialist will be able to determine the""")
add(id="t3-cdc-chemo-fever-iiab-mirror", url="https://www.cdc.gov/cancer/preventinfections/fever.htm", fetched_from="https://iiab.me/modules/en-cdc/www.cdc.gov/cancer/preventinfections/fever.htm", source="CDC (offline mirror on iiab.me)", licence=PD,
    title="Prepare: Watch Out for Fever", audience="consumer", genre="patient information", topic="fever during chemotherapy", topic_kind="symptom",
    W=True, reason="cancer side-effect page about fever and infection during chemotherapy",
    evidence=["If you have a fever, call your doctor right away, even if it happens in the middle of the night."], urgency="emergency", notes="",
    text="""Prepare: Watch Out for Fever
If you get a fever during your chemotherapy treatment, it’s a medical emergency. Fever may be the only sign that you have an infection, and an infection during chemotherapy can be life-threatening.
You should take your temperature any time you feel warm, flushed, chilled, or not well. If you have a fever, call your doctor right away, even if it happens in the middle of the night. You should also—
- Find out from your doctor when your white blood cell count is likely to the be the lowest, since this is when you’re most at risk for infection.
- Keep a working thermometer in a convenient location and know how to use it.
- Keep your doctor’s phone numbers with you at all times. Make sure you know what number to call when their office is open and closed.
- If you have to go to the emergency room, tell the person checking you in that you are a cancer patient undergoing chemotherapy. If you have a fever, you might have an infection. This is a life-threatening condition, and you should be seen quickly.
- Page last reviewed: February 24, 2014
- Page last updated: November 18, 2015
- Content source:
- Maintained By:""")
add(id="t3-nci-news-events", url="https://www.cancer.gov/news-events", source="National Cancer Institute", licence=PD,
    title="News & Events", audience="consumer", genre="news or research report", topic="cancer research news listing", topic_kind="other",
    W=False, reason="listing of research news releases; no warning signs expected", evidence=[], urgency="none",
    notes="teaser trap: one item is the NCI director's statement about her own breast cancer diagnosis",
    text="""News and events from NCI-funded research and programs

News & Events
Featured News
Recent News Releases
-
NCI study outlines opportunities to achieve President Biden’s Cancer Moonshot goal of reducing cancer death rates in the United States
A new study has outlined opportunities for achieving President Biden and First Lady Biden’s Cancer Moonshot goal of reducing the cancer death rate by at least 50% over the next 25 years.
-
Pragmatica-Lung Study, a streamlined model for future cancer clinical trials, begins enrolling patients
NCI has helped launch the Pragmatica-Lung Study, a phase 3 randomized clinical trial of a two-drug combination to treat patients with advanced non-small cell lung cancer. The simplified trial design aims to increase accessibility for participants.
-
NCI study finds that immunotherapy substantially increases survival of people with lymphomatoid granulomatosis
An NCI study shows that people with low-grade lymphomatoid granulomatosis who are treated with interferon alfa-2b, a type of immunotherapy, can live for decades after diagnosis.
-
Cancer Grand Challenges announces global research funding opportunity with nine new challenges
As part of the Cancer Grand Challenges program, NCI and Cancer Research UK have announced nine new research challenges to tackle profound problems in cancer research.
-
NCI clinical trial leads to atezolizumab approval for advanced alveolar soft part sarcoma
A clinical trial led by NCI has resulted in FDA approval of the immunotherapy drug atezolizumab (Tecentriq) to treat advanced alveolar soft part sarcoma.
-
Statement from Monica M. Bertagnolli, M.D., Director, National Cancer Institute, National Institutes of Health
A statement from the National Cancer Institute by NCI Director Monica M. Bertagnolli, M.D., about her recent diagnosis with early breast cancer.
-
Annual Report to the Nation: Cancer deaths continue downward trend; modest improvements in survival for pancreatic cancer
Overall cancer death rates cont""")
add(id="t3-dudley-aos-spinal-cord-compression-leaflet", url="https://docplayer.net/amp/15595905-Acute-oncology-service-patient-information-leaflet.html", source="NHS acute oncology service patient leaflet (Dudley, copy on docplayer.net)", licence="NHS patient leaflet, Open Government Licence v3.0 (presumed); copy on a document-sharing site",
    title="Spinal cord compression: Acute Oncology Service Patient Information Leaflet", audience="consumer", genre="patient information", topic="metastatic spinal cord compression", topic_kind="condition",
    W=True, reason="cancer complication leaflet whose purpose is the warning signs and what to do",
    evidence=["Get advice immediately: contact the hospital team where you usually go for your cancer follow-up clinics, your GP or Macmillan nurse or Acute Oncology Service on 01384 456111 Ext 1290 (9am to 5pm, Monday to Friday, excluding Bank Hol"], urgency="emergency",
    notes="PDF extraction (page markers, lost apostrophe in 'doesn t'); the excerpt ends mid-sentence inside the contact details; the trust is inferred from the 01384 number",
    text="""Spinal cord compression Acute Oncology Service Patient Information Leaflet
Introduction If you have been diagnosed with cancer, you need to know about spinal cord compression and the warning signs. What is spinal cord compression? The spinal cord is a bundle of nerves that runs from the brain down the back and it is surrounded by the bones of the spine. The spinal cord provides nerves to the body including the bladder, arms and legs. If you have a tumour in the bones of the spine (vertebrae) or in the tissues around the spinal cord it can cause pressure (compression) on the spinal cord. This can cause pain, altered sensation and weakness. Spinal cord compression is not common usually but happens to one in 20 people affected by cancer. Page 2
What are the warning signs of spinal cord compression? It depends on which part of the spine is affected but the warning signs could be any one or more of the following: pain in your spine that is severe, distressing or different from your usual pain (especially if it doesn t go after taking painkillers) severe pain in your spine which changes when you lie down or stand up, lift or strain, wakes you up at night or stops you from getting to sleep pain which starts in the spine and goes around the chest or belly pain down your legs and/or arms tingling or numbness ( pins and needles ) in any part of your spine, arms or legs electric shock -type feelings in your legs and/or arms weakness in your arms and/or legs difficulty walking because of stiff, heavy or wobbly legs sudden or slower, gradual changes in your ability to walk or legs giving way bladder or bowel problems such as loss of control (incontinence) or not being able to empty your bladder Page 3
What should I do if I develop any warning signs? Get advice immediately: contact the hospital team where you usually go for your cancer follow-up clinics, your GP or Macmillan nurse or Acute Oncology Service on 01384 456111 Ext 1290 (9am to 5pm, Monday to Friday, excluding Bank Hol""")
