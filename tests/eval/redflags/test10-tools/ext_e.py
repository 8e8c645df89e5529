# batch e: NIH sepsis research news, CDC NCHS statistics pages
add(id="t10-nih-2006-process-sepsis-study-news", group="no-red-flag", url="https://www.nih.gov/news-events/news-releases/new-study-aims-stop-sepsis-its-tracks", source="NIH (National Institute of General Medical Sciences), news release, 2 Oct 2006", licence=PD,
    title="New Study Aims to Stop Sepsis in its Tracks", audience="consumer", genre="news or research report", topic="research consortium on early treatment of septic shock (ProCESS)", topic_kind="other",
    W=False, reason="@news", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim (hard line breaks kept); cut at 'increase survival rate'",
    evidence=[],
    notes="research-funding news on an acute topic; describes sepsis physiology but gives readers no advice; urgency set by topic",
    text="""News Release

Monday, October 2, 2006

New Study Aims to Stop Sepsis in its Tracks

If you’ve had a heart attack or stroke, paramedics, doctors, and
nurses follow standardized protocols for what to do right away,
and their efforts improve your odds for a full recovery. That’s
not the case if you have a body-wide infection known as sepsis,
which can be fatal within a few hours and is often not diagnosed
until it is too late.

Now, a new, multicenter research consortium, called Protocolized
Care for Early Septic Shock (ProCESS), is beginning a large-scale
study to determine whether specific interventions can halt the
progression to severe sepsis and septic shock. Key to the project
is determining whether there are “golden hours” during which prompt,
rigorous, standardized care can save patients’ lives.

The project may establish the first set of standard procedures
to diagnose and treat sepsis in emergency departments.

The National Institute of General Medical Sciences (NIGMS), part
of the National Institutes of Health, launched the project this
month with a grant totaling more than $8.4 million over five years.
Derek C. Angus, M.D., M.P.H.of the University of Pittsburgh School
of Medicine, leads the consortium, which is a partnership between
physicians in emergency medicine and those in critical care medicine.

“By improving the treatment of those critically ill with sepsis,
the consortium’s work will have enormous implications for the thousands
of patients who suffer from this infection,” said NIH Director
Elias A. Zerhouni, M.D.

Every year, sepsis affects more than 700,000 Americans. About
30 percent of them die. Sepsis occurs when the body's normal reaction
to an infection goes into overdrive, causing widespread inflammation
and dramatic changes in body temperature, blood pressure, breathing,
and heart rate. It can lead to the malfunction or failure of several
major organs.

“The goal of this project is to speed recovery, increase survival
rate""")
add(id="t10-cdc-nchs-blog-nhamcs-category", group="no-red-flag", url="https://blogs.cdc.gov/nchs/category/national-hospital-ambulatory-medical-care-survey/", source="CDC National Center for Health Statistics blog, category listing", licence=PD,
    title="Category: National Hospital Ambulatory Medical Care Survey", audience="consumer", genre="statistics", topic="emergency department visit statistics (NHAMCS QuickStats and author Q&A)", topic_kind="other",
    W=False, reason="@stat", urgency="none", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut inside the fourth teaser at 'the rate of ED visits amon'",
    evidence=[],
    notes="statistics listing page (teasers on ED visits, mental-health ED visits, homeless ED visits); not warranted",
    text="""Category: National Hospital Ambulatory Medical Care Survey
Q & A from Author of Emergency Department Visits Related to Mental Health Disorders Among Adults, by Race and Hispanic Ethnicity

Q: Why did you decide to report on rates of emergency department (ED) visits for mental health disorders by race and ethnicity? ZP: As mentioned in the introduction of this report, prior research has shown that certain race/ethnicity groups are less likely to receive routine mental health care. Additionally, mental health disorders are frequently diagnosed at ED visits, Read More >
Posted on byQuickStats: Emergency Department Visit Rates by Age Group — United States, 2019–2020
The emergency department (ED) visit rate for infants aged <1 year declined by nearly one half from 123 visits per 100 infants during 2019 to 68 during 2020. The ED visit rate for children and adolescents aged 1–17 years also decreased from 43 to 29 visits per 100 persons during the same period. Decreases among Read More >
Posted on byQuickStats: Rates of Emergency Department Visits Related to Mental Health Disorders Among Adults Aged ≥18 Years, by Disorder Category — National Hospital Ambulatory Medical Care Survey, United States, 2017–2019
During 2017–2019, 52.9 ED visits per 1,000 persons were related to a diagnosed mental health disorder (MHD) in the United States per year. Approximately one half of mental health–related visits had a diagnosis of a psychoactive substance use disorder at a rate of 27.1 visits per 1,000 persons per year, followed by an anxiety, stress-related, Read More >
Posted on byQuickStats: Rate of Emergency Department (ED) Visits by Homeless Status and Geographic Region§ — National Hospital Ambulatory Medical Care Survey, United States, 2015–2018
During 2015–2018, there were annual averages of 42 ED visits per 100 total population, 42 ED visits per 100 nonhomeless persons, and 203 ED visits per 100 homeless persons. Within each region, the rate of ED visits amon""")
add(id="t10-cdc-nchs-ambulatory-care-news-2023", group="no-red-flag", url="https://cdc.gov/nchs/namcs/communication-resources/2023-newsletters.html", source="CDC National Center for Health Statistics, Ambulatory Care Monthly News (2023 editions)", licence=PD,
    title="2023 Ambulatory Care Monthly News", audience="professional", genre="statistics", topic="ambulatory and emergency-department survey newsletter (influenza testing at ED visits)", topic_kind="other",
    W=False, reason="@stat", urgency="none", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'Emergency Department Visit Rates by Adu'",
    evidence=[],
    notes="data users' newsletter (stats of the month, data tip on combining survey years); professional audience; not warranted",
    text="""Key points
- Find 2023 editions of the Ambulatory Care Monthly News.
- Learn about last year's data and product releases from the National Ambulatory Medical Care Survey (NAMCS) and the National Hospital Ambulatory Medical Care Survey (NHAMCS).
- Subscribe to the Ambulatory Care listserv.
December
Subscribe
Stats of the month
In recognition of National Influenza Vaccination Week (December 4–8), we present estimates for visits to emergency departments (ED) at which an influenza test was provided, from the 2021 National Hospital Ambulatory Medical Care Survey (NHAMCS).
- In 2021, 5.2% of all ED visits included an influenza test. Children younger than 18 were tested for influenza more frequently than adults. Children were tested at 10.2% of their ED visits whereas adults aged 18 and over were tested for influenza at 3.9% of their ED visits. (Estimates from the Public Use File– PUF.)
Data tip of the month
Did you know . . .
You can combine two or more years of NHAMCS to increase the sample size. This allows you to produce estimates with greater statistical reliability for subgroup analyses (for example, age, sex, race, and Hispanic origin).
When combining years of data, it is important to:
- Verify that the data items of interest are comparable in terms of how they were collected in each year.
- Verify that the variable names have not changed over the years.
- Divide the weighting variable PATWT by the number of years you are combining to obtain an annual average number of weighted visits using a combined file. For example, if you are combining data for 2020 and 2021, you can create a new variable called PATWT2, defined as PATWT divided by 2 (PATWT/2). Weighting the data with PATWT2 will yield the annual average estimate for 2020 and 2021. If you run data for combined years and use the original weight (PATWT), your result will reflect a 2-year visit total rather than an annual average.
New Products This Month
Upcoming release:
Emergency Department Visit Rates by Adu""")
