EXT = []
def add(**kw): EXT.append(kw)
PD_HHS = "public domain (US government work)"
add(id="ext-samhsa-suicidal-behavior", url="https://www.samhsa.gov/mental-health/suicidal-behavior",
    fetched_from="https://samhsa-main-prod-ext-alb-197684657.us-east-1.elb.amazonaws.com/mental-health/suicidal-behavior",
    source="SAMHSA", licence=PD_HHS, title="Suicide and Suicidal Behavior", audience="consumer", genre="coping-support",
    topic="suicide risk", topic_kind="other", W=True, reason="consumer crisis page; warning signs and crisis action are its purpose",
    evidence=["Call 911, if danger for self-harm seems imminent.", "Call or text 988 to reach the 988 Suicide & Crisis Lifeline to talk to a caring professional."],
    urgency="emergency", notes="",
    text="""Suicide and Suicidal Behavior

Help for You

Talking with someone about your thoughts and feelings can save your life. There are steps you can take to keep yourself safe through a crisis. Call or text 988 any time or chat online with the 988 Suicide & Crisis Lifeline to get support also find resources on:

  • Finding a therapist/support group
  • Building and using a support network
  • Making a safety plan for yourself

Help for Someone You Know

Learn how to recognize the warning signs when someone’s at risk—and what action steps you can take. If you believe someone may be in danger of suicide:

  • Call 911, if danger for self-harm seems imminent.
  • Call or text 988 to reach the 988 Suicide & Crisis Lifeline to talk to a caring professional.
  • Ask them if they are thinking about killing themselves. This will not put the idea into their head or make it more likely that they will attempt suicide.
  • Listen without judging and show you care.
  • Stay with the person or make sure the person is in a private, secure place with another caring person until you can get further help.
  • Remove any objects that could be used in a suicide attempt.
  • Call or text 988 to reach the 988 Suicide & Crisis Lifeline to talk to their professionals and follow their guidance.

Learn how to talk about mental health to help you speak to a loved one who you may think is experiencing any mental health concerns.

Warning Signs

The causes of suicide are complex and determined by multiple combinations of factors, such as mental illness, substance misuse, painful losses, exposure to violence, and social isolation.

Suicide Warning Signs for Adults

Risk is greater if a behavior is new or has increased, and if it seems related to a painful event, loss, or change

  • Talking about or making plans for suicide.
  • Acting anxious or agitated; behaving recklessly.
  • Talking about being a burden
""")
add(id="ext-nia-hyperthermia-agepage", url="https://docslib.org/doc/6912821/hyperthermia-too-body-temperature-and-pulse-usually-stay-normal-during-heat-cramps-your-hot-for-your-health-skin-may-feel-moist-and-cool",
    source="National Institute on Aging (AgePage, copy on docslib.org)", licence=PD_HHS, title="Hyperthermia: Too Hot for Your Health", audience="consumer", genre="patient information",
    topic="heat illness in older adults", topic_kind="condition", W=True, reason="consumer page on heat illness; readers must know when to get care",
    evidence=["feel better soon, get medical care."], urgency="emergency",
    notes="text is a garbled PDF extraction (columns interleaved); the heat-stroke section with the emergency advice is cut off, so only the heat-exhaustion prompt is present",
    text="""National Institute on Aging feel faint. Rest in a cool place, put your legs up, and drink water to make the dizzy feeling go away. AgePage ■ Heat cramps are the painful tightening of muscles in your stomach, arms, or legs. Cramps can result from hard work or exercise. Though your : Too body temperature and pulse usually stay normal during heat cramps, your Hot for Your Health skin may feel moist and cool. Find a way to cool your body down. Rest in Suyin’s bus was late. Even though it was noon the shade or in a cool building. Drink on a very hot summer day, she decided to walk plenty of fuids, but not those with from the grocery store to her home. At 72— alcohol or caffeine. healthy and active—Suyin thought the heat would be no match for her! Yet, after walking ■ Heat edema is a swelling in your just one block, she felt dizzy and weak. ankles and feet when you get hot. Put your legs up to help reduce swelling. If Too much heat is not safe for anyone. that doesn’t work fairly quickly, check It is even riskier if you are older or have with your doctor. health problems. It is important to get relief from the heat quickly. If not, you ■ Heat exhaustion is a warning that might begin to feel confused or faint. your body can no longer keep itself Your heart could become stressed and cool. You might feel thirsty, dizzy, stop beating. weak, uncoordinated, and nauseated. Being hot for too long can be a You may sweat a lot. Your body problem. It can cause several illnesses, temperature may stay normal, but all grouped under the name hyperthermia your skin may feel cold and clammy. (hy-per-THER-mee-uh): Some people with heat exhaustion have a rapid pulse. Rest in a cool place ■ Heat is a sudden dizziness that and get plenty of fuids. If you don’t can happen when you are active in hot feel better soon, get medical care. Be weather. If you take a heart medication careful—heat exhaustion can progress called a beta blocker or are not used to to . hot weather, you
""")
add(id="ext-fda-find-drug-safety-info-2008", url="https://webarchive.library.unt.edu/eot2008/20080916064358/http://www.fda.gov/consumer/updates/druginfo041108.html",
    source="FDA Consumer Update (archived)", licence=PD_HHS, title="Find the Latest Drug Product and Safety Information", audience="consumer", genre="other",
    topic="finding drug safety information", topic_kind="other", W=False, reason="guide to FDA safety-information resources; no condition or symptom", evidence=[], urgency="none", notes="",
    text="""Consumer Update

Find the Latest Drug Product and Safety Information

The Food and Drug Administration (FDA) takes a comprehensive approach to making information on potential drug risks available to the public, says Paul Seligman, M.D., M.P.H., Associate Director of Safety Policy and Communication in FDA's Center for Drug Evaluation and Research.

When FDA receives information about the safety of a drug or other problems such as medication errors, the agency evaluates how best to communicate this information—depending on how serious and frequent the problem is, and whether evidence shows that the reported problem is actually related to the drug.

"Providing timely information can help health care professionals and patients make better treatment choices," Seligman says. "We encourage consumers to talk with their health care professionals and ask questions about the benefits and risks of the drugs they are taking."

There are many different types of communications that inform the public about the safe use of medicines. So how can you find information about a drug you are taking, whether it's a new warning, an early communication about an ongoing safety review, or other FDA actions?

Here are some of the resources that can help you stay informed.

Index to Drug-Specific Information

This index features an alphabetical listing of drugs that have been the subject of a Public Health Advisory, a Healthcare Professional Information sheet, an Early Communication About an Ongoin
""")
add(id="ext-fda-drug-safety-communications", url="http://fda.gov/Drugs/DrugSafety/ucm199082.htm",
    source="FDA", licence=PD_HHS, title="Drug Safety Communications", audience="consumer", genre="news or research report",
    topic="drug safety communications list", topic_kind="treatment", W=False, reason="index of regulatory safety notices; judged as news", evidence=[], urgency="none", notes="lists serious liver injury and suicidal-thought signals as headlines only",
    text="""Drug Safety Communications

The FDA Drug Safety Communications posted on this web page are intended to provide important information to patients and health care professionals about new safety issues with the medicines they are taking or prescribing so they can make more informed decisions about treatment.

Widespread or long-term use of drugs by patients may uncover side effects not discovered during the clinical trials a drug company did to get FDA approval of the medicine. As a result, FDA physicians and scientists continue to monitor the safety of drugs after they are approved. When we learn information about a potential new safety issue, we review the data from available clinical trials or other studies, case reports, and medical literature. Based on what we find, we may require changes to the prescribing information or the patient Medication Guide. We may also release a Drug Safety Communication to alert patients and health care professionals about the issue.

You can get new safety information on medicines you’re prescribing or taking by signing up for email alerts about Drug Safety Communications on types of drugs or medical specialties of specific interest to you.

Current Drug Safety Communications
- 12-12-2024 Serious liver injury being observed in patients without cirrhosis taking Ocaliva (obeticholic acid) to treat primary biliary cholangitis
- 09-12-2024 FDA adds warning about rare occurrence of serious liver injury with use of Veozah (fezolinetant) for hot flashes due to menopause
- 01-19-2024 FDA adds Boxed Warning for increased risk of severe hypocalcemia in patients with advanced chronic kidney disease taking osteoporosis medicine Prolia (denosumab)
- 01-11-2024 Update on FDA’s ongoing evaluation of reports of suicidal thoughts or actions in patients taking a certain type of medicines approved for type 2 diabetes and obesity
""")
add(id="ext-dceg-research-highlights-2018", url="https://dceg.cancer.gov/news-events/research-news-highlights_3",
    source="NCI Division of Cancer Epidemiology and Genetics", licence=PD_HHS, title="Research News and Highlights", audience="consumer", genre="news or research report",
    topic="cancer epidemiology research news", topic_kind="other", W=False, reason="@news", evidence=[], urgency="none", notes="",
    text="""Research News and Highlights

The following are highlighted research findings and scientific papers by DCEG investigators.

  • July 23, 2018

    Projecting Premature Death Rates for the U.S. Population Through 2030

    A new analysis by DCEG investigators and collaborators at the National Institute on Drug Abuse and the Pacific Institute for Research and Evaluation, projects future premature death rates and the number of excess deaths for the U.S. population aged 25 to 64 by race or ethnicity and sex. Their findings were published online July 20, 2018, in the journal Lancet Public Health.

  • July 20, 2018

    Low-dose radiation exposure linked to leukemia in large retrospective study

    Using data from nine historical cohort studies, investigators in the Radiation Epidemiology Branch and colleagues from other institutions, led by senior investigator Mark Little, D.Phil., were able to quantify—for the first time—excess risk for leukemia and other myeloid malignancies following low-dose exposure to ionizing radiation in childhood.

  • July 02, 2018

    Coffee consumption and mortality risk: A look at the effect of genetic variation in caffeine metabolism in the UK Biobank
""")
add(id="ext-nci-causes-prevention-research", url="https://cancer.gov/about-cancer/causes-prevention/research",
    source="National Cancer Institute", licence=PD_HHS, title="Causes and Prevention Research", audience="consumer", genre="news or research report",
    topic="cancer prevention research news", topic_kind="prevention", W=False, reason="@news", evidence=[], urgency="none", notes="",
    text="""Causes and Prevention Research
-
For Healthy Adults, Taking Multivitamins Daily Is Not Associated with a Lower Risk of Death
A large analysis of data from nearly 400,000 healthy U.S. adults followed for more than 20 years has found no association between regular multivitamin use and lower risk of death.
-
From Awareness to Action: Putting Cancer Disparities in the Rearview Mirror
Eliminating disparities will require the efforts of people from across a broad spectrum of scientific research, according to leading experts, and must include working in concert with people and organizations in the community.
-
FDA Authorizes Blood Test for Assessing Risk of Hereditary Cancers
The Food and Drug Administration (FDA) for the first time has granted marketing authorization for a blood test, the Invitae Common Hereditary Cancers Panel. The test detects inherited genetic changes that increase the risk of developing certain cancers.
-
Can Cancer Prevention Be Better Integrated into Primary Care?
When it comes to cancer prevention, primary care clinicians play a critical role. But there are many barriers to integrating cancer prevention into primary care.
-
Study Probes Awareness of Alcohol’s Link to Cancer
A study confirmed that most US adults aren’t aware of the link between alcohol consumption and cancer. Even among those surveyed who were aware, some believed risk varies by the type of alcohol.
""")
add(id="ext-dceg-news-topic501-p6", url="https://dceg.cancer.gov/news-events/news?page=6&topic=501",
    source="NCI Division of Cancer Epidemiology and Genetics", licence=PD_HHS, title="Research Highlights - News Updates (page 7)", audience="consumer", genre="news or research report",
    topic="cancer epidemiology research news", topic_kind="other", W=False, reason="@news", evidence=[], urgency="none", notes="",
    text="""Research Highlights - News Updates
Summaries of research conducted by DCEG investigators.
-
Racial Disparities May Decrease with Life-Gained Approach to Lung Cancer Screening
Postdoctoral fellow Rebecca Landy, Ph.D., predoctoral fellow Corey Young, M.S., and senior investigator Hormuzd Katki, Ph.D., in the Biostatistics Branch found that the draft 2020 lung cancer screening guidelines by the United States Preventive Services Task Force (USPSTF) may increase racial/ethnic disparities.
-
Birth Defects Associated with Increased Risk of Cancer in Adulthood
Rebecca Troisi, Sc.D., staff scientist in the Trans-Divisional Research Program, and collaborators examined cancer incidence associated with chromosomal and non-chromosomal congenital anomalies in a large Nordic population-based case-control study. Findings were published in BMJ on December 2, 2020.
-
Cancer Deaths in the U.S. Resulted in Over Four Million Potential Years of Life Lost in 2017
Minkyo Song, Ph.D., and colleagues estimated the potential years of life lost due to premature death from cancer among Americans aged 75 and younger.
-
Daily, Low-dose Aspirin Use May Be Associated with Reduced Ovarian Cancer Risk
""")
add(id="ext-dceg-news-topic501", url="https://dceg.cancer.gov/news-events/news?topic=501",
    source="NCI Division of Cancer Epidemiology and Genetics", licence=PD_HHS, title="Research Highlights - News Updates", audience="consumer", genre="news or research report",
    topic="cancer epidemiology research news", topic_kind="other", W=False, reason="@news", evidence=[], urgency="none", notes="",
    text="""Research Highlights - News Updates

Summaries of research conducted by DCEG investigators.

    • Trends in Early Onset Cancers

      A research team led by Dr. Meredith Shiels analyzed cancer incidence and mortality rates for 33 cancers in different age groups in the United States. The study analyzed how cancer rates in people under 50 have changed over time compared to older age groups (70 to 79 years).

    • Study of Oral Microbiome Describes the Mouth of America

      A research team led by Dr. Christian Abnet characterized the composition, diversity, and correlates of the oral microbiome of US adults in a new cross-sectional study.

    • Light Intensity Physical Activity Linked to Lower Cancer Risk

      A new NIH study of 85,000 adults in the United Kingdom found that individuals who engaged in light- and moderate-to-vigorous-intensity daily physical activity had a lower risk of cancer than individuals who were more sedentary.

    • Self Collection for HPV Testing to Prevent Cervical Cancer: New Guidelines Published
""")
add(id="ext-dceg-news-topic501-p0", url="https://dceg.cancer.gov/news-events/news?topic=501&page=0",
    source="NCI Division of Cancer Epidemiology and Genetics", licence=PD_HHS, title="Research Highlights - News Updates (first page, earlier crawl)", audience="consumer", genre="news or research report",
    topic="cancer epidemiology research news", topic_kind="other", W=False, reason="@news", evidence=[], urgency="none", notes="",
    text="""Research Highlights - News Updates

Highlighted research findings and scientific papers by DCEG investigators.
    • Cancer Treatment Disparities Persist for People with HIV

      Using the NCI’s HIV/AIDS Cancer Match Study data from 2001-2019, Jennifer McGee-Avila, postdoctoral fellow in the Infections and Immunoepidemiology Branch, finds that people with HIV are less likely to receive treatment for many different cancer types compared to people without HIV.

    • For Childhood Cancer Survivors, Inherited Genetic Factors Influence Risk of Cancers Later in Life

      Common inherited genetic factors that predict cancer risk in the general population may also predict elevated risk of new cancers among childhood cancer survivors.

    • Benefits of Reducing Smoking Quantified in Prospective Cohort Study

      Reductions in cigarettes per day and the amount of time smoked were both associated with lower risk of lung cancer among men in the prospective cohort study, Alpha-Tocopherol, Beta-Carotene Cancer Prevention Study.
""")
add(id="ext-nci-connect-study-about", url="https://cancer.gov/connect-prevention-study/about",
    source="National Cancer Institute", licence=PD_HHS, title="About the Connect for Cancer Prevention Study", audience="consumer", genre="clinical-trial or research listing",
    topic="cancer prevention cohort study recruitment", topic_kind="other", W=False, reason="research-study recruitment page", evidence=[], urgency="none", notes="",
    text="""About the Study

Working Together to Prevent Cancer

The Connect for Cancer Prevention Study is a research study to better understand the causes of cancer and how to prevent it. We are asking you to join Connect so that we can study the health and behavior patterns that may affect cancer risk.

Together, we can change the future of cancer prevention.

Why Connect Is Important

If we learn how to prevent cancer, we can lower the number of people who get it. Cancer is the second-leading cause of death in the United States. While treatments are improving, the number of people who get cancer is expected to rise in the next 10 years as the population ages and lifestyles and behaviors continue to change.

To study the causes of cancer and learn how to prevent it, we can follow groups of people over a long period of time. In research, we call these groups cohorts. The Connect for Cancer Prevention Study will follow a new cohort of 200,000 adults throughout the United States.

We are looking for people who have never had cancer to join Connect, but there are some exceptions. If you have or once had non-melanoma skin cancer, or a condition that raises the risk of getting cancer, such as ductal carcinoma in situ (DCIS of the breast, or stage 0 breast cancer), you can still join Connect.
""")
add(id="ext-nih-research-matters-nov2011", url="http://www.nih.gov/researchmatters/november2011/archive.htm",
    source="NIH Research Matters", licence=PD_HHS, title="NIH Research Matters: November 2011 Archive", audience="consumer", genre="news or research report",
    topic="NIH research news digest", topic_kind="other", W=False, reason="@news", evidence=[], urgency="none", notes="",
    text="""NIH Research Matters

November 2011 Archive

November 21, 2011

Stroke Risk Factors Linked to Cognitive Problems

High blood pressure and other known risk factors for stroke also raise the risk of developing cognitive problems. The new finding suggests that keeping blood pressure in check might help preserve cognitive health.

Organ Transplants and Cancer Risk

Organ transplant recipients have a high risk of developing 32 different types of cancer, according to a new study. Future research may lead to better strategies for preventing cancer among transplant recipients.

Why Nicotine is a Gateway Drug

A new study in mice shows how tobacco products could act as gateway drugs, opening the door to cocaine use. The finding hints that lowering smoking rates might help reduce cocaine abuse.

November 7, 2011

Annual Chest X-rays Don't Cut Lung Cancer Deaths

A large study confirms the results of earlier, smaller trials suggesting that chest X-ray screening isn't effective for reducing lung cancer deaths.

Switching Neighborhoods May Improve Health

Women encouraged to move with their families from a poor neighborhood to a more affluent one had lower rates of extreme obesity and diabetes 10 to 15 years later, a new study found.
""")
add(id="ext-dceg-linkage-2008-biliary", url="https://webarchive.library.unt.edu/eot2008/20090130190452/http:/dceg.cancer.gov/newsletter/nov08/article_12_ScientificHighlights.shtml",
    source="NCI DCEG Linkage newsletter (archived)", licence=PD_HHS, title="Scientific Highlights: Biliary Tract Cancer", audience="professional", genre="news or research report",
    topic="gene variants and biliary tract cancer risk", topic_kind="other", W=False, reason="research summary for scientists", evidence=[], urgency="none", notes="",
    text="""Scientific Highlights

BILIARY TRACT CANCER

Gene Variants

The authors evaluated 62 single nucleotide polymorphisms (SNPs) in 22 inflammation-related genes in relation to biliary tract cancer and gallstones in a population-based case-control study conducted in Shanghai, China. The study included 411 cases with biliary tract cancer (237 gallbladder, 127 extrahepatic bile duct, and 47 ampulla of Vater), 895 with biliary stones, and 786 controls. Fourteen SNPs were related to the risk of biliary cancer and stones. Variants in the IL8, IL8RB, RNASEL, and NOS2 genes were associated with biliary stones, whereas VEGF variants were associated with gallbladder cancer. Common variants in genes that influence inflammatory responses may predispose to gallstones and biliary tract cancer, suggesting the need for studies on the immunologic and inflammatory pathways that contribute to biliary diseases, including cancer.

In the same study population, five SNPs in four DNA repair genes (MGMT, RAD23B, CCNH, and XRCC3) were evaluated. MGMT EX5-25C>T (rs12917) was associated with biliary tract cancer.
""")
add(id="ext-ctgov-how-to-search-glossary", url="https://clinicaltrials.gov/find-studies/how-to-search",
    source="ClinicalTrials.gov (NLM)", licence=PD_HHS, title="How to Search (glossary terms)", audience="consumer", genre="dictionary-glossary",
    topic="clinical study glossary", topic_kind="other", W=False, reason="glossary of registry terms", evidence=[], urgency="none", notes="",
    text="""Study record managers: refer to the Data Element Definitions if submitting registration or results information.
A type of eligibility criteria that indicates whether people who do not have the condition/disease being studied can participate in that clinical study.
An arm type in which a group of participants receives an intervention/treatment considered to be effective (or active) by health care providers.
An unfavorable change in the health of a participant, including abnormal laboratory findings, that happens during a clinical study or within a certain amount of time after the study has ended. This change may or may not be caused by the intervention/treatment being studied.
A type of eligibility criteria that indicates the age a person must be to participate in a clinical study.
A method used to assign participants to an arm of a clinical study. The types of allocation are randomized allocation and nonrandomized.
A group or subgroup of participants in a clinical trial that receives a specific intervention/treatment, or no intervention, according to the trial's protocol.
""")
add(id="ext-newsinhealth-about", url="https://newsinhealth.nih.gov/about-us",
    source="NIH News in Health", licence=PD_HHS, title="About NIH News in Health", audience="consumer", genre="other",
    topic="about a health newsletter", topic_kind="other", W=False, reason="publisher information page", evidence=[], urgency="none", notes="",
    text="""About NIH News in Health

The National Institutes of Health (NIH) is the nation’s medical research agency. Our goal is to improve health and save lives through scientific discovery.

NIH News in Health is a monthly newsletter that provides practical health information and tips based on NIH research findings. NIH medical experts and NIH-supported scientists at universities and medical schools ensure accuracy by reviewing articles before publication. A new issue is published on the first Monday of each month.

You can subscribe to NIH News in Health for free in print or by e-mail. We also encourage you to share our articles on social media, in blogs, and in your print or digital publications. You can use the illustrations, too, but note that most of the photographs are copyrighted images—those can’t be used without permission from the copyright holder. If you republish our articles, please acknowledge NIH News in Health as the source and email us copies of your publication.
""")
add(id="ext-newsinhealth-search-p54", url="https://newsinhealth.nih.gov/search?page=54",
    source="NIH News in Health", licence=PD_HHS, title="NIH News in Health: article listing (page 55)", audience="consumer", genre="other",
    topic="article listing (heat, sleep, scoliosis)", topic_kind="other", W=False, reason="listing of article teasers; no article body", evidence=[], urgency="none",
    notes="trap: a teaser about heat-related illness (hyperthermia) appears in the listing",
    text="""A monthly newsletter from the National Institutes of Health, part of the U.S. Department of Health and Human Services
After a long winter cooped up, the arrival of sunny days can make you eager to be outside. Getting outdoors can be good for you in many ways. It provides opportunities for exercise. It can also boost your mental health. But as the heat rises, some health risks also increase. Intense heat can put strain on both your body and brain. Too much heat can cause a heat-related illness called hyperthermia…
Not sleeping enough can harm your health. It raises your risk of many diseases and disorders. A new study found this may include dementia. The study looked at data from about 8,000 people in Britain starting at age 50 who were in a long-term health study.…
Scoliosis is a disease that causes the spine to curve. It can result in an abnormal s-shaped or c-shaped curve. Anyone can get scoliosis. But it’s most common in children age 11 and older. Many children and teens with mild scoliosis have no symptoms or pain.…
""")
add(id="ext-cdc-covid-telebriefing-2020-08-21", url="https://archive.cdc.gov/www_cdc_gov/media/releases/2020/t0821-telebriefing-covid.html",
    source="CDC (archived media release)", licence=PD_HHS, title="CDC Media Telebriefing Transcript: Update on COVID-19", audience="consumer", genre="news or research report",
    topic="COVID-19 press briefing", topic_kind="other", W=False, reason="press-briefing transcript", evidence=[], urgency="none", notes="",
    text="""CDC Media Telebriefing Transcript: Update on COVID-19
Friday, August 21, 2020
Please Note: This transcript is not edited and may contain errors.
Operator: Welcome, and thank you all for standing by. At this time, I would like to inform all participants that your lines have been placed on a listen-only mode until the question-and-answer session of today’s call. Today’s call is also being recorded.
Paul Fulton (Moderator): Thank you for joining us today for this embargoed briefing to update you on CDC’s COVID-19 response. We are joined by CDC Director Dr. Robert Redfield. He will provide opening remarks and will discuss a new report in the MMWR before taking questions.
Dr. Redfield: Thank you, Paul, and thank you all for joining us today. We’re nearly eight months into a global pandemic and as my colleagues and I, along with others in the federal government and across the world, continue to fight this new virus I want you to know that we understand the affect this has had on all our lives.
As businesses, schools, and communities continue to open, we are all adapting to a new normal. Wearing masks, washing our hands more often, interacting with smaller groups of people, and maintaining physical distance from one another when in crowds– these are all new behaviors we’ve ado
""")
add(id="ext-cdc-24-7-fact-of-the-week", url="https://www.cdc.gov/about/facts/index.html",
    source="CDC", licence=PD_HHS, title="CDC 24-7 Fact of the Week", audience="consumer", genre="other",
    topic="weekly public-health facts", topic_kind="other", W=False, reason="digest of short teasers linking elsewhere", evidence=[], urgency="none",
    notes="trap: mentions 'urgent maternal warning signs' and COVID-19 symptoms only as teasers",
    text="""CDC 24-7 Fact of the Week

Week of August 24, 2020

During and after a hurricane, you may need supplies to keep your family safe and healthy. Remember that a hurricane could cut off your power and water supply. You also may not be able to drive because of damage to your car. Roads may be flooded or blocked. That’s why it’s best to be prepared—stock up on everything you might need now. Learn more here.

Week of August 17, 2020

700 women die every year in the United States from pregnancy-related complications. Learn more about the urgent maternal warning signs and how you can help save her life with our new Hear Her Campaign..

Week of August 10, 2020

August is National Breastfeeding Month! Breastfeeding is the best source of nutrition for most infants.

Week of July 6, 2020

Nearly 5 million people are treated for skin cancer each year in the United States. Skin cancer can be serious, expensive, and sometimes even deadly. Protect your family and yourself from skin cancer with these sun safety tips for families.

Week of June 29, 2020

Do you know the symptoms? People with COVID-19 have had a wide range of symptoms reported – ranging from mild symptoms to severe illness. Symptoms may include Fever or chills, cough, shortness of breath or difficulty breathing, and more. These symptoms may appear 2-14 days after exposure to the virus.
""")
add(id="ext-cdc-hearher-urgent-warning-signs", url="https://www.cdc.gov/hearher/resources/news-media/recognizing-urgent-warning-signs.html",
    source="CDC", licence=PD_HHS, title="Recognizing urgent pregnancy-related warning signs", audience="consumer", genre="screening-prevention",
    topic="urgent maternal warning signs", topic_kind="symptom", W=True, reason="consumer pregnancy safety article; warning signs are its purpose",
    evidence=["Pregnant and postpartum people up to a year after pregnancy need to seek medical care immediately if they experience any of the following signs or symptoms:"],
    urgency="emergency", notes="a prewritten media article (matte article) from CDC",
    text="""Recognizing urgent pregnancy-related warning signs

This prewritten matte article about the Hear Her campaign is ready for adaptation and use by journalists, bloggers, and other members of the media.

By Wanda Barfield, MD, MPH, RADM USPHS
Director of the Division of Reproductive Health, Centers for Disease Control and Prevention

Far too often, people in the United States die from complications related to pregnancy. Recognizing the warning signs and getting the right diagnosis and treatment as soon as possible can save lives.

CDC launched the Hear Her campaign to raise awareness of potentially life-threatening warning signs during and after pregnancy and to encourage the people supporting pregnant and postpartum women to really listen when they express concerns. Pregnant and postpartum people up to a year after pregnancy need to seek medical care immediately if they experience any of the following signs or symptoms:

  • Severe headache that won’t go away or gets worse over time
  • Dizziness or fainting
  • Thoughts about harming yourself or your baby
  • Changes in your vision
  • Fever of 100.4º F or higher
  • Extreme swelling of your hands or face
  • Trouble breathing
  • Chest pain or fast-beating heart
  • Severe nausea and throwing up (not like morning sickness)
  • Severe belly pain that doesn’t go away
  • Baby’s movement stopping or slowing down during pregnancy
  • Vaginal bleeding or fluid leaking during pregnancy
  • Heavy vaginal bleeding or leaking fluid that smells bad after pregnancy
  • Swelling, redness or pain of your leg
  • Overwhelming tiredness

Too many people die in the U.S. each year from complications related to pregnancy. Most of these deaths could be prevented. Listening and taking the concerns of pregnant and recently pregnant people seriously is a simple, yet powerful action to prevent serious health complications and death.
""")
add(id="ext-simplewiki-meningitis", url="http://dumps.wikimedia.your.org/other/static_html_dumps/April_2007/simple/wikipedia-simple-html.7z",
    source="Simple English Wikipedia (April 2007 static dump)", licence="CC BY-SA (Wikipedia contributors); dump distributed under GFDL/CC BY-SA", title="Meningitis", audience="consumer", genre="other",
    topic="meningitis", topic_kind="condition", W=True, reason="consumer encyclopedia article about an emergency condition; a careful editor would want urgent-care advice",
    evidence=[], urgency="emergency", notes="encyclopedia genre; lists signs without any action",
    text="""Meningitis

From Simple English Wikipedia, the free encyclopedia

Meningitis is an infection of certain membranes and tissues of the nervous system. Those are called meninges (singular:Meninx). Their function is to protect the central nervous system. Most often, this infection is caused by microorganisms, like viruses, bacteria, fungi or parasites. The most common cause of meningitis are viruses, followed by bacteria. Meningitis is a life-threatening condition. It affects all age groups.

[edit] Signs of meningitis

The following can be signs of meningitis.

  • High fever, sometimes with chills.
  • Very bad headache
  • Nausea and vomiting
  • Sensitivity to light or sound.
  • drowsiness or confusion
  • Twitching
  • Sleepiness
  • Sore throat
  • delirium (esp. in children)
  • Seizures (in 20-40% of patients)
  • Stiff neck (in less than 50% of the cases, but may be a tell-tale sign)
""")
add(id="ext-cdc-headsup-concussion-danger-signs", url="https://www.cdc.gov/headsup/basics/concussion_danger_signs.html",
    source="CDC", licence=PD_HHS, title="Concussion Danger Signs", audience="consumer", genre="patient information",
    topic="concussion danger signs", topic_kind="symptom", W=True, reason="consumer head-injury page; danger signs are its purpose",
    evidence=["Call 9-1-1 right away, or take your child or teen to the emergency department if he or she has one or more of the following danger signs after a bump, blow, or jolt to the head or body:"],
    urgency="emergency", notes="",
    text="""Concussion Danger Signs

In rare cases, a dangerous collection of blood (hematoma) may form on the brain after a bump, blow, or jolt to the head or body that may squeeze the brain against the skull. Call 9-1-1 right away, or take your child or teen to the emergency department if he or she has one or more of the following danger signs after a bump, blow, or jolt to the head or body:

Dangerous Signs & Symptoms of a Concussion
  • One pupil larger than the other.
  • Drowsiness or inability to wake up.
  • A headache that gets worse and does not go away.
  • Slurred speech, weakness, numbness, or decreased coordination.
  • Repeated vomiting or nausea, convulsions or seizures (shaking or twitching).
  • Unusual behavior, increased confusion, restlessness, or agitation.
  • Loss of consciousness (passed out/knocked out). Even a brief loss of consciousness should be taken seriously.
Dangerous Signs & Symptoms of a Concussion for Toddlers and Infants
  • Any of the signs and symptoms listed in the Danger Signs & Symptoms of a Concussion list.
  • Will not stop crying and cannot be consoled.
  • Will not nurse or eat.

HEADS UP Video: Concussion Danger Signs

Real Stories: Tracey’s Story

Learn More about Concussions and Brain Injury

What Is A Concussion?
Concussion Signs and Symptoms
Responding to Concussion
Danger Signs
Severe Brain Injury
Recovery from Concussion
Returning to School
Returning to Sports
Brain Injury Safety and Prevention
Get Involved
""")
add(id="ext-cdc-nchs-factsheet", url="https://www.cdc.gov/nchs/about/factsheets/factsheet_nchs_data.htm",
    source="CDC National Center for Health Statistics", licence=PD_HHS, title="NCHS Data Answering the Nation’s Health Questions", audience="consumer", genre="statistics",
    topic="health statistics agency", topic_kind="other", W=False, reason="statistics agency fact sheet", evidence=[], urgency="none", notes="",
    text="""NCHS Data Answering the Nation’s Health Questions

NCHS Fact Sheet, June 2020

About NCHS

The National Center for Health Statistics (NCHS) is the nation’s principal health statistics agency, providing data to identify and address health issues. NCHS compiles statistical information to help guide public health and health policy decisions. Collaborating with other public and private health partners, NCHS employs a variety of data collection mechanisms to obtain accurate information from multiple sources.

Who uses NCHS data?

Congress and other policymakers—to understand the complete picture of the effects of major policy initiatives, including health insurance coverage and access to care, and to track health outcomes and set priorities for research and prevention programs.

Epidemiologists and biomedical and health services researchers—to understand trends in multiple aspects of health and health care and the relationship of observed risk factors and health outcomes.

Public health professionals—to track rates of diseases and risk factors in order to plan and evaluate interventions designed to improve health.

Physicians—to evaluate patient health and risk factors, including the norms for indicators, such as cholesterol, body weight, and blood pressure, and to reference growth charts for children.
""")
add(id="ext-nci-nhis-2007-abstract", url="https://healthcaredelivery.cancer.gov/cgi-bin-pubsearch/pubsearch/abstract.pl?id=3116",
    source="National Cancer Institute (publication abstract of an NCHS report)", licence=PD_HHS, title="Summary health statistics for U.S. adults: National Health Interview Survey, 2007", audience="professional", genre="statistics",
    topic="US adult health statistics", topic_kind="other", W=False, reason="statistics report abstract", evidence=[], urgency="none", notes="",
    text="""Publication Abstract

Authors: Pleis JR, Lucas JW

Title: Summary health statistics for U.S. adults: National Health Interview Survey, 2007.

Journal: Vital Health Stat 10 (240):1-159

Date: 2009 May

Abstract: OBJECTIVES: This report presents health statistics from the 2007 National Health Interview Survey (NHIS) for the civilian noninstitutionalized adult population, classified by sex, age, race and ethnicity, education, family income, poverty status, health insurance coverage, marital status, and place and region of residence. Estimates are presented for selected chronic conditions and mental health characteristics, functional limitations, health status, health behaviors, health care access and utilization, and human immunodeficiency virus testing. HIGHLIGHTS: In 2007, 61% of adults 18 years of age or over reported excellent or very good health. Sixty-one percent of adults never participated in any type of vigorous leisure-time physical activity, and 15% of adults did not have a usual place of health care. Eleven percent of adults had been told by a doctor or health professional that they had heart disease, and 23% had been told on two or more visits that they had hypertension. Twenty percent of all adults were current smokers and 21% were former smokers.
""")
add(id="ext-fda-medwatch-alerts-jan-2010", url="http://www.fda.gov/ForConsumers/ConsumerUpdates/ucm199585.htm",
    source="FDA Consumer Update", licence=PD_HHS, title="FDA's MedWatch Safety Alerts: January 2010", audience="consumer", genre="news or research report",
    topic="product safety alerts (counterfeit Alli, OTC recall)", topic_kind="treatment", W=False, reason="monthly digest of safety alerts; judged as news",
    evidence=[], urgency="prompt", notes="hard call: a consumer may have taken the counterfeit product (stroke/heart-attack risk) but the digest only links to the full alerts",
    text="""For Consumers

FDA's MedWatch Safety Alerts: January 2010

After the Food and Drug Administration (FDA) approves a product and it is on the market, FDA continues to monitor unexpected and undesirable side effects (adverse events) of that product.

Health care professionals and consumers may report side effects, product quality problems, product use errors, or therapeutic failure with the use of medical products to FDA's MedWatch Adverse Event Reporting program either online, by regular mail, by fax, or by phone.

  • Online
  • Regular Mail: Use postage-paid, pre-addressed FDA form 3500
  • Fax: 1-800-FDA-0178
  • Phone: 1-800-332-1088

MedWatch reports can signal a safety problem and lead to an FDA action to protect the public from harm, serious illness, or even death.

Here are a few of the most recent safety alerts prompted by reports received by FDA from health care professionals and their patients.

Beware of Counterfeit Weight-Loss Drug, Alli

Counterfeit Alli 60 mg capsules (120-count refill kit) are being sold over the Internet. FDA laboratory tests showed that the counterfeit Alli has a different active ingredient, a stimulant found in a prescription weight-loss drug. People using the counterfeit Alli may be taking three times the usual daily dose of the stimulant if they are following the dosing directions for Alli, and may be at risk for a stroke or heart attack. The counterfeit Alli looks similar to the authentic product, with a few notable differences (see photos).

To read a full consumer update article, see “Warning: Counterfeit Alli.”

Recall: Over-The-Counter Products From McNeil Consumer Healthcare

A December 2009 recall of a Tylenol product has been expanded to include other other-the-counter medications distributed by McNeil Consumer He
""")
for pid,(url,title,text) in {
 "ext-nci-cancer-currents": ("https://cancer.gov/news-events/cancer-currents-blog","Cancer Currents: An NCI Cancer Research Blog","""Cancer Currents: An NCI Cancer Research Blog
A blog featuring news and research updates from the National Cancer Institute. Learn more about Cancer Currents.
-
One Year in Cancer Research and Much to Celebrate
NCI Director Dr. Kimryn Rathmell reviews some of the most noteworthy cancer research findings from 2024, including advances in immunotherapy for children with cancer, a potential therapy for cachexia, and studies that provided valuable insights into cancer biology.
-
Cetuximab Outperforms Durvalumab for Head and Neck Cancer When Cisplatin Isn’t an Option
The findings from a recent NCI-supported clinical trial are helpful because previous studies for people with locally advanced head and neck cancer have yielded conflicting data for and against several alternatives to cisplatin combined with radiation.
-
Helping Kids with Cancer Speak for the Supportive Care They Need
Younger cancer patients who filled out surveys about their symptoms experienced fewer cancer-related symptoms than those who did not complete the surveys, results from two clinical trials have shown.
-
A “Living Medicine:” Engineered E. coli Shrink Tumors in Mice
Two researcher teams have engineered a probiotic strain of E. coli called Nissle 1917 so it can help the immune system attack tumors.
"""),
 "ext-nci-cancer-currents-p16": ("https://cancer.gov/news-events/cancer-currents-blog?page=16","Cancer Currents: An NCI Cancer Research Blog (page 17)","""Cancer Currents: An NCI Cancer Research Blog
A blog featuring news and research updates from the National Cancer Institute. Learn more about Cancer Currents.
-
Could Cholesterol-Lowering Drugs Improve Cancer Immunotherapy?
Cholesterol-lowering drugs known as PCSK9 inhibitors may improve the effectiveness of cancer immune checkpoint inhibitors, according to studies in mice.
-
Nanoparticle Trains Immune Cells to Attack Cancer
Researchers have developed a nanoparticle that trains immune cells to attack cancer.
-
Targeted Radiation Reduces Pain from Cancer Metastases in the Spine
For some patients with painful spinal metastases from advanced cancer, a type of precise, high-dose radiation therapy—called stereotactic body radiation therapy (SBRT)—may be a highly effective way to relieve that pain, clinical trial results show.
-
Persistent Poverty Linked to Increased Risk of Dying from Cancer
People who live in counties in the United States with persistent poverty are more likely to die from cancer than people in other counties, a new study shows.
"""),
 "ext-nci-cancer-currents-p35": ("https://cancer.gov/news-events/cancer-currents-blog?cid=eb_govdel&page=35","Cancer Currents: An NCI Cancer Research Blog (page 36)","""Cancer Currents: An NCI Cancer Research Blog
A blog featuring news and research updates from the National Cancer Institute. Learn more about Cancer Currents.
-
Biomarker Test Could Reduce Unnecessary Biopsies to Detect Prostate Cancer
Findings from a new study show testing for two biomarkers in urine may help some men avoid an unnecessary biopsy to detect a suspected prostate cancer.
-
Less Chemotherapy May Be Best Choice for Some Patients with Colon Cancer, Study Shows
A shorter course of chemotherapy following surgery may be preferred to longer treatment for some patients with colon cancer, results of an international collaborative study suggest.
-
HPV Vaccination Linked to Decreased Oral HPV Infections
A study of more than 2,600 young adults found that the prevalence of oral infection with four HPV types, including two cancer-causing types, was 88% lower in those who reported receiving at least one dose of an HPV vaccine than in those not vaccinated.
-
Midostaurin Approved by FDA for Acute Myeloid Leukemia
The FDA has approved midostaurin for patients with newly diagnosed acute myeloid leukemia (AML) with mutations in the FLT3 gene.
"""),
 "ext-nci-cancer-currents-p26": ("https://cancer.gov/news-events/cancer-currents-blog?cid=eb_govdel&page=26","Cancer Currents: An NCI Cancer Research Blog (page 27)","""Cancer Currents: An NCI Cancer Research Blog
A blog featuring news and research updates from the National Cancer Institute. Learn more about Cancer Currents.
-
Reflections on My First Year as NCI Director
October 2018 marked Dr. Norman Sharpless’s one-year anniversary as NCI director.
-
Studying “Total Diet” and Its Impact on Health, Including Cancer Risk
Researchers are shifting how they assess diet and cancer risk, looking beyond the impact of individual foods or nutrients on health, and taking a more holistic approach, considering dietary patterns across the lifespan.
-
Immunotherapy Drug Cemiplimab Approved for Advanced Squamous Cell Skin Cancer
The Food and Drug Administration approved the immunotherapy drug cemiplimab (Libtayo) for an advanced form of cutaneous squamous cell carcinoma (SCC), a common type of skin cancer.
-
For HPV-Positive Women, Test Can Guide Cervical Cancer Screening Follow-Up
A new test can help to improv
"""),
}.items():
    add(id=pid, url=url, source="National Cancer Institute (Cancer Currents blog)", licence=PD_HHS, title=title, audience="consumer", genre="news or research report",
        topic="cancer research news", topic_kind="other", W=False, reason="@news", evidence=[], urgency="none", notes="", text=text)
for pid,(url,title,topic,notes,text) in {
 "ext-newsinhealth-search-p41": ("https://newsinhealth.nih.gov/search?page=41","NIH News in Health: article listing (page 42)","article listing (chronic pain, thyroid, COVID testing, breast cancer)","","""More than 25 million people in the U.S. live with chronic pain. This is pain that lasts for more than three months. The most common type of chronic pain is chronic back pain. Often, no physical cause for this pain can be found. In these cases, it may stem from brain changes that persist after an injury healed.…
Your thyroid is a small gland in the front of your neck. It releases hormones that control how your body uses energy. These keep your organs running properly. But some people’s thyroids can be underactive or overactive and cause health problems. When your thyroid doesn’t produce enough hormones to meet your body’s needs, it’s called hypothyroidism.…
The When To Test calculator helps guide you on COVID-19 testing. The tool considers the level of disease in your area, vaccine status, and personal habits.
Breast cancer is the second most common cancer among American women. Breast cancer death rates have been falling over the past 30 years. But nearly 13% of women are still diagnosed in their lifetime. Men can get breast cancer too, although it’s rare.…
"""),
 "ext-newsinhealth-search-p43": ("https://newsinhealth.nih.gov/search?page=43","NIH News in Health: article listing (page 44)","article listing (COVID masking, headaches, autoimmunity)","trap: a teaser about headaches","""The virus that causes COVID-19, SARS-CoV-2, travels through the air in droplets. It’s spread when people cough, sneeze, or talk. As schools reopened, researchers have been looking at how best to keep kids safe. A new study found that mandatory masking reduces the spread of COVID-19 in schools.…
Throbbing, aching head? You’re not alone. Nearly everybody has had a headache. It’s one of the major reasons people visit the doctor and miss work or school. Not all headaches are the same. They can differ in how severe the pain is and how often you get them.…
Your Healthiest Self: Wellness Toolkits offer science-based health tips in five different areas. Learn simple ways to prevent disease.
Your body’s disease defense system, called the immune system, goes to battle every day. It helps keep you healthy by fighting off viruses and bacteria that sneak into your body. But sometimes, your immune system makes mistakes.…
"""),
 "ext-newsinhealth-search-p48": ("https://newsinhealth.nih.gov/search?page=48","NIH News in Health: article listing (page 49)","article listing (fruit flies, green spaces, spirituality, supplements)","","""The Mighty Fruit Fly
Fruit flies can be a major nuisance. How can you help but be annoyed when they hover in swarms over fruits, around picnics, and in garbage? But before you give them a swat, take a moment to be thankful for the common fruit fly. These pests have given scientists surprising insights into how the human body works.…
Green Spaces May Improve Kids’ Mental Health
Mental health problems affect millions of children in the U.S. Some studies have found that people with access to parks and other green spaces tend to have better moods and a lower risk of mental disorders.…
Spirituality in Cancer Care and Serious Illness
Spirituality and religion can help many patients and families cope with difficult diseases like cancer.…
How Medications and Supplements Interact
Did you know that taking medications and dietary supplements at the same time can be harmful? It’s important to tell your health care providers about all the drugs and supplements you take. Learn how to avoid problems at this website.
"""),
 "ext-newsinhealth-search-p14": ("https://newsinhealth.nih.gov/search?page=14","NIH News in Health: article listing (page 15)","article listing (medical scans, music and health)","","""How Do Medical Scans Work?
Is your doctor sending you for an MRI, a CT scan, or other medical scan? Do you know what to expect? Or how the test results can help with making a diagnosis or planning treatment? There’s a free app from NIH to answer your questions. It’s called “Understanding Medical Scans.”…
Sound Health
Music has been around since ancient times. It is part of every known culture. It can get your foot tapping, lift your mood, and even help you recall a distant memory. Did you know that music can bring other health benefits? Scientists are exploring the different ways music stimulates healthier bodies and minds.…
"""),
 "ext-newsinhealth-search-p10": ("https://newsinhealth.nih.gov/search?page=10","NIH News in Health: article listing (page 11)","article listing (cancer risk reduction)","","""Most people know someone who’s had cancer: a family member, a friend, a loved one. Who gets it can sometimes seem random. But there are many things you can do to reduce your risk. Cancer can start almost anywhere in the body.…, Causes of Cancer, Cancer starts with damage to the genes that control the way cells function. Many things you’re exposed to over your lifetime can damage genes.…, Quit Tobacco, Tobacco use is the leading cause of cancer in the U.S. This includes smoking and use of other tobacco products, like chewing tobacco.…, Eat Smart, Keep Moving, When it comes to cancer prevention, the saying “you are what you eat” applies…
"""),
 "ext-newsinhealth-search-p36": ("https://newsinhealth.nih.gov/search?page=36","NIH News in Health: article listing (page 37)","article listing (health information portal, palliative care)","","""The NIH Health Information Portal provides access to reliable, science-based health resources. Find information from across NIH’s institutes and centers. You can browse or search for your health topic of interest.
Being diagnosed with a serious illness is life-changing. Many decisions must be made, with many unknowns. But there are experts who can help you navigate the complicated landscape of a long-term, serious illness. Palliative care specialists focus on comfort care and improving your quality of life during a serious illness.…
"""),
}.items():
    add(id=pid, url=url, source="NIH News in Health", licence=PD_HHS, title=title, audience="consumer", genre="other",
        topic=topic, topic_kind="other", W=False, reason="listing of article teasers; no article body", evidence=[], urgency="none", notes=notes, text=text)
add(id="ext-hhs-opioid-overdose-response", url="https://hhs.gov/opioids/treatment/overdose-response/index.html",
    source="HHS", licence=PD_HHS, title="Opioid Overdose Response resources", audience="professional", genre="other",
    topic="opioid overdose response resources", topic_kind="treatment", W=False, reason="resource list for first responders and communities; no patient-facing condition page",
    evidence=[], urgency="emergency", notes="hard call: says quick response and calling for medical assistance prevent death, but names no signs",
    text="""If taken differently than prescribed, opioids can cause death by slowing, and eventually stopping, a person's breathing. However, quick response to an opioid overdose, including administering naloxone and calling for medical assistance, can prevent brain injury and death.
Coronavirus (COVID-19) Update
By taking universal safety precautions, all law enforcement, firefighters, and EMS providers can safely administer naloxone for overdose reversal, even during the COVID-19 pandemic. The resources listed below provide guidance for first responders.
- HHS Naloxone Advisory for First Responders
- CDC Guidance for Firefighters and EMS Providers during COVID-19
- CDC Guidance on Personal Protective Equipment (PPE)
- SAMHSA Guidance for Law Enforcement and First Responders Administering Naloxone during COVID-19
Opioid Overdose Reversal with Naloxone (Narcan, Evzio)
The National Institute on Drug Abuse (NIDA) created an online resource to raise awareness about naloxone. It includes information on where to get naloxone.
Opioid Overdose Prevention Toolkit
Toolkit for communities and local governments from the Substance Abuse and Mental Health Services Administration (SAMHSA) includes material to develop policies and practices to help prevent opioid-related overdoses and deaths.
""")
add(id="ext-samhsa-opioid-overdose", url="https://www.samhsa.gov/medications-substance-use-disorders/medications-counseling-related-conditions/opioid-overdose",
    fetched_from="https://samhsa-main-prod-ext-alb-197684657.us-east-1.elb.amazonaws.com/medications-substance-use-disorders/medications-counseling-related-conditions/opioid-overdose",
    source="SAMHSA", licence=PD_HHS, title="Opioid Overdose", audience="consumer", genre="patient information",
    topic="opioid overdose", topic_kind="condition", W=True, reason="consumer overdose page; signs and calling for help expected",
    evidence=[], urgency="emergency", notes="partial: the stored excerpt ends in the prevention tips, before any signs or response section the full page may have",
    text="""Opioid Overdose

What is Opioid Overdose?

Substance use disorders (SUDs) impact the lives of millions of Americans. More than 100,000 people died from drug overdoses from April 2020 to 2021, an increase of 28.5% from the prior year, according to a report by the Centers for Disease Control and Prevention (CDC).

An opioid overdose can occur when a person:

  • Overdoses on an illicit opioid drug, such as heroin or morphine
  • Overdoses on methadone
  • Accidentally takes an extra dose
  • Deliberately misuses a prescription opioid or opioid-based pain medication in way that was not as prescribed by their physician
  • Mixes opioids with other prescriptions, alcohol, or over-the-counter medications. Overdoses can be fatal when mixing an opioid with anxiety treatment medications or derivatives of Benzodiazepine, such as Xanax or valium.
  • Uses medication prescribed for someone else. Children are particularly vulnerable to accidental overdoses if they take medication not intended for them.

How to Prevent Opioid Overdose

Opioid overdose can occur even with prescription opioid pain relievers and medications used in treating SUD such as methadone and buprenorphine. In addition, individuals using naltrexone for MOUD have a reduced tolerance to opioids, and therefore, using the same, or even lower doses of opioids used in the past, can cause life-threating consequences.

Always follow the instructions you receive with your medication. Ask your practitioner or pharmacist if you have questions or are unsure of how to take your medication.

The following tips can help you or a loved one avoid opioid overdose:

  • Take medicine as prescribed by your practitioner
  • Do not take more medication or take it more often than instructed
  • Never mix pain medicines with alcohol, sleeping pills, or illicit substances
  • Never take anyone else medication
""")
add(id="ext-cdc-heat-warning-signs", url="https://www.cdc.gov/disasters/extremeheat/warning.html",
    fetched_from="https://webharvest.gov/congress115th/20190108214725/https://www.cdc.gov/disasters/extremeheat/warning.html",
    source="CDC (archived by webharvest.gov)", licence=PD_HHS, title="Warning Signs and Symptoms of Heat-Related Illness", audience="consumer", genre="patient information",
    topic="heat-related illness", topic_kind="condition", W=True, reason="consumer heat-illness page; warning signs and actions are its purpose",
    evidence=["Call 911 right away-heat stroke is a medical emergency", "Get medical help right away if:"], urgency="emergency", notes="",
    text="""Warning Signs and Symptoms of Heat-Related Illness

Heat-related illnesses are preventable. Learn the symptoms and what to do if you or a loved one shows signs of having a heat-related illness.

Heat-Related Illnesses

Heat Stroke

  • WHAT TO LOOK FOR
    • High body temperature (103°F or higher)
    • Hot, red, dry, or damp skin
    • Fast, strong pulse
    • Headache
    • Dizziness
    • Nausea
    • Confusion
    • Losing consciousness (passing out)
  • WHAT TO DO
    • Call 911 right away-heat stroke is a medical emergency
    • Move the person to a cooler place
    • Help lower the person’s temperature with cool cloths or a cool bath
    • Do not give the person anything to drink

Heat Exhaustion

  • WHAT TO LOOK FOR
    • Heavy sweating
    • Cold, pale, and clammy skin
    • Fast, weak pulse
    • Nausea or vomiting
    • Muscle cramps
    • Tiredness or weakness
    • Dizziness
    • Headache
    • Fainting (passing out)
  • WHAT TO DO
    • Move to a cool place
    • Loosen your clothes
    • Put cool, wet cloths on your body or take a cool bath
    • Sip water
  • Get medical help right away if:
    • You are throwing up
    • Your symptoms get worse
    • Your symptoms last longer than 1 hour

Heat Cramps

  • WHAT TO LOOK FOR
    • Heavy sweating during intense exercise
    • Muscle pain or spasms
  • WHAT TO DO
    • Stop physical activity and move to a cool place
    • Drink water or a sports drink
    • Wait for cramps to go away before you do any more physical activity
  • Get medical help right away if:
    • Cramps last longer than 1 hour
    • You’re on a low-sodium diet
    • You have heart problems
""")
add(id="ext-newsinhealth-2015-sharing-info", url="https://newsinhealth.nih.gov/2015/04/sharing-reliable-health-information",
    source="NIH News in Health", licence=PD_HHS, title="Sharing Reliable Health Information", audience="consumer", genre="other",
    topic="finding reliable health information", topic_kind="other", W=False, reason="health-literacy article; no condition or symptom", evidence=[], urgency="none", notes="",
    text="""April 2015

Sharing Reliable Health Information

10 Years of NIH News in Health

You hear and read health advice all the time—from friends, online sources, radio, TV, and more. How do you know what health information you can trust? This issue marks the 10-year anniversary of NIH News in Health, the monthly newsletter based on research supported by the U.S. National Institutes of Health—the nation’s medical research agency. Every article in this newsletter is carefully reviewed by NIH experts, so you can be confident that the health news you read here is trustworthy.

So far, we’ve brought you 600 articles on all kinds of topics. They’ve ranged from healthy eating and physical activity to the microbes within you, personalized medicine, and the hazards of stress. We’ve learned from our tens of thousands of readers that you appreciate these stories and often share the information with your friends, family, and others.

People love exchanging health information. More than half of adults nationwide say they turn to friends or family for health information or support when facing a serious health issue. People also share health information within their communities—at school, work, places of worship, and various events.

The quality of the health information you get depends on the source. “When looking online for health information, it’s a good idea to start with reputable websites, such as government websites,” says NIH’s Stephanie Dailey, who specializes in sharing health information with older adults. “Government agencies have well-researched information that’s been vetted by expert scientists and doctors.”
""")
add(id="ext-healthfinder-winter-weather", url="https://healthfinder.gov/FindServices/SearchContext.aspx?topic=14242&targaud=172",
    source="healthfinder.gov (HHS)", licence=PD_HHS, title="Winter weather and hypothermia resources", audience="consumer", genre="other",
    topic="winter weather resources", topic_kind="other", W=False, reason="directory of links with one-line summaries", evidence=[], urgency="emergency",
    notes="trap: the listed resources are about hypothermia, but the page itself is a directory",
    text="""Winter Weather FAQs

This fact sheet presents frequently asked questions about winter weather. Answers include information on hypothermia, the warning signs of frostbite, the best clothing to wear during cold weather, and more.

Review Date: Wednesday, January 25, 2017

Centers for Disease Control and Prevention - CDC
U.S. Department of Health and Human Services

Hypothermia: A Cold Weather Hazard

Hypothermia occurs when a person's body temperature drops below normal and stays low for a prolonged period of time. With advancing age, the body's ability to endure long periods of exposure to cold is reduced. Find tips here to help prevent hypothermia.

Review Date: Tuesday, January 19, 2016

NIH National Institute on Aging Information Center
""")
add(id="ext-niddk-dictionary-stroke", url="https://www.niddk.nih.gov/health-information/Pages/dictionary-term.aspx?ListItemId=1202",
    source="NIDDK", licence=PD_HHS, title="Dictionary term: stroke", audience="consumer", genre="dictionary-glossary",
    topic="stroke (definition)", topic_kind="condition", W=False, reason="dictionary definition", evidence=[], urgency="emergency", notes="trap: an emergency topic in a glossary genre",
    text="""a condition in which the blood supply to the brain is suddenly cut off, caused by a blockage or the bursting of a blood vessel in the brain or neck. Then brain tissue can be damaged. A stroke can cause a person to lose the ability to speak or move parts of the body.
""")
add(id="ext-nchs-nhis-2011-summary", url="https://fdocuments.net/document/2012-health-statistics-for-us-adults-national-interview-schiller-js.html",
    source="CDC National Center for Health Statistics (report copy on fdocuments.net)", licence=PD_HHS, title="Summary Health Statistics for U.S. Adults: National Health Interview Survey, 2011", audience="professional", genre="statistics",
    topic="US adult health statistics", topic_kind="other", W=False, reason="statistics report", evidence=[], urgency="none", notes="the report states that all its material is in the public domain",
    text="""Summary Health Statistics for U.S. Adults: National Health Interview Survey, 2011 Series 10, Number 256 December 2012

Copyright information

All material appearing in this report is in the public domain and may be reproduced or copied without permission; citation as to source, however, is appreciated.

Suggested citation

Schiller JS, Lucas JW, Peregoy JA. Summary health statistics for U.S. adults: National Health Interview Survey, 2011. National Center for Health Statistics. Vital Health Stat 10(256). 2012.

Series 10, Number 256

Summary Health Statistics for U.S. Adults: National Health Interview Survey, 2011

Data From the National Health Interview Survey

U.S. DEPARTMENT OF HEALTH AND HUMAN SERVICES Centers for Disease Control and Prevention National Center for Health Statistics

Hyattsville, Maryland December 2012 DHHS Publication No. (PHS) 20131584
""")
