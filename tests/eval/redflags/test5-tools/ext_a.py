# batch a: news (NIH, CDC, NZ DHBs, NHS trust) — texts are the search tool's excerpts, verbatim
add(id="t5-nih-news-stroke-risk-factors-cognitive-problems", url="https://www.nih.gov/news-events/news-releases/nih-study-finds-stroke-risk-factors-may-lead-cognitive-problems", source="National Institutes of Health (NIH), news release", licence=PD,
    title="NIH study finds stroke risk factors may lead to cognitive problems", audience="consumer", genre="news or research report", topic="stroke risk factors and cognitive decline (REGARDS study)", topic_kind="other",
    W=False, reason="@news", evidence=[], urgency="none", notes="research news about risk factors; mentions stroke throughout but is not advice to readers with symptoms",
    text="""News Release

Monday, November 7, 2011

NIH study finds stroke risk factors may lead to cognitive problems

High blood pressure and other known risk factors for stroke also increase the risk of developing cognitive problems, even among people who have never had a stroke, a study funded by the National Institutes of Health has found.

High blood pressure and other known risk factors for stroke also increase the risk of developing cognitive problems, even among people who have never had a stroke, a study funded by the National Institutes of Health has found.

"Our results emphasize the importance of early intervention to treat high blood pressure and preserve cognitive health prior to a stroke or other cerebral event," said first author Frederick Unverzagt, Ph.D., a professor of psychiatry at Indiana University School of Medicine in Indianapolis. The study appears in the Nov. 8, 2011 issue of Neurology.

The new findings come from the REasons for Geographic and Racial Differences in Stroke (REGARDS) study, an effort to track stroke risk and cognitive health in an ethnically and demographically diverse sample of the U.S. population 45 and older. Since 2003, the study has followed more than 30,000 people. The study is funded by NIH's National Institute of Neurological Disorders and Stroke (NINDS) and is led by George Howard, Ph.D., chair of the biostatistics department at the University of Alabama at Birmingham.

Strokes, which affect some 795,000 Americans each year, occur when blood vessels that supply the brain rupture or become blocked. A stroke can cause a host of cognitive disabilities, including effects on memory, speech and language, and everyday problem solving. But even without suffering a stroke, individuals at risk for stroke may experience cognitive problems as their blood vessels deteriorate.

For this analysis, the REGARDS team collected data on nearly 24,000 study participants who had no history of cognitive impairment or stroke, and no evidence of strok""")
add(id="t5-cdc-ncezid-recent-work-2019-outbreaks", url="https://www.cdc.gov/ncezid/what-we-do/recent-work.html", source="CDC, National Center for Emerging and Zoonotic Infectious Diseases", licence=PD,
    title="Recent Work: Our Work - 2019", audience="consumer", genre="news or research report", topic="roundup of current foodborne and zoonotic outbreaks", topic_kind="other",
    W=False, reason="outbreak roundup of an agency's recent work; a listing, not advice to readers with symptoms (compare outbreak roundups in test4)", evidence=[], urgency="none",
    notes="trap: every item tells consumers what not to eat or how to wash hands (recall and prevention advice); no sign is tied to seeking care",
    text="""Recent Work

Our Work - 2019

Latest outbreaks
chickens

CDC, with federal and state partners, is investigating various outbreaks, including the following:

  • E. coli infections linked to flour. Eight states have reported 17 cases of Shiga toxin-producing E. coli O26 infections linked to flour. On May 23, 2019, ADM Milling Co. and ALDI recalled 5-lb. bags of Baker’s Corner All Purpose Flour because they may be contaminated with E. coli. CDC recommends that consumers not use any of the recalled flour. If you stored flour purchased from ALDI in another contaimer and don’t remember the brand or “better by” date, throw it away. Consumers should thoroughly wash the containers before using them again.
  • Gastrointestinal illnesses linked to oysters imported from Mexico. Five states have reported 16 people with illnesses linked to multiple pathogens, including Vibrio parahaemolyticus, Vibrio albensis, Shigella flexneri, and Shiga toxin-producing coli non-O157. CDC advises consumers, restaurants, and retailers not to eat, serve, or sell oysters harvested from Estero El Cardon, an estuary in Baja California Sur, Mexico.
  • Salmonella infections linked to contact with backyard poultry. Twenty-one states have reported 52 illnesses. CDC recommends that people always wash their hands thoroughly with soap and water right after handling chicken, ducks, other live poultry, or anything in the environment where they live and roam. Set aside a pair of shoes to wear while taking care of poultry and keep those shoes outside the house.
  • Salmonella infections linked to Karawan and SoCo brands of tahini. Three states have reported four ill people, including one person who was hospitalized. CDC recommends that consumers, restaurants, and retailers not eat, serve, or sell recalled Karawan or SoCo brands of tahini. If you have Karawan or SoCo brands of tahini and do not know if they were recalled, do not eat them. Throw them away.
New report on US One Health Zoonotic Di""")
add(id="t5-webharvest-cdc-ncezid-2017-domestic-outbreaks", url="https://www.cdc.gov/ncezid/what-we-do/2017-highlights/outbreaks-domestic.html", fetched_from="https://webharvest.gov/congress115th/20190109212946/https://www.cdc.gov/ncezid/what-we-do/2017-highlights/outbreaks-domestic.html", source="CDC, National Center for Emerging and Zoonotic Infectious Diseases (archived copy, webharvest.gov)", licence=PD,
    title="NCEZID 2017: Outbreaks (Domestic)", audience="consumer", genre="news or research report", topic="review of 2017 US outbreak investigations", topic_kind="other",
    W=False, reason="@policy", evidence=[], urgency="none",
    notes="trap: 'advised those who consumed the raw milk to seek antibiotic treatment' reports past advice to named dairies' customers; it is not addressed to the reader",
    text="""Skip directly to search Skip directly to A to Z list Skip directly to navigation Skip directly to page options Skip directly to site content

NCEZID 2017: Outbreaks (Domestic)

E. coli in the US: CDC helped identify, stop outbreak from soy nut butter

head of a black and white cow

In early 2017, CDC worked with partners to quickly investigate and stop a fast-moving outbreak of Shiga toxin-producing E. coli infections, which sickened 32 people—mostly children— in 12 states. The source was a brand of soy nut butter, which had never before been linked to an outbreak.

 

Brucella RB51 in NJ and TX: CDC investigates rare illnesses from raw milk

Investigations in Texas and New Jersey identified people infected with a dangerous germ called Brucella RB51. If not treated with antibiotics, Brucella RB51 infection can lead to serious chronic infections and complications. These illnesses occurred among people who drank raw (unpasteurized) milk from a dairy farm in Texas and a milk delivery service in the Northeast. CDC and state health officials warned customers not to drink raw milk from these dairies and advised those who consumed the raw milk to seek antibiotic treatment.

CDC worked with partners to investigate an outbreak of multidrug-resistant Salmonella Heidelberg linked to dairy calves.

Salmonella in the US: CDC investigates infections linked to contaminated papayas

In summer 2017, CDC and partners investigated four separate multistate outbreaks of Salmonella infections linked to Maradol papayas imported from Mexico. Investigators used CDC’s PulseNet system to identify 251 illnesses from 26 states, including 79 hospitalizations and two deaths.

 

Multidrug-resistant Salmonella in the US: CDC traces illnesses to contact with dairy calves

In 2017, CDC worked with partners to investigate an outbreak of multidrug-resistant Salmonella Heidelberg infections linked to contact with dairy calves. Testing conducted by CDC showed that isolates from ill people were """)
add(id="t5-nmdhb-news-meningococcal-know-the-symptoms", url="https://www.nmdhb.govt.nz/news-and-notices/meningococcal-disease-know-the-symptoms/", source="Nelson Marlborough District Health Board (New Zealand), news and notices", licence=CCBYNZ + "; presumed under NZGOAL",
    title="Meningococcal disease: Know the symptoms", audience="consumer", genre="news or research report", topic="meningococcal disease awareness (local cases, Northland outbreak)", topic_kind="condition",
    W=True, reason="public awareness release whose stated purpose is that readers recognise meningococcal disease and act",
    evidence=["it is critical for people to seek immediate medical attention if they, or someone they know, has symptoms of the disease. They should call an ambulance if necessary."],
    urgency="emergency", notes="hard call (awareness release, warranted as in test3/test4); condition-level advice with the symptom lists directly below it (tie-break 2); excerpt cut in the rash item",
    text="""News and Notices

Meningococcal disease: Know the symptoms

People are advised to be alert to the symptoms of meningococcal disease (including meningitis) as an outbreak in Northland continues, alongside an increase in cases in the Nelson/Tasman region this year.

Nelson Marlborough Health Medical Officer of Health Dr Andrew Lindsay says that there have been four confirmed cases of meningococcal disease in Nelson so far this year. All have been among people aged 18-35.

While the local cases are not connected, are different strains to the Northland strain, and do not constitute an outbreak, Dr Lindsay urges people to be mindful of the disease. 

“Winter and spring are typically when we experience the highest incidence of disease. It’s also the time of year when people start to travel and socialise more, in larger groups of people.

"While meningococcal disease can affect anyone babies, young children, teenagers and young adults living in halls of residence, flatting, or boarding dormitories are at greater risk,” Dr Lindsay says.


Meningococcal disease cases in the Nelson Tasman region 2018 

       Year Numbers of cases Meningococcal disease strain (serogroup)   
2018 to date (the most recent case on 24 November) B & Y & one pending
2017 0  
2016 1 B
2015 1  
2014 3 confirmed cases + 1 probable case B & C


Meningococcal disease: Symptoms
Dr Lindsay says that it is critical for people to seek immediate medical attention if they, or someone they know, has symptoms of the disease. They should call an ambulance if necessary.

Meningococcal disease can be difficult to diagnose because it can look like other illnesses, such as the flu. Symptoms of meningitis can develop suddenly and include:

  • a high fever
  • headache
  • sleepiness
  • joint and muscle pains

There can also be some more specific symptoms, such as:

  • a stiff neck
  • dislike of bright lights
  • vomiting
  • crying
  • refusal to feed (in infants)
  • a rash co""")
add(id="t5-tdhb-media-release-meningococcal-2012", url="https://tdhb.org.nz/news/documents/media_release_2012_02_3.shtml", source="Taranaki District Health Board (New Zealand), media release", licence=CCBYNZ + "; presumed under NZGOAL",
    title="Meningococcal Disease Cases Prompt Health Warning", audience="consumer", genre="news or research report", topic="meningococcal disease cases, public and clinician warning", topic_kind="condition",
    W=True, reason="public health warning whose purpose is that readers recognise meningococcal disease early",
    evidence=[], urgency="emergency",
    notes="hard call: 'Don't hesitate to seek medical attention without delay if your are concerned' is worry-based and 'If their condition worsens take them back to the doctor' names no specific sign (tie-break 1: generic); 'flu-like illness' describes how the disease can look, not a trigger; the excerpt is cut before the sign list ('Symptoms and signs of the disease vary, b')",
    text="""Meningococcal Disease Cases Prompt Health Warning

3 Feburary 2012

Two confirmed cases of meningococcal disease reported this week have prompted a warning from Dr Greg Simmons, Taranaki DHB Medical Officer of Health, to both health professionals and the public to be alert for the signs and symptoms of the disease.

“Both cases were in young adults residing in New Plymouth but there are no apparent links between them. These are the first cases since two were reported on the same day at the end of November 2011,“ says Dr Simmons.

Meningococcal disease is caused by the bacterial germ Neisseria meningitidis. It can cause meningitis (infection of the membrane around the brain) or septicaemia (blood poisoning) and rarely, infection in other sties in the body. It is a serious disease and can sometimes cause death or permanent disability, such as deafness, loss of limbs and epilepsy. There are different groups of meningococcal bacteria, with group B being the most common in New Zealand (and about a quarter of the cases caused by group C).

Both cases are making a steady recovery. One has been confirmed as being caused by the group C meningococcal bacterium. Results on the other are awaited. Public health staff have identified close contacts of the cases and have offered them advice and preventative treatment.

Prompt treatment with antibiotics can prevent death or permanent disability. Dr Simmons is also urging doctors and others to keep a close eye on those who are unwell with flu-like symptoms, which can worsen rapidly.

“With the influenza season looming, it is important to remember that the early stages of meningococcal disease can appear as a flu-like illness. Meningococcal disease can progress very quickly. If an individual is sick, be vigilant and check them often. Don’t hesitate to seek medical attention without delay if your are concerned. If their condition worsens take them back to the doctor," said Dr Simmons.

Symptoms and signs of the disease vary, b""")
add(id="t5-rph-meningococcal-disease-meningitis", url="https://www.rph.org.nz/public-health-topics/illness-and-disease/meningococcal-disease-meningitis/", source="Regional Public Health (Te Whatu Ora, Wellington region, New Zealand)", licence=CCBYNZ + "; presumed under NZGOAL",
    title="Meningococcal disease (meningitis)", audience="consumer", genre="patient information", topic="meningococcal disease", topic_kind="condition",
    W=True, reason="@acute", evidence=[], urgency="emergency",
    notes="hard call: 'If you notice any of the symptoms of meningitis, contact your family doctor or call the Healthline on 0800 611 116 immediately' refers to symptoms that the stored excerpt never lists ('It is important to know the signs and symptoms'); condition-level advice without signs next to it does not count (compare t3-nhsinform-sepsis)",
    text="""Meningococcal disease is a bacterial infection that causes two very serious illnesses: meningitis (an infection of the membranes that cover the brain) and septicaemia (blood poisoning).

It can affect anyone – but it’s more common in children under the age of 5, teenagers and young adults. Students in their first year of tertiary education living in hostel accommodation may also be at higher risk. Meningitis is difficult to catch as the bacteria don't live for very long outside of the body. The bacteria passes from person to person through secretions from the nose or throat, for example by coughing or sneezing.

It is important to know the signs and symptoms of meningitis as it can develop quickly. It can be treated with antibiotics, but early treatment is very important.

If you notice any of the symptoms of meningitis, contact your family doctor or call the Healthline on 0800 611 116 immediately.

* On 26 November 2018 the Minister of Health announced a decision to implement a meningococcal vaccination programme in Northland. For more information on the vaccination programme including FAQs, visit the Northland DHB website.

Although there have been meningococcal W disease cases in other parts of the country, at this stage the rates are small and we do not have other community outbreaks. The Ministry of Health is monitoring the situation closely and will work with other district health boards if there are increases in cases in their regions.

Information for health professionals

Information for the public

For more information on meningococcal disease visit:

    Last updated 6 April 2022.""")
add(id="t5-hailto-tewhatuora-meningococcal-school-update", url="https://hail.to/sthildas-collegiate-school/publication/KLed6LJ/article/B1iOYHi", source="St Hilda's Collegiate School newsletter (hail.to), reposting a Te Whatu Ora National Immunisation Programme update", licence=CCBYNZ + "; Te Whatu Ora text reposted by a school (presumed)",
    title="Meningococcal Disease Information", audience="consumer", genre="other", topic="meningococcal disease: free vaccination for young people in shared housing, symptoms", topic_kind="prevention",
    W=True, reason="update to families about a life-threatening infection that lists its symptoms; readers need to know when to act",
    evidence=["If you are concerned that someone in your care might have meningococcal disease, call a doctor straight away or dial 111 and say what the symptoms are."],
    urgency="emergency", notes="condition-level advice with the symptom lists directly above it (tie-break 2); main purpose is vaccination; genre follows the hosting page (school newsletter → other)",
    text="""by Isla Huffadine

Meningococcal Disease Information

Kia ora,

You may be aware that cases of meningococcal disease have been identified in universities recently. We wanted to make sure you knew that young people aged between 13 and 25 years old residing in boarding schools or tertiary halls of residence can now be protected from meningococcal disease free of charge.

Meningococcal disease is serious and can be life-threatening. It can develop rapidly and be deadly within just a few hours.

People who survive meningococcal disease often have serious long-term effects, including amputation of limbs, hearing loss, seizures, brain injury, and permanent skin scarring. But vaccination is very effective in helping prevent meningococcal disease.

Rangatahi living in close proximity are at higher risk of meningococcal disease due to the way the bacteria are transmitted from person to person. Students wanting to get vaccinated should contact student health or their usual health provider.

Common symptoms of meningococcal disease include:

  • a fever (high temperature), although their hands and feet may feel cold
  • vomiting
  • muscle and joint aches and pains.

Common symptoms of meningitis, which is caused by meningococcal disease, include:

  • a headache, which may be severe
  • a stiff neck
  • sensitivity to bright light
  • drowsiness and confusion (being hard to wake them).
  • a red or purple rash is common, but it doesn’t always happen.
  • spots may appear on the body looking like a rash or bruises.

If you are concerned that someone in your care might have meningococcal disease, call a doctor straight away or dial 111 and say what the symptoms are.

If you have any questions about this update or would like more information, please contact immunisation@health.govt.nz.

Ngā mihi, 

Rob Humphrys

Acting Group Manager Operations
National Immunisation Programme
Prevention, National Public Health Service

Te Whatu Ora - Health New Zealand""")
add(id="t5-bhr-hospitals-news-sepsis-improvements", url="https://www.bhrhospitals.nhs.uk/news/weve-been-praised-for-our-improvements-in-identifying-and-treating-sepsis-1698", source="Barking, Havering and Redbridge University Hospitals NHS Trust, news", licence=OGL,
    title="We've been praised for our improvements in identifying and treating sepsis", audience="consumer", genre="news or research report", topic="hospital trust's sepsis recognition and staff training", topic_kind="other",
    W=False, reason="@policy", evidence=[], urgency="none", notes="staff-training and service news (test3 convention); mentions awareness animations for the public but gives no signs",
    text="""News and events

News and events

We’ve been praised for our improvements in identifying and treating sepsis

Sepsis awareness in children animation

We’ve been praised as being one of the most improved trusts in the country in how quickly our staff identify and treat sepsis.

A rare but serious condition, sepsis is a complication of an infection and without quick treatment, can lead to multiple organ failure and death.

We received a letter from Celia Ingham Clark, Medical Director for Clinical Effectiveness at NHS England, praising the hard work of all our staff to ensure they are identifying and treating sepsis in patients more quickly and effectively.

She said: “I would like to congratulate you for all the hard work and dedication you have shown, which has enabled these improvements in sepsis recognition and treatment to take place.”

REAct to Sepsis – Recognise, Escalate, Act - was introduced by our Paediatric Emergency Department (ED) Consultant, Sylvester Gomes, in the children’s ED. It is used to train staff how to diagnose and treat sepsis, which is particularly challenging to spot in children.

REAct, which has proved such a success we were asked to present on it at the 2017 Sepsis Conference, has also been rolled out to all our clinical staff, who receive annual training. To ensure all training is up-to-date, there 114 sepsis trainers across the Trust.

Sepsis trolleys and kit boxes have also been introduced to wards and departments at both hospitals, containing the equipment needed to treat the condition in one easily accessible place, a Sepsis Steering Group was set up and a number of awareness days have been held. We even made short animated films to help people identify sepsis in adults and children (pictured).

Magda Smith, Associate Medical Director and Trust Sepsis Lead, said: “It’s really encouraging that the hard work and dedication of our staff in improving our processes around sepsis has been recognised.

“We still have more """)
