# batch f: Wikipedia text on mirrors (croup, heat stroke)
add(id="t10-wikipedia-croup-freemedicalvideos", group="no-red-flag", url="http://freemedicalvideos.com/videogallery/croup/", source="Wikipedia article 'Croup' (lead section), reposted without attribution on a video-gallery site", licence=CCBYSA + "; Wikipedia text reposted by a third party",
    title="Croup", audience="consumer", genre="other", topic="croup in children", topic_kind="condition",
    W=False, reason="encyclopedia text on an acute condition (reference, not guidance); by the TEST9 convention red flags are not expected", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the whole repost (two paragraphs of the Wikipedia lead)",
    evidence=[],
    notes="hard call: encyclopedia lead on an acute childhood condition (stridor at rest, working hard to breathe -> emergency); not warranted by convention; urgency set by topic",
    text="""Croup is a type of respiratory infection that is usually caused by a virus. The infection leads to swelling inside the wind pipe, which interferes with normal breathing and produces the classic symptoms of “barking” cough, stridor, and a hoarse voice. Fever and runny nose may also be present. These symptoms may be mild, moderate, or severe. Often it starts or is worse at night. It normally lasts one to two days.
Croup can be caused by a number of viruses including parainfluenza and influenza virus. Rarely it is due to a bacterial infection. Croup is typically diagnosed based on signs and symptoms after potentially more severe causes such as epiglottitis or an airway foreign body have been ruled out. Further investigations—such as blood tests, X-rays, and cultures—are usually not needed.
Many cases of croup are preventable by immunization for influenza and diphtheria. Croup is usually treated with a single dose of steroids by mouth. In more severe cases inhaled epinephrine may also be used. Hospitalization is required in one to five percent of cases.

""")
add(id="t10-dbpedia-heat-stroke-triplydb", group="no-red-flag", url="https://triplydb.com/MikelEganaAranguren/iris/browser?resource=http%3A%2F%2Fdbpedia.org%2Fresource%2FHeat_stroke", source="DBpedia abstract of the Wikipedia article 'Heat stroke', shown in a TriplyDB dataset browser", licence=CCBYSA + "; DBpedia abstract shown by a third party",
    title="Heat stroke", audience="consumer", genre="other", topic="heat stroke", topic_kind="condition",
    W=False, reason="encyclopedia abstract on an acute condition (reference, not guidance); by the TEST9 convention red flags are not expected", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the abstract appears twice in the page and both copies are kept",
    evidence=[],
    notes="hard call: encyclopedia abstract; treatment sentence ('requires rapid physical cooling') is not tied to any help-seeking action; not warranted by convention; urgency set by topic",
    text="""Heat stroke

("Heatstroke" and "heatstrokes" redirect here. For other uses, see Heatstroke (disambiguation).) Heat stroke, also known as sun stroke, is a severe heat illness, defined as hyperthermia with a body temperature greater than 40.6 °C (105.1 °F) because of environmental heat exposure with lack of thermoregulation. This is distinct from a fever, where there is a physiological increase in the temperature set point of the body. The term "stroke" in "heat stroke" is a misnomer in that it does not involve a blockage or hemorrhage of blood flow to the brain. Preventive measures include drinking plenty of cool liquids and avoiding excessive heat and humidity, especially in unventilated spaces, such as parked cars, that can overheat quickly. Treatment requires rapid physical cooling of the body.

Heat stroke

("Heatstroke" and "heatstrokes" redirect here. For other uses, see Heatstroke (disambiguation).) Heat stroke, also known as sun stroke, is a severe heat illness, defined as hyperthermia with a body temperature greater than 40.6 °C (105.1 °F) because of environmental heat exposure with lack of thermoregulation. This is distinct from a fever, where there is a physiological increase in the temperature set point of the body. The term "stroke" in "heat stroke" is a misnomer in that it does not involve a blockage or hemorrhage of blood flow to the brain. Preventive measures include drinking plenty of cool liquids and avoiding excessive heat and humidity, especially in unventilated spaces, such as parked cars, that can overheat quickly. Treatment requires rapid physical cooling of the body.""")
