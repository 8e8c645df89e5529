# batch m: World Sepsis Day news (NHS trust, GP practice), epididymo-orchitis (NHS sexual health)
add(id="t10-jpaget-world-sepsis-day-2023-news", group="urgent", url="https://www.jpaget.nhs.uk/news-media/news-events/2023-news/september/world-sepsis-day/", source="James Paget University Hospitals NHS Foundation Trust, news (September 2023)", licence=OGL,
    title="World Sepsis Day", audience="consumer", genre="news or research report", topic="sepsis awareness (hospital news)", topic_kind="condition",
    W=True, reason="public awareness news that lists the signs of sepsis for readers (public health advice), so warranted", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole news item (ends with two links)",
    evidence=[],
    notes="hard call: sepsis signs are listed and 'Sepsis is a medical emergency' is said of the condition, but no action (999/A&E/111) is given - only links; complete text, warranted & missing. A staff-awareness angle (ward visits) but addressed to the public",
    text="""Our team have been raising awareness this week ahead of World Sepsis Day – today, Wednesday 13 September - to highlight the signs of Sepsis and the need for fast and effective treatment.
Sepsis happens when the body’s response to an infection injures its own tissues and organs. It may lead to shock, multi-organ failure, and death – especially if not recognised early and treated promptly.
Sepsis is responsible for at least 11 million deaths worldwide each year with between 47 and 50 million cases every year. Sepsis is a medical emergency. Signs of Sepsis can include slurred speech or confusion, extreme shivering or muscle pain/ fever, passing no urine all day, severe breathlessness and mottled or discoloured skin.
This week the team have been visiting wards to raise awareness and there is a stand outside our Chapel today to provide more information. Our staff pictured are all supporting the day.
Find out more at https://www.worldsepsisday.org/sepsis and learn about the symptoms of Sepsis at https://www.nhs.uk/conditions/sepsis/""")
add(id="t10-paston-surgery-world-sepsis-day", group="urgent", url="https://www.pastonsurgery.nhs.uk/practice_news/world-sepsis-day-13th-september/", source="Paston Surgery (NHS GP practice), practice news", licence=OGL,
    title="World Sepsis Day: 13th September", audience="consumer", genre="news or research report", topic="sepsis awareness (GP practice news)", topic_kind="condition",
    W=True, reason="public awareness news that gives sepsis signs and what to do (public health advice), so warranted", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the whole short news item",
    evidence=["The symptoms can be signs of the fatal reaction and it’s important to call either 999 or 111 if you have any suspicions of sepsis."],
    notes="complete item; adult signs (confusion, slurred speech, mottled skin, non-blanching rash, breathlessness) followed by 999/111",
    text="""World Sepsis Day: 13th September

World Sepsis Day: 13th September

World Sepsis Day raises awareness of sepsis, and encourages many challenges and events to take place in support of World Sepsis Day. There are many social-media challenges that you can support if you can’t hold or attend an event yourself, or there are suggestions on the types of events you could organise and how to get started.

Sepsis can be fatal, and it’s important to know the signs and symptoms. In adults and older children, the symptoms can be concerning. Symptoms can include: confusion and slurred speech, blue or grey blotchy skin, a rash that doesn’t fade when you roll a glass over it, and irregular breathing or shortness of breath. The symptoms can be signs of the fatal reaction and it’s important to call either 999 or 111 if you have any suspicions of sepsis.""")
add(id="t10-devon-sexual-health-epididymo-orchitis", group="urgent", url="https://www.devonsexualhealth.nhs.uk/stis/epididymo-orchitis/", source="Devon Sexual Health (NHS service), condition page", licence=OGL,
    title="What is Epididymitis and Epididymo-orchitis?", audience="consumer", genre="patient information", topic="epididymitis and epididymo-orchitis (testicular pain)", topic_kind="condition",
    W=True, reason="consumer page on testicular pain and swelling; readers need the torsion warning (sudden severe pain -> A&E) and when to see a clinician", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim (headings doubled as on the page); cut at the heading 'What should I do if I think I have Epididymit'",
    evidence=[],
    notes="the stored part covers symptoms and treatment and is cut at the what-should-I-do heading, before any advice; missing because of the cut (partial). Urgency emergency because sudden testicular pain may be torsion",
    text="""What is Epididymitis and Epididymo-orchitis?

What is Epididymitis and Epididymo-orchitis?

Epididymitis is where a tube at the back of the testicles (balls) becomes swollen and painful. Orchitis is an inflammation of the testicles. The epididymis carries and stores sperm and when this becomes swollen it can lead to pain and swelling in the testicles which is called epididymo-orchitis. It’s most common in men under 35 years old and is usually caused by a sexually transmitted infection such as chlamydia or gonorrhoea.

What are the symptoms (signs) of Epididymitis?

What are the symptoms (signs) of Epididymitis?

Symptoms of epididymitis may begin by being mild, however if left untreated they will become more severe. Symptoms include:

  • sudden or gradual pain in one or both of your testicles (balls)
  • the bag of skin containing your testicles (scrotum) feeling tender, warm and swollen, sometimes with some redness.
  • a build-up of fluid around your testicle that feels like a lump or swelling

You may also experience other symptoms depending on the cause – for example, difficulty or pain when peeing, a white, yellow or green discharge from the tip of the penis or pain during sexual intercourse and ejaculation.

Treatment for Epididymitis and Epididymo-orchitis

Treatment for Epididymitis and Epididymo-orchitis

Treatment for epididymitis and epididymo-orchitis is with antibiotics. You should start to feel better after 2 or 3 days but it can take longer to fully recover. You need to make sure that you take the complete course of antibiotics even if you are feeling better. There are also some things that you can do to make yourself feel a bit more comfortable during this time such as taking painkillers like ibuprofen, holding a cold pack or some frozen peas wrapped in a tea towel against the inflamed area and wearing underwear that supports your scrotum (balls).

What should I do if I think I have Epididymit""")
