# batch i: corneal abrasion leaflet
add(id="t10-plymouth-corneal-abrasion-foreign-body", group="urgent", url="https://www.plymouthhospitals.nhs.uk/display-pil/pil-corneal-abrasion-foreign-bodies--6113", source="University Hospitals Plymouth NHS Trust, patient information leaflet (Ophthalmology)", licence=OGL,
    title="Corneal abrasion foreign bodies", audience="consumer", genre="patient information", topic="corneal abrasion and corneal foreign body (eye injury), aftercare", topic_kind="condition",
    W=True, reason="@acute", urgency="same-day", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in 'The future' at 'It can take a long time for the abrasion to hea' (a second query returned the same excerpt; no other copy found)",
    evidence=[],
    notes="eye-injury aftercare leaflet; the stored part covers symptoms, treatment, eye-pad safety and painkillers, cut before any return-if-worse advice; missing because of the cut (partial)",
    text="""Home Page

Corneal abrasion foreign bodies

Date issued: January 2023

Review date: January 2025

Ref: C-520/MS/Ophthalmology/Corneal abrasion foreign bodies

PDF:  corneal abrasion foreign bodies final January 2023.pdf [pdf] 91KB

The cornea is the clear window at the front of the eye.

It is a very sensitive part of the eye.

If something settles on the cornea, or causes a scratch or graze, it may become painful.

(A scratch may feel like something is stuck in the eye).

When something settles on the cornea it is known as Corneal Foreign Body.

The damage left after removal of the foreign body or from a scratch is known as Corneal Abrasion.

Symptoms

  • Pain/irritation

  • A feeling of something in the eye

  • Sensitive to light

  • Watering eye

  • Reduced vision

Treatment

Your eye will be examined on a microscope.

The Doctor or Nurse Practitioner will prescribe some treatment for you.

You may have a drop put in your eye to make the pupil bigger.

This helps to ease the pain by relaxing the muscles inside the eye but will blur your sight temporarily.

Antibiotic ointment will be put in the eye to prevent infection and should be used as instructed by the Dr or nurse.

A pad may be put over the eye to keep it firmly closed, which helps healing, and to keep the eye as comfortable as possible.  Judging distances may be difficult, e.g., when pouring a hot drink, extra care is needed to ensure safety.  Also, when placing a cup on a surface, extra care is needed.

You must not drive or operate machinery whilst wearing a pad

You are advised not to smoke as eye pads catch fire easily.

The eye may feel irritated, as if something is in it, or painful, until healed (usually 1-2 days).

You may be prescribed some painkilling tablets or drops. 

If not, you may take the tablets you would normally take for a headache.

Take them as instructed and do not take more than the instruction advice.

The future

It can take a long time for the abrasion to hea""")
