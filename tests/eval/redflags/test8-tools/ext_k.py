# batch k: croup (Wikipedia mirror), whooping cough school notices (Australian government schools)
AUSCHOOL = "Australian government school website (state/territory education department), CC BY 4.0 presumed, not verified"
add(id="t8-wikipedia-croup-wikimili", group="no-red-flag", url="https://wikimili.com/en/Croup", source="Wikipedia article 'Croup', WikiMili mirror", licence=CCBYSA + "; reproduced by WikiMili",
    title="Croup", audience="consumer", genre="other", topic="croup (encyclopedia lead)", topic_kind="condition",
    W=False, reason="encyclopedia article lead on an acute childhood condition: reference, not guidance to readers (TEST7 convention for Wikipedia leads)", urgency="emergency",
    evidence=[], notes="hard call: stridor and 'Hospitalization is required in one to five percent of cases' are facts, not reader actions; the mirror holds two revisions (this excerpt is the 'laryngotracheobronchitis' one); excerpt cut",
    text="""Croup

Last updated

Croup
Other namesLaryngotracheitis, subglottic laryngitis, obstructive laryngitis, laryngotracheobronchitis
Croup steeple sign.jpg
The steeple sign as seen on an AP neck X-ray of a child with croup
Pronunciation
Specialty Pediatrics
Symptoms "Barky" cough, stridor, fever, stuffy nose [2]
DurationUsually 1–2 days but can last up to 7 days [3]
CausesMostly viral [2]
Diagnostic method Based on symptoms [4]
Differential diagnosis Epiglottitis, airway foreign body, bacterial tracheitis [4] [5]
Prevention Influenza and diphtheria vaccination [5]
Medication Steroids, epinephrine [4] [5]
Frequency15% of children at some point [4] [5]
DeathsRare [2]

Croup, also known as laryngotracheobronchitis, is a type of respiratory infection that is usually caused by a virus. [2] The infection leads to swelling inside the trachea, which interferes with normal breathing and produces the classic symptoms of "barking/brassy" cough, inspiratory stridor and a hoarse voice. [2] Fever and runny nose may also be present. [2] These symptoms may be mild, moderate, or severe. [3] Often it starts or is worse at night and normally lasts one to two days. [6] [2] [3]

Contents

Croup can be caused by a number of viruses including parainfluenza and influenza virus. [2] Rarely is it due to a bacterial infection. [5] Croup is typically diagnosed based on signs and symptoms after potentially more severe causes, such as epiglottitis or an airway foreign body, have been ruled out. [4] Further investigations, such as blood tests, X-rays and cultures, are usually not needed. [4]

Many cases of croup are preventable by immunization for influenza and diphtheria. [5] Most cases of croup are mild and the patient can be treated at home with supportive care. Croup is usually treated with a single dose of steroids by mouth. [2] [7] In more severe cases inhaled epinephrine may also be used. [2] [8] Hospitalization is required in one to five percent of cases. [9]

Croup is a relatively common c""")
add(id="t8-bletchleypark-ps-whooping-cough-case", group="urgent", url="http://www.bletchleyparkps.wa.edu.au/whooping-cough-confirmed-case", source="Bletchley Park Primary School (Western Australia), school news", licence=AUSCHOOL,
    title="Whooping Cough - Confirmed Case", audience="consumer", genre="patient information", topic="whooping cough case in school", topic_kind="condition",
    W=True, reason="school notice of a whooping cough case; readers need the symptoms that mean seeing a doctor and the danger signs in babies", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the whole notice with site chrome",
    evidence=["If you are concerned that your child is displaying any of these symptoms in the next week you should consult your doctor."],
    notes="hard call: doctor-level action tied to the symptom list (counted); the infant danger signs ('stop breathing and turn blue') are given without any emergency action; complete notice",
    text="""Children climbing and looking down

Whooping Cough - Confirmed Case

Picture of a young girl smiling

A child who attends Bletchley Park PS in Kindy has been diagnosed with pertussis (whooping cough). Below are the symptoms for whooping cough. If you are concerned that your child is displaying any of these symptoms in the next week you should consult your doctor.

What are the symptoms?

Whooping cough usually starts like a cold with a blocked or runny nose, tiredness, mild fever and cough. The cough typically gets worse and severe bouts of uncontrollable coughing can develop. Coughing bouts can be followed by vomiting, choking or taking a big gasping breath which causes a “whooping” sound. The cough can last for many weeks and can be worse at night.

Some newborns may not cough at all but they can stop breathing and turn blue. Some babies have difficulty feeding and can choke or gag.

Older children and adults may just have a cough that lasts for many weeks. Not every person makes the whooping sound – this is more common in non-immunised children. The cough may last up to 3 months, but the person is no longer infectious after 21 days (3 weeks).

 

Enrolments

School Calendar""")
add(id="t8-humptydoo-primary-whooping-cough-2016", group="urgent", url="https://humptydooprimary.com/whooping-cough/", source="Humpty Doo Primary School (Northern Territory), school notice", licence=AUSCHOOL,
    title="Whooping Cough", audience="consumer", genre="patient information", topic="whooping cough case in school", topic_kind="condition",
    W=True, reason="school notice of a whooping cough case; readers need the symptoms that mean seeing a doctor", urgency="prompt", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the whole letter (the 'more information' link target is missing)",
    evidence=["If your child develops these symptoms, please take your child to the local doctor as soon as possible and advise the doctor that a case has been diagnosed at your child’s school."],
    notes="complete letter; symptoms named in the paragraph before the action",
    text="""Home / Whooping Cough


Parents and Guardians,

Whooping Cough (PERTUSSIS)

We have been advised that a student in a Year 3/4 class has been diagnosed with Whooping Cough (Pertussis). It is possible that your child may have come into contact with the student at school.  If your child has received all the scheduled doses of whooping cough vaccine, the risk of disease is low.

Whooping Cough is an infection that causes bouts of coughing, and sometimes breathing difficulties and vomiting. It can be a very serious infection in young babies.  It usually starts with a snuffle or a cold and can last for many weeks.

If your child develops these symptoms, please take your child to the local doctor as soon as possible and advise the doctor that a case has been diagnosed at your child’s school. Whooping Cough is treated with antibiotics to prevent it being passed onto others, however it has little effect on the illness of the individual. The coughing may persist for several weeks.

Adult immunisation is recommended for pregnant women and those caring for young children.

For more information please see:


Yours sincerely,


Sue Fisher


Humpty Doo Primary School


18 October 2016""")
