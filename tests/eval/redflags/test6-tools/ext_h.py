# batch h: chickenpox (Health for Under 5s), sore throat (2 GP practices)
add(id="t6-healthforunder5s-chickenpox", group="urgent", url="https://healthforunder5s.co.uk/sections/foryou/chickenpox", source="Health for Under 5s (NHS public health nursing service website)", licence=OGL,
    title="Chickenpox", audience="consumer", genre="patient information", topic="chickenpox in young children and pregnancy", topic_kind="condition",
    W=True, reason="@acute", evidence=["Call 111 or speak to a GP as soon as possible if"], urgency="same-day",
    notes="no 999 signs (e.g. breathing difficulty, drowsy child) in the stored text; the 111 list covers newborns, pregnancy, infected skin and dehydration",
    text="""Call 111 or speak to a GP as soon as possible if
- You think your newborn baby has chickenpox or has been near someone with chickenpox
- You’re pregnant, have never had chickenpox before (or you’re not sure) and have come into contact with someone with chickenpox
- You or your child have a weakened immune system and have come into contact with someone with chickenpox
- Your or your child’s chickenpox symptoms suddenly get worse
- Your child has chickenpox and is showing signs of dehydration, such as fewer wet nappies
- The skin around the chickenpox blisters is hot, painful and red (redness may be harder to see on brown or black skin)
- You’re breastfeeding and have chickenpox symptoms
- You’re concerned about yourself or your child
Some people may be able to take medicine to prevent complications. It needs to be started within 24 hours of the spots appearing.
You can call 111 or get help from 111 online. Call 111 if you need advice for a child under 5 years old.
Chickenpox (varicella) is common, especially in children.
Symptoms of chickenpox
It starts with red itchy spots, these can appear anywhere on the body and can spread or just stay in one area. They may be red, pink, darker or the same colour as surrounding skin. The spots can be harder to see on black or brown skin.
These spots blister and fill with fluid before they scab over, new spots can appear whilst others are blistering.
Take a look at the images below showing the stages of chickenpox.
Stage 1 – Small spots appear:

Stage 2 – The spots become itchy blisters that may burst:

Stage 3 – The blisters become scabs, some may be flaky and others may leak fluid:


Your child may also experience aches and pains, a high temperature or loss of appetite – these symptoms may occur before the rash appears.
Not sure if it’s chickenpox? Click here for more information on rashes in babies and children.
How is chickenpox spread?
Chickenpox is highly contagious, it can be caught by being in the same """)
add(id="t6-forres-gp-who-do-i-see-sore-throat", group="urgent", url="https://www.forresgppractices.co.uk/who_do_i_see/sore-throat/", source="Forres GP practices (NHS Scotland GP practices), who do I see", licence=OGL,
    title="Sore Throat (Who do I see?)", audience="consumer", genre="patient information", topic="sore throat and tonsillitis", topic_kind="symptom",
    W=True, reason="@sym", evidence=["You don’t usually need to get medical advice if you have a sore throat or tonsilitis but you may need to contact us if:"], urgency="prompt",
    notes="no emergency signs (difficulty breathing, drooling, unable to swallow) in the stored text; prompt-level list tied to a same-day practice response",
    text="""Sore Throat
Who do I see?
Advice:
Sore throats are very common, particularly in the autumn and winter months. They are usually nothing to worry about and normally start to get better within a week.
Please follow the self-care advice at NHS Inform to treat this yourself at home. You can also follow the Sore Throat guide to check your symptoms to know when to seek further help. Your local community pharmacy can help you with symptom relief should you need it.
Tonsilitis is a sore throat where the tonsils get inflamed. This means that as well as being sore, the tonsils look swollen and red. Sometimes some white spots also appear on the tonsils. This is actually your own body’s white blood cells that have arrived to help fight off the infection.
Antibiotics aren’t usually recommended for a sore throat these days, even if it’s caused by a bacterial infection. Research and evidence have shown that they’re unlikely to make you feel better any quicker and they can have unpleasant side effects.
You don’t usually need to get medical advice if you have a sore throat or tonsilitis but you may need to contact us if:
- your symptoms are severe – for example, with a high temperature or you feel shivery, particularly if this is after the first couple of days of having a sore throat.
- you have persistent symptoms that haven’t started to improve after a week
- you experience severe sore throats frequently
- you have a weak immune system – for example, you have HIV, are having chemotherapy, or are taking medication that suppresses your immune system
- you develop a rash or red-looking tongue – this can be a sign of Scarlet Fever.
If this is the case, please submit an online medical consultation request for the Urgent Medical Problem Team giving us as much information about your problem as you can. You will get a same-day response usually by telephone or a time to attend the surgery for further assessment and examination.
To discuss cases of recurrent sore throats or""")
add(id="t6-middlewood-sore-throat-tonsillitis", group="urgent", url="https://middlewoodpartnership.co.uk/sore-throat/", source="Middlewood Partnership (NHS GP practice)", licence=OGL,
    title="Sore throat & Tonsillitis", audience="consumer", genre="patient information", topic="sore throat and tonsillitis", topic_kind="symptom",
    W=True, reason="@sym", evidence=["Please do make contact if symptoms seem severe or are not resolving after 1 week.", "If you are feeling unwell, or your sore throat is lasting over a week please do get in touch via PATCHS."], urgency="prompt",
    notes="hard call: 'seem severe' is vague but the one-week threshold is a named time tied to contacting the practice; no emergency signs",
    text="""Sore throat & Tonsillitis

Sore throats

Sore throats are very common. The vast majority are viral, and resolve after about 1 week.

Feel free to use over the counter lozenges and salt gargles, as well as ensuring you are drinking plenty. Please do make contact if symptoms seem severe or are not resolving after 1 week.


This is a common condition and is usually viral. Therefore, antibiotics will not help.

Times when antibiotics may help are:

  • If the sore throat is associated with a high temperature
  • If there is pus on the tonsils
  • If the lymph nodes around your neck are swollen
  • If you do not have a cough (a cough is suggestive of a viral infection)

If you are feeling unwell, or your sore throat is lasting over a week please do get in touch via PATCHS.""")
