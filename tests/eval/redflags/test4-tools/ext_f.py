add(id="t4-lincoln-council-food-poisoning", url="https://www.lincoln.gov.uk/food-hygiene/poisoning-infectious-diseases/2?documentId=218&categoryId=30", source="City of Lincoln Council (environmental health)", licence=OGL,
    title="Poisoning and infectious diseases: Food poisoning", audience="consumer", genre="other", topic="food poisoning reporting", topic_kind="condition",
    W=False, reason="council environmental-health page on reporting and investigating food poisoning; a service/administrative page, not a consumer health page on the illness",
    evidence=["f you think you have suffered from food poisoning you should contact your GP as soon as possible."], urgency="same-day",
    notes="hard call (present, not warranted): condition-level GP advice with the symptom list right below it counts (tie-break 2); warranted is false by the test2 convention for council pages (compare council heat pages); the leading 'I' of 'If' is lost in the stored text",
    text="""Poisoning and infectious diseases

Food poisoning

f you think you have suffered from food poisoning you should contact your GP as soon as possible.

Symptoms of food poisoning may include one or more of these:

  • Sickness   
  • Diarrhoea - stomach pains    

  • Fever - feeling hot/cold    

  • Headaches

Children under five years, pregnant women, the elderly, and people with reduced immunity are more likely to suffer severe symptoms.

If you are suffering from diarrhoea your GP may ask you for a stool specimen to try and find out what type of food poisoning you may have.

Your GP will then notify the local authority and you may get a telephone call from the Food, Health & Safety team. We will ask you details about your illness and about recent food that you may eaten.

If you have any food leftovers which may have made you ill, you should put them in a clean, sealed container and keep them in the fridge, separate from other food. The Food, Health & Safety team may arrange for this food to be tested for bugs which cause food poisoning.

If you think a food business is involved, we will ask for details and may carry out an inspection.

If you have suffered food poisoning you should not go to work whilst you are ill. You can normally return to work 48 hours after you have recovered.

If you are a food handler, nurse, work with young children or the elderly, you should inform your employer of your illness immediately. Ask us for advice if you are unsure.""")
add(id="t4-havering-council-food-poisoning-advice", url="https://havering.gov.uk/safety-regulations/food-business-registration-safety/3", source="London Borough of Havering (environmental health)", licence=OGL,
    title="Food poisoning advice", audience="consumer", genre="other", topic="food poisoning investigation", topic_kind="condition",
    W=False, reason="council page on how food-poisoning cases and outbreaks are investigated; administrative, not advice on the illness",
    evidence=[], urgency="same-day", notes="'If you are concerned about your health, you should visit your GP' is generic worry (tie-break 1)",
    text="""Food poisoning advice
Food poisoning is an illness caused by eating food which hasn't been cooked, handled or stored properly.
Report safety / hygiene problem
Food poisoning symptoms can include:
- nausea
- vomiting
- diarrhoea
- stomach cramps
If you are concerned about your health, you should visit your GP.
What we will do
Once a confirmed case is received, we will contact the person with the symptoms and ask them questions regarding:
- what and where they have eaten in the days before they became ill
- details of their symptoms
- whether they have been on holiday abroad
- whether or not their GP has taken a faecal sample
- whether anybody else they ate with also experienced any symptoms
We may request that the person provides a faecal sample.
Risk groups
- People whose work involves preparing or serving unwrapped foods not subjected to further heating
- Clinical and social care staff who have direct contact with highly susceptible patients or persons in whom a gastrointestinal infection would have particularly serious consequences
- People who work with children under five years
Food poisoning outbreaks
If a number of people ate at the same venue and have the same symptoms, this may be due to a food poisoning outbreak.
Our investigation into the outbreak will involve:
- interviewing people who are ill
- interviewing others who ate at the venue but didn't have symptoms
- taking faecal and food samples (if appropriate); and
- inspecting the implicated venue
If there is enough evidence implicating a food premises within the area as a possible source of the outbreak, we may decide to carry out a food hygiene inspection (see for action we can take following a food inspection).
Advice to people with suspected food poisoning
Parents or guardians of children aged under five years or children or adults unable to maintain good standards of personal hygiene, are advised to keep them away from school or other establishments until they have also been symptom-free for 48 hours""")
add(id="t4-bsuh-kidney-stones-ed-leaflet", url="https://www.bsuh.nhs.uk/documents/kidney-stones-ed-leaflet/", source="University Hospitals Sussex NHS Foundation Trust (Brighton and Sussex)", licence=OGL,
    title="Kidney stones emergency department leaflet", audience="consumer", genre="patient information", topic="kidney stones after discharge from the emergency department", topic_kind="condition",
    W=True, reason="discharge leaflet for a painful condition that can block the kidney or become infected; readers need to know when to return",
    evidence=["If you have ongoing symptoms after 48 hours you should return to be reviewed again in the Emergency department.", "If your pain is worsening or unmanageable, you find you cannot pass urine or if you become feverish or otherwise unwell, please seek urgent medical attention."],
    urgency="emergency", notes="",
    text="""Skip to content

Kidney stones emergency department leaflet

Download and print as a PDF



You have been found to have a stone in your urinary tract and have been discharged home with pain relief and advice to drink plenty of fluids.

We hope that your stone or stones will pass within the next few days and your symptoms will improve. If you have ongoing symptoms after 48 hours you should return to be reviewed again in the Emergency department.

Sometimes we have refer you to the stone (renal colic) clinic for follow-up. We do this usually if you have had recurrent stones and not generally on the first occasion. The clinic will contact you with an appointment. If you do not hear from them, please contact the Booking Hub on telephone 0300 303 8360 to arrange an appointment.

For follow up information, once you have been contacted by the clinic, the Virtual Stone Clinic is on extension 67752 (9am until 4pm Monday to Thursday).

If your pain is worsening or unmanageable, you find you cannot pass urine or if you become feverish or otherwise unwell, please seek urgent medical attention.

Please review our article on dietary advice for stone formers for advice to help reduce the chance of a recurrence.

Kidney stones

Kidney stones can form within the urinary tract, within the kidney, the ureter (the tube draining urine from the kidney) or in the bladder. They can be many different sizes and shapes.

We don’t know why most kidney stones form. Most stones are made of calcium (a natural substances in our bodies). Some stones cause no problems but others cause pain and blood in urine.

Most kidney stones are small and pass out with the urine. Some stones become lodged in a ureter or kidney and cause persistent symptoms or problems. There are various treatment options to remove dislodged stones.

About half of people who have a kidney stone develop another one at a later time in their life. Drinking plenty of water each day may prevent a recurrence.


In some cases, a kidne""")
add(id="t4-nidirect-kidney-stones", url="https://www.nidirect.gov.uk/conditions/kidney-stones", source="nidirect (Northern Ireland government)", licence=OGL,
    title="Kidney stones", audience="consumer", genre="patient information", topic="kidney stones", topic_kind="condition",
    W=True, reason="consumer page on a painful condition that can block the kidney or cause a kidney infection",
    evidence=[], urgency="same-day",
    notes="lists kidney-infection symptoms (fever 38C or over, chills) without saying what to do; excerpt cut at diagnosis",
    text="""Kidney stones

Kidney stones can develop in one or both kidneys. They're quite common. They most often affect people aged 40 to 60. This page has information on kidney stones including symptoms, causes and treatment.

Symptoms of kidney stones 

Very small kidney stones are unlikely to cause many symptoms. They may even go unnoticed and pass out painlessly when you urinate (pee).

Symptoms usually occur if the kidney stone:

  • gets stuck in your kidney
  • starts to travel down the ureter (the tube that attaches each kidney to the bladder) – the ureter is narrow and kidney stones can cause pain as they try to pass through
  • causes an infection

In these cases, the symptoms of kidney stones can include:

  • a persistent ache in the lower back, which is sometimes also felt in the groin – men may have pain in their testicles and scrotum
  • periods of intense pain in the back or side of your abdomen, or occasionally in your groin, which may last for minutes or hours, with intervals of no pain or dull ache
  • feeling restless and unable to lie still
  • nausea (feeling sick)
  • needing to urinate (pee) more often than normal
  • pain when you urinate (dysuria)
  • blood in your urine (haematuria) – this may be caused by the stone scratching the kidney or ureter

Blocked ureter and kidney infection 

A kidney stone that blocks the ureter can lead to a kidney infection. This is because waste products can’t get past the blockage. This may cause a build-up of bacteria.

The symptoms of a kidney infection are similar to symptoms of kidney stones, but may also include:

  • a high temperature (fever) of 38C (100.4F) or over
  • chills and shivering
  • feeling very weak or tired
  • diarrhoea
  • cloudy and bad-smelling urine


Diagnosing kidney stones 

Your GP will usually be able to diagnose kidney stones from your symptoms and medical history.

You may be given tests, including:

  • urine tests to check for inf""")
add(id="t4-riverside-health-insect-bites-stings", url="http://riversidehealth.co.uk/general-health/insect-bites-stings/", source="Riverside Health (NHS GP practice)", licence=OGL,
    title="Insect Bites & Stings", audience="consumer", genre="patient information", topic="insect bites and stings", topic_kind="condition",
    W=True, reason="consumer page on bites and stings, which can cause anaphylaxis or infection",
    evidence=["See your GP if you’ve been bitten or stung and there’s a lot of swelling and blistering or if there’s pus, which indicates an infection.", "Dial 999 and ask for an ambulance if you experience any of these symptoms after a bite or sting:"],
    urgency="emergency", notes="",
    text="""Flu Jabs | Contact the surgery now to book your appointment.

    Insect Bites & Stings

    Insect bites and stings are common and usually only cause minor irritation. However, some stings can be painful and trigger a serious allergic reaction.

    In the UK, insects that bite include Midges, Mosquitoes, Fleas, Bedbugs, and, although not strictly insects, Spiders, Mites and Ticks, which are arachnids. Insects that sting include Bees, Wasps and Hornets.

    An insect bites you by making a hole in your skin to feed. Most insects sting as a defence by infecting venom into your skin.

    Treating Insect Bites & Stings

    Most bites and stings are treated by:

    • washing the affected area with soap and water
    • placing a cold compress (a flannel or cloth soaked in cold water) over the area to reduce swelling

    Try not to scratch the affected area to avoid infection. If you’re in pain or the area is swollen, take painkillers such as paracetamol or ibuprofen.

    When to seek medical help

    See your GP if you’ve been bitten or stung and there’s a lot of swelling and blistering or if there’s pus, which indicates an infection.

    Dial 999 and ask for an ambulance if you experience any of these symptoms after a bite or sting:

    • wheezing or difficulty breathing
    • nausea, vomiting or diarrhoea
    • a fast heart rate
    • dizziness or feeling faint
    • difficulty swallowing (dysphagia)
    • confusion, anxiety or agitation

    Read more about the complications of an insect bite or sting.""")
add(id="t4-nidirect-urticaria-hives", url="https://www.nidirect.gov.uk/conditions/urticaria-hives", source="nidirect (Northern Ireland government)", licence=OGL,
    title="Urticaria (hives)", audience="consumer", genre="patient information", topic="urticaria (hives)", topic_kind="condition",
    W=True, reason="consumer page on hives, which can be part of anaphylaxis",
    evidence=["visit your GP if your symptoms don't go away within 48 hours.", "You should also contact your GP if your symptoms are:"], urgency="emergency",
    notes="the 999 advice is condition-level ('if you or someone else is experiencing anaphylaxis'; the anaphylaxis signs are 'see below', not in the excerpt), so it is not quoted; the 48-hour threshold and the severity list carry the present label",
    text="""Urticaria (hives)

Urticaria (hives) is a raised, itchy rash that appears on the skin. Children are often affected by the condition, as well as women aged 30 to 60, and people with a history of allergies. Hives rashes usually improve within a few minutes to a few days.

Types of urticaria 

 Urticaria may appear on one part of the body or be spread across large areas. 

It can lead to a red, raised, itchy rash. The rash can be in one place or spread through the body. The raised areas on the skin are sometimes called hives or weals.

Picture showing urticarial rash
Urticaria (hives) can cause a raised, itchy rash

Urticaria rash (hives) on a neck and back
Urticaria rash can be in one place or spread through the body

The raised areas can range from a few millimetres to the size of a hand.

Doctors may call urticaria either:

  • acute urticaria – if the rash clears completely within six weeks (most cases last 24 to 48 hours)
  • chronic urticaria – in rarer cases, where the rash persists or comes and goes for more than six weeks, often over many years

A much rarer type of urticaria, known as urticarial vasculitis, can cause blood vessels inside the skin to become inflamed. 

In these cases, the raised areas or weals last longer than 24 hours, are more painful, and can leave a bruise.

When to seek medical advice

Urticaria on its own is not a serious condition. However, urticaria can occur in a severe allergic reaction called anaphylaxis (see below).

If you have symptoms of anaphylaxis this is a medical emergency.

Call 999 immediately and ask for an ambulance if you or someone else is experiencing anaphylaxis.

If you have urticaria, without the symptoms of anaphylaxis, visit your GP if your symptoms don't go away within 48 hours.

You should also contact your GP if your symptoms are:

  • severe
  • causing distress
  • disrupting daily activities
  • occurring alongside other symptoms

Causes of urticaria 

Urticaria occurs when a trig""")
