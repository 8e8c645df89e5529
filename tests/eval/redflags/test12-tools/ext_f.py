# batch f: cancer symptom-awareness news (blood in pee), heat-health alerts (GP, parish council, borough council), NHS inform landing page
add(id="t12-swindon-ccg-blood-in-pee-campaign", group="urgent", url="http://swindonccg.nhs.uk/latest-news/138-be-clear-on-cancer-blood-in-pee-campaign", source="NHS Swindon Clinical Commissioning Group, latest news", licence=OGL,
    title="Be Clear on Cancer blood in pee campaign", audience="consumer", genre="news or research report", topic="bladder and kidney cancer: blood in urine awareness campaign", topic_kind="symptom",
    W=True, reason="cancer symptom-awareness news telling the public what to do about a sign", urgency="prompt", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole news item (link target not included); title supplied from the URL",
    evidence=["If you notice blood in your pee, even if it’s just the once, tell your doctor."],
    notes="one sign (blood in urine, even once) tied to telling the doctor; prompt level; present",
    text="""The Be Clear On Cancer Blood in Pee campaign launched on the 15 February 2016.


Each year, around 17,450 people in England are diagnosed with bladder or kidney cancers and approximately 7,600 die from these cancers.

If bladder and kidney cancers are diagnosed at the earliest stage, on-year survival is as high as 92-96%.  At a late stage, it drops to just 27-37%.

If you notice blood in your pee, even if it’s just the once, tell your doctor.

Further information on the campaign can be found here.""")
add(id="t12-derby-city-council-blood-in-pee-news", group="urgent", url="https://news.derby.gov.uk/be-clear-on-cancer-blood-in-pee-campaign/", source="Derby City Council, newsroom, July 2018", licence=OGL,
    title="Be Clear on Cancer – blood in pee campaign", audience="consumer", genre="news or research report", topic="bladder and kidney cancer: blood in urine awareness campaign", topic_kind="symptom",
    W=True, reason="cancer symptom-awareness news telling the public what to do about a sign", urgency="prompt", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole news item (ends at 'For more information please visit:', link target not included; image captions doubled as returned); title supplied from the URL",
    evidence=["Men and women over the age of 50 are encouraged to speak to their doctor if they notice blood in their pee, even if it’s ‘just the once’.", "The key message to share is if you notice blood in your pee, even if it’s ‘just the once’, tell your doctor."],
    notes="blood in urine tied to telling/speaking to the doctor; the additional symptoms list has no action of its own beyond 'If you see the symptoms outlined in this campaign, please make sure that you tell your doctor' (also counts); prompt level; present",
    text="""July 2018 will see the launch of the latest Be Clear on Cancer campaign by Public Health England. The campaign will raise awareness of ‘blood in pee’ as a symptom of bladder and kidney cancers.

Be clear campaign
Be clear campaign

Be Clear on Cancer aims to achieve earlier diagnosis of cancer by raising awareness of the signs and symptoms. The campaigns encourage people with relevant symptoms to see their GP without delay because finding cancer early makes it more treatable.

The ‘Blood in Pee’ campaign highlights the main signs and symptoms of bladder and kidney cancers.  Men and women over the age of 50 are encouraged to speak to their doctor if they notice blood in their pee, even if it’s ‘just the once’. Additional symptoms to be mindful of include:

  • Pain when Peeing
  • Unexplained weight loss
  • A pain that doesn’t go away, either in the tummy or in the side below the ribs
  • Repeat cystitis which is difficult to treat or returns quickly after treatment

Please consider how you can share, or act on, this important message. For example, you may wish to discuss it in conversation with family and friends.  We would also like everyone in Derby to ‘check before they flush’. The key message to share is if you notice blood in your pee, even if it’s ‘just the once’, tell your doctor.

Councillor Webb, the cabinet member for Public Health, said:

“To reduce the risk of people dying from bladder and kidney cancer it’s important that everyone knows and looks for the symptoms. This campaign from NHS England could save lives. If you see the symptoms outlined in this campaign, please make sure that you tell your doctor.”

For more information please visit:""")
add(id="t12-stoneham-lane-surgery-amber-heat-alert", group="urgent", url="https://www.stonehamlanesurgery.co.uk/news/amber-heat-health-alert", source="Stoneham Lane Surgery (NHS GP practice, Eastleigh), news", licence=OGL,
    title="Amber Heat Health Alert: Keep cool and stay safe", audience="consumer", genre="screening-prevention", topic="amber heat-health alert: heat exhaustion and heatstroke", topic_kind="prevention",
    W=True, reason="public heat-health warning; readers need to recognise heat illness and know when to get help", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cookie banner at the top kept; cut at 'try to cool them with'",
    evidence=["Heat exhaustion (call 111 if symptoms last > 30 min)", "Heat stroke (call 999 immediately)", "If you think someone has heat stroke, move them to a cool place, call 999"],
    notes="heat-exhaustion signs tied to 111 after 30 minutes, heatstroke signs tied to 999 immediately; present",
    text="""We use cookies to help provide you with the best possible online experience.
By using this site, you agree that we may store and access cookies on your device. Cookie policy.
Cookie settings.
Functional Cookies
Functional Cookies are enabled by default at all times so that we can save your preferences for cookie settings and ensure site works and delivers best experience.
3rd Party Cookies
This website uses Google Analytics to collect anonymous information such as the number of visitors to the site, and the most popular pages.
Keeping this cookie enabled helps us to improve our website.
Amber Heat Health Alert: Keep cool and stay safe
The UK Health Security Agency has raised today’s heat warning to amber for most of southern and central England from middayFriday 11 July until 9 am Monday 14 July. An amber alert means that hot weather is likely to cause health problems for many people, not just those who are already unwell.
Simple ways to keep cool
- Drink plenty of fluids – water, squash, or milk; avoid too much tea/coffee or alcohol.
- Stay out of the midday sun (11 am – 3 pm)
- Wear light, loose clothing and a hat
- Keep rooms cool – close curtains on the sunny side, open windows when it’s cooler outside, use a fan if available
- Cool your skin – splash your face and wrists with cool water, or place a damp cloth on your neck
- Check in on others – babies, young children, older people, and those with long‑term conditions can struggle most
Heat Exhaustion and Heat Stroke - Warning signs to watch for
Heat exhaustion (call 111 if symptoms last > 30 min)
- Heavy sweating, pale clammy skin
- Headache or dizziness
- Muscle cramps
- Feeling sick or very thirsty
Heat stroke (call 999 immediately)
- Hot, dry skin that may stop sweating
- Confusion or slurred speech
- Fast breathing or pulse
- Body temp ≥ 40 °C (104 °F)
- Fits, collapse, or unconsciousness
If you think someone has heat stroke, move them to a cool place, call 999, and try to cool them with""")
add(id="t12-stratfield-mortimer-yellow-heat-alert", group="urgent", url="https://www.stratfield-mortimer.gov.uk/announcements/thu-06082023-1650/yellow-heat-health-alert-through-weekend", source="Stratfield Mortimer Parish Council (Berkshire), announcements", licence=OGL,
    title="Yellow Heat-Health Alert through Weekend", audience="consumer", genre="screening-prevention", topic="yellow heat-health alert notice", topic_kind="prevention",
    W=True, reason="public heat-health warning naming danger to the very young, very old and chronically ill", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole announcement (breadcrumb kept)",
    evidence=[],
    notes="hard call: advice 'can be obtained from the NHS website ..., NHS 111 or from your local chemist' is a signpost for reducing risk, tied to no sign; complete text with no heat-illness signs; warranted and missing",
    text="""1. Home
  2. Announcements
  3. Yellow Heat-Health Alert through Weekend

Yellow Heat-Health Alert through Weekend

A YELLOW Heat-Health Alert - (Hot weather response) has been issued for the following regions: East Midlands, West Midlands, South East, South West, East of England, London and is in effect between 9 June 2023 at 09:00 and 12 June 2023 at 09:00.

Heatwaves can be dangerous, especially for the very young or very old or those with chronic disease. Advice on how to reduce the risk either for yourself or somebody you know can be obtained from the NHS website at https://www.nhs.uk/live-well/healthy-body/heatwave-how-to-cope-in-hot-weather/ (opens in new window) NHS 111 or from your local chemist.
""")
add(id="t12-watford-amber-heat-health-alert", group="urgent", url="https://www.watford.gov.uk/news/article/779/amber-heat-health-alert-issued", source="Watford Borough Council, news June 2025", licence=OGL,
    title="Amber heat health alert issued", audience="consumer", genre="screening-prevention", topic="amber heat-health alert: heat exhaustion and heatstroke", topic_kind="prevention",
    W=True, reason="public heat-health warning; readers need to recognise heat illness and know when to get help", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole news item (ends with the RSPCA pet tips); title supplied from the URL",
    evidence=["If symptoms persist or worsen, contact NHS 111 for advice. In an emergency, or if you suspect someone has heatstroke, call 999 immediately."],
    notes="heat-exhaustion symptoms that persist or worsen tied to NHS 111; suspected heatstroke tied to 999 (situation-level); the signs themselves are not listed (a link is given); present",
    text="""
Amber Heath Health Alert – East of England – Alert is in effect from 27 June 2025 at 12pm to 1 July 2025 at 6pm.
High temperatures can pose health risks, especially for vulnerable people. Please take a few simple steps to stay safe and help others during the hot weather:
- Avoid the sun between 11am - 3pm
- Do any physical activity in the cooler mornings or evening
- Keep your home cool – close curtains and windows that face the sun
- If going out: wear a hat, sunglasses, apply sunscreen, and stay in the shade
- Be mindful when sitting under trees as branches may drop suddenly in hot, dry conditions
- Stay hydrated – drink plenty of fluids
- Check in on elderly or vulnerable family, friends, and neighbours
- Know the signs of heat exhaustion and heatstroke – and what to do
Click here for more information and advice
What to do if you have symptons of heat exhaustion
If you or someone else is showing signs of heat exhaustion, take the following steps to cool down:
- Move to a cooler environment, such as an air-conditioned room or a shaded area
- Remove unnecessary clothing, like jackets or socks
- Drink cool fluids – water, a sports or rehydration drink, or eat cold, water-rich foods like ice lollies
- Cool the skin by spraying or sponging with water; applying cold packs (wrapped in a cloth) to the armpits or neck can also help
Most people start to feel better within 30 minutes. If symptoms persist or worsen, contact NHS 111 for advice. In an emergency, or if you suspect someone has heatstroke, call 999 immediately.
RSPCA's tips for keeping pets cool in hot weather
- Use pet-safe sun cream on exposed parts of your pet's skin
- Make sure they have shade
- Give them constant access to fresh water
- Put ice cubes in their water bowls
- Give them a damp towel to lie on
- Check your pets regularly for flystrike""")
add(id="t12-nhs-inform-self-help-guide-eye-problems", group="no-red-flag", url="https://www.nhsinform.scot/self-help-guides/self-help-guide-eye-problems/", source="NHS inform (NHS 24, Scotland), self-help guide introduction", licence=OGL,
    title="Self-help guide: Eye problems", audience="consumer", genre="other", topic="eye problems self-help guide (introduction only)", topic_kind="symptom",
    W=False, reason="landing/teaser text for an interactive guide; the guidance itself is not on this page", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the stored text is the guide's introduction only (the interactive questions are not part of the page text)",
    evidence=[],
    notes="hard call: landing page of a symptom checker; it promises 'what to do if your eye condition worsens' but gives no sign or action in the stored text; not warranted (landing page), not present; urgency by topic (sudden vision loss, eye injury)",
    text="""Self-help guide: Eye problems

Find out more about your eye problems, when you can use self-care, and what to do if your eye condition worsens and you need medical help. There may be some eye infections or problems with your eyes that your local pharmacy or GP can help to treat. There are other eye conditions which may need to be referred to a specialist.""")
