# batch a: headache (NIH News in Health), bug bites (FDA Consumer Update reposts), burns leaflet (Royal Surrey), heart attack (MedlinePlus Magazine), ticks teaser (NIH NIH repost)
add(id="t7-nih-newsinhealth-headache-pain", group="urgent", url="https://testdomain.nih.gov/2022/05/what-can-you-do-about-headache-pain", source="NIH News in Health (Health Capsule), on an NIH test domain", licence=PD,
    title="What Can You Do About Headache Pain?", audience="consumer", genre="patient information", topic="headache", topic_kind="symptom",
    W=True, reason="@sym", evidence=["Get help right away if you experience a sudden, severe headache along with a stiff neck, fever, nausea, or vomiting."], urgency="emergency",
    notes="short feature; one sentence ties named signs to 'get help right away' (place of help not named, counted as in earlier rounds)",
    text="""Health Capsule
What Can You Do About Headache Pain?
Throbbing, aching head? You’re not alone. Nearly everybody has had a headache. It’s one of the major reasons people visit the doctor and miss work or school.
Not all headaches are the same. They can differ in how severe the pain is and how often you get them. Some people may get them only once in a while. Others may get them daily.
What causes headaches varies. Some types of headaches run in families. Others can be triggered by stress, alcohol, certain smells, allergies, or even the weather.
Tracking your headaches can help your health care provider figure out what causes them and choose a treatment for them. Write down the time of day they happen, what you were doing at the time, how long they lasted, any medicines or food you had beforehand, and anything you notice like noises, smells, or other possible triggers.
Your provider can review this information and your medical history to help figure out what type of headaches you’re having. They can also run lab tests for other medical conditions that may be the cause. Different types of headaches are treated differently.
Not all headaches require medical care. But sudden onset headaches can signal a more serious disorder. Get help right away if you experience a sudden, severe headache along with a stiff neck, fever, nausea, or vomiting. Or if you’re getting headaches more often or more severely over time.
Learn more about headaches.
NIH Office of Communications and Public Liaison
Building 31, Room 5B52
Bethesda, MD 20892-2094
nihnewsinhealth@od.nih.gov
Tel: 301-451-8224
Editor: Harrison Wein, Ph.D.
Managing Editor: Tianna Hicklin, Ph.D.
Illustrator: Alan Defibaugh
Attention Editors: Reprint our articles and illustrations in your own publication. Our material is not copyrighted. Please acknowledge NIH News in Health as the source and send us a copy.
For more consumer health news and information, visit health.nih.gov.
For wellness toolkits, visit www.nih.gov/wel""")
add(id="t7-fda-consumer-beware-bug-bites-dokumen", group="urgent", url="https://dokumen.tips/documents/beware-bug-bites-stings.html", source="FDA Consumer Health Information (2008), reposted on dokumen.tips", licence=PDREPOST,
    title="Beware Bug Bites Stings", audience="consumer", genre="patient information", topic="insect bites and stings (prevention and treatment)", topic_kind="condition",
    W=True, reason="consumer page on bites and stings that says severe allergic reactions can be deadly; readers need the signs of anaphylaxis and to call for help", evidence=[], urgency="emergency",
    notes="hard call: the stored excerpt (two-column PDF scrape) covers prevention and repellent use and stops before any treatment or when-to-get-help section; judged as stored",
    text="""Beware Bug Bites Stings

  • Upload
    skydiva

  • View
    225

  • Download
    0

Embed Size (px)

Citation preview

  • 8/9/2019 Beware Bug Bites Stings

    1/2

    www.fda.gov/consumer/updates/bugbites061908.htm

    1 / FDA Consume r Hea l th In fo rma t ion / U .S . Food and D rug Admin i s t r a t ion JUNE 19 , 2008

    Consumer Health Informationwww.fda.gov/consumer 

     Another insect-borne illness, WestNile virus, is t ransmitted by infectedmosquitoes and usually producesmild symptoms in healthy people.But the illness can be serious for olderpeople and those with compromisedimmune systems.

    Most reactions to bees and other

    stinging insects are mild, but severeallergic reactions can be deadly. Anallergic reaction can occur even if aperson has been stung before with nocomplications.

    Here are tips for preventing andtreating bites and stings.

     What can I do to keepinsects away?• Use structural barr iers such as window screens and netting.

    • Avoid wooded, brushy, and grassy

    areas when possible.• Don’t wear heavily scented soaps

    and perfumes.• Use caution eating outside and

    drinking; don’t leave drinks andgarbage cans uncovered.

    • Don’t wear bright colors, whichattract bees.

    • Wear long sleeves and long pants when possible.

    • Tuck pant legs into socks or shoes.

    registered with EPA. An EPA reg-istration number on the productlabel means the product has beenevaluated by EPA to ensure that it will not pose unreasonable harm-ful effects on people and the envi-ronment.

    • Spray insect repellent on clothesor skin, but not on the face.

    • Don’t use insect repellent onbabies. Repellent used on olderchildren should contain no morethan 10 percent DEET. Oil ofeucalyptus products should not beused in children under 3 years.

    • Don’t use insect repellent that’smeant for people on your pets.

    • Use insect repellent according tothe labeled instructi""")
add(id="t7-royalsurrey-burns-scalds-leaflet-studyres", group="urgent", url="https://studyres.com/doc/17266117/pin1053_burns_and_scalds_w---royal-surrey-%E2%80%93-county-hospital?page=8", source="Royal Surrey County Hospital NHS Foundation Trust patient leaflet, reposted on studyres.com", licence=OGL + "; NHS trust leaflet reposted by a third party",
    title="Burns and Scalds Treatment and Management (patient information leaflet)", audience="consumer", genre="patient information", topic="burns and scalds after an A&E visit", topic_kind="condition",
    W=True, reason="@acute", evidence=[], urgency="same-day",
    notes="hard call: A&E leaflet; the stored excerpt gives first aid and burn depths and is cut ('2 W') before any advice on infection signs or when to return; judged as stored",
    text="""Survey
* Your assessment is very important for improving the workof artificial intelligence, which forms the content of this project
* Your assessment is very important for improving the workof artificial intelligence, which forms the content of this project
Patient information leaflet Royal Surrey County Hospital NHS Foundation Trust Burns and Scalds Treatment and Management Accident and Emergency Department A Burn is an injury caused to the skin by thermal (fire/iron), chemical, electrical or radiation (sunburn/radiotherapy) energy. A scald is a burn caused by hot liquid or steam. What first aid should I do? All Burns /Scalds should be cooled with running cold water at 2- 15 ° C for 20 minutes within three hours of injury. Apply cold compresses changed frequently if no running water available. Do not use Ice, Ice packs, iced water. Do not apply creams. Remove jewellery. You can cover the burn with cling film wrapped loosely in layers. Treat the pain with Ibuprofen or Paracetamol over the counter as directed. What types of burns are there? Burns are assessed by how seriously your skin is damaged and which layers of skin are affected. The epidermis is the outer layer of skin. The dermis is the layer of tissue beneath which contains nerve endings, blood capillaries sweat glands and hair follicles. Below this is the subcutaneous fat which is the deeper layer of fat and tissue. Minor ■■ Superficial burn- the epidermis is damaged the skin is red, slightly swollen and painful, but not blistered. ■■ Superficial partial thickness burn- the epidermis and part of the dermis are damaged, the skin is pale pink/red, painful, and blisters may be present. Major ■■ Deep dermal- the epidermis and the dermis are damaged the skin is dark pink/red or white, blotchy, swollen, blistered, very painful or painless ■■ Full thickness- all three layers of skin damaged, the skin is white/ black/ brown or yellow with no blisters, the skin may appear waxy with no sensation. 2 W""")
add(id="t7-medlineplus-magazine-heart-attack-symptoms-women", group="urgent", url="http://www.nlm.nih.gov/medlineplus/magazine/issues/winter14/articles/winter14pg21.html", source="NIH MedlinePlus the Magazine (winter 2014)", licence=PD,
    title="Women's Heart Disease: Heart Attack Symptoms", audience="consumer", genre="patient information", topic="heart attack symptoms in women", topic_kind="condition",
    W=True, reason="@acute", evidence=["If you think you might be having a heart attack (even if you're not sure), call 9–1–1 immediately. Don't wait!"], urgency="emergency",
    notes="symptoms listed next to the call-911 instruction",
    text="""Skip Navigation Bar
NIH MedlinePlus the Magazine, Trusted Health Information from the National Institutes of Health

Feature:
Women's Heart Disease

Heart Attack Symptoms

Woman Walking

A heart attack happens when blood flow to the heart suddenly becomes blocked and the heart can't get oxygen. If not treated quickly, the heart muscle fails to pump and begins to die. The most common heart attack symptom in men and women is chest pain or discomfort.

However, women also are somewhat more likely to have shortness of breath, nausea and vomiting, unusual tiredness (sometimes for days), and pain in the back, shoulders, and jaw.

Many people aren't sure what's wrong when they are having symptoms of a heart attack.

If you think you might be having a heart attack (even if you're not sure), call 9–1–1 immediately. Don't wait!

Some of the most common warning symptoms of a heart attack for men and women are:

  • Chest pain or discomfort. Most heart attacks involve discomfort in the center or left side of the chest. The discomfort usually lasts for more than a few minutes or goes away and comes back. It can feel like pressure, squeezing, fullness, or pain. It also can feel like heartburn or indigestion.
  • Upper body discomfort. You may feel pain or discomfort in one or both arms, the back, shoulders, neck, jaw, or upper part of the stomach (above the belly button).
  • Shortness of breath. This may be your only symptom, or it may occur before or along with chest pain or discomfort. It can occur when you are resting or doing a little bit of physical activity.

Heart attacks don't always cause common symptoms. They can start slowly and cause only mild pain or discomfort. Symptoms can be mild or more intense and sudden. Symptoms also may come and go over several hours. Women who have high blood sugar (diabetes) may have no symptoms or very mild ones.

Any time you think you might be having heart attack symptoms or a heart attack, don't ignore it or feel embarrassed """)
add(id="t7-justforthehealthofit-nih-ticks-teaser", group="urgent", url="https://www.justforthehealthofit.org/news/uptick-ticks-dont-let-ticks-make-you-sick", source="NIH News in Health (June 2023) teaser, reposted by justforthehealthofit.org", licence=PDREPOST,
    title="An Uptick in Ticks: Don't Let Ticks Make You Sick", audience="consumer", genre="patient information", topic="tick bites and tick-borne illness", topic_kind="condition",
    W=True, reason="consumer page on tick bites and tick-borne illness; readers bitten need to know which rash or fever after a bite to get checked", evidence=[], urgency="prompt",
    notes="hard call: a short teaser of a feature (link 'Click here to read more'); it names rashes and long-lasting problems but no action for readers with symptoms",
    text="""An Uptick in Ticks: Don't Let Ticks Make You Sick

Submitted by megoavil on Thu, 07/06/2023 - 1:24 pm
Illustration of person walking on a trail past a tick on a blade of grass

Warm weather might make you want to get outdoors and enjoy walks in the woods, picnics, gardening, and more. But tiny ticks also emerge when temperatures rise. And they can take a big bite out of warm-weather fun.

Bites from infected ticks are responsible for about a half-million new illnesses each year in the U.S. And those numbers are rising. Lyme disease is by far the most common. It accounts for more than 80% of tickborne illnesses nationwide. Other tick-related diseases include babesiosis, tularemia, and anaplasmosis.

Symptoms of these infections can range from mild rashes and discomfort to long-lasting health problems. Some tick bites have been linked to a severe allergy to red meat.

There is good news, though—you can take steps to keep ticks from making you sick. And NIH-supported scientists are looking for better ways to diagnose, treat, and prevent tick-related illnesses.

Click here to read more.

Source: NIH News in Health, June 2023 []""")
