# batch m: DKA (Wikipedia lead on Freebase), CDC AsthmaStats page, stroke news (The Chorley Surgery)
add(id="t10b-freebase-diabetic-ketoacidosis-wikipedia-lead", group="no-red-flag", url="http://www.freebase.com/view/en/diabetic_ketoacidosis", source="Freebase topic page 'Diabetic ketoacidosis' showing the Wikipedia article lead", licence=CCBYSA + "; Wikipedia lead shown on Freebase (Freebase data CC BY)",
    title="Diabetic ketoacidosis", audience="consumer", genre="other", topic="diabetic ketoacidosis (definition)", topic_kind="condition",
    W=False, reason="encyclopedia/knowledge-base entry on a condition (reference, not guidance); by the TEST9 convention red flags are not expected", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the topic page shows the Wikipedia lead cut at 'DKA may be the first symptom...' with a 'More / Read article at Wikipedia' link (the truncation is the page's own), then classification codes",
    evidence=[],
    notes="hard call: knowledge-base entry quoting the Wikipedia lead, truncated by the page itself; no advice; not warranted (encyclopedia convention); urgency set by topic",
    text="""Diabetic ketoacidosis (DKA) is a potentially life-threatening complication in patients with diabetes mellitus. It happens predominantly in those with type 1 diabetes, but it can occur in those with type 2 diabetes under certain circumstances. DKA results from a shortage of insulin; in response the body switches to burning fatty acids and producing acidic ketone bodies that cause most of the symptoms and complications.
DKA may be the first symptom...
More
Read article at Wikipedia
Includes classifications:
- type II diabetes mellitus [non-insulin dependent type] [NIDDM type] [adult-onset type] or unspecified type, not stated as uncontrolled, with ketoacidosis ,
- type I diabetes mellitus [insulin dependent type] [IDDM] [juvenile type], not stated as uncontrolled, with ketoacidosis ,
- type II diabetes mellitus [non-insulin dependent type] [NIDDM type] [adult-onset type] or unspecified type, uncontrolled, with ketoacidosis ,
- type I diabetes mellitus [juvenile type], uncontrolled, with ketoacidosis
Causes:
Also known as:
- DKA,
- Diabetic Ketosis""")
add(id="t10b-cdc-asthmastats-landing", group="no-red-flag", url="https://www.cdc.gov/asthma/asthma_stats/", source="Centers for Disease Control and Prevention, AsthmaStats", licence=PD,
    title="AsthmaStats", audience="consumer", genre="statistics", topic="asthma statistics (ED visit rates, office visits, missed school days)", topic_kind="other",
    W=False, reason="@stat", urgency="none", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut mid-sentence at 'the development of ' in the list of prior AsthmaStats",
    evidence=[],
    notes="statistics landing page; mentions ED use for exacerbations only as data; not warranted",
    text="""AsthmaStats provides national and state level estimates among children and adults on asthma-related specific topics using data from National Center for Health Statistics (NCHS) surveys, the Vital Statistics System, and the BRFSS Asthma Call-back Survey (ACBS).

New AsthmaStats
Line graph showing asthma emergency department (ED) visits rate per 10,000 population by age group and year: US, 2010-2018
Asthma emergency department (ED) visits 2010–2018

Asthma emergency department (ED) visits rate* (per 10,000 population) by age group† and year: United States, 2010–2018.

The emergency department (ED) is an important place for patients to seek immediate care for asthma exacerbations. It may also be the main place of care for some patients who do not have a medical home or a primary care provider. The asthma ED visits rate with a primary diagnosis of asthma (per 10,000 population) for adults (trend slope p-value=0.42), for children (trend slope p-value=0.43), or for all ages (trend slope p-value=0.25) did not change significantly from 2010 through 2018 (Figure).

Prior AsthmaStats


Asthma-related physician office rates among children declined from 2010 to 2016.


Nearly half the people with current asthma had one or more asthma attacks in the past 12 months.


The rate of physician office visits with asthma as the first-listed diagnosis was 304.4 per 10,000 persons.


More adults with asthma than adults without asthma reported having a flu vaccine.


More adults with asthma than adults without asthma have fair or poor health.


Children who have asthma use a hospital emergency department as their usual place for medical care more than other children.


The percent of children with asthma who reported one or more missed school days in 2013 was significantly lower than in 2003.


Asthma severity determines type and duration of treatment.


Frequent use of quick-relief may indicate inadequate asthma control


Obesity is associated significantly with the development of """)
add(id="t10b-chorley-surgery-stroke-news-2021", group="urgent", url="https://www.thechorleysurgery.com/2021/02/24/stroke-2/", source="The Chorley Surgery (NHS GP practice), news post 24 February 2021", licence=OGL,
    title="Stroke", audience="consumer", genre="news or research report", topic="fewer people attending hospital with stroke symptoms: recognise the signs and dial 999", topic_kind="symptom",
    W=True, reason="news item giving the public advice about an emergency (stroke); by convention such news is warranted", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole short post (the 'More information' link is truncated as stored)",
    evidence=["Together they are encouraging people to recognize the main signs of stroke and dial 999."],
    notes="hard call: the signs themselves are not listed, but the situation (signs of stroke) is named next to the action (dial 999), which the convention counts (like Dr Sims' FAST post); present",
    text="""Some hospitals in Lancashire and South Cumbria are experiencing a reduction in people attending with symptoms of a stroke.
Doctors, Nurses, former Stroke Survivors and their carers are worried that people are not acting on the signs of a stroke quick enough and want to therefore reassure patients.
Together they are encouraging people to recognize the main signs of stroke and dial 999. A stroke is a serious life-threatening condition that happens when the blood supply to part of the brain is cut off. A stroke often results in people being taken by ambulance to A&E for emergency treatment.
More information can be found at…/310…""")
