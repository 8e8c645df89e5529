add(id="t3-nhsinform-sepsis", url="https://www.nhsinform.scot/sepsis", source="NHS inform (NHS 24, Scotland)", licence=OGL,
    title="Sepsis", audience="consumer", genre="patient information", topic="sepsis", topic_kind="condition",
    W=True, reason="@acute", evidence=[], urgency="emergency",
    notes="hard call: the stored excerpt lost the symptom list, so 'these symptoms' and 'possible signs of sepsis' name no sign; the 999 and GP advice is condition-level (tie-break 2) and labelled not present. A reader of the live page would see the list",
    text="""Sepsis is a life threatening complication of infection. If not treated fast enough sepsis can lead to loss of limbs or even death.

What are the symptoms?

Symptoms of sepsis can multiply and get worse very quickly. If you notice any combination of these symptoms you need to take immediate action.

Who is at risk?

Anyone can develop sepsis after a minor injury or infection. It can affect people of any age or condition of health.

What to do if you suspect sepsis

Seek urgent medical advice from your GP if you've recently had an infection or injury and you have possible signs of sepsis, and ask 'is this sepsis?'. If your GP practice is closed, phone the 111 service.

If sepsis is suspected, you’ll usually be referred to hospital for further diagnosis and treatment. Sepsis is a medical emergency.

If you or someone you care about has a rapid progression of these symptoms phone 999. Time is critical when it comes to treating sepsis and every hour counts

Other resources

""")
add(id="t3-bcwb-ccg-norovirus", url="https://www.blackcountryandwestbirmccg.nhs.uk/your-health-services/health-advice/self-care/norovirus", source="NHS Black Country and West Birmingham CCG", licence=OGL,
    title="Norovirus", audience="consumer", genre="patient information", topic="norovirus (diarrhoea and vomiting)", topic_kind="condition",
    W=True, reason="consumer self-care page for vomiting and diarrhoea; readers need to know when self-care is not enough (dehydration, babies)",
    evidence=[], urgency="same-day", notes="excerpt ends inside the self-care do's and don'ts, before any when-to-get-help section; 'Avoid visiting anyone in hospital' is infection control",
    text="""Norovirus, also called the “winter vomiting bug”, is a stomach bug that causes vomiting and diarrhoea. It can be very unpleasant, but usually goes away in about 2 days.

Check if you have Norovirus

The main symptoms of norovirus are:

  • feeling sick (nausea)
  • diarrhoea
  • being sick (vomiting)

You may also have:

  • a high temperature of 38C or above
  • a headache
  • aching arms and legs


How to treat Norovirus yourself

You can usually treat yourself or your child at home. You should start to feel better in a day or two.

Information: Read about how to treat diarrhoea and vomiting in children and adults.

Stay off school or work until the symptoms have stopped for 2 days.

Avoid visiting anyone in hospital during this time. This is when you’re most infectious.


How Norovirus is spread

Norovirus can spread very easily. You can catch norovirus from: 1) close contact with someone with norovirus 2) touching surfaces or objects that have the virus on them, then touching your mouth 3) eating food that’s been prepared or handled by someone with norovirus

Washing your hands frequently with soap and water is the best way to stop it spreading. Alcohol hand gels don’t kill norovirus.

Diarrhoea and vomiting are common in adults, children and babies. They’re often caused by a stomach bug and should stop in a few days. The advice is the same if you have diarrhoea and vomiting together or separately.


How to treat diarrhoea and vomiting

Do's Don'ts
  • stay at home and get plenty of rest
    – drink lots of fluids, such as water or squash – take small sips if you feel sick
  • do not have fruit juice or fizzy drinks – they can make diarrhoea worse
  • give babies on formula or solid foods small sips of water between feeds
  • do not make baby formula weaker – use it at its usual strength
  • eat when you feel able to – you don’t need to eat or avoid any specific foods
  • do not give children under 12 medicine to""")
add(id="t3-eastdevon-norovirus", url="http://eastdevon.gov.uk/health-and-wellbeing/spotlight-on-winter-wellbeing/norovirus/", source="East Devon District Council", licence=OGL,
    title="Norovirus", audience="consumer", genre="other", topic="norovirus", topic_kind="condition",
    W=False, reason="council teaser that points to NHS Choices; no advice of its own beyond staying at home",
    evidence=[], urgency="same-day",
    notes="trap: 'When to get medical advice' is only the title of a linked NHS section; 'Try to avoid going to your GP' is infection control (compare the test2 council heat page, not warranted)",
    text="""Norovirus, which causes diarrhoea and vomiting, is one of the most common stomach bugs in the UK. It's also called the winter vomiting bug because it's more common in winter. Norovirus can be very unpleasant but it usually clears up by itself in a few days. You can normally look after yourself or your child at home. Try to avoid going to your GP, as norovirus can spread to others very easily. NHS Choices offers advice on Norovirus, including:

  • Symptoms of norovirus
  • What to do if you have norovirus
  • When to get medical advice
  • How is norovirus spread?
  • Preventing norovirus.""")
add(id="t3-nichd-postpartum-depression", url="https://nichd.nih.gov/health/topics/pregnancy/conditioninfo/postpartum", source="NICHD (NIH)", licence=PD,
    title="What should I know about postpartum depression?", audience="consumer", genre="patient information", topic="postpartum depression and anxiety", topic_kind="condition",
    W=True, reason="consumer page on perinatal depression; crisis help and when to get help are expected",
    evidence=[], urgency="emergency",
    notes="hard call: the National Maternal Mental Health Hotline is offered for 'overwhelming emotions', a support line not tied to warning signs; no suicide or psychosis signs; government-shutdown banner kept",
    text="""Because of a lapse in government funding, the information on this website may not be up to date, transactions submitted via the website may not be processed, and the agency may not be able to respond to inquiries until appropriations are enacted.

The NIH Clinical Center (the research hospital of NIH) is open. For more details about its operating status, please visit cc.nih.gov.

Updates regarding government operating status and resumption of normal operations can be found at OPM.gov.

What should I know about postpartum depression?

It’s not just postpartum, and it’s not just depression.

Many people are familiar with the phrase “postpartum depression,” or depression that occurs after the birth of a baby. But, we know now that it’s not just during the postpartum period, and it’s not just depression.

Women experience depression and anxiety, as well as other mental health conditions, during pregnancy and after the baby is born. These conditions can have significant effects on the health of the mother and her child.

The NICHD-led Moms’ Mental Health Matters initiative is designed to educate families and health care providers about who is at risk for depression and anxiety during and after pregnancy, the signs of these problems, and how to get help. The initiative also includes information for partners, family, and friends on ways to help.

Check out this video to learn more:

Text Alternative

The Maternal and Child Health Bureau, part of the Health Resources & Services Administration, offers the National Maternal Mental Health Hotline to help new mothers address the range of sometimes overwhelming emotions that can occur after their baby is born. The hotline provides free and confidential access to trained counselors and resources 24 hours a day, 7 days a week in English, Spanish, and more than 60 other languages. They can offer support and information related to before, during, and after pregnancy.""")
add(id="t3-sandyford-miscarriage", url="http://www2.sandyford.org/do-you-want-information-on-contraception-and-reproductive-health/pregnancy/miscarriage.aspx", source="Sandyford sexual health service (NHS Greater Glasgow and Clyde)", licence=OGL,
    title="Miscarriage", audience="consumer", genre="patient information", topic="miscarriage and bleeding in early pregnancy", topic_kind="condition",
    W=True, reason="consumer page about bleeding and pain in early pregnancy (miscarriage, ectopic); readers need to know when to get help",
    evidence=["See your doctor or midwife if you:"], urgency="emergency",
    notes="signs (bleeding, pain, no longer feeling pregnant) tied to seeing a doctor or midwife; A&E listed as a place to get help; no ectopic-specific emergency signs",
    text="""About miscarriage

Early miscarriage is when a woman loses her pregnancy in the first three months. It may be accompanied by vaginal bleeding and pain. It often occurs before a woman has missed her first period or before her pregnancy has been confirmed. Once you have had a positive pregnancy test, there is around a one in five (20%) risk of having a miscarriage in the first three months. The risk also increases with age, smoking and heavy drinking.

Further information can be found at www.nhs.uk.

Bleeding and pain in early pregnancy

Vaginal bleeding in early pregnancy is common and does not always mean there is a problem. However it can be a warning sign.

See your doctor or midwife if you:

  • experience bleeding
  • feel pain
  • stop feeling pregnant

How can I get help?

You can get medical help from:

  • your general practice, midwife or obstetrician
  • the A&E department at your local hospital
  • NHS 24 on 08454 24 24 24 (if you are in Scotland)
  • NHS Choices Online www.nhs.uk
  • Early Pregnancy Assessment Unit.  Details of the unit nearest to you can be found at www.earlypregnancy.org.uk

What happens if it is a miscarriage?

  • If the miscarriage has completed, you will not need any further treatment.
  • If the miscarriage has not completed, there is a range of options available.
    Your nurse or doctor will refer you to the nearest Early Pregnancy Assessment Unit. You can phone for yourself and ask for advice, too. There are over 200 Early Pregnancy Assessment Units (EPAUs) across the UK. Details of the unit nearest to you can be found at www.earlypregnancy.org.uk.""")
