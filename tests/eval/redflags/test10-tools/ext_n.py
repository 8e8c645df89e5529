# batch n: NHGRI genetic-disorders FAQ (archived), cold (council), food poisoning (councils)
add(id="t10-nhgri-2008-faq-genetic-disorders", group="no-red-flag", url="https://webarchive.library.unt.edu/eot2008/20080916011101/http:/genome.gov/19016930", source="NHGRI (National Human Genome Research Institute), 'Frequently Asked Questions About Genetic Disorders', archived copy (UNT End of Term web archive, 2008)", licence=PD,
    title="Frequently Asked Questions About Genetic Disorders", audience="consumer", genre="genetics or rare-disease explainer", topic="what genetic disorders are", topic_kind="other",
    W=False, reason="@gen", urgency="none", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim (site navigation kept); cut at 'such as breast cancer and colon cancer'",
    evidence=[],
    notes="genetics explainer; not warranted",
    text="""Skip Navigation - National Human Genome Research - National Human Genome Research - National Human Genome Research InstituteNational Institutes of Health
       Home | About NHGRI | Newsroom | Staff
Research Grants Health Policy & Ethics Educational Resources Careers & Training
Patients and the Public
Genetic Disorders, Genomics and Healthcare
Genetic and Genomic Science and Research
Family History
Online Health Resources

Health Professionals
Patient Management
Curricular Resources
New Horizons and Research Activities
Genetics 101
Policy and Ethics Issues

Genetic And Rare Diseases Information Center (GARD)

In Other Sections:

Talking Glossary
of Genetic Terms

Clinical Research

Home>Health>Genetics and Genomics for Patients and the Public>Genetic Disorders, Genomics and Healthcare >Frequently Asked Questions About Genetic Disorders

Frequently Asked Questions About Genetic Disorders

What are genetic disorders?

A genetic disorder is a disease caused in whole or in part by a "variation" (a different form) or "mutation" (alteration) of a gene.

As we unlock the secrets of the human genome, we are learning that nearly all diseases have a genetic component. Some, including many cancers, are caused by a mutation in a gene or group of genes in the cells of an individual. Such mutations can occur randomly or due to some environmental exposure (such as cigarette smoke).

Other genetic disorders are hereditary - such as Huntington disease or Marfan's disease - where a mutated gene is passed down through a family and each generation of children can inherit the gene that causes the disease.

But most genetic disorders are "multifactorial inheritance disorders," meaning they are caused by a combination of small variations in genes, often in concert with environmental factors.

Through research on the human genome, we now know that many common diseases usually caused by genetic alterations in the genes of an individual's cells - such as breast cancer and colon cancer""")
add(id="t10-hounslow-keeping-warm-in-winter", group="urgent", url="http://www.hounslow.gov.uk/keeping_warm_in_winter", source="Hounslow Council, keeping warm in winter service page", licence=OGL,
    title="Keeping warm in winter service", audience="consumer", genre="screening-prevention", topic="cold weather, checking on vulnerable neighbours, hypothermia", topic_kind="prevention",
    W=True, reason="public cold-weather health advice naming hypothermia; readers need to know what to do if they find someone with danger signs", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at the heading 'What should I do if I discover someone who' (the action section is not in the excerpt)",
    evidence=[],
    notes="hard call: hypothermia 'danger signs' (drowsiness, very cold skin, slurred speech) are listed, and the next heading promises what to do, but the stored text stops there; signs without action are not evidence; missing because of the cut (partial)",
    text="""Hounslow Council

Keeping warm in winter service

Are you or do you know someone at risk from being cold? As the weather gets colder, it's essential to keep warm.

More people get ill in winter. There is a direct link between cold weather and the higher death rate, especially amongst older people and others in at-risk groups.

Winter needn't be dangerous if you take the right steps.


It is important to prevent people from becoming cold in the first place. Family, friends and neighbours in the community can look out for those who might be at risk from the cold.

Looking out for trouble

If someone has had an accident in their home, fallen and injured themselves or been taken ill, they may not be able to attract attention of neighbours, passers-by or people who call at the door. Always be on the look-out for signs that something might be wrong, especially when the weather is cold.

What signs should I be looking for?

There are many signs to look out for:

  • milk not taken in late in the day

  • newspapers stuck in the letterbox

  • curtains drawn during the day

  • lights burning during the day

  • home in darkness when there should be someone at home

  • dog barking all day or the cat scratching to be let in

What is hypothermia?

Hypothermia is a lowered deep-core body temperature of 35C/95F or below.

It is the lowered temperature of the organs inside the body which is important - an ordinary thermometer cannot measure this.

You may not actually feel cold but if you sit in a cold room and do little or nothing to keep warm then you may run the risk of becoming hypothermic or becoming ill with bronchitis or pneumonia. Both are cold-related illnesses.

What are the danger signs of hypothermia?

The danger signs are:

  • drowsiness

  • very cold skin on parts of the body normally covered, for example the stomach or armpits

  • slurred speech

  • not feeling cold, even in a bitterly cold room

What should I do if I discover someone who """)
add(id="t10-telford-food-poisoning", group="urgent", url="https://www.telford.gov.uk/info/20500/food/742/food_poisoning", source="Telford & Wrekin Council, food safety page", licence=OGL,
    title="Food poisoning", audience="consumer", genre="patient information", topic="food poisoning: symptoms and when to see a doctor", topic_kind="condition",
    W=True, reason="consumer page for people who think they have food poisoning; readers need to know when symptoms need a doctor (prompt level)", urgency="prompt", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim (site maintenance banner kept); cut at 'food poisoning bateria take a loo'",
    evidence=["Consult your doctor immediately if the person affected is a baby, a young child, elderly or if they have an existing illness or condition. You should also contact your doctor if symptoms are prolonged or severe (e.g. bloody diarrhoea)."],
    notes="hard call on W: a council environmental-health page, but addressed to people who are ill; risk groups and severe/prolonged symptoms (bloody diarrhoea) tied to the doctor; urgency prompt (dehydration/bloody diarrhoea can be same-day)",
    text="""Online payment and Automated Telephone Payment (ATP) services - planned maintenance

Our online payments and ATP services will be unavailable from 8am to 4pm on Sunday 14 April 2024, due to essential maintenance. We apologise for any inconvenience this may cause.

Food poisoning

The symptoms of food poisoning vary depending on the type of infection, symptoms that are common to most food poisoning infections include:

  • nausea
  • vomiting
  • diarrhoea
  • stomach cramps
  • fever
  • headache
  • dizziness.

It is important to remember that it can take time for the symptoms of food poisoning to show, this is known as the incubation period (time taken from eating the contaminated food to the first symptoms). This varies with each type of organism - from within a day to and in some cases can be up to 10 - 15 days after consumption of the food. It is important to realise therefore, that the last meal you ate may not always be the cause of your symptoms.

Most people with food poisoning will recover without the need for treatment. However, occasionally, food poisoning can have more serious health effects, particularly in people vulnerable to the effects of an infection. For example, babies, young children, the elderly and those with a condition that weakens the immune system, can experience more severe symptoms.

If you suspect you have food poisoning it is recommended that you visit your doctor as soon as possible. You may be asked to submit a faecal sample for examination. Samples are useful in that they might be able to show which food-borne illness you are suffering from, or could rule out food poisoning. Viruses can also be detected.

Consult your doctor immediately if the person affected is a baby, a young child, elderly or if they have an existing illness or condition. You should also contact your doctor if symptoms are prolonged or severe (e.g. bloody diarrhoea).

For information on how to prevent the spread of food poisoning bateria take a loo""")
add(id="t10-dacorum-food-poisoning-outbreaks", group="no-red-flag", url="https://www.dacorum.gov.uk/home/environment-street-care/environmental-health/food-safety/food-poisoning-outbreaks", source="Dacorum Borough Council, environmental health (food safety) page", licence=OGL,
    title="Food poisoning outbreaks", audience="consumer", genre="other", topic="how the council investigates food poisoning outbreaks", topic_kind="other",
    W=False, reason="service page about outbreak investigation and reporting (not advice to ill readers about when to get help)", urgency="prompt", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim (the first of two stored versions of this URL returned; a later wording exists); appears to hold the whole page, with a site consultation banner",
    evidence=[],
    notes="hard call: unlike Telford, this page is about investigation; 'Visit your doctor to get your diagnosis confirmed' serves notification (stool sample), not red flags, so not warranted and not evidence; urgency set by topic (food poisoning, prompt)",
    text="""Food poisoning outbreaks

A food poisoning outbreak means that one or more people, who have had common exposure to food or drink (for example, they ate at the same restaurant or café) experience a similar illness.

If it looks like a food business might be associated with the outbreak, we may carry out a food safety inspection to ensure that further food poisoning is prevented.

If you suspect food poisoning

  • Use a separate toilet if possible, make sure you wash your hands thoroughly and disinfect surfaces like taps and handles regularly.
  • Visit your doctor to get your diagnosis confirmed. This will usually involve giving a faecal sample.
  • Your doctor will contact Environmental Health and we will contact you for details about your recent eating habits and lifestyle to find out how you might have picked up the infection. It is not always the last meal you ate that led to your illness so we will ask you about your food intake over the last two weeks.
  • If your job involves handling food, make sure that you tell your employer that you are suffering from diarrhoea and vomiting. Do not prepare food for 48 hours (two days) after your symptoms have gone.

For more information, please email or call 01442 228000 and ask for Environmental and Community Protection.

warning sign Our consultation on parking tariffs and charges is now open. Have your say before 11.59pm on Thursday 19 October 2023. Find out more and comment.  ×""")
