# batch g: food poisoning (NIDDK radio script), headache (NINDS text on a pharmacy site), animal bites (2 GP practices), prescription exemptions (GP practice), NCI cancer centers blog
add(id="t6-niddk-healthy-moments-food-poisoning", group="urgent", url="https://www.niddk.nih.gov/health-information/healthy-moments/episodes/know-signs-food-poisoning", source="NIDDK (NIH), Healthy Moments radio episode transcript", licence=PD,
    title="Can you spot the symptoms of food poisoning?", audience="consumer", genre="patient information", topic="food poisoning symptoms", topic_kind="symptom",
    W=True, reason="@sym", evidence=["See a doctor if symptoms last more than 3 days or you have more severe problems including", "Call your child’s doctor if you suspect food poisoning."], urgency="same-day",
    notes="radio script; the second quote is condition-level advice for children with the symptom list above it",
    text="""Can you spot the symptoms of food poisoning?

Hi, I’m Dr. Griffin Rodgers, director of the National Institute of Diabetes and Digestive and Kidney Diseases at NIH.

Food poisoning affects millions each year. Older adults and those who are pregnant or have weakened immune systems are at higher risk for more severe cases of food poisoning.

Common symptoms of food poisoning are

diarrhea or bloody diarrhea

vomiting

pain in your abdomen

fever

and headache

See a doctor if symptoms last more than 3 days or you have more severe problems including

irritability, confusion or high fever

severe pain in the abdomen or rectum

stools that are black, bloody, or have pus

or signs of dehydration like extreme thirst and dark urine

Kids may have different symptoms. Call your child’s doctor if you suspect food poisoning.

""")
add(id="t6-goodvaluerx-ninds-headache-when-to-see-doctor", group="urgent", url="https://www.goodvaluerx.com/uncategorized/1573/", source="goodvaluerx.com (pharmacy site) reposting NINDS text", licence=PDREPOST,
    title="Headaches: when to see a doctor (NINDS)", audience="consumer", genre="patient information", topic="headache warning signs", topic_kind="symptom",
    W=True, reason="@sym", evidence=["Immediately call or see a doctor if you or someone you’re with experiences any of these symptoms:"], urgency="emergency",
    notes="hard call on urgency wording: thunderclap and stroke-like headaches are tied to 'call or see a doctor' rather than 911; counted as present",
    text="""Not all headaches require a physician’s attention. But headaches can signal a more serious disorder that requires prompt medical care. Immediately call or see a doctor if you or someone you’re with experiences any of these symptoms:

Sudden, severe headache that may be accompanied by a stiff neck.

Severe headache accompanied by fever, nausea or vomiting that is not related to another illness.

First” or “worst” headache, often accompanied by confusion, weakness, double vision or loss of consciousness.

Headache that worsens over days or weeks or has changed in pattern or behavior.

Recurring headache in children.

Headache following a head injury.

Headache and a loss of sensation or weakness in any part of the body, which could be a sign of a stroke.

Headache associated with convulsions.

Headache associated with shortness of breath.

Two or more headaches per week.

Persistent headache in someone who has been previously headache-free, particularly in someone over age 50.

New headaches in someone with a history of cancer or HIV/AIDS.

Source: National Institute of Neurological Disorders and Stroke

""")
add(id="t6-theneaman-animal-and-human-bites", group="urgent", url="https://theneamanpractice.nhs.uk/bites-and-stings/conditions/animal-and-human-bites/", source="The Neaman Practice (NHS GP practice), conditions (NHS website content)", licence=OGLNHS,
    title="Animal and human bites", audience="consumer", genre="patient information", topic="animal and human bites", topic_kind="condition",
    W=True, reason="@acute", evidence=["Always seek medical advice if you have been bitten by an animal or person and the bite has broken the skin.", "If the bite has broken the skin, you should seek immediate medical attention after cleaning the wound.", "For particularly severe bites, visit your local A&E department.", "Get medical help as soon as possible if you think your wound is infected."], urgency="same-day",
    notes="the first-aid list and the infection sign list were lost in extraction; the exposure event (bite breaking the skin) is tied to care",
    text="""Animal and human bites

Serious animal and human bites can get infected if they're not checked and treated quickly.

Always seek medical advice if you have been bitten by an animal or person and the bite has broken the skin.

People and animals have a lot of bacteria in their mouths, which can cause an infection if a bite breaks the skin.

These infections are rarely serious if treated quickly, but occasionally they can spread to the blood or other parts of the body.

Serious infections such as tetanus and rabies are extremely rare in the UK, but it's important to get serious bites looked at as treatment to prevent these infections may be recommended.

The following information is about bites by people and animals such as dogs and cats.

There are separate pages on insect bites and snake bites.

If you have been bitten by an animal or another person:

If the bite has severed a body part like a finger or ear, wash it with tap water, wrap it in clean tissue, and store it in a plastic bag surrounded by ice so it can be transported to hospital.

It may be possible to surgically reattach the body part later on.

If the bite has broken the skin, you should seek immediate medical attention after cleaning the wound.

Do not delay seeking help until symptoms of infection appear.

Minor bites can be treated at your GP surgery, or by staff at your local walk-in centre or minor injuries unit.

For particularly severe bites, visit your local A&E department.

The healthcare professional treating you may:

When you return home, watch out for signs of a possible infection.

Symptoms that suggest a wound has become infected include:

Get medical help as soon as possible if you think your wound is infected.

Although you may be more worried about bites from wild and stray animals, any animal has the potential to bite.

Many bites are actually caused by a person's own pet or an animal belonging to a friend or neighbour.

Animals can act unpredictably and bites are not alway""")
add(id="t6-buckfastleigh-self-help-animal-bites", group="urgent", url="http://buckfastleigh-medical.co.uk/self_animalbites.php", source="Buckfastleigh Medical Centre (NHS GP practice), self help", licence=OGL,
    title="Animal Bites", audience="consumer", genre="patient information", topic="dog and cat bites", topic_kind="condition",
    W=True, reason="@acute", evidence=["Treat them as you would a cut or graze and contact your doctor or casualty department in case you need antibiotics or a tetanus booster."], urgency="same-day",
    notes="hard call: two sentences; the trigger is 'deep dog and cat bites' (an exposure event) tied to doctor or casualty",
    text="""Animal Bites

Deep dog and cat bites can become infected. Treat them as you would a cut or graze and contact your doctor or casualty department in case you need antibiotics or a tetanus booster.""")
add(id="t6-jubileemg-prescription-exemption-certificates", group="no-red-flag", url="https://www.jubileemg.nhs.uk/excemption-certificates", source="Jubilee Medical Group (NHS GP practice)", licence=OGL,
    title="Exemption certificates and resources for free NHS prescriptions", audience="consumer", genre="other", topic="free NHS prescriptions and exemption certificates (charges policy)", topic_kind="other",
    W=False, reason="@policy", evidence=[], urgency="none", notes="pregnancy named as an exemption category only",
    text="""Exemption certificates and resources for free NHS prescriptions

Some patients are automatically entitled to free NHS prescriptions whilst others require an exemption certificate, such as patients with certain medical conditions and patients who are pregnant or have had a baby in the last 12 months. Resources and guidance explaining who may be entitled to free NHS prescriptions are available to download and display in practices.

If a patient claims free NHS prescriptions that they're not entitled to, or that they don’t hold an exemption certificate for, they may have to pay a penalty charge of up to £100. Healthcare professionals can support patients to apply.""")
add(id="t6-nci-cancer-currents-2015-new-cancer-centers", group="no-red-flag", url="https://www.cancer.gov/news-events/cancer-currents-blog/2015/new-cancer-centers", source="National Cancer Institute, Cancer Currents blog", licence=PD,
    title="NCI-Designated Cancer Centers Expand, Four Awarded Comprehensive Designation", audience="consumer", genre="news or research report", topic="NCI cancer centers program designations (institutional news)", topic_kind="other",
    W=False, reason="@policy", evidence=[], urgency="none", notes="",
    text="""Skip to main content
An official website of the United States government

NCI-Designated Cancer Centers Expand, Four Awarded Comprehensive Designation

, by NCI Staff

Comprehensive cancer centers meet rigorous criteria for laboratory, clinical, and population-based research.

Credit: National Cancer Institute

It’s been a busy summer for NCI’s cancer centers program, which added a new institution and awarded the comprehensive designation to four existing NCI-designated centers.

With the addition of the Tisch Cancer Institute at the Icahn School of Medicine at Mount Sinai in New York City, NCI’s cancer centers program now has 69 cancer centers in 35 states. The upgraded designations for the four centers that were already part of the NCI program—from standard cancer centers to comprehensive cancer centers—brings the total number of comprehensive cancer centers to 45.

Tisch Cancer Institute is the first new center added to the NCI cancer centers program in 2 years.

The four cancer centers that earned comprehensive status are:

To receive the comprehensive designation, a center must meet NCI’s rigorous criteria for laboratory research, clinical research, and population-based research. The centers must also demonstrate the ability to conduct transdisciplinary research that bridges these scientific areas, explained Henry Ciolino, Ph.D., acting director of NCI’s Office of Cancer Centers.

Having four centers earn comprehensive status in one year is a rare event, he said.

“It’s important to see the program continuing to grow, and it’s exciting to see that our existing designated cancer centers are pushing themselves to achieve even greater levels of scientific leadership and clinical research excellence,” he said.

NCI’s cancer centers program dates back to 1960, when the first cancer centers received funding from NCI to expand multidisciplinary cancer research at their institutions. The program was officially established in 1971 as part of the """)
