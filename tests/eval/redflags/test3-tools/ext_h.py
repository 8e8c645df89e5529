add(id="t3-cdc-salmonella-symptoms-mirror", url="https://www.cdc.gov/salmonella/signs-symptoms/index.html", fetched_from="https://jasem.chiachoob.com/salmonella/signs-symptoms/index.html", source="CDC (copy on a mirror site)", licence=PD,
    title="Symptoms of Salmonella Infection", audience="consumer", genre="patient information", topic="Salmonella infection", topic_kind="condition",
    W=True, reason="@acute", evidence=["Call your doctor if you have these symptoms"], urgency="same-day",
    notes="the lead-in sits above the sign list (no colon as stored)", text="""Symptoms of Salmonella Infection

Key points

  • This website focuses on Salmonella that cause diarrhea.
  • Symptoms usually include diarrhea, fever, and stomach cramps.
  • Rarely, Salmonella infection can lead to other health problems.
A person sitting down hunched over on a gray chair, holding their stomach with both hands.

Symptoms

Most people with Salmonella infection have

  • Watery diarrhea that might have blood or mucus1
  • Stomach cramps that can be severe

Some people also have

  • Headache
  • Nausea
  • Vomiting
  • Loss of appetite (not feeling hungry)

Symptoms usually start 6 hours to 6 days after infection and usually last 4 to 7 days.

1Mucus is thick fluid produced by some parts of the body, including the nose, lungs, and intestines. It may be slippery, slimy, or jelly-like.

When to talk to your doctor

Call your doctor if you have these symptoms

  • Diarrhea or vomiting lasting more than 2 days
  • Bloody poop (including diarrhea) or pee
  • A fever higher than 102°F
  • Signs of dehydration (listed below)
  • Long-term complications (listed below)

What to look for

Dehydration

Dehydration is not having enough fluids in the body. If you have diarrhea or vomiting, be sure to drink plenty of fluids.

Do not wait

Dehydration can happen quickly in young children. Give children with diarrhea or vomiting extra fluids, such as Pedialyte®2 or oral rehydration salts.

Signs of dehydration include little or no peeing, having very dark pee, being very thirsty, having a dry mouth or throat, feeling dizzy or lightheaded, and crying without tears.

Complications

Diarrhea lasting a long time

Some people with a Salmonella infection might have diarrhea for several months.

Infection that spreads to other parts of the body

Sometimes, Salmonella infection can spread to urine, blood, bones, joints, the brain, or other internal organs, causing symptoms related to that body part or system.

Some examples of infection outside""")
add(id="t3-nottinghamshire-scabies", url="https://www.nottinghamshire.gov.uk/care/health-and-wellbeing/health-protection-hub/communicable-diseases/scabies", source="Nottinghamshire County Council (health protection hub)", licence=OGL,
    title="Scabies", audience="consumer", genre="patient information", topic="scabies", topic_kind="condition",
    W=False, reason="short page on a non-urgent skin infestation; treatment advice, no acute warning signs expected", evidence=[], urgency="prompt",
    notes="'Treatment is available from a pharmacy or GP' is routine treatment advice, not a red flag",
    text="""Scabies is an itchy rash caused by mites. It’s spread through close skin contact, and anyone can get it. It isn’t serious but should be treated quickly to stop it spreading. 

The symptoms of scabies are:

  • intense itching, especially at night
  • a raised rash or spots

The spots may look red. They are more difficult to see on brown or black skin, but you should be able to feel them.

It’s spread through close contact and is very infectious so everyone in the household with someone who has the infection will need to be treated.

Treatment is available from a pharmacy or GP for children under 2 years old.  As well as treatment clothes and bedding also need to be washed at 50O as soon as treatment starts.

""")
add(id="t3-mypharmacy-nhs-shingles", url="https://mypharmacy.co.uk/product/shingles", source="MyPharmacy (online pharmacy), reposting NHS website content", licence=OGLNHS,
    title="Shingles", audience="consumer", genre="patient information", topic="shingles", topic_kind="condition",
    W=True, reason="consumer page on shingles; early antiviral treatment and eye involvement need prompt care",
    evidence=["Get advice from 111 as soon as possible if you think you have it.", "Ask for an urgent GP appointment or get help from NHS 111 if:"], urgency="same-day",
    notes="pharmacy product page carrying NHS text; condition-level advice with the signs (tingling, one-sided rash) listed; the 3-day antiviral window is given",
    text="""Shingles is an infection that causes a painful rash. Get advice from 111 as soon as possible if you think you have it.
Check if you have shingles
The first signs of shingles can be:
- a tingling or painful feeling in an area of skin
- a headache or feeling generally unwell
A rash will usually appear a few days later. In rare cases shingles can cause pain without a rash.
Usually you get the shingles rash on your chest and tummy, but it can appear anywhere on your body including on your face, eyes and genitals.
The rash appears as blotches on your skin, on 1 side of your body only. A rash on both the left and right of your body is unlikely to be shingles.



The rash can form a cluster that only appears on 1 side of your body. The skin remains painful until after the rash has gone.
The rash may be in and around your eye, making it sore and red. It can affect your sight or hearing and make it hard to move 1 side of your face.
Urgent advice:
Ask for an urgent GP appointment or get help from NHS 111 if:
- you think you might have shingles
You might need medicine to help speed up your recovery and avoid longer-lasting problems.
This works best if you start taking it within 3 days of the shingles rash appearing.
You can call 111 or get help from 111 online.
A pharmacist can help with shingles
You can also speak to a pharmacist if you think you have shingles. They can provide the same treatments you would get from a GP, if you need it.""")
add(id="t3-blessing-health-pneumonia-nhlbi", url="https://my.blessinghealth.org/health-library/story/85a1b3ca-1ad4-40cc-9db9-e4636d93f013", source="Blessing Health System health library, text credited to NHLBI", licence="public domain (NHLBI text, US government work; presumed from the credit line), reposted by a hospital health library",
    title="Don't ignore this lung infection", audience="consumer", genre="patient information", topic="pneumonia", topic_kind="condition",
    W=True, reason="@acute", evidence=["See a doctor right away if you have the following signs and symptoms of pneumonia:"], urgency="same-day",
    notes="short hospital health-library tip; 'see a doctor right away' covers all listed signs including shortness of breath; no 911-level signs",
    text="""Don't ignore this lung infection

Pneumonia is an infection of one or both of the lungs. Many germs—such as bacteria, viruses and fungi—can trigger pneumonia. The disease can be particularly serious in children 2 years old or younger, adults 65 and older, and people with health problems.


Is it pneumonia?

See a doctor right away if you have the following signs and symptoms of pneumonia:


  • High fever.
  • Shaking chills.
  • Cough with phlegm that gets worse or doesn't improve.
  • Shortness of breath with normal activities.
  • Chest pain when you breathe or cough.
  • Feeling suddenly worse after a cold or the flu.
  • Nausea, vomiting and diarrhea.

Source: National Heart, Lung, and Blood Institute

Reviewed 7/10/2020

""")
