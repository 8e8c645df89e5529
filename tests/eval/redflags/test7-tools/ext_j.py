# batch j: fever in children (NHS trust leaflet, Healthier Together Frimley, what0-18 Hampshire), food allergy awareness (foodsafety.gov)
add(id="t7-nth-recognise-child-seriously-ill", group="urgent", url="https://nth.nhs.uk/resources/how-to-recognise-if-your-child-is-seriously-ill", source="North Tees and Hartlepool NHS Foundation Trust, patient leaflet", licence=OGL,
    title="How to recognise if your child is seriously ill", audience="consumer", genre="patient information", topic="fever in children; recognising serious illness", topic_kind="symptom",
    W=True, reason="@sym", evidence=[], urgency="emergency",
    notes="hard call: leaflet built to tell parents when and where to get help, but the stored excerpt stops in the medication section; it refers to 'the advice later on' without giving any sign with an action",
    text="""Information for parents and carers
This leaflet can be made available in other formats including large print, CD and Braille and in languages other than English, upon request.
How to Use This Leaflet
Lots of children get a fever (high temperature) and most of them get better by themselves. A few children with fever may have serious infections and may develop sepsis (a blood infection) that needs urgent treatment in hospital.
This leaflet is designed to help you monitor your child’s condition, if they have a fever. It may help you to recognise if your child is getting worse and help you know when and where to get help.
You will need to keep checking your child for changing symptoms and follow any advice given to you by health professionals.
Practical Things You Can Do to Help Your Child
- Check your child during the night to see if they are getting better.
- If you are concerned that your child is not improving or has new symptoms (such as a new rash) follow the advice later on.
- If your child is hot to touch, take their temperature with a thermometer.
- Children with fever should not be under, or over, dressed. If your child is hot to touch, remove a layer of their clothing.
- Tepid sponging is no longer recommended for the treatment of fever.
- Offer your child regular drinks (where a baby is breastfed, the best drink is breast milk).
- If your child has a fever and is due to have immunisations please consult your GP, practice nurse or health visitor for advice.
- If you need to keep your child away from nursery or school while they are unwell, please notify the nursery or school (ask your health visitor, community nurse or GP if you are not sure).
- Keep a diary of symptoms.
Using Medication to Help
If your child is distressed or very unwell, you may use Paracetamol or Ibuprofen to help them to feel more comfortable. However, this is not always necessary.
Don’t routinely give both Paracetamol and Ibuprofen at the same time – use one, and if your child has n""")
add(id="t7-frimley-healthiertogether-fever-over-3-months", group="urgent", url="https://frimley-healthiertogether.nhs.uk/parentscarers/worried-your-child-unwell/fever-high-temperature/fever-high-temperature-children-over-3-months-age", source="Healthier Together, Frimley (NHS), parents and carers", licence=OGL,
    title="Fever - high temperature in children over 3 months of age", audience="consumer", genre="patient information", topic="fever in children", topic_kind="symptom",
    W=True, reason="@sym", evidence=["You need urgent help.\nGo to the nearest Hospital A&E Department or phone 999."], urgency="emergency",
    notes="traffic-light card; the red signs survive and precede the action (evidence spans a line break)",
    text="""Fever - high temperature in children over 3 months of age
This means when a child feels hot to touch, when to worry and where to get help

Red - If your child:
Is pale with patchy coloured skin that feels cold when you touch it.

Has blue lips.

Finds it hard to talk, eat or drink because they cannot breathe properly.

Has a stiff body or keeps making jerking movements that don’t stop when you hold them.

- Is crying and won’t stop
- Is confused
- Very difficult to wake up

Gets a rash that does not go away when you press on it. Press the bottom of a glass on the rash to see if it disappears. Press the bottom of a glass on the rash to see if it disappears.

Is under 3 months of age with a temperature of 38°C / 100.4°F or above
(If they’ve had their routine injections in the last 2 days and have no other features of being unwell- then give paracetamol or ibuprofen (for babies) and watch them closely. If their temperature does not come down within 30 minutes get help)
You need urgent help.
Go to the nearest Hospital A&E Department or phone 999.

Amber - If your child:
Has difficulty breathing, including breathing fast; pulling in their muscles below their ribs, between their ribs or at their neck when they breathe.

- Has sunken eyes
- Is sleepy
- Has not had a wee or wet nappy for 12 hours if over 3 months old or 8 hours if they are under 3 months old

Is becoming sleepy or upset and you are unable to settle them with toys, TV, food or cuddling – especially if they stay this way when their temperature is coming down.

Is shivering a lot or tells you their muscles hurt.

Has a limb or joint that looks swollen, bigger than usual. A limb is an arm or a leg. A joint is something they can bend like their knee, elbow, ankle or wrist.

Finds it hurts to stand up because it’s too sore.

Has an eye that looks (swollen) bigger than usual.

Has pain that does not go away after they have taken medicine like paracetamol or ibuprofen.

Is 3 months of age or older with """)
add(id="t7-what0-18-fever-under-5-safety-netting", group="urgent", url="https://www.what0-18.nhs.uk/professionals/health-visitors/safety-netting-documents-parents/fever-children-under-5-years", source="what0-18 (NHS Hampshire, Dorset and Isle of Wight), safety-netting sheet for parents", licence=OGL,
    title="Fever in children under 5 years (advice for parents and carers)", audience="consumer", genre="patient information", topic="fever in children under 5", topic_kind="symptom",
    W=True, reason="@sym", evidence=["If you see this type of rash, seek medical advice immediately."], urgency="emergency",
    notes="hard call: the red/amber sign lists were lost in the scrape (only their actions survive, which do not count); the glass-test paragraph ties one sign (non-blanching rash) to an action, so present",
    text="""Advice for parents and carers of children younger than 5 years
Go to the nearest Hospital Emergency (A&E) Department or phone 999
Please ring your GP surgery or call NHS 111 - dial 111
Continue providing your child’s care at home using the advice below. If you are still concerned about your child, speak to your health visitor, local pharmacist or call NHS 111– dial 111. Keep monitoring your child for red and amber features and seek help if they develop
Most children with a fever do get better very quickly but some children can get worse. You need to regularly check your child during the day and also through the night and follow the advice given below.
Do the ‘glass test’ if your child has a rash. Press a glass tumbler firmly against the rash. If you can see the spots through the glass and they do not fade as you press the glass onto the skin then this is called a ‘non-blanching rash’. If you see this type of rash, seek medical advice immediately. The rash is harder to see on dark skin so check paler areas, such as palms of the hands, soles of the feet and tummy.
(Photo courtesy of the Meningitis Research Foundation 2013)
This guidance is written by healthcare professionals from across Hampshire, Dorset and the Isle of Wight.""")
add(id="t7-foodsafety-gov-food-allergy-awareness", group="urgent", url="https://foodsafety.gov/blog/food-allergy-awareness-and-action", source="FoodSafety.gov (US HHS) blog", licence=PD,
    title="Food Allergy Awareness and Action", audience="consumer", genre="patient information", topic="food allergies and anaphylaxis", topic_kind="condition",
    W=True, reason="consumer page on food allergy that names anaphylactic shock and promises how to recognise and manage reactions; readers need the signs and the emergency action", evidence=[], urgency="emergency",
    notes="hard call: awareness blog; the stored excerpt turns to allergen labelling law and the FASTER Act and is cut before any what-to-do section",
    text="""Food allergies affect millions of Americans and their families. They occur when the body's immune system reacts to certain proteins in food. These reactions range from relatively mild — hives and lip swelling for example — to severe, such as anaphylactic shock, a life-threatening respiratory problem. While promising prevention and therapeutic strategies are being developed, food allergies currently cannot be cured. Since May is Food Allergy Action Month, it's especially appropriate to learn how to recognize and manage food allergies, which are the keys to preventing serious health consequences.
Allergen Labeling Law
The Food Allergen Labeling and Consumer Protection Act of 2004 (FALCPA), identified the following eight foods as major food allergens:
- Milk
- Eggs
- Fish
- Shellfish
- Tree nuts (e.g., almonds, walnuts, pecans)
- Peanuts
- Wheat
- Soybeans
At the time of the law's passage, these eight major allergens accounted for 90 percent of food allergies and serious allergic reactions in the U.S. Recently, however, President Biden signed the Food Allergy Safety, Treatment, Education, and Research Act of 2021 (the FASTER Act) into law. The new law makes Sesame the ninth major food allergen and, as of January 1, 2023, it must be labeled as the other major food allergens listed above.
The FASTER Act also requires that within 18 months, (late December, 2022) the Secretary of Health and Human Services submit a report to Congress that describes ongoing Federal activities, and recommendations and strategies to expand, enhance, or improve them, related to:
- Surveillance and collection of data on the prevalence of food allergies and severity of allergic reactions for specific food or food ingredients, including the identification of any gaps in such activities,
- Development of effective food allergy diagnostics,
- Prevention of the onset of food allergies,
- Reduction of risks related to living with food allergies, and,
- Development of new therapeutics to prevent, t""")
