OGL = "Open Government Licence v3.0 (UK public sector; presumed, not verified page by page)"
OGLNHS = "NHS website content, Open Government Licence v3.0 (presumed), reposted by a third party"
PD = "public domain (US government work)"
add(id="t3-bsw-measles", url="https://bswtogether.org.uk/yourhealth/measles/", source="NHS Bath and North East Somerset, Swindon and Wiltshire (BSW Together)", licence=OGL,
    title="Measles", audience="consumer", genre="patient information", topic="measles", topic_kind="condition",
    W=True, reason="consumer page about an infection that can become serious; readers need to know when to get help",
    evidence=["Ask for an urgent GP appointment or get help from NHS 111 if:", "Call 999 or go to A&E if:"], urgency="emergency", notes="",
    text="""Measles is an infection that spreads very easily and can cause serious problems in some people. Having the MMR vaccine is the best way to prevent it.

    Check if you or your child has measles

    Measles usually starts with cold-like symptoms, followed by a rash a few days later. Some people may also get small spots in their mouth.

    Cold-like symptoms

    The first symptoms of measles include:

    • a high temperature
    • a runny or blocked nose
    • sneezing
    • a cough
    • red, sore, watery eyes

    Spots in the mouth

    Small white spots may appear inside the cheeks and on the back of the lips a few days later. These spots usually last a few days.

    The measles rash

    A rash usually appears a few days after the cold-like symptoms.

    Ask for an urgent GP appointment or get help from NHS 111 if:

    • you think you or your child may have measles
    • you've been in close contact with someone who has measles and you've not had measles before or you've not had 2 doses of the MMR vaccine
    • you've been in close contact with someone who has measles and you're pregnant – measles can be serious in pregnancy
    • you have a weakened immune system and think you have measles or have been in close contact with someone with measles

    Measles can spread to others easily. Call your GP surgery before you go in. They may suggest talking over the phone.

    You can also call 111 or get help from 111 online.

    Call 999 or go to A&E if:

    You or your child has measles and:

    • shortness of breath
    • a high temperature that does not come down after taking paracetamol or ibuprofen
    • confusion
    • seizures (fits)

    Useful links""")
add(id="t3-coch-measles-advice", url="https://www.coch.nhs.uk/patients-visitors-and-public/measles-advice-and-information.aspx", source="Countess of Chester Hospital NHS Foundation Trust", licence=OGL,
    title="Measles advice and information", audience="consumer", genre="patient information", topic="measles exposure advice", topic_kind="condition",
    W=True, reason="hospital advice page about measles contact; readers need to know when to get help",
    evidence=["Speak with your GP or NHS 111 if symptoms appear in the three weeks after being near someone with measles."], urgency="emergency",
    notes="hard call (weak present): symptoms listed above, tied to speaking to a GP or NHS 111 after exposure; no severe-illness (999) signs. The 'contact your GP ... if' list names risk groups, not signs",
    text="""Measles advice and information
Measles is an infection that spreads very easily. It can occur suddenly, and people can become unwell quickly.
Have you been in contact with a case of measles?
Please note the following important information.
Symptoms of measles appear 7-10 days after contact with the virus and include:
- cold-like symptoms like a runny nose, sneezing and cough
- red, sore, watery eyes
- high temperature (fever)
- rash that usually starts on the head/neck before spreading down the body
- small white spots inside cheeks and the back of lips
Follow the link for more information about the symptoms
You should avoid exposing others who may be at risk:
- children under three years
- pregnant women
- people who have low immunity to infections
When to speak to your GP
If you have been near someone with measles or suspected measles you should contact your GP for advice as soon as possible if:
- you have a weakened immune system
- you are pregnant and think you may have missed a dose or are unsure if you have had the vaccine
- the concern relates to a child under 12 months old.
Speak with your GP or NHS 111 if symptoms appear in the three weeks after being near someone with measles. Try to speak on the phone, as measles is very infectious and this will help reduce the chance of spreading the virus to others.
More information about measles
Measles can be serious, particularly for people whose immune system is not working normally. The best way to prevent measles is through vaccination.
Most older children and adults are immune to measles and so are very unlikely to catch it. This is either because they had measles as a child or because they have been vaccinated.
Information about Measles can be found on the NHS choices web site.""")
add(id="t3-swlincs-ccg-scarlet-fever", url="http://southwestlincolnshireccg.nhs.uk/your-health-services/2016-02-24-15-52-15/scarlet-fever", source="NHS South West Lincolnshire Clinical Commissioning Group", licence=OGL,
    title="Scarlet Fever", audience="consumer", genre="patient information", topic="scarlet fever", topic_kind="condition",
    W=True, reason="consumer page about a children's infection; readers need to know when to see a GP",
    evidence=["See your GP as soon as possible if you suspect you or your child has scarlet fever."], urgency="same-day",
    notes="condition-level advice counts because the signs (pink-red rash, high temperature, flushed face, red swollen tongue) are listed next to it",
    text="""Scarlet Fever

Scarlet fever cases in the UK have been rising for around six months with a current total of 5,012 since September 2013. According to reports, the largest number of cases have been reported in the East Midlands.

Scarlet fever is a bacterial illness that causes a distinctive pink-red rash. Other symptoms include a high temperature, a flushed face and a red, swollen tongue. Find out more about the symtoms of Scarlet fever here.

See your GP as soon as possible if you suspect you or your child has scarlet fever.""")
add(id="t3-hey-preeclampsia-news", url="https://www.hey.nhs.uk/news/2025/04/30/pregnant-be-aware-of-this-potentially-serious-condition/", source="Hull University Teaching Hospitals NHS Trust (news)", licence=OGL,
    title="Pregnant? Be aware of this potentially serious condition", audience="consumer", genre="news or research report", topic="pre-eclampsia awareness", topic_kind="condition",
    W=True, reason="hospital awareness release telling pregnant women about pre-eclampsia symptoms; a careful editor expects when to contact the midwife",
    evidence=[], urgency="emergency",
    notes="hard call: news-style awareness release, labelled warranted because its purpose is to make readers act on symptoms; the excerpt lists symptoms and stresses antenatal checks but is cut before any contact-your-midwife advice",
    text="""Pregnant women should be on their guard for a potentially serious condition putting them and their babies at risk, hospital midwives in Hull, Grimsby, Goole and Scunthorpe say.
Up to five in every 100 women will develop pre-eclampsia, usually more than 20 weeks into pregnancy, in labour or shortly after giving birth.
With World Pre-Eclampsia Day taking place on Thursday, public health midwives at NHS Humber Health Partnership said attending every appointment ensures pre-eclampsia is picked up quickly, reducing the risk to you and your baby.
Joanna Melia, Public Health Midwife at Hull Women and Children’s Hospital, said: “Early signs of pre-eclampsia include high blood pressure and protein in your urine but you may not recognise you are developing these symptoms.
“That’s why it’s important you attend all your antenatal checks as these problems can be picked up by your midwife.
“The sooner we diagnose pre-eclampsia, the better the outcome for both of you.”
Leanne Ellis, Consultant Midwife at Scunthorpe, Grimsby and Goole Hospitals, said although the exact cause is not known, pre-eclampsia may be linked to a problem with the placenta.
Further symptoms can develop including
- severe headache
- vision problems, such as blurring or flashing
- pain just below the ribs
- vomiting
- sudden swelling of the face, hands or feet
Leanne says: “If pre-eclampsia goes undiagnosed, there’s a chance of the mother developing fits called “eclampsia”, a condition that, while extremely rare, can endanger the life of the mother and baby.”
Sarah Wise, Consultant Midwife at Scunthorpe, Grimsby and Goole Hospitals, says some factors can increase your chances of developing pre-eclampsia.
“These include having diabetes, an autoimmune condition such as lupus or antiphospholipid syndrome, high blood pressure or kidney disease before you were pregnant or having high blood pressure or pre-eclampsia in a previous pregnancy,” Sarah says.
“You may also be at a greater ris""")
add(id="t3-cdc-stacks-whooping-cough-babies", url="https://stacks.cdc.gov/view/cdc/49372", source="CDC (CDC Stacks catalogue record)", licence=PD,
    title="Whooping cough (pertussis): a contagious disease that can be deadly for babies", audience="consumer", genre="other", topic="whooping cough in babies", topic_kind="condition",
    W=True, reason="consumer infographic about a disease that can be deadly for babies (apnea); parents need to know when to get help",
    evidence=[], urgency="emergency",
    notes="hard call: catalogue record describing an infographic (search-form chrome kept); lists apnea and symptoms but no advice on when to get help; excerpt cut",
    text="""Whooping cough (peturtussis) : a contagious disease that can be deadly for babies
Advanced Search
Select up to three search categories and corresponding keywords using the fields to the right. Refer to the Help section for more detailed instructions.

Search our Collections & Repository

All these words:

For very narrow results

This exact word or phrase:

When looking for a specific result

Any of these words:

Best used for discovery & interchangable words

None of these words:

Recommended to be used in conjunction with other fields



Publication Date Range:


Document Data


Document Type:





Clear All

Query Builder

Query box

Clear All

For additional assistance using the Custom Query please check out our Help Page


Whooping cough (peturtussis) : a contagious disease that can be deadly for babies

Filetype[PDF-821.17 KB]

  • English

  • Details:

    • Description:
      Whooping cough can be dangerous, especially for newborns and babies

      Whooping cough can lead to pneumonia (a serious lung infection, convulsions, brain damage, apnea, death (illustration of hospital with sign stating "About half of babies younger than 1 year old who get whooping cough are hospitalized.")

      Symptoms of whooping cough: low-grade fever, exhaustion after coughing fits, vomiting during or after coughing fits, runny nose, apnea—babies may have a pause in breathing, paroxysms—coughing fits followed by a high-pitched "whoop," babies may have little or no cough.

      (Illustration of child's body; symptoms are listed, each pointing to the relevant spot on the body—such as throat area for apnea)

      Whooping cough is highly contagious. Here's how it's spread:

      Coughing and sneezing (illustration of facing profiles with one person's open mouth releasing particles toward other person)

      Sharing breathing space (illustration of woman's face very close to a baby's face)

      Whooping cough in the United States

      Since 2010, we see betwe""")
add(id="t3-zana-nhs-snake-bites", url="https://www.zana.com/a/snake-bites-a%26nbsp-snake-bite.7352", source="NHS website content (syndicated on zana.com)", licence=OGLNHS,
    title="Snake bites", audience="consumer", genre="patient information", topic="snake bites", topic_kind="condition",
    W=True, reason="first-aid page for an injury that can be an emergency",
    evidence=["Dial 999 immediately after being bitten by a snake to ask for an ambulance, or go straight to  your nearest accident and emergency (A&E) department ."], urgency="emergency",
    notes="exposure trigger: the bite itself is the sign (as in the test2 snakebite sidebar); 'seek immediate medical attention' in the list also applies",
    text="""What to do after a snake bite

Immediately after being bitten by a snake you should:

  • remain calm and don't panic  snake bites, particularly those that occur in the UK, usually aren't serious and are only very rarely deadly
  • try to remember the shape, size and colour of the snake
  • keep the part of your body that's been bitten as still as possible to prevent the venom spreading around your body
  • remove jewellery and watches from the bitten limb as they could cut into your skin if the limb swells
  • do not attempt to remove any clothing, but loosen clothing if possible
  • seek immediate medical attention

If you or someone you're with is bitten by a snake, you should NOT:

  • try to suck the venom out of the bite
  • try to cut the venom out of the bite or make it bleed
  • rub anything into the wound or apply ice, heat or chemicals
  • leave someone who's been bitten on their own
  • put anything around the bitten limb to stop the spread of venom (such as a tight pressure band, tourniquet or ligature) as it won't help, and can cause swelling or make it worse; it could also damage the limb, leading to the need for amputation
  • try to catch or kill the snake

Dial 999 immediately after being bitten by a snake to ask for an ambulance, or go straight to  your nearest accident and emergency (A&E) department .

You should give healthcare professionals a description of the snake to help identify it.

You may be admitted to hospital so the bite can be assessed and your condition closely monitored.

Content supplied by the NHS Website

Medically Reviewed by a doctor on 21 Dec 2018""")
add(id="t3-zana-nhs-pre-eclampsia", url="https://www.zana.com/c/pre-eclampsia.1213", source="NHS website content (syndicated on zana.com)", licence=OGLNHS,
    title="Pre-eclampsia", audience="consumer", genre="patient information", topic="pre-eclampsia", topic_kind="condition",
    W=True, reason="consumer page about a pregnancy condition where readers must act on symptoms",
    evidence=["If you notice any symptoms of pre-eclampsia, seek medical advice immediately by calling your midwife, GP surgery or NHS 111."], urgency="emergency",
    notes="text kept with the syndicator's run-together words; signs listed right above the advice",
    text="""Pre-eclampsia is a condition that affects some pregnant women, usually during the second half ofpregnancy (from around 20 weeks) or soon aftertheir baby is delivered.

Early signs ofpre-eclampsiaincludehaving high blood pressure (hypertension) and protein in your urine (proteinuria).It's unlikely that you'll noticethese signs, but they should be picked up during your routine antenatal appointments .

In some cases, further symptoms can develop, including:

  • swelling of the feet, ankles, face and handscaused byfluid retention ( oedema )
  • severe headache
  • vision problems
  • pain just below the ribs

If you notice any symptoms of pre-eclampsia, seek medical advice immediately by calling your midwife, GP surgery or NHS 111.

Although many cases are mild, the condition can lead to serious complications for both mother and baby if it's not monitored and treated (see below).The earlier pre-eclampsia is diagnosed and monitored, the better the outlook for mother and baby.

This will normally be at around 37-38 weeks of pregnancy, but it may be earlier in more severe cases.

At this point, labour may be started artificially ( induced ) or you may have a caesarean section .

Medication may be recommended to lower your blood pressure while you wait for your baby to be delivered.

Thesefits can be life-threatening for the mother and baby, butthey'rerare.


Content supplied by the NHS Website

Medically Reviewed by a doctor on 4 Jan 2017""")
