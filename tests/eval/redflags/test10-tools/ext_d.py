# batch d: school scarlet fever notices, renal colic leaflets, stroke FAST news items
add(id="t10-shevington-high-strep-a-parent-notice", group="urgent", url="https://www.shevingtonhigh.org.uk/parent-notice/", source="Shevington High School (state school), parent notice", licence=SCHOOL,
    title="Parent notice (Strep A / scarlet fever)", audience="consumer", genre="screening-prevention", topic="Strep A and scarlet fever, advice to parents", topic_kind="condition",
    W=True, reason="outbreak/awareness letter to parents about an infection with rare serious complications; parents need to know when to get help", urgency="same-day", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole notice (the hand-hygiene list after the colon was lost in extraction)",
    evidence=["Seek medical advice from 111 or your GP as soon as you suspect you might have Strep A or Scarlet fever as this needs treatment with antibiotics."],
    notes="symptoms (sore throat, headache, temperature, sandpapery rash) followed by 111/GP advice; no invasive-GAS emergency signs; GP/111-level present",
    text="""Dear Parents/Carers

We would like to share with you the following guidance from the UKHSA and what to do if you suspect your child might have Strep A:

  • Strep A starts as a sore throat, headache and temperature
  • It develops to Scarlet fever – a pinkish red body rash with a sandpapery feel, possible strawberry tongue and red cheeks
  • Seek medical advice from 111 or your GP as soon as you suspect you might have Strep A or Scarlet fever as this needs treatment with antibiotics. Scarlet fever is highly infectious and is a notifiable disease in England and Wales (this means health professionals must inform local health protection teams of suspected cases).
  • Your child must stay off school a full 24 hours after starting the antibiotics
  • Please see the NHS website for further information and images of what a Scarlet Fever can look like: Scarlet fever – Scarlet fever – NHS (www.nhs.uk)
  • Your GP may wish to take a swab

Your child must not come into School if you suspect / have been informed that they have Strep A or Scarlet fever.  Please ensure you notify School of the reason for their absence as soon as possible.

NHS guidance states you should avoid mixing with certain groups of people – for example, anyone who is pregnant or immunosuppressed.

Please remember the importance of good hand and cough hygiene to help prevent the spread of infection:

When your child feels well enough to be able to return to School please contact the school who will discuss arrangements for their return.""")
add(id="t10-handsworth-primary-scarlet-fever-2024", group="urgent", url="https://handsworthprimary.org.uk/MAP.aspx?aid=nny_421319949_295012600&pid=News_en-GB", source="Handsworth Primary School (state school), news", licence=SCHOOL,
    title="Scarlet Fever Information", audience="consumer", genre="screening-prevention", topic="scarlet fever cases at a primary school", topic_kind="condition",
    W=True, reason="outbreak letter to parents about scarlet fever; parents need to know when to get help", urgency="same-day", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'contact your GP or hospital'",
    evidence=["See your GP or contact NHS 111 as soon as possible.",
              "you should remain vigilant for additional symptoms such as a persistent high fever, skin infections and swollen, painful joints. If you are concerned, then please seek medical assistance immediately"],
    notes="symptoms then GP/111 for suspected Group A Strep; complication signs after chickenpox/flu tied to 'seek medical assistance immediately' (same pattern as Melling in TEST9)",
    text="""Scarlet Fever Information
08 May 2024
Dear Parents and Carers,
We have been informed that several children who attend Handsworth Primary School have been diagnosed with scarlet fever.
We have received the following advice from local Health Protection team to share with you.
- The symptoms of scarlet fever include sore throat, headache, fever, nausea, and vomiting. This is followed by a fine red skin rash which typically first appears on the chest and stomach, rapidly spreading to other parts of the body. The face can be flushed red, but pale around the mouth. On brown and black skin, it might be harder to see a change in colour, but you can still feel the sandpaper-like texture of the rash and see the raised bumps
- Scarlet fever is treated with a course of antibiotics to minimise the risk of complications and reduce the spread to others.
WHAT YOU SHOULD DO NEXT
If you think your child has a Group A Strep infection
- See your GP or contact NHS 111 as soon as possible. It is also preferable that a throat swab is taken to confirm the diagnosis.
- Make sure that your child takes the full course of any antibiotics prescribed by the doctor/healthcare professional.
- Anyone with symptoms suggestive of scarlet fever should stay at home, away from nursery, school, childcare setting or work for at least 24 hours after starting the antibiotic treatment, to avoid spreading the infection. If it is impetigo, they will need to remain away from setting for 48 hours.
If your child has had chickenpox or influenza (flu) infection recently
Children who have had chickenpox or flu recently are more likely to develop more serious illness during an outbreak of scarlet fever and so you should remain vigilant for additional symptoms such as a persistent high fever, skin infections and swollen, painful joints. If you are concerned, then please seek medical assistance immediately
If your child has an underlying condition which affects their immune system
You should contact your GP or hospital""")
add(id="t10-moreton-academy-scarlet-fever-strep-info", group="urgent", url="https://www.moreton.aatrust.co.uk/2022/12/09/scarlet-fever-and-streptococcal-infection-information/", source="Moreton school (Academy Transformation Trust; state academy), parent communication", licence=SCHOOL,
    title="Scarlet Fever and Streptococcal Infection Information", audience="consumer", genre="screening-prevention", topic="scarlet fever and streptococcal infection, letter to parents", topic_kind="condition",
    W=True, reason="awareness letter to parents during the 2022 Strep A season; parents need to know when to get help", urgency="same-day", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the whole post (the UKHSA letter is an attachment, not stored; site chrome kept)",
    evidence=[],
    notes="hard call: 'If your child is symptomatic you should seek advice from your GP' names no sign (the signs are in the unattached UKHSA letter), so it is not evidence; complete text, warranted & missing",
    text="""Scarlet Fever and Streptococcal Infection Information

by | Dec 9, 2022 | Parent Communication | 0 comments

Dear parents/carers,

Please find attached, information from the UK Health Security Agency regarding scarlet fever and streptococcal infection. It includes the important signs to look for.

If your child is symptomatic you should seek advice from your GP.

If your child is diagnosed with scarlet fever/streptococcal infection they must not come to school until 24 hours after commencing the prescribed antibiotic treatment. Where there is a diagnosis, please can I ask that you inform us as soon as possible.

Should you require further information or clarification please contact school using the usual communication methods.

Yours sincerely,

Mr Hignett

You may also like…

Pin It on Pinterest

Share This
Skip to content""")
add(id="t10-cuh-renal-ureteric-colic-discharge", group="urgent", url="https://www.cuh.nhs.uk/patient-information/information-for-patients-with-renal-ureteric-colic/", source="Cambridge University Hospitals NHS Foundation Trust, patient information", licence=OGL,
    title="Information for patients with Renal (Ureteric) Colic", audience="consumer", genre="patient information", topic="renal (ureteric) colic, discharge with a kidney stone", topic_kind="condition",
    W=True, reason="@acute", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'The chan' in the section on stone passage (the leaflet announces a when-to-seek-advice section that is not in the excerpt)",
    evidence=[],
    notes="discharge leaflet whose intro promises 'when to seek further medical advice'; that section is beyond the cut; missing because of the cut (partial). Urgency: fever with an obstructing stone is an emergency",
    text="""CUH Logo

Mobile menu open

Information for patients with Renal (Ureteric) Colic

Patient information A-Z

You have been diagnosed with a kidney stone that has entered the tube (ureter) that drains urine from the kidney. After your assessment it is now safe for you to be discharged from hospital. This leaflet provides information on what you should do after you leave hospital, when to seek further medical advice and what follow-up will be arranged.

Background

What are kidney stones?

Kidney stones form when substances such as calcium become highly concentrated in the urine and form crystals. These crystals can join together to form hard stones in the kidney or the tube draining urine from the kidney (ureter).

Microscopic view of a kidney stone

How common are kidney stones?

Each year, 1-2 people in every 1000 will be diagnosed with a kidney stone. Approximately 1 in 8 men and 1 in 16 women will have kidney stones in their lifetimes. If you have had a kidney stone, there is a 1 in 2 chance that you will have another stone within five years.

What is renal (ureteric) colic?

When a kidney stone moves into the tube (ureter) that drains urine from the kidney it usually causes very severe pain. The pain occurs in spasms that may last from a few minutes to a few hours and may be felt in the back, side, groin, and even the genitalia.

You may sweat, feel sick, or vomit because of the intensity of the pain.

A kidney stone in a ureter: renal (ureteric) colic

After hospital discharge

Why have I been discharged from hospital with a kidney (ureteric) stone that has not passed?

Although you still have a kidney stone in the tube (ureter) that drains urine from the kidney, it is quite likely that you will pass the stone without the need for any further treatment. You are undergoing a period of conservative management (observation) and will receive a follow-up appointment in the urology clinic to ensure the stone has passed.

Is the stone likely to pass by itself?

The chan""")
add(id="t10-dgft-renal-colic-eau-leaflet", group="urgent", url="https://www.dgft.nhs.uk/?p=4429", source="The Dudley Group NHS Foundation Trust, patient leaflet (Emergency Assessment Unit)", licence=OGL,
    title="Renal colic (kidney stones)", audience="consumer", genre="patient information", topic="suspected renal colic due to kidney stones", topic_kind="condition",
    W=True, reason="@acute", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'The CT' in the tests section; the risk-factor list was lost in extraction",
    evidence=[],
    notes="leaflet for people assessed with suspected renal colic; the stored part covers causes, pain relief and tests, cut before any when-to-return section; missing because of the cut (partial)",
    text="""The way we use patient data is changing: We aim to provide the highest quality care. To do this, we routinely collect information about you and the care you receive from us. Like other hospitals across England, we are changing how we share and use this data… Find out more
Emergency Assessment Unit
We suspect you may have renal colic due to kidney stones. Renal colic is a type of pain you get from your urinary tract (kidneys, ureters, bladder, urethra). This can be from kidney stones or an infection.
Stones can form in any part of your urinary tract. Stones are formed from minerals like calcium and uric acid which are normally excreted in your urine. Occasionally, these minerals can form into crystals / stones. Stones can be as small as a grain of sand or as large as a marble.
Often people will have kidney stones with no symptoms. Renal colic usually occurs when a stone moves into the ureter (tube between your kidney and bladder). This stretches the ureter, causing pain.
About six per cent of women and 12 per cent of men will develop a renal stone in their lifetime.
Certain things may increase your risk of developing renal stones. These are:
The majority of stones will pass in your urine over the next few days and do not require any further treatment. Whilst this happens, your pain can be managed with simple painkillers e.g. paracetamol / co-codamol (never both together) or a non-steroidal anti-inflammatory drug (such as ibuprofen / naproxen / diclofenac). Occasionally, simple painkillers are not enough and you may need to be admitted to the hospital to be treated with stronger medication e.g. morphine.
You will require a blood test to ensure your kidneys are working well. You will also have a bedside urine test to look for blood and to ensure that you have no signs of an infection.
A scan called a computerised tomography (CT) scan will be used to scan your urinary tract to look for any evidence of a stone. This is the best scan for picking up kidney stones. The CT""")
add(id="t10-dr-sims-fast-stroke-campaign-news", group="urgent", url="https://www.drsimsandpartners.nhs.uk/f-a-s-t-stroke-campaign-is-back/", source="Dr Sims and Partners (NHS GP practice), practice news", licence=OGL,
    title="F.A.S.T Stroke Campaign is Back", audience="consumer", genre="news or research report", topic="stroke awareness campaign (Act F.A.S.T.)", topic_kind="symptom",
    W=True, reason="public-awareness news item that advises readers what to do if they see stroke signs (gives public health advice)", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the whole short post (the poster is an image, not stored)",
    evidence=["urges the public to call 999 immediately if they notice any single one of the signs of a stroke in themselves or others"],
    notes="hard call: the signs themselves are only in the poster image; condition-level advice ('any single one of the signs of a stroke' -> 999, 'call 999, NOT YOUR GP') counts under the TEST9 convention (situation named next to the action)",
    text="""F.A.S.T Stroke Campaign is Back

NHS England, in association with the Stroke Association relaunched the Act F.A.S.T. stroke campaign this week. The campaign highlights that a stroke is a medical emergency and urges the public to call 999 immediately if they notice any single one of the signs of a stroke in themselves or others.

See poster below. This will also be an advertising campaign on TV, catch up TV and social media. Remember, call 999, NOT YOUR GP. The patient needs hospital treatment ASAP.""")
add(id="t10-ship-street-surgery-act-fast-2023", group="urgent", url="https://www.shipstreetsurgery.co.uk/nhs-act-fast-stroke-campaign-2023", source="Ship Street Surgery (NHS GP practice), practice news", licence=OGL,
    title="Act F.A.S.T.", audience="consumer", genre="news or research report", topic="stroke signs (Act F.A.S.T. campaign)", topic_kind="symptom",
    W=True, reason="public-awareness news item that gives the public stroke signs and what to do", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the whole post plus the practice's 'latest news' teaser list (site chrome kept)",
    evidence=["Call 999 if you see any single one of the signs of a stroke.",
              "Think and Act F.A.S.T. if you see any one of these signs of a stroke:"],
    notes="complete post; FAST signs (face, arms, speech) tied to 999; trailing news teasers are site chrome",
    text="""Act F.A.S.T.

On 13 February 2023, NHS England, in association with the Stroke Association, relaunched their Act F.A.S.T. stroke campaign.


Act F.A.S.T.


Call 999 if you see any single one of the signs of a stroke. The Act F.A.S.T. (Face, Arms, Speech, Time) acronym provides a way of identifying the most common signs of a stroke and shows the importance of acting quickly by calling 999.


Think and Act F.A.S.T. if you see any one of these signs of a stroke:

• Face – has the person's face fallen on one side? Can they smile?

• Arms – can the person raise both arms and keep them there?

• Speech – is the person's speech slurred?

• Time – even if you’re not sure, call 999.


When Stroke Strikes Act F.A.S.T. Call 999.



A stroke is known as a ‘brain attack’. It is a medical emergency that requires immediate attention as every minute is vital. That is why calling 999 is so crucial. Early recognition of symptoms can give stroke patients those extra precious minutes, enabling faster access to specialist treatment and increasing the chances of a recovery which could reduce the long-term effects, such as a disability.

There are around 100,000 strokes in England, Scotland and Wales every year, with around 33,000 stroke related deaths each year, as well as being a leading cause of disability. Black people are twice as likely to have a stroke than white people, on average, people of black African, black Caribbean and South Asian descent in the UK have strokes at a younger age. 


Latest news and information

by SCN02032 07 Feb, 2024
Hospital appointment estimated waiting list times
by SCN02032 07 Feb, 2024
Digital Prescriptions in your NHS App
by SCN02032 28 Nov, 2023
The NHS wants to give people better ways to see their personal health information online. We know that people want to be able to access their health records. It can help you see test results faster. It also lets you read and review notes from your appointments in your own time. We’re""")
