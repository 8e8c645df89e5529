# batch h: cancer pages (symptoms, treatment, screening)
add(id="t5-cdc-lung-cancer-symptoms-2008-archived", url="http://www.cdc.gov/cancer/lung/basic_info/symptoms.htm", fetched_from="https://webarchive.library.unt.edu/eot2008/20080916050533/http:/www.cdc.gov/cancer/lung/basic_info/symptoms.htm", source="CDC, Division of Cancer Prevention and Control (archived copy, UNT web archive)", licence=PD,
    title="Lung Cancer: Symptoms", audience="consumer", genre="patient information", topic="lung cancer symptoms", topic_kind="condition",
    W=True, reason="@canc",
    evidence=["People with symptoms should talk to their doctor, especially if they smoke, but even if they don't."],
    urgency="prompt", notes="prompt-level: the symptom list (including coughing up blood) is tied to talking to a doctor; no time named",
    text="""Primary Navigation for the CDC Web Site
CDC en Español
Lung Cancer
divider
E-Mail Icon E-mail this page
Printer Friendly Icon Printer-friendly version
divider
 View by Topic
bullet Basic Information
bullet Fast Facts
bullet Symptoms
bullet Diagnosis and Treatment
bullet Survivorship
bullet Risk Factors
bullet Reducing Risk
bullet Screening
bullet CDC and Community Activities
bullet Statistics
bullet What CDC is Doing
bullet Publications
bullet Related Links
bullet Glossary

Esta página en español

Contact Information Centers for Disease
Control and Prevention
Division of Cancer
Prevention and Control
4770 Buford Hwy, NE
MS K-64
Atlanta, GA 30341-3717

Call: 1 (800) CDC-INFO
TTY: 1 (888) 232-6348
FAX: (770) 488-4760

E-mail: cdcinfo@cdc.gov

Submit a Question Online

Symptoms

Different people have different symptoms for lung cancer. Some people don't have any symptoms at all. About 25% of people with lung cancer do not have symptoms from advanced cancer when their lung cancer is found.1 Lung cancer symptoms may include:

  • shortness of breath
  • coughing that doesn't go away
  • wheezing
  • coughing up blood
  • chest pain
  • fever
  • weight loss

Other changes that can sometimes occur with lung cancer may include repeated bouts of pneumonia, changes in the shape of the fingertips, and swollen or enlarged lymph nodes (glands) in the upper chest and lower neck.

These symptoms can happen with other illnesses, too. People with symptoms should talk to their doctor, especially if they smoke, but even if they don't. Doctors can help find the cause. 2, 3

References

  1. Humphrey LL, Teutsch S, Johnson MS. Lung Cancer Screening with Sputum Cytologic Examination, Chest Radiography, and Computed Tomography: An Update for the U.S. Preventive Services Task Force.* Annals of Internal Medicine 2004;140:740–753.
  2. Harrison's Principles of Internal Medicine, Chapter 88: Neoplasms of the lung. Clinical Manifestations. P.3. The McGraw-Hill Companies, I""")
add(id="t5-leeds-radiotherapy-to-the-bladder", url="https://www.leedsth.nhs.uk/patients/resources/radiotherapy-to-the-bladder/", source="Leeds Teaching Hospitals NHS Trust, patient leaflet", licence=OGL,
    title="Radiotherapy to the bladder", audience="consumer", genre="treatment-description", topic="radiotherapy for bladder cancer", topic_kind="treatment",
    W=False, reason="@tx", evidence=[], urgency="none",
    notes="the stored part is the leaflet's introduction (what radiotherapy is, planning); the side-effects section is not in the excerpt",
    text="""This leaflet aims to help you and your family understand more about your radiotherapy treatment.
It will be given to you in addition to the information you will receive from your Clinical Oncologist (who is a specialist doctor in cancer treatment). Their team will be caring for you during your treatment. This team will include radiographers and clinical nurse specialists but may also include social workers, physiotherapists, occupational therapists and dietitians.
The leaflet describes radiotherapy planning and treatment. It also explains the side-effects which you may experience during and after treatment.
Each person’s treatment will vary, so the information given is a general guide. The healthcare team looking after you will explain your treatment and the side-effects in detail.
If you have any questions after reading this leaflet, please speak to the team looking after you or ring the numbers at the end of leaflet. Staff will make every effort to meet your individual needs or will direct you to the person who can help.
Please do not
Bring any valuables into hospital with you as the Trust cannot accept liability for loss or theft.
What is radiotherapy?
Radiotherapy is the use of high energy X-rays and other types of radiation to treat cancer. Radiotherapy causes damage to the cancer cells in the treated area. Although normal cells are also affected, they can repair themselves and are able to recover.
Radiotherapy is a local treatment. This means it only affects the part of the body that is treated.

When you are having your radiotherapy you do not feel anything and it does not make you radioactive. You may hear a buzzing noise when the machine is switched on.
It is perfectly safe for you to be around others, including children and anyone who may be pregnant, throughout your treatment.
You will have your radiotherapy on a treatment machine called a linear accelerator, as shown here in the photograph. You will see your radiographers at each treatment session, and""")
add(id="t5-uclh-radiotherapy-easy-read", url="https://uclh.nhs.uk/patients-and-visitors/patient-information-pages/radiotherapy-easy-read-leaflet", source="University College London Hospitals NHS Foundation Trust, easy-read leaflet", licence=OGL,
    title="Radiotherapy easy read leaflet", audience="consumer", genre="treatment-description", topic="radiotherapy (easy read)", topic_kind="treatment",
    W=False, reason="@tx", evidence=[], urgency="none",
    notes="easy-read procedure guide (consent, mask, CT planning, tattoo); image file names kept as stored; 'If you are frightened at any point, raise your hand' is a procedure instruction",
    text="""Information alert

If you need a large print, audio, braille, easy-read, age-friendly or translated copy of this page, email the patient information team at uclh.patientinformation@nhs.net. We will do our best to meet your needs.

Easy guide 2.png Radiotherapy is a treatment, which kills cancer cells inside your body.
 
Easy guide 1.png Radiotherapy is given by a big machine that moves around you.
Easy guide 3.jpg If you are having radiotherapy, you need to attend the hospital to see the doctor.
 
EasyRead 5.png Your doctor will explain the treatment and possible side effects and will ask to give your consent.
Easy guide 4.png Consent means you understand and agree to have the radiotherapy.
Easy guide 7.png

If you are having treatment to your head and neck area, you will have a mask made.

You will wear your mask for treatment.
Easy guide 11.png

You will need to have a CT scan to help plan your radiotherapy treatment.

It is very important to keep still for the scan.

Easy guide 34.png You may need to take some of your clothes off and wear a hospital gown for your scan and radiotherapy treatment.
Easy guide 10.png

We may take a photograph of your face.

We check the photograph every time you come for treatment to make sure we are treating the correct person.

Easy guide 11.png The people who do the CT scan and radiotherapy treatment are called radiographers.
Easy guide 12.png The radiographer will need to leave the room for up to 20 minutes during your CT scan.
Easy guide 22.png

Radiographers can see and talk to you when you are alone in the room.

Easy guide 14.png If you are frightened at any point, raise your hand and the CT scan will be stopped.
Easy guide 15.png

We will draw crosses on your skin before the scan. Afterwards we will give you a small permanent tattoo.

It will be the size of a freckle.

Easy guide 16.png The tattoo dots help to position you correctly for treatment.
Easy guide 17.png

You will be given an appointment sheet with date on which""")
add(id="t5-nhslothian-dermatology-skin-cancer-awareness", url="https://services.nhslothian.scot/dermatology/skin-cancer-sun-awareness-and-skin-surgery", source="NHS Lothian (NHS Scotland), dermatology service", licence=OGL,
    title="Skin cancer, sun awareness and skin surgery", audience="consumer", genre="patient information", topic="skin cancer: when to see a doctor about a mole or skin lesion", topic_kind="condition",
    W=True, reason="@canc",
    evidence=["See your GP as soon as possible if you notice changes in a mole, freckle or patch of skin, especially if the changes happen over a few weeks or months.",
              "If you develop a lump, lesion or skin discolouration that hasn’t healed after 4 weeks, see your GP."],
    urgency="prompt", notes="",
    text="""Skin Lesions
When should I contact my doctor about a mole?
The first sign of a melanoma is often a new mole or a change in the appearance of an existing mole.
Normal moles are usually round or oval, with a smooth edge, and no bigger than 6mm (1/4 inch) in diameter.
See your GP as soon as possible if you notice changes in a mole, freckle or patch of skin, especially if the changes happen over a few weeks or months.
Signs to look out for include a mole that is:
getting bigger
changing shape
changing colour
bleeding or becoming crusty
itchy or painful
When should I see my doctor about a pink growth on my skin?
The main symptom of non-melanoma skin cancer is the appearance of a lump or discoloured patch on the skin that doesn’t heal.
The lump or discoloured patch is the cancer, sometimes referred to as a tumour.
Non-melanoma skin cancer most often appears on areas of skin which are regularly exposed to the sun, such as the face, ears, hands and shoulders.If you develop a lump, lesion or skin discolouration that hasn’t healed after 4 weeks, see your GP. While it is unlikely to be cancer, it is best to be sure.
N.B. Your risk of skin cancer is increased by:
Excessive sun exposure/ sun burn especially in childhood – so take extra care
Use of sun beds – Please avoid and learn to love the natural colour of your skin
Being immunosuppressed
Having a family history of skin cancer""")
add(id="t5-cancer-institute-nsw-melanoma-noticing-symptoms", url="https://www.cancer.nsw.gov.au/melanoma/diagnosis-and-treatment/diagnosis/noticing-symptoms", source="Cancer Institute NSW (NSW Government, Australia)", licence=CCBYAU.replace('Australian government', 'NSW Government'),
    title="Melanoma: noticing symptoms", audience="consumer", genre="patient information", topic="melanoma symptoms", topic_kind="condition",
    W=True, reason="@canc",
    evidence=["If you notice any changes to your skin see your GP.", "If you have symptoms that you are worried about, even if they seem minor, you should go to see a GP."],
    urgency="prompt", notes="prompt-level; the skin-change list precedes the GP advice",
    text="""Cancers and other diseases can cause symptoms. These are changes in your body that you notice. Melanoma is a type of skin cancer. Most melanomas cause changes to the skin that are noticeable.  

Not all skin changes are due to melanoma or other types of skin cancers. However, it is always best to have them checked out. 

What you need to know

Symptoms of melanoma

It is important to be aware of any changes to your skin. Being aware of how your skin looks can help you notice any changes early.

Everyone has different skin. Some people have lots of freckles or moles while others have fairly unblemished skin. Some have darker skin and tan easily while others are fair and burn quickly. Whatever type of skin you have it is important to be aware of any changes.

Changes to the skin include:

  • a new spot or mole appears
  • an existing mole
    • gets bigger
    • becomes darker or blotchy
    • changes shape and has irregular edges
    • becomes raised and scaly
    • itches or bleeds
    • forms a lump or nodule.

Melanomas can look very different from each other, but the one thing they have in common is that they change in appearance. Changes may seem minor but they should not be ignored.

If you notice any changes to your skin see your GP. Cancers that are diagnosed early can be easier to treat.

Next steps

What to do if you have symptoms

If you have symptoms that you are worried about, even if they seem minor, you should go to see a GP. Don't be embarrassed to bring up your concerns. 

Remember, cancers that are found earlier can be easier to treat.

Where to get help

""")
add(id="t5-lsc-icb-cancer-alliance-melanoma-video", url="https://lancashireandsouthcumbria.icb.nhs.uk/our-work/canceralliance/latest-news/SkinCancer", source="NHS Lancashire and South Cumbria Integrated Care Board, Cancer Alliance latest news (video transcript)", licence=OGL,
    title="Skin cancer: a GP talks about malignant melanoma", audience="consumer", genre="news or research report", topic="melanoma early diagnosis (GP video)", topic_kind="condition",
    W=True, reason="cancer-awareness item whose purpose is that readers check moles and see their GP about changes",
    evidence=["and if you do get any of those changes, don't hesitate, please contact your GP"],
    urgency="prompt", notes="spoken transcript: the mole changes (size, colour, border, itching, crusting, bleeding) come just before the quoted advice",
    text="""Hello, my name is Neil Smith, I am a GP, and I am really interested in early diagnosis of cancer. So let's talk about cancer, and today I'd like to talk about malignant melanomas. That's a form of skin cancer.
It's actually the fifth most common cancer in the UK. I've come outside today, there is a message that when are out in the sun, we need to protect our skin, but also the warmer weather gives an opportunity to look and check over our mole. Now, loads of people have got moles like me, and the vast majority of those are benign ,but the things to look out for and the things I would be worried about is if you had a new sudden mole, or a change in an existing mole, and what are those changes? Well, It could be a change in the size of the mole, so if the mole is getting bigger, particularly if it's bigger than 7mm.
It could be a change in the colour of the mole, if the mole, for example, is going some irregular colours, some blacks, some browns and some pinks, and different shades of that.
It could be a change in the border of the mole. So for example, the border becoming asymmetrical, or irregular, or jagged.
And what about a change in the sensation? A mole that becomes itching can be a problem. And finally, anything else that doesn't look or feel right to you, like a mole becoming crusting, or inflamed, or oozing, or perhaps bleeding, and if you do get any of those changes, don't hesitate, please contact your GP, people like me want to know, we are here to help you. In the vast majority of cases, that will be normal, but it's best to get it checked out.
The sooner you diagnose skin cancers, especially malignant melanomas, the better the outcome, the easier it is to treat.
Early diagnosis of cancer saves lives.""")
add(id="t5-docslib-cdc-inside-knowledge-gynecologic-brochure", url="https://docslib.org/doc/1388652/cdc-inside-knowledge-gynecologic-cancer-brochure", source="CDC Inside Knowledge: Get the Facts About Gynecologic Cancer (brochure), reposted on docslib.org", licence=PDREPOST,
    title="Inside Knowledge: Get the Facts About Gynecologic Cancer", audience="consumer", genre="patient information", topic="gynecologic cancers (cervical, ovarian, uterine, vaginal, vulvar)", topic_kind="condition",
    W=True, reason="@canc", evidence=[], urgency="prompt",
    notes="hard call: the stored part is the brochure's front matter and 'About This Booklet'; 'help you recognize any warning signs, so you can ask your health care provider about them' names no sign (the symptom pages come later); extraction dropped several words ('These are that affect', 'in the are diagnosed')",
    text="""<<

Get the Facts About Gynecologic

Cervical Ovarian Uterine Vaginal Vulvar Get the Facts About Gynecologic Cancer

www.cdc.gov/cancer/knowledge 1-800-CDC-INFO About This Booklet

This booklet was developed in support of the Centers for Disease Control and Prevention’s (CDC) Inside Knowledge: Get the Facts About Gynecologic Cancer campaign. The campaign helps women get the facts about gynecologic cancer by providing important “inside knowledge” about their bodies and health.

As you read this booklet, you will learn about the different types of gynecologic cancer. These are that affect the female reproductive organs. They include cervical, ovarian, uterine, vaginal, and vulvar cancers. You will find information on:

• Signs, symptoms, and risk factors related to each gynecologic cancer.

• What you can do to help prevent gynecologic cancer.

• What to do if you have symptoms.

• What to do if you think you may be at increased risk for developing a gynecologic cancer.

• Questions to ask your doctor.

Each year, approximately 71,500 women in the are diagnosed with a gynecologic cancer. While all women are at risk for developing gynecologic cancers, few will ever develop one. Still, it is important to know the signs because there is no way to know for sure who will get a gynecologic cancer. The information included in this booklet will help you recognize any warning signs, so you can ask your health care provider about them. These often are related to something other than gynecologic cancer. But it is important for your overall health to know what is causing them.

Important words to know appear in italics and are included with definitions in the glossary at the back of the booklet. Table of Contents 2 Gynecologic cancer overview 6 Gynecologic cancer symptoms 7 Questions to ask your doctor 8 Cervical cancer 12 16 18 20 22 Gynecologic cancer diagnosis 24 Resources 26 Glossary

The Inside Knowledge: Get the Facts About Gynecologic Cancer campaign is an """)
add(id="t5-westbourne-green-surgery-cervical-screening", url="https://westbournegreensurgery.nhs.uk/?p=4404", source="Westbourne Green Surgery (NHS GP practice)", licence=OGL,
    title="Cervical Screening", audience="consumer", genre="screening-prevention", topic="cervical screening", topic_kind="test",
    W=False, reason="screening service page for people without symptoms; no acute warning signs expected",
    evidence=[], urgency="none", notes="screening pages are not warranted; a careful editor might add 'see your GP about unusual bleeding between tests', which this page does not",
    text="""Cervical Screening

Cervical screening, which used to be called smear test, is a test to check the health of the cervix and help prevent cervical cancer.

Who is cervical screening for?

We offer cervical screening to women and people with a cervix aged 25 to 64. The NHS offers screening every 3 years from age 25 to 49 and every 5 years from age 50 to 64. This is because most cervical cancers develop between these ages. First invitations arrive a few months before people turn 25. You can book your appointment as soon as you get your invitation. The NHS invite some people more often due to a previous screening result or medical history.

How cervical screening works?

Cervical screening is not a test for cancer. It looks for abnormal cells in the cervix. Abnormal cells can develop into cancer if left untreated.

The test involves using a soft brush to take a small sample of cells from the surface of your cervix. The sample is put into a small plastic container and sent to the NHS Cervical Screening laboratory. It is tested for the types of HPV (human papillomavirus) that can cause cervical cancer. If you have a negative result for the most common types of HPV that cause cervical cancer, your risk of cervical cancer is very low and there is no need to check for abnormal cells even if you have had these in the past.

If you have a positive result for HPV, the NHS Cervical Screening laboratory will check the sample for abnormal cells. Abnormal cells are not cancer, but they could develop into cancer if left untreated.

How can I book an appointment for my cervical screening?

You can book an appointment by calling our Practice Reception on 0207 402 4026.

Where do we provide cervical screening appointments?

Appointments for cervical screening are based in the Practice.

Who will I see when I attend my cervical screening appointment?

You will see a member of our Practice Nursing team, which includes four Practice Nurses (female). If the appointment options available to""")
