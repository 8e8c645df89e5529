# batch j: sepsis in children (GP practice pages)
add(id="t11-coyne-medical-sepsis-parent-information", group="urgent", url="https://coynemedical.com/sepsis-parent-information/", source="Coyne Medical Practice (NHS GP practice), parent information page", licence=OGL,
    title="Sepsis in Children Parent Information", audience="consumer", genre="patient information", topic="sepsis in children: warning signs after a GP consultation", topic_kind="condition",
    W=True, reason="@acute", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole page",
    evidence=["You should seek help straightaway if your child has any of the signs below, if you can’t reach a doctor straight away call 999:"],
    notes="safety-netting page: red-flag sign list tied to immediate help / 999; other symptoms and under-5 signs follow without their own action, and the last line is concern-based (call the practice); present",
    text="""Sepsis in Children Parent Information

If your child’s condition changes or worsens after seeing the doctor then please get in touch. The information below about sepsis is designed to help remind you of some of the warning signs of their illness becoming more serious. 


Sepsis is when the body’s immune system responds abnormally to an infection, untreated it can cause damage to the body, organs and even death. Each year over 25,000 children experience sepsis in the UK.


Sepsis can be triggered by any infection the most common are pneumonia and urinary tract infections. It can also be triggered by infected wounds, bites or skin infections. They might appear to have a bad flu or stomach infection. 


You should seek help straightaway if your child has any of the signs below, if you can’t reach a doctor straight away call 999:

Is breathing very fast

Has a ‘fit’ or convulsion

Has clammy, cold skin and looks blue, pale or patchy (mottled)

Has a rash that does no fade when you press it

Is very lethargic or difficult to wake

Feels abnormally cold to touch


Other symptoms which suggest sepsis include:

Chills and shivering

Severe tummy (abdominal) and muscle pain

Being confused or not sure where they are

Slurred speech 

Feeling very dizzy or faint


In young children under 5 years of age:

Not eating any food or drinking any fluid

Being sick (vomiting) repeatedly

Not passing urine or having a wet nappy for more than 12 hours


If you are worried about an infection or if their condition has changed since your consultation please call the practice and let the staff know you are concerned about sepsis.""")
add(id="t11-willow-green-surgery-sepsis", group="urgent", url="https://willowgreensurgery.co.uk/clinics-and-services.aspx?t=6", source="Willow Green Surgery (NHS GP practice), clinics and services page", licence=OGL,
    title="Sepsis", audience="consumer", genre="patient information", topic="sepsis in adults and children: how to spot it", topic_kind="condition",
    W=True, reason="@acute", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim (cookie and COVID-19 notices kept); cut at 'Download the SAM leaflet (Sepsis Assessment'",
    evidence=["Seek medical help urgently if you develop any of the following:", "might have sepsis. Call 999 and just ask \"could it be sepsis?\".", "might have sepsis. If you're worried they're deteriorating call 111 or ask to see your GP."],
    notes="adult signs tied to urgent medical help; children's red-flag list tied to 999; under-5 amber signs tied to 111/GP; present",
    text="""This website uses cookies to function correctly.
You may delete cookies at any time but doing so may result in some parts of the site not working correctly.



Due to the ever changing situation with the Coronavirus (COVID-19), we have suspended the online booking service. This is due to the verbal screening process that we need to complete before appointments are made - we apologise for any inconvenience this may cause and ask you for patience and understanding during this time.

SepsisWhat is Sepsis?

Sepsis, also know as blood poisoning, is the reaction to an infection in which the body attacks its own organs and tissues.

Sepsis is a potentially life-threatening condition, however it can be easily treated if caught early. Symptoms of sepsis will present differently between adults and children.

How do I spot Sepsis?

Sepsis could occur as the result of any infection. There is no one sign for sepsis.

Sepsis is a serious condition that can initially look like flu, gastroenteritis or a chest infection. Seek medical help urgently if you develop any of the following:

Slurred speech or confusion
Extreme shivering or muscle pain
Passing no urine (in a day)
Severe breathlessness
It feels like you’re going to die
Skin mottled or discoloured

Sepsis in Children

If your child is unwell with either a fever or very low temperature (or has had a fever in the last 24 hours) just ask "could it be sepsis?".

Any child who:

  • is breathing very fast
  • has a 'fit' or convulsion
  • looks mottled, bluish or pale
  • has a rash that does not fade when you press it
  • is very lethargic or difficult to wake
  • feels abnormally cold to touch

might have sepsis. Call 999 and just ask "could it be sepsis?".

Any child under 5 who:

  • is not feeding
  • is vomiting repeatedly
  • hasn't had a wee or wet nappy for 12 hours

might have sepsis. If you're worried they're deteriorating call 111 or ask to see your GP.

Download the SAM leaflet (Sepsis Assessment""")
