# batch f: no-red-flag genres (insurance blog, trial registry sign-up, archived trial newsletter, UK funding press release, NZ statistics, lifestyle, research news)
add(id="t6-healthcare-gov-blog-medicaid-chip-any-time", group="no-red-flag", url="https://www.healthcare.gov/blog/get-medicaid-chip-health-care-any-time/", source="HealthCare.gov (US Centers for Medicare & Medicaid Services), blog", licence=PD,
    title="Enroll in Medicaid & the Children’s Health Insurance Program (CHIP) any time", audience="consumer", genre="other", topic="insurance: enrolling in Medicaid and CHIP", topic_kind="other",
    W=False, reason="@policy", evidence=[], urgency="none", notes="insurance/enrolment page; pregnant women named as an eligibility group only",
    text="""Enroll in Medicaid & the Children’s Health Insurance Program (CHIP) any time

Published on May 11, 2017

and the
Children’s Health Insurance Program (CHIP)
provide free or low-cost health coverage to millions of Americans. If you qualify for these programs, your coverage can start right away, any time of year.
Image: {Father and son enroll in Medicaid & CHIP outside Open Enrollment}Image: {Father and son enroll in Medicaid & CHIP outside Open Enrollment}

Who qualifies?

  • In all states, Medicaid and CHIP provide health coverage for eligible children, parents, pregnant women, elderly people with certain incomes, and people with disabilities.
  • Many states have expanded their Medicaid programs to cover all adults below a certain income level.
  • To see if you qualify, enter your household income and size, and we’ll tell you if expanded Medicaid coverage for people in your income range is available in your state.
  • Children in families with income too high to qualify for Medicaid may still be eligible to enroll in CHIP.

How can I apply?

  • You can apply through the Marketplace or directly with your state Medicaid or CHIP agency. Choose your state for your Medicaid agency’s contact information.
  • When you fill out an application through the Health Insurance Marketplace®, if it looks like anyone in your household qualifies for Medicaid or CHIP, we’ll send your information to your state agency. They’ll contact you about enrollment.

Get more information""")
add(id="t6-nih-cc-healthy-volunteer-registry-signup", group="no-red-flag", url="https://www2.cc.nih.gov/hvsignup/", source="NIH Clinical Center, healthy volunteer registry", licence=PD,
    title="Healthy volunteer registry sign-up", audience="consumer", genre="clinical-trial or research listing", topic="joining a registry of healthy research volunteers (compensation, privacy)", topic_kind="other",
    W=False, reason="@trial", evidence=[], urgency="none", notes="",
    text="""A healthy research volunteer is a person with no known significant health problems who participates in a clinical research study to test a new drug, device, or intervention.

Research with healthy volunteers is designed to develop new knowledge, not to provide medical benefit to the healthy volunteer.

The purpose of the healthy volunteer registry is to match potential research volunteers with current or upcoming clinical research studies at the NIH Clinical Center.

Joining the healthy volunteer registry is free of cost and you can cancel your registration at any time.

To join the healthy volunteer registry, you will be asked to provide basic information including:

  • your contact details
  • your characteristics and health
  • permission for us to share your information with the clinical research study teams.

If you are a potential match for a study's requirements, the clinical research study team may contact you.

The NIH may compensate healthy research volunteers for their time and, in some instances, for the inconvenience of a procedure. You can inquire about the compensation rates when you are contacted by the clinical research study team.

The NIH reports compensation of $600 or more to the Internal Revenue Service and sends Form 1099-Other Income to healthy research volunteer at the end of the year.

Under U.S. law, compensation may be garnished by the U.S. Treasury if the research volunteer has outstanding debts to the federal government.

The NIH does not know if a research volunteer has an outstanding debt to the government and is not told when the U.S. Treasury garnishes compensation. The U.S. Treasury will notify the research volunteer directly in this instance.

After reading this information, you acknowledge and understand, NIH Privacy Notice and are willing to sign up for the registry?

By signing up, I agree to have my information included in a registry of individuals interested in being contacted about future research studies. I understan""")
add(id="t6-unt-archive-nih-cc-participating-newsletter", group="no-red-flag", url="https://webarchive.library.unt.edu/eot2008/20090130201002/http://www.cc.nih.gov/participate/healthyvolunteers.shtml", source="NIH Clinical Center newsletter 'Participating in NIH Research' (archived by the UNT End of Term web archive)", licence=PD,
    title="Participating in NIH Research, Volume 3, Issue 2", audience="consumer", genre="clinical-trial or research listing", topic="studies recruiting volunteers (children's allergies, blood counts, child obesity)", topic_kind="other",
    W=False, reason="@trial", evidence=[], urgency="none", notes="recruitment newsletter; conditions named as study topics only",
    text="""Skip to main content
NIH Clinical Center
  Home | Contact Us | Site Map | Search
About the Clinical Center
For Researchers and Physicians
Participate in Clinical Studies

Participating in NIH Research
Volume 3, Issue 2 Are you ready to save the world again?

Hello current and future volunteers! We hope the “Participating in NIH Research” newsletter will be interesting and helpful for all of you. This publication provides insight into the exciting world of the National Institutes of Health (NIH), offers lots of good medical information, and also profiles some of the NIH studies that are currently enrolling patients.

The “Participating in NIH Research” newsletter includes information about both healthy volunteer and patient studies. No matter if you have a pre-existing health condition or if you are interested in becoming a healthy volunteer, this newsletter is for you!

Healthy Volunteers Needed!

Children and Allergies
Study number: 05-I-0084
Does your child have allergies? Physicians at the National Institute of Allergy and Infectious Diseases (NIAID) are conducting a research study to learn more about allergies. This study will evaluate children with different allergies in order to learn more about their diseases and to gain information that may be useful in developing new treatments. Standard care for allergic diseases will be provided at no cost to the patient.

Healthy Volunteers Needed!

Blood Count Study
Study number: 03-DK-0168
Your blood may tell us a story! It may tell us a real story! At NIH, we want to know why people have different blood counts. Please call us if you are a healthy adult and are of an African-American, African-Caribbean, or African ancestry and would like to participate in a blood count study.

Healthy Volunteers Needed!

Child and Teenage Obesity
Study numbers: 00-CH-0134 and 98-CH-0111
Physicians at NIH are looking for obese children and adolescents for a weight loss study. The study is testing how effective the followi""")
add(id="t6-gov-uk-news-1bn-upgrade-nhs-services-2018", group="no-red-flag", url="https://www.gov.uk/government/news/1-billion-of-funding-to-upgrade-nhs-services-in-england?utm_source=e77e2c92-03ec-4911-a2c9-6b62d51252d9&utm_medium=email&utm_campaign=govuk-notifications&utm_content=immediate", source="GOV.UK (Department of Health and Social Care), news story", licence=OGL,
    title="£1 billion of funding to upgrade NHS services in England", audience="consumer", genre="news or research report", topic="capital funding for NHS facilities (policy announcement)", topic_kind="other",
    W=False, reason="@policy", evidence=[], urgency="none", notes="",
    text="""News story

£1 billion of funding to upgrade NHS services in England

A total of 75 projects will receive money to upgrade facilities and treat more patients, including mental health and new integrated care services in the community.

A female ward administrator looking at files.

The Health and Social Care Secretary Matt Hancock has announced £963 million of extra funding for health facilities across England.

Stopping sending money to the EU after EU Exit means we can invest more in domestic priorities including our NHS.

A total of 75 projects will receive funding to upgrade facilities so that more people can be treated and more can be done to prevent ill-health in the first place.

Projects that will receive a share of the funding include:

  • a new emergency department in Walsall
  • a multimillion-pound eye care facility in London
  • a major expansion of mental health services in Newcastle, Gateshead and Liverpool

Almost £800 million of the funding will go to projects outside London in order to improve access to care across the country.

The investment comes ahead of the launch of the government’s long-term plan for the NHS. The long-term plan is the biggest ever funding increase for the NHS and will see its budget increase by £20.5 billion every year by 2023 to 2024.

Health and Social Care Secretary Matt Hancock said:

We want even more patients to receive world-class care in world-class NHS facilities and this near billion-pound boost – one of the most substantial capital funding commitments ever made – means that the NHS can do just that for years to come.

This will not only support dedicated staff through the redevelopment and modernisation of buildings, but it will allow additional services to launch for the first time, improving patients’ access to care in their local area as part of our long-term plan for the NHS.

Published 7 December 2018
Last updated 17 December 2018 + show all updates
  1. Added list of projects to receive fu""")
add(id="t6-nz-moh-hospital-discharges-2016-17", group="no-red-flag", url="https://www.health.govt.nz/publication/publicly-funded-hospital-discharges-1-july-2016-30-june-2017", source="Ministry of Health (New Zealand), publications", licence=CCBYNZ,
    title="Publicly funded hospital discharges – 1 July 2016 to 30 June 2017", audience="professional", genre="statistics", topic="hospital discharge statistics", topic_kind="other",
    W=False, reason="@stat", evidence=[], urgency="none", notes="",
    text="""Publicly funded hospital discharges – 1 July 2016 to 30 June 2017

Published online: 
02 October 2019

Summary

These tables contain summarised data showing publicly funded hospital discharges and procedures by DHB, ethnic group, sex, age group and disease/procedure classification. The data is provided in multiple formats:

  • Static tables: Formatted tables so you can view national data easily and read the key findings.
  • Pivot tables: Flexible tables that you can filter, manipulate and transform to do further analyses. DHB breakdowns are available in this format.
  • Data tables: Zip file package containing text files of the underlying data used in the pivot and static tables and a data dictionary.

The ‘Help’ sheet in the pivot tables file includes help on:

  • how to choose the right file to use
  • the differences between discharges, discharges involving injury, and procedures
  • how to find the right clinical or procedure codes
  • how to get the number of hospital discharges associated with a condition
  • how to get the number of people on which a particular procedure was performed.

Key findings                                                  

Publicly funded hospital discharges in 2016/17 

  • Over 1.2 million publicly funded hospital discharges were reported during 2016/17.
  • The age-standardised rate for 2016/17 was 226 hospitalisations per 1000 people, 10% higher than that for 2007/08.
  • 1 in 3 hospitalisations in 2016/17 were for people aged 65 years and over.
  • For both males and females, hospitalisation rates were highest in the 85+ years age group.
  • Females had a higher overall age-standardised rate, and higher age-specific rates during child-bearing years, compared with males.
  • Rates for both males and females increased slightly from 2007/08 and have remained steady from 2011/12.
  • For every 100 hospital discharges in 2016/17, 16 were Māor""")
add(id="t6-unt-archive-healthfinder-physical-activity", group="no-red-flag", url="https://webarchive.library.unt.edu/eot2008/20081005014301/http://www.healthfinder.gov/prevention/viewTopic.aspx?TopicID=22", source="healthfinder.gov (US Office of Disease Prevention and Health Promotion), archived by the UNT End of Term web archive", licence=PD,
    title="Get Active (healthfinder.gov prevention topic, 2008)", audience="consumer", genre="screening-prevention", topic="physical activity for adults", topic_kind="prevention",
    W=False, reason="@life", evidence=[], urgency="none", notes="",
    text="""Adults should aim for 30 minutes of moderate physical activity 5 days per week or 20 minutes of vigorous activity 3 days per week.
People of all ages benefit from physical activity. It doesn’t matter how out-of-shape you feel or how long you have been inactive.
First, think about your physical activity goals. It may help to write them down.
Start Today: Small Steps
  • Walk the dog – or just walk around your neighborhood.
  • Exercise while you are watching TV tonight.
  • Make an exercise plan for next week – and write it on your calendar.
  • Assess your physical activity with this online tool.
  • Park at the end of the parking lot instead of close to the store or office.
  • Buy a pedometer. Learn how to use it.

Learn how getting more active can help reduce your risk of heart disease; overweight and obesity; osteoporosis; and colorectal cancer.

""")
add(id="t6-nih-irp-in-the-news-page26", group="no-red-flag", url="https://irp.nih.gov/news-and-events/in-the-news?page=26", source="NIH Intramural Research Program, In the News", licence=PD,
    title="In the News (NIH IRP news, page 26)", audience="consumer", genre="news or research report", topic="research news: cooking and mental health; caffeine in pregnancy and birth size", topic_kind="other",
    W=False, reason="@news", evidence=[], urgency="none", notes="trap: pregnancy and mental health named as study topics; the first item is a magazine story quoted on an NIH page",
    text="""In the News

Research advances from the National Institutes of Health (NIH) Intramural Research Program (IRP) often make headlines. Read the news releases that describe our most recent findings:

Featured Article

Yes, Cooking Can Help Improve Your Mental Health — Here’s What Health Professionals Have to Say About It

Food & Wine
November 7, 2024

The act of cooking offers the chance to unwind and create something special, whether you’re planning to feed a crowd or just yourself. And while you may have noticed feeling good after whipping up that perfect pie or braise, there’s actually a lot of scientific data to suggest that cooking can have a positive impact on mental health. 

One meta-analysis (a report of pre-existing research) from the National Institutes of Health looked at 11 studies and found that “cooking interventions” — encouraging people to follow certain recipes or giving people cooking classes — can improve a person’s mental well-being. It specifically found that people who participated in cooking interventions reported having better self-esteem and quality of life, as well as a more positive emotional state after the fact. Another study even discovered that baking can help raise a person’s confidence level. 

Moderate daily caffeine intake during pregnancy may lead to smaller birth size

Pregnant women who consumed the caffeine equivalent of as little as half a cup of coffee a day on average had slightly smaller babies than pregnant women who did not consume caffeinated beverages, according to a study by researchers at the National Institutes of Health. The researchers found corresponding reductions in size and lean body mass for infants whose mothers consumed below the 200 milligrams of caffeine per day — about two cups of coffee — believed to increase risks to the fetus. Smaller birth size can place infants at higher risk of obesity, heart disease and diabetes later in life.

The researchers were led by Katherine L. Grantz,""")
