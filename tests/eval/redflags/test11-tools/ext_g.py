# batch g: eye injuries landing page, norovirus (council business leaflet, FSANZ consumer page)
add(id="t11-hull-ccg-eye-injuries-landing", group="no-red-flag", url="http://www.hullccg.nhs.uk/conditions/eye-injuries", source="NHS Hull Clinical Commissioning Group, health A-Z landing page (NHS content)", licence=OGL,
    title="Eye injuries", audience="consumer", genre="other", topic="eye injuries (landing page with section teasers)", topic_kind="condition",
    W=False, reason="landing page of section teasers linking to the full condition pages; by convention not warranted (as the Hull CCG febrile-seizure landing page in round 12)", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole landing page (one teaser per linked section)",
    evidence=[],
    notes="hard call: teaser text includes first aid for chemicals (flush for 20 minutes) but no sign tied to help; treated as a landing page, not warranted; urgency by topic (chemical/penetrating eye injury)",
    text="""Eye injuries

Eye injuries can range from relatively trivial, such as irritating the eye with shampoo, to extremely serious, resulting in permanent loss of vision.
Eye injury symptoms
Symptoms of eye injuries include eye pain, tearing and blurred vision
Causes of eye injuries
Eye injuries have a number of different causes, such as: a blow to the eye – from a blunt object, a sports injury, a fall or a fight, foreign bodies
Diagnosing eye injuries
In some cases of eye injuries your GP may be able to carry out the diagnosis. But if the eye injury is more serious your GP may refer you to an ophthalmologist.
Treating an eye injury
If chemicals are involved in the eye injury, flush your eye thoroughly using clean water or sterile fluid for at least 20 minutes.
Complications of eye injuries
A rare and serious complication of an eye injury is that the injury makes the eye vulnerable to bacteria and an infection takes hold inside the eye
Preventing eye injuries
Always make sure that you wear the appropriate safety eyewear for your occupation.
""")
add(id="t11-bromley-norovirus-food-business-leaflet", group="no-red-flag", url="https://bromley.gov.uk/leaflet/261479/9/206/d", source="London Borough of Bromley, food safety leaflet for businesses", licence=OGL,
    title="Norovirus (food businesses)", audience="consumer", genre="screening-prevention", topic="norovirus control in food businesses", topic_kind="prevention",
    W=False, reason="food-safety guidance addressed to food businesses (infection control), not to ill readers; by convention not warranted (like the round-12 outbreak-investigation page)", urgency="prompt", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in the symptoms sentence at 'projectile vomiting, diarrhoea, f'",
    evidence=[],
    notes="hard call: council food-safety leaflet for businesses; a public notice genre, but its readers are business operators managing staff, not people deciding whether to seek care; not warranted, not present; urgency prompt (dehydration in the vulnerable)",
    text="""This leaflet is for all food businesses, including those involved in catering, food production, food preparation, retail premises, restaurants, pubs, cafes, and fast-food shops.

What is norovirus?
Norovirus (which used to be known as norwalk) is a viral infection that causes acute intestinal upset. Common names for illness caused by norovirus are the winter vomiting disease, gastroenteritis, non-bacterial gastroenteritis, stomach flu or what's often called a 'tummy bug'.

The illness usually lasts two to three days and there are no long-term health effects. Anyone can be infected at any age. Being immune to the disease after having been infected does not last long. People can have several infections over their lifetime.

Why does norovirus matter?
Norovirus is the most common cause of diarrhoea and vomiting in England and Wales and is highly infectious.

A virus, unlike a bacteria, does not need warmth, food and moisture to multiply, it just needs a living host, which means it needs to get into your system. It may use food and water as a 'vehicle' to do this, but viruses can easily move from person to person using the faecal oral route - which is where contaminated faeces from an infected person gets into the digestive system of another person. This means that norovirus can be easily passed on by someone who uses the toilet but does not wash their hands and then touches door handles, taps and food.

There is also a risk of infection when organisms are released into the air - for example, from projectile vomiting.

The number of particles needed to cause infection is very low (and can be as few as 10). The number of outbreaks of norovirus are highest in the winter as viruses thrive in cold conditions and are not destroyed by freezing.

When a person is infected with the virus, the virus starts to multiply in the small intestine. This is known as the incubation period. After 24 to 48 hours the symptoms can appear, and usually include projectile vomiting, diarrhoea, f""")
add(id="t11-fsanz-norovirus-consumer", group="urgent", url="https://mta-sts.foodstandards.gov.au/consumer/safety/foodborne-illness/Norovirus", source="Food Standards Australia New Zealand (Australian government agency), consumer page", licence=CCBYAU,
    title="Norovirus", audience="consumer", genre="screening-prevention", topic="norovirus food-borne illness: risk, symptoms, prevention", topic_kind="condition",
    W=True, reason="consumer food-safety page about an infection whose readers may be ill (dehydration risk in the vulnerable); warranted at prompt level", urgency="prompt", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole page text (URL host as returned by the search tool)",
    evidence=[],
    notes="hard call: names the danger (young children, elderly and immunocompromised 'can get seriously ill from dehydration') but gives no sign-to-action advice (no when to see a doctor); warranted and missing (complete text); warranted at prompt level like the round-12 Telford food-poisoning page",
    text="""What is it?
- Norovirus is a group of viruses that can be found in the gut of people
- Norovirus can get into water and food from the faeces (poo) or vomit of infected people, for example from unwashed hands
- Norovirus can stay infectious in the environment for a long time and might not be destroyed by common disinfectants
What's the risk?
- Norovirus can cause gastro illness and is highly contagious
- Anyone can get gastro from norovirus even if they have had it before
- Very young children, the elderly and people with weak immune systems (e.g. cancer patients) can get seriously ill from dehydration
- Foods at higher risk of contamination include shellfish (e.g. oysters) and food that is ready to eat (won't be further cooked)
Symptoms of norovirus
- Symptoms usually start 24 to 48 hours after eating contaminated food or touching contaminated cutlery, glassware or other surfaces
- Common symptoms are frequent vomiting and watery diarrhoea, nausea, muscle aches, headaches and low fever
- Most people are sick for one to three days
Reduce your risk
- Wash your hands thoroughly with soap and dry them before preparing and eating food, especially after going to the toilet or changing nappies
- Wash fruit and vegetables thoroughly under running water
- Avoid eating raw shellfish
- If you are sick with norovirus you should not prepare food for others until 48 hours after vomiting and diarrhoea have stopped
- Keep your kitchen and equipment clean""")
