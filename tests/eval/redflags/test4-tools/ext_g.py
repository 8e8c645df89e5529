add(id="t4-doctoori-nhs-leg-cramps", url="https://www.doctoori.net/health-information/health-resources-a-z/conditions/?condition=leg-cramps", source="Doctoori (clinic website), syndicating NHS website content", licence=OGLNHS,
    title="Leg cramps", audience="consumer", genre="patient information", topic="leg cramps", topic_kind="symptom",
    W=True, reason="consumer page on leg cramps; by the guide's proportion rule a see-a-doctor-if prompt is expected (prompt level)",
    evidence=["See a GP if:", "Ask for an urgent appointment if you have cramps and:"], urgency="prompt",
    notes="proportion case: sign lists (numbness or swelling; cramps longer than 10 minutes; possible tetanus from a wound) follow the quoted lead-ins",
    text="""Leg cramps

Leg cramps are very common and usually harmless. They can happen at any time, but most people have them at night or when resting.

Check if it's leg cramps

Leg cramps happen when a muscle suddenly shortens and becomes tight (spasms).

They can be very painful and make it hard for you to move. The cramps can last from a few seconds to 10 minutes.

They can affect the:

  • calf muscle, below the knee at the back of the leg
  • muscles in the feet or the thighs (less often)

After the cramp has stopped, the muscle might feel tender for up to 24 hours.

Things you can do about leg cramps yourself

During a cramp

Most cramps go away without you doing anything, but stretching and massaging the muscle can help to ease the pain.

Paracetamol or ibuprofen will not help when cramp is happening as they take too long to work. They can help to ease muscle tenderness afterwards.

Preventing cramps

Regular calf-stretching exercises might not completely prevent cramps, but may help to reduce them.

See a GP if:

  • leg cramps are disturbing your sleep
  • you also have numbness or swelling in your legs

Ask for an urgent appointment if you have cramps and:

  • they last longer than 10 minutes
  • there's a chance you might have got a tetanus infection from a wound

Treatment for leg cramps from a GP

Your GP will examine you to try to find out the reason for your cramps.

They'll suggest a treatment depending on the cause.

This might be:

  • stretching exercises
  • quinine tablets if your cramps are very bad and exercise has not helped

Quinine is not suitable for everyone. Your GP will discuss potential risks and side effects with you.

Causes of leg cramps

Cramps can sometimes be caused by:

  • ageing
  • exercise – putting too much strain on muscles
  • pregnancy – usually in the later stage
  • medicine for lowering cholesterol (statins) or high blood pressure (diuretics)
  • not drinking enough fluid (dehydration)
  • live""")
add(id="t4-111-wales-fainting", url="https://111.wales.nhs.uk/encyclopaedia/f/article/fainting", source="NHS 111 Wales", licence=OGL,
    title="Fainting", audience="consumer", genre="patient information", topic="fainting", topic_kind="symptom",
    W=True, reason="@sym",
    evidence=["Call 999 if:"], urgency="emergency",
    notes="'See a GP if:' lost its bullet (the sentence after it is general reassurance), so only the 999 lead-in with its sign list is quoted; excerpt ends mid-list",
    text="""Fainting is when you pass out for a short time.
It is not usually a sign of something serious, but if it happens regularly you should see a GP.
Causes of fainting
There are many reasons why someone might faint.
Causes include:
- standing up too quickly - this could be a sign of low blood pressure
- not eating or drinking enough
- being too hot
- being very upset, angry, or in severe pain
- heart problems
- taking drugs or drinking too much alcohol
Symptoms of fainting
Fainting usually happens suddenly. Symptoms can include:
- dizziness
- cold skin and sweating
- slurred speech
- feeling sick
- changes to your vision
See a GP if:
It's probably nothing serious, but it's important to get checked by a GP to find out what might have caused it.
You must tell the Driver & Vehicle Licensing Agency (DVLA) if you're fainting regularly as it could affect your ability to drive.
Find out how to tell the DVLA about fainting (syncope) or blackouts on GOV.UK
You must not drive if your GP has referred you to a specialist and you are waiting to be assessed.
Things you can do to prevent fainting
If you feel like you are about to faint, try to:
- lie down with your legs raised - if you cannot do this then sit with your head lowered between your knees
- drink some water
- eat something
- take some deep breaths
If you see someone faint
If you are with someone who has fainted, try to keep calm.
If you can, lay them on their back and raise their legs
If they’re pregnant (especially if they’re more than 28 weeks pregnant), it’s better to lay them on their side.
Usually, the person who has fainted will wake up within 20 seconds.
Call 999 if:
Someone faints and they:
- are not breathing
- cannot be woken up within 1 minute
- have not fully recovered or have difficulty with speech or movement
- have chest pain or a pounding, fluttering or irregular heartbeat (heart palpitations)
- have seriously hurt themselves
- are shaking or jerking because of a seizure or fit
- fainted while exercisi""")
add(id="t4-cddft-dietetics-coeliac-disease", url="https://cddft.nhs.uk/services/nutrition-dietetics/adult/gastro/coeliac", source="County Durham and Darlington NHS Foundation Trust (nutrition and dietetics)", licence=OGL,
    title="Coeliac disease", audience="consumer", genre="treatment-description", topic="coeliac disease and the gluten-free diet", topic_kind="condition",
    W=False, reason="dietetics service page on a chronic autoimmune condition managed by diet; no acute scenario",
    evidence=[], urgency="none", notes="",
    text="""Coeliac disease is a lifelong autoimmune condition where the body attacks its own tissues when you eat gluten, even very small amounts such as breadcrumbs. This leads to damage of the lining of the gut which can effect absorption of nutrients.

A lifelong gluten free diet is the only treatment for coeliac disease. This usually improves symptoms, if present, as well as allowing the gut to heal so essential nutrients are able to be absorbed. Gluten is found in food and drink containing wheat, barley, rye and oats which are not labelled as gluten free.

A dietitian plays an important role in the management of your coeliac disease and you should be referred to one on diagnosis. The dietitian will be able to help you implement a gluten free diet, ensure a balanced diet and advise on any additional dietary requirements. The Coeliac UK website is an excellent resource and provides general information about the condition.""")
add(id="t4-wikipedia-cupping-therapy", url="https://en.wikipedia.org/wiki/Cupping_therapy", source="Wikipedia", licence=CCBYSA,
    title="Cupping therapy", audience="consumer", genre="other", topic="cupping therapy (alternative therapy)", topic_kind="treatment",
    W=False, reason="encyclopedic article on an alternative therapy; no acute condition in its scope", evidence=[], urgency="none",
    notes="lists fevers and stroke rehabilitation among claimed uses; bruising and burns named as harms",
    text="""= Cupping therapy =

Infobox
- Other Codes: |

Cupping therapy is a pseudoscientific treatment method in which a local suction is created on the skin by using heated cups. As an alternative medicine practice, it is primarily used in Asia, but it is also used in Eastern Europe, the Middle East, and Latin America. There is no conclusive evidence supporting the claimed health benefits of cupping, and critics have characterized the practice as quackery.

Cupping practitioners attempt to use cupping therapy for a wide array of medical conditions including fevers, chronic low back pain, poor appetite, indigestion, high blood pressure, acne, atopic dermatitis, psoriasis, anemia, stroke rehabilitation, nasal congestion, infertility, and menstrual period cramping.

Despite the numerous ailments for which practitioners claim cupping therapy is useful, there is insufficient evidence demonstrating any health benefits. Cupping is generally not harmful for most people. However, there are some risks of harm, especially from wet cupping and fire cupping. Bruising and skin discoloration are among the adverse effects of cupping and are sometimes mistaken for child abuse. In rare instances, the presence of these marks on children has led to legal action against parents who had their children receive cupping therapy.

==History==

The origin of cupping is unclear. Iranian traditional medicine uses wet-cupping practices, with the belief that cupping with scarification may eliminate scar tissue, and cupping without scarification would cleanse the body through the organs.

In ancient Greece, Hippocrates () used cupping for internal disease and structural problems, and Roman surgeons used it for bloodletting. The method was highly recommended by Islamic Prophet Muhammad and hence well-practiced by Muslim scientists who elaborated and developed the method further. Consequently, this method in its multiple forms spread into medicine throughout Asian and European civilizations. In China, the """)
add(id="t4-niaid-flu-news-releases-tag", url="https://www.niaid.nih.gov/news-events/news-releases/tag?name=Flu%20(Influenza)", source="National Institute of Allergy and Infectious Diseases (NIAID)", licence=PD,
    title="Flu (Influenza) News Releases", audience="consumer", genre="news or research report", topic="influenza research news listing", topic_kind="other",
    W=False, reason="listing of research news releases; listing pages are not expected to carry red flags", evidence=[], urgency="none", notes="",
    text="""Flu (Influenza) News Releases

Experimental Nasal Influenza Vaccine Tested in Kids, Teens
September 17, 2018

An early-stage clinical trial testing the safety and immune-stimulating ability of an experimental nasal influenza vaccine in healthy 9- to 17-year-old children and teens has begun enrolling participants at a Vaccine and Treatment Evaluation Unit (VTEU) site at Saint Louis University, St. Louis, Missouri. The VTEU is funded by the National Institute of Allergy and Infectious Diseases (NIAID), part of the National Institutes of Health.

Clinical Trial Testing Topical Cream Plus Influenza Vaccine in Progress
September 5, 2018

A Phase 1 clinical trial examining whether a topical cream can enhance the immune response conferred by a “pre-pandemic” influenza vaccine is underway at Baylor College of Medicine in Houston. Investigators are evaluating whether imiquimod cream, which is commonly used to treat genital warts and certain skin cancers, can boost the body’s immune response to an H5N1 influenza vaccine. The trial is enrolling 50 healthy adults ages 18-50 years.

HIV/AIDS Research Yields Dividends Across Medical Fields
August 28, 2018

Since the first cases of AIDS were reported in the United States 37 years ago, the National Institutes of Health has invested more than $69 billion in the understanding, treatment and prevention of HIV/AIDS. Beyond the development of life-saving medications and innovative prevention modalities, such research has led to numerous advances outside the HIV field, according to a new commentary from experts at NIH’s National Institute of Allergy and Infectious Diseases (NIAID). 

Obesity Extends Duration Of Influenza A Virus Shedding
August 2, 2018

Obesity, which increases influenza disease severity, also extends by about 1.5 days how long influenza A virus is shed from infected adults compared to non-obese adults, according to a multi-year study of two cohorts of Nicaraguan households. The findings implicate chronic inflam""")
add(id="t4-nih-record-flu-vaccine-effectiveness-2016", url="https://nihrecord.nih.gov/2016/05/06/study-finds-factors-may-influence-flu-vaccine-effectiveness", source="The NIH Record (National Institutes of Health staff newsletter)", licence=PD,
    title="Study Finds Factors That May Influence Flu Vaccine Effectiveness", audience="consumer", genre="news or research report", topic="influenza vaccine research", topic_kind="prevention",
    W=False, reason="@news", evidence=[], urgency="none", notes="quotes annual influenza deaths; research news, no reader action beyond vaccination",
    text="""NIH Record - National Institutes of Health

Study Finds Factors That May Influence Flu Vaccine Effectiveness

The long-held approach to predicting seasonal influenza vaccine effectiveness may need to be revisited, new research suggests. Currently, seasonal flu vaccines are designed to induce high levels of protective antibodies against hemagglutinin (HA), a protein found on the surface of the influenza virus that enables the virus to enter a human cell and initiate infection. 

New research conducted by scientists at NIAID found that higher levels of antibody against a different flu surface protein—neuraminidase (NA)—were the better predictor of protection against flu infection and its unpleasant side effects. Neuraminidase, which is not currently the main target antigen in traditional flu vaccines, enables newly formed flu viruses to exit the host cell and cause further viral replication in the body.

The findings, from a clinical trial in which healthy volunteers were willingly exposed to naturally occurring 2009 H1N1 influenza type A virus, appeared online Apr. 19 in the open-access journal mBio

“Each year, between 3,000 and 49,000 people in the United States die as the result of seasonal influenza and its complications,” said NIAID director Dr. Anthony Fauci. “Annual vaccination against seasonal flu continues to be the most effective way to protect against infection, and this new study provides some interesting clues about how we might improve the level of protection that flu vaccines provide.” 

The NIH Record

The NIH Record, founded in 1949, is the biweekly newsletter for employees of the National Institutes of Health.

Published 25 times each year, it comes out on payday Fridays.

Editor: Dana Talesnik
Dana.Talesnik@nih.gov

Associate Editor: Patrick Smith
pat.smith@nih.gov

Assistant Editor: Eric Bock
Eric.Bock@nih.gov

Staff Writer: Amber Snyder
Amber.Snyder@nih.gov""")
add(id="t4-nbt-news-childrens-epilepsy-surgery-centre", url="https://www.nbt.nhs.uk/news-media/latest-news/frenchay-named-national-specialist-centre-children%E2%80%99s-epilepsy-surgery", source="North Bristol NHS Trust (news)", licence=OGL,
    title="Frenchay named national specialist centre for children’s epilepsy surgery", audience="consumer", genre="news or research report", topic="children's epilepsy surgery service designation", topic_kind="treatment",
    W=False, reason="@policy", evidence=[], urgency="none", notes="service news; seizures mentioned only as the reason for surgery",
    text="""Frenchay named national specialist centre for children’s epilepsy surgery

Tuesday, 15 May 2012

Frenchay Hospital in Bristol will become one of only four specialist services in England for children’s epilepsy surgery from November 2012.

It means that Frenchay will be providing complex paediatric epilepsy surgery to around a quarter of the population - treating children from across the South West region as well as seeing those from other regions in the UK.

The service will transfer to the Bristol Royal Hospital for Children – run by University Hospitals Bristol NHS Foundation Trust – in 2014 when inpatient paediatric services move from North Bristol NHS Trust.

Potential surgical cases will be referred by paediatricians and neurologists across the network area covered by the designation.

They will then be assessed and evaluated by a multidisciplinary team of specifically trained and experienced clinicians including paediatric epilepsy neurosurgeons and neurologists, neurophysiologists, neuropsychiatrists, neuroradiologists and specialist epilepsy nurses. 

Those selected for surgery will be looked after by specialist paediatric anaesthetists, theatre nurses and technicians and will receive support from neurophysiology technicians, radiographers, ward nurses, ward teachers, play leaders, speech and occupational therapists.

Currently Frenchay assesses around 40 patients per year on its paediatric epilepsy surgical programme and performs resective epilepsy surgical procedures on about 22 of these children. These numbers are expected to rise following the new designation.

Mike Carter, neurosurgeon and surgical lead for the service, said: “This is fantastic news for Frenchay and indeed for Bristol.

“Epilepsy surgery is increasingly recognised as beneficial in certain children. There is evidence that the earlier children are treated, the better the likely outcomes in terms of the effect of ongoing seizures on their brain development. There are significa""")
add(id="t4-stsft-colorectal-cancer-info", url="https://www.stsft.nhs.uk/services/cancer-services/cancer-information-hub/tumour-type/colorectal/what-colorectal-cancer", source="South Tyneside and Sunderland NHS Foundation Trust (cancer information hub)", licence=OGL,
    title="What is colorectal cancer?", audience="consumer", genre="patient information", topic="bowel (colorectal) cancer", topic_kind="condition",
    W=True, reason="@canc",
    evidence=[], urgency="prompt",
    notes="hard call: 'You should see a GP if you are worried about these symptoms' follows a lost list of other conditions' symptoms and is worry-based (tie-break 1); the three main bowel-cancer symptoms are listed as 'persistent' but not tied to any action",
    text="""The bowel is part of our digestive system and is divided into the small bowel and large bowel. The large bowel is made up of three areas colon, rectum and anus. The term Colorectal cancer or bowel cancer is often used to talk about these together.

If you are diagnosed with bowel cancer, it means you have one of the specific cancers listed above. If you are not sure which type, ask your GP, cancer doctor or specialist nurse for more information. Bowel cancer is one of the most common types of cancer diagnosed in the UK. Most people diagnosed with it are over the age of 60.

Signs & Symptoms of bowel cancer?
The three main symptoms of bowel cancer are:

  • persistent blood in your poo – that happens for no obvious reason or is associated with a change in bowel habit
  • a persistent change in your bowel habit – which is usually having to poo more and your poo may also become more runny
  • persistent lower abdominal (tummy) pain, bloating or discomfort – that's always caused by eating and may be associated with loss of appetite or significant unintentional weight loss

Other health problems can cause similar symptoms. For example:

These symptoms are less likely to be a sign of cancer but should be taken more seriously as you get older and when they continue despite simple treatments. You should see a GP if you are worried about these symptoms.""")
