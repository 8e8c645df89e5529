# batch l: non-emergency pages (skin, blood pressure, medicines, alternative health)
add(id="t5-royal-free-psoriasis-treatment", url="https://www.royalfree.nhs.uk/services/services-a-z/dermatology/psoriasis/psoriasis-treatment/", source="Royal Free London NHS Foundation Trust, dermatology service", licence=OGL,
    title="Psoriasis treatment", audience="consumer", genre="treatment-description", topic="psoriasis treatments (topical, phototherapy, systemic)", topic_kind="treatment",
    W=False, reason="@tx", evidence=[], urgency="none", notes="chronic skin condition; treatment options and clinic hours only",
    text="""Psoriasis treatment
There are many effective treatments available for psoriasis and we will endeavour to find a treatment that works for you and your lifestyle. Treatments can be broadly categorised into topical treatments (creams/ointments), phototherapy, systemic medications (tablets) and biological therapies (injections). Often a combination of these treatments will be recommended. It is useful to think of a treatment pyramid, where most people with psoriasis will be on topical treatments and fewer will require systemic or biological therapy.
Topical treatment
Emollients: we advise regular use of emollients and moisturisers in all people with psoriasis as it helps to keep the skin healthy. They do not have to be medically prescribed moisturisers and we advise that the best moisturiser is often one that you like and will therefore use on a regular basis. Perfumed moisturisers, if you prefer them, are not usually a problem for people with psoriasis.
‘Active’ topical treatments include:
- Vitamin D analogues (Calcipotriol/Dovonex/Silkis),
- Tar-based treatments (Exorex/Sebco/Cocois/special mixtures)
- Vitamin A analogues (Zorac)
- Dithranol (Dithrocream)
- Potent steroid/Vitamin D combination treatment (Dovobet)
Topical steroids include:
- Mild: Hydrocortisone 1% cream/ointment
- Moderate: Clobetasone butyrate (Eumovate) cream/ointment, and betamethasone valerate 1 in 4 (Betnovate RD) cream/ointment
- Potent: Mometasone furoate (Elocon), betamethasone valerate (Betnovate) cream/ointment
- Super-potent: Clobetasol proprionate (Dermovate) cream/ointment and diflucortolone valerate 0.3% (Nerisone Forte Oily cream) – for use on the palms and soles only
Phototherapy
Phototherapy is provided on Monday, Wednesday and Friday by dedicated phototherapists and medical physicists. The phototherapy unit is located in the dermatology day unit opposite clinic 6 on the 1st floor of the Royal Free Hospital. The phototherapy clinic is open between 8.30am and 4.30pm.
Systemic tr""")
add(id="t5-birchgrove-surgery-high-blood-pressure", url="https://www.birchgrovesurgery.wales.nhs.uk/high-blood-pressure", source="Birchgrove Surgery (NHS Wales GP practice)", licence=OGL,
    title="High Blood Pressure (Hypertension)", audience="consumer", genre="patient information", topic="high blood pressure", topic_kind="condition",
    W=False, reason="page on a symptomless chronic risk factor (risk factors, lifestyle, measuring); consumer pages of this kind give no urgent-action advice",
    evidence=[], urgency="none", notes="hard call: some consumer sources add advice for very high readings with symptoms (chest pain, severe headache); this practice page does not",
    text="""High Blood Pressure

High Blood Pressure (Hypertension)

If your blood pressure is too high, it can put strain on your blood vessels, heart and other organs (eg the kidneys, eyes or brain). Persistently high blood pressure can increase your risk of CHD, stroke, kidney failure and more.

High blood pressure (hypertension) - NHS (www.nhs.uk)

Risk factors for high blood pressure

  • Obesity
  • Drinking too much alcohol or coffee
  • Minimal physical exercise
  • Stress
  • Too much salt in the diet
  • Smoking
  • Being over 65
  • Having a relative with high blood pressure
  • If you are of black African or black Caribbean descent

Managing your high blood pressure

There are many lifestyle changes that can help lower your blood pressure. These include:

  • Eating a well balanced diet and reducing salt intake
  • Cutting down on alcohol
  • Quit smoking
  • Cut down on caffeine
  • Exercise
  • Weight loss (if applicable)

There are also many options for blood pressure lowering medication. You can discuss these with your GP.

Measuring your BP

Your blood pressure can be measured by your GP, practice nurse or health care assistant and your local pharmacist. You may choose to buy your own blood pressure monitoring machine. We advise you speak with your pharmacist for their recommendation.

Find information here about choosing your machine, measuring your BP at home and how to interpret the results:

Blood pressure monitors: All you need to know - BHF""")
add(id="t5-chelwest-antibiotics-discharge-leaflet", url="https://www.chelwest.nhs.uk/your-visit/patient-leaflets/medicine-services/antibiotics", source="Chelsea and Westminster Hospital NHS Foundation Trust, medicines leaflet", licence=OGL,
    title="Antibiotics", audience="consumer", genre="treatment-description", topic="taking antibiotics after discharge", topic_kind="treatment",
    W=True, reason="medicine leaflet for patients sent home on antibiotics; allergic reactions (anaphylaxis) need urgent care, so an editor expects the warning",
    evidence=["If you develop difficulty breathing, throat swelling or a rash you should seek urgent medical attention."],
    urgency="emergency", notes="the side-effects paragraph names the allergic signs without action; the final sentence ties them to urgent care (no 999 named)",
    text="""Antibiotics

You have been discharged with a medication to help treat an infection. This information will explain what you need to know about taking it.

Always tell your doctor and nurse if you are allergic to any medications.

What are Antibiotics?

Antibiotics are a type of medicine used to treat bacterial infections. They do not treat viruses such as the common cold or influenza (flu).

How often should I take it?

There are many types of antibiotics and each of them is taken differently. Follow the instructions on the box you have been given and make sure you take the entire course even if you feel better.

Stopping a course of antibiotics can cause the bacterial infection to develop resistance which may mean that antibiotics will not work in the future if you need them.

What are the side effects?

The main side effects reported are feeling sick, diarrhoea, bloating and tummy swelling. Some people can develop an allergic reaction to antibiotics which causes a rash, swelling and difficulty breathing.

Can I take other medication?

Please tell your doctor if you are taking a blood thinner such as warfarin as this can interact with some antibiotics. Antibiotics can interact with the oral contraceptive pill so you will need to use a barrier method whilst taking antibiotics and for at least a week after finishing the course. 

If you have been prescribed Metronidazole you should avoid alcohol whilst taking this medication.

What else should I be aware of?

If you develop difficulty breathing, throat swelling or a rash you should seek urgent medical attention. 

Contributors
thomastn""")
add(id="t5-sahealth-antibiotics-what-you-should-know", url="https://www.sahealth.sa.gov.au/wps/wcm/connect/public+content/sa+health+internet/conditions/medicines/antibiotics+-+what+you+should+know", source="SA Health (Government of South Australia)", licence=CCBYAU.replace('Australian government', 'South Australian Government'),
    title="Antibiotics - what you should know", audience="consumer", genre="treatment-description", topic="antibiotic use (stewardship, side effects, allergies)", topic_kind="treatment",
    W=False, reason="general medicine-use page (take as prescribed, return left-overs, ask about side effects); not about a side effect needing prompt care",
    evidence=[], urgency="none",
    notes="hard call: compare t5-chelwest-antibiotics-discharge-leaflet (warranted): this is a stewardship overview, not a leaflet for people taking a course; allergy is discussed only as history to report to staff",
    text="""Antibiotics - what you should know

You are encouraged to talk to your health care providers about the antibiotics you are prescribed. They can help you understand why these medicines are appropriate for you in treatment or prevention of infection.

It is important to take antibiotic medicines as instructed

Usually antibiotics are prescribed to be taken as a course of treatment. Unless instructed otherwise, it is advisable to take your antibiotics for the number of days specified by the doctor.If you have left-over tablets or capsules, return them to your local pharmacy.

Never give left-over antibiotics to a person for whom antibiotics have not been prescribed.

What to expect while taking antibiotic medicines

If you are admitted to hospital you may be given an antibiotic in the form of an injection, via a drip, or as a tablet or syrup. At the time of prescribing, your doctor will discuss your individual needs and prescribe accordingly.

Side effects

All medicines, including antibiotics, may have possible side effects. When antibiotics are necessary, the benefits far outweigh the risks, but when they are not needed, the risk is unnecessary.

Ask your doctor or pharmacist about the possible side effects of your medicine. You should also ask if there are any medicines you should not take with your antibiotic.

For more information on antibiotic side effects see the NPS website.

Antibiotic allergies

If you have had a reaction to an antibiotic in the past, you should let your nurse, doctor or pharmacist know about it and give them as many details as you can so they can decide on the best antibiotic choice. It is important to understand that not all side effects are allergies, and it may be appropriate to try the same medicine again if it is the most suitable for your infection/condition.


Some antibiotics can affect other medicines, making them more or less effective when they are taken at the same time. This is called a drug interaction. This effect can also occ""")
add(id="t5-twilight-world-wikipedia-reflexology", url="http://twilight-world.com/Reflexology.html", source="twilight-world.com (personal/commercial site), reposting the Wikipedia article 'Reflexology'", licence=CCBYSA + "; Wikipedia text reposted by a third party",
    title="Reflexology", audience="consumer", genre="other", topic="reflexology (alternative therapy)", topic_kind="treatment",
    W=False, reason="@alt", evidence=[], urgency="none",
    notes="'concerns ... that treating potentially serious illnesses with reflexology ... could delay the seeking of appropriate medical treatment' is a general caution, not a warning sign",
    text="""Reflexology, or zone therapy, is an alternative medicine involving the physical act of applying pressure to the feet, hands, or ears with specific thumb, finger, and hand techniques without the use of oil or lotion. It is based on what reflexologists claim to be a system of zones and reflex areas that they say reflect an image of the body on the feet and hands, with the premise that such work effects a physical change to the body.[1] A 2009 systematic review of randomised controlled trials concludes that "The best evidence available to date does not demonstrate convincingly that reflexology is an effective treatment for any medical condition."[2] There is no consensus among reflexologists on how reflexology is supposed to work; a unifying theme is the idea that areas on the foot correspond to areas of the body, and that by manipulating these one can improve health through one's qi.[3] Reflexologists divide the body into ten equal vertical zones, five on the right and five on the left.[4] Concerns have been raised by medical professionals that treating potentially serious illnesses with reflexology, which has no proven efficacy, could delay the seeking of appropriate medical treatment. The Reflexology Association of Canada defines reflexology as: "A natural healing art based on the principle that there are reflexes in the feet, hands and ears and their referral areas within zone related areas, which correspond to every part, gland and organ of the body. Through application of pressure on these reflexes without the use of tools, cremes or lotions, the feet being the primary area of application, reflexology relieves tension, improves circulation and helps promote the

atural function of the related areas of the body."[6] Reflexologists posit that the blockage of an energy field, invisible life force, or Qi, can prevent healing.[3] Another tenet of reflexology is the belief that practitioners can relieve stress and pain in other parts of the body through the manipulatio""")
