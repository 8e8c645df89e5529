# batch g: NHS/council news with public advice, NHLBI trials page
add(id="t9-greaterpreston-ccg-parents-sepsis-signs", group="urgent", url="https://www.greaterprestonccg.nhs.uk/latest-news/parents-urged-to-recognise-signs-of-sepsis-1180", source="NHS Greater Preston Clinical Commissioning Group, latest news", licence=OGL,
    title="Parents urged to recognise signs of sepsis", audience="consumer", genre="news or research report", topic="sepsis in young children (awareness campaign news)", topic_kind="condition",
    W=True, reason="news item that gives the public health advice (sepsis signs in children aged 0-4); warranted because it advises readers", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the whole news item (with cookie banner; link targets lost)",
    evidence=["If a child has any of these symptoms, do not be afraid to go to your nearest A&E immediate or call 999."],
    notes="complete news item; sign list (mottled, lethargic, cold, fast breathing, non-fading rash, fit) followed by A&E/999",
    text="""Latest news


  1. Contrast:

Parents urged to recognise signs of sepsis

Sepsis is a rare but serious complication of an infection, where the body’s immune system goes into overdrive, setting of a series of reactions that can lead to organ failure, and in some cases, death.

The number of people developing sepsis is increasing. The UK Sepsis Trust estimates that there are more than 120,000 cases of sepsis and around 37,000 deaths each year in England.

Anyone can get sepsis, but younger children aged 0-4 are a particular at risk group. Parents need to be aware of the signs and symptoms to look for as by acting fast – it could be life-saving.

If you have a child that has any of the following symptoms, immediate action should be taken:

  • Looks mottled, bluish or pale
  • Is very lethargic or difficult to wake
  • Feels abnormally cold to touch
  • Is breathing very fast
  • Has a rash that does not fade when you press it
  • Has a fit or convulsion

If a child has any of these symptoms, do not be afraid to go to your nearest A&E immediate or call 999.

For more information on sepsis visit or


We have placed cookies on your computer to help make this website better. You can at any time read our cookie policy. Otherwise, we will assume that you’re OK to continue.

Change cookie settings:""")
add(id="t9-wolverhampton-only-visit-ae-for-emergencies", group="no-red-flag", url="https://www.wolverhampton.gov.uk/news/patients-urged-stay-well-and-only-visit-ae-emergencies", source="City of Wolverhampton Council, news (with The Royal Wolverhampton NHS Trust)", licence=OGL,
    title="Patients urged to stay well and only visit A&E for emergencies", audience="consumer", genre="news or research report", topic="winter pressure on A&E; choosing the right service", topic_kind="other",
    W=False, reason="@policy", urgency="none",
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in a second quote ('Geraint Griffith, Deput')",
    evidence=["People should only come to hospital or dial 999 if they are really seriously ill or have a life threatening condition or injury, like choking, chest pain, blood loss, blacking out or a serious injury."],
    notes="hard call: present although not warranted; a service-use message, but it names emergency signs (choking, chest pain, blood loss, blacking out) with 999/hospital; urgency none (no clinical topic)",
    text="""People in Wolverhampton and surrounding areas are being asked to help ease the pressure on their local urgent and emergency care services and stay away from Accident and Emergency (A&E) unless they are seriously ill or seriously injured.

The pressures on hospitals throughout the NHS is high at any time of the year, but during the winter months the pressures increase on local hospitals, the health service in general and on social services.

As admissions to emergency departments increase, health leaders across the city are now asking people to take action and keep themselves and those that care for well as we move further into winter.

Dr Jonathan Odum, Medical Director at The Royal Wolverhampton NHS Trust, which runs New Cross Hospital in the city, said:  "The NHS across the country faces extremely difficult challenges throughout winter and we are no exception. We are experiencing record levels of admissions, ambulance arrivals and experiencing delays in discharging patients which is resulting in extra pressure on available bed space for those that really need them.  It is important that together with our partners across the health economy, we get the message across to the population we serve that they should stay away from hospital unless it is absolutely necessary.

"People should only come to hospital or dial 999 if they are really seriously ill or have a life threatening condition or injury, like choking, chest pain, blood loss, blacking out or a serious injury.

"Calling NHS 111 will help people get the right treatment in the right place at the right time. Walk in centres can treat a wide range of illnesses and many pharmacies now operate extended hours and can help people get the right treatment. A person's local GP should also be contacted to see how an individual should be treated.

"Working together - health partners, social services and the local population - we can all help to reduce the pressures we are feeling at the moment."

Geraint Griffith, Deput""")
add(id="t9-nhlbi-stroke-clinical-trials-page", group="no-red-flag", url="https://www.nhlbi.nih.gov/health/health-topics/topics/stroke/trials", source="National Heart, Lung, and Blood Institute (NIH), Health Topics: Stroke, Clinical Trials sub-page", licence=PD,
    title="Clinical Trials (Stroke)", audience="consumer", genre="clinical-trial or research listing", topic="stroke research and taking part in trials", topic_kind="other",
    W=False, reason="@trial", urgency="emergency",
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'By taking part in a clinical trial, you can gain acce'",
    evidence=[],
    notes="trials sub-page of a stroke topic; no stroke warning signs expected here; urgency follows the topic (stroke)",
    text="""Skip Navigation

  • PRINT  | 

Clinical Trials

The National Heart, Lung, and Blood Institute (NHLBI) is strongly committed to supporting research aimed at preventing and treating heart, lung, and blood diseases and conditions and sleep disorders.

NHLBI-supported research has led to many advances in medical knowledge and care. However, many questions remain about various diseases and conditions, including stroke and transient ischemic attack (TIA).

The NHLBI continues to support research aimed at learning more about stroke and TIA. For example, the NHLBI currently is studying the relationship between patients’ genetic makeup and how their bodies use the blood-thinning medicine warfarin. The results of this study (Clarification of Optimal Anticoagulation Through Genetics, or COAG) may help doctors prescribe the safest, most effective dose of warfarin.

As another example, the NHLBI recently launched a multinational trial (the Cardiovascular Inflammation Reduction Trial, or CIRT) to evaluate anti-inflammatory treatment for preventing heart attacks, strokes, and cardiovascular deaths among at-risk patients.

NHLBI-supported research on stroke also includes studies that explore:

  • Ways to reduce the risk of complications, such as sleep apnea or heart attack, following a stroke
  • Ways to prevent stroke after coronary artery bypass grafting
  • How a person’s genetic makeup may change the effectiveness of high blood pressure medicines

Much of this research depends on the willingness of volunteers to take part in clinical trials. Clinical trials test new ways to prevent, diagnose, or treat various diseases and conditions.

For example, new treatments for a disease or condition (such as medicines, medical devices, surgeries, or procedures) are tested in volunteers who have the illness. Testing shows whether a treatment is safe and effective in humans before it is made available for widespread use.

By taking part in a clinical trial, you can gain acce""")
