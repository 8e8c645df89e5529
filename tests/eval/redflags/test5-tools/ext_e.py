# batch e: reduced fetal movements (NHS Fife news, Walsall news, NSW Clinical Excellence Commission)
add(id="t5-nhsfife-news-movement-matters-campaign", url="https://www.nhsfife.org/news-updates/latest-news/2016/11/movement-matters-campaign-aimed-at-new-mums/", source="NHS Fife (NHS Scotland), news", licence=OGL,
    title="Movement Matters campaign aimed at new mums", audience="consumer", genre="news or research report", topic="reduced fetal movements awareness campaign", topic_kind="symptom",
    W=True, reason="awareness news whose stated purpose is that pregnant women recognise reduced movements and contact the maternity unit",
    evidence=["If your baby’s movement reduces it is important that you contact your maternity unit – don’t be worried about getting in touch and don’t put off calling"],
    urgency="emergency", notes="hard call (awareness release, warranted); the opening 'seek advice if they notice a reduction in movement' has no place or time, the quoted midwife sentence names the maternity unit and 'don't put off calling'",
    text="""Back to News list

A maternity campaign is asking expectant mothers to be aware of their baby’s pattern of movements and to seek advice if they notice a reduction in movement or have any concerns.

Reduced movement can be associated with a risk of stillbirth, with half of all women who have had a stillbirth experiencing reduction in their baby’s movements.

The Movement Matters campaign aims to highlight the importance of recognising a baby’s unique pattern of movements, whilst working with mothers to reduce risk through various support initiatives.

Most women become aware of their baby moving from around 18-20 weeks, this is often described as feeling like flutters, kicks or swishes. These movements then increase in number until around 32 weeks and stay the same until birth.

Whilst the type of movements can change as a baby increases in size or as the birth date nears, the amount of movements should remain the same.

Lorraine Philip, Inpatient Midwifery Manager, explains: “Every pregnancy is unique. If it’s your first pregnancy you might not know what to expect in terms of movement, however, you’ll soon get to know what is normal for your baby.

“If you already have children, you may find that your new baby is active at different times of the day or moves in a different way compared to previous pregnancies.

“Your midwife will discuss the importance of movement throughout your pregnancy, and you can expect a detailed discussion at your 24 week appointment. You will be asked about your baby’s movement at every antenatal visit.

“If your baby’s movement reduces it is important that you contact your maternity unit – don’t be worried about getting in touch and don’t put off calling, you will be seen at any time as necessary. Although the risk of stillbirth is small it is important that you know that a reduction in movement is linked to stillbirth.”

Partners, friends and family also play an important role. It is hoped that their awarenes""")
add(id="t5-walsall-news-movements-matter", url="https://walsallhealthcare.nhs.uk/news/2021/04/25/can-you-feel-it-movements-matter-for-mums-to-be", source="Walsall Healthcare NHS Trust, news", licence=OGL,
    title="Can you feel it? Movements matter for mums-to-be", audience="consumer", genre="news or research report", topic="reduced fetal movements awareness", topic_kind="symptom",
    W=True, reason="awareness news whose stated purpose is that pregnant women report reduced or changed movements urgently",
    evidence=["urges women who are over 25 weeks pregnant and concerned that their baby is moving less or differently, to get in touch urgently",
              "it’s really important if they notice a reduction or a change in these to contact us straight away",
              "Pregnant women who feel unwell or are experiencing any problems such as bleeding or pain should always get in touch with us."],
    urgency="emergency", notes="hard call (awareness release, warranted); 'get in touch' names the maternity service as the place (the trust speaking)",
    text="""Mums-to-be are being reminded that “movements matter” as Walsall Healthcare urges women who are over 25 weeks pregnant and concerned that their baby is moving less or differently, to get in touch urgently.
If you can’t feel your baby moving as often as usual this can be a sign that they are not well – it could mean they’ve got an infection or another problem. And seeking help sooner rather than later could save a baby’s life.
Laura Parsons, Community/Midwifery-Led Unit/Outpatients’ Matron, said: “Fetal movements may feel like a swish, a kick or a flutter and we’re asking women who are over 25 weeks pregnant “Can you feel it?”
“We want them to realise that movements matter and it’s really important if they notice a reduction or a change in these to contact us straight away.
“We understand that it is a difficult time for mums-to-be as restrictions are still in place due to the Covid-19 pandemic while we keep everyone as safe as possible. But this is a concern that they really shouldn’t ignore.
“Plus the anxiety of feeling something isn’t quite right won’t be any good for their health and wellbeing either.
“It’s much better to act swiftly so we can check that everything is OK and put their minds at rest. If a baby’s movements reduce or change it can be a sign that they are not well and we need to find out what – if anything – is wrong as soon as possible. While we don’t want to alarm pregnant women we must stress that letting us know quickly about any changes could save a baby’s life.”
Laura added: “Pregnant women who feel unwell or are experiencing any problems such as bleeding or pain should always get in touch with us. Our midwives and maternity staff are here to reassure and support and know how vulnerable you’re feeling.”
The focus on fetal movements is an important element of the Saving Babies’ Lives approach designed to support providers, commissioners and professionals to take action to reduce stillbir""")
add(id="t5-nsw-cec-decreased-fetal-movement", url="https://www.cec.health.nsw.gov.au/keep-patients-safe/maternity-and-neonatal-safety-program/Safer-Baby-Bundle/decreased-fetal-movement", source="Clinical Excellence Commission (NSW Health, Australia), Safer Baby Bundle", licence=CCBYAU.replace('Australian government', 'NSW Government'),
    title="Decreased Fetal Movement", audience="professional", genre="screening-prevention", topic="decreased fetal movement (stillbirth prevention programme)", topic_kind="symptom",
    W=True, reason="professional safety-programme page about a do-not-miss sign (stillbirth risk); it is meant to shape the advice clinicians give",
    evidence=["In any instance, a woman should be advised that if they are concerned about a reduction or change in the baby's movements, they should contact their midwife or doctor immediately."],
    urgency="emergency", notes="professional audience: the red flag is phrased as advice clinicians should give; the rest is links to resources",
    text="""Decreased Fetal Movement

Around half of all women who had a stillbirth noticed their baby's movements had slowed down or stopped.

Baby's movements can be described as anything from a kick or a flutter, to a swish or a roll. This movement may begin to be felt between weeks 16 and 24 of pregnancy, regardless of the lie of the placenta. Baby's movements should be felt right up until they are born, even during labour.

There is no set number of normal movements. Women should be encouraged to get to know their baby's movements and understand what is normal for them and their baby.

In any instance, a woman should be advised that if they are concerned about a reduction or change in the baby's movements, they should contact their midwife or doctor immediately.

Health Professionals

For Families

Social Media Resources

Decreased Fetal Movement (DFM)

Translated Resources

Click to view""")
