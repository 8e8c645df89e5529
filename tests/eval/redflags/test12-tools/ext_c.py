# batch c: NIH IRP research news listing, dehydration in older people (council, Australian government carers' booklet)
add(id="t12-nih-irp-in-the-news-page-41", group="no-red-flag", url="https://irp.nih.gov/news-and-events/in-the-news?page=41", source="NIH Intramural Research Program, 'In the News' listing (page 41)", licence=PD,
    title="In the News", audience="consumer", genre="news or research report", topic="research news listing: weight-loss plateau study, brain tuning for musical pitch", topic_kind="other",
    W=False, reason="@news", urgency="none", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'The results raise the po' (second item of the listing)",
    evidence=[],
    notes="research news listing (weight-loss plateau modelling, pitch sensitivity in human vs macaque brains); no symptom in scope; not warranted, not present",
    text="""In the News

Research advances from the National Institutes of Health (NIH) Intramural Research Program (IRP) often make headlines. Read the news releases that describe our most recent findings:

Featured Article

Here’s when your weight loss will plateau, according to science

CNN
Monday, April 22, 2024

Whether you’re shedding pounds with the help of effective new medicines, slimming down after weight loss surgery or cutting calories and adding exercise, there will come a day when the numbers on the scale stop going down, and you hit the dreaded weight loss plateau.

In a recent study, Kevin Hall, a researcher at the National Institutes of Health who specializes in measuring metabolism and weight change, looked at when weight loss typically stops depending on the method people were using to drop pounds. He broke down the plateau into mathematical models using data from high-quality clinical trials of different ways to lose weight to understand why people stop losing when they do. The study published Monday in the journal Obesity.

Our brains appear uniquely tuned for musical pitch

Results of study involving primates suggest that speech and music may have shaped the human brain’s hearing circuits

In the eternal search for understanding what makes us human, scientists found that our brains are more sensitive to pitch, the harmonic sounds we hear when listening to music, than our evolutionary relative the macaque monkey. The study, funded in part by the National Institutes of Health, highlights the promise of Sound Health, a joint project between the NIH and the John F. Kennedy Center for the Performing Arts that aims to understand the role of music in health.

“We found that a certain region of our brains has a stronger preference for sounds with pitch than macaque monkey brains,” said Bevil Conway, Ph.D., investigator in the NIH’s Intramural Research Program and a senior author of the study published in Nature Neuroscience. “The results raise the po""")
add(id="t12-derbyshire-dont-get-dehydrated", group="urgent", url="https://www.derbyshire.gov.uk/social-health/health-and-wellbeing/your-health/weight-management/eating-well/dehydration/dont-get-dehydrated.aspx", source="Derbyshire County Council, health and wellbeing page", licence=OGL,
    title="Don't get dehydrated", audience="consumer", genre="screening-prevention", topic="dehydration in older people: signs and prevention", topic_kind="prevention",
    W=True, reason="consumer page listing signs of dehydration (including confusion) in older people; readers (carers) need to know when to get help", urgency="same-day", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the URL had two stored versions, the first (without site chrome) is stored; cut at 'Any fluid, ' (in 'What should I drink?')",
    evidence=[],
    notes="hard call (warranted): a prevention page, but it lists signs up to confusion for a frail audience, so a careful editor expects a when-to-get-help line; the 'What to do if you are concerned' section gives only prevention tips; cut before any later section; warranted and missing",
    text="""Don't get dehydrated

Regularly drinking can prevent health problems. Drinking more fluid will ensure illnesses such as urinary tract infections are reduced.

Older people should all aim to have at least 8 drinks a day.

What is dehydration?

Water makes up two thirds of our body. It is vital we drink enough fluid to maintain a healthy balance. Most people get dehydrated by not drinking enough fluids or by losing fluids and not replacing them.

Who is at high risk?

  • those who are dependent on others for access to fluids
  • if you have swallowing problems
  • if you have a raised temperature
  • if you have diarrhoea and/or vomiting
  • after you have taken part in strenuous exercise

Spotting the signs and symptoms:

  • drinking less than usual (feeling thirsty)
  • dark-coloured or small amounts of urine
  • headaches
  • tiredness
  • dry mouth, lips or eyes
  • lack of concentration
  • confusion
  • constipation
  • urinary tract infections

What to do if you are concerned about someone yourself or someone you know

You can help prevent dehydration in yourself or others by:

  • recognising the early warning signs
  • planning visits around mealtimes to get a sense of what they are drinking and if they have any difficulties drinking
  • sitting down and having a cup of tea socially or with relatives or friends
  • encouraging around 8 drinks per day such as after each meal and snack time
  • ensuring both hot and cold drinks are safely and freely accessible
  • encouraging foods which are high in fluid content such as ice cream, lollies, jellies, nourishing soups or water rich fruits such as melons

Good hydration can prevent or treat:

  • headaches
  • urinary tract infections
  • constipation
  • dizziness leading to falls
  • memory loss and confusion
  • kidney stones
  • poor oral health
  • pressure ulcers or skin conditions

What should I drink?

Aim for at least 8 drinks per day.

Any fluid, """)
add(id="t12-health-gov-au-palliative-aged-care-dehydration", group="urgent", url="https://www1.health.gov.au/internet/publications/publishing.nsf/Content/palliative-agedcare-comm-familybkt-toc~palliative-agedcare-comm-familybkt-3~palliative-agedcare-comm-familybkt-3-manage~palliative-agedcare-comm-familybkt-3-dehydration", source="Australian Government Department of Health, palliative aged care booklet for families (section on dehydration)", licence=CCBYAU,
    title="Dehydration", audience="consumer", genre="patient information", topic="dehydration in older people receiving palliative/aged care", topic_kind="condition",
    W=True, reason="consumer carers' page about a condition that can come on quickly in frail older people; carers need to know when to get help", urgency="same-day", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole section text (the 'Advice for carers' paragraph is doubled as returned); title supplied from the URL",
    evidence=["If the older person is very unwell and refusing drinks, or is finding it difficult to drink, it is important to seek advice from the doctor or nurse. Dehydration can occur quickly so don’t delay reporting this problem for long."],
    notes="signs (very unwell and refusing drinks, difficulty drinking) tied to seeking advice from the doctor or nurse without delay; present (the quote occurs twice, as returned)",
    text="""Older people can easily become dehydrated (lacking enough fluid). This can cause problems including constipation, weakness and dizziness. Make sure that you have enough to drink. Include plenty of drinks that are not tea, coffee or alcohol, as these drinks all tend to increase dehydration.
Don’t wait until you feel thirsty. As you get older, you don’t feel thirst as much and you can be dehydrated before you are thirsty.
Advice for carers
Encourage the older person to take favourite drinks that are not tea, coffee or alcohol (which can all worsen dehydration). If the older person is very unwell and refusing drinks, or is finding it difficult to drink, it is important to seek advice from the doctor or nurse. Dehydration can occur quickly so don’t delay reporting this problem for long. When the older person is very unwell, you may be asked to try ice chips instead of drinks.
Encourage the older person to take favourite drinks that are not tea, coffee or alcohol (which can all worsen dehydration). If the older person is very unwell and refusing drinks, or is finding it difficult to drink, it is important to seek advice from the doctor or nurse. Dehydration can occur quickly so don’t delay reporting this problem for long. When the older person is very unwell, you may be asked to try ice chips instead of drinks.""")
