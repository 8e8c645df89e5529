# batch k: eye condition / corneal abrasion aftercare (South Tees ED), burns and scalds in children (NENC Healthier Together)
add(id="t10b-south-tees-ed-eye-condition", group="urgent", url="https://www.southtees.nhs.uk/resources/eye-condition/", source="South Tees Hospitals NHS Foundation Trust, Emergency Department and Minor Injury Unit patient information", licence=OGL,
    title="Eye condition", audience="consumer", genre="patient information", topic="eye infection, scratch or abrasion: aftercare from the emergency department", topic_kind="condition",
    W=True, reason="@acute", urgency="same-day", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut mid-sentence at 'for example, ibu' in the pain-relief section (after the when-to-seek-help section)",
    evidence=["If you have not been given a follow-up appointment and you have persistent or worsening symptoms, then you should attend the Eye Casualty Clinic.",
              "You should seek medical attention if any of the following occur:\n- Sudden deterioration in vision"],
    notes="ED aftercare leaflet; persistent/worsening symptoms -> Eye Casualty Clinic or ED out of hours; sudden loss of vision, unable to open eye, headache or vomiting -> seek medical attention; present",
    text="""
Emergency Department and Minor Injury Unit
You have been given this information because you have been diagnosed with an eye condition. Infection and minor scratches or abrasions to the eye are a common cause of pain and redness. Less commonly some people suffer from inflammation of the eye.
Common symptoms
- Difficulty opening the eye in light conditions
- Painful eye with the sensation of something still present on the eye
- Watering profusely
- Blurred vision
Treating of an eye condition
You may have been provided with an eye ointment or drops to use. These should be placed into the bottom eyelid whilst looking upwards. Ensure you have washed your hands prior to using them.
Drops
You should place 1 drop at a time and close your eyes after each.Ointment
A small strip of paste can be placed from one side of the lower eyelid to the other.
- If you wear contact lenses you should avoid these until your symptoms have improved.
- If an infection has caused your eye condition, you should avoid sharing towels and face cloths with other people until it has resolved.
Recovering from an eye condition
Most minor abrasions will improve over the following 2 days. However some patients may be given an appointment to attend the Eye Casualty Clinic for follow-up.
If you have not been given a follow-up appointment and you have persistent or worsening symptoms, then you should attend the Eye Casualty Clinic. This is open Monday to Friday 8am to 4.30pm, and 8am to 12 noon at weekends. Outside of these times you should attend the Emergency Department.
You should seek medical attention if any of the following occur:
- Sudden deterioration in vision
- Unable to open your eye to light
- Headache or vomiting
Treating pain
If needed, pain medication options include the following:
Paracetamol is usually recommended for painful sprains or strains.
Non-steroidal anti-inflammatory drugs (NSAIDs) relieve pain and may also limit inflammation and swelling. You can buy some types (for example, ibu""")
add(id="t10b-nenc-healthier-together-burns-scalds", group="urgent", url="https://nenc-healthiertogether.nhs.uk/parentscarers/injuries/burns-and-scalds", source="Healthier Together, North East and North Cumbria (NHS), parents and carers page", licence=OGL,
    title="Burns and scalds", audience="consumer", genre="patient information", topic="burns and scalds in children: when to go to A&E, call 111 or self-care", topic_kind="condition",
    W=True, reason="@acute", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'This guidance has been' (the credits line after the three red/amber/green sections, all stored)",
    evidence=["You need urgent help.\n\nGo to the nearest Hospital Emergency (A&E) Department or phone 999",
              "You need to contact a clinician today.\n\nCall NHS 111 – dial 111, contact your GP or go to your nearest Urgent Care Centre / Minor Injury Unit"],
    notes="red/amber/green page with the sign lists stored (burn larger than the child's hand, white or charred skin, face/hands/genitals, chemical or electrical, smoke inhalation, breathing difficulty, fever after a burn -> A&E/999; child under 10, uncontrolled pain, spreading redness -> 111/GP today); present",
    text="""Burns and scalds

Burns in children can be caused by a number of different things including fires, contact with hot objects such as radiators, hot liquids such as hot drinks, sunburn, extreme cold, corrosive chemicals and electric shocks.

If your child has any of the following:

  • A burn covering an area larger than the size of your child’s hand
  • Skin which appears white or charred
  • Blistered skin at the site of the burn
  • Burns to the face, neck, hands, feet, genitals or over any joints
  • A burn caused by a chemical or an electric shock
  • May have inhaled any smoke
  • Cold or clammy skin
  • Any difficulty breathing
  • A temperature above 38°c following a burn
  • Becomes lethargic or unresponsive

You need urgent help.

Go to the nearest Hospital Emergency (A&E) Department or phone 999

Please commence the following first aid:

  • Remove your child from the source of heat, while keeping yourself safe
  • Remove any clothing/jewellery around the burn, unless stuck
  • Cool the burn under cold, running water for at least 20 minutes
  • Keep the patient warm with towels/blankets

If your child has any of the following:

  • A burn in a child under the age of 10
  • Pain not controlled with paracetamol and ibuprofen
  • The skin around the burn is becoming more red and inflamed

You need to contact a clinician today.

Call NHS 111 – dial 111, contact your GP or go to your nearest Urgent Care Centre / Minor Injury Unit

Please commence the following first aid:

  • Remove your child from the source of heat, while keeping yourself safe
  • Remove any clothing/jewellery around the burn, unless stuck
  • Cool the burn under cold, running water for at least 20 minutes
  • Keep the patient warm with towels/blankets

If none of the above features are present

Self care

Continue providing your child’s care at home. If you are still concerned about your child, call NHS 111 – dial 111

This guidance has been""")
