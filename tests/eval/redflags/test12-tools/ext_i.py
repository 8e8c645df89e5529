# batch i: eye casualty service pages (KGH, UHS), council Mental Health Awareness Week press release
add(id="t12-kgh-eye-casualty-department", group="urgent", url="https://www.kgh.nhs.uk/eye-casualty-department", source="Kettering General Hospital NHS Foundation Trust, service page", licence=OGL,
    title="Eye Casualty Department", audience="consumer", genre="patient information", topic="eye emergencies: when to attend eye casualty", topic_kind="symptom",
    W=True, reason="consumer page that triages eye problems (what counts as an eye emergency); readers need to know when to come", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'Some examinations will ' (in 'What happens in Eye Casualty?')",
    evidence=["If you have a chemical injury, severe trauma to the eye or a penetrating eye injury, please come straight to the eye casualty department."],
    notes="hard call (warranted): a department service page, but its purpose is to say which eye problems are emergencies; chemical injury, severe trauma and penetrating injury are tied to coming straight to eye casualty; sudden loss of vision and severe pain are named as what the service treats but without an explicit instruction; the 'not sure -> GP/optometrist/111' line is concern-based; present",
    text="""Eye Casualty Department

The Eye Casualty service offers treatment for emergency eye problems such as painful red eyes, and sudden loss of vision, injuries and other emergencies.

Eye Casualty is not a "walk-in" clinic.

If your eye problem is NOT an emergency you should see your optician or GP who will refer you to one of our specialist clinics if necessary. 

Eye Casualty is NOT for second opinions, repeat prescriptions or non-urgent problems such as dry eyes, itchy eyes, hay fever and cataracts.

What is an eye emergency?

The eye casualty is a specialist emergency department and delivers urgent care to people who have severe eye pain, sudden loss of vision and other related injuries.
**If you have a chemical injury, severe trauma to the eye or a penetrating eye injury, please come straight to the eye casualty department.
If your eye problem is not urgent and symptoms have been present for more than two weeks, you should see your GP who may refer you to one of our specialist clinics in our eye unit.
GPs can assess and treat minor eye conditions such as:
  • dry, gritty, irritable and uncomfortable eyes
  • foreign bodies in the eye
  • red eye or eyelids
  • ingrowing eyelashes
  • watery discharge
  • recent and sudden changes in vision
If you are not sure if your eye condition requires urgent attention, please contact your GP, a local optometrist or dial 111 for advice.

What happens in Eye Casualty?

Once you have reported to the Eye Casualty reception desk, you will be booked in to see a member of the nursing team for an initial (first triage) vision assessment and then to see our nurse for a second triage. Depending upon the nature of the problem the nurse may treat and advise you, or you may have to wait longer to see the eye doctor. 
Various investigations may be requested by any of the staff who see you; other members of the department you might meet are visual field technicians, photographers, and orthoptists.
Some examinations will """)
add(id="t12-uhs-eye-emergencies-what-happens", group="no-red-flag", url="http://www.uhs.nhs.uk/OurServices/Eyes/EyeEmergencies/WhathappenswhenIcomein.aspx", source="University Hospital Southampton NHS Foundation Trust, eye emergencies service page", licence=OGL,
    title="Eye emergencies: what happens when I come in?", audience="consumer", genre="treatment-description", topic="what happens at eye casualty (booking in, vision check, examination)", topic_kind="other",
    W=False, reason="@tx", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'You ' (in 'Eye examination')",
    evidence=[],
    notes="hard call: the page is about eye emergencies but describes the visit for people already attending (what to bring, drops, do not drive); no signs or when-to-come advice expected on this sub-page; not warranted, not present; urgency by topic",
    text="""Eye emergencies: what happens when I come in?

Arriving at eye casualty

When you arrive please book in at reception. You will be asked for your name, date of birth, address and GP details and what your eye problem is.

After this your vision will be checked and your problem assessed.

Vision check and assessment

A nurse or health care assistant will check your vision by covering each eye and asking you to read letters from a chart.

Your distance vision is always checked so you must bring any glasses you wear for driving or watching television .

You will also be asked about your eye condition and your general health.

It is very important that you mention any allergies and medication you are currently taking.

If you have already brought or been prescribed medication for your eyes you should bring it with you.

If you normally wear contact lenses you will probably be asked to take them out so bring spare glasses with you as you may not be able to wear your contact lenses home.

Do not drive yourself to the hospital as many patients are given eye drops which dilate the pupils and blur the vision for a few hours. If you are given these you will not be able to drive home.

Once your vision has been checked you will be asked to sit in the waiting room until a nurse practitioner or doctor calls you for an examination.

Your vision will be checked every time you attend eye casualty as things may have changed since your last visit.

Eye examination

Your eye will be examined using a microscope with a light attachment, like those used at the opticians.

You may be given eye drops to show scratches or marks on the front of the eyes or local anaesthetic drops.

If the doctor needs to examine the retina eye drops will be used to dilate your pupils. These take about 15 minutes to work and won't wear off completely for about six hours (your vision will be slightly blurred until they wear off). If it is a sunny day you may need to bring sunglasses with you for comfort. You """)
add(id="t12-rct-council-mental-health-awareness-week-2020", group="no-red-flag", url="https://www.rctcbc.gov.uk/EN/Newsroom/PressReleases/2020/May/MentalHealthAwarenessWeek.aspx", source="Rhondda Cynon Taf County Borough Council, press release May 2020", licence=OGL,
    title="Mental Health Awareness Week", audience="consumer", genre="news or research report", topic="council supports Mental Health Awareness Week (theme: kindness)", topic_kind="other",
    W=False, reason="@policy", urgency="none", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'but is ' (in 'Get Involved'); title supplied from the URL",
    evidence=[],
    notes="hard call: awareness-week press release about kindness and wellbeing; it mentions that adults can access mental health services through their GP, but no crisis or suicide content is in scope; not warranted, not present",
    text="""The Council is once again supporting Mental Health Awareness Week (May 18-24), in association with the Mental Health Foundation. 

This year’s theme is ‘Kindness’ – which, during these unprecedented times, is more important than ever, and the theme also highlights how we can all show kindness to support those who are experiencing mental health problems – both visible and hidden.

Councillor Rhys Lewis, Rhondda Cynon Taf Council Cabinet Member for Stronger Communities, Well-being and Cultural Services, said: “The Council is once again proudly supporting Mental Health Awareness Week, with this year’s theme of kindness being especially poignant during these current and unprecedented circumstances.

“Mental health problems can affect anyone, at any time, and they are often not immediately visible and we should always think about the hidden experiences that others may be enduring.  We all have a part to play in helping others, and starting with the act of kindness can go a long way.

“Throughout the flooding and the COVID-19 national emergency we have seen so many acts of kindness being carried out by so many people across our County Borough. These acts, no matter how big or small, help to bring our communities closer together, while at the same time offering support and hope.”

Mental Health Advice and Support RCT 

Mental ill health can affect people of all ages. It is estimated that one-quarter of people will experience mental health problems or mental illness at some point in their lives. This can have an enormous effect on themselves, their family, friends and work colleagues.

Anyone aged between 18 and 65 and over can access mental health services through their own GP.

The Mental Health Awareness Week campaign, which reaches millions of people each year, first started in 2001, raising awareness of topics such body image, stress and relationships.

Mental Health Awareness Week: Get Involved

The act of kindness not only helps others, but is """)
add(id="t12-enherts-ccg-stings-and-bites", group="urgent", url="https://www.enhertsccg.nhs.uk/stings-and-bites", source="NHS East and North Hertfordshire Clinical Commissioning Group, self-care page", licence=OGL,
    title="Stings and bites", audience="consumer", genre="patient information", topic="insect stings and bites: self-care and anaphylaxis", topic_kind="condition",
    W=True, reason="@acute", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole page text (link target not included)",
    evidence=["If these symptoms occur call 999 immediately."],
    notes="anaphylaxis signs (breathing difficulty, wheeze, swelling of eyes, lips, hands and feet) tied to 999; no advice for infected bites (GP/pharmacist level); present",
    text="""Stings and bites


Within the UK, common insects that may sting or bite include wasps, bees, mites, ants, fleas and mosquitoes. The skin may turn pink, red or mottled and there could be a painful blister. 

Most cases of bites or stings can be treated at home or will get better without any treatment. However, extra relief can be provided by cleaning the area and then applying local anaesthetic or antihistamine cream. You can also get antihistamine medicine over the counter. If stung by a wasp or bee then remove the sting as quickly as possible using tweezers before applying the cream.

An allergy to wasp and bee stings can cause a severe reaction or even anaphylactic shock. The symptoms can vary including breathing difficulties, wheezing, swelling around the eyes, lips, hands and feet together with sore itchy eyes. If these symptoms occur call 999 immediately.

Find out more at the NHS website.

""")
