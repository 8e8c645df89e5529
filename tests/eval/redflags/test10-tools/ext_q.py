# batch q: NICHD newsroom listing (preterm topic)
add(id="t10-nichd-newsroom-preterm-listing", group="no-red-flag", url="https://www.nichd.nih.gov/newsroom/news?topic=preterm", source="NICHD (NIH) newsroom, news listing filtered by topic 'preterm'", licence=PD,
    title="News (topic: preterm labor and birth)", audience="consumer", genre="news or research report", topic="research news on preterm birth (listing)", topic_kind="other",
    W=False, reason="@news", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in the fifth teaser at 'Science Update: High-dose D'",
    evidence=[],
    notes="research news listing (preterm birth, bronchopulmonary dysplasia, severe maternal morbidity); no advice to readers; not warranted; urgency set by topic (preterm labour signs call for emergency care)",
    text="""Infertility treatments with ovulation drugs or intrauterine insemination—in which sperm is placed directly into the uterus—are associated with a higher likelihood of preterm birth, suggests a study funded by the National Institutes of Health.
News
NICHD issues News Releases and Media Advisories to the news media. Spotlight and Research Feature articles explain NICHD research findings and public health issues to the general public. An Item of Interest is a short announcement of relevant information, such as a notable staff change.
Media Advisory: Hydrocortisone does not prevent lung complication in extremely preterm infants
Hydrocortisone is no more effective than placebo at preventing damage that can result from oxygen and ventilator therapy necessary to keep preterm infants alive, according to research funded by the National Institutes of Health. The study of a potential treatment for the condition, known as bronchopulmonary dysplasia, appears in the New England Journal of Medicine.
Science Update: Maternal pregnancy complications may increase risk of infant health effects, NIH-funded study suggests
Life-threatening pregnancy complications known as severe maternal morbidity (SMM) appear to be associated with an increased length of hospital stay for infants and an increase in the cost of caring for them, suggests a study funded by the National Institutes of Health. The findings support the hypothesis that infants of mothers with SMM may also be at risk for severe complications. The authors concluded that helping patients to reduce their risk factors—in early pregnancy or before conception—may reduce the chances for SMM and improve the health of infants.
Director's Corner: Survival of the Tiniest
How early can a baby be born and not only survive but thrive? Dr. Bianchi discusses continued progress in saving extremely preterm infants and highlights NICHD’s efforts to prevent preterm births and improve the care of premature babies.
Science Update: High-dose D""")
