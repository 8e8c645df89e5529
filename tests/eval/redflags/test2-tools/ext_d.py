NHSOGL = "UK NHS public-sector body; Open Government Licence v3.0 presumed for UK public-sector information (not verified on the page; drop if in doubt)"
add(id="ext-nhs-bradford-ccg-child-111-999", url="http://www.bradfordcityccg.nhs.uk/your-health/childrens-health/when-to-call-nhs-111-call-999-or-use-ae/", source="NHS Bradford City Clinical Commissioning Group", licence=NHSOGL,
    title="When to call NHS 111, call 999 or use A&E (children's health)", audience="consumer", genre="patient information", topic="when to get urgent help for a child", topic_kind="symptom",
    W=True, reason="consumer child-illness navigation page; red flags are its purpose",
    evidence=["You should call NHS 111 if your child’s health is getting worse and you are worried or if your child has a fever that lasts longer than three days.", "You should call 999 or take your child to A&E if your child:"],
    urgency="emergency", notes="the 999 lead-in is followed by the sign list (hard breathing, fit, non-blanching rash, drowsy, pale or blue)",
    text="""When to call NHS 111, call 999 or use A&E

You should call NHS 111 if your child’s health is getting worse and you are worried or if your child has a fever that lasts longer than three days.

You should call 999 or take your child to A&E if your child:

  • is finding breathing hard work and they are sucking in their ribs and tummy
  • is struggling to complete a full sentence without stopping to take a breath
  • has a fit
  • develops a rash that does not disappear with pressure using the tumbler test (pressing a clear glass firmly against the skin and it does not fade)
  • appears drowsy
  • appears pale or even slightly blue in colour.
""")
add(id="ext-nhsggc-rhc-teens-feel-unwell", url="https://rightdecisions.scot.nhs.uk/rhcg/royal-hospital-for-children-for-patients-carers-visitors/teens-young-people-at-rhc/health-information-and-resources/what-should-i-do-if-i-feel-unwell",
    source="Royal Hospital for Children, Glasgow (NHS Greater Glasgow and Clyde, via Right Decisions)", licence=NHSOGL,
    title="What should I do if I feel unwell? (teens and young people)", audience="consumer", genre="patient information", topic="when a teenager should get help when unwell", topic_kind="symptom",
    W=True, reason="hospital page for young people on when to get help; red flags are its purpose",
    evidence=["Go to the nearest Hospital Emergency Department or phone 999", "Immediately contact your GP and make an appointment to be seen that day or call NHS 24 - dial 111."],
    urgency="emergency", notes="traffic-light format: red list then 'You need urgent help.' then the 999 line; amber list then the same-day line",
    text="""Warning

illustration

It can be confusing to know what to do when you are unwell. Here is some advice to help.

Remember: if you are unwell, seek advice and medical attention

 

When should I get help?

Red icon

If you experience any of the following:

  • Pale, mottled skin and feeling abnormally cold to the touch.
  • Severe breathing difficulty - going blue or breathless to talk / eat / drink.
  • A fit/seizure (unless these are expected for you).
  • Become extremely confused, difficult to wake or unresponsive.
  • Develop a rash that does not disappear with pressure (the ‘Glass test’).
  • Severe testicular pain
  • If you have seriously harmed yourself, please tell an adult and seek urgent medical help.

You need urgent help.

Go to the nearest Hospital Emergency Department or phone 999

 

Amber icon

If you experience any of the following:

  • Finding it hard to breathe but can still talk in full sentences / eat and drink.
  • Dehydration (feeling very thirsty, sunken eyes or no wee for 12 hours).
  • Becoming drowsy (excessively sleepy), irritable or confused.
  • Shivering or muscle pain without an obvious explanation.
  • A fever of 38°C or above for more than 5 days.
  • Persistent vomiting.
  • Worsening or persistent abdominal pain.
  • Blood in your poo or wee.
  • Increasingly thirsty and weeing more.
  • Any limb injury causing reduced movement or persistent pain.
  • Head injury causing persistent pain or drowsiness.
  • You are getting worse or if you are worried.

Immediately contact your GP and make an appointment to be seen that day or call NHS 24 - dial 111.

We recognise that at peak times, access to a healthcare professional may be delayed.

If symptoms persist for 4 hours or more and you have not been able to speak to either a member of staff from your GP practice or to NHS 24, then consider going to your nearest Emergency Department.

 

Green icon

If none of the above features are present
""")
add(id="ext-nhs-bhr-hospitals-child-emergency", url="https://www.bhrhospitals.nhs.uk/child-heath", source="Barking, Havering and Redbridge University Hospitals NHS Trust", licence=NHSOGL,
    title="Caring for children in an emergency", audience="consumer", genre="patient information", topic="children's emergencies and common winter illnesses", topic_kind="symptom",
    W=True, reason="hospital page for parents; when to go to A&E is its purpose",
    evidence=["When to attend A&E or ring 999 for an ambulance", "Dial 999 or go to A&E if your baby:"],
    urgency="emergency", notes="each lead-in is followed by a bullet list of signs (struggling to breathe, fitting, blue lips, long pauses in breathing, ...)",
    text="""Caring for children in an emergency

When to attend A&E or ring 999 for an ambulance

  • Blacking out
  • Suspected meningitis
  • Choking
  • Fitting (seizures)
  • Struggling to breathe
  • Bleeding that won’t stop.

Our hospitals A&E departments provide urgent treatment for serious, life-threatening conditions. You should take your child to A&E yourself if possible but if your child is too ill, dial 999 for an ambulance. How to access local emergency services.

What all parents should have at home - a basic first aid kit

  • Liquid paracetamol or ibruprofen
  • A thermometer – always test your child’s temperature before contacting or visiting a health professional
  • Antiseptic cream and plasters
  • Oral rehydration solution suitable for your child’s age

Your local pharmacist can help with all of these.

For round-the-clock medical information and confidential advice, call NHS 111. This is a free service. Most infections are viral infections, which cannot be treated by antibiotics. This includes cold and flu.

For further advice on caring for an unwell child, download this factsheet.

Common illnesses

Respiratory Syncytial Virus (RSV)

Respiratory illness (bronchiolitis) is an illness in babies that is more common in winter. 

Dial 999 or go to A&E if your baby:

  • is having difficulty breathing.
  • has a blue tongue or lips.
  • has long pauses in their breathing.

Find out more about RSV and what to do.

For simple advice on what to do and what to look for download this bronchiolitis advice sheet(PDF).

Diarrhoea and vomiting

Diarrhoea and vomiting is common in children and babies. It is often caused by a stomach bug and in most cases will stop in a few days. You can usually treat your child at home. Speak to your local pharmacist about the best way to treat either illness. They should have lots of fluids to avoid dehydration.

Find out more about the symptoms and what to do.
""")
add(id="ext-nias-calling-999", url="https://nias.hscni.net/calling-999/", source="Northern Ireland Ambulance Service (HSC)", licence="Northern Ireland public-sector body; Open Government Licence v3.0 presumed (not verified on the page; drop if in doubt)",
    title="Calling 999", audience="consumer", genre="other", topic="when to call an ambulance", topic_kind="other",
    W=True, reason="care-navigation page; emergency signs and the number are its purpose",
    evidence=["You should call 999 in the event that emergency medical assistance is required in a life-threatening situation following a serious accident, injury or illness."],
    urgency="emergency", notes="the quoted sentence is followed by a list (loss of consciousness, major blood loss, chest pains, difficulty breathing, ...)",
    text="""Calling 999

When to Call

You should call 999 in the event that emergency medical assistance is required in a life-threatening situation following a serious accident, injury or illness.  This includes, but is not limited to:

  • Loss of consciousness
  • Major blood loss
  • Chest pains
  • Difficulty breathing
  • Severe burns/scalds
  • Fitting/concussion
  • Severe allergic reactions
  • Choking
  • Drowning

In the case that it is not a life-threatening emergency, and immediate medical attention is not required, please consider other options before calling 999:

  • Care for yourself or the patient at home, or see if family or friends are able to help
  • Talk to your local pharmacist
  • Visit or call your GP (or, if necessary, call the out of hours GP service)
  • Visit your local Minor Injuries Unit
  • Make your own way to A&E (you will not be treated any quicker by arriving in an ambulance).

Visit our Choose Well page for more information.
""")
add(id="ext-nhs-kent-medway-right-service-children", url="https://www.kmhealthandcare.uk/use-the-right-nhs-service", source="Kent and Medway NHS (integrated care system)", licence=NHSOGL,
    title="Use the right NHS service (children)", audience="consumer", genre="other", topic="choosing care for an ill child", topic_kind="symptom",
    W=True, reason="consumer care-navigation page about sick children; when to call 999 expected",
    evidence=["If the illness or injury is life-threatening, including a rash that doesn't go away when pressed with a glass, don't hesitate to call 999 straight away."],
    urgency="emergency", notes="weak: one named sign (non-blanching rash) tied to 999; otherwise 'trust your instincts'",
    text="""Smartphone

Life threatening emergency

If the illness or injury is life-threatening, including a rash that doesn't go away when pressed with a glass, don't hesitate to call 999 straight away.

What you can do

It can be difficult to tell when a child is seriously ill, but the main thing is to trust your instincts.

You know better than anyone else what your child is usually like, so you'll know when something is seriously wrong.

If your child does not seem to be seriously ill, you can usually look after them at home. They should feel better in a few days.

If they're uncomfortable, you can give them children's paracetamol or children's ibuprofen. Check the leaflet to make sure the medicine is suitable for your child and to see how much to give them.

A pharmacist can give you advice about how to ease your child's symptoms and whether you need to see a doctor.

Be antibiotic aware

Antibiotics will have no effect on viruses, such as colds and flu, most sore throats, and may do more harm than good. Taking antibiotics when they are not needed increases the risk of getting an infection later that resists antibiotic treatment.

Use the right NHS service for you

Many minor health issues can be dealt with at home or by seeing a pharmacist.

You can visit an urgent treatment centre if your child has a suspected broken bone or fracture, a sprain or a strain, minor cut, burn or scald.

You don't need an appointment and they are open a minimum of 12 hours a day from 8am to 8pm, 365-days-a-year, including bank holidays.

If you're not sure where to go or what to do, use NHS 111. Available 24/7 online at
NHS 111or by phone.

You can also visit choosing the right service for a list of local services, including a map of pharmacies and urgent treatment centres.
""")
