# batch c: post-operative care (pancreas surgery, anaesthesia/day surgery x2, enhanced recovery)
add(id="t14-leeds-pancreas-after-surgery", group="urgent", url="https://www.leedsth.nhs.uk/a-z-of-services/pancreas/what-is-the-pancreas/pancreas-surgery/after-your-surgery/", source="Leeds Teaching Hospitals NHS Trust, pancreas service page", licence=OGL,
    title="After your surgery", audience="consumer", genre="patient information", topic="after pancreas surgery: going home, injections, symptoms to report, follow-up", topic_kind="treatment",
    W=True, reason="discharge/aftercare page after major surgery; readers need to know which symptoms need prompt help", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole page text",
    evidence=["Please contact your General Practitioner if you have any new symptoms after your surgery. If you have: -\n\n  • A fever (temperature above 38'C)", "Jaundice (yellowing of the skin)"],
    notes="present at GP level (fever, wound redness or leakage, vomiting, jaundice); no emergency line (bleeding, chest pain, breathlessness with a clot risk the page itself names) in the complete text",
    text="""The Leeds Teaching Hospitals NHS Trust

After your surgery

Going home

You may be asked to go to our discharge lounge once you have been told you can go home.  Please arrange your own transport home, where possible. Useful information about the discharge can be found in this leaflet.

At Home

You will continue to recover at home once you have been told by the medical team you are safe to be discharged from hospital. We would advise that you have support from your family and friends to help you recover. 

After major surgery you will not be able to drive until you can perform an emergency stop, not allowed to lift anything heavy for 6 weeks. 

You will also need small daily injections, for a total of 28 days after your operation, to prevent a venous thrombotic embolism occurring.  Our nurses can show you or a family member how to administer these.

Please contact your General Practitioner if you have any new symptoms after your surgery. If you have: -

  • A fever (temperature above 38'C)
  • Redness or leakage from the wound
  • Nausea / vomiting
  • Jaundice (yellowing of the skin)
  • Any new or unexplained symptoms

Follow up appointment

Usually your first appointment after your operation will be between 2-8 weeks depending up why you had surgery and if you had any complications with your surgery. Your operation may be discussed in detail and we will hopefully have confirmation from the pathology laboratories what type of tissue we have removed at the time of your operation.  At this appointment you will be advised if we need to see you again or if we need to continue monitoring your treatment pathway.  You may also require further tests and scans before the appointments.  If you require any further information or need to cancel your out-patient appointments please visit our 'contact us' page or the 'support page'.""")
add(id="t14-ncic-advice-following-anaesthesia", group="urgent", url="https://www.ncic.nhs.uk/patients-visitors/patient-information-leaflets/anaesthesia-advice-following-anaesthesia", source="North Cumbria Integrated Care NHS Foundation Trust, patient information leaflet", licence=OGL,
    title="Advice following anaesthesia", audience="consumer", genre="patient information", topic="after a general anaesthetic and surgery: 48-hour precautions, wound care", topic_kind="treatment",
    W=True, reason="discharge/aftercare leaflet after surgery; readers need to know which wound or general symptoms need help", urgency="same-day", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'Please make a' in the general-advice list; blank fill-in lines kept; title supplied from the URL",
    evidence=["If you notice any oozing, excess bleeding, redness or increased pain from your wound please contact your own GP or GP practice nurse to review."],
    notes="one wound-sign line tied to GP/practice nurse; the list is cut, so later items are not stored",
    text="""Anaesthetic drugs can remain in your body for up to 48 hours before they completely wear off. During this period your judgement and motor skills can remain impaired.

We therefore strongly advise that you take the following precautions for at least 48 hours following your surgery:

  • You will not be fit to attend work during these 48 hours.
  • You must arrange a responsible adult to collect you and to take you home from hospital. You should not use public transport.
  • You must have a responsible adult with you for 24 hours following surgery.
  • You should not operate any machinery.
  • You should not handle hot foods and drinks, cook, bathe or shower without a responsible adult able to supervise such activity.
  • You should not participate in any strenuous activities such as outdoor walking or cycling.
  • As your judgement may be impaired we recommend that you do not make any important decisions or sign any legal documents during this time.
  • You should not drink any alcohol or take any recreational drugs. Continue to take your prescription drugs and pain relief as advised by the clinical ward staff.
  • You are legally not allowed to drive any vehicle after a general anaesthetic for at least 48 hours. After this time it will depend on other factors of surgery (pain/ wound management) as to whether it will be safe for you to drive. We recommend you contact your own insurance company for confirmation of this.

General advice following surgery

  • You are advised to keep your wound as clean and dry as possible for at least 48 hours following surgery.

  • Please avoid any creams, talcs or sprays anywhere near your wound until it is fully healed.
  • To reduce your dressing after ____________________
  • To leave your skin dressings in place for ____________________
  • If you notice any oozing, excess bleeding, redness or increased pain from your wound please contact your own GP or GP practice nurse to review.
  • Please make a""")
add(id="t14-uhsussex-adult-day-surgery-discharge", group="urgent", url="https://www.uhsussex.nhs.uk/resources/adult-day-surgery-discharge-information/", source="University Hospitals Sussex NHS Foundation Trust, patient information", licence=OGL,
    title="Adult day surgery discharge information", audience="consumer", genre="patient information", topic="discharge advice after day surgery: anaesthetic, pain, wound, blood clots", topic_kind="treatment",
    W=True, reason="discharge/aftercare leaflet after surgery; readers need to know which symptoms need help", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; holds the fill-in header, the contents list and the first answers; cut at 'Yo' under the anaesthetic question; title supplied from the URL",
    evidence=[],
    notes="cut excerpt: the contents list names the right questions ('What are the signs of infection in a wound?', 'How can I avoid a blood clot?', 'Who can I contact...') but none of their answers is stored; warranted and missing (cut)",
    text="""Consultant: ____________________________________________
Place of surgery: ________________________________________
Date of surgery: ________________________________________
On this page
- What is this information about?
- Why have I been given this information?
- How might I feel after I have had a general anaesthetic?
- How can I get home after surgery?
- When can I start my usual activities again?
- What should I do if I feel any pain once I get home?
- Will I be given pain relief tablets to take home?
- How should I look after my wound when I am home?
- What should I do if my wound starts to bleed?
- What are the signs of infection in a wound?
- How can I avoid a blood clot?
- Will there by any changes in the way I pass urine (pee) and what should I do about it?
- Will I have a follow-up appointment?
- Who can I contact for information and advice once I am at home?
What is this information about?
This leaflet gives you general discharge advice following your day surgery procedure.
It is important to remember that because you have had a general, local or spinal anaesthetic or sedation for your procedure, you will need time to recover at home. Day surgery does not mean day recovery.
This information tells you about pain relief, looking after your wound, and starting your normal activities again. It also tells you things to be aware of, including risk of infection or blood clots.
Why have I been given this information?
You have been given this information because you have had surgery as a day patient. Reading this information, and following the advice here, means that you will be able to take care of yourself and recover safely once you get home.
Keep this information in a safe place once you get home, so you or the person looking after you can refer to it if needed.
How might I feel after I have had a general anaesthetic?
General anaesthetic and sedation will affect your judgement, coordination and memory for 24 hours.
You may feel hazy or groggy after surgery.
Yo""")
add(id="t14-christie-eras-faqs", group="urgent", url="https://www.christie.nhs.uk/patients-and-visitors/services/enhanced-recovery-after-surgery-eras/going-home/enhanced-recovery-after-surgery-faqs", source="The Christie NHS Foundation Trust, enhanced recovery after surgery pages", licence=OGL,
    title="Enhanced recovery after surgery FAQs", audience="consumer", genre="patient information", topic="recovery at home after cancer surgery: injections, stockings, bowels, wounds, pain relief", topic_kind="treatment",
    W=True, reason="discharge/aftercare page after major surgery; readers need to know which symptoms need help", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'suitable repl' in the pain-relief answer",
    evidence=["If you have any signs of infection such as redness, heat, pain and swelling around the wound sites, see your GP.", "If you feel unwell or are vomiting, please contact us."],
    notes="wound-infection signs -> GP and vomiting/feeling unwell -> contact the team; no emergency signs (bleeding, breathlessness, calf swelling despite the page's own clot prevention) in the stored text",
    text="""Enhanced recovery after surgery FAQs

Frequently asked questions about your discharge and recovery at home.

Depending on your surgery you may be required to have blood thinning injections. These are normally given for 28 days after your operation. We will teach you how to give the injections yourself but if you are unable to do this, we will refer you to the District Nurses.

If required, you will be given two pairs of anti-embolism stockings to take home with you. You can remove the stockings to have a shower but we encourage you to wear them at all other times for 28 days after your operation.

It can sometimes take a few days for your bowels to start moving after an operation. This may be due to changes in your diet whilst in hospital and because you are not as mobile as you were before. You may be given some laxatives to take home with you.

If you find you are still struggling to move your bowels after a few days, see your GP or local pharmacist who will advise about stronger laxatives. Make sure you are drinking plenty of fluids and eat a well-balanced diet. If you feel unwell or are vomiting, please contact us.

The ward nurses should have inspected your wounds before you are discharged home. If the wounds are healing well, they will be left exposed to the air. You can have a shower but we advise against having baths until your wounds are completely healed. Dry your wounds thoroughly.

If you have any signs of infection such as redness, heat, pain and swelling around the wound sites, see your GP. You may have mild infection which may require antibiotics.

If you have had plastic surgery, you may be advised to keep your surgical dressings in place until you are seen in our plastics dressing clinic.

If you have completed the course of pain relief that was supplied to you on discharge, but still are experiencing some pain, contact your GP. Your GP will be aware of what tablets we discharged you with and, if required, they can supply you with some suitable repl""")
