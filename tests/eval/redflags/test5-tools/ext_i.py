# batch i: sepsis (GP news, trust news), poisoning (HRSA, pharmacy repost)
add(id="t5-willington-medical-group-sepsis-adults", url="https://www.willingtonmedicalgroup.nhs.uk/about-us/news/804/", source="Willington Medical Group (NHS GP practice), news", licence=OGL,
    title="Did you know? - Sepsis in Adults", audience="consumer", genre="news or research report", topic="sepsis in adults", topic_kind="condition",
    W=True, reason="practice awareness item whose purpose is that readers recognise sepsis and act",
    evidence=["Call 999 or visit A&E if someone has one of the sepsis symptoms.", "If you suspect sepsis call 111 or contact your GP if you're worried about an infection."],
    urgency="emergency", notes="the sign list (slurred speech, passing no urine in a day, mottled skin ...) is directly above the action lines (tie-break 2)",
    text="""Did you know? - Sepsis in Adults

Did you know sepsis in adults is a serious condition and can initially present as gastroenteritis or a chest infection?

Without quick treatment, sepsis can lead to multiple organ failure and death.

An adult may have sepsis if they have any of the following:

  • Slurred speech or confusion
  • Extreme shivering or muscle pain
  • Passing no urine (in a day)
  • Severe breathlessness
  • It feels like you are going to die
  • Skin is mottled or discoloured

If you suspect sepsis call 111 or contact your GP if you're worried about an infection.

Call 999 or visit A&E if someone has one of the sepsis symptoms.

For more information please visit www.sepsis.org

Published on 13 November 2023""")
add(id="t5-ldh-news-spotting-and-treating-sepsis", url="https://www.ldh.nhs.uk/news/spotting-and-treating-sepsis", source="Luton and Dunstable University Hospital NHS Foundation Trust, news", licence=OGL,
    title="Spotting and treating sepsis", audience="consumer", genre="news or research report", topic="sepsis awareness", topic_kind="condition",
    W=True, reason="awareness news whose purpose is that readers spot sepsis",
    evidence=["If you or someone you are with has any of these symptoms, especially if they have also recently felt unwell, seek medical advice straight away."],
    urgency="emergency", notes="hard call (awareness item, warranted): three signs tied to 'seek medical advice straight away'; no 999/A&E advice for an emergency condition (present at a lower level than the topic calls for)",
    text="""Spotting and treating sepsis

01 February 2016

Sepsis (blood poisoning) is a very serious condition which can be life-threatening or lead to permanent complications if it’s not spotted and treated quickly. Symptoms are often non-specific but can include:

  • Not passing urine all day
  • Extreme shivering or muscle pain
  • Mottled or discoloured skin

If you or someone you are with has any of these symptoms, especially if they have also recently felt unwell, seek medical advice straight away.""")
add(id="t5-hrsa-poison-help-child-tips", url="https://www.poisonhelp.hrsa.gov/what-can-you-do/prevention-tips/child-tips/index.html", source="Health Resources and Services Administration (HRSA), Poison Help", licence=PD,
    title="Child Tips (Poison Help)", audience="consumer", genre="screening-prevention", topic="poisoning in children: prevention and what to do", topic_kind="prevention",
    W=True, reason="poisoning page for children and caregivers; readers need to know when to call poison help and when 911",
    evidence=["When accidents happen with chemicals, medicine, or household items, call Poison Help. Get help right away from a local poison expert.", "If someone is unconscious or has trouble breathing, call 911.",
              "Call the Poison Help line (1-800-222-1222), which connects you to your local poison center."],
    urgency="emergency", notes="exposure event (suspected poisoning) tied to Poison Help, and signs (unconscious, trouble breathing) tied to 911",
    text="""Poison Help 1-800-222-1222 [logo]

Increase font size


When accidents happen with chemicals, medicine, or household items, call Poison Help. Get help right away from a local poison expert.

If someone is unconscious or has trouble breathing, call 911.

What Can You Do?

Child Tips

Kids – if you are unsure of something that could potentially be dangerous, ask a grown-up.

Where are poisons found?

  • Poisons can be found anywhere – in the house, in the yard, in the playground, or on the sidewalk.

What should you do if you suspect someone is poisoned?

  • Tell a grown-up right away.
  • Call the Poison Help line (1-800-222-1222), which connects you to your local poison center. You will talk to a poison expert who can help you.

Also remember:

  • If you do not know what something is, do not put it in your mouth.
  • Never put plants and berries in your mouth.
  • Never take medicine unless a parent tells you to.
  • Always let grown-ups use spray cans and bottles. Do not touch or play with them.
  • Stay away from things used to clean the house, clothes, or car.

For caregivers

Caregivers should be mindful of safety tips to keep children safe from poisons. Children who are less than 6 years old are the most likely to be poisoned.1 A child’s age, weight, and medical history will affect the treatment of a poisoning.

Keep the following poisonous products away from children:

  • Painkillers such as acetaminophen and similar medications
  • Cosmetics such as perfume or nail polish, and personal care products such as deodorant and soap
  • Cleaning products such as laundry detergent and floor cleaners 

To avoid poisonings when taking care of children, be aware of the following tips:

  • All medicines and household cleaning products should be stored in locked cabinets, out of the reach and sight of children.
  • Keep children where you can see them at all times, even when you go to answer the door or telephone.
  • Never leave y""")
add(id="t5-goodvaluerx-hrsa-poison-control-family", url="https://www.goodvaluerx.com/lifestyle/poison-control-talk-to-your-family/", source="Good Value Rx (commercial pharmacy site), reposting HRSA tips", licence=PDREPOST,
    title="Poison control: talk to your family", audience="consumer", genre="screening-prevention", topic="poisoning prevention at home", topic_kind="prevention",
    W=True, reason="poisoning-prevention tips for families; an editor expects the what-to-do-if-it-happens line (Poison Help, 911)",
    evidence=["Make sure everyone knows what to do if a poisoning happens: Immediately call the toll-free Poison Help line"],
    urgency="emergency", notes="exposure event (a poisoning happens) tied to calling Poison Help immediately; no 911 signs (unconscious, not breathing), so present at the poison-centre level only",
    text="""The best way to prevent poisoning at home is to think about it and take precautions before an emergency occurs. That includes talking with your family.

• Never call medicine “candy.” This can be confusing to children.

• Remind family members that certain everyday products, such as household cleaning solutions, can be poisonous.

• Explain that some poisons, such as carbon monoxide,
cannot be seen or smelled but they are still dangerous.

• Make sure everyone knows what to do if a poisoning happens: Immediately call the toll-free Poison Help line
(800.222.1222), which connects you to your local poison center.

Source: U.S. Health Resources and Services Administration

Recent Posts""")
