# batch g: school D&V notices, sepsis research news and fact sheet
DVR = "school notice about diarrhoea and vomiting cases to parents; readers need the signs of dehydration or severe illness that mean getting help (TEST7 convention for D&V school notices)"
add(id="t8-smmj-knowsley-norovirus-letter-2019", group="urgent", url="http://smmj.co.uk/page/norovirus/60099", source="School website (Knowsley), letter from Knowsley MBC Public Health / Public Health England", licence=SCHOOL + " (letter from a council public health consultant)",
    title="Increase in diarrhoea and vomiting (Norovirus)", audience="consumer", genre="patient information", topic="norovirus (diarrhoea and vomiting) in schools", topic_kind="condition",
    W=True, reason=DVR, urgency="prompt", partial=False, retrieved="search tool excerpt (pages corpus) stored verbatim; the whole letter (a link target is missing)",
    evidence=[], notes="hard call: complete letter; infection-control and exclusion advice only, no dehydration signs and no when-to-get-help advice; complete-text omission; title is the letter's subject line",
    text="""November 2019 

Dear Parent / Guardian 

Increase in diarrhoea and vomiting (Norovirus) 

We are seeing a number of cases of diarrhoea and/or vomiting type illnesses in schools across Knowsley. 

Norovirus is usually self-limiting and gets better without antibiotics, which are not appropriate for viral illnesses, symptoms usually last between one and three days. This illness can usually be managed by schools, with support from parents, through recommended infection prevention and control measures, and I would request that parents / guardians please follow the advice shown below:- 

• It is important to let the school know the nature of the illness when reporting sickness absence for your child. Schools need to keep daily records of the numbers of children off with diarrhoea and/or vomiting, so that any outbreak can be monitored. 

• Children displaying the symptoms of diarrhoea and/or vomiting should always be kept away from school as they may pass on the infection. 

• Children should always be kept at home for 48 hours after their last episode of diarrhoea and/or vomiting, as they can remain infectious. 

• Norovirus is spread by close contact with someone who is being sick or has diarrhoea. Infected children should be kept away from school staff and other children. 

• Thorough hand-washing with liquid soap and water is a vital infection control measure. 

Many thanks for your help in this regard. 

If you would like further information around norovirus, this can be accessed via the NHS Choices website at: 

Yours sincerely 

Chris McBrien Public Health Consultant Knowsley MBC 

Public Health England""")
add(id="t8-mountcarmel-high-viral-gastroenteritis-2019", group="urgent", url="https://mountcarmelhigh.co.uk/news/2019-11-18-viral-gastroenteritis", source="Mount Carmel RC High School (Accrington), school news", licence=SCHOOL,
    title="Re: Viral gastroenteritis", audience="consumer", genre="patient information", topic="viral gastroenteritis (norovirus) in school", topic_kind="condition",
    W=True, reason=DVR, urgency="prompt", partial=False, retrieved="search tool excerpt (pages corpus) stored verbatim; the whole short letter",
    evidence=[], notes="complete letter written with the health protection team; exclusion advice and a leaflet link only, no signs and no action for a child who gets worse; complete-text omission",
    text="""Dear Parents/Carers
Re: Viral gastroenteritis
We have identified that a number of children within school are off ill at the present time with symptoms of vomiting and/or diarrhoea and fever. The numbers are larger than would normally be expected, so after discussion with the Cumbria and Lancashire Health Protection Team we are writing to parents. The symptoms are suggestive of viral gastroenteritis (also known as norovirus) and it is known that high levels of viral illness are currently circulating in the community.
If your child is affected with these symptoms we would like to reiterate to parents, carers and staff members that children should remain off school until they have been symptom free for 48 hours. This advice will be strictly adhered to for the general health and wellbeing of the whole school community.
We would like to thank you for your co-operation in this matter. Information leaflets about viral gastroenteritis are available from at http://www.patient.co.uk/health/norovirus-leaflet""")
add(id="t8-nhlbi-press-new-way-target-sepsis-2018", group="no-red-flag", url="https://www.nhlbi.nih.gov/news/2018/researchers-report-new-way-target-sepsis", source="National Heart, Lung, and Blood Institute (NIH), NHLBI in the Press", licence=PD,
    title="Researchers report new way to target sepsis", audience="consumer", genre="news or research report", topic="sepsis research in mice", topic_kind="other",
    W=False, reason="@news", urgency="none", partial=False, retrieved="search tool excerpt (pages corpus) stored verbatim; the whole news item",
    evidence=[], notes="trap: 'without timely treatment, can rapidly lead to tissue damage, organ failure, and death' describes the condition, no reader action",
    text="""NHLBI IN THE PRESS

Researchers report new way to target sepsis

Researchers are reporting a new way to target sepsis, a leading cause of hospital deaths.  The findings could save lives in the future, they say.

Sepsis is a serious medical condition caused by an overwhelming immune response to infection. It is difficult to detect at its early stages, and without timely treatment, can rapidly lead to tissue damage, organ failure, and death. Scientists have not yet developed a medicine that specifically targets the aggressive immune response seen with sepsis.

In the new study conducted in mice, scientists found that there are different molecular pathways in sepsis depending on the type of bacterial pathogen present and that pathogens appear to be able to disable the protective machinery of the host. The scientists found that boosting the level of certain enzymes appeared to reduce inflammation. The finding points toward a potential strategy for developing drugs against sepsis that exploits this mechanism.  The study, partly funded by NHLBI, appeared in Cell Host & Microbe.

Media Coverage

|
Technology.org
|
Science Daily
|
Medical Xpress""")
add(id="t8-nigms-sepsis-fact-sheet", group="no-red-flag", url="http://www.nigms.nih.gov/education/fact-sheets/Pages/sepsis.aspx", source="National Institute of General Medical Sciences (NIH), science education fact sheet", licence=PD,
    title="Sepsis", audience="consumer", genre="other", topic="sepsis: what scientists know (science education)", topic_kind="condition",
    W=False, reason="science-education fact sheet about sepsis research; it refers readers to CDC for symptoms; red flags not expected of its kind", urgency="emergency",
    evidence=[], notes="hard call: consumer-readable page on an emergency condition, but its scope is the science and it explicitly defers symptoms to CDC; judged like research explainers (not warranted); excerpt cut",
    text="""Sepsis

On this page:

What Is Sepsis?

Sepsis is a person’s overwhelming or impaired whole-body immune response to an insult—an infection or an injury to the body, or something else that provokes such a response. Sepsis occurs unpredictably and can progress rapidly. In the worst cases, blood pressure drops, the heart weakens, and the patient spirals toward septic shock. Once this happens, multiple organs—lungs, kidneys, liver—can quickly fail, and the patient can die.

The Importance of Studying Sepsis

Sepsis is a serious condition and a leading cause of death in hospitals. Each year, according to the Centers for Disease Control and Prevention (CDC), at least 1.7 million adults in the U.S. develop sepsis, and nearly 270,000 die as a result. It’s also a main reason why people are readmitted to the hospital.

Unfortunately, there’s no specific diagnostic test or treatment protocol for sepsis other than supportive care for the health problems resulting from sepsis and therapy to fight infectious agents that may be the underlying cause.

More information about the symptoms, diagnosis, and treatment of sepsis is available from CDC.

Many dark blue rod-shaped structures on a black background.
The bacterial species Escherichia coli (E. coli), as seen under the microscope. Infection with E. coli is a common cause of bacterial sepsis. Credit: National Institute of Allergy and Infectious Diseases, National Institutes of Health.

What Scientists Know About the Causes of Sepsis

Bacterial infections cause most cases of sepsis. However, viral infections, such as COVID-19 or influenza; fungal infections; or noninfectious insults, such as traumatic injury, can also cause sepsis. Normally, the body releases chemical or protein immune mediators into the blood to combat the infection or insult. If unchecked, those immune mediators trigger widespread inflammation, blood clots, and leaky blood vessels. As a result, blood flow is impaired, depriving organs of nutr""")
