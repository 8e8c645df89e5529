# batch e: cellulitis leaflets (NHS), low back pain physio pages (NHS GGC, RJAH), Medicare ambulance coverage
add(id="t7-uhsussex-cellulitis-ed-leaflet", group="urgent", url="https://uhsussex.mixd.co.uk/resources/cellulitis-ed-leaflet", source="University Hospitals Sussex NHS Foundation Trust, emergency department leaflet (website staging host)", licence=OGL,
    title="Cellulitis (emergency department leaflet)", audience="consumer", genre="patient information", topic="cellulitis treated at home or as an outpatient", topic_kind="condition",
    W=True, reason="@acute", evidence=["Please contact your GP or call NHS 111 if you begin to feel worse at home or are concerned about your symptoms."], urgency="same-day",
    notes="the worsening signs (fever, colour change, rapid spread) follow the sentence",
    text="""Download and print as a PDF (180kB pdf)
On this page
What is cellulitis?
You have been diagnosed with cellulitis, a common skin infection. It causes the skin to become red, warm, swollen, and sometimes painful. If not treated, the infection can spread and make you feel more unwell.
How is cellulitis treated?
Cellulitis is treated with antibiotic tablets or Intravenous (IV) antibiotics given through a vein.
If you need IV antibiotics, you may not need to stay in hospital. You can return each day to one of our ambulatory care units, or our community team can visit your home to give the treatment.
Before leaving the hospital, you will be told when and where to get your antibiotics and a date for a check-up.
When to seek help
Please contact your GP or call NHS 111 if you begin to feel worse at home or are concerned about your symptoms.
Signs that your condition may be worsening include:
- Feeling increasingly unwell, or developing a fever
- The affected skin changing colour
- The area of infection spreading rapidly or becoming much larger
What should I expect after leaving hospital?
If we feel you still need IV antibiotics, you may be discharged with a cannula (a small plastic tube placed in your vein). You will receive daily treatment either:
- At the Princess Royal Hospital or the Royal Sussex County Hospital, or
- At home, once the community OPAT team is ready to take over.
You will be contacted by phone when your home treatment is arranged.
Your treatment plan may include:
- Several days of IV antibiotics through your cannula (either in the ambulatory area or at home)
- Blood tests, usually around day 4
- A follow-up appointment with a doctor in an ambulatory care unit
How should I look after the cannula?
- Keep your cannula dry and covered with the dressing provided.
- If it accidentally comes out, apply pressure with a clean cloth or plaster. A new cannula will be inserted at your next visit.
- If the skin around your cannula becomes red, sore or swollen, this may""")
add(id="t7-gateshead-pct-cellulitis-iv-antibiotics-pdfslide", group="urgent", url="https://pdfslide.us/documents/cellulitis-and-intravenous-antibiotics-have-been-given-this-leaflet-because-a.html", source="Gateshead / South of Tyne and Wear Primary Care Trusts leaflet (2010), reposted on pdfslide.us", licence=OGL + "; NHS PCT leaflet reposted by a third party",
    title="Cellulitis and Intravenous Antibiotics: having your treatment at home in Gateshead", audience="consumer", genre="patient information", topic="cellulitis treated with IV antibiotics at home", topic_kind="condition",
    W=True, reason="leaflet for patients with cellulitis treated at home; readers need to know which signs of spreading infection need urgent help", evidence=[], urgency="same-day",
    notes="hard call: the stored excerpt is upload chrome, the introduction and causes; cut before any when-to-call section",
    text="""12
Cellulitis and Intravenous Antibiotics South of Tyne and Wear Gateshead Primary Care Trust South Tyneside Primary Care Trust Sunderland Teaching Primary Care Trust Having your treatment at home in Gateshead

Cellulitis and Intravenous Antibiotics - · PDF fileYou have been given this leaflet because a doctor has seen you and diagnosed cellulitis. The doctor has prescribed intravenous antibiotic

  • Upload
    dotruc

  • View
    215

  • Download
    0

Embed Size (px)

Citation preview

Cellulitis and Intravenous Antibiotics

South of Tyne and Wear

Gateshead Primary Care Trust South Tyneside Primary Care Trust Sunderland Teaching Primary Care Trust

Having your treatment at home in Gateshead

MG Cellulitis 12pp A5 (?????):Layout 1 30/07/2010 13:29 Page 1

You have been given this leaflet because a doctor has seenyou and diagnosed cellulitis. The doctor has prescribedintravenous antibiotic treatment for you to be given athome. The doctor has referred you to the Rapid ResponseIntermediate Care Team who will contact you at your homewithin four hours to arrange to visit.

What is cellulitis?

Cellulitis is an infection of the deep layer of skin and thelayer of fat and tissues just under the skin.

What causes cellulitis?

The skin is a good barrier against infection. A break in theskin such as that from a cut, ulcer, injection, scratch orathlete’s foot etc is a way in which bacteria (germs) can getinto and under the skin. The skin is the body’s first line ofdefence and a tiny break is all that is needed to allowbacteria in.

We all have some bacteria that live on our skin whichnormally do not cause any problems. If your skin isdamaged or broken in some way however then thebacteria can get in and multiply then spread along underthe skin surface to cause an infection. A small cut or grazeetc is found in many cases to be the cause of cellulitisalthough sometimes the infection occurs without apparentreason when a break in the skin can’t be found.

Various""")
add(id="t7-nenc-healthiertogether-cellulitis-pil", group="urgent", url="https://nenc-healthiertogether.nhs.uk/professionals/safety-netting-and-parent-information-leaflets-pil/cellulitis-pil", source="Healthier Together, North East and North Cumbria (NHS), parent information leaflet", licence=OGL,
    title="Cellulitis (parent information leaflet)", audience="consumer", genre="patient information", topic="cellulitis in children", topic_kind="condition",
    W=True, reason="@acute", evidence=["See your GP or visit your nearest minor injuries unit as soon as possible if an area of your skin turns red, painful, or hot."], urgency="same-day",
    notes="the red/amber traffic-light rows survive only as their actions ('Go to the nearest Hospital Emergency (A&E) Department or phone 999.') without the signs, so only the GP/MIU sentence counts; hosted under /professionals/ but written for parents",
    text="""Cellulitis is an infection of the deeper layers of skin. Most cases can be treated with antibiotics at home, although sometimes it needs to be treated in hospital. It can be serious if not treated quickly. It can occur at any age.
Cellulitis causes an area of skin to suddenly become:
There may also be a break in the skin, although this is not always obvious, and pus or blood-filled blisters. Your child can also have swollen painful glands.
Cellulitis can also cause extra symptoms that may develop before or alongside the changes to your skin.
These can include:
Occasionally the infection can spread to other parts of the body such as deep layers of tissue, blood, muscle and bone. It is important to get help quickly if you are worried.
Any part of the body can be affected. The commonly affected areas include lower legs, feet, arms, or hands, and sometimes the face particularly around the eyes. See your GP or visit your nearest minor injuries unit as soon as possible if an area of your skin turns red, painful, or hot.
Go to the nearest Hospital Emergency (A&E) Department or phone 999.
Please ring your GP surgery or call NHS 111 - dial 111.
Watch them closely for any change and look out for any red or amber symptoms
Continue providing your child’s care at home. If you are still concerned about your child, call NHS 111 – dial 111
This guidance has been reviewed and adapted by healthcare professionals across North East and North Cumbria with consent from the Hampshire development groups.
The bacteria that cause it often live harmlessly on the skin, but they can lead to an infection if they get into a break in your skin, such as:
In most cases the trigger for the infection is unknown.
The infection isn't normally spread from person to person.
Cellulitis is usually treated with antibiotics at home. Most children will make a full recovery.
Your child will usually be given a course of treatment, and symptoms should start to improve after a few days.
Make sure to complete t""")
add(id="t7-nhsggc-msk-physio-lower-back", group="urgent", url="https://www.nhsggc.scot/hospitals-services/services-a-to-z/musculoskeletal-msk-physiotherapy/self-help-and-information-lower-back/", source="NHS Greater Glasgow and Clyde, MSK Physiotherapy self-help", licence=OGL + " (NHS Scotland)",
    title="Self-help and information – Lower Back", audience="consumer", genre="patient information", topic="low back pain self-help and red flags", topic_kind="symptom",
    W=True, reason="@sym", evidence=["If you are experiencing the symptoms described in (1) or (2) below, then please have these checked out urgently – usually your GP if within normal hours (8:30-6pm) or call NHS 24 on 111 at other times."], urgency="emergency",
    notes="the same text on the older nhsggc.org.uk host was not taken (duplicate)",
    text="""Skip to content
Home > Hospitals And Services > Services A to Z > Musculoskeletal (MSK) Physiotherapy > Self-help and information – Lower Back

Self-help and information – Lower Back

Important Facts About Your Back Pain

Here is a list of the main problems and concerns we would recommend you get checked out by a health professional before commencing self-management exercises. These are called Red Flags and may indicate a more serious problem that requires medical assessment.

Cauda Equina Syndrome (CES)

Warning: CES is a rare but extremely serious spinal condition that requires immediate assessment. 

If you are experiencing the symptoms described in (1) or (2) below, then please have these checked out urgently – usually your GP if within normal hours (8:30-6pm) or call NHS 24 on 111 at other times.

  1. Significant changes in your bowel or bladder habits and/or sexual function. This includes difficulty passing or controlling your urine flow/ signs of recent bowel incontinence
  2. Changes to sensation in between your legs e.g. difficulty feeling the toilet paper when you are wiping your bottom.

Further information on CES

Symptoms That Are Present After Trauma

If symptoms are caused by a traumatic incident to your back (e.g. a fall, car accident), please have this checked out by a health professional before commencing with an exercise program.

NOTE: If you have underlying low bone density (e.g. osteoporosis) or long-term steroid use then smaller amounts of force may cause problems that require medical assessment.

Symptoms Where No Trauma Was Involved

If you feel any of the following signs develop rapidly or over a longer period of time please have these checked out by a health professional.

  • Severe restriction in the movement of your lower back and legs.
  • Sudden or newly worsening leg pain which extends below the knee
  • Changes in your balance and the way you are walking e.g. tripping, falling
  • Weakness and/ or altered sensatio""")
add(id="t7-rjah-low-back-pain-physio-leaflet", group="urgent", url="https://rjah.nhs.uk/About-Us/Publications/Patient-Leaflets/Low-back-pain-Physiotherapy-Leaflet.aspx", source="Robert Jones and Agnes Hunt Orthopaedic Hospital NHS Foundation Trust, patient leaflet page", licence=OGL,
    title="Physiotherapy - Low Back Pain - Leaflet", audience="consumer", genre="patient information", topic="persistent low back pain", topic_kind="symptom",
    W=True, reason="@sym", evidence=["If you have any of the following symptoms as well as low back pain, see your GP immediately: muscle weakness in your legs; reduced feeling in your legs, buttocks or genital area; problems with bladder or bowel function; feeling generally unwell."], urgency="emergency",
    notes="short leaflet summary; signs and action in one sentence",
    text="""Physiotherapy - Low Back Pain - Leaflet

This leaflet explains what you can do to help you recover from low back pain and return to your normal activities as soon as possible. It is aimed at people who have had low back pain (which can also affect the upper part of the legs) for more than six weeks, but less than a year.

It isn’t for people whose back pain is caused by:

  • cancer, a fracture, an infection or inflammatory disease (such as ankylosing spondylitis)
  • irritation or compression of nerves that mainly affects the legs

If you have any of the following symptoms as well as low back pain, see your GP immediately: muscle weakness in your legs; reduced feeling in your legs, buttocks or genital area; problems with bladder or bowel function; feeling generally unwell.

Release Date: 25 Feb 2021""")
add(id="t7-medicare-gov-ambulance-services", group="no-red-flag", url="https://www.medicare.gov/coverage/ambulance-services.html", source="Medicare.gov (Centers for Medicare & Medicaid Services)", licence=PD,
    title="Ambulance services (Your Medicare Coverage)", audience="consumer", genre="other", topic="Medicare coverage of ambulance transport", topic_kind="other",
    W=False, reason="insurance coverage page; not advice to readers with symptoms", evidence=[], urgency="none",
    notes="trap: 'You're in shock, unconscious, or bleeding heavily' are coverage examples, not advice to call for help",
    text="""Your Medicare Coverage

Is my test, item, or service covered?

Ambulance services

How often is it covered?

Medicare Part B (Medical Insurance) covers ambulance services to or from a hospital, critical access hospital (CAH), or skilled nursing facility (SNF). Medicare covers and helps pay for ambulance services only when other transportation could endanger your health, like if you have a health condition that requires this type of transportation.

Medicare will only cover ambulance services to the nearest appropriate medical facility that’s able to give you the care you need. If you choose to be transported to a facility farther away, Medicare’s payment will be based on the charge to the closest appropriate facility. If no local facilities are able to give you the care you need, Medicare will pay for transportation to the nearest facility outside your local area that’s able to give you necessary care.

Emergency ambulance transportation

You can get emergency ambulance transportation when you’ve had a sudden medical emergency, and your health is in serious danger because you can’t be safely transported by other means, like by car or taxi.

These are some examples of when Medicare might cover emergency ambulance transportation:

  • You're in shock, unconscious, or bleeding heavily.
  • You need skilled medical treatment during transportation.

Remember, these are only examples. Medicare coverage depends on the seriousness of your medical condition and whether you could’ve been safely transported by other means.

Air transportation

Medicare may pay for emergency ambulance transportation in an airplane or helicopter if your health condition requires immediate and rapid ambulance transportation that ground transportation can’t provide, and one of these applies:

  • Your pickup location can't be easily reached by ground transportation.
  • Long distances or other obstacles, like heavy traffic, could stop you from getting care quickly if you tra""")
