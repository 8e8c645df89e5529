# batch a: oncology / chemotherapy / acute oncology (search tool, corpus pages, 3 Dec 2026)
add(id="t13-mkuh-metastatic-spinal-cord-compression", group="urgent", url="https://www.mkuh.nhs.uk/patient-information-leaflet/metastatic-spinal-cord-compressionmscc", source="Milton Keynes University Hospital NHS Foundation Trust, patient information leaflet", licence=OGL,
    title="Metastatic Spinal Cord Compression(MSCC)", audience="consumer", genre="patient information", topic="metastatic spinal cord compression: why the leaflet is given, what MSCC is", topic_kind="condition",
    W=True, reason="consumer leaflet for people with cancer about an oncological emergency (MSCC); its stated purpose is to help readers recognise and report early warning signs", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in 'What symptoms will I have?' at 'but some people c', before the symptom list and any what-to-do section",
    evidence=[],
    notes="cut excerpt: ends before the symptom list and before any contact/what-to-do section; 'reporting the early warning signs is extremely important' names no sign and no place; warranted and missing as stored",
    text="""Metastatic Spinal Cord Compression(MSCC)

Please note, this page is printable by selecting the normal print options on your computer.

How to recognise the signs & symptoms

Before you read this leaflet it is important that you understand that spinal cord compression only occurs in a small number of people. However, being aware and reporting the early warning signs is extremely important in order to prevent the problem worsening or becoming permanent.

Why have I been given this leaflet to read?

You have been given this leaflet to read because you have cancer which can sometimes spread to the bones of the spine (vertebrae). The most common cancers that spread to the spine are breast, lung, kidney or prostate and in people who have lymphoma or myeloma. The vertebrae protect the spinal cord, which is a large bundle of nerves which transfers messages from the brain. As it passes through each vertebra it sends off smaller nerves called nerve roots. These supply the body, arms and legs with sensation and controls the movement of muscles, including the bowel and bladder.

Metastatic Spinal Cord Compression (MSCC) is pressure on the spinal cord.

This may happen because:

• The vertebrae are affected by cancer or

• A secondary tumour is damaging the vertebrae or

• The cancer has spread to the tissues around the vertebrae.Cancer that has spread to other areas in the body from your original Cancer site are called metastases or secondaries.

When metastases affect the bones (boney metastases) of the spine, they can cause swelling and pinch the spinal cord/nerve, or sometimes weaken and destroy the bone.

What symptoms will I have?

The spinal cord acts as a messenger for the brain, telling your arms and legs to move and sending messages back to the brain. When the spinal cord is squashed the messages are prevented from travelling along it. As a result, you may experience certain symptoms. In most people, symptoms occur in the lower half of the body, but some people c""")
add(id="t13-plymouth-immunotherapy-treatments", group="urgent", url="https://www.plymouthhospitals.nhs.uk/display-pil/pil-immunotherapy-treatments--5641", source="University Hospitals Plymouth NHS Trust, patient information leaflet (oncology)", licence=OGL,
    title="Immunotherapy Treatments", audience="consumer", genre="patient information", topic="immunotherapy (checkpoint inhibitors): contact numbers and side effects", topic_kind="treatment",
    W=True, reason="consumer leaflet on immunotherapy-related side effects and their management; immune side effects and infection can need urgent care, so readers need to know when to call", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'Our immune system is our first line', before the side-effects sections",
    evidence=["Only for haematology patients who are unwell or have a temperature please call: 01752 432680"],
    notes="hard call: the stored text is the contact block and introduction; 'Unwell Patients: Emergency Contact' (24 hours) is situation-level, and the haematology line ties 'unwell or have a temperature' to a call, so present (weak); the side-effect warning signs (diarrhoea, breathlessness etc.) are cut off",
    text="""Home Page

Immunotherapy Treatments

Date issued: July 2022 

Review date: July 2024 

Ref: C-462 v3

PDF:  Immunotherapy Patient Guide final May 2022 v2.pdf[pdf] 436KB

Contact numbers: Who do I telephone?

Oncology Patients

Unwell Patients: Emergency Contact: 01752 202082 and then ask for the oncology nurse on Bleep 0023 (available 24 hours a day)

Chemotherapy Unit: 01752 430290 or 430291

(For general enquiries Monday to Friday 9am-5pm)

Oncology Outpatients: 01752 763969

(For general enquiries Monday to Friday 9am-5pm)

Brent Ward: 01752 430043

(For general enquiries overnight and weekends)

Haematology Patients

Only for haematology patients who are unwell or have a temperature please call: 01752 432680

(Available Monday to Friday 8.30am-6.30pm)

Birch Day Case: 01752 432674 (Birch Reception) or 01752 432678 (Nurses Station)

(For general enquiries Monday to Friday 08.30-6.30pm)

Bracken Ward: 01752 432494

(For unwell patients and all advice overnight and weekends)

Immunotherapy related side effects and their management

This guide has been prepared to help you and your family and friends have a better understanding of immunotherapy treatments.

  • What is immunotherapy and how it works?

  • Side effects

It contains information on the most common side-effects associated with modern immunotherapy (known as ‘checkpoint inhibitors’) and a few strategies you can use yourself to minimise their effects.

What is Immunotherapy?

Immunotherapy is a relatively new type of biological therapy which is becoming more widely used in cancer patients.  There are a large number of treatments that are called immunotherapies.  You might also hear names such as targeted therapies, monoclonal antibodies or checkpoint inhibitors. 

The information in this booklet refers to a group of immunotherapies known as ‘checkpoint inhibitors’.  They aim to trigger the body’s immune response to detect and fight certain cancers.

Our immune system is our first line""")
add(id="t13-ouh-haematology-triage", group="urgent", url="https://www.ouh.nhs.uk/haematology/locations/triage/", source="Oxford University Hospitals NHS Foundation Trust, Clinical Haematology, triage service page", licence=OGL,
    title="Triage (Clinical Haematology)", audience="consumer", genre="patient information", topic="haematology/oncology telephone triage service: numbers and symptoms assessed", topic_kind="other",
    W=True, reason="page for patients on anti-cancer or haematology treatment about the urgent telephone triage service; readers need to know which symptoms to call about", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'Triage is on Level 1, Cancer and Haemat' (section 'Coming to Triage'); title supplied from the URL and site name",
    evidence=["Our specially trained nursing staff can assess your case by telephone", "Symptoms investigated"],
    notes="hard call: no explicit 'call if'; the page gives the triage numbers, says nurses assess by telephone to 'recognise potential emergencies', and lists the symptoms investigated (temperature of 37.5C or above, shivering, unexpected bleeding, painful PICC lines...); read as signs tied to the telephone service, present (weak)",
    text="""Skip to main content
Clinical Haematology

This site is best viewed with a modern browser. You appear to be using an old version of Internet Explorer.


Information alert box Telephone numbers

Monday to Sunday 8.00am - 8.00pm: 01865 572192

Out of hours Monday to Sunday 8.00pm - 8.00am: call Haematology / Oncology Ward direct and nurses will advise

Haematology Ward (haematology patients only): 01865 235048 / 9

Oncology Ward (oncology patients only): 01865 572192 / 235012

Our answerphone notes all numbers that call, and our staff try to return any missed calls.

We advise patients on anti-cancer medication about potential side effects and complications, and haematology patients on complications related to their conditions, including non-cancer conditions such as sickle cell anaemia.

Our specially trained nursing staff can assess your case by telephone, and also discuss it with haematology and oncology doctors 24 hours a day, seven days a week.

We aim to recognise potential emergencies and treat side effects and complications early, to reduce the need for hospital admission.

Symptoms investigated

  • Generally feeling unwell
  • Temperature of 37.5C or above
  • Shivering, and/or feeling cold
  • Cough or shortness of breath
  • Rash
  • Diarrhoea or constipation
  • Persistent nausea or vomiting
  • Uncontrolled pain
  • Soreness or ulcers in mouth or throat
  • Unexpected bleeding or bruising
  • Infective contact e.g. Chickenpox
  • Painful or red PICC / Hickman lines
  • Sickle cell anaemia related issues
  • Post CAR-T or stem cell transplant related issues
  • Post bone marrow biopsy issues such as bleeding, pain or infection
  • Anything abnormal to you or your body

For medication-related queries, please speak to Pharmacy staff:


For appointment, scan or blood result queries, please contact your Clinical Nurse Specialist (CNS):

Clinical Nurse Specialists (CNS)

Coming to Triage


Triage is on Level 1, Cancer and Haemat""")
add(id="t13-leedsth-pelvis-radiotherapy", group="no-red-flag", url="https://www.leedsth.nhs.uk/services/radiotherapy/treatment-pathway/pelvis-radiotherapy/", source="Leeds Teaching Hospitals NHS Trust, radiotherapy treatment pathway page", licence=OGL,
    title="Radiotherapy To The Pelvis", audience="consumer", genre="treatment-description", topic="pelvic radiotherapy: uses and common side effects", topic_kind="treatment",
    W=False, reason="short treatment-pathway overview of radiotherapy and its common side effects; by the guide's rule for treatment pages, no acute warning signs expected", urgency="prompt", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the overview text appears whole, but the 'individual sections below' it refers to are not included",
    evidence=[],
    notes="hard call: it lists side effects including 'Blood in the stool or urine, though this is less common', so an editor could want a when-to-call line; kept not warranted under the treatment-page rule; 'Please inform your radiotherapist if you are experiencing any side effects' is tied to no specific sign, not evidence",
    text="""Radiotherapy To The Pelvis
Is often used to treat cancers in areas such as the bladder, rectum, anus, prostate, cervix, uterus (womb) and vagina. It can also be used to treat lymph nodes in the pelvis region.
Some radiotherapy treatments are also given together with chemotherapy and/or brachytherapy (internal radiation). Please see the individual sections below.
Side Effects
Even though radiation targets the tumour, it can also affect healthy tissue nearby. Side effects usually start after a few treatments and can be different depending on the area being treated.
Common side effects of pelvis radiotherapy include:
- Tiredness (Fatigue): Tiredness is one of the most common side effects, and it tends to build up over time during treatment.
- Skin Changes: The skin in the treated area may become red, dry, or irritated, like sunburn. You might also experience itching or peeling. See the link below advising you on how to look after your skin during and after radiotherapy treatment.
- Nausea: Some patients may feel nauseous, especially if the radiation is directed near the stomach or bowels.
- Pelvic Discomfort: Some patients experience pelvic pain and cramping.
Radiotherapy to the pelvis can irritate the bowel or bladder, leading to symptoms like:
- Diarrhoea or more frequent bowel movements.
- A feeling of urgency to urinate or burning sensation when urinating.
- Blood in the stool or urine, though this is less common.
Please Note
Most side effects improve 10-14 days after treatment ends. Your healthcare team will be there to manage any side effects and provide support during and after your treatment.
Please inform your radiotherapist if you are experiencing any side effects.""")
add(id="t13-uclh-radiotherapy-pelvis", group="no-red-flag", url="https://www.uclh.nhs.uk/patients-and-visitors/patient-information-pages/radiotherapy-pelvis", source="University College London Hospitals NHS Foundation Trust, patient information page", licence=OGL,
    title="Radiotherapy to the pelvis", audience="consumer", genre="treatment-description", topic="radiotherapy to the pelvis: introduction, consent, staff", topic_kind="treatment",
    W=False, reason="describes a cancer treatment (planning and delivery of pelvic radiotherapy); the stored text is the introduction and consent section; no acute warning signs expected", urgency="prompt", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut after 'you will be asked to confirm that you are not pregnant.' (next word 'You') in the introduction, before the planning and side-effects sections; title supplied from the URL",
    evidence=[],
    notes="hard call: the full page covers side effects 'and how best to cope with them', where a when-to-contact line would be expected, but that part is not stored; judged as stored, a treatment-description introduction, not warranted",
    text="""Information alert

If you need a large print, audio, braille, easy-read, age-friendly or translated copy of this page, please contact the cancer information team on 020 3447 8663 or email uclh.cancerinformation@nhs.net

This information is for patients who are having radiotherapy to the pelvis. 

This page describes how your treatment is planned and delivered, the side-effects you may experience during and after treatment, and how best to cope with them.

We understand this is a worrying time for patients and their families, and we hope this page can help to answer any questions you have. If you have any questions about the treatment or information on this page, please speak to the team looking after you.

We want to involve you in all the decisions about your care and treatment. If you decide to go ahead with treatment, by law, we must ask for your consent and will ask you to sign a consent form. This confirms that you agree to having the procedure and understand what it involves. Staff will explain all the risks, benefits and possible alternatives before they ask you to sign a consent form.

If you are unsure about any aspect of your proposed treatment, please do not hesitate to speak to the team looking after you.

During your time with us we aim to provide the highest standards of care and support you in your decisions regarding your treatment. We will respect your dignity, individuality and personal preferences. Your care will be managed and given by therapeutic radiographers, doctors and nurses.

You will meet both male and female healthcare professionals during the course of your treatment. If you have any concerns about this, please talk to the radiographers about it. We try to be sensitive to your needs, so please do not hesitate to discuss things with the team caring for you.

If you are of an age where you can get pregnant (12 to 55 years old) and capable of becoming pregnant (you have a womb), you will be asked to confirm that you are not pregnant.

You""")
add(id="t13-nhslothian-refhelp-hypercalcaemia", group="urgent", url="https://apps.nhslothian.scot/refhelp/?p=8267", source="NHS Lothian RefHelp (referral guidance for clinicians)", licence=OGL,
    title="Hypercalcaemia", audience="professional", genre="other", topic="hypercalcaemia in patients with cancer: who and how to refer to acute oncology", topic_kind="condition",
    W=True, reason="professional referral guidance on an oncological emergency; a referral page of this kind should name the do-not-miss threshold/signs and whom to contact", urgency="same-day", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole guidance text ('Loading...' is site chrome)",
    evidence=["who has an adjusted calcium of above 2.8", "Contact the Acute Oncology team at the Edinburgh Cancer Centre"],
    notes="hard call: professional page; the referral criterion is a blood result (adjusted calcium above 2.8), not a symptom, tied to contacting acute oncology; counted as present for a professional audience (weak); the patient-facing line ('call Cancer Treatment Helpline ... if any treatment related concerns') is concern-based and not counted",
    text="""Loading...

Hypercalcaemia

Information

Patients with cancer most at risk of hypercalcaemia are those with known bone metastases or myeloma. However 20% do not have bone metastases.

Most common symptoms of mild hypercalcaemia are nausea, poor appetite, vomiting and constipation. Moderate levels may produce fatigue, excessive tiredness, polyuria, polydipsia, heart rhythm abnormalities. High levels may produce muscle twitching, anxiety, depression, personality changes and confusion 

M.A & J.W. 02-06-22

Who to refer:

Any patient with a cancer diagnosis who is on treatment, within 6 weeks of treatment, has had immunotherapy within last 12 months or who is under oncology follow up who has an adjusted calcium of above 2.8.

Who not to refer:

If in doubt please do not hesitate to call the on call oncology team. You may be advised to refer via medical team if patient is no longer under oncology follow up.

How to refer:

Contact the Acute Oncology team at the Edinburgh Cancer Centre on 07798774842 or 0131 537 1000 and ask to speak to Acute Oncology team for oncology.

If patient has mild symptoms  and a adjusted calcium of below 2.8. Please ensure patients stop any calcium supplements and ensure the patient is adequately hydrated and recheck in a few days. If you have any questions do not hesitate to call the On Call Team.

All patients on or within 6 weeks of treatment should be encouraged to monitor symptoms and call Cancer Treatment Helpline (CTH) on 08009177711 if any treatment related concerns. Please note the CTH is a call operator service provided by NHS 24 who then refer on to acute care specialist. They are not able to give specialist advice.  Note if a patient has presented to primary care for assessment the patient should not be advised to call the CTH to pass on this information or seek further advice. The primary care clinician should call the Acute Oncology team at the Edinburgh Cancer Centre to discuss if appropriate.""")
add(id="t13-gloshospitals-sact-diarrhoea", group="urgent", url="https://gloshospitals.nhs.uk/our-services/services-we-offer/cancer/systemic-anti-cancer-therapies-home/sact-treatment/sact-side-effects-symptom-support/sact-side-effects-diarrhoea", source="Gloucestershire Hospitals NHS Foundation Trust, anti-cancer treatment side-effects page", licence=OGL,
    title="SACT side effects: diarrhoea", audience="consumer", genre="patient information", topic="diarrhoea during systemic anti-cancer treatment", topic_kind="symptom",
    W=True, reason="consumer page about a treatment side effect that can need prompt care (diarrhoea on chemotherapy or immunotherapy)", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole page text; title supplied from the URL",
    evidence=["Call the Acute Haematology Oncology Unit (AHOU) if you are experiencing:", "More than 4 loose or watery stools in 24 hours."],
    notes="clear: specific signs (more than 4 loose stools in 24 hours, blood or mucus, fever with diarrhoea, new loss of bowel control) tied to calling the acute unit; present",
    text="""Skip to page content

This is when your bowel motions are loose or watery. You may need to go to the toilet more often than normal or find it difficult to control your bowels. If you have a stoma, you may notice that you have to change the bag more often and that the motions are more watery.

Some cancers and treatments can cause diarrhoea. You may also get diarrhoea from infections.

Patients having immunotherapy can develop inflammation of the bowel. This can be a serious side effect.

Monitor your bowel movements for any changes while having treatment.

Advice if you have diarrhoea:

  • Drink plenty of fluids to keep well hydrated
  • Avoid fibre in your food
  • Obtain advice about suitable medication from your local pharmacist or CNS team

Call the Acute Haematology Oncology Unit (AHOU) if you are experiencing:

    • More than 4 loose or watery stools in 24 hours.
    • Have an increased stoma output with a change in the consistency of your stool.
    • Abdominal pain or cramps.
    • Have blood or mucus in your stools.
    • Feel unwell or have a fever and diarrhoea.
    • Experience a new loss of bowel control.
    • Any other change in your stool you are concerned about.
Information:

For more information and advice for coping with diarrhoea please visit Macmillan, Maggies and Cancer Research.""")
add(id="t13-cancer-nsw-diarrhoea", group="urgent", url="https://patients.cancer.nsw.gov.au/treatment/side-effects/diarrhoea", source="Cancer Institute NSW (New South Wales government), patient information", licence=CCBYAU,
    title="Diarrhoea", audience="consumer", genre="patient information", topic="diarrhoea caused by cancer or cancer treatment", topic_kind="symptom",
    W=True, reason="consumer page about a treatment side effect that can need prompt care (diarrhoea on chemotherapy or immunotherapy)", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut after 'have regular sips of water or other liquids.' in 'Avoiding dehydration from diarrhoea'",
    evidence=["If you have severe uncontrolled diarrhoea, blood in your bowel motions, or severe stomach pains with bloating, you need medical attention.", "If you can’t get hold of anyone, go to your nearest hospital emergency department for assessment."],
    notes="clear: signs (severe uncontrolled diarrhoea, blood, severe pain with bloating) tied to the contact numbers and, failing that, the emergency department; present",
    text="""Diarrhoea

Diarrhoea

Diarrhoea is passing bowel motions (stools or poo) more often than usual. The motions can be soft and watery. Some cancers, cancer treatments and other health problems can cause diarrhoea.

If you are likely to develop diarrhoea, your doctor will advise you about medication that can help to relieve it. Make sure you take these medications as advised.

If you have severe uncontrolled diarrhoea, blood in your bowel motions, or severe stomach pains with bloating, you need medical attention.

Use the contact numbers you have been given. If you can’t get hold of anyone, go to your nearest hospital emergency department for assessment.

Be prepared

Know what to expect

Not all treatments or cancers cause diarrhoea. Ask your doctor or nurse whether you are likely to get diarrhoea, and how to manage it. 

Some chemotherapy and immunotherapy treatments can cause severe diarrhoea. People on these treatments, should get medical help urgently if they have diarrhoea.

Understand your anti-diarrhoea medications

If you are likely to get diarrhoea, your doctor will tell you what medicines you can take to stop or reduce it. Make sure you understand how you should take them.

Start a symptom diary

Keeping track of your symptoms can help you and your cancer care team to manage them better.

Talk to your doctor or nurse to see if there is a diary they recommend, or use the example provided on this page.

Know who to contact if you have a problem

Ask your doctor or nurse:

  • when you should call for help or advice
  • who you should contact
  • how to contact them (including at night or weekends).

Keep this information where you can easily find it.

Checklists

Use our checklists to find helpful tips or questions to ask.

Managing symptoms

Avoiding dehydration from diarrhoea

Diarrhoea causes your body to lose fluids. This can result in dehydration which is a serious problem. To keep your fluid levels up, have regular sips of water or other liquids.""")
