# batch d: public-health notices (heat, cold, algae, school outbreak letters)
add(id="t13-surreycc-heatwave-advice", group="urgent", url="https://www.surreycc.gov.uk/community/emergency-planning-and-community-safety/heatwave", source="Surrey County Council, emergency planning and community safety page", licence=OGL,
    title="Heatwave advice", audience="consumer", genre="screening-prevention", topic="heatwaves: Heat-Health Watch levels, who is at risk", topic_kind="prevention",
    W=True, reason="public heat-health notice; heatstroke is an emergency and readers need to know its signs and when to get help", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the page text appears whole, but the list of guidance links it ends with was not returned",
    evidence=[],
    notes="hard call: short page that defers all practical guidance to links; 'In extreme cases, excess heat can lead to heatstroke' names the condition without signs or action; kept warranted as a public heat notice (unlike a school attendance rule that defers to the NHS); warranted and missing",
    text="""Heatwave advice

The Met Office operates an annual Heat-Health watch system in England and Wales from 1 June to 15 September in association with the Department of Health. The Heat-Health Watch system compromises four levels of response based upon threshold maximum and minimum night-time temperatures. For more information about the Heat-Health Watch scheme visit the Met Office website.

Heatwaves can be dangerous for the very young, older people and those with serious illnesses. In extreme cases, excess heat can lead to heatstroke.

When a heatwave does occur, it is important to be prepared and take steps to reduce the risks both for yourself and those friends and relatives that may be vulnerable. There are many simple ways to do this and you can find easy to follow guidance through these links:""")
add(id="t13-harrogate-severe-weather-snow", group="urgent", url="https://www.harrogate.gov.uk/severe-weather/snow", source="Harrogate Borough Council, severe weather page", licence=OGL,
    title="Snow (severe weather)", audience="consumer", genre="screening-prevention", topic="snow and cold weather: keeping warm and well, driving", topic_kind="prevention",
    W=True, reason="public cold-weather notice; hypothermia and cold-related illness need readers to know when to get help", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut or ending in the driving tips at 'wait for help to come to you)'; title supplied from the URL",
    evidence=[],
    notes="hard call: it lists hypothermia and frostbite signs ('watch out for signs of hypothermia - uncontrollable shivering, slow/slurred speech, memory lapse, drowsiness') but ties them to no help (no 111/999/GP); watching out is not an action to get care; warranted and missing",
    text="""While the danger from winter weather varies across the district, nearly all residents, regardless of where they live, are likely to face some type of severe winter weather. In colder weather, keeping yourself warm is essential to staying healthy, especially for the very young, older people or those with a chronic condition such as heart disease and asthma.

Top tips for keeping warm and well this winter:

  • keep warm by setting your heating to the right temperature (18 to 21 celsius)
  • have your flu jab to protect yourself and others from influenza, if you are in an eligible group
  • look out for friends, relatives and neighbours who may be vulnerable to the cold
  • stay tuned to the weather forecast and plan ahead with supplies
  • have regular hot meals and drinks throughout the day and keep active to help your body stay warm
  • wear a few layers of thin clothing rather than one thick layer, and when you need to go outside wear shoes with slip resistant, good grip soles
  • put grit or cat litter on paths and driveways to lessen the risk of slipping on compacted snow
  • check on vulnerable neighbours
  • if you go outside wear several layers of clothing and keep dry to prevent loss of body heat
  • watch out for signs of hypothermia - uncontrollable shivering, slow/slurred speech, memory lapse, drowsiness and frostbite - loss of feeling in and pale appearance of fingers, toes, nose and ear lobes
  • keep moving your arms and legs to help the blood circulate

Driving tips

Avoid travel if possible. If you do need to travel, make sure you have:

  • warm clothes/sleeping bag
  • food
  • boots
  • water (flask - hot drink)
  • torch
  • spade... and let someone know when you expect to arrive and your route

If you get stuck:

  • switch on your hazard warning light
  • do not leave your vehicle unless told to do so (wait for help to come to you)""")
add(id="t13-pentlandhills-blue-green-algae", group="urgent", url="https://www.pentlandhills.org/safety/safety-hills/2?documentId=16&categoryId=14", source="Pentland Hills Regional Park (local-authority regional park, Scotland), safety page", licence=OGL,
    title="Blue-green algae", audience="consumer", genre="screening-prevention", topic="blue-green algae blooms in reservoirs: risks to people and dogs", topic_kind="prevention",
    W=True, reason="public algae warning; it names illness in people and fatal poisoning in dogs, so readers need to know what to do after contact", urgency="same-day", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole item",
    evidence=[],
    notes="hard call: warranted as an algae notice naming harm; the only action is reporting a bloom to environmental health/SEPA, not getting help after contact (no 'see a doctor/vet if ...'); warranted and missing. Park run by local councils; OGL presumed",
    text="""Blue-green algae

Please be aware that there is the potential for blue-green algae blooms in reservoirs after and during any warm weather.

Blue-green algae (cyanotoxin) blooms can produce toxins that are harmful to dogs and humans. In humans it can cause a rash after skin contact or illness if swallowed. In dogs it can be fatal, and dog owners should keep their dog out of affected waters. Please do not contact us asking if blue-green algae is present in a particular reservoir: we do not monitor regularly for blue-green algae blooms, so urge everyone to err on the side of caution and do a visual check of the water before entering or allowing your pet in.

The bloom can appear as a blue-green scum on the surface of the water, sometimes resembling pea soup. It is naturally occurring, and some (but not all) species release dangerous toxins into the water. There’s no way of telling which algae is toxic just by looking at it; some types are safe while others are only toxic at certain times of year when they’re blooming. Therefore, exercise caution if you suspect a bloom is present.

If you believe you have seen blue-green algae and there are no warning signs present, you can contact the relevant environmental health team for the local authority the reservoir is in. You can also contact SEPA.""")
add(id="t13-st-marks-ealing-norovirus-letter", group="urgent", url="https://www.st-marks.ealing.sch.uk/norovirus-letter-and-factsheet/", source="St Mark's Primary School, Ealing (state school), news item", licence=SCHOOL,
    title="Norovirus Letter and Factsheet", audience="consumer", genre="other", topic="norovirus cases at school: exclusion for 48 hours, cleaning", topic_kind="condition",
    W=True, reason="school outbreak notice to parents about an infection (norovirus); dehydration in children needs readers to know when to get help", urgency="same-day", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole news item (the linked leaflet and NHS page are not included)",
    evidence=[],
    notes="hard call: short outbreak notice that defers health content to a linked leaflet and NHS Choices; kept warranted as a public infection notice; it gives only the 48-hour exclusion rule and no sign (dehydration, blood in stool) tied to help; warranted and missing",
    text="""Norovirus Letter and Factsheet

By 11th March 2016Miscellaneous

We have two diagnosed cases of Norovirus in the school. We have informed the North West London Public Health unit and the Local Authority. We have been advised on how to manage the outbreak in school, which includes extra cleaning of toilets and ensuring that children wash their hands regularly with warm water and soap. We have also been advised that anyone diagnosed with Norovirus should remain at home for 48 hours after symptoms have gone.

Information leaflet »
Further information is available at NHS Choice »

Translate »""")
add(id="t13-bracknell-forest-scarlet-fever-igas", group="urgent", url="https://www.bracknell-forest.gov.uk/health-and-social-care/public-health-and-self-care/scarlet-fever-and-invasive-group-strep", source="Bracknell Forest Council, public health page", licence=OGL,
    title="Scarlet fever and invasive Group A strep", audience="consumer", genre="patient information", topic="scarlet fever and invasive group A strep: symptoms and what to do", topic_kind="condition",
    W=True, reason="public-health notice about an infection with a rare emergency complication (iGAS); readers need to know when to get help", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in the iGAS sign list at 'being sle', before its action",
    evidence=["If you think you, or your child, might have scarlet fever:", "contact your GP or NHS 111 as soon as possible"],
    notes="hard call: suspected scarlet fever (situation, after a symptom list) tied to GP/NHS 111 as soon as possible counts, weak (as the round-14 Victoria School letter); the iGAS emergency signs are listed but cut before their action; present (weak)",
    text="""Scarlet fever and invasive Group A strep

Scarlet fever cases nationally are higher than we would typically see at this time of year.

Scarlet fever is usually a mild childhood illness, but it is highly infectious. It is caused by bacteria called group A streptococci. These bacteria also cause other respiratory and skin infections such as strep throat and impetigo.

Very rarely, the bacteria can get into the bloodstream and cause an illness called invasive Group A strep (iGAS).

You can find more information, including symptoms on the Frimley Healthier Together website.

Scarlet fever

Scarlet fever is not usually serious but should be treated with antibiotics to reduce the risk of complications (such as pneumonia) and spread to others.

Symptoms include:

  • sore throat
  • headache
  • fever
  • a fine, pinkish or red body rash with a sandpapery feel - on darker skin the rash can be more difficult to detect visually but will have a sandpapery feel

If you think your child has scarlet fever

If you think you, or your child, might have scarlet fever:

  • contact your GP or NHS 111 as soon as possible
  • make sure that you or your child finish the full course of any antibiotics prescribed - even when you start to feel better you must continue taking the antibiotics
  • stay at home, away from nursery, school or work for at least 24 hours after starting the antibiotic treatment, to avoid spreading the infection

Invasive Group A strep

In very rare cases, the same bacteria that causes scarlet fever can get into the bloodstream and cause an illness called invasive group A strep (iGAS).

Some people with iGAS have sepsis-like symptoms such as:

  • blue, pale or blotchy skin, lips or tongue
  • rash that doesn’t fade when you roll a glass over it
  • difficulty breathing or a weak, high-pitched cry - not like their normal cry
  • not responding like normal, for example, not interested in feeding or eating much less than normal
  • being sle""")
add(id="t13-abbeyfield-primary-scarlet-fever-letter", group="urgent", url="https://abbeyfieldprimaryacademy.co.uk/7870-2/", source="Abbeyfield Primary Academy (state academy school), letter to parents", licence=SCHOOL,
    title="Re: Increase in scarlet fever", audience="consumer", genre="other", topic="school letter on increased scarlet fever: symptoms and what to do", topic_kind="condition",
    W=True, reason="school outbreak letter to parents about an infection with a rare emergency complication; readers need to know when to get help", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'The same bacteria which cause scarl' in the iGAS section; title supplied from the letter's subject line",
    evidence=["If you think you, or your child, might have scarlet fever:", "contact your GP or NHS 111 as soon as possible"],
    notes="hard call: UKHSA template letter (near-duplicate of the round-14 Victoria School letter): suspected scarlet fever after a sign description tied to GP/NHS 111 as soon as possible, weak; the iGAS section is cut; present (weak)",
    text="""Dear Parent(s) / Carer(s),

Re: Increase in scarlet fever

We are writing to inform you of a recent increase in notifications of scarlet fever to
the UK Health Security Agency (UKHSA), above seasonal expected levels.
We would like to take this opportunity to remind you of the signs, symptoms and the
actions to be taken if you think that you or your child might have scarlet fever.
Signs and symptoms of scarlet fever

Scarlet fever is a common childhood infection caused by Streptococcus pyogenes,
or group A Streptococcus (GAS). It is not usually serious, but should be treated with
antibiotics to reduce the risk of complications (such as pneumonia) and spread to
others. The early symptoms of scarlet fever include sore throat, headache, fever,
nausea and vomiting. After 12 to 48 hours, the characteristic red rash develops,
usually first on the chest and stomach, then rapidly spreading to other parts of the
body, making the skin have a sand-paper like feel to it. The scarlet rash may be
harder to spot on darker skin, although the ‘sandpaper’ feel should be present.
Patients usually have flushed red cheeks. They may also have a bright red
‘strawberry’ tongue.

If you think you, or your child, might have scarlet fever:
• contact your GP or NHS 111 as soon as possible
• make sure that you or your child take(s) the full course of any antibiotics
prescribed. Although you or your child will feel better soon after starting the
course of antibiotics, you must complete the course to ensure that you do not
carry the bacteria in your throat after you have recovered
• stay at home, away from nursery, school or work for at least 24 hours after
starting the antibiotic treatment, to avoid spreading the infection
You can help stop the spread of infection through frequent hand washing and by not
sharing eating utensils, clothes, bedding and towels. All contaminated tissues
should be disposed of immediately.

Invasive Group A Strep (iGAS)

The same bacteria which cause scarl""")
