# batch f: Wikipedia copies (testicular torsion, anaphylaxis), water safety notice, NICHD UTI page, trial eligibility record
add(id="t9-wikipedia-testicular-torsion-wikimili", group="no-red-flag", url="https://wikimili.com/en/Testicular_torsion", source="Wikipedia article 'Testicular torsion', mirror on WikiMili", licence=CCBYSA + "; reproduced by a mirror",
    title="Testicular torsion", audience="consumer", genre="other", topic="testicular torsion (encyclopedia article)", topic_kind="condition",
    W=False, reason="encyclopedia article on an acute condition: reference, not guidance to readers (TEST7/TEST8 convention for Wikipedia)", urgency="emergency",
    retrieved="search tool excerpt (pages corpus) stored verbatim; infobox and lead, cut in the treatment paragraph ('Pain can be trea')",
    evidence=[],
    notes="hard call: names sudden severe testicular pain and says timely diagnosis and treatment are needed to avoid testicular loss, but gives no reader action; not warranted by the encyclopedia convention",
    text="""Testicular torsion

Last updated
Testicular torsion
Illu testis surface.jpg
1. Epididymis 2. Head of epididymis 3. Lobules of epididymis 4. Body of epididymis 5. Tail of epididymis 6. Duct of epididymis 7. Deferent duct (ductus deferens or vas deferens)
Specialty Urology
Symptoms Severe testicular pain, elevated testicle [1]
Complications Infertility [2]
Usual onsetSudden [1]
TypesIntravaginal torsion, extravaginal torsion [1]
Risk factors "Bell clapper deformity", testicular tumor, cold temperature [1]
Diagnostic method Based on symptoms [1]
Differential diagnosis Epididymitis, inguinal hernia, torsion of the appendix testicle [2]
TreatmentPhysically untwisting the testicle, surgery [1]
Prognosis Generally good with rapid treatment [1]
Frequency~1 in 15,000 per year (under 25 years old) [2] [3]

Testicular torsion occurs when the spermatic cord (from which the testicle is suspended) twists, cutting off the blood supply to the testicle. [3] The most common symptom in children is sudden, severe testicular pain. [1] The testicle may be higher than usual in the scrotum and vomiting may occur. [1] [2] In newborns, pain is often absent and instead the scrotum may become discolored or the testicle may disappear from its usual place. [1]

Contents

Most of those affected have no obvious prior underlying health problems. [1] Testicular tumor or prior trauma may increase risk. [1] [3] Other risk factors include a congenital malformation known as a "bell-clapper deformity" wherein the testis is inadequately attached to the scrotum allowing it to move more freely and thus potentially twist. [1] Cold temperatures may also be a risk factor. [1] The diagnosis should usually be made based on the presenting symptoms, but requires timely diagnosis and treatment to avoid testicular loss. [4] [ page needed ] [1] [2] An ultrasound can be useful when the diagnosis is unclear. [2]

Treatment is by physically untwisting the testicle, if possible, followed by surgery. [1] Pain can be trea""")
add(id="t9-wikipedia-anaphylaxis-medical-sentry", group="no-red-flag", url="http://medical-sentry.com/diseases/anaphylaxis.html", source="Wikipedia article 'Anaphylaxis' (lead, attributed 'source(wikipedia)'), reproduced on medical-sentry.com", licence=CCBYSA + "; reproduced by a third-party site",
    title="Anaphylaxis", audience="consumer", genre="other", topic="anaphylaxis (encyclopedia lead)", topic_kind="condition",
    W=False, reason="encyclopedia text on an acute condition: reference, not guidance to readers (TEST7/TEST8 convention for Wikipedia)", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the whole page text (two paragraphs of the Wikipedia lead)",
    evidence=[],
    notes="hard call: short lead (itchy rash, throat swelling, low blood pressure; 'may cause death') with no reader action; complete page",
    text="""what is Anaphylaxis source(wikipedia)

Anaphylaxis is a serious allergic reaction that is rapid in onset and may cause death. It typically results in a number of symptoms including an itchy rash, throat swelling, and low blood pressure. Common causes include insect bites/stings, foods, and medications.
On a pathophysiologic level, anaphylaxis is caused by the release of mediators from certain types of white blood cells triggered either by immunologic or non-immunologic mechanisms. It is diagnosed based on the presenting symptoms and signs.

""")
add(id="t9-sandridge-pc-water-safety-advice-2020", group="urgent", url="http://www.sandridge-pc.gov.uk/_VirDir/CoreContents/News/Display.aspx?id=29518", source="Sandridge Parish Council (Hertfordshire), news (Neighbourhood Watch message relaying Fire and Rescue Service advice)", licence=OGL,
    title="Neighbourhood Watch - Water Safety Advice from the Fire & Rescue Services", audience="consumer", genre="screening-prevention", topic="open water safety and cold water shock", topic_kind="prevention",
    W=True, reason="drowning-prevention warning to the public (water-safety convention of TEST8)", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the whole news item (ending with the liaison officer's sign-off)",
    evidence=[],
    notes="hard call: 'know who to call in an emergency (999 Fire and Rescue for inland or Coastguard at the coast)' and 'someone ... who can call for help if you get in trouble' are preparation and generic-emergency lines, not tied to a named sign or situation of someone in difficulty; judged missing; complete-text omission",
    text="""Neighbourhood Watch - Water Safety Advice from the Fire & Rescue Services

Published: 01 July 2020

Our colleagues from Fire and Rescue Services have advised the following

As we see a peak in temperatures, we see more people enjoying their outside areas and using the water to cool off.

It could be tempting to take a plunge or venture too near the water’s edge. Canals, lakes and rivers may seem inviting, but it is not safe to enter the water due to many hidden dangers.


  • When running or walking next to water, stay clear of the edges
  • River banks may be unstable and give way – particularly after bad weather
  • Take a fully charged mobile phone and check signal strength, and know who to call in an emergency (999 Fire and Rescue for inland or Coastguard at the coast)
  • Make sure you know exactly where you are – consider something like an OS locate app, such as W3W, for a smart phone or a map

We recommended that you don’t enter open water ways such as rivers and lakes and instead choose to use local swimming centers. If you do choose to enter open water take consideration of the following:

  • Under water debris; which could cause you to become stuck or trapped
  • Swift or moving water, weirs or locks which are dangerous to swim in or near
  • “Cold Water Shock”, which is caused by jumping in to cold water in hot weather. The sudden change in temperature can cause a potentially fatal reaction which results in drowning.
  • Areas of open water are often secluded and difficult to locate and if you get in to difficulty there is often a long period before help arrives

NEVER enter open water when under the influence of alcohol or drugs. ALWAYS tell someone where you are going and NEVER enter the waterway by yourself or without someone supervising from the bankside, who can call for help if you get in trouble.

If you need to reply regarding this message, tap on this email address:

Regards, Derrick Sweeney
Watch Liaison Officer""")
add(id="t9-nichd-what-is-a-uti", group="no-red-flag", url="https://nichd.nih.gov/health/topics/urinary/conditioninfo/uti", source="Eunice Kennedy Shriver National Institute of Child Health and Human Development (NIH), condition information page", licence=PD,
    title="What is a Urinary Tract Infection (UTI)?", audience="consumer", genre="patient information", topic="urinary tract infection (definition sub-page)", topic_kind="condition",
    W=False, reason="definition sub-page of a multi-page topic (symptoms and treatment are separate pages); glossary-like, so red flags not expected here", urgency="same-day", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the whole sub-page text (with the lapse-in-funding banner)",
    evidence=[],
    notes="hard call: says untreated UTI can reach the kidneys and that kidney infections 'can become serious and may require hospitalization', with no signs or action; judged not warranted as a definition sub-page (the NICHD symptoms/when-to-see-a-provider pages are separate)",
    text="""Because of a lapse in government funding, the information on this website may not be up to date, transactions submitted via the website may not be processed, and the agency may not be able to respond to inquiries until appropriations are enacted.

The NIH Clinical Center (the research hospital of NIH) is open. For more details about its operating status, please visit cc.nih.gov.

Updates regarding government operating status and resumption of normal operations can be found at OPM.gov.

What is a Urinary Tract Infection (UTI)?

UTIs are common infections, usually caused by bacteria, in the bladder or urethra.

There are several kinds of UTI. The type of a UTI depends on where the infection occurs. For example:

  • Urethritis is an infection in the urethra.
  • A bladder infection is called cystitis.

If left untreated, a UTI could travel up one or both ureters to the kidney(s), causing pyelonephritis or a kidney infection. Kidney infections can become serious and may require hospitalization as part of treatment. UTIs are not the only cause of kidney infections.

UTIs are more common among women than among men. They also can affect children. For information about UTIs in children, https://www.niddk.nih.gov/health-information/urologic-diseases/urinary-tract-infections-in-children.""")
add(id="t9-clinicaltrials-sepsis-eligibility-nct06157320", group="no-red-flag", url="https://ignite-sd.com/clinical/show/eligibilitymodule/136872", source="ClinicalTrials.gov record NCT06157320 (eligibility module), reposted by ignite-sd.com", licence=PDREPOST,
    title="Eligibility Module (NCT06157320)", audience="professional", genre="clinical-trial or research listing", topic="sepsis study eligibility criteria", topic_kind="other",
    W=False, reason="@trial", urgency="none", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the whole module page",
    evidence=[], notes="trial eligibility record (sepsis-3, transcutaneous oxygen testing); no reader advice",
    text="""Eligibility Module

Eligibility Module

The Eligibility Module contains detailed information about who can participate in the clinical trial. This includes eligibility criteria, age restrictions, gender requirements, healthy volunteer status, and study population descriptions, helping researchers understand who is eligible to participate in the study.

Eligibility Module path is as follows:

Study -> Protocol Section -> Eligibility Module

Eligibility Module


Ignite Creation Date: 2025-12-25 @ 4:12 AM
Ignite Modification Date: 2025-12-25 @ 4:12 AM
NCT ID: NCT06157320
Eligibility Criteria: Inclusion Criteria: * Age ≥ 18 years; * Signed informed consent form; * Meets sepsis 3.0 diagnostic criteria; Exclusion Criteria: * Age \\< 18 years; * Known pregnancy; * Inability to accept and complete signed informed consent within 24 hours of diagnosis of sepsis; * Status of tracheal intubation; * oral mucosal inflammation or damage; * Patients with contraindications to transcutaneous oxygen partial pressure testing such as severe edema and burns; * Concurrent participation in other treatment studies.
Healthy Volunteers: False
Sex: ALL
Minimum Age: 18 Years
Study: NCT06157320
Study Brief:
Protocol Section: NCT06157320""")
