# batch c: no-red-flag genres (NIH research news, NHGRI releases, NCHS statistics blog, NCATS glossary, MedlinePlus genetics,
# GHR inheritance booklet, five ways to wellbeing x3, NNLM reading club)
add(id="t6-nih-irp-in-the-news-page6", group="no-red-flag", url="https://irp.nih.gov/news-and-events/in-the-news?page=6", source="NIH Intramural Research Program, In the News", licence=PD,
    title="In the News (NIH IRP news releases, page 6)", audience="consumer", genre="news or research report", topic="research findings: rare gene variants in age-related macular degeneration; drug for a blinding childhood disease", topic_kind="other",
    W=False, reason="@news", evidence=[], urgency="none", notes="",
    text="""In the News

Research advances from the National Institutes of Health (NIH) Intramural Research Program (IRP) often make headlines. Read the news releases that describe our most recent findings:

Extremely rare gene variants point to a potential cause of age-related macular degeneration

A study from the National Eye Institute (NEI) identified rare genetic variants that could point to one of the general mechanisms driving age-related macular degeneration (AMD), a common cause of vision loss in older adults. The variants generate malformed proteins that alter the stability of the membrane attack complex (MAC), which may drive a chronic inflammatory response in the retina. The findings, published in the journal iScience, point to MAC as a potential therapeutic target to slow or prevent the development of AMD. NEI is part of the National Institutes of Health.

There are many known genetic variants that raise or lower an individual’s risk of getting AMD; however, the contribution of each of these genetic changes to AMD is small.

To discover genetic variants — and proteins — with a direct tie to the disease, Anand Swaroop, Ph.D., chief of NEI’s Neurobiology, Neurodegeneration and Repair Laboratory, and lead author of the study, undertook a collaboration with Michael Klein, M.D., a leading AMD clinician at the Oregon Health Sciences University (OHSU), Portland. Klein has collected clinical information for hundreds of patients, as well as families with a high number of individuals with AMD. Swaroop, Klein and colleagues looked for families carrying very rare AMD-causing variants, where the effect of the gene variant is very strong, and where the variant directly affects protein structure and function. This type of rare variant can reveal the root cause of disease.

FDA-approved drug shows promise in lab models for blinding childhood disease

Strategy may speed delivery of therapeutic options relative to time it would take to develop gene therapies

A National Ins""")
add(id="t6-genome-gov-news-release-archive-2013", group="no-red-flag", url="https://www.genome.gov/27555929/news-release-archives-2013", source="National Human Genome Research Institute (NIH), news release archive", licence=PD,
    title="News Release Archive (2013)", audience="consumer", genre="news or research report", topic="NIH research news 2013 (family structure and blood pressure; comb jelly genome; Alzheimer's sequencing data)", topic_kind="other",
    W=False, reason="@news", evidence=[], urgency="none", notes="listing of release summaries; high blood pressure named as a research finding only",
    text="""News Release Archive


December 2013

December 12, 2013: NIH study links family structure to high blood pressure in African-American men
In a study of African-American men, researchers from the National Institutes of Health found that boys who grew up in two-parent homes were less likely to have high blood pressure as adults compared to those raised by a single parent. Reported in the Dec. 12, 2013, issue of the journal Hypertension, this is the first study of an African-American population to document an association between childhood family living arrangements and blood pressure.

December 12, 2013: With new study, aquatic comb jelly floats into new evolutionary position
In a study that compares the genomes of aquatic life forms, researchers have found evidence to shuffle the branches of the tree of life. For more than a century, scientists thought that complex cell types, like neurons and muscles, evolved only once, after simple animals that lack these cell types branched from the rest of animals on the evolutionary tree. A team of researchers from the National Human Genome Research Institute (NHGRI), part of the National Institutes of Health, has provided new evidence from the genomic study of a ctenophore species - a comb jelly - that challenges this long-held view.

December 2, 2013:  NIH deposits first batch of genomic data for Alzheimer's disease
Researchers can now freely access the first batch of genome sequence data from the Alzheimer's Disease Sequencing Project (ADSP), the National Institutes of Health (NIH) announced today. The ADSP is one of the first projects undertaken under an intensified national program of research to prevent or effectively treat Alzheimer's disease.  The first data release includes whole genome sequence (WGS) data from 410 individuals in 89 families. Researchers deposited completed WGS data on 61 families and have deposited WGS data on parts of the remaining 28 families, which will be completed soon.

November 2013

November 2""")
add(id="t6-genome-gov-2013-page-grants-release", group="no-red-flag", url="http://www.genome.gov/pfv.cfm?pageID=27554930", source="National Human Genome Research Institute (NIH), news release (print view)", licence=PD,
    title="2013 News Release: New NIH grants to investigate disease-related variations in genetic makeup", audience="consumer", genre="news or research report", topic="research funding: genomics of disease susceptibility in diverse populations (PAGE)", topic_kind="other",
    W=False, reason="@policy", evidence=[], urgency="none", notes="grant announcement",
    text="""2013 News Release: New NIH grants to investigate disease-related variations in genetic makeup

National Human Genome Research Institute

National Institutes of Health
U.S. Department of Health and Human Services


NIH News

National Human Genome Research Institute (NHGRI)
www.genome.gov

New NIH grants to investigate disease-related variations in genetic makeup

Studies focus on underlying susceptibilities in minority populations

Population Architecture Using Genomics and Epidemiology (PAGE)

Bethesda, Md., Fri., Sept. 6, 2013 - Five research teams have received new four-year awards to study the genomics of disease susceptibility in ethnically diverse populations. The projects aim to unravel the subtle variations in genetic makeup among groups - including African-Americans, Asian-Americans, Hispanics and more - that may account for differences in risks for conditions such as high blood pressure and high blood lipids, in addition to common diseases such as cancer and heart disease.

These research teams are receiving support - more than $3.8 million in fiscal year 2013, and nearly $14 million over four years, based on the availability of funds - through the Population Architecture Using Genomics and Epidemiology (PAGE) program of the National Human Genome Research Institute (NHGRI), part of NIH. The current grantees are the second group of researchers to be funded through the PAGE program.

"The goal of the PAGE program is to investigate ancestrally diverse populations to gain a better understanding of how genetic factors influence susceptibility to disease," said epidemiologist Lucia Hindorff, Ph.D., PAGE program director at NHGRI.

Such factors include variations called single nucleotide polymorphisms, or SNPs. These are tiny spelling changes in the DNA code that can affect a person's risk of developing a disease or alter a response to medications. Over the years, a research approach called a genome-wide association study (GWAS) has led to the discovery of hundred""")
add(id="t6-cdc-nchs-blog-deaths-page2", group="no-red-flag", url="https://blogs.cdc.gov/nchs/category/deaths/page/2", source="CDC National Center for Health Statistics blog (NCHS: The Official Blog), category Deaths", licence=PD,
    title="Category: Deaths (NCHS blog, page 2)", audience="consumer", genre="statistics", topic="mortality statistics (stroke death rates, deaths by age and race, overdose deaths, life expectancy)", topic_kind="other",
    W=False, reason="@stat", evidence=[], urgency="none", notes="trap: stroke and drug overdose named as statistics only",
    text="""Category: Deaths

QuickStats: Age-Adjusted Death Rates from Stroke Among Adults Aged ≥65 Years, by Race and Hispanic Origin — National Vital Statistics System, United States, 2000–2020

Age-adjusted death rates from stroke among adults aged ≥65 years generally declined from 425.9 deaths per 100,000 standard population in 2000 to 250.0 in 2019 before increasing to 260.5 in 2020. During 2019–2020, stroke death rates increased for Hispanic adults (from 221.6 to 234.0), non-Hispanic Asian or Pacific Islander adults (from 203.9 to 216.4), non-Hispanic Read More >

Posted on by NCHSTags , ,

QuickStats: Percentage of Total Deaths, by Age and Hispanic Origin and Race — United States, 2020

Significant differences in the age distribution of deaths by race and ethnicity were observed in the United States during 2020. Decedents aged <65 years accounted for 26% of all U.S. deaths, but they accounted for approximately 50% of deaths among American Indian or Alaska Native (AI/AN) and Native Hawaiian or other Pacific Islander (NH/OPI) persons, Read More >

Posted on by NCHS

Provisional Drug Overdose Deaths from 12 months ending in April 2022

New provisional data show that the number of drug overdose deaths occurring in the United States increased by almost 7% from the 12 months ending in April 2021 to the 12 months ending in April 2022, from 101,167 to 108,174. The number of opioid-involved drug overdose deaths in the United States for the 12-month period Read More >

Posted on by NCHSTags ,

PODCAST: Life Expectancy Fell in 2021 for the Second Year in a Row

https://www.cdc.gov/nchs/pressroom/podcasts/2022/20220831/20220831.htm HOST: In 2020, the United States experienced the biggest one-year drop in life expectancy since World War II, mostly due to the pandemic.  All 50 states had declines in life expectancy that year.  These declines were detailed in a new report released in mid-August.  On the last day of the month, NCHS released new estimates for 20""")
add(id="t6-ncats-registries-glossary-inclusion-criteria", group="no-red-flag", url="https://registries.ncats.nih.gov/glossary/inclusion-criteria/", source="NCATS (NIH) Toolkit for Patient-Focused Therapy Development, glossary", licence=PD,
    title="Inclusion criteria", audience="consumer", genre="dictionary-glossary", topic="clinical-study inclusion criteria (definition)", topic_kind="other",
    W=False, reason="glossary definition of a research term; red flags not expected", evidence=[], urgency="none", notes="",
    text="""Inclusion criteria
In a clinical study, inclusion criteria are the set of medical and/or social characteristics which are necessary for a person to be allowed to participate in a clinical study, as outlined in the study protocol. In addition to meeting inclusion criteria, a possible participant must also not meet any of the exclusion criteria.

""")
add(id="t6-medlineplus-ency-genetics", group="no-red-flag", url="https://medlineplus.gov/ency/article/002048.htm", source="MedlinePlus Medical Encyclopedia (US National Library of Medicine)", licence=PD,
    title="Genetics", audience="consumer", genre="genetics or rare-disease explainer", topic="genetics and inheritance (basics)", topic_kind="other",
    W=False, reason="@gen", evidence=[], urgency="none", notes="",
    text="""Genetics is the study of heredity, the process of a parent passing certain genes to their children. A person's appearance -- height, hair color, skin color, and eye color -- is influenced by genes. Other characteristics influenced by heredity are:
- Likelihood of getting certain diseases
- Mental abilities
- Natural talents
An abnormal trait (variant) that is passed down through families (inherited) may:
- Have no effect on your health or well-being. For example, the trait might just cause a white patch of hair or an earlobe that is longer than normal.
- Have only a minor effect, such as color blindness.
- Have a major effect on your quality or length of life.
For most genetic conditions, genetic counseling is advised for couples who want to become pregnant.
Information
Human beings have cells with 46 chromosomes. These consist of 2 chromosomes that determine what sex they are (X and Y chromosomes), and 22 pairs of nonsex (autosomal) chromosomes. Males are "46,XY" and females are "46,XX." The chromosomes are made up of strands of genetic information called DNA. Each chromosome contains sections of DNA called genes. The genes carry the information needed by your body to make certain proteins.
Each pair of chromosomes contains one chromosome from the mother and one from the father. Each chromosome in a pair carries basically the same information; that is, each chromosome pair has the same genes. Sometimes there are slight variations of these genes. These variations occur in less than 1% of the DNA sequence. The genes that have these variations are called alleles.
Some of these variations can result in a gene that is not working properly. A variant gene may lead to an abnormal protein or an abnormal amount of a normal protein. In a pair of autosomal chromosomes, there are two copies of each gene, one from each parent. If one of these genes is abnormal, the other one may make enough protein so that no disease develops. When this happens, the variant gene is called reces""")
add(id="t6-docslib-ghr-inheriting-genetic-conditions", group="no-red-flag", url="https://docslib.org/doc/13476768/inheriting-genetic-conditions-2018", source="docslib.org (reposted Genetics Home Reference booklet, US National Library of Medicine)", licence=PDREPOST,
    title="Help Me Understand Inheriting Genetic Conditions (2018)", audience="consumer", genre="genetics or rare-disease explainer", topic="how genetic conditions are inherited; family history", topic_kind="other",
    W=False, reason="@gen", evidence=[], urgency="none", notes="PDF extraction with lost words kept",
    text="""<<

Help Me Understand Inheriting Genetic Conditions

Reprinted from https://ghr.nlm.nih.gov/

Lister Hill National Center for Biomedical Communications U.S. National Library of Medicine National Institutes of Health Department of Health & Human Services

Published February 27, 2018 Genetics Home Reference - https://ghr.nlm.nih.gov/ Inheriting Genetic Conditions

Inheriting Genetic Conditions

Table of Contents

Section Page

What does it mean if a disorder seems to run in my family? 3

Why is it important to know my family medical history? 6

What are the different ways in which a genetic condition can be inherited? 8

If a runs in my family, what are the chances that my 20 children will have the condition?

What are reduced and variable ? 23

What do geneticists mean by ? 25

What are genomic imprinting and uniparental disomy? 26

Are chromosomal disorders inherited? 28

Why are some genetic conditions more common in particular ethnic 29 groups?

page 2 Genetics Home Reference - https://ghr.nlm.nih.gov/ Inheriting Genetic Conditions

What does it mean if a disorder seems to run in my family? A particular disorder might be described as “running in a family” if more than one person in the family has the condition. Some disorders that affect multiple family members are caused by , which can be inherited (passed down from parent to child). Other conditions that appear to run in families are not caused by mutations in single . Instead, environmental factors such as dietary habits or a combination of genetic and environmental factors are responsible for these disorders. It is not always easy to determine whether a condition in a family is inherited. A genetics professional can use a person’s family history (a record of health information about a person’s immediate and extended family) to help determine whether a disorder has a genetic component. He or she will ask about the health of people from several generations of the family, usually first-, second-, and thi""")
add(id="t6-buckinghamshireccg-five-ways-to-wellbeing", group="no-red-flag", url="https://www.buckinghamshireccg.nhs.uk/public/your-health/manage-your-health/five-ways-to-wellbeing/", source="NHS Buckinghamshire Clinical Commissioning Group, your health", licence=OGL,
    title="Five Ways to Wellbeing", audience="consumer", genre="other", topic="five ways to wellbeing (mental wellbeing habits)", topic_kind="prevention",
    W=False, reason="@life", evidence=[], urgency="none", notes="",
    text="""Five Ways to Wellbeing

Wellbeing is about feeling good and enjoying your day-to-day life.  The things we do and the way we think impact our wellbeing.

The Five Ways to Wellbeing are evidence-based ways in which you can increase a sense of your wellbeing:

  1. Connect with your friends, family, neighbors, and people at work. Have a conversation, pass the time of day, make time for that chat.
  2. Be Active: find a physical activity that you enjoy – go for a walk, try gardening
  3. Take Notice: take the time to look at the day, the changing seasons; savour the moment.
  4. Keep Learning: try something new, whether it’s making a new recipe, fixing the bike, or even signing up for a course
  5. Give: smile, do something nice for a neighbor, make some time for others

NHS Choices – Wellbeing self assessment


content provided by NHS Choices

Links to further information""")
add(id="t6-dpt-five-ways-to-wellbeing", group="no-red-flag", url="https://www.dpt.nhs.uk/five-ways-to-wellbeing", source="Devon Partnership NHS Trust", licence=OGL,
    title="Five ways to wellbeing", audience="consumer", genre="other", topic="five ways to wellbeing (mental wellbeing habits)", topic_kind="prevention",
    W=False, reason="@life", evidence=[], urgency="none", notes="hard call: a mental-health trust page that mentions 'struggling to cope'; wellbeing advice, not a page for people in crisis, so no crisis signs expected",
    text="""Profile of a relaxed woman breathing fresh air in a green forest

Five ways to wellbeing

The five ways to wellbeing were developed to support simple, everyday steps that help people lead healthier, more fulfilling lives. Based on extensive research and expert opinion, they offer evidence-based actions that anyone can apply to improve their everyday wellbeing.

We all face challenges in life. What those look like, and how difficult they feel, will be different for each of us. But most of us know the feeling of being emotionally drained or struggling to cope.

1. Connect

Being well connected is closely linked to improved mental health and overall wellbeing. Take time to build and nurture relationships with family, friends, colleagues and your wider community. They're the foundations of everyday support and enrichment.

Connection can also mean pausing to reflect, enjoying time with pets or nature or attending to your spiritual needs. If you're in a caring role, frequent contact with others can sometimes feel overwhelming. Strive for balance by making space for positive, nourishing interactions that restore your energy and help you live well.

2. Keep learning

Valuing learning supports mental health and helps us feel fulfilled. Whether it's exploring a new interest, developing a skill, or gaining insight from those around us, learning keeps us engaged and builds confidence.

Learning doesn't need to be formal or demanding. It can be as simple as trying a new recipe, discovering local events, or deepening conversations with others. By adopting a curious mindset and finding personal meaning in what we learn, we can make it a rewarding and empowering part of everyday life.

3. Be active

Regular physical activity is closely linked to improved mental wellbeing. Whether it's walking, gardening, dancing or playing a sport, choose something you enjoy that suits your mobility and lifestyle. Even short bursts, just ten minutes, can make a difference.

Being active isn't just""")
add(id="t6-setrust-take-5-ways-to-wellbeing", group="no-red-flag", url="http://www.setrust.hscni.net/about/4084.htm", source="South Eastern Health and Social Care Trust (Northern Ireland)", licence=OGL,
    title="'Take 5 Ways to Wellbeing'", audience="consumer", genre="other", topic="Take 5 ways to wellbeing (public health message)", topic_kind="prevention",
    W=False, reason="@life", evidence=[], urgency="none", notes="",
    text="""'Take 5 Ways to Wellbeing'


‘Take 5 Ways to wellbeing’ is a set of  evidence -base public health messages aimed at improving the wellbeing of the whole population.

New Economics Foundation (NEF) has undertaken research on Mental Capital and Wellbeing, and results  state that if practiced regularly this up to date evidence suggests that building the ‘5 Ways to wellbeing’  activities into our day to day lives our mental health and wellbeing will be improved. It also states that practicing the activities can add 7 years on to your life.


Connect; with people around you; friends, family, colleagues, remember these are the cornerstones of your life
Keep learning; something new, unearth an old skill, challenge yourself and build your confidence
Be active; walk, swim, cycle, play a game, enjoy a level of fitness to suit you and makes you feel good
Take notice; of the world around you, the changing seasons, reflect on these will enable you to appreciate what matters
Give; smile at someone, offer your time, join a community group and create connections with people around you.""")
