# batch i: NHS England cancer news listing, NCI leukaemia booklet (symptoms page archived; intro page)
add(id="t11-nhse-cancer-news-page9", group="no-red-flag", url="https://england.nhs.uk/cancer/news/page/9", source="NHS England, cancer news listing (page 9)", licence=OGL,
    title="Cancer news (NHS England), page 9", audience="consumer", genre="news or research report", topic="NHS cancer service and drug news (Ukrainian children, standards consultation, sotorasib, fear-of-cancer campaign, womb cancer drug)", topic_kind="treatment",
    W=False, reason="@policy", urgency="none", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in the womb-cancer teaser at 'offered this'",
    evidence=[],
    notes="news teasers with promotional drug language ('revolutionary targeted drug', 'death star', 'proven during trials'); one teaser announces a cancer-fear campaign without symptoms or advice; not warranted (news listing), not present",
    text="""
Ukrainian refugee children to begin lifesaving NHS cancer care

The 21 Ukrainian children who were evacuated to England, are now all under the care of NHS specialist hospital services and are starting their package of cancer treatment. Following their arrival on Sunday night, all children have received health assessments from NHS staff and have now been triaged to seven hospitals across England, getting the […]

Read more

NHS seeks views on proposed new standards for cancer

The NHS is today launching a consultation on proposed new standards that will help diagnose more cancers earlier and save more lives. Developed with clinical leaders, the proposals – supported by NHS staff as well as patient groups and cancer charities – aim to simplify and update cancer standards, based on the recommendations of the […]

Read more

Hundreds of patients to benefit from revolutionary lung cancer drug on the NHS

A revolutionary targeted drug for lung cancer will be made available to anyone who is eligible, thanks to a new drug deal, the head of the NHS announced today. Sotorasib targets a genetic mutation, dubbed the ‘death star’, by medics and scientists, and has been proven during trials to prevent lung cancer from growing for […]

Read more

NHS Chief launches new campaign to combat the fear of Cancer

A new campaign taking a radically different approach to detecting cancer early for patients, when it is easier to treat, has been announced today by NHS chief executive Amanda Pritchard. Running across TV, radio, and social media from tomorrow, the campaign is the first to focus on tackling the fear of cancer rather than specific […]

Read more

New life-extending drug for advanced womb cancer to be rolled out on the NHS

A 30-minute treatment, the first of its kind for advanced womb cancer, is being rolled out for women across England, the NHS announced today. Around 100 women with advanced and often incurable endometrial cancer every year will be offered this""")
add(id="t11-nci-wyntk-leukemia-symptoms-2008", group="urgent", url="https://webarchive.library.unt.edu/eot2008/20090201131055/http://www.cancer.gov/cancertopics/wyntk/leukemia/page5", source="National Cancer Institute, What You Need To Know About Leukemia, Symptoms page (End of Term 2008 web archive, UNT)", licence=PD,
    title="What You Need To Know About™ Leukemia: Symptoms", audience="consumer", genre="patient information", topic="symptoms of leukaemia", topic_kind="symptom",
    W=True, reason="@canc", urgency="prompt", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim from the archived page (site navigation kept); cut in the symptom list after 'Fevers or night sweats'",
    evidence=[],
    notes="consumer cancer page listing possible signs; the booklet's usual 'see your doctor' line would follow the list, which is cut after two items; 'People with acute leukemia usually go to their doctor because they feel sick' is description, not advice; warranted and missing (cut) - the round-7 pattern",
    text="""National Cancer Institute
U.S. National Institutes of Health | www.cancer.gov

NCI Home
Cancer Topics
Clinical Trials
Cancer Statistics
Research & Funding
News
About NCI

What You Need To Know About™

Leukemia

    Posted: 11/25/2008



About This Booklet






What Is Leukemia?






Types of Leukemia






Risk Factors






Symptoms






Diagnosis






Treatment






Second Opinion






Supportive Care






Nutrition and Physical Activity






Follow-up Care






Sources of Support






Taking Part in Cancer Research






National Cancer Institute Information Resources






National Cancer Institute Publications



Page Options
Print This Page
Print This Document
View Entire Document
E-Mail This Document
View/Print PDF
Quick Links
Director's Corner

Dictionary of Cancer Terms

NCI Drug Dictionary

Funding Opportunities

NCI Publications

Advisory Boards and Groups

Science Serving People

Español
Quit Smoking Today
NCI Highlights
Report to Nation Finds Declines in Cancer Incidence, Death Rates

High Dose Chemotherapy Prolongs Survival for Leukemia

Prostate Cancer Study Shows No Benefit for Selenium, Vitamin E

The Nation's Investment in Cancer Research FY 2009

Past Highlights
Symptoms

Like all blood cells, leukemia cells travel through the body. The symptoms of leukemia depend on the number of leukemia cells and where these cells collect in the body.

People with chronic leukemia may not have symptoms. The doctor may find the disease during a routine blood test.

People with acute leukemia usually go to their doctor because they feel sick. If the brain is affected, they may have headaches, vomiting, confusion, loss of muscle control, or seizures. Leukemia also can affect other parts of the body such as the digestive tract, kidneys, lungs, heart, or testes.

Common symptoms of chronic or acute leukemia may include:

  • Swollen lymph nodes that usually don't hurt (especially lymph nodes in the neck or armpit)

  • Fevers or night sweats

  """)
add(id="t11-nci-wyntk-leukemia-about-booklet-2013", group="no-red-flag", url="http://www.cancer.gov/cancertopics/wyntk/leukemia/page1/print", source="National Cancer Institute, What You Need To Know About Leukemia (print page 1)", licence=PD,
    title="What You Need To Know About™ Leukemia: About This Booklet", audience="consumer", genre="treatment-description", topic="introduction to the NCI leukaemia booklet for newly diagnosed people", topic_kind="treatment",
    W=False, reason="introduction to a booklet about medical care for people already diagnosed; cancer treatment pages are not warranted by convention", urgency="prompt", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; only the booklet introduction was returned (the print page continues)",
    evidence=[],
    notes="hard call: the stored text is only the 'About This Booklet' section (audience: people just diagnosed; medical care); judged as a treatment-description page, not warranted; the symptoms section of the same booklet is stored separately from a 2008 archived copy (t11-nci-wyntk-leukemia-symptoms-2008) and labelled warranted",
    text="""Questions About Cancer? 1-800-4-CANCER

What You Need To Know About™


  • Posted: 12/23/2013

About This Booklet

This National Cancer Institute (NCI) booklet is for you—someone who has just been diagnosed with leukemia. Leukemia is cancer of the blood and bone marrow (the soft material in the center of most bones). In 2013, more than 43,000 adults and 5,000 children and teens will be diagnosed with this disease in the United States.

This booklet is about medical care for people with leukemia. Learning about medical care for this disease can help you take an active part in making choices about your care.

You can read this booklet from front to back. Or, you can read only the sections you need right now.

This booklet has lists of questions that you may want to ask your doctor. Many people find it helpful to take a list of questions to a doctor visit. To help remember what your doctor says, you can take notes. You may also want to have a family member or friend go with you when you talk with the doctor—to take notes, ask questions, or just listen.""")
