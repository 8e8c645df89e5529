# batch d: notices and screening/prevention (school letters, vaccination notices, norovirus, cold/heat advice, bowel screening, travel, cancer awareness)
add(id="t14-portstewart-primary-head-lice-letter", group="no-red-flag", url="https://portstewartprimaryschool.co.uk/parents/letters/head-lice-advice-for-parents-guardians", source="Portstewart Primary School (controlled primary school, Northern Ireland), letter to parents", licence=SCHOOL,
    title="Head lice advice for parents/guardians", audience="consumer", genre="screening-prevention", topic="head lice case in school: screening hair, pharmacist treatment", topic_kind="prevention",
    W=False, reason="school notice about head lice, a nuisance condition with no urgent-care scope; red flags not expected", urgency="none", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole letter",
    evidence=[],
    notes="head-lice notice: treatment via pharmacist and NHS link; nothing acute in scope",
    text="""Head lice advice for parents/guardians

14 September 2020

To all parents/carers,

We have been notified of a case of head lice in school. Head lice are very common in young children. May we remind you of the importance of regular screening of your child’s hair to prevent the spread of head lice. 

You can receive advice about head lice treatment from your local pharmacist.  It is helpful if long hair is tied back or secured in a way which prevents hair to hair contact with another child. To find out more information about treating head lice click on the following link: https://www.nhs.uk/conditions/head-lice-and-nits/

Yours faithfully,

Mrs Taylor""")
add(id="t14-thirsk-primary-flu-vaccination", group="no-red-flag", url="http://www.thirsk-pri.n-yorks.sch.uk/website/influenza_vaccination_programme/302001", source="Thirsk Community Primary School (North Yorkshire), letter to parents", licence=SCHOOL,
    title="Influenza vaccination programme", audience="consumer", genre="screening-prevention", topic="school nasal flu vaccination: online consent", topic_kind="prevention",
    W=False, reason="vaccination consent letter (vaccine, not disease); red flags not expected", urgency="none", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole letter (the consent-form and website links are not included)",
    evidence=[],
    notes="vaccination letter; 'Flu can be an unpleasant illness and sometimes causes serious complications' is background, not advice",
    text="""Influenza vaccination programme

12th September 2017
Dear Parent/Guardian
Please visit this online form to consent electronically for your child to receive their flu vaccine in school this autumn. Children in reception, year 1,2,3 and 4 are being offered the flu vaccine this year.
This vaccination programme is in place to help protect your child against flu. Flu can be an unpleasant illness and sometimes causes serious complications.  Vaccinating your child will also help protect more vulnerable friends and family by preventing the spread of flu.
Please complete the online form (one for each child) by the end of September 2017.Please ensure you read and understand all the information before you complete the online form. Please visit for more information about the flu vaccination.
The vaccination is free and recommended for young children, and will be given by a quick and simple spray up the nose. Please go the website shown above which includes details about the small number of children for whom the nasal vaccine is not appropriate.  Please ensure you read the leaflet that is enclosed before completing the online consent form. If you have any queries please contact the childhood Immunisation team on the above number or email address.
Last year, most children offered the vaccine in schools had the immunisation.""")
add(id="t14-hurst-knoll-nasal-flu-vaccination", group="no-red-flag", url="https://www.hurstknollschool.org.uk/news/2015-10-01-nasal-flu-vaccination-year-1-2", source="Hurst Knoll St James' CE Primary School (Tameside), school news", licence=SCHOOL,
    title="Nasal Flu vaccination Year 1 & 2", audience="consumer", genre="screening-prevention", topic="nasal flu vaccination for years 1 and 2: consent form coming", topic_kind="prevention",
    W=False, reason="vaccination notice (vaccine, not disease); red flags not expected", urgency="none", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole news item (the PDF leaflet is not included)",
    evidence=[],
    notes="three-sentence school notice",
    text="""Nasal Flu vaccination Year 1 & 2

1 October 2015

The department of health have announced that all children in year 1 & 2 are going to be offered a flu immunisation every year. This programme will be starting in September 2015.

Your child will receive a Flu Vaccination Consent Form shortly.

For more information read this pdf leaflet .""")
add(id="t14-hightown-surgery-shingles-vaccine", group="no-red-flag", url="https://www.hightownsurgery.co.uk/2023/07/31/shingles-vaccine-extention-to-venerable-over-50s/", source="Hightown Surgery (NHS GP practice), practice news", licence=OGL,
    title="Shingles Vaccine Extension to Vulnerable over 50’s", audience="consumer", genre="screening-prevention", topic="shingles vaccine programme extension: practice will contact eligible patients", topic_kind="prevention",
    W=False, reason="vaccination programme notice (vaccine, not disease); red flags not expected", urgency="none", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole post ('Posted on:' date not returned)",
    evidence=[],
    notes="vaccine notice; tells patients not to call",
    text="""Shingles Vaccine Extension to Vulnerable over 50’s

Posted by: marcia - Posted on:

We are aware of all the patients eligible for the new shingles vaccination programme and will contact you, if you are in a relevant group, when we have vaccine and availability. The new programme is being phased in over 5-10 years, starting with the most at risk patients. It is not urgent, shingles illness is NOT more common than it was and we will not be booking new people in yet.

There is no need for you to call us.""")
add(id="t14-uclh-shingles-vaccine-shingrix", group="no-red-flag", url="https://uclh.nhs.uk/patients-and-visitors/patient-information-pages/shingles-vaccine-shingrixr", source="University College London Hospitals NHS Foundation Trust, patient information page", licence=OGL,
    title="Shingles vaccine (Shingrix®)", audience="consumer", genre="screening-prevention", topic="Shingrix shingles vaccine for older and immunosuppressed people: why and how", topic_kind="prevention",
    W=False, reason="vaccine information page (vaccine, not disease); red flags not expected", urgency="none", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'even those with a weakened im' in the Shingrix section; title supplied from the URL",
    evidence=[],
    notes="vaccine page; describes shingles complications ('loss of eyesight if the eye becomes affected ... if not treated promptly') as the reason to vaccinate, with no advice to readers who have symptoms; not warranted under the vaccine-page convention",
    text="""Information alert

If you need a large print, audio, braille, easy-read, age-friendly or translated copy of this page, email the patient information team at uclh.patientinformation@nhs.net. We will do our best to meet your needs.

Why is this relevant to me?

  • The current guidelines state that older people (those turning 65 or those who are currently between the ages of 70 and 79 years) and people who are severely immunosuppressed and over the age of 50 years should get the vaccine for free at their GP. 
  • ‘Severely Immunocompromised’ includes individuals who are taking medications or who have a condition which suppresses your immune system (the body’s natural defences).  
  • This page aims to explain why the vaccine is being offered to you, how you can access the vaccine and any side effects or problems you may have. 

What is Shingles?

  • Shingles is a painful viral infection, leading to a blistering rash that is caused by reactivation of the Varicella Zoster Virus (VZV), the same virus that causes chickenpox. 
  • One in four people will experience shingles at least once, this risk is much higher if you have a weakened immune system caused by medication, medical conditions or advancing age. 
  • Shingles can leave patients in significant pain even after it subsides (A condition known as Post-Herpetic Neuralgia), or lead to loss of eyesight if the eye becomes affected. These can lead to hospital admission or even death if not treated promptly. 

What is Shingrix® and why should I have it?

  • Vaccines reminds your body about the virus that causes shingles. This helps your immune system (the body’s natural defences) stay prepared to fight the virus and protect you against shingles and its complications. 
  • Shingrix® is an inactivated (non-live) vaccine that has been available in the UK since 2023 for people at a high risk of developing shingles. 
  • This means it is safe for most people, even those with a weakened im""")
add(id="t14-nnuh-norovirus-visiting", group="urgent", url="https://www.nnuh.nhs.uk/patients-visitors/infection-control/norovirus/", source="Norfolk and Norwich University Hospitals NHS Foundation Trust, infection control page", licence=OGL,
    title="Visiting restrictions due to Norovirus", audience="consumer", genre="screening-prevention", topic="norovirus: hospital visiting restrictions, illness course, hygiene", topic_kind="condition",
    W=True, reason="outbreak notice that also describes the illness and self-care; readers with diarrhoea and vomiting need to know when to get help (dehydration, persisting symptoms)", urgency="same-day", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole page text (the 'Information leaflets' links are not included)",
    evidence=["However, if symptoms persist for more than three or four days, or you already have a serious illness, then phone your GP."],
    notes="weak: one GP line tied to duration and a pre-existing serious illness; dehydration is mentioned only as something to prevent, with no signs",
    text="""
Visiting restrictions due to Norovirus

We currently have visiting restrictions in place to protect patients as the highly contagious Norovirus stomach bug is currently circulating widely in the community.

Visitors are asked to:
• Only visit the hospital if it is absolutely necessary, preferably family members only.
• Go to only one ward at a time.
• Not bring in children under 12 years.
• Not visit the hospital if they have had a stomach bug or been in close contact with someone who has over the previous three days.
• Wash their hands with hot water and soap – this is essential for all visitors.

Norovirus is the most common cause of infectious gastroenteritis (diarrhoea and vomiting) in England and Wales. The Illness is generally mild and people usually recover fully within 2-3 days. Infections can occur at any age because immunity following previous Norovirus does not last. Historically known as ‘winter vomiting disease’, the disease is more prominent during the winter months, but can occur at any time of year.

Norovirus is highly infectious. Anyone who is feeling unwell with gastrointestinal symptoms, vomiting and or diarrhoea, should not visit hospitals or their GP because of risk of spreading the infection. However, if symptoms persist for more than three or four days, or you already have a serious illness, then phone your GP.

Good hygiene helps limit outbreaks. Wash your hands with soap and water after contact with someone who is ill, and after using the toilet, especially if you have symptoms. Alcohol hand gel does not kill Norovirus.

There is no specific treatment for norovirus apart from letting the illness run its course. It is important to drink plenty of fluids to prevent dehydration.

Information leaflets""")
add(id="t14-corby-keeping-warm-in-winter", group="urgent", url="https://www.corby.gov.uk/home/environmental-services/green-corby/keeping-warm-winter", source="Corby Borough Council, environmental services page", licence=OGL,
    title="Keeping warm in winter", audience="consumer", genre="screening-prevention", topic="winter cold: checking on neighbours, hypothermia danger signs", topic_kind="prevention",
    W=True, reason="public cold-weather advice naming hypothermia; readers need to know when someone needs urgent help", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'to avoid further loss of ' in the 'If you are in doubt' list",
    evidence=[],
    notes="hard call: hypothermia danger signs are listed ('Watch out for the danger signs!') and followed by first-aid steps (move to warmth, wrap in blankets), but the stored text is cut before any call-for-help line; first aid alone is not help-seeking, so not present (cut)",
    text="""Keeping warm in winter

More people get ill in winter and the number of deaths rises. There is a direct link between cold weather and the higher death rate, especially amongst older people and others in at-risk groups. Remember - winter needn't be dangerous if you take the right steps.

Looking out for trouble

If someone has had an accident in their home, fallen and injured themselves or been taken ill, they may not be able to attract attention of neighbours, passers-by or people who call at the door. Always be on the look-out for signs that something might be wrong, especially when the weather is cold.
There are many signs to look out for:

  • Milk not taken in late in the day;
  • Newspapers stuck in the letterbox;
  • Curtains drawn during the day;
  • Lights burning during the day;
  • Home in darkness when there should be someone at home;
  • Dog barking all day or the cat scratching to be let in.


Clearly, it is important to prevent people from becoming cold in the first place. Family, friends and neighbours in the community can look out for those who might be at risk from the cold. Prevention is always easier than cure!


Hypothermia is a lowered deep-core body temperature of 35C/95F or below. It is the lowered temperature of the organs inside the body which is important - an ordinary thermometer cannot measure this. You may not actually feel cold but if you sit in a cold room and do little or nothing to keep warm then you may run the risk of becoming hypothermic or becoming ill with bronchitis or pneumonia. Both are cold-related illnesses.
Watch out for the danger signs!

  • Drowsiness
  • Very cold skin on parts of the body normally covered, for example the stomach or armpits
  • Slurred speech
  • Absence of complaint about feeling cold, even in a bitterly cold room

If you are in doubt:

  • move the person into warmer surroundings if possible
  • wrap the person in a light layer of blankets or a duvet to avoid further loss of """)
add(id="t14-bcuhb-extreme-cold", group="urgent", url="https://bcuhb.nhs.wales/health-advice/seasonal-illnesses/winter-wellness/be-prepared-for-extreme-cold-conditions/", source="Betsi Cadwaladr University Health Board (NHS Wales), health advice page", licence=OGL,
    title="Be prepared for extreme cold conditions", audience="consumer", genre="screening-prevention", topic="extreme cold: hypothermia and fall risk, preparation tips", topic_kind="prevention",
    W=True, reason="public cold-weather health advice naming hypothermia risk; readers need to know when someone needs help", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at '(64-70°F) ' in the home-heating tip",
    evidence=[],
    notes="cut excerpt: preparation tips only (forecasts, food, layers, heating); hypothermia named as a risk with no signs or action; warranted and missing (cut)",
    text="""Skip to main content
Follow us on:

Be prepared for extreme cold conditions

The cold can have dramatic effects on everyday life, especially for those people who are already vulnerable as a result of their age, illness or disability. The cold increases the risk of hypothermia, especially amongst the elderly, as well as increasing the risk of injury such as slipping or falling in icy conditions. If cold weather is accompanied by high winds, this can result in trees falling, poor driving conditions and power failures. All these increase the risk of injury or ill health.

With our winters starting earlier and getting harsher, we need to be prepared for these conditions.  Here are a few simple things we can do to help ourselves and those who are vulnerable and more at risk during these cold snaps:

Stay one step ahead of the weather - watch out for weather forecasts paying particular attention to extreme weather warnings on the television, radio or newspapers or visit the Met Office website.

Stock up - with tinned and frozen foods so that you don't have to go out too much when its cold or icy. Remember that tinned and frozen fruit and vegetables count towards your five a day.

Eat well - have plenty of hot food and drinks to keep your energy levels up and your body warm during winter.

Cough and colds - stock up on over the counter remedies, cover your nose and mouth with a tissue when you cough or sneeze and bin used tissues as soon as possible. Wash your hands regularly.

Keep active - if possible, try to move around at least once an hour.

Dress for the weather - by wearing lots of thin layers. Clothes made from cotton, wool or fleecy fibres are particularly good and help to maintain body heat. Footwear should have soles with a good grip for coping with wet and slippery surfaces, and always wear a warm coat, hat and scarf when you go outside.

Heat your house at the right temperature - your main living room should be around 18 - 21°C (64-70°F) """)
add(id="t14-derbyshire-keeping-warm-and-cool", group="urgent", url="https://www.derbyshire.gov.uk/social_health/health-and-wellbeing/your-health/keeping-warm-and-cool/default.asp", source="Derbyshire County Council, health and wellbeing page", licence=OGL,
    title="Keeping warm or cool", audience="consumer", genre="screening-prevention", topic="cold and hot weather: keeping warm, heat danger symptoms, avoiding heat exhaustion", topic_kind="prevention",
    W=True, reason="public cold/hot-weather health advice that names heat danger symptoms; readers need to know what to do when they appear", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole page text (document and link lists not included)",
    evidence=[],
    notes="hard call: 'the danger symptoms to look out for are' (dizzy or faint, short of breath, vomiting, increasing confusion) is followed by prevention tips and then 'If you are concerned then you should contact your GP for further advice'; the GP line is concern-based and separated from the signs, and it under-triages increasing confusion; read as not present",
    text="""Keeping warm or cool

Keeping at the right temperature is very important, particularly if you are elderly or have certain medical conditions.

Keep warm

Keeping warm over winter months can help prevent colds, flu or more serious health problems like pneumonia.

Get more hints and tips about keeping warm and how to look after your neighbours and relatives by reading the snow buddies page.

Please see the documents and links below for more information about keeping warm.

Keep cool

Equally, people with certain medical conditions, the elderly and the very young can find themselves in distress when it gets too hot.

Older people and people with heart, respiratory and other serious health problems are most vulnerable.

In hot weather, the danger symptoms to look out for are:

  • feeling dizzy or faint
  • shortness of breath
  • vomiting
  • increasing confusion.

Ways to avoid heat exhaustion include:

  • keeping out of the heat
  • ensuring adequate ventilation
  • keeping cool
  • wearing light cotton clothing
  • closing curtains and blinds
  • drinking regularly − water or fruit juice are best.

If you are concerned then you should contact your GP for further advice. The documents and links below provide further information about keeping cool.

Related documents

The following documents are in Portable Document Format (PDF). You can download software to view PDF documents for free from the Adobe website (opens in a new window)

Also on our website

  • Cold weather payments
  • Winter fuel payments

Information on other websites""")
add(id="t14-havering-ccg-bowel-cancer-symptoms-screening", group="urgent", url="https://www.haveringccg.nhs.uk/havering-news/bowel-cancer-symptoms-and-screening/129780", source="NHS Havering CCG, news (1 December 2020)", licence=OGL,
    title="Bowel cancer symptoms and screening", audience="consumer", genre="screening-prevention", topic="bowel cancer: symptoms to act on, FIT home screening", topic_kind="prevention",
    W=True, reason="@canc", urgency="prompt", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'you are given a s' in the 'How does the test work?' section",
    evidence=["if you spot any symptoms such as blood in your poo, a persistent change in your bowel habit or persistent abdominal pain, bloating or discomfort, please contact your GP immediately for an appointment"],
    notes="screening page that names bowel symptoms and tells readers to contact the GP regardless of age",
    text="""Bowel cancer symptoms and screening

01 December 2020

Bowel screening services are running across north east London. If you're 60 to 74 and registered with a GP, you will automatically be sent a home testing kit every two years. You should follow instructions and return this test. More information on the test is below. 

However, regardless of your age, if you spot any symptoms such as blood in your poo, a persistent change in your bowel habit or persistent abdominal pain, bloating or discomfort, please contact your GP immediately for an appointment

Services are running and it is vital that you attend. It is safe to attend services and additional measures are being taken to protect you from Covid, such as extra PPE, face-coverings for patients and social distancing. 

When diagnosed at its earliest stage, 9 out of 10 people will survive bowel cancer for five years or more. 

Bowel FIT testing 

If you receive a home testing kit – called a FIT test, please use it and return it. FIT tests are done at home and are quick and easy to do. 

The test looks for tiny traces of blood that you can’t see in the sample of poo which can be a sign of bowel cancer.  Bowel cancer picked up at an earlier stage  is easier treat and survival rates are better. 

If your test is positive, you may be invited for follow up appointments and tests. It’s important to attend these. If you think you have may symptoms of Covid, please let the service know and they will reschedule your appointment. 

If you think you should have received a test kit and haven’t, please contact the free bowel screening helpline on 0800 707 60 60. 

How does the test work? 

The kit checks for tiny amounts of blood in your poo. It does not diagnose bowel cancer, but it’s a simple way to find out if you need further tests. 

The kit used in England is called the faecal immunochemical test (FIT) kit. With this kit you collect one sample of poo in a small sample bottle, you are given a s""")
add(id="t14-connected-kingston-bowel-cancer-screening", group="urgent", url="https://connectedkingston.uk/services/bowel-cancer-screening", source="Connected Kingston (Royal Borough of Kingston upon Thames community directory), service listing", licence=OGL,
    title="Bowel cancer screening", audience="consumer", genre="screening-prevention", topic="bowel cancer screening: FIT kit, eligibility, symptoms of bowel cancer", topic_kind="prevention",
    W=True, reason="@canc", urgency="prompt", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole listing text (stray markdown asterisks and empty list dashes kept)",
    evidence=["If you have any of these symptoms for two weeks or more, visit your GP and request an at-home test. Do not wait to have a screening test."],
    notes="symptom list (bleeding, blood in poo, change in habit, weight loss, tiredness, lump) tied to visiting the GP",
    text="""Bowel cancer screening
The bowel screening programme helps to spot bowel cancer before symptoms start, when could be easier to treat. A screening kit will be sent to you every two years if you’re aged 50 – 74 and registered with a GP.
If you are eligible for the test but have not received a kit, or you have any questions, you can call the bowel screening helpline on 0800 707 6060
If you’re aged 75 or over, you can still ask for a kit every 2 years by phoning the above helpline.
**What is bowel cancer screening? **
Bowel cancer is one of the most common cancers in the UK. The bowel cancer screening programmes uses a test called a faecal immunochemical test (FIT). For the test, you’ll collect a small amount of poo. This is sent to a lab where they’ll test for blood in your poo.
Screening can also help to find polyps (non-cancerous growths) which may be growing in the bowel. Polyps can become bowel cancer over time, screening can help to find them so they can be removed before they do.
Symptoms of bowel cancer
The main symptoms of bowel cancer may include:
-
bleeding from your bottom
-
blood in your poo
-
a change in your pooing habits. You might be going more or less often, or have diarrhoea or constipation that might come and go
-
losing weight but you’re not sure why
-
feeling very tired all the time but you’re not sure why
-
a pain or lump in your tummy
If you have any of these symptoms for two weeks or more, visit your GP and request an at-home test. Do not wait to have a screening test.
Some of the symptoms are very common and can be caused by other conditions. Having the symptoms does not definitely mean you have bowel cancer, but it's important to get checked by a GP.
Visit the NHS website for all up-to-date info.""")
add(id="t14-grmc-advice-for-travellers", group="no-red-flag", url="https://www.grmc.nhs.uk/advice-for-travellers", source="Gloucester Road Medical Centre (NHS GP practice), travel page", licence=OGL,
    title="Advice For Travellers", audience="consumer", genre="screening-prevention", topic="travel vaccination service suspended; private clinics; anti-malarial notes", topic_kind="prevention",
    W=False, reason="service notice about travel vaccinations and malaria tablets; red flags not expected", urgency="none", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'Doxycycl' in the anti-malarial notes; the recommended-clinic list is not included",
    evidence=[],
    notes="service notice; nothing about illness during or after travel",
    text="""Advice For Travellers

 

BACK TO MAIN INDEX

 

As you will be aware, GP surgeries are working under increasing pressure and are prioritising the services they can provide. Consequently, Gloucester Road Medical Centre can no longer provide a full travel clinic but is able to provide some vaccinations on the NHS that are recommended for travel purposes, subject to availability.  Information for travellers is available here

image depicting travel vaccinations

 

Important Notice: Suspension of travel service effective 03/10/2024

We are currently unable to meet the increasing demand for travel advice and vaccination. We will be suspending this service provision temporarily and we are unable to accept any new applications at this time.
We apologise for any inconvenience caused. General Practice sometimes is in a position such as during winter pressures or public health campaigns where urgent or immediately necessary care takes precedent over planned, non-essential care. As a Practice our management of risk would require us to decide which activities can be reduced in order to increase capacity for more urgent matters. Travel services would be one of those that may be considered for this.

We are reviewing our position weekly with the aim to re-open once we have reduced waiting times.

It is important when travelling abroad that you have the appropriate travel advice, vaccination, and anti-malarial medication. Patients who plan to travel abroad are now advised to book an appointment with a private travel clinic.

We would recommend the following private clinics:

 

Notes

Anti-malarial prophylaxis

These drugs need to be started before entering a malaria area, continued during the trip and for a period of time after leaving, so you need plan ahead. We also advise you to take your itinerary and dates with you to work out how many you need to buy.

Proguanil and/or chloroquine can be bought over the counter at a pharmacy.

Atovaquone/Proguanil (Malarone) Doxycycl""")
add(id="t14-greater-preston-ccg-cancer-awareness", group="urgent", url="https://www.greaterprestonccg.nhs.uk/cancer-awareness", source="NHS Greater Preston CCG, cancer awareness page", licence=OGL,
    title="Cancer awareness", audience="consumer", genre="screening-prevention", topic="cancer awareness: two-week-wait referrals, Be Clear on Cancer lung campaign", topic_kind="prevention",
    W=True, reason="cancer symptom-awareness page; a careful editor expects named signs with a prompt to get them checked", urgency="prompt", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole page text (the linked leaflet and campaign pages are not included)",
    evidence=[],
    notes="hard call: the page explains the two-week-wait system and says the 2016 campaign 'focuses on the symptoms of a persistent cough and inappropriate breathlessness', but never tells readers with a sign to see their GP; process description and campaign links only; not present",
    text="""Cancer awareness

1 in 2 people in the UK born after 1960 will be diagnosed with some form of cancer during their lifetime. 4 in 10 (42%) of cancer cases in the UK each year are linked to lifestyle factors with smoking being the largest single preventable cause of cancer each year. Cancer Research UK have produced a number of cancer statistics on their website.

If you display symptoms which may be caused by cancer, your GP will ask for you to have an urgent hospital appointment or test within two weeks. Whilst it is unlikely that you have cancer, it is very important that you are seen by a specialist as soon as possible.

The two week appointment system was introduced across the country so that patients with cancer symptoms could be seen by a specialist quickly. The majority of patients referred under this system turn out NOT to be diagnosed with cancer, but early diagnosis can increase the success rate of many cancer treatments.

A leaflet given to those who are referred under the system can be read by clicking here.

There are a number of awareness campaigns to help people understand the signs and symptoms of cancer so you can get medical advice as soon as possible. More information on a range of cancers, campaigns and support groups can be found in this section of the website. 

Be Clear On Cancer

Public Health England is running a national 'Be Clear on Cancer' campaign from 14 July to 16 October 2016. 

This campaign focuses on the symptoms of a persistent cough and inappropriate breathlessness. More information on the symptoms of cancer can be found on the Be Clear on Cancer website.

Be Clear on Cancer - know the key symptoms of lung cancer, lung disease and heart disease""")
