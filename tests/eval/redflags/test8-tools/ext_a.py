# batch a: sepsis, meningitis notice, water safety, pregnancy bleeding, news, Wikipedia leads, genetics
add(id="t8-hey-could-it-be-sepsis-leaflet", group="urgent", url="https://www.hey.nhs.uk/patient-leaflet/could-it-be-sepsis/", source="Hull University Teaching Hospitals NHS Trust, patient leaflet", licence=OGL,
    title="Could it be sepsis?", audience="consumer", genre="patient information", topic="sepsis safety-net after infection", topic_kind="condition",
    W=True, reason="@acute", urgency="emergency",
    evidence=["The symptoms of sepsis may be unclear, so seek medical advice immediately if you have any concerns.\nAlways get help if you or anyone has:\nSlurred speech or confusion",
              "Call 999 if you are very concerned, or if there’s a delay in talking to your doctor."],
    notes="discharge/safety-net leaflet; excerpt cut at the end (sepsis nurse appointment), the help section is inside the stored text",
    text="""- Reference Number: HEY-1091/2022
- Departments: Infection Prevention and Control
- Last Updated: 1 June 2022
You can translate this page by using the headphones button (bottom left) and then select the globe to change the language of the page. Need some help choosing a language? Please refer to Browsealoud Supported Voices and Languages.
We’ve given you this leaflet because you have an infection or suspected infection. Hopefully you will get better and have no further problems. But sometimes it can get worse and may develop into sepsis. This leaflet will help you decide if you need further healthcare or an assessment.
Sepsis is a severe infection, which can be life threatening, and needs emergency treatment, usually in hospital. The symptoms of sepsis may be unclear, so seek medical advice immediately if you have any concerns.
Always get help if you or anyone has:
Slurred speech or confusion
Extreme shivering or muscle pain
Passing no urine within 12-18 hours
Severe breathlessness
It feels like you’re going to die
Skin mottled or discolored
Other symptoms which could suggest sepsis include:
— VERY high temperature (fever) or low body temperature (feels very cold)
— Feeling very sleepy or about to lose consciousness
— Severe tummy (abdominal) pain
— Feeling very dizzy or faint, or having a fit (seizure)
— A rash which does not fade with pressure4
— Not eating any food or drinking any fluid
— Being sick (vomiting) repeatedly
If you do have sepsis you may also have other symptoms of infection such as a fu-like illness (cough, fever, muscle aches and joint pains) or diarrhoea and vomiting.
Early treatment saves lives.
Call your GP or 111 immediately if you’re concerned
Call 999 if you are very concerned, or if there’s a delay in talking to your doctor.
If you have had a definite diagnosis of sepsis whilst you have been in hospital, and would like to arrange an appointment with our Sepsis Specialist Nurses, to discuss any ongoing health concerns re""")
# (t8-berstedgreen-surgery-sepsis-hot-topic removed before the final build: its text is The UK Sepsis Trust's (a charity), outside the licence policy)
add(id="t8-wolfreton-school-meningitis-advice", group="urgent", url="https://www.wolfreton.co.uk/news/?pid=3&nid=1&storyid=18", source="Wolfreton School (East Riding), school news", licence=SCHOOL,
    title="Meningitis advice", audience="consumer", genre="patient information", topic="suspected meningococcal meningitis case in school", topic_kind="condition",
    W=True, reason="school notice of a suspected meningococcal case; parents need the warning signs and that they mean urgent medical help", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the whole short notice (the attached letter it mentions is not part of the page text)",
    evidence=[],
    notes="hard call: complete short notice; no signs and no action, only charity helpline numbers for 'general information' and a reference to an attached letter; complete-text omission",
    text="""Meningitis advice
We have learnt today that one of our students has been admitted to hospital with suspected meningitis. The meningitis may be due to meningococcal infection. The Public Health doctor has advised me that meningitis/septicaemia due to meningococcal infection is a rare illness. Even where the diagnosis is confirmed, it is very unusual to see a second case. The attached letter provides more information.
Please join me in wishing our ill student member a smooth and rapid recovery.
D A McCready
Headteacher
Further general information about Meningitis may be obtained from:
The National Meningitis Trust Helpline Tel: 0800 028 18 28
The Meningitis Research Foundation 24-hour Helpline Tel: 080 8800 3344""")
add(id="t8-northlincs-open-water-safety-2020", group="urgent", url="https://www.northlincs.gov.uk/news/stay-safe-around-open-water-dont-take-the-risk/", source="North Lincolnshire Council, news", licence=OGL,
    title="Stay safe around open water – don’t take the risk", audience="consumer", genre="screening-prevention", topic="open-water drowning risk in summer", topic_kind="prevention",
    W=True, reason="council public-safety warning about a life-threatening hazard; a careful editor expects what to do in an emergency (call 999, float, do not go in after someone)", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; it appears to hold the whole news item",
    evidence=[],
    notes="hard call: prevention notice, warranted by analogy with heatwave warnings (TEST7); lists dangers and urges people to keep out, but gives no emergency action; complete-text omission",
    text="""Stay safe around open water – don’t take the risk

Planning and Environment
15:55, Thursday, 23rd July 2020

The council is warning people about the importance of water safety and urging them not to put themselves in danger as the summer holiday begins.

During warmer weather increasing numbers of people, especially children, put themselves at risk of drowning in open water and on average 40 to 50 children drown each year in the UK. It is important to teach children to spot and keep away from dangers associated with open water.

The dangers of open water include:

  • It is very cold in comparison to indoor pools or shallow water – the initial shock of falling into the open water may cause panic and the weight of a person’s clothes will make it more difficult for them to swim
  • There may be hidden currents
  • It can be difficult to get out of open water with steep and slimy muddy banks or vertical mooring points
  • It can be deep with hidden shelves and sharp drop-offs close to the bank’s edge
  • There may be hidden rubbish hiding below the water surface
  • There are no lifeguards or lifesaving aids nearby
  • The water may be polluted with chemicals and may make you ill

Cllr David Rose, cabinet member for Environment, said:

“We want children and young people to enjoy the summer months and make sure they stay safe.

“When the temperatures increase we see more and more people putting themselves in danger around open water at our local nature reserves. We would urge people not to swim or enter open water as it is very dangerous.

“Many hidden hazards lay below the surface of the water, and the temperature can suddenly drop, putting any swimmer in difficulty. Open water is not a safe environment to swim in and should be avoided.”""")
add(id="t8-bury-council-drowning-prevention-week-2025", group="urgent", url="https://www.bury.gov.uk/health-and-wellbeing/health-and-wellbeing-campaigns/drowning-prevention-week-14-21-june-2025", source="Bury Council, health and wellbeing campaigns", licence=OGL,
    title="Drowning Prevention Week 14-21 June 2025", audience="consumer", genre="screening-prevention", topic="open-water drowning prevention", topic_kind="prevention",
    W=True, reason="council public-safety campaign about a life-threatening hazard; readers need what to do in an emergency", urgency="emergency",
    evidence=["If you see someone in difficulty in the water remember ‘call, tell, throw’:\n- Call 999 and ask for the fire service if inland or the coastguard if by the sea."],
    notes="situation-level emergency action (someone in difficulty in water -> call 999); excerpt cut at the end",
    text="""This page contains personal stories which you may find upsetting

As temperatures rise in the British summertime, you or your family may be tempted to cool off with a swim in a local river or lake, or in the sea. Make sure you know the dangers of swimming in open water.
https://www.rlss.org.uk/pages/category/drowning-prevention-week-campaign
Find out more
The council and fire service will be sharing information about water safety at Burrs Country Park on Friday 20 June at noon-3pm.
Support
The shock of losing someone suddenly is indescribable.
If you have been affected by the drowning of a loved one or friend there is support available.
Child Bereavement UK offers free, confidential bereavement support for individuals, couples, children, young people, and families, by telephone, video or instant messenger, wherever you live in the UK.
They also offer face-to-face support from several locations. To find out more, or access their services visit their website via the link below.
To search for other organisations that offer bereavement support, visit AtaLoss
Being around open water
When you are out and about around waterways, remember the following:
- Jumping into open water can be fatal. Cold water shock kills, you don’t know what’s lurking beneath the surface and under-water currents can be deadly.
- If you get into difficulty in the water, float to live (external website).
- If you see someone in difficulty in the water remember ‘call, tell, throw’:
- Call 999 and ask for the fire service if inland or the coastguard if by the sea.
- Tell the struggling person to try to float on their back.
- Throw them something that floats.
- Look out for hazards around water and stick to proper pathways.
- Let someone know where you are going and when you are coming back, if possible.
- Take any warning or safety signs seriously.
- Never enter the water to rescue your dog - who will rescue you?
- If you encourage your mates to go in the water it could be the last time you s""")
add(id="t8-stw-healthiertogether-bleeding-in-pregnancy", group="urgent", url="https://www.stw-healthiertogether.nhs.uk/pregnant-women/worried-you-are-unwell-during-pregnancy/bleeding-pregnancy", source="Shropshire, Telford and Wrekin Healthier Together (NHS)", licence=OGL,
    title="Bleeding in pregnancy", audience="consumer", genre="patient information", topic="vaginal bleeding in pregnancy", topic_kind="symptom",
    W=True, reason="@sym", urgency="emergency",
    evidence=["Call an ambulance if you have severe abdominal pain and you are losing a lot of blood (e.g. an ongoing flow of blood or blood clots)"],
    notes="traffic-light page whose red/amber/green lists were lost in scraping ('have any of the following:' followed by nothing); only the ambulance sentence still names signs; excerpt cut at the end",
    text="""Bleeding in pregnancy can be common and although it can be frightening for women, it doesn’t always mean that there is a problem.
For more information on local services please click here.
Call an ambulance if you have severe abdominal pain and you are losing a lot of blood (e.g. an ongoing flow of blood or blood clots)
You may also experience:
Phone 999
Call your maternity unit immediately if you are bleeding (e.g. on wiping or small amounts on a pad) and have any of the following:
Self care at home if you have no red or amber signs and you have:
Please monitor your vaginal loss by wearing a maternity sanitary pad.
Do not hesitate to contact your maternity unit if you still have any concerns
This guidance has been reviewed and adapted by healthcare professionals across Shropshire, Telford and Wrekin with consent from the Hampshire development groups.
Cervical changes
These can lead to bleeding, particularly after sex.
Vaginal infections
Your midwife or doctor can discuss tests and treatment with you.
A "show"
This is when the plug of mucus that has been in the cervix during pregnancy comes away, signalling that the cervix is getting ready for labour to start. It may happen a few days before contractions start or during labour itself.
Placental abruption
This is a serious condition in which the placenta starts to come away from the womb wall. Placental abruption usually causes constant stomach pain, and this may occur even if there is no bleeding.
Low-lying placenta (placenta praevia)
This is when the placenta is attached in the lower part of the womb, near to or covering the cervix. Bleeding from a low-lying placenta can be very heavy, and can put you and your baby at risk.
You may be advised to go into hospital for emergency treatment, and a caesarean will usually be recommended.
Vasa praevia
This is a rare condition where the baby's blood vessels run through the membranes covering the cervix.
When your waters break, these vessels may be torn and cause vaginal bl""")
add(id="t8-leedsth-bleeding-pain-early-pregnancy", group="urgent", url="https://leedsth.nhs.uk/services/gynaecology/gatu/early-pregnancy-unit/bleeding-and-pain-in-early-pregnancy", source="Leeds Teaching Hospitals NHS Trust, Early Pregnancy Unit", licence=OGL,
    title="Bleeding and pain in early pregnancy", audience="consumer", genre="patient information", topic="bleeding and pain in early pregnancy", topic_kind="symptom",
    W=True, reason="@sym", urgency="emergency",
    evidence=["If you are experiencing vaginal bleeding or pelvic plan in early pregnancy, please contact your GP (doctor), midwife, 111 or attend the emergency department depending on the nature of your symptoms."],
    notes="hard call: situation-level advice (bleeding/pain in early pregnancy -> GP, midwife, 111 or ED 'depending on the nature of your symptoms'), no specific emergency signs; counted as present under the situation-level convention; service page, excerpt starts mid-page and is cut",
    text="""If you have not had a scan in our unit please contact your GP for advice.
The Early Pregnancy Unit does not take self-referrals.
Any amount of vaginal bleeding or abdominal pain in early pregnancy can cause concern that something is wrong with your pregnancy.
However, up to one in three women have these symptoms during the first twelve weeks of their pregnancy and it does not necessarily mean that there is a problem such as a miscarriage.
If you have a scan showing a pregnancy in the womb with a heartbeat there is a 95% chance that your pregnancy will continue if the bleeding settles down.
Please read our patient information leaflet which gives advice on:
- why you may have had vaginal bleeding and/or pelvic pain during this pregnancy
- what to do if you get further vaginal bleeding
- improving your health and the outcome of your pregnancy
Further information and support
If you are experiencing vaginal bleeding or pelvic plan in early pregnancy, please contact your GP (doctor), midwife, 111 or attend the emergency department depending on the nature of your symptoms.
Your GP
Please contact your GP if need further support or advice.
Your midwife
Make sure you book with a midwife as soon as you find out you are pregnant to start your pregnancy care.
If you are not an existing patient you will need a referral to access our service.
Early pregnancy referrals
We do not take self-referrals (referrals directly from the patient). We only take self-referrals from patients who have had a molar or an ectopic pregnancy in the past, or if you have a history of recurrent miscarriage (three previous consecutive first trimester miscarriages).
Referrals can be made by your GP, an Urgent Care Centre, another hospital department or via the Emergency Department (A&E).
How to find us
Early pregnancy care is provided by the team on the Gynaecology Acute Treatment Unit (GATU). The unit is located on the second floor of Chancellors Wing at St James’s Hospital.
Directions to Ward J24 – L""")
add(id="t8-hhs-healthbeat-stroke-risk-cognition-2008", group="no-red-flag", url="https://webarchive.library.unt.edu/eot2008/20090509035041/http://www.hhs.gov/news/healthbeat/2008/02/20080227a.html", source="U.S. Department of Health and Human Services, HHS HealthBeat (UNT web archive)", licence=PD,
    title="Not a stroke, but still trouble", audience="consumer", genre="news or research report", topic="stroke risk factors and cognitive decline (study)", topic_kind="other",
    W=False, reason="@news", urgency="none", partial=False, retrieved="search tool excerpt (pages corpus) stored verbatim; the whole radio-spot transcript",
    evidence=[], notes="trap: stroke, high blood pressure and risk factors named, but only as research findings",
    text="""Skip Navigation

(February 27, 2008)

Not a stroke, but still trouble


From the U.S. Department of Health and Human Services, I’m Ira Dreyfuss with HHS HealthBeat.

Even if an older person hasn’t had a stroke, having risk factors for one could mean trouble of a different sort already has begun. A study finds people with these risk factors as they age lose ability to do things like reason, learn and remember twice as fast as those without.

George Howard of the University of Alabama at Birmingham found that in a long-running stroke risk project supported by the National Institutes of Health. He presented his findings at the American Stroke Association’s International Stroke Conference 2008.

Howard says the risk of cognitive decline makes sense because stroke risk factors such as high blood pressure affect the brain.

``I think it’s reasonable to assume, although our study doesn’t show, that controlling your risk factors would reduce the rate of decline of cognitive function.’’ (9 seconds)

Learn more at hhs.gov.

HHS HealthBeat is a production of the U.S. Department of Health and Human Services. I’m Ira Dreyfuss.

Last revised: February, 26 2008""")
add(id="t8-ninds-stroke-press-releases-archive", group="no-red-flag", url="https://cybercemetery.unt.edu/archive/oilspill/20130215215037/http://www.ninds.nih.gov/disorders/stroke/press_stroke.htm", source="NINDS (NIH), stroke press releases index (UNT CyberCemetery archive)", licence=PD,
    title="Stroke Press Releases", audience="consumer", genre="news or research report", topic="stroke research press releases (index)", topic_kind="other",
    W=False, reason="listing page of research press releases; red flags not expected", urgency="none",
    evidence=[], notes="trap: 'acute stroke', 'onset of symptoms', 'heart attack and stroke' appear only in release teasers",
    text="""Skip secondary menu

Stroke Press Releases

NINDS Logo thumbnail

Imaging acute ischemic stroke patients’ brains did not lead to improved outcomes
Friday, Feb 8, 2013
The use of advanced imaging shortly after the onset of acute stroke failed to identify a subgroup of patients who could benefit from a clot-removal procedure, a study has found.

NINDS Logo thumbnail

Clot-retrieval devices failed to improve stroke-related disability
Thursday, Feb 7, 2013
A stroke survivor’s chances of living independently after 90 days are not improved by the use of devices inserted into the artery to dissolve or remove a stroke-causing clot shortly after the onset of symptoms, according to a randomized controlled trial involving 656 patients.

NINDS Logo thumbnail

National Neurological Disorders and Stroke Advisory Council welcomes four new members
Thursday, Sep 20, 2012
The NINDS announced that four new members have joined its National Advisory Neurological Disorders and Stroke Council: E. Antonio Chiocca, M.D., Ph.D., David B. Goldstein, Ph.D., Byron D. Ford, Ph.D., and Amy Comstock Rick, J.D. The council serves as the principal advisory body to NINDS regarding the institute’s research program planning and priorities.


Aspirin-clopidogrel no better than aspirin alone for patients with lacunar stroke
Wednesday, Aug 29, 2012
An NIH-funded trial has found that aspirin combined with the antiplatelet drug clopidogrel is no better than aspirin alone for stroke prevention in people with a history of lacunar strokes, which are typically small strokes that occur deep within the brain. The trial also found that whether patients received aspirin or the dual therapy, their stroke risk was reduced more than three-fold from what it was 10 years ago.

High blood pressure increases your risk of heart attack and stroke.

NIH study finds stroke risk factors may lead to cognitive problems
Tuesday, Nov 8, 2011
Having common risk factors for stroke can lead to cognitive problems without causing""")
add(id="t8-wikipedia-anaphylaxis-lead-wn-archive", group="no-red-flag", url="http://web.archive.org./web/20160428064241/http://wn.com/Anaphylaxis", source="Wikipedia article 'Anaphylaxis' (lead), as reproduced on wn.com (Internet Archive copy)", licence=CCBYSA + "; reproduced by wn.com",
    title="Anaphylaxis", audience="consumer", genre="other", topic="anaphylaxis (encyclopedia lead)", topic_kind="condition",
    W=False, reason="encyclopedia article lead on an acute condition: reference, not guidance to readers (TEST7 convention for Wikipedia leads)", urgency="emergency",
    evidence=[], notes="hard call: acute emergency topic, but an encyclopedia lead is not advice; 'The primary treatment is injection of epinephrine' describes treatment, no reader action; excerpt cut",
    text="""Anaphylaxis is defined as "a serious allergic reaction that is rapid in onset and may cause death". It typically results in a number of symptoms including an itchy rash, throat swelling, and low blood pressure. Common causes include insect bites, foods, and medications.
On a pathophysiologic level, anaphylaxis is caused by the release of mediators from certain types of white blood cells triggered either by immunologic or non-immunologic mechanisms. It is diagnosed based on the presenting symptoms and signs. The primary treatment is injection of epinephrine, with other measures being complementary.
Worldwide 0.05–2% of people are estimated to have anaphylaxis at some point in their life and rates appear to be increasing. The term comes from the Greek words ἀνά ana, against, and φύλαξις phylaxis, protection.
Anaphylaxis typically presents with many different symptoms over minutes or hours with an average onset of 5 to 30 minutes if exposure is intravenous and 2 hours for foods. The most common areas affected include: skin (80–90%), respiratory (70%), gastrointestinal (30–45%), heart and vasculature (10–45%), and central nervous system (10–15%) with usually two or more being involved.""")
add(id="t8-wikipedia-diabetic-ketoacidosis-blog-copy", group="no-red-flag", url="https://amedleyofpotpourri.blogspot.com/2022/06/diabetic-ketoacidosis.html", source="Wikipedia article 'Diabetic ketoacidosis', reposted on the blog 'A Medley of Potpourri'", licence=CCBYSA + "; reposted on a blog",
    title="Diabetic ketoacidosis", audience="consumer", genre="other", topic="diabetic ketoacidosis (encyclopedia lead)", topic_kind="condition",
    W=False, reason="encyclopedia article lead on an acute condition: reference, not guidance to readers (TEST7 convention for Wikipedia leads)", urgency="emergency",
    evidence=[], notes="hard call: DKA is an emergency and the lead lists its signs, but gives no reader action (treatment described is hospital treatment); excerpt cut",
    text="""From Wikipedia, the free encyclopedia

Diabetic ketoacidosis
Dehydration may be severe in diabetic ketoacidosis, and intravenous fluids are usually needed as part of its treatment.
SymptomsVomiting, abdominal pain, deep gasping breathing, increased urination, confusion, a specific smell
ComplicationsCerebral edema
Usual onsetRelatively rapid
CausesShortage of insulin
Risk factorsUsually type 1 diabetes, less often other types
Diagnostic methodHigh blood sugar, low blood pH, ketoacids
Differential diagnosisHyperosmolar nonketotic state, alcoholic ketoacidosis, uremia, salicylate toxicity
TreatmentIntravenous fluids, insulin, potassium
Frequency4–25% of people with type 1 diabetes per year

Diabetic ketoacidosis (DKA) is a potentially life-threatening complication of diabetes mellitus. Signs and symptoms may include vomiting, abdominal pain, deep gasping breathing, increased urination, weakness, confusion and occasionally loss of consciousness. A person's breath may develop a specific "fruity" smell. Onset of symptoms is usually rapid. People without a previous diagnosis of diabetes may develop DKA as the first obvious symptom.

DKA happens most often in those with type 1 diabetes but can also occur in those with other types of diabetes under certain circumstances. Triggers may include infection, not taking insulin correctly, stroke and certain medications such as steroids. DKA results from a shortage of insulin; in response, the body switches to burning fatty acids, which produces acidic ketone bodies. DKA is typically diagnosed when testing finds high blood sugar, low blood pH and ketoacids in either the blood or urine.

The primary treatment of DKA is with intravenous fluids and insulin. Depending on the severity, insulin may be given intravenously or by injection under the skin. Usually, potassium is also needed to prevent the development of low blood potassium. Throughout treatment, blood sugar and potassium levels should""")
add(id="t8-ghr-inheriting-genetic-conditions-archive", group="no-red-flag", url="https://cybercemetery.unt.edu/archive/oilspill/20130219174424/http://ghr.nlm.nih.gov/handbook/inheritance?show=all", source="Genetics Home Reference (NLM), Help Me Understand Genetics (UNT CyberCemetery archive)", licence=PD,
    title="Inheriting Genetic Conditions", audience="consumer", genre="genetics or rare-disease explainer", topic="how genetic conditions are inherited", topic_kind="other",
    W=False, reason="@gen", urgency="none", evidence=[], notes="",
    text="""Skip Navigation
Genetics Home Reference: your guide to understanding genetic conditions About   Site Map   Contact Us
 
Home A service of the U.S. National Library of Medicine®

Inheriting Genetic Conditions

Inheritance patterns and understanding risk

Previous page Next page Previous page Next page

Please choose from the following list of questions to find out how genetic conditions are inherited.

On this page:

  1. What does it mean if a disorder seems to run in my family?
  2. Why is it important to know my family medical history?
  3. What are the different ways in which a genetic condition can be inherited?
  4. If a genetic disorder runs in my family, what are the chances that my children will have the condition?
  5. What are reduced penetrance and variable expressivity?
  6. What do geneticists mean by anticipation?
  7. What are genomic imprinting and uniparental disomy?
  8. Are chromosomal disorders inherited?
  9. Why are some genetic conditions more common in particular ethnic groups?

What does it mean if a disorder seems to run in my family?

A particular disorder might be described as “running in a family” if more than one person in the family has the condition. Some disorders that affect multiple family members are caused by gene mutations, which can be inherited (passed down from parent to child). Other conditions that appear to run in families are not caused by mutations in single genes. Instead, environmental factors such as dietary habits or a combination of genetic and environmental factors are responsible for these disorders.

It is not always easy to determine whether a condition in a family is inherited. A genetics professional can use a person’s family history (a record of health information about a person’s immediate and extended family) to help determine whether a disorder has a genetic component. He or she will ask about the health of people from several generations of the family, usually first-, second-, and third-degr""")
