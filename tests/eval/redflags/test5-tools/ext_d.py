# batch d: consumer emergency pages (TIA, cauda equina)
add(id="t5-gstt-neurovascular-tia-service", url="https://www.guysandstthomas.nhs.uk/our-services/neurovascular", source="Guy's and St Thomas' NHS Foundation Trust, neurovascular service", licence=OGL,
    title="Neurovascular", audience="consumer", genre="patient information", topic="transient ischaemic attack (TIA) clinic", topic_kind="condition",
    W=True, reason="service page for people after a TIA, who are at high short-term risk of stroke; readers need stroke signs and to call 999",
    evidence=["If at any time before your appointment you experience a new symptoms, it is a medical emergency. Dial 999 immediately. Do not wait for your appointment.", "A person might be having a stroke if:"],
    urgency="emergency", notes="the stroke sign list (face dropped, arm numb, slurred speech) follows the quoted lead-in; also stored at the address without www (same text)",
    text="""Our neurovascular service will confirm if you’ve had a transient ischaemic attack (TIA).

Transient ischaemic attacks (TIA) are sometimes called a ‘mini strokes’. They’re caused when a blood vessel in the brain is temporarily blocked, usually by a blood clot.

The symptoms of a TIA are like those of a stroke. But with a TIA these will get better very quickly, usually within several minutes (and certainly within 24 hours). If your symptoms have lasted longer than 24 hours, you may have had a stroke and not a TIA.

A TIA is a sign that you are at risk of having a stroke soon. Around half of strokes that follow a TIA happen within the first couple of days after the attack. These strokes can be prevented if the cause is investigated and treated quickly.

It's important you have an appointment at the neurovascular clinic as soon as possible.

Do not drive until you've seen a stroke specialist who will tell you when it is safe to do so.

Symptoms of a stroke

If at any time before your appointment you experience a new symptoms, it is a medical emergency. Dial 999 immediately. Do not wait for your appointment.

A person might be having a stroke if:

  • the face has dropped on one side or they cannot smile
  • an arm is numb or they’re unable to raise their arms and keep them in the air
  • speech is slurred or garbled, or they are having problems understanding what you're saying

Symptoms of a stroke can be remembered using the FAST acronym: face, arm, speech, time.

Health information

NHS website information on transient ischaemic attack.

NHS website information on stroke.

Stroke Association provides information and support to people who have suffered a stroke.

Our consultants

Paul Holmes

Contact us

General enquiries, phone: 020 7188 8883

Outpatient appointments, phone: 020 7188 7188, extension 54079

Stroke service, phone: 020 7188 2515

Email: [email protected]  

Address: outpatient centre, Gassiot House, St Thomas' Hospital, Westminster Bri""")
add(id="t5-nwas-transient-ischaemic-attack", url="http://www.nwas.nhs.uk/our-services/managing-clinical-conditions/recognising-a-stroke/transient-ischaemic-attack/", source="North West Ambulance Service NHS Trust", licence=OGL,
    title="Transient ischaemic attack", audience="consumer", genre="patient information", topic="transient ischaemic attack (mini-stroke)", topic_kind="condition",
    W=True, reason="@acute", evidence=[], urgency="emergency",
    notes="hard call: 'it should not be ignored, medical assistance should be sought' is condition-level advice; the symptoms are only said to be 'the same as for a stroke' (none named) and no time or place is given (compare condition-level advice without signs, not present)",
    text="""Transient ischaemic attack

The symptoms of a transient ischaemic attack (TIA) are the same as for a stroke. However, they only last for a few minutes to a few hours - and then stop or resolve.  This is known as a ministroke (TIA).

If you have a ministroke (TIA):

  • The treatment you receive is similar to the treatment for a stroke
  • This could be a serious warning that there is a problem with the blood supply to your brain - it should not be ignored, medical assistance should be sought""")
add(id="t5-studylib-ouh-cauda-equina-leaflet", url="https://studylib.net/doc/11640787/cauda-equina-syndrome-oxford-university-hospitals", source="Oxford University Hospitals NHS Trust leaflet (musculoskeletal physiotherapy), reposted on studylib.net", licence=OGL + "; NHS trust leaflet reposted on a document-sharing site",
    title="Cauda Equina Syndrome: Information for people with low back pain", audience="consumer", genre="patient information", topic="cauda equina syndrome warning signs in low back pain", topic_kind="condition",
    W=True, reason="safety leaflet for people with back pain; its purpose is the emergency signs of nerve compression",
    evidence=["If you have lower back pain and you also notice any of the following\nsymptoms you may be suffering from Cauda Equina Syndrome:", "You should contact your GP or visit the Accident and Emergency (A&E)\ndepartment of your nearest hospital immediately."],
    urgency="emergency", notes="PDF text with line breaks kept; the same leaflet is also stored as a one-line copy at the same address",
    text="""Cauda Equina Syndrome Oxford University Hospitals

Oxford University Hospitals
NHS Trust
Cauda Equina Syndrome
Information for people with low back pain
If you have lower back pain and you also notice any of the following
symptoms you may be suffering from Cauda Equina Syndrome:
•changes to your normal bowel and bladder habits, i.e. unable to
control your bowel or bladder or unable to pass urine
• numbness in your groin and genital area
• changes to your walking pattern
• paralysis (not being able to move) of one or both legs and/or feet.
You should contact your GP or visit the Accident and Emergency (A&E)
department of your nearest hospital immediately.
Cauda Equina Syndrome is a rare but serious condition where the
nerves at the very bottom of the spinal cord become compressed
(squashed). This doesn’t happen often in patients with low back pain,
but if you have any of the symptoms above it is essential to seek
immediate treatment to prevent any long term damage or disability.
If you have a specific requirement, need an interpreter,
a document in Easy Read, another language, large print,
Braille or audio version, please call 01865 221 473
or email
Musculoskeletal Physiotherapy Outpatients Department,
East Oxford Health Centre
March 2014
Review: March 2017
Oxford University Hospitals NHS Trust
Oxford OX3 9DU
OMI 10127P""")
add(id="t5-geh-mri-lumbar-spine-sau-leaflet", url="https://www.geh.nhs.uk/patients-and-visitors/patients/patient-leaflets/having-mri-your-lumbar-and-sacral-spine-through-surgical-assessment-unit", source="George Eliot Hospital NHS Trust, patient leaflet", licence=OGL,
    title="Having an MRI of your lumbar and sacral spine through the Surgical Assessment Unit", audience="consumer", genre="treatment-description", topic="same-day MRI to rule out cauda equina syndrome", topic_kind="test",
    W=False, reason="describes a test pathway for patients already referred; the stored part explains who they will see and why an MRI is needed",
    evidence=[], urgency="emergency",
    notes="hard call: patients sent home after a negative scan need safety-netting (return if bladder/bowel or saddle symptoms develop), which a full leaflet might give; the stored excerpt (FAQ start) does not reach that point. Names CES without signs",
    text="""Download

Download Word Document

Download PDF Document

Details

Document ID: GEH-2005-1-2025

Approved Date: 27/06/2025

Review Date: 27/06/2028

Version: 1

Service or Department:

Accessibility and Translation

Help accessing this information in other formats or languages is available. Please see our accessibility and translation services pages for more information.

The feeling of pain in general can be very distressing for a lot of people. Back pain is very common among people between the ages of 35 and 55 years. Individuals who suffer with back pain sometimes report feeling of numbness and weakness to the leg.  However, having a combination of these does not always mean that you require emergency medical attention.

You have been referred to our same day emergency surgical access service through the Surgical Assessment Unit (SAU) as you have reported experiencing a combination of symptoms that require that we rule out a rare but serious condition called Cauda Equina Syndrome (CES). It is a condition where the nerves at the very bottom of the spinal cord become compressed and can cause permanent damage.

This leaflet is designed to help you understand what to expect whilst attending our service and next steps following a diagnosis.

Frequently asked questions

Who will I be seeing?

You may have been previously seen by a specialist in our emergency department who thinks you require further assessment, and a special scan called Magnetic Resonance Imaging (MRI) to rule out suspected CES. At this appointment, you will be seen by a team of Orthopaedic surgeons and Nurses.

Why do I need an MRI scan?

Although your symptoms have been triaged and you have had a clinical assessment and other physical examinations, these are not enough to give good diagnostic accuracy. Therefore, combining all of these with an MRI scan will give us a clearer picture and enable us to make the best clinical judgement and in turn initiate the best treatment plan for you.

When will I have my""")
