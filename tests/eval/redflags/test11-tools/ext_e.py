# batch e: NIH research highlights, SEER statistics (archived), early-pregnancy leaflets
add(id="t11-nih-2023-research-highlights-human-health", group="no-red-flag", url="https://www.nih.gov/news-events/nih-research-matters/2023-nih-research-highlights-human-health-advances", source="National Institutes of Health, NIH Research Matters, 21 December 2023", licence=PD,
    title="2023 NIH Research Highlights - Human Health Advances", audience="consumer", genre="news or research report", topic="research highlights: doxy-PEP for STIs, personalised mRNA vaccine for pancreatic cancer, bivalent COVID-19 vaccines", topic_kind="treatment",
    W=False, reason="@news", urgency="none", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'These bivalent va'",
    evidence=[],
    notes="research round-up including a small-study cancer-vaccine item ('In a small study, 18 patients ... half the participants'), reported with its size; not warranted, not present",
    text="""December 21, 2023

2023 NIH Research Highlights - Human Health Advances

Disease Prevention, Diagnosis and Treatment

With NIH support, scientists across the United States and around the world conduct wide-ranging research to discover ways to enhance health, lengthen life and reduce illness and disability. Groundbreaking NIH-funded research often receives top scientific honors. In 2023, these honors included two NIH-supported scientists who received Nobel Prizes. Here’s just a small sample of the NIH-supported research accomplishments in 2023. Also see this year's Promising Medical Findings and Basic Research Insights.

Printer-friendly version of full 2023 NIH Research Highlights

Antibiotic can help prevent common sexually transmitted infections

Sexually transmitted infections (STIs) have been on the rise. Untreated STIs can lead to serious health issues, such as blindness or brain and nerve problems. A study of men who had sex with men and transgender women at high risk for bacterial STIs showed that taking an oral antibiotic within three days after unprotected sex reduced the risk of STIs. This preventive approach, called doxy-PEP, cut the incidence of syphilis, gonorrhea, and chlamydia by two-thirds compared to standard care.

An mRNA vaccine to treat pancreatic cancer

Scientists developed a method for creating personalized mRNA vaccines to treat a deadly type of pancreatic cancer. In a small study, 18 patients had pancreatic tumors removed and analyzed to identify proteins that could provoke an immune response. Each then received personalized vaccines that targeted their proteins. The vaccines triggered a strong anti-tumor immune response in half the participants. Over a year later, their cancers hadn’t returned.

Bivalent vaccines provide better protection against severe COVID-19

The original COVID-19 vaccines saved many lives. As later variants of the SARS-CoV-2 virus emerged, updated vaccines were released in September 2022. These bivalent va""")
add(id="t11-seer-cancer-statistics-2009-archive", group="no-red-flag", url="https://webarchive.library.unt.edu/eot2008/20090114020539/http:/seer.cancer.gov/statistics/", source="National Cancer Institute, SEER Program (End of Term 2008 web archive, UNT)", licence=PD,
    title="Cancer Statistics (SEER)", audience="professional", genre="statistics", topic="types and sources of cancer statistics (incidence, mortality, prevalence, survival)", topic_kind="other",
    W=False, reason="@stat", urgency="none", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim from the archived copy; cut at 'the format of the out'",
    evidence=[],
    notes="statistics portal page; not warranted, not present",
    text="""Cancer Statistics

Types of Cancer Statistics

  • Incidence - the number of newly diagnosed cases during a specific time period
  • Mortality - the number of deaths during a specific time period
  • Prevalence - new and pre-existing cases for people alive on a certain date
  • Survival - the proportion of patients alive at some point subsequent to the diagnosis of their cancer
  • Lifetime Risk - the probability of developing or dying of cancer
  • Statistics by Race/Ethnicity - a measure of the cancer burden in racial/ethnic minorities and medically underserved populations

Available Statistics

The following Web-based systems provide access to statistical tables, graphs, and maps from various data sources.

  • Cancer Stat Fact Sheets are a collection of statistical summaries for a number of common cancer types. They were developed to provide a quick overview of frequently-requested cancer statistics including incidence, mortality, survival, stage, prevalence, and lifetime risk.
  • The SEER Cancer Statistics Review (CSR), 1975-2005 includes tables showing cancer statistics by race, sex, age, and year of diagnosis for the major cancer sites and for all cancers combined. Use the search engine to select statistics for specific cancer sites and racial/ethnic groups. From a list of pages that meet your criteria, you can view individual pages or merge pages into one custom-built PDF.
  • Fast Stats links to tables, charts, and graphs of cancer statistics for all major cancer sites by age, sex, race, time period. The statistics include incidence, mortality, survival and stage, prevalence, and the probability of developing or dying from cancer. A large set of statistics is available in pre-defined formats.
  • Cancer Query Systems provide more flexibility and a larger set of cancer statistics than Fast Stats but require more input from the user. A larger number of cancer sites are available, and you have the ability to customize the format of the out""")
add(id="t11-rotherham-early-pregnancy-discharge", group="urgent", url="https://therotherhamft.nhs.uk/node/452/printable/print", source="The Rotherham NHS Foundation Trust, patient leaflet (printable page)", licence=OGL,
    title="Pain and/or bleeding in early pregnancy (discharge from Urgent and Emergency Care Centre)", audience="consumer", genre="patient information", topic="pain and/or bleeding in early pregnancy after discharge from urgent care", topic_kind="symptom",
    W=True, reason="consumer discharge leaflet about an acute symptom in pregnancy where readers may need to act (ectopic pregnancy, heavy bleeding)", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in the causes list at 'Th'; page title supplied from the content (no title returned)",
    evidence=[],
    notes="hard call: the EPAU number is given 'for advice or support' without signs; ectopic symptoms are listed as a cause, not tied to an action; the return/999 section, if any, lies beyond the cut; warranted and missing (cut)",
    text="""After attending the Urgent and Emergency Care Centre, you have been assessed as suitable and safe to go home with your pain and/or bleeding in early pregnancy. Y
Please contact the Early Pregnancy Assessment Unit (EPAU), a service within the Gynaecology Same Day Emergency Care (SDEC) unit that cares for pregnant people having complications in their pregnancy, for advice or support on 01709 427072.
What are the common causes of bleeding and pain in early pregnancy?
Some common causes of bleeding and pain in early pregnancy are:
- Bleeding from the implantation site (where the pregnancy has attached into the endometrium (lining of the womb). It may cause some blood vessels of the uterus (womb) to bleed. Miscarriage symptoms are sometimes called a 'threatened miscarriage', but it does not mean you definately will miscarry.
- Miscarriage - is a loss of pregnancy, which can cause vaginal bleeding and may include lower abdominal (tummy) pain or cramping.
- Ectopic pregnancy - a pregnancy outside of the uterus (womb), usually in a fallopian tube that carries the egg to the uterus from your ovaries. Symptoms include vaginal bleeding, abdominal pain, rectal (back passage) pain and diarrhoea (liquid poo).
- A haematoma - this is a small area of bleeding, like a bruise, next to the pregnancy. A haematoma may be reabsorbed by the body or come away naturally as vaginal blood loss.
- Trauma (damage) to your cervix (neck of the womb) - during pregnancy, tissues become rich in blood supply and soften. Because of this, any slight trauma to your cervix can cause bleeding. This may happen after sex.
- Infection in your vagina - common infections like thrush or other infections may cause bleeding from your vagina in small amounts described as ‘spotting’.
- Constipation - this is a common cause of pain in early pregnancy. Your bowel becomes lazy because of the effect of the pregnancy hormones, and you may find that you go to the toilet to open your bowels (have a poo) less often. Th""")
add(id="t11-bucks-pain-bleeding-early-pregnancy", group="urgent", url="https://www.buckshealthcare.nhs.uk/?p=30415", source="Buckinghamshire Healthcare NHS Trust, patient information page", licence=OGL,
    title="Pain and bleeding in early pregnancy", audience="consumer", genre="patient information", topic="pain and bleeding in early pregnancy", topic_kind="symptom",
    W=True, reason="consumer page about an acute symptom in pregnancy where readers may need to act (ectopic pregnancy, heavy bleeding)", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'It’s reassuring when th'",
    evidence=[],
    notes="causes and scan explanation only; 'talk to the Early Pregnancy Unit (EPU) nurses' is for questions; any when-to-seek-help section lies beyond the cut; warranted and missing (cut)",
    text="""Toggle site contrast Toggle Contract

Pain and bleeding in early pregnancy

Read our guide below about pain and bleeding in early pregnancy.

You can also download a PDF version of this patient information by following the link on the right.

Abdominal pain and vaginal bleeding in the early stages of pregnancy isn’t unusual and doesn’t always mean there’s a problem.  However, pain and/or bleeding can sometimes be a warning sign of:

  • miscarriage
  • ectopic pregnancy (pregnancy located outside of the womb)
  • a molar pregnancy (a rare condition with development of an abnormally fertilised egg in the womb).

When can bleeding happen?

At any time after you’ve missed a period. You’ll often notice it when going to the toilet as a smear of pink, brown or red blood loss on the toilet paper.  The blood loss is different for everyone and can include ‘spotting’ or heavy bleeding with clots. The bleeding might happen every day or may be intermittent, sometimes for several weeks.

What are the causes ?

We don’t always know why pain and bleeding happens but in many cases, the pregnancy continues safely.

Some likely causes may happen at:

  • the implantation site – when the placenta (the organ that provides oxygen and nutrients to your growing baby) tries to ‘burrow’ into the lining of the womb, it may cause some bleeding
  • the cervix (neck of the womb) – during pregnancy the tissues become soft and rich in blood supply and this may cause bleeding.
  • the vagina – thrush or any other infection may occasionally cause bleeding from the inflammation.

An ultrasound scan after 6 to 7 weeks of pregnancy can usually tell if the pregnancy is progressing normally. Sometimes the scan may show a small haematoma (blood clot) around the sac that contains your baby. If this is the case you may need a further scan. If you have any questions, please talk to the Early Pregnancy Unit (EPU) nurses when this is arranged.

It’s reassuring when th""")
