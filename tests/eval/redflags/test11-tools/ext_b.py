# batch b: cancer news listings (NHS Behind the Headlines, NCI CCR news)
add(id="t11-nhs-bth-cancer-news-page2", group="no-red-flag", url="http://www.nhs.uk/news/pages/newsarticles.aspx?TopicId=Cancer&Page=2", source="NHS Choices, Behind the Headlines (news analysis listing, cancer topic)", licence=OGL,
    title="Behind the Headlines: cancer (page 2)", audience="consumer", genre="news or research report", topic="analysis of cancer news headlines (gene tests, penile cancer, vitamin C and chemo, heart failure and cancer)", topic_kind="other",
    W=False, reason="@news", urgency="none", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in an item at 'cancer risk in '",
    evidence=[],
    notes="listing of NHS news-analysis teasers that debunk overclaiming headlines ('Vitamin C unproven as a chemo-booster', 'completely inaccurate headline'); research news, not warranted; the penile-cancer teaser mentions misdiagnosed symptoms without advice",
    text="""Behind the Headlines

Your guide to the science that makes the news

Gene tests for prostate cancer may be possible

Friday Feb 21 2014

Gene tests for prostate cancer may be possible

“Scientists have isolated a set of 13 gene defects that can be used to identify men who are most at risk of developing life-threatening prostate cancer," The Independent reports. Arguably the biggest challenge in treating prostate cancer…

20% rise in penile cancer

Wednesday Feb 19 2014

20% rise in penile cancer

"The rise of penis cancer: Cases soar by 20% amidst fears that symptoms are being misdiagnosed as STDs," reports the Mail Online. The news follows...

Nanofibre lined tubes used to 'move' brain tumours

Tuesday Feb 18 2014

Nanofibre lined tubes used to attack brain tumours

“Cancer ‘monorails’ can be used to kill [brain] tumours by luring them into toxic pits or areas of the body that are safer to operate on,” BBC News reports. This headline comes from an exciting new study which used…

Charity urges EU to give kids cancer drugs access

Tuesday Feb 11 2014

Children denied cancer drugs, experts claim

“Children with cancer ‘denied drugs because of EU rules’,” reports the BBC. This and other headlines in the media are based on a press release issued by the Institute of Cancer Research (ICR)…

Vitamin C not proven to 'boost' chemo

Monday Feb 10 2014

Vitamin C unproven as a 'chemo-booster'

"Vitamin C keeps cancer at bay, US research suggests," was the inaccurate headline on the BBC News website. The study it reports on did not find that high-dose vitamin C helped with cancer survival, although it did appear to show it reduced…

Heart failure patients may have higher cancer risk

Wednesday Jan 29 2014

Heart failure patients found to have higher cancer risk

"Heart attacks increase the risk of developing cancer," is the completely inaccurate headline on the Mail Online website. The Mail was attempting to report on a study looking at cancer risk in """)
add(id="t11-nhs-bth-cancer-news-apr2014", group="no-red-flag", url="http://www.nhs.uk/news/pages/newsarticles.aspx?TopicId=Cancer", source="NHS Choices, Behind the Headlines (news analysis listing, cancer topic)", licence=OGL,
    title="Behind the Headlines: cancer", audience="consumer", genre="news or research report", topic="analysis of cancer news headlines (prostate cancer testing, copper and cancer, lung-cancer blood test, plain packs, mouthwash, skin-cancer genes)", topic_kind="other",
    W=False, reason="@news", urgency="none", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'The science behind the headlin'",
    evidence=[],
    notes="news-analysis listing (April 2014 state of the page) correcting premature headlines ('rather premature headline given the early stage of the research'); not warranted, not present",
    text="""Behind the Headlines

Your guide to the science that makes the news

No way to reliably identify low-risk prostate cancer

Friday Apr 11 2014

Prostate cancer testing giving men 'false hope'

“Men with prostate cancer being given 'false hope',” The Daily Telegraph reports. UK researchers have examined the accuracy of different methods that have sometimes been used (mostly outside the UK)…

Removing copper from body could slow cancer

Thursday Apr 10 2014

Removing copper from body could slow cancer

"Copper can block growth of rare cancer," is the rather unclear headline in The Daily Telegraph. Researchers have found that a drug that reduces the amount of copper in the body may also be able to lessen the growth of some kinds of tumours…

Could a blood test be used to detect lung cancer?

Tuesday Apr 8 2014

Could ultrasensitive blood test detect lung cancer?

"Simple blood test could soon diagnose if patient has cancer and how advanced it is," reports the Mail Online. But this is a rather premature headline given the early stage of the research that the news is based on...

Review recommends plain cigarette packs

Friday Apr 4 2014

Review recommends plain cigarette packs

“The government has announced its support for the introduction of standardised cigarette packets, following a review,” BBC News reports. The review concludes that plain packaging would have a positive impact on public health.

Is frequent mouthwash use linked to oral cancer?

Friday Apr 4 2014

Frequent mouthwash use may be linked to oral cancer

"Experts warn using mouthwash more than twice a day can give you cancer," the Daily Mirror reports. The news comes from a European study that compared the oral health and dental hygiene of 1,963 people diagnosed with cancers of the mouth, throat…

New genetic clues about skin cancer

Wednesday Apr 2 2014

New genetic clues about skin cancer

"Skin cancer: Genetic mutations 'warn of risk'," reports the BBC News. The science behind the headlin""")
add(id="t11-nhs-bth-news-index-page3-aug2014", group="no-red-flag", url="http://www.nhs.uk/News/Pages/NewsIndex.aspx?TopicId=&Page=3", source="NHS Choices, Behind the Headlines (news analysis listing)", licence=OGL,
    title="Behind the Headlines (page 3)", audience="consumer", genre="news or research report", topic="analysis of health news headlines (CT radiation, cancer survival, salt, obesity and cancer, 'salt injections cure cancer', anti-obesity drugs)", topic_kind="other",
    W=False, reason="@news", urgency="none", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'The Daily Telegraph,'",
    evidence=[],
    notes="news-analysis listing; includes a debunk of a cancer-cure claim ('Salt injections: not a cure for cancer', 'It's unwise to inject yourself with table salt'); not warranted, not present",
    text="""Behind the Headlines

Your guide to the science that makes the news

Caution urged over CT scan radiation doses

Friday Aug 15 2014

Patients receive a dose of radiation during a CT scan

BBC News reports on a sharp rise in the number of CT scans being performed, exposing people to the potential health risks of radiation. However, as The Daily Telegraph says, it is not possible to calculate the cancer risk...

Macmillan finds cancer survival 'postcode lottery'

Friday Aug 15 2014

Tower blocks in Dagenham: the area has one of the worst cancer survival rates

"Cancer postcode lottery 'costs 6,000 lives a year'," reports The Times. This, and similar headlines, are based on cancer survival figures compiled by Macmillan Cancer Support...

High-salt diet linked to 1.6 million heart deaths

Thursday Aug 14 2014

Too much salt in the diet is believed to cause cardiovascular disease

"Salty diet 'causes 1.6 million deaths worldwide each year'," reports The Daily Telegraph. It goes on to quote a researcher saying this is "nearly 1 in 10 of all deaths from cardiovascular causes worldwide". This scary-sounding headline...

Is UK obesity fuelling an increase in 10 cancers?

Thursday Aug 14 2014

Obesity is known to be associated with increased risk of cancer

"Being overweight and obese puts people at greater risk of developing 10 of the most common cancers," reports BBC News. The news is based on research using information in UK GP records for over 5 million people...

Salt injections: not a cure for cancer

Wednesday Aug 13 2014

It's unwise to inject yourself with table salt

"Salt injection 'kills cancer cells' by causing them to self-destruct," reports the Mail Online. Despite this headline, there is no new treatment for cancer using salt...

Anti-obesity drugs 'may still work in middle-age'

Wednesday Aug 13 2014

Middle-age spread is best dealt with by eating less and getting more exercise

“Drug to halt the dreaded spread of middle age,” reports The Daily Telegraph,""")
add(id="t11-nci-ccr-news-page4", group="no-red-flag", url="https://ccr.cancer.gov/news?page=4", source="National Cancer Institute, Center for Cancer Research, news listing", licence=PD,
    title="News (Center for Cancer Research), page 4", audience="consumer", genre="news or research report", topic="NCI CCR research news: CAR T approval for myeloma, trials, photoimmunotherapy, awareness months", topic_kind="treatment",
    W=False, reason="@news", urgency="none", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'acceptable donor match for hematopoietic stem cell transplant (HSC'",
    evidence=[],
    notes="research/approval news listing; not warranted, not present",
    text="""FDA approves BCMA-targeted CAR T-cell therapy for multiple myeloma
The Food and Drug Administration approved idecabtagene vicleucel (Abecma) for people with multiple myeloma that has not responded to or has returned after at least four different prior cancer treatments. The approval is based, in part, on earlier clinical work led by James N. Kochenderfer, M.D., Senior Investigator in the Surgery Branch. Read more...
FDA approves BCMA-targeted CAR T-cell therapy for multiple myeloma
Clinical trial to test drug for cancer patients with weakened immune systems
Nov 16, 2020
Cancer survivors age 60 and older have weakened immune systems, often caused by cancer treatments. Investigators want to see if a drug, NT-I7, is able to boost the response to vaccines in patients who otherwise may not be able to respond. Read more...

Japan approves photoimmunotherapy for head and neck cancer
Nov 4, 2020
Promising clinical trials have led to the regulatory approval of the Bioblade® Laser System and Akalux® IV Infusion 250mg in Japan. This device and drug combination was developed under an investigational treatment platform based on a cancer therapy called photoimmunotherapy. Read more...

Pancreatic Cancer Research
Nov 2, 2020
November is Pancreatic Cancer Awareness Month. We have many researchers, both in the basic and clinical disciplines, who are working on pancreatic cancer. Learn more...

Lung Cancer Research
Nov 2, 2020
November is Lung Cancer Awareness Month. Our research portfolio includes investigators making important discoveries in lung cancer research. Read more...

New clinical trial studies stem cell transplant for primary immunodeficiency diseases
Oct 28, 2020
Dennis D. Hickstein, M.D., Senior Investigator in the Immune Deficiency Cellular Therapy Program is leading a study that uses new DNA technology that speeds up the process of screening for primary immunodeficiency diseases (PIDs) and finding an acceptable donor match for hematopoietic stem cell transplant (HSC""")
