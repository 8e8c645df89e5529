# batch i: NINDS stroke campaign release (NIH), lambing advice to pregnant women (GOV.UK, Scottish Government via wired-gov, NHS Health Scotland), trial listing, MedlinePlus Genetics about page
add(id="t7-nih-ninds-2001-know-stroke-campaign-release", group="urgent", url="http://www.nih.gov/news/pr/may2001/ninds-08.htm", source="NIH News Release, National Institute of Neurological Disorders and Stroke (May 2001)", licence=PD,
    title="Increased Awareness of Stroke Symptoms Could Dramatically Reduce Stroke Disability", audience="consumer", genre="news or research report", topic="stroke awareness campaign (know the signs, act in time)", topic_kind="condition",
    W=True, reason="news release launching a public campaign whose message is to recognise stroke signs and call for help; by its own purpose it should give the signs and the action", evidence=[], urgency="emergency",
    notes="hard call: news genre, but a public-education release; the stored excerpt says bystanders should recognise symptoms and get help in time, without listing any sign, and is cut mid-sentence ('the effort it takes to call ')",
    text="""NIH News Release
National Institute of
Neurological Disorders and Stroke

Tuesday, May 8, 2001

Margo Warren, 301-496-5751

Increased Awareness of Stroke Symptoms Could Dramatically Reduce Stroke Disability
New NIH Public Education Campaign Says Bystanders Can Play Key Role

Only a fraction of stroke patients each year are getting to the hospital in time to receive a treatment that makes the difference between disability and full recovery. Thousands more people could benefit from the treatment — a drug called tissue plasminogen activator (t-PA) — but do not, often because they do not know the symptoms of stroke or do not get to the hospital within the drug's 3-hour window of effectiveness. The National Institute of Neurological Disorders and Stroke (NINDS) is launching a national public education campaign, Know Stroke: Know the Signs. Act in Time, to help people overcome these barriers and to get medical help in time.

A key component of the campaign is educating bystanders — family members, co — workers, friends-who may be the first to recognize a stroke in progress.

"Stroke is an unmistakable event," said John R. Marler, M.D., associate director for clinical trials at NINDS. "Few other medical conditions come on so suddenly or are so noticeable to a bystander. The sooner the stroke is recognized and the patient begins receiving treatment, the better are the chances for a complete recovery."

Because stroke injures the brain, the person having the stroke may not be able to recognize the symptoms and take action. An alert bystander can help a stroke patient get to the hospital quickly enough to receive treatments that can drastically reduce disability caused by stroke. A breakthrough study by NINDS found that stroke patients who received t-PA within 3 hours of their initial symptoms were at least 30 percent more likely to recover with little or no disability. t-PA dissolves the clots that cause most strokes.

"It is really worth the effort it takes to call """)
add(id="t7-govuk-lambing-advice-pregnant-women", group="urgent", url="https://www.gov.uk/government/news/advice-to-pregnant-women-during-lambing-season", source="GOV.UK news story (Defra, Department of Health, HSE), withdrawn", licence=OGL,
    title="Advice to pregnant women during lambing season", audience="consumer", genre="screening-prevention", topic="infection risk to pregnant women from animals giving birth", topic_kind="prevention",
    W=True, reason="advice to pregnant women about infections from lambing; readers need to know to seek medical advice if fever or flu-like symptoms follow contact", evidence=[], urgency="prompt",
    notes="hard call: mainly prevention advice; other versions of this annual advice end with 'seek medical advice if they experience fever or influenza-like symptoms', but the stored excerpt is cut inside the precautions list before it",
    text="""News story

Advice to pregnant women during lambing season

Pregnant women should be careful to avoid close contact with animals giving birth, the Government advised today. The Department for Environment…

This was published under the 2010 to 2015 Conservative and Liberal Democrat coalition government

This news article was withdrawn on

Updated guidance was published in January 2014.


Pregnant women should be careful to avoid close contact with animals giving birth, the Government advised today.

The Department for Environment, Food and Rural Affairs, Department of Health and the Health and Safety Executive have issued annual advice for a number of years that pregnant women who come into close contact with sheep during lambing may risk their own health, and that of their unborn child, from infections that can occur in some ewes.

Although the number of human pregnancies affected by contact with an infected animal is very low, it is important that pregnant women are aware of the potential risks so they can take appropriate precautions.

Pregnant women should also be aware that the risks are not only confined to the spring (when the majority of lambs are born) but at any point that lambs are giving birth. The risks are also not only associated with sheep - cows and goats that have recently given birth can also carry similar infections.

To avoid the possible risk of infection, pregnant women are advised that they should:

  • not help to lamb ewes, or to provide assistance with a cow that is calving or a nanny goat that is kidding;
  • avoid contact with aborted or new-born lambs, calves or kids or with the afterbirth, birthing fluids or materials (e.g. bedding) contaminated by such birth products;
  • avoid handling (including washing) clothing, boots or any materials that may have come into contact with animals that have recently given birth, their young or afterbirths;
  • ensure partners attending lambing ewes or other animals giving birth take approp""")
add(id="t7-wiredgov-scotgov-lambing-advice", group="urgent", url="https://www.wired-gov.net/wg/wg-news-1.nsf/0/DECDD41E526A002F80257C590038BCFE?OpenDocument", source="Scottish Government news release, reposted by Wired-Gov", licence=OGL + " (Scottish Government news release reposted by a third party)",
    title="Lambing advice to pregnant women", audience="consumer", genre="screening-prevention", topic="infection risk to pregnant women from animals giving birth", topic_kind="prevention",
    W=True, reason="advice to pregnant women about infections from lambing; readers need to know to seek medical advice if fever or flu-like symptoms follow contact", evidence=["Pregnant women should seek immediate medical advice if they experience fever or influenza-like symptoms, or if they are concerned that they could have acquired infection from a farm environment."], urgency="prompt",
    notes="the action and its signs sit in a quote from the Chief Medical Officer",
    text="""Scottish Government
Printable version E-mail this to a friend

Lambing advice to pregnant women

Advice to avoid close contact with animals giving birth

Pregnant women should avoid close contact with animals that are giving birth according to Chief Medical Officer Sir Harry Burns.

The Scottish Government has issued annual advice for a number of years that pregnant women who come into close contact with sheep during lambing may risk their own health, and that of their unborn child, from infections that such animals can carry.

Dr Burns said: “Although the number of human pregnancies affected by contact with an infected animal is extremely small, it is important that pregnant women are aware of the potential risks and take appropriate precautions.

“These risks are not only associated with sheep, nor confined only to the spring (when the majority of lambs are born). Cattle and goats that have recently given birth can also carry similar infections.”

“Pregnant women should seek immediate medical advice if they experience fever or influenza-like symptoms, or if they are concerned that they could have acquired infection from a farm environment.”

To avoid the possible risk of infection, pregnant women should:

  • not help to lamb or milk ewes, or to provide assistance with a cow that is calving or a nanny goat that is kidding;
  • avoid contact with aborted or new-born lambs, calves or kids or with the afterbirth, birthing fluids or materials (e.g. bedding) contaminated by such birth products;
  • avoid handling (including washing) clothing, boots or any materials that may have come into contact with animals that have recently given birth, their young or afterbirths. Potentially contaminated clothing will be safe to handle after being washed on a hot cycle; and
  • ensure contacts or partners who have attended lambing ewes or other animals giving birth take appropriate health and hygiene precautions, including the wearing of personal protective equip""")
add(id="t7-readysteadybaby-contact-with-animals", group="urgent", url="http://www.readysteadybaby.org.uk/you-and-your-pregnancy/looking-after-yourself-during-pregnancy/contactanimals.aspx", source="Ready Steady Baby! (NHS Health Scotland)", licence=OGL + " (NHS Scotland)",
    title="Contact with animals (pregnancy)", audience="consumer", genre="screening-prevention", topic="infection risk to pregnant women from animals giving birth", topic_kind="prevention",
    W=True, reason="pregnancy advice about infections from farm animals; readers need to know to seek medical advice if fever or flu-like symptoms follow contact", evidence=[], urgency="prompt",
    notes="hard call: the stored excerpt names the signs (fever or flu-like symptoms) in its last sentence but is cut mid-sentence before the action ('you should'); judged as stored, so missing",
    text="""Contact with animals

Pregnant women should avoid close contact with animals that are giving birth, or have recently given birth. You may risk your own health and that of your unborn child by coming into close contact with sheep during lambing, or other farm animals that are giving birth as these animals can carry infections such as chlamydia, toxoplasma, listeria and Q fever.

Although the number of pregnancies affected by contact with infected animals is extremely small, it is very important that pregnant women understand the risks and take appropriate precautions. It should be noted these risks are not confined to the spring, and do not only apply to sheep, but also to cattle and goats that have recently given birth. All can carry similar infections.

To avoid the possible risk of infection, pregnant women should

  • not help to lamb or milk ewes, or to provide assistance with a cow that is calving or a nanny goat that is kidding
  • avoid contact with aborted or new-born lambs, calves or kids or with the afterbirth, birthing fluids or materials (e.g. bedding) contaminated by such birth products
  • avoid handling (including washing) clothing, boots or any materials that may have come into contact with animals that have recently given birth, their young or afterbirths. Potentially contaminated clothing will be safe to handle after being washed on a hot cycle
  • ensure contacts or partners who have attended lambing ewes or other animals giving birth take appropriate health and hygiene precautions, including the wearing of personal protective equipment and clothing, and adequate washing to remove any potential contamination.

Farmers and livestock keepers have a responsibility to minimise the risks to pregnant women, including members of their family, the public and professional staff visiting farms.

If you do become ill (experience fever or flu like symptoms) and are concerned that you could have acquired an infection from a farm environment, you should""")
add(id="t7-clinicaltrials-gov-nct03304665-healthy-volunteers", group="no-red-flag", url="https://www.clinicaltrials.gov/ct2/show/NCT03304665", source="ClinicalTrials.gov (National Library of Medicine)", licence=PD,
    title="Recruitment and Characterization of Healthy Research Volunteers for NIMH Intramural Studies", audience="consumer", genre="clinical-trial or research listing", topic="healthy-volunteer screening protocol", topic_kind="other",
    W=False, reason="@trial", evidence=[], urgency="none", notes="trap: mental health symptoms and 'clinically significant or unstable' conditions named as screening items",
    text="""We're building a better ClinicalTrials.gov. Check it out and tell us what you think!
Try the New Site
We're building a modernized ClinicalTrials.gov! Visit Beta.ClinicalTrials.gov to try the new functionality.
Working…
ClinicalTrials.gov
ClinicalTrials.gov Menu

Recruitment and Characterization of Healthy Research Volunteers for NIMH Intramural Studies

The safety and scientific validity of this study is the responsibility of the study sponsor and investigators. Listing a study does not mean it has been evaluated by the U.S. Federal Government. Read our disclaimer for details.
 
ClinicalTrials.gov Identifier: NCT03304665
Recruitment Status : Active, not recruiting
First Posted : October 9, 2017
Last Update Posted : May 12, 2023
Sponsor:
Information provided by (Responsible Party):
National Institutes of Health Clinical Center (CC) ( National Institute of Mental Health (NIMH) )

Brief Summary:

Objective: To screen and create a list of adult volunteers in good health for participation in research studies conducted at the National Institutes of Health (NIH) in Bethesda, Maryland. Develop a normative set of structural and functional brain MRI scans that are linked to healthy research volunteer characteristics. Maximize scientific impact of data from volunteers by broadly sharing with other researchers.

Study Population: Adult males and females in general good health who are 18 years of age and older.

Design: Adult individuals who are interested in participating in NIMH IRP clinical studies as a healthy research volunteer can directly visit or be directed to visit the study website where they will first consent electronically and then complete a set of online self-report measures. Items may include: demographic information, mental health symptoms, disability status, substance use patterns, handedness and clinical/family history. Individuals who are flagged based on predetermined responses to survey items will be further screened by a member of the study clinical te""")
add(id="t7-medlineplus-about-medlineplus-genetics", group="no-red-flag", url="https://medlineplus.gov/about/general/genetics/aboutmedlineplusgenetics/", source="MedlinePlus (National Library of Medicine), About page", licence=PD,
    title="About MedlinePlus Genetics", audience="consumer", genre="genetics or rare-disease explainer", topic="about the MedlinePlus Genetics resource", topic_kind="other",
    W=False, reason="@gen", evidence=[], urgency="none", notes="site 'about' page; no health advice",
    text="""About MedlinePlus Genetics

What is MedlinePlus Genetics?

MedlinePlus Genetics is part of MedlinePlus, a resource for consumer health information from the National Library of Medicine (NLM). MedlinePlus Genetics provides information for the general public about the main features and inheritance of genetic conditions as well as the normal function of related genes and chromosomes and how genetic variations contribute to conditions. MedlinePlus Genetics also includes an educational handbook called Help Me Understand Genetics that explores topics in genetics ranging from the basics of DNA to precision medicine.

MedlinePlus Genetics contains information originally created for Genetics Home Reference. In October 2020, content from Genetics Home Reference was integrated into MedlinePlus.

How is content chosen for MedlinePlus Genetics?

For a specific condition to be included in MedlinePlus Genetics, it must have a known or suspected genetic component, meaning that gene variants cause the condition or increase the risk of development of the condition.

For a particular gene to be associated with a condition in MedlinePlus Genetics, genetic variations must have been identified in two or more affected, unrelated individuals or families or have a significant influence on the risk of the development of the condition.

In most cases, data must be available from human studies whose results have been confirmed by other research (replicated). Research findings are usually excluded if they come from studies done only with animals or with populations of human cells that have been maintained artificially for long periods of time (cell lines).

MedlinePlus Genetics is designed to help users find appropriate, authoritative information about human genetics. As part of this mission, we provide links to information from the National Library of Medicine and the National Institutes of Health. To complement these resources, MedlinePlus Genetics links to a few other pre-selected websites i""")
