# batch e: anaphylaxis discharge advice, flu vaccination clinic pages, medicines side-effects pages
add(id="t12-barnsley-ed-anaphylaxis", group="urgent", url="https://barnsleyhospital.nhs.uk/services/a-and-e/anaphylaxis", source="Barnsley Hospital NHS Foundation Trust, emergency department discharge information", licence=OGL,
    title="Anaphylaxis", audience="consumer", genre="patient information", topic="anaphylaxis: advice after discharge from the emergency department", topic_kind="condition",
    W=True, reason="@acute", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; may be cut after the injector instructions (the page may go on); ED waiting-time banner at the top kept; title supplied from the URL",
    evidence=["If you start to feel unwell again you should return to the Emergency Department.", "Use one injector and call 999, telling the operator that you are having an anaphylaxis attack."],
    notes="anaphylaxis signs (breathing, wheeze, tongue swelling, tight throat, hoarse voice, collapse) tied to the injector and 999; return to ED if unwell again; present",
    text="""Our Emergency Department is very busy right now and some people are experiencing long waits. If you do not require emergency care, please use an alternative such as 111 online.
Anaphylaxis can be caused by things like:
- food including nuts and shellfish
- wasp or bee stings
- certain medicines such as antibiotics.
Sometimes we do not know what has triggered the episode of anaphylaxis.
We think that you have had an episode of anaphylaxis but are now well enough to go home.
What should I do when I get home?
Some people’s symptoms return in the hours after they have been discharged from hospital. If you start to feel unwell again you should return to the Emergency Department.
What can I do to stop it happening again?
You should make an appointment with your GP so that they can arrange follow up if you need it.
You must avoid contact with whatever has caused the episode of anaphylaxis. This may mean that you have to look at the ingredients list on food in shops and when eating out or getting a take away.
How can I tell if I am having another anaphylaxis attack?
The following symptoms may mean that an allergic reaction is anaphylaxis:
- difficulty breathing or noisy breathing
- wheezing
- tongue swelling
- a tight throat
- problems talking or a hoarse voice
- collasping
A young child with anaphylaxis may look pale and floppy.
What should I do if I think I have anaphylaxis?
We should have given you two adrenaline injectors. You should use these if you think you are having an anaphylaxis attack. Use one injector and call 999, telling the operator that you are having an anaphylaxis attack.
You can use your second injector if your symptoms have not improved after five minutes. Make sure you inject yourself in a different place from the first injection.
How should I use my injector?
You will have been given an EpiPen injector. Follow the instructions in the pictures to give yourself the medicine. You do not need to take off your trousers including jeans to inject yourself.""")
add(id="t12-hamilton-practice-flu-clinic-2022", group="no-red-flag", url="https://www.hamiltonpractice.nhs.uk/health-information/influenza-flu/", source="The Hamilton Practice (NHS GP practice, Harlow), health information page", licence=OGL,
    title="Influenza (Flu)", audience="consumer", genre="screening-prevention", topic="flu vaccination clinic: eligibility, booking, COVID-19 safety measures", topic_kind="prevention",
    W=False, reason="vaccination clinic page (vaccine, not disease); red flags not expected", urgency="none", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'All clinicians and patient facing staf' (in the safety-measures list)",
    evidence=[],
    notes="vaccine-clinic logistics; the COVID-19 symptoms line ('must not attend ... self isolate and get a test') is infection control, not red flags; not warranted, not present",
    text="""Influenza (Flu)

Flu Vaccination Clinic Information 2022

Who is eligible for a flu vaccine this year?

  • All children aged 2 to 15 years (but not 16 years or older) on 31 August 2021.
  • PLEASE NOTE: Only children aged 2 to 3 years will be invited to have their vaccine in GP Surgeries. Older children will be vaccinated by community teams in school.
  • Those aged 6 months to under 50 years in clinical risk groups
  • Those aged 50 years and over
  • Pregnant women
  • Those living in a residential or nursing home
  • Carers
  • Close contacts of immunocompromised individuals
  • Frontline health and social care workers

 For further information on eligibility visit Flu Vaccine NHS information.

How can I book an appointment?

If you are eligible for a flu vaccination you can book by calling 01279 215 415.

For your appointment please:

  • Wear a face covering
  • Wear short sleeves if possible
  • Attend at your allocated appointment time. If you are running late you will not be seen after your appointment time and will need to reschedule
  • If you or anyone in your household is experiencing symptoms of COVID-19 you must not attend your appointment, you must self isolate and get a test

What safety measures are in place to keep me safe before, during and after my appointment?

Your safety is important to us and the following measures have been put in place to keep all patients and staff safe:

  • All patients will be advised to wear a face covering.
  • All patients attending will be asked a series of questions to identify if they or anyone in their household is experiencing potential symptoms of COVID-19. Anyone experiencing potential symptoms will be asked to leave immediately, self isolate and get a test.
  • Clear signs and social distancing markers will be in place in and around the surgery.
  • There will be a limited number of patients in the building at any one time.
  • All clinicians and patient facing staf""")
add(id="t12-mount-pleasant-flu-clinic-2020", group="no-red-flag", url="https://www.mountpleasanthealthcentre.co.uk/our-services/flu-clinic/", source="Mount Pleasant Health Centre (NHS GP practice), services page", licence=OGL,
    title="Flu Clinic – Starting October 2020", audience="consumer", genre="screening-prevention", topic="flu vaccination clinic 2020: invitations and booking", topic_kind="prevention",
    W=False, reason="vaccination clinic page (vaccine, not disease); red flags not expected", urgency="none", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole page text",
    evidence=[],
    notes="vaccine-clinic notice; the egg-allergy line asks patients to tell the practice (screening question), not red flags; not warranted, not present",
    text="""Flu Clinic – Starting October 2020

*Starting October 2020 – watch this page for updates*

If you are eligible for a free flu vaccination, you will receive a letter or text invite to book in to one of our Pre-bookable Saturday clinics that are starting soon.

We do not yet know when the extra groups (that the government have announced back in July will be included in the flu vaccination programme this year) will be invited but currently expect this to be towards the end of December.

Please note there are a lot of changes in how we do these this year due to the coronavirus, for example you will have to book a time slot in one of our flu clinics rather then just showing up as done in previous years as well as maintain social distancing and wearing a face covering throughout your visit.

Carers are eligible for the free flu vaccination (as the welfare of the person they care for may be at risk if the carer falls ill). If there is someone you rely upon to care for you, we suggest they contact their own GP practice to ask for a free flu jab.

If you have an allergy to eggs or any other allergic reaction to a vaccine, or do not wish to receive the flu vaccine, then please let us know once you’ve received the 2020 invite.""")
add(id="t12-tricare-side-effects-drug-interactions", group="no-red-flag", url="https://tricare.mil/CoveredServices/Pharmacy/ManageScripts/DrugSafety/SideEffects", source="TRICARE (US Defense Health Agency), pharmacy drug-safety page", licence=PD,
    title="Understand Side Effects and Drug Interactions", audience="consumer", genre="other", topic="medicines: feeling worse or better on a new prescription", topic_kind="treatment",
    W=False, reason="general medicine-management page (adherence, side effects in general) with no specific acute side effect in scope; red flags not expected", urgency="prompt", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole page text",
    evidence=[],
    notes="hard call: a general side-effects page could be expected to name a serious reaction (allergy, 911), but it is a short adherence note; 'feeling worse' -> talk to your doctor or pharmacist is concern-level with no sign or urgency; not warranted, not present",
    text="""Understand Side Effects and Drug Interactions

Are You Feeling Worse?

Sometimes you may feel worse when taking a new prescription drug. If so, you may be:

  • Experiencing side effects
  • Taking the wrong dose
  • Not taking the drug as prescribed
  • Taking another drug or supplement that reduces the drug's effectiveness or worsens your illness

In these cases, you need to talk to your doctor or pharmacist. Your doctor may prescribe another medicine or suggest other ways to limit side effects.

Are You Feeling Better?

Sometimes when you take medicine, your symptoms go away. Even though you're feeling better, don’t stop taking your medicine unless your doctor tells you to. Stopping or reducing the dose can make your illness come back.

Last Updated 11/30/2021""")
add(id="t12-nihseniorhealth-avoid-side-effects-faq", group="no-red-flag", url="https://nihseniorhealth.gov/takingmedicines/faq/faq18.html", source="NIHSeniorHealth (US National Institutes of Health), Taking Medicines FAQ 18", licence=PD,
    title="What are some ways to avoid side effects?", audience="consumer", genre="screening-prevention", topic="older adults: avoiding medicine side effects", topic_kind="prevention",
    W=False, reason="medication-safety tips (prevention) with no specific acute side effect in scope; red flags not expected", urgency="prompt", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole FAQ answer; title from the question heading",
    evidence=[],
    notes="hard call: 'Call your doctor right away if you have any problems with your medicines or if you are worried ...' is concern-based, tied to no sign; prevention tips page, not warranted, not present",
    text="""Taking Medicines

Frequently Asked Questions

18. What are some ways to avoid side effects?

  • Always inform your doctor or pharmacist about all medicines you are already taking, including herbal products and over-the-counter medications.
  • Tell your doctor, nurse, or pharmacist about past problems you have had with medicines, such as rashes, indigestion, dizziness, or loss of appetite.
  • Ask whether the drug might interact with any foods or other over-the-counter drugs or supplements you are taking.
  • Read the prescription label on the container carefully and follow its directions. Make sure you understand when to take the medicine and how much to take each time.
  • If you experience side effects, write them down so you can report them to your doctor accurately.
  • Call your doctor right away if you have any problems with your medicines or if you are worried that the medicine might be doing more harm than good. He or she may be able to change your medicine to another one that will work just as well.
  • Don't mix alcohol and medicine unless your doctor or pharmacist says it's okay. Some medicines may not work well or may make you sick if taken with alcohol.""")
