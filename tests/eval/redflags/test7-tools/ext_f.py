# batch f: CDC flu 'taking care' (web archive), Queensland heatwave releases (CC BY AU)
add(id="t7-cdc-flu-taking-care-2009-webarchive", group="urgent", url="https://webarchive.library.unt.edu/eot2008/20090505231150/http://www.cdc.gov/flu/takingcare.htm", source="CDC Seasonal Flu website (2009), End of Term web archive (UNT)", licence=PD,
    title="Taking Care of Yourself: What to Do if You Get Sick with Flu", audience="consumer", genre="patient information", topic="seasonal flu: what to do if you get sick", topic_kind="condition",
    W=True, reason="@acute", evidence=[], urgency="emergency",
    notes="hard call: the page has an 'Emergency Warning Signs' section, but every list was lost in the archive scrape; the stored text says to seek emergency care for signs it does not show, so as stored no signs are given (the tie-break for lost lists)",
    text="""Welcome to the CDC Seasonal Flu website.
Skip directly to the search box, site navigation, or .

Plan and Prepare
  • Contact Us
  • 800–CDC–INFO
  • (800-232-4636)
  • 888–232–6348 (TTY)
  • cdcinfo@cdc.gov

Taking Care of Yourself:
What to Do if You Get Sick with Flu

On this page:

Flu Symptoms

The flu is a contagious respiratory illness caused by influenza viruses. It can cause mild to severe illness, and at times can lead to death.

Symptoms of flu include:

While getting a flu vaccine each year is the best way to protect against flu, influenza antiviral drugs can fight against influenza, offering a second line of defense against the flu.

Antiviral Drugs

Antiviral drugs are an important second line of defense against the flu.

There are four flu antiviral drugs approved for use in the United States. CDC has issued interim guidance on which antiviral drugs to use during the 2008-09 flu season: The four antiviral drugs are:

Antiviral drugs differ in terms of who can take them, how they are given, their dose (which can vary depending on a person’s age or medical conditions), and side effects.

For more information, see “Information for Health Care Professionals: Using Antiviral Agents for Seasonal Influenza” or consult the package insert for each drug. Your doctor can help decide whether you should take an antiviral drug this flu season and which one you should use.

If You Get Sick

Most healthy people recover from the flu without complications. If you get the flu:

Emergency Warning Signs

Seek emergency medical care if you or someone you know is having any of following warning signs discussed below.

In children, emergency warning signs that need urgent medical attention include:

In adults, emergency warning signs that need urgent medical attention include:

Seek emergency medical care if you or someone you know is experiencing any of the signs above.

CDC logo
USA.gov: The U.S. Government's Official Web Portal Department of Health """)
add(id="t7-qld-health-heat-related-illness-seq-release", group="urgent", url="https://www.health.qld.gov.au/newsroom/doh-media-releases/be-aware-of-heat-related-illness-across-south-east-queensland", source="Queensland Health newsroom, media release", licence=CCBYAU,
    title="Keep cool as South East Queensland heats up", audience="consumer", genre="news or research report", topic="heatwave and heat-related illness", topic_kind="condition",
    W=True, reason="public-health warning about heat-related illness addressed to residents; readers need the signs of heat illness and when to call for help", evidence=[], urgency="emergency",
    notes="hard call: media release (news genre) but a direct health warning to the public; the stored excerpt gives risk groups and cooling tips and is cut ('Dr Gerrard also advised peo') before any signs or action",
    text="""Keep cool as South East Queensland heats up

Read time

South East Queenslanders are urged to be on high alert for heat-related illness as a severe heatwave grips the region for the next few days.

Starting today, and continuing over the weekend, maximum temperatures are forecast to range from the mid to high thirties across the greater Brisbane region, as well as areas around Beaudesert, Boonah, Caboolture, Caloundra, Ipswich and Redcliffe.

Chief Health Officer Dr John Gerrard said the coming heatwave was not just a matter of discomfort, but a serious health risk for affected communities.

“While Queenslanders are accustomed to warm weather, we often underestimate the potential dangers of prolonged high temperatures with minimal night-time relief, which can harm both our physical and mental wellbeing,” Dr Gerrard said.

“Everybody can be at risk of heat-related illness, but infants, the elderly, pregnant and breastfeeding women, and individuals with pre-existing medical conditions are especially vulnerable.

“Additional risk factors include working outdoors, taking certain medications, having alcohol or other drug problems, having disabilities or mobility limitations, and being physically active.

“I would urge everyone to prepare, be mindful of their health, and check on loved ones and neighbours during this period.”

Dr Gerrard urged everyone to drink plenty of fluids throughout the day, especially cool water.

“It’s a good idea to avoid hot or sugary drinks, and alcohol, as they can worsen dehydration,” Dr Gerrard said.

“If you don’t have air-conditioning, seek out cool spaces like shopping centres, libraries or swimming pools, especially during peak heat hours.

“Other ways to cool down include soaking your feet in cool water and wearing a wet bandana or washer around your neck.

“If you are outdoors, make sure you carry a bottle of water with you and wear a wide-brimmed hat, sunglasses, and sunscreen.”

Dr Gerrard also advised peo""")
add(id="t7-qld-ministerial-statement-heatwave-2023", group="urgent", url="https://statements.qld.gov.au/statements/99417", source="Queensland Government ministerial media statement (Minister for Health)", licence=CCBYAU,
    title="Keep cool as Queensland swelters in heatwave conditions", audience="consumer", genre="news or research report", topic="heatwave and heat-related illness", topic_kind="condition",
    W=True, reason="public-health warning that names heat stress and heat stroke signs; readers need to be told to call for help when they see them", evidence=[], urgency="emergency",
    notes="hard call: lists signs of heat stress and heat stroke and says to know 'what to do', but the stored text gives no action (only a pointer to the Queensland Government website); the noosatoday repost of the same release has a Triple Zero line, this version as stored does not",
    text="""Keep cool as Queensland swelters in heatwave conditions

Published Thursday, 28 December, 2023 at 12:10 PM

Minister for Health, Mental Health and Ambulance Services and Minister for Women
The Honourable Shannon Fentiman

  • Queenslanders are being urged to protect themselves and their loved ones from heat-related illness as heatwave grips most of Queensland
  • Heat-related illnesses can affect everyone, with the elderly, pregnant and breastfeeding women, young children and people with pre-existing medical conditions particularly at risk
  • Keep cool by drinking plenty of water, staying out of the heat of the day, seek air-conditioned places and applying cool towels  

As Queenslanders embrace the holiday season, they are being urged to take extra care to protect themselves from heat-related illness as the state swelters through heatwave conditions.

Heatwave conditions are building across most of the state. North-western Queensland is experiencing severe to extreme heatwave conditions, while broad parts of western, northern and central Queensland are also experiencing severe heatwave conditions.

Maximum temperatures west of Longreach are expected to reach the low-to-mid 40s today and over the next few days.

Severe heatwave conditions are also being experienced today, and can be expected tomorrow, for most of Brisbane, Ipswich and Sunshine Coast.

Heatwaves are a very serious health hazard and care should be taken to stay safe, know the signs of heat-related illness, and what to do if they or a loved one becomes unwell.

Signs of heat stress include rising body temperature, dry mouth and eyes, headache, shortness of breath or vomiting.

Heat stroke, which is a more dangerous condition, can be identified through symptoms including heat rash, muscle cramps, dizziness, nausea, vomiting and seizures.

More information on heat related illness can be found at the Queensland Government's website.

To stay informed and monitor the heatwave situation in Queensl""")
add(id="t7-darlingdowns-health-heatwave-holidays", group="urgent", url="https://darlingdowns.health.qld.gov.au/about-us/our-stories/news/keep-cool-as-sever-heatwave-conditions-hit-the-holidays", source="Darling Downs Health (Queensland Hospital and Health Service), news story", licence=CCBYAU,
    title="Keep cool as severe heatwave conditions hit the holidays", audience="consumer", genre="news or research report", topic="heatwave and heat-related illness", topic_kind="condition",
    W=True, reason="public-health warning naming heat-illness symptoms including confusion and loss of consciousness; readers need to know when to seek medical help", evidence=[], urgency="emergency",
    notes="hard call: symptoms are paired with 'act immediately. Seek shade, hydrate, cool off' — self-care, not getting help, so not counted; excerpt cut before any further advice",
    text="""Download high resolution image [JPEG 2.9MB]
People in the Darling Downs, Granite Belt and Burnett regions are being urged to stay cool and be on the lookout for heat-related illnesses as they ring in the final few days of 2024, with severe heatwave conditions being forecast from today through to Sunday.
Heatwaves in Australia have caused more deaths and adverse health outcomes than any other natural hazard, so it is essential we can recognise the dangers, symptoms, and precautions associated with heatwaves.
Darling Downs Public Health Physician, Dr Mikaela Seymour, said heatwave conditions posed serious health risks, particularly for our vulnerable community members, and those working outdoors or indoors without access to air conditioning.
Vulnerable groups include infants, the elderly, pregnant and breastfeeding women, and those with pre-existing medical conditions. Additional risk factors are outdoor work, certain medications, alcohol or drug issues, disabilities, and high levels of physical activity.
Dr Seymour urged everyone to prepare and check on loved ones and neighbours during this period.
“Our region is used to warm weather, but it’s important not to become complacent as we experience scorching temperatures with little night-time relief over the next few days.
“Heat-related symptoms include dizziness, headaches, nausea, rapid pulse, confusion, and loss of consciousness.
“If you or a loved one are experiencing heat-related symptoms, it’s vital to act immediately. Seek shade, hydrate, cool off, and reduce outdoor activity.”
Dr Seymour recommended keeping indoors with air conditioning during the heatwave.
For those without air conditioning, Dr Seymour suggests seeking cool spaces such as shopping centres, libraries, or swimming pools during peak heat hours. Other cooling methods include soaking your feet in cool water and wearing a wet bandana or washer around your neck.
“I advise community members to limit strenuous activity during the heatwave where possible, e""")
