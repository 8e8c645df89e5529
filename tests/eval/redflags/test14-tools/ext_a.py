# batch a: ear, nose, throat, eye and skin pages (nosebleed x2, earache x2, sunburn, conjunctivitis x2, sore throat x2)
add(id="t14-southtees-epistaxis", group="urgent", url="https://www.southtees.nhs.uk/resources/epistaxis-nose-bleed/", source="South Tees Hospitals NHS Foundation Trust, Emergency Department and Minor Injury Unit leaflet", licence=OGL,
    title="Epistaxis (nose bleed)", audience="consumer", genre="patient information", topic="nosebleed (epistaxis) after emergency department care: first aid and treatment", topic_kind="condition",
    W=True, reason="emergency-department discharge leaflet for an acute condition; readers need to know when a nosebleed needs urgent help", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'Non-steroidal anti-infla' in the pain-relief section; title supplied from the URL and content",
    evidence=[],
    notes="cut excerpt: first-aid steps ('If bleeding continues repeat pressure for a further 10 minutes') are self-care, not a sign tied to getting help; no return-to-ED advice in the stored text; warranted and missing (cut)",
    text="""Emergency Department and Minor Injury Unit
You have been given this information because you have been diagnosed with epistaxis, this is more commonly known as a nose bleed. Epistaxis usually occurs when a small blood vessel at the front of the nose ruptures. Most bleeding from the nose comes from an area known as Little’s area. This is just inside the entrance of the nostril.
Minor spontaneous nose bleeds are very common.
Most nose bleeds occur due to the rupture of fragile blood vessels with no apparent reason. This may be exacerbated by having a common cold, picking the nose or nose blowing. Rarely nose bleeds occur due to blood clotting disorders or blood thinning medication.
You should always let the doctor know if you have a blood clotting disorder, or are on blood thinning medication (for example; warfarin or rivaroxaban).
Treating Epistaxis
The main treatment for a nose bleed is pressure to the bleeding area.
- Pinch the lower end of the nose with the index finger and thumb
- This should block both nostrils
- Do not lean your head back, this will cause blood to go down your throat or airway
- A cold flannel or ice pack applied to the forehead can slow bleeding
- Continue this for 10 minutes
- If bleeding has stopped after this do not pick or blow your nose
- If bleeding continues repeat pressure for a further 10 minutes
Treatment at hospital
Some patients with persistent epistaxis will have cautery applied (a small burn) to the offending blood vessel, or referral to an Ear Nose and Throat (ENT) clinic.
Most patients only need repeated pressure or the application of a cream such as Naseptin. The cream provides a barrier to allow a scab to form in your nose, this can be as effective as cautery. Some patients may need blood tests while at hospital. Most minor epistaxis do not need any investigation.
Treating pain
If needed, pain medication options include the following:
Paracetamol is usually recommended for painful sprains or strains.
Non-steroidal anti-infla""")
add(id="t14-scarborough-ryedale-ccg-epistaxis-referral", group="urgent", url="https://www.scarboroughryedaleccg.nhs.uk/home/referral-information/ear-nose-and-throat/epistaxis-nose-bleeds/", source="NHS Scarborough and Ryedale CCG, referral information for GPs", licence=OGL,
    title="Epistaxis (Nose Bleeds) – Information for GPs", audience="professional", genre="other", topic="epistaxis: GP referral criteria and red-flag symptoms", topic_kind="condition",
    W=True, reason="professional referral guide for a condition with do-not-miss features; a professional summary of this kind names red flags and what to do about them", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'Alcoho' in the referral-letter list; COVID-19 banner at the top kept",
    evidence=[],
    notes="hard call: the page lists 'Red flag symptoms' (prolonged/severe bleeding, clots, cardiovascular compromise, children under two) but ties none of them to an action, place or timescale; the only referral rule given is failed primary-care management; read as a list without action, so not present (a reader could take the red flags as implied referral criteria)",
    text="""Buying health services for local people

COVID-19 (coronavirus) latest: do not leave your home

Everyone must stay at home to help stop the spread of coronavirus. Advice for clinicians on COVID-19 (coronavirus) is here. If you are a member of the public looking for health advice, visit the NHS website or North Yorkshire Public Health. And if you are looking for the latest travel information, and advice about the government response to the outbreak, go to the website.

Last updated: 30 March, 2020 15:59pm

en English
en English

Epistaxis (Nose Bleeds) – Information for GPs

Referral Criteria/Commissioning position

Refer to secondary care if:

  • primary care management has been unsuccessful in resolving the issue

Red flag symptoms

  • Prolonged (>20 minutes) and/or severe acute bleeding with no response to usual measures, such as local pressure and cooling
  • Discharge of large or multiple clots
  • Sickness with or without haematemesis
  • Systemic / cardio-vascular compromise
  • Signs for a possible underlying clotting problem
  • Long standing intermittent bloody discharge for no apparent reason: adults – suspect malignancy, children or other potentially vulnerable patients – suspect foreign body
  • Unusual presentation in children under the age of two years

Investigations prior to referral

Usually none needed, consider FBC and clotting before a referral

Information to include in referral letter

The GP referral letter should contain:

  • Duration and possible patterns
  • Details of treatments and measures tried including outcomes (e.g. nasal cautery)
  • Investigations so far (if any)
  • Blood pressure measurement
  • Relevant past medical/surgical history including occupational history and possible risk factors in adults (smoking, sniffing etc.)
  • Drug history (prescribed and non-prescribed)
  • Relevant past medical/surgical history
  • Current regular medication
  • BMI
  • Smoking status
  • Alcoho""")
add(id="t14-nenc-healthier-together-earache", group="urgent", url="https://nenc-healthiertogether.nhs.uk/parentscarers/pharmacy-first/earache", source="Healthier Together, North East and North Cumbria (NHS), parents and carers page", licence=OGL,
    title="Earache", audience="consumer", genre="patient information", topic="earache in children: viral cause, red and amber features", topic_kind="symptom",
    W=True, reason="@sym", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'shivering with' in the amber list (its action line is not stored)",
    evidence=["If your child has any of the following:\n- Breathing very fast or breathing that stops or pauses", "You need urgent help\nGo to the nearest Hospital Emergency (A&E) Department or phone 999"],
    notes="red features listed then 'You need urgent help / Go to the nearest Hospital Emergency (A&E) Department or phone 999'; the amber list's action is cut off",
    text="""Earache
Lots of children get earache and often this is with a high temperature. It is usually due to a viral infection. Your child may also have a runny nose, cough, and sore throat.
Viral infections spread very quickly and often affect other people in your house.
Viruses get better on their own and do not need treatment with antibiotics.
Antibiotics may cause side effects such as rash and diarrhoea. The more antibiotics we use the more chance of antibiotic resistance.
When should you worry?
If your child has any of the following:
- Breathing very fast or breathing that stops or pauses
- Working hard to breathe, drawing in of the muscles below the rib, unable to talk or noisy breathing (grunting)
-
Is pale, blue, mottled or feels unusually cold to touch
- Difficult to wake up, very sleepy or confused
- Weak, high-pitched, continuous cry or extremely agitated
- Has a fit (seizure)
- A temperature less than 36oC or temperature 38oC or more if baby is less than 3 months
- Has a rash that does not go away with pressure (see the 'Glass Test')
-
Is under 3 months old with temperature more than 38°C or under 36°C (unless fever in the 48 hours following vaccinations and no other red features)
You need urgent help
Go to the nearest Hospital Emergency (A&E) Department or phone 999
If your child has any of the following:
-
Has pain, redness or swelling behind the ear
-
Severe headache persisting despite regular painkillers
-
Dizziness or is losing their balance
-
Breathing a bit faster than normal or working a bit harder to breathe
-
Dry skin, lips or tongue
-
Not had a wee or wet nappy in last 8 hours
-
Poor feeding in babies (less than half of their usual amount)
-
Irritable (unable to settle them with toys, TV, food or hugs even after their fever has come down)
-
Is 3 to 6 months old with temperature 39°C or above (unless fever in the 48 hours following vaccinations and no other red or amber features)
-
Temperature of 38°C or above for more than 5 days or shivering with""")
add(id="t14-what0-18-earache", group="urgent", url="http://www.what0-18.nhs.uk/parents-and-carers/worried-your-child-unwell/earache/", source="What 0-18 (NHS Hampshire and Isle of Wight child health site), 'worried your child is unwell' page", licence=OGL,
    title="Earache", audience="consumer", genre="patient information", topic="earache in children: self-care, when to see a GP", topic_kind="symptom",
    W=True, reason="@sym", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'despite their fev' in the 'When should you worry?' list; title supplied from the URL",
    evidence=["If your child is having hearing problems or fluid is coming out of their ear, they should see a GP.", "Your child should see a doctor if they...\n\n  • have breathing problems, such as rapid breathing"],
    notes="GP-level signs (hearing problems, fluid from the ear, fever over 3 days) and a 'should see a doctor if' list (breathing problems, drowsy); no 999/A&E line in the stored text",
    text="""Earache occurs commonly in children, and is often associated with a high temperature. They are usually  caused by a viral infection – if this is the case, your child may also have a runny nose, cough or sore throat. 

  • If a number of people are unwell in the same household, this also suggests a viral infection (because viral infections are easily spread).
  • Viral infections tend to get better on their own and do not need treatment with antibiotics. Antibiotics may actually cause side effects such as rash and diarrhoea and can increase the risk of them developing antibiotic resistance.


What should you do?

  • To make your child more comfortable, you may want to give them paracetamol (calpol) and/or ibuprofen. This not only helps with fever but also reduces pain.
  • If your child is having hearing problems or fluid is coming out of their ear, they should see a GP.
  • If your child has a fever for more than 3 days and doesn’t seem to be getting any better, you should also take them to see a GP.


How long will my child’s symptoms last?

  • The chart below shows how long earaches take to get better in children. The faces represent 10 children who have seen their GP with an earache. Green faces are those children whose earache has got better within that time period.
  • After a week, more than three-quarters of those with earache will be better whether they take antibiotics or not. Most (14 out of 15) who take antibiotics will get better just as quickly as if they hadn’t taken them.


The diagrams above are taken from www.whenshouldiworry.com

Feverish Child

When should you worry?

Your child should see a doctor if they...

  • have breathing problems, such as rapid breathing, shortness of breath or laboured breathing (drawing in of muscles below the lower ribs when they breath in, or blue lips).
  • are drowsy or irritable. Children with fever are often sleepy and miserable but if they remain drowsy or irritable despite their fev""")
add(id="t14-hartington-surgery-sunburn", group="urgent", url="https://www.hartingtonsurgery.co.uk/509/sunburn/", source="Hartington Surgery (NHS GP practice), health information page (NHS Choices content)", licence=OGL,
    title="Sunburn", audience="consumer", genre="patient information", topic="sunburn: self-care and when to seek medical advice", topic_kind="condition",
    W=True, reason="consumer page about an acute condition (severe sunburn, heat exhaustion) where readers may need to act", urgency="same-day", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; ends at 'For more information on ' (the closing credit line is cut); title supplied from the URL",
    evidence=["You should contact your GP, attend an NHS walk-in centre, or call NHS 111 for advice if you feel unwell or have any concerns about your sunburn, particularly if you are burnt over a large area or have any of the more severe symptoms listed below.", "Signs of severe sunburn can include:\n- blistering or swelling of the skin (oedema)"],
    notes="GP/walk-in/111 advice tied to large burns and a listed set of severe signs (blistering, chills, fever, heat-exhaustion symptoms); no heatstroke/999 line in the stored text",
    text="""What to do if you are suffering from sunburn
If you or your child has sunburn, you should get out of the sun as soon as possible – head indoors or into a shady area. You can usually treat mild sunburn at home, although there are some circumstances where you should seek medical advice (see below).
The following advice may help to relieve your symptoms until your skin heals:
- Cool the skin by sponging it with cold water or by having a cold bath or shower – applying a cold compress such as a cold flannel to the affected area may also help.
- Drink plenty of fluids to cool you down and prevent dehydration.
- Apply a water-based emollient or petroleum jelly (such as Vaseline) to keep your skin cool and moist.
- Take painkillers such as ibuprofen or paracetamol to relieve any pain – aspirin should not be given to children under 16.
Try to avoid all sunlight, including through windows, by covering up the affected areas of skin until your skin has fully healed.
When to seek medical advice
You should contact your GP, attend an NHS walk-in centre, or call NHS 111 for advice if you feel unwell or have any concerns about your sunburn, particularly if you are burnt over a large area or have any of the more severe symptoms listed below.
You should also see your GP if a young child or baby has sunburn, as their skin is particularly fragile.
Signs of severe sunburn can include:
- blistering or swelling of the skin (oedema)
- chills
- a high temperature (fever) of 38C (100.4F) or above, or 37.5C (99.5F) or above in children under five
- dizziness, headaches and feeling sick (symptoms of heat exhaustion)
Your GP may recommend using hydrocortisone cream for a few days (this is also available over the counter at pharmacies) to reduce the inflammation of your skin.
Severe sunburn may require special burn cream and burn dressings from your GP or a nurse at your GP surgery. Very occasionally, hospital treatment may be needed.
Content taken from NHS Choices. For more information on """)
add(id="t14-nhs-beta-conjunctivitis", group="urgent", url="https://beta.nhs.uk/conditions/conjunctivitis/", source="NHS website (beta version), health A-Z", licence=OGL,
    title="Conjunctivitis", audience="consumer", genre="patient information", topic="conjunctivitis: symptoms, self-care, when to see a GP", topic_kind="condition",
    W=True, reason="consumer page about a red-eye condition; readers need to know when a red eye needs prompt or urgent help", urgency="same-day", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at '(viral conjunc' in the GP-treatment section; title supplied from the URL",
    evidence=["See a GP if:\n\n  • your baby has red eyes - get an urgent appointment if your baby is less than 28 days old"],
    notes="hard call: present at GP level only (baby with red eyes, urgent if under 28 days; contact-lens wearer; not cleared in 2 weeks); this beta version has no 'see a GP urgently or go to A&E' line for eye pain, light sensitivity or vision change, so the emergency-level signs are missing; weak",
    text="""Conjunctivitis is an eye condition caused by infection or allergies. It usually gets better without treatment in a couple of weeks.

Check if you have conjunctivitis

Conjunctivitis is also known as red or pink eye.

It usually affects both eyes and makes them:

  • bloodshot
  • burn or feel gritty
  • produce pus that sticks to lashes
  • itch
  • water

If you’re not sure it’s conjunctivitis

Other conditions can cause red eyes.

How to treat conjunctivitis yourself

There are things you can do to help ease your symptoms.

Use clean cotton wool (one piece for each eye). Boil water and then let it cool down before you:

  • clean off crusts on your lashes by rubbing them gently
  • make a cold compress to press on your eyes for a few minutes to cool them down

Stop infectious conjunctivitis from spreading


  • wash hands regularly with warm soapy water
  • wash pillows and face cloths in hot water and detergent


  • wear contact lenses until your eyes are better
  • share towels and pillows
  • rub your eyes

Staying away from work or school

You don’t need to avoid work or school unless you or your child are feeling very unwell.

If there are a few children with conjunctivitis at your child’s school you might be asked to keep yours at home.

A pharmacist can help with conjunctivitis

Speak to a pharmacist about conjunctivitis. They can give you advice and suggest eye drops or antihistamines to help with your symptoms.

See a GP if:

  • your baby has red eyes - get an urgent appointment if your baby is less than 28 days old

  • you wear contact lenses and you have conjunctivitis symptoms as well as spots on your eyelids - you might be allergic to the lenses

  • your symptoms haven’t cleared up after 2 weeks

Treatment from your GP

Treatment will depend on what caused your conjunctivitis. If it’s a bacterial infection you might be prescribed antibiotics, but they won’t work if it’s caused by a virus (viral conjunc""")
add(id="t14-thorpe-le-soken-conjunctivitis", group="urgent", url="http://www.thorpe-le-sokensurgery.nhs.uk/conjunctivitis,60380.htm", source="Thorpe-le-Soken Surgery (NHS GP practice), self-help page", licence=OGL,
    title="Conjunctivitis", audience="consumer", genre="patient information", topic="conjunctivitis: allergic and infective, self-care, when to contact the doctor", topic_kind="condition",
    W=True, reason="consumer page about a red-eye condition; readers need to know when a red eye needs prompt or urgent help", urgency="same-day", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole page text; title supplied from the URL",
    evidence=["Contact the doctor immediately if:\n\n  • you have severe pain in the eye", "your vision is affected beyond simple blurring caused by the discharge"],
    notes="two-tier advice: contact the doctor when the surgery is open if redness persists; contact the doctor immediately for severe eye pain, a foreign body or affected vision",
    text="""There are two sorts of conjunctivitis – allergic and infective.

Allergic conjunctivitis is caused by exposure to irritants such as pollens, animals or cigarette smoke. Both eyes tend to be affected at the same time and although they may become red and itchy, there is not usually any discharge.

Treatment of allergic conjunctivitis is to avoid the cause and to try to rinse the allergens out of the eye with frequent warm water bathing. Drops are also available from pharmacies.

Infective conjunctivitis is caused by an infection which may be viral or bacterial. This tends to start in one eye and then spread to the other. The eye is usually sore and often sticky, especially on waking.

Treatment of this is to wipe the eye gently with wet cotton wool, wiping from the nose side outwards to avoid blocking the tear duct. Be sure to wash your hands afterwards and to avoid sharing towels etc with other members of the family.

If the infection persists, antibiotic ointment may be required.

Contact the doctor when the surgery is open if:

  • eye irritation or redness persists for more than a day despite treatment outlined above

Contact the doctor immediately if:

  • you have severe pain in the eye

  • you think you may have something in the eye

  • your vision is affected beyond simple blurring caused by the discharge""")
add(id="t14-belmont-hill-sore-throat", group="urgent", url="https://www.belmonthillsurgery.co.uk/sore-throat", source="Belmont Hill Surgery (NHS GP practice), health information page (adapted from NHS Choices)", licence=OGL,
    title="Sore Throat", audience="consumer", genre="patient information", topic="sore throat: self-care, when to contact a GP, emergency signs", topic_kind="symptom",
    W=True, reason="@sym", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole page text (link text for the NHS page kept)",
    evidence=["Seek emergency help by visiting A&E or calling 999 if:\n\n  • You have difficulty breathing", "You are making a high-pitched sound as you breathe (called stridor)"],
    notes="two tiers: GP for severe/persistent symptoms or weakened immunity; A&E/999 for breathing difficulty, stridor, drooling",
    text="""Sore Throat

Sore throats are very common and usually nothing to worry about. They normally get better within a week and most are caused by minor illnesses such as colds and flu.


You don't usually need to get medical advice if you have a sore throat.

There are things you can do at home to help relieve the symptoms. Paracetamol and ibuprofen (if it is safe for you to take it) can help relieve the pain of a sore throat and can reduce your fever if you have one. Drinking plenty of cool or warm fluids can help releive symptoms as can eating soft foods. Gargling with a homemade mouthwash of warm, salty water can also be helpful.


It is advisable to contact your GP if:

  • Your symptoms are severe
  • You have persistent symptoms that haven't started to improve after a week
  • You experience severe sore throats frequently
  • You have a weakened immune system, for example if you have HIV, are having chemotherapy or are taking medication to supress your immune system.

Seek emergency help by visiting A&E or calling 999 if:

  • You have difficulty breathing
  • You are making a high-pitched sound as you breathe (called stridor)
  • You start drooling
  • Your symptoms are severe or getting worse quickly

More Information

For more information on sore throats, visit the NHS choices page by clicking the link below:


Content adapted from NHS Choices""")
add(id="t14-sandbach-gps-sore-throat", group="urgent", url="http://www.sandbachgps.nhs.uk/self-care-sore-throat/", source="Sandbach GP practice (NHS), self-care page", licence=OGL,
    title="Self care for a sore throat", audience="consumer", genre="patient information", topic="sore throat: self-care and when to see a GP", topic_kind="symptom",
    W=True, reason="@sym", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole page text (the pharmacy-finder link target is not included)",
    evidence=["When to see your GP\n\n• If your sore throat doesn’t improve after a week", "• If you have a sore throat and a very high temperature or you feel hot and shivery"],
    notes="present at GP level only (high temperature and shivery, weakened immunity, not improving after a week); no emergency signs (difficulty breathing or swallowing, drooling, stridor) in the complete text",
    text="""Self care for a sore throat

Sore throats are very common and usually nothing to worry about and in most cases get better within a week.

There is generally no need to see your GP for a sore throat, there are a number of ways you can help to soothe a sore throat at home:

• Gargle with warm salty water (children should not try this)
• Drink plenty of water but avoid hot drinks
• Eat cool or soft foods
• Avoid smoking and smoky places
• Suck ice cubes, ice lollies or hard-boiled sweets (don’t give these to children as they are a choking hazard)

Your local Pharmacist can also offer advice and over-the-counter treatments. You can find your nearest Pharmacy at

(GP’s don’t usually prescribe antibiotics for sore throats because they won’t relieve your symptoms or speed up your recovery).

When to see your GP

• If your sore throat doesn’t improve after a week
• If you often get sore throats
• If you have a sore throat and a very high temperature or you feel hot and shivery
• If you have a weakened immune system – for example because of Chemotherapy or diabetes
""")
