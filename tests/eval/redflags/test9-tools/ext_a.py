# batch a: heart attack, asthma, first seizure, hypoglycaemia, adrenaline auto-injectors
add(id="t9-springwell-surgery-recognising-heart-attack", group="urgent", url="https://springwellhousesurgery.nhs.uk/reconising-a-heart-attack/", source="Springwell House Surgery (NHS GP practice), practice information page", licence=OGL,
    title="Recognising Heart Attack", audience="consumer", genre="patient information", topic="heart attack and angina symptoms", topic_kind="symptom",
    W=True, reason="@sym", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the whole short page",
    evidence=["If you have the following symptoms and lasts for more than 15 minutes it could be a heart attack. Dial 999 for ambulance if you suspect you are having a heart attack",
              "If you sufffer from angina and angina pain lasts longer than 15 minutes in spite of rest and using the GTN spray telephone 999 for ambulance."],
    notes="complete short page; signs (central chest pain >15 min, spread, sweating) tied to 999; angina pattern tied to GP appointment/111",
    text="""Recognising Heart Attack

If you have the following symptoms and lasts for more than 15 minutes it could be a heart attack. Dial 999 for ambulance if you suspect you are having a heart attack

  • Persistent tightness, pain or discomfort in the centre of chest.
  • May spread to arms, neck or jaw (not always)
  • This may be accompanied (not always) nausea, sweating, shortness of breath, lightheadedness
  • Don’t ignore the symptoms and wait for surgery opening hours.

If you sufffer from angina and angina pain lasts longer than 15 minutes in spite of rest and using the GTN spray telephone 999 for ambulance. It is the duration not severity of pain that is important in calling the ambulance.

If you get chest pain or discomfort which comes on when you exert your self and continues to get worse unless you slow down or stop and goes away fully with in few minutes on stopping; it could be angina. Telephone surgery and make an appointment to see your doctor for further tests. If you feel unsure to contact the surgery telephone ‘111’ for advice.

""")
add(id="t9-dgft-asthma-attacks-ed-leaflet", group="urgent", url="https://www.dgft.nhs.uk/leaflet/asthma-attacks", source="The Dudley Group NHS Foundation Trust, patient leaflet (Emergency Assessment Unit)", licence=OGL,
    title="Asthma attacks", audience="consumer", genre="patient information", topic="asthma attack, discharge after emergency department", topic_kind="condition",
    W=True, reason="@acute", urgency="emergency",
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'When you are s' (a second search returned the same excerpt; the rest of the leaflet was not found)",
    evidence=[],
    notes="discharge leaflet after an asthma attack; the stored excerpt covers the condition, triggers and clinic referral and is cut before any what-to-do/when-to-call section; missing because of the cut (partial)",
    text="""The way we use patient data is changing: We aim to provide the highest quality care. To do this, we routinely collect information about you and the care you receive from us. Like other hospitals across England, we are changing how we share and use this data… Find out more
Emergency Assessment Unit
This leaflet is for people who have attended the emergency department following an asthma attack / suspected asthma attack. You have been assessed, and the doctor is happy for you to be discharged from the hospital with arrangements for you to be seen by a specialist.
Asthma is a condition that affects the airways – the tubes that carry air in and out of your lungs. If you have asthma, you have very sensitive airways that become inflamed and tighten when you breathe in anything that irritates your lungs, such as smoke or allergens like pollen. This can cause chest tightness and wheezing, and makes it harder to breathe. You may also get a build-up of mucus, which can also result in more shortness of breath as this can make the tubes narrower.
Anyone can develop asthma. Some people have frequent symptoms and some people are only affected by their asthma when they are exposed to certain triggers. Common triggers are tobacco smoke, indoor and outdoor air pollution, pets, viral infections and household sprays and products.
If you have attended the Emergency Department once with asthma or suspected asthma, The emergency department (ED) will refer you to the specialist asthma clinic, where you will be seen by a specialist asthma nurse as an outpatient. If you do not hear within two weeks of your attendance at the ED, please call the specialist asthma clinic nurses on 01384 244315 (Monday to Friday 8am until 6pm).
When you attend your outpatient appointment, it would be helpful if you could bring with you any regular medications that you take, and some peak flow measurements from the time you were discharged from hospital (if you have a peak flow meter at home).
When you are s""")
add(id="t9-parklands-surgery-asthma-information-sheet", group="urgent", url="https://parklands.co.uk/info.aspx?p=8", source="Parklands Surgery (GP practice), asthma information sheet", licence=OGL,
    title="Asthma Information Sheet for Patients", audience="consumer", genre="patient information", topic="asthma control and asthma attack", topic_kind="condition",
    W=True, reason="@acute", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the whole information sheet (ends with the practice-site footer)",
    evidence=["You are too breathless to speak – CALL 999 for ambulance",
              "If there is no improvement or you are worried CALL 999 for an ambulance",
              "If you are having increased symptoms or taking more reliever make an appointment for asthma clinic or with a doctor."],
    notes="complete sheet; attack signs with 999 and poor-control signs with an appointment; the generic footer line about 111 is not evidence",
    text="""Asthma Information Sheet for Patients

Asthma

 

To maintain good control of your asthma symptoms take your inhalers as prescribed and as advised by the doctor or asthma nurse.

 

You may be experiencing poor asthma control if:

 

  1. You have difficulty sleeping due to asthma symptoms
  2. You have asthma symptoms during the day
  3. Your asthma has interfered with your usual activities (school/work/housework etc)
  4. You are needing to take more reliever (blue inhaler) than normal

 

Asthma symptoms include:

 

Cough

Breathlessness

Chest tightness

Wheeze

 

If you are having increased symptoms or taking more reliever make an appointment for asthma clinic or with a doctor.

 

Asthma attack

 

You are having an asthma attack if:

 

  1. You are not helped at all by your blue inhaler
  2. Your symptoms are becoming worse – even after taking inhalers
  3. You are too breathless to speak – CALL 999 for ambulance

 

 

WHAT TO DO IF YOU EXPERIENCE ASTHMA ATTACK

 

  1. Take your rescue inhaler (usually blue) as directed
  2. Sit down and try to take slow steady breaths
  3. If you do not start to feel better continue to take 2 puffs of your reliever (Blue inhaler – Ventolin/Bricanyl) every2 minutes.  Take up to 10 puffs.
  4. If there is no improvement or you are worried CALL 999 for an ambulance
  5. If the ambulance does not arrive within 15 minutes repeat step 3 while you wait.

 

 

For further information consult www.asthmaUK.org.uk

 

 

 

 

AK 03/2012

 



Call 111 when you need medical help fast but it’s not a 999 emergencyNHS ChoicesThis site is brought to you by My Surgery Website""")
add(id="t9-leedsth-first-fit-advice", group="urgent", url="https://leedsth.nhs.uk/patients/resources/first-fit-advice", source="Leeds Teaching Hospitals NHS Trust, patient leaflet (Emergency Department)", licence=OGL,
    title="First fit advice", audience="consumer", genre="patient information", topic="first seizure, discharge from the emergency department", topic_kind="condition",
    W=True, reason="@acute", urgency="emergency",
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in 'Other advice' ('Make people that y')",
    evidence=["When to ring 999 and ask for an ambulance:\n- If a seizure lasts for more than 5 minutes."],
    notes="discharge leaflet; the 999 list (seizure >5 min, repeated seizures, injury or inhaled water) is inside the excerpt; cut later",
    text="""You have been assessed in the Emergency Department and we think you have had a fit or seizure. Following assessment, we think it is safe to discharge you home into the care of your family or a friend / carer.
This leaflet will provide you with some information about seizures.
What is a fit or seizure?
A seizure occurs when there is an abnormal surge of electrical activity in the brain. This can lead to loss of consciousness shaking or jerking of the limbs. Sometimes during a seizure, people can bite their tongue or pass urine involuntarily. After the seizure, it can take some time to come round, people can be confused or feel very tired. Other people can experience other forms of seizures where they appear to go ‘vacant’.
What if it happens again?
It is difficult to predict whether you will have another seizure. If another seizure was to occur there are some measures that your friends or family can take to keep you as safe as possible.
Do
- Try to stay calm and note the time that it started and how long it lasts.
- Clear a space around the person.
- If possible, place a cushion under their head.
- Loosen tight clothing around the neck and remove glasses.
- Once the seizure has stopped, place the person onto their side (recovery position).
- Stay with the person until any confusion subsides.
Do not
- Move them unless in immediate danger.
- Try to restrain the person.
- Put anything between their teeth or in their mouth.
- Give any medication during a seizure.
- Give anything to eat or drink until fully recovered.
When to ring 999 and ask for an ambulance:
- If a seizure lasts for more than 5 minutes.
- If one seizure follows another without recovery in between.
- If an injury occurs or water has been inhaled e.g. in the bath.
Other advice
While waiting for your appointment in the first fit clinic you can resume your normal lifestyle, but we advise the following:
- Try to avoid things that may trigger seizures e.g. poor sleep, alcohol, stress.
- Make people that y""")
add(id="t9-fhft-first-fit-or-seizure", group="urgent", url="https://www.fhft.nhs.uk/patients-and-visitors/patient-information-library/first-fit-or-seizure", source="Frimley Health NHS Foundation Trust, patient information library", licence=OGL,
    title="First Fit or Seizure", audience="consumer", genre="patient information", topic="first seizure, discharge from the emergency department", topic_kind="condition",
    W=True, reason="@acute", urgency="emergency",
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'You should inform your employ' (a second query returned the same excerpt)",
    evidence=[],
    notes="discharge leaflet; the excerpt gives safety precautions (driving, bathing, alcohol) but no when-to-call-999 signs before the cut; missing because of the cut (partial)",
    text="""First Fit or Seizure

You have attended the Emergency Department today following a suspected seizure. You have been assessed and the team are happy that you can be discharged into the care of your family, friends or a carer.

What is a seizure?

A seizure (also called a ‘fit’, ‘convulsion’ or a ‘turn’) is a short episode of symptoms caused by a burst of abnormal electrical activity in the brain. Typically, a seizure lasts from a few seconds to a few minutes. Different parts of the brain control different parts and functions of the body. Therefore, the symptoms that occur during a seizure depend on where the burst of electrical activity occurs in the brain.

If you have a single seizure, it does not necessarily mean that you have epilepsy. About 1 in 20 people would have a seizure at some point in their life, which may be the only one that occurs.

What happens next?

A discharge summary will be sent to your GP informing them of your attendance at the Emergency Department. We will arrange an appointment for you to be seen by a neurologist (a medical
specialist in disorders of the nervous system) at the First Fit Clinic where they will provide you with further information and answer any questions you may have.

Until you are seen by a specialist, for your safety:

  • You must tell DVLA that you’ve had a seizure. You must not drive or operate dangerous machinery until you have seen the neurologist.
  • You should avoid any dangerous work or leisure activities until you have seen the neurologist. This includes activities such as swimming, cycling on busy roads or using ladders.
  • Consider precautions; where having a seizure which could have serious consequences such as standing close to train platforms or roads.
  • It is a good idea to have someone else in the house while taking a bath/shower and to leave the bathroom door unlocked. It may be safer to take a shower.
  • Avoid the use of alcohol.
  • You should inform your employ""")
add(id="t9-eastamb-hypoglycaemia-advice", group="urgent", url="https://eastamb.nhs.uk/your-service/emergency-advice/hypoglycaemia", source="East of England Ambulance Service NHS Trust, patient information", licence=OGL,
    title="Hypoglycaemia", audience="consumer", genre="patient information", topic="hypoglycaemia (low blood sugar) after an ambulance visit", topic_kind="condition",
    W=True, reason="@acute", urgency="emergency",
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in 'Prevention' ('It is really important to mak')",
    evidence=["If unconscious and not responding to any medication or treatment\nIf a person is already unconscious place them into the recovery position and dial 999 for an ambulance."],
    notes="early and severe signs listed with self-treatment; the only sign tied to help is unconsciousness -> 999; self-treatment steps are not evidence",
    text="""Hypoglycaemia
Patient information: Hypoglycaemia advice
This is in addition to any specific advice given to you by the ambulance crew you saw today
When your glucose level is too low - called a ‘hypo’ - your body does not have enough energy to carry out key functions.
The immediate treatment for a hypo is to have some food or drink containing sugar (such as chocolate, sugar cubes or fruit juice) straight away to end the episode.
After having something sugary if may be necessary for you to have a longer-acting carbohydrate food such as a few biscuits or a sandwich, depending on which insulin you are using.
If hypoglycaemia is not treated it may lead to unconsciousness, because there is not enough glucose available to support normal brain activity.
Early Signs
- feeling hungry
- trembling or shaking
- sweating
- anxiety or irritable
- fast pulse
- tingling of the lips.
More Sever Signs
- stumbling about
- confusion
- difficulty in concentration
- becoming less awake
The immediate treatment for low blood sugar (hypo) is to have some food or drink containing sugar straight away.
For example, try
- a glass of fruit juice, Lucozade or sweets
- a few sugar lumps or glucose tablets.
After having something sugary, you should have a longer acting carbohydrate such as a few biscuits, a cereal bar, a piece of fruit or a sandwich.
This should only be attempted in patients who are able to swallow.
If the episode is more sever
Someone else can help you by applying Glucogel (or honey, treacle or jam) to the inside of your cheeks and gently massage the outside of your cheeks.
If unconscious and not responding to any medication or treatment
If a person is already unconscious place them into the recovery position and dial 999 for an ambulance.
Never attempt to put food or drink into the mouth of someone who is unconscious, as they could choke.
Prevention
Regular Check ups
- Ensure that you follow the care recommended by your GP or diabetes specialist. It is really important to mak""")
add(id="t9-chft-news-hypo-awareness-week", group="no-red-flag", url="https://chft-news.cht.nhs.uk/issue/chft-news-issue-141-6-october-2025/article/it-s-hypo-awareness-week-are-your-crash-trolleys-stocked-correctly-c1a835763370", source="Calderdale and Huddersfield NHS Foundation Trust, staff news (CHFT News issue 141)", licence=OGL,
    title="It's Hypo Awareness Week - are your crash trolleys stocked correctly?", audience="professional", genre="news or research report", topic="hypoglycaemia awareness week (staff news)", topic_kind="condition",
    W=False, reason="staff newsletter item about an awareness week and crash-trolley stock; not advice to readers with symptoms", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the whole short news item",
    evidence=[],
    notes="hard call: lists hypo symptoms including severe ones (seizure, unconsciousness) without any action, but the audience is hospital staff and the purpose is an awareness-week notice; symptom list without action is not evidence",
    text="""This week is Hypo Awareness Week which is an opportunity to increase awareness of hypoglycaemia and to ensure that each crash trolly has a correctly stocked HypoBox.
Hypoglycaemia (or hypo) is where blood sugar (glucose) is low - below 4mmol/L. When this happens it needs to be treated quickly to stop it from getting worse. Low blood sugar usually affects people with diabetes who take insulin or other diabetes medication. It can still occur in people without diabetes, but this is rare.
Symptoms of low blood sugar can include:
- feeling hungry
- feeling dizzy
- feeling anxious or irritable
- sweating
- shaking
- tingling lips
- heart palpitations
- feeling tired or weak
- changes in your vision such as blurred vision
- feeling confused
If severe, low blood sugar symptoms may include:
- have a seizure or fit
- become unconscious
Our Diabetes Team will be holding information stands in the main entrances at both HRI and CRH this week to discuss more about hypoglycaemia - what the signs, symptoms and treatments are.""")
add(id="t9-necsu-adrenaline-auto-injectors-mhra-advice", group="urgent", url="https://medicines.necsu.nhs.uk/adrenaline-auto-injectors-advice-on-use-from-mhra/", source="NHS North of England Commissioning Support (NECS), medicines optimisation site", licence=OGL,
    title="Adrenaline auto-injectors: advice on use from MHRA", audience="consumer", genre="treatment-description", topic="adrenaline auto-injector use in anaphylaxis", topic_kind="treatment",
    W=True, reason="key messages for patients who carry adrenaline for anaphylaxis; readers need to know when to inject and call 999", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the whole short item",
    evidence=["Inject yourself in the outer thigh at the first signs of a severe allergic reaction.\n  • Every time you use an adrenaline auto-injector:\n  • call 999, ask for an ambulance and state ‘anaphylaxis’, even if you start to feel better."],
    notes="hard call: situation-level (first signs of a severe allergic reaction -> inject and call 999) without naming the signs; counted under the situation-level convention; the site serves professionals but the messages are addressed to patients",
    text="""Adrenaline auto-injectors: advice on use from MHRA

In May 2014 the MHRA issued guidance on the use of adrenaline auto-injectors, with the following key messages for patients;

  • carry two adrenaline auto-injectors with you at all times.
  • Inject yourself in the outer thigh at the first signs of a severe allergic reaction.
  • Every time you use an adrenaline auto-injector:
  • call 999, ask for an ambulance and state ‘anaphylaxis’, even if you start to feel better.
  • Lie flat with your legs up to keep your blood flowing.
  • If possible, seek help immediately after using your auto-injector and stay with someone while waiting for the ambulance.
  • If you still feel unwell after the first injection, use your second injector 5 to 15 minutes after the first.
  • An adrenaline auto-injector is for emergency, on the spot treatment of an anaphylactic reaction.  Always go to hospital after using an adrenaline auto-injector.

""")
