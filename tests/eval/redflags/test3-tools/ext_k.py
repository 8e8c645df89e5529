add(id="t3-toitepora-healthy-skin", url="https://www.ttophs.govt.nz/healthyskin_public", source="Toi Te Ora Public Health (New Zealand public health service)", licence="CC BY 4.0 (New Zealand government public health service; presumed under NZGOAL, not verified)",
    title="Healthy skin", audience="consumer", genre="screening-prevention", topic="skin infections (cellulitis, impetigo, abscesses)", topic_kind="condition",
    W=True, reason="public-health page on skin infections that can become serious; readers need to know which sores need care",
    evidence=["Families / whanau / individuals should be advised to seek medical attention if a sore or area of redness has any of the following features:"], urgency="same-day",
    notes="advice framed for people advising families ('should be advised to'), but the sign list and action are explicit; login chrome kept",
    text="""Username Password Forgotten your password?


Skin infections are preventable. To keep your skin healthy:

  • Wash and dry hands with soap and water often

  • Keep skin clean

  • Wear clean clothes

  • Clean and Cover cuts and sores with plasters

  • Care for other skin conditions e.g. eczema – use your creams and lotions

  • Wash sheets and towels regularly

  • Eat healthy food.  Healthy food is important for healthy skin

  • Skin infections often start with an insect bite

  • Treat animals for fleas regularly

If left untreated skin infections can lead to serious health problems. Serious skin infections are a major cause of avoidable hospitalisations in New Zealand.  Families / whanau / individuals should be advised to seek medical attention if a sore or area of redness has any of the following features:

  • Is greater than the size of a ten cent coin (approximately 1.5cm)

  • Increasing size

  • Has pus

  • Has red streaks coming from it

  • Is not getting better within two days

  • Is located close to the eye

Healthy skin resources are available to download from our resource page.  This includes brochures, pamphlets, posters and tools for health professionals.

What are serious skin infections?

The term ‘serious skin infections’ includes a number of conditions such as cellulitis, impetigo and abscesses of the skin and subcutaneous tissue.

  • Cellulitis  is an acute bacterial infection of the soft tissues of the skin. The infection spreads causing the skin and layers underneath to become red, swollen and tender.

  • Impetigo  (or school sores) is characterised by small infectious blisters, which later develop a honey coloured scab like crust.

  • An abscess is a cavity containing pus which may also have surrounding cellulitis of the skin and tissue, all of which are largely caused by germs (bacteria).

If left untreated, skin infections can lead to serious health problems.  These infections can a""")
add(id="t3-tewhatuora-whooping-cough-deaths-news", url="https://www.tewhatuora.govt.nz/corporate-information/news-and-updates/older-news-items/renewed-calls-for-people-to-know-the-symptoms-of-whooping-cough-and-be-immunised-following-third-death/", source="Health New Zealand | Te Whatu Ora (news release)", licence=NZ,
    title="Renewed calls for people to know the symptoms of whooping cough and be immunised following third death", audience="consumer", genre="news or research report", topic="whooping cough deaths in infants (public health alert)", topic_kind="condition",
    W=True, reason="public-health alert after infant deaths, explicitly asking readers to know the symptoms",
    evidence=["Parents should seek medical advice for their baby or young child if they have a cough that ends with a ‘whoop’ sound or vomiting."], urgency="emergency",
    notes="hard call: news release labelled warranted because its stated purpose is symptom awareness; the advice is prompt-level only (no apnoea / turning blue 111 advice in the excerpt)",
    text="""Te Whatu Ora is encouraging people to be vigilant to the symptoms of whooping cough (pertussis) and renewing calls for pregnant people, pēpē (from six-weeks of age) and their caregivers to be immunised against whooping cough.  


This comes following a further infant death from whooping cough. To date, three infants, all aged under one year, have died from whooping cough in 2023. This third tragic death is not related to the two earlier deaths reported by Te Whatu Ora on 9 March. 


Dr William Rainger, Te Whatu Ora, Clinical Lead – Health Protection, National Public Health Service said, “Our condolences are with the three families who have lost tamariki to this highly infectious disease.” 


“Out of respect to the family, we will not be releasing any further information on the most recent death.” 


There have been 11 cases of whooping cough in 2023 so far. The ratio of fatalities to identified cases is much higher than in previous years, suggesting there may be undetected spread in the community.  


“While reported cases remain low, these deaths are an urgent reminder that whooping cough is a serious illness, especially for younger babies,” says Dr Rainger. 


“Parents should seek medical advice for their baby or young child if they have a cough that ends with a ‘whoop’ sound or vomiting.” 


“The best protection is to ensure that pregnant people, babies and those who will spend time with babies are all immunised.” 


Whooping cough (also called pertussis or the ‘hundred-day-cough') is highly infectious and is spread by coughing and sneezing. People can pass on the illness from the week before their cough starts. Early diagnosis and treatment with antibiotics can reduce the time a person is infectious to just two to five days but left untreated they can pass on the illness for up to three weeks. 


Whooping cough starts like a cold with a runny nose, cough and fever, so it can be hard to recognise as a serious illness at fi""")
add(id="t3-sussex-partnership-psychosis-families", url="https://www.sussexpartnership.nhs.uk/our-services/community-based-services/early-intervention-services/information-families-and-carers", source="Sussex Partnership NHS Foundation Trust", licence=OGL,
    title="Information for families and carers (early intervention in psychosis)", audience="consumer", genre="coping-support", topic="psychosis (information for families)", topic_kind="condition",
    W=True, reason="family page on psychosis; crisis action is expected", 
    evidence=["If someone is having thoughts of harming themselves or others, please follow the information on our crisis page", "Alternatively, take them to your nearest A&E or, if you are unable to get there safely, call 999 and ask for an ambulance."], urgency="emergency",
    notes="", text="""Information for families and carers

Psychosis is a mental health difficulty which can develop for a number of reasons including genetics, personality, life events and experiences, the environment you live in and things which cause you stress.

What are the signs/symptoms?

Psychosis can cause symptoms such as paranoia, having experiences of hearing, seeing or feeling things that other people don’t, having confusing thoughts or getting your words muddled.

What to do in a crisis

If someone is having thoughts of harming themselves or others, please follow the information on our crisis page

Alternatively, take them to your nearest A&E or, if you are unable to get there safely, call 999 and ask for an ambulance.

You can also contact our 24-hour Sussex Mental Healthline on 0800 0309 500. If you are based in Brighton & Hove you can also call our Mental Health Rapid Response Service (MHRRS) on 0300 304 0078.

EIPS works with individuals who have experienced a first episode of psychosis to support them with their mental health and help them to manage and recover from the unusual and distressing experiences they might be experiencing.

Research shows us that support received in the first months and years after a first episode of psychosis is really important in giving the best chance of recovery; we provide the treatment and support needed to help your loved one get back to the life they want to lead as quickly as possible.

We offer support for up to three years even if symptoms appear to have gone after a few weeks. We do this to help prevent these distressing experiences from coming back by supporting understanding of why symptoms might have occurred in the first place, how to recognise early signs they might be returning and how to minimise the impact if they do return. 

What is a care plan?

A care plan is created with the individual, their family/carer and the care team. It sets out the individuals' goals and how they are going to be supported. This includes in""")
add(id="t3-berkshire-eip-psychosis-service", url="https://cypf.berkshirehealthcare.nhs.uk/our-services/children-and-adolescent-mental-health-services-camhs/early-intervention-in-psychosis/", source="Berkshire Healthcare NHS Foundation Trust (CAMHS)", licence=OGL,
    title="Early Intervention in Psychosis", audience="consumer", genre="other", topic="early intervention in psychosis service", topic_kind="other",
    W=False, reason="service page (team, eligibility, appointment arrangements); warning signs and crisis action are not its purpose",
    evidence=[], urgency="emergency",
    notes="hard call: lists early signs of psychosis but is a service description (test2 convention: service/eligibility pages not warranted); COVID appointment notice kept",
    text="""search Menu

Early Intervention in Psychosis

About the Early Interventions in Psychosis Team

We support people experiencing symptoms of psychosis for the first time, as well as people at risk of developing psychosis.

Psychosis affects the way someone believes, views and experiences things. It most commonly develops between late teens and early adulthood. Anyone can develop psychosis, and most people recover in less than six months with treatment and support. Early treatment increases the chance of a full recovery.

Early signs can sometimes be unclear and hardly noticeable. A person with psychosis might experience the following:

  • Hearing, smelling and seeing things that other people don’t
  • Saying things that seem strange to friends and family
  • Becoming withdrawn and isolated
  • Becoming suspicious that everything is about or related to them
  • Feeling that their thoughts are being controlled by someone or something else

Wherever possible, the work of our team will continue although, in some cases, not in the way you may be used to.  

Until further notice, we’re stopping all non-urgent face to face appointments and will offer alternative arrangements.

Depending on your needs, this could include:

  • an online video consultation, similar to a Skype or WhatsApp call
  • consultation over the phone
  • professional advice on how to manage your own care

In some cases we may offer face to face appointments or even make home visits. This will be based on an assessment of your current difficulties and risks, taking into consideration any additional risks that are the result of the COVID-19 outbreak. 

A member of the team will contact you to decide on the right arrangements for you. There is no need to contact us.

We provide help and support to people over the age of 14 who are experiencing symptoms of psychosis for the first time, and for one week or more.

We also work with people who are at risk of developing psychosis. """)
