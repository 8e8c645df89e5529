# batch h: NIHR research findings listing, head lice (NHS leaflet, school page), early-pregnancy pain/bleeding discharge leaflet
add(id="t12-nihr-ukctg-latest-research-findings", group="no-red-flag", url="https://ukctg.nihr.ac.uk/clinical-trials/latest-research-findings/", source="UK Clinical Trials Gateway (NIHR), latest research findings from the NIHR Dissemination Centre", licence=OGL,
    title="Latest research findings", audience="consumer", genre="news or research report", topic="NIHR Signals listing: football weight-loss programme, antiepileptic drug monitoring in pregnancy", topic_kind="other",
    W=False, reason="@news", urgency="none", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the URL had several stored versions (different listing items); the first returned (football programme item, 16 October 2018) is stored; cut at 'Regular monitoring of '",
    evidence=[],
    notes="research summaries listing (weight-loss programme; antiepileptic drug level monitoring in pregnancy); not advice to readers with symptoms; not warranted, not present",
    text="""Latest research findings

New research findings from the NIHR Dissemination Center

The NIHR Dissemination Centre puts good research evidence at the heart of decision making in the NHS, public health and social care. The centre critically appraises the latest health research to identify the most reliable, relevant and significant findings. It then disseminates these findings as:

NIHR Signals - The latest important research, summarised
NIHR Highlights - Conditions, treatments and issues explored using NIHR evidence
Themed Reviews - Bringing together NIHR research on a particular theme


To keep up to date with the latest important research, sign up to their mailing list or follow @NIHR_DC on twitter. Visit the Discover Portal for a complete, searchable selection of NIHR Signals, or see the latest on clinical trials below.


A football programme for overweight men achieves sustained weight loss
A 12-week weight management programme for men, centred on football, achieved 4.9kg weight loss at 12 months. Modest weight loss of 2.9kg was maintained at 3.5 years. Rates of overweight and obesity are higher for UK men than women, and there is little evidence that interventions are effective in the longer term. This NIHR-funded study followed 488 of 747 men (65%), average age 47 years, originally allocated to a programme of behavioural advice and football training with a professional coach or to a waiting list control. In this follow-on study, the control group also received the intervention after 12 months. Improvements in self-reported physical activity and diet were also maintained. The programme was estimated to be an effective use of NHS resources. It indicates that tailored programmes can work beyond the trial setting. Evidence for what components of this programme were linked to its success could help design other interventions that don’t involve football.
16 October 2018

No benefit from monitoring antiepileptic drug levels in pregnancy
Regular monitoring of """)
add(id="t12-blackpool-head-lice-leaflet", group="no-red-flag", url="https://blackpoolteachinghospitals.nhs.uk/patients/patient-leaflets/CPL-091", source="Blackpool Teaching Hospitals NHS Foundation Trust, community patient leaflet CPL-091", licence=OGL,
    title="Facts of Head Lice", audience="consumer", genre="patient information", topic="head lice: detection combing and treatment", topic_kind="condition",
    W=False, reason="consumer page about a non-urgent condition (head lice); no warning signs needing urgent or prompt care expected", urgency="none", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'This should take about 15' (in the wet-combing steps); title supplied from the first heading",
    evidence=[],
    notes="head lice need no red flags; the 'Useful Contacts for Advice' list is general advice, not tied to any sign; not warranted, not present",
    text="""Facts of Head Lice.

• Head Lice are very small insects, about the size of a pinhead when fully grown. They live very close to the scalp.

• Head lice are common in young children and their families.

• They do not have anything to do with dirty hair and are picked up by head-to-head contact.

• Head Lice eggs (nits) are brown or white (empty shells) and attached to the hair.

• The majority of head lice are transferred from friends and family and not always at school.

• Regular hair care and detection combing once a week is the best way to stop head lice becoming a problem.

Points to remember.

• If you only find nits (empty eggs) and no live moving lice, then you do not have head lice.

• The best way to stop head lice is to do detection combing regularly with a detection comb.

• Never use insecticides just as prevention, or ‘just in case’.

• Do not use head lice shampoo or foams / mousses – the overnight lotions are more effective.

• Treatments are available from a pharmacist and instructions on their use should be followed according to product.

• Two treatments, 7 days apart is necessary to kill lice effectively. • Treat all people who have head lice at the same time.

Useful Contacts for Advice

• Health Visitor

• General Practitioner

• Practice Nurse

• Pharmacist

• School Nurse

How to detect and treat Head Lice (wet combing)

• Purchase a fine tooth detector comb, which are available from pharmacies and supermarkets.

1. Wash the hair well, and leave wet. Apply lots of conditioner.

2.Ensure you have good lighting – daylight is best.

3.Comb the hair through with an ordinary comb first, then using the detector comb, begin at the top of the head, making sure that the comb touches the scalp, and slowly draw the comb to the ends of the hair.

4.Wipe the teeth of the comb with kitchen roll after every stroke to check for lice.

• Repeat points 1-4 working your way around the head. This should take about 15""")
add(id="t12-holmes-chapel-primary-head-lice", group="no-red-flag", url="https://www.holmeschapelprimary.org.uk/page/head-lice-guidance/49565", source="Holmes Chapel Primary School (Cheshire East), parent information page", licence=SCHOOL,
    title="Head Lice guidance", audience="consumer", genre="screening-prevention", topic="head lice cases in schools: treatment and no exclusion", topic_kind="condition",
    W=False, reason="school notice about a non-urgent condition (head lice); red flags not expected", urgency="none", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole page text (the linked guidance is not included)",
    evidence=[],
    notes="school head-lice notice; not warranted, not present",
    text="""Head Lice guidance

There have been cases of head lice in schools in Cheshire East. The link below provides the most up to date information and links to information on treatment and control. There is no requirement for children with head lice to be excluded from school. Treatment is simple and can be done in 10 to 30 minutes with a 'nit comb' on (ideally) wet hair with conditioner, repeated every few days for 2 weeks. Medicated shampoos and sprays are only recommended if wet combing hasn't been effective.""")
add(id="t12-cuh-pain-bleeding-early-pregnancy", group="urgent", url="https://www.cuh.nhs.uk/patient-information/-pain-andor-bleeding-in-early-pregnancy-first-13-weeks/", source="Cambridge University Hospitals NHS Foundation Trust, patient information A-Z", licence=OGL,
    title="Pain and/or bleeding in early pregnancy (first 13 weeks)", audience="consumer", genre="patient information", topic="pain and bleeding in early pregnancy: sent home to await an early pregnancy unit call", topic_kind="symptom",
    W=True, reason="consumer discharge leaflet about early-pregnancy bleeding (miscarriage, ectopic pregnancy) while waiting at home; readers need to know when to return", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; site header kept; cut at 'If you are bleeding, please use sanitar' (in 'What do I do next?')",
    evidence=[],
    notes="cut excerpt: the stored text explains causes (implantation bleed, miscarriage, ectopic pregnancy) and the next-day phone call; the what-to-do section is cut before any when-to-return advice; warranted and missing as stored",
    text="""CUH Logo

Mobile menu open

Pain and/or bleeding in early pregnancy (first 13 weeks)

Patient information A-Z

We understand that having pain and/or bleeding in pregnancy makes you feel anxious. These symptoms are taken seriously and we want to provide you with appropriate care and support.

We have done a risk assessment with you, and as you are stable and at low risk for complications, you do not have to wait in the Emergency Department. We will arrange a telephone consultation for advice from our Early Pregnancy Unit (EPU/Clinic 24) specialist nurses tomorrow.

During this telephone conversation the nurse will ask you about your symptoms then will arrange appropriate follow-up appointments, if required.

This leaflet will provide you with more information before your telephone call with the specialist nurses.

Most common causes of pain and bleeding

Abdominal pain and bleeding during pregnancy is common, with 1 in 10 women experiencing some bleeding.

You might experience some light bleeding, called ‘spotting’ when the pregnancy implants into the lining of the uterus. This is known as an implantation bleed and often occurs around the time that your first period would have been due.

It can be associated with mild period-type pelvic cramping which improves with taking paracetamol. Ibuprofen should be avoided during pregnancy.

However, bleeding might also be a sign of a failing pregnancy or an ectopic pregnancy when implantation occurs outside of the cavity of the uterus (womb).

Most miscarriages happen in the first 12 weeks of pregnancy and sadly, cannot be prevented by any intervention, including an ultrasound scan. Ectopic pregnancies are much less common than a miscarriage, affecting 1 in 100 pregnancies.

We understand you would like an answer as to why you are having symptoms such as pain and bleeding. However, this is not always possible and we need time to see how your pregnancy progresses.

What do I do next?

If you are bleeding, please use sanitar""")
