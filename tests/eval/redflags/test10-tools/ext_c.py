# batch c: drug alert (GP practice news), Medicare ambulance coverage, early pregnancy unit service page
add(id="t10-mile-oak-mc-nitazene-drug-alert", group="urgent", url="https://www.mileoakmedicalcentre.nhs.uk/news/drug-alert", source="Mile Oak Medical Centre (NHS GP practice), practice news", licence=OGL,
    title="Drug Alert", audience="consumer", genre="screening-prevention", topic="opioid overdose risk from nitazene-contaminated drugs", topic_kind="prevention",
    W=True, reason="public drug-safety alert about overdose deaths; readers need to know which signs mean calling an ambulance", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in the last bullet at 'make sure'",
    evidence=[],
    notes="hard call: overdose signs are listed ('unable to wake up, difficulty breathing ...') but tied only to watching friends and having naloxone (first aid); 'call an ambulance in emergency' is tied to no sign; not present in the stored text, which is cut (a later call-999 line may exist)",
    text="""Drug Alert




In the past couple of weeks, the number of overdoses has been unusually high (with some deaths) among people who use drugs, primarily heroin, across parts of the country.

Heroin, Oxycodone Pills and Xanax (Alprazolam) powder has been discovered to be extra strong.

Testing of some batches has shown that they had been adulterated with an extremely dangerous synthetic opiate called Nitazene. Nitazenes may be hundreds of times more potent than heroin and can be at least as potent as fentanyl.


What people who use drugs need to do:


If you support someone who takes heroin, be aware that it could be stronger than usual with a higher risk of overdose and share the advice below.

We would recommend that you also encourage people who use our services to avoid oxycodone pills and Xanax powder.


The only way to avoid all the risks is to not take drugs which are not prescribed for you. However, if you do choose to take them, please bear in mind the following points for safer use.

  • Go low and slow: be extra cautious about where and who you get your drugs from, and about the drugs you are taking – start with just a quarter hit of your regular amount and wait before using more
  • Do not use alone: you're safer if there's someone with you who can watch out for you and call an ambulance in emergency
  • If using with others, it's best if only one person uses the drug first and uses less as a test dose
  • Don't mix drugs: Using more than one drug increases your risks of overdose, including mixing with alcohol and other depressant drugs such as diazepam and pregabalin
  • Look after your friends: watch others carefully for the signs of an overdose, e.g. unable to wake up, difficulty breathing, blurred vision, weakness or slurred speech
  • Make sure you have enough naloxone available: more doses of naloxone may be needed to recover from a synthetic opiate overdose.
  • If you have oxycodone pills and Xanax powder that you don't take, make sure""")
add(id="t10-medicare-ambulance-services-coverage", group="no-red-flag", url="https://www.medicare.gov/coverage/ambulance-services?ref=welcometohellworld.com", source="Medicare.gov (US Centers for Medicare & Medicaid Services), coverage page", licence=PD,
    title="Ambulance services", audience="consumer", genre="other", topic="Medicare coverage of ambulance transport", topic_kind="other",
    W=False, reason="insurance coverage page; not advice to readers with symptoms", urgency="none", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim (the first of two stored versions of this URL returned; the other is an older wording); cut in 'Things to know' after 'when both of these apply:'",
    evidence=[],
    notes="insurance page about emergency transport; mentions emergencies but is about costs; not warranted",
    text="""Ambulance services
Medicare Part B (Medical Insurance) covers ground ambulance transportation when traveling in any other vehicle could endanger your health, and you need medically necessary services from one of the following:
- A hospital
- A critical access hospital
- A rural emergency hospital
- A skilled nursing facility
Medicare may pay for emergency ambulance transportation in an airplane or helicopter if you need immediate and rapid transport that ground transportation can’t provide.
In some cases, Medicare may pay for medically necessary, non-emergency ambulance transportation if you have a written order from your doctor or other health care provider that says the transportation is medically necessary. For example, someone with End-Stage Renal Disease (ESRD) may need a medically necessary ambulance transport to and from an ESRD facility.
Your costs in Original Medicare
After you meet the Part B deductible , you pay 20% of the Medicare-approved amount .
Your doctor or other health care provider may recommend you get services more often than Medicare covers. Or, they may recommend services that Medicare doesn’t cover. If this happens, you may have to pay some or all of the costs. Ask questions so you understand why your doctor is recommending certain services and if, or how much, Medicare will pay for them.
To find out how much your test, item, or service will cost, talk to your doctor or health care provider. The specific amount you’ll owe may depend on several things, like:
- Other insurance you may have
- How much your doctor charges
- If your doctor accepts assignment
- The type of facility
- Where you get your test, item, or service
Things to know
If using other transportation could endanger your health, Medicare will only cover ambulance services to the nearest appropriate medical facility that’s able to give you the care you need.
The ambulance company must give you an " Advance Beneficiary Notice of Noncoverage (ABN) " when both of these apply:""")
add(id="t10-uhsussex-early-pregnancy-unit-service", group="urgent", url="https://uhsussex.nhs.uk/?p=789", source="University Hospitals Sussex NHS Foundation Trust, service page (early pregnancy unit)", licence=OGL,
    title="Early pregnancy unit", audience="consumer", genre="patient information", topic="pain and bleeding in early pregnancy (early pregnancy unit)", topic_kind="symptom",
    W=True, reason="consumer page about pain and bleeding in early pregnancy (possible ectopic pregnancy); readers need to know when to seek urgent help", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole service page (ends with the Aftercare section; the resource list is link titles)",
    evidence=["If you have pain or further bleeding after visiting us, you can call during opening hours to speak to a nurse about your concerns."],
    notes="hard call: service page, judged warranted because it addresses people with pain/bleeding in early pregnancy; the aftercare line (pain or further bleeding -> call a nurse) counts as weak evidence; no emergency signs (heavy bleeding, severe pain, fainting -> A&E) are given",
    text="""We see pregnant women and people with pain and/or bleeding in early pregnancy (between 5 and 14 weeks). You must have had a positive pregnancy test.
We also offer blood tests and follow-up appointments if you have suffered three consecutive miscarriages.
What to expect
We understand that pain or bleeding in pregnancy can be frightening but it isn’t unusual and doesn’t necessarily mean that there is a problem.
We will listen to your concerns and check what is happening.
At your appointment, you will first see the nurse who will ask you questions and maybe take a urine sample. If necessary, the nurse will refer you for an ultrasound scan. The scan will either be abdominal (a scanner is placed on your tummy), or vaginal (the scanner is put inside your vagina).
A nurse will explain the results of your scan and suggest further care.
Locations and how to refer
If your doctor or midwife thinks you need to be seen by us, they will refer you and making an appointment on your behalf.
Helpful resources
- Bleeding in early pregnancy
- Early Pregnancy Unit
- Early Pregnancy Unit (EPU) emergency department leaflet
- NHS: bleeding in early pregnancy
- Bleeding and/or pain in early pregnancy (Royal College of Obstetricians and Gynaecologists)
- Ectopic pregnancy (Royal College of Obstetricians and Gynaecologists)
- Molar pregnancy (Royal College of Obstetricians and Gynaecologists)
- The Association of Early Pregnancy Units
- When pregnancy goes wrong – NHS
Aftercare
If you have pain or further bleeding after visiting us, you can call during opening hours to speak to a nurse about your concerns. If we are closed, please call our gynaecology wards.""")
