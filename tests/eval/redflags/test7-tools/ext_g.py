# batch g: NZ pages (Health NZ dehydration, Hutt Valley DHB tummy bugs, two state-school notices), UK GP practice vaccination pages
NZSCHOOL = "NZ state school page (state sector; CC BY 4.0 under NZGOAL presumed, not verified)"
add(id="t7-healthnz-info-dehydration", group="urgent", url="https://info.health.nz/keeping-healthy/sun-safety/dehydration", source="Health New Zealand | Te Whatu Ora, info.health.nz", licence=CCBYNZ,
    title="Dehydration", audience="consumer", genre="patient information", topic="dehydration", topic_kind="condition",
    W=True, reason="@acute", evidence=["If a person has signs of severe dehydration, call 111 for an ambulance."], urgency="emergency",
    notes="severe-dehydration signs listed just above the action",
    text="""Dehydration

If you are dehydrated, it means your body has lost more fluids than you have drunk. If it gets worse, it can be a serious problem and life threatening. Babies, children and older people are more at risk of dehydration and its serious effects.


Causes of dehydration

You can become dehydrated if you:

  • are unwell, such as with runny poo (diarrhoea) or being sick (vomiting) — gastroenteritis
  • have a fever (high temperature)
  • have not eaten enough or drunk enough fluids
  • have been in very hot conditions
  • exercise heavily or work hard physically without drinking enough fluids
  • have kidney disease or diabetes, which can cause you to wee (urinate) more often
  • need to take certain medicines, such as water pills (diuretics) — these can cause your body to lose water
  • drink too much alcohol — alcohol makes you wee more.

Symptoms of mild dehydration

If you are a healthy adult, your thirst will usually let you know you are mildly dehydrated and need more water. You might also notice your wee is darker.


Symptoms of moderate and severe dehydration

Symptoms of moderate dehydration include:

  • weeing less often
  • dark-yellow wee colour
  • dry mouth, lips and tongue
  • faster heart rate
  • feeling sick or being sick (nausea and vomiting)
  • dizziness and feeling faint
  • poorer concentration and memory, slower reactions
  • headaches
  • muscle cramps or spasms
  • sunken eyes
  • weakness.

Signs of severe dehydration include:

  • seizures
  • confusion
  • severe weakness, dizziness or tiredness
  • a reduced level of consciousness
  • dry, red (flushed), hot skin without sweating.

Treating moderate or severe dehydration

  • If you are worried about someone with dehydration, seek medical advice or call Healthline — phone 0800 611 116.
  • If a person has signs of severe dehydration, call 111 for an ambulance.

Dehydration in older people

Older people cannot always re""")
add(id="t7-whakarongo-school-diarrhoea-vomiting", group="urgent", url="https://www.whakarongo.school.nz/home/report-an-absence", source="Whakarongo School (NZ), absence page reproducing MidCentral Health / Ministry of Health guidance", licence=NZSCHOOL,
    title="Report an absence (Diarrhoea and Vomiting Bugs)", audience="consumer", genre="patient information", topic="diarrhoea and vomiting in children", topic_kind="condition",
    W=True, reason="parents' page on diarrhoea and vomiting in children; dehydration signs that need a doctor are expected", evidence=[], urgency="same-day",
    notes="hard call: a school absence page carrying health guidance; the stored part covers causes, spread and exclusion and is cut before any when-to-see-a-doctor advice",
    text="""Please note that we firmly encourage all children who are unwell, to stay at home. If you have questions as to whether your child is well enough to be at school, please refer to the material provided by the Ministry of Health at the bottom of this page or contact us if you are still unsure.

MidCentral Health & Ministry of Health Guidelines and Support Information

Diarrhoea and Vomiting Bugs

Most children will experience diarrhoea (loose/runny poos) and/or vomiting at some stage. The good news is that most infections that cause diarrhoea or vomiting don’t last long and usually are more disruptive than dangerous. Still, it is important to know what to do to relieve and prevent these unpleasant symptoms.

Diarrhoea and vomiting in children may occur for a variety of reasons. It could be as simple as eating something that did not agree with them or it could be an infection of the gut by micro-organisms. In many cases the condition resolves itself in a few days.

A common cause of diarrhoea and/or vomiting in children is viral gastroenteritis, often caused by Rotavirus or Norovirus. Viral gastroenteritis can pass through a household, school or childcare centre quickly because it is highly infectious. Diarrhoea may also be caused by bacterial (e.g. Campylobacter, Salmonella) or parasite (e.g. Giardia) infections.

Diarrhoea and vomiting infections are passed onto others through dirty hands, contaminated food and water, contaminated surfaces (e.g. door handles, toys) or contact with faeces. For this reason, it is vital to keep children away from childcare or school while they have diarrhoea or vomiting symptoms and keep them away until they have been symptom-free for 48 hours or as directed by their doctor or public health staff.

Children must be encouraged to wash and dry hands often, especially after toileting and before eating. This will reduce the likelihood of them picking up or passing on infections. Ensuring a clean and hygienic environment at home will help p""")
add(id="t7-huttvalleydhb-tummy-bugs", group="urgent", url="http://www.huttvalleydhb.org.nz/winter-health/tummy-bugs/", source="Hutt Valley District Health Board (NZ), winter health", licence=CCBYNZ,
    title="Tummy bugs", audience="consumer", genre="patient information", topic="gastroenteritis", topic_kind="condition",
    W=True, reason="@acute", evidence=["Call your family doctor if:", "Take your child to ED if:"], urgency="same-day", notes="",
    text="""Hutt Valley DHB Logo

(04) 566 6999

Sore tummy? Not sure what to do about it? Gastroenteritis is a bowel infection that causes diarrhoea (runny poos), stomach pain and vomiting. Some children will also have a headache or mild fever with gastro. Most children with gastro have mild symptoms that do not need to be treated by a doctor.

What to do?

  • Drink small amounts regularly – 1/4 cup of water every 20 minutes (for child). Plain water is best or watered down apple juice
  • Avoid sugary drinks which can make gastro worse
  • Have plenty of rest
  • Wash hands thoroughly with soapy water after toileting and vomiting
  • Clean bathroom areas often
  • Urinate (wee) at least every 6 hours
  • Wash hands thoroughly before food preparation
  • Do not share drink or food with a sick person
  • Stay home for 2 days after vomiting and/or diarrhoea has finished

When to get help?

  • Gastro can take a couple of days to go away.
  • Call your family doctor if:
  • You are still sick after 2 full days of being sick
  • The volume and frequency of vomit or diarrhoea is increasing rather than decreasing
  • Your child has tummy pains despite having pain relief

Take your child to ED if:

  • They are sleepy, floppy or limp, pale and sweaty
  • They have not urinated for 6 hours during the day
  • They have severe stomach pain
  • They have blood in their diarrhoea or vomit""")
add(id="t7-masseyhigh-nurses-chickenpox-notice", group="urgent", url="https://www.masseyhigh.school.nz/recent-news/an-important-notice-our-nurses", source="Massey High School (NZ), school nurses' notice", licence=NZSCHOOL,
    title="An Important Notice from our Nurses", audience="consumer", genre="patient information", topic="chickenpox in the community", topic_kind="condition",
    W=True, reason="notice about a contagious illness to families; readers need to know when chickenpox needs a doctor", evidence=["Very occasionally chickenpox can be serious, blisters become infected or you feel very unwell. If concerned it is important they are seen immediately by a medical professional."], urgency="same-day",
    notes="hard call: the signs (infected blisters, feeling very unwell) are brief and the action is conditional on concern; counted as signs + action",
    text="""An Important Notice from our Nurses


Please be aware that there has been reports of Chickenpox in the community. Chickenpox is  very contagious. The illness starts 10–21 days after being exposed to someone carrying the virus through sneezing, coughing or touch. It causes small itchy blisters on your skin and others can catch it 1-2 days before these appear. 

Avoid close contact with other people, stay home from work and keep children home from school for 1 week from the appearance of the rash until all blisters have dried. 

Very occasionally chickenpox can be serious, blisters become infected or you feel very unwell. If concerned it is important they are seen immediately by a medical professional.

Check out or Healthline 0800 611 116 if you are unsure what you should do or for more information.

Share this article:""")
add(id="t7-woodlands-clerklands-shingles-vaccine", group="no-red-flag", url="https://woodlands-clerklandspartnership.co.uk/pages/Shingles", source="Woodlands & Clerklands Partnership (NHS GP practice), practice page", licence=OGL,
    title="Shingles (vaccination eligibility)", audience="consumer", genre="screening-prevention", topic="shingles vaccination eligibility and what shingles is", topic_kind="prevention",
    W=False, reason="vaccination-eligibility page with background on shingles; the reader is not someone with symptoms", evidence=[], urgency="prompt",
    notes="hard call: the 'What is shingles?' section describes the rash and says a GP can diagnose it, so a reader with a rash could land here; judged by its main purpose (vaccine eligibility); the '111 - When it is less urgent than 999' line is site chrome",
    text="""Show Side Menu
To view, print or save our practice booklet, click here
Online Services - click here
Follow our Facebook Page
Call 111 - When it is less urgent than 999
Domestic Abuse


Patients eligible for Shingles from September 2018

- Those patients who are: aged 70 (Becoming eligible on 70th birthday) and 78 years old.
- Cohorts from previous years remain eligible up to their 80th birthday.

Previous Routine Cohort:

  • Patients in their 70s who was born on and after 2 September 1942 and has not yet had the vaccine.
  • Patients aged 79 years old who has missed out on the vaccine.

*please be aware patients who have had their 80th birthday are NO LONGER eligible for vaccination.

Am I eligible? Enter your DOB here [EXTERNAL LINK] to find out. (If you experience difficulties using the calculator in Chrome, please try an alternative browser. You can also download the calculator and use it offline if required.)

What is shingles?

Shingles is an infection of a nerve and the skin around it. It is caused by the herpes varicella-zoster virus, which also causes chickenpox.

Shingles usually affects a specific area on either the left or right side of the body and does not cross over the midline of the body (an imaginary line running from between your eyes, down past the belly button). It causes a painful rash which develops into itchy blisters.

Most people will feel unwell for several days before the rash appears.

Your GP can diagnose shingles based on your symptoms and the appearance of the rash.

Read more information about the symptoms of shingles.

What causes shingles?

Most people have chickenpox in childhood, but after the illness has gone, the virus remains dormant (inactive) in the nervous system. The immune system (the body’s natural defence system) keeps the virus in check, but later in life it can be reactivated and cause shingles.

It is not known exactly why the shingles virus is reactivated at a later stage in life, but it may be due to having l""")
add(id="t7-balmorepark-surgery-vaccinations", group="no-red-flag", url="https://balmoreparksurgery.co.uk/practice-information/vaccinations/", source="Balmore Park Surgery (NHS GP practice), practice information", licence=OGL,
    title="Vaccinations", audience="consumer", genre="screening-prevention", topic="adult vaccinations (shingles, pneumococcal, pertussis in pregnancy)", topic_kind="prevention",
    W=False, reason="vaccination service page; no acute symptom in scope", evidence=[], urgency="none",
    notes="trap: pneumonia, whooping cough outbreaks and pregnancy named",
    text="""Shingles is caused by the reactivation of the chickenpox virus.  Once we have had chickenpox, the virus stays in our bodies.  The virus can reactivate when we are older causing shingles which can be painful.  For some people the pain can last for months or even years.

Since September 1, 2015, the shingles vaccine has been routinely available to people aged 70 and 78. You become eligible for the vaccine after you’ve turned 70 years of age at any point between September 1, 2013 and September 1, 2018 (inclusive) or aged 78 or 79 years at the point of vaccination.

Further NHS information is available here


Pneumonia affects about 5-10 people per 1,000 of the adult population – it isn’t seasonal and can affect you at any time of the year.

Adults aged 65 or older tend to suffer more severely and with more complications, so are eligible for a free NHS vaccination (Pneumovax). Younger patients who are particularly susceptible to severe infection or complications may also be eligible.

Your GP may offer you the vaccination if you are eligible or you can book an appointment with the practice nurse. In most circumstances one vaccination will last you the rest of your life, unless you have certain illnesses such as chronic kidney failure or you have had your spleen removed, in which case you need a booster every five years.

Whooping Cough (Pertussis) vaccination for pregnant women

Following an increase in outbreaks of whooping cough, women who are over 16 weeks pregnant are advised to have the whooping cough vaccination.  Please telephone the surgery to book an appointment.

Further information from the Department of Health is available here""")
