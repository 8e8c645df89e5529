add(id="t3-england-nhs-thrombectomy-news", url="https://www.england.nhs.uk/2017/04/stroke-patients-in-england-set-to-receive-revolutionary-new-treatment/", source="NHS England (news)", licence=OGL,
    title="Stroke patients in England set to receive revolutionary new treatment", audience="consumer", genre="news or research report", topic="mechanical thrombectomy for stroke (service news)", topic_kind="treatment",
    W=False, reason="press release about commissioning a stroke treatment; judged by its own standard, red flags not expected", evidence=[], urgency="emergency",
    notes="hard call: the release stresses treatment within six hours of symptoms, where a FAST reminder would help readers, but it is service news (compare research news, not warranted)",
    text="""Stroke patients in England set to receive revolutionary new treatment

An estimated 8,000 stroke patients a year are set to benefit from an advanced emergency treatment which can significantly decrease the risk of long-term disability and also save millions of pounds in long term health and social care costs.

NHS England has announced that it will commission mechanical thrombectomy so it can become more widely available for patients who have certain types of acute ischaemic stroke – a severe form of the condition where a blood vessel to the brain becomes blocked, often leading to long-term disability. If used within the first six hours of symptoms beginning to show –  alongside other specialist medical treatment and care – the procedure has been shown in clinical trials to significantly improve disability free survival and quality of life by restoring blood flow and therefore limiting brain damage*.

Work by NHS England is now underway to assess the readiness of each of the 24 neuroscience centres across the country which are set to introduce the service. It is expected the treatment will start to be phased in later in this year with an estimated 1,000 patients set to benefit across the first year of introduction. NHS England will work with Health Education England and trusts to build on the expertise that is currently available in these specialised centres, developing the workforce and systems to enable an estimated 8,000 to receive this treatment in coming years.

Stroke is a devastating disease for patients and their families, and is estimated to cost the NHS around £3bn per year, with additional cost to the economy of a further £4bn in lost productivity, disability and informal care.

This is all part of NHS England’s plans to introduce world leading and innovative healthcare as set out in Next steps for the NHS Five Year Forward View.

Simon Stevens, Chief Executive of NHS England, said: “This major national upgrade to stroke services puts the NHS""")
add(id="t3-cdc-media-advisory-overdose-vitalsigns", url="https://www.cdc.gov/media/releases/2022/a0719-overdose-rates-vs.html", source="CDC (media advisory)", licence=PD,
    title="CDC Media Briefing — New Vital Signs Report – Overdose deaths show historic increase", audience="consumer", genre="news or research report", topic="overdose death statistics (media briefing)", topic_kind="other",
    W=False, reason="media advisory announcing a briefing on overdose statistics; no reader action expected", evidence=[], urgency="emergency",
    notes="trap: phone numbers and 'press *1' are briefing logistics, not help lines",
    text="""CDC Media Briefing — New Vital Signs Report – Overdose deaths show historic increase: How can we address widening disparities and save lives?

Media Advisory

Embargoed Until: Tuesday, July 19, 2022, 1:00 PM ET
Contact: Media Relations
(404) 639-3286


Against the backdrop of the COVID-19 pandemic, there was a historic 30% increase in overdose deaths in the United States from 2019 to 2020. In one year, overdose death rates increased 44% for Black people and 39% for American Indian and Alaska Native people, according to a new CDC Vital Signs report. Join us to learn more about these new findings and what can be done to prevent overdose deaths and related disparities.


Debra E. Houry, M.D., M.P.H., CDC Acting Principal Deputy Director and Director of CDC’s National Center for Injury Prevention and Control
Mbabazi Kariisa, Ph.D., M.P.H., Health Scientist, CDC’s Division of Overdose Prevention


Tuesday, July 19, at 12:00 p.m. ET



Domestic: 800-369-1177
International: 1-415-228-4841
PASSCODE: 3058660


Domestic: 888-603-9640
International: 1-415-228-4588
PASSCODE: 2620028

Important Instructions
If you would like to ask a question during the call, press *1 on your touchtone phone. Press *2 to withdraw your question.

You may queue up at any time. You will hear a tone to indicate your question is pending.

A transcript will be available following the briefing at CDC’s website:


CDC works 24/7 protecting America’s health, safety and security. Whether disease start at home or abroad, are curable or preventable, chronic or acute, or from human activity or deliberate attack, CDC responds to America’s most pressing health threats. CDC is headquartered in Atlanta and has experts located throughout the United States and the world.

Page last reviewed: July 19, 2022""")
add(id="t3-niams-psoriasis-research", url="https://www.niams.nih.gov/health-topics/psoriasis/more-info", source="NIAMS (NIH)", licence=PD,
    title="Research Progress Related to Psoriasis", audience="consumer", genre="news or research report", topic="psoriasis research", topic_kind="condition",
    W=False, reason="@news", evidence=[], urgency="none", notes="",
    text="""Research Progress Related to Psoriasis

The NIAMS supports translational and clinical research on psoriasis at universities and other organizations throughout the country. Researchers work to understand what causes psoriasis, to identify new treatment strategies, and to uncover other conditions associated with the disease. Following are some examples of the types of studies they are working on.

  • To learn more about what causes psoriasis, researchers are performing genetic analyses of people with the disease. The findings may fill some of the gaps in our understanding of how psoriasis starts, and lead to the identification of new drug targets.
  • The human microbiome, the collection of all the microbes that live in and on the human body, interacts with the immune system in complex ways. Scientists are studying the makeup of the microbiome in psoriasis patients and how it may affect psoriatic disease outcomes.
  • Other researchers are looking for ways to calm the immune system by using small molecules to block the activity of T cells or proteins that promote inflammation. These small molecules may form the basis of new medicines to treat the disease.
  • Bacteria have evolved proteins to combat human immune mechanisms. Scientists are testing the efficacy of some of these bacterial proteins in treating psoriasis-like disease in mice.
  • Most people with psoriasis develop it as adults, so the understanding of how to treat children is less developed. Scientists are applying artificial intelligence methods to identify disease patterns common to pediatric patients. This research may reveal subgroups of patients that respond better to certain therapies, enabling doctors to tailor treatments to individuals.
  • People with psoriasis have a greater risk of other diseases such as diabetes, obesity, and heart problems, and researchers are trying to find out if there are shared genetic risk factors among these diseases. This information will help doctors bett""")
add(id="t3-nhlbi-psoriasis-study-about", url="https://psoriasis.nhlbi.nih.gov/about.html", source="NHLBI (NIH) study website", licence=PD,
    title="About The Study", audience="consumer", genre="clinical-trial or research listing", topic="psoriasis and heart disease research study", topic_kind="other",
    W=False, reason="research-study recruitment page; no warning signs expected", evidence=[], urgency="none",
    notes="'Return Visit during a Flare' is study scheduling, not a red flag",
    text="""About The Study

Who runs this study?

The Section of Inflammation and Cardiometabolic Diseases within the Cardiovascular Pulmonary Branch of the National Heart, Lung and Blood Institute (NHLBI) will conduct this study.

The Principal Investigator of this study is Nehal Mehta, MD MSCE FAHA, a preventive cardiologist. He is Chief of the Section of Inflammation and Cardiometabolic Diseases at the NHLBI.

What is this study about?

In this study, our goal is to inform patients about their psoriasis, risk for heart disease and diabetes. We will follow patients over the 4 year study and provide cardiovascular care including imaging tests, blood tests and specialized studies of their metabolism.

What kind of commitment is involved?

Initial visit: If interested in participating in the study, you will be asked to come to NIH for your initial screening visit for:

  • Comprehensive cardiovascular evaluation including a history and physical by a cardiologist including tests to assess for heart disease and diabetes
  • Research blood draw and urine collection
  • Obtaining a small amount of skin and fat tissue
  • Baseline cardiovascular imaging including inflammation scans (FDG PET) and coronary scans (CCTA)

However, if you prefer not to participate in all of the study procedures, you can be evaluated at the screening visit and permitted to participate in any of the study procedures to which you consent. You will not however be followed beyond the screening visit if you choose not to participate in the imaging studies.

Return visit: The number of outpatient visits will not exceed 4 within a given year, and will be customized to the individual person if not all study procedures are completed within the first admission. Most participants will return 1 year after first their visit and then yearly thereafter.

Return Visit during a 'Flare' of Psoriasis: Visits may occur if you experience a 'flare' of your psoriasis - a certain percentage increase in the skin severity """)
add(id="t3-medlineplus-magazine-research-highlights", url="https://medlineplus.gov/magazine/issues/spring16/articles/spring16pg24-28.html", source="NIH MedlinePlus Magazine", licence=PD,
    title="10 New NIH Research Highlights", audience="consumer", genre="news or research report", topic="NIH research news (breast cancer gene test)", topic_kind="test",
    W=False, reason="@news", evidence=[], urgency="none", notes="",
    text="""Skip Navigation
NIH MedlinePlus the Magazine, Trusted Health Information from the National Institutes of Health

Feature:
NIH Research Update

10 New NIH Research Highlights

With NIH support, scientists across the United States and the world conduct wide-ranging research to improve the health of our nation. Here's a small sample of recent research accomplishments made by NIH-supported scientists.

Breast Cancer Tumor Test May Help Women Avoid Chemotherapy

A new test may help some women diagnosed with early-stage breast cancer avoid unnecessary chemotherapy treatment. The National Cancer Institute sponsored a large clinical study to determine the types of tumors that would benefit from chemotherapy.

Participants included more than 10,000 women who had recently been diagnosed with hormone-receptor positive, human epidermal growth factor receptor type 2 (HER2) negative breast cancer that had not spread to the lymph nodes. Scientists used a diagnostic gene test called the 21-gene recurrence score (Oncotype DX® Recurrence Score, Genomic Health, Inc.) to help predict the usefulness of chemotherapy and the likelihood of breast cancer recurrence.

The results: 16 percent of women had a test result indicating a very low risk for recurrence. These women did not receive chemotherapy, but did receive standard hormone therapy. Researchers followed up five years later and found that the risk for any breast cancer recurrence for these women was less than 2 percent, and the risk for a recurrence at a distant site was less than 1 percent. The overall survival rate was 98 percent. However, while the study was in 10,000 patients, these results only refer to the 16 percent with the lowest score. Researchers are still waiting for results for the randomized portion of the study. But these findings suggest that gene testing may help guide treatment choices in the future.

NIH-Supported Researchers Earn Prestigious Awards

Groundbreaking NIH-funded research often receives top scientifi""")
add(id="t3-nih-clinicaltrials-in-the-news", url="http://www.nih.gov/health/clinicaltrials/inthenews/index.htm", source="NIH (Clinical Research Trials and You)", licence=PD,
    title="In the News", audience="consumer", genre="news or research report", topic="clinical trial news listing", topic_kind="other",
    W=False, reason="listing of research news teasers; no warning signs expected", evidence=[], urgency="none", notes="listing page (teaser trap)",
    text="""In the News

Learning from Our Pets

March 11, 2024 — Studying osteosarcoma in dogs may improve treatment options for people and pets.

Clinical trial of HIV vaccine begins in United States and South Africa

September 20, 2023 — Novel vaccine includes NIH-funded technology in development since 2004.

NIH clinical trial of universal flu vaccine candidate begins

September 15, 2023 — Vaccine targets six flu strains.

Engaging People with Low-Grade Glioma in Cancer Research

August 24, 2023 — The OPTIMUM study aims to improve the care of people with low-grade glioma by learning more about the biology of the disease and engaging participants in research.

New Trials in Prostate Cancer: Could Your Patient Benefit?

August 24, 2023 — Several new clinical trials in prostate cancer have opened in recent months. Maybe one of your patients is eligible to participate?

Cerebellar post-stroke deep brain stimulation appears safe and feasible in a small trial

August 14, 2023 — Early NIH-funded trial is first step towards development of a potential stroke treatment.

New T-cell therapy shrinks solid tumors in early-phase clinical trial

July 27, 2023 — Trial results show that engineered T cells can effectively target mesothelin, a protein found on many solid tumors.

Daily statin reduces heart disease risk among adults living with HIV

July 24, 2023 — NIH-funded clinical trial finds cholesterol-lowering treatment reduced cardiovascular events by 35%.

Vorasidenib Treatment Shows Promise for Some Low-Grade Gliomas

June 27, 2023 — The investigational drug vorasidenib substantially slowed the growth of tumors in people with low-grade gliomas that had mutations in the IDH1 or IDH2 genes.

NCI’s ComboMATCH initiative will test new drug combinations guided by tumor biology

June 1, 2023 — ComboMATCH will comprise numerous phase 2 precision medicine cancer treatment trials that aim to identify promising drug combinations that can advance to larger clinical trials.""")
add(id="t3-wellington-school-ukhsa-strep-a", url="https://www.wellington.towerhamlets.sch.uk/information/safeguarding-and-child-protection/winter-health", source="Wellington Primary School, reposting UK Health Security Agency advice", licence="UKHSA text, Open Government Licence v3.0 (presumed), reposted on a school website",
    title="Winter health", audience="consumer", genre="other", topic="scarlet fever and invasive group A strep", topic_kind="condition",
    W=True, reason="parent-facing advice on a children's infection that can become invasive; when to get help is its purpose",
    evidence=["Contact NHS 111 or your GP if you suspect your child has scarlet fever, because early treatment of scarlet fever with antibiotics is important to reduce the risk of complications.", "Anyone with high fever, severe muscle aches, pain in one area of the body and unexplained vomiting or diarrhoea should call NHS 111 and seek medical help immediately."], urgency="emergency",
    notes="school website reposting government advice; the scarlet-fever advice is condition-level with the signs listed next to it; excerpt cut inside the 'Contact NHS 111 or your GP if' list",
    text="""Welcome to Our Website! Click to scroll down

Winter health

Information from the UK Health Security Agency


Health officials say parents should be aware of an infection called Strep A. Most people do not get extremely sick but the infection can cause serious illness.


What is Strep A?

Strep A is a bacteria sometimes found in the throat or on the skin. 

Many people carry it harmlessly without even knowing it, but they can spread it to others who might become ill. People can catch it through close contact with and from coughs and sneezes and the symptoms are usually mild, but it can cause scarlet fever. 


What is scarlet fever?

Scarlet fever is usually a mild illness, but is highly infectious. Look out for symptoms in your child which include a sore throat, headache and fever, along with a fine pinkish or red body rash with a sandpapery feel.  This can be more difficult to spot on darker skin, but will feel like sandpaper.

A person with scarlet fever might also have a 'strawberry tongue' where the tongue has an appearance of a strawberry.

Contact NHS 111 or your GP if you suspect your child has scarlet fever, because early treatment of scarlet fever with antibiotics is important to reduce the risk of complications.

If your child has scarlet fever, keep them at home until at least 24 hours after the start of antibiotic treatment to avoid spreading the infection to others.



Very rarely, Strep A can cause a very serious infection called invasive group A streptococcal infection (iGAS). Warning signs include:

  • fever - a high temperature above 38C

  • severe muscle aches

iGAS is very serious and the UK Health Security Agency advises 'Anyone with high fever, severe muscle aches, pain in one area of the body and unexplained vomiting or diarrhoea should call NHS 111 and seek medical help immediately.'

As a parent, if you feel that your child seems seriously unwell, you should trust your own judgement. Contact NHS 111 or your GP if:

  • your chil""")
add(id="t3-alexandra-school-scarlet-fever-letter", url="https://www.alexandra.hounslow.sch.uk/index.php/news/news-detail/public-health-scarlet-fever-strep-a", source="Alexandra Primary School (Hounslow), reposting UK Health Security Agency advice", licence="UKHSA text, Open Government Licence v3.0 (presumed), reposted on a school website",
    title="Public Health - Scarlet Fever & Strep A", audience="consumer", genre="other", topic="scarlet fever in children", topic_kind="condition",
    W=True, reason="parent-facing advice on a children's infection; when to get help is its purpose",
    evidence=["Contact NHS 111 or your GP if:", "Call 999 or go to A&E if:"], urgency="emergency", notes="school news item; bullet characters run into the text as stored",
    text="""Skip to content.

Alexandra Primary School

Alexandra Primary School
Public Health - Scarlet Fever & Strep A


We are writing to inform you of a recent national increase in notifications of scarlet fever to the UK Health Security Agency (UKHSA), above seasonal expected levels.
We would like to take this opportunity to remind you of the signs, symptoms and the actions to be taken if you think that you or your child might have scarlet fever.

Please click here for Full Information from UK Health Security Agency (UKHSA)


Contact NHS 111 or your GP if:

•your child is getting worse

•your child is feeding or eating much less than normal

•your child has had a dry nappy for 12 hours or more or shows other signs of dehydration

•your baby is under 3 months and has a temperature of 38°C, or is older than 3 months and has a temperature of 39°C or higher

•your baby feels hotter than usual when you touch their back or chest, or feels sweaty

•your child is very tired or irritable

Call 999 or go to A&E if:

•your child is having difficulty breathing – you may notice grunting noises or their tummy sucking under their ribs

•there are pauses when your child breathes

•your child’s skin, tongue or lips are blue

•your child is floppy and will not wake up or stay awake


Letter from the UK Health Security Agency

news images


View previous article   |   View next article""")
