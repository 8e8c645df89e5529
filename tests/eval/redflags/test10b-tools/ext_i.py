# batch i: Wikipedia 'Heat exhaustion' (older revision), ClinicalTrials.gov chest-pain eligibility record (repost), cold weather notices (Our Gateshead, Wish Park Surgery)
add(id="t10b-wikipedia-heat-exhaustion-old-revision", group="no-red-flag", url="https://en.wikipedia.org/wiki/Heat_exhaustion", source="English Wikipedia, article 'Heat exhaustion' (an older, short revision as stored by the search tool)", licence=CCBYSA,
    title="Heat exhaustion", audience="consumer", genre="other", topic="heat exhaustion", topic_kind="condition",
    W=False, reason="encyclopedia article on a condition (reference, not guidance); by the TEST9 convention red flags are not expected", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the whole short stub revision (lead, symptoms, first aid, one reference)",
    evidence=[],
    notes="hard call: encyclopedia stub; 'It is a medical emergency' is about the condition (not evidence) and first aid (move to a cool place, cold liquids) is self-care only; not warranted by convention; urgency set by topic (heat exhaustion that does not improve / heatstroke -> emergency)",
    text="""Heat exhaustion

From Wikipedia, the free encyclopedia
Jump to: navigation, search

Heat exhaustion is a severe form of heat illness. It is a medical emergency. Heat exhaustion is caused by the loss of water and sodium through sweating.

Signs and symptoms[edit]

Symptoms of heat exhaustion include nausea, dizziness, irritability, headache, thirst, weakness, high body temperature, excessive sweating, and decreased urine output.[1]


First aid for heat exhaustion involves moving the affected person to a cool environment and administering cold liquids.[1]


If untreated, heat exhaustion may progress to heat stroke.[1]


  1. ^ a b c Jacklitsch, Brenda L. (June 29, 2011). "Summer Heat Can Be Deadly for Outdoor Workers". NIOSH: Workplace Safety and Health. Medscape and NIOSH.""")
add(id="t10b-ignite-ctgov-nct03546933-chest-pain-eligibility", group="no-red-flag", url="https://ignite-sd.com/clinical/show/eligibilitymodule/118199", source="Ignite (third-party viewer of ClinicalTrials.gov records), eligibility module of NCT03546933", licence=PDREPOST,
    title="Eligibility Module (NCT03546933)", audience="professional", genre="clinical-trial or research listing", topic="trial eligibility: emergency department patients with suspected cardiac chest pain", topic_kind="other",
    W=False, reason="@trial", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the whole eligibility-module page (viewer boilerplate and record fields)",
    evidence=[],
    notes="trial eligibility record (chest pain of suspected cardiac origin, STEMI excluded); not advice to readers; not warranted; urgency set by topic (acute chest pain)",
    text="""Eligibility Module

Eligibility Module

The Eligibility Module contains detailed information about who can participate in the clinical trial. This includes eligibility criteria, age restrictions, gender requirements, healthy volunteer status, and study population descriptions, helping researchers understand who is eligible to participate in the study.

Eligibility Module path is as follows:

Study -> Protocol Section -> Eligibility Module

Eligibility Module


Ignite Creation Date: 2025-12-25 @ 2:40 AM
Ignite Modification Date: 2025-12-25 @ 2:40 AM
NCT ID: NCT03546933
Eligibility Criteria: Inclusion Criteria: * Patient presents to the ED with chest pain syndrome of suspected cardiac origin (i.e. symptoms consistent with ACS) * 18+ year old male or female * Patient is willing and able to give written informed consent Exclusion Criteria: * ST-segment Elevation MI (STEMI) * Clear non-ischemic cause for symptoms (e.g. trauma) * Hemodynamic instability on admission (e.g. BP\\>220mmHg systolic \\& \\>110mmHg diastolic, \\<80mmHg systolic \\& \\<40mmHg diastolic, HR\\>160bpm) * Ventricular tachycardia or fibrillation that cannot be treated effectively * Atrial fibrillation * Thoracic metal implants * Pacemaker or internal defibrillator * Pregnancy (if after 20-week period)\\* or lactation * Patient unable to lie down (i.e. supine position) or stay still on the examination bed * Patient unable to understand the informed consent process and/or has a poor understanding of English (e.g. English- speaking relative/translator not available) * Patient unable to comply with the requirements of the protocol
Healthy Volunteers: False
Sex: ALL
Minimum Age: 18 Years
Study: NCT03546933
Study Brief:
Protocol Section: NCT03546933""")
add(id="t10b-our-gateshead-cold-weather-alert", group="urgent", url="https://www.ourgateshead.org/news/cold-weather-alert-please-check-your-neighbours", source="Our Gateshead (Gateshead Council community website), news item", licence=OGL,
    title="Cold Weather alert - Please check on your neighbours", audience="consumer", genre="screening-prevention", topic="severe cold weather alert: protecting older people", topic_kind="prevention",
    W=True, reason="public-health cold-weather warning; by convention cold alerts are warranted (hypothermia, heart attack, stroke risk)", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole short news item (link to Met Office alerts not stored)",
    evidence=[],
    notes="complete short cold alert: risks named (chest infections, heart attacks, strokes) and room temperatures advised, but no sign of hypothermia or illness tied to getting help; warranted and missing (complete text); council-run community site, licence presumed",
    text="""Cold Weather alert - Please check on your neighbours

The Met Office has forecast that severe cold weather in all regions of England is likely to last until Thursday.

Please inform older people and make sure they have everything they need to keep warm and well.

Exposure to the cold can have a devastating impact on older people, who are particularly vulnerable to the impact of low temperatures. As people get older it takes longer to warm up which can be bad for health. Breathing in cold air lowers the body temperature, and raises the risk of chest infections, heart attacks and strokes.

The ideal temperature for a bedroom is 18°C (64°F) and 21°C (70°F) for a living room. Ask older people to check their thermostat or use a room thermometer to monitor temperature, and keep their bedroom windows shut on a winter’s night.

More detailed forecasts for individual regions can be found on the Met Office website here:

Met Office: Cold Weather Alerts

""")
add(id="t10b-wish-park-surgery-cold-weather-advice", group="urgent", url="https://wishpark.gpsurgery.net/cold-weather-advice-2/", source="Wish Park Surgery (NHS GP practice), news post", licence=OGL,
    title="Cold Weather Advice", audience="consumer", genre="screening-prevention", topic="cold weather health risks: checking on vulnerable people", topic_kind="prevention",
    W=True, reason="public-health cold-weather advice from a GP practice; by convention cold alerts are warranted", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole short post",
    evidence=[],
    notes="hard call: complete post naming risks (heart attack, stroke, hypothermia) but the only action is contacting the council or the Age UK helpline if worried about a neighbour (a welfare line, not medical help tied to signs; like the National Gas Helpline convention); warranted and missing (complete text)",
    text="""Cold Weather Advice

The current forecast is telling us that it will be particularly cold this week and into the weekend.

When the temperature drops to below 8C, some people are at increased risk of:

Heart attack,stroke,flu,pneumonia,falls and injuries, hypothermia

Cold weather can also affect people with mental health conditions, such as depression and dementia.

Check up on older neighbours and relatives, and those with heart or respiratory (breathing) problems, to make sure:

they’re safe and well,are warm enough, especially at night,have stocks of food and medicines so they don’t need to go out during very cold weather

If you’re worried about a relative or elderly neighbour, contact your local council or call the Age UK helpline on 0800 678 1174 (8am-7pm every day).


""")
