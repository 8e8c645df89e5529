# batch l: ectopic pregnancy (old Wikipedia text on encyclopedia.kids.net.au), when to call the midwife (UHB), pregnancy danger signs for prison staff (NZ Corrections)
add(id="t10b-kids-net-au-wikipedia-ectopic-pregnancy", group="no-red-flag", url="http://encyclopedia.kids.net.au/page/ec/Ectopic_pregnancy", source="encyclopedia.kids.net.au, mirror of an early Wikipedia article 'Ectopic pregnancy'", licence=CCBYSA + "; early Wikipedia text mirrored under the GNU FDL (as the page states)",
    title="Ectopic pregnancy", audience="consumer", genre="other", topic="ectopic pregnancy", topic_kind="condition",
    W=False, reason="encyclopedia article on a condition (reference, not guidance); by the TEST9 convention red flags are not expected", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the whole short article with the mirror's licence line and site chrome",
    evidence=[],
    notes="hard call: early encyclopedia stub (two paragraphs) calling the condition 'very dangerous' and saying it 'must be terminated as soon as it is detected'; no signs tied to seeking help; not warranted by the encyclopedia convention; urgency set by topic (pain/bleeding in early pregnancy with collapse -> emergency)",
    text="""Encyclopedia > Ectopic pregnancy

  Article Content

Ectopic pregnancy

An ectopic pregnancy is a very dangerous condition where a woman's fertilised egg lodges in the fallopian tube rather than in the uterus. In a normal healthy pregnancy the fertilised egg moves down to the uterus and settles into the prepared uterine lining, where it has plenty of room to divide and grow. In an ectopic pregnancy it attaches itself to the wall of the fallopian tube instead. As the embryo grows, the tube becomes stretched and inflamed and extremely painful. An ectopic pregnancy must be terminated as soon as it is detected or the fallopian tube will burst and death from blood loss and infection will ensue.

It is also possible but extremely rare for ectopic pregnancies to occur in other locations, such as the cervix.

All Wikipedia text is available under the terms of the GNU Free Documentation License

  Search Encyclopedia

Search over one million articles, find something about almost anything!
  Featured Article

... striking property is that the axis of a spinning gyroscope will resist a force applied to it and will start rotating perpendicular to the force applied. This is why ...

This page was created in 58.3 ms""")
add(id="t10b-uhb-maternity-when-to-call-the-midwife", group="urgent", url="https://www.uhb.nhs.uk/services/maternity/when-to-call-the-midwife.htm", source="University Hospitals Birmingham NHS Foundation Trust, maternity services page", licence=OGL,
    title="When to call the midwife", audience="consumer", genre="patient information", topic="warning signs in pregnancy and after birth: when to contact the maternity unit or call 999", topic_kind="symptom",
    W=True, reason="@sym", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the whole page (skip link to review date)",
    evidence=["If you have any of the following antenatal or postnatal concerns, please contact your maternity unit.",
              "If you experience any of the following, please dial 999:\n\n  • Heavy bleeding or passing blood clots",
              "If you think your baby is seriously ill or in danger, please dial 999."],
    notes="complete page; antenatal signs (bleeding, reduced movements, waters breaking, severe headache, visual disturbance, swelling) tied to contacting the maternity unit; heavy bleeding and continuous abdominal pain -> 999; present",
    text="""Skip to main content

When to call the midwife

Please don't hesitate to call us if you have any concerns during your pregnancy, or during the 28 days following the birth of your baby.

If you have any of the following antenatal or postnatal concerns, please contact your maternity unit. Our pregnancy and maternity assessment units are open 24 hours a day, 365 days a year.

Maternity Assessment Centre, Good Hope Hospital

Pregnancy Assessment Emergency Room, Heartlands Hospital

Antenatal concerns

Antenatal care is the care you receive during your pregnancy.

  • Spotting or light bleeding
  • Constant vomiting
  • Reduced foetal movements, changes in pattern of movements or slow movements
  • Your waters break or you're leaking fluid
  • Painful and regular contractions
  • Painful urination or not being able to pass urine
  • Swelling in face, hands or legs
  • Itching, especially on the soles of your feet or the palms of your hands
  • Severe headache or visual disturbances such as flashing, blurring or spots in your vision
  • High temperature

If you experience any of the following, please dial 999:

  • Heavy bleeding or passing blood clots
  • Sharp or continuous abdominal pain, that does not come and go in waves

Postnatal concerns

Postnatal care starts immediately after the birth of your baby.

  • Significant increase in your blood loss and/or passing large clots
  • Wound concerns
  • Raised temperature

If you think your baby is very ill, please take them to your nearest A&E, dial 111 or use the NHS 111 online service.

If you think your baby is seriously ill or in danger, please dial 999.

This information references content from the "Call the midwife" poster published by Tommy's baby charity.

Last reviewed: 28 December 2022""")
add(id="t10b-nz-corrections-pregnancy-warning-signs-staff", group="urgent", url="https://www.corrections.govt.nz/resources/policy_and_legislation/Prison-Operations-Manual/Public-RL/M.03.02.Res.05-Warning-signs-and-symptoms-for-staff-managing-pregnant-women", source="Ara Poutama Aotearoa / Department of Corrections (New Zealand), Prison Operations Manual resource M.03.02.Res.05", licence=CCBYNZ,
    title="M.03.02.Res.05 Warning signs and symptoms for staff managing pregnant women", audience="professional", genre="other", topic="danger signs in pregnancy: when prison staff must notify health services", topic_kind="symptom",
    W=True, reason="staff guidance whose subject is pregnancy danger signs; it should say what to do when they appear", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the whole resource page (heading, list and reference)",
    evidence=["If a pregnant woman shows any of the following signs and symptoms, Health Services must be notified immediately:"],
    notes="hard call: staff-facing (non-clinical custodial staff) operations-manual resource; warranted because its whole subject is danger signs; signs (bleeding, reduced movements, sudden swelling, severe headache, visual disturbance, abdominal pain) tied to notifying health services immediately; present; NZ government text, CC BY 4.0 presumed",
    text="""M.03.02.Res.05 Warning signs and symptoms for staff managing pregnant women

If a pregnant woman shows any of the following signs and symptoms, Health Services must be notified immediately:

  • Vaginal bleeding or has vaginal discharge that is unusual for her.
  • Her ‘waters’ leak or break before labour starts or, once they have broken, the fluid is dirty-looking, greenish or brown.
  • If, once she has been regularly feeling her baby move, baby moves less than usual, or she cannot feel her baby move at all.
  • If, after the first few weeks of pregnancy, she has pains or cramps in her abdomen.
  • Her hands, feet or face suddenly swell.
  • She has pain or burning when she passes urine – especially if she also has a fever and a sore back.
  • Has a very bad headache and this lasts for more than a few hours.
  • She can’t see well – has blurry vision or start to see white lights, flashes or dots in front of her eyes or have double vision.
  • She falls on or hurts her abdomen – get this checked, even if she doesn’t feel hurt or sore.
  • She is very thirsty, but she can’t pass urine.
  • She starts feeling sick and throwing up in late pregnancy – especially if she has pain and a fever.
  • She itches all over – especially if she has dark-coloured urine and pale bowel motions.

Reference: Ministry of Health, Danger signs during pregnancy, 2017""")
