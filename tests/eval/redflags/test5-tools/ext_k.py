# batch k: cancer pages (chemotherapy side effects, bowel screening, CDC programme page)
add(id="t5-glos-hospitals-chemo-when-to-contact", url="http://gloshospitals.nhs.uk/en/Wards-and-Departments/Departments/Oncology/Oncology/When-to-Contact-the-Hospital-/", source="Gloucestershire Hospitals NHS Foundation Trust, oncology department", licence=OGL,
    title="When to Contact the Hospital - Side Effects", audience="consumer", genre="patient information", topic="chemotherapy side effects: when to contact the hospital", topic_kind="treatment",
    W=True, reason="cancer-treatment page about side effects that need prompt or emergency care (fever and neutropenia)",
    evidence=["Some of the side effects you may experience can be serious. Therefore it is important that they are treated at the Hospital as soon as possible.",
              "Here is a list of things that we would like you to contact us about should they occur -"],
    urgency="emergency", notes="the sign list (temperature above 37.5°C or below 36°C, bleeding, abdominal pain ...) follows the quoted lead-in; no phone number or 999 advice in the stored text",
    text="""Navigation for Departments

When to Contact the Hospital - Side Effects

The side effects you may experience will depend very much on the treatment you are having, as there are many different types of Chemotherapy. No two people receiving Chemotherapy will feel exactly the same, even when they are receiving the same drug.


Some of the side effects you may experience can be serious. Therefore it is important that they are treated at the Hospital as soon as possible.


Here is a list of things that we would like you to contact us about should they occur -

• Fever, raised temperature – above 37.5°C (it is advised you keep a thermometer at home)

• Or temperature below 36°C

• Sore mouth/throat

• Headache which does not respond to Paracetamol

• Shivering, shaking attacks, symptoms of a “cold” or “flu”

• Bleeding or bruising (blood in urine or motions, nosebleed, appearance of a rash)

• Abdominal pain

• Diarrhoea

• Redness, swelling, pain or blistering at the site where chemotherapy was given by injection

• Problems with any indwelling intravenous catheter such as PICC, Groshong, Hickman or “Vas Cath”


Other Guidelines and Useful Information

Flu Vaccination: We encourage patients to have this vaccination, however please discuss this with us prior to having the injection.

Aspirin: Do not use unless your consultant is aware, as it can increase any tendency to bleed.

Dental Work: If you require any during your treatment, please check with us first.

Alcohol: It is recommended that you avoid alcohol during treatment. However, it may be acceptable in some circumstances – please check with a Nurse or Doctor for advice.

Infection Risks: We recommend that you do not use public swimming pools/sauna.
We advise women not to use tampons throughout the Chemotherapy treatment

Health & Safety: For approximately 48 hours after having treatment, you may excrete very small traces of Chemotherapy in your urine and other body secretions. """)
add(id="t5-uhdb-bowel-cancer-screening", url="https://uhdb.nhs.uk/bowel-cancer-screening", source="University Hospitals of Derby and Burton NHS Foundation Trust", licence=OGL,
    title="Bowel cancer screening", audience="consumer", genre="screening-prevention", topic="bowel cancer screening (FIT kit)", topic_kind="test",
    W=False, reason="screening programme page for people without symptoms; no acute warning signs expected",
    evidence=[], urgency="none",
    notes="trap: 'If you have any bowel cancer symptoms ... it is important to speak to your GP as soon as possible' is condition-level advice with no symptom named (not counted); the helpline 'call if' list is administrative (results not received)",
    text="""Bowel cancer screening

Regular NHS bowel cancer screening can increase the chances of bowel cancer getting diagnosed sooner when it is easier to treat.

If you are aged 60 - 74 years old, registered with a GP and live in England, you will automatically be sent an at home NHS bowel cancer screening kit every two years. However, the programme is expanding gradually to offer screening for everyone aged 50 - 59 years old.

If you are over 75 years old, you can request a kit every two years by phoning the free bowel cancer screening helpline on 0800 707 60 60.

If you have any bowel cancer symptoms or have any worries about a family history of bowel cancer, it is important to speak to your GP as soon as possible.

Bowel cancer screening kit

The at home NHS bowel cancer screening kit is called a faecal immunochemical test (FIT). During the test, a small sample of poo is collected using the instructions provided, which you will send to the laboratory to check for tiny amounts of blood.

Your test results will be posted to you within two weeks of you sending back your kit.


Please call the free NHS bowel cancer screening helpline on 0800 707 60 60 if:

  • You have not received your results after two weeks from when you sent your test kit off.
  • You want to know more about screening.
  • You do not want to be invited for NHS bowel cancer screening.   

Test results

If you have not received your results after two weeks from when you sent your test kit off, please call the free NHS bowel cancer screening helpline on 0800 707 60 60.

There are two types of test results you could receive:


If you are advised no further tests are needed, this means:

  • No blood has been found in your poo sample or only a tiny amount was found.
     
  • You do not need any follow up tests.
     
  • A further NHS bowel cancer screening kit will be sent to you in two years' time, if you are under 75 years old by then.
     
  • This is not a guarantee that you do no""")
add(id="t5-cdc-what-cdc-is-doing-prostate-cancer", url="https://www.cdc.gov/prostate-cancer/what-cdc-is-doing/index.html", source="CDC, Division of Cancer Prevention and Control", licence=PD,
    title="What CDC Is Doing About Prostate Cancer", audience="consumer", genre="other", topic="CDC prostate cancer programme activities", topic_kind="other",
    W=False, reason="@policy", evidence=[], urgency="none", notes="agency programme page (research, registries, decision aids)",
    text="""What CDC Is Doing About Prostate Cancer

What to know

CDC is working to reduce prostate cancer in several ways.

CDC Roybal Campus Entrance


CDC's prostate cancer activities include:

  • Conducting research and developing materials to communicate about prostate cancer screening and treatment. See CDC's prostate cancer research.
  • Enhancing prostate cancer data in cancer registries, especially information about the grade and stage of disease at the time of diagnosis, patterns of care, and the race and ethnicity of men with prostate cancer.
  • Developing communication tools and decision aids related to prostate cancer. See Talk to Nathan.
  • Sponsoring research on men's and health care providers' knowledge and awareness of prostate cancer screening.
  • Monitoring the prostate cancer activities identified in local comprehensive cancer control plans.
  • Participating in conferences, workshops, and seminars to foster collaboration with partners.

These prevention activities advance CDC's overarching goal of helping everyone live better, longer lives.""")
