# batch b: fever in children, thunderclap headache (Wikipedia copies), Strep A school letters
add(id="t8-nth-fever-in-children-leaflet", group="urgent", url="https://nth.nhs.uk/resources/fever-in-children", source="North Tees and Hartlepool NHS Foundation Trust, patient leaflet", licence=OGL,
    title="Fever in children", audience="consumer", genre="patient information", topic="fever in children", topic_kind="symptom",
    W=True, reason="@sym", urgency="emergency",
    evidence=["If your baby is less than 3 months old, you must seek medical advice.",
              "You should take your child to see their GP or call NHS 111 if your child:\n- Is not drinking."],
    notes="GP/111-level signs with action are present; the excerpt is cut at 'When should I seek u' before the urgent (999/A&E) section",
    text="""Information for parents and carers
This leaflet can be made available in other formats including large print, CD and Braille and in languages other than English, upon request.
What is a fever?
A fever is an increase in your child’s body temperature above 38oC (100.4oF). This is a natural and healthy response to infection. Fever in children is common, but it can cause anxiety (worry) for parents and carers.
Almost all children recover quickly and without any problems. However, in a very small number of children, the fever may not improve or the child’s health may get worse, which can sometimes be a sign of a serious illness or infection.
What causes fevers?
Viral infections are the most common cause of a fever. Viral infections cause many common illnesses, such as coughs, colds, flu or sickness and diarrhoea.
Bacterial infections are less common than viral infections, but also cause high temperatures. Bacteria are more likely to cause serious illnesses, such as pneumonia and meningitis.
Other types of infections, such as malaria. This is not common in the UK.
How can I help my child?
If your baby is less than 3 months old, you must seek medical advice.
You should:
- Keep your child cool.
- Give your child lots of fluids to drink.
- Keep your house cool. Open a window if the room feels warm, but do not cause a draught.
- Not put too many clothes or covers on your child.
- Never wrap a feverish child.
- Never tepid or cold sponge your child as this can cause shivering which can make their temperature rise further.
You should take your child to see their GP or call NHS 111 if your child:
- Is not drinking.
- Is not passing water (peeing) much.
- Has persistent vomiting (being sick).
- Has signs of dehydration such as a dry mouth or no tears.
- Is drowsy.
- Generally seems more unwell.
- Has fast breathing.
- Has a fever lasting more than 5 days even if you are not worried about anything else.
- Has extreme shivering or complaints of muscle pain.
When should I seek u""")
add(id="t8-wikipedia-thunderclap-headache-2006-copy", group="no-red-flag", url="http://the-uncensored-wiki.com:20061/t/h/u/Thunderclap_headache.html", source="Wikipedia article 'Thunderclap headache' (2006 revision), copy on the-uncensored-wiki.com", licence=CCBYSA + "; old revision reproduced by a mirror",
    title="Thunderclap headache", audience="consumer", genre="other", topic="thunderclap headache (encyclopedia article)", topic_kind="symptom",
    W=False, reason="encyclopedia article on an acute symptom: reference, not guidance to readers (TEST7 convention for Wikipedia leads)", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the whole (stub) article",
    evidence=["Since it is sometimes a sign of a medical emergency, one should \"[s]eek immediate medical attention for any headache that comes on suddenly and severely.\"[1]"],
    notes="hard call: present although not warranted (the 2006 stub quotes Mayo Clinic's advice: sudden severe headache -> immediate medical attention); complete stub",
    text="""Thunderclap headache

From Wikipedia, the free encyclopedia

A thunderclap headache is a sudden and severe headache.[1] Since it is sometimes a sign of a medical emergency, one should "[s]eek immediate medical attention for any headache that comes on suddenly and severely."[1]

The name "thunderclap" signifies the intensity and acuity of such headaches. A thunderclap headache is sometimes an indication of subarachnoid hemorrhage (SAH),[2] which can lead to death or severe disability even if recognized and treated in an early stage. Headaches which accompany SAH are "frequently described as being the worst headache of one's life, although other clinical presentations are possible."[2]

Diagnosis is made via a process of exclusion with accompanying negative computed tomograph and lumbar puncture results.

[edit] References

  1. ^ a b Thunderclap headaches. Mayo Clinic. Retrieved on 2006-11-27.
  2. ^ a b Evidence-Based Diagnosis of Nontraumatic Headache in the ER. Medscape. Retrieved on 2006-11-27.""")
add(id="t8-wikipedia-thunderclap-headache-owiki", group="no-red-flag", url="http://chaos.owiki.org/wiki/Thunderclap_headache", source="Wikipedia article 'Thunderclap headache', mirror on owiki.org", licence=CCBYSA + "; reproduced by a mirror",
    title="Thunderclap headache", audience="consumer", genre="other", topic="thunderclap headache (encyclopedia article)", topic_kind="symptom",
    W=False, reason="encyclopedia article on an acute symptom: reference, not guidance to readers (TEST7 convention for Wikipedia leads)", urgency="emergency",
    evidence=[], notes="hard call: pair of the 2006 stub; the later article lists dangerous causes (subarachnoid hemorrhage, venous sinus thrombosis, dissection) but no reader action; excerpt cut; the causes list was partly lost in scraping",
    text="""A thunderclap headache is a headache that is severe and has a sudden onset. It is defined as a severe headache that takes seconds to minutes to reach maximum intensity. Although approximately 75% are attributed to "primary" headaches—headache disorder, non-specific headache, idiopathic thunderclap headache, or uncertain headache disorder—the remainder are secondary to other causes, which can include some extremely dangerous acute conditions, as well as infections and other conditions. Usually, further investigations are performed to identity the underlying cause.
Signs and symptoms
A headache is called "thunderclap headache" if it is severe in character and reaches maximum severity within seconds to minutes of onset. In many cases, there are no other abnormalities, but the various causes of thunderclap headaches may lead to a number of neurological symptoms.
Causes
Approximately 75% are attributed to "primary" headaches: headache disorder, non-specific headache, idiopathic thunderclap headache or uncertain headache disorder. The remainder are secondary to a number of conditions, including:
Primary cough headache, primary exertional headache, and primary sexual headache
The most important of the secondary causes are subarachnoid hemorrhage, cerebral venous sinus thrombosis, and dissection of an artery in the neck. In subarachnoid hemorrhage, there may be syncope, seizures, meningism, visual symptoms, and vomiting. 50–70% of people with subarachnoid hemorrhage have an isolated headache without decreased level of consciousness. The headache typically persists for several days. Cerebral venous sinus thrombosis, thrombosis of the veins of the brain, usually causes a headache that reflects raised intracranial pressure and is therefore made worse by anything that makes the pressure rise further, such as coughing. In 2–10% of cases, the headache is of thunderclap character. In most cases there are other neurological abnormalities, such as seizures and weakness of pa""")
add(id="t8-gladehill-primary-strep-a-scarlet-fever", group="urgent", url="https://www.gladehill.nottingham.sch.uk/news/detail/advice-regarding-strep-a-and-scarlet-fever-ukhsa/", source="Glade Hill Primary School (Nottingham), school news", licence=SCHOOL,
    title="Advice regarding Strep A and Scarlet Fever (UKHSA)", audience="consumer", genre="patient information", topic="scarlet fever and Strep A", topic_kind="condition",
    W=True, reason="school notice about scarlet fever/Strep A to parents; readers need the symptoms that mean seeing a GP (and the signs of severe illness)", urgency="prompt", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the whole short notice (the letter it mentions was sent home separately)",
    evidence=[],
    notes="hard call: complete short notice; 'if you are concerned about your child's health, we would always advise you seek medical attention as soon as you can' is concern-based, not tied to any sign (Gatehouse convention), so missing; signs are in a letter not on the page; complete-text omission",
    text="""Dear Parents and Carers,
Many of you will have heard in the media of the increased number of cases of scarlet fever or 'Strep A', above the levels the Health agency would usually expect at this time of year. We have sent home a letter which provides information regarding the signs, symptoms and the actions to be taken if you think that you or your child might have scarlet fever.
I know as a parent that reports such as this can be very concerning. Please be assured that the effects for most children are mild. However, if you are concerned about your child's health, we would always advise you seek medical attention as soon as you can. Good hygiene practice such as hand washing remains the most important step in preventing and controlling the spread of any infection, and we will be encouraging all children to follow this advice in school.
Kind regards,
Anna Stapleton""")
add(id="t8-eastover-school-chickenpox-gas-letter", group="urgent", url="http://www.eastoverschool.co.uk/news/?pid=8&nid=1&storyid=53", source="Eastover Primary School, school news (letter from Health Protection)", licence=SCHOOL,
    title="Letter from Health Protection", audience="consumer", genre="patient information", topic="chickenpox and Group A Strep cases in school", topic_kind="condition",
    W=True, reason="health-protection letter to parents about chickenpox and Group A Strep cases; readers need when to see a GP and the signs of invasive infection", urgency="emergency",
    evidence=["However, if you think you, or your child, may have a GAS infection:\n• See your GP or contact NHS 111 as soon as possible"],
    notes="GP/111-level action tied to suspected GAS infection (symptoms described above it); the excerpt is cut before any invasive-GAS or chickenpox warning signs; urgency emergency because chickenpox with GAS can lead to invasive infection",
    text="""Letter from Health Protection

Dear Parent/Guardian
We have been informed that there have been cases of both chickenpox and Group A Streptococcus (GAS) infection at the setting.
Group A Strep (GAS) Infection can cause a number of different illnesses:
Scarlet Fever - scarlet fever is usually a mild illness, however, should be treated with antibiotics to minimise the risk of complications and reduce the spread to others. Scarlet fever includes non-specific symptoms such as sore throat, headache, fever, nausea and vomiting, followed by a fine red ‘sandpaper’ like rash which typically first appears on the chest and stomach, rapidly spreading to other parts of the body. On more darkly-pigmented skin, the scarlet rash may be harder to spot. The face can be flushed red but pale around the mouth. Scarlet fever - NHS (www.nhs.uk)
Strep Throat - this is a more severe or longer-lasting infection in the throat and tonsils. Children are likely to be more unwell generally with difficulty swallowing due to the pain.
Impetigo - this is a bacterial skin infection. It will start with red sores or blisters. These will burst quickly and leave crusty, golden-brown patches. Impetigo - NHS (www.nhs.uk)
For more information click here Group A Strep - What you need to know - UK Health Security Agency (blog.gov.uk) Please remember that there are lots of viruses that cause sore throats, rashes, colds and coughs circulating at the moment. Many of these are mild and self-limiting and do not need any medical intervention
However, if you think you, or your child, may have a GAS infection:
• See your GP or contact NHS 111 as soon as possible
• Make sure that you/your child takes the full course of any antibiotics prescribed by the doctor.
• Stay at home, away from nursery, school, or work for at least 24 hours after starting the antibiotic treatment (48 hours for impetigo or until all lesions have crusted over/healed), to avoid spreading the infection.
• Reduce the spread by practising""")
