# batch e: trial listing (ClinicalTrials.gov repost), NSW LHD release, CDC press kit and newsletter
add(id="t8-ignite-nct06801457-prehospital-stroke-eligibility", group="no-red-flag", url="https://www.ignite-sd.com/clinical/show/eligibilitymodule/40945", source="ClinicalTrials.gov record NCT06801457 (eligibility module), reposted by ignite-sd.com", licence=PDREPOST + " (ClinicalTrials.gov record, NLM)",
    title="Eligibility Module (NCT06801457)", audience="professional", genre="clinical-trial or research listing", topic="eligibility criteria of a prehospital acute stroke trial", topic_kind="other",
    W=False, reason="@trial", urgency="none",
    evidence=[], notes="trap: 'new acute stroke', 'severe headache, or unconscious', 'seizure at stroke onset', FAST-ED — all as eligibility criteria; excerpt cut",
    text="""Eligibility Module

Eligibility Module

The Eligibility Module contains detailed information about who can participate in the clinical trial. This includes eligibility criteria, age restrictions, gender requirements, healthy volunteer status, and study population descriptions, helping researchers understand who is eligible to participate in the study.

Eligibility Module path is as follows:

Study -> Protocol Section -> Eligibility Module

Eligibility Module


Ignite Creation Date: 2025-12-24 @ 6:40 PM
Ignite Modification Date: 2025-12-24 @ 6:40 PM
NCT ID: NCT06801457
Eligibility Criteria: Inclusion Criteria: * Age 18 to 80 years old; * Signs and symptoms are consistent with a new acute stroke, with low possibility of stroke mimics (e.g., no sudden coma, prior seizure disorder, suspected hypoglycemia); * No prior stroke; * The time from stroke onset/last seen well to randomization is within 6 hours; * Paramedic-obtained FAST-ED score \\>= 3 (The enrollment of patients with a FAST-ED score of 3 is prespecified to constitute no more than 10% of the total study population); * No significant pre-stroke disability (pre-stroke mRS 0-1); * Signed informed consent from the patient or the legally authorized representative (LAR). Exclusion Criteria: * Endotracheal intubation in the field (prior to consent); * Respiratory rate \\<= 10 or \\>= 30 breaths per minute; * Oxygen-dependence at baseline to maintain SaO2 \\> 95%; * Known history of severe chronic obstructive pulmonary disease (FEV1 less than 1.0), New York Heart Association (NYHA) Heart Failure Class III, acute pulmonary infection or aspiration pneumonia, prior to enrollment; * Seizure at stroke onset; * Exhibiting symptoms of vomiting, severe headache, or unconscious; * Known pregnancy: women of childbearing age (18 to 44 years old according to the CDC's Division of Reproductive Health) will be asked about their pregnancy status. * Participating in another clinical trial, or completed participation within prior 30 days; """)
add(id="t8-nnswlhd-advice-travellers-wuhan-2020", group="urgent", url="https://nnswlhd.health.nsw.gov.au/news/nsw-health-advice-travellers-returning-wuhan-china", source="Northern NSW Local Health District (NSW Health), news", licence=CCBYAU,
    title="NSW Health advice to travellers returning from Wuhan, China", audience="consumer", genre="news or research report", topic="novel coronavirus: advice to returning travellers", topic_kind="condition",
    W=True, reason="direct public-health warning to returning travellers about an emerging infection; readers need the symptoms and what to do", urgency="same-day",
    evidence=["if they develop symptoms on returning from affected areas overseas, they should call ahead before seeing their GP."],
    notes="hard call: the symptoms are named in the sentence before ('a fever with respiratory symptoms such as a cough, sore throat or shortness of breath'), so the GP action counts; trap: the site banner 'In an emergency, always call triple zero (000)' is chrome, not advice about this topic; excerpt cut",
    text="""X

EMERGENCY

In an emergency, always call triple zero (000) for an ambulance. Ambulances are the safest way to be assessed, treated and transported to the right hospital for the care you need.

Triple zero (000) is a free call from any phone, mobile or phone box.

For less severe but still urgent situations, go to an Emergency Department.

There are 12 public hospital Emergency Departments in Northern NSW Local Health District and they are all available 24 hours a day, seven days a week.

Emergency departments are located at:

NSW Health advice to travellers returning from Wuhan, China
Published: 22 Jan 2020

As part of an international response, NSW Health will help Commonwealth Biosecurity staff at Sydney Airport monitor travellers returning from Wuhan, where there is an outbreak of novel human coronavirus.

Chinese Health officials have confirmed more than 200 cases of the infection, including people who travelled from Wuhan to other parts of China and to at least four other countries in Asia.

No cases of the novel coronavirus have been detected in NSW.

Director of Health Protection, NSW Health, Dr Jeremy McAnulty said advice is being provided to travellers who may have already returned to NSW from Wuhan as it can take up two weeks for symptoms to develop.

“Symptoms of the virus include a fever with respiratory symptoms such as a cough, sore throat or shortness of breath,” Dr McAnulty said.

“There is no need for alarm, but people should be aware of the emerging situation and if they develop symptoms on returning from affected areas overseas, they should call ahead before seeing their GP.

“This virus does not appear to spread easily between people, but anyone with symptoms should practise simple hygiene by covering their coughs and sneezes with a tissue or their elbow and washing their hands thoroughly.”

While the Australian Government Department of Health in consultation with the Australian Government Department of Agriculture has the lead for he""")
add(id="t8-cdc-digital-press-kit-2013", group="no-red-flag", url="https://www.cdc.gov/media/dpk/2013/index.html", source="CDC Newsroom, Digital Press Kit 2013", licence=PD,
    title="Digital Press Kit 2013", audience="consumer", genre="news or research report", topic="CDC press kit index (medicines in pregnancy, polio, priorities)", topic_kind="other",
    W=False, reason="@policy", urgency="none", evidence=[], notes="press-kit listing; excerpt cut",
    text="""Skip directly to search Skip directly to A to Z list Skip directly to navigation Skip directly to site content Skip directly to page options
CDC Home
2014 | 2013 | 2012

Digital Press Kit 2013


Safe Medication Lists on the Internet

Pregnant woman playing with her child

First released: January 30, 2013

More than 90 percent of women use at least one medicine during pregnancy. To learn about taking medicine during pregnancy, about half of women ages 18 to 44 years old look for health information on the internet. A new study shows that while many internet websites post lists of medicines that are safe to take during pregnancy, for many of the medicines listed, there is not enough known to determine their safety or risk for use during pregnancy.

»Learn more


STOP Polio: Coming Together to End Polio Once and For All

STOP volunteer checks children’s vaccination status in Boke, Guinea-Bissau.

First released: January 24, 2013

The global effort to eradicate polio is one of the largest public health initiatives in history. Many countries affected by polio have a shortage of skilled public health staff available to fully support eradication efforts. The Stop Transmission of Polio (STOP) program, led by the Centers for Disease Control and Prevention (CDC) and co-sponsored by Rotary International, World Health Organization (WHO) and UNICEF, helps address this shortage by training and deploying skilled public health professionals who volunteer to support in-country immunization programs. Working as WHO or UNICEF consultants, these volunteers work closely with host country ministries of health, WHO, UNICEF, and local communities.

»Learn more


13 in 2013: CDC Looks Ahead

Thomas R. Frieden, MD, MPH, looking ahead

First released: January 17, 2013

As America’s health protection agency, CDC works 24/7 saving lives, protecting people from health threats, and saving money through prevention. Whether diseases start at home or abroad, are chronic or acute, curable or pre""")
add(id="t8-cdc-minority-health-newsletter-spring-2020", group="no-red-flag", url="https://www.cdc.gov/minorityhealth/newsletter/2020/spring/news.html", source="CDC Office of Minority Health and Health Equity, newsletter", licence=PD,
    title="News You Can Use!", audience="consumer", genre="news or research report", topic="COVID-19 response and maternal mortality review programme (newsletter)", topic_kind="other",
    W=False, reason="@policy", urgency="none", evidence=[], notes="trap: COVID-19 outbreak, maternal deaths, 'national emergency' as programme news; excerpt cut",
    text="""News You Can Use!

Latest Update on COVID-19
Coronavirus disease 2019 (COVID-19)

On January 21, 2020, CDC activated the Emergency Operations Center (EOC) to support the response to the current Coronavirus Disease (COVID-19) outbreak that was first detected in Wuhan City, Hubei Province, China. On March 11, WHO publicly characterized COVID-19 as a pandemic. On March 13, the President of the United States declared the COVID-19 outbreak a national emergency. The virus that causes COVID-19 is infecting people and spreading easily from person-to-person. Cases have been detected in most countries worldwide and community spread is being detected in a growing number of countries.

The COVID-19 response is fast-moving and complex. CDC is working with WHO and other international partners, state and local public health partners, the clinical community, policy makers, and media outlets to respond. CDC is heavily involved in combatting the spread of the virus by conducting medical screenings and illness response activities at various ports of entry throughout the United States and locations across the world.

COVID-19 Readiness Response

CDC Interim Guidance for Specific Audiences

CDC Communication Resources

Enhancing Reviews and Surveillance to Eliminate Maternal Mortality (ERASE MM)

Maternal Mortality Review Committees (MMRCs) are multidisciplinary committees in states and cities that perform comprehensive reviews of deaths among women within a year of the end of a pregnancy. CDC works with MMRCs to improve review processes that inform recommendations for preventing future deaths.

CDC has funded 24 awards, supporting 25 states for the Enhancing Reviews and Surveillance to Eliminate Maternal Mortality (ERASE MM) Program. The funding directly supports agencies and organizations that coordinate and manage MMRCs to identify, review, and characterize maternal deaths; and identify prevention opportunities. This work will:

  • Facilitate an understanding of the drivers of mat""")
