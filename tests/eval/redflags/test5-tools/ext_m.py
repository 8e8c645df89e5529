# batch m: heart attack (NHLBI fact sheet copy, CDC MMWR report), head injury discharge advice
add(id="t5-scribd-nhlbi-heart-attack-fact-sheet", url="https://www.scribd.com/doc/231734618/Heart-Attack-Fs-En", source="NHLBI fact sheet 'Don't Take a Chance With a Heart Attack', reposted on scribd.com", licence=PDREPOST,
    title="Don't Take a Chance With a Heart Attack: Know the Facts and Act Fast", audience="consumer", genre="patient information", topic="heart attack: know the symptoms, call 911", topic_kind="condition",
    W=True, reason="@acute", evidence=[], urgency="emergency",
    notes="hard call: 'Learn the warning symptoms of a heart attack, and know the single most important thing you can do to save a life: call 911 immediately' is condition-level advice; the symptom list ('Know the Symptoms of a Heart Attack') begins where the excerpt is cut, and Ann Steigler's story (chest pressure, tingling arms) is a narrative, not advice. A reader of the full sheet would see the signs. Apostrophes and 'fl' ligatures lost in extraction are kept",
    text="""You are on page 1of 4

1

Know the symptoms.


Take action.
HEART ATTACK
C A L L
Dont Take a Chance With a Heart Attack: Know the Facts and Act Fast
M
ore than 1 million people in the United States have heart
attacks each year. Many of them dont act quickly enough
to make it to the hospital on time for help. When a heart attack
happens, delay in treatment can be deadly. Learn the warning
symptoms of a heart attack, and know the single most important
thing you can do to save a life: call 911 immediately for emer-
gency medical care.
What Is a Heart Attack and Who Is At Risk?
A heart attack happens when blood fow to the heart suddenly
becomes blocked and the heart cant get oxygen. If not treated
quickly, the heart muscle fails to pump and begins to die.
Heart attacks most often occur as a result of coronary heart
disease (CHD), also called coronary artery disease. Certain
risk factors make it more likely that you will develop CHD and
have a heart attack. Major risk factors for a heart attack that you
can control include smoking, overweight and obesity, high blood
pressure, high cholesterol, diabetes, an unhealthy diet, and lack
of physical activity. Risk factors that you cant control include a
family history of early heart disease and increasing age. Talk to
your health care provider to fnd out whether you are at risk for a
heart attack.
Of the people who die from heart attacks, about half die
within an hour of their frst symptoms and before they
reach the hospital.
Ann Steiglers Story
One evening I felt pressure
in my chest and tingling
down both arms. I just didnt
think I could be having a
heart attack. I didnt expect
it to happen to me. The next
morning, I still had a strange
sensation in my chest. I
called the doctor and was
sent to the hospital. Consid-
ering how many rst heart
attacks are fatal, I was
lucky to be alive the
following morning
to seek medical
help.
2
Know the Symptoms of a
Heart Attack
Many people arent sure whats wrong when they
are having symptom""")
add(id="t5-pmc-cdc-mmwr-heart-attack-awareness-2017", url="https://pmc.ncbi.nlm.nih.gov/articles/PMC6366680", source="CDC, Morbidity and Mortality Weekly Report (PubMed Central copy)", licence=PD,
    title="Awareness of Heart Attack Symptoms and Response Among Adults — United States, 2008, 2014, and 2017", audience="professional", genre="news or research report", topic="survey of public awareness of heart attack symptoms and calling 9-1-1", topic_kind="other",
    W=False, reason="surveillance research report about awareness; it reports what adults know and is not advice to a reader with symptoms",
    evidence=[], urgency="none",
    notes="trap: names the five common heart attack symptoms and calling 9-1-1, but as survey items and a research rationale ('are crucial to ensure timely receipt of emergency care'), not as advice",
    text="""Heart disease is the leading cause of death in the United States (1). Heart attacks (also known as myocardial infarctions) occur when a portion of the heart muscle does not receive adequate blood flow, and they are major contributors to heart disease, with an estimated 750,000 occurring annually (2). Early intervention is critical for preventing mortality in the event of a heart attack (3). Identification of heart attack signs and symptoms by victims or bystanders, and taking immediate action by calling emergency services (9-1-1), are crucial to ensure timely receipt of emergency care and thereby improve the chance for survival (4). A recent report using National Health Interview Survey (NHIS) data from 2014 found that 47.2% of U.S. adults could state all five common heart attack symptoms (jaw, neck, or back discomfort; weakness or lightheadedness; chest discomfort; arm or shoulder discomfort; and shortness of breath) and knew to call 9-1-1 if someone had a heart attack (5). To assess changes in awareness and response to an apparent heart attack, CDC analyzed data from NHIS to report awareness of heart attack symptoms and calling 9-1-1 among U.S. adults in 2008, 2014, and 2017. The adjusted percentage of persons who knew all five common heart attack symptoms increased from 39.6% in 2008 to 50.0% in 2014 and to 50.2% in 2017. The adjusted percentage of adults who knew to call 9-1-1 if someone was having a heart attack increased from 91.8% in 2008 to 93.4% in 2014 and to 94.9% in 2017. Persistent disparities in awareness of heart attack symptoms were observed by demographic characteristics and cardiovascular risk group. Public health awareness initiatives and systematic integration of appropriate awareness and action in response to a perceived heart attack should be expanded across the health system continuum of care.
NHIS is an annual survey that collects health-related information on the civilian, noninstitutionalized U.S. population (6). In 2008, 2014, and 2017, th""")
add(id="t5-mkuh-adult-head-injury-leaflet", url="https://www.mkuh.nhs.uk/patient-information-leaflet/adult-head-injury", source="Milton Keynes University Hospital NHS Foundation Trust, patient information leaflet", licence=OGL,
    title="Adult head injury", audience="consumer", genre="patient information", topic="head injury discharge advice (adults and over-12s)", topic_kind="condition",
    W=True, reason="discharge advice after a head injury; its purpose is the signs that mean returning to the emergency department",
    evidence=["If any of these symptoms return, we advise you to come back, or go to your nearest Emergency Department:", "You should make an appointment with your GP if:"],
    urgency="emergency", notes="the A&E sign list follows the first quote; the GP triggers (very concerned in the first days; problems lasting beyond 2 weeks) follow the second",
    text="""Adult head injury

Please note, this page is printable by selecting the normal print options on your computer.

This is advice for people aged over 12 years who have sustained a head injury and have been discharged from the Emergency Department.

We have checked your symptoms and think you are well enough to leave hospital and go home. If any of these symptoms return, we advise you to come back, or go to your nearest Emergency Department:

  • Unconsciousness, or lack of full consciousness (for example, difficulty keeping your eyes open)
  • Confusion (not knowing where you are or getting things muddled up)
  • Drowsiness (feeling sleepy) that goes on for longer than 1 hour when you would normally be awake
  • Problems understanding people speaking
  • Loss of balance or problems walking
  • Any weakness in one or more arms or legs
  • Problems with your eyesight
  • Very painful headaches that won’t go away
  • Vomiting (being sick)
  • Any fits – (collapsing or passing out suddenly)
  • Clear fluid coming out of your ear or nose
  • Bleeding from your ears
  • New deafness in one or both ears

Things you shouldn’t worry about
You may feel some other symptoms over the next few days, which should disappear over the next 2 weeks. These include a mild headache, feeling sick (without vomiting), dizziness, irritability or bad temper, problems concentrating or problems with your memory, tiredness, lack of appetite or problems sleeping.

You should make an appointment with your GP if:
• you feel very concerned about any of these symptoms in the first few days after discharge
• these problems do not go away after 2 weeks

We also recommend that you seek a doctor’s opinion about your ability to drive a car or motorbike if appropriate.

Things that will help you get better
This advice you should help you to recover more quickly and it may relieve any symptoms you have:
• Do not stay at home alone for the first 48 hours after leaving ho""")
add(id="t5-uclh-head-injury-adolescents", url="https://www.uclh.nhs.uk/patients-and-visitors/patient-information-pages/head-injury-adolescents-and-young-people", source="University College London Hospitals NHS Foundation Trust, patient information", licence=OGL,
    title="Head injury: adolescents and young people", audience="consumer", genre="patient information", topic="head injury discharge advice (adolescents and young people)", topic_kind="condition",
    W=True, reason="discharge advice after a head injury; readers need the signs that mean returning to hospital",
    evidence=["If the headache is severe or worsens, seek a review by a doctor.", "or if they last longer than two weeks you should take the young person to their doctor"],
    urgency="emergency", notes="hard call (weak present): only prompt-level triggers survive (worsening headache; symptoms beyond two weeks); the excerpt stops at 'Call your GP' before any return-to-A&E list (compare t5-mkuh-adult-head-injury-leaflet)",
    text="""Information alert

If you need a large print, audio, braille, easy-read, age-friendly or translated copy of this page, email the patient information team at We will do our best to meet your needs.

Following a thorough examination we are satisfied that it is alright for your relative/friend to leave hospital.

Things you should do to make sure the person is OK:

  • Do not leave the person alone in the home for the first 48 hours after leaving hospital.
  • Do make sure that there is a nearby telephone and that the person stays within easy reach of medical help.

Things that will help the person get better

If the person follows this advice it should help them get better more quickly and it may help any symptoms they have to go away:

  • Do have plenty of rest and avoid stressful situations.
  • Do not take any alcohol or drugs.
  • Do take paracetamol for a headache. If the headache is severe or worsens, seek a review by a doctor.
  • Do not take sleeping pills, sedatives or tranquillisers unless they are prescribed by a doctor.
  • Do not play any contact sport for at least three weeks or without talking to a doctor first.
  • Do not return to normal college or work activity until you feel you have completely recovered.
  • Do not drive a car, motorbike or bicycle or operate machinery unless you feel you have completely recovered.

Information alert

Things you shouldn’t worry about

Your child may feel some other symptoms over the next few days, which should disappear in the next two weeks. These include a mild headache, feeling sick (without vomiting), dizziness, irritability or bad temper, problems concentrating or problems with their memory, tiredness, lack of appetite or problems sleeping. If you feel very concerned about any of these symptoms in the first few days after discharge, or if they last longer than two weeks you should take the young person to their doctor.

Warning alert

Call your GP

Most people recover quickly from their ac""")
