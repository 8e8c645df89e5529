# batch a: DKA prevention (NHS), sick-day rules (HSC NI), NIH Record ED news x2, NIGMS emergency-care research listing
add(id="t10b-nhs-dka-prevention", group="urgent", url="http://www.nhs.uk/Conditions/diabetic-ketoacidosis/Pages/Prevention.aspx", source="NHS Choices (nhs.uk), condition page 'Diabetic ketoacidosis - Prevention' (older site)", licence=OGL,
    title="Preventing diabetic ketoacidosis", audience="consumer", genre="patient information", topic="preventing diabetic ketoacidosis: sick day rules", topic_kind="prevention",
    W=True, reason="@acute", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut mid-word at 'a readin' in the blood sugar/ketone checking section",
    evidence=["Seek advice from your diabetes care team or GP if your blood sugar and/or ketone level remains high after taking insulin, if you're not sure whether to make any changes to your treatment, if you develop symptoms of diabetic ketoacidosis, or if you have any other concerns."],
    notes="hard call: sub-page of a multi-page NHS topic; ketones staying high after insulin and DKA symptoms tied to advice from the diabetes team or GP (prompt/GP level); no emergency line in the stored excerpt (cut); present at GP level, as the convention counts GP-level signs with an action",
    text="""Preventing diabetic ketoacidosis  

If you've been diagnosed with diabetes, it's very important that you follow all recommendations regarding diet, medication, insulin therapy and self-testing to help prevent diabetic ketoacidosis.

You should also take extra precautions while you're ill, because illness can cause your blood sugar level to rise or fall to dangerous levels. 

What to do while you're ill

If you need to take insulin to control your diabetes, you should have previously received instructions about looking after yourself when you're ill – known as your "sick day rules". Contact your diabetes care team or GP for advice if you haven't received these.

The advice you're given will be specific to you, but some general measures that your sick day rules may include could be to:

  • keep taking your insulin – it's very important not to stop treatment when you're ill; your treatment plan may state whether you need to temporarily increase your dose
  • test your blood sugar level more often than usual – most people are advised to check the level at least four times a day (see below)
  • keep yourself well hydrated – make sure you drink plenty of sugar-free drinks
  • keep eating – eat solid food if you feel well enough to, or liquid carbohydrates such as milk, soup and yoghurt if this is easier
  • check your ketone levels if your blood sugar level is high (see below)

Seek advice from your diabetes care team or GP if your blood sugar and/or ketone level remains high after taking insulin, if you're not sure whether to make any changes to your treatment, if you develop symptoms of diabetic ketoacidosis, or if you have any other concerns.

Checking your blood sugar and ketone levels

Simple finger prick blood test devices can be used to monitor your blood glucose levels.

Your diabetes care team should advise you about the level you should aim for and when you need to adjust your treatment or seek medical advice, but generally a readin""")
add(id="t10b-hscni-diabetes-pump-sick-day-golden-rules", group="urgent", url="http://diabetesandme.hscni.net/treatments/insulin-pump-therapy/hyperglycaemia/sick-day-golden-rules", source="Diabetes and me (Health and Social Care Northern Ireland), insulin pump therapy: hyperglycaemia sub-page", licence=OGL,
    title="Sick day golden rules", audience="consumer", genre="patient information", topic="sick day rules for insulin pump users (ketones, extra insulin)", topic_kind="prevention",
    W=True, reason="consumer self-management page about illness, high glucose and ketones in type 1 diabetes on a pump; DKA risk means readers need to know when to get urgent help", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole short sub-page body (no page heading returned; links to a flow chart and a dietary page not counted)",
    evidence=[],
    notes="hard call: complete-looking short sub-page of sick day rules (check ketones, extra insulin, fluids, 'see flow chart'); no sign tied to contacting the diabetes team, hospital or 999; warranted and missing (the advice may sit in the linked flow chart, not stored)",
    text="""Ketones must be checked at first sign of sickness (high temperature, feeling sick, abdominal pain etc)
Ketones must be checked if blood glucose >14mmol/l
Give extra fast acting insulin for ketones
If blood glucose level is above 14mmol/L and urine ketones are 1+ or greater, or if blood ketones are 0.6mmol/L, additional fast acting insulin is required.
See flow chart/sick day dose table
Rest
Medications
You can give over the counter or prescribed medications as directed for example paracetamol, antibiotics, sugar free cough syrup
Regular dietary intake
Drink plenty of water and sugar free liquids to prevent dehydration
Normal meal patterns should be maintained if possible
If appetite is reduced, meals can be replaced with carbohydrate containing drinks
If vomiting, encourage to drink small, regular amount of fluids
See ‘Dietary intake during sickness’ for suggestions""")
add(id="t10b-nih-record-2014-changing-role-emergency-rooms", group="no-red-flag", url="https://nihrecord.nih.gov/newsletters/2014/09_12_2014/story4.htm", source="NIH Record (NIH staff newsletter), 12 September 2014", licence=PD,
    title="The Changing Role of Hospital Emergency Rooms", audience="consumer", genre="news or research report", topic="use of hospital emergency departments (NIH Office of Emergency Care Research)", topic_kind="other",
    W=False, reason="@policy", urgency="none", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut mid-sentence at 'closed at t'",
    evidence=[],
    notes="news feature about ED use; the opening 'We know to call 911 if someone might be having a heart attack, stroke or other life-threatening emergency' is a generic line without signs, not evidence",
    text="""skip navigation nih record
Vol. LXVI, No. 19
September 12, 2014
cover

previous story

next story



The Changing Role of Hospital Emergency Rooms

We know to call 911 if someone might be having a heart attack, stroke or other life-threatening emergency. But these days, hospital emergency rooms are increasingly handling much more than medical emergencies.

Each year, 1 in 5 American adults makes at least one visit to the emergency department (ED), according to the Centers for Disease Control and Prevention. Yet of the more than 120 million annual visits to U.S. emergency rooms, relatively few are life-threatening cases. The CDC estimates that nearly 80 percent of adults visit the ED because they lack access to other options at the time.

Dr. Jeremy Brown
Dr. Jeremy Brown

“Many people are using the ED for evaluation of medical questions; sometimes they simply can’t get to see their primary care doctor or their primary care doctor cannot provide the level of tests and services that are needed,” said Dr. Jeremy Brown, director of NIH’s Office of Emergency Care Research, within NIGMS.

A 2013 RAND report titled “The Evolving Role of Emergency Departments in the United States” found that most patients in nonemergency situations visited the ED because they were referred by a doctor, believed the condition was serious or didn’t think they had any alternative.

“I think the ED provides this critical safety net that people can use 24 hours a day, 7 days a week, 365 days a year,” said Brown. “It does an excellent job of taking care of both the emergency issues and also people’s chronic issues that can’t be taken care of elsewhere.”

EDs have come to handle a wide range of medical needs, from the unplanned—an injury or a bout of pneumonia—to the planned, such as a diagnostic test. The ED has become an important place of care for patients who don’t have a medical home or who can’t use their primary care doctor because the office is closed at t""")
add(id="t10b-nih-record-2013-digest-disabled-adults-er-use", group="no-red-flag", url="https://nihrecord.nih.gov/newsletters/2013/01_18_2013/digest.htm", source="NIH Record (NIH staff newsletter), Digest, 18 January 2013", licence=PD,
    title="Digest: Coordinated Care Can Address Disabled Adults’ High Rates of ER Use", audience="consumer", genre="news or research report", topic="research news: emergency department use by adults with disabilities", topic_kind="other",
    W=False, reason="@news", urgency="none", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut mid-sentence at 'which was m' (further digest items not returned)",
    evidence=[],
    notes="research digest item (Medical Expenditure Panel Survey analysis); no advice to readers",
    text="""skip navigation nih record
Vol. LXV, No. 2
January 18, 2013
cover

previous story



Digest

Coordinated Care Can Address Disabled Adults’ High Rates of ER Use

Working-age adults with disabilities account for a disproportionately high amount of annual emergency department visitors, an NIH comparison study has found. As emergency department care may not be the best to address nonurgent concerns and is higher in cost, finding a way to decrease these visits is of interest to many stakeholders.

One of the first detailed looks at this population’s heightened use of urgent care, the NIH study published online in Health Services Research on Dec. 26, 2012, analyzed pooled data from the Medical Expenditure Panel Survey. Researchers found access to regular medical care, health profile complexity and disability status contributed to people with disabilities’ use of the emergency department. To address this disparity, the authors recommend enhanced communication between emergency department and primary care physicians and tailored prevention and primary care programs.

“We want to understand what takes people to the emergency department to learn if their care could be better managed in other ways,” said Dr. Elizabeth Rasch, chief of the epidemiology and biostatistics section in the Clinical Center’s rehabilitation medicine department. “While many of those visits may be necessary, it is likely that some could be avoided through better information-sharing among all of the health care providers who see a particular individual.”

The study found that, despite representing 17 percent of the working-age U.S. population, adults with disabilities accounted for 39.2 percent of total emergency room visits. Those with a severely limiting disability visited an urgent care department more often than their peers and were more likely to visit the department more than 4 times per year. Emergency visits were also associated with poor access to primary medical care, which was m""")
add(id="t10b-nigms-oecr-emergency-care-research-programs", group="no-red-flag", url="https://www.nigms.nih.gov/about/overview/OECR/Pages/programs.aspx", source="National Institute of General Medical Sciences (NIH), Office of Emergency Care Research", licence=PD,
    title="NIH Emergency Care Research and Training Activities", audience="professional", genre="clinical-trial or research listing", topic="NIH emergency-care research networks and trials (stroke, TBI, seizures, cardiac arrest, trauma)", topic_kind="other",
    W=False, reason="@trial", urgency="none", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'Completed' in the Resuscitation Outcomes Consortium section",
    evidence=[],
    notes="research-network listing (NETT, ROC trials: stroke, TIA, TBI, status epilepticus, cardiac arrest, trauma); no advice to the public",
    text="""Skip Over Navigation Links

NIH Emergency Care Research and Training Activities

NIH supports a number of activities in emergency care research and training. These include:

More information about these activities is below.

Research Networks

Neurological Emergencies Treatment Trials Network (NETT)
National Institute of Neurological Disorders and Stroke (NINDS)

The NETT conducts large, simple trials to reduce the impact of very acute injuries and illnesses affecting the brain, spinal cord and peripheral nervous system.

Studies under way include:

  • ALIAS: Evaluating the effectiveness of high-dose, intravenous human serum albumin in acute stroke.
  • POINT Link to external Web site: Comparing aspirin and clopidogrel in patients with a minor stroke or transient ischemic attack.
  • ProTECT Link to external Web site: Examining whether progesterone can limit the amount of brain damage from a traumatic brain injury.
  • SHINE: Examining the efficacy of insulin infusion therapy for glucose control in hyperglycemic acute ischemic stroke patients.

Completed studies include:

  • RAMPART: Compared two anti-seizure medications used by paramedics. This clinical trial showed Link to external Web site that intramuscular midazolam was at least as effective as intravenous lorazepam.

Principal investigators and research sites include:

Resuscitation Outcomes Consortium (ROC)  Link to external Web site
National Heart, Lung, and Blood Institute (NHLBI)

The ROC focuses on two areas of research—traumatic injury and prehospital cardiac arrest.

Studies under way Link to external Web site include:

  • ALPS: Comparing amiodarone, lidocaine and placebo in patients with shock-resistant ventricular fibrillation.
  • CCC: Comparing, for patients with out-of-hospital cardiac arrest, continuous chest compressions with compressions that pause for rescue breathing.
  • PROPPR: Comparing different ratios of blood products given to patients with severe trauma.

Completed""")
