# batch h: burns (CCG page, fire service), chest pain fact-sheet page (Victoria), CDC 2016 sepsis telebriefing
add(id="t10-morecambe-bay-ccg-burns-scalds-child", group="urgent", url="https://www.morecambebayccg.nhs.uk/your-health/child-health/burns-and-scalds", source="NHS Morecambe Bay Clinical Commissioning Group, child health page", licence=OGL,
    title="Burns and scalds", audience="consumer", genre="patient information", topic="burns and scalds in children, first aid", topic_kind="condition",
    W=True, reason="@acute", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole short page",
    evidence=[],
    notes="hard call: first aid, then 'Depending on how severe it is, see your GP or go to a minor injuries unit or accident and emergency department' - severity named but no sign (size, face/hands/genitals, child under 5, full-thickness) is given, so not counted as evidence; complete text, warranted & missing",
    text="""Burns and scalds

Immediately place the area under cold running water to take the heat out of the skin. Don’t do this for longer than 10 minutes, as babies and toddlers can get too cold. If there’s no running water, immerse the burn or scald in cold water or any other cool fluid, such as milk or a cold drink.

Use something clean and non-fluffy, like a cotton pillowcase or clingfilm, to cover the burn or scald and reduce the danger of infection.

If your child’s clothes are stuck to the skin, don’t try to take them off. If the burn is not calmed by the above actions, don’t put any ointments or creams on, as it will have to be cleaned off before the area can be treated. Depending on how severe it is, see your GP or go to a minor injuries unit or accident and emergency department.

Blisters will burst naturally. The raw area underneath needs a protective dressing. Ask your pharmacist or practice nurse for advice.""")
add(id="t10-kent-fire-first-aid-burns-scalds", group="urgent", url="https://www.kent.fire-uk.org/a-z/first-aid-burns-and-scalds-0", source="Kent Fire and Rescue Service, safety advice A-Z", licence=OGL,
    title="First aid for burns and scalds", audience="consumer", genre="screening-prevention", topic="first aid and prevention of burns and scalds", topic_kind="prevention",
    W=True, reason="public safety page on burns; readers need to know when a burn needs medical help", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole page (first aid and prevention list)",
    evidence=["CALL for help – NHS 111 or local GP for advice. In an emergency dial 999."],
    notes="hard call: Cool-Call-Cover first aid for 'a minor burn or scald'; the call step (111/GP, 999 in an emergency) is tied to the situation (a burn) rather than to signs; counted as condition-level advice (weak), following the TEST9 convention",
    text="""First aid for burns and scalds

Burns and scalds are damage to the skin usually caused by heat. A burn is caused by dry heat – by an iron or fire, for example, whereas a scald is caused by something wet - such as hot water or steam.

Good first aid following a burn or scald can make a huge difference to recovery times and the severity of scarring. To treat a minor burn or scald, follow the first aid advice below:

COOL the burn with running cool tap water for 20 minutes.  Remove any clothing, jewellery or nappies (unless melted or firmly stuck to the wound).  Do not apply ice, butter or toothpaste.

CALL for help – NHS 111 or local GP for advice. In an emergency dial 999.

COVER the cooled burn with loose cling film or a clean, non-fluffy cloth.  Keep the patient warm.

How to prevent burns and scald

The following advice can help reduce the likelihood of you, or your loved one, getting burnt:

  • Avoid overfilling kettles.
  • Keep kettles, irons, hair straighteners or wires out of reach, and away from children.
  • Make sure saucepan handles are always turned inwards to keep them out of children’s reach. 
  • Never leave cooking unattended. 
  • Set hot water thermostat to 46⁰, always run cold water into the bath first – test the temperature.""")
add(id="t10-safercare-vic-chest-pain-fact-sheet-page", group="no-red-flag", url="https://www.safercare.vic.gov.au/best-practice-improvement/clinical-guidance/emergency/chest-pain-patient", source="Safer Care Victoria (Victorian Government, Australia), clinical guidance page for an emergency-department patient fact sheet", licence=CCBYAU,
    title="Chest pain (patient fact sheet)", audience="professional", genre="other", topic="chest pain: page introducing a discharge fact sheet to clinicians", topic_kind="symptom",
    W=False, reason="page addressed to clinicians that introduces a downloadable patient fact sheet; the fact sheet itself (not stored) carries the advice", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; ends at 'Patient fact sheet' (the fact sheet's body, a download, is not in the excerpt)",
    evidence=[],
    notes="hard call: clinician-facing landing page for a discharge fact sheet on chest pain (an emergency topic); treated like a landing/teaser page - not warranted; urgency set by topic",
    text="""Key messages

When a patient presents to an emergency department or urgent care centre, they should be given the best available information.

This updated fact sheet helps ensure clinicians and patients have access to easy-to-read information about different emergency conditions.

Give this fact sheet to your patients when discharging them from an emergency department or urgent care centre.

    Download our fact sheet to provide your patients with easy to follow guidance on chest pain.

    This fact sheet has the #withconsumers tick from the Consumers Health Forum of Australia

    Chest pain is any pain that is felt in the chest. Chest pain may come from many parts of the chest including:

    • the heart
    • the lungs
    • the oesophagus (food pipe)
    • muscles
    • bones – including your ribs and sternum (breastbone)
    • the abdomen (stomach) – the pain is felt as being in the chest due to a complex network of nerves and skin.

    All chest pain is considered to be heart-related until proven otherwise.

    Patient fact sheet

""")
add(id="t10-cdc-2016-vital-signs-sepsis-telebriefing", group="no-red-flag", url="https://www.cdc.gov/media/releases/2016/t0823-vital-signs-sepsis.html", source="CDC press briefing transcript (archived), 23 Aug 2016", licence=PD,
    title="Transcript for CDC Telebriefing: New Vital Signs Report - How can we save patients from sepsis?", audience="consumer", genre="news or research report", topic="CDC Vital Signs report on sepsis (press briefing)", topic_kind="condition",
    W=False, reason="press telebriefing transcript (news), red flags not expected by convention", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in Dr Frieden's opening remarks at 'to educate patien'",
    evidence=[],
    notes="hard call: telebriefing whose stated aim is to inform patients and families about sepsis; the stored opening names no signs and no action (the director's anecdote describes a pale, septic infant without advice); not warranted by the telebriefing convention, urgency set by topic",
    text="""Transcript for CDC Telebriefing: New Vital Signs Report - How can we save patients from sepsis?

This website is archived for historical purposes and is no longer being maintained or updated.

Press Briefing Transcript

Tuesday, August 23, 2016, at 1 P.M. EST

Please Note:This transcript is not edited and may contain errors.

MICHELLE BONDS: Thank you, thank you all for joining us today to talk about a condition known as Sepsis, we are joined today by the Director of CDC, Dr. Tom Frieden, we are pleased to also have Dr Mitchell Levy, a sepsis expert, and founding member of the Surviving Sepsis Campaign, a global initiative to improve the care of patients with sepsis. First, I”d like to turn the call over to Dr. Frieden.

TOM FRIEDEN: Thanks very much. Thank you for joining us. CDC works 24/7 to protect the health, safety and security of Americans. This month”s Vital Signs report focuses on sepsis. Sepsis is caused by the body”s overwhelming and often life-threatening response to an infection. It can lead to organ failure and death. Bottom line here is that this report is putting a face on sepsis and documenting that it”s still a huge problem and it doesn”t have to be. Sepsis is an unrecognized killer. Sepsis is a medical emergency. An infection that is getting worse and is not treated can lead to sepsis and it”s scary. I know this first hand. 22 years ago when our older son was just 4 months old, I came home from work one day to find him near death. He was completely pale, I didn”t know if he was breathing or not, and it turned out he had bacteria in his blood. We were able to recognize it rapidly, treat it rapidly and he did fine and recovered completely. But he could have died from it. And far too many people do die from sepsis today.

Today, we want to inform patients and family members about the dangers of sepsis and call on health care providers to take opportunities to prevent, identify and rapidly treat patients with sepsis and to educate patien""")
