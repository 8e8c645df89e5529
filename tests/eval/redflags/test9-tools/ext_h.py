# batch h: corneal abrasion leaflet (Moorfields, repost), NIMH suicide-prevention feature, NIMH RFI notice
add(id="t9-moorfields-corneal-abrasion-ae-leaflet", group="urgent", url="https://deploy.abcdocz.com/doc/137166/corneal-abrasion-aandamp%3Be-patient-information-leaflet", source="Moorfields Eye Hospital NHS Foundation Trust, A&E patient information leaflet (2013), reposted on abcdocz.com", licence=OGLNHS.replace("NHS website content", "NHS trust leaflet"),
    title="Corneal abrasion: A&E patient information leaflet", audience="consumer", genre="patient information", topic="corneal abrasion (eye injury), A&E aftercare", topic_kind="condition",
    W=True, reason="@acute", urgency="same-day",
    retrieved="search tool excerpt (pages corpus) stored verbatim; the leaflet text as extracted from the PDF, cut in the review line at the very end ('Review d')",
    evidence=["If your eye becomes increasingly red or\npainful after treatment or your sight\nbecomes more blurred, you should see an\neye doctor again or contact the hospital."],
    notes="nearly complete leaflet (two-column PDF text run together); worsening redness, pain or blurred sight tied to seeing an eye doctor or contacting the hospital (A&E out of hours)",
    text="""Corneal abrasion A&E patient information leaflet

A&E patient information leaflet
Corneal abrasion
A corneal abrasion is a scratch on the
clear part of the front of your eye.
Abrasions are very painful because there
are many nerves that supply the cornea.
The pain gets better as your eye heals,
but this can take between 24 and 48
hours. If the abrasion involves the central
part of your cornea, your vision could also
be temporarily affected. Apart from the
pain, your eye might be watery, red and
sensitive to light.
Treatment
 If you are given an eye pad, you will
need to keep it on for between 12
and 24 hours; if you find this
uncomfortable, the pad can be
removed and sunglasses can be
used
 You may take ordinary pain killers,
such as paracetamol, to help with
the pain
 Avoid rubbing or touching your eye
 If you wear contact lenses, please
do not use them until your eye is
completely healed; you need to see
your contact lens practitioner after
Moorfields Eye Hospital NHS Foundation Trust
City Road, London EC1V 2PD
Phone: 020 7253 3411
www.moorfields.nhs.uk
finishing your treatment before
wearing your contact lenses again
 If you are asked to use drops or
ointments, please follow these
steps:
o Lie down, or lean your head
back, and look up
o Use a clean finger to gently
pull down your lower eyelid to
create a pocket
o If you are using eye drops,
gently squeeze them into the
pocket you have created, not
directly onto your eye
o If you are using ointment,
apply a small strip into the
pocket
o Blink to spread the medication
over your eye
If your eye becomes increasingly red or
painful after treatment or your sight
becomes more blurred, you should see an
eye doctor again or contact the hospital.
Our nurse-led helpline is open during
office hours on weekdays. After hours
and at weekends, please contact our
accident and emergency department via
the main switchboard on 020 7253 3411.
Author: Dr Claire Daniel
Revision number: 2
th
Approved 28 June 2013
Review d""")
add(id="t9-nimh-saving-lives-science-of-suicide-prevention", group="no-red-flag", url="https://www.nimh.nih.gov/news/science-news/2023/saving-lives-through-the-science-of-suicide-prevention", source="National Institute of Mental Health (NIH), science news feature (75th anniversary)", licence=PD,
    title="Saving Lives Through the Science of Suicide Prevention", audience="consumer", genre="news or research report", topic="suicide risk screening research", topic_kind="other",
    W=False, reason="@news", urgency="emergency",
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at the start of 'Addressing urgent needs' ('visit')",
    evidence=[],
    notes="hard call: research feature about suicide screening; research news is not warranted by convention, although suicide-topic pages from the same publisher usually carry a crisis-line box (not in the excerpt); urgency follows the topic",
    text="""Skip to main content

Transforming the understanding
and treatment of mental illnesses.

Celebrating 75 Years! Learn More >>

Saving Lives Through the Science of Suicide Prevention

Feature Story75th Anniversary

At a Glance

  • Suicide is among the leading causes of death in the United States. 
  • Recognizing the urgency of this issue, NIMH has invested in large-scale research efforts to improve suicide risk screening, assessment, and intervention.
  • NIMH-supported research showed that universal suicide risk screening paired with follow-up interventions can reduce suicide risk.
  • Intramural researchers at NIMH have developed a suicide risk screening toolkit to support screening in health care settings.
  • Research continues to build on these advances, translating science into clinical practice.

If you asked people about the most common causes of death in the United States, they’d likely mention conditions like heart disease, stroke, or diabetes. And they’d be right. But there's another leading cause that often goes unmentioned: suicide. This stark reality is reflected in the data: In 2020, suicide was among the top four causes of death among people ages 10 to 44, and the 12th leading cause of death overall in the United States.

The issue has never been more urgent.

“No one should die by suicide,” said Joshua A. Gordon, M.D., Ph.D., Director of the National Institute of Mental Health (NIMH). “We can’t afford to wait—which is why NIMH is investing in research to identify practical, hands-on tools and approaches that can help us prevent suicide now.”

NIMH has made suicide prevention a priority, spurring large-scale research efforts to improve screening, risk assessment, and intervention. As a result, evidence-based strategies are now being implemented in health care settings across the country as a core component of the suicide prevention toolkit.

Addressing urgent needs

In the spring of 2006, Lisa Horowitz, Ph.D., M.P.H., visit""")
add(id="t9-nimh-rfi-suicide-prevention-emergency-departments", group="no-red-flag", url="https://grants.nih.gov/grants/guide/notice-files/NOT-MH-08-013.html", source="NIH Guide for Grants and Contracts, NIMH notice NOT-MH-08-013", licence=PD,
    title="Request for Information (RFI): Input on Public Mental Health Research Questions for NIMH's interest in Suicide Prevention Efforts in Emergency Medicine Departments", audience="professional", genre="other", topic="research-policy notice on suicide prevention in emergency departments", topic_kind="other",
    W=False, reason="@policy", urgency="none",
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in the background section",
    evidence=[], notes="funding/policy notice addressed to researchers; no reader advice expected",
    text="""Request for Information (RFI): Input on Public Mental Health Research Questions for NIMH’s interest in Suicide Prevention Efforts in Emergency Medicine Departments

Notice Number: NOT-MH-08-013

Key Dates
Release Date: June 16, 2008
Response Date: July 25, 2008

Issued by
National Institute of Mental Health (NIMH) (

The National Institute of Mental Health (NIMH) is seeking input on strategies to enhance suicide prevention efforts within emergency medicine department (ED) settings, where many individuals at high risk for suicide are seen. Advice on identifying the most important mental health research questions is sought from the emergency medicine and clinical research communities, mental health professionals, suicide prevention and patient advocates, individuals who have survived a suicide attempt, private and public mental health service systems and providers, the pharmaceutical and biotechnology industry, and other interested groups or individuals.


Research that will reduce the burden of suicidality (deaths, attempts, and ideation) continues to be a major focus of the NIMH. While there have been substantial strides in our understanding of suicide risk factors, and initial progress in reducing suicidal behaviors per se, the development and implementation of practical screening tools and procedures and practical interventions are critically needed. Emergency medicine departments (EDs) are seeing increasing numbers of individuals who have attempted suicide (Larkin et al, 2005). Despite this increase in demand, there exist no empirically-based practices for screening, further evaluation of high-risk individuals, or for appropriate referrals for follow-up care. The National Strategy for Suicide Prevention ( identified the ED setting as an opportune site to increase the proportion of suicidal patients who could receive adequate follow-up as a way to prevent suicide (see Objective 7.1). In conjunction, community providers also need practical and effective strategie""")
