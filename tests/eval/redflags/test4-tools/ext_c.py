UKPOL = "UK Health Security Agency press release (Crown copyright, Open Government Licence v3.0), reposted by a third-party press-release aggregator"
add(id="t4-ukpol-ukhsa-climate-mental-health-release", url="https://www.ukpol.co.uk/tag/uk-health-security-agency", source="UKPol (press-release aggregator), reposting a UK Health Security Agency press release", licence=UKPOL,
    title="PRESS RELEASE : New report highlights impact of climate change on mental health in the UK [November 2025]", audience="consumer", genre="news or research report",
    topic="climate change and mental health report", topic_kind="other", W=False, reason="@policy", evidence=[], urgency="none",
    notes="research/policy release; heat and flooding named as risks to mental health without any acute scenario for readers",
    text="""Tag: UK Health Security Agency

  • PRESS RELEASE : New report highlights impact of climate change on mental health in the UK [November 2025]

    PRESS RELEASE : New report highlights impact of climate change on mental health in the UK [November 2025]

    The press release issued by the UK Health Security Agency on 12 November 2025.

    The new report demonstrates the impact climate change is already having on the mental health of the UK population.

    report published today by the UK Health Security Agency (UKHSA) demonstrates the impact climate change is already having on the mental health of the UK population.

    The effects of extreme weather such as flooding and heat are the biggest climate-related issues affecting mental health in the UK today, particularly impacting vulnerable populations who find it increasingly difficult to access transport and healthcare services in extreme conditions.  

    An increasing awareness of these longer-term impacts is also leading to increased anxiety about the future, particularly among children and young people. In the absence of appropriate interventions and adaptations, these impacts are likely to grow as the climate warms.

    The report outlines that mental health impacts are not felt equally – farming, rural communities, those with livelihoods connected to the land and those with pre-existing health issues are at heightened risk.

    There are steps that can be taken to reduce the burden placed on mental health and well-being from climate change, including implementing preparedness measures such as high-quality early warning systems and providing targeted mental health support for communities affected by adverse weather events.

    Professor Lea Berrang Ford, Head of the UKHSA Centre for Climate and Health Security (CCHS), said:

    Climate change is already impacting mental health, and these risks will increase as the climate warms and extreme weather events become more frequent and severe.  

    C""")
add(id="t4-ukpol-ukhsa-polio-sewage-release", url="https://www.ukpol.co.uk/tag/uk-health-security-agency/page/5", source="UKPol (press-release aggregator), reposting a UK Health Security Agency press release", licence=UKPOL,
    title="PRESS RELEASE : Expansion of polio sewage surveillance to areas outside London", audience="consumer", genre="news or research report",
    topic="poliovirus sewage surveillance", topic_kind="other", W=False, reason="@policy", evidence=[], urgency="none",
    notes="surveillance news; no symptoms or reader action in scope (vaccination would be the only advice)",
    text="""Tag: UK Health Security Agency

  • PRESS RELEASE : Expansion of polio sewage surveillance to areas outside London

    PRESS RELEASE : Expansion of polio sewage surveillance to areas outside London

    The press release issued by the UK Health Security Agency on 2 September 2022.

    UKHSA and MHRA are expanding polio sewage surveillance to a range of areas outside of the capital.

    Following the findings of poliovirus in sewage samples collected from the London Beckton Sewage Treatment Works, which covers parts of North and East London, the UK Health Security Agency (UKHSA) working with the Medicines and Healthcare product Regulatory Agency (MHRA) are now expanding the surveillance to a range of areas outside of the capital.

    This is on a precautionary basis to determine whether the virus is spreading to other areas. To date, sewage sampling has been conducted in London and Glasgow, and no polio virus has been detected in Glasgow.

    The additional sites where the sampling will be rolled out are Sewage Treatment Works covering parts of Birmingham, Blackburn with Darwen, Bradford, Brighton and Hove, City of Bristol, Bury, Castle Point, Leeds, Leicester, Liverpool, Luton, Manchester, North Tyneside, Newcastle upon Tyne, Gateshead, Nottingham, Preston, Salford, Sheffield and Watford.

    These areas have been chosen on the basis of an assessment of risk, which takes into consideration a number of factors. This includes demographics – population groups living in the area with links to countries overseas where wild poliovirus is still found or where live oral polio vaccine is still used; areas with low polio vaccination coverage; areas with pockets of under-vaccinated communities; and areas adjacent to the locations in London where poliovirus has been detected.

    The sewage sampling strategy will continue to be reviewed and adapted as new evidence emerges. Nationally the overall risk of paralytic polio is considered low because most people are protec""")
add(id="t4-tewhatuora-people-panui-issue-11", url="https://us5.campaign-archive.com/?u=e5eb2bf3c295a0c45c4700780&id=3607ff1228", source="Health New Zealand | Te Whatu Ora staff newsletter (People Pānui), e-mail archive", licence="New Zealand government work, CC BY 4.0 (presumed under NZGOAL, not verified)",
    title="People Pānui Issue #11 - 7 July 2022", audience="professional", genre="news or research report", topic="health-system restructuring staff newsletter", topic_kind="other",
    W=False, reason="@policy", evidence=[], urgency="none", notes="administrative staff news; the bowel-screening campaign is mentioned only as a launch",
    text="""View this email in your browser
Issue #11 - 7 July 2022
In this edition
Chief Executives' Update
Regional launch events
Key 'Day 1' information and links
Health sector updates
Te Whatu Ora operational updates
Recent events around the motu

Chief Executives' update

Tēnā koutou e ngā kaimahi,

Last Friday was an historic occasion that marked the beginning of our journey towards better health care and equitable health outcomes for all New Zealanders.

The launch events at Waitangi and AUT South Campus were inspiring and emotional moments for everyone involved – us included. We are delighted that more than 5,000 people were able to join us by livestream. We were also excited to see so many acknowledgements across the country – we’ve included snapshots of those celebrations in this issue.

We are looking forward to working with you to tackle the challenges ahead, as we begin work to implement our new health system. These changes will happen gradually, and the creation of agencies is just the start of this process. We will, however, look to leverage early opportunities where we can.

You may be interested to read the Minister’s expectations for our new Boards, which he spoke about at our first Board Meeting on 1 July. Many of the issues he raises – workforce shortages, workplace culture, innovation, and partnerships – are the key areas we are working to address now. You’ll see a focus on some of the actions our taskforces are undertaking in this issue of our People Pānui.

At the same time, our core work to improve health outcomes continues. Just yesterday we launched a new campaign encouraging people to take part in bowel screening. This will roll out in July 2022 and run until end June 2023. It has a particular focus on encouraging eligible Māori and Pacific peoples to take part in screening. We also want to acknowledge that this campaign follows the completion of the nationwide roll out of the National Bowel Screening Programme, a significant milest""")
add(id="t4-wikipedia-te-whatu-ora", url="https://en.wikipedia.org/wiki/Te_Whatu_Ora", source="Wikipedia", licence=CCBYSA,
    title="Te Whatu Ora", audience="consumer", genre="other", topic="Health New Zealand (health agency)", topic_kind="other",
    W=False, reason="encyclopedic article about a health agency; no health condition in scope", evidence=[], urgency="none",
    notes="trap: names the 111 emergency number and Healthline, but as facts about services, not advice tied to signs",
    text="""= Te Whatu Ora =

Health New Zealand – Te Whatu Ora
- Logo: Health New Zealand.svg
- Formed: 1 July 2022
- Jurisdiction: New Zealand
- Headquarters: 133 Molesworth Street, Thorndon, Wellington
- Employees: ~80,000
- Chief1 Name: Dale Bramley
- Chief1 Position: Chief Executive Officer
- Keydocument1: Pae Ora (Healthy Futures) Act 2022

Health New Zealand – Te Whatu Ora is the primary publicly funded healthcare system of New Zealand. It was established by the New Zealand Government to replace the country's 20 district health boards (DHBs) on 1 July 2022. Health New Zealand is charged with working alongside the Public Health Agency to manage the provision of healthcare services in New Zealand.

==Mandate and responsibilities==
Health New Zealand is responsible for the planning and commissioning of health services as well as the functions of the 20 former district health boards. The Ministry of Health remains responsible for setting health policy, strategy and regulation.

As of 2022, the agency is New Zealand's largest employer, consolidating the DHBs' combined work force of 80,000, with an estimated annual operating budget of NZ$20 billion and an asset base of about NZ$24 billion.

Health New Zealand is responsible for funding Healthline New Zealand (0800 611 116) a free over-the-phone health service that operates 24/7. The telephone is used for non-emergency health advice from nurses and paramedics. The telephone service is not to be confused with the 111 emergency telephone number which handles emergency medical events.

==Leadership and structure==
As of July 2025, Health New Zealand – Te Whatu Ora is headed by a governance board led by chair Professor Lester Levy. Other board members include deputy chair Dr Andrew Connolly, Roger Jarrold, Dr Frances Hughes, Parekawhia McLean, Peter McCardle, and Terry Moore. In addition, Hamiora Bowkett was appointed as Crown Observer to support and monitor the public health service. In addition, Health NZ is led by an i""")
add(id="t4-kswfoodmicro-cdc-listeria-enoki", url="https://kswfoodmicro.com/category/cdc/", source="kswfoodmicro (food-microbiology blog), reposting a CDC investigation notice", licence=PDREPOST,
    title="USA – CDC Investigation Notice – Listeria Outbreak Linked to Enoki Mushrooms", audience="consumer", genre="news or research report", topic="Listeria outbreak linked to enoki mushrooms", topic_kind="condition",
    W=True, reason="public outbreak notice on listeriosis, which is dangerous in pregnancy and older age; readers who ate the food need the symptoms that should prompt a call to a doctor",
    evidence=[], urgency="same-day",
    notes="hard call: outbreak notice (compare awareness/outbreak releases, warranted in test3); the high-risk-group advice is food avoidance, not a sign tied to care; excerpt cut before CDC's symptoms section",
    text="""Category Archives: CDC

USA – CDC Investigation Notice – Listeria Outbreak Linked to Enoki Mushrooms

CDC

Listeria is especially harmful if you are pregnant, aged 65 or older, or have a weakened immune system. If you are in any of these groups, do not eat raw enoki mushrooms. Cook enoki mushrooms thoroughly to kill any foodborne germs.

Investigators are working to identify specific brands of enoki mushrooms that may be contaminated with the outbreak strain of Listeria. However, many brands of enoki mushrooms have been recalled since the 2020 Listeria outbreak linked to enoki mushrooms.

Fast Facts
  • Illnesses: 2
  • Hospitalizations: 2
  • Deaths: 0
  • States: 2
  • Recall: No
  • Investigation status: Active
Enoki mushrooms on a white background
Listeria in Enoki Mushrooms

Enoki mushrooms are white and have long, thin stems. They are often sold in a bunch with roots in sealed plastic packaging. They are popular in Japanese, Chinese, and Korean food, and they are almost always eaten cooked in soups, hot pots, and stir-fried dishes.

In 2020, CDC investigated the first known Listeria outbreak in the United States linked to enoki mushrooms. This outbreak resulted in three recalls of enoki mushrooms that were imported from Korea. Since then, the U.S. Food and Drug Administration (FDA) and public health officials from several states have been collecting samples of enoki mushrooms and found Listeria in many samples, resulting in more than 20 recalls of enoki mushrooms.

Source of the Outbreak

Information collected so far shows that enoki mushrooms are the likely source of these illnesses.

Both sick people reported eating enoki mushrooms or eating at restaurants with menu items containing enoki mushrooms. The outbreak strain was previously found in one sample of enoki mushrooms that FDA collected at import. However, to date, the firm associated with this sample has not been identified as a potential source of enoki mushrooms in this out""")
add(id="t4-blogspot-cdc-foodborne-outbreaks-2018", url="https://elbiruniblogspotcom.blogspot.com/2018/07/cdc-investigating-multiple-foodborne.html", source="Blogspot blog, reposting a CDC outbreak roundup", licence=PDREPOST,
    title="CDC Investigating Multiple Foodborne Outbreaks This Summer", audience="consumer", genre="news or research report", topic="foodborne outbreak roundup", topic_kind="other",
    W=False, reason="roundup of outbreak notices with recall advice; roundups and listing pages are not expected to carry red flags",
    evidence=["and you developed diarrhea, see a healthcare provider to be tested for Cyclospora infection and to be treated if you are sick."], urgency="prompt",
    notes="hard call (present, not warranted): the Cyclospora item ties an exposure (salad at a named chain since a date) plus a sign (diarrhea) to seeing a provider; the roundup as a whole is a listing (compare monthly recall roundups, not warranted in test2)",
    text="""CDC Investigating Multiple Foodborne Outbreaks This Summer
CDC, other federal agencies, and state partners are investigating a number of foodborne illness outbreaks, including the following:
- Multidrug-resistant Salmonella infections linked to raw turkey products. This outbreak is a reminder to always handle raw turkey carefully and cook turkey to an internal temperature of 165˚F to prevent food poisoning.
- Salmonella infections linked to Hy-Vee Spring Pasta Salad. On July 17, 2018, Hy-Vee, Inc. recalled its Spring Pasta Salad sold in grocery stores in the Midwest. Do not eat recalled Hy-Vee Spring Pasta Salad.
- Vibrio infections linked to fresh crab meat imported from Venezuela. Do not eat fresh crab meat unless you can confirm it is not from Venezuela. Read CDC’s advice to consumers, restaurants and retailers. Then, learn about Vibrio bacteria and how to lower your chance of infection. Also available in Spanish.
- Cyclospora infections linked to salads sold at McDonald’s restaurants. If you have eaten a salad from a McDonald’s restaurant in Iowa, Illinois, Kentucky, Minnesota, Missouri, Nebraska, Ohio, South Dakota, or Wisconsin since May 13, 2018 and you developed diarrhea, see a healthcare provider to be tested for Cyclospora infection and to be treated if you are sick. McDonald’s has voluntarily stopped selling salads in more than 3,000 locations in 14 states.
- Salmonella infections linked to Kellogg’s Honey Smacks cereal. People should not eat and retailers should not sell any Kellogg’s Honey Smacks cereal. Details about this outbreak are also available in Spanish.
- Cyclospora infections linked to Del Monte Fresh Produce vegetable trays. Del Monte Fresh Produce recalled 6 oz., 12 oz., and 28 oz. vegetable trays containing fresh broccoli, cauliflower, celery sticks, carrots, and dill dip. Do not eat recalled vegetable trays. Throw them away.
No hay comentarios:
Publicar un comentario""")
add(id="t4-niddk-viral-hepatitis-all-content", url="https://www2.niddk.nih.gov/health-information/liver-disease/viral-hepatitis/all-content", source="National Institute of Diabetes and Digestive and Kidney Diseases (NIDDK)", licence=PD,
    title="Hepatitis (Viral)", audience="consumer", genre="patient information", topic="viral hepatitis", topic_kind="condition",
    W=True, reason="consumer overview of liver infections that can cause acute illness (jaundice) and liver failure; a see-a-doctor prompt is expected",
    evidence=[], urgency="same-day",
    notes="hard call: the stored excerpt is the definitions/transmission part of a long all-content page; 'Early diagnosis and treatment of chronic hepatitis can prevent ... complications' is not tied to signs or a time; excerpt cut at hepatitis A",
    text="""Hepatitis (Viral)

Return to Overview Page

What Is Viral Hepatitis?

Viral hepatitis is an infection that causes liver inflammation and damage. Inflammation is swelling that occurs when tissues of the body become injured or infected. Inflammation can damage organs. Researchers have discovered several different viruses that cause hepatitis, including hepatitis A, B, C, D, and E.

Hepatitis A and hepatitis E typically spread through contact with food or water that has been contaminated by an infected person’s stool. People may also get hepatitis E by eating undercooked pork, deer, or shellfish.

Hepatitis B, hepatitis C, and hepatitis D spread through contact with an infected person’s blood. Hepatitis B and D may also spread through contact with other body fluids. This contact can occur in many ways, including sharing drug needles or having unprotected sex.

The hepatitis A and E viruses typically cause only acute, or short-term, infections. In an acute infection, your body is able to fight off the infection and the virus goes away.

The hepatitis B, C, and D viruses can cause acute and chronic, or long-lasting, infections. Chronic hepatitis occurs when your body isn’t able to fight off the hepatitis virus and the virus does not go away. Chronic hepatitis can lead to complications such as cirrhosis, liver failure, and liver cancer. Early diagnosis and treatment of chronic hepatitis can prevent or lower your chances of developing these complications.

When doctors can’t find the cause of a person’s hepatitis, they may call this condition non-A–E hepatitis or hepatitis X. Experts think that unknown viruses other than hepatitis A, B, C, D, and E may cause some cases of hepatitis. Researchers are working to identify these viruses.

Although non-A–E hepatitis is most often acute, it can become chronic.

Hepatitis A

In this section:

What is hepatitis A?

Hepatitis A is a viral infection that causes liver inflammation and damage. Inflammation is swelling tha""")
add(id="t4-niaid-hepatitis-research", url="https://www.niaid.nih.gov/diseases-conditions/hepatitis-research", source="National Institute of Allergy and Infectious Diseases (NIAID)", licence=PD,
    title="Hepatitis Disease-Specific Research", audience="consumer", genre="clinical-trial or research listing", topic="hepatitis research programme", topic_kind="other",
    W=False, reason="@policy", evidence=[], urgency="none", notes="research-programme page; transmission routes listed as background",
    text="""Hepatitis Disease-Specific Research

NIAID supports and conducts research on each of the five known hepatitis viruses—A, B, C, D, and E. During the past 60 years, NIAID-supported investigators have been involved in many important breakthroughs in hepatitis research, including the discovery of the hepatitis A and E viruses, the development of one of the first diagnostic tests for hepatitis A, and studies that led to the creation of the hepatitis A vaccine and laid the foundation for advanced development of a hepatitis E vaccine. Commensurate with the magnitude of the medical burdens imposed by these viruses, the greatest emphasis is placed on the study of hepatitis C and hepatitis B viruses, focusing on the immune response to infection, pathogenesis and development of novel therapeutics and vaccines.

Hepatitis B 

Although a vaccine to prevent hepatitis B infection is available, hepatitis B-induced liver cirrhosis and liver cancer kill about 3,000 people in the United States and roughly 620,000 people worldwide each year.

The virus can be spread

  • From mother to child during childbirth
  • Through sex with an infected partner
  • Through contact with the blood of an infected person
  • By sharing needles, syringes, razors, or toothbrushes with an infected person

 Co-infection with hepatitis B virus and HIV is common. 

NIAID is working with researchers in academia and the pharmaceutical industry to screen hundreds of new drug compounds for potential antiviral activity against hepatitis B. The goal is to find new treatments that will work alone or in combination with current drugs to reduce or resolve chronic infections.

Hepatitis C 

Hepatitis C virus can be spread

  • Through contact with the blood of an infected individual, such as through sharing needles when injecting drugs
  • By unsafe injection practices in healthcare facilities
  • In mother-to-child transmission during childbirth
  • Through sexual contact with an infected partn""")
