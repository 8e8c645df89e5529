# batch a: kidney stones, chickenpox (school pages), surgical wounds (post-operative care), low back pain
add(id="t12-gpathand-kidney-stones", group="urgent", url="https://www.gpathand.nhs.uk/what-we-treat/kidney-stones", source="GP at Hand (NHS GP practice), 'what we treat' page", licence=OGL,
    title="Kidney Stones", audience="consumer", genre="patient information", topic="kidney stones: causes, risk factors, symptoms", topic_kind="condition",
    W=True, reason="@acute", urgency="same-day", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in the symptoms list at '(referred to as ‘loin to groin pain'",
    evidence=[],
    notes="cut excerpt: ends inside the symptoms list, before any when-to-get-help section; warranted and missing as stored (renal colic, fever with a blocked kidney)",
    text="""Kidney Stones

Written by Dr Claudia Pastides, 12th March 2019

Kidney stones are caused by a build-up of minerals and salts in your kidneys that form into little stones. These stones often pass through your ureters (the tubes between your kidneys and bladder), down into the bladder and are excreted from the body in your urine.

Depending on the size of the stones, symptoms can range from very mild lower back ache and a burning when urinating, right through to severe and unbearable pain and infection of the kidneys.

Recurrent kidney stones and infections as a result of those stones can be a cause of chronic kidney disease, however fortunately the majority of people will pass kidney stones and won’t suffer complications from them. Studies have shown between 47% and 89% of stones will pass naturally, although the time it takes to pass a stone depends on its size, shape and what it is made up of1.

Your risk of kidney stones is increased in the following cases:

  1. If you have a family or personal history of kidney stones. Having a relative with kidney stones more than doubles your chances of also getting kidney stones.
  2. If you don’t drink enough or the climate is hot and you get dehydrated. Keeping your fluid levels up will reduce the chances of salts and minerals concentrating in your renal tract and forming stones.
  3. Eating excessive amounts of certain foods will increase the chances of stones forming. For example peanuts, spinach and animal proteins have high concentrations of certain minerals and salts that cause stones. For more information on the different types of stones and some dietary advice that can help reduce kidney stones, have a look here
  4. Taking certain drugs; such as calcium, vitamin D and diuretics can increase the risks of stone formation.

What does it feel like to have kidney stones?

The symptoms of kidney stones include:

  • Low back pain (loins), that sometimes radiates into the groin (referred to as ‘loin to groin pain""")
add(id="t12-hungerford-nursery-school-chickenpox", group="urgent", url="https://www.hungerfordnurseryschool.co.uk/chickenpox/", source="Hungerford Nursery School (maintained nursery school, London), parent information page", licence=SCHOOL,
    title="Chickenpox", audience="consumer", genre="patient information", topic="chickenpox in young children: symptoms and return to nursery", topic_kind="condition",
    W=True, reason="consumer page describing an acute childhood infection and its symptoms; readers (parents) need to know when to get help", urgency="same-day", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole page text (site name and strapline at the top)",
    evidence=[],
    notes="hard call: short nursery page, but it describes the illness and its symptoms to parents (not only an exclusion rule), so warranted; complete text gives no sign tied to any action (no infected spots, breathing, dehydration, 111/GP advice); warranted and missing",
    text="""Hungerford Nursery School

Centre for Children and Families

Everybody Matters - Be The Best That You Can Be

Chickenpox starts with red spots that can appear anywhere on the body.

The spots fill with fluid and become blisters that may burst. The spots might spread or stay in a small area. They will eventually scab over. Once all the spots have scabbed over the child is no longer infectious and can return to Nursery, if they are well in themselves.


Other symptoms which may occur before or after the spots appear, includes:

  • a high temperature above 38C
  • aches and pains, and generally feeling unwell
  • loss of appetite


Chickenpox is very itchy and can make children feel miserable, even if they do not have many spots. It's possible to get chickenpox more than once, although it's unusual.""")
add(id="t12-winhills-primary-chickenpox", group="no-red-flag", url="https://www.winhills-cambs.co.uk/chickenpox/", source="Winhills Primary Academy (state school, Cambridgeshire), parent information page", licence=SCHOOL,
    title="Chickenpox", audience="consumer", genre="other", topic="chickenpox: school exclusion period and absence reporting", topic_kind="other",
    W=False, reason="school attendance/exclusion notice that refers parents to the NHS page for the illness itself; no symptoms or care advice in scope", urgency="same-day", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole page text (the linked NHS page is not included); title supplied from the URL",
    evidence=[],
    notes="hard call: not warranted because the page is an attendance rule (stay off until spots crust, tell the school) and defers all health content to the NHS link, unlike the Hungerford nursery page which describes the illness; urgency by topic",
    text="""Chickenpox is very common within children, although you can get it at any age.


Your child will need to stay away from school or nursery until all the spots have crusted over.


This is usually 5 days after the spots appeared.


If your child has chickenpox, please inform the school when you are reporting them as being absent.


Please see the NHS webpage below for more information about chickenpox and how to treat it.""")
add(id="t12-ngh-caring-for-surgical-wound", group="urgent", url="https://www.northamptongeneral.nhs.uk/Publications/Leaflets/IPC/Caring-for-my-surgical-wound.aspx", source="Northampton General Hospital NHS Trust, infection prevention patient leaflet", licence=OGL,
    title="Caring for my surgical wound", audience="consumer", genre="patient information", topic="surgical wound infection after an operation", topic_kind="condition",
    W=True, reason="consumer post-operative care leaflet about a complication (wound infection) where readers need to act", urgency="same-day", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in the prevention list at 'Ask your visitors not to visit you '",
    evidence=["Tell your nurse or doctor if you think your wound is becoming red, sore, hot or oozing, or if you begin to feel more unwell."],
    notes="signs (red, sore, hot, oozing, feeling more unwell) tied to telling the nurse or doctor; framed for the hospital stay, the after-discharge section (if any) is cut; present (weak: no after-discharge contact or urgency)",
    text="""Skip to main content
Normal text size icon Increase text size by 30% icon
NGH Long NHS75 logo

Caring for my surgical wound

This patient guide answers some commonly asked questions about your surgical wound.

What is a surgical wound infection?

Many germs live in our bodies and also in the environment. Most are harmless or even useful. Our bodies have natural defences against the germs that can cause harm. Our skin normally prevents germs from entering our bodies, but a cut or break in the skin can allow them to enter and cause an infection.

Most operations involve making cuts (wounds) in the skin. Most wounds heal without causing problems but sometimes a wound can get infected from germs from the skin or the environment. 

Your wound will be covered with a dressing which will be changed not every day but as required to reduce the risk of infection.

When do surgical wounds develop?

A wound infection can develop any time from 2-3 days after surgery to 2-3 weeks after the operation when the wound heals. Very occasionally an infection can occur several months after the operation.

What are the signs of a wound infection?

Whilst some redness and swelling is expected after surgery, signs of a wound infection are:

  • Redness, swelling, heat or pain around the wound
  • Fluid or yellow pus coming from the wound
  • You feel unwell or have a raised temperature

How can you help to prevent a wound infection?

  • Have a shower on the day of your operation if possible.
  • If you are given antibiotics after your operation, make sure  you finish the whole course.
  • Do not touch your wound or dressing unless you have washed your hands first.
  • Ask your nurse or doctor to wash their hands before touching  your wound or dressing if you have not seen them wash their hands first.
  • Tell your nurse or doctor if you think your wound is becoming red, sore, hot or oozing, or if you begin to feel more unwell.
  • Ask your visitors not to visit you """)
add(id="t12-roh-monitoring-surgical-wounds", group="urgent", url="https://roh.nhs.uk/supporting-services/ipc/monitoring-surgical-wounds", source="The Royal Orthopaedic Hospital NHS Foundation Trust (Birmingham), infection prevention patient information", licence=OGL,
    title="Monitoring Surgical Wounds for Infection", audience="consumer", genre="patient information", topic="surgical wound infection after orthopaedic surgery", topic_kind="condition",
    W=True, reason="consumer post-operative care page about a complication (wound infection) where readers need to act", urgency="same-day", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'If you have any symptoms that you ar' (after the helpline section)",
    evidence=["please contact our wound infection helpline on 0121 685 4308 between 8am and 4pm Monday - Friday (excluding bank holidays) if you have any of the following symptoms of infection relating to your surgical wound:"],
    notes="wound-infection signs tied to the helpline (office hours only); the out-of-hours line is cut; present",
    text="""Skip to main content

Patient Information

Monitoring Surgical Wounds for Infection

What is a Surgical Wound Infection?

There are many germs that live in and on our bodies and also in the environment. Most are harmless, and some are even useful. Our bodies have natural defences against germs that can cause harm. Our skin is an example of this, as it normally prevents germs from entering our bodies. However, if there is any break in the skin such as the incision (cut) to the skin, this can allow germs to enter and cause an infection.

Signs and symptoms of a surgical wound infection

An infection can develop when you leave hospital. Some redness and swelling after surgery is to be expected. However, you may have an infection if you develop one or more of the following symptoms:

  • The skin around your wound gets red or sore and you do not think it is part of the normal wound healing process, or it feels hot and swollen
  • Your wound has a green or yellow coloured discharge (pus)
  • You feel generally unwell or feverish, or you have a temperature

How will my wound be monitored?

During your stay in hospital, the nurse looking after you will check your wound dressing for any signs of infection. If you are concerned about your wound tell the nurse who is looking after you. It is important that you do not remove your dressing, or touch your wound or wound drain, as you can accidentally transfer germs from your fingers to your wound. 

What do I do if I have any of these symptoms at home?

Should you develop any possible signs of infection or you have a blood stained dressing which is breaching the border, please contact our wound infection helpline on 0121 685 4308 between 8am and 4pm Monday - Friday (excluding bank holidays) if you have any of the following symptoms of infection relating to your surgical wound:

  • Redness / inflammation / heat
  • Pain / hardness
  • Discharge from your wound
  • Wound gaping

If you have any symptoms that you ar""")
add(id="t12-gstt-surgical-wounds-preventing-infections", group="urgent", url="https://www.guysandstthomas.nhs.uk/health-information/surgical-wounds-and-preventing-infections", source="Guy's and St Thomas' NHS Foundation Trust, health information", licence=OGL,
    title="Surgical wounds and preventing infections", audience="consumer", genre="patient information", topic="surgical wound infection: signs and prevention", topic_kind="condition",
    W=True, reason="consumer post-operative care page about a complication (wound infection) where readers need to act", urgency="same-day", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in the prevention list after the MRSA/CRO item",
    evidence=["If you have any symptoms, contact the hospital or a GP straight away.", "If you have a problem with your wound or any of these symptoms, contact your hospital doctor or a GP straight away."],
    notes="the sign list (red/hot/swollen skin, pus, wound opening, fever) is tied to contacting the hospital doctor or GP straight away; present",
    text="""Surgical wounds and preventing infections

You can get a surgical wound infection after surgery, but this is not common.

It's important to be aware of the signs of a wound infection. If you have any symptoms, contact the hospital or a GP straight away.

Surgical wound infections happen when germs enter the cut that the surgeon makes through the skin to do an operation. 

A surgical wound infection can happen at any time from 2 to 3 days after surgery until the wound has healed. This is usually 2 to 3 weeks after the operation. Sometimes, you can get an infection several months after an operation. 

Most surgical wound infections are skin infections. They can sometimes spread to deeper tissues. 

Some types of surgery have more risk of infection than others. This is because of the risks from different types of germs. Infections are more likely to happen after surgery on parts of the body that have lots of germs, such as the gut.

Signs of a wound infection

You may have an infection if you notice any of these symptoms.

  • The skin around your wound is red or sore, or feels hot and swollen.
  • Your wound has liquid (often green or yellow pus) coming out of it.
  • Your wound opens.
  • You feel generally unwell or have a temperature (fever).

If you have a problem with your wound or any of these symptoms, contact your hospital doctor or a GP straight away. It is important to treat any infection as soon as possible to stop it getting worse.

Preventing a surgical wound infection

Your doctor or nurse tries to lower the risk of you getting a surgical wound infection. They might:

  • ask you to have a shower with soap and water before you come into hospital
  • ask you to clean yourself with an antibacterial solution or washcloths before you go for your operation
  • check if you have any germs that are resistant to a lot of antibiotics, such as MRSA (a type of bacteria) and carbapenem-resistant organisms (bacteria that live in the bowel)
  """)
add(id="t12-ekhuft-gynaecology-wound-care", group="urgent", url="https://leaflets.ekhuft.nhs.uk/gynaecology-wound-care-aftercare-advice/html", source="East Kent Hospitals University NHS Foundation Trust, patient leaflet (Women's Health)", licence=OGL,
    title="Gynaecology wound care: aftercare advice", audience="consumer", genre="patient information", topic="wound infection after gynaecological surgery", topic_kind="condition",
    W=True, reason="consumer post-operative care leaflet about a complication (wound infection) where readers need to act", urgency="same-day", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; list items, phone numbers and the leaflet's bullet lists were lost in extraction; cut at 'The' (in 'What happens if I have a wound infection?')",
    evidence=["What do I do if I think I have an infection or have any concerns about my wound?\n\nYou will need to call one of our Gynaecology Assessment Units (GAU) on:"],
    notes="hard call: the signs list is lost in the stored text ('one or more of the following symptoms.' then nothing), so only the situation (suspected wound infection) is named next to the action (call the Gynaecology Assessment Unit); counted as present under the situation-level convention (weak)",
    text="""Gynaecology wound care: aftercare advice

Information for patients from Women's Health

With any surgery, there can be a risk of infection. However, most surgical wounds heal quickly without complications. This leaflet explains:

If after reading this leaflet you have any further questions, please contact one of the Gynaecology Assessment Units or your GP.

What are surgical wound infections?

Many germs live in and on our bodies and also in our environment. Most of these germs are harmless, and some are even useful. For example, the germs in our gut (intestines) help with digestion and help to protect us from other harmful germs.

Our bodies have natural defences against the germs that can cause harm. For example, our skin is normally a barrier preventing germs from entering our bodies. A surgical wound infection may happen when germs enter the incision (cut) that your surgeon makes through your skin during an operation.

What are the signs and symptoms of a wound infection?

You may have an infection if you develop one or more of the following symptoms.

What do I do if I think I have an infection or have any concerns about my wound?

You will need to call one of our Gynaecology Assessment Units (GAU) on:

Please ring the GAU at the hospital where you received treatment. You will speak to one of the nurses, who will offer you the most appropriate advice.

The GAU is an assessment unit within the ward, led by a clinical nurse specialist. It is a service for all our gynaecology patients with concerns following their surgery. It operates by self-referral, on an appointment only basis. This means that you will have to call first to make an appointment with the GAU, do not just turn up.

For out of hours concerns, please ring either:

What happens if I have a wound infection?

If you have a suspected wound infection the nurse will take some wound or vaginal swabs. They will send these to Pathology for testing. The results normally take between three to seven days.

The""")
add(id="t12-northern-trust-low-back-pain", group="urgent", url="https://www.northerntrust.hscni.net/services/physiotherapy-services/physiotherapy-service-outpatient-service/low-back-pain/", source="Northern Health and Social Care Trust (Northern Ireland), outpatient physiotherapy page", licence=OGL,
    title="Low Back Pain (LBP)", audience="consumer", genre="patient information", topic="low back pain: when to seek urgent help (cauda equina, serious causes)", topic_kind="symptom",
    W=True, reason="@sym", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole page text (the linked video is not included)",
    evidence=["If you have any sudden onset of any combination of these symptoms go to the emergency department or call 999:", "If you have any of these symptoms, please consult your GP as soon as possible:"],
    notes="cauda-equina and trauma signs tied to ED/999; second list (night pain, fever, unsteadiness, band-like pain) tied to GP as soon as possible; present",
    text="""Low Back Pain (LBP)
Most people experience Low Back Pain (LBP) in their lifetime. Most LBP is associated with movement and activity and it is rarely due to serious illness.
When to seek urgent help
If you have any sudden onset of any combination of these symptoms go to the emergency department or call 999:
- leg pain on both sides coming from your back
- weakness or numbness in both legs that’s severe or getting worse
- numbness around or under your genitals, or around your bottom (anus)
- find it hard to start peeing, cannot pee or cannot control when you pee – and this is not normal for you
- do not notice when you need to poo or cannot control when you poo – and this is not normal for you
- pain following major trauma such as a road traffic accident or fall from height
- pain following minor trauma in older people, an osteoporosis diagnosis or long-term steroid use
These could be symptoms of a serious back problem that needs to be treated in hospital as soon as possible.
If you have any of these symptoms, please consult your GP as soon as possible:
- pain that remains or worsens when lying down and disturbing sleep
- fever or high temperature
- disturbance to your normal walk or significant unsteadiness
- band-like pain around your torso
If you are pregnant with back pain, seek advice from your midwife, GP, or first contact physiotherapist within your GP practice.
If you develop any of the above symptoms during your recovery, please seek urgent medical advice.
If you do not have any of these symptoms, please watch the video: When you should seek urgent help for your backpain (youtube.com)""")
add(id="t12-sahealth-when-to-seek-help-low-back-pain", group="urgent", url="https://www.sahealth.sa.gov.au/wps/wcm/connect/Public+Content/SA+Health+Internet/Conditions/Pain/Low+back+pain/When+to+seek+help+for+low+back+pain", source="SA Health (Government of South Australia), health conditions page", licence=CCBYAU,
    title="When to seek help for low back pain", audience="consumer", genre="patient information", topic="low back pain: warning signs", topic_kind="symptom",
    W=True, reason="@sym", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole page text; title supplied from the URL",
    evidence=["When you have low back pain there are warning signs that mean you should see a doctor straight away. These signs include:"],
    notes="warning-sign list tied to seeing a doctor straight away (it mixes emergencies with slow-burning signs; the 000 line is generic, not tied to a sign); present",
    text="""When you have low back pain there are warning signs that mean you should see a doctor straight away. These signs include:

  • A large weakness or loss of feeling in your legs, genital or bottom area.
  • Change in bowel or bladder function that makes it difficult to make it to a toilet in time.
  • Losing weight for no reason.
  • Having a fever with no reason.
  • If you have had cancer.
  • If a fall or trauma has led to your low back pain.
  • If your low back pain gets worse, or if it hasn’t improved after 4-6 weeks of treatment.

If you have low back pain and it’s not getting better or you’re worried about what’s causing it, visit your General Practitioner (GP). Your GP can check for ‘red flags’ which are signs of potentially serious conditions.

The good news is, most cases of low back pain are classed as ‘non-specific pain’, which means they are not caused by serious spinal issues.

Up to 90% of low back pain cases will improve on their own within a few weeks. So, most people with low back pain get better fairly quickly.

Medical advice

For further advice, you can talk to your GP or call healthdirect 24/7 on 1800 022 222 to speak with a registered nurse.

In a medical emergency, call Triple Zero (000) and ask for an ambulance or attend an emergency department.""")
