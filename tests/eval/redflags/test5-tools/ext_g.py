# batch g: seizures (Portsmouth), suicide and mental-health crisis pages
add(id="t5-portsmouth-healthandcare-fits", url="https://healthandcare.portsmouth.gov.uk/fits/", source="Health and Care Portsmouth (Portsmouth City Council and NHS Portsmouth)", licence=OGL,
    title="Fits (seizures)", audience="consumer", genre="patient information", topic="seizures in people with epilepsy: first aid and when it is an emergency", topic_kind="symptom",
    W=True, reason="@sym",
    evidence=["RED It is a life-threatening medical emergency\n\nIf someone has a seizure (fit) and any of the following apply:"],
    urgency="emergency", notes="hard call (weak present): the red list (head injury, first seizure, lasting more than five minutes, not regaining consciousness) is tied to 'life-threatening medical emergency'; the excerpt stops before the 999 line, and the amber 'Call 111 or visit' follows a lead-in with no sign ('Do not always need an ambulance')",
    text="""Choose the right healthcare service to get the care you need and to enable the NHS to help the greatest number of people.

GREEN Self-care or ask a pharmacist for advice

Living with epilepsy

Anti-epileptic drugs (AEDs) can help stop or reduce the frequency of seizures.

  • if prescribed an AED, take it every day as advised by the doctor
  • tell the GP if the medicine is causing unpleasant side effects; do not skip doses or stop taking it without getting medical advice
  • seizures can sometimes be triggered by stress, lack of sleep and alcohol; keep a seizure diary of when and what was happening to identify triggers and avoid them
  • have regular reviews with a GP or specialist team

AMBER It is urgent, but not life threatening

People with epilepsy:

Do not always need an ambulance, or need to go to hospital, when they have a seizure.

Usually have an agreed care plan that says what to do, such as giving emergency medicine; if you know what to do and have been trained, follow their care plan.

Sometimes wear a special bracelet or carry a card to say they have epilepsy.


Call 111 or visit

Immediate first aid:

  • only move them if they are in danger
  • if they are in a wheelchair, put the brakes on and leave the seatbelt on
  • cushion their head
  • loosen any tight clothing around the neck
  • do not put anything in their mouth
  • turn them on their side when the convulsions have stopped
  • stay with them and talk calmly till they have recovered
  • do not give any food or drink till they have recovered
  • note the time the seizure starts and finishes

RED It is a life-threatening medical emergency

If someone has a seizure (fit) and any of the following apply:

  • it’s the result of trauma, like a head injury
  • it is the first time
  • the seizure is lasting longer than normal
  • the seizure lasts more than five minutes
  • the person does not regain consciousness, or has several seizures without regaining""")
add(id="t5-nidirect-mental-health-emergency-crisis", url="https://nidirect.gov.uk/node/2219", source="nidirect (Northern Ireland Government)", licence=OGL,
    title="Mental health emergency - if you're in crisis or despair", audience="consumer", genre="patient information", topic="mental health crisis and suicide warning signs", topic_kind="condition",
    W=True, reason="consumer crisis page; readers need the signs of suicide risk and where to get help now",
    evidence=["If your mental or emotional state quickly gets worse, or you’re in crisis or despair, it's important to get help quickly."],
    urgency="emergency", notes="hard call (weak present): rapid worsening/crisis tied to 'get help quickly' with no place named; the warning-sign list ('talking about death or suicide' ...) is tied to recognising risk and the 'Call for help' advice is generic; the excerpt stops at 'Where to go for help'",
    text="""Mental health emergency - if you're in crisis or despair
If your mental or emotional state quickly gets worse, or you’re in crisis or despair, it's important to get help quickly. You’re not alone. Talk to someone you trust. Sharing a problem is sometimes the first step to recovery.
Help and support
Someone who’s having suicidal thoughts may not ask for help, but that doesn’t mean they don’t want help and support.
It can be hard to find the words to express what they are feeling.
If you're concerned about someone, you could:
Show you care
Show you care by saying something like:
- "I’m worried about you and I want to help"
Discuss suicide
Asking about suicide won’t put the idea in people’s heads. You could ask:
- "Do you feel like harming yourself?"
- "Do you feel like ending your life?"
Call for help
Call for help and encourage them to look for help. You could say:
- "You are not alone and there are people who can help you out of this situation"
- "I will stay with you until you get help"
Recognising potential warning signs
Suicide prevention begins with recognising warning signs that someone may be considering taking their own life.
The signs include:
- talking about death or suicide
- pre-occupation with death
- depression
- hopelessness
- alcohol and drug misuse
- low self-esteem
- bereavement
- relationship break-up
- changes in behaviour
- previous history of suicide attempts
- self-loathing or self-hatred
- getting affairs in order
- social isolation
- self-destructive behaviour
- sudden sense of calm or appearing very upbeat following depression
Don't avoid talking about suicide.
Discussing suicide in an open, non-judgmental, sensitive, discreet and practical way can allow someone in crisis to know they aren't alone and help is available.
Your care plan
If you have a care plan, there are names and numbers to contact in an emergency.
If you were, or are being treated for a mental illness, you should have a care plan.
Where to go for help
If you """)
add(id="t5-hpft-news-world-suicide-prevention-day-2024", url="https://www.hpft.nhs.uk/news/don-t-struggle-alone-change-the-narrative-on-suicide/", source="Hertfordshire Partnership University NHS Foundation Trust, news", licence=OGL,
    title="Don't struggle alone – change the narrative on suicide", audience="consumer", genre="news or research report", topic="World Suicide Prevention Day: signs and where to get help", topic_kind="condition",
    W=True, reason="suicide-prevention awareness release (warranted as in test3): its purpose is that readers spot the signs and get help",
    evidence=["If you are having suicidal thoughts or struggling with your mental health, we are here to listen and to help:"],
    urgency="emergency", notes="hard call (awareness release, warranted): suicidal thoughts tied to the trust's 24-hour access line; the 'Spotting the Signs' list is tied only to 'places to contact'; 'Dial 999 – in an emergency' names no sign",
    text="""NHS Logo
As One Logo

Don’t struggle alone – change the narrative on suicide

10 Sep 24

Suicide is a difficult topic to talk about. Each year many people die needlessly leaving loved ones, friends and communities behind who often feel despair and hopelessness. People bereaved by suicide are themselves at increased risk.

This year’s theme for World Suicide Prevention Day is about changing the narrative on suicide and encouraging people to start the conversation.  If you are having suicidal thoughts or struggling with your mental health, we are here to listen and to help:

HPFT NHS Single Point of Access (SPA) - freephone number 0800 6444 101.

We know that more than 6,500 suicides are registered annually in the UK yet this may be underestimated by under a third due to a lack of clarity around intent and possible under reporting because of the stigma associated with it.

 

Spotting the Signs

Too often, people don’t share how they are feeling or seek help.  But there can be signs to look out for that people are having suicidal thoughts. These can be changes in mood, appearance, behaviour and things they say. Signs to look out for include irritability, anger or depression, poor hygiene, low energy, recklessness, isolating themselves and talking as if they are a burden or feeling trapped.  This is not a comprehensive list and there are places to contact if you have concerns about someone or if you are having suicidal thoughts yourself.

 

Helpful organisations

Dial 999 – in an emergency.

Samaritans - www.samaritans.org. Call free on 116 123.

HPFT NHS Single Point of Access (SPA) Freephone number 0800 6444 101 for mental health support whether you are experiencing a mental health crisis, need mental health support or just want to talk (24 hours a day, 365 days per year). 

A graphic saying "World Suicide Prevention Day 2024"

Contact Us""")
add(id="t5-colliery-court-suicide-prevention", url="http://collierycourt.nhs.uk/self-care/suicide-prevention/", source="Colliery Court Medical Group (NHS GP practice), self-care pages", licence=OGL,
    title="Suicide Prevention", audience="consumer", genre="coping-support", topic="suicide prevention: helplines and crisis team", topic_kind="condition",
    W=True, reason="page for people with suicidal thoughts; readers need to know when a crisis needs immediate help",
    evidence=[], urgency="emergency",
    notes="hard call: 'If you feel things are getting too much please give them a call' is generic distress tied to a helpline (tie-break 1), the crisis-team number is given without signs, and the page says the crisis team is not a 999 service without saying when to call 999",
    text="""Suicide Prevention

World Suicide Prevention Day (10 September) was set up by the International Association for Suicide Prevention and is supported by the World Health Organisation in 2003.

Suicide is a topic that still suffers from stigma and taboo and some people will immediately feel uncomfortable at its mention.  However, with over 800 000 deaths by it each year, equating to one every forty seconds, it’s a matter that clearly does need more discussion.

For someone to talk to you can contact The Samaritans on a free phone number of 116 123.  They are available 24 hours a day, 365 days a year.  If you feel things are getting too much please give them a call.  If you know other people who may be having a particularly tough time then consider directing them there.

The local mental health Crisis Team, part of Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust, can be contacted on 0303 123 1145.  The team operates 24 hours a day 7 days a week.  However, the crisis team does not provide an ’emergency’ service such as a 999 response.

There are further support networks for anyone experiencing suicidal thoughts:

NHS UK – Suicide

MIND – How to cope with suicidal feelings

and for those who have been affected by someone else’s suicide:

Support after Suicide

If You Care, Share

Your GP is also there to listen and help find services to support you.

Comments are closed.""")
add(id="t5-devon-safeguarding-adults-suicide-awareness", url="https://www.devonsafeguardingadultspartnership.org.uk/health-and-wellbeing/suicide/", source="Devon Safeguarding Adults Partnership (statutory partnership hosted by Devon County Council)", licence=OGL,
    title="Suicide awareness", audience="consumer", genre="coping-support", topic="suicide awareness: what to do if you or someone else feels suicidal", topic_kind="condition",
    W=True, reason="suicide-awareness page for the public and professionals; readers need to know where to go when someone is suicidal",
    evidence=["If you are feeling suicidal, there are people you can talk to:", "go to your nearest accident and emergency (A&E) department and tell the staff how you are feeling"],
    urgency="emergency", notes="feeling suicidal is the sign, A&E/111/urgent GP the places (NHS text); 'For urgent medical attention call 999' follows a generic 'immediate needs' clause",
    text="""Skip to content

Health and wellbeing

Suicide awareness


Suicide Facts and Figures

  • Each day around 16 people take their life in the UK and Ireland.
  • In the UK, men are three times as likely to take their own lives than women.
  • In the UK, the highest suicide rate was for men aged 45-49.

(Samaritans Suicide Statistics Report 2018)

If you are feeling suicidal, there are people you can talk to:

  • speak to a friend, family member or someone you trust
  • call the Samaritans 24-hour support service on 116 123
  • go to your nearest accident and emergency (A&E) department and tell the staff how you are feeling
    contact NHS 111
  • make an urgent appointment to see your GP

If someone tells you that they are feeling suicidal:

  • Stay Calm – It may be uncomfortable listening but try not to let your own emotional response prevent you from hearing what the person is saying and what their body language is telling you. Talking about self-harm and suicide does not increase the risks!
  • Listen – Just being listened to can be a brilliant support and bring great relief to people, particularly if they have never spoken to anyone about their self-harming or suicidal thought before. The fact that they have chosen you to talk to means they feel comfortable speaking to you.
  • Take Them Seriously – Do not ignore or dismiss the feelings or behaviour of someone nor see it as attention-seeking or being manipulative. Do not be judgemental
  • Confidentiality – Do not keep concerns to yourself – helping someone is a wonderful opportunity but it can also be stressful. If you are a professional, share your concerns with your line manager or safeguarding lead they will help you to consider and manage the risk.
  • Clarify whether or not there are immediate needs for medical attention or urgent help to keep the person safe and respond accordingly. For urgent medical attention call 999, for non urgent medical help call 111 or the persons """)
