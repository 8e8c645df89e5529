# batch m: Health NZ heat exhaustion and heat stroke
add(id="t8-healthnz-heat-exhaustion-heat-stroke", group="urgent", url="https://info.health.nz/conditions-treatments/emergencies-and-first-aid/heat-exhaustion-and-heat-stroke", source="Health New Zealand | Te Whatu Ora, Health Information and Services", licence=CCBYNZ,
    title="Heat exhaustion and heat stroke", audience="consumer", genre="patient information", topic="heat exhaustion and heat stroke", topic_kind="condition",
    W=True, reason="@acute", urgency="emergency",
    evidence=["You should start to feel better within 30 minutes, with no long-term complications. If you do not feel better, go to your healthcare provider or after hours clinic."],
    notes="heat-exhaustion signs with self-care, then a clinic if no better in 30 minutes (counted); the excerpt is cut in the heat-stroke section before its emergency advice",
    text="""Heat exhaustion and heat stroke

The summer heat in Aotearoa New Zealand can leave you feeling unwell, even though the climate is generally mild. You might feel heat exhaustion when your body's natural mechanisms are working hard to keep your body temperature stable. Heat stroke is when your body temperature rises too high — it is a dangerous condition.


What heat exhaustion is

Sweating is the body's natural mechanism to cool down, but you can lose significant amounts of fluids and salts (electrolytes) on hot days.

Normally, the body keeps cool by sweating, but when it is very hot and humid, sweating does not work so well. This makes the body work harder to stay cool, which can lead to heat exhaustion.


Signs of heat exhaustion

Heat exhaustion is not usually serious. It occurs after being exposed to heat for a long time.

Signs of heat exhaustion include:

  • feeling dizzy or faint
  • feeling sick
  • heavy sweating
  • a fast pulse rate
  • having a headache
  • having muscle cramps in your arms, legs and stomach.

Treating heat exhaustion

If you have symptoms of heat exhaustion:

  • rest in a cool place — lie down with your legs raised
  • drink plenty of non-alcoholic, cool drinks
  • loosen your clothing — if possible, remove excess clothing
  • cool your skin using a shower, if possible, or cover your body with cool, damp towels or sheets.

You should start to feel better within 30 minutes, with no long-term complications. If you do not feel better, go to your healthcare provider or after hours clinic.

General practice and after hours medical care — Healthpoint (external link)


What heat stroke is

Heat stroke is less common but more serious than heat exhaustion.

Heat stroke occurs when your body temperature becomes dangerously high. Your body can no longer cool itself and starts to overheat. This can develop quickly with little warning.

Those more at risk of developing heat stroke include:

  • pēpi and tamariki unde""")
