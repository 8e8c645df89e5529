# batch g: adult head injury (East of England Ambulance Service), head injury (Portsmouth health and care portal)
add(id="t10b-eeast-head-injury-adult-advice", group="urgent", url="https://eastamb.nhs.uk/your-service/emergency-advice/head-injury-adult", source="East of England Ambulance Service NHS Trust, emergency advice page (patient information left by crews)", licence=OGL,
    title="Head Injury (Adult)", audience="consumer", genre="patient information", topic="head injury in adults: advice after being seen by an ambulance crew", topic_kind="condition",
    W=True, reason="@acute", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'Patient ' after the anticoagulant section (the remaining text appears to be a footer or leaflet reference)",
    evidence=["If you have any of the following you or the person caring for you should call an ambulance immediately on 999\n- A change in consciousness or new confusion.",
              "If these symptoms continue or worsen, in the first instance contact your own GP or 111."],
    notes="danger signs after head injury tied to 999; persisting or worsening minor symptoms tied to GP/111; anticoagulant users told to contact GP/111; present",
    text="""Head Injury (Adult)
Patient information: Head injury advice (Adult)
This is in addition to any specific advice given to you by the ambulance crew you saw today
You should:
- Stay within easy reach of help and near to a telephone for the first 24h-48 hours, make sure there is someone nearby who has read and understood this advice.
- Have plenty of rest and avoid stressful situations.
You should avoid
- Taking any alcohol or drugs, sedatives or tranquillisers (unless they are given by a doctor).
- Contact sports (including rugby and football) for at least three weeks; the person should talk to their doctor first.
- Returning to normal activity until you are completely recovered.
- Driving or operating machinery, unless you are completely recovered.
If you have any of the following you or the person caring for you should call an ambulance immediately on 999
- A change in consciousness or new confusion.
- Fluid leaks from the ear or nose.
- Feeling drowsy when you would normally be awake.
- Problems with understanding or speaking, loss of balance or problems walking, or weakness in one or both arms or legs.
- New problems with eyesight, shortly after injury.
- A worsening headache.
- Vomiting or Seizures.
- Loss of hearing in one or both ears.
Common Side Effects
- It is common to feel nauseous (sick) after a head injury, but being sick (vomiting) is a concern.
- A mild headache again is common and is normally treated by simple Paracetamol (following instructions on the packet, on how much and how often).
- Difficulty concentrating or feeling tired – these symptoms should disappear over the next two weeks.
- If these symptoms continue or worsen, in the first instance contact your own GP or 111.
Taking Anti coagulation therapy
If you are taking Warfarin or other oral anticoagulants (blood thinners) you are at higher risk of sudden or delayed bleeding – please contact your GP or 111 for advice. In a life-threatening emergency always dial 999 for an ambulance.
Patient """)
add(id="t10b-portsmouth-health-and-care-head-injury", group="urgent", url="https://healthandcare.portsmouth.gov.uk/head-injury/", source="Health and Care Portsmouth (Portsmouth City Council and NHS Portsmouth), choose-the-right-service page", licence=OGL,
    title="Head injury", audience="consumer", genre="patient information", topic="head injury: which service to use (self-care, 111/GP, emergency)", topic_kind="condition",
    W=True, reason="@acute", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'C' right after the RED (life-threatening) sign list, i.e. before its action line",
    evidence=["Have had a head injury assessment, but later deteriorate\n\nHave had a head injury and symptoms last more than two weeks\n\nHave had a head injury and not sure if it’s safe to drive or return to work, school or sports\n\nCall 111 or visit 111.nhs.uk"],
    notes="hard call: the RED emergency sign list is stored but its action line was cut off ('C'), so it is not evidence (signs without action); the AMBER situations (deterioration after assessment, symptoms over two weeks) are tied to 111/GP and count at urgent level; present",
    text="""Head injury

Choose the right healthcare service to get the care you need and to enable the NHS to help the greatest number of people.

GREEN Self-care or ask a pharmacist for advice

Sent home from hospital with a minor head injury

Did not need to go to hospital

Symptoms of concussion, such as a slight headache or feeling sick or dazed, for up to two weeks

Hold an ice pack (or a bag of frozen peas in a tea towel) to the area regularly, for short periods, over the first few days

Rest and avoid stress, sleep if tired

Take painkillers such as paracetamol for headaches. Avoid anti-inflammatories and aspirin initially (they can thin the blood)

Do not go back to work or school until feeling better

Do not drive until fully recovered

Do not play contact sports for at least three weeks

Do not take drugs or drink alcohol until feeling better

Do not take sleeping pills while recovering, unless a doctor advises to –

AMBER It is urgent but not life threatening

Have a head injury and are unsure what to do

Have had a head injury assessment, but later deteriorate

Have had a head injury and symptoms last more than two weeks

Have had a head injury and not sure if it’s safe to drive or return to work, school or sports

Call 111 or visit 111.nhs.uk


Contact a GP Practice

RED It is a life-threatening medical emergency

Hit head and has:

  • been knocked out and not woken up
  • difficulty staying awake or keeping their eyes open
  • a seizure (fit)
  • fallen from a height more than one metre or five stairs
  • problems with vision or hearing
  • a black eye without direct injury to the eye
  • clear fluid coming from ears or nose
  • bleeding from ears or bruising behind ears
  • numbness or weakness in parts of the body
  • problems with walking, balance, understanding, speaking, writing
  • been hit at speed i.e. road accident or diving
  • a head wound with something inside, or dent to head
  • brain surgery or bleeding in the past

C""")
