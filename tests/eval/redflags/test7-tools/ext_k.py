# batch k: wound/stitches care (NHS text mirror, Gloucestershire, Communitas), meningococcal (Regional Public Health NZ, NZ school), NSW Health snake/spider release
NZSCHOOL = "NZ state school page (state sector; CC BY 4.0 under NZGOAL presumed, not verified)"
add(id="t7-eno-kb-nhs-caring-for-stitches", group="urgent", url="https://kb.eno.solutions/nhs/caringforstitches.html", source="NHS website 'Common health questions' text mirrored on kb.eno.solutions", licence=OGLNHS,
    title="How should I care for my stitches?", audience="consumer", genre="patient information", topic="caring for stitches; wound infection", topic_kind="condition",
    W=True, reason="wound-care page; readers need the signs of wound infection and where to get help", evidence=[], urgency="same-day",
    notes="hard call: the 'Signs of infection' list was lost in the scrape, so 'If you have any of these symptoms, speak to a GP or call NHS 111' points at nothing; judged as stored (lost-list tie-break)",
    text="""If you have stitches, take care to:

This will reduce your risk of developing an infection, or catch it early.

A doctor or nurse should tell you how to care for your wound. If you are unsure what to do, ask your healthcare team for advice.

Find out more about getting stitches wet.

Protect your stitches

It's important not to scratch your stitches; even though they're strong, scratching may damage them.

You should avoid contact sports, such as football or hockey, to give your wound the best possible chance to heal.

You should not go swimming until your wound has healed and your stitches have been removed.

For more information, read How soon can I go swimming after surgery?

If your child has stitches, do not let them play with water, mud, sand and paint.

Playing with things like these could cause the wound area to get dirty or sore, or cause an infection.

Children may also be advised to avoid PE at school until their wound has healed.

Signs of infection

Watch out for any signs of infection near or around the stitches, such as:

If you have any of these symptoms, speak to a GP or call NHS 111 for advice. You could also visit an NHS walk-in centre or minor injuries unit.

Removing stitches

You will be told if you need to return to a GP or a nurse to have your stitches removed. These are the usual time periods:

Some stitches are designed to dissolve gradually and will disappear on their own. Find out how long stitches take to dissolve.

Further information:""")
add(id="t7-gloucestershire-wound-care-advice", group="urgent", url="https://gloucester.trustsrv.io/your-visit/patient-information-leaflets/wound-care", source="Gloucestershire Hospitals NHS Foundation Trust, patient information leaflet (trust website staging host)", licence=OGL,
    title="Wound care advice", audience="consumer", genre="patient information", topic="care of cuts and closed wounds after emergency treatment", topic_kind="condition",
    W=True, reason="wound-care discharge page; readers need the signs of wound infection and where to get help", evidence=["If you find that your wound is becoming red, sticky or smelly, or increasingly painful you should contact your GP or NHS 111 for advice."], urgency="same-day", notes="",
    text="""Wound care advice
This page is for people who have received treatment for a variety of different wounds, such as cuts, grazes or scrapes. It is not intended for patients who have had an operation.
Wound care
Your wound has been treated with one or more of the following:
- Suturing (stitches)
- Staples (clips)
- Adhesive wound closure strips
- Medical glue (super glue)
All wounds should be kept clean and dry while healing is taking place. Do not cover the wound with waterproof fingerstalls or plastic gloves.
All wounds heal in time but following the advice in this page will reduce the healing time and help to prevent infections.
If your wound re-opens, please return to the department or make an appointment to see the practice nurse at your GP’s surgery.
Stitches
As with stitches, removal of the staples should be arranged with your GP or practice nurse. The stitches will usually be removed by the practice nurse at your GP’s surgery. You are responsible for making the necessary appointment.
Staples
As with stitches, removal of the staples should be arranged with the practice nurse at your GP’s surgery. When you leave the Emergency Department you will be provided with a staple remover which you will need to give the practise nurse.
If the staples are in your scalp - only wash your hair once during this period. Make sure that you rinse the shampoo from your hair thoroughly.
Take care when brushing your hair as you may tug the staples.
Adhesive wound closure strips
Lightly dampen the wound closure strips then carefully peel them off. You can do this at home or if you prefer, make an appointment with the practice nurse at your GP’s surgery.
Glue
Glue does not need to be removed. Just like a scab, it will fall off. Do not pick the scab. Warm water will help lift any remaining glue from the healed wound.
Contact information
If you find that your wound is becoming red, sticky or smelly, or increasingly painful you should contact your GP or NHS 111 for advice.
NHS 111
""")
add(id="t7-communitas-wound-care-minor-surgery", group="urgent", url="https://www.communitasclinics.nhs.uk/wound-care-information/", source="Communitas Clinics (NHS community services provider), patient information", licence=OGL + " (NHS-commissioned provider; presumed)",
    title="Wound Care Information", audience="consumer", genre="patient information", topic="wound care after minor surgery", topic_kind="treatment",
    W=True, reason="wound care after minor surgery; readers need the signs of infection or bleeding and where to go", evidence=["If the wound becomes very red and painful it may mean that it is infected. Please go and see your GP or go to the Casualty Department at weekends as you may require antibiotics.", "If your wound begins to bleed, apply pressure to the area. If It does not resolve please go and see your Practice Nurse, GP or the Casualty Department."], urgency="same-day",
    notes="licence: private provider of NHS services; OGL presumed as for NHS-branded providers, not verified",
    text="""nhs logoProviding specialist NHS community services
Call us on: 020 8683 6734
Wound Care Information2021-03-19T09:26:54+00:00

Wound Care Information

Care of Wound Following Minor Surgery:

  • Keep the wound dry for at least 48 hours. If you do get it wet, pat it dry with a clean tissue or a towel and apply a clean plaster.
  • Avoid Strenuous exercise or swimming until the stitches have been removed.
  • Stitches are normally removed by the Practice Nurse at your GP’s surgery.
  • Your dressing/s should be checked by the Practice Nurse at your GP’s surgery.
  • If the wound becomes very red and painful it may mean that it is infected. Please go and see your GP or go to the Casualty Department at weekends as you may require antibiotics.
  • If your wound begins to bleed, apply pressure to the area. If It does not resolve please go and see your Practice Nurse, GP or the Casualty Department.""")
add(id="t7-rph-nz-school-snippets-meningococcal", group="urgent", url="https://www.rph.org.nz/public-health-topics/schools/school-health-snippets/general-health/meningococcal/", source="Regional Public Health (Te Whatu Ora, Wellington), school newsletter snippets", licence=CCBYNZ,
    title="Meningococcal (school health snippets)", audience="consumer", genre="patient information", topic="meningococcal disease (newsletter text for schools)", topic_kind="condition",
    W=True, reason="@acute", evidence=["If your tamariki appears very ill, especially if there is a rash, ring a doctor, or Healthline 0800 611 116 day or night. In an emergency, call 111. Don’t wait.", "Early treatment with antibiotics is very important. Don’t wait - get urgent medical attention."], urgency="emergency",
    notes="ready-made newsletter text for schools and colleges; both versions tie listed symptoms to an action",
    text="""Snippets

 

ECE/Schools Newsletter Snippet                         Colleges Newsletter Snippet

 

  

ECE/Schools Social Media tile                            Colleges Social Media tile

 

To follow your own format, use these key messages and imagery:

ECE/Schools version

Meningococcal disease is a bacterial infection that can affect all ages but is more common in babies, causing serious illnesses including meningitis and sepsis (blood poisoning).

Early symptoms can be similar to the flu but quickly get much worse. Symptoms include:

  • high fever
  • sleepy, floppy, hard to wake up
  • refusing feeds or drinks
  • stiff neck
  • high pitched cry
  • skin rash

Early treatment with antibiotics is very important. If your tamariki appears very ill, especially if there is a rash, ring a doctor, or Healthline 0800 611 116 day or night. In an emergency, call 111. Don’t wait.

Vaccination from March 2023 is free for babies. All tamariki under 5 years old, who have not been fully immunised, can catch up for free until 31 August 2025.

Find out more: www.kidshealth.org.nz/meningococcal-disease

Colleges version

Meningococcal disease is a bacterial infection that can affect all ages and leads to meningitis and/or septicaemia.


Early symptoms can be similar to the flu but quickly get much worse. Symptoms include:

  • sudden or high fever
  • headache
  • sleepiness
  • joint and muscle pains
  • skin rash - like tiny bruises

Early treatment with antibiotics is very important. Don’t wait - get urgent medical attention.

There are two different vaccines that protect for up to 5 years. Both are free for young people aged 13 to 25 entering communal accommodation e.g. boarding school, tertiary halls of residence and hostels.

See more:healthify.nz/health-a-z/m/meningococcal-disease/

Additional resources

      Meningococcal info for tertiary

Last updated 1 August 2023.""")
add(id="t7-macleans-college-meningococcal-outbreak", group="urgent", url="https://www.macleans.school.nz/news/meningococcal-outbreak", source="Macleans College (NZ), school news", licence=NZSCHOOL,
    title="Meningococcal Outbreak", audience="consumer", genre="patient information", topic="meningococcal disease outbreak notice", topic_kind="condition",
    W=True, reason="@acute", evidence=["If you or your child are showing any signs of meningitis please contact your doctor straight away or dial 111."], urgency="emergency", notes="",
    text="""Meningococcal Outbreak

Posted on November 30, 2018

There has been an outbreak of meningococcal bacteria in Northland. Meningococcal disease can cause serious illness of the brain called meningitis and illness of the blood called septicemia.

Meningococcal bacteria can pass from one person to another through:

  • Coughing or sneezing
  • Sharing eating or drinking utensils such as water bottles, toothbrushes or pacifiers

Signs of meningitis can develop suddenly and can include:

  • A high fever
  • Headache
  • Sleepiness
  • Joint and muscle pains
  • A stiff neck
  • Dislike of bright lights
  • A rash consisting of reddish – purple pin-prick spots or bruises

If you or your child are showing any signs of meningitis please contact your doctor straight away or dial 111. You can also call Healthline free on 0800 611 116.""")
add(id="t7-nsw-health-snakes-spiders-summer-2020", group="urgent", url="https://health.nsw.gov.au:443/news/Pages/20201223_02.aspx", source="NSW Health media release (December 2020)", licence=CCBYAU,
    title="Watch out for snakes and spiders this summer (NSW Health media release)", audience="consumer", genre="news or research report", topic="snake and spider bites", topic_kind="condition",
    W=True, reason="@acute", evidence=["\"If someone is bitten by a snake you should keep them still, call an ambulance and apply a pressure immobilisation bandage.", "An ambulance should also be called immediately and the patient taken to the nearest hospital for treatment,\""], urgency="emergency",
    notes="media release; the trigger is the bite itself (any suspected snake bite, funnel-web bite), which counts as the sign; title is descriptive (the excerpt has none); a 2018 NSW Health release on the same theme is already under tests/eval",
    text="""NSW Health is reminding people to watch out for snakes and spiders outdoors as the weather heats up during the summer holidays.
NSW Poisons Information Centre Senior Specialist, Genevieve Adamo said people should make themselves aware of what to do if they are bitten by a snake.
"Snake season peaks in late December and January," Mrs Adamo said.
"Australia has some of the most venomous snakes in the world, so it's important people seek immediate medical assistance for all suspected bites."
Symptoms from a venomous bite can include nausea, vomiting and a headache.
"If someone is bitten by a snake you should keep them still, call an ambulance and apply a pressure immobilisation bandage. Tight tourniquets should not be applied and the bite site should not be washed, cut or sucked."
Each Local Health District manages supplies of antivenom for the local hospitals, according to location and snake and spider populations.
Spiders are also a concern during the summer months, with funnel webs found in gardens mostly around the Sydney basin, Blue Mountains, Hunter region, Central Coast and South Coast.
Mrs Adamo said a bite from a funnel web spider is a medical emergency, which causes severe pain, sweating, vomiting, difficulty breathing and muscle twitching.
"A person should be kept still, while you apply a pressure immobilisation bandage around the bite and a bandage to the entire limb. An ambulance should also be called immediately and the patient taken to the nearest hospital for treatment," Mrs Adamo said.
A redback spider bite may result in pain and redness, but it is not considered life threatening. People should wash the area and call the Poisons Information Centre on 13 11 26.
For further information visit NSW Poisons Information Centre.
Vision and audio available for download: Watch Genevieve Adamo: NSW Poisons Information Centre Senior Specialist""")
