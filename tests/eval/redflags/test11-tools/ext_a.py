# batch a: cancer - acute oncology / neutropenic sepsis pages and news, complementary-health cancer page, NCI bulletins
add(id="t11-cuh-cancer-round-the-clock-help", group="urgent", url="https://www.cuh.nhs.uk/addenbrookes-hospital/services/cancer-services/your-treatment/chemotherapy/round-clock-help", source="Cambridge University Hospitals NHS Foundation Trust (Addenbrooke's), cancer services page", licence=OGL,
    title="Round the clock help", audience="consumer", genre="patient information", topic="24/7 help line for patients on chemotherapy; infection while neutropenic", topic_kind="condition",
    W=True, reason="consumer cancer-treatment page about a side effect that needs prompt care (infection/fever during chemotherapy)", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'without having a raised tempe' (in the infection-symptoms section)",
    evidence=["We would always advise you to call if:"],
    notes="hard call: the call-if list (possible infection, other worrying symptoms eg bleeding, side-effect advice) is tied to the 24-hour number on the card; the infection symptom list that follows is cut before its own action line; present (the quote opens the list of signs tied to the call)",
    text="""Round the clock help

We offer a 24/7 service for our patients who require urgent advice or admission as a result of their cancer, suspected cancer or treatment.
Staff profile block: 

Lisa Putt

Lead cancer nurse and Macmillan cancer quality and experience lead
Lisa Putt

Everyone puts in so much effort here, and we give real support to people when they need it the most.

We have a team available 24 hours a day to provide advice to our existing patients if you are concerned about how you are feeling because of your illness or treatment.

When you start your treatment with us, you will be given a card with the contact details on it for this service.

The team caring for you will have given you advice about when to contact the hospital for help. We would always advise you to call if:

  • you think you may be developing an infection
  • you develop other worrying symptoms eg bleeding
  • you need advice about managing the side effects of your treatment eg feeling sick, having bowel difficulties, experiencing pain

You, or the people caring for you can ring the number on the card at any time of the day or night if you feel you need urgent advice:

Please do not use this number for routine questions or appointment enquiries.

We also provide a round the clock service to ensure that emergency patients who need to be admitted because of the effects of cancer or cancer treatments, receive timely and appropriate treatment and care.


While you are having chemotherapy you will be susceptible to infection when your white cells (the regulators of the immune system) are low (neutropenic). Any infections you pick up during this time can make you seriously ill and you may need to be admitted to hospital to have the infection treated. Common symptoms of an infection include:

  • feeling generally unwell
  • feeling hot then cold and clammy
  • feeling shivery or fluey
  • having a raised temperature

Some patients may feel unwell without having a raised tempe""")
add(id="t11-bfwh-neutropenic-sepsis", group="urgent", url="https://www.bfwh.nhs.uk/haematology-new/for-patients/neutropenic-sepsis/", source="Blackpool Teaching Hospitals NHS Foundation Trust, haematology page for patients", licence=OGL,
    title="Neutropenic Sepsis", audience="consumer", genre="patient information", topic="neutropenic sepsis during chemotherapy", topic_kind="condition",
    W=True, reason="consumer cancer-treatment page about a side effect that needs prompt care (fever and neutropenia)", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole page text (linked leaflet and video not included)",
    evidence=["patients who are having chemotherapy, who develop a temperature, should be rapidly seen by medical services for the treatment of neutropenic sepsis"],
    notes="hard call: one sign (a temperature during chemotherapy) tied to 'rapidly seen by medical services', phrased as a key message rather than an instruction; the helpline line is concern-based; the signs list is in an unstored leaflet; present (weak)",
    text="""Neutropenic Sepsis

This is a term given to a serious condition when there is infection associated with low blood counts, most commonly caused by chemotherapy. The term neutropenic refers to when there are low number of white blood cells called neutrophils in the blood.  Neutropenic Sepsis is the presence of infection often in the blood stream, lungs etc in patients with neutropenia (low neutrophils).  It is the most important and potentially very serious complication of treatment.

The key message is that patients who are having chemotherapy, who develop a temperature, should be rapidly seen by medical services for the treatment of neutropenic sepsis.  This treatment needs to occur quickly.  An information leaflet on neutropenic sepsis can be found here and a video explaining neutropenic sepsis in further detail can be found here.

Before your start chemotherapy our nursing staff will discuss the signs of Neutropenic Sepsis and the action you should take if these occur.

There is also a 24 hour helpline that you can call if you are concerned you are developing Neutropenic Sepsis.  The telephone number is 01253 953403.""")
add(id="t11-liverpool-ccg-neutropenic-sepsis-campaign", group="urgent", url="https://www.liverpoolccg.nhs.uk/news/campaign-launched-to-protect-cancer-patients-from-life-threatening-complication/", source="NHS Liverpool Clinical Commissioning Group, news 22 August 2018", licence=OGL,
    title="Campaign launched to protect cancer patients from life threatening complication", audience="consumer", genre="news or research report", topic="neutropenic sepsis awareness campaign for patients on chemotherapy", topic_kind="condition",
    W=True, reason="news item giving the public (patients on chemotherapy) advice about an emergency; by convention such news is warranted", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in the patient story at 'It was quite frighten'",
    evidence=[],
    notes="hard call: symptoms are listed (high temperature, sore throat, diarrhoea, feeling unwell) but no action is tied to them in the stored text; 'what to do' is only announced as campaign content; the patient's story ('We called the hospital and I was advised to go to Accident and Emergency') is narrative, not advice; warranted and missing (cut)",
    text="""Liverpool CCG Logo

Campaign launched to protect cancer patients from life threatening complication

22 Aug 2018

Neutropenic Sepsis (NS) happens when chemotherapy temporarily lowers the type of white blood cells that help fight infection. Sepsis can happen at any time during chemotherapy but is most likely to occur between seven and 14 days after treatment.

This means that minor infections can become very serious and could become life threatening within hours.

Symptoms include a high temperature, a sore throat and diarrhoea or simply feeling unwell. It is estimated that on average, each emergency department in England will see three-four confirmed cases of neutropenic sepsis every week with potentially twice as many with suspected NS.

The campaign, being run by Liverpool Clinical Commissioning Group and The Clatterbridge Cancer Centre NHS Foundation Trust, aims to make patients more aware of the condition. This includes information on signs and symptoms, what to do if people suspect they have NS, and also advice about how people can help themselves to stay well during treatment.

It features an eye catching video that highlights the most important information in an easy to understand format that will be shown in GP surgeries, hospital waiting rooms and shared online.

Patient Kathryn Green understands more than most the importance of raising the profile of NS.

Dental nurse Kathryn, 24, from Anfield in Liverpool was diagnosed in April 2016 and developed the condition on several occasions during her treatment for leukaemia.

She said: “The first time it happened I had come home after treatment and I was in bed. I just didn’t feel right. I was freezing and shivering but my body was so hot and I was sweating, all classic signs of fever.

“I just thought I could sleep it off but when I woke up I felt worse. My mum immediately took my temperature and it was 38C. We called the hospital and I was advised to go to Accident and Emergency.

“It was quite frighten""")
add(id="t11-nccam-cancer-complementary-health", group="no-red-flag", url="http://nccam.nih.gov/health/cancer", source="National Center for Complementary and Integrative Health (NIH), fact sheet", licence=PD,
    title="Cancer and Complementary Health Approaches: What You Need To Know", audience="consumer", genre="treatment-description", topic="complementary and alternative approaches for cancer; unproven cancer 'cures'", topic_kind="treatment",
    W=False, reason="consumer page on complementary/alternative cancer approaches; no acute symptom in its scope, so no red flags expected (safety advice about treatment choices is not red-flag advice)", urgency="none", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in 'About Cancer' at 'United States diagnos'",
    evidence=[],
    notes="hard call: alternative-cancer-treatment page; 'Don't use unproven products or practices to replace or delay medical treatment' and 'consult your health care provider before adding' are safety advice about treatment, not warning signs; not warranted, not present",
    text="""Skip to main content

Cancer and Complementary Health Approaches: What You Need To Know

A woman preparing and drinking some fresh hot tea in a travel mug. She is sitting on a small jetty on the lake in autumn.
© Getty Images

What’s the Bottom Line?

Complementary health approaches may play a role in cancer care, but using them inappropriately can be harmful. For your safety:

  • Don’t use unproven products or practices to replace or delay medical treatment for cancer.
  • If you have cancer, consult your health care provider before adding any complementary health products or practices to your treatment program.

What do we know about the usefulness of complementary approaches for cancer?

  • No complementary health approach has been shown to prevent or cure cancer.
  • Some complementary health approaches, such as acupuncture, mindfulness-based stress reduction, and yoga, may help manage cancer symptoms and side effects of treatment.

What do we know about the safety of complementary approaches for cancer?

  • Psychological and physical practices such as hypnosis, massage therapy, and yoga are usually safe when used appropriately. However, special precautions may need to be taken to make some of these practices safe for people with cancer.
  • Some complementary health approaches can interfere with medical treatment for cancer. For example, some herbs may make chemotherapy drugs less effective.
  • Some of the fraudulent cancer “cures” marketed via the internet are dangerous in themselves, and others can be harmful if people use them instead of seeking effective medical treatment.

About Cancer

Cancer is a disease in which some of the body’s cells grow uncontrollably and spread to other parts of the body. Although cancer is the second leading cause of death in the United States, people with cancer are living longer because of improvements in early detection and treatment. About two out of every three people in the United States diagnos""")
add(id="t11-nci-govdelivery-bulletin-378a696", group="no-red-flag", url="https://content.govdelivery.com/accounts/USNIHNCI/bulletins/378a696", source="National Cancer Institute, email bulletin (GovDelivery archive)", licence=PD,
    title="NCI clinical trials news bulletin", audience="consumer", genre="news or research report", topic="cancer research news: SBRT for kidney cancer, atezolizumab in sarcoma, AI colonoscopy, patient trial stories", topic_kind="treatment",
    W=False, reason="@news", urgency="none", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'more responsive to the rapid '",
    evidence=[],
    notes="research-news bulletin; a patient story mentions coughing up blood and taking action (narrative, not advice); not warranted, not present; title supplied from the content (no title returned)",
    text="""Stereotactic body radiotherapy was effective in people with localized kidney cancer who weren’t able to have surgery to remove their tumor, a clinical trial has shown. No patients had their cancer start growing or died from cancer over the next 5 years.
Treatment with atezolizumab (Tecentriq) shrank tumors in about 40% of people with alveolar soft part sarcoma, including one complete response, new clinical trial findings show. Some people were later able to stop treatment without the cancer returning.
Using computer-aided detection (CAD) during a colonoscopy doesn’t help doctors find the growths most likely to become colorectal cancer, two studies find. Researchers agreed that CAD, which is aided by artificial intelligence (AI) technology, needs further refinement.
In 2021, Kellie felt an acute pain in her right shoulder. She ignored it, thinking it was a strained muscle. Over the next year, the pain became stronger. When she started coughing up blood in the summer of 2022, she took action and had a chest x-ray. Read about Kellie’s diagnosis and how she was able to participate in a clinical trial near her home in rural South Carolina.
Luis Miguel Cruz has been sharing his cancer journey on social media since he was diagnosed with lymphoma in 2020. Cruz, who is from the Dominican Republic, came to the NIH Clinical Center for treatment for a rare type of blood cancer. Read his story about participating in a clinical trial and sharing his experiences online.
Clinical Trials Information for Patients and Caregivers
The NIH Clinical Research Trials and You website is a resource for people who want to learn more about clinical trials. This page provides answers to common questions about taking part in a clinical trial.
This page describes NCI’s clinical trial programs and initiatives and explains how they help support a national infrastructure for clinical cancer research. These programs and initiatives help make cancer clinical trials more responsive to the rapid """)
add(id="t11-nci-govdelivery-bulletin-30c6565", group="no-red-flag", url="https://content.govdelivery.com/accounts/USNIHNCI/bulletins/30c6565?reqfrom=share", source="National Cancer Institute, email bulletin (GovDelivery archive)", licence=PD,
    title="NCI clinical trials news bulletin", audience="consumer", genre="news or research report", topic="cancer research news: naive T-cell depletion and GVHD, durvalumab in biliary tract cancer, cell therapy in breast cancer, trial listings", topic_kind="treatment",
    W=False, reason="@news", urgency="none", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in a trial description at 'or immunosuppression onl'",
    evidence=[],
    notes="research-news bulletin with trial-phase explainers and trial listings; not warranted, not present; title supplied from the content",
    text="""A new study reports that removing naive T cells from donated blood cells before a stem cell transplantation may be a way to prevent chronic graft-versus-host disease (GVHD). In three small clinical trials, only 7% of people who received a naive T cell–depleted transplant developed chronic GVHD, compared with more than 40% of people who received stem cell transplants in the past at the same cancer center.
Adding durvalumab (Imfinzi) to standard chemotherapy modestly extended how long people with advanced biliary tract cancer lived, results from the TOPAZ-1 trial show. The immunotherapy drug may become a standard first-line therapy for this hard-to-treat cancer.
NCI researchers have shown that an experimental form of immunotherapy that uses a person's own tumor-fighting immune cells could be used to treat people with metastatic breast cancer who have exhausted all other treatment options.
Clinical Trials Information for Patients and Caregivers
Clinical trials to test new cancer treatments involve a series of steps, called phases. If a new treatment is successful in one phase, it will proceed to further testing in the next phase.
Randomization, in which people are assigned to groups by chance alone, helps prevent bias. Bias occurs when a trial's results are affected by human choices or other factors not related to the treatment being tested.
This phase 1/2 trial will test the safety and tolerability of abemaciclib (Verzenio) for people aged 12 or older with a disease called neurofibromatosis type 1 (NF1) who have nerve tumors (atypical neurofibromas). Researchers will determine the best dose of the therapy and assess whether abemaciclib causes the tumors to shrink or disappear.
This phase 2 trial will test a new method for blood-forming stem cell transplantation from healthy donors to patients with a rare type of lymphoma. Patients with relapsed or resistant peripheral T-cell lymphoma will undergo either reduced-intensity conditioning therapy or immunosuppression onl""")
