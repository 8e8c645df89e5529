# batch b: school head lice/impetigo pages (UK schools), head injury discharge leaflets (NHS trusts), VA COPD features, VA research pages
SCHOOL = "UK state school website (public sector body), Open Government Licence v3.0 presumed, not verified"
add(id="t7-sunhillinfants-head-lice-impetigo", group="no-red-flag", url="https://www.sunhillinfants.co.uk/head-liceimpetigo/", source="Sun Hill Infant School (UK), parents' page", licence=SCHOOL,
    title="Head Lice/Impetigo", audience="consumer", genre="other", topic="head lice and impetigo at school (exclusion rules)", topic_kind="condition",
    W=False, reason="school notice on head lice and impetigo exclusion; minor conditions with no urgent warning signs in scope", evidence=[], urgency="none",
    notes="hard call: impetigo is an infection, but the notice is about exclusion and the return to the doctor is routine follow-up, not a warning sign",
    text="""Home Page

Sun Hill Infant School

Love to Learn

Google Translate
Google Search

Head Lice/Impetigo

Head Lice
Please check your child's head regularly and notify the school if your child become infected so that we may minimise further outbreaks.

Lotions are not always effective, especially for treatment of eggs, and the recommended method for head lice is the wet combing method.  To be absolutely certain that all lice have been removed this should be repeated every day for two weeks.  We do have two electronic lice combs in the school office that can be borrowed as well.

Impetigo is very infectious.  Impetigo begins with a small blister with a red ring round it. Any child with impetigo must stay away from school for three days from the beginning of any treatment.  At the end of three days they may return to school if the impetigo has dried up.  If it hasn't parents should go back to the Doctor.  Hopefully by following these rules we will stop it spreading further.""")
add(id="t7-stlukes-salford-head-lice", group="no-red-flag", url="https://www.stlukescesalford.co.uk/head-lice/", source="St Luke's CE Primary School, Salford (UK), parents' page", licence=SCHOOL,
    title="Head Lice", audience="consumer", genre="other", topic="head lice", topic_kind="condition",
    W=False, reason="head lice: a nuisance with no urgent warning signs; red flags not expected", evidence=[], urgency="none", notes="",
    text="""Head Lice
If you find lice, don't worry or be embarrassed. Head lice are a normal part of childhood - nearly 1 in 10 primary school children could have head lice at any one time.
If you're a parent you probably know what a hassle it is to treat head lice and just how frustrating it can be when your child comes home scratching their head yet again.
But parents can fight the spread of head lice by working together:
- Check your family's hair for lice regularly - once a week is ideal!
- Visit your local pharmacist for guidance on the various treatments available. You can join the Minor Ailments Scheme tat your local pharmacy to get free lotion.
- Get treatment for you or your family as soon as you find live lice
- Let your friends and family know as soon as you've found live lice
- Please inform school too so that we can ask parents of children in your child's class to check their hair.""")
add(id="t7-westwimbledon-head-lice", group="no-red-flag", url="http://westwimbledon.merton.sch.uk/head-lice/", source="West Wimbledon Primary School (London Borough of Merton), parents' page", licence=SCHOOL,
    title="Head lice", audience="consumer", genre="other", topic="head lice", topic_kind="condition",
    W=False, reason="head lice: a nuisance with no urgent warning signs; red flags not expected", evidence=[], urgency="none", notes="",
    text="""Head lice

Unfortunately, head lice remain a common and thoroughly exasperating part of primary school life. It is important to realise that schools no longer check children’s hair. So, as children spend so much time both playing and learning together, it is all too easy for head lice to spread. Anyone can get them and, contrary to popular belief, catching head lice has nothing to do with personal hygiene.

Therefore, parents are advised to check each child’s hair weekly and not wait for there to be symptoms. This is by far the best way to prevent head lice.

""")
add(id="t7-northamptongeneral-head-injury-discharge", group="urgent", url="https://northamptongeneral.nhs.uk/Publications/Leaflets/Emergency-Department/Discharge-advice-Head-Injury.aspx", source="Northampton General Hospital NHS Trust, Emergency Department leaflet", licence=OGL,
    title="Head Injury Advice (discharge advice)", audience="consumer", genre="patient information", topic="head injury after discharge from the emergency department", topic_kind="condition",
    W=True, reason="@acute", evidence=["Should any of the following symptoms return, we suggest that you come back, or get someone to bring you back to your nearest hospital Emergency Department as soon as possible."], urgency="emergency", notes="",
    text="""Head Injury Advice
If you have been sent home after a head injury you should:
- Avoid alcohol/drugs/sedatives/driving/strenuous exertion and excessive screen time for at least 24 hours.
- Rest for at least 24 hours.
- Ask a friend/relative to stay with you for at least 24 hours.
- Make sure you stay in easy reach of a telephone and help.
- Take painkillers as needed.
Should any of the following symptoms return, we suggest that you come back, or get someone to bring you back to your nearest hospital Emergency Department as soon as possible.
- Unconsciousness, or lack of full consciousness (for example, problems keeping eyes open)
- Drowsiness (feeling sleepy) that goes on for longer than 1 hour when you would normally be wide awake
- Problems understanding or speaking
- Loss of balance or problems walking
- Weakness in one or more arms or legs
- Problems with your eyesight
- Painful headache that won’t go away
- Vomiting (being sick)
- Seizures (also known as convulsions or fits)
- Clear fluid coming out of your ear or nose, or bleeding from one or both ears.
You may feel some other symptoms over the next few days which should disappear in the next 2 weeks. These include:
- Mild headache
- Feeling sick (without vomiting)
- Dizziness
- Irritability or bad temper
- Tiredness
- Problems concentrating
- Problems with memory
- Lack of appetite
- Problems sleeping
If you are concerned about any of these symptoms, they do not go away after two weeks, or you develop these symptoms after weeks or months, please contact your GP.
Driving, Work and Sport Advice
- DO NOT play any contact sport (for example, rugby or football) for at least 3 weeks without talking to your doctor first.
- DO NOT return to your normal school, college or work activity until you feel you have completely recovered.
- DO NOT drive a car, motorbike or bicycle or operate machinery unless you feel you have completely recovered.
For further concussion advice please visit: www.headway.org.uk (brain injury c""")
add(id="t7-ncic-minor-injuries-head-injury-adults", group="urgent", url="https://ncic.nhs.uk/patients-visitors/patient-information-leaflets/minor-injuries-head-injury-adults", source="North Cumbria Integrated Care NHS Foundation Trust, patient information leaflet", licence=OGL,
    title="Minor injuries: head injury (adults)", audience="consumer", genre="patient information", topic="minor head injury in adults after discharge", topic_kind="condition",
    W=True, reason="@acute", evidence=["You are advised to bring the patient to the nearest Emergency Department immediately if they:"], urgency="emergency", notes="",
    text="""Information for patients

Important: Make sure someone at home reads this.

The doctor has examined you to detect any immediate problems but does not feel you need to stay in hospital. An x-ray of your head may not have been necessary. However, complications are not always immediately obvious following a head injury. Because of this, careful observation by a responsible adult is essential, particularly for the first 24 hours after injury. You must therefore be with someone for 24 hours so that they can get help if you become ill.

  • Eat light meals and do not drink alcohol
  • Do not take any sedatives such as sleeping tablets or tranquillisers
  • You may take simple painkillers such as Paracetamol for a headache or other painful injuries
  • You should take your other medication or tablets as normal
  • Rest as much as possible initially and avoid noise
  • Do not drive or ride a bike for at least 24 hours

It is common after this type of head injury to feel tired and have poor concentration and memory. Some people may also feel rather irritable. If so, it is advisable not to return to work immediately.

This usually settles after a few days, but it can take longer. If you are not feeling completely back to normal after a week, then please arrange to see your GP, or return to the Emergency Department.

Information for patients, relatives and friends

You are advised to bring the patient to the nearest Emergency Department immediately if they:

  • Vomit repeatedly.
  • Become unusually drowsy or it becomes hard to wake them up
  • Become confused or do not appear to behave normally.
  • Complain of any increasingly severe headaches which don’t settle after taking pain killers
  • Complain of persistent blurred or double vision
  • Have a fit or collapse
  • Develop weakness in any arm or leg
  • The patient may go to bed at the normal time but you should check they are alright, once or twice during the night following the head injur""")
add(id="t7-plymouth-head-injury-discharge-booklet", group="urgent", url="https://www.plymouthhospitals.nhs.uk/display-pil/pil-head-injury-discharge-advice-4205", source="University Hospitals Plymouth NHS Trust, patient information leaflet", licence=OGL,
    title="Head injury discharge advice", audience="consumer", genre="patient information", topic="recovery after head injury (discharge booklet)", topic_kind="condition",
    W=True, reason="@acute", evidence=[], urgency="emergency",
    notes="hard call: the stored excerpt covers causes and common effects 'which don't require a return to hospital' and refers concerns to the GP, then is cut before any danger signs; judged as stored, warranted & missing",
    text="""Display Patient Information Leafelts

Head injury discharge advice

Date issued: January 2018

For review: January 2020

Ref: C-168/Neuro/JF/Head injury discharge advice v2

PDF:  Head Injury Discharge Advice [pdf] 164KB



This Booklet is intended to provide general information about recovery following a head injury. It has been written to answer some of the questions asked by people who have had a head injury, as well as for their families and carers.

All injuries vary in severity and each person can be affected differently. It is important that you speak to the doctor, nurse or therapist who is looking after you before you are discharged. If you have any concerns after your discharge, speak with your own G.P, since they are in a position to offer advice and information to meet your own specific needs.


What are the main causes of head injury?

Emergency departments see many people who have had a head injury. Most are found to have minor head injuries and the recovery is uncomplicated. However, some people will have more significant problems. The majority of head injured patients have been involved in an accident, most commonly a fall or a motor vehicle accident.

Assessment of the severity of a head injury and the subsequent treatment can be made more difficult by the fact that some patients will have recently consumed drugs or alcohol.

In addition to a head injury the brain can be injured or damaged as a result of many other conditions. These include brain haemorrhage (bleed into the brain), stroke, infection, tumours and other neurological diseases.


Common Effects of Minor Head Injury

While most people recover quickly following a head injury you may experience some of the following symptoms over the next few days and weeks, which don’t require a return to hospital:

  • Headaches
  • Difficulties thinking and problem solving
  • Feelings of dizziness
  • Nausea
  • Easily tired
  • Irritability
  • Sexual / Fertility problems
  • Heari""")
add(id="t7-gloucestershire-head-injury-carers", group="urgent", url="https://gloucester.trustsrv.io/your-visit/patient-information-leaflets/discharge-advice-carers-adults-who-have-sustained-head-injury", source="Gloucestershire Hospitals NHS Foundation Trust, patient information leaflet (trust website staging host)", licence=OGL,
    title="Discharge advice for carers of adults who have sustained a head injury", audience="consumer", genre="patient information", topic="caring for an adult after a head injury", topic_kind="condition",
    W=True, reason="@acute", evidence=["If the person has any of the following symptoms, take them to the nearest Emergency Department as soon as possible or call 999:", "Contact NHS 111 for advice if:"], urgency="emergency", notes="",
    text="""Skip to page content

This page contains useful advice for the carer(s) of a person who has had a head injury. The person who suffered the head injury may not be aware when things are not quite right. For this reason, we recommend that the leaflet attached below is given to someone who will be with the injured person for the next couple of days. Although well enough to leave hospital, it is possible that they may develop new symptoms which need either observing or seeking urgent medical help.

If the person has any of the following symptoms, take them to the nearest Emergency Department as soon as possible or call 999:

  • Unconscious, difficult to wake up or unable to wake up when they would normally be alert.
  • Confused (not knowing where they are, getting things muddled up).
  • Problems understanding or speaking.
  • Loss of balance or problems walking.
  • Weakness in one or more limbs (arms or legs).
  • Any new problems with their eyesight.
  • Very painful headache that will not go away.
  • Continuous vomiting.
  • Any fits (collapsing or passing out suddenly).

Contact NHS 111 for advice if:

  • Clear fluid is coming out of the person’s ear or nose.
  • New bleeding from one or both ears.
  • New deafness in one or both ears.

Things you must do to make sure the person is safe

Do not leave the person alone for the first 48 hours after leaving hospital.

Make sure that there is a telephone nearby and that the person stays within easy reach of medical help.

The person you are observing may have symptoms such as mild headaches and feeling sick (without repeatedly vomiting).

Listed below and on the following page are other common symptoms that the person may have after a head injury.

  • Dizziness or balance problems.
  • Tiredness and problems sleeping.
  • Memory or concentration problems.
  • Irritability or feeling low in mood.
  • Sensitivity to bright lights or loud noises.
  • Lack of appetite.

The symptoms""")
add(id="t7-myhealthevet-difficulty-breathing-copd", group="urgent", url="https://www.myhealth.va.gov/mhv-portal-web/ss20170404-difficulty-breathing-it-could-be-copd", source="My HealtheVet (US Department of Veterans Affairs), In the Spotlight", licence=PD,
    title="Difficulty Breathing? It Could Be COPD", audience="consumer", genre="patient information", topic="breathlessness / COPD", topic_kind="condition",
    W=True, reason="consumer feature addressed to readers with difficulty breathing; a careful editor expects when breathlessness needs urgent care (and when to see a doctor)", evidence=[], urgency="prompt",
    notes="hard call: chronic-disease awareness feature, but headed by a symptom; 'Shortness of breath may prompt you to see a doctor' describes, it does not instruct; no urgent signs; excerpt cut",
    text="""Skip to Content
Sign in to Manage Your Health Care

In the Spotlight

Difficulty Breathing? It Could Be COPD

Female nurse helping with oxygen

Chronic obstructive pulmonary disease, or COPD, is a combination of ongoing conditions that affect your lungs and breathing. These conditions can include chronic bronchitis and emphysema. COPD can be prevented and treated. It can be recognized by its key characteristic: difficulty breathing, especially when breathing out. However, if you have COPD, you may have other symptoms.

Veterans are at higher risk of COPD than those in the general U.S. population. Because some of the work Veterans have performed may pose a risk of environmental and occupational exposure, people in the military should be aware of COPD and know the signs that a person may have it. The physical activity associated with military life may uncover symptoms of COPD earlier among people in the armed forces. Patients in the military or veterans may show signs of COPD early on in their lives. Smoking is the leading cause of COPD.

What Is COPD?

In COPD, the airways in your lungs are blocked (obstructed). Because of this, breathing takes more effort. You may have started limiting your activities to avoid shortness of breath. Without treatment, you may not be able to do as much for yourself and need to rely more on others. 

Diagnosing COPD

Shortness of breath may prompt you to see a doctor. In many cases, though, COPD progresses for years without obvious symptoms. To diagnose COPD, a medical evaluation and tests must be done. Once your doctor suspects COPD, breathing tests are done to learn the extent of the problem.

Treatments for COPD

Your COPD treatment plan will likely include several forms of treatment. These are based on your symptoms and the underlying cause of your COPD. Your health care provider will prescribe the best treatments for your needs.

While COPD cannot be cured, it can be managed. The only reliable way to slow the disease is to stop sm""")
add(id="t7-va-visn9-copd-feature", group="urgent", url="https://www.visn9.va.gov/VISN9/news/vhw/summer07/copd.asp", source="VA MidSouth Healthcare Network, Veterans Health Watch feature (2007)", licence=PD,
    title="Don't Let COPD Take Your Breath Away", audience="consumer", genre="patient information", topic="living with COPD (exercise)", topic_kind="condition",
    W=True, reason="consumer self-management page for people with COPD who exercise while breathless; readers need to know when breathlessness is an emergency or a flare-up", evidence=[], urgency="same-day",
    notes="hard call: magazine feature on spotting symptoms and exercising with COPD; 'stop and relax' for breathlessness, no flare-up or emergency signs; excerpt cut",
    text="""Attention A T users. To access the menus on this page please perform the following steps. 1. Please switch auto forms mode to off. 2. Hit enter to expand a main menu option (Health, Benefits, etc). 3. To enter and activate the submenu links, hit the down arrow. You will now be able to tab or arrow up or down through the submenu options to access/activate the submenu links.

VA MidSouth Healthcare Network


Feature Article - Don't Let COPD Take Your Breath Away

Veterans Health WatchWoman Blowing Bubbles with Child

Day and night, our lungs expand and contract without needing any reminders. In fact, most of the time we don’t even
realize we’re breathing. However, for those who suffer from chronic bronchitis and emphysema, breathing is a constant concern.

Because both conditions commonly occur together, they’ve been classified under the term chronic obstructive pulmonary disease (COPD). The more you know about COPD, the sooner you’ll be able to spot symptoms and get treatment. “Smoking is one of the biggest risk factors for COPD,” says Nancy Munn, M.D., chief of pulmonary section at VA Medical Center in Huntington. In fact, smoking causes 80 percent to 90 percent of all COPD cases.

Move It To Use It
If you have trouble getting enough air when you’re just cleaning around the house, you may fear that exercise is out of your reach. But physical activities such as walking will teach your body how to use less oxygen more efficiently. that means you’ll be able to do the same amount of work with less air. Here are some tips:

  • Before you start, clear your lungs of mucus by coughing.
  • Practice deep breathing before and during the activity. Counting as you breathe can help. Breathe in: 1-2. Breathe out: 1-2-3-4.
  • If you feel short of breath at any time, stop and relax for a few minutes, then continue.
  • The best times for people with COPD to exercise are in the morning and in late afternoon or evening after their lungs are cleared of mucus.""")
