add(id="t3-clearchemist-nhs-stomach-ulcer", url="https://www.clearchemist.co.uk/az-health/peptic-ulcer/symptoms-of-stomach-ulcer", source="Clear Chemist (online pharmacy), reposting NHS Choices content (Crown Copyright 2009)", licence="NHS Choices content (Crown copyright), Open Government Licence v3.0 (presumed), reposted by a pharmacy",
    title="Peptic ulcer - Symptoms of stomach ulcer", audience="consumer", genre="patient information", topic="stomach ulcer", topic_kind="condition",
    W=True, reason="consumer page on a condition whose complications (bleeding, perforation) need urgent care",
    evidence=["If you experience these symptoms, you should contact your GP immediately. If this is not possible, contact your local out-of-hours service or call NHS 111."], urgency="emergency",
    notes="2009 NHS text: vomiting blood is routed to the GP or NHS 111, not 999 (present, but at a lower level than current advice); the 'less common symptoms' list was lost in extraction",
    text="""Peptic ulcer - Symptoms of stomach ulcer

The most common symptom of a stomach ulcer is a burning or gnawing pain that develops in your abdomen (tummy). The pain can also travel up to your neck, down to your navel (belly-button) or through to your back.

The pain associated with a stomach ulcer is caused by the ulcer itself and stomach acid that comes into contact with the ulcer and irritates it.  

The pain can last from a few minutes to a few hours.

You may find pain starts soon after eating a meal. If the ulcer is in your small intestine (duodenal ulcer), pain may start two to three hours after eating so it may wake you up during the night.

Eating more food and taking antacids (indigestion medication) can often help relieve the pain of a duodenal ulcer, but not usually the pain of a stomach ulcer.

Less common symptoms of a stomach ulcer include:

Some people also find they can no longer tolerate eating fatty foods.

Stomach ulcers often do not cause typical symptoms and occasionally do not cause any pain at all. Which means it's possible to get a complication, such as bleeding, without feeling pain beforehand. 

When to seek medical advice

You should always visit your GP if you suspect you have a stomach ulcer. While there are treatments available over the counter from pharmacies that provide temporary relief, they will not treat the underlying causes.

When to seek urgent medical advice

Symptoms can develop if a stomach ulcer suddenly causes serious complications, such as internal bleeding. These include:

  • vomiting blood – the blood can appear bright red or have a dark brown, grainy appearance similar to coffee grounds
  • passing black tar-like stools
  • a sudden, sharp pain in your stomach that gets steadily worse and does not improve

If you experience these symptoms, you should contact your GP immediately. If this is not possible, contact your local out-of-hours service or call NHS 111.


© Crown Copyright 2009""")
add(id="t3-zana-nhs-tetanus", url="https://zana.com/a/tetanus-introduction.2955", source="NHS website content (syndicated on zana.com)", licence=OGLNHS,
    title="Tetanus", audience="consumer", genre="patient information", topic="tetanus", topic_kind="condition",
    W=True, reason="consumer page about a life-threatening wound infection; readers need to know when a wound needs care",
    evidence=["You should contact your GP or visit your nearest minor injuries unit if you're concerned about a wound, particularly if: the wound is deep the wound contains dirt or a foreign object you haven't"], urgency="emergency",
    notes="syndicated page stored as section teasers cut mid-sentence; the wound features are tied to GP/minor-injuries care, but the 999 advice for muscle stiffness or spasms is not in the stored text",
    text="""Tetanus
Tetanus is a serious but rare condition caused by bacteria getting into a wound.
The condition can be fatal if left untreated,but the Tetanus and improvements in treatment mean deaths from tetanus are nowvery rare in the UK. In 2013, there were only seven recorded cases of tetanus in England and Wales, and no deaths.
Most cases occur in people who were never vaccinated against the condition or didn't complete the entire vaccination schedule. People who inject illegal drugs are also at an increased risk.
This page covers:
How you get tetanus
Signs and symptoms of tetanus
When to seek medical advice
How tetanus is treated
Tetanus vaccination
Tetanus vaccination for travel
Tetanus is a serious but rare condition caused by bacteria getting into a wound. Read about the symptoms, how it's treated, and the tetanus vaccination.
Tetanus is caused by bacteria called Clostridium tetani. These bacteria can survive for a long time outside the body, and are commonly found in soil and the manure of animals such as horses and cows.
The symptoms of tetanus usually develop within4 to 21 days after infection. On average, they start after around 10 days. The main symptoms include: stiffness in your jaw muscles (lockjaw) this can
You should contact your GP or visit your nearest minor injuries unit if you're concerned about a wound, particularly if: the wound is deep the wound contains dirt or a foreign object you haven't
If your doctor thinks youcould develop tetanus but you haven't had any symptoms yet, they will clean any wounds you have and give you an injection of tetanus immunoglobulin . They may also give you a
A tetanus vaccination is given as part of the NHS childhood vaccination programme . The full course of the vaccination requires five injections, usuallygiven on the following schedule: the first th
Tetanus is found throughout the world, so you should ideally make sure you're fully vaccinated before travelling abroad. Contact your GP surgery for advice if you're plan""")
add(id="t3-justonenorfolk-threadworm", url="https://www.justonenorfolk.nhs.uk/child-development-additional-needs/toileting/threadworm/", source="Just One Norfolk (Norfolk Healthy Child Programme, NHS)", licence=OGL,
    title="Threadworm", audience="consumer", genre="patient information", topic="threadworms in children", topic_kind="condition",
    W=False, reason="minor childhood condition treated at home; no warning signs expected", evidence=[], urgency="prompt",
    notes="'speak to a pharmacist' and the Just One Number helpline are routine advice and service contacts",
    text="""Threadworms are small worms in poo which can cause itching around the bottom. Threadworms are common in children and can spread easily if not treated.
You may notice your child itching and they may struggle to sleep at night because of it. Threadworms can be treated at home and children can still go to school if they have threadworm.
Treating Threadworm
Medicine kills the threadworms, but not the eggs. Threadworm eggs can live up to two weeks outside the body. You will need to treat everyone in the house, even if they don't have symptoms.
As well as the medicine, take the following steps, to limit reinfection of threadworm.
Wash hands and scrub under fingernails – particularly before eating, after using the toilet, or changing nappies. Take a look at the video below to see how to wash your hands really well.
Hand Hygiene
A good hand wash takes the same time as singing happy birthday twice!
You can speak to a pharmacist before trying any new creams or lotions on your child.
You can contact the Healthy Child Programme by calling Just One Number on 0300 300 0123 or texting Parentline on 07520 631590. Our opening hours are 8am-6pm Monday-Friday (excluding bank holidays) and 9am-1pm on Saturdays.
To speak to other Norfolk parents and carers, you can join our online community forum below.""")
add(id="t3-devon-formulary-postmenopausal-bleeding", url="https://southwest.devonformularyguidance.nhs.uk/referral-guidance/south-devon-torbay/obstetrics-gynaecology/postmenopausal-bleeding-no-hrt", source="NHS Devon Formulary and Referral Guidance (South Devon and Torbay)", licence=OGL,
    title="Postmenopausal Bleeding (no HRT)", audience="professional", genre="other", topic="postmenopausal bleeding referral (possible uterine cancer)", topic_kind="symptom",
    W=True, reason="professional referral guidance for a symptom that must be treated as possible uterine cancer until excluded",
    evidence=[], urgency="prompt",
    notes="hard call: the page itself is the red-flag pathway ('PMB should be considered as a sign of uterine cancer until the diagnosis is excluded'), but the stored excerpt stops before the referral action; only the out-of-scope note mentions the urgent suspected cancer pathway (USCP), so labelled not present",
    text="""Referral

Postmenopausal Bleeding (no HRT)

Key Messages

Postmenopausal Bleeding (PMB) is defined as an episode of bleeding in a woman at least 12 months after her last period. PMB should be considered as a sign of uterine cancer until the diagnosis is excluded.

Common causes include vaginal atrophy, benign focal lesions (polyps, fibroids) and the bleeding may also arise from the vulva, vagina, cervix, fallopian tubes or ovaries.

Risk Factors

The majority of the established risk factors for endometrial cancer stem from the exposure of the endometrium to estrogen unopposed by progesterone. This results in the proliferative effects of the hormone on the endometrial cells and consequently hyperplastic activity and malignancy.

  • Increasing age
  • Late menopause
  • Nulliparity
  • Obesity (and associated with diabetes)
  • Unopposed oestrogens
  • Liver cirrhosis
  • Polycystic Ovarian Syndrome (PCOS)
  • Oestrogen producing tumours
  • Family History
  • Patients with hereditary non-polyposis colorectal cancer (HNPCC), otherwise known as the Lynch (type 2) syndrome, have a 70% lifetime risk of developing colon cancer, and a 40–60% lifetime risk of endometrial cancer.
  • Women presenting with PMB who are also taking tamoxifen have more than a 10% risk of having uterine cancer

Out of scope

Women without a uterus do not need to be referred via PMB USCP but can be referred routinely if necessary.

Women on HRT – please see Unscheduled bleeding on HRT CRG

Toggle all

History and Examination

History
  • Enquire about the bleeding:
    • When it started
    • Nature of the bleeding – timing, quantity, duration
    • Precipitating events, e.g. trauma, post coital
    • Origin of bleeding (consider urinary tract, vulva or rectum)
  • Associated symptoms – pain, unplanned weight loss, fever, bowel or bladder symptoms
  • Past medical history – especially thyroid, renal or hepatic problems
  • Family history
  • Dis""")
