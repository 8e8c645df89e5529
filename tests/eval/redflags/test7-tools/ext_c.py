# batch c: miscarriage leaflets (NHS trusts), NIOSH snakebite blog, Wikipedia chest pain (mirror), VA research pages
add(id="t7-esht-early-miscarriage-leaflet", group="urgent", url="https://www.esht.nhs.uk/leaflet/early-miscarriage/", source="East Sussex Healthcare NHS Trust, leaflet page", licence=OGL,
    title="Early miscarriage", audience="consumer", genre="patient information", topic="bleeding and pain in early pregnancy / early miscarriage", topic_kind="condition",
    W=True, reason="@acute", evidence=[], urgency="same-day",
    notes="hard call: leaflet landing page with a short summary (heading 'Bleeding and pain in early pregnancy') and a PDF link; no signs-with-action in the stored text",
    text="""Latest visiting restrictions by hospital

To help us keep our patients, staff and visitors safe, stop the spread of Coronavirus (Covid-19), visiting restrictions are in place – please see click here for the latest information

Early miscarriage

Early miscarriage is when a woman loses her pregnancy in the first three months and is usually accompanied by vaginal bleeding and pain.

Bleeding and pain in early pregnancy:
Many early miscarriages occur before a woman has missed her first period or before her pregnancy has been confirmed. Once you have had a positive pregnancy test, there is around a one in five (20%) risk of having a miscarriage in the first three months. Most miscarriages occur as a ‘one-off’ (sporadic) event and there is a good chance of having a successful pregnancy in the future.

Early miscarriage icon

Early miscarriage

File type: application/pdf Review date: May 2021""")
add(id="t7-cuh-expectant-management-miscarriage", group="urgent", url="https://cuh.nhs.uk/patient-information/expectant-management-of-miscarriage-", source="Cambridge University Hospitals NHS Foundation Trust, patient information", licence=OGL,
    title="Expectant management of miscarriage", audience="consumer", genre="patient information", topic="miscarriage managed at home (expectant management)", topic_kind="treatment",
    W=True, reason="leaflet for women completing a miscarriage at home; heavy bleeding, severe pain and infection signs need urgent help", evidence=[], urgency="emergency",
    notes="hard call: the stored excerpt is the introduction (what the unit will do, types of miscarriage) and is cut before any advice on heavy bleeding or infection; telephone advice offered but not tied to signs",
    text="""Sadly your pregnancy has resulted in a miscarriage. We are very sorry that this has happened, and hope that the information in this leaflet will be of some help to you and your partner.
This leaflet aims to help you understand more about expectant of a miscarriage, where to seek more support to help you and your partner come to terms with losing your pregnancy, and about planning future pregnancies.
Miscarriage in early pregnancy is very common, with as many as one in four confirmed pregnancies ending this way. It is also something that families and friends often find difficult, awkward or uncomfortable to talk about.
The staff on EPU, (Clinic 24), will talk through the issues with you and hope to help you through this distressing time by:
- Explaining expectant management of a miscarriage to you.
- Describing possible events, in order to help prepare you.
- Being available to give you advice over the telephone. (If the unit is closed please contact Daphne Ward, the inpatient gynaecology ward). Contact telephone numbers are found at the end of this leaflet.
- Providing written information for you, in the form of this leaflet, to help you understand what is happening to you and to give you more information about expectant management of miscarriage.
About miscarriage
You may have what is termed an inevitable miscarriage this means you have had, or are still having pain and bleeding, however, on examination the cervical os is open. Sadly the pregnancy will be lost and no intervention will prevent the miscarriage. An ultrasound scan is not indicated.
Or:
You may have a delayed / missed miscarriage this means the pregnancy has ended, and either the fetus has died or the embryo never developed, but you have not expelled the pregnancy. You may have begun to feel a lessening of any pregnancy symptoms, such as breast tenderness and nausea, but you have not had any further symptoms of the miscarriage, such as bleeding or cramping pelvic pain.
Or:
You may have a blighted ovum """)
add(id="t7-leedsth-miscarriage", group="urgent", url="https://www.leedsth.nhs.uk/a-z-of-services/acute-gynaecology-services/common-conditions/new-page-3/", source="The Leeds Teaching Hospitals NHS Trust, acute gynaecology services", licence=OGL,
    title="Miscarriage", audience="consumer", genre="patient information", topic="miscarriage: what happens after diagnosis", topic_kind="condition",
    W=True, reason="page for women with a diagnosed miscarriage who may wait days for treatment; heavy bleeding, severe pain or infection signs need urgent help", evidence=[], urgency="emergency",
    notes="hard call: the stored text explains causes and options and a wait of up to three days, with no warning signs for that wait; excerpt cut",
    text="""The Leeds Teaching Hospitals NHS Trust

Miscarriage

A miscarriage is when you lose your baby any time up to 24 weeks of pregnancy. If you have been told that you have had a miscarriage then it is probably a very difficult and distressing time for you. Our staff are here to help and support you.

Here is some information what happens now, please also see our information leaflet.

How common is it to have a miscarriage?

Miscarriages are very common. More than one in every five pregnancies ends in miscarriage.

NHS Videos: What is the risk of miscarriage

Why did you have a miscarriage?

In most cases the miscarriage is not caused by something you did or didn’t do. There is often no cause found and your next pregnancy (if you choose to try again) is most likely to result in a healthy baby.

About half of all early miscarriages before nine weeks of pregnancy are caused by ‘one-off’ genetic faults in the mother’s egg or father’s sperm or in how the fertilised egg develops.

There are less common causes of miscarriage. These are usually discovered in women who experience recurrent miscarriages (three or more miscarriages in a row with the same partner).

If this has happened to you, you will be offered investigations to look into these causes.

NHS Choices: Pregnancy loss under 24 weeks

What happens after a miscarriage has been diagnosed?

You will be seen by a doctor or a nurse who will explain
the diagnosis to you and answer any questions you might have. They will then talk you through the treatment options available to you. If you are ready to make a decision at this point, then your chosen treatment can be arranged.

Please be aware that you may need to wait for up to three days before having medical or surgical treatment.

You may not feel ready to make a decision straight away. It is alright to take your time. If you would like some more time you can go home and ring the Early Pregnancy Unit at St James’s University Hospital or Leeds Fertility (depend""")
add(id="t7-cdc-niosh-blog-venomous-snakes", group="urgent", url="https://blogs.cdc.gov/niosh-science-blog/2019/07/09/snakes/?deliveryName=DM4314", source="CDC NIOSH Science Blog", licence=PD,
    title="Venomous Snakes: A Neglected Hazard for Outdoor Workers", audience="consumer", genre="news or research report", topic="venomous snakebite in outdoor workers", topic_kind="condition",
    W=True, reason="blog post warning outdoor workers about venomous snakebite, an emergency; the workers addressed need to know to get emergency care if bitten", evidence=[], urgency="emergency",
    notes="hard call: occupational-hazard blog, partly research summary; the stored excerpt is epidemiology and who is at risk, cut before any first-aid section",
    text="""Venomous Snakes: A Neglected Hazard for Outdoor Workers

Posted on by Stephanie Pendergrass, M.S.
Copperhead: Photo courtesy of U.S. Fish and Wildlife Service

Outdoor workers can experience a number of hazards. One often unexpected hazard is a venomous snakebite. Venomous snakes may be encountered in workplaces throughout the United States. The most likely geographic locations where outdoor workers would encounter venomous snakes is in the American South, Southwest, and West. From 2008-2015, the greatest number of deaths from venomous snakebites occurred in the southern and mid-western United States [Forrester et al., 2018]. The number of venomous snakebites is gradually increasing in most states [Schulte, 2017]. The risk of worker encounters with venomous snakes outside these areas may increase as changes in local climate allow venomous snake species to expand into ever more favorable habitats [Yanez-Arenas et al., 2016]. Additionally, extreme weather events such as hurricanes, floods and droughts, may affect the risk of worker encounters with venomous snakes [Wozniak et al., 2006]. For example, a 20-year study in California found that snakebites increased after precipitation events and decreased during droughts [Phillips et al., 2018]. Other factors affecting human-venomous snake encounters include human encroachment into snake habitat, animal displacement during and after a natural disasters (tornadoes, hurricanes, floods), and extended periods of unseasonably warm and humid weather [Fraizer, 2018; Jones and Baker, 2012].

Outdoor occupations most likely to encounter venomous snakes include: park rangers, landscapers, farmers, groundskeepers, zoo workers, foresters, gardeners, laborers, construction workers, painters, church pastors (snake handling during church services), and reptile handlers. During the period January 1, 2014 to November 5, 2015, 180 adult snakebites were reported to the ToxIC North American Snakebite Registry, of which 25 (13.9%) occurred whi""")
add(id="t7-wikimili-wikipedia-chest-pain", group="no-red-flag", url="https://wikimili.com/en/Chest_pain", source="Wikipedia article 'Chest pain', mirrored by WikiMili", licence=CCBYSA + ", via a mirror",
    title="Chest pain", audience="consumer", genre="other", topic="chest pain (encyclopedia article)", topic_kind="symptom",
    W=False, reason="encyclopedia article (infobox and lead) describing causes and frequency; not advice to readers, so red flags not expected by its own standard", evidence=[], urgency="emergency",
    notes="hard call: acute symptom, so urgency is emergency, but an encyclopedia lead is reference, not guidance; trap: heart attack, pulmonary embolism and 'ER visits' are named",
    text="""Chest pain

Last updated
Chest pain
Other namesPectoralgia, stethalgia, thoracalgia, thoracodynia
Heart Attack Chest Pain.png
Potential location of pain from a heart attack
Specialty Emergency medicine, internal medicine, cardiology
Symptoms Discomfort in the front of the chest [1]
Types Cardiac, noncardiac [2]
CausesSerious: Acute coronary syndrome (including heart attacks), pulmonary embolism, pneumothorax, pericarditis, aortic dissection, esophageal rupture [3]
Common: Gastroesophageal reflux disease, psychological problems such as anxiety disorders, depression, stress etc, muscle or skeletal pain, pneumonia, shingles [3]
Diagnostic method Medical history, physical exam, medical tests [3]
TreatmentBased on the underlying cause [1]
Medication Aspirin, nitroglycerin [1] [4]
Prognosis Depends on the underlying cause [3]
Frequency~5% of ER visits [3]

Chest pain is pain or discomfort in the chest, typically the front of the chest. [1] It may be described as sharp, dull, pressure, heaviness or squeezing. [3] Associated symptoms may include pain in the shoulder, arm, upper abdomen, or jaw, along with nausea, sweating, or shortness of breath. [1] [3] It can be divided into heart-related and non-heart-related pain. [1] [2] Pain due to insufficient blood flow to the heart is also called angina pectoris. [5] Those with diabetes or the elderly may have less clear symptoms. [3]

Contents

Serious and relatively common causes include acute coronary syndrome such as a heart attack (31%), pulmonary embolism (2%), pneumothorax, pericarditis (4%), aortic dissection (1%) and esophageal rupture. [3] Other common causes include gastroesophageal reflux disease (30%), muscle or skeletal pain (28%), pneumonia (2%), shingles (0.5%), pleuritis, traumatic and anxiety disorders. [3] [6] Determining the cause of chest pain is based on a person's medical history, a physical exam and other medical tests. [3] About 3% of heart attacks, however, are initially missed. [1]

Management of chest pa""")
add(id="t7-va-research-respiratory-health", group="no-red-flag", url="https://research.va.gov/topics/respiratory.cfm", source="US Department of Veterans Affairs, Office of Research & Development", licence=PD,
    title="VA research on Respiratory Health", audience="consumer", genre="news or research report", topic="VA respiratory research overview", topic_kind="other",
    W=False, reason="@news", evidence=[], urgency="none", notes="trap: asthma, COPD, pneumonia named; the 'Veterans Crisis Line' banner is site chrome",
    text="""Talk to the Veterans Crisis Line now
U.S. flag
An official website of the United States government

Office of Research & Development

print icon sign up for VA Research updates

VA research on

Respiratory Health


Introduction

According to the U.S Environmental Protection Agency, the average person takes between around 17,000 to 23,000 breaths a day. For a healthy person, this is a simple process. But for millions of people with respiratory problems, breathing is not easy.

Two examples of respiratory diseases that can restrict breathing are asthma and chronic obstructive pulmonary disease (COPD). Asthma is a chronic inflammatory disease in which the airways narrow and may become filled with excess mucus, making it hard to breathe. While it cannot be cured, the symptoms can be controlled.

COPD is a group of diseases that limit airflow and make it hard to breathe. It is usually progressive and is associated with an abnormal inflammatory response in the lungs to noxious particles or gases, like cigarette smoke.

COPD most commonly includes two conditions: emphysema (in which the air sacs of the lungs are damaged and enlarged) and chronic bronchitis (a long-lasting cough caused by chronic inflammation of the bronchial tubes). Most people with COPD have both conditions.

Veterans may suffer from other respiratory problems through exposure to infectious agents or airborne environmental hazards. Examples of respiratory diseases that may be caused by infectious agents are tuberculosis, lung cancer, and pneumonia.

Many Veterans were exposed to airborne environmental hazards during military service, such as Agent Orange, burn pits, sandstorms, or fumes from aircraft exhaust.

Veterans who develop respiratory cancer (cancer of the lung, throat, or windpipe) and were exposed to Agent Orange or other herbicides during military service may be eligible to receive VA health care and disability compensation.

top

Selected Major Accomplishments

  • 1946:Developed and tested """)
add(id="t7-va-hsrd-pubbriefs-copd", group="no-red-flag", url="https://www.hsrd.research.va.gov/research/citations/PubBriefs/viewbytopic.cfm?searchKeywords=COPD", source="VA Health Services Research & Development, Publication Briefs", licence=PD,
    title="Publication Briefs: COPD", audience="professional", genre="news or research report", topic="research briefs on COPD and burn pits", topic_kind="other",
    W=False, reason="@news", evidence=[], urgency="none", notes="trap: ischemic stroke, myocardial infarction and heart failure named as study outcomes",
    text="""Talk to the Veterans Crisis Line now
U.S. flag
An official website of the United States government

VA Health Systems Research

Go to the VA ORD website
Go to the QUERI website
Publication Briefs

18 results for topic, "COPD"

To subscribe to Pub Briefs Quarterly, send an email to Cider.Boston@va.gov. Before subscribing, please read the VA Privacy Policy on Information Collected from E-mails and Web Forms.

  • Prolonged Deployment to Military Bases with Open Burn Pits Increases Risk of Adverse Health Outcomes
    This study sought to determine whether the duration of deployment to military bases with open burn pits was associated with an increased risk of diagnosed respiratory and cardiovascular disease. Findings showed that prolonged deployment to military bases with open burn pits may increase the risk of developing adverse health outcomes. For every 100 days of deployment to bases with burn pits, the adjusted odds ratios for asthma, COPD, hypertension, and ischemic stroke were elevated, but not for interstitial lung disease, myocardial infarction, congestive heart failure, or hemorrhagic stroke. Most of the study cohort had been assigned to bases with burn pits at some time (86%), with an overall median duration of 244 days. Healthcare for OEF/OIF Veterans should consider the potential impact of exposure to emissions from open burn pits, with implications for access to care and benefits.
    Date: April 25, 2024
  • Team-Based Palliative Telecare Led to Improved Quality of Life in Veterans with Chronic Lung Disease and Heart Failure
    This clinical trial determined the effect of a nurse and social worker palliative telecare team on quality of life in outpatient Veterans with COPD, heart failure (HF), or interstitial lung disease (ILD) compared to usual care. Findings showed that Veterans who received the palliative telecare team intervention reported significantly improved quality of life at six months compared with Veterans who received usual care (mean q""")
