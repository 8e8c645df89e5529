# batch f: bronchiolitis safety-netting (NHS Wales), dog and cat bites leaflet
add(id="t8-abb-healthiertogether-bronchiolitis", group="urgent", url="https://abbhealthiertogether.cymru.nhs.uk/professionals/gp-primary-care-staff/safety-netting-documents-parents/bronchiolitis", source="Aneurin Bevan University Health Board, Healthier Together (NHS Wales), safety-netting sheet", licence=OGL + " (NHS Wales)",
    title="Bronchiolitis", audience="consumer", genre="patient information", topic="bronchiolitis in babies", topic_kind="condition",
    W=True, reason="@acute", urgency="emergency",
    evidence=["If your child has any of the following:\n- Has blue lips",
              "go to the nearest Hospital Emergency (A&E) Department or phone 999"],
    notes="traffic-light sheet with red and amber lists intact; excerpt cut in the self-care section",
    text="""Bronchiolitis
(a cause of persistent cough, mild fever and feeding difficulties in infants) Advice for parents and carers of children younger than 1 year old
If your child has any of the following:
- Has blue lips
- Has pauses in their breathing (apnoeas) or has an irregular breathing pattern or starts grunting
- Severe difficulty in breathing - too breathless to feed
- Becomes pale, mottled and feels abnormally cold to touch
- Becomes extremely agitated, confused or very lethargic (difficult to wake)
- Is under 1 month of age with a temperature of 38°C / 100.4°F or above
You need urgent help.
go to the nearest Hospital Emergency (A&E) Department or phone 999
If your child has any of the following:
- Has laboured/rapid breathing or they are working hard to breath – drawing in of the muscles below their lower ribs, at their neck or between their ribs (recession).
- Seems dehydrated (sunken eyes, drowsy or not passed urine for more that 12 hours)
- Is becoming drowsy (excessively sleepy)
- Is between 1-3 months of age with a temperature of 38°C / 100°F or above; or 3-6 months of age with a temperature of 39°C / 102.2°F or above (but fever is common in babies up to 2 days after they receive vaccinations).
- Seems to be getting worse or if you are worried
You need to contact a doctor or nurse today.
Please ring your GP surgery or call NHS Wales 111
If none of the features in the red or amber boxes above are present.
Self care
Using the advice overleaf you can look after your child at home
- If your child is not feeding as normal offer smaller feeds but more frequently. Offer.........ounces every..........hours
- Children with bronchiolitis may have some signs of distress and discomfort. You may wish to give either Paracetamol or liquid Ibuprofen to give some relief of symptoms (Paracetamol can be given from 2 months of age). Please read and follow the instructions on the medicine container.
- If your child is already taking medicines or inhalers, you should carr""")
add(id="t8-glos-hospitals-dog-cat-bites-leaflet-5y1", group="urgent", url="https://info.5y1.org/treatment-for-cat-bites-in-humans_1_f3f8fd.html", source="Gloucestershire Hospitals NHS Foundation Trust, Emergency Department leaflet GHPI0819_04_19 (reposted on info.5y1.org)", licence=OGLNHS.replace("NHS website content", "NHS trust leaflet"),
    title="Dog and cat bites (patient information)", audience="consumer", genre="patient information", topic="dog and cat bites", topic_kind="condition",
    W=True, reason="@acute", urgency="emergency",
    evidence=["Therefore, you should always seek medical advice unless the wound is very minor.",
              "It may be necessary to call 999 if there is severe blood loss or skin loss."],
    notes="situation-level advice (any bite that is not very minor -> medical advice) plus a 999 sign; PDF scrape with garbled headers; excerpt cut before the infection signs",
    text="""Patient Dog and cat bites

Page 1 of 3

Patient IPnafotiremntation Information

Dog and cat bites

Introduction

This leaflet provides information about what you should do following a dog or a cat bite and provides advice for those who have been treated in the Emergency Department following an animal bite.

About 200,000 dog bites happen each year in the United Kingdom. Cat bites are less common.

Getting help

Animal and human bites can become infected if they are not assessed and treated promptly. Animals have bacteria in their mouths that can cause an infection if your skin is broken (cut or scratched) when you are bitten. Therefore, you should always seek medical advice unless the wound is very minor.

Wounds that are large, deep or dirty are best cleaned by a nurse. Minor bites and scratches should be rinsed under a cold water tap.

If you need to attend hospital a clean damp towel or cling film is a suitable temporary dressing.

Reference No. GHPI0819_04_19 Department

Emergency Department

Review due April 2022

Severe bites or multiple bites

If the bite is bleeding, apply pressure to the wound using a clean damp towel. Keep the affected limb raised if possible. If a part of the body such as a finger or toe has been bitten off, wash it in tap water and seal it in a container or polythene bag. You should then place the container or bag in a tub of iced water. Do not put the body part in direct contact with ice. It may be necessary to call 999 if there is severe blood loss or skin loss.

Do not use antiseptics solutions or creams as they may damage the skin tissue and delay healing.

gloshospitals.nhs.uk

Page 2 of 3

Patient Information

Wound care

You should clean the wound no matter how small the cut to the skin.

Most wounds will need to be reviewed by a nurse, doctor or pharmacist within the first couple of hours.

Gaping wounds may need to be pulled together with sticky tape.

Open cuts to the face or head are usually closed as soon as possible.

For cu""")
