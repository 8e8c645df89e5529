# batch f: testicular torsion, fever in babies under 3 months
add(id="t5-fernhouse-surgery-testicular-torsion", url="https://www.fernhousesurgery.co.uk/News/45ec7942-6385-4f51-823b-11185ee7e73d", source="Fernhouse Surgery (NHS GP practice, mid and south Essex), news", licence=OGL,
    title="Testicular Torsion", audience="consumer", genre="patient information", topic="testicular torsion", topic_kind="condition",
    W=True, reason="@acute",
    evidence=["Requires immediate visit to A&E - don't wait.", "Remember: Sudden, severe testicular pain means go straight to A&E or call 999."],
    urgency="emergency", notes="posted as practice news but written as a condition explainer (genre patient information); the sign (sudden, severe pain in one testicle) is in the key facts next to the A&E advice",
    text="""Back to News
Testicular Torsion
Posted or Updated on 1 May 2025
Testicular torsion: A medical emergency
Testicular torsion most commonly affects boys aged 10-18 and requires emergency medical attention. Local data shows that on average more than one boy or young man loses a testicle each month in mid and south Essex due to delayed arrival at hospital.
Testicular torsion happens when a testicle rotates, twisting the spermatic cord that brings blood to the scrotum. This cuts off the blood supply to the testicle and surrounding tissue, causing sudden pain and swelling.
Key facts:
- Causes sudden, severe pain in one testicle
- Can occur during activity, after injury, or during sleep
- Requires immediate visit to A&E - don't wait. Go straight to Southend or Broomfield Hospital A&E departments if possible. (Basildon Hospital can also assess for testicular torsion, but you would be transferred to Broomfield Hospital for specialist treatment if required.)
Why quick action is required:
Testicular torsion is a medical emergency. The longer the blood supply is cut off, the greater the risk of permanent damage:
- Within 6 hours: Good chance of saving the testicle
- After 12 hours: Risk of damage increases significantly
- After 24 hours: Testicle will likely need to be removed
For more information on symptoms, treatment and how to discuss this with your child, please read my blog: Testicular Torsion in Boys: Important information for young people and parents
Remember: Sudden, severe testicular pain means go straight to A&E or call 999.""")
add(id="t5-syb-healthiertogether-testicular-torsion", url="https://sybhealthiertogether.nhs.uk/professionals/education-and-training/torsion", source="South Yorkshire and Bassetlaw Healthier Together (NHS)", licence=OGL,
    title="Torsion: Testicular Health – What You Need to Know", audience="consumer", genre="patient information", topic="testicular torsion in boys and young men", topic_kind="condition",
    W=True, reason="@acute",
    evidence=["If you or your child has sudden testicular pain, go to hospital immediately.", "Remember: Sudden testicular pain is never normal. Go to hospital straight away."],
    urgency="emergency", notes="page sits in the professionals' education section but addresses young people and parents (audience consumer)",
    text="""Torsion
Testicular Health – What You Need to Know
Young men and boys can have health problems that are different from those seen in adult men. Most information online talks about adult conditions like testicular cancer. While that’s important, the most urgent issue for younger males is testicular torsion.
What is testicular torsion?
Testicular torsion happens when a testicle twists inside the scrotum. This cuts off the blood supply and can cause the testicle to die within 6–10 hours if not treated.
This is an emergency. If you or your child has sudden testicular pain, go to hospital immediately.
Why is quick action so important?
Many young people and parents don’t know about torsion. Because of this, some wait too long before seeking help—and the testicle cannot be saved. Fast treatment means surgery can rescue the testicle.
Helpful Resources
- Video for young men: Watch here
- School lesson plan: View here
- Normal penis and foreskin development: Watch here
What happens at the hospital?
-
Children with torsion should be operated on at the first hospital they reach. This is the safest option and avoids unnecessary transfers. Doctors follow national best practice to make sure your child gets the right care quickly.
Remember: Sudden testicular pain is never normal. Go to hospital straight away. Acting fast can save a testicle.
Further Resources on Urology from Sheffield Children's NHS Foundation Trust
Best Practice Pathway for Testicular Torsion
GIRFT has brought together a multi-disciplinary group of more than 50 NHS colleagues – comprising urologists, paediatric surgeons, general surgeons, anaesthetists, emergency care physicians, radiologists and Operational Delivery Network (ODN) leads – to build a national consensus pathway for best practice in the management of acute testicular pain.
A video for families and those in primary or health education about the normal development of children’s penis and foreskin""")
add(id="t5-oxfordshire-healthiertogether-fever-under-3-months", url="https://oxfordshire-healthiertogether.nhs.uk/pregnant-women/fever-high-temperature", source="Oxfordshire Healthier Together (NHS)", licence=OGL,
    title="Fever (high temperature) in babies under 3 months", audience="consumer", genre="patient information", topic="fever in babies under 3 months", topic_kind="symptom",
    W=True, reason="@sym",
    evidence=["So, if your baby under 3 months has a temperature higher than 38°C (100.4°F), you should take them to see a healthcare professional straight away.",
              "Go to the nearest Hospital Emergency (A&E) Department or phone 999", "Please call your GP surgery or contact NHS 111 - call 111."],
    urgency="emergency", notes="red/amber sign lists precede each action line (quoted by the action); the box headings were lost in extraction",
    text="""Your personal details will be stored securely and never sold or shared
If a baby is less than 3 months old and has a fever, it’s more likely to be from a serious infection than if an older child had a fever. So, if your baby under 3 months has a temperature higher than 38°C (100.4°F), you should take them to see a healthcare professional straight away. The only time you don't need to do this is if they get a fever within 48 hours after their vaccinations. In that case, you can give them paracetamol if they seem fine otherwise, without needing to see a doctor.
How to take your baby’s temperature:
To check your baby’s temperature, place the thermometer under their armpit. Hold their arm close to their body to keep the thermometer in place for as long as the instructions say—usually about 15 seconds. Some digital thermometers will beep when they’re done. Don’t check their temperature on the forehead or in the ear, as it won’t be accurate for young children.
Temperature more than 38°C or under 36°C (unless fever in the 48 hours following vaccinations and no other red features)
Breathing very fast, too breathless to feed
Working hard to breathe, drawing in of the muscles below the ribs, or noisy breathing (grunting)
Breathing that stops or pauses
Is pale, blue, mottled or feels unusually cold to touch
Difficult to wake up or very sleepy
Weak, high-pitched cry or can’t be settled
Has a fit (seizure)
Go to the nearest Hospital Emergency (A&E) Department or phone 999
Breathing a bit faster than normal or working a bit harder to breathe
Dry skin, lips or tongue
Not had a wee or wet nappy in last 8 hours
Poor feeding (less than half of their usual amount)
Irritable (Unable to settle them with cuddles, toys or feeding)
Getting worse and I am still worried
Please call your GP surgery or contact NHS 111 - call 111.
If symptoms persist for 4 hours or more and you have not been able to speak to either a member of staff from your GP practice or to NHS 111 staff,""")
