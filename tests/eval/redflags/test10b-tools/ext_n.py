# batch n: hypoglycaemia guideline (Lincolnshire Community Health Services), febrile convulsion (South Tees children's ED)
add(id="t10b-lchs-hypoglycaemia-recognition-treatment-guideline", group="urgent", url="http://lincolnshirecommunityhealthservices.nhs.uk/content/gcs32-hypoglycaemia-recognition-and-treatment-guidelines", source="Lincolnshire Community Health Services NHS Trust, clinical guideline G_CS_32 (web summary)", licence=OGL,
    title="G_CS_32 Hypoglycaemia Recognition and Treatment Guidelines", audience="professional", genre="treatment-description", topic="recognising and treating hypoglycaemia (community staff guideline)", topic_kind="condition",
    W=True, reason="professional hypoglycaemia guideline; a professional summary would name the do-not-miss step (unconscious or not recovering -> glucagon/emergency help)", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole web summary of the guideline (ends with the insulin line)",
    evidence=[],
    notes="hard call: complete staff guideline summary listing mild and severe hypo symptoms and the 15-20 g carbohydrate regimen; 'may require IV Dextrose' after three failed treatments is a treatment note, not an escalation line (no 999, doctor or glucagon step for the unconscious or non-responding patient); warranted and missing (complete text)",
    text="""G_CS_32 Hypoglycaemia Recognition and Treatment Guidelines

Hypoglycaemia (hypo) is a medical term used for low blood glucose in people with diabetes treated with certain medication and occurs when the blood glucose reading is below 4.0mmols/l.

  • Hypos do NOT occur in those on diet or Metformin alone
  • Hypos may very between individuals
  • Causes of a hypo include :-
    • Less food than usual, Delayed or missed meals, Increased medication, Increased physical activity, A decrease in weight, Alcohol, Hot/ weather

Symptoms may include one or two of the following:-

  • Shaky / Dizzy, Sweaty, Anxious, Very Hungry, Confused, Tingling lips and fingertips, Headache or double vision

If the hypo is not treated at this stage it will go further and the patient will not be able to help themselves and will require help to take quick acting glucose.

Symptoms will then include:-

  • Slurred speech, Uncoordinated, Altered personality

Treatment for a hypoglycaemic attack is 15 to 20g of refined carbohydrate.

  • 2 teaspoons sugar or
  • 2 teaspoons honey or
  • 4 to 6 glucose, dextrose or Lucozade tablets or
  • 80 to 100ml Lucozade or
  • ½ can ordinary Coca cola

Then wait for 10 minutes and recheck blood glucose if still below 4mmol/l repeat refined carbohydrate, if after 3 times of refined CHO and 10 minute wait blood glucose still not rising may require IV Dextrose. Once above 4mmol/l give meal if it is due or CHO snack if not due e.g. fruit, biscuit, milky drink, or a sandwich. May then give insulin if it is due, do not omit insulin.  

""")
add(id="t10b-south-tees-cyped-febrile-convulsion", group="urgent", url="https://southtees.nhs.uk/?p=17331", source="South Tees Hospitals NHS Foundation Trust, Children and Young People's Emergency Department information", licence=OGL,
    title="Febrile convulsion", audience="consumer", genre="patient information", topic="febrile convulsion in children: what to do during and after a fit", topic_kind="condition",
    W=True, reason="@acute", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut at 'Cont' in the final further-information list (after the action section; the rest is a list of information sources)",
    evidence=["If it is a first seizure, lasted longer than 5 minutes or they have not recovered quickly take them to the nearest hospital, or dial 999."],
    notes="ED information page; first fit, fit over 5 minutes or slow recovery -> hospital or 999; present (page title not returned; title from the topic)",
    text="""Children and Young People’s Emergency Department
You have been given this information because your child has been diagnosed with a febrile convulsion. Febrile convulsions are fits or seizures that occur in a child with a high temperature. They are not epileptic seizures. Around 1 in 20 children will have at least one febrile convulsion.
Most occur with common infections such as coughs and colds, or ear infections. Occasionally your child will have a more serious infection such as a kidney infection or pneumonia as the cause.
Symptoms of a febrile convulsion
- Arm or leg twitching
- Whole body stiffness
- Your child may wet themselves
- Usually last less than 5 minutes
- Loss of consciousness
- Vomiting
- Eye rolling
- Sleepy after the event
Investigation for a febrile convulsion
No investigations are required if your child has made a quick recovery, with a simple febrile convulsion, and a clear focus of infection.
Treatment of a febrile convulsion
If your child is fitting lay them in the recovery position
– Lay them on their side, with their faced turned to one side and head lifted up
– This will help prevent the swallowing of any vomit or blockage of the airwayAvoid placing your fingers in their mouth
When the seizure stops try to cool your child
If it is a first seizure, lasted longer than 5 minutes or they have not recovered quickly take them to the nearest hospital, or dial 999.
Following a febrile convulsion
Seeing a child having a seizure can be frightening and distressing for parents. However, almost all children make a complete recovery with no after-effects.
There is a small link to developing epilepsy in later life, a 1 in 50 chance. And a future febrile convulsion is more likely under the age of 15 months.
Further information
For further advice and information about your condition, please choose from the following:
- ‘NHS Patient Choices’ website: www.nhs.uk
- ‘Making Lives Better’ patient website: www.patient.info
- Telephone NHS 111
- Cont""")
