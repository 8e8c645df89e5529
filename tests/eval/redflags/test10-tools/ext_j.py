# batch j: heat (NHS trust emergency-planning page, CCG news)
add(id="t10-uhs-warm-weather-advice", group="urgent", url="https://www.uhs.nhs.uk/AboutTheTrust/PlansPoliciesAndStrategies/Emergencyplanning/Warm-weather-advice.aspx", source="University Hospital Southampton NHS Foundation Trust, emergency planning page", licence=OGL,
    title="Warm weather advice", audience="consumer", genre="screening-prevention", topic="heatwave health advice", topic_kind="prevention",
    W=True, reason="public heat-health warning; readers need to know the signs of heat exhaustion/heatstroke and when to get help", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the whole short page (ends with a link line to NHS heatwave advice)",
    evidence=[],
    notes="complete short page: risk groups and prevention tips, then a link to NHS advice; no signs, no where-to-get-help; warranted & missing on a complete text (as TEST9's heat notices)",
    text="""Warm weather advice

The Trust has prepared for a heatwave as part of our overall emergency planning.

Extreme heat is dangerous to everyone and, when temperatures remain abnormally high over more than a couple of days, it can prove fatal.

People with heart, respiratory and serious health problems are more at risk and the heat can make these conditions worse. Babies and young children are also especially at risk.

Look after yourself and others during heatwaves, to avoid sunstroke and other serious effects of extreme heat.

Top tips include:

  • Staying out of the sun in the hottest part of the day
  • Protecting your skin with sunscreen and a hat
  • Keeping hydrated

Read the NHS heatwave advice here.""")
add(id="t10-mid-essex-ccg-heatwave-advice-news", group="urgent", url="http://midessexccg.nhs.uk/news/579-heatwave-advice", source="NHS Mid Essex Clinical Commissioning Group, news", licence=OGL,
    title="Heatwave Advice", audience="consumer", genre="news or research report", topic="heatwave health advice (local NHS news)", topic_kind="prevention",
    W=True, reason="news item that gives the public heat-health advice (public health advice, so warranted)", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole news item",
    evidence=["If symptoms such as breathlessness, chest pain, confusion, weakness, dizziness or cramps get worse or don’t go away, seek medical help by speaking to your local Pharmacist, GP or by calling NHS 111."],
    notes="complete news item; worsening symptoms tied to pharmacist/GP/111; no heatstroke-999 line (GP/111-level present)",
    text="""News

Heatwave Advice

As temperatures soar, local NHS health advisers are urging people to make sure they take care and follow some simple tips to stay cool.

Hot weather can cause dehydration, heatstroke, heat exhaustion and make heart and breathing problems worse.

Tips to stay well in the heat:

  • Stay out of the sun and don’t go out between 11am and 3pm (the hottest part of the day) if you’re vulnerable to the effects of heat
  • Keep rooms cool by using shades or reflective material outside the windows. If this isn't possible, use light-coloured curtains and keep them closed (metallic blinds and dark curtains can make the room hotter)
  • Have cool baths or showers, and splash yourself with cool water
  • Drink cold drinks regularly, such as water and fruit juice. Avoid tea, coffee and alcohol
  • Stay tuned to the weather forecast on the radio or TV, or at the Met Office website
  • Plan ahead to make sure you have enough supplies, such as food, water and any medications you need
  • Identify the coolest room in the house so you know where to go to keep cool
  • Wear loose, cool clothing and a hat if you go outdoors
  • Shut windows and pull down the shades when it is hotter outside. If it’s safe, open them for ventilation when it is cooler
  • Check up on friends, relatives and neighbours who may be less able to look after themselves.

If someone feels unwell, get them somewhere cool to rest and give them plenty of fluids to drink.

If symptoms such as breathlessness, chest pain, confusion, weakness, dizziness or cramps get worse or don’t go away, seek medical help by speaking to your local Pharmacist, GP or by calling NHS 111.

For more information visit NHS Choices website where there’s lots of good advice on staying safe in the sun.""")
