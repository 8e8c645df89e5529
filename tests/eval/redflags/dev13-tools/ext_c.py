# batch c: discharge / aftercare (fractures and casts, day surgery, endoscopy)
add(id="t13-nca-plaster-instructions-lower-limb-fractures", group="urgent", url="https://northerncarealliance.nhs.uk/patient-information/patient-leaflets/orthopaedic-surgery-plaster-instructions-fractures-lower-limbs", source="Northern Care Alliance NHS Foundation Trust (Salford), patient leaflet", licence=OGL,
    title="Orthopaedic Surgery - Plaster instructions - Fractures of the lower limbs", audience="consumer", genre="patient information", topic="plaster cast care after a lower-limb fracture", topic_kind="treatment",
    W=True, reason="consumer discharge/aftercare leaflet for a cast, where circulation problems, compartment syndrome and DVT/PE need urgent action", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole leaflet (ends with contact details, review dates and site chrome); tick boxes shown as returned",
    evidence=["Contact plaster room immediately if any of the following occur.", "You have chest pains or are breathless"],
    notes="clear: cast and circulation signs (blue or pale toes, numbness, calf pain, chest pain or breathlessness) tied to contacting the plaster room immediately, with A&E out of hours; present (chest pain is sent to the plaster room, not 999, but the action is immediate)",
    text="""Orthopaedic Surgery - Plaster instructions - Fractures of the lower limbs

DO NOT push objects down your cast and DO NOT get your cast wet. This may cause severe skin problems.

When sitting or lying rest your leg above your hip on a cushion or pillow.

Contact plaster room immediately if any of the following occur.

  • The plaster becomes too tight, too loose, soft or cracked
  • The swelling increases, causing problems
  • Your toes become blue or pale
  • You are unable to move toes
  • You experience numbness, tingling or a dead feeling
  • You have pain in your calf
  • You have chest pains or are breathless

Removable cast (FRC)

☐    Your cast must not be removed

Your cast may be removed for:
☐    Personal hygiene
☐    Exercise
☐    Wound care

It is sometimes difficult to know whether a pain is due to a tight plaster. If in doubt, it is always safer to report back to the hospital.

Exercises for your injured limb

Whilst sitting:

  • Wiggle your toes at intervals throughout the day
  • Bend your knee as far as possible, with your thigh remaining on the seat, and hold for ten seconds (not for patients with an above knee plaster)
  • Keeping your knee straight, lift leg up ten times

Whilst standing

  • Holding on to a firm support
  • Lift your foot off the floor and swing leg out to the side ten times
  • Lift your foot off the floor and swing behind you, as far as you can, ten times

Contact Details

Telephone: 0161 206 4900
Monday to Thursday 8.30am to 5pm and Friday 8.30am to 4pm
Emergencies which occur outside these hours, contact the Accident and Emergency Department on 0161 206 4841.
 

Date of Review: October 2024
Date of Next Review: October 2026
Ref No: PI_SU_1997 (Salford)

Accessibility tools

Return to header""")
add(id="t13-southtees-plaster-casts-immobilisation", group="urgent", url="https://www.southtees.nhs.uk/resources/plaster-casts-and-immobilisation/", source="South Tees Hospitals NHS Foundation Trust, Trauma Outpatients patient information", licence=OGL,
    title="Plaster casts and immobilisation", audience="consumer", genre="patient information", topic="plaster casts and leg immobilisation: care and blood-clot warning signs", topic_kind="treatment",
    W=True, reason="consumer aftercare leaflet for a cast or leg immobiliser, where DVT/PE and circulation problems need urgent action", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in the DVT sign list at 'Pain and increased'; title supplied from the URL",
    evidence=["You should be aware of the following symptoms and seek medical help if they develop:", "Shortness of breath and chest pain that is worse when you take a breath"],
    notes="clear for the blood-clot signs (breathlessness and pleuritic chest pain, increasing leg swelling, redness) tied to seeking medical help (urgency of the help not stated); no tight-cast/circulation signs are in the stored text; present",
    text="""Trauma Outpatients
You have been given this information because you have been placed in a plaster cast or fitted with another type of leg immobilisation.
Plaster casts
Plaster casts are made up of a hard covering (plaster of Paris) and a bandage. The plaster will not be fully dry for 48 hours. You may have a plaster or cast on for up to 4 to 6 weeks.
For the first few days try to keep your arm or leg raised on a soft surface when you are sitting, this will help prevent swelling. You should try to exercise the joints and muscles not covered by the plaster, for example; fingers, toes, knees, shoulders. This will help the circulation and prevent joint stiffness.
Do not:
- Get your plaster cast wet, this will weaken it
- Poke anything down the cast if it is itchy, this will damage the skin
- Alter the position of your cast
- Lift any heavy objects or walk on the plaster, unless you have been told to do so
- Drive until the cast has been removed
- Fly without contacting your airline for advice first.
Other types of leg immobilisation
Sometimes a special boot that is secured with Velcro may be used. This makes it more likely that you will be able to walk on your injury. You should only do so however if you have been told that you can.
You may remove this boot at night time in bed, but it should otherwise be worn throughout the day.
Deep vein thrombosis
If you have been placed in any form of leg immobilisation (for example plaster cast or boot) there is an increased risk of you developing a blood clot. This risk will have been assessed as to whether or not you require prophylactic treatment.
If you are discharged then your GP will be notified of this.
You should be aware of the following symptoms and seek medical help if they develop:
- Shortness of breath and chest pain that is worse when you take a breath
- Increasing swelling and pain of your leg, despite elevation for 24 hours, particularly of your thigh
- Redness of the skin to your leg developing
- Pain and increased""")
add(id="t13-yeovil-plaster-cast-advice", group="urgent", url="https://yeovilhospital.co.uk/plaster-cast-advice/", source="Yeovil District Hospital NHS Foundation Trust, patient advice page", licence=OGL,
    title="Plaster cast advice", audience="consumer", genre="patient information", topic="plaster cast care after an injury", topic_kind="treatment",
    W=True, reason="consumer aftercare page for a cast, where circulation problems and compartment syndrome need urgent action", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in the do-not list at 'especially in the first week after the i'; title supplied from the URL",
    evidence=["You should contact the plaster room or Emergency Department immediately for advice if you have any worries about your plaster, especially if:", "You have sudden severe pain in limb (not relieved by painkillers, rest or elevation)"],
    notes="clear: circulation and pain signs (swollen blue or pale, numb, cold fingers/toes; sudden severe pain) tied to the plaster room or ED immediately; present",
    text="""Please look after your plaster – they are expensive and time consuming to apply.

You should contact the plaster room or Emergency Department immediately for advice if you have any worries about your plaster, especially if:

  • Your fingers/toes become swollen and blue or pale, numb and cold (compared with uninjured side)
  • You have sudden severe pain in limb (not relieved by painkillers, rest or elevation)
  • The plaster gets wet or softens
  • The plaster becomes loose and uncomfortable or cracks
  • You get a ‘blister-like’ sensation or discharge from under the cast
  • You drop anything down the cast accidently (a pressure sore may develop)

Please allow the plaster to dry naturally. Plaster of Paris takes 48 hours; synthetic casts take one hour.

If you have been fitted with a removable soft cast splint, you need to adjust the splint using the Velcro straps to ensure the splint is fitting correctly. If the splint is uncomfortable or does not fit the limb correctly, you should contact the plaster room.

  • Use your crutches as instructed – but rest as much as possible for the first week after injury to avoid swelling
  • Keep limb raised as high as possible whenever resting, especially at night, to reduce swelling
  • Exercise all un-plastered joints as much as possible to maintain circulation and movement
  • Attend your next Fracture/Emergency Department clinic appointment (any problems with transport, contact your GP)
  • Return your crutches to the Emergency Department or physiotherapist
  • Protect your bedding/furniture for 48 hours whilst the plaster is drying – only rest limb on soft surfaces, eg, pillows

Do not drive! – until you have contacted your insurers regarding insurance cover
Do not get the cast wet
Do not scratch under your cast with anything or a wound/ulcer may develop
Do not put weight on your cast until instructed to do so
Do not leave your limb hanging down, especially in the first week after the i""")
add(id="t13-kingston-lap-cholecystectomy-aftercare", group="urgent", url="https://www.kingstonandrichmond.nhs.uk/patients-and-families/patient-leaflets/laparoscopic-cholecystectomy-gall-bladder-removal-after-care-day-surgery-unit", source="Kingston and Richmond NHS Foundation Trust, Day Surgery Unit patient leaflet", licence=OGL,
    title="Laparoscopic cholecystectomy (gall bladder removal) after care: Day Surgery Unit", audience="consumer", genre="patient information", topic="recovery at home after day-case laparoscopic gall bladder removal", topic_kind="treatment",
    W=True, reason="consumer post-operative discharge leaflet; bile leak, bleeding, infection and jaundice after cholecystectomy need prompt or urgent care", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the leaflet body from 'About the procedure' to the contact information (the page heading was not returned; title supplied from the URL)",
    evidence=[],
    notes="complete-looking text with no warning sign: the advice line and 'For urgent help, call 111 or go to the Emergency Department (A&E)' are tied to no sign or situation (no fever, jaundice, increasing pain, wound redness); warranted and missing",
    text="""About the procedure
Laparoscopic means keyhole surgery.
We perform a gall bladder removal through three or four small incisions (cuts). We make these cuts just below your umbilicus (tummy button), below your breastbone, on the right of your abdomen (tummy).
We remove the gall bladder through your umbilicus and close the wound with dissolvable stitches.
Recovery at home
Do the following when you get home.
- Go to bed and rest as soon as you get home. Only get up to go to the bathroom when you need to.
- Drink plenty of fluids and eat normally.
- Take the painkillers we give you, as directed, at regular intervals.
You may feel tired for up to 10 days.
Care of wound dressings
The dressings on your wounds are shower-proof.
- Keep the wound clean and dry for up to 48 hours. This will help with recovery.
- You can remove the dressings after 5 to 10 days.
Everyday activities
- You can resume your normal everyday activities when you feel comfortable to do so. For most patients, if the activity does not hurt, it will not do any damage.
- If an activity does hurt, we advise you to stop and try again after a day or two.
- You can drive when you feel up to it.It can take up to 10 days to feel ready to drive. Check your insurance policy before you start driving after the procedure.
Follow-up
- Most patients do not need a follow-up appointment after this procedure.
- Your stitches will dissolve after 14 days.
- Make an appointment with your GP if you want them to check your wound's recovery.
Contact information
Contact the Day Surgery Unit Advice Line, Monday to Friday 8am to 7pm, for help after discharge home
Out of hours and on weekends, calls divert to Kingston Hospital Alex Ward
For urgent help, call 111 or go to the Emergency Department (A&E) at Kingston Hospital""")
add(id="t13-forthvalley-lower-bowel-examination-aftercare", group="urgent", url="https://nhsforthvalley.com/?p=3807235", source="NHS Forth Valley, patient information (after colonoscopy or flexible sigmoidoscopy)", licence=OGL,
    title="After an examination of the large bowel (colonoscopy or flexible sigmoidoscopy)", audience="consumer", genre="patient information", topic="aftercare after colonoscopy or flexible sigmoidoscopy", topic_kind="test",
    W=True, reason="consumer aftercare leaflet for a procedure with known complications (bleeding after polyp removal, perforation)", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole text (no page heading returned; title supplied from the content)",
    evidence=["Contact your GP if you develop severe abdominal pain or vomiting.", "Seek urgent medical help if you suddenly pass a large amount of fresh blood, feel faint, pale, or sweaty."],
    notes="clear: severe abdominal pain or vomiting -> GP; heavy fresh bleeding with faintness -> GP/NHS 24 111, or the Emergency Department if severe; present",
    text="""This information provides guidance for individuals following an examination of the large bowel, such as a colonoscopy or flexible sigmoidoscopy. If sedation was used during the procedure, it is important to rest for the remainder of the day.
Most after‑effects are mild and may include the following:
Abdominal Discomfort
You may experience some abdominal discomfort caused by trapped wind. This should settle quickly. Passing wind can help ease this discomfort.
You may also take mild pain relief such as paracetamol if required. Peppermint oil preparations or peppermint tea can also help.
Contact your GP if you develop severe abdominal pain or vomiting.
Discomfort at the Injection Site
Mild discomfort in the arm where sedation was administered is common. A cold ice pack may help.
If the injection site becomes increasingly sore, red, swollen, or tender, please contact your GP.
Bleeding
If a biopsy was taken or a polyp removed, you may notice small traces of blood from your rectum. This is normal.
However, contact your GP if:
- The bleeding persists or becomes heavier
- Your bowel habits do not return to normal within 2–3 days
Seek urgent medical help if you suddenly pass a large amount of fresh blood, feel faint, pale, or sweaty. Contact:
- Your GP, or
- NHS 24 on 111
If you are unable to get through and symptoms are severe, go to the Emergency Department at Forth Valley Royal Hospital.
General Advice
- You may resume your normal prescription medication.
- You may return to your usual diet, unless advised otherwise.
- If you received sedation:
Do NOT drive, work, operate machinery, drink alcohol, or sign legal documents for 24 hours, as your memory and coordination may be affected.
Further advice will be given by your GP or at your next clinic appointment (if arranged). A copy of your procedure report will be sent to your GP within 10–14 days.""")
add(id="t13-gstt-colonoscopy-aftercare", group="urgent", url="https://www.guysandstthomas.nhs.uk/health-information/colonoscopy/aftercare", source="Guy's and St Thomas' NHS Foundation Trust, health information", licence=OGL,
    title="Colonoscopy: aftercare", audience="consumer", genre="patient information", topic="aftercare after colonoscopy: sedation, bleeding, bloating", topic_kind="test",
    W=True, reason="consumer aftercare page for a procedure with known complications; it says it will explain 'what to do if there's a problem'", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut after '(sold over the counter at most pharmacies)', before any problem/contact section; title supplied from the URL",
    evidence=[],
    notes="cut excerpt: bleeding and discomfort are described as normal and 'should settle within 24 hours', but the stored text stops before any sign tied to an action; warranted and missing as stored",
    text="""It's common to feel bloated or have stomach cramps after an endoscopic examination of your large bowel. It's also normal to see some bleeding from your bottom. This guidance should help you to care for yourself after your colonoscopy and understand what to do if there's a problem.

Leaving hospital

You will be able to leave hospital when the doctor or nurse looking after you says you are well enough. You will have to wait at least an hour if you have sedation.

The sedation lasts longer than you may think, so in the first 24 hours after your examination you should not:

  • drive or ride a bicycle or car
  • operate machinery or do anything requiring skill or judgement
  • cook
  • drink alcohol
  • take sleeping tablets
  • sign legal documents, make any important decisions, or sign contracts

If you have had sedation you will need someone to escort you home and we advise that they stay with you for 24 hours.

We will give you a copy of your report and send a copy to your GP the day after your procedure. However, many GPs may not have this report on their system for about 10 days to 2 weeks after your procedure.

After leaving hospital

If you had sedation you should rest at home following your procedure and should be able to carry out your normal activities 24 hours after the test.

If polyps are removed or biopsies are taken during the procedure you may notice a small amount of bleeding from your bowel when you next visit the toilet. This is normal and should settle within 24 hours.

You can take your other prescription drugs.


If you have any bloating or abdominal discomfort this may be from the air that was put into your bowel by the endoscopist during the examination. This is normal and should settle within 24 hours.

If your discomfort doesn’t settle, try to pass wind. You can try to move about and change position to help settle the air in your bowel. You can also try warm drinks, or peppermint water (sold over the counter at most pharmacies)""")
