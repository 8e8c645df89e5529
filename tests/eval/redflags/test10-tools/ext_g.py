# batch g: ClinicalTrials.gov records (reposts), DH school adrenaline auto-injector guidance (repost)
add(id="t10-ctgov-nct00353184-montelukast-acute-asthma", group="no-red-flag", url="https://trials.co/clinical-trials-details/montelukast-added-to-standard-therapy-for-acute-asthma-in-children-age-6-14-years/NCT00353184", source="ClinicalTrials.gov record NCT00353184 (US NLM), reposted by trials.co", licence=PDREPOST,
    title="Montelukast Added to Standard Therapy for Acute Asthma in Children Age 6-14 Years", audience="professional", genre="clinical-trial or research listing", topic="trial of montelukast for acute asthma in the emergency department", topic_kind="treatment",
    W=False, reason="@trial", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the whole short repost (title, eligibility, site)",
    evidence=[],
    notes="trial listing on an acute topic; not warranted; urgency set by topic (acute asthma)",
    text="""Montelukast Added to Standard Therapy for Acute Asthma in Children Age 6-14 Years
Asthma
About this trial
This is an interventional treatment trial for Asthma focused on measuring Acute, Asthma, Child, Pediatric, Emergency, Oral, Montelukast, Forced Expiratory Volume in One Second, FEV1
Eligibility Criteria
Inclusion Criteria: Seeking care in ED for acute asthma exacerbation Age 6-14 years inclusive Initial FEV1 = 40-70% predicted (defined as moderate severity) Consent to participate in study Exclusion Criteria: Severe exacerbation requiring immediate therapy as determined by treating clinician Pregnancy by history Cystic Fibrosis by history Tuberculosis Gastroesophageal reflux disease requiring medications Acute or chronic liver disease Bronchopulmonary dysplasia Premature <34 weeks gestational age by history Having used leukotriene-modifying medication within 48 hours Having used theophylline within four weeks Unable to perform FEV1
Sites / Locations
- St. Louis Children's Hospital""")
add(id="t10-ctgov-nct03962894-ems-steroids-pediatric-asthma", group="no-red-flag", url="https://inclinicaltrials.com/asthma-in-children/NCT03962894/details", source="ClinicalTrials.gov record NCT03962894 (US NLM), reposted by inclinicaltrials.com", licence=PDREPOST,
    title="Clinical Trial Details — NCT03962894 (EMS corticosteroids for pediatric asthma)", audience="professional", genre="clinical-trial or research listing", topic="study of ambulance-given corticosteroids for children's asthma attacks", topic_kind="treatment",
    W=False, reason="@trial", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'Accepts he' in the recruitment section",
    evidence=[],
    notes="trial listing; mentions 911 EMS only as the study setting; not warranted; urgency set by topic",
    text="""Clinical Trials Logo

Clinical Trial Details — Status: Active, not recruiting

Administrative data

NCT number NCT03962894
Other study ID # IRB201901351 -N-A
Secondary ID 1K23HL149991-01
Status Active, not recruiting
Phase Phase 4
First received
Last updated
Start date April 1, 2019
Est. completion date December 31, 2024

Study information

Verified date January 2024
Source University of Florida
Contact n/a
Is FDA regulated No
Health authority
Study type Interventional

Clinical Trial Summary

Asthma is the most common chronic disease of childhood and is a leading cause of emergency medical treatment. For children experiencing an asthma exacerbation, emergency department (ED) guidelines recommend early systemic corticosteroid (CS) administration, since studies have shown associated, time-sensitive, decreases in hospital admissions and ED length-of-stay (LOS). For patients who are treated by 911 emergency medical services (EMS) first, there exists an opportunity for even earlier administration of CS, prior to ED arrival. Yet, preliminary data demonstrate that currently less than 10% of EMS pediatric asthma patients receive CS prior to ED arrival. Given the known time-sensitivity of CS' effects on patient outcomes, the investigators hypothesize that even earlier EMS administration of CS will decrease hospital admissions, ED LOS, and intensive care unit admissions for pediatric patients with an acute asthma exacerbation. Using a pragmatic observation stepped wedge design in multiple EMS agencies, we will enroll patients over a three-year period to analyze clinical outcomes and comparative costs of EMS CS administration, and how both are influenced by EMS transport time. That novel combination of analyses will help build evidence-based guidelines adaptable for diverse EMS agencies nationwide.


Recruitment information / eligibility

Status Active, not recruiting
Enrollment 1464
Est. completion date December 31, 2024
Est. primary completion date May 31, 2024
Accepts he""")
add(id="t10-dh-aai-schools-guidance-repost", group="urgent", url="http://healthdocbox.com/Allergies/67388551-Guidance-on-the-use-of-adrenaline-auto-injectors-in-schools.html", source="UK Department of Health, 'Guidance on the use of adrenaline auto-injectors in schools' (2017), reposted on a document-sharing site", licence="Open Government Licence v3.0 (stated in the document; Crown copyright 2017), reposted by a third party",
    title="Guidance on the use of adrenaline auto-injectors in schools", audience="consumer", genre="screening-prevention", topic="allergic reactions and anaphylaxis in pupils; spare adrenaline auto-injectors in schools", topic_kind="condition",
    W=True, reason="school guidance on recognising and managing anaphylaxis; staff and parents need the signs that mean giving adrenaline and calling 999", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim (document-site transcription with page numbers); cut at 'Difficulty sw' in the anaphylaxis sign list, before its action box",
    evidence=[],
    notes="hard call: the mild-moderate reaction box gives only first-aid actions ('call for help if necessary', antihistamine, phone parent) - not evidence; the anaphylaxis action box (AAI, 999) is beyond the cut; missing because of the cut (partial). Audience: schools and parents (guidance document)",
    text="""Guidance on the use of adrenaline auto-injectors in schools

Size: px
Start display at page:

Download "Guidance on the use of adrenaline auto-injectors in schools"

Transcription

1 Guidance on the use of adrenaline auto-injectors in schools

2 Title: Guidance on the use of adrenaline auto-injectors in schools Author: Dementia and Disabilities Team Social Care, Ageing and Disability Directorate cc18277 Document purpose: Guidance Publication date: 15 September 2017 Target audience: Schools, School Governors, Parents and Young People Contact details: Kathryn Flynn Dementia and Disabilities Team Social Care, Ageing and Disability Directorate Room 2E56, Department of Health, Quarry House, Quarry Hill, Leeds LS2 7UE You may re-use the text of this document (not including logos) free of charge in any format or medium, under the terms of the Open Government Licence. To view this licence, visit Crown copyright 2017 Published to gov.uk, in PDF format only.

3 Contents Recognition and management of an allergic reaction/anaphylaxis 1 Executive summary 3 1. About this guidance 5 2. Introduction 7 3. Arrangements for the supply, storage, care and disposal of AAIs Children to whom a spare AAI can be administered Responding to the symptoms of an allergic reaction Staff Useful Links 23 ANNEX: Letter template to Pharmacy to obtain an AAI 25

4 Recognition and management of an allergic reaction/anaphylaxis 1 Recognition and management of an allergic reaction/anaphylaxis Signs and symptoms include: Mild-moderate allergic reaction: Swollen lips, face or eyes Abdominal pain or vomiting Itchy/tingling mouth Sudden change in Hives or itchy skin rash behaviour ACTION: Stay with the child, call for help if necessary Locate adrenaline autoinjector(s) Give antihistamine according to the child s allergy treatment plan Phone parent/emergency contact Watch for signs of ANAPHYLAXIS (life-threatening allergic reaction): Airway: Breathing: Consciousness: Persistent cough Hoarse voice Difficulty sw""")
