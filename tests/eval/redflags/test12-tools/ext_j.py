# batch j: NHS trust news on seeking help early (cancer 'Help Us, Help You'; 'the earlier, the better')
add(id="t12-royal-devon-help-us-help-you-cancer-news", group="urgent", url="https://royaldevon.nhs.uk/news/nhs-launches-campaign-to-help-diagnose-cancer-early/", source="Royal Devon University Healthcare NHS Foundation Trust, news 6 June 2022", licence=OGL,
    title="NHS launches campaign to help diagnose cancer early", audience="consumer", genre="news or research report", topic="cancer early-diagnosis campaign (fear of cancer, contact GP)", topic_kind="symptom",
    W=True, reason="cancer symptom-awareness news addressed to the public; a careful editor expects at least one sign tied to seeing the GP", urgency="prompt", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole news item (repeated title line, cookie notice and last-updated line kept)",
    evidence=[],
    notes="hard call: 'if something in your body doesn't feel right, and you are worried it could be cancer, don't delay, contact your GP practice' is concern-based and names no sign (the campaign itself is about fear, not symptoms), as with East Mead in round 13; complete text; warranted and missing",
    text="""NHS launches campaign to help diagnose cancer early

6 Jun 2022

The Royal Devon University Healthcare NHS Foundation Trust is supporting an NHS England & NHS Improvement campaign, ‘Help Us, Help You’, which is taking a different approach to detecting cancer earlier for patients, when it is easier to treat.

This national campaign encourages everyone not to let the thought of cancer play on your mind, but instead if something in your body doesn’t feel right, and you are worried it could be cancer, don’t delay, contact your GP practice. Most people who are referred for tests by their GP find out it’s not cancer, but it’s vital to play it safe and get checked sooner rather than later. Remember that the NHS is here for you.

New surveys reveal that while the majority of people knew catching cancer earlier makes it more treatable, over two fifths said they would ignore symptoms, wait to see if anything changed, look for answers online or speak to family and friends before seeing their GP.

This national campaign will run across TV, radio, and social media and is the first ‘Help Us, Help You’ cancer campaign to focus on tackling the ‘fear’ of cancer rather than specific symptoms.

Close NHS launches campaign to help diagnose cancer early


Our site uses cookies to help give you a better experience. By continuing to use it you consent to the use of cookies as set out in our privacy policy.

Last updated: June 06, 2022""")
add(id="t12-uclh-the-earlier-the-better-news", group="no-red-flag", url="https://www.uclh.nhs.uk/News/Pages/Theearlierthebetter.aspx", source="University College London Hospitals NHS Foundation Trust, news 27 January 2014", licence=OGL,
    title="The earlier the better", audience="consumer", genre="news or research report", topic="NHS England campaign: seek early advice from pharmacists, 111 and GPs instead of A&E", topic_kind="other",
    W=False, reason="service-use campaign news (where to go for minor ailments), with no condition or symptom in scope; red flags not expected", urgency="none", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'reach out to the ' (in the closing quote)",
    evidence=[],
    notes="hard call: the campaign is about seeking help early, but it concerns service use (pharmacy, 111, GP, A&E only for real emergencies) for minor ailments in general; no sign is named or tied to an action; not warranted, not present",
    text="""The earlier the better 

27/01/2014 00:00 
NHS England has launched its first national public awareness campaign to encourage people not to store up health problems and to seek advice from their local pharmacist as early as possible.

The eight-week campaign – called ‘the earlier, the better’ – aims to help nip health problems in the bud and reduce unnecessary stays in hospital.

It follows NHS England’s urgent and emergency care review, published last November, which highlighted the rising number of emergency admissions to hospital that could have been avoided.

The review also highlighted the need to improve care outside of hospital and to increase public understanding of the alternatives to A&E.

Dr Jonathan Fielden, medical director for the medicine board, said UCLH supports the campaign.

He added: “Everyone has a role to play to ensure Emergency Department (A&E) staff and facilities are immediately available to those with greatest need, especially the critically ill and injured.
"This campaign helps people understand the other options available: local pharmacies, NHS 111 and their local GP. The Emergency Department is for just that, real emergencies, we all need to ensure we help to use this precious resource in the best way for each other.”

Since last November NHS England’s most senior clinicians have been encouraging people to seek help early over the winter period.

Their biggest concern has been the rising number of older and frail people who are admitted to hospital because of respiratory or other chronic conditions usually worsened by immobility, the cold and viral illnesses.

They say the answer lies in better self and family care, early recognition of illness and urgent access to medication, primary and community care.

Professor Keith Willett, NHS England’s Director for Acute Care, said: “As a clinician who has spent some 30 years working in the urgent care system I am really pleased to see a serious attempt to reach out to the """)
add(id="t12-bedfordshire-after-tonsillectomy-adults", group="urgent", url="https://www.bedfordshirehospitals.nhs.uk/patient-information-leaflets/after-your-tonsillectomy-adults-patient-information", source="Bedfordshire Hospitals NHS Foundation Trust, patient information leaflet", licence=OGL,
    title="After your tonsillectomy (adults): patient information", audience="consumer", genre="patient information", topic="recovery after tonsillectomy in adults: pain, eating, bleeding", topic_kind="treatment",
    W=True, reason="consumer post-operative care leaflet for an operation with a known emergency complication (post-tonsillectomy bleeding); readers need to know when to return", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the excerpt starts without the page title (at 'The tonsils are removed through the mouth') and is cut at 'sunken eye, tired' (signs of dehydration); title supplied from the URL",
    evidence=["if the paid is unmanageable and you are not able to eat and drink despite regular pain killers, please return to hospital (A&E) for hydrational support."],
    notes="unmanageable pain with inability to eat and drink tied to returning to A&E; the bleeding advice (the main emergency) is not in the stored text; present (pain/dehydration level only)",
    text="""The tonsils are removed through the mouth so there is no incision (cut) or outside scars; bleeding is stopped by cauterising (sealing off with heat) the small blood vessels or tying them off with threads. These threads will fall off on their own. There will be a white coating where the tonsils used to be – this is a normal and healthy appearance after tonsil surgery and not related to an infection.
Food and drink
A normal diet should be resumed as soon as possible, with no restrictions. This will help to keep the mouth and throat clear and free from infection and there is less chance of bleeding. Stay hydrated throughout the day and try to have a drink with every meal.
Cold drinks and ice lollies may help to reduce pain and soothe the throat. Fizzy and citrus drink may be difficult to tolerate in the initial recovery period. Avoid hot and spicy foods as this may also be irritating.
Chewing gum may delay resumption of a normal diet and increase post-operative pain and should therefore be avoided.
Smoking and alcohol should be avoided for two weeks post-operatively.
Pain
You will have a sore throat that may last for up to 2 weeks and can be very painful. The pain may also be felt in the ears- this is normal.
You will be provided with paracetamol and ibuprofen for the first week, unless contraindicated. It is best to stagger giving these so work most effectively, but you can also safely take them together at the same time.
You may also be given Codeine and Difflam spray as rescue pain killers and can be helpful to use before food to encourage you to eat.
Do not use aspirin as this can increase risks of bleeding.
The pain may unfortunately increase and be at its worst between days 3 to 7. Continue regular use of pain killers but if the paid is unmanageable and you are not able to eat and drink despite regular pain killers, please return to hospital (A&E) for hydrational support.
Signs of dehydration include dry mouth, decreased urination, dark urine, sunken eye, tired""")
add(id="t12-chelwest-allergic-reactions", group="urgent", url="https://chelwest.nhs.uk/your-visit/patient-leaflets/medicine-services/allergic-reactions", source="Chelsea and Westminster Hospital NHS Foundation Trust, patient leaflet (medicine services)", licence=OGL,
    title="Allergic reactions", audience="consumer", genre="patient information", topic="allergic reactions and anaphylaxis after an emergency visit", topic_kind="condition",
    W=True, reason="@acute", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'It is a rapidly developing re' (first item of the seek-urgent-advice list)",
    evidence=["Anaphylaxis and severe reactions\n\nYou should seek urgent medical advice as soon as possible especially if:"],
    notes="hard call: the action (urgent medical advice as soon as possible) is tied to 'anaphylaxis and severe reactions' (situation-level) and its sign list is cut after the first, unfinished item ('a rapidly developing re'); earlier, anaphylaxis is described as 'a medical emergency' (condition-level, not counted); present (weak)",
    text="""Allergic reactions

You have had an allergic reaction which means that your body’s immune system has had a hypersensitive reaction (overreaction) to a harmless substance called the allergen.

What is an allergic reaction?

An allergic reaction can present with one symptom or a combination of symptoms.

  • Urticaria (hives) are common—they are itchy, red eruptions on the skin which can be localised or become widespread and flow together
  • Lip, tongue and throat swelling which can cause hoarseness and itchiness
  • Allergic conjunctivitis with itchy, watery red eyes
  • Allergic rhinitis with a stuffy or runny nose and sneezing
  • Wheeze and shortness of breath or developing a cough
  • Nausea and vomiting with abdominal pain and diarrhoea
  • Anaphylaxis is a severe allergic reaction that is rapid in onset and is potentially life-threatening—it can cause breathing difficulties and low blood pressure and is a medical emergency

What can you be allergic to?

Almost anything can trigger an allergic reaction if you are susceptible. Common allergens are:

  • Foods such as nuts, dairy products, shellfish, fruits and grains—it is not the same as food intolerance when your body is unable to breakdown that particular food
  • Dust and pollen
  • Medication such as antibiotics (eg penicillin)
  • Latex or rubber
  • Chemicals in detergents, hair dyes or tattoos
  • Insect bites

Often no obvious cause can be found unless it has occurred frequently to the same allergen.

Who gets allergies?

You may be more at risk of sustaining an allergic reaction if you:

  • Have a family history of an allergy
  • Have other allergies (several allergens are linked to one another)
  • Have a history of asthma, hayfever, eczema or other atopic disorders

What should you do if you have an allergic reaction?

Anaphylaxis and severe reactions

You should seek urgent medical advice as soon as possible especially if:

  • It is a rapidly developing re""")
