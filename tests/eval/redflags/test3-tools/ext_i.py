add(id="t3-tewhatuora-measles-cases-news", url="https://www.tewhatuora.govt.nz/corporate-information/news-and-updates/new-measles-cases-and-locations-of-interest-confirmed-communities-urged-to-check-for-symptoms-and-to-immunise", source="Health New Zealand | Te Whatu Ora (news release)", licence=NZ,
    title="New measles cases and locations of interest confirmed, communities urged to check for symptoms and to immunise", audience="consumer", genre="news or research report", topic="measles outbreak alert", topic_kind="condition",
    W=True, reason="public-health outbreak release whose purpose is to make exposed readers watch for symptoms and act",
    evidence=["Anyone who develops symptoms of measles at any time should stay at home and contact their healthcare provider or call Healthline on 0800 611 116 for free advice seven days a week, 24 hours a day."], urgency="emergency",
    notes="hard call: news release labelled warranted because it is an outbreak alert addressed to exposed communities (unlike research news); symptoms listed in the preceding sentence",
    text="""Health New Zealand can confirm two new measles cases in Northland today, linked to the initial case reported last Friday (25 September). This brings the total number of cases in Northland to date to six. As reported yesterday (29 September), there is also one confirmed but unrelated case of measles in the Queenstown area.
The National Public Health Service (NPHS) is also today reporting a number of new locations of interest, primarily in Queenstown and Cromwell, but also in Northland, following ongoing contact tracing efforts.
“While these cases in different parts of the country are unrelated to each other, both have links to recent international travel to countries experiencing outbreaks. So, it’s an important reminder that for anyone planning to travel overseas, please make sure you are up to date with two doses of the MMR vaccine, which provides the best protection against measles,” says Dr Sharon Sime, Public Health Medicine Specialist, NPHS.
“And with school holidays continuing this week, it’s also a good time for parents and families to double check the immunisation status of children and loved ones, and if they’re not up to date, to go and get immunised before heading back to school.”
Immunisations are free for most people in New Zealand, including anyone aged under 18, with vaccination clinics available across the motu.
For people in the Northland, Queenstown and Cromwell communities, Dr Sime says it’s particularly important to keep monitoring themselves for measles symptoms, such as a fever, cough, runny nose, sore eyes and a rash – and to check the new Locations of Interest (external link) that have been published today, in case they may have come into contact with measles cases.
Anyone who develops symptoms of measles at any time should stay at home and contact their healthcare provider or call Healthline on 0800 611 116 for free advice seven days a week, 24 hours a day.
Northland update
- The two new cases are both close contacts who ha""")
add(id="t3-army-heat-illness-news", url="https://www.army.mil/article/286206/military_efforts_preventing_severe_heat_illness_cases", source="US Army / Defense Health Agency-Public Health (news)", licence=PD,
    title="Military Efforts Preventing Severe Heat Illness Cases", audience="consumer", genre="news or research report", topic="heat illness surveillance in the military", topic_kind="condition",
    W=False, reason="surveillance news about heat-illness trends; judged by its own standard, red flags not expected", evidence=[], urgency="emergency",
    notes="hard call: heat stroke is an emergency topic, but the excerpt reports trends and prevention programmes to a service audience; compare the test2 EPA wildfire awareness post (not warranted)",
    text="""Military Efforts Preventing Severe Heat Illness Cases

By V. Hauschild, MPH, Defense Health Agency-Public HealthJune 10, 2025

Military Efforts Preventing Severe Heat Illness Cases
Heat illness was among the top five most reported medical events among U.S. active duty service members in 2024, with cases peaking in the June through July timeframe. But military experts say persistent education and increased awareness are helping catch service member heat illnesses early, which prevents the most serious conditions. (Defense Health Agency-Public Health graphic illustration by Andrew Leitzer) (Photo Credit: Andrew Leitzer) VIEW ORIGINAL

The Heat is On: A Serious Threat

Service members routinely face real-world medical readiness challenges during deployments and the outdoor training exercises that prepare troops for combat. Heat stress is one of the most common of these environmental threats. Becoming a casualty of heat stress can reduce both individual and unit-fighting strength.

Not Just Hot Days: Understanding the Risks

Heat illness was among the top five most reported medical events among U.S. active duty service members in 2024, with cases peaking in the June through July timeframe.

While many heat casualties occur when outside temperatures climb above 75 degrees Fahrenheit, heat illnesses cases in the military primarily occur during extended rigorous outdoor activities while service members are wearing uniforms and carrying equipment. As a result, heat illnesses are reported all year, even when environmental conditions represent a low-risk military heat category.

But military experts say persistent education and increased awareness are helping catch service member heat illnesses early, which prevents the most serious conditions. This has occurred even as average outdoor temperatures have been continuing to rise for the past several years.

The reduction in severe heat illness cases has been proven by Defense Health Agency-Public Health experts at Aberdeen Prov""")
add(id="t3-nhlbi-sickle-cell-media-availability-2017", url="https://www.nhlbi.nih.gov/news/press-releases/2017/media-availability-nhlbi-scientists-available-discuss-research-advances", source="NHLBI (NIH) press release", licence=PD,
    title="Media Availability: NHLBI scientists available to discuss research advances during National Sickle Cell Awareness Month in September", audience="consumer", genre="news or research report", topic="sickle cell disease research (media availability)", topic_kind="treatment",
    W=False, reason="@news", evidence=[], urgency="none", notes="",
    text="""Skip Navigation

  • PRINT  | 

Media Availability: NHLBI scientists available to discuss research advances during National Sickle Cell Awareness Month in September

For Immediate Release:
August 28, 2017

September is National Sickle Cell Awareness Month and experts from the National Heart, Lung, and Blood Institute (NHLBI) are available to discuss recent research advances and directions in sickle cell disease, a devastating genetic disease.  Among the researchers available to speak to reporters is Dr. John Tisdale, whose work on stem cell transplantation was prominently featured in the Discovery documentary First in Human, which aired in August.  

NHLBI researchers are available for interviews about the following topics:

1. Stem cell transplantation: Improving the outcome for children and adults with sickle cell disease

Stem cell transplantation—replacement of bone marrow with stem cells from a healthy, full-matched donor (usually siblings)—is becoming a growing option for people with sickle cell disease. The experimental technique has shown great promise in children with sickle cell. Today, researchers at NHLBI are working on ways to make stem cell transplants safer and more effective in adults, with encouraging results to date.  They are also exploring the use of half-matched donors, which, if effective, could expand the pool of potential donors.

WHO: Courtney Fitzhugh, M.D., investigator in the Laboratory of Early Sickle Mortality Prevention, NHLBI, NIH

John Tisdale, M.D., senior investigator in the Molecular and Clinical Hematology Section, NHLBI, NIH


Immunosuppressant shows promise for improving success of half-matched stem cell transplant

Nonmyeloablative HLA-matched sibling allogeneic hematopoietic stem cell transplantation for severe sickle cell phenotype


2. Gene therapy and gene editing: Toward the future of sickle cell disease treatments

NHLBI is leading a multi-center nationwide study to test the effects of an experimental gene """)
add(id="t3-nhlbi-sickle-cell-research", url="https://www.nhlbi.nih.gov/research/sickle-cell-disease", source="NHLBI (NIH)", licence=PD,
    title="Sickle Cell Disease Research", audience="consumer", genre="news or research report", topic="sickle cell disease research", topic_kind="condition",
    W=False, reason="research programme overview; no reader action expected", evidence=[], urgency="none",
    notes="hard call: 'pain crises' are mentioned as a trial outcome; sickle cell crises are emergencies, but this is a research page",
    text="""Sickle Cell Disease Research

The National Institutes of Health (NIH) has supported research on sickle cell disease since before the NHLBI was founded in 1948. With each decade that followed, the NHLBI has kept a sustained focus on advancing the understanding of sickle cell disease and improving clinical care. We lead and support research and programs on sickle cell disease in the United States and around the world. Research and initiatives supported by the NHLBI work to improve treatments and evidence-based clinical care for all individuals living with sickle cell disease. We are committed to building on our legacy of research excellence to find new treatments, cures, and personalized care for the approximately 100,000 Americans and over 20 million people worldwide who have sickle cell disease.

NHLBI research that really made a difference

NHLBI-funded scientists found an effective sickle cell treatment in 1995. Results from the NHLBI Multicenter Study of Hydroxyurea showed that hydroxyurea reduced the number of painful episodes by 50% in severely affected adults with sickle cell disease. Three years later, the U.S. Food and Drug Administration approved hydroxyurea to treat sickle cell disease in adults. Research into optimizing the use of hydroxyurea continued over the next decade. In 2011, results from an NHLBI-funded study called BABY HUG found hydroxyurea to be safe for young children who have sickle cell disease.

Current research funded by the NHLBI

Our Division of Blood Diseases and Resources and the Division of Intramural Research, specifically the Cellular and Molecular Therapeutics Branch and the Sickle Cell Branch, oversee much of the research on sickle cell disease that we fund.

Current research on sickle cell disease treatment

Many current studies are looking at how to use genetic therapies and blood and bone marrow transplants to discover new treatment options for patients.

  • Advances in genetics over the last decade may make effective""")
add(id="t3-government-world-ukhsa-measles-teaser", url="http://www.government-world.com/measles-outbreaks-continue-with-risk-of-holidays-causing-surge/?print=print", source="government-world.com, reposting a UK Health Security Agency news headline", licence="UKHSA text, Open Government Licence v3.0 (presumed), reposted by an aggregator",
    title="Measles outbreaks continue with risk of holidays causing surge", audience="consumer", genre="news or research report", topic="measles outbreak news", topic_kind="condition",
    W=False, reason="two-line news teaser; no content in which red flags could be expected", evidence=[], urgency="emergency",
    notes="teaser trap (headline plus one sentence)",
    text="""Measles outbreaks continue with risk of holidays causing surge

Latest UKHSA data shows outbreaks continuing, with 109 cases confirmed in April and 86 so far in May.""")
