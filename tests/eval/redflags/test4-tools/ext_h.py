add(id="t4-ukhsa-newsroom-heat-health-alert-south-west-2022", url="https://ukhsa-newsroom.prgloo.com/news/level-2-heat-health-alert-issued-by-uk-health-security-agency-south-west", source="UK Health Security Agency newsroom (South West)", licence=OGL,
    title="Level 2 heat-health alert issued by UK Health Security Agency South West", audience="consumer", genre="news or research report", topic="heat-health alert", topic_kind="prevention",
    W=True, reason="public-facing alert release whose stated purpose is that readers look after themselves and recognise heat exhaustion",
    evidence=[], urgency="emergency",
    notes="hard call: awareness release labelled warranted (as test3 outbreak/awareness releases); 'look out for signs of heat exhaustion such as feeling dizzy or weak ... and move to a cool place' ties signs to self-care, not to getting help, and no heatstroke/999 advice appears in the excerpt",
    text="""UK Health Security Agency News and Media

16 Jun 2022

Level 2 heat-health alert issued by UK Health Security Agency South West

The UK Health Security Agency (UKHSA) South West has issued a level 2 heat-health alert as the Met Office forecasts high temperatures for the coming days.

This is the first  heat-health alert of the year, with high temperatures expected across the south west and other parts of the country.

The alert, which comes into place at midnight on Thursday 16 June until midnight on Saturday 18 June.

With these high temperatures forecast for the next couple of days, UKHSA South West is taking the chance to remind people to look after themselves and others who may be at risk.

Dominic Mellon, Deputy Director at UK Health Security Agency South West, said:

“Much of the advice on beating the heat is common sense and we want everyone to enjoy the hot weather safely and be aware of good health advice for coping with warmer conditions as sunny spells can pose health risks for some people.

“During periods of hot weather, it is especially important to keep checking on those who are most vulnerable, such as older people and those with heart or lung conditions. Make sure to look out for signs of heat exhaustion such as feeling dizzy or weak with an intense thirst and a headache, and move to a cool place as soon as possible and follow our advice to beat the heat.”

The top ways for staying safe when the heat arrives are to:

  • look out for those who may struggle to keep themselves cool and hydrated – older people, those with underlying conditions and those who live alone are particularly at risk
  • stay cool indoors by closing curtains on rooms that face the sun – and remember that it may be cooler outdoors than indoors
  • drink plenty of fluids and avoid excess alcohol
  • never leave anyone in a closed, parked vehicle, especially infants, young children or animals
  • try to keep out of the sun between 11am to 3pm, when the UV""")
add(id="t4-dwp-childrens-medical-guide-aml-signs", url="http://www.dwp.gov.uk/publications/specialist-guides/medical-conditions/childrens-medical-guides/aml/effects-and-signs/index.shtml", source="Department for Work and Pensions (UK), specialist medical guide for benefit decision makers", licence=OGL,
    title="Acute myeloid leukaemia in children: What are the effects & signs?", audience="professional", genre="other", topic="childhood acute myeloid leukaemia (benefits assessment guide)", topic_kind="condition",
    W=False, reason="administrative guide for benefit decision makers; its actions ('refer to medical services') are about claims, not care",
    evidence=[], urgency="prompt",
    notes="trap: a full sign list of acute leukaemia next to 'refer to medical services' and 'discuss with medical services', which mean DWP's advisers, not seeking care",
    text="""What are the effects & signs?
Children with acute leukaemia feel generally unwell and often rapidly become really ill. Parents may notice that their child looks pale or has nosebleeds or bruises from unexplained or minor trauma. Common symptoms include -:
- Tiredness,
- Weakness,
- Weight loss,
- High temperatures that come and go,
- Frequent infections that do not get better as expected,
- Easy bruising,
- Nose bleeds or bleeding gums,
- Bone or joint pain,
- Blood in the urine or in stools,
- Skin rashes,
- Shortness of breath,
- Swollen glands; and
- Abdominal pain or discomfort.
Leukaemia may affect the brain causing cognitive defects, fits, difficulty moving limbs or personality changes. These symptoms, due to involvement of the brain, are more common in recurrent leukaemia than primary disease.
Indicators of severe functional restriction
- Failure to respond to induction therapy within 4 weeks of treatment – discuss with medical services,
- Terminal illness – refer to medical services,
- Nasogastric feeding,
- Undergoing stem cell transplant.
""")
