# batch b: bites and stings, kidney stones, gallstones, allergic reactions, asthma at school, pregnancy sickness, mental-health crisis, travel clinic
add(id="t14-nelson-medical-practice-bites-stings", group="urgent", url="https://www.nelsonmedicalpractice.co.uk/author/silicon/", source="Nelson Medical Practice (NHS GP practice, south-west London), practice post (author archive page)", licence=OGL,
    title="Insect bites and stings (practice post)", audience="consumer", genre="patient information", topic="insect bites and stings: self-care and when to get medical advice", topic_kind="condition",
    W=True, reason="consumer page about bites and stings, where readers may need to act (infection, severe allergic reaction)", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; an author-archive page holding one seasonal post; cut at '(March 2018' in the self-care guidance paragraph; title supplied from the content",
    evidence=["When to get medical advice\nContact us or call NHS 111 for advice if:", "- You’ve been stung or bitten in your mouth or throat, or near your eyes"],
    notes="GP/111-level signs (bite in mouth or throat or near eyes, large red swollen area, wound infection, flu-like symptoms) tied to 'Contact us or call NHS 111'; no anaphylaxis/999 line in the stored text",
    text="""As spring arrives and people are outdoors more, you may find yourself with more bites and stings. Most insect bites and stings are not serious and will get better within a few hours or days.
What to do if you’ve been bitten or stung:
To treat an insect bite or sting:
- Remove the sting or tick if it’s still in the skin
- Wash the affected area with soap and water
- Apply a cold compress (such as a flannel or cloth cooled with cold water) or an ice pack to any swelling for at least 10 minutes
- Raise or elevate the affected area if possible, as this can help reduce swelling
- Avoid scratching the area, to reduce the risk of infection
- Avoid traditional home remedies, such as vinegar and bicarbonate of soda, as they’re unlikely to help
The pain, swelling and itchiness can sometimes last a few days. Ask your pharmacist about medicines that can help, such as painkillers, creams for itching and antihistamines.
Read more about treating insect bites and stings.
Read more here for NICE Guidance on insect bites and stings: antimicrobial prescribing.
When to get medical advice
Contact us or call NHS 111 for advice if:
- You’re worried about a bite or sting
- Your symptoms do not start to improve within a few days or are getting worse
- You’ve been stung or bitten in your mouth or throat, or near your eyes
- A large area (around 10cm or more patch of skin) around the bites becomes red and swollen
- You have symptoms of a wound infection, such as pus or increasing pain, swelling or redness
- You have symptoms of a more widespread infection, such as a high temperature, swollen glands and other flu-like symptoms
Self-care Guidance
SWL CCGs (NHS Croydon, NHS Merton, NHS Richmond, NHS Sutton and NHS Wandsworth) are committed to delivering best value by ensuring that we use our resources well. To help us to support the implementation of the NHS England guidance ‘Conditions for which over the counter items should not routinely be prescribed in primary care’ (March 2018""")
add(id="t14-nth-kidney-stones", group="urgent", url="https://www.nth.nhs.uk/resources/kidney-stones", source="North Tees and Hartlepool NHS Foundation Trust, patient information leaflet", licence=OGL,
    title="Kidney stones", audience="consumer", genre="patient information", topic="kidney stones: what they are, symptoms, tests", topic_kind="condition",
    W=True, reason="@acute", urgency="same-day", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'to look at your kidneys and a' in the tests list; title supplied from the URL",
    evidence=[],
    notes="cut excerpt: symptoms listed (severe pain, high temperature, vomiting) and 'If kidney stones are left untreated you could develop a serious infection' but no sign tied to any action; warranted and missing (cut)",
    text="""Information for patients
This leaflet can be made available in other formats including large print, CD and Braille and in languages other than English, upon request.
What are kidney stones?
Kidney stones are hard deposits of minerals and salts that form inside your kidneys.
These ‘stones’ might be as small as a grain of sand, or as large as a pea. A small kidney stone can be passed in your urine without causing an issue.
However, if a kidney stone gets stuck somewhere along the way it can cause pain, and can also stop you from passing urine.
If kidney stones are left untreated you could develop a serious infection, or damage to your kidneys which can lead to longer term health problems.
How do your kidneys work?
The kidneys are two organs in your abdomen (tummy). They sit just inside your rib cage. The kidneys are shaped like a bean and are each about the size of your fist. The kidneys are responsible for cleaning and filtering your blood. From this process they remove waste products when filtering, and this produces urine. The urine is transferred to your bladder by two tubes called the ureters.

What are the symptoms of kidney stones?
Very small kidney stones are unlikely to cause many symptoms. They may even go undetected and pass out painlessly when you pee.
Larger kidney stones can cause symptoms including;
- Pain in the side of your tummy or groin – men can have pain in their testicles too.
- A high temperature.
- Feeling sweaty.
- Severe pain.
- Feeling sick or vomiting.
- Visible or non-visible blood in your urine. Non-visible blood can be found by medical staff when doing a test of your urine.
- Urine infection.
- A feeling of having a full bladder constantly. This can be caused if the kidney stone gets near to the bladder.
- Burning or stinging when you pass urine.
What tests will I need?
- Urine dipstick test – to check for blood and infection.
- Blood test – to check how well your kidneys are working.
- CT scan – to look at your kidneys and a""")
add(id="t14-nhlbi-asthma-school-steps-poster", group="urgent", url="http://www.nhlbi.nih.gov/health-pro/resources/lung/asthma-steps-to-follow-no-nurse-poster-html.htm", source="National Heart, Lung, and Blood Institute (NIH), resource for school staff (2008)", licence=PD,
    title="Management of Asthma Exacerbations: School Treatment Steps to Follow for an Asthma Episode in the School Setting When a Nurse is Not Available Poster", audience="professional", genre="other", topic="asthma episode at school without a nurse: steps for staff", topic_kind="condition",
    W=True, reason="instructions for school staff handling an acute asthma episode; they must know when to call emergency services", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole page text including site navigation and social-media links",
    evidence=["Call 911 if the student is struggling to breathe, talk, stay awake, has blue lips, or asks for an ambulance.", "Call 911 if any of the following occur:"],
    notes="audience is school staff (lay responders), recorded as professional; explicit 911 criteria (struggling to breathe or talk, blue lips, no improvement after two doses)",
    text="""Accessible Search Form           Advanced Search

Skip left side navigation and go to content

Health Professionals

Management of Asthma Exacerbations: School Treatment Steps to Follow for an Asthma Episode in the School Setting When a Nurse is Not Available Poster

Be prepared. Know which students have asthma and where their medicine is kept.


If a student has asthma symptoms or complaints and needs your assistance,* take these steps.

  • Quickly evaluate the situation. Call 911 if the student is struggling to breathe, talk, stay awake, has blue lips, or asks for an ambulance.
  • NEVER LEAVE A STUDENT ALONE.
  • Stop the student's activity.
  • Help the student locate and take his/her prescribed quick-relief inhaler medicine.
  • Contact the parent/guardian.
  • Repeat quick-relief inhaler medicine in 20 minutes if student is still having trouble breathing.

Call 911 if any of the following occur:

  • If the student is struggling to breathe, talk, stay awake, has blue lips, or asks for an ambulance.
  • If the student doesn't improve after two administrations of quick-relief medicine, and nurse/designee or parent/guardian is not available.
  • If no quick-relief medicine is available, the student's symptoms have not improved spontaneously, and nurse/designee or parent/guardian is not available.
  • If you are unsure what to do.

Remember:

* Many students who carry their own medicine may be able to self-manage asthma episodes. They should follow the school protocol. Provide support as needed.

** Common asthma allergens and irritants include tobacco smoke, pollens, furry animals, cockroach droppings, dust mites, chalk dust, or strong odors (for example, from cleaning products, paints, or perfume).

SEPTEMBER 2008

Twitter iconTwitterimage of external icon Facebook iconFacebookimage of external icon YouTube iconYouTubeimage of external icon Google+ iconGoogle+image of external icon""")
add(id="t14-nhs-api-gallstones-symptoms", group="urgent", url="https://developer.api.nhs.uk/widgets/condition/?condition=%2Fconditions%2Fgallstones%2Fsymptoms%2F", source="NHS website content served through the NHS developer API condition widget", licence=OGL,
    title="Gallstones: Symptoms", audience="consumer", genre="patient information", topic="gallstones: biliary colic, complicated gallstone disease, when to get medical advice", topic_kind="condition",
    W=True, reason="@acute", urgency="same-day", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'can't find a position to ' in the 'Contact your GP immediately' list; title supplied from the URL and heading",
    evidence=["Contact your GP immediately for advice if you develop:\n- jaundice", "- a high temperature and chills"],
    notes="GP appointment for suspected biliary colic; 'Contact your GP immediately' for jaundice, pain over 8 hours, fever with chills, severe pain (list cut)",
    text="""Symptoms
Gallstones don't usually cause any symptoms. But if a gallstone blocks one of the bile ducts, it can cause sudden, severe abdominal pain, known as biliary colic.
Other symptoms may develop if the blockage is more severe or develops in another part of the digestive system.
Abdominal pain (biliary colic)
Gallstones can cause sudden, severe abdominal pain that usually lasts 1 to 5 hours, although it can sometimes last just a few minutes.
The pain can be felt:
- in the centre of your abdomen (tummy)
- just under the ribs on your right-hand side – it may spread from here to your side or shoulder blade
The pain is constant and isn't relieved by going to the toilet, passing wind or being sick.
It's sometimes triggered by eating fatty foods, but may happen at any time of day and may wake you up during the night.
Biliary colic doesn't happen often. After an episode of pain, it may be several weeks or months before you have another episode.
Some people also have periods where they sweat excessively and feel sick or vomit.
When gallstones cause episodes of biliary colic, it's known as uncomplicated gallstone disease.
Other symptoms
Occasionally, gallstones can cause more serious problems if they obstruct the flow of bile for longer periods or move into other organs, such as the pancreas or small bowel.
If this happens, you may develop:
- a high temperature
- more persistent pain
- a rapid heartbeat
- yellowing of the skin and whites of the eyes (jaundice)
- itchy skin
- diarrhoea
- chills or shivering attacks
- confusion
- a loss of appetite
Doctors refer to this more severe condition as complicated gallstone disease.
Read more about the complications of gallstones.
When to get medical advice
Make an appointment to see a GP if you think you may have biliary colic.
Contact your GP immediately for advice if you develop:
- jaundice
- abdominal pain lasting longer than 8 hours
- a high temperature and chills
- abdominal pain so intense that you can't find a position to """)
add(id="t14-barnsley-hospital-allergy-advice", group="urgent", url="https://barnsleyhospital.nhs.uk/services/a-and-e/allergy-advice", source="Barnsley Hospital NHS Foundation Trust, A&E advice page", licence=OGL,
    title="Allergy advice", audience="consumer", genre="patient information", topic="allergic reaction after A&E discharge: symptoms, home care, when to call for urgent help", topic_kind="condition",
    W=True, reason="@acute", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; starts with the site's busy-department banner; cut at 'wheeze or persistent ' in the 999 list; title supplied from the URL",
    evidence=["If your symptoms do get worse call 111, or if they are very severe call 999.", "Call 999 if you think you are having an allergic reaction and develop any of the following symptoms:\n- difficult/noisy breathing"],
    notes="explicit 999 criteria (noisy breathing, tongue or throat swelling, hoarse voice) plus 111/999 for worsening symptoms; same trust as an earlier-round anaphylaxis page, different URL",
    text="""Our Emergency Department is very busy right now and some people are experiencing long waits. If you do not require emergency care, please use an alternative such as 111 online.
Why has it happened?
Allergic reactions happen when your immune system has become sensitive to something.
Common allergies include: nuts, shellfish, certain fruits or vegetables and bee or wasp stings.
Various chemicals and medications - especially antibiotics - can cause allergic reactions.
What are the symptoms of an allergic reaction?
Symptoms of an allergic reaction include:
- an itchy rash
- swelling of your face or lips
- itchy, watery eyes
- abdominal pain
- diarrhoea and vomiting
Will it happen again?
There is a small chance that your symptoms may get worse after discharge. If your symptoms do get worse call 111, or if they are very severe call 999.
Try to work out if you have been exposed to anything new. For example: new foods, washing powders, and cosmetics. This may help you avoid having another episode in the future.
It is not always clear what has caused an allergic reaction. Occasionally the rash is caused by other things, such as a viral infection.
What should I do at home?
You may have been given medicine to help with the allergy. You should continue to take this as directed.
You may need to contact your GP so that they can decide if you need specialist follow up to be arranged.
Try to to avoid coming into contact with whatever caused the allergic reaction. If it is a food make sure you check the ingredients list. It is not always obvious which allergens a food product contains.
What do I do if I have another reaction?
If you have another allergic reaction you can call 111 or your GP for advice.
When should I call for urgent help?
Call 999 if you think you are having an allergic reaction and develop any of the following symptoms:
- difficult/noisy breathing
- swelling of the tongue
- swelling/tightness in throat
- difficulty talking and/or hoarse voice
- wheeze or persistent """)
add(id="t14-esht-hyperemesis-gravidarum", group="no-red-flag", url="https://www.esht.nhs.uk/leaflet/hyperemesis-gravidarum-pregnancy-sickness/", source="East Sussex Healthcare NHS Trust, patient leaflet landing page", licence=OGL,
    title="Hyperemesis Gravidarum (pregnancy sickness)", audience="consumer", genre="other", topic="hyperemesis gravidarum: leaflet download page", topic_kind="condition",
    W=False, reason="leaflet landing page: a two-sentence definition and a PDF link; the advice lives in the linked leaflet, so red flags are not expected on this page", urgency="same-day", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole landing page (visiting-restrictions banner, definition, PDF link and review date); the PDF itself is not included",
    evidence=[],
    notes="hard call: titled with an acute pregnancy condition and defines it (unable to keep food or liquid down), but the page is a download stub for a PDF; treated as a landing page, not warranted",
    text="""Latest visiting restrictions by hospital

To help us keep our patients, staff and visitors safe, stop the spread of Coronavirus (Covid-19), visiting restrictions are in place – please see click here for the latest information

Hyperemesis Gravidarum (pregnancy sickness)

Nausea and vomiting in early pregnancy are very common. When the nausea and sickness become excessive and persistent to the extent that the woman is unable to keep food or liquid down, it is then called ‘Hyperemesis Gravidarum’.

Hyperemesis Gravidarum (Pregnancy Sickness) icon

Hyperemesis Gravidarum (Pregnancy Sickness)

File type: application/pdf Review date: March 2010""")
add(id="t14-lpft-need-help-now", group="urgent", url="https://www.lpft.nhs.uk/contact-us/need-help-now", source="Lincolnshire Partnership NHS Foundation Trust, 'need help now' page", licence=OGL,
    title="Emergency mental health support", audience="consumer", genre="patient information", topic="mental health crisis: NHS 111 mental health option, when to call 999", topic_kind="condition",
    W=True, reason="consumer page for people in a mental-health crisis, where readers may need to act immediately", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'By calling NHS 111, and selecting the mental health option, w'; title taken from the page heading",
    evidence=["If you are experiencing something that makes you feel unsafe, distressed, or worried about your mental health, you can access local urgent mental health support by calling NHS 111 and selecting the mental health option.", "If you or someone you know requires immediate assistance for serious or life-threatening emergency mental or physical health, please call 999 or go to the emergency department."],
    notes="hard call: situation-level advice (feeling unsafe -> NHS 111 option 2; life-threatening emergency -> 999/ED) plus a list of crisis signs framed as the service's scope ('could include ... Thinking about harming yourself'); counted as present, weak",
    text="""Emergency mental health support
24 hours a day, 7 days a week
If your mental or emotional state quickly gets worse or deteriorates, this can be called a 'mental health crisis'. In this situation, it is important to get help quickly.
If you are experiencing something that makes you feel unsafe, distressed, or worried about your mental health, you can access local urgent mental health support by calling NHS 111 and selecting the mental health option.
If you or someone you know requires immediate assistance for serious or life-threatening emergency mental or physical health, please call 999 or go to the emergency department.
What happens when I call?
The phone will be answered by a trained mental health professional who will be able to listen to your concerns and help you get the support you need.
With your permission, they can also access your electronic patient record to better meet your needs and avoid you repeatedly having to tell us your situation. They can offer advice over the phone and assess the best way to support you.
Who can call?
You can call for yourself, or someone else. NHS 111 is for all ages, including children and young people and those with neurodevelopmental needs.
If you’re deaf or have hearing loss, you will be given an option for an interpreter when you call 111.
If you aren't able to make the call yourself, then anyone can call on your behalf - for example a friend, carer, loved one or even your GP.
The service is available to anyone facing a mental health crisis, which could include:
- Changes to your mood
- Withdrawing from people (close family, friends, or work colleagues)
- Not taking care of yourself like you usually would
- Having increased thoughts about your life not being worth living
- Excessive worry
- Feeling out of control or unable to cope
- Feeling anxious about leaving the house
- Hearing voices or seeing things that others can’t
- Thinking about harming yourself.
By calling NHS 111, and selecting the mental health option, w""")
add(id="t14-northiam-broad-oak-travel-clinic", group="no-red-flag", url="https://www.northiamandbroadoaksurgery.co.uk/clinics-and-services/travel-clinic/", source="Northiam and Broad Oak Surgery (NHS GP practice), clinics and services page", licence=OGL,
    title="Travel Clinic", audience="consumer", genre="screening-prevention", topic="travel clinic: immunisations, malaria tablets, insurance, flight-related blood clots", topic_kind="prevention",
    W=False, reason="travel-clinic service and prevention page (immunisation timing, malaria tablets, insurance, reducing clot risk); red flags not expected", urgency="none", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'If you become ill whilst you are away, espe' (the rest of that sentence and anything after it is not stored)",
    evidence=[],
    notes="hard call: mostly a service page, but it names DVT risk on long journeys without giving its signs, and the stored text is cut at the start of an 'if you become ill whilst away' sentence; not warranted as a prevention/service page, not present",
    text="""Travel Clinic

Our Practice Nurses provide an immunisation and advice service for those travelling overseas. This service aims to make sure that you have up-to-date immunisation and advice on medication necessary to prevent Malaria. Some important points to remember:

You need to start planning your medical arrangements for travel as soon as possible. Immunisations are usually given at least 4 weeks prior to travel, and anti-malarial tablets (depending on which medication) are started 2-16 days before entering malaria-risk areas. If you ask for immunisations less than 4 weeks prior to travel, we may be able to arrange this at short notice but the vaccines are likely to be less effective.

Most illnesses which people get on holiday are not prevented by immunisations. Drinking safe water, avoiding over exposure to the sun and insect bites are all important in maintaining good health when abroad.

Make sure you have your European Health Insurance Card if travelling in Europe, and adequate Medical Insurance wherever you go.

If you have any significant medical problems, make sure your insurers know before you travel.

If you need a “fit to travel” certificate, or any kind of claim or cancellation form completed you will need to see a GP, and there will be a charge.

Flights, or journeys by road longer than 4 hours, may increase your risk of developing a blood clot in your legs (known as a DVT or Deep Venous Thrombosis).

This is especially true if you are pregnant, on the contraceptive pill or HRT, have cancer, have had recent surgery, or have had DVTs or Pulmonary Embolism in the past.

To reduce the risk, drink plenty of fluids, avoid alcohol and get up and stretch your legs. Consider getting support (“compression”) stockings over-the-counter from a chemist. Whether aspirin prevents flight-related DVTs is not clear. If you have had a previous blood clot, and are not taking Warfarin, please discuss this with your GP.

If you become ill whilst you are away, espe""")
