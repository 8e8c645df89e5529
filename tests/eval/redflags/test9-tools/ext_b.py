# batch b: head injury, burns, news/listings, school infection notices
add(id="t9-eastamb-head-injury-children", group="urgent", url="https://eastamb.nhs.uk/your-service/emergency-advice/head-injury-children", source="East of England Ambulance Service NHS Trust, patient information", licence=OGL,
    title="Head Injury (Children)", audience="consumer", genre="patient information", topic="head injury in children (ambulance discharge advice)", topic_kind="condition",
    W=True, reason="@acute", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the whole leaflet page (ends with its review date)",
    evidence=["If the child has any of the following you should call an ambulance immediately on 999\n- Become unusually or increasingly sleepy.",
              "if symptoms continue past 2 weeks – in the first instance contact your GP or 111 for further advice."],
    notes="complete page; 999 list (sleepiness, worsening headache, vomiting, fit, vision, fluid from ears/nose, unconscious) plus GP/111 for symptoms beyond 2 weeks",
    text="""Head Injury (Children)
Patient information: Head injuries advice (children)
This is in addition to any specific advice given to you by the ambulance crew you saw today
The child should
- Take simple painkillers if required for mild headache, such as Paracetamol (dose appropriate to the child's age).
- Eat only light meals for one or two days.
- Avoid too much excitement, and not have too many visitors when they return home.
- Avoid contact sports (parents should also discourage too much 'rough and tumble' play for the next few days).
- Avoid prolonged periods on computer games or completers / tablets, as concentrating on moving objects can make symptoms worsen.
- Not return to normal school, or college until symptoms have fully resolved.
If the child has any of the following you should call an ambulance immediately on 999
- Become unusually or increasingly sleepy.
- Complain of headaches which become more severe or, in the case of a young baby, if they cry persistently.
- Appear unsteady when walking.
- Three or more episodes of vomiting (each episode should be separated by 30 minutes).
- Has a fit or seizure like activity.
- Develop a squint or blurred vision or starts seeing double.
- Loss or change in hearing.
- Clear fluid or blood coming out of the ears or nose.
- Become unconscious
Concussion
Is a temporary brain injury caused by jarring the brain or causing trauma to the body which causes jarring of the head.
Look out for the four R’s for concussion
- Recognise signs and symptoms as above.
- Remove from sports or risk of contact.
- Rest for at least 24hrs.
- Return after 14 days rest.
Most symptoms after a minor head injury should resolve within 1 to 2 weeks, if symptoms continue past 2 weeks – in the first instance contact your GP or 111 for further advice.
Patient advice leaflet: Reviewed June 2023""")
add(id="t9-nca-minor-burns-and-scalds-discharge", group="urgent", url="https://northerncarealliance.nhs.uk/patient-information/patient-leaflets/emergency-and-urgent-care-minor-burns-and-scalds", source="Northern Care Alliance NHS Foundation Trust, patient leaflet (Emergency and Urgent Care)", licence=OGL,
    title="Emergency and Urgent Care - Minor Burns and Scalds", audience="consumer", genre="patient information", topic="minor burns and scalds, discharge advice", topic_kind="condition",
    W=True, reason="@acute", urgency="same-day",
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut inside 'What to look out for' ('The area of redness around the burn get')",
    evidence=["You should contact/return to the A&E Department/ UTC you attended or visit your GP if any of the following occur:"],
    notes="the return list (dressing wet, bag fills, feeling ill with high temperature or rash, swelling, more pain, spreading redness) is inside the excerpt; cut after it; same-day level (infection/toxic shock signs)",
    text="""This leaflet contains discharge advice following your attendance to the Accident & Emergency Department (A&E) or Urgent Treatment Centre (UTC).
You have been treated for a minor burn or scald. If you need to return for further treatment, you will be advised.
Burns to the body, arms or legs
Burns in these areas are treated with special dressings which are designed to stop infections getting into the body.
You should:
- Keep the dressing clean and dry
- Take painkillers such as paracetamol and ibuprofen if necessary. Stronger painkillers such as codeine may be needed. You can ask about these while you are in the Emergency Department or at a pharmacy
- Keep the burnt area up in the air as much as possible
- Keep moving any joints near the burn to reduce stiffness
Burns to the hands and feet
The general advice for these burns is the same as for burns to the body, arms or legs (see above). Occasionally we treat burns to the hands and feet by covering them in a special antiseptic cream and putting them in a sealed plastic bag.
This will allow you to keep moving your fingers and toes. Don’t worry if the skin appears soggy or white inside the bag – this will get better quickly after the bag is removed.
Burns to the face
Burns to the face are usually left open. You may have been given cream to apply to keep the skin moist while it heals. Petroleum jelly (such as Vaseline) can also be used for this. You should apply it 4 times a day until the burn has healed.
You should:
- Wash your face once a day with water
- DO NOT use perfumed soap
- Avoid aftershave
- Avoid cosmetics and face creams
What to look out for
You should contact/return to the A&E Department/ UTC you attended or visit your GP if any of the following occur:
- Your dressing gets wet or falls off
- The plastic bag on a burnt hand or foot fills with liquid
- You feel ill, have a high temperature or develop a rash
- The burn becomes swollen
- The burn becomes more painful
- The area of redness around the burn get""")
add(id="t9-alderhey-advice-following-burn-or-scald", group="urgent", url="https://www.alderhey.nhs.uk/conditions/patient-information-leaflets/advice-following-a-burn-or-scald-injury/", source="Alder Hey Children's NHS Foundation Trust, patient information leaflet (Burns Unit)", licence=OGL,
    title="Advice following a burn or scald injury", audience="consumer", genre="patient information", topic="burn or scald injury in children, aftercare", topic_kind="condition",
    W=True, reason="@acute", urgency="same-day",
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in 'Pain Management' ('There is pain involved in the treatme')",
    evidence=["However, if you notice any of the following then please ring the Burns Unit for advice:",
              "If any of the symptoms are present then please seek urgent medical advice."],
    notes="infection/toxic-shock signs (high temperature, cold hands with hot body, unusually sleepy, rash) tied to calling the Burns Unit and urgent medical advice; cut later",
    text="""Burns Unit
On this page
Download leaflet
Burns Unit – Advice Following an Injury PIAG 046 (431kB)
Introduction
You or your child has sustained a burn or scald injury where the skin has been damaged. The amount of damage will determine the length of time the wound will take to heal. If this is a superficial burn, this will usually take less than 14 days to heal. If the burn or scald has not healed after this time, further treatment options may be discussed at the clinic appointment.
Dressings
- Please keep this dressing clean, dry and do not remove until the next dressing change is due.
- If the dressing gets wet or falls off, then this needs replacing; please call the Burns Unit for advice.
- Please ensure hands are thoroughly cleaned if you or someone else has to attend to the dressing at any time.
- You will have been given an appointment to have the dressings changed. Try and time painkillers so they can be taken one hour before the dressing clinic appointment. This will help to relieve pain during the change of dressing.
- Your child should be able to continue their normal activities, including walking and playing, unless you are advised otherwise by your doctor. However, we usually advise that children and young people do not return to school/nursery whilst in dressings.
Signs of Infection
Burn and scald wounds often leak and produce wound fluid; this is normal. However, if you notice any of the following then please ring the Burns Unit for advice:
- Excessive wound leakage (the bandages or dressings are saturated with fluid)
- Increasing pain
- High temperature
- Cold hands or feet with a hot body
- Unpleasant odour
- Not wanting to eat or drink/diarrhoea and vomiting
- Unusually sleepy
- Redness or swelling in the affected area or a body rash
- Flu-like symptoms
If any of the symptoms are present then please seek urgent medical advice.
Pain Management
Burn pain can be one of the most intense and prolonged types of pain. There is pain involved in the treatme""")
add(id="t9-hullccg-burns-and-scalds-landing", group="no-red-flag", url="http://hullccg.nhs.uk/conditions/burns-and-scalds", source="NHS Hull Clinical Commissioning Group, conditions pages", licence=OGL,
    title="Burns and scalds", audience="consumer", genre="other", topic="burns and scalds (landing page)", topic_kind="condition",
    W=False, reason="landing page of section teasers (symptoms, treating, recovering, complications, preventing) linking to sub-pages; landing pages and teasers are not warranted", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the whole landing page text (links to sub-pages not followed)",
    evidence=[],
    notes="hard call: acute topic, but the page is only a set of one-line teasers for sub-pages; 'It is essential to apply appropriate first aid' is first aid without signs; not warranted under the landing-page convention",
    text="""Burns and scalds

Burns and scalds are damage to the skin caused by heat. Both are treated in the same way.
Symptoms of burns and scalds
The symptoms of a burn or scald will vary depending on how serious it is. Some minor burns can be very painful, while some major burns may not hurt at all.
Treating burns and scalds
It is essential to apply appropriate first aid to any burn or scald as soon as possible. This will limit the amount of damage to your skin.
Recovering from burns and scalds
How long it takes to recover from a burn or scald depends on how serious it is and how it is treated.
Complications of burns and scalds
Burns and scalds can sometimes lead to further problems, including shock, heat exhaustion, infection and scarring.
Preventing burns and scalds
Many severe burns and scalds affect babies and young children. The following advice can help reduce the chances of your child having a serious accident.""")
add(id="t9-fda-1992-first-laser-angioplasty-device", group="no-red-flag", url="https://webarchive.library.unt.edu/eot2008/20081004073401/http://www.fda.gov/bbs/topics/NEWS/NEW00266.html", source="U.S. Food and Drug Administration, news release P92-4 (1992), archived copy (UNT End of Term 2008 web archive)", licence=PD,
    title="FDA Approves First Laser Device for Heart Surgery", audience="consumer", genre="news or research report", topic="laser angioplasty device approval", topic_kind="treatment",
    W=False, reason="@news", urgency="none",
    retrieved="search tool excerpt (pages corpus) stored verbatim; page 1 and the start of page 2 of the release, cut mid-quote",
    evidence=[],
    notes="device-approval press release for patients 'in danger of a heart attack'; no advice to readers with symptoms; urgency none (topic is a device)",
    text="""News 02/06/1992 FDA Approves First Laser Device for Heart Surgery
P92-4                                       Food and Drug Administration
FOR IMMEDIATE RELEASE                       Sharon Snider - (301) 443-3285

    The Food and Drug Administration has approved the first laser device      
designed to open blocked heart arteries of people who are in danger of a      
heart attack.
    The device, the AIS Excimer Laser Angioplasty System, is manufactured by  
Advanced Interventional Systems Inc. of Irvine, Calif.
    The laser is designed for use in heart patients for whom conventional     
balloon angioplasty does not work well, specifically for patients whose       
blockage is unusually long.  The laser opens the artery by vaporizing the     
plaque that blocks it.  Laser angioplasty can be used alone or in             
conjunction with balloon angioplasty.
    Approval was based on a thorough review of safety and effectiveness data  
submitted to FDA by the manufacturer.  A panel of outside experts, who also   
reviewed the data, recommended that FDA approve the device for marketing.
    FDA Commissioner David A. Kessler, M.D., said, "This device will help     
save lives.  It will definitely provide a benefit to heart patients who       
would not do well with balloon angioplasty.  For many of these people         
surgery would have been the only alternative."
                                   -MORE-
                                               Page 2, P92-4, Angioplasty


    Clinical studies of 685 patients treated at 18 medical centers showed     
that the device was successful in opening the blocked arteries in 91 percent  
of the cases.  Of patients reevaluated six months later, 56 percent           
continued to have open arteries; 44 percent experienced a re-clogging.
    "It's true that the plaque will re-form in the arteries of many patients  
after the laser treatment," said James S. Benson, director of FDA's Center    
for Devices and Radiologi""")
add(id="t9-nih-clinical-research-trials-in-the-news-2018", group="no-red-flag", url="https://www.nih.gov/health-information/nih-clinical-research-trials-you/news", source="National Institutes of Health, 'NIH Clinical Research Trials and You: In the News' listing", licence=PD,
    title="In the News", audience="consumer", genre="clinical-trial or research listing", topic="clinical trial news headlines", topic_kind="other",
    W=False, reason="@trial", urgency="none",
    retrieved="search tool excerpt (pages corpus) stored verbatim; the first of two excerpts returned for this URL (2018 items; the other excerpt is a 2023 version of the same listing), cut mid-item",
    evidence=[],
    notes="listing of trial news teasers (HIV, Zika vaccine, cancer trials); no reader advice",
    text="""In the News

Image of bags of fluid for IV infusions

NIH launches study to test combination antibody treatment for HIV infection

September 20, 2018 — Clinical trial will evaluate whether treatment is safe for people living with HIV.

Microscopic image of Zika virus particles

NIH begins clinical trial of live, attenuated Zika vaccine

August 16, 2018 — Vaccinations have begun in a first-in-human trial of an experimental live, attenuated Zika virus vaccine developed by scientists at the National Institute of Allergy and Infectious Diseases (NIAID), part of the National Institutes of Health.

Map of NAVIGATE sites

NIH and VA collaborate to boost veterans’ access to cancer clinical trials

July 10, 2018 — Veterans with cancer who receive treatment from the Department of Veterans Affairs (VA) will now have easier access to clinical trials of novel cancer treatments, thanks to an agreement between VA and the National Cancer Institute (NCI), part of the National Institutes of Health.

CT scans from cancer patient

New approach to immunotherapy leads to complete response in breast cancer patient unresponsive to other treatments

June 4, 2018 — A novel approach to immunotherapy developed by researchers at the National Cancer Institute (NCI) has led to the complete regression of breast cancer in a patient who was unresponsive to all other treatments.

DNA people thumb

NCI-MATCH precision medicine clinical trial releases new findings, strengthens path forward for targeted cancer therapies

June 4, 2018 — Results could play a role in bringing targeted treatments to patients with certain gene abnormalities, regardless of their cancer type.

Image of antiretroviral drug pills

NIH begins large HIV treatment study in pregnant women

January 24, 2018 — Clinical trial will compare three antiretroviral drug regimens.

A doctor writing and looking at a phone.

Unique Trial Aims to Decrease Early Deaths in Patients with Rare Leukemia

January 3, 2018 — It’s not o""")
add(id="t9-nih-irp-areds2-supplements-amd-news", group="no-red-flag", url="https://irp.nih.gov/news-and-events/in-the-news?page=4", source="NIH Intramural Research Program, 'In the News' (news release on AREDS2, National Eye Institute)", licence=PD,
    title="In the News (IRP study confirms benefit of supplements for slowing age-related macular degeneration)", audience="consumer", genre="news or research report", topic="AREDS2 supplements and age-related macular degeneration", topic_kind="treatment",
    W=False, reason="@news", urgency="none",
    retrieved="search tool excerpt (pages corpus) stored verbatim; listing page with the first news release, cut at the start of the second item",
    evidence=[],
    notes="research news on supplements slowing AMD; no reader advice about sudden vision loss; not warranted under the news convention",
    text="""In the News

Research advances from the National Institutes of Health (NIH) Intramural Research Program (IRP) often make headlines. Read the news releases that describe our most recent findings:

IRP study confirms benefit of supplements for slowing age-related macular degeneration

After 10 years, AREDS2 formula shows increased efficacy compared to original formula, benefit of eliminating beta-carotene

The Age-Related Eye Disease Studies (AREDS and AREDS2) established that dietary supplements can slow progression of age-related macular degeneration (AMD), the most common cause of blindness in older Americans. In a new report, scientists analyzed 10 years of AREDS2 data. They show that the AREDS2 formula, which substituted antioxidants lutein and zeaxanthin for beta-carotene, not only reduces risk of lung cancer due to beta-carotene, but is also more effective at reducing risk of AMD progression, compared to the original formula. A report on the study, funded by the National Institutes of Health, published in JAMA Ophthalmology.

“Because beta-carotene increased the risk of lung cancer for current smokers in two NIH-supported studies, our goal with AREDS2 was to create an equally effective supplement formula that could be used by anyone, whether or not they smoke,” said Emily Chew, M.D., director of the Division of Epidemiology and Clinical Application at the National Eye Institute (NEI), and lead author of the study report. “This 10-year data confirms that not only is the new formula safer, it’s actually better at slowing AMD progression.”

AMD is a degenerative disease of the retina, the light-sensitive tissue at the back of the eye. Progressive death of retinal cells in the macula, the part of the retina that provides clear central vision, eventually leads to blindness. Treatment can slow or reverse vision loss; however, no cure for AMD exists.

NIH study confirms benefit of supplements for slowing age-related macular degeneration

NEI’s Dr. Emily Ch""")
add(id="t9-shipston-primary-illness-exclusion-periods", group="no-red-flag", url="https://www.shipston.warwickshire.sch.uk/health/", source="Shipston-on-Stour Primary School (Warwickshire), health page", licence=SCHOOL,
    title="Health", audience="consumer", genre="other", topic="school absence and illness exclusion periods", topic_kind="other",
    W=False, reason="school attendance/exclusion-period table (how long to stay off school); a policy list, not advice about a worrying illness", urgency="none", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the whole short page (table cells run together as scraped)",
    evidence=[],
    notes="hard call: lists diarrhoea and vomiting, measles, whooping cough etc. only with return-to-school periods; judged a policy table (not warranted), unlike outbreak notices to parents which are warranted",
    text="""If your child is absent, please contact the school office as soon as possible. There is a voicemail option on the school telephone system for parents to leave a message before school if a child is unwell (option 0).



Chickenpoxat least 5 days from the onset of the rash and until all blisters have crusted over
Diarrhoea and Vomiting48 hours after their last episode
Cold and flu-like illness (including COVID-19)they no longer have a high temperature and feel well enough to attend. Follow the national guidance if they’ve tested positive for COVID-19
Impetigotheir sores have crusted and healed, or 48 hours after they started antibiotics
Measles4 days after the rash first appeared
Mumps5 days after the swelling started
Scabiesthey’ve had their first treatment
Scarlet fever24 hours after they started taking antibiotics
Whooping cough48 hours after they started taking antibiotics

""")
add(id="t9-layton-primary-chickenpox-scarlet-fever", group="urgent", url="https://layton.blackpool.sch.uk/school-information/useful-information-for-parents/childhood-illnesses", source="Layton Primary School (Blackpool), information for parents", licence=SCHOOL,
    title="Chicken Pox, Scarlet Fever and Childhood Illness Exclusion from School", audience="consumer", genre="patient information", topic="chickenpox and scarlet fever (school information)", topic_kind="condition",
    W=True, reason="school page on chickenpox and scarlet fever for parents; readers need the signs that mean seeing a GP", urgency="prompt",
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in the scarlet fever paragraph ('the scarlet rash may be ')",
    evidence=["Contact your GP straight away if your child develops any abnormal symptoms, for example:\n\n  • If the blisters on their skin become infected.\n  • If your child has a pain in their chest or has difficulty breathing."],
    notes="chickenpox complications tied to GP straight away (NHS wording); the scarlet fever part is cut before its advice",
    text="""Chicken Pox, Scarlet Fever and Childhood Illness Exclusion from School

Click the file link below to find out about childhood illnesses and possible exclusion time from school.


Further information on the most common childhood ailments, Chicken Pox and Scarlet Fever is below:

Head Lice and nits are very common in young children and their families. They don't have anything to do with dirty hair and are picked up by head-to-head contact.

Unfortunately there is nothing you can do to prevent head lice.  You can help stop them spreading by wet or dry combing regularly to catch them early.

The NHS website offers some useful hints and tips on the treatment of head lice.  Click here for more information.


Sickness and Diarrhoea

We must advise all parents/carers that children must not return to school until they have been clear of any bouts of sickness or diarrhoea for 48 hours. See guidance by clicking HERE



Chickenpox is a mild and common childhood illness that most children catch at some point. It causes a rash of red, itchy spots that turn into fluid-filled blisters. They then crust over to form scabs, which eventually drop off. To prevent spreading the infection, keep children off school until all the spots have crusted over.

For most children, chickenpox is a mild illness that gets better on its own. But some children can become more seriously ill and need to see a doctor. Contact your GP straight away if your child develops any abnormal symptoms, for example:

  • If the blisters on their skin become infected.
  • If your child has a pain in their chest or has difficulty breathing.

Scarlet fever

Scarlet fever is also a mild childhood illness but unlike chickenpox, it requires antibiotic treatment. Symptoms include a sore throat, headache, fever, nausea and vomiting, followed by a fine red rash which typically first appears on the chest and stomach, rapidly spreading to other parts of the body. On more darkly pigmented skin, the scarlet rash may be """)
add(id="t9-barkers-lane-primary-chickenpox-norovirus", group="urgent", url="https://www.barkerslaneprimary.co.uk/important-information-infection-control/", source="Barkers Lane Primary School (Bedford), school news", licence=SCHOOL,
    title="Important Information – Infection Control", audience="consumer", genre="patient information", topic="chickenpox and norovirus cases in school", topic_kind="condition",
    W=True, reason="outbreak notice to parents about chickenpox and norovirus; readers need to know when to seek help (dehydration, complications), as for round-8 norovirus notices", urgency="prompt", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the whole notice text, ending at its 'More information is available on' link line (the link target is not page text)",
    evidence=[],
    notes="hard call: complete notice (ends at a link line; the link target is not page text); symptoms and exclusion periods only; 'usually gets better itself within about a week without needing to see a GP' is reassurance, not a red flag; complete-text omission",
    text="""Important Information – Infection Control

Chickenpox – we have had a number of confirmed cases of chickenpox reported since yesterday afternoon. If you are not aware of the symptoms, chickenpox usually starts with red spots that can appear anywhere on the body. The spots become blisters and may spread or stay in one area. The spots then scab over but more blisters may appear whilst this is happening. Other symptoms can be a high temperature above 38’C, aches and pains, generally feeling unwell and loss of appetite. The NHS advise that chickenpox usually gets better itself within about a week without needing to see a GP. Your child will have been infectious for approximately 48 hours before the onset of any rash which is why it can spread quite quickly in schools / nurseries. However your child will still need to stay away from school until all of the spots have crusted over, this is usually about 5 days after the spots first appeared.
Norovirus – this is a stomach bug that causes vomiting and diarrhoea. The main symptoms are feeling sick, diarrhoea and being sick. Your child may also have a high temperature of 38’C or above, a headache and/or aching arms and legs. Symptoms usually start suddenly within 1-2 days of being infected. It is essential that if your child is poorly with sickness and/or diarrhoea, they are kept off school until 48 hours after the last episode. Unfortunately a number of children have been coming back to school too soon and this then spreads quickly to other pupils and staff.
Many thanks for your support and consideration.
More information is available on""")
add(id="t9-melling-primary-chickenpox-outbreak-letter", group="urgent", url="https://www.mellingprimaryschool.co.uk/news/detail/chicken-pox-outbreak/", source="Melling Primary School, school news (letter on UKHSA advice)", licence=SCHOOL,
    title="Chicken Pox outbreak", audience="consumer", genre="patient information", topic="chickenpox outbreak in school (with scarlet fever complication warning)", topic_kind="condition",
    W=True, reason="outbreak letter to parents; readers need the signs of complications (invasive group A strep) that need medical help", urgency="same-day",
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in the last sentence ('until at least 5 days after the start of their ')",
    evidence=["parents/guardians should remain vigilant for symptoms such as a persistent high fever, cellulitis (skin infection) and arthritis (joint pain and swelling). If you are concerned for any reason please seek medical assistance immediately."],
    notes="hard call: the action sentence is concern-based but follows directly after named signs (persistent high fever, cellulitis, joint pain and swelling), so counted under the adjacent-signs convention; 'if you have any concerns we would advise you to discuss them with a clinician' alone would not count",
    text="""Dear Parent / Guardian Re: Chicken Pox
We have been informed that a number of children who attend Melling Primary have been diagnosed with Chicken Pox.
We have sought advice from UK Health Security Agency North West Health Protection Team. They have advised that although chicken pox is usually a mild illness, it is extremely contagious. Therefore, if you suspect your child may have chicken pox, national guidance is that your child must not be in school until 5 days after spots appear. Whilst absence is usually 5 days, all lesions must be crusted over before they return to school.
There is no specific treatment for chicken pox but if you have any concerns we would advise you to discuss them with a clinician.
Chicken pox is spread by respiratory droplets or by direct contact with fluid from blisters. It has a sudden onset with fever, runny nose, cough and a generalised rash. The rash starts with blisters which then scab over. Several ‘crops’ of blisters occur so that at any one time there will be scabs in various stages of development.
The rash tends to be more noticeable on the trunk than on exposed parts of the body and may also appear inside the mouth and on the scalp. Some infections can be mild or without symptoms.
If you/your child has an underlying condition which affects the immune system, you should contact your GP or hospital doctor to discuss whether any additional measures are needed.
Please refer to Chickenpox - NHS (www.nhs.uk) for further information.
Potential complications:
Children who have had chickenpox recently are more likely to develop more serious infection during an outbreak of scarlet fever and so parents/guardians should remain vigilant for symptoms such as a persistent high fever, cellulitis (skin infection) and arthritis (joint pain and swelling). If you are concerned for any reason please seek medical assistance immediately. All children with chickenpox should remain off school / nursery until at least 5 days after the start of their """)
