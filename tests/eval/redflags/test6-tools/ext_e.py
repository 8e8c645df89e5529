# batch e: NZ where-to-go page, gallstones (nidirect), Queensland bites and stings (x2), NSW Health snake news, VTE (NHLBI, Surgeon General call to action, freely reproducible handout on scribd),
# hypothermia (US Air Force news), gastroenteritis (2 GP practices, ESNEFT leaflet)
QLD = "CC BY 4.0 (Queensland Government; presumed, not verified page by page)"
NSW = "CC BY 4.0 (NSW Government; presumed, not verified page by page)"
add(id="t6-scdhb-not-feeling-well-where-to-go", group="urgent", url="https://www.scdhb.health.nz/info-for-you/not-feeling-well", source="South Canterbury District Health Board (New Zealand)", licence=CCBYNZ,
    title="I'm not feeling well - where should I go?", audience="consumer", genre="other", topic="where to get care for common symptoms (self care, pharmacy, GP, emergency department)", topic_kind="other",
    W=True, reason="service-navigation page that sorts symptoms by where to go; readers need the signs that need the emergency department", evidence=["Heavy bleeding, broken bones, burns, chest pain, trouble breathing?Emergency Department"], urgency="emergency",
    notes="hard call (genre): a service-routing table; the emergency row ties named signs to the ED and 111",
    text="""I'm not feeling well - where should I go?

Cartoon mother and baby

Depending on your illness, there are a number of places you can go for healthcare in South Canterbury. Remember registering with a general practice is really important for you and your family as they are able to develop a relationship with you over time and therefore have a better understanding of your unique healthcare needs.

After-hours GP: If you are feeling unwell after hours, you can call your normal GP surgery and the call will be redirected to the after-hours service. This means the call will be answered by a registered nurse who can make a clinical assessment over the phone and help you determine the best options for your care.

Remember: The emergency department is for critical or life-threatening situations.

Condition / illnessWhere to get care
Grazed knee, sore throat, coughs?Self care: Be sure to stock up your medicine cabinet with pain killers, bandages and antiseptic creams.
Diarrhoea, runny nose, painful cough, headache?Pharmacies: Your local pharmacy can provide confidential health advice and treatment. There is no need to make an appointment.
Vomiting, ear pain, sore belly, backache, cuts, sprains, itchy rash, strain?General Practice (GP): If you are not yet registered with a local practice you should do so as soon as possible. Remember it is free for children under 13 to see the doctor.
Heavy bleeding, broken bones, burns, chest pain, trouble breathing?Emergency Department: The emergency department should be used in an emergency for critical or life-threatening situations. If you cannot travel yourself, you should dial 111 for an ambulance.

Still not sure? 

  • 0800 611 116: Healthline is a free phone number staffed by experienced registered nurses. Over the phone they ask you questions about the symptoms, condition or illness you’re ringing about. From your answers, they’ll recommend the best thing to do.
  • HealthInfo has trustworthy health information specific to t""")
add(id="t6-nidirect-gallstones", group="urgent", url="https://www.nidirect.gov.uk/conditions/gallstones", source="nidirect (Northern Ireland government), conditions", licence=OGL,
    title="Gallstones", audience="consumer", genre="patient information", topic="gallstones", topic_kind="condition",
    W=True, reason="consumer condition page; complications (jaundice, fever, cholecystitis, pancreatitis) need prompt or urgent care", evidence=["If you think you may be experiencing symptoms described above you should make an appointment with your GP.", "Contact your GP immediately for advice if you develop:"], urgency="same-day",
    notes="",
    text="""Gallstones
Gallstones are small stones, usually made of cholesterol, that form in the gallbladder. The gallbladder is a small, pouch-like organ found underneath the liver.
Symptoms of gallstones
Most cases of gallstones don't cause any symptoms.
But if a gallstone becomes trapped in a duct (tube connecting to the gallbladder) or irritates the inside of the gallbladder it can cause a sudden severe abdominal (tummy) pain.
The pain can be felt:
- in the midline of your abdomen (tummy), above the umbilicus (belly button)
- just under the ribs on your right-hand side – it may spread from here to your side or shoulder blade
The pain is sometimes triggered by eating fatty foods, but may occur at any time of day and it may wake you up during the night.
Some people with gallstones can also develop complications, such as inflammation of the gallbladder (cholecystitis), which can cause:
- persistent pain
- jaundice - the yellowing of the skin and the whites of the eyes, caused by a build-up of a substance called bilirubin in the blood and body's tissues
- a fever
Treating gallstones
Treatment is usually only necessary if gallstones are causing:
- symptoms – such as abdominal pain
- complications – such as jaundice or acute pancreatitis (a serious condition where the pancreas becomes inflamed over a short period of time)
The pancreas is a small organ located behind the stomach and below the ribcage.
In these cases, surgery to remove the stone or the gallbladder may be recommended.
When to seek medical help
If you think you may be experiencing symptoms described above you should make an appointment with your GP.
Contact your GP immediately for advice if you develop:
- jaundice
- abdominal pain lasting longer than eight hours
- a high temperature and chills
- abdominal pain so intense that you can't find a position to relieve it
If your own GP surgery is closed, you should contact your local out of hours service.
Causes of gallstones
The main purpose of the gallbladder is t""")
add(id="t6-qld-childrens-poisons-centre-bites-stings", group="urgent", url="https://childrens.health.qld.gov.au/chq/our-services/queensland-poisons-information-centre/bites-stings/", source="Children's Health Queensland, Queensland Poisons Information Centre", licence=QLD,
    title="Bites and stings", audience="consumer", genre="patient information", topic="spider bites (funnel-web, redback, other spiders)", topic_kind="condition",
    W=True, reason="@acute", evidence=["For all suspected funnel web bites call 000 for an ambulance", "Patients should see their doctor immediately if they are allergic to the red back spider venom, have heart disease or are pregnant.", "If the patient shows whole body symptoms eg. sweating, muscle aches and pains, nausea or headache, is suffering severe pain (despite first aid measures), the patient should be taken immediately to the emergency department of the nearest hospital.", "If the area looks infected or inflamed, the patient should see their local doctor."], urgency="emergency",
    notes="exposure events and symptoms tied to 000, ED and doctor",
    text="""poisons helpline 131126

Bites and stings

In addition to providing information on poisoning, the Queensland Poisons Information Centre also provides information on bites and stings.

First aid for bites and stings

While many spider bites result in local pain and swelling, there are few Australian spiders that can cause life threatening illness or death.

Funnel web spider imageFunnel web spider

The Funnel web spider species are found throughout Australia, and while the Sydney Funnel web is the best known of these, several species can be found throughout Queensland. The Funnel web spider can cause life threatening reactions, including death. For all suspected funnel web bites call 000 for an ambulance, use the pressure-immobilisation technique, and have the patient taken immediately to the emergency department of the nearest hospital. Antivenom is available.

Red back spider imageRedback spiders

Redback spiders can cause a painful bite, however only about one in five patients will go on to develop whole body symptoms. Patients should see their doctor immediately if they are allergic to the red back spider venom, have heart disease or are pregnant. All other patients should follow general first aid for bites and stings.

If the patient shows whole body symptoms eg. sweating, muscle aches and pains, nausea or headache, is suffering severe pain (despite first aid measures), the patient should be taken immediately to the emergency department of the nearest hospital. Antivenom is available.

If the area looks infected or inflamed, the patient should see their local doctor.

White tailed spider imageOther spiders

Bites from several spiders including the white tailed spider, black house spider and wolf spider have been blamed for causing skin ulcers or necrotising arachnidism. However, recently published studies have not demonstrated any necrotic ulcers or lesions after known bites. The majority of bites from these spiders resulted only in mild redness, pain, and in""")
add(id="t6-qld-health-poisons-general-first-aid-bites-stings", group="urgent", url="https://www.health.qld.gov.au/poisonsinformationcentre/bites_stings/bs_general.asp", source="Queensland Health, Queensland Poisons Information Centre", licence=QLD,
    title="General first aid for bites and stings", audience="consumer", genre="patient information", topic="bites and stings: general first aid, anaphylaxis", topic_kind="condition",
    W=True, reason="@acute", evidence=["For any patient who shows signs of anaphylaxis, call 000 for an ambulance, and have the patient taken immediately to the emergency department of the nearest hospital."], urgency="emergency",
    notes="the general first-aid list was lost in extraction; the anaphylaxis paragraph names the signs (swelling of face or throat, can't breathe, shock) before the action",
    text="""Skip links and keyboard navigation

Health Services > Queensland Poisons Information Centre

General first aid for bites and stings

For bites or stings from these creatures refer to pressure immobilisation  first aid.

For all other bites and stings:


Anaphylaxis is a severe allergic reaction that can occur in sensitive individuals from exposure to any chemicals foreign to the body, including bites and stings, plants, or medications. Parts of the body, for example the face or throat, swell up so much that the patient can't breathe. In severe cases the patient may go into shock within a few minutes and the heart can stop. For any patient who shows signs of anaphylaxis, call 000 for an ambulance, and have the patient taken immediately to the emergency department of the nearest hospital.

Last Updated: 01 October 2013
Last Reviewed: 01 October 2013""")
add(id="t6-nsw-health-news-snakes-spiders-2018", group="urgent", url="https://www.health.nsw.gov.au/news/Pages/20180927_00.aspx", source="NSW Health (New South Wales Government, Australia), media release", licence=NSW,
    title="Be careful of snakes and spiders these school holidays (27 September 2018)", audience="consumer", genre="news or research report", topic="snake and spider bites: seasonal safety reminder", topic_kind="prevention",
    W=True, reason="seasonal safety release whose purpose is that readers know what to do after a bite", evidence=["If a person is bitten by a snake or spider, keep them rested and still, call an ambulance and use an elasticised bandage on the affected area."], urgency="emergency",
    notes="exposure event tied to calling an ambulance (quoted speech)",
    text="""27 September 2018

With the start of school holidays, NSW Health is reminding people to be careful of snakes and spiders while outdoors and to pack a First Aid kit, particularly when camping.

Toxicology expert Geoff Isbister from Newcastle’s Calvary Mater Hospital said snake bites traditionally increase in Spring ahead of a peak in late December and January and it is important to know what to do if this occurs.

“Particularly if holidaying in a regional area and especially while camping, try to avoid being bitten in the first place by not interfering with snakes, and wearing long pants and boots if walking in areas where snakes are present,” Dr Isbister said.

“Also ensure you are prepared and know what to do. If a person is bitten by a snake or spider, keep them rested and still, call an ambulance and use an elasticised bandage on the affected area.

“Tourniquets should not be applied, and the bite site should not be cut or sucked. Move slowly away from the snake and don’t try and kill it.”

NSW hospitals are prepared for snake season, with each Local Health District managing supplies of anti-venom, according to location, snake and spider populations and history of bites.

Dr Isbister says brown snake and tiger snake anti-venoms are the most commonly used treatments for snake bites in NSW.

“Symptoms from a venomous bite include nausea, vomiting, headache and in severe brown snake envenoming the patient may collapse and require cardiopulmonary resuscitation,” Dr Isbister said.

“Brown snake bites are probably the most common snake bite nationally and in NSW and there are also lots of red-bellied black snakes, which are treated with tiger snake antivenom.”

When it comes to spiders, people need to be aware of funnel web and redback spiders. Like snake bites, funnel web spider bites should be left untouched except for the use of an elasticised bandage and the victim should remain still until medical help arrives.

Redback spiders are found in d""")
add(id="t6-nhlbi-health-topic-venous-thromboembolism", group="urgent", url="https://www.nhlbi.nih.gov/health-topics/venous-thromboembolism", source="National Heart, Lung, and Blood Institute (NIH), health topics", licence=PD,
    title="Venous Thromboembolism", audience="consumer", genre="patient information", topic="venous thromboembolism (DVT and pulmonary embolism)", topic_kind="condition",
    W=True, reason="consumer condition page; pulmonary embolism can kill, so readers need its signs and to call for help", evidence=[], urgency="emergency",
    notes="hard call: overview section of a multi-page topic; names DVT and PE signs (sudden chest pain, shortness of breath) but gives no action in the stored text (the topic's later sections are not stored)",
    text="""Venous Thromboembolism

Also known as Blood Clots, Deep Vein Thrombosis (DVT), Pulmonary Embolism (PE)
Venous thromboembolism (VTE) is a disorder that includes deep vein thrombosis and pulmonary embolism. A deep vein thrombosis (DVT) occurs when a blood clot forms in a deep vein, usually in the lower leg, thigh, or pelvis. A pulmonary embolism (PE) occurs when a clot breaks loose and travels through the bloodstream to the lungs.

The risk of developing VTE is highest after major surgery or a major injury, or when you have heart failure, cancer, or a heart attack. Swelling, redness, and pain are some of the signs and symptoms of deep vein thrombosis. A pulmonary embolism can cause sudden chest pain and shortness of breath. Sometimes VTE occurs without any obvious signs. Medicines that help prevent further blood clots from forming or that dissolve serious vein blockages are the main treatments for VTE. Without treatment, VTE can restrict or block blood flow and oxygen, which can damage the body’s tissue or organs. This can be especially serious in the case of a pulmonary embolism, which blocks blood flow to the lungs. If a blood clot is large or there are many clots, a pulmonary embolism can cause death.

Explore this Health Topic to learn more about VTE, including deep vein thromboses and pulmonary embolisms; NHLBI’s role in research and clinical trials to improve health; and where to find more information.

Causes

VTE occurs in the veins that carry blood to your heart. A deep vein thrombosis may occur if the flow of blood slows down in your body’s deep veins, if something damages the blood vessel lining, or if the makeup of the blood itself changes so that blood clots form more easily. A pulmonary embolism (PE) refers to an embolus from a deep vein blood clot that breaks loose and travels to the lungs, blocking an artery in the lung. Blood clots can develop in veins damaged by surgery or trauma, or a result of inflammation in response to an infection or injur""")
add(id="t6-ncbi-surgeon-general-call-to-action-dvt-pe", group="no-red-flag", url="https://www.ncbi.nlm.nih.gov/books/NBK44184/", source="Office of the Surgeon General and NHLBI, on NCBI Bookshelf (National Library of Medicine)", licence=PD,
    title="The Surgeon General's Call to Action to Prevent Deep Vein Thrombosis and Pulmonary Embolism: Introduction", audience="professional", genre="other", topic="DVT and PE as a public-health problem (policy report introduction)", topic_kind="condition",
    W=False, reason="public-health policy report (definitions and burden); not advice to readers with symptoms", evidence=[], urgency="none",
    notes="trap: DVT/PE signs described clinically in a policy document",
    text="""U.S. flag

An official website of the United States government

NCBI Bookshelf. A service of the National Library of Medicine, National Institutes of Health.

Office of the Surgeon General (US); National Heart, Lung, and Blood Institute (US). The Surgeon General's Call to Action to Prevent Deep Vein Thrombosis and Pulmonary Embolism. Rockville (MD): Office of the Surgeon General (US); 2008.

Cover of The Surgeon General's Call to Action to Prevent Deep Vein Thrombosis and Pulmonary Embolism

The Surgeon General's Call to Action to Prevent Deep Vein Thrombosis and Pulmonary Embolism.

Show details

INTRODUCTION: Definitions of Deep Vein Thrombosis and Pulmonary Embolism

Deep vein thrombosis (DVT) refers to the formation of one or more blood clots (a blood clot is also known as a “thrombus,” while multiple clots are called “thrombi”) in one of the body’s large veins, most commonly in the lower limbs (e.g., lower leg or calf) 1. The clot(s) can cause partial or complete blocking of circulation in the vein, which in some patients leads to pain, swelling, tenderness, discoloration, or redness of the affected area, and skin that is warm to the touch. However, approximately half of all DVT episodes produce few, if any, symptoms 2. For some patients, DVT is an “acute” episode (that is, the symptoms go away once the disease is successfully treated), but roughly 30 percent of patients suffer additional symptoms, including leg pain and swelling, recurrent skin breakdown, and painful ulcers 3–5. In addition, individuals experiencing their first DVT remain at increased risk of subsequent episodes throughout the remainder of their lives 4, 6.

The most serious complication that can arise from DVT is a pulmonary embolism (PE) which occurs in over one-third of DVT patients 7. A PE occurs when a portion of the blood clot breaks loose and travels in the bloodstream, first to the heart and then to the lungs, where it can partially or completely block a pulmonary arter""")
add(id="t6-scribd-dvt-pe-patient-handout", group="urgent", url="https://www.scribd.com/doc/40759057/DVT-and-PE-Patient-Handout", source="scribd.com (patient handout by a nurse; states 'Freely reproducable without request')", licence="author's notice on the handout: 'Freely reproducable without request'",
    title="Blood Clots: What You Need to Know (DVT and PE patient handout)", audience="consumer", genre="patient information", topic="deep vein thrombosis and pulmonary embolism", topic_kind="condition",
    W=True, reason="@acute", evidence=["What should I do if I think I have a DVT or PE?\nDial 911 if you feel you have a life threatening\nemergency. Otherwise contact your health care provider"], urgency="emergency",
    notes="two-column PDF extraction: sign lists interleaved with the advice; the question names the trigger (signs listed around it)",
    text="""Blood Clots

What You Need
to Know
Blood clots in the lungs (pulmonary embolus or PE)
and legs (deep vein thrombus or DVT) are a serious
condition you may one day face. It is important to
know your risks, the signs and symptoms, and what
to do if you or your family member might be in
What is a DVT?
DVT is a blood clot that develops in the deep veins of
the legs. DVTs block blood supply to the feet and legs
causing pain and swelling to the effected leg.

What is a PE?
A PE is usually a DVT that moves to the lung blocking
blood flow and causing shortness of breath. This can
be a serious and life threatening condition.

Signs&SymptomsofPE What should I do if I think I have a DVT or PE?
Dial 911 if you feel you have a life threatening
emergency. Otherwise contact your health care provider
> Shortness of Breath immediately to schedule an exam. Go to the nearest
emergency room or urgent care clinic if you do not have
a doctor.
> Sudden chest pain
How are blood clots diagnosed?
> Sudden collapse DVTs are diagnosed by ultrasound. PEs are usually
diagnosed by a special type of CAT scan. Your health
> Coughing up Blood care provider may do blood tests to determine other
needed information to properly treat you.
> Sudden sense of fear or doom How can I prevent a DVT or PE?
Stay active. Don't sit for extended periods without
getting up and moving around. Follow your healthcare
provider's instructions regarding exercise, diet, and
Signs&SymptomsofDVT special instructions after surgery or delivering a baby.
Inform your healthcare provider of any family history of
> Sudden swelling of one leg high blood pressure, diabetes, heart disease or any
inherited clotting disorder you may have.
> Pain or tenderness
> Skin that is hot to the touch Developed by For more information contact the
J. Caudell, RN, BSN, National Blood Clot alliance at
> Pale, blue or red foot or leg MHA, FNP-s
or by calling
Freely reproducable 1-877-4-NO-CLOT
without request""")
add(id="t6-offutt-af-hypothermia-frostbite-prevention", group="urgent", url="https://www.offutt.af.mil/News/Article-Display/Article/659696/hypothermia-and-frostbite-prevention", source="Offutt Air Force Base (US Air Force), news article", licence=PD,
    title="Hypothermia and Frostbite prevention (2013)", audience="consumer", genre="news or research report", topic="hypothermia and frostbite: signs and prevention", topic_kind="condition",
    W=True, reason="cold-weather safety article listing warning signs; readers need to know when to get medical help", evidence=["The CDC suggests seeking emergency medical attention immediately when experiencing any signs of frostbite or hypothermia."], urgency="emergency",
    notes="sign lists precede the advice; run-together formatting kept",
    text="""Hypothermia and Frostbite prevention Published Dec. 24, 2013 Headquarters Air Combat Command Public Affairs OFFUTT AIR FORCE BASE, Neb. -- According to the Centers for Disease Control and Prevention,approximately 700 deaths occur In the U.S. each year from hypothermia. Hypothermia happens when the body temperature drops to 95 degrees or less and can be fatal if not detected promptly or treated properly. Adult Hypothermia Signs - Uncontrollable shivering - Exhaustion - Confusion, drowsiness - Memory loss - Slurred speech Infant Hypothermia Signs - Bright red, cold skin - Very low energy According to the CDC website, frostbite is an injury to the body that is caused by freezing. Frostbite causes a loss of feeling and color in affected areas. It most often affects the nose, ears, cheeks, chin, fingers, or toes. Frostbite can permanently damage the body, and severe cases can lead to amputation. The risk of frostbite is increased in people with reduced blood circulation and among people who are not dressed properly for extremely cold temperatures. Signs of Frostbite - Experience a loss of feeling and color in extremities - Redness and pain on the skin - White or greyish-yellow skin area can develop - Skin can begin to feel firm or waxy - Numbness The CDC suggests seeking emergency medical attention immediately when experiencing any signs of frostbite or hypothermia. If medical care is unavailable get into a warm room, remove wet clothing, and immerse the area into warm water or warm using body heat. Avoid heating pads, heat lamps, stoves, fireplaces and radiators to prevent burning the affected area. Wearing warm clothes, multi-layered clothing, gloves, a hat or hood and staying dry can help prevent hypothermia and frostbite. The CDC recommends taking preventive measures as a defense against extreme cold-weather. Being prepared and observing safety precautions can reduce the risk of health problems. For more information and winter safety tips, visit the Centers for Disea""")
add(id="t6-chopwell-self-help-diarrhoea-gastroenteritis", group="urgent", url="https://www.chopwellmedicalpractice.nhs.uk/self-help/diarrhoea-or-gastroenteritis/", source="Chopwell Medical Practice (NHS GP practice), self help", licence=OGL,
    title="Diarrhoea or Gastroenteritis", audience="consumer", genre="patient information", topic="diarrhoea / gastroenteritis self-care", topic_kind="condition",
    W=True, reason="self-care page for a common illness where dehydration (especially in babies) needs prompt help", evidence=["Consult your doctor if symptoms persist for more than 48 hours.", "consult your doctor if the symptoms last more than a day or are particularly severe"], urgency="same-day",
    notes="hard call: durations are named thresholds tied to the doctor, so present; no dehydration or blood-in-stool signs",
    text="""Diarrhoea or Gastroenteritis

Gastroenteritis describes a group of diseases affecting the stomach or part of the intestine. Symptoms are often diarrhoea, sickness and stomach ache. As the lining of the stomach is likely to be inflammed, food and medicines are often vomited up. These should therefore be avoided. Instead, sip large quantities of water, cordials or squashes but not milk. Consult your doctor if symptoms persist for more than 48 hours. In the case of young children or babies use oral rehydration fluids which are available from the chemist (such as Rehydrate or Dioralyte) and consult your doctor if the symptoms last more than a day or are particularly severe.

""")
add(id="t6-elvington-vomiting-and-diarrhoea", group="urgent", url="https://elvingtonmedicalpractice.co.uk/learning/how-to-deal-with/vomiting-and-diarrhoea", source="Elvington Medical Practice (NHS GP practice), how to deal with", licence=OGL,
    title="Vomiting and diarrhoea", audience="consumer", genre="patient information", topic="vomiting and diarrhoea (gastroenteritis, norovirus)", topic_kind="symptom",
    W=True, reason="@sym", evidence=["You should seek medical advice from 111 in the following situations:"], urgency="same-day",
    notes="",
    text="""Vomiting and diarrhoea
If you are experiencing vomiting or diarrhoea please call 111 or ask to speak with a doctor at the surgery over the phone. Many illnesses with these symptoms are highly contagious and you may risk affecting others by coming to the surgery.
Illnesses that cause vomiting and diarrhoea such as gastroenteritis, norovirus and rotavirus are highly contagious. They can be passed easily between people, so it is recommended that if you do experience these symptoms you stay off work or school, and avoid any unnecessary contact with people.
The biggest health risk of these illnesses is dehydration, so it is important you drink a lot of water. It is also recommended to eat frequent light meals, rather than avoiding food altogether.
If you feel that you need medical assistance, you should first call 111. You will receive professional medical advice on whether you need further help, but without the risk of passing any infection to others.
You should seek medical advice from 111 in the following situations:
- If you suspect that you are becoming dehydrated.
- If you are vomiting a lot and unable to keep fluids down.
- If you have blood in your diarrhoea or vomit.
- If you have severe abdominal pain.
- If you have severe symptoms, or if you feel that your condition is getting worse.
- If you have a persisting high fever.
- If your symptoms are not settling - for example, vomiting for more than 1-2 days, or diarrhoea that does not start to settle after 3-4 days.
- Infections caught abroad.
- If you are elderly or have an underlying health problem such as diabetes, epilepsy, inflammatory bowel disease, kidney disease.
- If you have a weakened immune system because of, for example, chemotherapy treatment, long-term steroid treatment, HIV infection.
- If you are pregnant.""")
add(id="t6-elixir-esneft-diarrhoea-vomiting-children", group="urgent", url="https://elixir.ai/esneft-education/diarrhoea-vomiting-gastroenteritis/", source="East Suffolk and North Essex NHS Foundation Trust (ESNEFT) patient education, hosted on elixir.ai", licence=OGL + "; NHS trust leaflet hosted by a third party",
    title="Diarrhoea & Vomiting (Gastroenteritis): information for parents, guardians and carers", audience="consumer", genre="patient information", topic="gastroenteritis in babies and children", topic_kind="condition",
    W=True, reason="@acute", evidence=["Call 999 or go straight to your nearest Emergency Department.", "You need to see a doctor or nurse today.\nPlease ring your GP’s surgery, out-of-hours GP service or call NHS 111."], urgency="emergency",
    notes="traffic-light sheet; each action follows its sign list ('If your baby or child ... You need urgent help.')",
    text="""Diarrhoea & Vomiting (Gastroenteritis)

Information for parents, guardians and carers.

Paediatric Emergency Department Tel: 01473 702239


Paediatric Assessment Unit (PAU) Tel: 01473 702198


Bergholt Ward Tel: 01473 702194

Signs and symptoms

Acute gastroenteritis, or a tummy bug, is one of the most common illnesses in childhood.

The most common symptoms are:

• sudden attack of diarrhoea (runny poo);

• vomiting;

• loss of appetite;

• fever; and

• stomach ache.

When should I be concerned?

If your baby or child has any of the following symptoms, you should take the recommended course of action:

If your baby or child
  • has sunken eyes and/ or a sunken soft spot
  • is unresponsive and very sleepy;
  • is breathing fast;
  • has not passed urine in 12 hours; or
  • has lots of blood in his or her poo, bright green vomit or is in severe pain:


You need urgent help.

Call 999 or go straight to your nearest Emergency Department.

If your baby or child

  • has symptoms which are getting worse;
  • feeds less than 50% of his or her usual amount;
  • is passing less urine than normal;
  • is vomiting more than three times in 24 hours; or
  • has a temperature above 39°C:


You need to see a doctor or nurse today.
Please ring your GP’s surgery, out-of-hours GP service or call NHS 111.

If none of the above factors are present


Care for your baby at home using advice in this leaflet.

More Information

Gastroenteritis will get better on its own. A small number of children become dehydrated whilst they have gastroenteritis. Younger children and babies are most at risk.

Signs of dehydration are:

  • dry lips, eyes, mouth;
  • drowsiness;
  • excessive thirst;
  • pale colour;
  • sunken eyes;
  • less urine passed;
  • cold hands and feet;
  • fast breathing; and
  • sunken soft spot (in babies).

If your child has no signs of dehydration, he or she can be cared for at home.

If your child has diarrhoea only:
""")
