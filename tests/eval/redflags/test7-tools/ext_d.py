# batch d: ankle sprain leaflets (NHS trusts, HSC NI), FDA summer/sunburn features
add(id="t7-southtees-ankle-sprain", group="urgent", url="https://www.southtees.nhs.uk/resources/ankle-sprain-injury/", source="South Tees Hospitals NHS Foundation Trust, Emergency Department and Minor Injury Unit leaflet", licence=OGL,
    title="Ankle sprain injury", audience="consumer", genre="patient information", topic="ankle sprain after an emergency department visit", topic_kind="condition",
    W=True, reason="injury leaflet; readers need to know which signs (not improving, cannot weight-bear, numbness) mean coming back", evidence=[], urgency="same-day",
    notes="hard call: sprain is minor, but discharge leaflets normally say when to return; the stored excerpt gives symptoms, PRICE, recovery time and painkillers, no return advice (excerpt cut)",
    text="""Emergency Department and Minor Injury Unit
You have been given this information because you have been diagnosed with an ankle sprain. A sprain is an injury to a ligament. Ligaments are strong band-like structures around joints which attach bones together and give support to joints.
A ligament can be injured, usually by being over-stretched during a sudden pull. The ligaments at the side of the ankle are the ones most commonly sprained.
Usually if there is a fracture present then this (or some evidence of a healing fracture) will be visible on that repeat x-ray. However, if the x-ray is normal the doctor who sees you will discuss the possible diagnoses and the management options available.
Symptoms of a sprain can include:
- Pain around the affected joint
- Being unable to use the joint normally or being unable to put weight on it
- Swelling
- Bruising
- Tenderness
Treating an ankle sprain
Minor sprains and strains can usually be treated with self-care techniques, such as PRICE therapy (protection, rest, ice, compression and elevation). Generally, you should try to start moving a sprained joint as soon as it is not too painful to do so.
For the first 48-72 hours think of:
PRICE – Protect, Rest, Ice, Compression, Elevation
Do no HARM – no Heat, Alcohol, Running or Massage
Recovering from an ankle sprain
The length of time it takes to recover from a sprain depends on how severe it is. After an ankle sprain you will probably be able to walk a week or two after the injury.
You may be able to use your ankle fully after six to eight weeks, and you will probably be able to return to sporting activities after eight to 12 weeks
Treating pain
If needed, painkiller options include the following:
Paracetamol is usually recommended for painful sprains or strains.
Non-steroidal anti-inflammatory drugs (NSAIDs) relieve pain and may also limit inflammation and swelling. You can buy some types (for example, ibuprofen) at pharmacies, without a prescription either topically as a cr""")
add(id="t7-altnagelvin-ankle-sprain-docslib", group="urgent", url="https://docslib.org/doc/5701296/ankle-sprain-an-information-guide-for-patients-described-p-o-l-i-c-e", source="Altnagelvin Hospital Emergency Department (Western Health and Social Care Trust, Northern Ireland) leaflet, reposted on docslib.org", licence=OGL + "; HSC trust leaflet reposted by a third party",
    title="Ankle sprain: an information guide for patients", audience="consumer", genre="patient information", topic="ankle sprain after an emergency department visit", topic_kind="condition",
    W=True, reason="injury leaflet; readers need to know which signs mean coming back", evidence=["Return to the Emergency Department if you notice ANY of the following"], urgency="same-day",
    notes="PDF scrape with lost words; the return list (not progressing by 10 days, unable to weight-bear, instability) follows the heading",
    text="""Key points to remember

 In the first few days after injury avoid H.A.R.M (Heat, Alcohol, Running or any other exercise and Massage).  Use Protection, Optimal Loading, Ice, Compression and Elevation as : An Information Guide For Patients described (P.O.L.I.C.E).

 Start to put weight on ankle and try to walk with a normal walking pattern as soon as possible.

 Start the exercises listed as soon as possible.

Do not suddenly return to sport, instead gradually building up your activities before return to training. You must be comfortable walking/brisk walking before you attempt to progress. Before returning to training you should also be confident trying “walk-jogs” before progressing to jogging, running backwards, sideways, running with gentle/sharp twists and turns, running at pace, jumping, landing and hopping.

Return to the Emergency Department if you notice ANY of the following

not progressing/worsening by 10 days post injury.

 Unable to weight-bear

 Persistent/worsening ankle instability.

Further on-line information which may be useful:

 NICE - guidelines on and strains

 NHS - Sprains and strains

 Sprained Ankle - Health Information - BUPA

 Arthritis Research UK - Ankle Sprain Information and Exercise Sheet. Altnagelvin Emergency Department January 2019 7

What is an ankle sprain? Exercises Continued

Ankle sprains are one of the most commonly seen injuries in an Emergency (4) In lying with straight, wrap a towel or dressing Department. They occur when the is taken into a position which is gown cord around foot and gently draw foot towards you— beyond its normal limits. When this occurs it is often the around hold x 20 seconds and repeat x 3. the ankle, which are designed to hold the bones together, that are stretched and damaged. (exercises 5-7 should only be commenced as your ankle progresses)

Ankle sprain usually occurs when the foot rolls onto its outer border. This is (5) Hold onto wall and move onto toes and he""")
add(id="t7-newcastle-hospitals-sprained-ankle-staff-readkong", group="urgent", url="https://readkong.com/page/sprained-ankle-1603840", source="Newcastle upon Tyne Hospitals NHS Foundation Trust staff information leaflet, reposted on readkong.com", licence=OGL + "; NHS trust leaflet reposted by a third party",
    title="Sprained Ankle: Staff Information Leaflet", audience="consumer", genre="patient information", topic="sprained ankle", topic_kind="condition",
    W=True, reason="injury self-care leaflet; readers need the signs of a fracture or nerve damage that need prompt assessment", evidence=["NB - You should visit your GP or healthcare professional immediately if you have\nany of the following symptoms following an injury to your ankle:"], urgency="same-day",
    notes="leaflet for hospital staff as patients (occupational health); evidence spans a line break",
    text="""Sprained Ankle Staff Information Leaflet - Newcastle Hospitals

Page created by Gordon Harmon
 
CONTINUE READING
Sprained Ankle

 Staff Information Leaflet
This leaflet is designed to give you an understanding of what to do if you
 sprain your ankle, the treatment that may be beneficial and some advice on
 what you can do to help yourself. If your symptoms persist you should seek
             advice from your GP or Occupational health service.

Introduction

Ankle injuries are very common and usually caused by an injury such as a trip or a
slip. Ankle sprains usually occur when the foot is turned inward. This causes
damage to the ankle ligaments and can lead to swelling and bruising in the ankle
region.

Symptoms

The symptoms following an ankle sprain will depend upon the severity of the injury.
Most often symptoms will include:

      Pain around the joint and the ligaments
      Swelling
      Bruising
      Tenderness

Swelling can occur quite quickly following the injury and bruising can develop over
time. You may find it difficult put weight through your leg and walking can be difficult.

Occasionally ankle injuries can cause pain in other areas of the leg, particularly the
muscles around your calf, shin and foot. This improves as your ankle heals and your
walking normalises.
NB - You should visit your GP or healthcare professional immediately if you have
any of the following symptoms following an injury to your ankle:

      Your ankle is misshapen
      You cannot move the injured ankle
      Your ankle gives way when you try to use it
      You have severe pain and cannot put weight through the injured ankle
      You have pins and needles or numbness in the injured ankle or foot

Most people will not need to have an X-Ray following an ankle injury. However, your
GP or other healthcare professional may recommend an X-Ray if you are unable to
weight bear or have specific bony tenderness in your ankle, foot or leg.

What can I do t""")
add(id="t7-northerncarealliance-ankle-injury-advice", group="urgent", url="https://northerncarealliance.nhs.uk/patient-information/patient-leaflets/emergency-and-urgent-care-ankle-injury-advice?q=%2Fpatient-information%2Fpatient-leaflets%2Femergency-and-urgent-care-ankle-injury-advice", source="Northern Care Alliance NHS Foundation Trust, patient leaflet", licence=OGL,
    title="Emergency and Urgent Care - Ankle Injury Advice", audience="consumer", genre="patient information", topic="ankle sprain after an emergency/urgent care visit", topic_kind="condition",
    W=True, reason="injury discharge leaflet; readers need to know which signs mean coming back", evidence=[], urgency="same-day",
    notes="hard call: stored excerpt (symptoms, painkillers, rest, ice, mobilisation) is cut before any return advice",
    text="""Emergency and Urgent Care - Ankle Injury Advice

What is an ankle sprain?

An ankle sprain is a common injury, often caused when the ankle is forced to bend more than normal. This stretches the ligaments and soft tissues that hold the ankle and foot bones in place.

What are the symptoms?

  • Mild ache to sudden pain
  • Swelling
  • Bruising
  • Inability to move the ankle normally

How is it treated?

P - Painkillers: it is important that you take regular painkillers to reduce the pain and help you keep moving around. Paracetamol and ibuprofen are effective painkillers if they are taken regularly and can be taken at the same time. These medications can be easily purchased over the counter at supermarkets and pharmacies. Please carefully read the instruction leaflet with the medication and only take the recommended dose; there may be reasons why you cannot take these medications, a pharmacist will be able to help you with this.

R - Rest: will help prevent further injury and allow the healing process to begin. For the first 2 days reduce the amount of walking you do and gently exercise your ankle to prevent stiffness. Avoid forceful and strenuous activity, such as running, until you can walk without it causing pain.

I - Ice: can help reduce swelling and reduce pain. Make an ice pack by wrapping a small bag of frozen peas or some crushed ice cubes in a damp towel – DO NOT put ice pack directly onto skin. Put the ice pack on the ankle for up to 20 minutes every 2 hours for the first 3 days after the injury. Then use the ice pack 3 times a day until the swelling has gone down. DO NOT eat food that has been thawed and refrozen.

M - Mobilisation: early weight bearing (putting weight on your injured leg) has been shown to help sprained ankles to heal more quickly. This is why most people with an ankle sprain will not be given crutches. Always try to walk normally, with your heel striking the floor first, then rocking forward onto your foot and pushing off wi""")
add(id="t7-fda-consumer-1992-cool-tips-hot-season", group="no-red-flag", url="https://corpora.tika.apache.org/base/docs/govdocs1/158/158269.html", source="FDA Consumer (June 1992), in the Apache Tika govdocs1 test corpus", licence=PDREPOST,
    title="Cool Tips for a Hot Season", audience="consumer", genre="screening-prevention", topic="summer hazards: sun protection and sunscreens", topic_kind="prevention",
    W=False, reason="prevention feature; the stored part is about sunscreens and sun damage, with no acute symptom in scope", evidence=[], urgency="none",
    notes="hard call: the intro promises jellyfish stings and food poisoning, which would need when-to-get-help advice, but the stored excerpt stops inside the sunscreen section; judged as stored",
    text="""U. S. Food and Drug Administration
FDA Consumer
June 1992


Cool Tips for a Hot Season

(See updated information on Suntan Products, Sunscreens, and Tanning)

by Devera Pina

In the heat of the summer, nothing beats a day at the beach or the lake: The breeze is cooling, the sun feels soothing and the water refreshing. But, as pleasant as the waterfront can be, it's not without problems--from sunburn to jellyfish stings to food poisoning.

Screening the Sun

The warmth of the sun may feel good, but basking in the rays is not healthy: Sunbathing not only ages your skin, giving it wrinkles and a leathery texture, it also increases your risk of skin cancer. The types of sunlight mainly responsible for sun damage are known as ultraviolet A (or UVA) and ultraviolet B (UVB).

UVB light turns skin red fairly quickly, causing a sunburn, says Sheryl Clark, M.D., assistant professor of medicine at the Cornell Medical Center. UVB light also causes changes in skin cells that can lead to skin cancer.

UVA light, long thought to be harmless "tanning rays," also contributes to the development of skin cancer. With enough exposure, UVA rays cause sunburn. In addition, since UVA light penetrates to the dermis, or second layer of skin, it is mainly responsible for the aging effects of sunbathing.

Your first line of defense against the sun should be a sunscreen. FDA regulates sunscreens as over-the-counter drugs. Most experts recommend using a sunscreen with an SPF (sun protection factor) of 15 or more. The sun protection factor tells how much longer you can stay in the sun before burning than when you're not using a sunscreen. For example, "SPF 15" means that you can stay in the sun 15 times longer than without protection before burning.

An SPF 15 sunscreen will filter out UVB light and at least some UVA light, according to Vincent DeLeo, M.D., assistant professor and director of environmental dermatology at Columbia Presbyterian Medical Center in New York City.

FDA has approved a f""")
add(id="t7-mcpn-portal-fda-sunburn-season", group="no-red-flag", url="https://portal.mcpn.org/portal/news-and-resources/default.aspx", source="FDA Consumer Update text reposted on a US health centre portal (mcpn.org)", licence=PDREPOST,
    title="It's Sunburn Season", audience="consumer", genre="screening-prevention", topic="sun safety and sunburn prevention", topic_kind="prevention",
    W=False, reason="sun-protection prevention page; no acute symptom in scope", evidence=[], urgency="none",
    notes="trap: skin cancer and melanoma figures; prevention only",
    text="""*Required fields are marked with an asterisk.



It’s Sunburn Season

Sun safety is always in season, and it’s important to protect your skin from sun damage throughout the year, no matter what the weather.

Why? Exposure to the sun can cause skin cancer, the most common of all cancers. And skin cancer is on the rise in the United States. The Centers for Disease Control and Prevention estimates there were more than 71,943 people diagnosed with melanoma of the skin, the most serious form of skin cancer, in 2013 alone. About 4.3 million people are treated for basal cell cancer and squamous cell skin cancer in the United States every year, according to a 2014 report from the Office of the Surgeon General.

And harmful rays from the sun—and UV radiation from sunlamp products (including tanning beds)—may cause eye damage and signs of skin aging, such as skin spots, wrinkles, or “leathery” skin. The U.S. Food and Drug Administration (FDA) is continuing to evaluate sunscreen products to ensure available sunscreens help protect consumers from sunburn. If products claim to help protect from skin cancer and early skin aging caused by the sun, the FDA also evaluates these products to ensure they help protect consumers from these diseases when used as directed with other sun protection measures.

How to Reduce Your Risk for Sunburn, Skin Cancer, and Early Skin Aging Caused by the Sun

Sun damage to the body is caused by invisible ultraviolet (UV) radiation. Sunburn is a type of skin damage caused by the sun. Tanning is also a sign of the skin reacting to potentially damaging UV radiation by producing additional pigmentation that provides it with some—but often not enough—protection against sunburn.

Spending time in the sun increases your risk of skin cancer and early skin aging. People of all skin colors are at risk for this damage. You can reduce your risk by:

  • Limiting your time in the sun, especially between 10 a.m. and 2 p.m., when the sun’s rays ar""")
