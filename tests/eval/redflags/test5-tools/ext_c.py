# batch c: stroke awareness news (council, GP practice, ambulance service), Lyme/tick news and a council page
add(id="t5-tandridge-council-news-act-fast-stroke", url="https://www.tandridge.gov.uk/Your-council/News-and-consultation/News/ArtMID/748/ArticleID/331/Act-FAST-on-first-signs-of-a-stroke", source="Tandridge District Council (UK), news", licence=OGL,
    title="Act FAST on first signs of a stroke", audience="consumer", genre="news or research report", topic="stroke awareness (Act FAST)", topic_kind="condition",
    W=True, reason="awareness news item whose purpose is that readers recognise stroke and call 999",
    evidence=["Time to call 999 if you see any one of these signs.", "Even if you are not sure, Act FAST, make the call, dial 999."],
    urgency="emergency", notes="council news, but an awareness campaign relay (not a council service page), so warranted (hard call on genre only)",
    text="""Act FAST on first signs of a stroke

A campaign has been launched to help highlight the initial signs of a stroke and the actions people should take if they notice any symptoms in themselves or others. All you need to do is remember a simple acronym, FAST.

Face – has their face fallen on one side? Can they smile?
Arms – can they raise both arms and keep them there?
Speech – is their speech slurred?
Time to call 999 if you see any one of these signs.

A stroke is a medical emergency. Even if you are not sure, Act FAST, make the call, dial 999. 
""")
add(id="t5-almondroad-surgery-stroke-awareness-campaign", url="https://www.almondroadsurgery.org.uk/2023/02/27/stroke-awareness-campaign/", source="Almond Road Surgery (NHS GP practice), news", licence=OGL,
    title="Stroke Awareness Campaign", audience="consumer", genre="news or research report", topic="stroke awareness (Act FAST relaunch)", topic_kind="condition",
    W=True, reason="practice news relaying a national stroke-awareness campaign; its purpose is that readers recognise stroke and call 999",
    evidence=["urges the public to call 999 immediately if they notice any single one of the signs of a stroke in themselves or others"],
    urgency="emergency", notes="hard call (weak present): the signs are named only through the acronym 'Face, Arms, Speech, Time' in the next sentence, without the checks (fallen face, can they raise both arms, slurred speech); the picture with the details is lost",
    text="""Stroke Awareness Campaign

NHS England, in association with the Stroke Association relaunched the Act F.A.S.T. stroke campaign this week. The campaign highlights that a stroke is a medical emergency and urges the public to call 999 immediately if they notice any single one of the signs of a stroke in themselves or others.
The Act F.A.S.T. (Face, Arms, Speech, Time) acronym provides a memorable way of identifying the most common signs of a stroke and emphasises the importance of acting quickly by calling 999.
Click on picture for further information.""")
add(id="t5-yas-act-fast-campaign", url="http://www.yas.nhs.uk/Public%20Health%20Campaigns/ACT_FASTER.html", source="Yorkshire Ambulance Service NHS Trust, public health campaigns", licence=OGL,
    title="Do you know how to ACT FAST when stroke strikes?", audience="consumer", genre="other", topic="stroke awareness (Act FAST campaign re-launch)", topic_kind="condition",
    W=True, reason="public health campaign page whose purpose is that readers recognise stroke and call 999",
    evidence=["Time Time to call 999 if you see any single one of these signs", "Encourage people to call 999 immediately if they suspect someone is having a stroke."],
    urgency="emergency", notes="campaign page of an ambulance service (genre other)",
    text="""Do you know how to ACT FAST when stroke strikes?

Face Has their face fallen on one side? Can they smile?
Arms Can they raise both arms and keep them there?
Speech Is their speech slurred?
Time Time to call 999 if you see any single one of these signs

Act Fast Campaign Re-Launch

The award-winning Act FAST on Stroke campaign re-launched on Sunday 9 March with new TV advertising.

Originally launched in February 2009 with hard-hitting imagery to highlight the visible signs of stroke, the Act FAST campaign is designed to inform the public about FAST Face, Arm, Speech, Time to call 999.

When Stroke strikes act F.A.S.T.

FAST is a simple test to help people to recognise the signs of stroke and understand the importance of emergency treatment. The faster a stroke patient receives treatment, the better their chances are of surviving and reducing long-term disability.

As with previous bursts, the campaign aims to:

  • Raise awareness of the symptoms of stroke
  • Encourage people to call 999 immediately if they suspect someone is having a stroke.

Re-launching the Act FAST campaign is expected to help more people recognise the signs of stroke so that they can help family, friends and others should a stroke occur.

Make sure you know what to look for when stroke strikes.

To find out more, learn about how to reduce your risk of stroke or watch the TV ads, click here.""")
add(id="t5-phw-news-be-tick-aware-2012", url="http://www.wales.nhs.uk/sitesplus/888/news/22350", source="Public Health Wales (NHS Wales), news", licence=OGL,
    title="Be tick aware!", audience="consumer", genre="news or research report", topic="tick bites and Lyme disease (surveillance figures, Tick Bite Prevention Week)", topic_kind="prevention",
    W=False, reason="prevention and surveillance news (case numbers by year and region); Lyme disease calls for a see-a-GP prompt at most, and the release is about avoiding bites",
    evidence=[], urgency="prompt", notes="hard call: an awareness release, but its stated purpose is bite prevention, not recognising illness (compare awareness releases labelled warranted); the excerpt is cut mid-sentence in the rash/outdoor-activities passage",
    text="""We use cookies on this website, and some may have been set already.
If you continue to use the site without changing your settings, we'll assume you agree to this.
Find out more about which cookies we use and why
Hide this message

Be tick aware!

Thursday, 29 March 2012
Public Health Wales is reminding people during Tick Bite Prevention Week (26 March – 1 April) to be aware of the risk of tick bites as very occasionally these can cause Lyme disease.
The latest provisional figures just released by the Health Protection Agency (HPA) and the Zoonoses Section of Public Health Wales Communicable Disease Surveillance Centre (CDSC) indicate there was an increase to 905 reported cases of Lyme borreliosis (also known as Lyme disease) in 2010, compared with 863 cases reported in England and Wales for 2009 and 813 cases in 2008. Case numbers have increased annually since 2003, due in part to an increase in awareness and improvements in reporting and case ascertainment with more cases of early infection being reported.
As in previous years, the majority of cases (741/905, 82%) were acquired in the UK with over eighty per cent of these identified in residents of the southern counties of England, especially the south-east and south-west health regions, a pattern reflected in reports in previous years.
However, not all cases of Lyme disease are confirmed by laboratory testing and, as in previous years, the overall number of Lyme disease cases in England and Wales is estimated at between 2,000 and 3,000 cases a year. Incidence of Lyme disease acquired in England and Wales remains low compared to some other European countries or in North America.
There were nine cases of Lyme disease confirmed in Welsh residents in 2010. Of these, all but one were UK-acquired.
Many of the infections, which are more likely to occur during late spring, early summer and autumn, are contracted while people are participating in outdoor activitietypical 'bullseye' rash seen in Lyme Diseases such as wal""")
add(id="t5-south-tyneside-council-lyme-disease", url="https://southtyneside.gov.uk/article/9353/Lyme-disease", source="South Tyneside Council (UK), Stay safe outdoors", licence=OGL,
    title="Lyme disease", audience="consumer", genre="patient information", topic="Lyme disease", topic_kind="condition",
    W=True, reason="consumer page on an infection whose early rash and neck stiffness call for a see-a-doctor prompt (early antibiotics)",
    evidence=[], urgency="prompt",
    notes="hard call: a council page, but a health-information page rather than a service or reporting page, so judged by the consumer standard; symptoms (bullseye rash, neck stiffness) and 'can be effectively treated with antibiotics if detected early' are not tied to any action; it only links to the NHS page",
    text="""Stay safe outdoors

Lyme disease

Lyme disease is a bacterial infection that is spread to humans by infected ticks.

Ticks are tiny spider like creatures that are found in woodland and heath areas.

The most common symptom of Lyme disease is a distinctive circular rash (like a bullseye on a dartboard) around the site of the bite which usually appears between 3 and 30 days after the bite.

Other symptoms include flu-like symptoms, headaches and neck stiffness.

Lyme disease can be effectively treated with antibiotics if detected early.

For more information go to NHS: Lyme disease.""")
