# batch h: pregnancy warning signs, hypothermia (NIA text), diabetes sick-day pages
add(id="t8-uhliverpool-maternity-who-to-contact", group="urgent", url="https://www.uhliverpool.nhs.uk/services/service-finder/maternity/who-to-contact-if-you-feel-unwell-or-are", source="Liverpool University Hospitals NHS Foundation Trust, maternity services", licence=OGL,
    title="Who to contact if you feel unwell or are worried (maternity)", audience="consumer", genre="patient information", topic="warning symptoms in pregnancy", topic_kind="symptom",
    W=True, reason="@sym", urgency="emergency",
    evidence=["If at any time you feel your baby is moving around less frequently or slowing down or has changed the pattern of their movements please attend the Maternity Assessment Unit (MAU) immediately.",
              "if you experience a sudden, sharp on going pain that won’t go away please come to come to the MAU immediately."],
    notes="several symptom headings were lost in scraping (e.g. the paragraphs on urinary symptoms and swelling start without their headings), but the quoted sentences name their own signs; excerpt cut; title is descriptive",
    text="""Where to go depending on your gestation
-
If you are six to twelve weeks into gestation, please contact the Early Pregnancy Assessment Unit
-
If you are 17 weeks and six days into gestation, please attend the Gynaecology Emergency Department
-
If you are 18 weeks+ into gestation, please contact the Maternity Assessment Unit.
Symptoms to look out for
Women’s bodies go through a lot of changes during pregnancy. But while some bouts of discomfort and irritation can be self-managed, others should be checked out by your GP or midwife.
If at any time you feel your baby is moving around less frequently or slowing down or has changed the pattern of their movements please attend the Maternity Assessment Unit (MAU) immediately.
While it’s normal to have slight contractions through pregnancy (this is when you feel your stomach contracting and relaxing), if you experience a sudden, sharp on going pain that won’t go away please come to come to the MAU immediately.
Whilst bleeding in pregnancy can be normal, it can also be a sign that something is wrong, especially if it is accompanied by pain. If you are 20 weeks or less please come to the Gynaecology Emergency Room. If you are 20 weeks plus, please attend the MAU immediately.
This could be a sign of infection which will need treatment. Drink plenty of fluid and contact your GP within 24 hours.
While itching is common in pregnancy, severe itching without a rash (particularly in the last four months of pregnancy) can be a sign of a potentially dangerous liver disorder. Contact us on 0151 702 4413 if you are at all concerned.
Normally common but any sudden changes should be reported to your GP or midwife as it could be a sign of pre-eclampsia – high blood pressure and fluid retention in pregnancy.
A discharge that is smelly or bloodstained may point to infection and you should be seen by your midwife or GP.
May indicate a change in your blood pressure which could be dangerous in pregnancy. Contact us on 0151 702 4413 if yo""")
add(id="t8-nih-news-nia-cold-weather-booklet-2006", group="no-red-flag", url="https://www.nih.gov/news-events/news-releases/new-easy-read-booklet-offers-cold-weather-tips-older-adults", source="National Institutes of Health, news release (National Institute on Aging)", licence=PD,
    title="New, Easy-to-Read Booklet Offers Cold-Weather Tips for Older Adults", audience="consumer", genre="news or research report", topic="announcement of an NIA hypothermia booklet", topic_kind="prevention",
    W=False, reason="news release announcing a publication; the advice itself is in the booklet; red flags not expected of the release", urgency="emergency",
    evidence=[], notes="hard call: hypothermia is an emergency and the release defines it ('below 95 degrees Fahrenheit') and lists 'Warning signs' only as a booklet topic; judged as a publication announcement, not a public warning; excerpt cut",
    text="""News Release

Monday, December 11, 2006

New, Easy-to-Read Booklet Offers Cold-Weather Tips for Older Adults

A new, easy-to-read booklet — Stay Safe in Cold Weather! — offers older adults tips on avoiding a dangerous condition called hypothermia. This free 12-page publication is now available from the National Institute on Aging (NIA), a part of the National Institutes of Health (NIH).

"Older adults can lose body heat faster than when they were young, and some health problems and medicines can make it harder for them to stay warm," says NIA Director Richard J. Hodes, M.D.";This booklet describes hypothermia and offers simple steps seniors can take to lower their risk of this sometimes life-threatening health concern."

Hypothermia (hi-po-ther-mee-uh) occurs when a person's body temperature drops below 95 degrees Fahrenheit because of exposure to cold, either indoors or outside. Low body temperature can cause heart attack, kidney problems, liver damage and sometimes death. According to the federal Centers for Disease Control and Prevention, about 600 people in the United States, half of them age 65 or older, die from hypothermia each year.

Stay Safe in Cold Weather! is written in plain language and incorporates colorful graphic elements and other features to help readers understand the content. In creating the new booklet, the NIA publications team talked with older adults and considered the needs of people with limited reading skills.

Stay Safe in Cold Weather! discusses topics such as:

  • What hypothermia is
  • How to prevent hypothermia, both in the home and outdoors
  • Health problems that can increase an older person's risk of hypothermia
  • Warning signs

To order free copies or for more information about Stay Safe in Cold Weather! and other NIA publications, visit the NIA Web site at or call 1-800-222-2225. Bulk orders are welcome.

The NIA leads the federal effort supporting and conducting research on aging and the medical, social and beh""")
add(id="t8-seniorscene-nia-winter-weather-tips", group="urgent", url="https://www.seniorscene.org/tips-for-staying-safe-in-winter-weather/", source="Senior Scene (community newsletter), reposting National Institute on Aging (NIH) advice", licence=PDREPOST,
    title="Tips for staying safe in winter weather", audience="consumer", genre="patient information", topic="hypothermia in older adults", topic_kind="condition",
    W=True, reason="@acute", urgency="emergency",
    evidence=["If you think someone has the warning signs for hypothermia, call 9-1-1 right away and try to move the person to a warmer place."],
    notes="repost of NIA text; the warning signs are listed in the sentence before the action; excerpt cut in the tips",
    text="""Tips for staying safe in winter weather

Exposure to the cold can pose risks for seniors and those with chronic medical conditions. Older adults can lose body heat quickly, and age-related changes in the body can make it harder to recognize a drop in body temperature. The result can be hypothermia.

According to the National Institutes of Health (NIH), hypothermia—a condition caused by a dangerous drop in core body temperature—can occur when it’s cold inside or outside and the body is unable to produce the heat it needs to function. Even a relatively short exposure to cold conditions can result in hypothermia. Older adults are especially vulnerable to hypothermia because their bodies’ response to cold can be diminished by chronic medical conditions and by use of some medicines, including over-the-counter cold remedies. For an older person, a body temperature of 95° Fahrenheit or lower can cause many health problems, such as heart rhythm disturbances, kidney problems, liver damage, or worse.

Warning signs of hypothermia include slowed or slurred speech; sleepiness or confusion; shivering or stiffness in the arms and legs; poor control over body movements; slow reactions, a weak pulse, or a core body temperature of 95 degrees F or lower. If you think someone has the warning signs for hypothermia, call 9-1-1 right away and try to move the person to a warmer place.

To help older adults understand the risks, the National Institute on Aging (NIA) at the National Institutes of Health (NIH) has some tips to avoid some of the dangers and prevent hypothermia:

When going outside in the cold, wear a hat, scarf, and gloves or mittens to prevent loss of body heat through your head and hands. Wear several layers of loose clothing to help trap warm air between the layers.

If possible, let others know when you’re planning to spend time outdoors and carry a fully charged cellphone.

Make sure your home is warm enough. Set your thermostat to at least 68 to 70 degrees Fa""")
add(id="t8-esneft-managing-diabetes-sick-day-rules", group="urgent", url="https://www.esneft.nhs.uk/service/hormones-2/managing-your-diabetes/", source="East Suffolk and North Essex NHS Foundation Trust, diabetes service", licence=OGL,
    title="Managing your diabetes", audience="consumer", genre="patient information", topic="type 1 diabetes sick-day rules and DKA", topic_kind="condition",
    W=True, reason="consumer page on managing type 1 diabetes during illness; readers need the signs of DKA and when to get urgent help", urgency="emergency",
    evidence=[], notes="hard call: 'If ketones continue to be produced you are heading for Diabetic KetoAcidosis (DKA) and this must be taken seriously' names a trigger but no action; 'You should see your GP about the illness itself' is about the illness, not a warning sign; excerpt cut in the D&V section (more advice probably follows)",
    text="""Return To Services

Service Information

Managing your diabetes

Managing your diabetes when you are well and unwell

How to take a blood sample to check your HbA1c, and how to recalculate your insulin dose when you are unwell – the “sick day rules”.

How to collect a blood sample

Watch a video explaining how to collect a blood sample to test your HbA1c. The video opens in a new window which takes you to YouTube where accessibility controls may not be supported.

The “sick day rules” for people with type 1 diabetes

People with diabetes can develop an illness like anyone else.  However, illnesses can make blood glucose levels go up or down.  You should see your GP about the illness itself, but these guidelines may help with your diabetes management while you are ill:

  • Test blood glucose levels every 2 hours
  • Test for blood ketones
  • Drink plenty of fluids
  • Never stop taking insulin without discussion with the diabetes team

Some illnesses can cause high blood glucose levels even if you are not eating as much as normal.
This is because during illness the body starts to use other “fuels” such as fat, and also releases glucose that the body stores in the liver. Ketones are made when fat is used as an energy source in the body. Ketones can be detected in the blood and urine.

Production of ketones means the body is in trouble.

If ketones continue to be produced you are heading for Diabetic KetoAcidosis (DKA) and this must be taken seriously.

Illness also places a stress on the body and this can cause hormones to be released such as cortisol, that interferes with the action of insulin. This is why more insulin may be needed to keep the blood glucose levels under control.

Diarrhoea and vomiting

A diarrhoea and vomiting bug (gastroenteritis) sometimes means that blood glucose levels can drop. It is important to continue drinking to stop dehydration. If you are struggling to keep fluid down, try using a straw or suck an ice cube slow""")
add(id="t8-coltishall-surgery-diabetes-sick-day-rules", group="urgent", url="https://www.coltishallsurgery.nhs.uk/practice-information/diabetes-advice/", source="Coltishall Medical Practice (NHS GP practice), practice information", licence=OGL + " (NHS GP practice page; text from a hospital diabetes centre)",
    title="Diabetes Advice", audience="consumer", genre="patient information", topic="diabetes sick-day rules", topic_kind="condition",
    W=True, reason="consumer page on managing diabetes during illness; readers need when to call for help (DKA risk)", urgency="emergency",
    evidence=["If you have ++ (moderate) or +++ (large) ketones in your urine call the diabetes centre or your GP immediately",
              "When should I call the diabetes centre or my GP?\n\nIf you have the following:\n\n  • Continuous diarrhoea or vomiting"],
    notes="signs tied to calling the diabetes centre/GP; no 999/DKA emergency signs; excerpt cut in an unrelated prevention-programme section",
    text="""Diabetes Advice

Sick Day Rules – Diabetes Centre

What should I do?

  • Never stop taking your insulin
  • Test your blood glucose levels 2 hourly
  • Test your urine for ketones every time you go to the toilet
  • Drink plenty of fluids (water,sugar free drinks) minimum half a mug of drink per hour
  • Rest (avoid strenuous exercise)
  • Eat regular meals if you are able. If not, replace solid food at meal times with one of the following: a mug of milk, a scoop of ice cream, a cup of fruit juice, half a can of non-diet drink

When should I call the diabetes centre or my GP?

If you have the following:

  • Continuous diarrhoea or vomiting
  • You can’t eat for 4 hours
  • If you have persistent high blood glucose levels over 13
  • mmol/l (you may need to take extra insulin)
  • If you have a high temperature call your GP or practice nurse, call the diabetes centre (during office hours – 01603 286286)
  • If you have ++ (moderate) or +++ (large) ketones in your urine call the diabetes centre or your GP immediately

For urgent diabetes nurse advice

Call 01603 286286 and ask for bleep 0729

Monday – Friday 09:00-16:30

Type 1 Diabetes

Type 2 Diabetes – Know Your Risk

People who are at high risk of developing type 2 diabetes are being fast-tracked into the Healthier You NHS Diabetes Prevention Programme. Rapid access to the programme is being rolled out following research that revealed those living with diabetes face significantly higher risks of complications with Covid-19.

Hosted by Diabetes UK, there is now an online tool you can use to calculate your risk of developing the condition by answering a series of basic questions about age, weight and ethnicity. If your score comes back as moderate or high, you will be able to refer yourself to a local Healthier You service for support remotely or online, without having to go through a healthcare professional.

Those who qualify will be able to choose how they complete the programm""")
